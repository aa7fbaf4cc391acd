"""What the assembly needs of one source, found from that source alone (:func:`prepare`).

Each source's meeting mentions, visit candidate, related events and, for a source of no
visit, its meetings and positions depend only on the source and the knowledge: they are
found in a worker process when :func:`~diplomatic_events.parse` runs with ``jobs`` above
1, so that only the work across sources is left to :func:`~._visits.assemble`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from attrs import evolve, frozen

from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.knowledge._actors import TITLE_WORD
from diplomatic_events.knowledge._grammar import grammar, phrase_pattern
from diplomatic_events.model import ActorKind, BlockKind, Event, PartialDate, Position, Source
from diplomatic_events.parsing._datelines import DATELINE_AT
from diplomatic_events.parsing._events import find_events
from diplomatic_events.parsing._meetings import (
    MeetingMention,
    find_meeting_mentions,
    quoted_speakers,
    reference_date,
)
from diplomatic_events.parsing._positions import PositionReading, find_positions, read_positions
from diplomatic_events.parsing._statements import SourceStatements
from diplomatic_events.parsing._times import SourceTimes
from diplomatic_events.parsing._visit_find import (
    VisitCandidate,
    country_of,
    dateline_city,
    find_visit,
    head_place_city,
)
from diplomatic_events.parsing._visit_groups import met_countries
from diplomatic_events.typing import ActorId, SourceId

__all__ = ["SourceVisit", "local_knowledge", "prepare"]


@frozen(kw_only=True)
class SourceVisit:
    """What the assembly needs of one source, found from that source alone.

    Each source's meeting mentions, visit candidate and related events, and the meetings
    of a source that reports no visit of its own, depend on nothing but the source and the
    knowledge; :func:`prepare` finds them, in a worker process when ``parse`` runs with
    ``jobs`` above 1, so that only the work across sources is left to :func:`assemble`.
    """

    source: SourceId
    mentions: tuple[MeetingMention, ...] = ()
    candidate: VisitCandidate | None = None
    events: tuple[Event, ...] = ()
    """The related events the source mentions, the visit's own among them."""
    loose_meetings: tuple[tuple[tuple[ActorId, ...], MeetingMention], ...] = ()
    """The meetings, with their participants, of a source without a visit."""
    loose_positions: tuple[Position, ...] = ()
    """The positions of a source without a visit, citing its own statements (see
    :func:`_own_positions`)."""
    reading: PositionReading | None = None
    """What the ``positions`` stage read of the source, for the positions of its visit."""
    met_countries: tuple[tuple[ActorId, frozenset[str | None]], ...] = ()
    """Each participant of the loose meetings, with the countries of those he met, read with
    the people the source introduced (see :func:`met_countries`)."""


def local_knowledge(knowledge: KnowledgeBase, part: SourceStatements) -> KnowledgeBase:
    """The knowledge plus the people this source introduced ("its party secretary, Chen
    Jining"): a meeting with someone no data file knows is still a meeting."""
    people = [
        actor
        for actor in part.actors
        if actor.kind is ActorKind.PERSON
        and (
            (actor.discovered and knowledge.actor(actor.id) is None)
            # a known person under another form of the name ("Lloyd J. Austin III")
            or ((known := knowledge.actor(actor.id)) is not None and known.aliases != actor.aliases)
        )
    ]
    return knowledge.with_actors(people) if people else knowledge


def prepare(
    part: SourceStatements, knowledge: KnowledgeBase, results: Mapping[str, Any] | None = None
) -> SourceVisit:
    """The per-source part of :func:`assemble` for one source.

    ``results`` are the source's pipeline results: the ``time``, ``meetings`` and
    ``positions`` stages' (``times``, ``meeting_mentions``, ``position_reading``) are used
    when there, and found here when not.
    """
    given = results or {}
    gazetteer = knowledge.places
    source = part.source
    local = local_knowledge(knowledge, part)
    times = given.get("times")
    times = times if isinstance(times, SourceTimes) and times.serves(source) else None
    mentions = given.get("meeting_mentions")
    if not isinstance(mentions, tuple):
        mentions = find_meeting_mentions(
            source, local, gazetteer, times, quoted_speakers(part.statements)
        )
    reading = given.get("position_reading")
    if not isinstance(reading, PositionReading) or not reading.serves(source, local.topics):
        reading = read_positions(source, local)
    candidate = find_visit(source, local, gazetteer, mentions, times)
    events = find_events(source, local, gazetteer, times=times)
    if candidate is not None:
        return SourceVisit(
            source=source.id,
            mentions=mentions,
            candidate=candidate,
            events=events,
            reading=reading,
        )
    loose = tuple(
        _loose_meetings(
            mentions,
            local,
            _most_named(source, local),
            filed_from=dateline_city(source.text, gazetteer) or head_place_city(source, gazetteer),
        )
    )
    return SourceVisit(
        source=source.id,
        mentions=mentions,
        events=events,
        loose_meetings=loose,
        met_countries=met_countries(loose, local),
        loose_positions=find_positions(
            [source], part.statements, local, gazetteer, readings={source.id: reading}
        ),
        reading=reading,
    )


