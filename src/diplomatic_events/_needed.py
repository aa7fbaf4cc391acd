"""The literal text every match of a pattern holds: a text without it is not searched.

:func:`needed_text` tells one literal every match holds; :func:`needed_words` tells a few,
one of which every match holds (one per branch of an alternation: "met", "talks" or
"summit"), for patterns whose branches share none.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable
from re import _parser  # type: ignore[attr-defined]
from typing import Any, TypeVar

from diplomatic_events._identity_memo import IdentityMemo

__all__ = [
    "WindowScan",
    "holds_needed",
    "may_match",
    "may_match_in",
    "needed_text",
    "needed_words",
    "table_words",
]

_T = TypeVar("_T")
_PATTERNS_HELD = 1024
"""The most patterns whose derived values one memo keeps (emptied when full)."""


def _per_pattern(function: Callable[[re.Pattern[str]], _T]) -> Callable[[re.Pattern[str]], _T]:
    """``function`` remembered per pattern object, found by its identity
    (:class:`IdentityMemo`): ``functools.lru_cache`` would hash the pattern's whole program
    at every call."""
    memo: IdentityMemo[_T] = IdentityMemo(_PATTERNS_HELD)
    held = memo.held  # read here without a call: the gates ask tens of thousands of times

    @functools.wraps(function)
    def remembered(pattern: re.Pattern[str]) -> _T:
        found = held.get(id(pattern))
        if found is not None and found[0] is pattern:
            return found[1]
        return memo.get_or_make(pattern, lambda: function(pattern))

    return remembered


_NEEDED_AT_LEAST = 3
"""The fewest characters of literal text worth testing for before a search."""
_FOLD_SAFE = frozenset(map(chr, range(128))) - set("iskISK")
"""The characters equal under ``re.IGNORECASE`` to exactly those ``str.lower`` maps onto
their lower case: the engine also takes "ſ" as "s", "ı"/"İ" as "i" and the Kelvin sign as
"k", which ``str.lower`` does not."""


@_per_pattern
def needed_text(pattern: re.Pattern[str]) -> tuple[str, bool] | None:
    """The longest literal text every match of ``pattern`` holds, and whether it is to be
    found in the line's lower case (the pattern ignores case; the text is then in lower
    case and holds only characters whose equals ``str.lower`` finds); ``None`` when no
    literal of three characters or more can be told."""
    try:
        items = list(_parser.parse(pattern.pattern, pattern.flags))
    except (re.error, TypeError, ValueError, AttributeError):  # pragma: no cover - compiled
        return None
    folded = bool(pattern.flags & re.IGNORECASE)
    best = ""
    for run in _literal_runs(items):
        pieces = re.split(r"[^\x00-\x7f]|[iskISK]", run) if folded else [run]
        best = max([best, *pieces], key=len)
    if len(best) < _NEEDED_AT_LEAST:
        return None
    return (best.lower(), True) if folded else (best, False)


_REPEATS = frozenset({"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"})


def _literal_runs(items: list[Any]) -> list[str]:
    """The runs of literal characters every match of the parsed sequence ``items`` holds,
    each written in one piece: those of the sequence, of its plain groups and of the
    repeats that match at least once; nothing of a branch, a look-around or a group that
    changes flags."""
    runs: list[str] = []
    current: list[str] = []
    for op, value in items:
        name = str(op)
        if name == "LITERAL":
            current.append(chr(value))
            continue
        runs.append("".join(current))
        current = []
        if name == "SUBPATTERN" and not value[1] and not value[2]:
            runs.extend(_literal_runs(list(value[3])))
        elif name in _REPEATS and value[0] >= 1:
            runs.extend(_literal_runs(list(value[2])))
        elif name == "ATOMIC_GROUP":
            runs.extend(_literal_runs(list(value)))
    runs.append("".join(current))
    return [run for run in runs if run]


def holds_needed(pattern: re.Pattern[str], text: str, lower: str | None = None) -> bool:
    """Whether ``text`` holds the literal text every match of ``pattern`` holds (always
    true when none can be told): when not, the pattern is not found in it. ``lower`` is
    ``text.lower()``, when the caller has made it."""
    needed = needed_text(pattern)
    if needed is None:
        return True
    literal, folded = needed
    if folded:
        return literal in (text.lower() if lower is None else lower)
    return literal in text


_WORDS_AT_MOST = 32
"""The most literals a pattern's gate tests for (each is one substring test)."""
_TABLE_WORDS_AT_MOST = 64
"""The most literals a text's table of literal starts looks for (each one pass over the
text, once per text)."""
_EXACT_AT_MOST = 64
"""The most strings a part of a pattern is followed through exactly ("news|press" then
" conference"), before only what each of them needs is kept."""
_FOLDED_AWAY = ("\u0130", "\u0131", "\u017f")
"""The characters that a pattern ignoring case takes for an ASCII letter and whose
``lower()`` is not that letter ("İ" and "ı" for "i", "ſ" for "s"; the Kelvin sign's lower
case is "k" itself): a text holding one is always searched."""
_ZERO_WIDTH_OPS = frozenset({"AT", "ASSERT", "ASSERT_NOT"})


