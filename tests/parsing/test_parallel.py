"""``parse(..., jobs=N)``: the per-source pipeline in worker processes, same output as serial."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from diplomatic_events import (
    BatchError,
    DecodingWarning,
    InputError,
    PipelineError,
    load_knowledge,
    parse,
    to_json,
)
from diplomatic_events.cli import main
from diplomatic_events.model import Extraction, Source
from diplomatic_events.parsing import Document, Stage, default_pipeline, run_pipeline
from diplomatic_events.parsing._parallel import _chunks
from diplomatic_events.parsing._visit_groups import group_sources
from diplomatic_events.parsing._visits import PendingVisits, assemble, assemble_visit, prepare
from diplomatic_events.seeds import seed_sources
from diplomatic_events.sources import input_limit, load_manifest

REAL_DEV = Path(__file__).resolve().parents[1] / "quality" / "real" / "dev"
TEXT = 'Wang said "we agreed on the need to talk," in Beijing on Monday.'


def _inputs() -> list[Source | Path]:
    """The seeds and a few real reports from the dev set (two of the same visit)."""
    return [*seed_sources(), *sorted(REAL_DEV.glob("*.txt"))[:6]]


class _StageFailedError(RuntimeError):
    """The error the failing stage raises."""


def _fail_on_second(document: Document) -> None:
    """A stage (importable, so a worker can receive it) failing on the text ``second``."""
    if document.source.text == "second":
        raise _StageFailedError(f"stage failed on {document.source.id}")


def _count_words(document: Document) -> None:
    document.results["words"] = len(document.source.text.split())


class TestParallelParse:
    def test_same_json_as_a_serial_run(self) -> None:
        """jobs=2 gives byte for byte the serial extraction of the seeds and real reports."""
        inputs = _inputs()
        assert to_json(parse(inputs)) == to_json(parse(inputs, jobs=2))

    def test_visits_of_the_dev_set_as_a_serial_run(self) -> None:
        """The real dev set's 21 visits, assembled by the workers, are the serial ones."""
        inputs = load_manifest(REAL_DEV / "manifest.jsonl")
        assert to_json(parse(inputs)) == to_json(parse(inputs, jobs=2))

    def test_a_source_given_twice_counts_once(self) -> None:
        """The same source twice gives the serial extraction (one source, in its place)."""
        inputs = [*seed_sources(), next(iter(seed_sources()))]
        assert to_json(parse(inputs)) == to_json(parse(inputs, jobs=2))

    def test_chunks_shrink_to_one_input(self) -> None:
        """Chunks hold every input once, in order, the last ones one input each."""
        chunks = _chunks([f"text {number}" for number in range(400)], 2)
        numbers = [number for chunk in chunks for number, _ in chunk]
        assert (list(range(1, 401)), [1, 1]) == (numbers, [len(c) for c in chunks[-2:]])

    def test_more_jobs_than_inputs(self) -> None:
        """More workers than inputs is the same run with fewer workers."""
        inputs = list(seed_sources())[:2]
        assert to_json(parse(inputs)) == to_json(parse(inputs, jobs=8))

    def test_documents_come_back_in_input_order(self) -> None:
        """run_pipeline(jobs=2) returns each input's document in input order, results included."""
        pipeline = default_pipeline().append(
            Stage(name="words", run=_count_words, provides=frozenset({"words"}))
        )
        texts = [" ".join(["word"] * count) for count in range(1, 40)]
        documents = run_pipeline(texts, pipeline=pipeline, jobs=2)
        assert list(range(1, 40)) == [document.get("words") for document in documents]

    def test_progress_is_called_in_input_order(self) -> None:
        """progress sees 1..n of n, with each source, in input order."""
        seen: list[tuple[int, int, str]] = []
        inputs = list(seed_sources())
        parse(inputs, jobs=2, progress=lambda done, total, s: seen.append((done, total, s.id)))
        expected = [(n, len(inputs), s.id) for n, s in enumerate(inputs, start=1)]
        assert expected == seen

    @pytest.mark.parametrize("jobs", [0, -1, True, 1.5])
    def test_jobs_must_be_a_positive_integer(self, jobs: object) -> None:
        """jobs=0, a negative, a bool or a float is refused with a message naming it."""
        with pytest.raises(InputError, match="jobs must be a positive integer"):
            parse([TEXT, TEXT], jobs=jobs)  # type: ignore[arg-type]


def _visits_assembled_apart(inputs: list[Source | Path]) -> tuple[Extraction, Extraction, int]:
    """The inputs assembled with their visits given as a list and as PendingVisits (the
    assembly of the visits done apart, as a worker does), and how often ``wait`` was called."""
    knowledge = load_knowledge()
    per_source = [d.get("statements") for d in run_pipeline(inputs, knowledge=knowledge)]
    prepared = [prepare(part, knowledge) for part in per_source]
    parts = {part.source.id: part for part in per_source}
    found = {visit.source: visit for visit in prepared}
    sources = {sid: part.source for sid, part in parts.items()}
    groups = group_sources(prepared, sources, knowledge)
    visits = [
        assemble_visit(n, [(parts[c.source], found[c.source], c) for c in g.candidates], knowledge)
        for n, g in enumerate(groups, start=1)
    ]
    waited: list[int] = []

    def wait() -> list[Extraction]:
        waited.append(1)
        return visits

    pending = PendingVisits(sources=frozenset(s for g in groups for s in g.sources), wait=wait)
    given = assemble(per_source, knowledge, prepared, visits)
    return given, assemble(per_source, knowledge, prepared, pending), len(waited)


