"""The command line's inputs: files, directories, stdin, manifests, seeds; and its outputs."""

from __future__ import annotations

import importlib.util
import io
import json
import sys
from pathlib import Path

import pytest

from diplomatic_events import Extraction, from_json
from diplomatic_events.cli import main
from diplomatic_events.sources import _manifest
from diplomatic_events.tables import COLUMNS

ARTICLE = 'Ministers meet\n\nThe minister said "we will talk again" after the meeting.\n'


def _write(folder: Path, *names: str) -> None:
    for name in names:
        (folder / name).write_text(ARTICLE.replace("minister", name[0]), encoding="utf-8")


def _sources(out: str) -> list[tuple[str, str | None]]:
    document = from_json(out, Extraction)
    return [
        (source.id, None if source.published is None else source.published.isoformat())
        for source in document.sources
    ]


class TestManifest:
    def test_extract_json_honours_published_for_every_file(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """extract --json --manifest m.jsonl gives every listed file its published date."""
        (tmp_path / "docs").mkdir()
        _write(tmp_path / "docs", "a.txt", "b.txt", "c.txt")
        rows = [
            {"path": "docs/a.txt", "published": "2023-06-19", "licence": "CC-BY"},
            {"path": "docs/b.txt", "published": "2023-06-20T10:00:00+08:00", "genre": "news"},
            {"path": "docs/c.txt", "published": "2023-06-21T09:30:00Z", "visit": "v"},
        ]
        manifest = tmp_path / "m.jsonl"
        manifest.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
        assert 0 == main(["extract", "--json", "--manifest", str(manifest)])
        expected = [
            ("a", "2023-06-19T00:00:00+00:00"),
            ("b", "2023-06-20T10:00:00+08:00"),
            ("c", "2023-06-21T09:30:00+00:00"),
        ]
        assert expected == _sources(capsys.readouterr().out)

    def test_manifest_outlet_that_is_no_adapter_is_kept(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """A manifest outlet no adapter knows is the source's outlet name, not an error."""
        _write(tmp_path, "a.txt")
        manifest = tmp_path / "m.csv"
        manifest.write_text("path,outlet\na.txt,Harbour Wire\n", encoding="utf-8")
        assert 0 == main(["extract", "--manifest", str(manifest)])
        source = json.loads(capsys.readouterr().out)["sources"][0]
        assert ("generic", "Harbour Wire") == (source["outlet"], source["outlet_name"])

    def test_bad_manifest_date_is_one_line(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """A manifest date that is not ISO 8601 is one error line naming the entry."""
        _write(tmp_path, "a.txt")
        manifest = tmp_path / "m.jsonl"
        manifest.write_text('{"path": "a.txt", "published": "19/06/2023"}\n', encoding="utf-8")
        assert 1 == main(["extract", "--manifest", str(manifest)])
        err = capsys.readouterr().err
        assert 1 == len(err.strip().splitlines())
        assert "19/06/2023" in err
        assert "line 1" in err


class TestInputs:
    def test_no_input_is_an_error(self, capsys: pytest.CaptureFixture[str]) -> None:
        """With no inputs, every command fails with one clear line and reads no seeds."""
        for command in ("report", "extract", "compare"):
            assert 1 == main([command])
            captured = capsys.readouterr()
            assert "" == captured.out
            assert (
                "diplomatic-events: error: no input: name report files or directories, '-' for"
                " standard input, --manifest FILE, or --seeds for the bundled seed corpus\n"
            ) == captured.err

    def test_seeds_only_on_request(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--seeds reads the five bundled reports."""
        assert 0 == main(["extract", "--seeds"])
        assert 5 == len(_sources(capsys.readouterr().out))

    def test_directory_gives_its_reports_sorted(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """A directory contributes its .txt files in name order, and nothing else."""
        _write(tmp_path, "b.txt", "a.txt")
        (tmp_path / "notes.md").write_text("not a report", encoding="utf-8")
        assert 0 == main(["extract", str(tmp_path)])
        assert ["a", "b"] == [name for name, _ in _sources(capsys.readouterr().out)]

    def test_empty_directory_is_an_error(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """A directory with no reports is an error naming it."""
        assert 1 == main(["extract", str(tmp_path)])
        assert str(tmp_path) in capsys.readouterr().err

    def test_stdin(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """- reads one report from standard input, with the id stdin."""
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode())))
        assert 0 == main(["extract", "-"])
        assert [("stdin", None)] == _sources(capsys.readouterr().out)


class TestOutputs:
    def test_output_file(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """--output writes the document to a file and nothing to stdout."""
        _write(tmp_path, "a.txt")
        target = tmp_path / "out.json"
        assert 0 == main(["extract", str(tmp_path / "a.txt"), "--output", str(target)])
        assert "" == capsys.readouterr().out
        assert [("a", None)] == _sources(target.read_text(encoding="utf-8"))

    def test_csv_needs_an_output_directory(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """--format csv without --output is an error saying so."""
        _write(tmp_path, "a.txt")
        assert 1 == main(["extract", str(tmp_path), "--format", "csv"])
        assert "--output DIR" in capsys.readouterr().err

    def test_csv_tables(self, tmp_path: Path) -> None:
        """--format csv writes one file per table into --output."""
        _write(tmp_path, "a.txt")
        target = tmp_path / "tables"
        assert 0 == main(["extract", str(tmp_path / "a.txt"), "--format", "csv", "-o", str(target)])
        assert sorted(f"{name}.csv" for name in COLUMNS) == sorted(p.name for p in target.iterdir())

    @pytest.mark.skipif(
        importlib.util.find_spec("pyarrow") is None or importlib.util.find_spec("pandas") is None,
        reason="the [parquet] extra is not installed",
    )
    def test_parquet_tables(self, tmp_path: Path) -> None:
        """--format parquet writes one Parquet file per table into --output."""
        _write(tmp_path, "a.txt")
        target = tmp_path / "tables"
        assert 0 == main(
            ["extract", str(tmp_path / "a.txt"), "--format", "parquet", "-o", str(target)]
        )
        assert sorted(f"{name}.parquet" for name in COLUMNS) == sorted(
            p.name for p in target.iterdir()
        )

    def test_jsonl_one_source_per_line(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """--format jsonl prints one line per source."""
        _write(tmp_path, "a.txt", "b.txt")
        assert 0 == main(["extract", str(tmp_path), "--format", "jsonl", "--quiet"])
        lines = capsys.readouterr().out.splitlines()
        assert ["a", "b"] == [json.loads(line)["source"]["source_id"] for line in lines]

    def test_jsonl_reads_a_large_directory_in_name_order(
        self,
        capsys: pytest.CaptureFixture[str],
        tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        """A directory listed in sorted runs on disk gives its files in name order."""
        monkeypatch.setattr(_manifest, "_RUN", 2)
        _write(tmp_path, "d.txt", "b.txt", "e.txt", "a.txt", "c.txt")
        assert 0 == main(["extract", str(tmp_path), "--format", "jsonl", "--quiet"])
        lines = capsys.readouterr().out.splitlines()
        ids = [json.loads(line)["source"]["source_id"] for line in lines]
        assert ["a", "b", "c", "d", "e"] == ids

    def test_jsonl_names_an_unreadable_entry_by_its_number(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """Inputs read lazily are counted first: a missing entry is "input 3 of 3"."""
        _write(tmp_path, "a.txt", "b.txt")
        manifest = tmp_path / "m.jsonl"
        manifest.write_text('{"path": "gone.txt"}\n', encoding="utf-8")
        arguments = ["extract", str(tmp_path), "--manifest", str(manifest), "--format", "jsonl"]
        assert 1 == main([*arguments, "--quiet"])
        captured = capsys.readouterr()
        assert (2, True) == (
            len(captured.out.splitlines()),
            "input 3 of 3" in captured.err,
        )

    def test_json_and_another_format_disagree(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """--json with --format jsonl is refused rather than guessed."""
        _write(tmp_path, "a.txt")
        assert 1 == main(["extract", str(tmp_path), "--json", "--format", "jsonl"])
        assert "disagree" in capsys.readouterr().err


class TestProgress:
    def test_no_progress_when_stderr_is_not_a_terminal(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """A batch writes nothing to stderr when it is not a terminal."""
        _write(tmp_path, "a.txt", "b.txt")
        assert 0 == main(["extract", str(tmp_path)])
        assert "" == capsys.readouterr().err

    def test_progress_on_a_terminal(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
    ) -> None:
        """On a terminal a batch shows its progress; --quiet silences it."""
        _write(tmp_path, "a.txt", "b.txt")
        monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
        assert 0 == main(["extract", str(tmp_path)])
        assert "parsed 2/2: b" in capsys.readouterr().err
        assert 0 == main(["extract", str(tmp_path), "--quiet"])
        assert "" == capsys.readouterr().err


HTML_PAGE = Path(__file__).resolve().parent.parent / "sources" / "data" / "readout.html"


@pytest.mark.skipif(
    importlib.util.find_spec("trafilatura") is None, reason="the [html] extra is not installed"
)
class TestHtmlInputs:
    def test_manifest_date_wins_over_the_pages(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """A manifest's published date wins over an HTML page's own date."""
        manifest = tmp_path / "m.jsonl"
        row = {"path": str(HTML_PAGE), "published": "2024-03-13"}
        manifest.write_text(json.dumps(row) + "\n", encoding="utf-8")
        assert 0 == main(["extract", "--manifest", str(manifest)])
        assert [("readout", "2024-03-13T00:00:00+00:00")] == _sources(capsys.readouterr().out)

    def test_report_says_where_the_date_came_from(self, capsys: pytest.CaptureFixture[str]) -> None:
        """report shows a page's date with the reason it was taken."""
        assert 0 == main(["report", str(HTML_PAGE)])
        out = capsys.readouterr().out
        assert "published: 2024-03-12T16:40:00-04:00 (given by the page's metadata)" in out
