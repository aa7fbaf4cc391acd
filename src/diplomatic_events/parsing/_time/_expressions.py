"""The values the time readers return (a date expression, a clock time) and the calendar
arithmetic they share: the weekday or month nearest a reference date.

Apart so that the finders (``_dates``, ``_clock``) and the resolution (``_resolve``) share
one definition of what they produce.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from attrs import frozen
from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta, weekday

from diplomatic_events.model import PartialDate, Span


@frozen(kw_only=True)
class TimeExpression:
    """A date read from the text: a day, month or year, or a range from ``date`` to ``date_end``.

    ``date`` is ``None`` when the words need a reference date the source lacks ("on Monday"
    in an undated report); ``weekday`` keeps the named day so the date can be inferred later.
    """

    evidence: Span
    kind: str
    """How it was written: ``month_day``, ``day_month``, ``month``, ``weekday``, ``year``, ..."""
    date: PartialDate | None = None
    date_end: PartialDate | None = None
    weekday: int | None = None
    """0 (Monday) to 6 (Sunday) for weekday names."""
    relative: bool = False
    """True when the date depends on the reference date."""
    future: bool = False
    since: bool = False
    """True for "since 2019", "going back to 2016": the date is where a period starts."""
    until: bool = False
    """True for "through 2027", "until 2030", "by June": the date is where a period ends."""

    @property
    def bound(self) -> bool:
        """True when the date bounds a period ("since 2019", "through 2027") rather than
        dating an event."""
        return self.since or self.until

    @property
    def coarse(self) -> PartialDate | None:
        """One date for the whole expression: a range becomes the month both ends share, the
        span of months a range of days written out across a month's end holds ("Aug. 30 to
        Sept. 1" is "2024-08/2024-09"), else the year both ends share."""
        if self.date is None or self.date_end is None:
            return self.date
        start, end = self.date, self.date_end
        if start == end:
            return start
        if start.year == end.year and start.month == end.month:
            return PartialDate.month_of(start)
        if self.kind in _WRITTEN_RANGES and start.month is not None and end.month is not None:
            months = (end.year * 12 + end.month) - (start.year * 12 + start.month)
            if 0 <= months <= _SPANNED_MONTHS and start.through is None and end.through is None:
                return PartialDate.months(start, end)
        if start.year == end.year:
            return PartialDate(year=start.year)
        return start


_SPANNED_MONTHS = 2
"""The most months apart the ends of a range may lie and still be read as a span of months."""
_WRITTEN_RANGES = frozenset({"month_day", "day_month", "range"})
"""The kinds of a range whose days the text writes out ("Aug. 30 to Sept. 1"), read as a span
of months across a month's end; a week named ("this week") is not."""


@frozen(kw_only=True)
class ClockTime:
    """A time of day ("4:34 p.m. local time"), with the zone the words name, if any."""

    evidence: Span
    hour: int
    minute: int
    zone: str | None = None
    """An IANA zone name when the text names one ("British Summer Time" → Europe/London)."""
    local: bool = False
    """True for "local time": the zone is the place's, known from context."""
    role: str | None = None
    """``"start"`` or ``"end"`` when the words around say so ("beginning at", "until")."""

    def on(self, day: dt.date, zone: str) -> dt.datetime:
        """The aware datetime on ``day``, in the zone the text named or else in ``zone``."""
        return dt.datetime(
            day.year, day.month, day.day, self.hour, self.minute, tzinfo=ZoneInfo(self.zone or zone)
        )


def falls_within(
    day: PartialDate | None, first: PartialDate | None, last: PartialDate | None = None
) -> bool:
    """Whether ``day`` may fall in the days from ``first`` to ``last`` (``first`` alone: a
    month or a year; either unknown: it may)."""
    if day is None or first is None:
        return True
    end = last or first
    return first.earliest() <= day.earliest() and day.latest() <= end.latest()


def resolve_weekday(day: int, reference: dt.date, *, future: bool = False) -> dt.date:
    """The ``day`` (0 = Monday) nearest ``reference``: on or before it, or after it if ``future``.

    A Monday story's "Friday" is the Friday before; its "Monday" is the same day.
    """
    if future:
        return reference + relativedelta(days=1, weekday=_weekday_of(day)(+1))
    return reference + relativedelta(weekday=_weekday_of(day)(-1))


def resolve_month(month: int, reference: dt.date, *, future: bool = False) -> PartialDate:
    """The month named without a year: the latest one not after ``reference`` (or next one)."""
    year = reference.year
    if future:
        if month < reference.month:
            year += 1
    elif month > reference.month:
        year -= 1
    return PartialDate(year=year, month=month)


def _weekday_of(day: int) -> weekday:
    return (MO, TU, WE, TH, FR, SA, SU)[day]


def _day(value: dt.date) -> PartialDate:
    return PartialDate.of(value)
