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
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from attrs import evolve, frozen

from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.knowledge._places import Gazetteer, city_named, country_named
from diplomatic_events.model import (
    Actor,
    ActorKind,
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
    Sentence,
    find_meeting_mentions,
    merge_meeting_mentions,
    person_mentions,
    persons,
    reference_date,
    sentences,
)
from diplomatic_events.parsing._positions import (
    PositionReading,
    find_positions,
    read_positions,
    tag_topics,
)
from diplomatic_events.parsing._quantities import find_durations
from diplomatic_events.parsing._statements import SourceStatements, merge_statements
from diplomatic_events.parsing._times import DateFinder, SourceTimes, dates_of
from diplomatic_events.typing import ActorId, SourceId, StatementId, VisitId

__all__ = [
    "GroupKey",
    "GroupSpan",
    "MeetingCountries",
    "Member",
    "SourceVisit",
    "VisitCandidate",
    "adopted_candidate",
    "adoptions",
    "assemble",
    "assemble_visit",
    "find_visit",
    "group_key",
    "group_keys",
    "group_span",
    "meeting_countries",
    "prepare",
]

_VISIT_CUE = re.compile(
    r"\b(?:visit\w*|trip|travel\w*|arriv\w*|landed|tour\w*|wrapp\w+\s+up|in\s+(?:the\s+)?"
    r"(?:Chinese|Indian|Russian|German|French|Japanese)?\s*capital|sidelines|for\s+talks"
    r"|flew\s+(?:in)?to|hosted|hosting|welcom(?:ed|ing)|received|greet(?:ed|ing)?)\b",
    re.IGNORECASE,
)
"""A sentence that may tell of someone's presence abroad: the visit words, arriving, "on the
sidelines of" a summit, "in X for talks", and a host's "welcomed"/"hosted"/"received"."""
_HOSTING = re.compile(
    r"\b(?:host(?:ed|s|ing)?|welcom(?:ed|es|ing)|receiv(?:ed|es|ing)|greet(?:ed|s|ing))\b"
    r"(?P<passive>\s+by\b)?",
    re.IGNORECASE,
)
"""A host's verb: the person named before it hosts the one named after ("Putin welcomed
Kim"), or the other way round after "by" ("Kim was welcomed by Putin")."""
_DATELINE = re.compile(
    r"^[ \t]*(?P<place>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3})"
    r"(?:,[ \t]*(?P<region>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2}))?"
    r"(?:,[ \t]*[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2})?"
    r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*(?:—|–|--?)[ \t]+(?=\S)",
    re.MULTILINE,
)
"""The place a story is filed from, before its first words ("VOSTOCHNY COSMODROME, Russia
(PMP) —", "BEIJING (Reuters) -", "KYIV, Aug 23 —", "New Delhi —")."""
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
_EARLIER_DAYS = 30
_AHEAD_DAYS = 3
"""How many days after the latest story a meeting it announces ("On Monday, A was to meet B")
still belongs to the visit's programme; one further off ("will meet again in two weeks") does
not."""
"""A visit sentence all of whose dates lie this many days before the story tells of another
trip."""


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
    source: Source,
    knowledge: KnowledgeBase,
    gazetteer: Gazetteer | None = None,
    mentions: Sequence[MeetingMention] = (),
    times: SourceTimes | None = None,
) -> VisitCandidate | None:
    """The visit ``source`` reports, or ``None`` when it mentions visits only in passing.

    The visitor is the person of one country the source shows present in another, in at
    least two sentences, and among the two most-named people of the source. A sentence shows
    it with a visit word ("visit", "arrived", "on the sidelines of", "in X for talks") and a
    place abroad (or, failing one, the place of the story's dateline), with a host's verb
    ("Putin welcomed Kim"), or as one of ``mentions``: a meeting on a day of the story with
    someone of the country where it was held. Sentences dated well before the story tell of
    another, earlier trip and do not count.
    """
    gazetteer = gazetteer or knowledge.places
    text = source.text
    dates = dates_of(source, times)
    reference = reference_date(source)
    votes: dict[ActorId, set[int]] = {}
    named: Counter[ActorId] = Counter()
    cities: dict[ActorId, Counter[str]] = {}
    countries: dict[ActorId, Counter[str]] = {}
    purpose: str | None = None
    days: int | None = None
    travelling: dict[ActorId, list[ActorId]] = {}
    cues = knowledge.event_cues.delegation
    dateline = _dateline(text, gazetteer)

    def vote(person: ActorId, sentence: int, country: str, city: str | None) -> None:
        votes.setdefault(person, set()).add(sentence)
        countries.setdefault(person, Counter())[country] += 1
        if city is not None:
            cities.setdefault(person, Counter())[city] += 1

    all_sentences = sentences(source)
    for sentence in all_sentences:
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
        if not _VISIT_CUE.search(words) or not people:
            continue
        if _earlier(dates, sentence, reference):
            continue
        places = gazetteer.find(source.id, text, sentence.start, sentence.end)
        hosting = set()
        for guest, host_country in _hosted(knowledge, text, sentence):
            city = next((p.city for p in places if p.country == host_country and p.city), None)
            vote(guest, sentence.start, host_country, city)
            hosting.add(host_country)
        for person in people:
            home = _country(knowledge, person)
            if home is not None and home in hosting:
                continue  # "Austin hosted Marcos ... after their meeting in Manila": the host
            abroad = [p for p in places if p.country is not None and p.country != home]
            if not abroad and dateline is not None and dateline.country != home:
                if sentence.start <= dateline.start < sentence.end or not places:
                    vote(person, sentence.start, dateline.country, dateline.city)
                continue
            for place in abroad:
                assert place.country is not None
                vote(person, sentence.start, place.country, place.city)
        if purpose is None and (found := _PURPOSE.search(words)) is not None:
            purpose = found["purpose"].strip()
        if days is None:
            for duration in find_durations(
                source.id, text, sentence.start, sentence.end, rules=knowledge.hedges
            ):
                if duration.text.endswith(("day", "days")) and duration.low_minutes:
                    days = round(duration.low_minutes / 1440)
                    break
    for person, country, city, where in _met_abroad(mentions, knowledge, gazetteer, reference):
        vote(person, _sentence_of(all_sentences, where), country, city)
    if not votes:
        return None
    visitor = max(votes, key=lambda person: (len(votes[person]), named[person]))
    count = len(votes[visitor])
    top_named = {actor for actor, _ in named.most_common(2)}
    if count < _MIN_VISIT_SENTENCES or visitor not in top_named:
        return None
    host_country = countries[visitor].most_common(1)[0][0]
    city_votes = cities.get(visitor, Counter())
    host_city = next(
        (c for c, _ in city_votes.most_common() if gazetteer.country_of_city(c) == host_country),
        None,
    )
    if dateline is not None and dateline.country == host_country:
        # The story is filed from where the visitor is, even a place no file knows.
        host_city = dateline.city
    return VisitCandidate(
        source=source.id,
        visitor=visitor,
        host_country=host_country,
        host_city=host_city,
        sentences=count,
        reference=reference,
        purpose=purpose,
        days=days,
        delegation=tuple(
            p
            for p in travelling.get(visitor, ())
            if _country(knowledge, p) is None or _country(knowledge, p) != host_country
        ),
    )