class TestPendingVisits:
    def test_the_extraction_of_visits_given_as_a_list(self) -> None:
        """Visits waited for after the sources of no visit give the extraction of a list."""
        given, pending, _ = _visits_assembled_apart(_inputs())
        assert to_json(given) == to_json(pending)

    def test_the_extraction_of_a_serial_run(self) -> None:
        """Assembled with PendingVisits, the seeds and real reports give parse's extraction."""
        inputs = _inputs()
        _, pending, _ = _visits_assembled_apart(inputs)
        assert to_json(parse(inputs)) == to_json(pending)

    def test_the_visits_are_waited_for_once(self) -> None:
        """assemble calls wait exactly once."""
        _, _, waited = _visits_assembled_apart(_inputs())
        assert 1 == waited


class TestParallelErrors:
    def test_one_unreadable_input_has_the_serial_note(self, tmp_path: Path) -> None:
        """One missing file raises the InputError a serial run raises, its note naming it."""
        inputs: list[str | Path] = [TEXT, tmp_path / "missing.txt", TEXT]
        with pytest.raises(InputError) as serial:
            parse(inputs)
        with pytest.raises(InputError) as parallel:
            parse(inputs, jobs=2)
        assert (str(serial.value), serial.value.__notes__) == (
            str(parallel.value),
            parallel.value.__notes__,
        )

    def test_several_unreadable_inputs_raise_one_batch_error(self, tmp_path: Path) -> None:
        """Every unreadable input is reported in input order, as in a serial run."""
        inputs: list[str | Path] = [tmp_path / "x.txt", TEXT, tmp_path / "y.txt", TEXT]
        with pytest.raises(BatchError) as caught:
            parse(inputs, jobs=2)
        notes = [note for error in caught.value.exceptions for note in error.__notes__]
        assert "2 of 4 inputs could not be read" == caught.value.message
        assert ["input 1 of 4: ", "input 3 of 4: "] == [note[:14] for note in notes]

    def test_a_stage_error_passes_through(self) -> None:
        """An error of the user's stage reaches the caller with its type and message."""
        pipeline = default_pipeline().append(Stage(name="fail", run=_fail_on_second))
        with pytest.raises(_StageFailedError, match="stage failed on"):
            parse(["first", "second", "third"], pipeline=pipeline, jobs=2)

    def test_an_unreadable_input_is_reported_before_a_stage_error(self, tmp_path: Path) -> None:
        """As in a serial run, reading errors win over a stage's error on an earlier input."""
        pipeline = default_pipeline().append(Stage(name="fail", run=_fail_on_second))
        inputs: list[str | Path] = ["first", "second", tmp_path / "missing.txt"]
        with pytest.raises(InputError) as caught:
            parse(inputs, pipeline=pipeline, jobs=2)
        assert [f"input 3 of 3: {inputs[2]}"] == caught.value.__notes__

    def test_a_stage_a_worker_cannot_receive_is_refused(self) -> None:
        """A lambda stage is a PipelineError naming the stage, before any work starts."""
        pipeline = default_pipeline().append(Stage(name="local", run=lambda document: None))
        with pytest.raises(PipelineError, match="'local'"):
            parse([TEXT, TEXT], pipeline=pipeline, jobs=2)

    def test_the_input_limit_applies_in_workers(self, tmp_path: Path) -> None:
        """input_limit() set by the caller bounds the files the workers read."""
        path = tmp_path / "long.txt"
        path.write_text(TEXT * 10, encoding="utf-8")
        with input_limit(100), pytest.raises(InputError, match=r"long\.txt: 640 bytes"):
            parse([TEXT, path], jobs=2)

    def test_decoding_warnings_reach_the_caller(self, tmp_path: Path) -> None:
        """A DecodingWarning raised while a worker reads a file is raised again in the caller."""
        path = tmp_path / "old.txt"
        path.write_bytes("Caf\u00e9 \u201ctalks\u201d".encode("cp1252"))
        with pytest.warns(DecodingWarning, match="old.txt"):
            parse([TEXT, path], jobs=2)


class TestParallelCommandLine:
    def test_jobs_gives_the_serial_output(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """extract --jobs 2 prints what extract prints."""
        assert 0 == main(["extract", "-q", "--seeds"])
        serial = capsys.readouterr().out
        assert 0 == main(["extract", "-q", "--seeds", "--jobs", "2"])
        assert serial == capsys.readouterr().out


@pytest.mark.slow
class TestSpawn:
    def test_spawned_workers_give_the_serial_output(self) -> None:
        """Under the spawn start method (macOS, Windows) the output is the serial one."""
        script = textwrap.dedent(
            """
            import multiprocessing
            from diplomatic_events import parse, to_json
            from diplomatic_events.seeds import seed_sources

            if __name__ == "__main__":
                multiprocessing.set_start_method("spawn")
                inputs = list(seed_sources())
                print(to_json(parse(inputs)) == to_json(parse(inputs, jobs=2)))
            """
        )
        done = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, check=True
        )
        assert "True" == done.stdout.strip()
