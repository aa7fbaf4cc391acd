"""The meeting finder: one mention for each sentence that reports or refers to a meeting."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence
from typing import Any

from attrs import evolve

from diplomatic_events._needed import may_match_in
from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.knowledge._grammar import grammar, phrase_pattern
from diplomatic_events.knowledge._places import Gazetteer, PlaceMention
from diplomatic_events.model import BlockKind, MeetingKind, PartialDate, Precision, Source
from diplomatic_events.parsing._meetings._clues import (
    _clauses,
    _country_of,
    _entry_day,
    _full_venues,
    _is_group,
    _is_locative,
    _kind,
    _known_countries,
    _last_pair,
    _only_day,
    _pictured,
    _present,
    _published_day,
    _published_month,
    _referent,
    _shift,
    _stated_span,
    _story_day,
    _strangers,
    _words_before,
)
from diplomatic_events.parsing._meetings._context import (
    _PURPOSE,
    _ahead_of_meeting,
    _coarse,
    _looks_ahead,
    _planned,
    _stamped_place,
    _together_at,
    _trigger_clause_days,
)
from diplomatic_events.parsing._meetings._dating import (
    _NAMES_MEETING,
    _after_dateline,
    _asides,
    _dates_the_saying,
    _day_expression,
    _names_another_event,
    _scheduled_day,
    _since_update,
    _spoken_day,
    earlier_stop,
)
from diplomatic_events.parsing._meetings._delegations import delegation_pairs
from diplomatic_events.parsing._meetings._merge import _mention_day
from diplomatic_events.parsing._meetings._parties import (
    _FIRST_PERSON,
    _OTHER_MEETING,
    _PRESS_WITH_MEETING,
    _appeared_together,
    _companions_only,
    _escorts,
    _gathering_venue,
    _has_person_between,
    _he_met_them,
    _leads_a_group,
    _listed,
    _signed_together,
    _spokespeople,
    _under_a_plan,
    _with_us,
    _without_envoys_of_visitor,
    _without_spokespeople,
    agentless,
    issuers_holder,
)
from diplomatic_events.parsing._meetings._sentences import MeetingMention, Sentence, sentences
from diplomatic_events.parsing._meetings._transcripts import (
    _title_meeting,
    _transcript_meeting,
    issuer_code,
    issuer_country,
    labelled_speakers,
)
from diplomatic_events.parsing._meetings._words import (
    _ACTIVE,
    _ANCHORED,
    _BACKSTORY,
    _BETWEEN,
    _COMPARATIVE,
    _DAY_MINUTES,
    _LENGTH_CUE,
    _MEAL,
    _MEAL_WORD,
    _MEETING_MAX_MINUTES,
    _MEETING_NOUN,
    _OFFSET,
    _PAIR,
    _SEQUEL,
    _STORY_DAY_PARAGRAPHS,
    _TRIGGER,
    _WAIT,
    _WHERE,
    _find_anaphora,
    _find_press,
)
from diplomatic_events.parsing._quantities import find_durations
from diplomatic_events.parsing._time import TimeExpression, find_clock_times
from diplomatic_events.parsing._times import SourceTimes, dates_of

_PLURAL_BACK = re.compile(
    r"\b(?:the|those|these|both|all|their)\s+(?:(?:two|three|four)\s+)?(?:meetings|sessions"
    r"|encounters|engagements)\b",
    re.IGNORECASE,
)
"""Meetings told just before, referred back to together ("Those meetings took place at ...")."""


def _told_together(found: Sequence[MeetingMention], index: int) -> list[MeetingMention]:
    """The meetings the sentence of ``found[index]`` told (itself among them), in order."""
    last = found[index]
    told: list[MeetingMention] = []
    for earlier in range(index, -1, -1):  # back to the sentence's first, not the whole list
        mention = found[earlier]
        if mention.sentence != last.sentence:
            break
        if not mention.anaphoric:
            told.append(mention)
    return told[::-1]


def _about(base: MeetingMention, target: MeetingMention, **changes: Any) -> MeetingMention:
    """``base`` as a mention of ``target``'s meeting: its people, with ``changes``."""
    return evolve(base, people=target.people, group=target.group, implied=target.implied, **changes)