@frozen(kw_only=True)
class _Dateline:
    """Where the story is filed from: its country, and its city when the gazetteer knows it."""

    start: int
    country: str
    city: str | None = None


def _dateline(text: str, gazetteer: Gazetteer) -> _Dateline | None:
    """The first dateline of ``text`` whose place the gazetteer can put in a country."""
    for match in _DATELINE.finditer(text):
        place = " ".join(match["place"].split())
        city = _known_city(gazetteer, place)
        country = gazetteer.country_of_city(city) if city is not None else None
        if match["region"] is not None:
            country = _known_country(gazetteer, match["region"]) or country
        if country is None:
            country = _known_country(gazetteer, place)
        if country is not None:
            return _Dateline(start=match.start("place"), country=country, city=city)
    return None


def _known_city(gazetteer: Gazetteer, words: str) -> str | None:
    """The city these words name, in any letter case ("BEIJING")."""
    return city_named(gazetteer, words)


def _known_country(gazetteer: Gazetteer, words: str) -> str | None:
    """The code of the country these words name, in any letter case ("RUSSIA")."""
    return country_named(gazetteer, words)


def _earlier(dates: DateFinder, sentence: Sentence, reference: dt.date | None) -> bool:
    """True when every date the sentence gives lies well before the story: another trip."""
    if reference is None:
        return False
    found = [
        e.date
        for e in dates(sentence.reference, sentence.start, sentence.end)
        if e.date is not None and not e.since
    ]
    limit = reference - dt.timedelta(days=_EARLIER_DAYS)
    return bool(found) and all(d.latest() < limit for d in found)


