"""A name index: where any of many names occurs in a text, found in one pass.

A regular expression alternation of a thousand names tries every name at every position
of the text, and compiling it again for each source's knowledge costs tens of milliseconds.
Here the names are filed under their first word; the text's words are listed once (and
cached per text), and only the names filed under a word are tried there, each with its own
small compiled pattern or, case-sensitive, walked step by step (:mod:`._name_steps`: no
compiling at all). :meth:`NameIndex.finditer` returns exactly what ``finditer`` of the
alternation (names in the given order, the same boundaries) returns over a window of the
text: at each position the first name in order that matches, scanning on after its end.

Beside it: :mod:`._layered_index` (two indexes searched as one), :mod:`._literal_index`
(literal names), :mod:`._name_steps`, :mod:`._word_runs` (the patterns that list a
text's words and file names under them), :mod:`._text_cache` (the per-text memory) and
:mod:`._spans`.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

from diplomatic_events.knowledge._name_steps import Steps, match_end, name_steps
from diplomatic_events.knowledge._text_cache import TextCache, fill_memo
from diplomatic_events.knowledge._word_runs import (
    _compile,
    _first_key,
    _ignore_case,
    _keys,
    _not_after,
    _runs_pattern,
    _split_runs_pattern,
)

__all__ = ["NameIndex", "WindowMatch"]

WindowMatch = tuple[int, int, str]
"""A match: start, end and the matched text."""

_LOOKS_AROUND = re.compile(r"\(\?[=!<]|\\[bBAZz]|[$^]")
_CONTINUES = re.compile(r"[\w.-]")

_JOINED_HELD = 4096
"""At most this many alternations of the names filed under one word are kept per index."""
_KNOWN_HELD = 1 << 16
"""At most this many words' filed names are kept per index."""
_WALKS = 48
"""A name is walked step by step this many times, then its pattern is compiled: a walk costs
about 1.3 µs more than a compiled pattern's match, compiling one 50-150 µs, so a name of
the shared knowledge tried in every source is compiled and one a source adds, tried a few
times, is not (at worst about twice the cheaper of the two)."""
_SEPARATELY = re.compile("(?!)")
"""Names whose patterns cannot be joined into one: tried one by one."""


