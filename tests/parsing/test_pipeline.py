"""The per-source pipeline: ordering checks and user stages."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplomatic_events import BatchError, PipelineError
from diplomatic_events.model import BlockKind
from diplomatic_events.parsing import (
    Document,
    Pipeline,
    Stage,
    default_pipeline,
    parse,
    run_pipeline,
    stages,
)
from diplomatic_events.parsing._analysis import TextAnalysis
from diplomatic_events.parsing._meetings import find_meeting_mentions
from diplomatic_events.parsing._pipeline import DEFAULT_STAGES
from diplomatic_events.parsing._statements import extract_statements
from diplomatic_events.registry import Registry
from diplomatic_events.seeds import seed_sources
from diplomatic_events.sources import read_source


def _noop(_document: Document) -> None:
    return None


class TestPipeline:
    def test_a_stage_needing_what_no_earlier_stage_provides_is_refused(self) -> None:
        """Misordered stages fail when the pipeline is built."""
        needs = Stage(name="topics", run=_noop, requires=frozenset({"statements"}))
        with pytest.raises(PipelineError, match="'topics' needs \\['statements'\\]"):
            Pipeline([needs])

    def test_duplicate_names_are_refused(self) -> None:
        """Two stages cannot share a name."""
        with pytest.raises(PipelineError, match="two stages"):
            Pipeline([Stage(name="a", run=_noop), Stage(name="a", run=_noop)])

    def test_user_stage_runs_after_the_default_ones(self) -> None:
        """A stage inserted by the user sees the statements and adds its own result."""

        def count(document: Document) -> None:
            document.results["count"] = len(document.get("statements").statements)

        counted: list[int] = []

        def record(document: Document) -> None:
            counted.append(document.get("count"))

        pipeline = (
            default_pipeline()
            .insert_after(
                "statements",
                Stage(
                    name="count",
                    run=count,
                    requires=frozenset({"statements"}),
                    provides=frozenset({"count"}),
                ),
            )
            .append(Stage(name="record", run=record, requires=frozenset({"count"})))
        )
        parse(['He said "we agreed on the need to talk," in Beijing.'], pipeline=pipeline)
        expected = (
            *DEFAULT_STAGES[: DEFAULT_STAGES.index("statements") + 1],
            "count",
            *DEFAULT_STAGES[DEFAULT_STAGES.index("statements") + 1 :],
            "record",
        )
        assert expected == pipeline.names()
        assert 1 == len(counted)

    def test_dropping_an_unknown_stage_lists_the_stages(self) -> None:
        """The error for a typo names the stages that exist."""
        with pytest.raises(
            PipelineError,
            match="stages: text, quotes, people, mentions, statements, time, meetings, positions",
        ):
            default_pipeline().without("statemnts")


class TestRunPipeline:
    def test_user_stage_results_are_returned_per_source(self) -> None:
        """run_pipeline gives each source's Document, with what a user stage added."""

        def words(document: Document) -> None:
            document.results["words"] = len(document.source.text.split())

        pipeline = default_pipeline().append(
            Stage(name="words", run=words, provides=frozenset({"words"}))
        )
        documents = run_pipeline(["one two three", "four five"], pipeline=pipeline)
        assert [3, 2] == [document.get("words") for document in documents]

    def test_several_bad_inputs_raise_one_batch_error(self, tmp_path: Path) -> None:
        """Every unreadable input is reported, each with a note naming it."""
        with pytest.raises(BatchError) as caught:
            run_pipeline([tmp_path / "x.txt", "fine text", tmp_path / "y.txt"])
        notes = [note for error in caught.value.exceptions for note in error.__notes__]
        assert 2 == len(caught.value.exceptions)
        assert any("x.txt" in note for note in notes)
        assert any("y.txt" in note for note in notes)


