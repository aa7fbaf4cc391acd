"""One pattern that finds whether any of several patterns matches, to skip the rest.

Stages ask of every sentence whether any topic, event cue or occasion is named in it, one
pattern at a time; most sentences name none. Their alternation, searched once, answers that
exactly: it matches at the first position where any of them does, so a window it finds
nothing in holds no match of any of them, and the patterns are searched one by one only in
the windows where it does.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Hashable, Mapping
from typing import TypeVar

__all__ = ["any_of", "matching"]

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
        return re.compile("|".join(f"(?:{pattern.pattern})" for pattern in patterns), flags.pop())
    except re.error:  # a group name used by two of them
        return None


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
