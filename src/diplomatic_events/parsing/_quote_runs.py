"""Quotations that run on past their paragraph: a double mark left open at a paragraph's
end that the next paragraph opens again, or that closes a few paragraphs on; a single mark
opening a paragraph's quotation; a closing mark whose opening was never typed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from diplomatic_events.model import Block
from diplomatic_events.parsing._quote_marks import (
    _DOUBLE,
    _DOUBLE_CLOSE,
    _DOUBLE_MARK,
    _DOUBLE_OPEN,
    _RUN_ON_PARAGRAPHS,
    MarkPair,
    PairKind,
    _left_open,
    _Side,
    _side,
    _trim,
    _with,
)


def _single_opened_paragraphs(
    text: str, blocks: Sequence[Block], per_block: list[list[MarkPair]]
) -> None:
    """Paragraphs that each open with a single mark and leave it open, as a statement quoted
    over several paragraphs in single marks is written ("'The European Union is one of our
    most trusted partners,' Mr Luxon says.\n\n'This is something that was emphasised ...
    \n\n'We also talked about trade ..."): each such paragraph is a quotation, when the
    paragraph before holds a quotation in single marks or the next opens the same way."""
    openers = [_paragraph_single_opener(text, block) for block in blocks]
    for index, at in enumerate(openers):
        if at is None or any(p.open_at == at for p in per_block[index]):
            continue
        before = index > 0 and any(
            p.single and p.kind is PairKind.QUOTE for p in per_block[index - 1]
        )
        after = index + 1 < len(blocks) and openers[index + 1] is not None
        if not (before or after):
            continue
        start, end = _trim(text, at + 1, blocks[index].end)
        if len(text[start:end].split()) < _CARRIED_WORDS:
            continue
        pair = MarkPair(
            start=start,
            end=end,
            open_at=at,
            close_at=None,
            block=index,
            kind=PairKind.QUOTE,
            single=True,
        )
        # the words inside belong to this quotation now: marks found in them are its own
        per_block[index] = _with(per_block[index], pair, start, end)


_PARAGRAPH_SINGLE = re.compile(r"[ \t\u00a0•*-]*(['‘])(?=[A-Z])")


def _paragraph_single_opener(text: str, block: Block) -> int | None:
    """Where a single mark opening the paragraph before a capital is, if the paragraph holds
    no other single mark that could close it."""
    opening = _PARAGRAPH_SINGLE.match(text, block.start, block.end)
    if opening is None:
        return None
    at = opening.start(1)
    for later in range(at + 1, block.end):
        if text[later] in "'’" and _side(text, later, block.start, block.end) is _Side.CLOSE:
            return None  # closed in the paragraph: an ordinary pair
    return at


def _closed_without_opening(
    text: str, blocks: Sequence[Block], per_block: list[list[MarkPair]]
) -> None:
    """A paragraph whose first double mark closes with no opener before it ("Thailand and the
    United States both benefit ...,” Aquilino added."): a quotation carried on from a paragraph
    that did not close it, or whose opening mark was lost; its words from the paragraph's
    start to the mark are that quotation (one quotation per paragraph)."""
    for index, found in enumerate(per_block):
        block = blocks[index]
        first = _DOUBLE_MARK.search(text, block.start, block.end)
        if first is None:
            continue
        at = first.start()
        closes = text[at] == "”" or (
            text[at] == '"' and _side(text, at, block.start, block.end) is _Side.CLOSE
        )
        after = text[at + 1 : at + 2]
        if (
            not closes
            or after.isalnum()  # "...to Moscow.”When Pompeo": glued to what follows
            or not any(p.kind is PairKind.UNPAIRED and p.open_at == at for p in found)
        ):
            continue
        if any(p.open_at < at for p in found if p.open_at != at):
            continue  # a quotation of its own opens before the mark
        if (
            index > 0
            and text.count("\n", blocks[index - 1].end, block.start) < 2
            and blocks[index - 1].end - blocks[index - 1].start < _WRAPPED_LINE
        ):
            continue  # a hard-wrapped line of one paragraph, not a paragraph of its own
        # a single mark opening a word before it opened this one ("asking, 'If the West
        # cannot win this war, ...\""): the quotation runs from there
        openings = list(_SINGLE_OPENING.finditer(text, block.start, at))
        single = openings[-1] if openings else None
        opened = block.start if single is None else single.end()
        start, end = _trim(text, opened, at)
        if len(text[start:end].split()) < _CARRIED_WORDS:
            continue
        moved = MarkPair(
            start=start,
            end=end,
            open_at=start if single is None else single.start(),
            close_at=at,
            block=index,
            kind=PairKind.QUOTE,
        )
        per_block[index] = _with(found, moved, at, at + 1)


_SINGLE_OPENING = re.compile(r"(?:(?<=[\s(\[—–-])|^)['‘](?=[^\W\d_])", re.MULTILINE)
"""A single mark opening a word: after a space, a bracket or a dash, before a letter."""
_CARRIED_WORDS = 3
"""The fewest words a paragraph's text before a lone closing mark holds to be a quotation."""
_WRAPPED_LINE = 120
"""A line shorter than this, a single newline before the next, is a hard-wrapped line."""


def _run_on(text: str, blocks: Sequence[Block], per_block: list[list[MarkPair]]) -> None:
    """A quotation opened in one paragraph and closed a few paragraphs later, with no mark
    between ("said:\n\n“The leaders met ...\n\nThe PM and the President discussed ...
    later this year”."): each paragraph is part of it, one quotation per paragraph.

    Only a last opener left unpaired qualifies, and only when every paragraph up to the
    closing one has no double mark and the closing paragraph's first mark closes.
    """
    index = 0
    while index < len(per_block):
        found = per_block[index]
        opener = found[-1] if found else None
        if (
            opener is None
            or opener.kind is not PairKind.UNPAIRED
            or opener.single
            or text[opener.open_at] not in _DOUBLE_OPEN + '"'
            or any(p.open_at > opener.open_at and not p.single for p in found[:-1])
        ):
            index += 1
            continue
        words = _trim(text, opener.open_at + 1, blocks[index].end)
        if words[0] == words[1] and index + 1 < len(per_block):
            # an opening mark left at the end of a paragraph ("... Dialogue.”“") opens the
            # quotation the next paragraph closes ("President Trump looks forward ...,” the
            # White House said)
            moved = _opened_before(text, blocks[index + 1], per_block[index + 1], index + 1)
            if moved is not None and moved.close_at is not None:
                closer = moved.close_at
                per_block[index + 1] = _with(per_block[index + 1], moved, closer, closer + 1)
                index += 1
                continue
        close = None if words[0] == words[1] else _run_on_close(text, blocks, per_block, index)
        if close is None:
            block = blocks[index]
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            # a line broken off mid-sentence ("“we signed\na statement of ..."): the
            # quotation goes on in the next line, which the layout did not join
            wrapped = (
                following is not None and text[following.start : following.start + 1].islower()
            )
            # a quotation left open that no later paragraph closes (a closing mark missing,
            # or the excerpt cut off: "The Foreign Secretary said:\n\n“The UK and Japan are
            # close allies. ..."): its own paragraph is the quotation
            opens = (
                text[opener.open_at] in _DOUBLE_OPEN
                or _side(text, opener.open_at, block.start, block.end) is _Side.OPEN
            )
            found[-1] = _left_open(
                text,
                opener.open_at,
                opener.open_at + 1,
                block.end,
                index,
                keep=opens and not wrapped,
            )
            index += 1
            continue
        last, close_at = close
        block = blocks[index]
        start, end = _trim(text, opener.open_at + 1, block.end)
        found[-1] = MarkPair(
            start=start,
            end=end,
            open_at=opener.open_at,
            close_at=None,
            block=index,
            kind=PairKind.QUOTE,
        )
        for middle in range(index + 1, last + 1):
            lo = blocks[middle].start
            hi = close_at if middle == last else blocks[middle].end
            start, end = _trim(text, lo, hi)
            pair = MarkPair(
                start=start,
                end=end,
                open_at=start,
                close_at=close_at if middle == last else None,
                block=middle,
                kind=PairKind.QUOTE,
            )
            per_block[middle] = _with(per_block[middle], pair, close_at, close_at + 1)
        index = last + 1


def _opened_before(text: str, block: Block, found: list[MarkPair], index: int) -> MarkPair | None:
    """The quotation of paragraph ``index`` that a mark at the end of the paragraph before
    opened: its first double mark closes, is unpaired and has words before it."""
    first = _DOUBLE_MARK.search(text, block.start, block.end)
    if first is None or text[first.start()] not in _DOUBLE_CLOSE:
        return None
    at = first.start()
    if not any(p.kind is PairKind.UNPAIRED and p.open_at == at for p in found):
        return None
    start, end = _trim(text, block.start, at)
    if start == end:
        return None
    return MarkPair(
        start=start, end=end, open_at=start, close_at=at, block=index, kind=PairKind.QUOTE
    )


def _run_on_close(
    text: str, blocks: Sequence[Block], per_block: list[list[MarkPair]], index: int
) -> tuple[int, int] | None:
    """The paragraph and offset of the mark that closes a quotation left open in block
    ``index``, when only unmarked paragraphs of the same kind lie between."""
    kind = blocks[index].kind
    for later in range(index + 1, min(len(blocks), index + 1 + _RUN_ON_PARAGRAPHS)):
        block = blocks[later]
        if block.kind is not kind:
            return None
        if text.count("\n", blocks[later - 1].end, block.start) < 2:
            return None  # a hard-wrapped line of one paragraph, not a paragraph of its own
        doubles = [i for i in range(block.start, block.end) if text[i] in _DOUBLE]
        if not doubles:
            continue
        first = doubles[0]
        closes = text[first] in _DOUBLE_CLOSE or (
            text[first] == '"' and _side(text, first, block.start, block.end) is _Side.CLOSE
        )
        unpaired = any(p.kind is PairKind.UNPAIRED and p.open_at == first for p in per_block[later])
        has_words = any(not c.isspace() for c in text[block.start : first])
        return (later, first) if closes and unpaired and has_words else None
    return None
