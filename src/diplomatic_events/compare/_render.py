"""Plain-text tables of a :class:`Comparison`, for a terminal."""

from __future__ import annotations

from collections.abc import Sequence

from diplomatic_events.compare._align import StatementCluster
from diplomatic_events.compare._compare import Comparison
from diplomatic_events.compare._coverage import Coverage, CoverageItem
from diplomatic_events.compare._reuse import ReusePair, ReuseRelation
from diplomatic_events.compare._variants import DifferenceKind
from diplomatic_events.compare._verdicts import Fact, Verdict

__all__ = ["render_comparison", "render_differences"]

_TEXT_WIDTH = 90
_REWORDED = frozenset(
    {
        DifferenceKind.REWORDING,
        DifferenceKind.WORD_ADDED,
        DifferenceKind.WORD_DROPPED,
        DifferenceKind.INFLECTION,
        DifferenceKind.SPELLING,
    }
)
"""Differences inside the shared words; a partial quotation alone is not a rewording."""


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    widths = [len(cell) for cell in header]
    for row in rows:
        widths = [max(width, len(cell)) for width, cell in zip(widths, row, strict=True)]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(cell.ljust(width) for cell, width in zip(cells, widths, strict=True))

    return [
        line(header).rstrip(),
        "  ".join("-" * width for width in widths),
        *(line(row).rstrip() for row in rows),
    ]


def _short(text: str, width: int = _TEXT_WIDTH) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _title(text: str) -> list[str]:
    return ["", text, "=" * len(text)]


def _reuse(pairs: Sequence[ReusePair]) -> list[str]:
    rows = [
        [
            pair.a,
            pair.b,
            pair.relation.value,
            pair.original or "-",
            f"{pair.share_a:.0%}",
            f"{pair.share_b:.0%}",
            str(len(pair.passages)),
        ]
        for pair in pairs
    ]
    lines = _table(["a", "b", "relation", "original", "share a", "share b", "passages"], rows)
    for pair in pairs:
        if pair.passages:
            lines.append(f"  {pair.a} / {pair.b}: {pair.reason}")
    return lines


def _statements(clusters: Sequence[StatementCluster]) -> list[str]:
    shared = [cluster for cluster in clusters if len(cluster.sources) > 1]
    lines = [f"{len(clusters)} statements, {len(shared)} carried by more than one source"]
    for cluster in shared:
        lines.append("")
        lines.append(
            f"[{cluster.id}] {cluster.speaker or 'unattributed'}: "
            f"{len(cluster.reports)} reports in {', '.join(cluster.sources)}"
        )
        for report in cluster.reports:
            lines.append(f"  {report.source} {report.start}-{report.end}: “{_short(report.text)}”")
        for pair in cluster.variants:
            if pair.kind is DifferenceKind.IDENTICAL:
                lines.append(f"  {pair.a.source} vs {pair.b.source}: identical")
                continue
            kinds = ", ".join(
                dict.fromkeys(difference.kind.value for difference in pair.differences)
            )
            lines.append(
                f"  {pair.a.source} vs {pair.b.source}: {kinds} (similarity {pair.similarity:.2f})"
            )
            lines.append(f"    {_short(pair.diff, 2 * _TEXT_WIDTH)}")
    return lines


def _facts(facts: Sequence[Fact]) -> list[str]:
    rows = []
    for fact in facts:
        values = "; ".join(f"{value.source or 'merged'}: {value.value}" for value in fact.values)
        verdict = fact.verdict.value
        if fact.verdict is Verdict.COMPATIBLE and fact.intersection is not None:
            verdict += f" {fact.intersection}"
        if fact.disagreements:
            verdict += (
                " ("
                + "; ".join(
                    f"{d.a or 'merged'} vs {d.b or 'merged'} by {d.by}" for d in fact.disagreements
                )
                + ")"
            )
        rows.append([_short(fact.label, 50), fact.attribute.value, verdict, _short(values)])
    return _table(["subject", "attribute", "verdict", "values"], rows)


_MATRIX_COLUMNS = 20
"""With more sources than this, a coverage row gives how many sources carry it, not a
column per source, so the table's width does not grow with the batch."""


