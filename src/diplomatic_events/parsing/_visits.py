"""Reconstructing visits from sources and their statements.

Each source is read for the visit it reports (the person the "visit"/"trip" sentences are
about, and the foreign city or country they name); sources about the same visitor, host and
month form one :class:`~diplomatic_events.model.Visit`. A source without a date is dated from
the other reports of its visit, through a meeting both describe. Meetings of the visitor with
counterparts become the visit's meetings; other meetings and dated happenings become related
events.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence

from attrs import evolve, frozen

from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.knowledge._places import Gazetteer
from diplomatic_events.model import (
    Actor,
    ActorKind,
    Event,
    Extraction,
    Meeting,
    PartialDate,
    Precision,
    Source,
    Statement,
    Visit,
)
from diplomatic_events.parsing._events import find_events, merge_events
from diplomatic_events.parsing._meetings import (
    MeetingMention,
    find_meeting_mentions,
    merge_meeting_mentions,
    person_mentions,
    persons,
    reference_date,
    sentences,
)
from diplomatic_events.parsing._positions import find_positions, tag_topics
from diplomatic_events.parsing._quantities import find_durations
from diplomatic_events.parsing._statements import SourceStatements, merge_statements
from diplomatic_events.typing import ActorId, SourceId, VisitId

__all__ = ["VisitCandidate", "assemble", "find_visit"]

_VISIT_CUE = re.compile(
    r"\b(?:visit\w*|trip|travel\w*|arriv\w*|landed|tour\w*|wrapp\w+\s+up|in\s+(?:the\s+)?"
    r"(?:Chinese|Indian|Russian|German|French|Japanese)?\s*capital)\b",
    re.IGNORECASE,
)
_PURPOSE = re.compile(
    r"\b(?:aimed\s+at|in\s+a\s+bid\s+to|intended\s+to|seeking\s+to|designed\s+to)\s+"
    r"(?P<purpose>[^.;,]+)",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(
    r"[;:.!?—–]|,\s+(?!and\b|or\b)(?=[a-z])|\b(?:met|meets|meet|said|says|told|held|arrived)\b"
)
"""Where the list of people after a delegation cue stops."""
_POSSESSIVE = ("'s", "’s")
"""After a name: the person owns what follows ("Habeck's staff") and is not named as travelling."""
_MIN_VISIT_SENTENCES = 2
_SAME_VISIT_DAYS = 20


@frozen(kw_only=True)
class VisitCandidate:
    """The visit one source is about: who travelled where, and how strongly the text says so."""

    source: SourceId
    visitor: ActorId
    host_country: str
    host_city: str | None = None
    sentences: int = 0
    reference: dt.date | None = None
    purpose: str | None = None
    days: int | None = None
    """The visit's length in days when the text gives it ("a two-day visit")."""
    delegation: tuple[ActorId, ...] = ()
    """People the text says travel with the visitor ("accompanied by ...")."""


def find_visit(
    source: Source, knowledge: KnowledgeBase, gazetteer: Gazetteer | None = None
) -> VisitCandidate | None:
    """The visit ``source`` reports, or ``None`` when it mentions visits only in passing.

    The visitor is the person most often named in sentences about a visit or trip together
    with a place abroad (a city or country other than their own); they must be named in at
    least two such sentences and be among the two most-named people of the source.
    """
    gazetteer = gazetteer or knowledge.places
    text = source.text
    votes: Counter[ActorId] = Counter()
    named: Counter[ActorId] = Counter()
    cities: dict[ActorId, Counter[str]] = {}
    countries: dict[ActorId, Counter[str]] = {}
    purpose: str | None = None
    days: int | None = None
    travelling: dict[ActorId, list[ActorId]] = {}
    cues = knowledge.event_cues.delegation
    for sentence in sentences(source):
        people = persons(knowledge, text, sentence)
        named.update(people)
        if cues is not None and people:
            for cue in cues.finditer(text, sentence.start, sentence.end):
                before = persons(knowledge, text, sentence, sentence.start, cue.start())
                if not before:
                    continue
                stop = _CLAUSE_END.search(text, cue.end(), sentence.end)
                end = sentence.end if stop is None else stop.start()
                after = [
                    m.actor
                    for m in person_mentions(knowledge, text, sentence)
                    if cue.end() <= m.start < end and text[m.end : m.end + 2] not in _POSSESSIVE
                ]
                companions = travelling.setdefault(before[0], [])
                companions.extend(p for p in after if p != before[0] and p not in companions)
        words = text[sentence.start : sentence.end]
        if not _VISIT_CUE.search(words):
            continue
        places = gazetteer.find(source.id, text, sentence.start, sentence.end)
        for person in people:
            actor = knowledge.actor(person)
            home = None if actor is None else actor.country
            abroad = [p for p in places if p.country is not None and p.country != home]
            if not abroad:
                continue
            votes[person] += 1
            for place in abroad:
                assert place.country is not None
                countries.setdefault(person, Counter())[place.country] += 1
                if place.city is not None:
                    cities.setdefault(person, Counter())[place.city] += 1
        if purpose is None and (found := _PURPOSE.search(words)) is not None:
            purpose = found["purpose"].strip()
        if days is None:
            for duration in find_durations(
                source.id, text, sentence.start, sentence.end, rules=knowledge.hedges
            ):
                if duration.text.endswith(("day", "days")) and duration.low_minutes:
                    days = round(duration.low_minutes / 1440)
                    break
    if not votes:
        return None
    visitor, count = votes.most_common(1)[0]
    top_named = {actor for actor, _ in named.most_common(2)}
    if count < _MIN_VISIT_SENTENCES or visitor not in top_named:
        return None
    host_country = countries[visitor].most_common(1)[0][0]
    city_votes = cities.get(visitor, Counter())
    host_city = next(
        (c for c, _ in city_votes.most_common() if gazetteer.country_of_city(c) == host_country),
        None,
    )
    return VisitCandidate(
        source=source.id,
        visitor=visitor,
        host_country=host_country,
        host_city=host_city,
        sentences=count,
        reference=reference_date(source),
        purpose=purpose,
        days=days,
        delegation=tuple(
            p
            for p in travelling.get(visitor, ())
            if _country(knowledge, p) is None or _country(knowledge, p) != host_country
        ),
    )


