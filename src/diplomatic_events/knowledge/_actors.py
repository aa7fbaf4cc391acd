"""Known actors and finding their mentions in text (placeholder to be replaced)."""

from __future__ import annotations

from pathlib import Path

from attrs import frozen

from diplomatic_events.model import Actor
from diplomatic_events.typing import ActorId

__all__ = ["KnowledgeBase", "Mention", "load_knowledge"]


@frozen(kw_only=True)
class Mention:
    """A place where the text names an actor."""

    actor: ActorId
    start: int
    end: int
    text: str
    via: str = "name"


@frozen(kw_only=True)
class KnowledgeBase:
    """The actors a parse can recognise."""

    actors: tuple[Actor, ...] = ()

    def actor(self, actor_id: ActorId) -> Actor | None:
        """The actor with this id, if known."""
        return next((actor for actor in self.actors if actor.id == actor_id), None)

    def find_mentions(self, text: str, start: int = 0, end: int | None = None) -> list[Mention]:
        """Mentions of known actors in ``text[start:end]``, offsets into ``text``."""
        del text, start, end
        return []


def load_knowledge(*extra_files: Path) -> KnowledgeBase:
    """The bundled knowledge plus the user's files."""
    del extra_files
    return KnowledgeBase()
