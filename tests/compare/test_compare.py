"""Entry points, JSON form and rendering."""

from __future__ import annotations

from diplomatic_events.compare import (
    Comparison,
    ReuseRelation,
    SourceComparison,
    compare,
    compare_sources,
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
from diplomatic_events.typing import ActorId, MeetingId, TopicId, VisitId

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
        assert ["coverage", "facts", "reuse", "schema_version", "sources", "statements"] == sorted(
            data
        )
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
        comparison = compare(_extraction())
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


class TestRenderDifferences:
    def test_lists_relations_and_reworded_quotations(self) -> None:
        """The section names the shared wire pair and the respelled quotation."""
        text = render_differences(compare(_extraction()))
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
