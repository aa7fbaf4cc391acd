"""The per-source pipeline: ordering checks and user stages."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplomatic_events import BatchError, PipelineError
from diplomatic_events.parsing import (
    Document,
    Pipeline,
    Stage,
    default_pipeline,
    parse,
    run_pipeline,
)


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
        assert ("statements", "count", "record") == pipeline.names()
        assert 1 == len(counted)

    def test_dropping_an_unknown_stage_lists_the_stages(self) -> None:
        """The error for a typo names the stages that exist."""
        with pytest.raises(PipelineError, match="stages: statements"):
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
