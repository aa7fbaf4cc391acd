"""Word tokens with offsets into the original text, and typography folding.

Every comparison in this package works on word tokens cut from the *original* text, so a
shared passage or a wording difference can always be reported as offsets a reader can check.
Typography (curly or straight quotes, dashes, no-break spaces, ellipses) is folded before
words are compared, because outlets retype the same words differently.
"""

from __future__ import annotations

import re

from attrs import frozen

from diplomatic_events.model import Source

__all__ = ["Tokens", "fold_typography", "normalize_word", "source_tokens", "tokenize"]

_WORD = re.compile(r"\w+(?:['’‘`]\w+)*")

_TYPOGRAPHY = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2033": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\u2007": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u200a": " ",
        "\u200b": "",
        "\u00ad": "",
        "\u2026": "...",
    }
)
_SPACES = re.compile(r"\s+")
_SPACED_DASH = re.compile(r"\s*-{1,3}\s*")


@frozen(kw_only=True)
class Tokens:
    """The words of a text as parallel tuples: folded form, start and end in the original.

    Parallel tuples rather than one object per word keep large corpora cheap to hold.
    """

    norms: tuple[str, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def __len__(self) -> int:
        return len(self.norms)


def fold_typography(text: str) -> str:
    """Map quotes, dashes, spaces and ellipses to one plain form, for comparison only."""
    folded = text.translate(_TYPOGRAPHY)
    folded = _SPACED_DASH.sub(" - ", folded)
    return _SPACES.sub(" ", folded).strip()


def normalize_word(word: str) -> str:
    """The case- and apostrophe-folded form of one word."""
    return word.translate(_TYPOGRAPHY).lower()


def tokenize(text: str, ranges: tuple[tuple[int, int], ...] | None = None) -> Tokens:
    """The words of ``text`` (or of its ``ranges``) with offsets into ``text`` itself."""
    norms: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for start, end in ranges if ranges is not None else ((0, len(text)),):
        for match in _WORD.finditer(text, start, end):
            norms.append(normalize_word(match.group()))
            starts.append(match.start())
            ends.append(match.end())
    return Tokens(norms=tuple(norms), starts=tuple(starts), ends=tuple(ends))


def source_tokens(source: Source) -> Tokens:
    """The words of a source's readable blocks, or of its whole text when it has no blocks."""
    blocks = source.readable_blocks()
    if not source.blocks:
        return tokenize(source.text)
    return tokenize(source.text, tuple((block.start, block.end) for block in blocks))
