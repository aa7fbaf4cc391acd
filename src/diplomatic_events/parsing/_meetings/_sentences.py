"""Sentences with their dates, the people named in them, and meeting mentions."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator, Sequence

from attrs import evolve, frozen

from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.knowledge._abbreviations import is_abbreviation
from diplomatic_events.knowledge._actors import Mention
from diplomatic_events.knowledge._grammar import grammar, phrase_pattern
from diplomatic_events.knowledge._places import PlaceMention
from diplomatic_events.knowledge._text_cache import TextCache
from diplomatic_events.model import (
    ActorKind,
    Block,
    BlockKind,
    Duration,
    MeetingKind,
    PartialDate,
    Precision,
    Source,
    Span,
)
from diplomatic_events.parsing._datelines import DATELINE_AT
from diplomatic_events.parsing._time import ClockTime, TimeExpression, find_dates
from diplomatic_events.typing import ActorId, SourceId

_QUOTED = re.compile(r"“[^”]*”|\"[^\"\n]*\"")
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])")


@frozen(kw_only=True)
class Sentence:
    """One sentence of a readable block, with the date its relative words resolve against."""

    start: int
    end: int
    paragraph: int
    reference: dt.date | None = None
    entry: int | None = None
    period: PartialDate | None = None
    """With no reference day, the month or year the page is dated to: the time office holders
    are looked up on ("the Foreign Secretary" of a page of June 2013 is Hague's)."""

    def on(self) -> PartialDate | None:
        """The day, else the month or year, names are resolved on."""
        return _reference_day(self.reference) if self.reference is not None else self.period


@functools.lru_cache(maxsize=1024)
def _reference_day(reference: dt.date) -> PartialDate:
    """``PartialDate.of(reference)``, made once per day: every pass asks each sentence's day
    again, and checking a day's date costs a calendar look-up."""
    return PartialDate.of(reference)


def reference_date(source: Source, entry: int | None = None) -> dt.date | None:
    """The day a source's relative dates resolve against: its entry's time or its publication."""
    if entry is not None and 0 <= entry < len(source.entries):
        stamp = source.entries[entry].published
        if stamp is not None:
            return stamp.date()
    if source.published is not None:
        return source.published.date()
    if source.published_date is not None:
        return source.published_date.to_date()
    return None


_SENTENCES: dict[int, tuple[Source, tuple[Sentence, ...]]] = {}
"""The sentences of recent sources, by the source's identity (the source is kept with them)."""


def sentences(source: Source) -> tuple[Sentence, ...]:
    """The sentences of every readable block, in text order.

    Kept for the most recent sources: the visit, meeting, event and position passes each
    read every source's sentences.
    """
    held = _SENTENCES.get(id(source))
    if held is not None and held[0] is source:
        return held[1]
    found = _split(source)
    if len(_SENTENCES) >= 1024:
        _SENTENCES.clear()
    _SENTENCES[id(source)] = (source, found)
    return found


_DATELINE_BLOCKS = 2
"""How many paragraphs open a story: a dateline is in one of them, or in none."""
_FILED_BEFORE_DAYS = 7
"""How long before its publication a story may have been filed and still be this one."""


def _filed_on(source: Source, blocks: Sequence[Block]) -> dt.date | None:
    """The day the story's dateline ("WASHINGTON, June 10, 2014 –") or else its headline ("PM
    visit to Saudi Arabia: 29 November 2017") gives, when it is a few days before the
    publication day: "today" in the story is that day, though the page went up later."""
    published = reference_date(source)
    if published is None or source.entries:
        return None
    story = [block for block in blocks if block.kind is BlockKind.BODY]
    stamps: list[tuple[int, int, bool]] = [
        (block.start, block.end, True) for block in blocks if block.kind is BlockKind.HEADLINE
    ]
    for block in story[:_DATELINE_BLOCKS]:
        dateline = DATELINE_AT.match(source.text, block.start, block.end)
        if dateline is not None and dateline["stamp"] is not None:
            stamps.insert(0, (*dateline.span("stamp"), False))
    # a line of the head that is a place and a day alone ("Washington, 9 February 2017"
    # above remarks posted the next day): the day the words were spoken
    first_body = story[0].start if story else len(source.text)
    head_lines = [
        (block.start, block.end, False)
        for block in source.blocks  # the boilerplate too: a page's rule may set it apart
        if block.end <= first_body and _PLACE_AND_DAY.fullmatch(source.text, block.start, block.end)
    ]
    stamps = head_lines[:1] + stamps
    for start, end, headline in stamps:
        for stop, day in _days_before(source, published, start, end):
            if headline and not _HEADLINE_DATE.fullmatch(source.text, stop, end):
                # a headline's own date closes it ("PM visit to Saudi Arabia: 29 November
                # 2017"); one inside it is a photo's caption taken for the headline
                continue
            return day
    return None


def _days_before(
    source: Source, published: dt.date, start: int, end: int
) -> Iterator[tuple[int, dt.date]]:
    """The single days written in ``text[start:end]`` a few days before ``published`` (the
    day a story was filed or words were spoken), each with where it ends."""
    for expression in find_dates(source.id, source.text, published, start, end):
        date = expression.date
        if date is None or date.precision is not Precision.DAY or expression.date_end:
            continue
        day = date.to_date()
        if day is not None and 0 < (published - day).days <= _FILED_BEFORE_DAYS:
            yield expression.evidence.end, day


_PLACE_AND_DAY = re.compile(
    r"[ \u00a0]*(?:[A-Z][\w.’'-]*(?:[ \u00a0]+[A-Z][\w.’'-]*){0,3},[ \u00a0]+)?"
    r"(?:\d{1,2}[ \u00a0]+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?[ \u00a0]+\d{1,2},)[ \u00a0]+\d{4}[ \u00a0]*"
)
"""A head line that is a place and a day, or a day, alone: "Washington, 9 February 2017"."""
_HEADLINE_DATE = re.compile(r"[\s.)]*")
"""What may follow a date that closes a headline."""


def _day_lines(source: Source) -> list[tuple[int, dt.date]]:
    """Where each line of the page that is a day alone, or a place and a day, starts, with
    its day, when that day is a few days before the publication day, below the story's
    first paragraph: a transcript a story quotes keeps its own head ("(begin transcript) ...
    Washington, DC / January 19, 2003 / Remarks to the Press"), and "this evening" under it
    is that day."""
    published = reference_date(source)
    if published is None or source.entries:
        return []
    # the head's own lines are the page's (:func:`_filed_on`): a head's day a time zone
    # behind the story's ("March 29, 2025" over remarks given in Tokyo on the 30th) is not
    # read as the day of the words below it
    body = next((b.start for b in source.blocks if b.kind is BlockKind.BODY), len(source.text))
    lines: list[tuple[int, dt.date]] = []
    for block in source.blocks:
        if (
            block.start < body
            or block.kind is not BlockKind.METADATA
            or not _PLACE_AND_DAY.fullmatch(source.text, block.start, block.end)
        ):
            continue
        day = next((d for _, d in _days_before(source, published, block.start, block.end)), None)
        if day is not None:
            lines.append((block.start, day))
    return lines


def _split(source: Source) -> tuple[Sentence, ...]:
    found: list[Sentence] = []
    blocks = source.readable_blocks() or ()
    filed = _filed_on(source, blocks)
    day_lines = _day_lines(source)
    for index, block in enumerate(blocks):
        reference = reference_date(source, block.entry)
        if filed is not None and block.entry is None:
            reference = filed
        while len(day_lines) > 1 and day_lines[1][0] < block.start:
            day_lines.pop(0)
        if day_lines and day_lines[0][0] < block.start and block.entry is None:
            reference = day_lines[0][1]  # the day of the line above the block
        start = block.start
        for match in _SENTENCE_END.finditer(source.text, block.start, block.end):
            stop = match.start() + 1
            # the last word before the mark (read back from it, not split from the start)
            head = stop - 1
            while head > start and not source.text[head - 1].isspace():
                head -= 1
            # an opening bracket or mark is no part of the word: "(Jan. 20, 2022)"
            word = source.text[head:stop].rstrip(".").lstrip("([{“‘\"'").lower()
            following = source.text[match.end() : match.end() + 12].split(None, 1)
            starts = bool(following) and following[0] in grammar().sentence_starters
            # initials ("Camp H.M. Smith") are an abbreviation too, unless a sentence starts
            if is_abbreviation(word) and not (starts and "." in word):
                continue
            found.append(_sentence(source.text, start, match.end(), index, reference, block.entry))
            start = match.end()
        if start < block.end:
            found.append(_sentence(source.text, start, block.end, index, reference, block.entry))
    period = source.published_date
    if period is not None and period.precision is not Precision.DAY:
        found = [evolve(s, period=period) if s.reference is None else s for s in found]
    return tuple(s for s in found if s.end > s.start)


def _sentence(
    text: str, start: int, end: int, paragraph: int, reference: dt.date | None, entry: int | None
) -> Sentence:
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return Sentence(start=start, end=end, paragraph=paragraph, reference=reference, entry=entry)


@frozen(kw_only=True)
class MeetingMention:
    """One sentence's account of a meeting.

    ``people`` are every person the sentence names next to the meeting word; which of them
    met is decided when the visit is known (the visitor and each counterpart).
    """

    source: SourceId
    people: tuple[ActorId, ...]
    kind: MeetingKind = MeetingKind.TALKS
    date: TimeExpression | None = None
    durations: tuple[Duration, ...] = ()
    clock: tuple[ClockTime, ...] = ()
    venue: PlaceMention | None = None
    city: str | None = None
    evidence: tuple[Span, ...] = ()
    sentence: int = 0
    between: bool = False
    """True when the sentence says "between A and B": exactly those two met."""
    anaphoric: bool = False
    """True when the sentence only refers back ("the meeting lasted ...")."""
    reference: dt.date | None = None
    group: bool = False
    """True when everyone named met together ("the three-way meeting between A, B and C",
    "A and B hosted C"), not the visitor with each in turn."""
    implied: bool = False
    """True when the sentence names only the visitor's counterpart ("she also met Li Qiang"):
    the story's visitor is the other participant."""
    met_after: bool = False
    """True when an implied mention's one person is named after the meeting word ("the
    Armed Forces Minister met with President Mohamud"): the one met, never the story's
    protagonist meeting people it does not name."""
    spans_days: bool = False
    """True when the sentence tells of talks over several days ("two days of talks in the
    Kremlin"): what it says belongs to each day's meeting."""
    narrative: bool = False
    """True when the date is the day the story was last telling, not one the sentence names:
    a guess that yields to a day another mention of the same people states."""
    visited: bool = False
    """True when the venue is the one the story's visitor went to just before ("visited Al
    Udeid Air Base" and next "Upon arrival, Wilson met with A, B and C"): each meeting of the
    sentence was held there."""
    party: tuple[ActorId, ...] = ()
    """The members of the story's travelling party when the party held the meeting ("Sen.
    Leahy and the delegation met with A"): they met each one met, with the visitor."""
    party_leader: ActorId | None = None
    """The party's leader, when the story names one ("a delegation led by ..."): who met the
    people a meeting the party held names ("the delegation met with A")."""


@frozen(kw_only=True)
class PersonMention:
    """A person named in a sentence, outside quotation marks."""

    actor: ActorId
    start: int
    end: int
    modifier: bool = False
    """True for a possessive that only qualifies the next name ("Biden's adviser Jake Sullivan")."""


_MentionKey = tuple[int, int, PartialDate | None]
_TABLES = TextCache(size=1024, characters=1 << 24)
"""Per recent text and knowledge token (see :meth:`KnowledgeBase.token`: one source's people
added to the same knowledge twice share it), each sentence's mentions of every actor and its
people, by the sentence's span and day: a table per text, so a text of any length has each
sentence read once however many passes read it (a bounded table per process would let a
long text's first sentences go before the next pass reached them). ``parse`` reads every
source of a visit again when it assembles the visit, after the whole corpus: the tables of
1,024 texts (at most 2**24 characters of them) are kept, so a corpus of a few hundred
stories is not read twice."""
_MODIFIER_GAP = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,5}$")
_LINKING = re.compile(
    r"\b(?:with|and|or|to|of|for|by|from|between|met|meet|meeting|talks|trip|visit|said|says)\b",
    re.IGNORECASE,
)