class TestDefaultStages:
    def test_the_default_stages_in_order(self) -> None:
        """Text, quotations, people, mentions, statements, then time, meetings and positions."""
        expected = (
            "text",
            "quotes",
            "people",
            "mentions",
            "statements",
            "time",
            "meetings",
            "positions",
        )
        assert expected == default_pipeline().names()

    def test_every_stage_needs_only_what_earlier_ones_provide(self) -> None:
        """A later stage uses what each provides, but what only the assembly reads."""
        pipeline = default_pipeline()
        provided = set().union(*(stage.provides for stage in pipeline.stages))
        required = set().union(*(stage.requires for stage in pipeline.stages))
        assert provided - {"meeting_mentions", "position_reading"} == required

    def test_the_meetings_stage_gives_what_the_finder_gives(self) -> None:
        """The meetings stage's mentions are the meeting finder's for the source."""
        text = "Blinken met Wang Yi in Beijing on Monday. The talks lasted five hours."
        source = read_source(text, source_id="s", published="2023-06-20")
        (document,) = run_pipeline([source])
        expected = find_meeting_mentions(source, document.knowledge, document.knowledge.places)
        assert expected == document.get("meeting_mentions")

    def test_without_the_later_stages_parse_gives_the_same(self) -> None:
        """Dropping the time, meetings and positions stages changes nothing: the assembly
        finds what they would have given."""
        inputs = list(seed_sources())[:6]
        short = default_pipeline().without("positions").without("meetings").without("time")
        assert parse(inputs) == parse(inputs, pipeline=short)

    def test_the_stages_give_what_extract_statements_gives(self) -> None:
        """Running the stages one by one is the same as the one call."""
        source = read_source('Blinken met Wang. "We talked," Blinken said.', source_id="s")
        (document,) = run_pipeline([source])
        assert extract_statements(source, document.knowledge) == document.get("statements")

    def test_a_stage_is_replaced_by_name(self) -> None:
        """A user's quotation finder replaces the built-in one; the later stages use it."""

        def no_quotes(document: Document) -> None:
            document.results["quotes"] = ()

        quiet = Stage(
            name="quotes",
            run=no_quotes,
            requires=frozenset({"analysis"}),
            provides=frozenset({"quotes"}),
        )
        pipeline = default_pipeline().replace("quotes", quiet)
        (document,) = run_pipeline(['Blinken said, "We talked."'], pipeline=pipeline)
        assert () == document.get("statements").statements

    def test_a_registry_passed_in_supplies_the_stages(self) -> None:
        """default_pipeline looks the stage names up in the registry it is given."""
        marker = Stage(name="text", run=_noop, provides=frozenset({"analysis"}))
        own: Registry[Stage] = Registry("pipeline stage")
        own.register("text", marker)
        for name in DEFAULT_STAGES[1:]:
            own.register(name, stages.get(name))
        assert marker is default_pipeline(own).stages[0]


class TestTextAnalysis:
    def test_blocks_are_the_readable_blocks(self) -> None:
        """A plain text's blocks are its readable blocks."""
        source = read_source("First paragraph.\n\nSecond one.", source_id="s")
        assert source.readable_blocks() == TextAnalysis.of(source).blocks

    def test_tokens_have_offsets_into_the_text(self) -> None:
        """Each token is the text between its offsets."""
        source = read_source("Blinken met Wang, twice.", source_id="s")
        tokens = TextAnalysis.of(source).tokens
        assert ["Blinken", "met", "Wang", ",", "twice", "."] == [t.text for t in tokens]
        assert all(source.text[t.start : t.end] == t.text for t in tokens)

    @pytest.mark.parametrize(
        "byline",
        [
            "Ada Lis, Deputy Secretary of State",
            "R. Ada Lis, Under Secretary for Political Affairs",
            # the office first, then the name
            "Secretary of Transportation Ada Y. Lis",
        ],
    )
    def test_a_speaker_s_byline_is_read_as_a_sentence(self, byline: str) -> None:
        """A transcript's head line of a full name and an office ("John D. Negroponte,
        Deputy Secretary of State", "Secretary of Transportation Norman Y. Mineta") is read
        as a body block: it introduces the speaker."""
        text = (
            f"Remarks to the Press on the Visit\n\n{byline}\nIslamabad, Pakistan\n"
            "June 16, 2007\n\nDEPUTY SECRETARY LIS: I met with the prime minister today. We"
            " discussed many issues of common concern, including security and trade.\n\n"
            "QUESTION: What did you discuss with him?\n"
        )
        source = read_source(text, source_id="s")
        start = text.index(byline)
        assert [(start, start + len(byline))] == [
            (b.start, b.end)
            for b in TextAnalysis.of(source).blocks
            if text[b.start : b.end].strip() == byline and b.kind is BlockKind.BODY
        ]

    def test_parts_are_computed_once(self) -> None:
        """Asking twice returns the very same sentences."""
        source = read_source("One sentence here. Another one follows.", source_id="s")
        analysis = TextAnalysis.of(source)
        assert analysis.sentences is analysis.sentences
        assert 2 == len(analysis.sentences)