def _hosted(knowledge: KnowledgeBase, text: str, sentence: Sentence) -> list[tuple[ActorId, str]]:
    """The guests a host's verb names, each with the host's country ("Putin welcomed Kim")."""
    found: list[tuple[ActorId, str]] = []
    for match in _HOSTING.finditer(text, sentence.start, sentence.end):
        before = persons(knowledge, text, sentence, sentence.start, match.start())
        stop = _CLAUSE_END.search(text, match.end(), sentence.end)
        after = persons(
            knowledge, text, sentence, match.end(), sentence.end if stop is None else stop.start()
        )
        if not before or not after:
            continue
        host, guest = (after[0], before[-1]) if match["passive"] else (before[-1], after[0])
        host_country, home = _country(knowledge, host), _country(knowledge, guest)
        if host_country is not None and home is not None and host_country != home:
            found.append((guest, host_country))
    return found


def _met_abroad(
    mentions: Sequence[MeetingMention],
    knowledge: KnowledgeBase,
    gazetteer: Gazetteer,
    reference: dt.date | None,
) -> list[tuple[ActorId, str, str | None, int]]:
    """People who met someone of another country in that country on a day of the story.

    Each with the country, city and where the mention starts; a meeting dated before the
    story's last week, or undated, tells nothing of a visit now.
    """
    found: list[tuple[ActorId, str, str | None, int]] = []
    if reference is None:
        return found
    last: MeetingMention | None = None
    for mention in mentions:
        if not mention.anaphoric:
            last = mention
        elif last is not None:
            # "The talks took place in Sochi": the people and day of the meeting before
            people = mention.people if len(mention.people) >= 2 else last.people
            mention = evolve(mention, people=people, date=mention.date or last.date)
        day = None if mention.date is None else mention.date.date
        if day is None or day.precision is not Precision.DAY or not mention.evidence:
            continue
        if not 0 <= (reference - day.earliest()).days <= _SAME_VISIT_DAYS // 2:
            continue
        city = mention.city
        if city is None and mention.venue is not None:
            city = gazetteer.venue_city(mention.venue.name)
        country = gazetteer.country_of_city(city)
        if country is None:
            continue
        homes = {p: _country(knowledge, p) for p in mention.people}
        if country not in homes.values():
            continue
        for person, home in homes.items():
            if home is not None and home != country:
                found.append((person, country, city, mention.evidence[0].start))
    return found


def _sentence_of(found: Sequence[Sentence], offset: int) -> int:
    """The start of the sentence holding ``offset`` (the offset itself outside any)."""
    return next((s.start for s in found if s.start <= offset < s.end), offset)


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


GroupKey = tuple[ActorId, str, dt.date | None]
"""What grouping needs of a visit candidate: its visitor, host country and date."""


def group_key(candidate: VisitCandidate) -> GroupKey:
    """The visitor, host country and date of ``candidate``: all :func:`group_keys` reads."""
    return (candidate.visitor, candidate.host_country, candidate.reference)


def _group(candidates: Sequence[VisitCandidate]) -> list[_Group]:
    """The candidates grouped into visits (see :func:`group_keys`)."""
    return [
        _Group(
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
    ``_SAME_VISIT_DAYS`` before a candidate's is closed to every later dated candidate. The
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
                if opened is None or (reference - opened).days <= _SAME_VISIT_DAYS:
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
    groups: list[_Group],
    prepared: Sequence[SourceVisit],
    sources: dict[SourceId, Source],
    knowledge: KnowledgeBase,
) -> list[_Group]:
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
    """The :data:`MeetingCountries` of a source of no visit (from its own meetings), each
    participant and countries once."""
    return tuple(
        dict.fromkeys(
            (person, frozenset(_country(knowledge, other) for other in people if other != person))
            for people, _mention in visit.loose_meetings
            for person in people
        )
    )


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
    ``_AHEAD_DAYS`` before its first day to ``_SAME_VISIT_DAYS`` after its last; a source
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
                    first - dt.timedelta(days=_AHEAD_DAYS)
                    <= reference
                    <= last + dt.timedelta(days=_SAME_VISIT_DAYS)
                ):
                    chosen.add(index)
        found.append(chosen.pop() if len(chosen) == 1 else None)
    return found


def _with_discovered(knowledge: KnowledgeBase, part: SourceStatements) -> KnowledgeBase:
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
                    published_origin=PublishedOrigin.INFERRED,
                )
    return None


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


