"""Quotation marks and the pairs they make: which side a mark is on, a pair's kinds and
extent, and the pairs of a quotation whose closing mark is missing.

Apart from the finders (:mod:`._quotes`, :mod:`._quote_runs`), which both build on them.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence

from attrs import frozen

from diplomatic_events.model import Block

_DOUBLE_OPEN = "“„«"
_DOUBLE_CLOSE = "”»"
_SINGLE_OPEN = "‘‹"
_SINGLE_CLOSE = "’›"
_DOUBLE = _DOUBLE_OPEN + _DOUBLE_CLOSE + '"'
_SINGLE = _SINGLE_OPEN + _SINGLE_CLOSE + "'"
_MARK = re.compile(f"[{re.escape(_DOUBLE + _SINGLE)}]")
"""Any quotation mark, double or single."""
_OPENING_CONTEXT = "([{—–-/\u2014\u2013"
_CLOSING_CONTEXT = ".,;:!?)]}—–-…\u2014\u2013"


class _Side(enum.Enum):
    OPEN = "open"
    CLOSE = "close"
    EITHER = "either"
    APOSTROPHE = "apostrophe"


class PairKind(enum.Enum):
    """What a pair of marks turned out to be."""

    QUOTE = "quote"
    NESTED = "nested"
    UNPAIRED = "unpaired"
    """A single opening mark with no partner (``start == end`` after it)."""


@frozen(kw_only=True)
class MarkPair:
    """The words between two marks: ``[start, end)`` excludes the marks.

    ``open_at``/``close_at`` are the marks' offsets (``close_at`` is ``None`` when the
    quotation runs to the paragraph's end). ``block`` indexes the blocks given.
    """

    start: int
    end: int
    open_at: int
    close_at: int | None
    block: int
    kind: PairKind
    single: bool = False
    outer: int | None = None
    """For a nested pair, the index of the pair it lies in."""


def _side(text: str, i: int, lo: int, hi: int) -> _Side:
    char = text[i]
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    if before.isalpha() and after.isdigit():
        # A live page glues the entry time to its title: "'... mission'5:14 p.m.".
        after = " "
    space_before = before.isspace() or before in _OPENING_CONTEXT or before in _DOUBLE + _SINGLE
    space_after = after.isspace() or after in _CLOSING_CONTEXT or after in _DOUBLE + _SINGLE
    if char in _SINGLE_CLOSE + "'" and before.isalnum() and after.isalnum():
        return _Side.APOSTROPHE
    if char == "“" and after.isspace() and _ends_clause_before(text, i, lo):
        # "... a huge impediment to growth, “ Kerry said": an opening mark typed where the
        # closing one belongs, after the clause's comma and before a space
        return _Side.CLOSE
    if char in _DOUBLE_OPEN + _SINGLE_OPEN:
        return _Side.OPEN
    if char in _DOUBLE_CLOSE + _SINGLE_CLOSE:
        if space_before and not space_after and (char in _SINGLE_CLOSE or after.isalpha()):
            # "’Tis", and the closing mark that Swedish and Finnish type to open a quotation
            # too ("”Establishing cooperation ...” says Rear Admiral Jens Nykvist")
            return _Side.OPEN
        return _Side.CLOSE
    if space_before and not space_after:
        return _Side.OPEN
    if space_after and not space_before:
        return _Side.CLOSE
    return _Side.EITHER


def _ends_clause_before(text: str, i: int, lo: int) -> bool:
    """Whether the last character before ``i`` other than a space ends a clause (",", ".",
    "!", "?"), within a couple of spaces."""
    j = i - 1
    while j >= lo and j >= i - 2 and text[j] == " ":
        j -= 1
    return j >= lo and text[j] in ",.!?…"


def _possessive(text: str, i: int, hi: int) -> bool:
    """``sides’ relations``: a word-final s, the mark, a space and a lower-case word."""
    if i == 0 or text[i - 1] not in "sS":
        return False
    rest = text[i + 1 : min(hi, i + 4)]
    return len(rest) >= 2 and rest[0] == " " and rest[1].islower()


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _continues(text: str, block: Block | None) -> bool:
    """Whether a paragraph opens with a quotation mark (a quotation carried on)."""
    if block is None:
        return True
    head = text[block.start : block.end].lstrip(" \t\u00a0•-*")
    return bool(head) and head[0] in _DOUBLE_OPEN + '"'


_DOUBLE_MARK = re.compile(f"[{re.escape(_DOUBLE)}]")
"""Any double quotation mark."""
_SENTENCE_END_BEFORE = re.compile(r"[.!?][ \u00a0]*$")
_SENTENCE_STOP = re.compile(r"[.!?](?=[ \u00a0]+[A-Z])")
"""A sentence's end inside a paragraph: a stop before a space and a capital."""
"""A sentence ended right before the next opening mark: the open quotation ended there."""
_RUN_ON_PARAGRAPHS = 8
"""How many paragraphs without a mark a quotation may run over before its closing mark."""


def _with(found: Sequence[MarkPair], pair: MarkPair, start: int, end: int) -> list[MarkPair]:
    """A paragraph's pairs with ``pair`` put in, in text order, less those opening in
    ``[start, end)``: the marks ``pair`` now accounts for."""
    return sorted(
        [pair, *(p for p in found if not start <= p.open_at < end)], key=lambda p: p.open_at
    )


def _left_open(
    text: str, open_at: int, start: int, end: int, index: int, *, keep: bool
) -> MarkPair:
    """A quotation whose closing mark is missing, running over ``[start, end)`` when
    ``keep`` and it has words; else its opener, unpaired."""
    start, end = _trim(text, start, end)
    if keep and end > start:
        return MarkPair(
            start=start, end=end, open_at=open_at, close_at=None, block=index, kind=PairKind.QUOTE
        )
    return _unpaired(text, open_at, index)


def _unpaired(text: str, position: int, index: int) -> MarkPair:
    del text
    return MarkPair(
        start=position + 1,
        end=position + 1,
        open_at=position,
        close_at=None,
        block=index,
        kind=PairKind.UNPAIRED,
    )
