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

from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.knowledge._grammar import grammar, phrase_pattern
from diplomatic_events.parsing._meetings._clues import _country_of
from diplomatic_events.parsing._meetings._parties import _party_pattern
from diplomatic_events.parsing._meetings._sentences import Sentence, person_mentions
from diplomatic_events.typing import ActorId

_PARTY_AT_LEAST = 2
"""How many members, the leader among them, make a party worth naming."""


@functools.cache
def _joined() -> re.Pattern[str]:
    """The phrases naming a party's members (``party_joined`` in ``grammar.toml``)."""
    return re.compile(rf"\b(?:{phrase_pattern(grammar().party_joined)})\b", re.IGNORECASE)


def party_members(
    knowledge: KnowledgeBase, text: str, clauses: Sequence[Sentence]
) -> tuple[ActorId, ...]:
    """The members of the story's travelling party: the people of one country named in the
    sentences that list them ("Accompanying Sen. Leahy were ..."), in order; none when no
    sentence lists two or more of one country."""
    joined = _joined()
    members: dict[ActorId, None] = {}
    country: str | None = None
    for sentence in clauses:
        cue = joined.search(text, sentence.start, sentence.end)
        if cue is None:
            continue
        named = [m for m in person_mentions(knowledge, text, sentence) if not m.modifier]
        if not any(m.start >= cue.end() for m in named):
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
    return tuple(members) if len(members) >= _PARTY_AT_LEAST else ()


def held_by_the_party(
    knowledge: KnowledgeBase,
    text: str,
    sentence: Sentence,
    trigger: re.Match[str] | None,
    people: Sequence[ActorId],
    members: Sequence[ActorId],
) -> tuple[ActorId, ...]:
    """The party's members at the meeting ``sentence`` tells, when the party is its subject
    ("Sen. Leahy and the delegation met with ...", "The delegation met with ...") and it met
    someone of another country; else none."""
    if not members or trigger is None:
        return ()
    at = sentence.start + trigger.start()
    if _party_pattern().search(text, sentence.start, at) is None:
        return ()
    homes = {_country_of(knowledge, m) for m in members}
    if not any(_country_of(knowledge, p) not in (None, *homes) for p in people):
        return ()  # no one of another country met
    return tuple(members)