def local_knowledge(knowledge: KnowledgeBase, part: SourceStatements) -> KnowledgeBase:
    """The knowledge the per-source passes read ``part``'s source with: ``knowledge`` plus
    the people the source introduced."""
    return _with_discovered(knowledge, part)


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
    local = _with_discovered(knowledge, part)
    times = given.get("times")
    times = times if isinstance(times, SourceTimes) and times.serves(source) else None
    mentions = given.get("meeting_mentions")
    if not isinstance(mentions, tuple):
        mentions = find_meeting_mentions(source, local, gazetteer, times)
    reading = given.get("position_reading")
    if not isinstance(reading, PositionReading) or not reading.serves(source, local.topics):
        reading = read_positions(source, local)
    candidate = find_visit(source, local, gazetteer, mentions, times)
    events = find_events(source, knowledge, gazetteer, times=times)
    if candidate is not None:
        return SourceVisit(
            source=source.id,
            mentions=mentions,
            candidate=candidate,
            events=events,
            reading=reading,
        )
    return SourceVisit(
        source=source.id,
        mentions=mentions,
        events=events,
        loose_meetings=tuple(_loose_meetings(mentions, local, _most_named(source, local))),
        loose_positions=find_positions(
            [source], part.statements, local, gazetteer, readings={source.id: reading}
        ),
        reading=reading,
    )


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


def assemble(
    per_source: Sequence[SourceStatements],
    knowledge: KnowledgeBase,
    prepared: Sequence[SourceVisit] | None = None,
    visits: Sequence[Extraction] | None = None,
) -> Extraction:
    """One :class:`Extraction` from what each source said.

    ``prepared`` is :func:`prepare` of each of ``per_source``, in the same order, when it was
    found elsewhere (in worker processes); by default it is found here. ``visits``, when
    given, are the visits already assembled elsewhere (by worker processes, on a Dask
    cluster): for each group these sources make (:func:`group_keys`, then
    :func:`adoptions`), in order, its :func:`assemble_visit`.

    .. versionadded:: 0.1.0
    """
    gazetteer = knowledge.places
    sources: dict[SourceId, Source] = {part.source.id: part.source for part in per_source}
    parts = {part.source.id: part for part in per_source}
    if prepared is None:
        prepared = [prepare(part, knowledge) for part in per_source]
    found = {visit.source: visit for visit in prepared}
    events_of = {sid: found[sid].events for sid in sources}
    made: list[Visit] = []
    assigned: set[SourceId] = set()
    if visits is not None:
        for done in visits:
            made.extend(done.visits)
            sources.update((source.id, source) for source in done.sources)
            assigned.update(source.id for source in done.sources)
    else:
        candidates = [c for sid in sources if (c := found[sid].candidate) is not None]
        groups = _adopt(_group(candidates), [found[sid] for sid in sources], sources, knowledge)
        for number, group in enumerate(groups, start=1):
            visit, dated = _group_visit(number, group, sources, parts, found, knowledge)
            sources.update(dated)
            made.append(visit)
            assigned.update(group.sources)
    loose = [sid for sid in sources if sid not in assigned]
    statements = tag_topics(
        merge_statements(s for sid in loose for s in parts[sid].statements), knowledge.topics
    )
    events = merge_events(e for sid in loose for e in events_of[sid])
    meetings = merge_meeting_mentions(
        [pair for sid in loose for pair in found[sid].loose_meetings],
        timezone=None,
        prefix="",
    )
    # each source of no visit on its own: two stories' positions are not one position; a
    # source's positions cite only statements it reports, so each is given only those
    reported: dict[SourceId, list[Statement]] = {sid: [] for sid in loose}
    merged: dict[tuple[SourceId, int, int], str] = {}
    for statement in statements:
        for report in statement.reports:
            merged[(report.source, report.start, report.end)] = statement.id
        for sid in dict.fromkeys(report.source for report in statement.reports):
            if sid in reported:
                reported[sid].append(statement)
    loose_positions: list[Position] = []
    for sid in loose:
        own = _own_positions(found[sid], parts[sid], merged)
        if own is None:
            local = _with_discovered(knowledge, parts[sid])
            reading = found[sid].reading
            own = find_positions(
                [sources[sid]],
                reported[sid],
                local,
                gazetteer,
                readings=None if reading is None else {sid: reading},
            )
        loose_positions.extend(own)
    positions = tuple(loose_positions)
    actors = _actors(per_source, knowledge, made, statements, meetings, events, positions)
    return Extraction(
        sources=tuple(sources.values()),
        actors=actors,
        visits=tuple(made),
        statements=statements,
        meetings=meetings,
        events=events,
        non_quotations=tuple(n for part in per_source for n in part.non_quotations),
        positions=positions,
    )


