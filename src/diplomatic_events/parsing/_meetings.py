"""Meetings: who met whom, when, where and for how long, merged from every mention.

A mention is a sentence with a meeting word ("met", "talks", "dinner") and the people in it,
or a sentence that refers back to the last meeting ("The meeting lasted five hours", "It
began at 4:34 p.m."). The date, duration, venue and clock times of a mention come from its
sentence; what a sentence leaves out is filled in from the other mentions of the same meeting.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from typing import Any

from attrs import evolve, frozen

from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.knowledge._abbreviations import abbreviations
from diplomatic_events.knowledge._places import Gazetteer, PlaceMention
from diplomatic_events.model import (
    ActorKind,
    BlockKind,
    Duration,
    Hedge,
    Meeting,
    MeetingKind,
    MeetingReport,
    PartialDate,
    Precision,
    Source,
    Span,
)
from diplomatic_events.parsing._quantities import find_durations
from diplomatic_events.parsing._time import (
    ClockTime,
    TimeExpression,
    clock_range,
    find_clock_times,
    find_dates,
    resolve_weekday,
)
from diplomatic_events.typing import ActorId, MeetingId, SourceId

__all__ = [
    "MeetingMention",
    "PersonMention",
    "Sentence",
    "find_meeting_mentions",
    "merge_durations",
    "merge_meeting_mentions",
    "person_mentions",
    "persons",
    "reference_date",
    "sentences",
]

_TRIGGER = re.compile(
    r"\b(?:met|meet|meets|meeting|meetings|talks|talked|sit-down|sat\s+down|session|hosted"
    r"|face-to-face|summit|shook\s+hands|shakes\s+hands|dinner|banquet|lunch|luncheon"
    r"|courtesy\s+call|called\s+on|received(?=\s+(?:(?-i:[a-z]+\s+){0,5}?by\b|(?-i:[A-Z])))|also\s+saw(?=\s+(?-i:[A-Z]))"
    r"|toured(?=\s+(?:[\w’'.-]+\s+){1,5}?with\s+(?:(?-i:[A-Z])|the\s)))\b",
    re.IGNORECASE,
)
"""Meeting words; "toured X with Y" is a meeting of the two who toured together."""
_ACTIVE = re.compile(
    r"\b(?:met|meets|meet\s+with|(?:will|to)\s+meet|held\s+talks|sat\s+down|hosted|received"
    r"|called\s+on|also\s+saw"
    r"|had\s+(?:(?:a\s+)?(?:working\s+)?(?:dinner|lunch|breakfast)))\b",
    re.IGNORECASE,
)
"""Meeting verbs whose one named person met the story's visitor ("she also met Li Qiang")."""
_ANCHORED = re.compile(
    r"\b(?:(?P<next>the\s+(?:following|next)\s+(?:day|morning)|the\s+day\s+after|a\s+day\s+later)"
    r"|(?P<previous>the\s+(?:previous|prior)\s+(?:day|evening|night)|the\s+(?:day|evening|night)\s+before"
    r"|a\s+day\s+earlier)"
    r"|(?P<same>(?:later|earlier)\s+(?:(?:the\s+same|that)\s+day|in\s+the\s+day)|the\s+same\s+day))\b",
    re.IGNORECASE,
)
"""Days counted from the day the story last gave a meeting, not from the publication."""
_FUTURE = re.compile(
    r"\b(?:will|would|is\s+(?:due|set|expected|scheduled)\s+to|plans?\s+to|to\s+meet)\b", re.I
)
_SEQUEL = re.compile(
    r"\b(?:followed\s+by|before|after|then|later|and\s+(?:a|an|the))\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
"""Words before a meal that make it a meeting of its own after the talks ("followed by a
working dinner"); a meal named otherwise ("had dinner with Liu He") is the meeting itself."""
_MULTILATERAL = re.compile(
    r"\b(?:three|four|five|3|4|5)-way\b|\b(?:trilateral|quadrilateral)\b", re.IGNORECASE
)
_LATER_CLAUSE = re.compile(r",\s+(?:before|after|and\s+then|then|later)\b", re.IGNORECASE)
"""A clause after the meeting that tells what came next ("..., before being joined by X")."""
_NEW_CLAUSE = re.compile(
    r",\s+and\s+(?=(?:[\w’'-]+\s+){0,4}?(?:met|meets|held\s+talks|hosted|sat\s+down|called\s+on"
    r"|had\s+(?:a\s+)?(?:working\s+)?(?:dinner|lunch|breakfast|talks))\b)"
    r"|\s+and\s+(?=(?:then\s+|later\s+|also\s+)?(?:met|held\s+talks|called\s+on|hosted)\b)",
    re.IGNORECASE,
)
"""", and" before a second meeting verb ("..., and on Saturday evening had dinner with"), or
"and" right before one ("held talks with A and called on B")."""
_SPAN_OF_TIME = r"(?:a|an|one|two|three|four|several|\d+)\s+(?:hours?|days?|weeks?|months?)"
_BACKSTORY = re.compile(
    rf"(?:,\s+|\s+(?={_SPAN_OF_TIME}\s+(?:after|before)\b))"
    rf"(?:(?:soon|shortly|just|long|weeks|months|years|days)\s+|{_SPAN_OF_TIME}\s+)?"
    r"(?:after|before|since)\s+(?:[\w’'-]+\s+){0,3}?(?:summit|meeting|talks|visit|trip)\b",
    re.IGNORECASE,
)
"""A clause after the meeting about another, earlier or later event (", soon after Kim's
summit with Trump", " a day after talks with Premier Li")."""
_THEN_CLAUSE = re.compile(r"\s+before\s+(?=(?:the|his|her|[A-Z]\w*)\s)")
""""before" opening what someone did next, which may be a meeting of its own."""
_RELATIVE_CLAUSE = re.compile(r",\s+(?:who|whose|which)\b[^,;:()“”\"]*")
"""An aside about a person or thing (", who is due to step down in March,"): its dates are
the aside's, not the meeting's."""
_PAIR = re.compile(
    r"\b(?:the\s+two|both)\s+(?:leaders|men|women|presidents|ministers|chiefs|diplomats"
    r"|heads\s+of\s+state|counterparts)\b"
    r"|\bthe\s+(?:leaders|presidents|ministers|heads\s+of\s+state)['’](?=\s)",
    re.IGNORECASE,
)
"""Words for the two people the story has just named ("the two leaders met ...", "the
leaders' talks")."""
_PAIR_PARAGRAPHS = 2
_STORY_DAY_PARAGRAPHS = 3
"""How far back (in paragraphs) the last day the story named still dates an undated meeting
("On Friday Scholz met Xi ... Scholz also met Li, for talks that ran for an hour")."""
_COORDINATED = re.compile(r"\s*,?\s+and\s+(?:[\w’'.-]+\s+){0,3}", re.IGNORECASE)
"""Between two subjects that met a third together ("Biden and first lady Jill Biden hosted")."""
_ANAPHORA = re.compile(
    r"\b(?:the|that|this|their|his|her)\s+(?:meeting|talks|session|sit-down|encounter)\b"
    r"|^\W*(?:It|They)\s+(?:lasted|began|started|ended|stretched|ran|went)\b",
    re.IGNORECASE,
)
_MEETING_NOUN = re.compile(r"talks|meeting|summit|session|sit-down", re.IGNORECASE)
"""Meeting words that name the meeting without saying who met ("came after talks that ...")."""
_MEAL = re.compile(r"[\s-]*(?:working\s+)?(?:dinner|banquet|lunch|luncheon|breakfast)\b", re.I)
_MEAL_WORD = re.compile(r"\b(?:working\s+)?(?:dinner|banquet|lunch|luncheon|breakfast)\b", re.I)
_COURTESY = re.compile(r"\bcourtesy\s+call|called\s+on\b", re.I)
_PRESS = re.compile(r"\b(?:news|press)\s+conference\b", re.I)
_BETWEEN = re.compile(r"\bbetween\b", re.I)
_QUOTED = re.compile(r"“[^”]*”|\"[^\"\n]*\"")
_STARTERS = frozenset(
    [
        "And",
        "But",
        "The",
        "In",
        "It",
        "He",
        "She",
        "They",
        "This",
        "That",
        "A",
        "As",
        "At",
        "On",
        "His",
        "Her",
        "Its",
        "Their",
        "We",
        "I",
        "There",
        "These",
        "Those",
        "Yet",
        "So",
        "While",
        "After",
        "Before",
        "When",
        "Since",
        "Still",
        "Also",
        "Both",
        "Neither",
        "If",
        "Then",
    ]
)
"""Words that open a sentence, so "... over the U.S. His visit ..." is two sentences."""
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])")

