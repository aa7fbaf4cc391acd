"""The command line: output, exit codes, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from diplomatic_events import Extraction, __version__, from_json, parse
from diplomatic_events.cli import main
from diplomatic_events.compare import compare, render_differences


class TestCli:
    def test_version(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--version prints the package version."""
        with pytest.raises(SystemExit) as caught:
            main(["--version"])
        assert 0 == caught.value.code
        assert __version__ in capsys.readouterr().out

    def test_no_command_prints_help_and_fails(self, capsys: pytest.CaptureFixture[str]) -> None:
        """With no subcommand, usage goes to stderr with exit status 2."""
        assert 2 == main([])
        assert "usage" in capsys.readouterr().err

    def test_report_reads_the_bundled_seeds(self, capsys: pytest.CaptureFixture[str]) -> None:
        """report --seeds lists the five bundled sources."""
        assert 0 == main(["report", "--seeds"])
        assert "Sources (5)" in capsys.readouterr().out

    def test_extract_json_is_a_valid_document(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """extract --json prints a document that from_json accepts."""
        article = tmp_path / "article.txt"
        article.write_text(
            'Headline\n\nThe minister said "we will talk again" on Monday.\n', encoding="utf-8"
        )
        assert 0 == main(["extract", "--json", str(article)])
        document = from_json(capsys.readouterr().out, Extraction)
        assert [str(article)] == [source.path for source in document.sources]

    def test_missing_file_is_one_line_on_stderr(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """A missing file names the file, exits 1 and prints no traceback."""
        missing = tmp_path / "nope.txt"
        assert 1 == main(["extract", "--json", str(missing)])
        captured = capsys.readouterr()
        assert "" == captured.out
        assert 1 == len(captured.err.strip().splitlines())
        assert "nope.txt" in captured.err
        assert "Traceback" not in captured.err

    def test_schema_is_json(self, capsys: pytest.CaptureFixture[str]) -> None:
        """schema prints a JSON Schema document."""
        assert 0 == main(["schema"])
        assert "$defs" in json.loads(capsys.readouterr().out)


class TestCompareCli:
    def test_compare_json_has_the_documented_keys(self, capsys: pytest.CaptureFixture[str]) -> None:
        """compare --json prints sources, statements, facts, reuse and coverage."""
        assert 0 == main(["compare", "--json", "--seeds"])
        document = json.loads(capsys.readouterr().out)
        assert {"sources", "statements", "facts", "reuse", "coverage"} <= set(document)
        assert 5 == len(document["sources"])

    def test_report_has_a_differences_section(self, capsys: pytest.CaptureFixture[str]) -> None:
        """report ends with how the sources differ, including reuse relations."""
        assert 0 == main(["report", "--seeds"])
        out = capsys.readouterr().out
        assert "republication" in out

    def test_report_differences_are_the_summary_comparisons(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """report's last section renders the summary comparison (not the full one)."""
        assert 0 == main(["report", "--seeds"])
        differences = render_differences(compare(parse()))
        assert capsys.readouterr().out.endswith("\n\n" + differences)

    def test_report_has_timeline_events_and_positions(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """report shows the visit's meetings in order, related events and positions by side."""
        assert 0 == main(["report", "--seeds"])
        out = capsys.readouterr().out
        for heading in ("Timeline of meetings", "Related events", "Positions by topic"):
            assert heading in out


class TestBatchErrors:
    def test_every_unreadable_file_is_named(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """Two missing files among three: one summary line, then one line per file."""
        good = tmp_path / "good.txt"
        good.write_text('He said "we talked."\n', encoding="utf-8")
        missing = [tmp_path / "a.txt", tmp_path / "b.txt"]
        assert 1 == main(["extract", str(missing[0]), str(good), str(missing[1])])
        err = capsys.readouterr().err.splitlines()
        assert "2 of 3 inputs could not be read" in err[0]
        assert ["a.txt", "b.txt"] == [Path(line.split(": ")[-1]).name for line in err[1:]]
