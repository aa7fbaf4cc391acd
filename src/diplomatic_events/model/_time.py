"""Dates at the precision the text supports."""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import re

from attrs import frozen

from diplomatic_events.exceptions import InvalidModelError

__all__ = ["PartialDate", "Precision"]

_ISO_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class Precision(enum.Enum):
    """How much of a date the text gives."""

    YEAR = "year"
    MONTH = "month"
    DAY = "day"


@frozen(kw_only=True)
class PartialDate:
    """A calendar date known to the year, the month or the day.

    "last year" gives ``PartialDate(year=2022)``; "in Bali in November" gives
    ``PartialDate(year=2022, month=11)``. It serializes as an ISO string at its
    precision (``"2022"``, ``"2022-11"``, ``"2022-11-15"``).

    .. versionadded:: 0.1.0
    """

    year: int
    month: int | None = None
    day: int | None = None
    through: PartialDate | None = None
    """The last month of a date the text gives only as a span of months ("from Aug. 30 to
    Sept. 1" is ``"2024-08/2024-09"``): the day lies somewhere from the first month to it.

    .. versionadded:: 0.2.0
    """

    def __attrs_post_init__(self) -> None:
        if not 1 <= self.year <= 9999:
            raise InvalidModelError(f"PartialDate year out of range: {self.year}")
        if self.month is None and self.day is not None:
            raise InvalidModelError("PartialDate has a day but no month")
        if self.month is not None and not 1 <= self.month <= 12:
            raise InvalidModelError(f"PartialDate month out of range: {self.month}")
        if self.month is not None and self.day is not None:
            last = calendar.monthrange(self.year, self.month)[1]
            if not 1 <= self.day <= last:
                raise InvalidModelError(
                    f"PartialDate day {self.day} does not exist in {self.year}-{self.month:02d}"
                )
        if self.through is not None:
            through = self.through
            if self.month is None or self.day is not None:
                raise InvalidModelError("a PartialDate spanning months starts with a month")
            if through.month is None or through.day is not None or through.through is not None:
                raise InvalidModelError("a PartialDate spanning months ends with a month")
            if (through.year, through.month) <= (self.year, self.month):
                raise InvalidModelError(
                    f"a PartialDate spanning months ends after it starts: {self.isoformat()}"
                )

    @classmethod
    def of(cls, value: dt.date) -> PartialDate:
        """The day ``value`` (a ``datetime`` is cut to its date)."""
        return cls(year=value.year, month=value.month, day=value.day)

    @classmethod
    def month_of(cls, value: dt.date | PartialDate) -> PartialDate:
        """The month of ``value``, a day or a date at least as fine as a month ("2024-08-30"
        is "2024-08"); a date with no month stays as it is."""
        if isinstance(value, PartialDate) and value.month is None:
            return value
        return cls(year=value.year, month=value.month)

    @classmethod
    def months(cls, first: PartialDate, last: PartialDate) -> PartialDate:
        """The span from the month of ``first`` to the month of ``last`` ("Aug. 30 to Sept.
        1"): one month when they share it."""
        if first.month is None or last.month is None:
            raise InvalidModelError("a span of months needs two months")
        start = cls(year=first.year, month=first.month)
        end = cls(year=last.year, month=last.month)
        return start if end == start else cls(year=start.year, month=start.month, through=end)

    @classmethod
    def from_iso(cls, text: str) -> PartialDate:
        """Parse ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or a span of months ``YYYY-MM/YYYY-MM``."""
        first, slash, last = text.partition("/")
        if slash:
            start, end = cls.from_iso(first), cls.from_iso(last)
            if start.month is None or start.day is not None:
                raise InvalidModelError(f"not an ISO span of months: {text!r}")
            return cls(year=start.year, month=start.month, through=end)
        match = _ISO_PARTIAL.match(text)
        if match is None:
            raise InvalidModelError(f"not an ISO date at year, month or day precision: {text!r}")
        year, month, day = match.groups()
        return cls(
            year=int(year),
            month=None if month is None else int(month),
            day=None if day is None else int(day),
        )

    @property
    def precision(self) -> Precision:
        """The finest unit the date gives."""
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        return Precision.YEAR

    def isoformat(self) -> str:
        """``"2023"``, ``"2023-06"``, ``"2023-06-19"`` or ``"2023-06/2023-07"``."""
        if self.through is not None:
            return f"{self.year:04d}-{self.month:02d}/{self.through.isoformat()}"
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def earliest(self) -> dt.date:
        """The first day the date may mean."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> dt.date:
        """The last day the date may mean."""
        if self.through is not None:
            return self.through.latest()
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return dt.date(self.year, month, day)

    def to_date(self) -> dt.date | None:
        """The exact day, or ``None`` when the precision is coarser."""
        return self.earliest() if self.precision is Precision.DAY else None

    def contains(self, day: dt.date) -> bool:
        """Whether ``day`` lies within what this date may mean."""
        return self.earliest() <= day <= self.latest()

    def is_compatible_with(self, other: PartialDate) -> bool:
        """Whether both dates could name the same day."""
        return self.earliest() <= other.latest() and other.earliest() <= self.latest()

    def sort_key(self) -> tuple[dt.date, dt.date]:
        """Order by first possible day, then last: "2023" sorts before "2023-06"."""
        return (self.earliest(), self.latest())

    def __lt__(self, other: PartialDate) -> bool:
        return self.sort_key() < other.sort_key()

    def __le__(self, other: PartialDate) -> bool:
        return self.sort_key() <= other.sort_key()

    def __gt__(self, other: PartialDate) -> bool:
        return self.sort_key() > other.sort_key()

    def __ge__(self, other: PartialDate) -> bool:
        return self.sort_key() >= other.sort_key()

    def __str__(self) -> str:
        return self.isoformat()
