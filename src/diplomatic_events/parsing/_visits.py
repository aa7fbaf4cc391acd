"""Reconstructing visits from sources and their statements: the assembly.

Each source is read for the visit it reports (:mod:`._visit_find`) and what else the
assembly needs of it alone (:mod:`._visit_prepare`); sources about the same visitor, host
and month form one :class:`~diplomatic_events.model.Visit` (:mod:`._visit_groups`). Here, a
source without a date is dated from the other reports of its visit, through a meeting both
describe; meetings of the visitor with counterparts become the visit's meetings; other
meetings and dated happenings become related events (:func:`assemble`,
:func:`assemble_visit`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence

from attrs import evolve, frozen

from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.knowledge._places import Gazetteer
from diplomatic_events.model import (
    Actor,
    Event,
    Extraction,
    Meeting,
    PartialDate,
    Position,
    Precision,
    PublishedOrigin,
    Source,
    Statement,
    Visit,
)
from diplomatic_events.parsing._events import find_events, is_the_visit, merge_events
from diplomatic_events.parsing._meetings import (
    MeetingMention,
    find_meeting_mentions,
    merge_meeting_mentions,
    reference_date,
)
from diplomatic_events.parsing._positions import PositionReading, find_positions, tag_topics
from diplomatic_events.parsing._statements import SourceStatements, merge_statements
from diplomatic_events.parsing._time import TimeExpression
from diplomatic_events.parsing._times import SourceTimes
from diplomatic_events.parsing._visit_find import (
    AHEAD_DAYS,
    VisitCandidate,
    country_of,
    dateline_city,
    find_visit,
)
from diplomatic_events.parsing._visit_groups import Group, group_sources
from diplomatic_events.parsing._visit_prepare import SourceVisit, local_knowledge, prepare
from diplomatic_events.typing import ActorId, SourceId, StatementId, VisitId

__all__ = [
    "LoosePart",
    "Member",
    "PendingVisits",
    "SourceVisit",
    "VisitCandidate",
    "assemble",
    "assemble_loose",
    "assemble_visit",
    "find_visit",
    "local_knowledge",
    "prepare",
]


def _counterparts(
    mention: MeetingMention, visitor: ActorId, knowledge: KnowledgeBase
) -> tuple[ActorId, ...]:
    home = country_of(knowledge, visitor)
    return tuple(
        person
        for person in mention.people
        if person != visitor and (home is None or country_of(knowledge, person) != home)
    )


def _infer_published(
    source: Source,
    mentions: Sequence[MeetingMention],
    dated: dict[SourceId, tuple[MeetingMention, ...]],
    published: dict[SourceId, dt.date],
    visitor: ActorId,
    knowledge: KnowledgeBase,
) -> Source | None:
    """Date an undated source through a meeting that other reports of the visit date.

    The undated source says "Monday"; a dated report gives the same meeting (same
    participants) a day that is a Monday. The source was then written on or after that day:
    on the earliest publication day of the other reports that is not before it.
    """
    for mention in mentions:
        if mention.date is None or mention.date.weekday is None or mention.date.date is not None:
            continue
        people = set(_counterparts(mention, visitor, knowledge))
        if len(people) != 1:
            continue
        for other, others in dated.items():
            for match in others:
                day = None if match.date is None else match.date.date
                if day is None or day.precision is not Precision.DAY:
                    continue
                if set(_counterparts(match, visitor, knowledge)) != people:
                    continue
                when = day.earliest()
                if when.weekday() != mention.date.weekday:
                    continue
                later = sorted(d for d in published.values() if d >= when)
                chosen = later[0] if later else when
                reason = (
                    f'its "{mention.date.evidence.text}" meeting of {visitor} with '
                    f"{', '.join(sorted(people))} is dated {when.isoformat()} by source {other};"
                    f" dated as the other reports of the visit published on or after that day"
                )
                return evolve(
                    source,
                    published=dt.datetime(chosen.year, chosen.month, chosen.day, tzinfo=dt.UTC),
                    published_date=PartialDate.of(chosen),
                    published_inferred=True,
                    published_reason=reason,
                    published_origin=PublishedOrigin.INFERRED,
                )
    return None


def _own_positions(
    found: SourceVisit, part: SourceStatements, merged: dict[tuple[SourceId, int, int], str]
) -> tuple[Position, ...] | None:
    """A loose source's positions found from its own statements, citing the merged ones.

    A position cites the statements reported in its clauses, and only how they are cited
    depends on the statements given: one own statement is the merged statement holding its
    reports, exactly. A position citing several may cite them in another order once they are
    merged: then ``None``, and the caller finds the source's positions again.
    """
    own = {statement.id: statement for statement in part.statements}
    positions: list[Position] = []
    for position in found.loose_positions:
        cited = tuple(dict.fromkeys(position.statements))
        if len(cited) > 1:
            return None
        if cited:
            report = own[cited[0]].reports[0]
            key = (report.source, report.start, report.end)
            position = evolve(position, statements=(StatementId(merged[key]),))
        positions.append(position)
    return tuple(positions)


@frozen(kw_only=True)
class PendingVisits:
    """Visits being assembled elsewhere (by worker processes), for :func:`assemble`.

    ``sources`` are the sources their groups hold, known as soon as the sources are
    grouped; ``wait`` returns the visits (as ``visits`` of :func:`assemble` lists them) once
    they are done. :func:`assemble` calls it only after the sources of no visit are
    assembled, so that work overlaps with the visits'.
    """

    sources: frozenset[SourceId]
    wait: Callable[[], Sequence[Extraction]]


def assemble(
    per_source: Sequence[SourceStatements],
    knowledge: KnowledgeBase,
    prepared: Sequence[SourceVisit] | None = None,
    visits: Sequence[Extraction] | PendingVisits | None = None,
    loose: LoosePart | None = None,
) -> Extraction:
    """One :class:`Extraction` from what each source said.

    ``prepared`` is :func:`prepare` of each of ``per_source``, in the same order, when it was
    found elsewhere (in worker processes); by default it is found here. ``visits``, when
    given, are the visits already assembled elsewhere (by worker processes, on a Dask
    cluster): for each group these sources make (:func:`group_keys`, then
    :func:`adoptions`), in order, its :func:`assemble_visit`; or :class:`PendingVisits`,
    waited for once the sources of no visit are assembled. ``loose``, when given with
    ``visits``, is :func:`assemble_loose` of the sources no visit holds, assembled
    elsewhere (on a Dask cluster): ``prepared`` is then not needed, and of each of
    ``per_source`` only the source, actors, mentions (one per actor is enough) and
    non-quotations are read.

    .. versionadded:: 0.1.0
    """
    sources: dict[SourceId, Source] = {part.source.id: part.source for part in per_source}
    parts = {part.source.id: part for part in per_source}
    found: dict[SourceId, SourceVisit] = {}
    if loose is None or visits is None:
        if prepared is None:
            prepared = [prepare(part, knowledge) for part in per_source]
        found = {visit.source: visit for visit in prepared}
    made: list[Visit] = []
    assigned: set[SourceId] = set()
    if isinstance(visits, PendingVisits):
        assigned.update(visits.sources)
    elif visits is not None:
        for done in visits:
            made.extend(done.visits)
            sources.update((source.id, source) for source in done.sources)
            assigned.update(source.id for source in done.sources)
    else:
        groups = group_sources([found[sid] for sid in sources], sources, knowledge)
        for number, group in enumerate(groups, start=1):
            visit, dated = _group_visit(number, group, sources, parts, found, knowledge)
            sources.update(dated)
            made.append(visit)
            assigned.update(group.sources)
    if loose is None:
        loose = assemble_loose(
            [(parts[sid], found[sid]) for sid in sources if sid not in assigned], knowledge
        )
    if isinstance(visits, PendingVisits):
        # the sources of no visit are done: now wait for the visits (their sources are
        # already in ``sources``, in input order; an undated one comes back dated)
        for done in visits.wait():
            made.extend(done.visits)
            sources.update((source.id, source) for source in done.sources)
    actors = _actors(
        per_source,
        knowledge,
        made,
        loose.statements,
        loose.meetings,
        loose.events,
        loose.positions,
    )
    return Extraction(
        sources=tuple(sources.values()),
        actors=actors,
        visits=tuple(_with_meetings_between_countries(visit, actors) for visit in made),
        statements=loose.statements,
        meetings=_between_countries(loose.meetings, actors),
        events=loose.events,
        non_quotations=tuple(n for part in per_source for n in part.non_quotations),
        positions=loose.positions,
    )


@frozen(kw_only=True)
class LoosePart:
    """The sources of no visit assembled together (:func:`assemble_loose`): what they say,
    merged across them, with the meetings, events and positions they tell."""

    statements: tuple[Statement, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    events: tuple[Event, ...] = ()
    positions: tuple[Position, ...] = ()


def assemble_loose(
    members: Sequence[tuple[SourceStatements, SourceVisit]], knowledge: KnowledgeBase
) -> LoosePart:
    """The sources of no visit (each with its :func:`prepare`, in input order) assembled
    together, as :func:`assemble` assembles them: their statements merged, their meetings
    and related events, and each one's positions."""
    gazetteer = knowledge.places
    statements = tag_topics(
        merge_statements(s for part, _ in members for s in part.statements), knowledge.topics
    )
    events = merge_events(e for _, found in members for e in found.events)
    meetings = merge_meeting_mentions(
        [pair for _, found in members for pair in found.loose_meetings],
        timezone=None,
        prefix="",
    )
    # each source of no visit on its own: two stories' positions are not one position; a
    # source's positions cite only statements it reports, so each is given only those
    reported: dict[SourceId, list[Statement]] = {part.source.id: [] for part, _ in members}
    merged: dict[tuple[SourceId, int, int], str] = {}
    for statement in statements:
        for report in statement.reports:
            merged[(report.source, report.start, report.end)] = statement.id
        for sid in dict.fromkeys(report.source for report in statement.reports):
            if sid in reported:
                reported[sid].append(statement)
    positions: list[Position] = []
    for part, found in members:
        sid = part.source.id
        own = _own_positions(found, part, merged)
        if own is None:
            local = local_knowledge(knowledge, part)
            reading = found.reading
            own = find_positions(
                [part.source],
                reported[sid],
                local,
                gazetteer,
                readings=None if reading is None else {sid: reading},
            )
        positions.extend(own)
    return LoosePart(
        statements=statements, meetings=meetings, events=events, positions=tuple(positions)
    )