@frozen(kw_only=True)
class _Group:
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

    def accepts(self, candidate: VisitCandidate) -> bool:
        if (candidate.visitor, candidate.host_country) != (self.visitor, self.host_country):
            return False
        if candidate.reference is None:
            return True
        dated = [c.reference for c in self.candidates if c.reference is not None]
        return all(abs((d - candidate.reference).days) <= _SAME_VISIT_DAYS for d in dated)


def _group(candidates: Sequence[VisitCandidate]) -> list[_Group]:
    groups: list[_Group] = []
    ordered = sorted(candidates, key=lambda c: (c.reference is None, c.reference or dt.date.min))
    for candidate in ordered:
        for index, group in enumerate(groups):
            if group.accepts(candidate):
                groups[index] = evolve(group, candidates=(*group.candidates, candidate))
                break
        else:
            groups.append(
                _Group(
                    visitor=candidate.visitor,
                    host_country=candidate.host_country,
                    candidates=(candidate,),
                )
            )
    return groups


def _with_discovered(knowledge: KnowledgeBase, part: SourceStatements) -> KnowledgeBase:
    """The knowledge plus the people this source introduced ("its party secretary, Chen
    Jining"): a meeting with someone no data file knows is still a meeting."""
    people = [
        actor
        for actor in part.actors
        if actor.discovered and actor.kind is ActorKind.PERSON and knowledge.actor(actor.id) is None
    ]
    return knowledge.with_actors(people) if people else knowledge


def _counterparts(
    mention: MeetingMention, visitor: ActorId, knowledge: KnowledgeBase
) -> tuple[ActorId, ...]:
    home = _country(knowledge, visitor)
    return tuple(
        person
        for person in mention.people
        if person != visitor and (home is None or _country(knowledge, person) != home)
    )


def _country(knowledge: KnowledgeBase, actor_id: ActorId) -> str | None:
    actor = knowledge.actor(actor_id)
    return None if actor is None else actor.country


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
                )
    return None


def assemble(per_source: Sequence[SourceStatements], knowledge: KnowledgeBase) -> Extraction:
    """One :class:`Extraction` from what each source said.

    .. versionadded:: 0.1.0
    """
    gazetteer = knowledge.places
    sources: dict[SourceId, Source] = {part.source.id: part.source for part in per_source}
    parts = {part.source.id: part for part in per_source}
    candidates = [
        c
        for c in (find_visit(source, knowledge, gazetteer) for source in sources.values())
        if c is not None
    ]
    groups = _group(candidates)
    local = {sid: _with_discovered(knowledge, parts[sid]) for sid in sources}
    mentions = {
        sid: find_meeting_mentions(source, local[sid], gazetteer) for sid, source in sources.items()
    }
    for group in groups:
        published = {
            sid: day for sid in group.sources if (day := reference_date(sources[sid])) is not None
        }
        dated = {sid: mentions[sid] for sid in published}
        for sid in group.sources:
            if sid in published or sources[sid].entries:
                continue
            inferred = _infer_published(
                sources[sid], mentions[sid], dated, published, group.visitor, knowledge
            )
            if inferred is not None:
                sources[sid] = inferred
                mentions[sid] = find_meeting_mentions(inferred, local[sid], gazetteer)
    visits: list[Visit] = []
    assigned: set[SourceId] = set()
    for number, group in enumerate(groups, start=1):
        visit = _visit(number, group, sources, mentions, parts, knowledge, gazetteer)
        visits.append(visit)
        assigned.update(group.sources)
    loose = [sid for sid in sources if sid not in assigned]
    statements = tag_topics(
        merge_statements(s for sid in loose for s in parts[sid].statements), knowledge.topics
    )
    events = merge_events(
        e for sid in loose for e in find_events(sources[sid], knowledge, gazetteer)
    )
    meetings = merge_meeting_mentions(
        [pair for sid in loose for pair in _loose_meetings(mentions[sid], local[sid])],
        timezone=None,
        prefix="",
    )
    actors = _actors(per_source, knowledge, visits, statements, meetings, events)
    return Extraction(
        sources=tuple(sources.values()),
        actors=actors,
        visits=tuple(visits),
        statements=statements,
        meetings=meetings,
        events=events,
        non_quotations=tuple(n for part in per_source for n in part.non_quotations),
    )


