"""Two name indexes searched as one: the shared knowledge's and a source's few additions.

Apart from :mod:`._index` because it is a layer over finished :class:`NameIndex` objects
(ranking the two indexes' matches at each position), not part of how one index finds its
names.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable, Sequence
from typing import Any

from diplomatic_events.knowledge._index import NameIndex, WindowMatch, _cut_word_start, _merged
from diplomatic_events.knowledge._text_cache import TextCache

__all__ = ["LayeredNameIndex"]


class LayeredNameIndex:
    """Two name indexes searched as one: what one :class:`NameIndex` of both lists of names,
    ordered by ``rank``, finds.

    A parse extends the knowledge with the few people each source introduces; rebuilding the
    index of thousands of names for each source (and listing each text's words for it again)
    costs more than the rest of the lookup. Here the shared index keeps its per-text tables
    and only the new names get a small index of their own. Both indexes must list their
    names in ``rank`` order; at each position the match of the better-ranked name wins, as
    in the alternation of all the names.
    """

    def __init__(self, base: NameIndex, extra: NameIndex, rank: Callable[[str], Any]) -> None:
        self._layers = (base, extra)
        self._rank = rank
        # The shared index keeps the tables of a few recent texts only; each extension
        # keeps those of its own texts, so a text is not listed again for every window.
        self._texts = TextCache()

    @functools.cached_property
    def names(self) -> tuple[str, ...]:
        """Both indexes' names, the shared one's first (listed when asked: a source's
        copy of the knowledge builds one of these per index, and copying the thousands of
        shared names for each took a fifth of building it)."""
        base, extra = self._layers
        return (*base.names, *extra.names)

    def _table(self, layer: int, text: str) -> tuple[list[int], list[str], list[tuple[int, ...]]]:
        table: tuple[list[int], list[str], list[tuple[int, ...]]] = self._texts.get(
            f"table-{layer}", text, lambda: self._layers[layer]._table(text)
        )
        return table

    def _best(
        self, text: str, here: int, end: int, found: Sequence[tuple[int, Sequence[int]]]
    ) -> WindowMatch | None:
        best: tuple[Any, WindowMatch] | None = None
        for layer, numbers in found:
            index = self._layers[layer]
            hit = index._first_numbered(text, here, end, numbers)
            if hit is not None:
                key = self._rank(index.names[hit[0]])
                if best is None or key < best[0]:
                    best = (key, hit[1])
        return None if best is None else best[1]

    def _next_marked(self, text: str, position: int, end: int) -> WindowMatch | None:
        """The first match of a name of either layer that starts with no word character,
        at or after ``position``; at one start the better-ranked name's."""
        best: tuple[int, Any, WindowMatch] | None = None
        for index in self._layers:
            hit = index._marked.next_numbered(text, position, end) if index._marked else None
            if hit is not None:
                key = (hit[1][0], self._rank(index.names[hit[0]]))
                if best is None or key < best[:2]:
                    best = (*key, hit[1])
        return None if best is None else best[2]

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> list[WindowMatch]:
        """What the alternation of both lists of names finds in ``text[start:end]``, in order."""
        end = len(text) if end is None else end
        layers = [(n, index) for n, index in enumerate(self._layers) if index._by_key]
        marked = [index for index in self._layers if index._marked]
        if not (layers or marked) or start >= end:
            return []
        tail = _cut_word_start(text, start, end)
        base, extra = self._layers
        if tail == end and base._by_key and not extra._marked:
            starts = self._table(1, text)[0] if extra._by_key else []
            at = bisect.bisect_left(starts, start)
            if at == len(starts) or starts[at] >= end:
                # no added name could start here
                return base.finditer(text, start, end, self._table(0, text))
        at_position: dict[int, list[tuple[int, Sequence[int]]]] = {}
        for n, _layer in layers:
            starts, _, candidates = self._table(n, text)
            at = bisect.bisect_left(starts, start)
            while at < len(starts) and starts[at] < tail:
                at_position.setdefault(starts[at], []).append((n, candidates[at]))
                at += 1
        if marked:
            for n, index in layers:
                for word in index._words.finditer(text, tail, end):
                    numbers = index._candidates(word.group(1))
                    if numbers:
                        at_position.setdefault(word.start(), []).append((n, numbers))
            return _merged(
                sorted(at_position.items()),
                lambda here, found: self._best(text, here, end, found),
                lambda position: self._next_marked(text, position, end),
                start,
            )
        found: list[WindowMatch] = []
        position = start
        for here in sorted(at_position):
            if here >= position:
                match = self._best(text, here, end, at_position[here])
                if match is not None:
                    found.append(match)
                    position = match[1]
        if tail < end:
            words: dict[int, list[tuple[int, Sequence[int]]]] = {}
            for n, index in layers:
                for word in index._words.finditer(text, max(tail, position), end):
                    words.setdefault(word.start(), []).append((n, index._candidates(word.group(1))))
            for here in sorted(words):
                if here >= position:
                    match = self._best(text, here, end, words[here])
                    if match is not None:
                        found.append(match)
                        position = match[1]
        return found
