"""Entry points, JSON form and rendering."""

from __future__ import annotations

import datetime as dt

from diplomatic_events.compare import (
    Comparison,
    ReuseRelation,
    SourceComparison,
    compare,
    compare_sources,
    comparison_blocks,
    render_comparison,
    render_differences,
)
from diplomatic_events.model import (
    Duration,
    Extraction,
    Meeting,
    PartialDate,
    Position,
    Stance,
    Topic,
    Visit,
)
from diplomatic_events.serialization import from_dict, to_dict
from diplomatic_events.typing import ActorId, MeetingId, SourceId, TopicId, VisitId

from .helpers import OWN_A, OWN_B, UNRELATED, WIRE_ONE, WIRE_TWO, quote, source, statement

SAID = 'Lee said: "We will keep the border open and keep talking to our neighbours."'
TEXT_A = OWN_A + " " + WIRE_ONE + " " + SAID
TEXT_B = WIRE_ONE + " " + OWN_B + " " + WIRE_TWO + " " + SAID.replace("neighbours", "neighbors")
TEXT_C = UNRELATED + ' Lee promised to "keep talking to our neighbours" soon.'


def _extraction() -> Extraction:
    a, b, c = source("a", TEXT_A), source("b", TEXT_B), source("c", TEXT_C)
    words_a = "We will keep the border open and keep talking to our neighbours."
    words_b = words_a.replace("neighbours", "neighbors")
    said = statement("s1", "lee", quote("a", TEXT_A, words_a), quote("b", TEXT_B, words_b))
    said = statement("s1", "lee", *said.reports)
    partial = statement("s2", "lee", quote("c", TEXT_C, "keep talking to our neighbours"))
    start = TEXT_A.index("guest house")
    meeting = Meeting(
        id=MeetingId("m1"),
        participants=(ActorId("lee"), ActorId("kim")),
        date=PartialDate(year=2023, month=6, day=18),
        location="guest house",
        duration_reports=(Duration.exactly(60, text="an hour"),),
        evidence=(a.span(start, start + len("guest house")),),
    )
    position = Position(
        side="X", topic=TopicId("trade"), stance=Stance.SUPPORTS, evidence=(a.span(0, 3),)
    )
    visit = Visit(
        id=VisitId("v1"),
        visitor=ActorId("lee"),
        meetings=(meeting,),
        statements=(
            statement("s1", "lee", *said.reports),
            partial,
        ),
        positions=(position,),
    )
    return Extraction(
        sources=(a, b, c), visits=(visit,), topics=(Topic(id=TopicId("trade"), label="Trade"),)
    )


class TestCompare:
    def test_json_has_the_documented_top_level_keys(self) -> None:
        """The JSON form has sources, statements, facts, reuse, coverage and a version."""
        data = to_dict(compare(_extraction()))
        keys = ["coverage", "detail", "facts", "reuse", "schema_version", "sources", "statements"]
        assert keys == sorted(data)
        assert {"a", "b", "relation", "original", "share_a", "share_b", "passages"} <= set(
            data["reuse"][0]
        )
        assert {"speaker", "reports", "variants"} <= set(data["statements"][0])
        assert {"source", "text", "start", "end"} <= set(data["statements"][0]["reports"][0])
        assert {"subject", "attribute", "values", "verdict"} <= set(data["facts"][0])

    def test_comparison_round_trips_through_the_converter(self) -> None:
        """from_dict(to_dict(c)) gives back an equal comparison."""
        comparison = compare(_extraction())
        assert comparison == from_dict(to_dict(comparison), Comparison)

    def test_partial_quote_in_a_third_source_joins_the_cluster(self) -> None:
        """A partial quotation in a third source joins the full quotation of the same speaker."""
        comparison = compare(_extraction())
        assert [("a", "b", "c")] == [cluster.sources for cluster in comparison.statements]

    def test_reuse_relations_and_coverage(self) -> None:
        """a and b share wire copy; c is independent; the topic is a's alone."""
        comparison = compare(_extraction(), detail=True)
        relations = {(str(p.a), str(p.b)): p.relation for p in comparison.reuse}
        assert ReuseRelation.SHARED_WIRE == relations[("a", "b")]
        assert ReuseRelation.INDEPENDENT == relations[("a", "c")]
        assert [("a", "trade")] == [
            (note.source, note.item)
            for note in comparison.coverage.exclusive
            if note.kind.value == "topic"
        ]

    def test_rendering_names_each_section(self) -> None:
        """The rendered text has a heading per section and the shared-wire row."""
        text = render_comparison(compare(_extraction()))
        for heading in ("Sources", "Text reuse", "Statements", "Facts", "Coverage"):
            assert heading in text.splitlines()
        assert "shared_wire" in text


