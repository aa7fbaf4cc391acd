"""Heads of delegations: talks told by who led each side.

Staff talks and bilateral consultations are often told with no meeting word between their
principals: "Aiken led the U.S. delegation and Rear Adm. Torrico, Deputy Chief of Naval
General Staff, led the Peruvian delegation", or "Russel ... led the U.S. delegation. ...
Gankhuyag ... led the Mongolian government delegation at the talks." The heads of two
delegations of two countries met; the sentence naming the second head tells it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from attrs import frozen

from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.knowledge._grammar import grammar, phrase_pattern
from diplomatic_events.parsing._meetings._sentences import Sentence, person_mentions
from diplomatic_events.typing import ActorId

_PAIR_PARAGRAPHS = 3
"""How many paragraphs apart two heads may be named and still be one occasion's."""
_SIDE_WORDS = 4
"""At most this many words name a delegation's side ("the U.S. Army South delegation")."""
_APPOSITIVE = re.compile(r"\s*(?:,[^,;:]*,?\s*)?")
"""What may stand between a head's name and "led": nothing, or one appositive after a comma."""


_TITLE_ONLY = re.compile(r"[^\W\d][\w.'’ -]{0,40}|")
"""What may stand between "led by" and the head's name: a title, or nothing."""


@frozen(kw_only=True)
class DelegationPair:
    """Two heads of delegations of two countries, told in the clause naming the second."""

    heads: tuple[ActorId, ActorId]
    match: re.Match[str]
    """The second head's "led the ... delegation" (or "delegation led by"), offsets in the
    clause."""


@frozen(kw_only=True)
class _Head:
    actor: ActorId
    side: str
    clause: int
    paragraph: int
    match: re.Match[str]


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """ "led the X delegation" and "the X delegation, led by" (``leader_phrases`` and
    ``delegation_nouns`` in ``grammar.toml``; the active verb is the phrase without "by")."""
    words = grammar()
    nouns = phrase_pattern(words.delegation_nouns)
    verbs = phrase_pattern(
        frozenset(p.removesuffix(" by") for p in words.leader_phrases if p.endswith(" by"))
    )
    leaders = phrase_pattern(words.leader_phrases)
    side = rf"(?P<side>(?:[\w.'’-]+\s+){{1,{_SIDE_WORDS}}}?)"
    active = re.compile(rf"\b(?:{verbs})\s+the\s+{side}(?:{nouns})\b", re.IGNORECASE)
    passive = re.compile(
        rf"\bthe\s+{side}(?:{nouns}),?\s+(?:was\s+|were\s+)?(?:{leaders})\s+", re.IGNORECASE
    )
    return active, passive


def _side(knowledge: KnowledgeBase, words: str) -> str | None:
    """The one country the words before "delegation" name ("U.S", "Peruvian"), if any."""
    found = {code for word in words.split() if (code := knowledge.country_of(word)) is not None}
    return found.pop() if len(found) == 1 else None


def _heads_in(knowledge: KnowledgeBase, text: str, sentence: Sentence, index: int) -> list[_Head]:
    active, passive = _patterns()
    words = text[sentence.start : sentence.end]
    named = person_mentions(knowledge, text, sentence)
    heads: list[_Head] = []
    for match in active.finditer(words):
        side = _side(knowledge, match["side"])
        at = sentence.start + match.start()
        before = [m for m in named if m.end <= at and not m.modifier]
        if side is None or not before:
            continue
        # the head is the clause's subject: the name right before "led", or before an
        # appositive in commas
        if _APPOSITIVE.fullmatch(text, before[-1].end, at) is None:
            continue
        heads.append(
            _Head(
                actor=before[-1].actor,
                side=side,
                clause=index,
                paragraph=sentence.paragraph,
                match=match,
            )
        )
    for match in passive.finditer(words):
        side = _side(knowledge, match["side"])
        at = sentence.start + match.end()
        after = [m for m in named if m.start >= at and not m.modifier][:1]
        # the head right after "led by", or after a title ("led by Rear Adm. X")
        if side is None or not after or _TITLE_ONLY.fullmatch(text, at, after[0].start) is None:
            continue
        heads.append(
            _Head(
                actor=after[0].actor,
                side=side,
                clause=index,
                paragraph=sentence.paragraph,
                match=match,
            )
        )
    return sorted(heads, key=lambda h: h.match.start())


def delegation_pairs(
    knowledge: KnowledgeBase, text: str, clauses: Sequence[Sentence]
) -> dict[int, DelegationPair]:
    """For each clause that names the head of a delegation of one country after the head of
    another's (in it or a few paragraphs before), the two heads: they met."""
    held = frozenset(grammar().delegation_nouns)
    if not held or not any(noun in text.lower() for noun in held):
        return {}
    pairs: dict[int, DelegationPair] = {}
    earlier: list[_Head] = []
    for index, sentence in enumerate(clauses):
        for head in _heads_in(knowledge, text, sentence, index):
            partner = next(
                (
                    h
                    for h in reversed(earlier)
                    if h.side != head.side
                    and h.actor != head.actor
                    and head.paragraph - h.paragraph <= _PAIR_PARAGRAPHS
                ),
                None,
            )
            if partner is not None and index not in pairs:
                pairs[index] = DelegationPair(heads=(partner.actor, head.actor), match=head.match)
            earlier.append(head)
    return pairs