_OFFSET = re.compile(r"\s*(?:before|beforehand|after|afterwards|later|earlier|ago|longer|late)\b")
"""Words after a length of time that make it an offset, not how long a meeting took."""
_LENGTH_CUE = re.compile(r"\b(?:for|lasted|lasting|ran|running)\s+$", re.IGNORECASE)
"""Words before a length that make it how long something took, whatever follows ("met for
an hour and a half before ...")."""
_WAIT = re.compile(r"\b(?:delay(?:ed)?|wait(?:ed)?|late)\s+(?:of\s+|by\s+|for\s+)?$", re.I)
"""Words before a length that make it a wait ("after a delay of more than an hour"), not
how long the meeting took."""
_COMPARATIVE = re.compile(r"\b(?:longer|more|later|earlier|shorter)\s*$", re.IGNORECASE)
"""A length ending so ("hours longer") compares; it does not say how long a meeting took."""
_LOCATIVE = re.compile(
    r"(?:\b(?:in|at|inside|outside|near|on)\s+(?:(?:the|a|an)\s+)?(?:[\w’'.-]+\s+){0,2}|^\W*)$",
    re.IGNORECASE,
)
"""What comes before a place that says the meeting was there ("at Beijing's cavernous ...")
rather than using the place for its government ("a State Department official", "seen by
Washington")."""
_LOCATIVE_REACH = 40
_WHERE = re.compile(r",?\s+where\b")
"""After a place, says what follows happened there ("went to the White House, where he met")."""

_MEETING_MAX_MINUTES = 16 * 60
"""A duration longer than this is a visit's or a trip's, not a meeting's."""
_DAY_MINUTES = 24 * 60


@frozen(kw_only=True)
class Sentence:
    """One sentence of a readable block, with the date its relative words resolve against."""

    start: int
    end: int
    paragraph: int
    reference: dt.date | None = None
    entry: int | None = None


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


def sentences(source: Source) -> tuple[Sentence, ...]:
    """The sentences of every readable block, in text order."""
    found: list[Sentence] = []
    blocks = source.readable_blocks() or ()
    for index, block in enumerate(blocks):
        reference = reference_date(source, block.entry)
        start = block.start
        for match in _SENTENCE_END.finditer(source.text, block.start, block.end):
            stop = match.start() + 1
            word = source.text[start:stop].rsplit(None, 1)[-1].rstrip(".").lower()
            following = source.text[match.end() : match.end() + 12].split(None, 1)
            starts = bool(following) and following[0] in _STARTERS
            if (word in abbreviations() and not (starts and "." in word)) or (
                len(word) == 1 and word.isalpha()
            ):
                continue
            found.append(_sentence(source.text, start, match.end(), index, reference, block.entry))
            start = match.end()
        if start < block.end:
            found.append(_sentence(source.text, start, block.end, index, reference, block.entry))
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
    spans_days: bool = False
    """True when the sentence tells of talks over several days ("two days of talks in the
    Kremlin"): what it says belongs to each day's meeting."""
    narrative: bool = False
    """True when the date is the day the story was last telling, not one the sentence names:
    a guess that yields to a day another mention of the same people states."""


@frozen(kw_only=True)
class PersonMention:
    """A person named in a sentence, outside quotation marks."""

    actor: ActorId
    start: int
    end: int
    modifier: bool = False
    """True for a possessive that only qualifies the next name ("Biden's adviser Jake Sullivan")."""


_CACHE_SIZE = 4096
_mention_cache: dict[tuple[int, int, int, int, dt.date | None], tuple[PersonMention, ...]] = {}
_cache_owners: dict[int, KnowledgeBase] = {}
_MODIFIER_GAP = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,5}$")
_LINKING = re.compile(
    r"\b(?:with|and|or|to|of|for|by|from|between|met|meet|meeting|talks|trip|visit|said|says)\b",
    re.IGNORECASE,
)


