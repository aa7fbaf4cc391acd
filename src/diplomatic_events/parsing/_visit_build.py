"""One visit's building: the sources of a visit read together for the meetings of the
visitor with counterparts (each meeting's days and place as the reports agree), the actors
they name, and the related events; what :func:`~._visits.assemble_visit` returns.

Apart from the assembly (:mod:`._visits`), which groups sources into visits and dates the
undated ones, so each reads on its own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from attrs import evolve

from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.knowledge._places import Gazetteer
from diplomatic_events.model import (
    Actor,
    Event,
    Meeting,
    PartialDate,
    Position,
    Precision,
    Source,
    Statement,
    Visit,
)
from diplomatic_events.parsing._events import is_the_visit, merge_events
from diplomatic_events.parsing._meetings import (
    MeetingMention,
    merge_meeting_mentions,
    reference_date,
)
from diplomatic_events.parsing._positions import PositionReading, find_positions, tag_topics
from diplomatic_events.parsing._statements import SourceStatements, merge_statements
from diplomatic_events.parsing._time import TimeExpression
from diplomatic_events.parsing._visit_find import (
    AHEAD_DAYS,
    country_of,
    dateline_city,
)
from diplomatic_events.parsing._visit_groups import Group
from diplomatic_events.parsing._visit_prepare import local_knowledge
from diplomatic_events.typing import ActorId, SourceId, VisitId


def _counterparts(
    mention: MeetingMention, visitor: ActorId, knowledge: KnowledgeBase
) -> tuple[ActorId, ...]:
    home = country_of(knowledge, visitor)
    return tuple(
        person
        for person in mention.people
        if person != visitor and (home is None or country_of(knowledge, person) != home)
    )


_CALENDAR_KINDS = frozenset({"month_day", "day_month", "range"})
"""Kinds of date expressions that write a calendar day out."""
_LATE_SUMMARY_DAYS = 31
"""How long after a trip a page may sum it up and still be dated by it."""


def _met_days(
    group: Group,
    mentions: dict[SourceId, tuple[MeetingMention, ...]],
    knowledge: KnowledgeBase,
    latest: dt.date,
) -> list[dt.date]:
    """The days, within a month before ``latest``, of the visitor's meetings with a
    counterpart that the group's sources write out as calendar days."""
    days: list[dt.date] = []
    for sid in group.sources:
        for mention in mentions[sid]:
            mention = _with_visitor(mention, group.visitor)
            told = mention.date
            if (
                told is None
                or told.date is None
                or told.date.precision is not Precision.DAY
                or told.future
                # a day the meeting's own sentence writes out ("on August 22"), not one
                # carried from another sentence or guessed
                or told.kind not in _CALENDAR_KINDS
                or not _told_in(told, mention)
                or group.visitor not in mention.people
                or not _counterparts(mention, group.visitor, knowledge)
            ):
                continue
            day = told.date.earliest()
            if latest - dt.timedelta(days=_LATE_SUMMARY_DAYS) <= day <= latest:
                days.append(day)
    return days


def _with_visitor(mention: MeetingMention, visitor: ActorId) -> MeetingMention:
    """``mention`` with the visitor among its people where it stands for them: the story's
    protagonist ("he met with ..."), or a member of the party its leader led."""
    if visitor not in mention.people and (mention.implied or visitor in mention.party):
        return evolve(mention, people=(visitor, *mention.people))
    return mention


def _told_in(date: TimeExpression, mention: MeetingMention) -> bool:
    """Whether ``date`` is written in the sentence that tells ``mention``."""
    return any(
        span.source == date.evidence.source and span.start <= date.evidence.start < span.end
        for span in mention.evidence
    )