_Tables = tuple[
    dict[_MentionKey, tuple[Mention, ...]], dict[_MentionKey, tuple[PersonMention, ...]]
]
_last_tables: tuple[KnowledgeBase, str, _Tables] | None = None
"""The knowledge, text and tables asked for last: a pass asks for the same ones sentence
after sentence, and one comparison of identities is cheaper than naming the text's entry
of :data:`_TABLES` again (one entry, so nothing is kept past the next text)."""


def _tables(knowledge: KnowledgeBase, text: str) -> _Tables:
    global _last_tables
    last = _last_tables
    if last is not None and last[0] is knowledge and last[1] is text:
        return last[2]
    tables: _Tables = _TABLES.get(f"mentions:{knowledge.token()}", text, lambda: ({}, {}))
    _last_tables = (knowledge, text, tables)
    return tables


def sentence_mentions(
    knowledge: KnowledgeBase, text: str, sentence: Sentence
) -> tuple[Mention, ...]:
    """Every actor a sentence names (people, institutions, in or out of quotation marks),
    resolved on the sentence's day; found once per sentence and knowledge, and shared by
    the passes that read the sentence."""
    table = _tables(knowledge, text)[0]
    key = (sentence.start, sentence.end, sentence.on())
    cached = table.get(key)
    if cached is not None:
        return cached
    on = sentence.on()
    found = table[key] = tuple(knowledge.find_mentions(text, sentence.start, sentence.end, on=on))
    return found


