"""Quotations and speakers (placeholder to be replaced)."""

from __future__ import annotations

from collections.abc import Iterable

from attrs import frozen

from diplomatic_events.knowledge import KnowledgeBase, Mention
from diplomatic_events.model import Actor, NonQuotation, Source, Statement

__all__ = ["SourceStatements", "extract_statements", "merge_statements"]


@frozen(kw_only=True)
class SourceStatements:
    """What one source says and who says it."""

    source: Source
    statements: tuple[Statement, ...] = ()
    actors: tuple[Actor, ...] = ()
    non_quotations: tuple[NonQuotation, ...] = ()
    mentions: tuple[Mention, ...] = ()


def extract_statements(source: Source, knowledge: KnowledgeBase) -> SourceStatements:
    """Every quotation in ``source``, attributed."""
    del knowledge
    return SourceStatements(source=source)


def merge_statements(statements: Iterable[Statement]) -> tuple[Statement, ...]:
    """Join the reports of one utterance across sources."""
    return tuple(statements)