def person_mentions(
    knowledge: KnowledgeBase, text: str, sentence: Sentence
) -> tuple[PersonMention, ...]:
    """The people a sentence names, with offsets, outside quotation marks.

    Cached per sentence: the visit, meeting, event and position passes all read the same
    sentences, and finding names is the costly step.
    """
    key = (id(knowledge), hash(text), sentence.start, sentence.end, sentence.reference)
    if _cache_owners.get(id(knowledge)) is knowledge and key in _mention_cache:
        return _mention_cache[key]
    on = None if sentence.reference is None else PartialDate.of(sentence.reference)
    quoted = [m.span() for m in _QUOTED.finditer(text, sentence.start, sentence.end)]
    found: list[PersonMention] = []
    for mention in knowledge.find_mentions(text, sentence.start, sentence.end, on=on):
        if any(a <= mention.start < b for a, b in quoted):
            continue  # people named inside a quotation are the speaker's subject, not present
        actor = knowledge.actor(mention.actor)
        if actor is not None and actor.kind is ActorKind.PERSON:
            found.append(PersonMention(actor=mention.actor, start=mention.start, end=mention.end))
    marked = tuple(
        evolve(m, modifier=_is_modifier(text, m, found[i + 1] if i + 1 < len(found) else None))
        for i, m in enumerate(found)
    )
    if len(_mention_cache) >= _CACHE_SIZE:
        _mention_cache.clear()
    _cache_owners[id(knowledge)] = knowledge
    _mention_cache[key] = marked
    return marked


def _is_modifier(text: str, mention: PersonMention, following: PersonMention | None) -> bool:
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


def _day_expression(expressions: Sequence[TimeExpression]) -> TimeExpression | None:
    """The expression that dates a meeting: a single day, or a weekday awaiting a reference.

    Two different days in one sentence ("over Sunday and Monday") date nothing.
    """
    days = {
        e.date if e.date is not None else e.weekday
        for e in expressions
        if not (e.future or e.since)
        and (e.weekday is not None or e.date_end is None)
        and (e.date is None or e.date.precision is Precision.DAY)
    }
    if len(days) > 1:
        return None
    for expression in expressions:
        if expression.future or expression.since:
            continue
        if expression.date is not None and expression.date.precision is Precision.DAY:
            if expression.date_end is None:
                return expression
        elif expression.date is None and expression.weekday is not None:
            return expression
    for expression in expressions:
        if expression.future or expression.since or expression.date is None:
            continue
        return expression
    return None


def _since_update(
    source: Source, sentence: Sentence, date: TimeExpression | None
) -> TimeExpression | None:
    """A past weekday told by a page updated days after it was posted ("Posted Sunday 21:40,
    Updated Monday 08:15": "On Monday morning, A met B"): the day between the two stamps,
    since a week-old day would be "last Monday", not the update's news."""
    if (
        date is None
        or date.weekday is None
        or date.future
        or sentence.entry is not None
        or source.published is None
        or source.updated is None
    ):
        return date
    posted, updated = source.published.date(), source.updated.date()
    since = resolve_weekday(date.weekday, updated)
    if not posted < since <= updated:
        return date
    return evolve(date, date=PartialDate.of(since))


def _scheduled_day(expressions: Sequence[TimeExpression]) -> TimeExpression | None:
    """The day a sentence says a meeting is due ("On Monday, A was to meet B"): its one
    future day, resolved forward from the reference. Two future days date nothing."""
    future = [
        e
        for e in expressions
        if e.future
        and not e.since
        and e.date is not None
        and e.date.precision is Precision.DAY
        and e.date_end is None
    ]
    if len({e.date for e in future}) != 1:
        return None
    return future[0]


def _about(base: MeetingMention, target: MeetingMention, **changes: Any) -> MeetingMention:
    """``base`` as a mention of ``target``'s meeting: its people, with ``changes``."""
    return evolve(base, people=target.people, group=target.group, implied=target.implied, **changes)


