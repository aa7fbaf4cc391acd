"""The people a source names, in the order of their starts: those from a point on, found by
bisection, so each sentence's look at the last sentences does not read every person again."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from itertools import pairwise

import attrs

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


@attrs.frozen(kw_only=True, eq=False)
class TitledSoFar:
    """Per source, for each title's words: the people named so far who hold that title,
    each mention read once as the sentences move on through the text (not every mention
    again for each "The Secretary ..." that refers back to one)."""

    _read: dict[frozenset[str], tuple[int, dict[ActorId, None]]] = attrs.field(
        init=False, factory=dict
    )
    """By the title's words: how many of the people were read, and those who hold it."""

    def holders(
        self,
        words: frozenset[str],
        people: Sequence[tuple[int, int, ActorId]],
        count: int,
        holds: Callable[[int, ActorId], bool],
    ) -> dict[ActorId, None] | None:
        """The distinct people of ``people[:count]`` (a list only ever added to) whom
        ``holds(start, actor)`` is true of, in the order first found; ``None`` when fewer
        than were read before are asked for (the caller reads them all)."""
        read, found = self._read.get(words, (0, {}))
        if count < read:
            return None
        for start, _, actor in people[read:count]:
            if actor not in found and holds(start, actor):
                found[actor] = None
        self._read[words] = (count, found)
        return found
