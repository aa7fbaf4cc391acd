"""Entry points: compare two sources, or every source of an extraction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterator

import attrs
from attrs import field, frozen, validators

from diplomatic_events.compare._align import AlignSettings, StatementCluster, align_statements
from diplomatic_events.compare._coverage import Coverage, coverage
from diplomatic_events.compare._facts import reconcile_facts, reconcile_meeting
from diplomatic_events.compare._reuse import (
    ReusePair,
    ReuseSettings,
    detect_reuse,
    detect_reuse_in_blocks,
    reuse_between,
)
from diplomatic_events.compare._variants import VariantPair
from diplomatic_events.compare._verdicts import Fact
from diplomatic_events.model import Extraction, Meeting, Source, SourceKind, Statement
from diplomatic_events.typing import ActorId, SourceId

__all__ = [
    "COMPARISON_SCHEMA_VERSION",
    "Comparison",
    "SourceComparison",
    "SourceRef",
    "compare",
    "compare_sources",
    "comparison_blocks",
]

COMPARISON_SCHEMA_VERSION = 1
"""Version of the comparison JSON document."""
BLOCK_DAYS = 20
"""Sources naming the same person are compared for reuse when published this many days
apart or less (the span within which reports belong to one visit)."""


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
    detail: bool = True
    """Whether this is the full comparison (``compare(..., detail=True)``, ``compare
    --detail``) or the summary, whose size grows with the number of sources, not its
    square (see :func:`compare`)."""


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
    detail: bool = False,
    reuse_settings: ReuseSettings | None = None,
    align_settings: AlignSettings | None = None,
) -> Comparison:
    """Compare every source of an extraction: reuse, aligned statements, facts, coverage.

    By default the comparison is a summary, whose size and cost grow with the number of
    sources rather than its square, for batches of any size:

    * ``reuse`` lists only related pairs (republication, shared wire), each with its
      passages, and looks for them only among sources that may report the same events
      (:func:`comparison_blocks`): the sources of one visit, and sources naming the same
      person published within :data:`BLOCK_DAYS` days of each other;
    * each statement cluster keeps its most different pair of wordings only
      (:attr:`StatementCluster.most_different`);
    * the coverage has no statement x source matrix (its exclusive and omitted statements
      are the same).

    ``detail=True`` gives everything: every pair of sources (independent ones too), all
    wording variants and both coverage matrices.

    .. versionadded:: 0.1.0
    """
    sources = tuple(sorted(extraction.sources, key=lambda source: source.id))
    ids = tuple(source.id for source in sources)
    clusters = align_statements(extraction.all_statements(), align_settings)
    if detail:
        return Comparison(
            sources=tuple(SourceRef.of(source) for source in sources),
            statements=clusters,
            facts=reconcile_facts(extraction),
            reuse=detect_reuse(sources, reuse_settings),
            coverage=coverage(extraction, clusters, ids),
        )
    return Comparison(
        sources=tuple(SourceRef.of(source) for source in sources),
        statements=tuple(
            attrs.evolve(cluster, variants=_most_different(cluster)) for cluster in clusters
        ),
        facts=reconcile_facts(extraction),
        reuse=detect_reuse_in_blocks(sources, comparison_blocks(extraction), reuse_settings),
        coverage=coverage(extraction, clusters, ids, statement_rows=False),
        detail=False,
    )


def _most_different(cluster: StatementCluster) -> tuple[VariantPair, ...]:
    pair = cluster.most_different
    return () if pair is None else (pair,)


def comparison_blocks(extraction: Extraction) -> list[tuple[SourceId, ...]]:
    """The groups of sources the summary :func:`compare` looks for text reuse in.

    The sources of each visit; and, for each person named in the extraction (a speaker, or
    a participant in a meeting or event), the sources naming them in each stretch of twice
    :data:`BLOCK_DAYS` days, so that any two published within :data:`BLOCK_DAYS` days of each
    other share a group (sources naming no one count as naming the same no one; undated
    sources form their own group per person). A source is in a few groups,
    each about one person in one stretch of time, so the pairs to compare grow with the
    number of sources, not its square.

    .. versionadded:: 0.1.0
    """
    blocks: list[tuple[SourceId, ...]] = [visit.sources for visit in extraction.visits]
    people: dict[SourceId, set[ActorId | None]] = {s.id: set() for s in extraction.sources}
    for named, actor in _named(extraction):
        if named in people:
            people[named].add(actor)
    buckets: dict[tuple[ActorId | None, int | None], list[SourceId]] = {}
    for source in extraction.sources:
        day = _day(source)
        bucket = None if day is None else day.toordinal() // BLOCK_DAYS
        for person in people[source.id] or {None}:
            buckets.setdefault((person, bucket), []).append(source.id)
    for (someone, number), members in buckets.items():
        # a bucket and the next: every two sources at most BLOCK_DAYS apart share one
        following = [] if number is None else buckets.get((someone, number + 1), [])
        blocks.append((*members, *following))
    return blocks


def _named(extraction: Extraction) -> Iterator[tuple[SourceId, ActorId]]:
    """Each source with each person it names as a speaker or a participant."""
    for statement in extraction.all_statements():
        if statement.speaker is not None:
            for report in statement.reports:
                yield report.source, statement.speaker
    for meeting in extraction.all_meetings():
        for span in meeting.evidence:
            for person in meeting.participants:
                yield span.source, person
    events = [*extraction.events, *(e for visit in extraction.visits for e in visit.events)]
    for event in events:
        for span in event.evidence:
            for person in event.participants:
                yield span.source, person


def _day(source: Source) -> dt.date | None:
    if source.published_date is not None:
        return source.published_date.earliest()
    if source.published is not None:
        return source.published.date()
    return None