class TestSummary:
    def test_only_related_pairs_are_listed(self) -> None:
        """The summary lists the shared-wire pair and leaves the independent pairs out."""
        summary, full = compare(_extraction()), compare(_extraction(), detail=True)
        related = [p for p in full.reuse if p.relation is not ReuseRelation.INDEPENDENT]
        assert ([("a", "b")], related) == (
            [(p.a, p.b) for p in summary.reuse],
            list(summary.reuse),
        )

    def test_each_cluster_keeps_its_most_different_wordings(self) -> None:
        """A summary cluster has one variant, the full cluster's least similar pair."""
        summary, full = compare(_extraction()), compare(_extraction(), detail=True)
        expected = [(c.most_different,) for c in full.statements]
        assert (expected, 3) == (
            [c.variants for c in summary.statements],
            len(full.statements[0].variants),
        )

    def test_coverage_has_no_statement_matrix_but_the_same_notes(self) -> None:
        """The summary's coverage drops the statement rows, not what one source alone says."""
        summary, full = compare(_extraction()), compare(_extraction(), detail=True)
        assert ((), full.coverage.exclusive, full.coverage.omitted, True) == (
            summary.coverage.statements,
            summary.coverage.exclusive,
            summary.coverage.omitted,
            bool(full.coverage.statements),
        )

    def test_the_document_says_which_it_is(self) -> None:
        """detail is false in a summary and true in the full comparison."""
        assert (False, True) == (
            compare(_extraction()).detail,
            compare(_extraction(), detail=True).detail,
        )

    def test_no_pair_is_listed_for_unrelated_sources(self) -> None:
        """Twelve sources with nothing in common: no pair in the summary, 66 in full."""
        sources = tuple(source(f"s{n:02d}", f"{UNRELATED} Number {n}.") for n in range(12))
        extraction = Extraction(sources=sources)
        assert (0, 66) == (
            len(compare(extraction).reuse),
            len(compare(extraction, detail=True).reuse),
        )

    def test_copies_far_apart_in_time_are_not_compared(self) -> None:
        """Wire copies naming one person, a year apart, are related only in the full form."""
        day = dt.datetime(2023, 6, 18, tzinfo=dt.UTC)
        a = source("a", TEXT_A, published=day)
        b = source("b", TEXT_B, published=day + dt.timedelta(days=365))
        said = statement("s1", "lee", quote("a", TEXT_A, "keep talking"))
        again = statement("s2", "lee", quote("b", TEXT_B, "keep talking"))
        extraction = Extraction(sources=(a, b), statements=(said, again))
        assert ([], [("a", "b", ReuseRelation.SHARED_WIRE)]) == (
            [(p.a, p.b) for p in compare(extraction).reuse],
            [(p.a, p.b, p.relation) for p in compare(extraction, detail=True).reuse],
        )


class TestComparisonBlocks:
    def test_a_visit_and_a_person_within_the_window(self) -> None:
        """A visit's sources form a block; one person's sources 15 days apart share one."""
        day = dt.datetime(2023, 1, 1, tzinfo=dt.UTC)
        texts = {"a": "Lee spoke.", "b": "Lee spoke again.", "c": "Lee spoke later."}
        offsets = {"a": 0, "b": 15, "c": 60}
        sources = tuple(
            source(n, texts[n], published=day + dt.timedelta(days=offsets[n])) for n in texts
        )
        statements = tuple(
            statement(f"s-{n}", "lee", quote(n, texts[n], "Lee spoke")) for n in texts
        )
        visit = Visit(id=VisitId("v1"), visitor=ActorId("lee"), sources=(SourceId("c"),))
        blocks = comparison_blocks(
            Extraction(sources=sources, statements=statements, visits=(visit,))
        )
        pairs = {(x, y) for block in blocks for x in block for y in block if x < y}
        assert ({("a", "b")}, (SourceId("c"),)) == (pairs, blocks[0])


class TestRenderDifferences:
    def test_lists_relations_and_reworded_quotations(self) -> None:
        """The section names the shared wire pair and the respelled quotation."""
        text = render_differences(compare(_extraction(), detail=True))
        assert "- a / b: shared wire" in text.splitlines()
        assert "(spelling)" in text


class TestCompareSources:
    def test_pairwise_comparison_keeps_only_the_two_sources(self) -> None:
        """Statements and facts are restricted to the two sources compared."""
        extraction = _extraction()
        a, b = extraction.sources[0], extraction.sources[1]
        result = compare_sources(a, b, extraction)
        assert [("a", "b")] == [cluster.sources for cluster in result.statements]
        assert result == from_dict(to_dict(result), SourceComparison)

    def test_without_extraction_only_text_is_compared(self) -> None:
        """With no extraction the result holds reuse only."""
        result = compare_sources(source("x", WIRE_ONE), source("y", WIRE_ONE))
        assert ((), (), 1.0) == (result.statements, result.facts, result.reuse.share_a)
