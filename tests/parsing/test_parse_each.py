"""``parse_each`` and ``extract --format jsonl``: each input on its own, yielded as it is done."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from diplomatic_events import BatchError, InputError, parse_each, parse_source, to_json
from diplomatic_events.cli import main
from diplomatic_events.model import Source
from diplomatic_events.parsing import Input
from diplomatic_events.seeds import seed_sources
from diplomatic_events.sources import load_manifest
from diplomatic_events.tables import to_jsonl

REAL_DEV = Path(__file__).resolve().parents[1] / "quality" / "real" / "dev"


def _inputs() -> list[Source | Path]:
    """The seeds and a few real reports from the dev set."""
    return [*seed_sources(), *sorted(REAL_DEV.glob("*.txt"))[:4]]


class TestParseEach:
    def test_each_extraction_is_the_input_parsed_alone(self) -> None:
        """Every extraction is parse_source's for its input, in input order."""
        inputs = _inputs()
        expected = [to_json(parse_source(item)) for item in inputs]
        assert expected == [to_json(extraction) for extraction in parse_each(inputs)]

    def test_workers_give_the_serial_extractions(self) -> None:
        """jobs=2 yields the serial extractions, in input order."""
        inputs = _inputs()
        expected = [to_json(extraction) for extraction in parse_each(inputs)]
        assert expected == [to_json(extraction) for extraction in parse_each(inputs, jobs=2)]

    def test_inputs_are_consumed_as_extractions_are(self) -> None:
        """The first extraction comes when a generator of inputs has given one input."""
        taken: list[int] = []

        def texts() -> Iterator[str]:
            for number in range(100):
                taken.append(number)
                yield f"Text number {number}."

        first = next(parse_each(texts()))
        assert ([0], 1) == (taken, len(first.sources))

    def test_unreadable_inputs_are_raised_after_the_rest(self, tmp_path: Path) -> None:
        """Readable inputs are all yielded; then the unreadable ones raise one BatchError."""
        missing = [tmp_path / "gone.txt", tmp_path / "lost.txt"]
        seen: list[str] = []

        def run() -> None:
            for extraction in parse_each(["First text.", missing[0], "Last text.", missing[1]]):
                seen.append(extraction.sources[0].text)

        with pytest.raises(BatchError) as raised:
            run()
        assert ["First text.", "Last text."] == seen
        notes = [error.__notes__[-1] for error in raised.value.exceptions]
        assert [f"input 2 of 4: {missing[0]}", f"input 4 of 4: {missing[1]}"] == notes

    def test_one_unreadable_input_of_a_generator(self, tmp_path: Path) -> None:
        """A generator's unreadable input is named by its number alone."""
        missing = tmp_path / "gone.txt"
        inputs: list[Input] = ["A text.", missing]
        with pytest.raises(InputError) as raised:
            list(parse_each(iter(inputs), jobs=2))
        assert f"input 2: {missing}" == raised.value.__notes__[-1]

    def test_jobs_is_checked_at_the_call(self) -> None:
        """jobs=0 is refused when parse_each is called, before anything is read."""
        with pytest.raises(InputError, match="jobs must be a positive integer"):
            parse_each(["A text."], jobs=0)


class TestStreamingCommandLine:
    def test_one_line_per_source_as_parsed_alone(self, capsys: pytest.CaptureFixture[str]) -> None:
        """extract --format jsonl writes each seed's line as parse_source gives it."""
        assert 0 == main(["extract", "--seeds", "--format", "jsonl", "--quiet"])
        expected = "".join(to_jsonl(parse_source(source)) for source in seed_sources())
        assert expected == capsys.readouterr().out

    def test_workers_write_the_same_lines(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """--jobs 2 writes the lines --jobs 1 writes, to --output."""
        target = tmp_path / "out.jsonl"
        assert 0 == main(["extract", "--seeds", "--format", "jsonl", "-q", "-o", str(target)])
        serial = target.read_text(encoding="utf-8")
        assert 0 == main(["extract", "--seeds", "--format", "jsonl", "-q", "-j", "2"])
        assert serial == capsys.readouterr().out

    def test_manifest_entries_keep_their_facts(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """A manifest's published date reaches its source's line."""
        (tmp_path / "a.txt").write_text("Blinken met Wang in Beijing.", encoding="utf-8")
        manifest = tmp_path / "m.jsonl"
        manifest.write_text('{"path": "a.txt", "published": "2023-06-19"}\n', encoding="utf-8")
        assert 0 == main(["extract", "--manifest", str(manifest), "--format", "jsonl", "-q"])
        line = json.loads(capsys.readouterr().out)
        assert ["2023-06-19", 1] == [
            str(line["source"]["published"])[:10],
            len(load_manifest(manifest)),
        ]

    def test_lines_before_an_unreadable_entry_are_written(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """An entry naming a missing file fails the command after the other lines."""
        (tmp_path / "a.txt").write_text("Blinken met Wang in Beijing.", encoding="utf-8")
        manifest = tmp_path / "m.jsonl"
        manifest.write_text('{"path": "gone.txt"}\n{"path": "a.txt"}\n', encoding="utf-8")
        assert 1 == main(["extract", "--manifest", str(manifest), "--format", "jsonl", "-q"])
        captured = capsys.readouterr()
        assert (["a"], True) == (
            [json.loads(line)["source"]["source_id"] for line in captured.out.splitlines()],
            "m.jsonl, line 1" in captured.err,
        )