def _lone_first(knowledge: KnowledgeBase, people: tuple[ActorId, ...]) -> tuple[ActorId, ...]:
    """``people`` with the one person of a country no other shares first, when the first
    named shares a country with another and exactly one such person is there."""
    countries = [country_of(knowledge, p) for p in people]
    if countries[0] is None or countries.count(countries[0]) < 2:
        return people
    lone = [
        p
        for p, c in zip(people, countries, strict=True)
        if c is not None and countries.count(c) == 1
    ]
    if len(lone) != 1:
        return people
    return (lone[0], *(p for p in people if p != lone[0]))


def _known_holder(knowledge: KnowledgeBase, name: str) -> bool:
    """Whether ``name`` is the whole name of a person a data file knows with an office
    (a minister credited as a release's author), not someone the text alone introduced."""
    mentions = knowledge.find_mentions(name, 0, len(name))
    return any(
        mention.start == 0
        and mention.end == len(name)
        and (actor := knowledge.actor(mention.actor)) is not None
        and not actor.discovered
        and bool(actor.roles)
        for mention in mentions
    )


def _most_named(source: Source, knowledge: KnowledgeBase) -> tuple[ActorId, ...]:
    """The people a source names, most often first, when one of them is named at least twice
    as often as anyone else (its protagonist, who leads); else the person its first paragraph
    opens on, if any. The story's writers (its contributors) are never among them."""
    counts: Counter[ActorId] = Counter()
    # "the Foreign Secretary" of a 2017 story is the one of 2017, not of today
    day = reference_date(source)
    on = None if day is None else PartialDate.of(day)
    # the story's writers ("From Mass Communication Specialist Sara Eshleman") tell it; an
    # office holder the data know, credited with a government's release, is its subject
    writers = {
        contributor.name
        for contributor in source.contributors
        if not _known_holder(knowledge, contributor.name)
    }
    for mention in knowledge.find_mentions(source.text, 0, len(source.text), on=on):
        actor = knowledge.actor(mention.actor)
        if actor is not None and actor.kind is ActorKind.PERSON and actor.name not in writers:
            counts[mention.actor] += 1
    ranked = counts.most_common()
    if len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
        # no one named clearly most: the person the story's first sentence opens on ("The
        # Minister for the Armed Forces James Heappey visited Kazakhstan ..."), if any
        lead = _lead_subject(source, knowledge, on)
        actor = None if lead is None else knowledge.actor(lead)
        return () if actor is None or actor.name in writers else (actor.id,)
    return tuple(actor for actor, _ in ranked)


_TITLE_RUN = re.compile(rf"[\s•*]*(?:(?:{TITLE_WORD}|and)[ \u00a0]+)*")
"""The words before a name that are its title ("The Minister for the Armed Forces ")."""
_OPENING_PHRASE = re.compile(r"(?:[^\W\d_][^,.;:!?\n]{0,80}?,[ \u00a0]+)?")
"""A sentence's opening phrase before its subject, up to its comma ("In mid-June, ")."""


def _lead_subject(
    source: Source, knowledge: KnowledgeBase, on: PartialDate | None
) -> ActorId | None:
    """The person the first paragraph of the body opens on, after their title alone."""
    first = next((b for b in source.readable_blocks() if b.kind is BlockKind.BODY), None)
    if first is None:
        return None
    text = source.text
    # the dateline ("ATLANTA, Ga. --") and an opening phrase ("In mid-June, ", "Speaking in
    # Hanoi, ") come before the sentence's subject
    dateline = DATELINE_AT.match(text, first.start, first.end)
    opens = first.start if dateline is None else dateline.end()
    opening = _OPENING_PHRASE.match(text, opens, first.end)
    subject = opens if opening is None else opening.end()
    for mention in knowledge.find_mentions(text, first.start, first.end, on=on):
        actor = knowledge.actor(mention.actor)
        if actor is None or actor.kind is not ActorKind.PERSON:
            return None  # an institution opens the sentence
        if all(
            _TITLE_RUN.fullmatch(text, start, mention.start) is None
            for start in (first.start, opens, subject)
            if start <= mention.start
        ):
            return None
        return mention.actor
    return None


