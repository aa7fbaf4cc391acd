"""The mentions a pronoun may go back to as someone just introduced: those of discovered
people, listed once per attributor, so each pronoun looks at those of its block by
bisection rather than at every mention before it (one long paragraph naming known people
at every sentence made that a pass over the paragraph for each pronoun)."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from diplomatic_events._identity_memo import IdentityMemo
from diplomatic_events.knowledge import KnowledgeBase, Mention
from diplomatic_events.model import ActorKind
from diplomatic_events.typing import ActorId


class Introduced:
    """A source's mentions of those who may be discovered people, in order, and the first
    mention of each actor."""

    __slots__ = ("first", "mentions", "starts")

    def __init__(self, knowledge: KnowledgeBase, mentions: Sequence[Mention]) -> None:
        self.mentions = [m for m in mentions if _may_be_introduced(knowledge, m.actor)]
        self.starts = [m.start for m in self.mentions]
        self.first: dict[ActorId, Mention] = {}
        for mention in mentions:
            self.first.setdefault(mention.actor, mention)

    def between(self, start: int, end: int) -> list[Mention]:
        """The listed mentions starting in ``[start, end)``, in order."""
        return self.mentions[
            bisect.bisect_left(self.starts, start) : bisect.bisect_left(self.starts, end)
        ]


def _may_be_introduced(knowledge: KnowledgeBase, actor_id: ActorId) -> bool:
    """Whether a mention's actor may be a discovered person to the attributor: one the
    knowledge does not hold may be one it creates, and it creates none the knowledge holds
    (so for those, what the knowledge says is what the attributor reads)."""
    actor = knowledge.actor(actor_id)
    return actor is None or (actor.discovered and actor.kind is ActorKind.PERSON)


_INTRODUCED: IdentityMemo[Introduced] = IdentityMemo(8)
"""By attributor (one per source): the last few sources' lists."""


def introduced(
    attributor: object, knowledge: KnowledgeBase, mentions: Sequence[Mention]
) -> Introduced:
    """The :class:`Introduced` of an attributor's ``mentions`` (in text order: the
    attributor sorts them when made), made once per attributor."""
    return _INTRODUCED.get_or_make(attributor, lambda: Introduced(knowledge, mentions))