class NameIndex:
    """Every position where one of ``names`` matches, as their alternation would find it.

    ``patterns[i]`` is the pattern of ``names[i]`` without boundaries; ``left`` is the
    character class no match may follow (a lookbehind); a match may not be followed by a
    character of ``right`` (a lookahead, the end of the window always allowed). With
    ``dotted``, dots in names are optional (the pattern says so) and words are listed with
    their dots. The few names that do not start with a word character ("'Akilisi Pohiva")
    are searched apart, with an alternation of their own, and their matches merged in.
    """

    def __init__(
        self,
        names: Sequence[str],
        patterns: Sequence[str],
        *,
        left: str,
        right: str,
        flags: int = 0,
        dotted: bool = False,
    ) -> None:
        self.names = tuple(names)
        self._left = left
        self._right = re.compile(right)
        self._dotted = dotted
        self._ignore_case = bool(flags & re.IGNORECASE)
        # each name's own pattern, compiled when first tried (most of a knowledge's
        # thousands of names are never tried alone: compiling them all took a third of
        # the first parse)
        self._compiled: list[re.Pattern[str] | None] = [None] * len(patterns)
        # case-sensitive names are walked step by step instead (see _name_steps: compiling
        # the names a source adds, tried in that source only, took a third of finding
        # mentions in real text), until tried _WALKS times: each name's steps (``()`` when
        # its pattern has none or is compiled now) and how often it was walked
        self._steps: list[Steps | None] = [None] * len(patterns)
        self._walks = [0] * len(patterns)
        # patterns that look nowhere but at their own characters (no look-around, anchor or
        # word boundary): a window's match at a word is the whole text's (see _whole)
        self._plain = _LOOKS_AROUND.search("".join(patterns)) is None
        self._patterns = tuple(patterns)
        self._right_source = right
        self._flags = flags
        # the alternation of each list of names tried at one word (in their order), by list
        self._joined: dict[tuple[int, ...], re.Pattern[str]] = {}
        self._by_key: dict[str, list[int]] = {}
        marked: list[int] = []
        for number, name in enumerate(self.names):
            key = _first_key(name, dotted)
            if key is None:
                marked.append(number)
                continue
            if self._ignore_case:
                key = _ignore_case(key)
            self._by_key.setdefault(key, []).append(number)
        firsts = sorted({key[0] for key in self._by_key})
        first = "[" + "".join(re.escape(char) for char in firsts) + "]" if firsts else r"\w"
        # the word patterns, compiled when first used: case-sensitive, a text is split with
        # the one and only words cut by a window's end are listed with the other; ignoring
        # case, the other serves both
        self._first_class = first
        self._words_pattern: re.Pattern[str] | None = None
        self._split_pattern: re.Pattern[str] | None = None
        # One knowledge's index serves every source of a corpus, read again while
        # assembling visits: keep the tables (and first matches) of many texts, two
        # entries a text (bounded in characters).
        self._texts = TextCache(size=1024, characters=1 << 24)
        # The names filed under each word seen, kept across texts (words recur).
        self._known: dict[str, tuple[int, ...]] = {}
        self._marked = _Marked(marked, patterns, left=left, right=right, flags=flags)

    @property
    def _words(self) -> re.Pattern[str]:
        """Where a word starts that some name may be filed under (:func:`_runs_pattern`)."""
        words = self._words_pattern
        if words is None:
            flags = re.IGNORECASE if self._ignore_case else 0
            words = _runs_pattern(self._left, self._dotted, self._first_class, flags)
            self._words_pattern = words
        return words

    @property
    def _split_words(self) -> re.Pattern[str]:
        """:attr:`_words` for ``split`` (:func:`_split_runs_pattern`)."""
        split = self._split_pattern
        if split is None:
            flags = re.IGNORECASE if self._ignore_case else 0
            split = _split_runs_pattern(self._left, self._dotted, self._first_class, flags)
            self._split_pattern = split
        return split

    def _candidates(self, run: str) -> tuple[int, ...]:
        known = self._known.get(run)
        if known is not None:
            return known
        if len(self._known) >= _KNOWN_HELD:
            self._known.clear()
        found = self._known[run] = self._filed(run)
        return found

    def _filed(self, run: str) -> tuple[int, ...]:
        found: list[int] = []
        for key in _keys(run, self._dotted):
            found.extend(self._by_key.get(_ignore_case(key) if self._ignore_case else key, ()))
        return tuple(sorted(set(found)))

    def _table(self, text: str) -> tuple[list[int], list[str], list[tuple[int, ...]]]:
        def build() -> tuple[list[int], list[str], list[tuple[int, ...]]]:
            # One split at the words' starts (no Python step per word); a word starts where
            # the parts of text before it end.
            heads: Iterable[int]
            if self._ignore_case:
                # most letters can start a word here: the parts are the text from one word's
                # start to the next and the word (read ahead), in turn
                parts = self._words.split(text)
                runs: list[str] = parts[1::2]
                heads = itertools.accumulate(map(len, parts[0:-1:2]))
            else:
                # the parts are the text before a word, the word's first character and the
                # rest of the word (read ahead, so also the start of the next part), in turn
                parts = self._split_words.split(text)
                runs = list(map(operator.add, parts[1::3], parts[2::3]))
                heads = map(
                    operator.add, itertools.accumulate(map(len, parts[0:-1:3])), itertools.count()
                )
            known = self._known
            fill_memo(known, runs, _KNOWN_HELD, self._filed)
            found = list(map(known.get, runs))
            if None in found:  # another thread emptied the table meanwhile
                found = [self._candidates(run) for run in runs]
            # the words some name is filed under, where they start and those names
            return (
                list(itertools.compress(heads, found)),
                list(itertools.compress(runs, found)),
                list(filter(None, found)),
            )

        table: tuple[list[int], list[str], list[tuple[int, ...]]] = self._texts.get(
            "table", text, build
        )
        return table

    def _whole(self, text: str, starts: list[int], end: int) -> list[Any] | None:
        """Each listed word's first match in the whole text (:data:`_UNKNOWN` until looked
        for), when a window ending at ``end`` matches at a word exactly what the whole text
        matches there, unless that match runs past ``end``: the names' patterns look at
        nothing after their match but the boundary, which the character at ``end`` (no word
        character, dot or hyphen) passes as the window's end does. ``None`` otherwise."""
        if not self._plain or (
            end < len(text) and (_CONTINUES.match(text, end) or self._right.match(text, end))
        ):
            return None
        whole: list[Any] = self._texts.get("whole", text, lambda: [_UNKNOWN] * len(starts))
        return whole if len(whole) == len(starts) else None

    def _pattern(self, number: int) -> re.Pattern[str]:
        """The pattern of name ``number`` alone, bounded on the right."""
        compiled = self._compiled[number]
        if compiled is None:
            compiled = _compile(
                rf"(?:{self._patterns[number]})(?!{self._right_source})", self._flags
            )
            self._compiled[number] = compiled
        return compiled

    def _match(self, number: int, text: str, start: int, end: int) -> WindowMatch | None:
        """The match of name ``number`` alone at ``start`` in ``text[:end]``."""
        match = self._pattern(number).match(text, start, end)
        return None if match is None else (start, match.end(), match.group())

    def _walk(self, number: int, text: str, start: int, end: int) -> WindowMatch | None:
        """:meth:`_match`, walking the name's steps when its pattern has some and it has
        been tried fewer than :data:`_WALKS` times."""
        steps = self._steps[number]
        if steps is None:
            steps = self._steps[number] = name_steps(self._patterns[number]) or ()
        if not steps:
            return self._match(number, text, start, end)
        walks = self._walks[number] = self._walks[number] + 1
        if walks >= _WALKS:
            self._steps[number] = ()  # tried often: compiled from now on
        stop = match_end(steps, text, start, end, self._right)
        return None if stop is None else (start, stop, text[start:stop])

    def _first(self, text: str, start: int, end: int, numbers: Sequence[int]) -> WindowMatch | None:
        found = self._first_numbered(text, start, end, numbers)
        return None if found is None else found[1]

    def _first_numbered(
        self, text: str, start: int, end: int, numbers: Sequence[int]
    ) -> tuple[int, WindowMatch] | None:
        """The first of ``numbers`` whose name matches at ``start``, and its match."""
        if not self._flags:
            # tried in turn, as their alternation tries its branches
            for number in numbers:
                found = self._walk(number, text, start, end)
                if found is not None:
                    return number, found
            return None
        if len(numbers) == 1:
            found = self._match(numbers[0], text, start, end)
            return None if found is None else (numbers[0], found)
        # One match of their alternation: its branches are tried in order, each as its own
        # pattern would be, and the branch that matched names the name.
        key = tuple(numbers)
        joined = self._joined.get(key)
        if joined is None:
            joined = self._join(key)
            if len(self._joined) >= _JOINED_HELD:
                self._joined.clear()
            self._joined[key] = joined
        if joined is _SEPARATELY:
            for number in numbers:
                found = self._match(number, text, start, end)
                if found is not None:
                    return number, found
            return None
        match = joined.match(text, start, end)
        if match is None or match.lastgroup is None:
            return None
        return int(match.lastgroup[1:]), (start, match.end(), match.group())

    def _join(self, numbers: tuple[int, ...]) -> re.Pattern[str]:
        """The alternation of the names ``numbers``, each branch a group naming its number
        (:data:`_SEPARATELY` when their patterns cannot be one: a group name used twice)."""
        right = self._right_source
        branches = (f"(?P<n{n}>(?:{self._patterns[n]})(?!{right}))" for n in numbers)
        try:
            return re.compile("|".join(branches), self._flags)
        except re.error:
            return _SEPARATELY

    def finditer(
        self,
        text: str,
        start: int = 0,
        end: int | None = None,
        table: tuple[list[int], list[str], list[tuple[int, ...]]] | None = None,
    ) -> list[WindowMatch]:
        """What ``alternation.finditer(text, start, end)`` would find, in order.

        ``table`` is the text's table when the caller keeps it (see :class:`LayeredNameIndex`).
        """
        end = len(text) if end is None else end
        if start >= end:
            return []
        if self._marked:
            return _merged(
                self._heads(text, start, end, table),
                lambda here, numbers: self._first(text, here, end, numbers),
                lambda position: self._marked.next(text, position, end),
                start,
            )
        if not self._by_key:
            return []
        starts, _, candidates = table if table is not None else self._table(text)
        # A window ending inside a word cuts it: the words from the cut word's start on are
        # listed again within the window (the cut word may start a name its whole does not).
        tail = end
        if end < len(text) and _CONTINUES.match(text, end):
            tail = end
            while tail > start and _CONTINUES.match(text, tail - 1):
                tail -= 1
        found: list[WindowMatch] = []
        position = start
        at = bisect.bisect_left(starts, start)
        whole = self._whole(text, starts, end)
        while at < len(starts) and starts[at] < tail:
            here = starts[at]
            at += 1
            if here >= position:
                if whole is None:
                    match = self._first(text, here, end, candidates[at - 1])
                else:
                    held = whole[at - 1]
                    if held is _UNKNOWN:
                        held = whole[at - 1] = self._first(
                            text, here, len(text), candidates[at - 1]
                        )
                    if held is None or held[1] <= end:
                        match = held
                    else:  # the whole text's match runs past the window: not the window's
                        match = self._first(text, here, end, candidates[at - 1])
                if match is not None:
                    found.append(match)
                    position = match[1]
        if tail < end:
            for word in self._words.finditer(text, max(tail, position), end):
                here = word.start()
                if here >= position:
                    match = self._first(text, here, end, self._candidates(word.group(1)))
                    if match is not None:
                        found.append(match)
                        position = match[1]
        return found

    def _heads(
        self,
        text: str,
        start: int,
        end: int,
        table: tuple[list[int], list[str], list[tuple[int, ...]]] | None,
    ) -> list[tuple[int, tuple[int, ...]]]:
        """Each word of ``text[start:end]`` some name is filed under, with those names, in
        order (a word cut by the window's end listed as the window has it)."""
        if not self._by_key:
            return []
        starts, _, candidates = table if table is not None else self._table(text)
        tail = _cut_word_start(text, start, end)
        at = bisect.bisect_left(starts, start)
        upto = bisect.bisect_left(starts, tail)
        heads = list(zip(starts[at:upto], candidates[at:upto], strict=True))
        for word in self._words.finditer(text, tail, end):
            numbers = self._candidates(word.group(1))
            if numbers:
                heads.append((word.start(), numbers))
        return heads


