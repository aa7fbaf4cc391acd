"""A literal name index: where each of many literal names (the gazetteer's places) occurs.

Apart from :mod:`._index` because literal names need no patterns: a name is tried only
where the text has its first word, by comparing characters, with none of the alternation
machinery the pattern index needs.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections.abc import Iterable

from diplomatic_events.knowledge._text_cache import TextCache
from diplomatic_events.knowledge._word_runs import _WORD, _compile

__all__ = ["LiteralIndex"]


class LiteralIndex:
    """Where each of many literal names occurs, as ``finditer`` of each name's own pattern
    ``(?<!left)name(?!\\w)`` finds it over a window of a text.

    The text's words are listed once (cached per text); a name is tried only where the text
    has its first word.
    """

    def __init__(self, names: Iterable[str], *, left: str) -> None:
        self.names = tuple(dict.fromkeys(names))
        self._left = left
        self._by_key: dict[str, list[str]] = {}
        self._fallback = False
        for name in self.names:
            key = re.match(r"\w*", name)
            if key is None or not key.group():
                self._fallback = True
            else:
                self._by_key.setdefault(key.group(), []).append(name)
        # The words that start with a character some name starts with (most start with a
        # capital): the word's first character (group 1), then the look-behind at the
        # character before it, then the rest of the word (group 2). Opening with the
        # character lets the engine skip to the next one that can start a name instead of
        # trying the look-behind at every position; the words it leaves out are filed under
        # no name.
        firsts = "".join(re.escape(char) for char in sorted({key[0] for key in self._by_key}))
        self._words = re.compile(rf"([{firsts}])(?<!{left}[\s\S])(\w*)" if firsts else "(?!)")
        # One gazetteer serves every source of a corpus, read again while assembling visits
        # (two entries a text: its names' places and their occurrences).
        self._texts = TextCache(size=1024, characters=1 << 24)

    def _table(self, text: str) -> dict[str, tuple[list[int], list[bool]]]:
        """Per name found: where it starts, and whether its end is a word edge there."""

        def build() -> dict[str, tuple[list[int], list[bool]]]:
            table: dict[str, tuple[list[int], list[bool]]] = {}
            size = len(text)
            # the text cut into runs of other characters, words' first characters and the
            # rest of the words, in turn (one split, no Python step per word): each word
            # starts where the parts before it end
            parts = self._words.split(text)
            words = list(map(operator.add, parts[1::3], parts[2::3]))
            heads = list(itertools.accumulate(map(len, parts), initial=0))[1::3]
            keyed = self._by_key
            for at in itertools.compress(range(len(words)), map(keyed.__contains__, words)):
                here = heads[at]
                for name in keyed[words[at]]:
                    if text.startswith(name, here):
                        after = here + len(name)
                        starts, edges = table.setdefault(name, ([], []))
                        starts.append(here)
                        edges.append(after == size or _WORD.match(text, after) is None)
            return table

        table: dict[str, tuple[list[int], list[bool]]] = self._texts.get("table", text, build)
        return table

    def in_window(self, text: str, start: int, end: int) -> set[str] | None:
        """The names :meth:`finditer` may find in ``text[start:end]`` (a superset, found by
        bisection in the text's occurrences); ``None`` when any name may be."""
        if self._fallback:
            return None

        def build() -> tuple[list[int], list[str]]:
            occurrences = sorted(
                (here, name) for name, (starts, _) in self._table(text).items() for here in starts
            )
            return [here for here, _ in occurrences], [name for _, name in occurrences]

        starts, names = self._texts.get("occurrences", text, build)
        found = set(names[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)])
        if end < len(text) and _WORD.match(text, end) and _WORD.match(text, end - 1):
            cut = end
            while cut > start and _WORD.match(text, cut - 1):
                cut -= 1
            found.add(text[cut:end])  # the cut word, which finditer also tries
        return found

    def present(self, text: str) -> frozenset[str]:
        """The names that occur in ``text`` at all (a superset of any window's)."""
        if self._fallback:
            return frozenset(self.names)
        return frozenset(self._table(text))

    def finditer(self, name: str, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """The spans ``finditer`` of ``name``'s pattern finds in ``text[start:end]``."""
        if self._fallback:
            pattern = _compile(rf"(?<!{self._left}){re.escape(name)}(?!\w)", 0)
            return [match.span() for match in pattern.finditer(text, start, end)]
        found: list[tuple[int, int]] = []
        starts, edges = self._table(text).get(name, ((), ()))
        position = start
        for at in range(bisect.bisect_left(starts, start), len(starts)):
            here = starts[at]
            after = here + len(name)
            if after > end:
                break
            if here >= position and (edges[at] or after == end):
                found.append((here, after))
                position = after
        # A window ending inside a word: the cut word may be a whole name in the window.
        if end < len(text) and _WORD.match(text, end) and _WORD.match(text, end - 1):
            cut = end
            while cut > start and _WORD.match(text, cut - 1):
                cut -= 1
            if (
                text[cut:end] == name
                and cut >= position
                and (cut, end) not in found
                and _compile(f"(?<!{self._left})", 0).match(text, cut)
            ):
                found.append((cut, end))
        return found
