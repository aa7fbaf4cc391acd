"""A travelling party's members, present at the meetings the party holds.

Congressional delegations and other parties are told by their leader and a sentence that
lists the rest: "A U.S. Congressional delegation led by Senator Patrick Leahy visited Hanoi
... Accompanying Sen. Leahy were Sen. Richard Shelby, Sen. Mike Crapo, Rep. Jim Cooper and
Rep. Peter Welch." A meeting the party holds ("Sen. Leahy and the delegation met with Party
General Secretary Nguyen Phu Trong") is one of all its members with each person met.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from attrs import frozen

from diplomatic_events._needed import may_match_in
from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.knowledge._grammar import grammar, phrase_pattern
from diplomatic_events.knowledge._prefilter import guarded
from diplomatic_events.parsing._meetings._clues import _country_of, _holds_title
from diplomatic_events.parsing._meetings._parties import _party_pattern
from diplomatic_events.parsing._meetings._sentences import PersonMention, Sentence, person_mentions
from diplomatic_events.parsing._meetings._subject_lists import one_list_of_subjects
from diplomatic_events.parsing._meetings._words import _TRIGGER
from diplomatic_events.typing import ActorId


@frozen(kw_only=True)
class Party:
    """A story's travelling party: its members, and its leader when the story says who leads
    it ("a delegation led by ...", "Chairman Turner was joined by ...")."""

    members: tuple[ActorId, ...] = ()
    leader: ActorId | None = None


@functools.cache
def _joined() -> re.Pattern[str]:
    """The phrases naming a party's members (``party_joined`` in ``grammar.toml``)."""
    return guarded(re.compile(rf"\b(?:{phrase_pattern(grammar().party_joined)})\b", re.IGNORECASE))


@functools.cache
def _leader_after() -> re.Pattern[str]:
    """Those of the phrases after which the leader is named (``party_leader_after``)."""
    return re.compile(rf"(?:{phrase_pattern(grammar().party_leader_after)})$", re.IGNORECASE)


@functools.cache
def _travelled() -> re.Pattern[str]:
    """A party's going somewhere right after its list of subjects (``party_travel``), past
    an optional adverb ("then", "recently")."""
    verbs = phrase_pattern(grammar().party_travel)
    # possessive: a long run of spaces is read once, not once per way of splitting it
    return re.compile(
        rf"[ \u00a0]*+(?:\([^()\n]{{1,30}}\)[ \u00a0]*+)?(?:,[ \u00a0]*+)?"
        rf"(?:(?:then|also|recently|jointly|together|all)[ \u00a0]++)?(?:{verbs})\b"
    )


@functools.cache
def _joined_on() -> re.Pattern[str]:
    """ "joined B on a congressional delegation": joining another's trip (``party_joining``;
    the trip one of ``trip_nouns`` or ``party_nouns``)."""
    words = grammar()
    trips = phrase_pattern(words.trip_nouns | words.party_nouns)
    return re.compile(
        rf"\b(?:{phrase_pattern(words.party_joining)})\b[^.;:!?\n]{{1,160}}?"
        rf"\bon[ \u00a0]+(?:a|an|the|his|her|their)[ \u00a0]+(?:[\w-]+[ \u00a0]+){{0,3}}?"
        rf"(?:{trips})\b",
        re.IGNORECASE,
    )


@functools.cache
def _trip_with() -> re.Pattern[str]:
    """ "completed a tour of African nations with U.S. Senator B": a trip (one of
    ``trip_nouns``) its subject made with someone, who travelled with him."""
    trips = phrase_pattern(grammar().trip_nouns)
    return guarded(
        re.compile(
            rf"\b(?:{trips})\b[^.;:!?\n]{{0,80}}?\bwith[ \u00a0]+"
            rf"(?P<titles>(?:[A-Z][\w.'’-]*[ \u00a0]+){{0,5}})"
        )
    )


def _trip_companions(
    text: str, sentence: Sentence, named: Sequence[PersonMention]
) -> list[PersonMention]:
    """The subject of a trip made "with" someone and that companion ("A has completed a tour
    of African nations with U.S. Senator B"), when the companion is named right after
    "with"."""
    trip = _trip_with()
    if not may_match_in(trip, text, sentence.start, sentence.end):
        return []
    found = trip.search(text, sentence.start, sentence.end)
    if found is None:
        return []
    before = [m for m in named if m.end <= found.start()]
    after = [m for m in named if m.start >= found.start("titles")]
    if not before or not after or after[0].start > found.end():
        return []
    return [before[0], after[0]]


def _listed_travellers(
    knowledge: KnowledgeBase, text: str, sentence: Sentence
) -> list[PersonMention]:
    """The people a sentence names as its travelling party without a phrase of
    ``party_joined``: two or more listed as the subjects of a verb of going somewhere
    ("Senators A, B and C traveled to Kyiv"), or those who joined another's trip ("A joined
    Democratic Leader B on a congressional delegation to Ghana")."""
    named = [m for m in person_mentions(knowledge, text, sentence) if not m.modifier]
    joined_on = _joined_on()
    joined = (
        joined_on.search(text, sentence.start, sentence.end)
        if may_match_in(joined_on, text, sentence.start, sentence.end)
        else None
    )
    if joined is not None:
        return [m for m in named if m.end <= joined.end()]
    companions = _trip_companions(text, sentence, named)
    if companions:
        return companions
    travelled = _travelled()
    for index in range(len(named) - 1, 0, -1):
        if travelled.match(text, named[index].end) is None:
            continue
        subjects = named[: index + 1]
        for first in range(index):  # the longest list ending there
            if one_list_of_subjects(text, subjects[first:]):
                return subjects[first:]
        return []
    return []