def _group_visit(
    number: int,
    group: Group,
    sources: dict[SourceId, Source],
    parts: dict[SourceId, SourceStatements],
    found: dict[SourceId, SourceVisit],
    knowledge: KnowledgeBase,
) -> tuple[Visit, dict[SourceId, Source]]:
    """The visit of one group, and its sources (an undated one dated from the others).

    Needs only the group's own sources, parts and per-source findings, so that each group
    can be assembled on its own (:func:`assemble_visit`).
    """
    gazetteer = knowledge.places
    own = {sid: sources[sid] for sid in group.sources}
    mentions = {sid: found[sid].mentions for sid in group.sources}
    events_of = {sid: found[sid].events for sid in group.sources}
    published = {sid: day for sid in group.sources if (day := reference_date(own[sid])) is not None}
    dated = {sid: mentions[sid] for sid in published}
    for sid in group.sources:
        if sid in published or own[sid].entries:
            continue
        if own[sid].published_date is not None and not own[sid].published_inferred:
            continue  # dated to the month by its page or its caller: nothing to infer
        inferred = _infer_published(
            own[sid], mentions[sid], dated, published, group.visitor, knowledge
        )
        if inferred is not None:
            own[sid] = inferred
            local = local_knowledge(knowledge, parts[sid])
            # read again on the inferred day: the meeting and event passes share the dates
            # of each window, found when first asked for
            times = SourceTimes(source=inferred.id, text=inferred.text)
            mentions[sid] = find_meeting_mentions(inferred, local, gazetteer, times)
            events_of[sid] = find_events(inferred, local, gazetteer, times=times)
    readings = {sid: r for sid in group.sources if (r := found[sid].reading) is not None}
    visit = _visit(number, group, own, mentions, events_of, parts, knowledge, gazetteer, readings)
    return visit, own


