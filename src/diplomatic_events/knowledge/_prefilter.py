"""One pattern that finds whether any of several patterns matches, to skip the rest.

Stages ask of every sentence whether any topic, event cue or occasion is named in it, one
pattern at a time; most sentences name none. Their alternation, searched once, answers that
exactly: it matches at the first position where any of them does, so a window it finds
nothing in holds no match of any of them, and the patterns are searched one by one only in
the windows where it does.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Collection, Hashable, Mapping
from typing import Any, TypeVar

__all__ = ["any_of", "guarded", "matching"]

K = TypeVar("K", bound=Hashable)

_REFERENCE = re.compile(r"\\[1-9]|\(\?P=")
"""A back-reference, whose number or name would mean another group once joined."""

_HELD: dict[int, tuple[object, re.Pattern[str] | None]] = {}
_HELD_MAX = 256


def any_of(owner: object, patterns: Collection[re.Pattern[str]]) -> re.Pattern[str] | None:
    """The alternation of ``patterns`` (built once per ``owner``, which must not change),
    or ``None`` when they differ in flags and cannot be joined."""
    held = _HELD.get(id(owner))
    if held is not None and held[0] is owner:
        return held[1]
    joined = _join(patterns)
    if len(_HELD) >= _HELD_MAX:
        _HELD.clear()
    _HELD[id(owner)] = (owner, joined)
    return joined


def _join(patterns: Collection[re.Pattern[str]]) -> re.Pattern[str] | None:
    flags = {pattern.flags for pattern in patterns}
    if len(flags) != 1 or any(_REFERENCE.search(pattern.pattern) for pattern in patterns):
        return None
    try:
        joined = re.compile("|".join(f"(?:{pattern.pattern})" for pattern in patterns), flags.pop())
    except re.error:  # a group name used by two of them
        return None
    return guarded(joined)


def matching(named: Mapping[K, re.Pattern[str]], text: str, start: int, end: int) -> list[K]:
    """The keys of ``named`` whose pattern matches in ``text[start:end]``, in their order:
    the same as searching each, found with one scan of the alternation. Each position where
    it matches is one where some pattern does; the patterns not yet found are tried there
    alone, anchored, and the scan goes on from the next position."""
    joined = any_of(named, named.values())
    if joined is None:
        return [key for key, pattern in named.items() if pattern.search(text, start, end)]
    remaining = dict(named)
    found: set[K] = set()
    at = start
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
    try:
        tree = _PARSER.parse(pattern.pattern, pattern.flags)
        first = _first(list(tree))
    except (re.error, TypeError, ValueError, AttributeError):  # an unusual tree: leave it
        return pattern
    if first is None or not first[0] or first[1]:
        return pattern
    try:
        return re.compile(f"(?=[{''.join(sorted(first[0]))}])(?:{pattern.pattern})", pattern.flags)
    except re.error:
        return pattern


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
