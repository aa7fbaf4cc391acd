"""Finding quotation-mark pairs in readable blocks, and telling marks from apostrophes.

Each mark is classified by its neighbours: a curly mark says which side it is; a straight
one opens after a space and closes before one. A single mark between letters ("China’s",
"We're") is an apostrophe; one after a word-final "s" followed by a lower-case word
("two sides’ relations") is a possessive unless no other closing mark is left. Double
marks pair first; single pairs inside a double-quoted span are nested (they belong to the
outer quotation); single pairs elsewhere are quotations of their own (headlines). A
double mark left open at the end of a paragraph runs to the paragraph's end when the next
paragraph opens again (one quotation per paragraph) or when nothing follows; when a few
paragraphs with no mark follow and the next mark closes, the quotation runs over them.
"""

from __future__ import annotations

import collections
import functools
import heapq
import itertools
import re
from collections.abc import Sequence

from diplomatic_events.knowledge._grammar import grammar, phrase_pattern
from diplomatic_events.model import Block
from diplomatic_events.parsing._quote_marks import (
    _CLOSING_CONTEXT,
    _DOUBLE,
    _DOUBLE_OPEN,
    _MARK,
    _OPENING_CONTEXT,
    _SENTENCE_END_BEFORE,
    _SENTENCE_STOP,
    _SINGLE,
    MarkPair,
    PairKind,
    _continues,
    _left_open,
    _possessive,
    _Side,
    _side,
    _trim,
    _unpaired,
)
from diplomatic_events.parsing._quote_runs import (
    _closed_without_opening,
    _run_on,
    _single_opened_paragraphs,
)

__all__ = ["MarkPair", "PairKind", "find_pairs"]


@functools.cache
def _trailing_attribution() -> re.Pattern[str]:
    """An attribution closing a sentence, after a comma ("..., Jacoby said.", "..., said
    the general."): inside a quotation left open, where its closing mark belonged."""
    verbs = phrase_pattern(grammar().speech_verbs)
    name = r"(?:the[ \u00a0]+)?(?:[\w.’'-]+[ \u00a0]+){0,3}[\w.’'-]+"
    return re.compile(
        rf",[ \u00a0]+(?:{name}[ \u00a0]+(?:{verbs})|(?:{verbs})[ \u00a0]+{name})"
        r"[ \u00a0]*[.!?][ \u00a0]*$"
    )


def find_pairs(text: str, blocks: Sequence[Block]) -> list[MarkPair]:
    """Every pair of quotation marks in ``blocks`` of ``text``, in text order."""
    per_block: list[list[MarkPair]] = []
    for index, block in enumerate(blocks):
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        per_block.append(_block_pairs(text, block, index, following))
    _run_on(text, blocks, per_block)
    _closed_without_opening(text, blocks, per_block)
    _single_opened_paragraphs(text, blocks, per_block)
    return [pair for found in per_block for pair in found]


def _block_pairs(text: str, block: Block, index: int, following: Block | None) -> list[MarkPair]:
    lo, hi = block.start, block.end
    doubles: list[tuple[int, _Side]] = []
    singles: list[tuple[int, _Side]] = []
    inner: dict[int, int] = {}
    """For a mark of two single marks ("''"), from its outer character to its inner one."""
    i = lo  # the first character not yet read: the marks are visited, not every character
    for mark in _MARK.finditer(text, lo, hi):
        if mark.start() < i:
            continue  # the second of two single marks read as one
        i = mark.start()
        char = text[i]
        if char in _DOUBLE:
            doubles.append((i, _side(text, i, lo, hi)))
        elif char in _SINGLE and i + 1 < hi and text[i + 1] in _SINGLE:
            # two single marks typed for a double one ("''This is ...,'' said X")
            before = text[i - 1] if i > lo else " "
            after = text[i + 2] if i + 2 < hi else " "
            if (before.isspace() or before in _OPENING_CONTEXT) and not after.isspace():
                doubles.append((i, _Side.OPEN))
                inner[i] = i + 1
            elif not before.isspace() and (after.isspace() or after in _CLOSING_CONTEXT):
                doubles.append((i + 1, _Side.CLOSE))
                inner[i + 1] = i
            i += 2
            continue
        elif char in _SINGLE:
            side = _side(text, i, lo, hi)
            if side is not _Side.APOSTROPHE:
                singles.append((i, side))
        i += 1
    found: list[MarkPair] = []
    open_at: int | None = None
    for position, side in doubles:
        if open_at is None:
            if side is _Side.CLOSE and text[position] != '"':
                found.append(_unpaired(text, position, index))
                continue
            open_at = position
            continue
        curly = side is _Side.OPEN and text[position] != '"' and text[open_at] in _DOUBLE_OPEN
        straight = side is _Side.OPEN and text[position] == '"' and text[open_at] == '"'
        said: re.Match[str] | None = None
        if curly or straight:
            start = inner.get(open_at, open_at) + 1
            stop = position
            ended = _SENTENCE_END_BEFORE.search(text, start, position) is not None
            said = _trailing_attribution().search(text, start, position) if ended else None
        if curly or (straight and said is not None):
            # A second opener: the first never closed. Its words up to the second are its
            # quotation, not dropped ("“We are committed ... ways. “I am happy ...”"). A
            # straight mark tells its side only by its spacing, so a straight opener counts
            # only after an attribution left inside ('"... priority, he stated. "And so').
            if said is not None:
                # "“... levels of coordination, Jacoby said. “Today, ...”": the closing mark
                # left out before the attribution; the quotation ends at its comma
                stop = said.start() + 1
            if not ended:
                # narration between ("... more productive years. He concluded that, “This
                # week ...”"): the quotation ends with its last sentence before it
                last = collections.deque(_SENTENCE_STOP.finditer(text, start, position), maxlen=1)
                if last:
                    last_stop = last[0]
                    stop, ended = last_stop.end(), True
            found.append(_left_open(text, open_at, start, stop, index, keep=ended))
            open_at = position
            continue
        start, end = _trim(text, inner.get(open_at, open_at) + 1, inner.get(position, position))
        found.append(
            MarkPair(
                start=start,
                end=end,
                open_at=open_at,
                close_at=position,
                block=index,
                kind=PairKind.QUOTE,
            )
        )
        open_at = None
    if open_at is not None:
        start = inner.get(open_at, open_at) + 1
        found.append(_left_open(text, open_at, start, hi, index, keep=_continues(text, following)))
    quotes = [pair for pair in found if pair.kind is PairKind.QUOTE]
    found.extend(_single_pairs(text, singles, quotes, index, hi))
    return sorted(found, key=lambda pair: (pair.open_at, pair.kind is PairKind.NESTED))