def _blanked(words: str, offset: int, spans: Sequence[tuple[int, int]]) -> str:
    """``words`` (which start at ``offset`` in the text) with every character inside one of
    ``spans`` (offsets into the text) replaced by a space."""
    if not spans:
        return words
    characters = list(words)
    for a, b in spans:
        low, high = max(a - offset, 0), min(b - offset, len(words))
        if low < high:
            characters[low:high] = " " * (high - low)
    return "".join(characters)


def _trigger_in(text: str, sentence: Sentence) -> re.Match[str] | None:
    """The sentence's first meeting word, offsets in the sentence; searched only when one
    of the literals every meeting word holds one of is there (:func:`may_match_in`)."""
    if not may_match_in(_TRIGGER, text, sentence.start, sentence.end):
        return None
    return _TRIGGER.search(text[sentence.start : sentence.end])


def find_meeting_mentions(
    source: Source,
    knowledge: KnowledgeBase,
    gazetteer: Gazetteer,
    times: SourceTimes | None = None,
) -> tuple[MeetingMention, ...]:
    """Every sentence of ``source`` that reports a meeting or refers back to one.

    ``times`` are the source's dates when the ``time`` stage found them.

    "The following day", "later the same day" count from the day of the meeting mentioned
    last; a sentence with its own day that differs from the last meeting's ("They held formal
    talks the following day") is a new meeting of the same people.
    """
    text = source.text
    dates = dates_of(source, times)
    found: list[MeetingMention] = []
    last_primary: int | None = None
    last_paragraph = -10
    last_day: PartialDate | None = None
    story: tuple[TimeExpression, int] | None = None
    clauses = [clause for whole in sentences(source) for clause in _clauses(knowledge, text, whole)]
    strangers = _strangers(knowledge, text, clauses, issuer_code(knowledge, source))
    issuer = issuer_country(knowledge, source)
    fallback = _only_day(source, clauses, dates)
    month = _published_month(source, clauses, dates)
    delegations = delegation_pairs(knowledge, text, clauses)
    shown_together: set[tuple[int, int]] = set()  # clauses of two appearing before the press
    reference = clauses[0].reference if clauses else None
    on_day = None if reference is None else PartialDate.of(reference)
    speakers = labelled_speakers(source, knowledge, on_day)
    trip = _stated_span(source, clauses, dates)
    stamped = _stamped_place(source, gazetteer, dates)
    kinds = [block.kind for block in source.readable_blocks()]
    captions = frozenset(i for i, kind in enumerate(kinds) if kind is BlockKind.CAPTION)
    headings = frozenset(i for i, kind in enumerate(kinds) if kind is BlockKind.HEADING)
    # title case shows no name's start there: "at the Top of Their Meeting" names no gathering
    title_case = headings | {i for i, kind in enumerate(kinds) if kind is BlockKind.HEADLINE}
    # the place of a meeting told before its people: "... during a meeting at the Pentagon
    # today. Austin hosted the Crown Prince for these discussions."
    placed: tuple[PlaceMention, int, PartialDate | None] | None = None
    for index, sentence in enumerate(clauses):
        words = text[sentence.start : sentence.end]
        first = _trigger_in(text, sentence)
        # Searched in the rest of the sentence alone, so a clause may open where it starts.
        aside = None if first is None else _BACKSTORY.search(words[first.end() :])
        if first is not None and aside is None:
            # "met today with Cho to build on the May 21 Summit between President Biden and
            # President Yoon": a meeting named later in the sentence is another one
            aside = _OTHER_MEETING.search(words, first.end())
            if aside is not None and not _has_person_between(
                knowledge, text, sentence, first.end(), aside.start()
            ):
                aside = None
            elif aside is not None:
                aside = _OTHER_MEETING.search(words[first.end() :])
        cut = first is not None and aside is not None
        if first is not None and aside is not None:
            # "They first met in X, soon after A's summit with B in Y": the clause after the
            # comma tells another, earlier event; its people and places are not this meeting's
            sentence = evolve(sentence, end=sentence.start + first.end() + aside.start())
            words = text[sentence.start : sentence.end]
        stated = _after_dateline(
            text, sentence, dates(sentence.reference, sentence.start, sentence.end)
        )
        # the asides matter only to a clause with a date, or one that tells of a meeting
        asides = _asides(text, sentence, first) if stated else None
        purpose = (
            _PURPOSE.search(text, sentence.start + first.end(), sentence.end) if first else None
        )
        expressions = tuple(
            e
            for e in stated
            if not any(a <= e.evidence.start < b for a, b in asides or ())
            and not _names_another_event(text, e)
            # "met A to ... express gratitude for a rescue last year": the topic's time
            and not (purpose is not None and e.evidence.start >= purpose.end() and _coarse(e))
        )
        said_on = [
            e for e in expressions if e.date is not None and _dates_the_saying(knowledge, text, e)
        ]
        if said_on and any(e.date is not None and e not in said_on for e in expressions):
            # "The two men met last night ..., the press secretary said today": the day of
            # the saying yields to the meeting's own
            expressions = tuple(e for e in expressions if e not in said_on)
        own_clause = _trigger_clause_days(knowledge, text, sentence, first, expressions)
        date = _since_update(source, sentence, _day_expression(own_clause, text))
        if date is not None and date.kind == "ordinal_day" and story is not None:
            # "Later on the 21st" after "On June 21, ...": the month the story is telling
            date = _in_month_of(date, story[0])
        # a photo's day is when it was taken, not a day the story is telling: "..., Oct. 4,
        # 2022." over "traveled to Japan Oct. 2-6" leaves its undated meetings the trip's days
        told = story
        said = _story_day(date, sentence, story)
        if sentence.paragraph not in captions or (
            # a photo of the day the story is telling keeps that day current
            story is not None and said is not None and said[0].date == story[0].date
        ):
            story = said
        if date is None and not any(e.date is not None and not e.future for e in expressions):
            date = _scheduled_day(expressions)
        if date is None and trip is not None and not expressions:
            # "During her first day in the country, ..." in a trip of "April 15-18"
            date = _day_of_trip(source, sentence, trip)
        # the first trigger is this one unless the sentence was cut since
        delegated = delegations.get(index)
        appeared: re.Match[str] | None = None
        trigger = (
            (_trigger_in(text, sentence) if cut else first)
            or _signed_together(knowledge, text, sentence)
            or _together_at(gazetteer, source, sentence)
            or (appeared := _appeared_together(knowledge, text, sentence))
            or (delegated.match if delegated is not None else None)
        )
        if appeared is not None and trigger is appeared:
            shown_together.add((sentence.start, sentence.end))
        anaphora = _find_anaphora(words)
        pictured = (
            trigger is None
            and anaphora is None
            and sentence.paragraph in captions
            and _pictured(knowledge, gazetteer, source, sentence, date)
        )
        if trigger is None and anaphora is None and not pictured:
            continue
        if (
            _find_press(words)
            and not _PRESS_WITH_MEETING.search(words)
            and (appeared is None or trigger is not appeared)
        ):
            continue
        if trigger is not None and _planned(knowledge, words, trigger, expressions, sentence):
            continue  # "During the visit he will meet with A, B and C": a planned event
        if trigger is not None and _under_a_plan(text, clauses, index):
            continue  # "During the two-day visit he will:" and "- Meet with ..." below it
        if asides is None:
            asides = _asides(text, sentence, first)
        present = _present(knowledge, text, sentence, trigger)
        people = [p for p in present if p not in strangers]
        holder = (
            issuers_holder(knowledge, text, sentence, trigger, issuer, on_day)
            if trigger is not None
            else None
        )
        if holder is not None:
            # "The Prime Minister met ..." on a Downing Street page: the UK's prime minister
            office_holder, misread = holder
            people = [
                office_holder,
                *(p for p in people if p != office_holder and p not in misread),
            ]
        if trigger is not None:
            escorts = _escorts(knowledge, text, sentence, sentence.start + trigger.start())
            people = [p for p in people if p not in escorts] if len(people) > 2 else people
        people = _without_envoys_of_visitor(
            knowledge,
            text,
            sentence,
            None if trigger is None else sentence.start + trigger.start(),
            people,
        )
        people = [p for p in people if p not in _spokespeople(knowledge, text, sentence)]
        if trigger is not None and _companions_only(knowledge, text, sentence, trigger, people):
            people = []  # "Langley and Sgt. Maj. Woods visited Djibouti to meet with leaders"
        listed = (
            _listed(knowledge, text, clauses, index, people)
            if trigger is not None and words.rstrip().endswith(":")
            else []
        )
        speaker = speakers.get(sentence.paragraph)
        spoken = False
        if (
            trigger is not None
            and speaker is not None
            and speaker not in people
            and (
                _FIRST_PERSON.search(text, sentence.start, sentence.start + trigger.start())
                or _with_us(knowledge, text, sentence, speaker, people)
            )
        ):
            # "I had the opportunity to meet President Widodo" in a labelled speech
            people = [speaker, *people]
            spoken = True
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
            and not _looks_ahead(knowledge, words)
        ):
            # "The deal came after talks that began in the Oval Office" right after "A and B
            # announced ...": talks of that pair, when they are of two countries
            pair = _last_pair(knowledge, text, clauses, index)
            if len(_known_countries(knowledge, pair)) == 2:
                people = pair
        if delegated is not None and not set(delegated.heads) & strangers:
            # "A led the U.S. delegation and B ... led the Peruvian delegation": the heads met
            people = list(delegated.heads)
        held = may_match_in(_ANCHORED, text, sentence.start, sentence.end)
        anchored = _ANCHORED.search(words) if held else None
        if anchored is not None:
            a, b = _shift(sentence, anchored)
            own = [e for e in expressions if not a <= e.evidence.start < b]
            date = _day_expression(own)
            # from the day told last: the last meeting's, or a later day the story named
            # ("visited the school Jan. 20 ... The previous evening Brooks hosted X")
            anchor = last_day
            if (
                told is not None
                and told[0].date is not None
                and (anchor is None or told[1] > last_paragraph)
            ):
                anchor = told[0].date
            if date is None and anchor is not None:
                offset = 1 if anchored["next"] else -1 if anchored["previous"] else 0
                date = TimeExpression(
                    evidence=source.span(a, b),
                    kind="anchored",
                    date=PartialDate.of(anchor.earliest() + dt.timedelta(days=offset)),
                    relative=True,
                )
                story = _story_day(date, sentence, told)  # the story is telling that day now
        narrative: TimeExpression | None = None
        from_entry = False
        plain = _blanked(words, sentence.start, asides)
        if (
            date is None
            and not _looks_ahead(knowledge, plain)
            and not any(_ahead_of_meeting(e, sentence, trigger) for e in expressions)
        ):
            date = _entry_day(source, sentence)
            # the entry's stamp says when it was written, not when the meeting was: a guess
            from_entry = date is not None
            if (
                told is not None
                and sentence.paragraph - told[1] <= _STORY_DAY_PARAGRAPHS
                and (trip is None or told[1] == sentence.paragraph)
            ):
                narrative = told[0]
            elif trip is not None and not from_entry:
                narrative = trip  # within the trip's days, at the precision that holds them
            elif told is None or (
                fallback is not None
                and fallback.date is not None
                and fallback.date.precision is not Precision.DAY
            ):
                # a page dated only to the month dates every meeting it tells to that month
                narrative = fallback
            if narrative is None and spoken:
                # the speaker's own meeting, told in a speech: the day it was given
                narrative = _published_day(source)
            elif narrative is None and not stated:
                # a sentence naming no time at all ("have met many times in recent years"
                # names one): the month the story was published in
                narrative = month
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
        stop_before = earlier_stop(text, sentence, first)
        places = [
            p
            for p in gazetteer.find(source.id, text, sentence.start, sentence.end)
            # "Following his visit to Gaza on Monday, ... met": the stop before's place
            if (stop_before is None or not stop_before[0] <= p.evidence.start < stop_before[1])
            and (
                _is_locative(text, sentence.start, p.evidence.start)
                or _WHERE.match(text, p.evidence.end) is not None
                # "at the beginning of the Pentagon meeting": the meeting named after its place
                or (p.kind == "venue" and _NAMES_MEETING.match(text, p.evidence.end) is not None)
            )
        ]
        venue = next((p for p in places if p.kind == "venue"), None)
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
            between=_BETWEEN.search(words) is not None or delegated is not None,
            reference=sentence.reference,
            narrative=from_entry,
            group=len(people) >= 3 and _is_group(knowledge, text, sentence, trigger),
            spans_days=spans_days,
        )
        if placed is not None and (
            venue is not None or people or sentence.paragraph - placed[1] > 1
        ):
            dated = date or narrative
            here = None if dated is None else dated.coarse
            if (
                venue is None
                and len(people) >= 2
                and trigger is not None
                and (placed[2] is None or here is None or placed[2] == here)
            ):
                base = evolve(base, venue=placed[0], city=city or placed[0].city)
            placed = None
        if (
            venue is not None
            and not people
            and trigger is not None
            and anaphora is None
            and not _looks_ahead(knowledge, words)
        ):
            # a day of its own that another meeting does not share is another occasion's
            # ("We last met at the APEC conference in November")
            placed = (venue, sentence.paragraph, None if date is None else date.coarse)
        if stamped is not None and len(people) >= 2 and (venue is None or city is None):
            dated = date or narrative
            if dated is None or dated.coarse == stamped[0]:
                # the page's stamp: "April 27, 2017, The Kremlin, Moscow"
                base = evolve(
                    base,
                    venue=base.venue or stamped[1],
                    city=base.city or stamped[2],
                )
        # a heading between opens another section: its meetings are not the last one's
        near = (
            last_primary is not None
            and sentence.paragraph - last_paragraph <= 2
            and not any(last_paragraph < h <= sentence.paragraph for h in headings)
        )
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
        elif listed:
            # "Meetings with Papua New Guinea defense officials included:" and a bulleted
            # list: the story's protagonist (or the clause's one person) met each one listed
            for person, item in listed:
                found.append(
                    evolve(
                        base,
                        people=(*people[:1], person),
                        evidence=(*evidence, source.span(item.start, item.end)),
                        kind=_kind(words, trigger) if trigger is not None else base.kind,
                        implied=not people,
                        group=False,
                        date=date or narrative,
                        narrative=from_entry or (date is None and narrative is not None),
                    )
                )
            last_primary, last_paragraph = len(found) - 1, sentence.paragraph
        elif (
            len(people) >= 2
            and trigger is not None
            and (_ACTIVE.search(words) or agentless().search(words))
            and _he_met_them(
                knowledge, text, sentence, trigger, people, unknown_speaker=speaker is None
            )
        ):
            # "He met yesterday with Gazmin and President Aquino": the story's protagonist
            # met each of them, not they each other
            for person in people:
                found.append(
                    evolve(
                        base,
                        people=(person,),
                        kind=_kind(words, trigger),
                        implied=True,
                        group=False,
                        date=date or narrative,
                        narrative=from_entry or (date is None and narrative is not None),
                    )
                )
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
            # "Today, Mattis visited Baghdad to meet with ... leaders" after his meeting with
            # the crown prince on Saturday: one of the pair named, meeting on another day, is
            # meeting someone else, not the same pair again
            and not (
                anaphora is None
                and len(people) == 1
                and trigger is not None
                and day is not None
                and _mention_day(target) not in (None, day)
            )
        ):
            target_day = _mention_day(target)
            if (
                trigger is not None
                and day is not None
                and target_day not in (None, day)
                # one person at a summit ("in London to attend yesterday's UK-Africa Summit")
                # attended an event; it is no meeting with the one met on another day
                and (len(people) >= 2 or trigger.group().casefold() != "summit")
            ):
                # Same people, another day: a new meeting, not more about the last one.
                found.append(_about(base, target, kind=_kind(words, trigger)))
                last_primary = len(found) - 1
            elif not people and _PLURAL_BACK.search(words):
                # "Those meetings took place at the Bayi Building" after "He also met A and
                # B": more about each meeting the last sentence told
                found.extend(
                    _about(base, told, anaphoric=True, date=told.date)
                    for told in _told_together(found, found.index(target))
                )
            else:
                # more about the meeting just told: its day, not one the sentence names for
                # something else ("in London to attend yesterday's summit")
                found.append(_about(base, target, anaphoric=True, date=target.date))
            last_paragraph = sentence.paragraph
        elif (
            len(people) == 1
            and trigger is not None
            and _ACTIVE.search(words)
            and not _leads_a_group(text, sentence, trigger, people[0], knowledge)
        ):
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
    spoken_on = _spoken_day(source, dates)
    transcript = _transcript_meeting(
        source, knowledge, gazetteer, spoken_on or fallback or _published_day(source)
    )
    titled = _title_meeting(
        source, knowledge, spoken_on or fallback or _published_day(source), speakers, gazetteer
    )
    if transcript is not None:
        if titled is not None and set(transcript.people) < set(titled.people):
            # the title shows everyone the speakers were with ("Blinken, Austin, Marles and
            # Wong at a Joint Press Availability"), some of whom said nothing in the excerpt
            everyone = tuple(dict.fromkeys((*transcript.people, *titled.people)))
            transcript = evolve(
                transcript,
                people=everyone,
                evidence=tuple(dict.fromkeys((*transcript.evidence, *titled.evidence))),
                group=len(everyone) > 2,
            )
        found.append(transcript)  # a guess of the day, yielding to one a sentence states
    elif titled is not None:
        found.append(titled)
    if titled is not None and shown_together:
        # a title's joint appearance is the title meeting's, told once
        lines = [(s.start, s.end) for s in titled.evidence]
        found = [
            m
            for m in found
            if not m.evidence
            or (m.evidence[0].start, m.evidence[0].end) not in shown_together
            or not any(a < m.evidence[0].end and m.evidence[0].start < b for a, b in lines)
        ]
    return _full_venues([_without_spokespeople(knowledge, m) for m in found])