def _matrix(title: str, items: Sequence[CoverageItem], report: Coverage) -> list[str]:
    if not items:
        return [f"{title}: none"]
    if len(report.sources) > _MATRIX_COLUMNS:
        rows = [
            [_short(item.label, 60), str(sum(1 for count in item.counts if count))]
            for item in items
        ]
        return _table([title, f"sources (of {len(report.sources)})"], rows)
    header = [title, *(f"[{n}]" for n in range(1, len(report.sources) + 1))]
    rows = [[_short(item.label, 60), *(str(count) for count in item.counts)] for item in items]
    return _table(header, rows)


def _coverage(report: Coverage, detail: bool) -> list[str]:
    lines = []
    if len(report.sources) <= _MATRIX_COLUMNS:
        lines = [f"[{n}] {source}" for n, source in enumerate(report.sources, start=1)]
        lines.append("")
    lines.extend(_matrix("topic", report.topics, report))
    lines.append("")
    if detail:
        lines.extend(_matrix("statement", report.statements, report))
    else:
        lines.append("statement x source matrix: in the full comparison (--detail)")
    if report.exclusive:
        lines.append("")
        lines.append("Only one source reports:")
        lines.extend(
            f"  {note.source}: {note.kind.value} {_short(note.label, 70)}"
            for note in report.exclusive
        )
    if report.omitted:
        lines.append("")
        lines.append("Carried by every other source, omitted by:")
        lines.extend(
            f"  {note.source}: {note.kind.value} {_short(note.label, 70)}"
            for note in report.omitted
        )
    return lines


def render_comparison(comparison: Comparison) -> str:
    """Readable tables: sources, text reuse, aligned statements, facts and coverage.

    .. versionadded:: 0.1.0
    """
    lines = _title("Sources")
    lines.extend(
        _table(
            ["id", "outlet", "kind", "path"],
            [
                [ref.id, ref.outlet or "-", ref.kind.value, ref.path or "-"]
                for ref in comparison.sources
            ],
        )
    )
    lines.extend(_title("Text reuse"))
    lines.extend(_reuse(comparison.reuse))
    if not comparison.detail:
        lines.append("related pairs only, looked for among the sources of one visit and those")
        lines.append("naming one person within 20 days; every pair is in the full comparison")
        lines.append("(--detail)")
    lines.extend(_title("Statements"))
    lines.extend(_statements(comparison.statements))
    lines.extend(_title("Facts"))
    lines.extend(_facts(comparison.facts) if comparison.facts else ["no meeting facts"])
    lines.extend(_title("Coverage"))
    lines.extend(_coverage(comparison.coverage, comparison.detail))
    return "\n".join(lines[1:]) + "\n"


def render_differences(comparison: Comparison, *, quotations: int = 3) -> str:
    """A short "how the sources differ" section for a report.

    Lists the reuse relations other than independence, the facts in conflict or compatible
    but differently worded, and the ``quotations`` most reworded quotations.

    .. versionadded:: 0.1.0
    """
    lines = ["How the sources differ"]
    related = [p for p in comparison.reuse if p.relation is not ReuseRelation.INDEPENDENT]
    for related_pair in related:
        original = f", original {related_pair.original}" if related_pair.original else ""
        relation = related_pair.relation.value.replace("_", " ")
        lines.append(f"- {related_pair.a} / {related_pair.b}: {relation}{original}")
    if not related:
        lines.append("- every source is independent reporting")
    for fact in comparison.facts:
        if fact.verdict is Verdict.AGREE:
            continue
        values = "; ".join(f"{v.source or 'merged'}: {v.value}" for v in fact.values)
        detail = f" (all allow {fact.intersection})" if fact.intersection is not None else ""
        lines.append(
            f"- {fact.label} {fact.attribute.value}: {fact.verdict.value}{detail}: {values}"
        )
    variants = {
        pair.diff: pair
        for cluster in comparison.statements
        for pair in cluster.variants
        if pair.a.source != pair.b.source
        and any(difference.kind in _REWORDED for difference in pair.differences)
    }
    ranked = sorted(variants.values(), key=lambda p: (p.similarity, p.a.source, p.a.start))
    for variant in ranked[:quotations]:
        lines.append(
            f"- {variant.a.source} vs {variant.b.source} ({variant.kind.value}): "
            f"{_short(variant.diff, 160)}"
        )
    return "\n".join(lines) + "\n"
