"""Bundled, user-extendable knowledge: who the actors are and how the coverage names them.

Actors, country words, descriptions ("the top US diplomat") and the attribution
vocabulary live in TOML files under ``data/``; users add their own files or install
packs under the ``diplomatic_events.knowledge`` entry-point group.
"""

from diplomatic_events.knowledge._actors import KnowledgeBase, Mention, slug
from diplomatic_events.knowledge._entries import (
    ActorEntry,
    CountryEntry,
    DescriptionEntry,
    KnowledgeFile,
)
from diplomatic_events.knowledge._hedges import HEDGE_RULES, HedgeRule, load_hedge_rules
from diplomatic_events.knowledge._load import default_knowledge, knowledge_from_toml, load_knowledge
from diplomatic_events.knowledge._topics import TopicEntry, Topics, load_topics, word_pattern

__all__ = [
    "HEDGE_RULES",
    "ActorEntry",
    "CountryEntry",
    "DescriptionEntry",
    "HedgeRule",
    "KnowledgeBase",
    "KnowledgeFile",
    "Mention",
    "TopicEntry",
    "Topics",
    "default_knowledge",
    "knowledge_from_toml",
    "load_hedge_rules",
    "load_knowledge",
    "load_topics",
    "slug",
    "word_pattern",
]
