"""The strategies the model's strategies are built from: ids, names, optional values and tuples,
aware datetimes, partial dates, intervals, spans of a made-up text and hedged durations.

Apart from :mod:`.strategies`, which builds every model type from them and re-exports the
public ones (import them from there): these know no model type above a span or a duration.
"""

from __future__ import annotations

import datetime as dt
import string
from typing import TypeVar

from hypothesis import strategies as st

from diplomatic_events.model import Duration, Hedge, Interval, PartialDate, Span
from diplomatic_events.typing import SourceId

__all__ = [
    "aware_datetimes",
    "durations",
    "identifiers",
    "intervals",
    "partial_dates",
    "spans",
]


T = TypeVar("T")


_ID_ALPHABET = string.ascii_lowercase + string.digits + "-_:"


def identifiers() -> st.SearchStrategy[str]:
    """Non-empty ids such as ``"antony-blinken"``."""
    return st.text(_ID_ALPHABET, min_size=1, max_size=20).filter(lambda value: value.strip() != "")


def _names() -> st.SearchStrategy[str]:
    return st.text(min_size=1, max_size=30).filter(lambda value: value.strip() != "")


def _optional(strategy: st.SearchStrategy[T]) -> st.SearchStrategy[T | None]:
    return st.none() | strategy


def _unique_tuples(
    strategy: st.SearchStrategy[T], max_size: int = 4
) -> st.SearchStrategy[tuple[T, ...]]:
    return st.lists(strategy, max_size=max_size, unique=True).map(tuple)


def _tuples(strategy: st.SearchStrategy[T], max_size: int = 3) -> st.SearchStrategy[tuple[T, ...]]:
    return st.lists(strategy, max_size=max_size).map(tuple)


_ZONES = st.sampled_from(
    [
        dt.UTC,
        dt.timezone(dt.timedelta(hours=8)),
        dt.timezone(dt.timedelta(hours=5, minutes=30)),
        dt.timezone(dt.timedelta(hours=-4)),
    ]
)


def aware_datetimes() -> st.SearchStrategy[dt.datetime]:
    """Datetimes with a fixed-offset zone, to the second (what ISO 8601 keeps)."""
    return st.datetimes(
        min_value=dt.datetime(1950, 1, 1), max_value=dt.datetime(2100, 1, 1), timezones=_ZONES
    ).map(lambda value: value.replace(microsecond=0))


def partial_dates() -> st.SearchStrategy[PartialDate]:
    """Dates at year, month or day precision, and spans of months."""
    days = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))
    return st.one_of(
        days.map(PartialDate.of),
        days.map(lambda day: PartialDate(year=day.year, month=day.month)),
        days.map(lambda day: PartialDate(year=day.year)),
        st.tuples(days, st.integers(min_value=1, max_value=3)).map(_months_from),
    )


def _months_from(start: tuple[dt.date, int]) -> PartialDate:
    """A span of months from the day's month to ``months`` months later."""
    day, months = start
    index = day.year * 12 + day.month - 1 + months
    last = PartialDate(year=index // 12, month=index % 12 + 1)
    return PartialDate.months(PartialDate(year=day.year, month=day.month), last)


_BOUND = st.none() | st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)


_MINUTES = (
    st.none()
    | st.integers(min_value=0, max_value=100_000)
    | st.floats(min_value=0, max_value=1e5, allow_nan=False)
)


def intervals() -> st.SearchStrategy[Interval]:
    """Closed intervals, bounded or not on either side."""
    return (
        st.tuples(_BOUND, _BOUND)
        .map(_ordered)
        .map(lambda pair: Interval(low=pair[0], high=pair[1]))
    )


def _ordered(pair: tuple[float | None, float | None]) -> tuple[float | None, float | None]:
    low, high = pair
    if low is not None and high is not None and low > high:
        return high, low
    return low, high


@st.composite
def spans(draw: st.DrawFn, source: SourceId | None = None) -> Span:
    """A span of a made-up text."""
    text = draw(st.text(max_size=40))
    start = draw(st.integers(min_value=0, max_value=10_000))
    source_id = source if source is not None else SourceId(draw(identifiers()))
    return Span(source=source_id, start=start, end=start + len(text), text=text)


@st.composite
def durations(draw: st.DrawFn) -> Duration:
    """Hedged durations with at least one bound."""
    low, high = _ordered((draw(_MINUTES), draw(_MINUTES)))
    if low is None and high is None:
        low = draw(st.integers(min_value=0, max_value=600))
    return Duration(
        low_minutes=low,
        high_minutes=high,
        text=draw(st.text(max_size=30)),
        hedge=draw(st.sampled_from(Hedge)),
        evidence=draw(_optional(spans())),
    )