_UNKNOWN: Any = object()
"""A word of a text whose first match in the whole text is not looked for yet."""

_Numbers = TypeVar("_Numbers")


class _Marked:
    """The names of an index that start with no word character ("'Akilisi Pohiva"): too few
    to file, searched with one alternation of their own (each name's own pattern when their
    groups clash)."""

    def __init__(
        self, numbers: Sequence[int], patterns: Sequence[str], *, left: str, right: str, flags: int
    ) -> None:
        self.numbers = tuple(numbers)
        self._each = [
            (n, _compile(rf"{_not_after(left)}(?:{patterns[n]})(?!{right})", flags))
            for n in numbers
        ]
        branches = "|".join(f"(?P<n{n}>(?:{patterns[n]})(?!{right}))" for n in numbers)
        try:
            self._joined: re.Pattern[str] | None = re.compile(
                rf"{_not_after(left)}(?:{branches})", flags
            )
        except re.error:
            self._joined = None

    def __bool__(self) -> bool:
        return bool(self.numbers)

    def next_numbered(self, text: str, position: int, end: int) -> tuple[int, WindowMatch] | None:
        """The first match at or after ``position`` in ``text[:end]``: at its start, the
        first name in order that matches there (as in the alternation of all the names)."""
        while position <= end:
            if self._joined is not None:
                match = self._joined.search(text, position, end)
                number = (
                    None if match is None or match.lastgroup is None else int(match.lastgroup[1:])
                )
            else:
                hits = [
                    (m.start(), n, m) for n, p in self._each if (m := p.search(text, position, end))
                ]
                first = min(hits, key=operator.itemgetter(0, 1), default=None)
                match, number = (None, None) if first is None else (first[2], first[1])
            if match is None or number is None:
                return None
            if match.end() > match.start():
                return number, (match.start(), match.end(), match.group())
            position = match.start() + 1  # a name never matches empty; look on
        return None

    def next(self, text: str, position: int, end: int) -> WindowMatch | None:
        """The match of :meth:`next_numbered`, without the name's number."""
        found = self.next_numbered(text, position, end)
        return None if found is None else found[1]


