"""The people a source names, in the order of their starts: those from a point on, found by
bisection, so each sentence's look at the last sentences does not read every person again.

A source's readable blocks are in text order and apart (:class:`~diplomatic_events.Source`
refuses others), so its sentences are, and each sentence's people come in order."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

import attrs

from diplomatic_events.typing import ActorId


def _named_since(
    people: Sequence[tuple[int, int, ActorId]], starts: list[int], since: int
) -> Sequence[tuple[int, int, ActorId]]:
    """The people named from ``since`` on, in order, found by bisection in ``starts`` (their
    starts, in order). Every sentence asks, and the people named grow with the text."""
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
    ) -> dict[ActorId, None]:
        """The distinct people of ``people[:count]`` (a list only ever added to) whom
        ``holds(start, actor)`` is true of, in the order first found. ``count`` never falls
        for the same ``words``: the sentences asking come in text order."""
        read, found = self._read.get(words, (0, {}))
        for start, _, actor in people[read:count]:
            if actor not in found and holds(start, actor):
                found[actor] = None
        self._read[words] = (count, found)
        return found