def find_meeting_mentions(
    source: Source, knowledge: KnowledgeBase, gazetteer: Gazetteer
) -> tuple[MeetingMention, ...]:
    """Every sentence of ``source`` that reports a meeting or refers back to one.

    "The following day", "later the same day" count from the day of the meeting mentioned
    last; a sentence with its own day that differs from the last meeting's ("They held formal
    talks the following day") is a new meeting of the same people.
    """
    text = source.text
    found: list[MeetingMention] = []
    last_primary: int | None = None
    last_paragraph = -10
    last_day: PartialDate | None = None
    story: tuple[TimeExpression, int] | None = None
    clauses = [clause for whole in sentences(source) for clause in _clauses(knowledge, text, whole)]
    strangers = _strangers(knowledge, text, clauses)
    fallback = _only_day(source, clauses)
    captions = frozenset(
        index
        for index, block in enumerate(source.readable_blocks())
        if block.kind is BlockKind.CAPTION
    )
    for index, sentence in enumerate(clauses):
        words = text[sentence.start : sentence.end]
        first = _TRIGGER.search(words)
        aside = None if first is None else _BACKSTORY.search(words, first.end())
        if aside is not None:
            # "They first met in X, soon after A's summit with B in Y": the clause after the
            # comma tells another, earlier event; its people and places are not this meeting's
            sentence = evolve(sentence, end=sentence.start + aside.start())
            words = text[sentence.start : sentence.end]
        asides = [
            m.span()
            for m in _RELATIVE_CLAUSE.finditer(text, sentence.start, sentence.end)
            # "Marcos, who also met Li later on Wednesday, said ...": the aside is the meeting
            if first is None or not m.start() <= sentence.start + first.start() < m.end()
        ]
        expressions = tuple(
            e
            for e in find_dates(source.id, text, sentence.reference, sentence.start, sentence.end)
            if not any(a <= e.evidence.start < b for a, b in asides)
        )
        date = _since_update(source, sentence, _day_expression(expressions))
        told, story = story, _story_day(date, sentence, story)
        if date is None and not any(e.date is not None and not e.future for e in expressions):
            date = _scheduled_day(expressions)
        if _PRESS.search(words) and not re.search(r"\bmet\b", words):
            continue
        trigger = _TRIGGER.search(words)
        anaphora = _ANAPHORA.search(words)
        pictured = (
            trigger is None
            and anaphora is None
            and sentence.paragraph in captions
            and _pictured(knowledge, gazetteer, source, sentence, date)
        )
        if trigger is None and anaphora is None and not pictured:
            continue
        present = _present(knowledge, text, sentence, trigger)
        people = [p for p in present if p not in strangers]
        if len(people) < len(present) and len({_country_of(knowledge, p) for p in people}) == 1:
            # the description stood for a participant; the compatriots left did not meet
            people = []
        if len(people) < 2 and trigger is not None and _PAIR.search(words):
            # "The two leaders met at the Maximos Mansion, the prime minister's office": a
            # description naming one of the pair does not stand for the pair
            met = found[last_primary].people if last_primary is not None else ()
            pair = _last_pair(knowledge, text, clauses, index, met)
            if set(people) <= set(pair):
                people = pair or people
        elif (
            not people
            and trigger is not None
            and anaphora is None
            and _MEETING_NOUN.fullmatch(trigger.group())
            and (last_primary is None or sentence.paragraph - last_paragraph > 2)
            and not _FUTURE.search(words)
        ):
            # "The deal came after talks that began in the Oval Office" right after "A and B
            # announced ...": talks of that pair, when they are of two countries
            pair = _last_pair(knowledge, text, clauses, index)
            if len({_country_of(knowledge, p) for p in pair} - {None}) == 2:
                people = pair
        anchored = _ANCHORED.search(words)
        if anchored is not None:
            a, b = _shift(sentence, anchored)
            own = [e for e in expressions if not a <= e.evidence.start < b]
            date = _day_expression(own)
            if date is None and last_day is not None:
                offset = 1 if anchored["next"] else -1 if anchored["previous"] else 0
                date = TimeExpression(
                    evidence=source.span(a, b),
                    kind="anchored",
                    date=PartialDate.of(last_day.earliest() + dt.timedelta(days=offset)),
                    relative=True,
                )
                story = _story_day(date, sentence, told)  # the story is telling that day now
        narrative: TimeExpression | None = None
        from_entry = False
        plain = "".join(
            " " if any(a <= sentence.start + i < b for a, b in asides) else c
            for i, c in enumerate(words)
        )
        if date is None and not _FUTURE.search(plain) and not any(e.future for e in expressions):
            date = _entry_day(source, sentence)
            # the entry's stamp says when it was written, not when the meeting was: a guess
            from_entry = date is not None
            if told is not None and sentence.paragraph - told[1] <= _STORY_DAY_PARAGRAPHS:
                narrative = told[0]
            elif told is None or (
                fallback is not None
                and fallback.date is not None
                and fallback.date.precision is not Precision.DAY
            ):
                # a page dated only to the month dates every meeting it tells to that month
                narrative = fallback
        lengths = find_durations(
            source.id, text, sentence.start, sentence.end, rules=knowledge.hedges
        )
        spans_days = date is None and any(
            d.low_minutes is not None and d.low_minutes >= _DAY_MINUTES for d in lengths
        )
        durations = tuple(
            d
            for d in lengths
            if d.low_minutes is not None
            and d.low_minutes <= _MEETING_MAX_MINUTES
            and d.evidence is not None
            and (
                not _OFFSET.match(text, d.evidence.end)
                or _LENGTH_CUE.search(text, sentence.start, d.evidence.start) is not None
            )
            and not _COMPARATIVE.search(d.text)
            and _WAIT.search(text, sentence.start, d.evidence.start) is None
        )
        places = [
            p
            for p in gazetteer.find(source.id, text, sentence.start, sentence.end)
            if _is_locative(text, sentence.start, p.evidence.start)
            or _WHERE.match(text, p.evidence.end) is not None
        ]
        venue = next((p for p in places if p.kind == "venue"), None)
        city = next((p.name for p in places if p.kind == "city"), None)
        if venue is not None and venue.city is not None:
            city = venue.city  # "at the Pentagon ... after their meeting in Manila"
        clock = find_clock_times(source.id, text, gazetteer.zones, sentence.start, sentence.end)
        evidence = (source.span(sentence.start, sentence.end),)
        meal_durations = tuple(
            d for d in durations if d.evidence is not None and _MEAL.match(text, d.evidence.end)
        )
        talk_durations = tuple(d for d in durations if d not in meal_durations)
        base = MeetingMention(
            source=source.id,
            people=tuple(people),
            date=date,
            durations=talk_durations,
            clock=clock,
            venue=venue,
            city=city,
            evidence=evidence,
            sentence=index,
            between=_BETWEEN.search(words) is not None,
            reference=sentence.reference,
            narrative=from_entry,
            group=len(people) >= 3 and _is_group(knowledge, text, sentence, trigger),
            spans_days=spans_days,
        )
        near = last_primary is not None and sentence.paragraph - last_paragraph <= 2
        target = found[last_primary] if near and last_primary is not None else None
        day = _mention_day(base)
        refers_back = (
            anaphora is not None
            and trigger is not None
            and anaphora.start() <= trigger.start() < anaphora.end()
            and _TRIGGER.search(words, anaphora.end()) is None
            and _TRIGGER.search(words, 0, anaphora.start()) is None
        )
        if refers_back:
            target = _referent(found, people, sentence.paragraph) or target
        if refers_back and target is not None and set(people) <= set(target.people):
            # "a readout of the meeting": the meeting just told, not a new one
            found.append(_about(base, target, anaphoric=True))
            last_paragraph = sentence.paragraph
            continue
        if pictured:
            found.append(base)
            last_primary, last_paragraph = len(found) - 1, sentence.paragraph
        elif len(people) >= 2 and trigger is not None:
            found.append(
                evolve(
                    base,
                    kind=_kind(words, trigger),
                    date=date or narrative,
                    narrative=from_entry or (date is None and narrative is not None),
                )
            )
            last_primary, last_paragraph = len(found) - 1, sentence.paragraph
        elif (
            target is not None
            and (anaphora is not None or len(people) <= 1)
            and set(people) <= set(target.people)
        ):
            target_day = _mention_day(target)
            if trigger is not None and day is not None and target_day not in (None, day):
                # Same people, another day: a new meeting, not more about the last one.
                found.append(_about(base, target, kind=_kind(words, trigger)))
                last_primary = len(found) - 1
            else:
                found.append(_about(base, target, anaphoric=True))
            last_paragraph = sentence.paragraph
        elif len(people) == 1 and trigger is not None and _ACTIVE.search(words):
            found.append(
                evolve(
                    base,
                    kind=_kind(words, trigger),
                    implied=True,
                    date=date or narrative,
                    narrative=from_entry or (date is None and narrative is not None),
                )
            )
            last_primary, last_paragraph = len(found) - 1, sentence.paragraph
        else:
            continue
        primary = found[-1]
        if (primary_day := _mention_day(primary)) is not None:
            last_day = primary_day
        meal = _MEAL_WORD.search(words)
        if meal_durations or (
            meal is not None
            and primary.kind is MeetingKind.TALKS
            and _SEQUEL.search(words, 0, meal.start()) is not None
        ):
            found.append(
                evolve(
                    primary,
                    kind=MeetingKind.DINNER,
                    durations=meal_durations,
                    venue=None,
                    clock=(),
                    evidence=(
                        evidence if meal is None else (source.span(*_shift(sentence, meal)),)
                    ),
                )
            )
    transcript = _transcript_meeting(source, knowledge, fallback or _published_day(source))
    if transcript is not None:
        found.append(transcript)  # a guess of the day, yielding to one a sentence states
    return _full_venues(found)


