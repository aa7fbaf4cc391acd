"""Positions: each side's stance on each topic, with the statements that carry it.

A sentence that names a person (the side is their country) together with topic words and a
stance cue gives a position. Negation is kept, not flipped: "does not support Taiwan
independence" is ``SUPPORTS`` with ``negated=True`` (a refusal to support is not the same
claim as opposition, so the reader decides).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.knowledge._topics import Topics, load_topics
from diplomatic_events.model import Position, Source, Stance, Statement
from diplomatic_events.parsing._meetings import persons, sentences
from diplomatic_events.parsing._places import Gazetteer
from diplomatic_events.typing import StatementId, TopicId

__all__ = ["default_topics", "find_positions", "stance_of"]

_NEGATION = re.compile(r"\b(?:not|never|no\s+longer|n't|neither|nor)\b\W*(?:\w+\W+){0,2}$", re.I)
_STANCE_ORDER = (
    Stance.REJECTS,
    Stance.OPPOSES,
    Stance.DEMANDS,
    Stance.CONCERNED,
    Stance.COMMITS,
    Stance.SUPPORTS,
    Stance.AGREES,
)


@functools.cache
def default_topics() -> Topics:
    """The bundled topic vocabulary, read once."""
    return load_topics()


def stance_of(text: str, start: int, end: int, topics: Topics) -> tuple[Stance, bool, int] | None:
    """The first stance cue in ``text[start:end]`` (by the order above), negated or not."""
    for stance in _STANCE_ORDER:
        pattern = topics.stances.get(stance)
        if pattern is None:
            continue
        match = pattern.search(text, start, end)
        if match is not None:
            negated = _NEGATION.search(text[max(start, match.start() - 30) : match.start()])
            return stance, negated is not None, match.start()
    return None


def find_positions(
    sources: Sequence[Source],
    statements: Sequence[Statement],
    knowledge: KnowledgeBase,
    gazetteer: Gazetteer,
    topics: Topics | None = None,
) -> tuple[Position, ...]:
    """Positions per side and topic; one :class:`Position` per side, topic, stance and negation."""
    del gazetteer
    topics = topics or default_topics()
    found: dict[tuple[str, str, Stance, bool], Position] = {}
    for source in sources:
        text = source.text
        for sentence in sentences(source):
            people = persons(knowledge, text, sentence)
            if not people:
                continue
            holder = people[0]
            actor = knowledge.actor(holder)
            side = (actor.country if actor is not None else None) or holder
            stance = stance_of(text, sentence.start, sentence.end, topics)
            if stance is None:
                continue
            evidence = source.span(sentence.start, sentence.end)
            carried = tuple(
                StatementId(s.id)
                for s in statements
                for r in s.reports
                if r.source == source.id and sentence.start <= r.start < sentence.end
            )
            for topic, pattern in topics.patterns.items():
                if pattern.search(text, sentence.start, sentence.end) is None:
                    continue
                key = (side, topic, stance[0], stance[1])
                known = found.get(key)
                found[key] = Position(
                    side=side,
                    topic=TopicId(topic),
                    stance=stance[0],
                    negated=stance[1],
                    holder=holder if known is None else known.holder,
                    statements=tuple(
                        dict.fromkeys((*(known.statements if known else ()), *carried))
                    ),
                    evidence=(*(known.evidence if known else ()), evidence),
                )
    return tuple(sorted(found.values(), key=lambda p: (p.topic, p.side, p.stance.value)))