def _outers(positions: Sequence[int], quotes: Sequence[MarkPair], hi: int) -> list[MarkPair | None]:
    """For each position (in text order), the first of ``quotes`` (in their order) whose
    marks enclose it, if any: one sweep, not a pass over the quotations per position."""
    opening = sorted(range(len(quotes)), key=lambda i: quotes[i].open_at)
    active: list[tuple[int, int]] = []  # (number in ``quotes``, end), the first on top
    found: list[MarkPair | None] = []
    next_quote = 0
    for position in positions:
        while next_quote < len(opening) and quotes[opening[next_quote]].open_at < position:
            number = opening[next_quote]
            close = quotes[number].close_at
            heapq.heappush(active, (number, close if close is not None else hi))
            next_quote += 1
        while active and active[0][1] <= position:
            heapq.heappop(active)  # ended before this position (positions only grow)
        found.append(quotes[active[0][0]] if active else None)
    return found


def _single_pairs(
    text: str,
    singles: list[tuple[int, _Side]],
    quotes: list[MarkPair],
    index: int,
    hi: int,
) -> list[MarkPair]:
    outers = _outers([position for position, _ in singles], quotes, hi)
    result: list[MarkPair] = []
    used: set[int] = set()
    for number, (position, side) in enumerate(singles):
        if position in used or (side is not _Side.OPEN and side is not _Side.EITHER):
            continue
        if side is _Side.EITHER and text[position] != "'":
            continue
        outer = outers[number]
        close = _closer(text, singles, outers, number, used, hi)
        if close is None:
            continue
        used.update({position, close})
        start, end = _trim(text, position + 1, close)
        result.append(
            MarkPair(
                start=start,
                end=end,
                open_at=position,
                close_at=close,
                block=index,
                kind=PairKind.QUOTE if outer is None else PairKind.NESTED,
                single=True,
                outer=None if outer is None else outer.open_at,
            )
        )
    return result


def _closer(
    text: str,
    singles: Sequence[tuple[int, _Side]],
    outers: Sequence[MarkPair | None],
    number: int,
    used: set[int],
    hi: int,
) -> int | None:
    """The closing mark for the single opener ``singles[number]``: the first later free
    closing mark inside the same quotation (if any) that is not a possessive.

    A possessive-looking mark is skipped only while no other single opener lies before the
    next candidate: in ``'glitches' in ... of a ‘fragmented’ West`` the second pair opens
    before any non-possessive closer, so ``glitches'`` closes the first (short pairs win).
    The marks are read lazily, from the opener on, only as far as the choice needs.
    """
    position = singles[number][0]
    outer = outers[number]

    def candidate(at: int) -> bool:
        p, s = singles[at]
        return (
            p not in used
            and s in (_Side.CLOSE, _Side.EITHER)
            and outers[at] is outer
            and p > position + 1
        )

    first = next((at for at in range(number + 1, len(singles)) if candidate(at)), None)
    if first is None:
        return None
    next_open = next(
        (
            p
            for p, s in itertools.islice(singles, first + 1, None)
            if p not in used and s is _Side.OPEN
        ),
        None,
    )
    at = first
    while at < len(singles) and (next_open is None or singles[at][0] < next_open):
        if candidate(at) and not _possessive(text, singles[at][0], hi):
            return singles[at][0]
        at += 1
    return singles[first][0]
