"""The patterns a name index is built from: where words start, and text folded as ``re`` folds it.

The name index (:mod:`._index`) files names under their first word and lists the words of a
text with the patterns made here: the word runs that no given character precedes (kept in
a bounded table, as the characters vary with each source's names), the word a name is filed
under, look-behinds written so that they compile fast, and a text folded to the classes
``re.IGNORECASE`` takes as equal. They live apart from the index, which holds only the
filing and the scan.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import functools
import re
from collections.abc import Callable, Iterable
from re import _casefix  # type: ignore[attr-defined]

_WORD = re.compile(r"\w")
_RUNS: dict[str, re.Pattern[str]] = {}


@functools.lru_cache(maxsize=1 << 14)
def _compile(pattern: str, flags: int) -> re.Pattern[str]:
    return re.compile(pattern, flags)


class _Folded(dict[int, int]):
    """Each character's class under ``re.IGNORECASE``: its simple lower case, the smallest
    of the characters the regular expression engine also takes as equal ("ſ" is "s")."""

    def __missing__(self, code: int) -> int:
        lower: int = _sre.unicode_tolower(code)
        folded: int = min((lower, *_casefix._EXTRA_CASES.get(lower, ())))
        self[code] = folded
        return folded


_FOLDED = _Folded()


def _ignore_case(text: str) -> str:
    return text.translate(_FOLDED)


_RUNS_HELD = 256
"""At most this many word patterns are kept: their classes of first characters vary with
the names each source adds, so the table would otherwise grow with the corpus."""


_SIMPLE_CLASS = re.compile(r"\[((?:\\w|[^\\\]\[^-])*-?)\]")
"""A class of ``\\w`` and single characters (a hyphen last), as ``left`` classes are."""


@functools.lru_cache(maxsize=256)
def _not_after(left: str, then: str = "") -> str:
    """``(?<!{left}{then})``, written to compile fast: a class that mixes ``\\w`` or
    several characters with one beyond Latin-1 ("[\\w'’-]") makes the engine build a
    table of every character, which took 80 µs of each compile (two word patterns for each
    source's added names); each such character gets a look-behind of its own instead,
    which says the same."""
    simple = _SIMPLE_CLASS.fullmatch(left)
    if simple is None:
        return f"(?<!{left}{then})"
    items = re.findall(r"\\w|.", simple.group(1), re.DOTALL)
    wide = [item for item in items if len(item) == 1 and ord(item) > 0xFF]
    if not wide:
        return f"(?<!{left}{then})"
    narrow = [item for item in items if item not in wide]
    parts = [f"(?<![{''.join(narrow)}]{then})"] if narrow else []
    parts += [f"(?<!{re.escape(item)}{then})" for item in wide]
    return "".join(parts)


def _runs_pattern(left: str, dotted: bool, first: str = r"\w", flags: int = 0) -> re.Pattern[str]:
    """Where a word starts that no ``left`` character precedes, its first character in
    ``first``; the group is the word (with its dots when ``dotted``)."""
    body = r"[\w.]*" if dotted else r"\w*"
    return _held(
        f"{left}|{dotted}|{first}|{flags}",
        lambda: re.compile(rf"{_not_after(left)}(?=({first}{body}))", flags),
    )


def _split_runs_pattern(
    left: str, dotted: bool, first: str = r"\w", flags: int = 0
) -> re.Pattern[str]:
    """What :func:`_runs_pattern` finds, for ``split``: the word's first character (group
    1) and the rest of it (group 2, looked ahead at). Opening with the first character
    rather than the look-behind lets the engine skip to the next character that can start
    a word instead of trying every position; the look-behind then tests the character
    before it."""
    body = r"[\w.]*" if dotted else r"\w*"
    return _held(
        f"split|{left}|{dotted}|{first}|{flags}",
        lambda: re.compile(rf"({first}){_not_after(left, _ANY)}(?=({body}))", flags),
    )


_ANY = r"[\s\S]"
"""Any one character, newlines too."""


def _held(key: str, build: Callable[[], re.Pattern[str]]) -> re.Pattern[str]:
    """The pattern held under ``key``, built once; the table is emptied when full."""
    pattern = _RUNS.get(key)
    if pattern is None:
        if len(_RUNS) >= _RUNS_HELD:
            _RUNS.clear()
        pattern = _RUNS[key] = build()
    return pattern


def _keys(run: str, dotted: bool) -> Iterable[str]:
    if not dotted or "." not in run:
        return (run,)
    parts = run.split(".")
    return dict.fromkeys("".join(parts[:count]) for count in range(1, len(parts) + 1))


@functools.lru_cache(maxsize=1 << 14)
def _first_key(name: str, dotted: bool) -> str | None:
    """The word a name is filed under: its leading word characters (dots dropped when dots
    are optional), ``None`` when it does not start with one."""
    match = re.match(r"[\w.]*" if dotted else r"\w*", name)
    key = match.group() if match else ""
    if dotted:
        key = key.replace(".", "")
    return key if key and _WORD.match(name) else None
