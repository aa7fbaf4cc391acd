"""Hedged quantities: an interval with the words that gave it.

"nearly six hours" is not 360 minutes and "more than five hours" has no upper bound,
so a duration is an :class:`Interval` of minutes plus its wording and evidence.
"""

from __future__ import annotations

import enum
import math
from typing import Any

import attrs
from attrs import field, frozen

from diplomatic_events.exceptions import InvalidModelError
from diplomatic_events.model._checks import non_negative
from diplomatic_events.model._evidence import Span

__all__ = ["Duration", "Hedge", "Interval"]


def _finite(instance: object, attribute: attrs.Attribute[Any], value: float | None) -> None:
    if value is not None and not math.isfinite(value):
        raise InvalidModelError(
            f"{type(instance).__name__}.{attribute.name} must be finite or None, got {value!r}"
        )


@frozen(kw_only=True)
class Interval:
    """A closed interval; ``None`` on either side means unbounded on that side.

    .. versionadded:: 0.1.0
    """

    low: float | None = field(default=None, validator=_finite)
    high: float | None = field(default=None, validator=_finite)

    def __attrs_post_init__(self) -> None:
        if self.low is not None and self.high is not None and self.low > self.high:
            raise InvalidModelError(f"Interval low {self.low} exceeds high {self.high}")

    @classmethod
    def point(cls, value: float) -> Interval:
        """The interval holding exactly ``value``."""
        return cls(low=value, high=value)

    @property
    def is_bounded(self) -> bool:
        """Whether both ends are known."""
        return self.low is not None and self.high is not None

    def contains(self, value: float) -> bool:
        """Whether ``value`` lies inside the interval (ends included)."""
        return (self.low is None or self.low <= value) and (self.high is None or value <= self.high)

    def intersection(self, other: Interval) -> Interval | None:
        """The values in both intervals, or ``None`` when they do not meet."""
        low = _max_bound(self.low, other.low)
        high = _min_bound(self.high, other.high)
        if low is not None and high is not None and low > high:
            return None
        return Interval(low=low, high=high)

    def hull(self, other: Interval) -> Interval:
        """The smallest interval holding both."""
        low = None if self.low is None or other.low is None else min(self.low, other.low)
        high = None if self.high is None or other.high is None else max(self.high, other.high)
        return Interval(low=low, high=high)

    def is_compatible_with(self, other: Interval) -> bool:
        """Whether some value could satisfy both intervals."""
        return self.intersection(other) is not None

    def __str__(self) -> str:
        low = "-∞" if self.low is None else f"{self.low:g}"
        high = "∞" if self.high is None else f"{self.high:g}"
        return f"[{low}, {high}]"


def _max_bound(a: float | None, b: float | None) -> float | None:
    if a is None:
        return b
    if b is None:
        return a
    return max(a, b)


def _min_bound(a: float | None, b: float | None) -> float | None:
    if a is None:
        return b
    if b is None:
        return a
    return min(a, b)


class Hedge(enum.Enum):
    """How a quantity's wording qualifies its number.

    The minute interval each hedge yields is set in one table,
    :data:`diplomatic_events.knowledge.HEDGE_RULES` (see the docs' *Hedges* page).
    """

    EXACT = "exact"
    """"35-minute", "five and a half hours": the number as stated."""
    ABOUT = "about"
    """"about", "roughly", "around", "some": a band on both sides."""
    NEARLY = "nearly"
    """"nearly", "almost", "just under": below the number, not far."""
    MORE_THAN = "more_than"
    """"more than", "over", "at least": the number is a floor only."""
    LESS_THAN = "less_than"
    """"less than", "under", "up to": the number is a ceiling only."""
    RANGE = "range"
    """"two to three hours": both ends stated."""
    VAGUE = "vague"
    """"for hours", "hours longer": a unit with no number."""


@frozen(kw_only=True)
class Duration:
    """A hedged length of time in minutes, with the words that stated it.

    .. versionadded:: 0.1.0
    """

    low_minutes: float | None = field(validator=[_finite, non_negative])
    high_minutes: float | None = field(validator=[_finite, non_negative])
    text: str = ""
    hedge: Hedge = Hedge.EXACT
    evidence: Span | None = None

    def __attrs_post_init__(self) -> None:
        if self.low_minutes is None and self.high_minutes is None:
            raise InvalidModelError("Duration needs at least one bound")
        if (
            self.low_minutes is not None
            and self.high_minutes is not None
            and self.low_minutes > self.high_minutes
        ):
            raise InvalidModelError(
                f"Duration low {self.low_minutes} exceeds high {self.high_minutes} ({self.text!r})"
            )

    @classmethod
    def exactly(cls, minutes: float, *, text: str = "", evidence: Span | None = None) -> Duration:
        """A duration stated without a hedge ("the 35-minute session")."""
        return cls(low_minutes=minutes, high_minutes=minutes, text=text, evidence=evidence)

    @classmethod
    def from_interval(
        cls, interval: Interval, *, text: str = "", hedge: Hedge = Hedge.RANGE
    ) -> Duration:
        """A duration spanning ``interval`` (used for reconciled values)."""
        return cls(low_minutes=interval.low, high_minutes=interval.high, text=text, hedge=hedge)

    @property
    def interval(self) -> Interval:
        """The minutes the wording allows."""
        return Interval(low=self.low_minutes, high=self.high_minutes)

    def contains(self, minutes: float) -> bool:
        """Whether the wording allows ``minutes``."""
        return self.interval.contains(minutes)

    def intersection(self, other: Duration) -> Interval | None:
        """The minutes both wordings allow, or ``None``."""
        return self.interval.intersection(other.interval)

    def is_compatible_with(self, other: Duration) -> bool:
        """Whether both wordings can be true of one meeting."""
        return self.interval.is_compatible_with(other.interval)
