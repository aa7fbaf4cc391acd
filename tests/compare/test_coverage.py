"""Coverage matrices, exclusives and omissions."""

from __future__ import annotations

from diplomatic_events.compare import CoverageKind, align_statements, coverage
from diplomatic_events.model import Extraction, Position, Stance, Statement, Topic, Visit
from diplomatic_events.typing import SourceId, TopicId, VisitId

from .helpers import quote, source, statement

TEXTS = {
    "a": '"We will reopen the river crossings this summer," Lee said. "Fish are scarce."',
    "b": 'Lee said: "We will reopen the river crossings this summer."',
    "c": 'Lee told reporters "we will reopen the river crossings this summer".',
}


def _extraction() -> Extraction:
    sources = tuple(source(key, text) for key, text in TEXTS.items())
    words = "We will reopen the river crossings this summer"
    statements: list[Statement] = [
        statement(f"s-{key}", "lee", quote(key, TEXTS[key], words if key != "c" else words.lower()))
        for key in ("a", "b", "c")
    ]
    statements.append(statement("s-fish", "lee", quote("a", TEXTS["a"], "Fish are scarce.")))
    position = Position(
        side="X",
        topic=TopicId("fisheries"),
        stance=Stance.CONCERNED,
        evidence=(sources[0].span(57, 61),),
    )
    visit = Visit(
        id=VisitId("v"), visitor=None, statements=tuple(statements), positions=(position,)
    )
    return Extraction(
        sources=sources,
        visits=(visit,),
        topics=(Topic(id=TopicId("fisheries"), label="Fisheries"),),
    )


class TestCoverage:
    def test_statement_matrix_counts_reports_per_source(self) -> None:
        """Each cluster row counts its reports in each source column."""
        extraction = _extraction()
        report = coverage(extraction, align_statements(extraction.all_statements()))
        assert [(1, 1, 1), (1, 0, 0)] == [row.counts for row in report.statements]

    def test_topic_matrix_counts_position_evidence(self) -> None:
        """A position's evidence counts for its topic in its source, with the topic's label."""
        extraction = _extraction()
        report = coverage(extraction, align_statements(extraction.all_statements()))
        assert [("fisheries", "Fisheries", (1, 0, 0))] == [
            (row.item, row.label, row.counts) for row in report.topics
        ]

    def test_what_one_source_alone_reports(self) -> None:
        """Rows carried by one source are its exclusives."""
        extraction = _extraction()
        report = coverage(extraction, align_statements(extraction.all_statements()))
        assert [("a", CoverageKind.STATEMENT), ("a", CoverageKind.TOPIC)] == [
            (note.source, note.kind) for note in report.exclusive
        ]

    def test_what_every_other_source_carries_and_one_omits(self) -> None:
        """A row every source but one carries names that one as omitting it."""
        extraction = _extraction()
        clusters = align_statements(extraction.all_statements())
        columns = (SourceId("a"), SourceId("b"), SourceId("c"), SourceId("d"))
        report = coverage(extraction, clusters, columns)
        assert [("d", 3)] == [
            (note.source, note.carried_by)
            for note in report.omitted
            if note.kind is CoverageKind.STATEMENT
        ]
