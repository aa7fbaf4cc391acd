"""The meeting finder: one mention for each sentence that reports or refers to a meeting.

Here is the pass over a source's clauses, which decides sentence by sentence whether one
tells a meeting, and which. The steps of reading one sentence live beside it: its meeting
word (:mod:`._sentence_trigger`), its day (:mod:`._sentence_dates`, with
:mod:`._trip_days`), its people (:mod:`._sentence_people`), its place and lengths
(:mod:`._sentence_setting`), the place it takes from around it (:mod:`._carried_places`),
and the mentions it adds (:mod:`._told_mentions`: of the protagonist's meetings in
:mod:`._implied_meetings`, of a meeting told before in :mod:`._referring_back`); after the
pass, the page's own meetings are added (:mod:`._page_meetings`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from attrs import evolve

from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.knowledge._grammar import grammar, literal_alternation
from diplomatic_events.knowledge._places import Gazetteer, PlaceMention
from diplomatic_events.model import BlockKind, PartialDate, Source, Statement
from diplomatic_events.parsing._discovery._countries import issuer_code
from diplomatic_events.parsing._meetings._bystanders import (
    _recalled,
    _without_spokespeople,
)
from diplomatic_events.parsing._meetings._carried_places import _at_stamped_place, carried_place
from diplomatic_events.parsing._meetings._clues import _clauses, _strangers, deliberated
from diplomatic_events.parsing._meetings._context import _planned, _stamped_place
from diplomatic_events.parsing._meetings._dating import _asides
from diplomatic_events.parsing._meetings._delegations import delegation_pairs
from diplomatic_events.parsing._meetings._groups import _is_group
from diplomatic_events.parsing._meetings._joint_acts import _PRESS_WITH_MEETING
from diplomatic_events.parsing._meetings._merge import _mention_day
from diplomatic_events.parsing._meetings._page_days import (
    _finished_trip,
    _only_day,
    _published_month,
    _sole_day,
    _stated_span,
    _story_day,
    _trip_of_stated_length,
)
from diplomatic_events.parsing._meetings._page_meetings import with_page_meetings
from diplomatic_events.parsing._meetings._parties import _under_a_plan
from diplomatic_events.parsing._meetings._party_members import (
    held_by_the_party,
    met_by_the_party,
    party_members,
)
from diplomatic_events.parsing._meetings._sentence_dates import (
    anchored_day,
    same_day_sequence,
    stated_days,
    undated_day,
)
from diplomatic_events.parsing._meetings._sentence_people import between_people, sentence_people
from diplomatic_events.parsing._meetings._sentence_setting import (
    meeting_lengths,
    meeting_place,
    visited_venue,
    welcomed_at,
)
from diplomatic_events.parsing._meetings._sentence_trigger import (
    _attended,
    cut_at_another_meeting,
    meeting_word,
)
from diplomatic_events.parsing._meetings._sentences import MeetingMention, sentences
from diplomatic_events.parsing._meetings._speaker_labels import (
    answering_speakers,
    block_labels,
    issuer_country,
    labelled_speakers,
)
from diplomatic_events.parsing._meetings._told_mentions import dinner_after, told_mentions
from diplomatic_events.parsing._meetings._trip_days import (
    several_stops,
    stop_country,
    stop_day,
    stop_opened,
)
from diplomatic_events.parsing._meetings._venues import _full_venues, _pictured
from diplomatic_events.parsing._meetings._words import _find_anaphora, _find_press
from diplomatic_events.parsing._time import TimeExpression, find_clock_times
from diplomatic_events.parsing._times import SourceTimes, dates_of
from diplomatic_events.typing import ActorId

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
    sole_day = _sole_day(source, clauses, dates)
    delegations = delegation_pairs(knowledge, text, clauses)
    members = party_members(knowledge, text, clauses)
    shown_together: set[tuple[int, int]] = set()  # clauses of two appearing before the press
    on_day = clauses[0].on() if clauses else None
    labels = block_labels(source, knowledge, on_day)
    speakers = labelled_speakers(source, knowledge, on_day, labels)
    answerers = answering_speakers(labels)
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
        sentence, first, cut = cut_at_another_meeting(knowledge, text, sentence)
        words = text[sentence.start : sentence.end]
        days = stated_days(
            knowledge, source, sentence, first, dates, story=story, trip=trip, captions=captions
        )
        stated, asides, expressions = days.stated, days.asides, days.expressions
        date, told, story = days.date, days.told, days.story
        if (
            story is not told
            and date is not None
            and date.relative
            and quoted
            and _quoted_by(quoted, date.evidence.start) is not None
        ):
            # '"I am here today to listen," Ward said' in a story put out the day after the
            # visit: a speaker's "today" is when the words were said, no day the story tells
            story = told
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
        delegated = delegations.get(index)
        trigger, appeared = meeting_word(
            knowledge, gazetteer, source, sentence, found, first=first, cut=cut, delegated=delegated
        )
        if appeared is not None and trigger is appeared:
            shown_together.add((sentence.start, sentence.end))
        if (
            trigger is not None
            and date is not None
            and date.evidence.start >= sentence.start + trigger.end()
            and deliberated(trigger)
            and _POSSESSIVE_BEFORE.search(text, sentence.start, date.evidence.start) is not None
        ):
            # "discussed Prime Minister Netanyahu's Feb. 15 visit": the day of someone's
            # occasion they discussed, not of their meeting
            date = None
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
            if found and sentence.paragraph - last_paragraph <= _WELCOME_PARAGRAPHS:
                welcomed = welcomed_at(knowledge, gazetteer, source, sentence)
                if welcomed is not None:
                    _welcomed_there(found, *welcomed, date)
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
            answerers=answerers,
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
            sole_day=sole_day,
            at_a_stop=summed_up and stop_opened(gazetteer, source, sentence) is not None,
            summed_up=summed_up,
        )
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
        people = met_by_the_party(knowledge, people, held_by)
        base = evolve(
            base, people=tuple(people), party=held_by.members, party_leader=held_by.leader
        )
        base, last_place, visited, placed = carried_place(
            knowledge,
            text,
            sentence,
            words,
            base,
            venue=venue,
            city=city,
            people=people,
            trigger=trigger,
            anaphora=anaphora,
            date=date,
            narrative=narrative,
            last_place=last_place,
            visited=visited,
            placed=placed,
            stamped=stamped,
        )
        adds = told_mentions(
            knowledge,
            text,
            source,
            sentence,
            words,
            base,
            found,
            people=people,
            listed=listed,
            trigger=trigger,
            anaphora=anaphora,
            pictured=pictured,
            evidence=evidence,
            date=date,
            narrative=narrative,
            from_entry=from_entry,
            speakers=speakers,
            last_primary=last_primary,
            last_paragraph=last_paragraph,
            headings=headings,
        )
        if adds is None:
            continue
        found.extend(adds.mentions)
        if (
            date is None
            and story is not None
            and narrative is story[0]
            and same_day_sequence().match(text, sentence.start, sentence.end) is not None
        ):
            # "Following the interview, A met B ... In the afternoon, A met C": a meeting of
            # the day the story is telling keeps telling it
            story = (story[0], sentence.paragraph)
        if adds.primary:
            last_primary = len(found) - 1
        last_paragraph = sentence.paragraph
        if adds.anaphoric:
            continue
        primary = found[-1]
        if (primary_day := _mention_day(primary)) is not None:
            last_day = primary_day
        dinner = dinner_after(
            source, sentence, words, primary, meal_durations=meal_durations, evidence=evidence
        )
        if dinner is not None:
            found.append(dinner)
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
    return _full_venues(
        text,
        gazetteer,
        [_without_spokespeople(knowledge, m) for m in found if not _recalled(knowledge, m)],
        knowledge.event_cues.gathering,
    )


_WELCOME_PARAGRAPHS = 6
"""How many paragraphs after a meeting a welcome may tell where it was: a page's statements
open a few short lines below its lead ("View the statements" / "X said:" / "I am delighted to
welcome Prime Minister Szydło to Downing Street this afternoon")."""


def _welcomed_there(
    found: list[MeetingMention],
    venue: PlaceMention,
    guests: Sequence[ActorId],
    date: TimeExpression | None,
) -> None:
    """The venue of the meeting told last, when the sentence after it welcomes one of its
    people there ("X today met with Prime Minister Luxon. 'It was a pleasure to welcome
    Prime Minister Luxon to the U.S. Capitol today'") on the same day, and it named none."""
    told = [i for i, m in enumerate(found) if m.evidence == found[-1].evidence]
    if any(found[i].venue is not None for i in told):
        return
    day = _mention_day(found[-1])
    if date is not None and day is not None and date.coarse != day:
        return  # another day's welcome
    for i in told:
        if set(guests) & set(found[i].people):
            found[i] = evolve(found[i], venue=venue, city=found[i].city or venue.city)


_OBJECT_TITLES = re.compile(
    r"[ \u00a0]+(?:with[ \u00a0]+)?(?:(?:the|of|for|and|(?-i:[A-Z])[\w.’'-]*),?[ \u00a0]+)*"
)
"""Between a meeting word and the one met: "with" and their titles ("met with Somali
President "), not a passive's "hosted on behalf of the President of Russia"."""


_POSSESSIVE_BEFORE = re.compile(r"[’']s[ \u00a0]+$")
"""A possessive right before a day ("Netanyahu's Feb. 15 visit"): the day of its owner's."""


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