def _loose_meetings(
    mentions: Sequence[MeetingMention], knowledge: KnowledgeBase
) -> list[tuple[tuple[ActorId, ...], MeetingMention]]:
    """The meetings of a source that reports no visit of its own, with their participants.

    A mention naming only the counterpart ("On Tuesday he met Premier Li") has the story's
    protagonist as its other participant: the person of another country than the
    counterpart's met most often in the source's other meetings, when there is one. A
    sentence that refers back ("The talks lasted some three hours") adds to its meeting.
    """
    found: list[tuple[tuple[ActorId, ...], MeetingMention]] = []
    met: Counter[ActorId] = Counter(
        p for m in mentions if len(m.people) >= 2 and not m.anaphoric for p in m.people
    )
    for mention in mentions:
        people = mention.people
        if mention.implied and len(people) == 1:
            other = _country(knowledge, people[0])
            abroad = [
                p
                for p, _ in met.most_common()
                if other is not None and _country(knowledge, p) not in (None, other)
            ]
            if not abroad:
                continue
            mention = evolve(mention, people=(abroad[0], people[0]))
            people = mention.people
        if len(people) < 2:
            continue
        found.append((tuple(sorted(set(people))) if mention.group else people[:2], mention))
    return found


def _visit(
    number: int,
    group: _Group,
    sources: dict[SourceId, Source],
    mentions: dict[SourceId, tuple[MeetingMention, ...]],
    parts: dict[SourceId, SourceStatements],
    knowledge: KnowledgeBase,
    gazetteer: Gazetteer,
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
    own: list[tuple[tuple[ActorId, ...], MeetingMention]] = []
    related: list[Event] = []
    for sid in group.sources:
        for mention in mentions[sid]:
            if mention.implied and group.visitor not in mention.people:
                mention = evolve(mention, people=(group.visitor, *mention.people))
            counterparts = _counterparts(mention, group.visitor, knowledge)
            if group.visitor not in mention.people or not counterparts:
                continue
            day = None if mention.date is None else mention.date.date
            # A visit may take in several cities: only a meeting in another country is
            # someone else's ("in Kyiv" during a visit to Moscow), not one in Beijing when
            # the visit's most-named city is Shanghai.
            elsewhere = (
                mention.city is not None
                and host_city is not None
                and mention.city != host_city
                and gazetteer.country_of_city(mention.city) != group.host_country
            )
            outside = day is not None and (
                day.precision is not Precision.DAY
                or (window_start is not None and day.earliest() < window_start)
                or (latest is not None and day.earliest() > latest)
            )
            if elsewhere or outside:
                continue
            if mention.group:
                # Everyone named met together: one meeting, with the visitor's compatriots too.
                own.append((tuple(sorted(set(mention.people))), mention))
                continue
            if len(counterparts) > 1 and not mention.anaphoric:
                mention = evolve(mention, date=None, durations=(), clock=(), venue=None)
            for counterpart in counterparts:
                own.append((tuple(sorted((group.visitor, counterpart))), mention))
        window = None
        if window_start is not None and latest is not None:
            window = (window_start, latest)
        related.extend(
            find_events(sources[sid], knowledge, gazetteer, visitor=group.visitor, window=window)
        )
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
        dict.fromkeys(c for c in (_country(knowledge, group.visitor), group.host_country) if c)
    )
    positions = find_positions(
        [sources[sid] for sid in group.sources], statements, knowledge, gazetteer, sides=sides
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
    used.extend(m.actor for part in per_source for m in part.mentions)
    actors: dict[ActorId, Actor] = {actor.id: actor for part in per_source for actor in part.actors}
    for actor_id in dict.fromkeys(used):
        if actor_id not in actors and (actor := knowledge.actor(actor_id)) is not None:
            actors[actor_id] = actor
    return tuple(actors.values())