def _visit(
    number: int,
    group: Group,
    sources: dict[SourceId, Source],
    mentions: dict[SourceId, tuple[MeetingMention, ...]],
    events: dict[SourceId, tuple[Event, ...]],
    parts: dict[SourceId, SourceStatements],
    knowledge: KnowledgeBase,
    gazetteer: Gazetteer,
    readings: Mapping[SourceId, PositionReading] | None = None,
) -> Visit:
    host_city = group.host_city
    timezone = gazetteer.timezone(host_city)
    references = [c.reference for c in group.candidates if c.reference is not None]
    references += [d for sid in group.sources if (d := reference_date(sources[sid])) is not None]
    latest = max(references) if references else None
    days = max((c.days for c in group.candidates if c.days), default=None)
    window_start = None
    if latest is not None:
        window_start = latest - dt.timedelta(days=max(days or 0, 7))
        met_on = _met_days(group, mentions, knowledge, latest)
        if met_on and max(met_on) < window_start:
            # a summary of a trip put out weeks later ("traveled to Nairobi on August 22",
            # published September 5): the days it tells are the trip's, not earlier ones
            window_start = max(met_on) - dt.timedelta(days=max(days or 0, 7))
    own: list[tuple[tuple[ActorId, ...], MeetingMention]] = []
    related: list[Event] = []
    for sid in group.sources:
        filed_from = dateline_city(sources[sid].text, gazetteer)
        # an account put out days before the latest one tells the meetings of its own
        # week: the window opens before the earliest account, not only the latest
        opens = window_start
        if opens is not None and (told_on := reference_date(sources[sid])) is not None:
            opens = min(opens, told_on - dt.timedelta(days=max(days or 0, 7)))
        for mention in mentions[sid]:
            mention = _with_visitor(mention, group.visitor)
            counterparts = _counterparts(mention, group.visitor, knowledge)
            if group.visitor not in mention.people or not counterparts:
                continue
            # a range of days ("Oct. 2-6") is read at the precision that holds it
            day = None if mention.date is None else mention.date.coarse
            # A visit may take in several cities: only a meeting in another country is
            # someone else's ("in Kyiv" during a visit to Moscow), not one in Beijing when
            # the visit's most-named city is Shanghai. A story filed from the city of the
            # meeting ("ST PETERSBURG - ...") reports a leg of a tour of several countries.
            elsewhere = (
                mention.city is not None
                and host_city is not None
                and mention.city not in (host_city, filed_from)
                and gazetteer.country_of_city(mention.city) != group.host_country
            )
            # a month or year that takes in the story's day is the visit's, no earlier one
            coarse_story = (
                day is not None
                and day.precision is not Precision.DAY
                and (latest is None or day.earliest() <= latest <= day.latest())
            )
            # the trip's own stated days ("traveled to Togo July 24-27"), told weeks later,
            # date a meeting the sentence gives no day: they are this visit's by the story
            trip_days = (
                mention.narrative and mention.date is not None and mention.date.date_end is not None
            )
            outside = (
                day is not None
                and not trip_days
                and (
                    (day.precision is not Precision.DAY and not coarse_story)
                    # a month or range that reaches into the window is no earlier meeting
                    or (opens is not None and day.latest() < opens)
                    or (
                        latest is not None
                        and day.earliest() > latest + dt.timedelta(days=AHEAD_DAYS)
                    )
                )
            )
            # a day of the trip's own, with someone of the country the meeting is in: a leg
            # of a tour of several countries ("In Budapest on Monday ... his meeting with
            # Hungarian Defence Minister Benkő" in a visit to Croatia)
            if elsewhere and day is not None and day.precision is Precision.DAY and not outside:
                there = gazetteer.country_of_city(mention.city) if mention.city else None
                local = local_knowledge(knowledge, parts[sid])
                elsewhere = there is None or all(
                    country_of(local, c) != there for c in counterparts
                )
            if elsewhere or outside:
                continue
            party = set(mention.party) if group.visitor in mention.party else set()
            if mention.group:
                # Everyone named met together: one meeting, with the visitor's compatriots too.
                own.append((tuple(sorted(set(mention.people) | party)), mention))
                continue
            if len(counterparts) > 1 and not mention.anaphoric:
                # one after another: the sentence's one day is each meeting's, but what it
                # says of length and time may be any one's, and so may a venue unless it is
                # the sentence's only one ("visited the Ministry of Defense, where they met
                # with A and B")
                venue = mention.venue if _sole_venue(gazetteer, sources, mention) else None
                mention = evolve(mention, durations=(), clock=(), venue=venue)
            for counterpart in counterparts:
                # the visitor's party, when it held the meeting, met each one too
                own.append((tuple(sorted({group.visitor, *party, counterpart})), mention))
        window = None
        if opens is not None and latest is not None:
            window = (opens, latest)
        related.extend(e for e in events[sid] if not is_the_visit(e, group.visitor, window))
    prefix = f"visit-{number}-"
    meetings = merge_meeting_mentions(own, timezone=timezone, prefix=prefix)
    days_met = sorted(m.date for m in meetings if m.date is not None)
    end = days_met[-1] if days_met else None
    start = days_met[0] if days_met else None
    if end is not None and days and end.to_date() is not None:
        first = end.earliest() - dt.timedelta(days=days - 1)
        start = PartialDate.of(min(first, start.earliest() if start else first))
    statements = tag_topics(
        merge_statements(s for sid in group.sources for s in parts[sid].statements),
        knowledge.topics,
    )
    sides = tuple(
        dict.fromkeys(c for c in (country_of(knowledge, group.visitor), group.host_country) if c)
    )
    positions = find_positions(
        [sources[sid] for sid in group.sources],
        statements,
        knowledge,
        gazetteer,
        sides=sides,
        local={sid: local_knowledge(knowledge, parts[sid]) for sid in group.sources},
        readings=readings,
    )
    return Visit(
        id=VisitId(f"visit-{number}"),
        visitor=group.visitor,
        host_country=group.host_country,
        host_city=host_city,
        start=start,
        end=end,
        purpose=next((c.purpose for c in group.candidates if c.purpose), None),
        delegation=tuple(dict.fromkeys(p for c in group.candidates for p in c.delegation)),
        meetings=meetings,
        statements=statements,
        events=merge_events(related),
        positions=positions,
        sources=group.sources,
    )