class _Part:
    """What the matches of a part of a pattern are known to be: ``exact``, every string it
    can match (when few); ``needs``, the candidate sets of literals of which every match
    holds one (each set one way to tell)."""

    __slots__ = ("exact", "needs")

    def __init__(
        self, exact: frozenset[str] | None, needs: tuple[frozenset[str], ...] = ()
    ) -> None:
        self.exact = exact
        self.needs = needs


_UNKNOWN = _Part(None)
_EMPTY = _Part(frozenset({""}))


def _sequence(items: list[Any]) -> _Part:
    """A sequence's strings (each part's joined, while they stay few) and what it needs:
    any need of a part, or any maximal run of parts told exactly."""
    needs: list[frozenset[str]] = []
    exact: frozenset[str] | None = frozenset({""})
    run: frozenset[str] = frozenset({""})
    for item in items:
        part = _item(item)
        needs.extend(part.needs)
        if part.exact is not None and len(run) * len(part.exact) <= _EXACT_AT_MOST:
            run = frozenset(a + b for a in run for b in part.exact)
            if exact is not None:
                exact = run
            continue
        if run != frozenset({""}):
            needs.append(run)
        exact = None
        run = part.exact if part.exact is not None else frozenset({""})
    if run != frozenset({""}):
        needs.append(run)
    return _Part(exact, tuple(needs))


def _item(item: tuple[Any, Any]) -> _Part:
    op, value = item
    name = str(op)
    if name == "LITERAL":
        return _Part(frozenset({chr(value)}))
    if name in _ZERO_WIDTH_OPS:
        return _EMPTY  # it matches no text of its own
    if name == "IN":
        if value and all(str(kind) == "LITERAL" for kind, _ in value):
            return _Part(frozenset(chr(code) for _, code in value))
        return _UNKNOWN
    if name == "BRANCH":
        branches = [_sequence(list(branch)) for branch in value[1]]
        if all(b.exact is not None for b in branches):
            joined = frozenset().union(*(b.exact or () for b in branches))
            if len(joined) <= _EXACT_AT_MOST:
                return _Part(joined)
        best = [_best(b) for b in branches]
        if any(words is None for words in best):
            return _UNKNOWN
        return _Part(None, (frozenset().union(*(w or () for w in best)),))
    if name == "SUBPATTERN":
        if value[1] or value[2]:
            return _UNKNOWN  # flags changed inside: told apart from the pattern's own
        return _sequence(list(value[3]))
    if name == "ATOMIC_GROUP":
        return _sequence(list(value))
    if name in _REPEATS:
        low, high, inner = value[0], value[1], _sequence(list(value[2]))
        if low == high == 1:
            return inner
        if low == 0 and high == 1 and inner.exact is not None:
            return _Part(inner.exact | {""})
        return _Part(None, inner.needs + _whole(inner)) if low >= 1 else _UNKNOWN
    return _UNKNOWN


def _whole(part: _Part) -> tuple[frozenset[str], ...]:
    return (part.exact,) if part.exact is not None and "" not in part.exact else ()


def _cost(words: frozenset[str]) -> float:
    """How often a text holds one of ``words``, roughly: each the likelier the shorter."""
    return sum(0.1 ** min(len(word), 6) for word in words)


