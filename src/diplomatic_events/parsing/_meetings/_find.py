"""The meeting finder: one mention for each sentence that reports or refers to a meeting.

Here is the pass over a source's clauses, which decides sentence by sentence whether one
tells a meeting, and which. The steps of reading one sentence live beside it: its day
(:mod:`._sentence_dates`, with :mod:`._trip_days`), its people (:mod:`._sentence_people`),
its place and lengths (:mod:`._sentence_setting`), the mentions of the protagonist's
meetings (:mod:`._implied_meetings`) and of a meeting told before (:mod:`._referring_back`);
after the pass, the page's own meetings are added (:mod:`._page_meetings`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from attrs import evolve

from diplomatic_events._needed import may_match_in
from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.knowledge._grammar import grammar, literal_alternation
from diplomatic_events.knowledge._places import Gazetteer, PlaceMention
from diplomatic_events.model import (
    BlockKind,
    MeetingKind,
    PartialDate,
    Precision,
    Source,
    Statement,
)
from diplomatic_events.parsing._discovery._countries import issuer_code
from diplomatic_events.parsing._meetings._bystanders import _without_spokespeople
from diplomatic_events.parsing._meetings._clues import (
    _clauses,
    _country_of,
    _kind,
    _referent,
    _shift,
    _strangers,
)
from diplomatic_events.parsing._meetings._context import (
    _looks_ahead,
    _planned,
    _stamped_place,
    _together_at,
)
from diplomatic_events.parsing._meetings._dating import _asides
from diplomatic_events.parsing._meetings._delegations import delegation_pairs
from diplomatic_events.parsing._meetings._groups import _is_group
from diplomatic_events.parsing._meetings._implied_meetings import each_listed, each_met, one_met
from diplomatic_events.parsing._meetings._joint_acts import (
    _PRESS_WITH_MEETING,
    _appeared_together,
    _deliberated_together,
    _signed_together,
)
from diplomatic_events.parsing._meetings._merge import _mention_day
from diplomatic_events.parsing._meetings._page_days import (
    _finished_trip,
    _only_day,
    _published_month,
    _stated_span,
    _story_day,
    _trip_of_stated_length,
)
from diplomatic_events.parsing._meetings._page_meetings import with_page_meetings
from diplomatic_events.parsing._meetings._parties import (
    _OTHER_MEETING,
    _has_person_between,
    _he_met_them,
    _leads_a_group,
    _under_a_plan,
    agentless,
)
from diplomatic_events.parsing._meetings._party_members import held_by_the_party, party_members
from diplomatic_events.parsing._meetings._referring_back import _about, more_about
from diplomatic_events.parsing._meetings._sentence_dates import (
    anchored_day,
    stated_days,
    undated_day,
)
from diplomatic_events.parsing._meetings._sentence_people import between_people, sentence_people
from diplomatic_events.parsing._meetings._sentence_setting import (
    meeting_lengths,
    meeting_place,
    told_at_stop,
    visited_venue,
)
from diplomatic_events.parsing._meetings._sentences import (
    MeetingMention,
    Sentence,
    person_mentions,
    sentences,
)
from diplomatic_events.parsing._meetings._speaker_labels import issuer_country, labelled_speakers
from diplomatic_events.parsing._meetings._trip_days import (
    several_stops,
    stop_country,
    stop_day,
    stop_opened,
)
from diplomatic_events.parsing._meetings._venues import _full_venues, _pictured
from diplomatic_events.parsing._meetings._words import (
    _ACTIVE,
    _ATTENDED,
    _BACKSTORY,
    _MEAL_WORD,
    _SEQUEL,
    _TRIGGER,
    _find_anaphora,
    _find_press,
)
from diplomatic_events.parsing._time import TimeExpression, falls_within, find_clock_times
from diplomatic_events.parsing._times import SourceTimes, dates_of
from diplomatic_events.typing import ActorId


def _eve_of(day: PartialDate | None, stamp: PartialDate) -> bool:
    """Whether ``day`` is the day before the stamp's."""
    told, stamped = (None if day is None else day.to_date()), stamp.to_date()
    if told is None or stamped is None or day is None or day.precision is not Precision.DAY:
        return False
    return (stamped - told).days == 1


def _attended(words: str, trigger: re.Match[str]) -> bool:
    """Whether the meeting word is what the sentence's people sat in on ("Brig. Gen. A and
    Brig. Gen. B also participated in the meeting"): staff of a meeting told before, who
    did not meet each other."""
    return any(m.end() == trigger.start() for m in _ATTENDED.finditer(words))