def _loose_meetings(
    mentions: Sequence[MeetingMention],
    knowledge: KnowledgeBase,
    named: Sequence[ActorId] = (),
    *,
    filed_from: str | None = None,
) -> list[tuple[tuple[ActorId, ...], MeetingMention]]:
    """The meetings of a source that reports no visit of its own, with their participants.

    A mention naming only the counterpart ("On Tuesday he met Premier Li") has the story's
    protagonist as its other participant: the person of another country than the
    counterpart's met most often in the source's other meetings, else the person the source
    names most (``named``, most often first) when of another country. A
    sentence that refers back ("The talks lasted some three hours") adds to its meeting.
    ``filed_from`` is the city of the story's dateline: where a meeting that names no city
    of its own took place.
    """
    found: list[tuple[tuple[ActorId, ...], MeetingMention]] = []
    met: Counter[ActorId] = Counter(
        p for m in mentions if len(m.people) >= 2 and not m.anaphoric for p in m.people
    )
    for mention in mentions:
        people = mention.people
        if mention.implied and len(people) == 1:
            if named[:1] == people and not mention.met_after:
                # the story's protagonist alone ("Langley has prioritized travel to Africa to
                # meet with partner nations"): whom he met the sentence does not say
                continue
            other = country_of(knowledge, people[0])
            # the one met most in the source's other meetings, else the one it names most
            # a counterpart in no data file has no known country: the protagonist is then
            # the person the source names most, when of a known country
            protagonist = next((p for p in named if p != people[0]), None)
            if other is not None and protagonist and country_of(knowledge, protagonist) == other:
                continue  # the story's protagonist met a compatriot: no meeting of countries
            # of those met as often, the one the source names most first ("Work also met
            # with Macierewicz" once, as often as Macierewicz met anyone: Work leads)
            order = {p: i for i, p in enumerate(named)}
            often = sorted(met, key=lambda p: (-met[p], order.get(p, len(order))))
            ranked = [*often, *named[:1]] if other else named[:1]
            abroad = [
                p
                for p in ranked
                if p != people[0]
                and (
                    country_of(knowledge, p) not in (None, other)
                    # the protagonist, whose title names no country, met as often
                    or (p == protagonist and country_of(knowledge, p) is None)
                )
            ]
            if (
                not abroad
                and other is not None
                and protagonist is not None
                and country_of(knowledge, protagonist) is None
            ):
                # a protagonist of no known country (a general whose title names none)
                # meeting people of a known one: the story's subject met them
                abroad = [protagonist]
            if not abroad:
                continue
            mention = evolve(mention, people=(abroad[0], people[0]))
            people = mention.people
        if len(people) < 2:
            continue
        countries = {country_of(knowledge, p) for p in people}
        if len(countries) == 1 and None not in countries:
            # compatriots ("Kerry's meeting ..., attributable to Spokesperson Jen Psaki") are
            # one side: no meeting between countries
            continue
        party = set(mention.party)
        if mention.group:
            found.append((tuple(sorted(set(people) | party)), mention))
        elif len(people) > 2 and not mention.anaphoric and not mention.between:
            # "X met with A, B and C": X's meeting with each of them known to be of another
            # country; compatriots listed together ("the Russian side was represented by A,
            # B, C") are one side. X is the one of a country no other shares when the first
            # named shares theirs ("Along with meeting Juncker, Prime Minister English met
            # Tusk": English met each)
            people = _lone_first(knowledge, people)
            home = country_of(knowledge, people[0])
            theirs = {country_of(knowledge, other) for other in people[1:]} - {None}
            # in their country, one listed with them whom no data file places ("met in Hanoi
            # with Foreign Minister Son, Vice Foreign Minister Ha Kim Ngoc, ...") is theirs
            placed = [o for o in people[1:] if country_of(knowledge, o) is not None]
            hosts = (
                theirs
                if len(theirs) == 1
                and home not in theirs
                and (
                    knowledge.places.country_of_city(mention.city or filed_from) in theirs
                    # listed among two or more of one country ("met with Deputy Prime Minister
                    # Marles, Foreign Minister Wong, Secretary of Defence Greg Moriarty"):
                    # theirs too
                    or len(placed) >= _PLACED_AROUND
                )
                else set()
            )
            if not theirs and not _roster(mention):
                # no data file places any of them: met where the sentence says, in a country
                # not X's ("met with Minister A and General B in Cotonou"), they are its hosts
                there = knowledge.places.country_of_city(mention.city or filed_from)
                hosts = {there} if there is not None and there != home else set()
            with_party = party if people[0] in party else set()
            found.extend(
                (
                    tuple(sorted({people[0], *with_party, other}))
                    if with_party
                    else (people[0], other),
                    mention,
                )
                for other in people[1:]
                # one no data file places is of the hosts' country, and so met a protagonist
                # whose country is not known either ("Minister Shanel for Foreign Affairs")
                if (there := country_of(knowledge, other) or next(iter(hosts), None)) is not None
                and there != home
            )
        elif party & set(people[:2]):
            found.append((tuple(sorted({*people[:2], *party})), mention))
        else:
            found.append((people[:2], mention))
    return found


def _roster(mention: MeetingMention) -> bool:
    """Whether a mention's sentence lists a party's members ("The Russian delegation at the
    talks also included A, B and C"): one side, whoever the data file places."""
    return any(_ROSTER.search(span.text) is not None for span in mention.evidence)


_ROSTER = re.compile(
    rf"\b(?:{phrase_pattern(grammar().party_nouns | grammar().roster_nouns)})\b[^.;]*?"
    rf"\b(?:{phrase_pattern(grammar().roster_verbs)})\b",
    re.IGNORECASE,
)
"""A party noun, then a verb of its members listed (``roster_nouns``, ``roster_verbs``)."""


_PLACED_AROUND = 2
"""How many of one foreign country a list names, at least, for one of no known country
listed with them to be of theirs."""