_SPEAKER_LABEL = re.compile(
    r"(?P<label>[^\n:“”\"]{2,90}?)(?:\s+\([^)\n]{1,40}\))?:[ \u00a0\t]+(?=\S)"
)
"""A transcript's speaker label at the start of a block: "SECRETARY AUSTIN: ...",
"President of Russia Vladimir Putin: ...", "Xi Jinping (retranslated): ..."."""
_PRINCIPAL_CHARACTERS = 300
"""How much a labelled person says, at least, to be one of those who met (a moderator or a
reporter says less)."""


def _transcript_meeting(
    source: Source, knowledge: KnowledgeBase, day: TimeExpression | None
) -> MeetingMention | None:
    """The meeting a transcript records: the people of two or more countries who speak at
    length under their own labels ("PRESIDENT PUTIN: I am happy to welcome you ...") met,
    on the day the transcript was published unless the text names another.

    Labels are matched against the knowledge in title case, so "SECRETARY AUSTIN" is
    Secretary Austin; "Q", "MODERATOR" and unknown names are nobody.
    """
    text = source.text
    said: dict[ActorId, int] = {}
    first: dict[ActorId, Span] = {}
    on = None if day is None else day.date
    speaker: ActorId | None = None
    for block in source.readable_blocks():
        label = _SPEAKER_LABEL.match(text, block.start, block.end)
        if label is None:
            if speaker is not None:  # the speech goes on over the following paragraphs
                said[speaker] += block.end - block.start
            continue
        words = label["label"]
        titled = words.title() if words.isupper() else words
        mentions = [
            m
            for m in knowledge.find_mentions(titled, 0, len(titled), on=on)
            if (actor := knowledge.actor(m.actor)) is not None and actor.kind is ActorKind.PERSON
        ]
        speaker = mentions[0].actor if len(titled) == len(words) and mentions else None
        if speaker is None or len({m.actor for m in mentions}) != 1:
            speaker = None  # "Q", "MODERATOR", or a label naming two people
            continue
        said[speaker] = said.get(speaker, 0) + block.end - label.end()
        first.setdefault(speaker, source.span(label.start("label"), label.end("label")))
    principals = [a for a, size in said.items() if size >= _PRINCIPAL_CHARACTERS]
    countries = {_country_of(knowledge, a) for a in principals}
    if len(principals) < 2 or len(countries - {None}) < 2:
        return None
    return MeetingMention(
        source=source.id,
        people=tuple(principals),
        date=day,
        evidence=tuple(first[a] for a in principals),
        group=len(principals) > 2,
        narrative=True,
    )


def _published_day(source: Source) -> TimeExpression | None:
    """The publication day as a weak date: a transcript is published the day it is spoken.
    A source dated only to the month gives the month."""
    if source.published_inferred or source.entries:
        return None
    if source.published is not None:
        date: PartialDate | None = PartialDate.of(source.published.date())
    else:
        date = source.published_date
    blocks = source.readable_blocks()
    if date is None or not blocks:
        return None
    return TimeExpression(
        evidence=source.published_evidence or source.span(blocks[0].start, blocks[0].end),
        kind="publication",
        date=date,
        relative=True,
    )


def _full_venues(found: Sequence[MeetingMention]) -> tuple[MeetingMention, ...]:
    """Venues named short ("the Great Hall") under the fuller name the source gives them
    elsewhere ("the Great Hall of the People")."""
    names = {m.venue.name: m.venue for m in found if m.venue is not None}
    result: list[MeetingMention] = []
    for mention in found:
        venue = mention.venue
        if venue is not None:
            fuller = [v for n, v in names.items() if n.startswith(venue.name + " ")]
            if len(fuller) == 1:
                venue = evolve(venue, name=fuller[0].name, city=venue.city or fuller[0].city)
                mention = evolve(mention, venue=venue, city=mention.city or venue.city)
        result.append(mention)
    return tuple(result)


def _pictured(
    knowledge: KnowledgeBase,
    gazetteer: Gazetteer,
    source: Source,
    sentence: Sentence,
    date: TimeExpression | None,
) -> bool:
    """Whether a photo caption shows a meeting: people of two countries or more at a named
    venue on a given day ("A and B at the Mariinsky Palace on Friday"). Captions are
    evidence of who was together where; without a venue or a day they may be file photos."""
    if date is None or (date.date is not None and date.date.precision is not Precision.DAY):
        return False
    people = persons(knowledge, source.text, sentence)
    countries = {_country_of(knowledge, p) for p in people}
    # compatriots alone are no diplomatic meeting; a person of no known country may be a guest
    if len(people) < 2 or len(countries) < 2 or countries == {None}:
        return False
    return any(
        p.kind == "venue" and _is_locative(source.text, sentence.start, p.evidence.start)
        for p in gazetteer.find(source.id, source.text, sentence.start, sentence.end)
    )


