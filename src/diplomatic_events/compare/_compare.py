"""Entry points: compare two sources, or every source of an extraction."""

from __future__ import annotations

from collections.abc import Collection

import attrs
from attrs import field, frozen, validators

from diplomatic_events.compare._align import AlignSettings, StatementCluster, align_statements
from diplomatic_events.compare._coverage import Coverage, coverage
from diplomatic_events.compare._facts import Fact, reconcile_facts, reconcile_meeting
from diplomatic_events.compare._reuse import ReusePair, ReuseSettings, detect_reuse, reuse_between
from diplomatic_events.model import Extraction, Meeting, Source, SourceKind, Statement
from diplomatic_events.typing import SourceId

__all__ = [
    "COMPARISON_SCHEMA_VERSION",
    "Comparison",
    "SourceComparison",
    "SourceRef",
    "compare",
    "compare_sources",
]

COMPARISON_SCHEMA_VERSION = 1
"""Version of the comparison JSON document."""


@frozen(kw_only=True)
class SourceRef:
    """Which source a comparison speaks of: id, file and outlet.

    .. versionadded:: 0.1.0
    """

    id: SourceId
    path: str | None = None
    outlet: str | None = None
    """The outlet's name, or its registry key when the name is unknown."""
    kind: SourceKind = SourceKind.ARTICLE

    @classmethod
    def of(cls, source: Source) -> SourceRef:
        """The reference to ``source``."""
        return cls(
            id=source.id,
            path=source.path,
            outlet=source.outlet_name or source.outlet,
            kind=source.kind,
        )


@frozen(kw_only=True)
class SourceComparison:
    """How two sources relate: shared text, shared statements and their facts side by side.

    .. versionadded:: 0.1.0
    """

    a: SourceRef
    b: SourceRef
    reuse: ReusePair
    statements: tuple[StatementCluster, ...] = ()
    facts: tuple[Fact, ...] = ()


@frozen(kw_only=True)
class Comparison:
    """How every source of an event told it: the document ``compare --json`` prints.

    .. versionadded:: 0.1.0
    """

    schema_version: int = field(
        default=COMPARISON_SCHEMA_VERSION, validator=validators.in_([COMPARISON_SCHEMA_VERSION])
    )
    sources: tuple[SourceRef, ...] = ()
    statements: tuple[StatementCluster, ...] = ()
    facts: tuple[Fact, ...] = ()
    reuse: tuple[ReusePair, ...] = ()
    coverage: Coverage = field(factory=lambda: Coverage(sources=()))


def _restrict_statements(
    statements: tuple[Statement, ...], keep: Collection[SourceId]
) -> list[Statement]:
    restricted = []
    for statement in statements:
        reports = tuple(report for report in statement.reports if report.source in keep)
        if reports:
            restricted.append(attrs.evolve(statement, reports=reports))
    return restricted


def _restrict_meeting(meeting: Meeting, keep: Collection[SourceId]) -> Meeting | None:
    evidence = tuple(span for span in meeting.evidence if span.source in keep)
    durations = tuple(
        duration
        for duration in meeting.duration_reports
        if duration.evidence is not None and duration.evidence.source in keep
    )
    if not evidence and not durations:
        return None
    return attrs.evolve(meeting, evidence=evidence, duration_reports=durations)


def compare_sources(
    a: Source,
    b: Source,
    extraction: Extraction | None = None,
    *,
    reuse_settings: ReuseSettings | None = None,
    align_settings: AlignSettings | None = None,
) -> SourceComparison:
    """Compare two sources: shared passages and relation, and, given an extraction,
    their statements aligned and their meetings' facts reconciled.

    .. versionadded:: 0.1.0
    """
    reuse = reuse_between(a, b, reuse_settings)
    if extraction is None:
        return SourceComparison(a=SourceRef.of(a), b=SourceRef.of(b), reuse=reuse)
    keep = {a.id, b.id}
    clusters = align_statements(
        _restrict_statements(extraction.all_statements(), keep), align_settings
    )
    facts: list[Fact] = []
    for meeting in sorted(extraction.all_meetings(), key=lambda m: (m.sort_key(), m.id)):
        restricted = _restrict_meeting(meeting, keep)
        if restricted is not None:
            facts.extend(reconcile_meeting(restricted))
    return SourceComparison(
        a=SourceRef.of(a),
        b=SourceRef.of(b),
        reuse=reuse,
        statements=clusters,
        facts=tuple(facts),
    )


def compare(
    extraction: Extraction,
    *,
    reuse_settings: ReuseSettings | None = None,
    align_settings: AlignSettings | None = None,
) -> Comparison:
    """Compare every source of an extraction: reuse, aligned statements, facts, coverage.

    .. versionadded:: 0.1.0
    """
    sources = tuple(sorted(extraction.sources, key=lambda source: source.id))
    clusters = align_statements(extraction.all_statements(), align_settings)
    return Comparison(
        sources=tuple(SourceRef.of(source) for source in sources),
        statements=clusters,
        facts=reconcile_facts(extraction),
        reuse=detect_reuse(sources, reuse_settings),
        coverage=coverage(extraction, clusters, tuple(source.id for source in sources)),
    )
