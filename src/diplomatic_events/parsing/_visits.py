"""Reconstructing visits from sources and their statements (placeholder to be replaced)."""

from __future__ import annotations

from collections.abc import Sequence

from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.model import Extraction
from diplomatic_events.parsing._statements import SourceStatements, merge_statements

__all__ = ["assemble"]


def assemble(per_source: Sequence[SourceStatements], knowledge: KnowledgeBase) -> Extraction:
    """One :class:`Extraction` from what each source said."""
    actors = {actor.id: actor for part in per_source for actor in part.actors}
    for actor in knowledge.actors:
        actors.setdefault(actor.id, actor)
    return Extraction(
        sources=tuple(part.source for part in per_source),
        actors=tuple(actors.values()),
        statements=merge_statements(s for part in per_source for s in part.statements),
        non_quotations=tuple(n for part in per_source for n in part.non_quotations),
    )
