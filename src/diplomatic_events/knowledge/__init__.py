"""Bundled, user-extendable knowledge: actors, topics and hedges (placeholder)."""

from diplomatic_events.knowledge._actors import KnowledgeBase, Mention, load_knowledge

__all__ = ["KnowledgeBase", "Mention", "load_knowledge"]