def _best(part: _Part) -> frozenset[str] | None:
    """The set of literals of ``part`` least likely to be found in a text that it does not
    match; ``None`` when none is told (or one of a set is empty)."""
    candidates = [words for words in (*part.needs, *_whole(part)) if words and "" not in words]
    return min(candidates, key=_cost, default=None)


@_per_pattern
def needed_words(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], bool] | None:
    """Literal texts one of which every match of ``pattern`` holds, and whether they are to
    be found in the text's lower case (the pattern ignores case; they are then in lower
    case and ASCII); ``None`` when no such set of at most 32 literals of three characters
    or more can be told. A text without any of them holds no match
    (:func:`may_match`)."""
    return _needed_words(pattern, _WORDS_AT_MOST)


@_per_pattern
def table_words(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], bool] | None:
    """:func:`needed_words` of at most 64 literals: what a text's table of literal starts
    (:func:`may_match_in`) looks for, once per text (one ``str.find`` pass each), not once
    per window, so a pattern of many meeting words ("met", "talks", "summit", "hosted",
    ...) is gated too."""
    return _needed_words(pattern, _TABLE_WORDS_AT_MOST)


def _needed_words(pattern: re.Pattern[str], at_most: int) -> tuple[tuple[str, ...], bool] | None:
    try:
        part = _sequence(list(_parser.parse(pattern.pattern, pattern.flags)))
    except (re.error, TypeError, ValueError, AttributeError):  # pragma: no cover - compiled
        return None
    folded = bool(pattern.flags & re.IGNORECASE)
    candidates = []
    for words in (*part.needs, *_whole(part)):
        if folded:
            words = frozenset(_ascii_piece(word).lower() for word in words)
        if words and len(words) <= at_most and min(map(len, words)) >= _NEEDED_AT_LEAST:
            candidates.append(words)
    if not candidates:
        return None
    best = min(candidates, key=_cost)
    # a text holding a word that holds another holds that one too: test the shorter alone
    kept = {word for word in best if not any(other in word for other in best if other != word)}
    return tuple(sorted(kept, key=lambda word: (-len(word), word))), folded


def _ascii_piece(word: str) -> str:
    """The longest piece of ``word`` without a character beyond ASCII (a literal needed
    holds each of its pieces)."""
    return max(re.split(r"[^\x00-\x7f]", word), key=len)


def _folds_away(text: str) -> bool:
    """Whether ``text`` holds a character of :data:`_FOLDED_AWAY` (three substring tests)."""
    return not text.isascii() and any(character in text for character in _FOLDED_AWAY)


_GATE_WORDS: dict[int, tuple[re.Pattern[str], tuple[tuple[str, ...], bool] | None]] = {}
"""By pattern: :func:`needed_words`, read by :func:`may_match` without a call (the gates
ask tens of thousands of times a corpus); at most :data:`_PATTERNS_HELD` patterns."""


def may_match(pattern: re.Pattern[str], text: str, lower: str | None = None) -> bool:
    """Whether ``text`` holds one of the literals every match of ``pattern`` holds one of
    (:func:`needed_words`; always true when none can be told): when not, the pattern is
    not found in it. ``lower`` is ``text.lower()``, when the caller has made it."""
    held = _GATE_WORDS.get(id(pattern))
    if held is not None and held[0] is pattern:
        needed = held[1]
    else:
        needed = needed_words(pattern)
        if len(_GATE_WORDS) >= _PATTERNS_HELD:
            _GATE_WORDS.clear()
        _GATE_WORDS[id(pattern)] = (pattern, needed)
    if needed is None:
        return True
    words, folded = needed
    if folded:
        if not text.isascii() and _folds_away(text):
            return True
        text = text.lower() if lower is None else lower
    # the text's own test mapped over the words, not a generator: half the cost per word
    return any(map(text.__contains__, words))


_TABLES: dict[tuple[int, int], tuple[re.Pattern[str], str, list[int] | None]] = {}
"""By pattern and text (the texts a stage reads: a source's, its quotations blanked): where
the pattern's literals start there."""
_TABLES_HELD = 256
_LOWERED: dict[int, tuple[str, str]] = {}
"""By text: the text and its lower case, made once for the tables of every pattern ignoring
case (a dozen for each text the meetings stage reads): the last 8 texts."""
_LOWERED_HELD = 8