def party_members(knowledge: KnowledgeBase, text: str, clauses: Sequence[Sentence]) -> Party:
    """The story's travelling party: the people of one country named in the sentences that
    list them ("Accompanying Sen. Leahy were ...", "a delegation led by ..."), in order, and
    its leader, named first after a leader's phrase or first before another one."""
    joined = _joined()
    members: dict[ActorId, None] = {}
    country: str | None = None
    leader: ActorId | None = None
    for sentence in clauses:
        cue = next(
            (
                found
                for found in (
                    joined.finditer(text, sentence.start, sentence.end)
                    if may_match_in(joined, text, sentence.start, sentence.end)
                    else ()
                )
                # "The Members of Congress and accompanying staff members, accompanied by
                # ...": a participle before a noun in lower case describes it, naming no one
                if not (found.group().endswith("ing") and _LOWER_NEXT.match(text, found.end()))
            ),
            None,
        )
        if cue is None:
            if sum(not m.modifier for m in person_mentions(knowledge, text, sentence)) < 2:
                continue  # the travellers listed are some of the people named: one is no party
            travellers = _listed_travellers(knowledge, text, sentence)
            travellers_countries = {_country_of(knowledge, m.actor) for m in travellers}
            travellers_countries.discard(None)
            if len(travellers) < 2 or len(travellers_countries) > 1:
                continue
            if country is not None and travellers_countries - {country}:
                continue
            country = next(iter(travellers_countries), country)
            members.update(dict.fromkeys(m.actor for m in travellers))
            continue
        named = [m for m in person_mentions(knowledge, text, sentence) if not m.modifier]
        met = _TRIGGER.search(text, cue.end(), sentence.end)
        if met is not None:
            # "A, along with other members, traveled to Mexico City to meet with President
            # B": those met are no members of the party
            named = [m for m in named if m.start < met.start()]
        after = [m for m in named if m.start >= cue.end()]
        if not after:
            continue  # "joined by the Minister": no one named after the phrase
        countries = {_country_of(knowledge, m.actor) for m in named}
        countries.discard(None)
        if len(countries) > 1 or (country is not None and countries - {country}):
            continue  # a sentence of two sides names no one party
        country = next(iter(countries), country)
        # those of no known country listed with them are theirs ("Sen. Richard Shelby")
        members.update(
            dict.fromkeys(
                m.actor for m in named if _country_of(knowledge, m.actor) in (None, country)
            )
        )
        if leader is None:
            before = [m for m in named if m.end <= cue.start()]
            if _leader_after().search(cue.group()):
                leader = after[0].actor
            elif before:
                leader = before[0].actor
    # an envoy who accompanies a party of others is the embassy's staff at its meetings, not
    # one of it ("The Members of Congress, accompanied by United States Ambassador A, met")
    envoys = {m for m in members if _holds_title(knowledge, m, grammar().embassy_titles)}
    if envoys and len(envoys) < len(members):
        members = {m: None for m in members if m not in envoys}
        leader = None if leader in envoys else leader
    return Party(members=tuple(members), leader=leader)


_LOWER_NEXT = re.compile(r"[ \u00a0]+[a-z]")
"""A word in lower case next."""


def held_by_the_party(
    knowledge: KnowledgeBase,
    text: str,
    sentence: Sentence,
    trigger: re.Match[str] | None,
    people: Sequence[ActorId],
    party: Party,
) -> Party:
    """The party's members at the meeting ``sentence`` tells, when the party is its subject
    ("Sen. Leahy and the delegation met with ...", "The delegation met with ...") and it met
    someone of another country; else none."""
    members = party.members
    if not members or trigger is None:
        return Party()
    at = sentence.start + trigger.start()
    if _party_pattern().search(text, sentence.start, at) is None:
        return Party()
    homes = {_country_of(knowledge, m) for m in members}
    if not any(_country_of(knowledge, p) not in (None, *homes) for p in people):
        return Party()  # no one of another country met
    return party


def met_by_the_party(
    knowledge: KnowledgeBase, people: Sequence[ActorId], held_by: Party
) -> list[ActorId]:
    """The people of a meeting the party ``held_by`` holds (none: ``people`` as they are):
    without a compatriot outside the party, its host abroad beside it ("the delegation met
    with the U.S. Ambassador to Mexico Ken Salazar, Mexican President ..."), and headed by
    its leader (or first member) when it met people of several countries ("the Members met
    with Israeli Prime Minister A, Iraqi Prime Minister B, ..."): the party met each, not
    the first named the others."""
    if not held_by.members:
        return list(people)
    homes = {_country_of(knowledge, member) for member in held_by.members} - {None}
    met = [p for p in people if p in held_by.members or _country_of(knowledge, p) not in homes]
    if len(met) > 1 and not set(met) & set(held_by.members):
        return [held_by.leader or held_by.members[0], *met]
    return met
