"""Date and clock-time expressions, resolved against a report's reference date.

A report says "on Sunday", "last year" or "June 18"; what day that is depends on when the
report was written (its publication date, or the time of a live entry). Each expression keeps
the precision the words support (a day, a month, a year, or a range of days) and the span it
was read from. Calendar arithmetic is python-dateutil's (``parser``, ``relativedelta``).

``_expressions`` holds the values read (a date expression, a clock time) and the calendar
arithmetic they share, ``_dates`` the finding of date expressions in a window of text,
``_resolve`` the reading of each one against the reference date, ``_tense`` whether its
clause looks ahead, and ``_clock`` the times of day.
"""

from __future__ import annotations

from diplomatic_events.parsing._time._clock import clock_range, find_clock_times
from diplomatic_events.parsing._time._dates import find_dates
from diplomatic_events.parsing._time._expressions import (
    ClockTime,
    TimeExpression,
    falls_within,
    resolve_month,
    resolve_weekday,
)

__all__ = [
    "ClockTime",
    "TimeExpression",
    "clock_range",
    "falls_within",
    "find_clock_times",
    "find_dates",
    "resolve_month",
    "resolve_weekday",
]