def _lowered(text: str) -> str:
    """``text.lower()``, made once for the last few texts (:data:`_LOWERED`)."""
    held = _LOWERED.get(id(text))
    if held is not None and held[0] is text:
        return held[1]
    lower = text.lower()
    if len(_LOWERED) >= _LOWERED_HELD:
        _LOWERED.clear()
    _LOWERED[id(text)] = (text, lower)
    return lower


def _starts(pattern: re.Pattern[str], text: str) -> list[int] | None:
    """Where in ``text`` one of the literals of ``pattern`` starts, in order (found once per
    pattern and text object: the last 256 are kept); ``None`` when none can be told or the
    text is searched everywhere (it holds a character folded away)."""
    key = (id(pattern), id(text))
    held = _TABLES.get(key)
    if held is not None and held[0] is pattern and held[1] is text:
        return held[2]
    needed = table_words(pattern)
    starts: list[int] | None = None
    if needed is not None:
        words, folded = needed
        if not folded or not _folds_away(text):
            # no "İ": ``lower()`` keeps every character where it was
            haystack = _lowered(text) if folded else text
            found: set[int] = set()
            for word in words:
                at = haystack.find(word)
                while at >= 0:
                    found.add(at)
                    at = haystack.find(word, at + 1)
            starts = sorted(found)
    if len(_TABLES) >= _TABLES_HELD:
        _TABLES.clear()
    _TABLES[key] = (pattern, text, starts)
    return starts


def may_match_in(pattern: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` may hold a match of ``pattern``: ``False`` only when no
    literal of :func:`table_words` starts there (then neither the window nor any part of
    it holds a match). The literals are found once per text, so asking about each of its
    sentences costs one bisection."""
    held = _TABLES.get((id(pattern), id(text)))
    if held is not None and held[0] is pattern and held[1] is text:
        starts = held[2]  # the table made before, read without a call
    else:
        starts = _starts(pattern, text)
    if starts is None:
        return True
    at = bisect.bisect_left(starts, start)
    return at < len(starts) and starts[at] < end


_CONTEXT_OPS = frozenset({"AT", "ASSERT", "ASSERT_NOT", "GROUPREF", "GROUPREF_EXISTS"})


@_per_pattern
def _context_free(pattern: re.Pattern[str]) -> bool:
    """Whether whether ``pattern`` matches some text depends on that text alone (no anchor,
    word boundary, look-around or back reference): then a match inside a window of a text
    is one of the window on its own, and the other way round."""
    try:
        items = list(_parser.parse(pattern.pattern, pattern.flags))
    except (re.error, TypeError, ValueError, AttributeError):  # pragma: no cover - compiled
        return False
    return not _has_context(items)


def _has_context(items: list[Any]) -> bool:
    for op, value in items:
        name = str(op)
        if name in _CONTEXT_OPS:
            return True
        if name == "BRANCH":
            if any(_has_context(list(branch)) for branch in value[1]):
                return True
        elif name == "SUBPATTERN":
            if _has_context(list(value[3])):
                return True
        elif name in _REPEATS:
            if _has_context(list(value[2])):
                return True
        elif name == "ATOMIC_GROUP" and _has_context(list(value)):
            return True
    return False


class WindowScan:
    """Whether windows of one text hold a match of ``pattern`` (as a search of the window
    alone finds), asked of windows in the order of their starts (the blocks of a text).

    For a pattern whose matches depend on their own text alone, one search runs on from a
    window's start over the rest of the text: the windows before the match it finds hold
    none and are not searched. Other patterns are searched in each window.
    """

    __slots__ = ("_free", "_next", "_origin", "_pattern", "_text")

    def __init__(self, pattern: re.Pattern[str], text: str) -> None:
        self._pattern = pattern
        self._text = text
        self._free = _context_free(pattern)
        self._origin = len(text) + 1  # no search yet
        self._next: re.Match[str] | None = None

    def holds(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` holds a match."""
        if not self._free:
            return self._pattern.search(self._text[start:end]) is not None
        found = self._next
        if self._origin > start or (found is not None and found.start() < start):
            found = self._next = self._pattern.search(self._text, start)
            self._origin = start
        if found is None or found.start() >= end:
            return False  # the first match from the window's start lies beyond it
        if found.end() <= end:
            return True
        return self._pattern.search(self._text, start, end) is not None