def _merged(
    heads: Iterable[tuple[int, _Numbers]],
    first: Callable[[int, _Numbers], WindowMatch | None],
    marked: Callable[[int], WindowMatch | None],
    start: int,
) -> list[WindowMatch]:
    """The alternation's scan over words (``heads``: where a filed name may start, in order;
    ``first``: the match there) and the marked names' matches (``marked``: the first at or
    after a position): at each position the match found there, scanning on after its end.
    The two never start at one position (a word character or not)."""
    found: list[WindowMatch] = []
    position = start
    pending = marked(start)
    for here, numbers in heads:
        while pending is not None and pending[0] < here:
            if pending[0] >= position:
                found.append(pending)
                position = pending[1]
            pending = marked(max(position, pending[0] + 1))
        if here >= position:
            match = first(here, numbers)
            if match is not None:
                found.append(match)
                position = match[1]
    while pending is not None:
        if pending[0] >= position:
            found.append(pending)
            position = pending[1]
        pending = marked(max(position, pending[0] + 1))
    return found


def _cut_word_start(text: str, start: int, end: int) -> int:
    """Where the word cut by a window ending at ``end`` starts (``end`` when none is cut)."""
    tail = end
    if end < len(text) and _CONTINUES.match(text, end):
        while tail > start and _CONTINUES.match(text, tail - 1):
            tail -= 1
    return tail