def _actors(
    per_source: Sequence[SourceStatements],
    knowledge: KnowledgeBase,
    visits: Sequence[Visit],
    statements: Sequence[Statement],
    meetings: Sequence[Meeting],
    events: Sequence[Event],
    positions: Sequence[Position],
) -> tuple[Actor, ...]:
    used: list[ActorId] = []
    for visit in visits:
        if visit.visitor is not None:
            used.append(visit.visitor)
        used.extend(visit.delegation)
        used.extend(p for m in visit.meetings for p in m.participants)
        used.extend(p for e in visit.events for p in e.participants)
        used.extend(s.speaker for s in visit.statements if s.speaker is not None)
        used.extend(p.holder for p in visit.positions if p.holder is not None)
    used.extend(p for m in meetings for p in m.participants)
    used.extend(p for e in events for p in e.participants)
    used.extend(s.speaker for s in statements if s.speaker is not None)
    used.extend(p.holder for p in positions if p.holder is not None)
    used.extend(m.actor for part in per_source for m in part.mentions)
    actors: dict[ActorId, Actor] = {actor.id: actor for part in per_source for actor in part.actors}
    for actor_id in dict.fromkeys(used):
        if actor_id not in actors and (actor := knowledge.actor(actor_id)) is not None:
            actors[actor_id] = actor
    return tuple(actors.values())


def _between_countries(meetings: Sequence[Meeting], actors: Sequence[Actor]) -> tuple[Meeting, ...]:
    """The meetings whose people are not all of one known country.

    Compatriots a text names together ("Langley and Sgt. Maj. Woods met with ...",
    "Richardson and U.S. Ambassador Bradley traveled to ...") are one side of a visit's
    meetings, not a meeting of their own. A person's country is the one the actor table
    settled on, which a single sentence may not have known."""
    country = {actor.id: actor.country for actor in actors}
    kept = []
    for meeting in meetings:
        countries = {country.get(person) for person in meeting.participants}
        if len(countries) == 1 and None not in countries:
            continue
        kept.append(meeting)
    return tuple(kept)


def _with_meetings_between_countries(visit: Visit, actors: Sequence[Actor]) -> Visit:
    kept = _between_countries(visit.meetings, actors)
    return visit if len(kept) == len(visit.meetings) else evolve(visit, meetings=kept)


def _sole_venue(
    gazetteer: Gazetteer, sources: Mapping[SourceId, Source], mention: MeetingMention
) -> bool:
    """Whether the mention's sentence names one venue, its own, and no other, or the venue is
    the one the visitor went to just before (the setting of all the sentence's meetings)."""
    if mention.venue is None or not mention.evidence:
        return False
    span = mention.evidence[0]
    source = sources.get(span.source)
    if source is None:
        return False
    venues = [
        p for p in gazetteer.find(source.id, source.text, span.start, span.end) if p.kind == "venue"
    ]
    if not venues:
        return mention.visited
    # the same place of the text, under whatever fuller name it is written with
    return len(venues) == 1 and venues[0].evidence == mention.venue.evidence
