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
from collections.abc import Callable, Sequence

from attrs import evolve, frozen

from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.model import (
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
from diplomatic_events.parsing._events import find_events, merge_events
from diplomatic_events.parsing._meetings import (
    MeetingMention,
    find_meeting_mentions,
    merge_meeting_mentions,
    quoted_speakers,
    reference_date,
)
from diplomatic_events.parsing._positions import find_positions, tag_topics
from diplomatic_events.parsing._statements import SourceStatements, merge_statements
from diplomatic_events.parsing._times import SourceTimes
from diplomatic_events.parsing._visit_find import (
    VisitCandidate,
    find_visit,
)
from diplomatic_events.parsing._visit_groups import Group, group_sources
from diplomatic_events.parsing._visit_prepare import SourceVisit, local_knowledge, prepare
from diplomatic_events.typing import ActorId, SourceId, StatementId

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
from diplomatic_events.parsing._visit_build import (
    _actors,
    _between_countries,
    _counterparts,
    _visit,
    _with_meetings_between_countries,
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
    made, loose_meetings = _fold_into_visits(made, loose.meetings)
    return Extraction(
        sources=tuple(sources.values()),
        actors=actors,
        visits=tuple(_with_meetings_between_countries(visit, actors) for visit in made),
        statements=loose.statements,
        meetings=_between_countries(loose_meetings, actors),
        events=loose.events,
        non_quotations=tuple(n for part in per_source for n in part.non_quotations),
        positions=loose.positions,
    )


def _fold_into_visits(
    visits: Sequence[Visit], loose: Sequence[Meeting]
) -> tuple[list[Visit], tuple[Meeting, ...]]:
    """The visits with the meetings of sources no visit holds folded into the visit meeting
    they are another account of (the same kind of meeting of the same people on the same
    day): one meeting with every outlet's report, not the same meeting twice."""
    where: dict[tuple[str, frozenset[str], str], tuple[int, int]] = {}
    for v, visit in enumerate(visits):
        for m, meeting in enumerate(visit.meetings):
            if meeting.date is not None:
                key = (meeting.kind.value, frozenset(meeting.participants), str(meeting.date))
                where.setdefault(key, (v, m))
    if not where:
        return list(visits), tuple(loose)
    meetings = {v: list(visit.meetings) for v, visit in enumerate(visits)}
    kept: list[Meeting] = []
    for meeting in loose:
        key = (meeting.kind.value, frozenset(meeting.participants), str(meeting.date))
        place = where.get(key) if meeting.date is not None else None
        if place is None:
            kept.append(meeting)
            continue
        v, m = place
        held = meetings[v][m]
        meetings[v][m] = evolve(
            held,
            reports=(*held.reports, *meeting.reports),
            evidence=tuple(dict.fromkeys((*held.evidence, *meeting.evidence))),
            location=held.location or meeting.location,
            city=held.city or meeting.city,
        )
    folded = [
        evolve(visit, meetings=tuple(meetings[v])) if meetings[v] != list(visit.meetings) else visit
        for v, visit in enumerate(visits)
    ]
    return folded, tuple(kept)


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
            mentions[sid] = find_meeting_mentions(
                inferred, local, gazetteer, times, quoted_speakers(parts[sid].statements)
            )
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