Member = tuple[SourceStatements, SourceVisit, VisitCandidate]
"""One source of a visit: what it said, its :func:`prepare`, and its candidate (its own, or
the one :func:`adopted_candidate` makes for a source the visit adopts)."""


def assemble_visit(number: int, members: Sequence[Member], knowledge: KnowledgeBase) -> Extraction:
    """The extraction of one visit, from its group's sources.

    ``members`` are the group's sources in the order they joined it (the group
    :func:`group_keys` made, then the sources it adopts, see :func:`adoptions`), and
    ``number`` the group's place among the groups: the visit is the one :func:`assemble`
    gives all the sources (``visit-{number}``), with its sources (in ``members`` order, an
    undated one dated from the others), their actors and non-quotations.
    """
    assert members, "a visit has sources"
    candidates = tuple(candidate for _, _, candidate in members)
    group = Group(
        visitor=candidates[0].visitor,
        host_country=candidates[0].host_country,
        candidates=candidates,
    )
    per_source = [part for part, _, _ in members]
    sources = {part.source.id: part.source for part in per_source}
    parts = {part.source.id: part for part in per_source}
    found = {visit.source: visit for _, visit, _ in members}
    visit, dated = _group_visit(number, group, sources, parts, found, knowledge)
    actors = _actors(per_source, knowledge, [visit], (), (), (), ())
    return Extraction(
        sources=tuple(dated[part.source.id] for part in per_source),
        actors=actors,
        visits=(_with_meetings_between_countries(visit, actors),),
        non_quotations=tuple(n for part in per_source for n in part.non_quotations),
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
            if mention.implied and group.visitor not in mention.people:
                mention = evolve(mention, people=(group.visitor, *mention.people))
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
            if mention.group:
                # Everyone named met together: one meeting, with the visitor's compatriots too.
                own.append((tuple(sorted(set(mention.people))), mention))
                continue
            if len(counterparts) > 1 and not mention.anaphoric:
                # one after another: the sentence's one day is each meeting's, but what it
                # says of length and time may be any one's, and so may a venue unless it is
                # the sentence's only one ("visited the Ministry of Defense, where they met
                # with A and B")
                venue = mention.venue if _sole_venue(gazetteer, sources, mention) else None
                mention = evolve(mention, durations=(), clock=(), venue=venue)
            for counterpart in counterparts:
                own.append((tuple(sorted((group.visitor, counterpart))), mention))
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
    """Whether the mention's sentence names one venue, its own, and no other."""
    if mention.venue is None or not mention.evidence:
        return False
    span = mention.evidence[0]
    source = sources.get(span.source)
    if source is None:
        return False
    venues = [
        p for p in gazetteer.find(source.id, source.text, span.start, span.end) if p.kind == "venue"
    ]
    return len(venues) == 1 and venues[0].name == mention.venue.name
