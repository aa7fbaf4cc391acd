"""Finding the visit one source reports (:func:`find_visit`).

Each source is read for the visit it reports: the person the "visit"/"trip" sentences are
about, and the foreign city or country they name. Grouping the sources into visits is
:mod:`._visit_groups`'s work, assembling each visit :mod:`._visits`'.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Sequence

from attrs import evolve, frozen

from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.knowledge._grammar import grammar, phrase_pattern
from diplomatic_events.knowledge._places import (
    Gazetteer,
    PlaceMention,
    city_named,
    country_named,
    region_country,
)
from diplomatic_events.knowledge._prefilter import guarded
from diplomatic_events.model import BlockKind, Precision, Source
from diplomatic_events.parsing._datelines import DATELINE
from diplomatic_events.parsing._meetings import (
    MeetingMention,
    PersonMention,
    Sentence,
    person_mentions,
    persons,
    reference_date,
    sentences,
)
from diplomatic_events.parsing._quantities import find_durations
from diplomatic_events.parsing._times import DateFinder, SourceTimes, dates_of
from diplomatic_events.typing import ActorId, SourceId

__all__ = [
    "AHEAD_DAYS",
    "SAME_VISIT_DAYS",
    "VisitCandidate",
    "country_of",
    "dateline_city",
    "find_visit",
    "head_place_city",
]

_VISIT_CUE = guarded(
    re.compile(
        r"\b(?:visit\w*|trip|travel\w*|arriv\w*|landed|tour\w*|wrapp\w+\s+up|in\s+(?:the\s+)?"
        r"(?:Chinese|Indian|Russian|German|French|Japanese)?\s*capital|sidelines|for\s+talks"
        r"|flew\s+(?:in)?to|hosted|hosting|welcom(?:ed|ing)|received|greet(?:ed|ing)?)\b",
        re.IGNORECASE,
    )
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
SAME_VISIT_DAYS = 20
"""How many days after a visit's first report another report of the visitor and host still
belongs to it."""
_EARLIER_DAYS = 30
"""A visit sentence all of whose dates lie this many days before the story tells of another
trip."""
AHEAD_DAYS = 3
"""How many days after the latest story a meeting it announces ("On Monday, A was to meet B")
still belongs to the visit's programme; one further off ("will meet again in two weeks") does
not."""


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
        if not people or not _VISIT_CUE.search(words):
            continue
        if _earlier(dates, sentence, reference):
            continue
        places = _where_people_are(
            gazetteer.find(source.id, text, sentence.start, sentence.end),
            person_mentions(knowledge, text, sentence),
            text,
            sentence,
        )
        hosting = set()
        for guest, host_country in _hosted(knowledge, text, sentence):
            city = next((p.city for p in places if p.country == host_country and p.city), None)
            vote(guest, sentence.start, host_country, city)
            hosting.add(host_country)
        for person in people:
            home = country_of(knowledge, person)
            if home is not None and home in hosting:
                continue  # "Austin hosted Marcos ... after their meeting in Manila": the host
            abroad = [p for p in places if p.country is not None and p.country != home]
            if not abroad and dateline is not None and dateline.country != home:
                if sentence.start <= dateline.start < sentence.end or not places:
                    vote(person, sentence.start, dateline.country, dateline.city)
                continue
            # one vote a country a sentence: "Stuttgart, Germany - ... his visit to Algeria"
            # names Germany twice and Algeria once, but puts the visitor in neither more
            cities_named: dict[str, str | None] = {}
            for place in abroad:
                assert place.country is not None
                cities_named[place.country] = cities_named.get(place.country) or place.city
            for country, city in cities_named.items():
                vote(person, sentence.start, country, city)
        if purpose is None and (found := _PURPOSE.search(words)) is not None:
            purpose = found["purpose"].strip()
        if days is None:
            for duration in find_durations(
                source.id, text, sentence.start, sentence.end, rules=knowledge.hedges
            ):
                if duration.text.endswith(("day", "days")) and duration.low_minutes:
                    days = round(duration.low_minutes / 1440)
                    break
    sentence_of = _sentence_finder(all_sentences)
    for person, country, city, where in _met_abroad(mentions, knowledge, gazetteer, reference):
        vote(person, sentence_of(where), country, city)
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
            if country_of(knowledge, p) is None or country_of(knowledge, p) != host_country
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
    for match in DATELINE.finditer(text):
        place = " ".join(match["place"].split())
        city = _known_city(gazetteer, place)
        country = gazetteer.country_of_city(city) if city is not None else None
        if match["region"] is not None:
            region = match["region"]
            country = (
                _known_country(gazetteer, region) or region_country(gazetteer, region) or country
            )
        if country is None:
            country = _known_country(gazetteer, place)
        if country is not None:
            return _Dateline(start=match.start("place"), country=country, city=city)
    return None


_ASIDE = re.compile(r"\([^()\n]*\)")
_ASIDE_WORDS = 4
"""An aside of this many words tells something ("(who led a delegation ...)"); a shorter one
names ("(PRC)", "(USNAVSO/4th Fleet)")."""


def _where_people_are(
    places: Sequence[PlaceMention],
    people: Sequence[PersonMention],
    text: str,
    sentence: Sentence,
) -> list[PlaceMention]:
    """The places of a sentence that can say where its people are: not a word of a name
    ("Gen. Milan Mojsilović"), not one inside an aside in brackets ("Ana Brnabić (who led a
    delegation during a January visit to Ohio)"), which tells of another occasion."""
    asides = [
        m.span()
        for m in _ASIDE.finditer(text, sentence.start, sentence.end)
        if len(m.group().split()) >= _ASIDE_WORDS
    ]
    return [
        place
        for place in places
        if not any(m.start < place.evidence.end and place.evidence.start < m.end for m in people)
        and not any(a <= place.evidence.start < b for a, b in asides)
        and not _of_an_event_ahead(text, sentence.start, place.evidence.start)
    ]