@functools.cache
def _day_of_trip_pattern() -> re.Pattern[str]:
    """A day of a trip by its order ("her first day in the country", "on the final day",
    "upon arrival": the first; ``trip_first_day`` and the others in ``grammar.toml``); not
    the first day in one of the trip's countries by name ("his first day in Colombia" of a
    trip to Colombia and Ecuador), which need not be the trip's."""
    words = grammar()
    first, second, last = (
        phrase_pattern(phrases)
        for phrases in (words.trip_first_day, words.trip_second_day, words.trip_last_day)
    )
    return re.compile(
        rf"\b(?:(?P<first>{first})|(?P<second>{second})|(?P<last>{last}))\b"
        r"(?!\s+in\s+(?-i:[A-Z]))",
        re.IGNORECASE,
    )


def _day_of_trip(source: Source, sentence: Sentence, trip: TimeExpression) -> TimeExpression | None:
    """The day of the trip's stated days a sentence names by its order: its first, second
    or last day; none when the trip has no day-precise ends."""
    words = source.text[sentence.start : sentence.end]
    found = _day_of_trip_pattern().search(words)
    if found is None or trip.date is None or trip.date_end is None:
        return None
    if trip.date.precision is not Precision.DAY or trip.date_end.precision is not Precision.DAY:
        return None
    first, last = trip.date.earliest(), trip.date_end.earliest()
    if found["first"]:
        day = first
    elif found["second"]:
        day = first + dt.timedelta(days=1)
        if day > last:
            return None
    else:
        day = last
    return TimeExpression(
        evidence=source.span(sentence.start + found.start(), sentence.start + found.end()),
        kind="trip_day",
        date=PartialDate.of(day),
        relative=True,
    )


def _in_month_of(day: TimeExpression, told: TimeExpression) -> TimeExpression:
    """``day`` (a day of the month by its ordinal) in the month of the day the story is
    telling, when that day is known to the day and the month has it."""
    if day.date is None or day.date.day is None or told.date is None:
        return day
    if told.date.precision is not Precision.DAY:
        return day
    try:
        moved = told.date.earliest().replace(day=day.date.day)
    except ValueError:
        return day
    return evolve(day, date=PartialDate.of(moved))