def _referent(
    found: Sequence[MeetingMention], people: Sequence[ActorId], paragraph: int
) -> MeetingMention | None:
    """The meeting "the meeting" means: the last one told of all the people the sentence
    names ("Mr Xi noted, at the start of the meeting, ..." after a meeting with someone else)."""
    if not people:
        return None
    for mention in reversed(found):
        if not mention.anaphoric and set(people) <= set(mention.people):
            return mention
    return None


def _only_day(source: Source, clauses: Sequence[Sentence]) -> TimeExpression | None:
    """The publication day, when it is the only day the text could mean (a readout headed
    "Monday, September 4, 2023" whose sentences name no day): its meetings are that day's.

    Any other day named, any weekday or relative day, an inferred date or a live page
    leaves meetings without a day here.
    """
    if source.published_inferred or source.entries or not clauses:
        return None
    if source.published is None:
        if source.published_date is None:
            return None
        # dated only to the month (or year): the meetings are of that month, no day is made up
        return TimeExpression(
            evidence=source.span(clauses[0].start, clauses[0].end),
            kind="publication",
            date=source.published_date,
            relative=True,
        )
    # a date the caller gave has no place in the text: the first sentence stands for it
    evidence = source.published_evidence or source.span(clauses[0].start, clauses[0].end)
    day = source.published.date()
    for sentence in clauses:
        for expression in find_dates(
            source.id, source.text, sentence.reference, sentence.start, sentence.end
        ):
            if expression.weekday is not None or expression.kind == "weekday":
                return None
            date = expression.date
            if date is None or expression.future:
                continue
            if date.precision is Precision.DAY and date.to_date() != day:
                return None
            if expression.relative and date.precision is Precision.DAY:
                return None
    return TimeExpression(
        evidence=evidence,
        kind="publication",
        date=PartialDate.of(day),
        relative=True,
    )


def _strangers(
    knowledge: KnowledgeBase, text: str, clauses: Sequence[Sentence]
) -> frozenset[ActorId]:
    """People a story reaches only by a description ("the prime minister") and who belong
    to no country of anyone it names by name: a description resolved to a holder the story
    is not about (a British prime minister in a story about Italy and China) joins no
    meeting."""
    by_name: set[ActorId] = set()
    described: set[ActorId] = set()
    for sentence in clauses:
        for mention in person_mentions(knowledge, text, sentence):
            actor = knowledge.actor(mention.actor)
            if actor is None:
                continue
            names = {w for n in (actor.name, *actor.aliases) for w in re.findall(r"\w+", n)}
            words = set(re.findall(r"\w+", text[mention.start : mention.end]))
            if words & {n for n in names if n[:1].isupper()}:
                by_name.add(mention.actor)
            else:
                described.add(mention.actor)
    countries = {c for a in by_name if (c := _country_of(knowledge, a)) is not None}
    if described - by_name:
        # a country the story names by name is one it is about ("the United Kingdom" in a
        # Downing Street readout whose prime minister is never named)
        countries |= {
            place.country
            for place in knowledge.places.find(SourceId("story"), text)
            if place.kind == "country" and place.country is not None
        }
    return frozenset(
        a
        for a in described - by_name
        if (c := _country_of(knowledge, a)) is not None and c not in countries
    )


def _country_of(knowledge: KnowledgeBase, actor_id: ActorId) -> str | None:
    actor = knowledge.actor(actor_id)
    return None if actor is None else actor.country


def _story_day(
    date: TimeExpression | None, sentence: Sentence, story: tuple[TimeExpression, int] | None
) -> tuple[TimeExpression, int] | None:
    """The day the story is telling, after ``sentence``: the last single past day it named."""
    if date is None or date.date is None or date.future or date.since:
        return story
    if date.date.precision is not Precision.DAY or date.date_end is not None:
        return story
    return (date, sentence.paragraph)


def _last_pair(
    knowledge: KnowledgeBase,
    text: str,
    clauses: Sequence[Sentence],
    index: int,
    met: Sequence[ActorId] = (),
) -> list[ActorId]:
    """The last two people named before ``clauses[index]`` ("the two leaders"), nearby.

    When both people of the last meeting told (``met``) are named nearby, they are the pair:
    "Biden said he would talk to Putin ... Macron said ... The two leaders had met the
    previous evening" means the two who met, not the two named last.
    """
    here = clauses[index]
    people: list[ActorId] = []
    named: set[ActorId] = set()
    for sentence in reversed(clauses[:index]):
        if here.paragraph - sentence.paragraph > _PAIR_PARAGRAPHS:
            break
        named.update(persons(knowledge, text, sentence))
    if len(met) == 2 and set(met) <= named:
        return list(met)
    for sentence in reversed(clauses[:index]):
        if here.paragraph - sentence.paragraph > _PAIR_PARAGRAPHS:
            break
        for person in reversed(persons(knowledge, text, sentence)):
            if person not in people:
                people.append(person)
            if len(people) == 2:
                return people[::-1]
    return []


def _clauses(knowledge: KnowledgeBase, text: str, sentence: Sentence) -> tuple[Sentence, ...]:
    """A sentence cut where ", and" or "before" opens a second meeting with someone else.

    "A met B, and on Saturday evening had dinner with C": two meetings, each with its own
    day; read as one they would be a single meeting of three with no day. The cut is made
    only when both parts name a meeting, the first two people and the second one of its own;
    after "before" ("they met for an hour before A went to the palace, where he met C") the
    second part must name both of its people.
    """
    found: list[Sentence] = []
    start = sentence.start
    cuts = sorted(
        [(m, False) for m in _NEW_CLAUSE.finditer(text, sentence.start, sentence.end)]
        + [(m, True) for m in _THEN_CLAUSE.finditer(text, sentence.start, sentence.end)],
        key=lambda cut: cut[0].start(),
    )
    for match, then in cuts:
        if match.start() < start or _TRIGGER.search(text, start, match.start()) is None:
            continue
        rest = evolve(sentence, start=match.end())
        first = persons(knowledge, text, sentence, start, match.start())
        second = persons(knowledge, text, rest)
        if then:
            if len(second) < 2 or _TRIGGER.search(text, match.end(), sentence.end) is None:
                continue
        elif len(first) < 2 or not second:
            continue
        found.append(evolve(sentence, start=start, end=match.start()))
        start = match.end()
    if not found:
        return (sentence,)
    return (*found, evolve(sentence, start=start))


