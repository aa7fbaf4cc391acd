"""Grouping the sources that report a visit into visits, and the visits' adoptions.

Sources about the same visitor and host within ``SAME_VISIT_DAYS`` form one visit
(:func:`group_keys`); a source of no visit of its own that shows the visitor meeting someone
of the host country within the visit's days joins it (:func:`adoptions`).
:func:`group_sources` does both for :func:`~._visits.assemble` and the worker pools; the
keys alone serve :func:`~diplomatic_events.parse_stream` and the Dask engine.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from attrs import evolve, frozen

from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.model import Source
from diplomatic_events.parsing._meetings import MeetingMention, reference_date
from diplomatic_events.parsing._visit_find import (
    AHEAD_DAYS,
    SAME_VISIT_DAYS,
    VisitCandidate,
    country_of,
)
from diplomatic_events.typing import ActorId, SourceId

if TYPE_CHECKING:
    from diplomatic_events.parsing._visit_prepare import SourceVisit

__all__ = [
    "Group",
    "GroupKey",
    "GroupSpan",
    "MeetingCountries",
    "adopted_candidate",
    "adoptions",
    "group_key",
    "group_keys",
    "group_sources",
    "group_span",
    "meeting_countries",
]


@frozen(kw_only=True)
class Group:
    """The sources of one visit: its visitor, host and candidates, in the order they joined."""

    visitor: ActorId
    host_country: str
    candidates: tuple[VisitCandidate, ...]

    @property
    def sources(self) -> tuple[SourceId, ...]:
        return tuple(c.source for c in self.candidates)

    @property
    def host_city(self) -> str | None:
        votes = Counter(c.host_city for c in self.candidates if c.host_city is not None)
        return votes.most_common(1)[0][0] if votes else None


GroupKey = tuple[ActorId, str, dt.date | None]
"""What grouping needs of a visit candidate: its visitor, host country and date."""


def group_key(candidate: VisitCandidate) -> GroupKey:
    """The visitor, host country and date of ``candidate``: all :func:`group_keys` reads."""
    return (candidate.visitor, candidate.host_country, candidate.reference)


def _group(candidates: Sequence[VisitCandidate]) -> list[Group]:
    """The candidates grouped into visits (see :func:`group_keys`)."""
    return [
        Group(
            visitor=candidates[members[0]].visitor,
            host_country=candidates[members[0]].host_country,
            candidates=tuple(candidates[member] for member in members),
        )
        for members in group_keys([group_key(c) for c in candidates])
    ]


def group_keys(keys: Sequence[GroupKey]) -> list[list[int]]:
    """Candidates grouped into visits: same visitor and host, dates within 20 days.

    ``keys`` are the candidates' :func:`group_key`; each group is the positions in ``keys``
    of its members, in the order they joined, and the groups come in the order they were
    opened (the visits' numbers).

    A candidate joins the first group (in the order groups were opened) that accepts it,
    taking candidates by date, undated ones last. The candidates are blocked by visitor and
    host first, so each is checked only against the groups of its own block; and since dated
    candidates come in date order, a group whose first date lies more than
    ``SAME_VISIT_DAYS`` before a candidate's is closed to every later dated candidate. The
    groups are those comparing each candidate with every group would make, in near-linear
    time.
    """
    members: list[list[int]] = []
    earliest: list[dt.date | None] = []
    blocks: dict[tuple[ActorId, str], list[int]] = {}
    first_open: dict[tuple[ActorId, str], int] = {}
    ordered = sorted(
        range(len(keys)), key=lambda i: (keys[i][2] is None, keys[i][2] or dt.date.min)
    )
    for index in ordered:
        visitor, host_country, reference = keys[index]
        key = (visitor, host_country)
        block = blocks.setdefault(key, [])
        chosen: int | None = None
        if reference is None:
            # an undated candidate fits every group of its visitor and host: the first
            chosen = block[0] if block else None
        else:
            position = first_open.get(key, 0)
            while position < len(block):
                opened = earliest[block[position]]
                if opened is None or (reference - opened).days <= SAME_VISIT_DAYS:
                    break
                position += 1
            first_open[key] = position
            chosen = block[position] if position < len(block) else None
        if chosen is None:
            block.append(len(members))
            members.append([index])
            earliest.append(reference)
        else:
            members[chosen].append(index)
            if earliest[chosen] is None:
                earliest[chosen] = reference
    return members


def _adopt(
    groups: list[Group],
    prepared: Sequence[SourceVisit],
    sources: Mapping[SourceId, Source],
    knowledge: KnowledgeBase,
) -> list[Group]:
    """The groups, each with the sources of no visit of their own that report its meeting.

    A short readout ("Secretary Austin met Minister Blaszczak at the Pentagon today") names
    the visitor once and is no visit by itself, but it is one more account of the visit whose
    visitor it shows meeting someone of the host country within the visit's days: it joins
    that visit, so its meeting is merged with the other accounts' instead of standing apart
    (see :func:`adoptions`).
    """
    loose = [
        (visit, reference_date(sources[visit.source]))
        for visit in prepared
        if visit.candidate is None and visit.loose_meetings
    ]
    chosen = adoptions(
        [group_span(group.visitor, group.host_country, group.candidates) for group in groups],
        [(reference, meeting_countries(visit, knowledge)) for visit, reference in loose],
    )
    adopted: dict[int, list[VisitCandidate]] = {}
    for (visit, reference), index in zip(loose, chosen, strict=True):
        if index is not None:
            group = groups[index]
            adopted.setdefault(index, []).append(
                adopted_candidate(visit.source, group.visitor, group.host_country, reference)
            )
    if not adopted:
        return groups
    return [
        evolve(group, candidates=(*group.candidates, *adopted.get(index, ())))
        for index, group in enumerate(groups)
    ]


GroupSpan = tuple[ActorId, str, dt.date | None, dt.date | None]
"""A visit's group as adoption sees it: visitor, host country, first and last day its
sources give (``None`` when none is dated)."""
MeetingCountries = tuple[tuple[ActorId, frozenset[str | None]], ...]
"""Each participant of a source's meetings, with the countries of the others he met."""


def group_span(
    visitor: ActorId, host_country: str, candidates: Iterable[VisitCandidate | GroupKey]
) -> GroupSpan:
    """The :data:`GroupSpan` of a group of these candidates (or their :func:`group_key`)."""
    days = [
        day
        for c in candidates
        if (day := c.reference if isinstance(c, VisitCandidate) else c[2]) is not None
    ]
    return (visitor, host_country, min(days, default=None), max(days, default=None))


def meeting_countries(visit: SourceVisit, knowledge: KnowledgeBase) -> MeetingCountries:
    """The :data:`MeetingCountries` of a source of no visit (from its own meetings): those
    :func:`prepare` read with the source's own people, else :func:`met_countries` here."""
    return visit.met_countries or met_countries(visit.loose_meetings, knowledge)


def met_countries(
    loose: Sequence[tuple[tuple[ActorId, ...], MeetingMention]], knowledge: KnowledgeBase
) -> MeetingCountries:
    """Each participant of a source's loose meetings, with the countries of the others he
    met, each once. ``knowledge`` holds the people the source introduced ("MINISTER IRAKLI
    ALASANIA" in a transcript); one of no known country is of the country the meeting's
    city is in, when the text names one."""
    gazetteer = knowledge.places
    found: dict[tuple[ActorId, frozenset[str | None]], None] = {}
    for people, mention in loose:
        there = None if mention.city is None else gazetteer.country_of_city(mention.city)
        for person in people:
            countries = frozenset(
                country_of(knowledge, other) or there for other in people if other != person
            )
            found[(person, countries)] = None
    return tuple(found)


def adopted_candidate(
    source: SourceId, visitor: ActorId, host_country: str, reference: dt.date | None
) -> VisitCandidate:
    """The candidate standing for a source of no visit that a visit adopts."""
    return VisitCandidate(
        source=source, visitor=visitor, host_country=host_country, reference=reference
    )


def adoptions(
    groups: Sequence[GroupSpan], loose: Iterable[tuple[dt.date | None, MeetingCountries]]
) -> list[int | None]:
    """For each source of no visit, the one group that adopts it, or ``None``.

    ``loose`` gives each source's date and :func:`meeting_countries`. A group adopts a
    source that shows its visitor meeting someone of its host country, published from
    ``AHEAD_DAYS`` before its first day to ``SAME_VISIT_DAYS`` after its last; a source
    that several groups would adopt, or none, stays on its own. Groups are looked up by
    visitor, so each meeting is checked against its participants' visits only.
    """
    by_visitor: dict[ActorId, list[int]] = {}
    for index, (visitor, _, _, _) in enumerate(groups):
        by_visitor.setdefault(visitor, []).append(index)
    found: list[int | None] = []
    for reference, meetings in loose:
        chosen: set[int] = set()
        for person, countries in meetings:
            for index in by_visitor.get(person, ()):
                _, host_country, first, last = groups[index]
                if host_country not in countries or reference is None:
                    continue
                if first is None or last is None:
                    continue
                if (
                    first - dt.timedelta(days=AHEAD_DAYS)
                    <= reference
                    <= last + dt.timedelta(days=SAME_VISIT_DAYS)
                ):
                    chosen.add(index)
        found.append(chosen.pop() if len(chosen) == 1 else None)
    return found


def group_sources(
    prepared: Sequence[SourceVisit], sources: Mapping[SourceId, Source], knowledge: KnowledgeBase
) -> list[Group]:
    """The visits' groups of these sources, in order (the visits' numbers).

    ``prepared`` is each source's :func:`~._visit_prepare.prepare`, in input order, and
    ``sources`` the sources by id. The candidates are grouped (:func:`group_keys`), then
    each group adopts the sources of no visit that report its meeting (:func:`adoptions`).
    """
    candidates = [c for visit in prepared if (c := visit.candidate) is not None]
    return _adopt(_group(candidates), prepared, sources, knowledge)
