"""Cross-source comparison: text reuse, aligned statements, reconciled facts, coverage.

:func:`compare` takes an :class:`~diplomatic_events.Extraction` and returns a
:class:`Comparison`; :func:`compare_sources` compares two sources;
:func:`render_comparison` prints the tables. Every result is a frozen attrs value that the
one converter (:func:`diplomatic_events.serialization.to_dict`) turns into JSON and back.
"""

from diplomatic_events.compare._align import (
    AlignedReport,
    AlignSettings,
    StatementCluster,
    align_statements,
)
from diplomatic_events.compare._compare import (
    COMPARISON_SCHEMA_VERSION,
    Comparison,
    SourceComparison,
    SourceRef,
    compare,
    compare_sources,
    comparison_blocks,
)
from diplomatic_events.compare._coverage import (
    Coverage,
    CoverageItem,
    CoverageKind,
    CoverageNote,
    coverage,
)
from diplomatic_events.compare._facts import reconcile_facts, reconcile_meeting
from diplomatic_events.compare._render import render_comparison, render_differences
from diplomatic_events.compare._reuse import (
    Passage,
    ReusePair,
    ReuseRelation,
    ReuseSettings,
    detect_reuse,
    detect_reuse_in_blocks,
    reuse_between,
)
from diplomatic_events.compare._text import fold_typography
from diplomatic_events.compare._variants import (
    DifferenceKind,
    VariantPair,
    WordingDifference,
    compare_wording,
    format_word_diff,
)
from diplomatic_events.compare._verdicts import (
    Disagreement,
    Fact,
    FactAttribute,
    FactValue,
    Verdict,
    group_by_source,
    reconcile_intervals,
)

__all__ = [
    "COMPARISON_SCHEMA_VERSION",
    "AlignSettings",
    "AlignedReport",
    "Comparison",
    "Coverage",
    "CoverageItem",
    "CoverageKind",
    "CoverageNote",
    "DifferenceKind",
    "Disagreement",
    "Fact",
    "FactAttribute",
    "FactValue",
    "Passage",
    "ReusePair",
    "ReuseRelation",
    "ReuseSettings",
    "SourceComparison",
    "SourceRef",
    "StatementCluster",
    "VariantPair",
    "Verdict",
    "WordingDifference",
    "align_statements",
    "compare",
    "compare_sources",
    "compare_wording",
    "comparison_blocks",
    "coverage",
    "detect_reuse",
    "detect_reuse_in_blocks",
    "fold_typography",
    "format_word_diff",
    "group_by_source",
    "reconcile_facts",
    "reconcile_intervals",
    "reconcile_meeting",
    "render_comparison",
    "render_differences",
    "reuse_between",
]
