"""What the words around a meeting sentence say of it: the day of its meeting word's own
clause, a purpose's time, a plan still ahead, the pair together at a venue, and the date and
place a page's stamp gives.

The meeting finder (:mod:`._find`) reads each sentence with these; each is a general shape of
news and official text, with its words in one pattern here or in ``grammar.toml``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from diplomatic_events._needed import may_match_in
from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.knowledge._grammar import grammar, phrase_pattern
from diplomatic_events.knowledge._places import Gazetteer, PlaceMention
from diplomatic_events.knowledge._prefilter import guarded
from diplomatic_events.model import PartialDate, Precision, Source
from diplomatic_events.parsing._meetings._sentences import Sentence, persons, reference_date
from diplomatic_events.parsing._meetings._venues import _is_locative
from diplomatic_events.parsing._meetings._words import _FUTURE, _PAIR
from diplomatic_events.parsing._time import TimeExpression
from diplomatic_events.parsing._times import DateFinder

_CLAUSE_BOUNDARY = re.compile(r",\s+(?:before|after|then|while)\b|;|(?<!\s)\s+and\s+then\b")
"""Where a clause of a sentence ends ("met A on Monday, before flying to B on Tuesday"); not
at ", and", which as often ends a list of those met ("A, B, and other officials on May 12").
A run of spaces is tried from its start only: tried from each of its spaces, the search would
cost the run's length squared."""
_CLAUSE_OPENING = re.compile(
    r",\s+(?:and|where|before|after|then|while|when)\b|;|(?<!\s)\s+and\s+then\b"
)
"""Where the clause of a later meeting word opens: also a relative "where" or "when"
("traveled on May 11 to Sochi, where he met ..."), which after the meeting word goes on
telling of it ("the meeting with A, where both leaders discussed ... April 26")."""


def _trigger_clause_days(
    knowledge: KnowledgeBase,
    text: str,
    sentence: Sentence,
    trigger: re.Match[str] | None,
    expressions: Sequence[TimeExpression],
) -> Sequence[TimeExpression]:
    """The sentence's dates, or only those of the meeting word's own clause when the sentence
    names several days and that clause names one day and someone met: "traveled on May 11 to
    Sochi, where he met with Putin ... on May 12" dates the meeting May 12; "met A and B
    yesterday and today" keeps both days."""
    if trigger is None:
        return expressions

    def days_of(found: Sequence[TimeExpression]) -> set[PartialDate]:
        return {
            e.date
            for e in found
            if e.date is not None
            and not e.future
            and e.date_end is None
            and e.date.precision is Precision.DAY
        }

    if len(days_of(expressions)) < 2:
        return expressions
    start, end = _trigger_clause(text, sentence, trigger)
    own = [e for e in expressions if start <= e.evidence.start < end]
    if len(days_of(own)) != 1 or not persons(knowledge, text, sentence, start, end):
        return expressions
    return own


_PURPOSE = re.compile(
    r"\bto\s+(?:discuss|talk|express|review|thank|address|explore|reaffirm|highlight"
    r"|underscore|strengthen|deepen|advance|assess|mark|commemorate|celebrate)\b",
    re.IGNORECASE,
)
"""The opening of a meeting's purpose ("met A to discuss ..."): a month or year after it is
the topic's ("a rescue operation last year"), not the meeting's."""


def _coarse(expression: TimeExpression) -> bool:
    """Whether an expression names no single day (a month, a year, or a range of them)."""
    date = expression.coarse
    return date is not None and date.precision is not Precision.DAY


_REMOTE = re.compile(
    r"\b(?:phone|telephone|video|virtual(?:ly)?|call|calls|called|online|remotely)\b",
    re.IGNORECASE,
)
"""Words that put the people apart ("the two leaders spoke by phone")."""


