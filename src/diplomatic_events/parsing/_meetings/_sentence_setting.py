"""Where a meeting sentence's meeting took place and how long it lasted: its venue and city,
and its lengths, the talks' apart from a meal's.

Apart from the finder (:mod:`._find`) because the place and the lengths are read from the
sentence alone, once its meeting word and day are known.
"""

from __future__ import annotations

import re

from diplomatic_events._needed import may_match_in
from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.knowledge._grammar import grammar, phrase_pattern
from diplomatic_events.knowledge._places import (
    WELCOMED_BEFORE,
    WELCOMED_REACH,
    Gazetteer,
    PlaceMention,
)
from diplomatic_events.knowledge._prefilter import guarded
from diplomatic_events.model import ActorKind, Duration, Source
from diplomatic_events.parsing._meetings._clues import _words_before
from diplomatic_events.parsing._meetings._dating import _NAMES_MEETING, earlier_stop
from diplomatic_events.parsing._meetings._parties import _gathering_venue
from diplomatic_events.parsing._meetings._sentence_dates import _DURING_THE_VISIT
from diplomatic_events.parsing._meetings._sentences import Sentence, sentence_mentions
from diplomatic_events.parsing._meetings._trip_days import _day_of_trip_pattern
from diplomatic_events.parsing._meetings._venues import _is_locative
from diplomatic_events.parsing._meetings._words import (
    _COMPARATIVE,
    _DAY_MINUTES,
    _LENGTH_CUE,
    _MEAL,
    _MEETING_MAX_MINUTES,
    _OFFSET,
    _WAIT,
    _WHERE,
)
from diplomatic_events.parsing._quantities import find_durations
from diplomatic_events.parsing._time import TimeExpression
from diplomatic_events.typing import ActorId


def meeting_lengths(
    knowledge: KnowledgeBase, source: Source, sentence: Sentence, date: TimeExpression | None
) -> tuple[bool, tuple[Duration, ...], tuple[Duration, ...]]:
    """Whether an undated ``sentence`` tells of a meeting lasting days, and the lengths of
    its talks and of its meal ("a two-hour dinner"), each no longer than a meeting lasts and
    none an offset ("two hours after") or a wait."""
    text = source.text
    lengths = find_durations(source.id, text, sentence.start, sentence.end, rules=knowledge.hedges)
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
            or _LENGTH_CUE.search(
                text, _words_before(text, sentence.start, d.evidence.start, 1), d.evidence.start
            )
            is not None
        )
        and not _COMPARATIVE.search(d.text)
        and _WAIT.search(
            text, _words_before(text, sentence.start, d.evidence.start, 2), d.evidence.start
        )
        is None
    )
    meal_durations = tuple(
        d for d in durations if d.evidence is not None and _MEAL.match(text, d.evidence.end)
    )
    talk_durations = tuple(d for d in durations if d not in meal_durations)
    return spans_days, talk_durations, meal_durations


def meeting_place(
    knowledge: KnowledgeBase,
    gazetteer: Gazetteer,
    source: Source,
    sentence: Sentence,
    first: re.Match[str] | None,
    *,
    trigger: re.Match[str] | None,
    appeared: re.Match[str] | None,
    title_case: frozenset[int],
) -> tuple[PlaceMention | None, str | None]:
    """The venue and city of ``sentence``'s meeting: places it names as where (not the stop
    before the meeting's), or the gathering it was at; ``appeared`` is the meeting word of
    a joint appearance before the press, ``title_case`` the paragraphs in title case."""
    text = source.text
    stop_before = earlier_stop(text, sentence, first)
    places = [
        p
        for p in gazetteer.find(source.id, text, sentence.start, sentence.end)
        # "Following his visit to Gaza on Monday, ... met": the stop before's place
        if (stop_before is None or not stop_before[0] <= p.evidence.start < stop_before[1])
        and (
            _is_locative(text, sentence.start, p.evidence.start, p.evidence.end)
            or _WHERE.match(text, p.evidence.end) is not None
            # "at the beginning of the Pentagon meeting": the meeting named after its place
            or (p.kind == "venue" and _NAMES_MEETING.match(text, p.evidence.end) is not None)
        )
    ]
    venues = [p for p in places if p.kind == "venue"]
    # of the venues before and after the meeting word, the one after it is where they met
    # ("Borrell, who spoke at Tongji University, later met Han Zheng at the Great Hall"),
    # unless a venue opens a "where" clause ("visited A at Yokota Air Base, where he met X;
    # and B at Fuchu Air Base, where he met Y": each meeting is at the venue before it)
    said = None if trigger is None else sentence.start + trigger.end()  # offsets in the sentence
    if said is not None and any(_WHERE.match(text, v.evidence.end) for v in venues):
        said = None
    after = [p for p in venues if said is not None and p.evidence.start >= said]
    venue: PlaceMention | None = (after or venues)[0] if venues else None
    # "at a Joint Press Conference" is no place
    if venue is None and trigger is not None and trigger is not appeared:
        venue = (
            None
            if sentence.paragraph in title_case
            else _gathering_venue(knowledge, source, sentence)
        )
    city = next((p.name for p in places if p.kind == "city"), None)
    if venue is not None and venue.city is not None:
        city = venue.city  # "at the Pentagon ... after their meeting in Manila"
    return venue, city


