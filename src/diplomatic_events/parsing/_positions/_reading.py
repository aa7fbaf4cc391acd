"""What the per-source stage reads once: each sentence's topics, clauses and cues."""

from __future__ import annotations

import zlib
from collections.abc import Mapping

from attrs import define, field, frozen

from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.knowledge._prefilter import matching
from diplomatic_events.knowledge._topics import Topics
from diplomatic_events.model import Source, Span, Stance
from diplomatic_events.parsing._events import clauses
from diplomatic_events.parsing._meetings import Sentence, sentences
from diplomatic_events.parsing._positions._cues import _Cue, _cues
from diplomatic_events.parsing._positions._lead import _speaker_labels
from diplomatic_events.typing import ActorId, SourceId, StatementId

_Key = tuple[str, str, Stance, bool]
"""A position's side, topic, stance and negation."""


@define(kw_only=True)
class _Gathered:
    """What the clauses say of one position so far: its holder, the statements carrying it
    and its evidence, each in the order first seen."""

    holder: ActorId | None
    statements: dict[StatementId, None]
    evidence: dict[Span, None]


@frozen(kw_only=True)
class PositionReading:
    """What the position finder reads of one source before the visit is known: the topics
    each sentence names, the clauses of those sentences and the stance cues of each clause,
    and a transcript's speaker labels. The ``positions`` stage reads it once per source;
    the positions of a visit, found once its sources are grouped, read it back.

    .. versionadded:: 0.1.0
    """

    source: SourceId
    length: int
    """The length of the source's text, a check that a reading is of that text."""
    vocabulary: int = field(repr=False)
    """A checksum of the topic and stance patterns it was read with (see :func:`_checksum`)."""
    labels: tuple[tuple[int, ActorId | None], ...] = ()
    sentences: Mapping[tuple[int, int], tuple[tuple[str, ...], tuple[tuple[int, int], ...]]] = (
        field(factory=dict, repr=False)
    )
    """Per sentence span with a verb of stance, the topics it names and, when it names any,
    its clauses (a sentence with none states no position)."""
    clause_cues: Mapping[tuple[int, int], tuple[_Cue, ...]] = field(factory=dict, repr=False)
    """Per clause span of those sentences, its stance cues."""

    def serves(self, source: Source, topics: Topics) -> bool:
        """Whether this is a reading of ``source`` with ``topics``."""
        return (
            self.source == source.id
            and self.length == len(source.text)
            and self.vocabulary == _checksum(topics)
        )

    def topics_of(self, sentence: Sentence) -> list[str]:
        """The topics ``sentence`` names, in the vocabulary's order."""
        found = self.sentences.get((sentence.start, sentence.end))
        return [] if found is None else list(found[0])

    def clauses_of(self, sentence: Sentence) -> tuple[tuple[int, int], ...]:
        """The clauses of a sentence that names a topic."""
        found = self.sentences.get((sentence.start, sentence.end))
        return () if found is None else found[1]

    def cues(self, clause: tuple[int, int]) -> tuple[_Cue, ...]:
        """The stance cues of one of those clauses."""
        return self.clause_cues.get(clause, ())


_CHECKSUMS: dict[int, tuple[Topics, int]] = {}


def _checksum(topics: Topics) -> int:
    """A number that tells ``topics`` apart by their patterns, the same in every process (a
    reading made in a worker is used in the parent)."""
    held = _CHECKSUMS.get(id(topics))
    if held is not None and held[0] is topics:
        return held[1]
    words = [
        *(f"{key}={pattern.pattern}/{pattern.flags}" for key, pattern in topics.patterns.items()),
        *(f"{key}={pattern.pattern}/{pattern.flags}" for key, pattern in topics.stances.items()),
    ]
    value = zlib.crc32("\n".join(words).encode("utf-8"))
    if len(_CHECKSUMS) >= 64:
        _CHECKSUMS.clear()
    _CHECKSUMS[id(topics)] = (topics, value)
    return value


def read_positions(
    source: Source, knowledge: KnowledgeBase, topics: Topics | None = None
) -> PositionReading:
    """The :class:`PositionReading` of ``source`` (``knowledge``: with the people it
    introduces, for the speaker labels of a transcript)."""
    topics = topics or knowledge.topics
    text = source.text
    read: dict[tuple[int, int], tuple[tuple[str, ...], tuple[tuple[int, int], ...]]] = {}
    cues: dict[tuple[int, int], tuple[_Cue, ...]] = {}
    for sentence in sentences(source):
        start, end = sentence.start, sentence.end
        named = tuple(matching(topics.patterns, text, start, end))
        if not named:
            continue  # no topic: no position, whatever its cues
        parts = tuple(clauses(text, start, end))
        stated = {clause: tuple(_cues(text, clause[0], clause[1], topics)) for clause in parts}
        if all(cue.noun for found in stated.values() for cue in found):
            continue  # no verb of stance: no position, whatever topics it names
        read[(start, end)] = (named, parts)
        cues.update(stated)
    return PositionReading(
        source=source.id,
        length=len(text),
        vocabulary=_checksum(topics),
        labels=tuple(_speaker_labels(text, knowledge)),
        sentences=read,
        clause_cues=cues,
    )