def _entry_day(source: Source, sentence: Sentence) -> TimeExpression | None:
    """The day of the live entry a sentence is in, from its stamp: a live page reports the
    day's meetings as they happen ("The three-way meeting has wrapped up")."""
    if sentence.entry is None or not 0 <= sentence.entry < len(source.entries):
        return None
    entry = source.entries[sentence.entry]
    if entry.published is None:
        return None
    line_end = source.text.find("\n", entry.start, entry.end)
    stamp = source.span(entry.start, entry.end if line_end < 0 else line_end)
    return TimeExpression(
        evidence=stamp, kind="entry", date=PartialDate.of(entry.published.date()), relative=True
    )


def _kind(words: str, trigger: re.Match[str]) -> MeetingKind:
    if _COURTESY.search(words):
        return MeetingKind.COURTESY_CALL
    if _MEAL_WORD.search(trigger.group()) and not re.search(r"\b(?:met|talks|meeting)\b", words):
        return MeetingKind.DINNER
    return MeetingKind.TALKS


def _present(
    knowledge: KnowledgeBase, text: str, sentence: Sentence, trigger: re.Match[str] | None
) -> list[ActorId]:
    """The people a meeting sentence names, less those only in a clause about what came next.

    "Macron and Xi met ..., before being joined by Von der Leyen": the later arrival was not
    at this meeting. The cut is kept only when two people remain before it.
    """
    people = persons(knowledge, text, sentence)
    if trigger is None or len(people) < 3:
        return people
    at = sentence.start + trigger.start()
    for aside in _RELATIVE_CLAUSE.finditer(text, sentence.start, sentence.end):
        if aside.start() <= at < aside.end():
            # "Wang's tone was sharper than Qin's, who met with Blinken the day before": the
            # meeting is the relative clause's, between its antecedent and those it names
            named = person_mentions(knowledge, text, sentence)
            antecedent = [m.actor for m in named if m.end <= aside.start()][-1:]
            inside = persons(knowledge, text, sentence, aside.start(), aside.end())
            own = list(dict.fromkeys([*antecedent, *inside]))
            return own if len(own) >= 2 else people
    later = _LATER_CLAUSE.search(text, sentence.start + trigger.end(), sentence.end)
    if later is None:
        return people
    before = persons(knowledge, text, sentence, sentence.start, later.start())
    return before if len(before) >= 2 else people


def _is_group(
    knowledge: KnowledgeBase, text: str, sentence: Sentence, trigger: re.Match[str] | None
) -> bool:
    """Whether everyone a sentence names met together rather than one after another.

    "between A, B and C", "the three-way meeting", or two subjects joined by "and" before
    the meeting verb with the guest after it ("Biden and first lady Jill Biden hosted Modi").
    """
    if trigger is None:
        return False
    if _MULTILATERAL.search(text, sentence.start, sentence.end):
        return True
    mentions = [m for m in person_mentions(knowledge, text, sentence) if not m.modifier]
    for between in _BETWEEN.finditer(text, sentence.start, sentence.end):
        after = [m for m in mentions if m.start >= between.end()]
        if after and len(text[between.end() : after[0].start].split()) <= 3:
            return True
    at = sentence.start + trigger.start()
    subjects = [m for m in mentions if m.start < at]
    objects = [m for m in mentions if m.start > at]
    if len(subjects) != 2 or not objects:
        return False
    first, second = subjects
    return _COORDINATED.fullmatch(text, first.end, second.start) is not None


def _is_locative(text: str, start: int, at: int) -> bool:
    """Whether the place at ``at`` is where something happened ("in Beijing", a dateline)."""
    before = text[max(start, at - _LOCATIVE_REACH) : at]
    if at - start <= _LOCATIVE_REACH and not before.strip():
        return True
    return _LOCATIVE.search(before) is not None


def _shift(sentence: Sentence, match: re.Match[str]) -> tuple[int, int]:
    return sentence.start + match.start(), sentence.start + match.end()


def merge_durations(reports: Iterable[Duration]) -> Duration | None:
    """One duration for a meeting from every report of it.

    The intersection of all reports when they are compatible (its wording joins theirs);
    otherwise the interval most reports allow.
    """
    reports = tuple(reports)
    if not reports:
        return None
    if len(reports) == 1:
        return reports[0]
    interval = reports[0].interval
    compatible = True
    for report in reports[1:]:
        meet = interval.intersection(report.interval)
        if meet is None:
            compatible = False
            break
        interval = meet
    if compatible:
        words = " / ".join(dict.fromkeys(report.text for report in reports))
        return Duration.from_interval(interval, text=words)

    def support(candidate: Duration) -> int:
        return sum(candidate.is_compatible_with(other) for other in reports)

    return max(reports, key=support)


def merge_meeting_mentions(
    mentions: Sequence[tuple[tuple[ActorId, ...], MeetingMention]],
    *,
    timezone: str | None,
    prefix: str,
) -> tuple[Meeting, ...]:
    """Merge mentions (each with the participants the caller decided) into meetings.

    Mentions of the same participants and kind are one meeting when their days agree;
    an undated mention joins the best-attested dated meeting of its participants.
    """
    groups: dict[tuple[tuple[ActorId, ...], MeetingKind], list[MeetingMention]] = {}
    for participants, mention in mentions:
        groups.setdefault((participants, mention.kind), []).append(mention)
    meetings: list[Meeting] = []
    for (participants, kind), members in groups.items():
        by_day: dict[PartialDate | None, list[MeetingMention]] = {}
        stated = {d for m in members if not m.narrative and (d := _mention_day(m)) is not None}
        for mention in members:
            day = _mention_day(mention)
            if mention.narrative and len(stated) == 1 and day not in stated:
                day = None  # the story's running day yields to the one day a mention states
            by_day.setdefault(day, []).append(mention)
        undated = by_day.pop(None, [])
        if not by_day:
            by_day[None] = undated
        else:
            best = max(by_day, key=lambda day: len(by_day[day]))
            by_day[best].extend(m for m in undated if not m.spans_days)
            for cluster in by_day.values():
                # "two days of talks in the Kremlin": the place of every day's talks
                cluster.extend(m for m in undated if m.spans_days)
        for day, cluster in by_day.items():
            meetings.append(_meeting(participants, kind, day, cluster, timezone, prefix))
    ordered = sorted(meetings, key=lambda m: (*m.sort_key(), m.kind is not MeetingKind.TALKS))
    return tuple(evolve(m, id=MeetingId(f"{prefix}meeting-{i + 1}")) for i, m in enumerate(ordered))


