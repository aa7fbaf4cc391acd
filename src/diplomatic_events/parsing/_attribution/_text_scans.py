"""Plain scans of a source's text that every layer of the attributor asks.

The text with the inside of each quotation blanked (so no cue or name is found there),
whether a span holds nothing but given characters, and the match of a backwards pattern
that ends at a position, each without copying the text. They hold no state of the source;
the state itself (``_state``) keeps what the attributor learns and its lookups.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from diplomatic_events.parsing._quotes import MarkPair, PairKind


def _masked(text: str, pairs: Sequence[MarkPair]) -> str:
    """``text`` with the inside of every quotation blanked (``\\x00``) but for the marks that
    end sentences and lines, so no cue or name is found inside a quotation."""
    spans = sorted((p.start, p.end) for p in pairs if p.kind is PairKind.QUOTE and p.start < p.end)
    pieces: list[str] = []
    done = 0
    for start, end in spans:
        start = max(start, done)
        if start >= end:
            continue
        pieces.append(text[done:start])
        pieces.append(text[start:end].translate(_BLANK_INSIDE))
        done = end
    pieces.append(text[done:])
    return "".join(pieces)


class _BlankInside(dict[int, int]):
    """What each character of a quotation becomes in :func:`_masked`: itself if it ends a
    sentence or line (``.!?`` and a line break), else ``\x00`` (one table lookup a
    character, not a replacement a character)."""

    def __missing__(self, code: int) -> int:
        kept = code if chr(code) in ".!?\n" else 0
        self[code] = kept
        return kept


_BLANK_INSIDE = _BlankInside()
_OTHER_THAN: dict[str | None, re.Pattern[str]] = {}


def only(text: str, start: int, end: int, chars: str | None = None) -> bool:
    """Whether ``text[start:end]`` holds nothing but ``chars`` (white space when ``None``):
    ``not text[start:end].strip(chars)``, without copying the span (one search, which
    stops at the first other character)."""
    pattern = _OTHER_THAN.get(chars)
    if pattern is None:
        body = r"\S" if chars is None else "[^" + "".join(re.escape(c) for c in chars) + "]"
        pattern = _OTHER_THAN[chars] = re.compile(body)
    return pattern.search(text, start, end) is None


def ending_at(pattern: re.Pattern[str], text: str, end: int, reach: int = 80) -> re.Match[str]:
    """The leftmost match of ``pattern`` (a pattern of runs anchored with ``$``, no
    look-behind, that matches the empty string) in ``text[:end]``, searched in the last
    ``reach`` characters first and further back only while the match starts where the
    window does: the same match, not a pass over the whole text before ``end``."""
    low = max(0, end - reach)
    while True:
        match = pattern.search(text, low, end)
        assert match is not None, "the pattern matches the empty string"
        if match.start() > low or low == 0:
            return match
        low = max(0, low - 2 * (end - low))
