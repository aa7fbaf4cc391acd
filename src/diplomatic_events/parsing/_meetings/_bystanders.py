"""People a meeting sentence names who are no party to the meeting: escorts a delegation cue
names beside the subject, envoys who attend for a visitor from home, spokespeople who report
it, and companions who travelled together to meet others.

Moved out of ``_parties`` as the one set of readings that take people out of a meeting,
where the rest of ``_parties`` reads people in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from attrs import evolve

from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.knowledge._grammar import grammar
from diplomatic_events.model import PartialDate
from diplomatic_events.parsing._discovery._patterns import PARTY_AND_STATE_AFTER
from diplomatic_events.parsing._meetings._clues import _country_of, _holds_title, _known_countries
from diplomatic_events.parsing._meetings._parties import _PRONOUN_SUBJECT
from diplomatic_events.parsing._meetings._sentences import (
    MeetingMention,
    Sentence,
    person_mentions,
    persons,
)
from diplomatic_events.typing import ActorId

_THEIR_COUNTERPARTS = re.compile(r"\btheir[ \u00a0]+(?:[\w’'-]+[ \u00a0]+){0,2}?counterparts\b")
"""The other side as the counterparts of several ("met with their Japanese counterparts")."""


def _escorts(
    knowledge: KnowledgeBase, text: str, sentence: Sentence, at: int
) -> frozenset[ActorId]:
    """The people a delegation cue names before the meeting word ("Langley, along with U.S.
    Ambassador Joey R. Hood, met with ..."): they came with the subject, they are not the
    other side, and staff who attend are no party to the meeting."""
    cue = knowledge.event_cues.delegation
    opening = None if cue is None else cue.search(text, sentence.start, at)
    if opening is None or _THEIR_COUNTERPARTS.search(text, at, sentence.end):
        # "Mattis, along with Secretary of State Tillerson, met with their Japanese
        # counterparts": the two met their two counterparts together
        return frozenset()
    return frozenset(
        m.actor
        for m in person_mentions(knowledge, text, sentence)
        if opening.end() <= m.start < at
        # a lawmaker with their party and state is one of the party, not staff ("along with
        # Senator Cory Gardner (R-Colo.), ..., today met with")
        and PARTY_AND_STATE_AFTER.match(text, m.end) is None
    )


def _without_envoys_of_visitor(
    knowledge: KnowledgeBase,
    text: str,
    sentence: Sentence,
    at: int | None,
    people: Sequence[ActorId],
    on: PartialDate | None = None,
) -> list[ActorId]:
    """``people`` without the envoys who attend for a visitor from home: "Langley and U.S.
    Ambassador to Djibouti Cynthia Kierscht met with ...", "Kelly met with President Lobo
    ... as well as U.S. Ambassador to Honduras Lisa Kubiske" are no meetings with the envoy.

    An envoy named before the meeting word beside someone who is no envoy came with them;
    one named after it is staff beside a compatriot, or beside the subject when the story
    gives the subject no country ("Gen. Kelly"). An ambassador who meets a foreign minister
    alone, or is the subject, is a party. ``on``: the sentence's day, when known (an envoy
    is one on that day)."""
    envoys = {p for p in people if _holds_title(knowledge, p, grammar().embassy_titles, on)}
    if not envoys:
        return list(people)
    before = (
        set()
        if at is None
        else {
            m.actor
            for m in person_mentions(knowledge, text, sentence)
            if m.start < at and m.actor in people
        }
    )
    countries = {p: _country_of(knowledge, p) for p in people}
    subject = next((p for p in people if p not in envoys), None)
    staff = set()
    for envoy in envoys:
        others = [p for p in people if p not in envoys]
        # beside a compatriot (or one of no known country) meeting someone: "Langley and
        # U.S. Ambassador Kierscht met with ..."; beside a foreigner, the other party
        beside_the_subject = (
            envoy in before
            and any(p in before and countries[p] in (countries[envoy], None) for p in others)
            # and the two met someone named after: "U.S. Ambassador Huntsman and Gen.
            # Gerasimov met in Moscow today" are the two parties
            and any(p not in before for p in people)
        )
        if beside_the_subject or (
            envoy not in before
            and countries[envoy] is not None
            and (
                any(
                    countries[q] == countries[envoy] or (q == subject and countries[q] is None)
                    for q in others
                )
                # "He also met with U.S. Chargé d'Affaires A and Major General B": the story's
                # protagonist, the pronoun, met the foreigner; the envoy came along
                or (
                    at is not None
                    and not before
                    and any(countries[q] not in (None, countries[envoy]) for q in others)
                    and _PRONOUN_SUBJECT.search(text, sentence.start, at) is not None
                )
            )
        ):
            staff.add(envoy)
    return [p for p in people if p not in staff]


def _spokespeople(knowledge: KnowledgeBase, text: str, sentence: Sentence) -> set[ActorId]:
    """The people of ``sentence`` who speak for an office: by a role, or by the words
    after their name ("Navy Lt. Cmdr. Courtney Hillson, a spokeswoman for Work, said")."""
    words = grammar().spokesperson_titles
    found: set[ActorId] = set()
    for mention in person_mentions(knowledge, text, sentence):
        # the people who report a meeting ("In a statement summarizing the meeting, Kirby
        # said Abbott conveyed ...", "attributable to Spokesperson Ned Price: ...")
        apposition = _APPOSITION_TITLE.match(text, mention.end, sentence.end)
        if _holds_title(knowledge, mention.actor, words) or (
            apposition is not None and any(w in apposition.group().casefold() for w in words)
        ):
            found.add(mention.actor)
    return found


_APPOSITION_TITLE = re.compile(r",[ \u00a0]+(?:a|an|the)[ \u00a0]+[^,.;:]{0,60}")
"""The description right after a name ("..., a spokeswoman for Work,")."""


_WITH_AFTER = re.compile(r"[ \u00a0]+with\b")


def _companions_only(
    knowledge: KnowledgeBase,
    text: str,
    sentence: Sentence,
    trigger: re.Match[str],
    people: Sequence[ActorId],
) -> bool:
    """Whether everyone a meeting clause names comes before "meet with", which names no one
    after it, and no two of them are of different known countries: they travelled together
    to meet others ("General Langley and Sgt. Maj. Woods visited Djibouti to meet with
    African partner leaders"), they did not meet each other."""
    at = sentence.start + trigger.end()
    if len(people) < 2 or not (
        trigger.group().endswith("with") or _WITH_AFTER.match(text, at, sentence.end)
    ):
        return False
    if persons(knowledge, text, sentence, at, sentence.end):
        return False
    return len(_known_countries(knowledge, people)) <= 1


def _without_spokespeople(knowledge: KnowledgeBase, mention: MeetingMention) -> MeetingMention:
    """The mention without the people whose office is to speak for others: the spokesperson
    a readout is "attributable to" reports the meeting, never takes part in it."""
    words = grammar().spokesperson_titles
    people = tuple(p for p in mention.people if not _holds_title(knowledge, p, words))
    return mention if people == mention.people else evolve(mention, people=people)


_RETIRED_YEARS = 20
"""How long before a meeting's year every office of a known person may have ended for them to
be a figure the story recalls rather than one who met."""


def _recalled(knowledge: KnowledgeBase, mention: MeetingMention) -> bool:
    """Whether the mention names a known person whose every office ended twenty years or more
    before its day: "that first meeting with Prime Minister Golda Meir ... a guy named Rabin"
    in a 2024 speech is a memory, not a meeting of the visit. The data list offices, not
    lives, so one who holds none now is taken for a memory only that long after; people the
    text introduced (no data of theirs) never are."""
    day = None if mention.date is None else mention.date.date
    if day is None:
        return False
    return any(_long_retired(knowledge, p, day.year) for p in mention.people)


def _long_retired(knowledge: KnowledgeBase, person: ActorId, year: int) -> bool:
    actor = knowledge.actor(person)
    if actor is None or actor.discovered or not actor.roles:
        return False
    ends = [role.end for role in actor.roles]
    if any(end is None for end in ends):
        return False
    return year - max(end.year for end in ends if end is not None) >= _RETIRED_YEARS