def _mention_day(mention: MeetingMention) -> PartialDate | None:
    date = None if mention.date is None else mention.date.date
    if date is None or date.precision is not Precision.DAY:
        return None
    return date


def _meeting(
    participants: tuple[ActorId, ...],
    kind: MeetingKind,
    day: PartialDate | None,
    cluster: Sequence[MeetingMention],
    timezone: str | None,
    prefix: str,
) -> Meeting:
    durations = tuple(d for m in cluster for d in m.durations)
    venues = [m.venue.name for m in cluster if m.venue is not None]
    cities = [m.city for m in cluster if m.city is not None]
    by_source: dict[SourceId, list[MeetingMention]] = {}
    for mention in cluster:
        by_source.setdefault(mention.source, []).append(mention)
    reports = tuple(
        _report(source, participants, day, members, timezone)
        for source, members in by_source.items()
    )
    start = next((r.start for r in reports if r.start is not None), None)
    end = next((r.end for r in reports if r.end is not None and r.start == start), None)
    if end is None:
        end = next((r.end for r in reports if r.end is not None), None)
    if start is not None and end is not None and end < start:
        end = None
    duration = merge_durations(durations)
    if start is not None and end is not None:
        exact = Duration.exactly((end - start).total_seconds() / 60, text="start to end")
        duration = exact if duration is None or duration.is_compatible_with(exact) else duration
    evidence = tuple(dict.fromkeys(span for m in cluster for span in m.evidence))
    coarse = [
        m.date.date
        for m in cluster
        if day is None and m.date is not None and m.date.date is not None and not m.date.future
    ]
    return Meeting(
        id=MeetingId(f"{prefix}meeting"),
        participants=participants,
        kind=kind,
        # no day known: the month (or year) the text supports, when it gives one
        date=day or (_most_common_date(coarse) if coarse else None),
        start=start,
        end=end,
        duration=duration,
        duration_reports=durations,
        location=_most_common(venues),
        city=_most_common(cities),
        evidence=evidence,
        reports=reports,
    )


def _most_common(values: Sequence[str]) -> str | None:
    """The value named most often, the first named on a tie."""
    if not values:
        return None
    counts = {value: values.count(value) for value in values}
    return max(counts, key=lambda value: counts[value])


def _report(
    source: SourceId,
    participants: tuple[ActorId, ...],
    day: PartialDate | None,
    members: Sequence[MeetingMention],
    timezone: str | None,
) -> MeetingReport:
    """What one source says of a meeting: its own day, times, length and place.

    The duration is the tightest interval the source's own wordings allow together (the clock
    times count as an exact wording); wordings that cannot all be true give the best-supported.
    """
    days = [d for m in members if not m.narrative and (d := _mention_day(m)) is not None]
    days = days or [d for m in members if (d := _mention_day(m)) is not None]
    own_day = _most_common_date(days)
    start, end = _clock_range(members, own_day or day, timezone)
    wordings = [d for m in members for d in m.durations]
    clock_span = next((m.evidence[0] for m in members if len(m.clock) >= 2 and m.evidence), None)
    if start is not None and end is not None:
        wordings.append(
            Duration.exactly(
                (end - start).total_seconds() / 60,
                text=f"{start:%H:%M} to {end:%H:%M}",
                evidence=clock_span,
            )
        )
    named = {p for m in members if not m.anaphoric for p in m.people}
    return MeetingReport(
        source=source,
        participants=tuple(p for p in participants if p in named) or participants,
        date=own_day,
        start=start,
        end=end,
        duration=_tightest(wordings),
        location=_most_common([m.venue.name for m in members if m.venue is not None]),
        city=_most_common([m.city for m in members if m.city is not None]),
        evidence=tuple(dict.fromkeys(span for m in members for span in m.evidence)),
    )


def _most_common_date(days: Sequence[PartialDate]) -> PartialDate | None:
    if not days:
        return None
    counts = {day: days.count(day) for day in days}
    return max(counts, key=lambda day: counts[day])


def _tightest(wordings: Sequence[Duration]) -> Duration | None:
    """One source's duration: the wording that equals the common interval, or the interval."""
    merged = merge_durations(wordings)
    if merged is None or len(wordings) == 1:
        return merged
    for wording in sorted(wordings, key=lambda w: w.hedge is not Hedge.EXACT):
        if wording.interval == merged.interval:
            return wording
    narrowest = min(
        wordings,
        key=lambda w: (w.high_minutes or float("inf")) - (w.low_minutes or 0.0),
    )
    return evolve(merged, evidence=narrowest.evidence)


def _clock_range(
    cluster: Sequence[MeetingMention], day: PartialDate | None, timezone: str | None
) -> tuple[dt.datetime | None, dt.datetime | None]:
    """Aware start and end on ``day`` from the first mention whose clock times give them.

    "local time", or no zone at all, is the host city's zone; a start with an exact length
    ("began at 3 p.m. and lasted two hours") gives the end too.
    """
    if day is None or day.to_date() is None:
        return None, None
    date = day.earliest()
    for mention in cluster:
        times = [t for t in mention.clock if t.zone is not None or timezone is not None]
        first, last = clock_range(times)
        if first is None and last is None:
            continue
        zone = timezone or "UTC"
        start = None if first is None else first.on(date, zone)
        end = None if last is None else last.on(date, zone)
        if start is not None and end is None:
            exact = [d for d in mention.durations if d.hedge is Hedge.EXACT and d.low_minutes]
            if exact and exact[0].low_minutes is not None:
                end = start + dt.timedelta(minutes=exact[0].low_minutes)
        if start is not None and end is not None and end < start:
            end = None
        return start, end
    return None, None
