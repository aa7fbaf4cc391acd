"""The people a source names, in the order of their starts: those from a point on, found by
bisection, so each sentence's look at the last sentences does not read every person again."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from itertools import pairwise

from diplomatic_events.typing import ActorId


def _in_order(starts: list[int] | None, more: list[int]) -> list[int] | None:
    """``starts`` with ``more`` added while all are in order, else ``None``."""
    if starts is None or any(b < a for a, b in pairwise([*starts[-1:], *more])):
        return None
    starts.extend(more)
    return starts


def _named_since(
    people: Sequence[tuple[int, int, ActorId]], starts: list[int] | None, since: int
) -> Sequence[tuple[int, int, ActorId]]:
    """The people named from ``since`` on, in order, found by bisection when ``starts``
    holds their starts (in order); every person when it is ``None``, so the caller still
    tests each start itself. Every sentence asks, and the people named grow with the text."""
    if starts is None:
        return people
    return people[bisect.bisect_left(starts, since) :]