def person_mentions(
    knowledge: KnowledgeBase, text: str, sentence: Sentence
) -> tuple[PersonMention, ...]:
    """The people a sentence names, with offsets, outside quotation marks.

    Cached per sentence: the visit, meeting, event and position passes all read the same
    sentences, and finding names is the costly step.
    """
    table = _tables(knowledge, text)[1]
    key = (sentence.start, sentence.end, sentence.on())
    cached = table.get(key)
    if cached is not None:
        return cached
    quoted = [m.span() for m in _QUOTED.finditer(text, sentence.start, sentence.end)]
    found: list[PersonMention] = []
    for mention in sentence_mentions(knowledge, text, sentence):
        if any(a <= mention.start < b for a, b in quoted):
            continue  # people named inside a quotation are the speaker's subject, not present
        actor = knowledge.actor(mention.actor)
        if actor is not None and actor.kind is ActorKind.PERSON:
            found.append(PersonMention(actor=mention.actor, start=mention.start, end=mention.end))
    marked = tuple(
        PersonMention(
            actor=m.actor,
            start=m.start,
            end=m.end,
            modifier=_is_modifier(text, m, found[i + 1] if i + 1 < len(found) else None),
        )
        for i, m in enumerate(found)
    )
    table[key] = marked
    return marked