def _together_at(gazetteer: Gazetteer, source: Source, sentence: Sentence) -> re.Match[str] | None:
    """ "The two leaders spoke Friday at the White House": the pair, in a place they were at
    together (a venue named after "at" or "in"), met; the pair's words stand for the meeting
    word. Not by phone or video."""
    words = source.text[sentence.start : sentence.end]
    held = may_match_in(_PAIR, source.text, sentence.start, sentence.end)
    pair = _PAIR.search(words) if held else None
    if pair is None or _REMOTE.search(words):
        return None
    text = source.text
    for place in gazetteer.find(source.id, text, sentence.start, sentence.end):
        if place.kind == "venue" and _is_locative(
            text, sentence.start, place.evidence.start, place.evidence.end
        ):
            return pair
    return None


_GREETING_REACH = 16
"""How far before "to meet" a greeting word makes it the meeting now ("a great pleasure to")."""


_MODAL_REACH = 30
"""How far before a meeting word a modal governs it ("he will meet", "is due to hold talks")."""


def _planned(
    knowledge: KnowledgeBase,
    text: str,
    words: str,
    trigger: re.Match[str],
    expressions: Sequence[TimeExpression],
    sentence: Sentence,
) -> bool:
    """Whether the meeting word is governed by a modal that looks ahead ("will meet", "is
    due to meet", "plans to meet") and the sentence names no past day: a meeting still to
    come, which the events record as planned, not a meeting held. "Met A and will travel to
    B" has its modal after the meeting word and stays a meeting. So is one whose only time
    is ahead and governs it, with a modal anywhere before it ("Tomorrow, the Prime Minister
    and President Kenyatta will jointly host the Global Education Summit")."""
    # a past day of another clause is another event's: "heads to Berlin on Thursday and
    # then to Geneva, where he will hold talks with Lavrov on Friday"
    start, end = _trigger_clause(text, sentence, trigger)
    if any(
        e.date is not None and not e.future and start <= e.evidence.start < end for e in expressions
    ):
        return False
    if any(_ahead_of_meeting(e, sentence, trigger) for e in expressions) and _looks_ahead(
        knowledge, words[: trigger.start()]
    ):
        return True
    at = sentence.start + trigger.start()
    if any(e.future and _POSSESSIVE_TIME.fullmatch(text, e.evidence.end, at) for e in expressions):
        return True  # "thanking PM Löfven for hosting tomorrow's important summit": ahead
    before = words[max(0, trigger.start() - _MODAL_REACH) : trigger.start()]
    if re.search(r"[,;:.]", before):
        before = re.split(r"[,;:.]", before)[-1]
    if _PURPOSE_TO.fullmatch(before):
        # "will visit Pohnpei State, the capitol ..., from June 8 to June 11, to meet with":
        # a purpose after the asides serves the clause's verb, however far back it is
        before = re.split(r"[;:.]", words[: trigger.start()])[-1]
    return _looks_ahead(knowledge, before)


def _trigger_clause(text: str, sentence: Sentence, trigger: re.Match[str]) -> tuple[int, int]:
    """Where the meeting word's clause of ``sentence`` starts and ends (offsets into the text;
    ``trigger`` matched in the sentence's words): from the last clause opening before it
    (", where", ", after", ";") to the next clause boundary."""
    at = sentence.start + trigger.start()
    start = max(
        (b.end() for b in _CLAUSE_OPENING.finditer(text, sentence.start, at)),
        default=sentence.start,
    )
    after = _CLAUSE_BOUNDARY.search(text, at, sentence.end)
    return start, sentence.end if after is None else after.start()


_POSSESSIVE_TIME = re.compile(r"[’']s(?:[ \u00a0]+[\w-]+){0,2}?[ \u00a0]+")
"""A time's possessive and up to two words before the meeting word it dates ("tomorrow's
important summit", "next week's talks"): the gathering of that day."""


_PURPOSE_TO = re.compile(r"[ \t\u00a0]*to[ \t\u00a0]+", re.IGNORECASE)
"""A meeting word's "to" alone after a comma: the purpose of a verb before it."""


_FUTURE_REACH = 40
"""How far after a meeting word a time still ahead dates it ("met ... next week")."""