def _group_visit(
    number: int,
    group: _Group,
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
            local = _with_discovered(knowledge, parts[sid])
            mentions[sid] = find_meeting_mentions(inferred, local, gazetteer)
            events_of[sid] = find_events(inferred, knowledge, gazetteer)
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
    group = _Group(
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
        visits=(visit,),
        non_quotations=tuple(n for part in per_source for n in part.non_quotations),
    )


def _most_named(source: Source, knowledge: KnowledgeBase) -> tuple[ActorId, ...]:
    """The people a source names, most often first, when one of them is named at least twice
    as often as anyone else (its protagonist, who leads); else none."""
    counts: Counter[ActorId] = Counter()
    for mention in knowledge.find_mentions(source.text, 0, len(source.text)):
        actor = knowledge.actor(mention.actor)
        if actor is not None and actor.kind is ActorKind.PERSON:
            counts[mention.actor] += 1
    ranked = counts.most_common()
    if len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
        return ()  # no one the story is clearly about
    return tuple(actor for actor, _ in ranked)


def _loose_meetings(
    mentions: Sequence[MeetingMention],
    knowledge: KnowledgeBase,
    named: Sequence[ActorId] = (),
) -> list[tuple[tuple[ActorId, ...], MeetingMention]]:
    """The meetings of a source that reports no visit of its own, with their participants.

    A mention naming only the counterpart ("On Tuesday he met Premier Li") has the story's
    protagonist as its other participant: the person of another country than the
    counterpart's met most often in the source's other meetings, else the person the source
    names most (``named``, most often first) when of another country. A
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
            # the one met most in the source's other meetings, else the one it names most
            # a counterpart in no data file has no known country: the protagonist is then
            # the person the source names most, when of a known country
            protagonist = next((p for p in named if p != people[0]), None)
            if other is not None and protagonist and _country(knowledge, protagonist) == other:
                continue  # the story's protagonist met a compatriot: no meeting of countries
            ranked = [*(p for p, _ in met.most_common()), *named[:1]] if other else named[:1]
            abroad = [
                p for p in ranked if p != people[0] and _country(knowledge, p) not in (None, other)
            ]
            if not abroad:
                continue
            mention = evolve(mention, people=(abroad[0], people[0]))
            people = mention.people
        if len(people) < 2:
            continue
        countries = {_country(knowledge, p) for p in people}
        if len(countries) == 1 and None not in countries:
            # compatriots ("Kerry's meeting ..., attributable to Spokesperson Jen Psaki") are
            # one side: no meeting between countries
            continue
        if mention.group:
            found.append((tuple(sorted(set(people))), mention))
        elif len(people) > 2 and not mention.anaphoric and not mention.between:
            # "X met with A, B and C": X's meeting with each of them known to be of another
            # country; compatriots listed together ("the Russian side was represented by A,
            # B, C") are one side
            home = _country(knowledge, people[0])
            found.extend(
                ((people[0], other), mention)
                for other in people[1:]
                if (there := _country(knowledge, other)) is not None and there != home
            )
        else:
            found.append((people[:2], mention))
    return found


def _visit(
    number: int,
    group: _Group,
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
    own: list[tuple[tuple[ActorId, ...], MeetingMention]] = []
    related: list[Event] = []
    for sid in group.sources:
        dateline = _dateline(sources[sid].text, gazetteer)
        filed_from = None if dateline is None else dateline.city
        for mention in mentions[sid]:
            if mention.implied and group.visitor not in mention.people:
                mention = evolve(mention, people=(group.visitor, *mention.people))
            counterparts = _counterparts(mention, group.visitor, knowledge)
            if group.visitor not in mention.people or not counterparts:
                continue
            day = None if mention.date is None else mention.date.date
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
            outside = day is not None and (
                (day.precision is not Precision.DAY and not coarse_story)
                or (window_start is not None and day.earliest() < window_start)
                or (latest is not None and day.earliest() > latest + dt.timedelta(days=_AHEAD_DAYS))
            )
            if elsewhere or outside:
                continue
            if mention.group:
                # Everyone named met together: one meeting, with the visitor's compatriots too.
                own.append((tuple(sorted(set(mention.people))), mention))
                continue
            if len(counterparts) > 1 and not mention.anaphoric:
                # one after another: the sentence's one day is each meeting's, but what it
                # says of length, time and venue may be any one's
                mention = evolve(mention, durations=(), clock=(), venue=None)
            for counterpart in counterparts:
                own.append((tuple(sorted((group.visitor, counterpart))), mention))
        window = None
        if window_start is not None and latest is not None:
            window = (window_start, latest)
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
        dict.fromkeys(c for c in (_country(knowledge, group.visitor), group.host_country) if c)
    )
    positions = find_positions(
        [sources[sid] for sid in group.sources],
        statements,
        knowledge,
        gazetteer,
        sides=sides,
        local={sid: _with_discovered(knowledge, parts[sid]) for sid in group.sources},
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
