"""Meetings of the story's protagonist, or of a clause's one person, with people a sentence
names: each person of a bulleted list ("Meetings with ... officials included:"), each of
several people "he met" ("He met yesterday with Gazmin and President Aquino"), one person
met ("... met with Prime Minister Lee").

Apart from the finder (:mod:`._find`) because these mentions stand for a participant the
sentence does not name (``implied``); the finder decides when a sentence tells one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from attrs import evolve

from diplomatic_events.model import Source, Span
from diplomatic_events.parsing._meetings._clues import _kind
from diplomatic_events.parsing._meetings._sentences import MeetingMention, Sentence
from diplomatic_events.parsing._time import TimeExpression
from diplomatic_events.typing import ActorId


def each_listed(
    base: MeetingMention,
    people: Sequence[ActorId],
    listed: Sequence[tuple[ActorId, Sentence]],
    *,
    source: Source,
    evidence: tuple[Span, ...],
    words: str,
    trigger: re.Match[str] | None,
    date: TimeExpression | None,
    narrative: TimeExpression | None,
    from_entry: bool,
) -> list[MeetingMention]:
    """A meeting of the clause's one person (or the protagonist) with each person ``listed``
    in the bulleted items after ``base``'s clause (its text ``words``, its people
    ``people``), each item its evidence too; ``date``, ``narrative`` and ``from_entry`` as
    the sentence's day choice gave them."""
    made: list[MeetingMention] = []
    for person, item in listed:
        made.append(
            evolve(
                base,
                people=(*people[:1], person),
                evidence=(*evidence, source.span(item.start, item.end)),
                kind=_kind(words, trigger) if trigger is not None else base.kind,
                implied=not people,
                group=False,
                date=date or narrative,
                narrative=from_entry or (date is None and narrative is not None),
            )
        )
    return made


def each_met(
    base: MeetingMention,
    people: Sequence[ActorId],
    *,
    words: str,
    trigger: re.Match[str],
    date: TimeExpression | None,
    narrative: TimeExpression | None,
    from_entry: bool,
) -> list[MeetingMention]:
    """A meeting of the protagonist with each of ``people``, who did not meet one another
    ("He met yesterday with Gazmin and President Aquino")."""
    made: list[MeetingMention] = []
    for person in people:
        made.append(
            _by_the_party(
                evolve(
                    base,
                    people=(person,),
                    kind=_kind(words, trigger),
                    implied=True,
                    group=False,
                    date=date or narrative,
                    narrative=from_entry or (date is None and narrative is not None),
                )
            )
        )
    return made


def _by_the_party(mention: MeetingMention) -> MeetingMention:
    """``mention`` held by the story's party, when it names one and its leader ("the senators
    met with A" after "a delegation led by ..."): the leader met ``mention``'s people, not
    whoever the story names most; else ``mention`` as it is, its protagonist still to find."""
    leader = mention.party_leader
    if leader is None or leader in mention.people:
        return mention
    return evolve(mention, people=(leader, *mention.people), implied=False)


def one_met(
    base: MeetingMention,
    *,
    words: str,
    trigger: re.Match[str],
    date: TimeExpression | None,
    narrative: TimeExpression | None,
    from_entry: bool,
    met_after: bool,
) -> list[MeetingMention]:
    """A meeting of the protagonist with the one person ``base`` names (``met_after``: named
    after the meeting word, the one met)."""
    return [
        _by_the_party(
            evolve(
                base,
                kind=_kind(words, trigger),
                implied=True,
                met_after=met_after,
                date=date or narrative,
                narrative=from_entry or (date is None and narrative is not None),
            )
        )
    ]
