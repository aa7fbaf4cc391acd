"""Positions (placeholder)."""

from __future__ import annotations

from collections.abc import Sequence

from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.model import Position, Source, Statement
from diplomatic_events.parsing._places import Gazetteer

__all__ = ["find_positions"]


def find_positions(
    sources: Sequence[Source],
    statements: Sequence[Statement],
    knowledge: KnowledgeBase,
    gazetteer: Gazetteer,
) -> tuple[Position, ...]:
    """Each side's stance per topic."""
    del sources, statements, knowledge, gazetteer
    return ()
