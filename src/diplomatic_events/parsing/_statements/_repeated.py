"""Headlines and repeated quotations: the speaker the body gives the same words."""

from __future__ import annotations

import bisect
import re
import sys
from collections.abc import Sequence
from itertools import pairwise

import attrs
from attrs import evolve

from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.model import (
    ActorKind,
    Block,
    BlockKind,
    Statement,
)
from diplomatic_events.parsing._attribution import Attributor
from diplomatic_events.parsing._quotes import MarkPair
from diplomatic_events.parsing._statements._merge import _normal, _same_words
from diplomatic_events.typing import ActorId

_TITLE_WORDS = 14


def _title_line(text: str, blocks: Sequence[Block], index: int) -> bool:
    """A body line that reads as a title: short, no closing punctuation once its marks are
    stripped, and followed by more of the same entry ("Opposition: 'A costly friendship'"
    over a live entry whose layout left it as body text)."""
    block = blocks[index]
    if block.kind is not BlockKind.BODY or index + 1 >= len(blocks):
        return False
    line = text[block.start : block.end].strip().rstrip("\"”’'")
    following = blocks[index + 1]
    return (
        bool(line)
        and len(line.split()) <= _TITLE_WORDS
        and line[-1] not in ".!?:;,…"
        and following.kind is BlockKind.BODY
        and following.entry == block.entry
    )


def _attribute_headings(
    statements: list[Statement], blocks: Sequence[Block], pairs: Sequence[MarkPair], text: str
) -> list[Statement]:
    """A headline quotes the story: its speaker is whoever the body quotes in those words,
    else the first speaker in the paragraphs right after it (a summary: only the former)."""
    result = list(statements)
    for index, (statement, pair) in enumerate(zip(statements, pairs, strict=True)):
        block = blocks[pair.block]
        summary = block.kind is BlockKind.SUMMARY
        if statement.speaker is not None or (
            block.kind not in (BlockKind.HEADLINE, BlockKind.HEADING)
            and not summary
            and not _title_line(text, blocks, pair.block)
        ):
            continue
        words = _normal(statement.reports[0].text)
        later = [
            (other, other_pair)
            for other, other_pair in zip(statements, pairs, strict=True)
            if other_pair.start > pair.end and other.speaker is not None
        ]
        same = next(
            (o for o, _ in later if words and _same_words(words, _normal(o.reports[0].text))), None
        )
        if same is None and len(words.split()) >= 2:
            # "promise 'calm waters'" over a body quoting "closer to the calm waters": a
            # phrase of two or more words the body quotes within longer words.
            same = next(
                (
                    o
                    for o, _ in later
                    if re.search(rf"(?<!\w){re.escape(words)}(?!\w)", _normal(o.reports[0].text))
                ),
                None,
            )
        if same is None and not summary:
            same = next(
                (
                    o
                    for o, p in later
                    if p.block <= pair.block + 3 and blocks[p.block].entry == block.entry
                ),
                None,
            )
        if same is not None:
            result[index] = evolve(statement, speaker=same.speaker)
    return result


def _attribute_repeated(
    statements: list[Statement],
    blocks: Sequence[Block],
    pairs: Sequence[MarkPair],
    inferred: Sequence[bool],
    knowledge: KnowledgeBase,
    attributor: Attributor,
) -> list[Statement]:
    """Words quoted again later with a speaker named are that speaker's: a summary or an
    entry title that repeats the story's quotation ("Beijing's readout: '...'"), a
    quotation whose speaker was only carried over from the one before, and a heading that
    gives a description ("China's ambassador says ...") where the body names the person."""

    def kind_of(actor_id: ActorId | None) -> ActorKind | None:
        if actor_id is None:
            return None
        actor = attributor.created.get(actor_id) or knowledge.actor(actor_id)
        return actor.kind if actor is not None else None

    result = list(statements)
    # the statements a repeated one can take its speaker from (a speaker named, not carried
    # over), in text order, indexed by their words once
    named: _NamedIndex | None = None
    for index, (statement, pair) in enumerate(zip(statements, pairs, strict=True)):
        block = blocks[pair.block]
        heading = block.kind in (BlockKind.HEADLINE, BlockKind.HEADING, BlockKind.SUMMARY)
        unnamed_heading = heading and kind_of(statement.speaker) is ActorKind.UNNAMED
        if not (
            (statement.speaker is None and block.kind is BlockKind.SUMMARY)
            or inferred[index]
            or unnamed_heading
        ):
            continue
        words = _normal(statement.reports[0].text)
        if len(words.split()) < 2:
            continue
        if named is None:
            named = _NamedIndex.of(statements, pairs, inferred)
        inside: re.Pattern[str] | None = None  # the words as a whole, compiled once
        for number in named.nearest_after(words, pair.end):
            other, other_words = statements[number], named.words[number]
            if unnamed_heading and (
                blocks[pairs[number].block].entry != block.entry
                or kind_of(other.speaker) is not ActorKind.PERSON
            ):
                continue
            if not _same_words(words, other_words):
                if not unnamed_heading:
                    continue
                inside = inside or re.compile(rf"(?<!\w){re.escape(words)}(?!\w)")
                if inside.search(other_words) is None:
                    continue
            result[index] = evolve(statement, speaker=other.speaker)
            break
    return result


