"""The per-source pipeline: ordering checks and user stages."""

from __future__ import annotations

import pytest

from diplomatic_events import PipelineError
from diplomatic_events.parsing import Document, Pipeline, Stage, default_pipeline, parse


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
