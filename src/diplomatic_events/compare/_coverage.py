"""Coverage: which source carries which topic and which statement, and what each leaves out."""

from __future__ import annotations

import enum
from collections import Counter
from collections.abc import Sequence

from attrs import field, frozen, validators

from diplomatic_events.compare._align import StatementCluster
from diplomatic_events.model import Extraction
from diplomatic_events.typing import SourceId, TopicId

__all__ = ["Coverage", "CoverageItem", "CoverageKind", "CoverageNote", "coverage"]

_LABEL_CHARS = 70


class CoverageKind(enum.Enum):
    """What a coverage row counts."""

    TOPIC = "topic"
    STATEMENT = "statement"


@frozen(kw_only=True)
class CoverageItem:
    """One row of a coverage matrix: ``counts[i]`` mentions in ``Coverage.sources[i]``.

    .. versionadded:: 0.1.0
    """

    kind: CoverageKind
    item: str
    """The topic id or the statement cluster id."""
    label: str
    counts: tuple[int, ...]

    def carriers(self, sources: Sequence[SourceId]) -> tuple[SourceId, ...]:
        """The sources with at least one mention."""
        return tuple(source for source, count in zip(sources, self.counts, strict=True) if count)


@frozen(kw_only=True)
class CoverageNote:
    """A topic or statement only one source reports, or one that a single source omits.

    .. versionadded:: 0.1.0
    """

    source: SourceId
    kind: CoverageKind
    item: str
    label: str
    carried_by: int = field(validator=validators.ge(0))
    """How many sources carry the item."""


@frozen(kw_only=True)
class Coverage:
    """Topic x source and statement x source matrices, with exclusives and omissions.

    .. versionadded:: 0.1.0
    """

    sources: tuple[SourceId, ...]
    topics: tuple[CoverageItem, ...] = ()
    statements: tuple[CoverageItem, ...] = ()
    exclusive: tuple[CoverageNote, ...] = ()
    """What one source alone reports."""
    omitted: tuple[CoverageNote, ...] = ()
    """What every other source carries (three sources or more) and this one leaves out."""


def _shorten(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _LABEL_CHARS else text[: _LABEL_CHARS - 1] + "…"


def _topic_rows(extraction: Extraction, sources: Sequence[SourceId]) -> list[CoverageItem]:
    counts: dict[TopicId, Counter[SourceId]] = {}
    for statement in extraction.all_statements():
        for topic in statement.topics:
            for report in statement.reports:
                counts.setdefault(topic, Counter())[report.source] += 1
    for position in extraction.all_positions():
        for span in position.evidence:
            counts.setdefault(position.topic, Counter())[span.source] += 1
    labels = {topic.id: topic.label for topic in extraction.topics}
    return [
        CoverageItem(
            kind=CoverageKind.TOPIC,
            item=topic,
            label=labels.get(topic, topic),
            counts=tuple(counts[topic][source] for source in sources),
        )
        for topic in sorted(counts)
    ]


def _statement_rows(
    clusters: Sequence[StatementCluster], sources: Sequence[SourceId]
) -> list[CoverageItem]:
    rows = []
    for cluster in clusters:
        per_source = Counter(report.source for report in cluster.reports)
        speaker = cluster.speaker or "unattributed"
        rows.append(
            CoverageItem(
                kind=CoverageKind.STATEMENT,
                item=cluster.id,
                label=_shorten(f"{speaker}: {cluster.text}"),
                counts=tuple(per_source[source] for source in sources),
            )
        )
    return rows


def _notes(
    rows: Sequence[CoverageItem], sources: Sequence[SourceId]
) -> tuple[list[CoverageNote], list[CoverageNote]]:
    exclusive: list[CoverageNote] = []
    omitted: list[CoverageNote] = []
    if len(sources) < 2:
        return exclusive, omitted
    for row in rows:
        carriers = row.carriers(sources)
        if len(carriers) == 1:
            exclusive.append(
                CoverageNote(
                    source=carriers[0], kind=row.kind, item=row.item, label=row.label, carried_by=1
                )
            )
        elif len(sources) >= 3 and len(carriers) == len(sources) - 1:
            missing = next(source for source in sources if source not in carriers)
            omitted.append(
                CoverageNote(
                    source=missing,
                    kind=row.kind,
                    item=row.item,
                    label=row.label,
                    carried_by=len(carriers),
                )
            )
    return exclusive, omitted


def _statement_notes(
    clusters: Sequence[StatementCluster], sources: Sequence[SourceId]
) -> tuple[list[CoverageNote], list[CoverageNote]]:
    """:func:`_notes` of the statement rows, without building a row of every source."""
    exclusive: list[CoverageNote] = []
    omitted: list[CoverageNote] = []
    if len(sources) < 2:
        return exclusive, omitted
    columns = set(sources)
    for cluster in clusters:
        carriers = {report.source for report in cluster.reports} & columns
        label = _shorten(f"{cluster.speaker or 'unattributed'}: {cluster.text}")
        if len(carriers) == 1:
            exclusive.append(
                CoverageNote(
                    source=next(iter(carriers)),
                    kind=CoverageKind.STATEMENT,
                    item=cluster.id,
                    label=label,
                    carried_by=1,
                )
            )
        elif len(sources) >= 3 and len(carriers) == len(sources) - 1:
            missing = next(source for source in sources if source not in carriers)
            omitted.append(
                CoverageNote(
                    source=missing,
                    kind=CoverageKind.STATEMENT,
                    item=cluster.id,
                    label=label,
                    carried_by=len(carriers),
                )
            )
    return exclusive, omitted


def coverage(
    extraction: Extraction,
    clusters: Sequence[StatementCluster],
    sources: Sequence[SourceId] | None = None,
    *,
    statement_rows: bool = True,
) -> Coverage:
    """Who carries what: topics (from statements and positions) and statement clusters.

    Args:
        extraction: supplies statements' topics, positions and topic labels.
        clusters: statement clusters from :func:`align_statements`.
        sources: column order; by default the extraction's sources sorted by id.
        statement_rows: with ``False``, no statement x source matrix (its size is the
            number of statements times the number of sources); the exclusive and omitted
            statements are the same.

    .. versionadded:: 0.1.0
    """
    columns = (
        tuple(sources)
        if sources is not None
        else tuple(sorted(source.id for source in extraction.sources))
    )
    topics = _topic_rows(extraction, columns)
    exclusive_t, omitted_t = _notes(topics, columns)
    statements: list[CoverageItem] = []
    if statement_rows:
        statements = _statement_rows(clusters, columns)
        exclusive_s, omitted_s = _notes(statements, columns)
    else:
        exclusive_s, omitted_s = _statement_notes(clusters, columns)
    return Coverage(
        sources=columns,
        topics=tuple(topics),
        statements=tuple(statements),
        exclusive=tuple(sorted([*exclusive_t, *exclusive_s], key=_note_key)),
        omitted=tuple(sorted([*omitted_t, *omitted_s], key=_note_key)),
    )


def _note_key(note: CoverageNote) -> tuple[str, str, str]:
    return (note.source, note.kind.value, note.item)