def _trigger_in(text: str, sentence: Sentence) -> re.Match[str] | None:
    """The sentence's first meeting word, offsets in the sentence; searched only when one
    of the literals every meeting word holds one of is there (:func:`may_match_in`)."""
    if not may_match_in(_TRIGGER, text, sentence.start, sentence.end):
        return None
    return _TRIGGER.search(text[sentence.start : sentence.end])


_THERE = re.compile(
    r"There[ \u00a0]+(?!(?:is|are|was|were|will|would|has|have|had|seems?|seemed|may|might"
    r"|could|should|must|appears?|appeared)\b)"
)
"""A clause opening with the place named before ("There Biden met with Marcos"), not the
"there" of "there were talks"."""

_ANOTHER_TIME = re.compile(
    rf"\b(?:{literal_alternation(grammar().another_time_words)})\b", re.IGNORECASE
)
"""A caption's sentence told at another time than its photo ("Dempsey later met ...")."""


def find_meeting_mentions(
    source: Source,
    knowledge: KnowledgeBase,
    gazetteer: Gazetteer,
    times: SourceTimes | None = None,
    quoted: Sequence[tuple[int, int, ActorId]] = (),
) -> tuple[MeetingMention, ...]:
    """Every sentence of ``source`` that reports a meeting or refers back to one.

    ``times`` are the source's dates when the ``time`` stage found them; ``quoted`` the
    quotations' spans with their speakers (:func:`quoted_speakers`), whose own meetings
    they tell in the first person ("Next, we met with Prime Minister Boris Johnson").

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
    photo_day: tuple[TimeExpression, int] | None = None  # the day a caption's photo was taken
    clauses = [clause for whole in sentences(source) for clause in _clauses(knowledge, text, whole)]
    strangers = _strangers(knowledge, text, clauses, issuer_code(knowledge, source))
    issuer = issuer_country(knowledge, source)
    fallback = _only_day(source, clauses, dates)
    month = _published_month(source, clauses, dates)
    delegations = delegation_pairs(knowledge, text, clauses)
    members = party_members(knowledge, text, clauses)
    shown_together: set[tuple[int, int]] = set()  # clauses of two appearing before the press
    on_day = clauses[0].on() if clauses else None
    speakers = labelled_speakers(source, knowledge, on_day)
    trip = (
        _stated_span(source, clauses, dates)
        or _trip_of_stated_length(knowledge, source, clauses, dates)
        or _finished_trip(knowledge, source, clauses, dates)
    )
    stamped = _stamped_place(source, gazetteer, dates)
    summed_up = several_stops(gazetteer, source, clauses)
    kinds = [block.kind for block in source.readable_blocks()]
    captions = frozenset(i for i, kind in enumerate(kinds) if kind is BlockKind.CAPTION)
    headings = frozenset(i for i, kind in enumerate(kinds) if kind is BlockKind.HEADING)
    # title case shows no name's start there: "at the Top of Their Meeting" names no gathering
    title_case = headings | {i for i, kind in enumerate(kinds) if kind is BlockKind.HEADLINE}
    # the place of a meeting told before its people: "... during a meeting at the Pentagon
    # today. Austin hosted the Crown Prince for these discussions."
    placed: tuple[PlaceMention, int, PartialDate | None] | None = None
    last_place: tuple[PlaceMention, int] | None = None  # the last meeting clause's venue
    # the venue someone went to, its paragraph and day: "Wilson visited Al Udeid Air Base
    # ... Sept. 25-27" and next "Upon arrival, Wilson met with ..."
    visited: tuple[PlaceMention, int, TimeExpression | None] | None = None
    stops: dict[str, TimeExpression] = {}  # the day of each country's stop, as first told
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
        days = stated_days(
            knowledge, source, sentence, first, dates, story=story, trip=trip, captions=captions
        )
        stated, asides, expressions = days.stated, days.asides, days.expressions
        date, told, story = days.date, days.told, days.story
        if date is None and (stop := stop_day(gazetteer, source, sentence, stops)) is not None:
            date, story = stop, _story_day(stop, sentence, story)
        if date is not None and (
            country := stop_country(knowledge, gazetteer, source, sentence, date)
        ):
            stops.setdefault(country, date)
        if sentence.paragraph in captions:
            # "MIAMI (July 25, 2024) A and B stand at the entrance. B met with A to discuss
            # ...": a caption's day is the photo's, for each of its sentences
            if (
                date is None
                and photo_day is not None
                and photo_day[1] == sentence.paragraph
                and _ANOTHER_TIME.search(words) is None
            ):
                date = photo_day[0]
            photo_day = _story_day(date, sentence, photo_day)
        # the first trigger is this one unless the sentence was cut since
        delegated = delegations.get(index)
        appeared: re.Match[str] | None = None
        trigger = (
            (_trigger_in(text, sentence) if cut else first)
            or _signed_together(knowledge, text, sentence)
            or _deliberated_together(knowledge, text, sentence, found)
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
            went = visited_venue(gazetteer, source, sentence)
            if went is not None:
                visited = (went, sentence.paragraph, date)
            continue
        if (
            _find_press(words)
            and not _PRESS_WITH_MEETING.search(words)
            and (appeared is None or trigger is not appeared)
        ):
            continue
        if trigger is not None and _attended(words, trigger):
            continue  # "A and B also participated in the meeting": who sat in, not who met
        if trigger is not None and _planned(knowledge, text, words, trigger, expressions, sentence):
            continue  # "During the visit he will meet with A, B and C": a planned event
        if trigger is not None and _under_a_plan(text, clauses, index):
            continue  # "During the two-day visit he will:" and "- Meet with ..." below it
        if asides is None:
            asides = _asides(text, sentence, first)
        people, listed, spoken = sentence_people(
            knowledge,
            text,
            clauses,
            index,
            sentence,
            words,
            trigger=trigger,
            anaphora=anaphora,
            delegated=delegated,
            strangers=strangers,
            issuer=issuer,
            on_day=on_day,
            speakers=speakers,
            found=found,
            last_primary=last_primary,
            last_paragraph=last_paragraph,
            quoted_by=(
                None
                if trigger is None or not quoted
                else _quoted_by(quoted, sentence.start + trigger.start())
            ),
        )
        date, story = anchored_day(
            source,
            sentence,
            words,
            expressions,
            date=date,
            last_day=last_day,
            told=told,
            last_paragraph=last_paragraph,
            story=story,
        )
        date, narrative, from_entry = undated_day(
            knowledge,
            source,
            sentence,
            words,
            date=date,
            asides=asides,
            trigger=trigger,
            stated=stated,
            expressions=expressions,
            told=told,
            trip=trip,
            fallback=fallback,
            month=month,
            spoken=spoken,
        )
        if (
            summed_up
            and date is None
            and narrative is not None
            and narrative.date is not None
            and narrative.date.precision is Precision.DAY
            and month is not None
            and stop_opened(gazetteer, source, sentence) is not None
        ):
            # "In Qatar, the Senators met with ..." in a trip of several stops: a day of
            # that stop, not the day the story is told
            narrative = month
        spans_days, talk_durations, meal_durations = meeting_lengths(
            knowledge, source, sentence, date
        )
        venue, city = meeting_place(
            knowledge,
            gazetteer,
            source,
            sentence,
            first,
            trigger=trigger,
            appeared=appeared,
            title_case=title_case,
        )
        clock = find_clock_times(source.id, text, gazetteer.zones, sentence.start, sentence.end)
        evidence = (source.span(sentence.start, sentence.end),)
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
            between=delegated is not None or between_people(knowledge, text, sentence),
            reference=sentence.reference,
            narrative=from_entry,
            group=len(people) >= 3 and _is_group(knowledge, text, sentence, trigger),
            spans_days=spans_days,
        )
        held_by = held_by_the_party(knowledge, text, sentence, trigger, people, members)
        if held_by.members:
            # "the delegation met with the U.S. Ambassador to Mexico Ken Salazar, Mexican
            # President ...": a compatriot outside the party is the party's host abroad,
            # beside it, not one it met
            homes = {_country_of(knowledge, member) for member in held_by.members} - {None}
            people = [
                p for p in people if p in held_by.members or _country_of(knowledge, p) not in homes
            ]
            head = held_by.leader or held_by.members[0]
            if len(people) > 1 and not set(people) & set(held_by.members):
                # "the Members met with Israeli Prime Minister A, Iraqi Prime Minister B, ...":
                # the party met each, not the first named the others
                people = [head, *people]
        base = evolve(
            base, people=tuple(people), party=held_by.members, party_leader=held_by.leader
        )
        if (
            venue is None
            and last_place is not None
            and sentence.paragraph - last_place[1] <= 1
            and _THERE.match(words) is not None
        ):
            # "... the summit that took place yesterday at the White House. There Biden met
            # with Marcos": the place the sentence before named
            venue = last_place[0]
            base = evolve(base, venue=venue, city=city or venue.city)
        dated = date or narrative
        if (
            venue is None
            and city is None
            and visited is not None
            and sentence.paragraph - visited[1] <= 1
            and len(people) >= 2
            and trigger is not None
            and (sentence.paragraph == visited[1] or told_at_stop(text, sentence, trigger))
            and (
                visited[2] is None
                or falls_within(
                    None if dated is None else dated.date, visited[2].date, visited[2].date_end
                )
            )
        ):
            venue = visited[0]
            base = evolve(base, venue=venue, city=venue.city, visited=True)
        if venue is not None or city is not None:
            visited = None
        if venue is not None:
            last_place = (venue, sentence.paragraph)
        if placed is not None and (
            venue is not None or people or sentence.paragraph - placed[1] > 1
        ):
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
        if (
            stamped is not None
            and len(people) >= 2
            and (venue is None or city is None)
            and (
                dated is None
                or dated.coarse == stamped[0]
                or (_eve_of(dated.coarse, stamped[0]) and base.city in (None, stamped[2]))
            )
        ):
            # the page's stamp: "April 27, 2017, The Kremlin, Moscow"; a meeting of the
            # night before ("Last night, Vladimir Putin met ...") named no other place
            base = evolve(base, venue=base.venue or stamped[1], city=base.city or stamped[2])
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
            found.extend(
                each_listed(
                    base,
                    people,
                    listed,
                    source=source,
                    evidence=evidence,
                    words=words,
                    trigger=trigger,
                    date=date,
                    narrative=narrative,
                    from_entry=from_entry,
                )
            )
            last_primary, last_paragraph = len(found) - 1, sentence.paragraph
        elif (
            len(people) >= 2
            and trigger is not None
            and (_ACTIVE.search(words) or agentless().search(words))
            and _he_met_them(
                knowledge,
                text,
                sentence,
                trigger,
                people,
                unknown_speaker=speakers.get(sentence.paragraph) is None,
            )
        ):
            # "He met yesterday with Gazmin and President Aquino": the story's protagonist
            # met each of them, not they each other
            found.extend(
                each_met(
                    base,
                    people,
                    words=words,
                    trigger=trigger,
                    date=date,
                    narrative=narrative,
                    from_entry=from_entry,
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
            more, new_meeting = more_about(
                found, base, target, people=people, words=words, trigger=trigger, day=day
            )
            found.extend(more)
            if new_meeting:
                last_primary = len(found) - 1
            last_paragraph = sentence.paragraph
        elif (
            len(people) == 1
            and trigger is not None
            and _ACTIVE.search(words)
            and not _leads_a_group(text, sentence, trigger, people[0], knowledge)
        ):
            found.extend(
                one_met(
                    base,
                    words=words,
                    trigger=trigger,
                    date=date,
                    narrative=narrative,
                    from_entry=from_entry,
                    met_after=any(
                        m.actor == people[0]
                        and _OBJECT_TITLES.fullmatch(text, sentence.start + trigger.end(), m.start)
                        is not None
                        for m in person_mentions(knowledge, text, sentence)
                    ),
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
    found = with_page_meetings(
        found,
        source,
        knowledge,
        gazetteer,
        dates=dates,
        fallback=fallback,
        speakers=speakers,
        shown_together=shown_together,
    )
    if stamped is not None:
        found = [_at_stamped_place(m, stamped) for m in found]
    return _full_venues(text, gazetteer, [_without_spokespeople(knowledge, m) for m in found])


def _at_stamped_place(
    mention: MeetingMention, stamped: tuple[PartialDate, PlaceMention | None, str | None]
) -> MeetingMention:
    """A meeting of the page's own (a transcript's, a title's) on the day of the page's stamp
    (or of no day), held where the stamp says ("December 7, 2018, The Kremlin, Moscow") when
    it names no place of its own."""
    if len(mention.people) < 2 or (mention.venue is not None and mention.city is not None):
        return mention
    day = None if mention.date is None else mention.date.coarse
    if day not in (None, stamped[0]) or mention.city not in (None, stamped[2]):
        return mention
    return evolve(mention, venue=mention.venue or stamped[1], city=mention.city or stamped[2])


_OBJECT_TITLES = re.compile(
    r"[ \u00a0]+(?:with[ \u00a0]+)?(?:(?:the|of|for|and|(?-i:[A-Z])[\w.’'-]*),?[ \u00a0]+)*"
)
"""Between a meeting word and the one met: "with" and their titles ("met with Somali
President "), not a passive's "hosted on behalf of the President of Russia"."""


def quoted_speakers(statements: Sequence[Statement]) -> tuple[tuple[int, int, ActorId], ...]:
    """The span of each quotation with a speaker, in the text's order: where a sentence
    inside it tells that speaker's own meeting."""
    return tuple(
        sorted(
            (report.start, report.end, statement.speaker)
            for statement in statements
            if statement.kind.is_quoted and statement.speaker is not None
            for report in statement.reports[:1]
        )
    )


def _quoted_by(quoted: Sequence[tuple[int, int, ActorId]], at: int) -> ActorId | None:
    """The speaker of the quotation that holds offset ``at``, if any."""
    index = bisect.bisect_right(quoted, at, key=lambda span: span[0]) - 1
    if index >= 0 and quoted[index][0] <= at < quoted[index][1]:
        return quoted[index][2]
    return None