def _of_an_event_ahead(text: str, start: int, at: int) -> bool:
    """Whether the place at ``at`` is where something still to come will be held, in the
    clause before it ("for hosting the upcoming Australia-United States Ministerial
    Consultations in Sydney"): not where anyone is now."""
    clause = max(start, text.rfind(",", start, at) + 1)
    return _AHEAD.search(text, clause, at) is not None


_AHEAD = re.compile(rf"\b(?:{phrase_pattern(grammar().ahead_words)})\b", re.IGNORECASE)
"""Words of an occasion still to come ("the upcoming talks", "the forthcoming summit")."""


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
        if e.date is not None and not e.bound
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
        host_country, home = country_of(knowledge, host), country_of(knowledge, guest)
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
        if not 0 <= (reference - day.earliest()).days <= SAME_VISIT_DAYS // 2:
            continue
        city = mention.city
        if city is None and mention.venue is not None:
            city = gazetteer.venue_city(mention.venue.name)
        country = gazetteer.country_of_city(city)
        if country is None:
            continue
        homes = {p: country_of(knowledge, p) for p in mention.people}
        if country not in homes.values():
            continue
        for person, home in homes.items():
            if home is not None and home != country:
                found.append((person, country, city, mention.evidence[0].start))
    return found


def _sentence_finder(found: Sequence[Sentence]) -> Callable[[int], int]:
    """The start of the sentence of ``found`` holding an offset (the offset itself outside
    any), by bisection: a source's sentences are in order and apart, as its readable blocks
    are, so only the last one starting at or before an offset can hold it."""
    starts = [sentence.start for sentence in found]

    def sentence_of(offset: int) -> int:
        at = bisect.bisect_right(starts, offset) - 1
        return found[at].start if at >= 0 and offset < found[at].end else offset

    return sentence_of


def dateline_city(text: str, gazetteer: Gazetteer) -> str | None:
    """The city of the first dateline of ``text`` the gazetteer can place (see
    :func:`find_visit`)."""
    dateline = _dateline(text, gazetteer)
    return None if dateline is None else dateline.city


def head_place_city(source: Source, gazetteer: Gazetteer) -> str | None:
    """The city a line of the page's head names and nothing more ("New Delhi, India" over a
    transcript's day): where the remarks were given, as a dateline would say."""
    text = source.text
    for block in source.blocks:
        if block.kind is BlockKind.BODY:
            if _PROSE.search(text, block.start, block.end):
                return None  # the story has begun
            continue  # a line of navigation read as body ("You are in: ... > Remarks")
        line = text[block.start : block.end].strip()
        if not line or len(line) > _PLACE_LINE_CHARACTERS:
            continue
        at = block.start + text[block.start : block.end].index(line)
        places = gazetteer.find(source.id, text, at, at + len(line))
        if not places or places[0].kind != "city" or places[0].evidence.start != at:
            continue
        if _PLACE_LINE_REST.fullmatch(text, places[0].evidence.end, at + len(line)) is None:
            continue  # "Washington Post" or a sentence: more than a place
        return places[0].name
    return None


_PROSE = re.compile(r"[.!?][\"”’)]?(?:\s|$)")
"""A sentence's end: a block with one is the story's, not the head's."""
_PLACE_LINE_CHARACTERS = 60
"""The longest head line read as a place alone."""
_PLACE_LINE_REST = re.compile(r"(?:,[ \u00a0]+[A-Z][\w.’'-]*(?:[ \u00a0]+[A-Z][\w.’'-]*){0,3})?\.?")
"""What may follow a head line's city: its country or state ("New Delhi, India")."""


def country_of(knowledge: KnowledgeBase, actor_id: ActorId) -> str | None:
    """The country of a known actor, else ``None``."""
    actor = knowledge.actor(actor_id)
    return None if actor is None else actor.country
