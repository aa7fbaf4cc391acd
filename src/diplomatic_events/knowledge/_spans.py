"""Spans that never overlap, tested for overlap by bisection.

Apart from the name indexes because it holds no names: the place and mention finders and
the date finder use it to keep the spans they have taken.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

__all__ = ["Spans"]


class Spans:
    """Spans that never overlap one another (each added only when free): an overlap test
    in logarithmic time instead of a pass over every span taken so far."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        for start, end in sorted(spans):
            self._starts.append(start)
            self._ends.append(end)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps a span (``a < end and start < b``)."""
        # Of the spans that start before ``end``, the last ends latest (no overlaps).
        at = bisect.bisect_left(self._starts, end)
        return at > 0 and self._ends[at - 1] > start

    def add(self, start: int, end: int) -> None:
        """Take ``[start, end)``, which overlaps no span."""
        at = bisect.bisect_left(self._starts, start)
        self._starts.insert(at, start)
        self._ends.insert(at, end)

    def starts(self) -> frozenset[int]:
        """Where the spans start."""
        return frozenset(self._starts)
