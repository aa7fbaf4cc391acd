"""A written month and day become the date python-dateutil reads in them."""

from __future__ import annotations

import datetime as dt

from dateutil import parser as date_parser
from hypothesis import given
from hypothesis import strategies as st

from diplomatic_events.parsing._time._resolve import _month_day

_FULL = ("January", "February", "March", "April", "May", "June", "July", "August")
_FULL_LATE = ("September", "October", "November", "December")
_SHORT = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")
_MONTHS = [*_FULL, *_FULL_LATE, *(f"{short}{dot}" for short in _SHORT for dot in ("", "."))]


class TestMonthDay:
    @given(
        st.sampled_from(_MONTHS),
        st.integers(0, 99).map(str) | st.integers(0, 9).map("{:02d}".format) | st.just("٥"),
        st.sampled_from([None, "1900", "2023", "2024", "2099"]),
        st.sampled_from([1999, 2000, 2023, 2024]),
    )
    def test_same_date_as_dateutil(
        self, month: str, day: str, year: str | None, default: int
    ) -> None:
        """The date (or the refusal) is dateutil's, with or without a year written."""
        base = dt.datetime(default, 1, 1)
        words = f"{month} {day}" + (f" {year}" if year else "")
        try:
            expected: dt.date | str = date_parser.parse(words, default=base).date()
        except (ValueError, OverflowError):
            expected = "refused"
        try:
            actual: dt.date | str = _month_day(month, day, year, base)
        except (ValueError, OverflowError):
            actual = "refused"
        assert expected == actual

    def test_a_day_the_month_lacks_is_refused(self) -> None:
        """ "February 30" names no day."""
        try:
            _month_day("February", "30", None, dt.datetime(2024, 1, 1))
        except ValueError:
            refused = True
        else:
            refused = False
        assert refused
