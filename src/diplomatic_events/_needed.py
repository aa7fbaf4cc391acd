"""The literal text every match of a pattern holds: a text without it is not searched."""

from __future__ import annotations

import functools
import re
from re import _parser  # type: ignore[attr-defined]
from typing import Any

__all__ = ["holds_needed", "needed_text"]

_NEEDED_AT_LEAST = 3
"""The fewest characters of literal text worth testing for before a search."""
_FOLD_SAFE = frozenset(map(chr, range(128))) - set("iskISK")
"""The characters equal under ``re.IGNORECASE`` to exactly those ``str.lower`` maps onto
their lower case: the engine also takes "ſ" as "s", "ı"/"İ" as "i" and the Kelvin sign as
"k", which ``str.lower`` does not."""


@functools.lru_cache(maxsize=1024)
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