def _ahead_of_meeting(
    expression: TimeExpression, sentence: Sentence, trigger: re.Match[str] | None
) -> bool:
    """Whether a time still ahead is the meeting's: before its meeting word or close after
    it; one far after is something else's ("met Kenyatta and passed on ... an invitation to
    the Commonwealth Summit in London next year")."""
    if not expression.future:
        return False
    if trigger is None:
        return True
    return expression.evidence.start < sentence.start + trigger.end() + _FUTURE_REACH


def _looks_ahead(knowledge: KnowledgeBase, words: str) -> bool:
    """Whether a clause tells of a meeting still to come ("will meet", "is due to meet"); a
    greeting's "to meet" is the meeting now ("a pleasure to meet with you", "honored to
    meet")."""
    greeting = knowledge.event_cues.greeting
    for future in _FUTURE.finditer(words):
        before = words[max(0, future.start() - _GREETING_REACH) : future.start()]
        if greeting is not None and greeting.search(before):
            continue
        if future.group().casefold().startswith("to") and (
            _held_to_meet().search(before)
            or _went_to_meet().search(words, max(0, future.start() - _WENT_REACH), future.start())
        ):
            continue  # "had the opportunity to meet with", "travelled to Guyana to meet": held
        return True
    return False


_WENT_REACH = 60
"""How far before "to meet" a past verb of going makes it a meeting held."""


@functools.cache
def _went_to_meet() -> re.Pattern[str]:
    """A past verb of going (``went_to_meet``) in the clause before "to meet" ("travelled to
    Guyana to meet"); a "will" before it has already made the clause look ahead ("flew in and
    will go on to meet"), since the words of time ahead are read first."""
    words = phrase_pattern(grammar().went_to_meet)
    return re.compile(rf"\b(?:{words})\b[^.;:!?]*$", re.IGNORECASE)


@functools.cache
def _held_to_meet() -> re.Pattern[str]:
    """A word before "to meet" telling of a meeting held (``held_to_meet``), right before it."""
    words = phrase_pattern(grammar().held_to_meet)
    return re.compile(rf"\b(?:{words})[ \u00a0]*$", re.IGNORECASE)


_STAMP_BLOCKS = 12
"""How many blocks open a page: its date-and-place stamp is among them, or it has none."""
_STAMP_WORDS = 10
_STAMP_GAP = re.compile(r"[ \t\u00a0]*,[ \t\u00a0]*")


def _stamped_place(
    source: Source, gazetteer: Gazetteer, dates: DateFinder
) -> tuple[PartialDate, PlaceMention | None, str | None] | None:
    """The day and place a page's stamp gives, on a line of its own near the top ("April 27,
    2017, The Kremlin, Moscow"): where the page's meetings of that day were held, when they
    name no place of their own."""
    reference = reference_date(source)
    for block in source.blocks[:_STAMP_BLOCKS]:
        line = source.text[block.start : block.end]
        if len(line.split()) > _STAMP_WORDS:
            continue
        found = dates(reference, block.start, block.end)
        if not found or found[0].evidence.start != block.start or found[0].date is None:
            continue
        if found[0].date.precision is not Precision.DAY or found[0].date_end is not None:
            continue
        gap = _STAMP_GAP.match(source.text, found[0].evidence.end, block.end)
        if gap is None:
            continue
        places = gazetteer.find(source.id, source.text, gap.end(), block.end)
        venue = next((p for p in places if p.kind == "venue"), None)
        city = next((p.name for p in places if p.kind == "city"), None)
        if venue is None and city is None:
            continue
        return found[0].date, venue, city or (venue.city if venue is not None else None)
    return None


# guarded: a look-ahead for the characters a match can start with, so most positions of a
# search fail on one test (see ``guarded``); the matches are the same
_CLAUSE_BOUNDARY = guarded(_CLAUSE_BOUNDARY)
_CLAUSE_OPENING = guarded(_CLAUSE_OPENING)
_PURPOSE = guarded(_PURPOSE)
