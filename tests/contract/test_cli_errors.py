"""The command line: one line per warning and error, never a traceback, documented statuses."""

from __future__ import annotations

import io
import logging
import os
import sys
import warnings
from pathlib import Path

import pytest

from diplomatic_events.cli import _commands, main

ARTICLE = 'Caf\xe9 talks\n\nThe minister said "we will talk again" on Monday.\n'


class TestWarnings:
    def test_decoding_warning_is_one_line(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """A library warning prints as one 'diplomatic-events: warning:' line, no source line."""
        path = tmp_path / "old.txt"
        path.write_bytes(ARTICLE.encode("cp1252"))
        assert 0 == main(["extract", str(path)])
        err = capsys.readouterr().err
        assert [f"diplomatic-events: warning: {path} is not UTF-8; decoded as cp1252"] == (
            err.splitlines()
        )

    def test_log_records_are_one_line(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A library log record at WARNING prints as one line, even with a newline in it."""

        def logging_command(_args: object) -> str:
            logging.getLogger("diplomatic_events.sources").warning("first\nsecond")
            return "ok"

        monkeypatch.setattr(_commands, "seeds", logging_command)
        assert 0 == main(["seeds"])
        assert ["diplomatic-events: warning: first second"] == capsys.readouterr().err.splitlines()

    def test_warning_filters_come_back(self, tmp_path: Path) -> None:
        """main leaves the caller's warning machinery as it found it."""
        path = tmp_path / "old.txt"
        path.write_bytes(ARTICLE.encode("cp1252"))
        before = warnings.showwarning
        main(["extract", str(path)])
        assert before is warnings.showwarning


class TestErrors:
    def test_too_large_is_one_line(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """--max-bytes refuses a larger file: exit 1, one line naming the file and its size."""
        path = tmp_path / "article.txt"
        path.write_text(ARTICLE, encoding="utf-8")
        assert 1 == main(["extract", "--max-bytes", "10", str(path)])
        err = capsys.readouterr().err
        size = len(ARTICLE.encode("utf-8"))
        assert err.startswith(f"diplomatic-events: error: {path}: {size} bytes is over the input")
        assert 1 == len(err.splitlines())

    def test_stdin_is_bounded(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Standard input is read only up to --max-bytes, then refused with one line."""
        stdin = io.TextIOWrapper(io.BytesIO(ARTICLE.encode("utf-8") * 1000))
        monkeypatch.setattr(sys, "stdin", stdin)
        assert 1 == main(["extract", "--max-bytes", "100", "-"])
        assert [
            "diplomatic-events: error: <stdin>: at least 101 bytes is over the input limit of 100 "
            "(raise it with max_bytes= or --max-bytes)"
        ] == capsys.readouterr().err.splitlines()

    def test_max_bytes_must_be_positive(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--max-bytes 0 is a usage error (exit 2)."""
        with pytest.raises(SystemExit) as caught:
            main(["report", "--max-bytes", "0"])
        assert 2 == caught.value.code
        assert "--max-bytes: must be positive" in capsys.readouterr().err

    @pytest.mark.parametrize("indent", ["1000000000", "-1", "two"])
    def test_indent_is_bounded(self, capsys: pytest.CaptureFixture[str], indent: str) -> None:
        """A huge --indent is a usage error, not an exhausted memory (exit 70)."""
        with pytest.raises(SystemExit) as caught:
            main(["extract", "--indent", indent])
        assert 2 == caught.value.code
        assert "argument --indent" in capsys.readouterr().err

    @pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
    def test_named_pipes(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """Named pipes are refused at once, one line each under a header."""
        first, second = tmp_path / "one", tmp_path / "two"
        os.mkfifo(first)
        os.mkfifo(second)
        assert 1 == main(["report", str(first), str(second)])
        lines = capsys.readouterr().err.splitlines()
        assert "diplomatic-events: error: 2 of 2 inputs could not be read" == lines[0]
        assert [True, True] == [
            f"{path}: it is a named pipe" in line
            for path, line in zip((first, second), lines[1:], strict=True)
        ]

    def test_bad_knowledge_zone_is_one_line(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """An unknown zone in --knowledge is an error at load, not a traceback at parse time."""
        path = tmp_path / "zones.toml"
        path.write_text('[zones]\n"XT" = "Nowhere/Land"\n', encoding="utf-8")
        assert 1 == main(["report", "--knowledge", str(path)])
        assert [
            f"diplomatic-events: error: {path}: zones.'XT': unknown time zone 'Nowhere/Land'"
        ] == (capsys.readouterr().err.splitlines())

    def test_internal_error_is_one_line_and_exit_70(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A bug prints one 'internal error' line asking for a report, exits 70, no traceback."""

        def broken(_args: object) -> str:
            raise ZeroDivisionError("division by zero")

        monkeypatch.setattr(_commands, "seeds", broken)
        assert 70 == main(["seeds"])
        err = capsys.readouterr().err
        assert 1 == len(err.splitlines())
        assert err.startswith("diplomatic-events: internal error: ZeroDivisionError: division by")
        assert "please report it" in err
        assert "Traceback" not in err

    def test_interrupt_exits_130(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Ctrl-C ends quietly with status 130."""

        def interrupted(_args: object) -> str:
            raise KeyboardInterrupt

        monkeypatch.setattr(_commands, "seeds", interrupted)
        assert 130 == main(["seeds"])
        assert "" == capsys.readouterr().err