@functools.cache
def _owned_group() -> re.Pattern[str]:
    """A possessive and someone's people: "’ administration", "'s senior officials"."""
    groups = phrase_pattern(grammar().owned_groups)
    return re.compile(rf"['’]s?\s+(?:[\w-]+\s+){{0,2}}?(?:{groups})\b", re.IGNORECASE)


@functools.cache
def _agent_of() -> re.Pattern[str]:
    """One who acts for someone and "of" before their name: "special representative of
    Chinese President ", "an envoy of "."""
    agents = phrase_pattern(grammar().agent_nouns)
    return re.compile(
        rf"\b(?:{agents})\s+of\s+(?:the\s+)?(?:(?-i:[A-Z])[\w.'’-]*\s+){{0,6}}$", re.IGNORECASE
    )


@functools.cache
def _sender() -> re.Pattern[str]:
    """A thing carried from someone and "from" before a name: "a message of congratulations
    from Prime Minister "."""
    carried = phrase_pattern(grammar().carried_words)
    return re.compile(
        rf"\b(?:{carried})\s+(?:[\w-]+\s+){{0,3}}?from\s+(?:(?-i:[A-Z])[\w.'’-]*\s+){{0,4}}$",
        re.IGNORECASE,
    )


def _is_modifier(text: str, mention: PersonMention, following: PersonMention | None) -> bool:
    """Whether a name only qualifies what follows it: the next name ("Biden's adviser Jake
    Sullivan") or someone's people ("members of President Marcos’ administration", "special
    representative of President Hu Jintao"); or names a sender who is not there ("a message
    of congratulations from Theresa May")."""
    if _owned_group().match(text, mention.end) is not None:
        return True
    before = max(0, mention.start - 80)
    if " of " in text[before : mention.start] and _agent_of().search(text, before, mention.start):
        return True  # "special representative of Chinese President Hu Jintao"
    # every sender's "from" is in the words read (the test below looks at no others): most
    # names have none before them
    if (
        "from" in text[before : mention.start].lower()
        and _sender().search(text, before, mention.start) is not None
    ):
        return True
    if following is None or following.actor == mention.actor:
        return False
    gap = text[mention.end : following.start]
    return _MODIFIER_GAP.fullmatch(gap) is not None and _LINKING.search(gap) is None


def persons(
    knowledge: KnowledgeBase, text: str, sentence: Sentence, start: int = 0, end: int | None = None
) -> list[ActorId]:
    """The people a sentence (or its part ``start:end``) names, in order, without repeats.

    A possessive that only qualifies the next name ("Biden's adviser Jake Sullivan") is left
    out: the adviser is the one named.
    """
    stop = sentence.end if end is None else end
    people: list[ActorId] = []
    for mention in person_mentions(knowledge, text, sentence):
        if mention.modifier or not start <= mention.start < stop:
            continue
        if mention.actor not in people:
            people.append(mention.actor)
    return people