def visited_venue(gazetteer: Gazetteer, source: Source, sentence: Sentence) -> PlaceMention | None:
    """The venue ``sentence`` tells someone went to ("Wilson visited Al Udeid Air Base",
    "visited Romanian and U.S. leadership at Mihail Kogalniceanu Air Base"): where the
    meetings told right after it, naming no place of their own, were held."""
    text = source.text
    if (
        not may_match_in(_VISIT_VERB, text, sentence.start, sentence.end)
        or _VISIT_VERB.search(text, sentence.start, sentence.end) is None
    ):
        return None
    for place in gazetteer.find(source.id, text, sentence.start, sentence.end):
        at = place.evidence.start
        before = text[max(sentence.start, at - _VISITED_REACH) : at]
        if place.kind == "venue" and _VISITED_BEFORE.search(before) is not None:
            # "visited the Canadian Parliament and National Defense headquarters": which of
            # the stops a meeting was at is not told
            return None if _ANOTHER_STOP.match(text, place.evidence.end) else place
    return None


def told_at_stop(text: str, sentence: Sentence, trigger: re.Match[str]) -> bool:
    """Whether the meeting sentence ties its meeting to the place just visited ("Upon
    arrival, Wilson met ...", "During his visit, Gen. Wolters met ...", "There the Secretary
    ... participated in a meeting")."""
    before = text[sentence.start : sentence.start + trigger.start()]
    return (
        _STOP_TIE.match(before) is not None
        or _day_of_trip_pattern().search(before) is not None
        or _DURING_THE_VISIT.search(before) is not None
    )


_VISIT_VERB = re.compile(rf"\b(?:{phrase_pattern(grammar().visit_verbs)})\b", re.IGNORECASE)
_VISITED_REACH = 80
"""How far before a venue the verb of going there is looked for."""
_VISITED_BEFORE = re.compile(
    rf"\b(?:{phrase_pattern(grammar().visit_verbs)})[ \u00a0]+"
    r"(?:[^;:\n]*?[ \u00a0]at[ \u00a0]+)?(?:the[ \u00a0]+)?$",
    re.IGNORECASE,
)
"""The verb of going to a venue right before it ("visited ", "arrived at the "), or before
whom was visited there ("visited Romanian and U.S. leadership at ")."""
_ANOTHER_STOP = re.compile(
    r",?[ \u00a0]+(?:and|as[ \u00a0]+well[ \u00a0]+as)[ \u00a0]+(?:the[ \u00a0]+)?[A-Z]"
)
"""A second place listed after a visited venue ("... and National Defense headquarters")."""
_STOP_TIE = re.compile(
    rf"\W*(?:{phrase_pattern(grammar().stop_ties)})\b"
    r"(?![ \u00a0]+(?:is|are|was|were|will|would|has|have|had)\b)",
    re.IGNORECASE,
)
"""A sentence's opening that places it where the story just went ("While there, ...")."""


def welcomed_at(
    knowledge: KnowledgeBase, gazetteer: Gazetteer, source: Source, sentence: Sentence
) -> tuple[PlaceMention, tuple[ActorId, ...]] | None:
    """The venue a sentence of no meeting word welcomes or hosts someone at ("It was a
    pleasure to welcome Prime Minister Luxon to the U.S. Capitol today"), with the people it
    names as the guests: where a meeting with them told just before took place. Only the
    sentence's one venue: "to the White House, the Oval Office" does not say which."""
    text = source.text
    if _WELCOME_WORD.search(text, sentence.start, sentence.end) is None:
        return None
    venues = [
        p
        for p in gazetteer.find(source.id, text, sentence.start, sentence.end)
        if p.kind == "venue"
    ]
    if len(venues) != 1:
        return None  # "to the White House, the Oval Office": which one it was is not told
    place = venues[0]
    at = place.evidence.start
    welcome = _GUEST_THERE.search(text, max(sentence.start, at - WELCOMED_REACH), at)
    if welcome is None:
        return None
    # the guests, in the speaker's own words too ("'It was a pleasure to welcome Prime
    # Minister Luxon to the U.S. Capitol,' Risch said"): whom the speaker hosted was there
    guests = tuple(
        dict.fromkeys(
            m.actor
            for m in sentence_mentions(knowledge, text, sentence)
            if welcome.start() <= m.start < at
            and (actor := knowledge.actor(m.actor)) is not None
            and actor.kind is ActorKind.PERSON
        )
    )
    return (place, guests) if guests else None


_WELCOME_WORD = re.compile(r"\b(?:welcom|host|receiv|visit)", re.IGNORECASE)
_GUEST_THERE = re.compile(rf"{WELCOMED_BEFORE}(?:to|at)\s+(?:the\s+)?$", re.IGNORECASE)
"""A welcome, a reception or a visit, the guest (``WELCOMED_BEFORE``, shared with the
locative test) and "to" or "at" the venue after."""

# guarded: a look-ahead for the characters a match can start with, so most positions of a
# search fail on one test (see ``guarded``); the matches are the same
_VISIT_VERB = guarded(_VISIT_VERB)
_WELCOME_WORD = guarded(_WELCOME_WORD)