_REPEATED_CANDIDATES = 16
"""How many named statements a repeated quotation is compared with: the nearest after it
holding one of its :data:`_REPEATED_RARE_WORDS` rarest words (on the real sets the speaker
is always found among the first five)."""
_REPEATED_RARE_WORDS = 5
"""How many of its rarest words a repeated quotation looks its candidates up by."""


@attrs.frozen(kw_only=True)
class _NamedIndex:
    """The statements with a speaker named (not carried over), in text order, by word."""

    words: dict[int, str]
    """Each such statement's normal wording, by its number."""
    holders: dict[str, list[tuple[int, int]]]
    """For each word, the statements holding it (where each starts, its number), in text
    order (for bisection)."""

    @classmethod
    def of(
        cls, statements: Sequence[Statement], pairs: Sequence[MarkPair], inferred: Sequence[bool]
    ) -> _NamedIndex:
        named = sorted(
            (pairs[number].start, number)
            for number, statement in enumerate(statements)
            if not inferred[number] and statement.speaker is not None
        )
        words: dict[int, str] = {}
        holders: dict[str, list[tuple[int, int]]] = {}
        for held in named:
            number = held[1]
            words[number] = wording = _normal(statements[number].reports[0].text)
            for word in set(wording.split()):
                found = holders.get(word)
                if found is None:
                    holders[word] = [held]
                else:
                    found.append(held)
        return cls(words=words, holders=holders)

    def nearest_after(self, words: str, end: int) -> list[int]:
        """The nearest :data:`_REPEATED_CANDIDATES` statements starting after ``end`` that
        hold one of the :data:`_REPEATED_RARE_WORDS` rarest of ``words``, in text order."""
        held = [word for word in set(words.split()) if word in self.holders]
        rare = sorted(held, key=lambda word: (len(self.holders[word]), word))
        found: set[tuple[int, int]] = set()
        after = (end, sys.maxsize)  # the first holder starting after ``end``
        for word in rare[:_REPEATED_RARE_WORDS]:
            holders = self.holders[word]
            at = bisect.bisect_right(holders, after)
            found.update(holders[at : at + _REPEATED_CANDIDATES])
        return [number for _, number in sorted(found)[:_REPEATED_CANDIDATES]]


_ECHO_CANDIDATES = 50
"""How many quotations sharing an echo's first two words are tried, nearest first."""


def _attribute_echoes(statements: list[Statement], pairs: Sequence[MarkPair]) -> list[Statement]:
    """A quotation no one is named for whose words, two or more, a quotation with a speaker
    holds, before or after it: that speaker's ("pledged more dialogue on 'common objectives'"
    over "'We have many common objectives ...,' said Odierno"; a pull quote repeating the
    story's words).

    The speakers' quotations are indexed by each pair of words they hold, so an echo is
    compared with those sharing its first two words only, the nearest first (at most
    ``_ECHO_CANDIDATES``, found by bisection): no pass over every pair of quotations.
    """
    if all(statement.speaker is not None for statement in statements):
        return statements
    spoken: dict[int, str] = {}
    by_bigram: dict[tuple[str, str], list[int]] = {}
    for number, statement in enumerate(statements):
        if statement.speaker is None:
            continue
        words = _normal(statement.reports[0].text)
        spoken[number] = f" {words} "
        split = words.split()
        for bigram in dict.fromkeys(pairwise(split)):
            by_bigram.setdefault(bigram, []).append(number)
    if not spoken:
        return statements
    result = list(statements)
    for index, statement in enumerate(statements):
        if statement.speaker is not None:
            continue
        echo = _normal(statement.reports[0].text).split()
        if len(echo) < 2:
            continue
        holders = by_bigram.get((echo[0], echo[1]), [])
        at = pairs[index].start
        # the holders are in text order: those around the echo, found by bisection, are
        # the nearest (a bounded window, however many quotations share the words)
        middle = bisect.bisect_left(holders, at, key=lambda number: pairs[number].start)
        around = holders[max(0, middle - _ECHO_CANDIDATES) : middle + _ECHO_CANDIDATES]
        nearest = sorted(around, key=lambda number: abs(pairs[number].start - at))
        echoed = f" {' '.join(echo)} "
        same = next(
            (n for n in nearest[:_ECHO_CANDIDATES] if echoed in spoken[n]),
            None,
        )
        if same is not None:
            result[index] = evolve(statement, speaker=statements[same].speaker)
    return result
