"""One pattern that finds whether any of several patterns matches, to skip the rest.

Stages ask of every sentence whether any topic, event cue or occasion is named in it, one
pattern at a time; most sentences name none. Their alternation, searched once, answers that
exactly: it matches at the first position where any of them does, so a window it finds
nothing in holds no match of any of them, and the patterns are searched one by one only in
the windows where it does.
"""

from __future__ import annotations

import bisect
import importlib
import itertools
import operator
import re
from collections.abc import Collection, Hashable, Mapping
from typing import Any, Generic, TypeVar

from diplomatic_events._identity_memo import IdentityMemo
from diplomatic_events.knowledge._text_cache import TextCache, fill_memo
from diplomatic_events.knowledge._word_runs import _ignore_case

__all__ = [
    "WordStartFilter",
    "any_of",
    "guarded",
    "lookahead",
    "matching",
    "word_heads",
    "word_start_filter",
    "word_starts",
]

K = TypeVar("K", bound=Hashable)

_REFERENCE = re.compile(r"\\[1-9]|\(\?P=")
"""A back-reference, whose number or name would mean another group once joined."""

_JOINED: IdentityMemo[re.Pattern[str] | None] = IdentityMemo(256)
"""The alternation of each owner's patterns."""


def any_of(owner: object, patterns: Collection[re.Pattern[str]]) -> re.Pattern[str] | None:
    """The alternation of ``patterns`` (built once per ``owner``, which must not change),
    or ``None`` when they differ in flags and cannot be joined."""
    return _JOINED.get_or_make(owner, lambda: _join(patterns))


def _join(patterns: Collection[re.Pattern[str]]) -> re.Pattern[str] | None:
    flags = {pattern.flags for pattern in patterns}
    if len(flags) != 1 or any(_REFERENCE.search(pattern.pattern) for pattern in patterns):
        return None
    try:
        joined = re.compile("|".join(f"(?:{pattern.pattern})" for pattern in patterns), flags.pop())
    except re.error:  # a group name used by two of them
        return None
    return guarded(joined)


_ONE_BY_ONE = 3
"""At most this many candidate patterns are searched one by one, more with their alternation."""


def matching(named: Mapping[K, re.Pattern[str]], text: str, start: int, end: int) -> list[K]:
    """The keys of ``named`` whose pattern matches in ``text[start:end]``, in their order:
    the same as searching each. Only the patterns a word of the window can begin
    (:class:`WordStartFilter`) are searched: a few one by one, more with one scan of the
    alternation. Each position where it matches is one where some pattern does; the
    patterns not yet found are tried there alone, anchored, and the scan goes on from the
    next position."""
    possible = word_start_filter(named).first_starts(text, start, end)
    if len(possible) <= _ONE_BY_ONE:
        # the few patterns whose first letters begin a word of the window, searched alone
        # from the first such word
        return [key for key, first in possible.items() if named[key].search(text, first, end)]
    joined = any_of(named, named.values())
    if joined is None:
        return [key for key, first in possible.items() if named[key].search(text, first, end)]
    remaining = {key: named[key] for key in possible}
    found: set[K] = set()
    at = min(possible.values())
    while remaining:
        hit = joined.search(text, at, end)
        if hit is None:
            break
        here = hit.start()
        for key, pattern in list(remaining.items()):
            if pattern.match(text, here, end) is not None:
                found.add(key)
                del remaining[key]
        at = here + 1
    return [key for key in named if key in found]


_PARSER: Any = importlib.import_module("re._parser")
_CONSTANTS: Any = importlib.import_module("re._constants")
_CATEGORIES = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}
_ZERO_WIDTH = frozenset({"AT", "ASSERT", "ASSERT_NOT"})
_REPEATS = frozenset({"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"})


def guarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` with a look-ahead for the characters a match of it can start with, so a
    search fails at most positions on one test of a character class instead of trying every
    branch. Matches are the same, at the same places, with the same groups; a pattern whose
    first characters cannot be told (or that can match nothing at all) is returned as it is.
    """
    lead = lookahead(pattern.pattern, pattern.flags)
    if not lead:
        return pattern
    try:
        return re.compile(f"{lead}(?:{pattern.pattern})", pattern.flags)
    except re.error:
        return pattern


def lookahead(source: str, flags: int = 0) -> str:
    """The look-ahead :func:`guarded` puts before a pattern (``"(?=[...])"``), told from its
    source, or ``""`` when its first characters cannot be told. A pattern that opens with
    ``source`` (a match of it cannot be empty) opens with the same look-ahead: it can be
    told from that cheaper opening alone, and the whole pattern compiled once."""
    try:
        first = _first(list(_PARSER.parse(source, flags)))
    except (re.error, TypeError, ValueError, AttributeError):  # an unusual tree: leave it
        return ""
    if first is None or not first[0] or first[1]:
        return ""
    return f"(?=[{''.join(sorted(first[0]))}])"


def _first(items: list[Any]) -> tuple[set[str], bool] | None:
    """The class fragments a match of ``items`` (a parsed sequence) can start with, and
    whether it can match the empty string; ``None`` when that cannot be told."""
    found: set[str] = set()
    for op, value in items:
        name = str(op)
        if name in _ZERO_WIDTH:
            continue
        step = _one(name, value)
        if step is None:
            return None
        found |= step[0]
        if not step[1]:
            return found, False
    return found, True


def _one(name: str, value: Any) -> tuple[set[str], bool] | None:
    if name == "LITERAL":
        return {_escaped(value)}, False
    if name == "IN":
        fragments: set[str] = set()
        for op, item in value:
            kind = str(op)
            if kind == "LITERAL":
                fragments.add(_escaped(item))
            elif kind == "RANGE":
                fragments.add(f"{_escaped(item[0])}-{_escaped(item[1])}")
            elif kind == "CATEGORY" and str(item) in _CATEGORIES:
                fragments.add(_CATEGORIES[str(item)])
            else:
                return None  # a negated class, among others
        return fragments, False
    if name == "SUBPATTERN":
        _, add_flags, del_flags, inner = value
        if add_flags or del_flags:
            return None
        return _first(list(inner))
    if name == "ATOMIC_GROUP":
        return _first(list(value))
    if name == "BRANCH":
        found: set[str] = set()
        empty = False
        for alternative in value[1]:
            step = _first(list(alternative))
            if step is None:
                return None
            found |= step[0]
            empty = empty or step[1]
        return found, empty
    if name in _REPEATS:
        low, _, inner = value
        step = _first(list(inner))
        if step is None:
            return None
        return step[0], step[1] or low == 0
    return None


def _escaped(code: int) -> str:
    return "\\" + chr(code) if chr(code) in "\\]^-[" else chr(code)


_LEAD = 8
"""How many leading characters of a word the word-start filter files patterns under."""
_LEAD_LIMIT = 4096
"""More possible beginnings than this and a pattern is tried in every window."""
_RUN = re.compile(r"\w+")


def word_starts(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """What a match of ``pattern`` can start with: strings of up to eight word characters,
    folded as the engine folds case, one of which begins every match (which begins a word).

    ``None`` when that cannot be told: the pattern does not open with ``\\b`` before a word
    character, or one of its matches can start with a character class, a repeat of one or
    anything else this walk does not follow.
    """
    try:
        items = list(_PARSER.parse(pattern.pattern, pattern.flags))
    except (re.error, TypeError, ValueError, AttributeError):
        return None
    if not _opens_with_boundary(items):
        return None
    found = _leads(items, _LEAD)
    if len(found) > _LEAD_LIMIT:
        return None
    starts: set[str] = set()
    for lead in found:
        word = _RUN.match(lead)
        if word is None:
            return None  # a match may start with no word character
        starts.add(_ignore_case(word.group()))
    return frozenset(starts)


def _opens_with_boundary(items: list[Any]) -> bool:
    """Whether every match of the parsed sequence ``items`` starts at a ``\\b``."""
    for op, value in items:
        name = str(op)
        if name == "AT":
            return str(value) == "AT_BOUNDARY"
        if name == "ASSERT" and value[0] == 1:  # a look-ahead consumes nothing
            continue
        if name == "SUBPATTERN":
            return _opens_with_boundary(list(value[3]))
        if name == "ATOMIC_GROUP":
            return _opens_with_boundary(list(value))
        if name == "BRANCH":
            return all(_opens_with_boundary(list(branch)) for branch in value[1])
        return False
    return False


def _leads(items: list[Any], room: int) -> set[str]:
    """The strings of up to ``room`` characters a match of ``items`` can start with; one
    shorter than ``room`` stops where the walk cannot follow (a prefix of the match)."""
    if room == 0 or not items:
        return {""}
    (op, value), rest = items[0], items[1:]
    name = str(op)
    if name in _ZERO_WIDTH:
        return _leads(rest, room)
    if name == "LITERAL":
        return {chr(value) + tail for tail in _leads(rest, room - 1)}
    if name == "IN":
        if not all(str(kind) == "LITERAL" for kind, _ in value):
            return {""}
        tails = _leads(rest, room - 1)
        return {chr(code) + tail for _, code in value for tail in tails}
    if name == "SUBPATTERN":
        return _leads([*value[3], *rest], room)
    if name == "ATOMIC_GROUP":
        return _leads([*value, *rest], room)
    if name == "BRANCH":
        found: set[str] = set()
        for branch in value[1]:
            found |= _leads([*branch, *rest], room)
        return found
    if name in _REPEATS:
        low, _, inner = value
        once = _leads(list(inner), room)  # at least one: its beginning, then unknown
        return once | _leads(rest, room) if low == 0 else once
    return {""}


_WORDS = re.compile(r"(\w+)")
_HEAD = operator.itemgetter(slice(0, _LEAD))
_HEADS: TextCache = TextCache(size=16, characters=1 << 23)
"""The word heads of recent texts: every filter reads a source's words from one scan."""
_KNOWN_MAX = 1 << 16
"""At most this many distinct word heads keep their candidates in one filter."""


def word_heads(text: str) -> tuple[list[int], list[str]]:
    """Where each word of ``text`` starts, and its first (up to eight) characters: found by
    one scan per text while the text is recent, shared by every :class:`WordStartFilter`."""

    def build() -> tuple[list[int], list[str]]:
        # the text cut into runs of other characters and words, in turn: a word starts
        # where the runs before it end
        parts = _WORDS.split(text)
        ends = list(itertools.accumulate(map(len, parts), initial=0))
        return ends[1 : len(parts) : 2], list(map(_HEAD, parts[1::2]))

    heads: tuple[list[int], list[str]] = _HEADS.get("word-heads", text, build)
    return heads


class WordStartFilter(Generic[K]):
    """Which of several patterns can match in a window, told from the words starting there.

    Each pattern is filed under the (up to eight) first characters its matches can start
    with (:func:`word_starts`). A text's words are listed once (:func:`word_heads`) and
    each is looked up once, by its head folded as the engine folds case, so a window's
    candidates are those of the words starting in it, found by bisection: the patterns
    they file, and every pattern whose beginnings cannot be told. The candidates always
    include every pattern that matches in the window.
    """

    def __init__(self, named: Mapping[K, re.Pattern[str]]) -> None:
        self.keys = tuple(named)
        self._always = 0
        self._by_lead: dict[str, int] = {}
        for bit, pattern in enumerate(named.values()):
            starts = word_starts(pattern)
            if starts is None:
                self._always |= 1 << bit
                continue
            for lead in starts:
                self._by_lead[lead] = self._by_lead.get(lead, 0) | 1 << bit
        self._lengths = sorted({len(lead) for lead in self._by_lead})
        self._bits_of: dict[str, int] = {}
        # each recent text's words that begin a filed beginning, with what they file
        self._texts = TextCache(size=16, characters=1 << 23)

    def _bits(self, head: str) -> int:
        """The patterns filed under the beginnings of a word whose head is ``head``."""
        lead = _ignore_case(head)
        bits = 0
        for length in self._lengths:
            bits |= self._by_lead.get(lead[:length], 0)
        return bits

    def _table(self, text: str) -> tuple[list[int], list[int]]:
        def build() -> tuple[list[int], list[int]]:
            starts, heads = word_heads(text)
            known = self._bits_of
            fill_memo(known, heads, _KNOWN_MAX, self._bits)
            bits = list(map(known.__getitem__, heads))
            # the words that file some pattern, where they start and what they file
            return list(itertools.compress(starts, bits)), list(filter(None, bits))

        table: tuple[list[int], list[int]] = self._texts.get("masks", text, build)
        return table

    def mask(self, text: str, start: int, end: int) -> int:
        """The candidates for ``text[start:end]`` as bits (the ``i``-th key's is ``1 << i``)."""
        found = self._always
        if not self._by_lead:
            return found
        starts, masks = self._table(text)
        for bits in masks[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]:
            found |= bits
        return found

    def candidates(self, text: str, start: int, end: int) -> list[K]:
        """The keys whose pattern may match in ``text[start:end]``, in their order."""
        found = self.mask(text, start, end)
        return [key for bit, key in enumerate(self.keys) if found >> bit & 1]

    def filed(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """The words of ``text[start:end]`` filed under some pattern: where each starts, and
        the bits of the patterns it files. Every match of a pattern that can be filed starts
        at one of these words; the patterns filed under none (bits in :attr:`always`) may
        start anywhere."""
        if not self._by_lead:
            return []
        starts, masks = self._table(text)
        lo, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
        return list(zip(starts[lo:hi], masks[lo:hi], strict=True))

    @property
    def always(self) -> int:
        """The bits of the patterns a window is always searched for (filed under nothing)."""
        return self._always

    def first_starts(self, text: str, start: int, end: int) -> dict[K, int]:
        """Each candidate for ``text[start:end]`` with where its first match can start: the
        first word of the window filed under it (``start`` for a pattern filed under none).
        A search from there finds what a search from ``start`` finds."""
        found: dict[int, int] = {}
        always = self._always
        if self._by_lead:
            starts, masks = self._table(text)
            lo, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
            seen = always
            for at in range(lo, hi):
                new = masks[at] & ~seen
                if new:
                    seen |= new
                    for bit in range(new.bit_length()):
                        if new >> bit & 1:
                            found[bit] = starts[at]
        for bit in range(always.bit_length()):
            if always >> bit & 1:
                found[bit] = start
        return {key: found[bit] for bit, key in enumerate(self.keys) if bit in found}


_FILTERS: IdentityMemo[WordStartFilter[Any]] = IdentityMemo(256)
"""The word-start filter of each mapping of patterns."""


def word_start_filter(named: Mapping[K, re.Pattern[str]]) -> WordStartFilter[K]:
    """The :class:`WordStartFilter` of ``named`` (built once per mapping, which must not change)."""
    built: WordStartFilter[K] = _FILTERS.get_or_make(named, lambda: WordStartFilter(named))
    return built
