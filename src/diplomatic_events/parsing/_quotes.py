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
import enum
import heapq
import itertools
import re
from collections.abc import Sequence

from attrs import frozen

from diplomatic_events.model import Block

__all__ = ["MarkPair", "PairKind", "find_pairs"]

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


def _with(found: Sequence[MarkPair], pair: MarkPair, start: int, end: int) -> list[MarkPair]:
    """A paragraph's pairs with ``pair`` put in, in text order, less those opening in
    ``[start, end)``: the marks ``pair`` now accounts for."""
    return sorted(
        [pair, *(p for p in found if not start <= p.open_at < end)], key=lambda p: p.open_at
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
        if side is _Side.OPEN and text[position] != '"' and text[open_at] in _DOUBLE_OPEN:
            # A second curly opener: the first never closed. Its words up to the second are
            # its quotation, not dropped ("“We are committed ... ways. “I am happy ...”").
            start = inner.get(open_at, open_at) + 1
            stop = position
            ended = _SENTENCE_END_BEFORE.search(text, start, position) is not None
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
