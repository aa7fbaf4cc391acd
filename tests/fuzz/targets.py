"""The fuzz targets: each entry point may raise only its documented errors, within a time bound.

Shared by the hypothesis suite (``test_fuzz.py``) and the atheris harness
(``atheris_fuzz.py``), so both check the same contract. The closed sets here are the ones
the API docs list (docs/errors.md).
"""

from __future__ import annotations

import contextlib
import io
import json
import tempfile
import time
import warnings
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

from diplomatic_events.cli import main
from diplomatic_events.exceptions import (
    BatchError,
    DataFileError,
    DiplomaticEventsError,
    DocumentError,
    InputError,
)
from diplomatic_events.knowledge import load_knowledge
from diplomatic_events.model import Extraction, Source, Span, Visit
from diplomatic_events.parsing import parse
from diplomatic_events.serialization import from_json
from diplomatic_events.sources import read_source

T = TypeVar("T")

ALLOWED: dict[str, tuple[type[BaseException], ...]] = {
    "read_source": (InputError,),
    "parse": (InputError, BatchError),
    "from_json": (DocumentError,),
    "load_knowledge": (DataFileError,),
}
"""The closed set of exceptions of each entry point, for any input."""

DOCUMENT_TYPES: tuple[type[Any], ...] = (Extraction, Source, Span, Visit)

EXIT_STATUSES = frozenset({0, 1, 2})
"""What the CLI may return for user input: never 70 (an internal error)."""


def time_limit(size: int) -> float:
    """Seconds an input of ``size`` characters or bytes may take: generous for a shared CPU."""
    return 5.0 + size / 1000


OUTCOMES: list[str] = []
"""What each call ended with ("returned", "InputError", "status 1"), for fuzzing statistics."""


def _contract(name: str, size: int, call: Callable[[], T]) -> T | None:
    """Run ``call``: it returns, or raises one of ``ALLOWED[name]``, within the time bound."""
    started = time.perf_counter()
    result: T | None = None
    outcome = "returned"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            result = call()
        except ALLOWED[name] as error:
            message = str(error)
            outcome = type(error).__name__
            assert isinstance(error, DiplomaticEventsError), type(error)  # noqa: PT017
            assert len(message) <= 1000, f"{name}: message of {len(message)} characters"
    elapsed = time.perf_counter() - started
    assert elapsed < time_limit(size), f"{name}: {elapsed:.1f} s for {size} characters"
    OUTCOMES.append(outcome)
    return result


def check_read_source(data: str | bytes, **metadata: str | None) -> None:
    """read_source: a Source whose blocks lie in its text and hold no NUL from decoding."""
    source = _contract("read_source", len(data), lambda: read_source(data, **metadata))
    if source is not None:
        assert all(0 <= b.start <= b.end <= len(source.text) for b in source.blocks)
        if isinstance(data, bytes):
            assert "\x00" not in source.text


def check_parse(items: Sequence[str | bytes]) -> None:
    """parse: an Extraction (every span cutting from its source) or a documented error."""
    size = sum(len(item) for item in items)
    extraction = _contract("parse", size, lambda: parse(list(items)))
    if extraction is not None:
        texts = {source.id: source.text for source in extraction.sources}
        for statement in extraction.all_statements():
            for report in statement.reports:
                if report.source in texts:
                    assert texts[report.source][report.start : report.end] == report.text


def check_from_json(text: str | bytes, cls: type[Any] = Extraction) -> None:
    """from_json: a value of ``cls`` or a DocumentError, nothing else."""
    _contract("from_json", len(text), lambda: from_json(text, cls))


@contextlib.contextmanager
def _files(contents: Sequence[bytes], suffix: str) -> Iterator[list[Path]]:
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for number, content in enumerate(contents):
            path = Path(folder) / f"input{number}{suffix}"
            path.write_bytes(content)
            paths.append(path)
        yield paths


def check_load_knowledge(contents: Sequence[bytes]) -> None:
    """load_knowledge: a KnowledgeBase or a DataFileError, for any files."""
    with _files(contents, ".toml") as paths:
        _contract("load_knowledge", sum(len(c) for c in contents), lambda: load_knowledge(*paths))


def check_cli(
    command: str, options: Sequence[str], reports: Sequence[bytes], knowledge: Sequence[bytes] = ()
) -> None:
    """main(argv) in-process: status 0, 1 or 2; every stderr line is the program's own."""
    with _files(reports, ".txt") as report_paths, _files(knowledge, ".toml") as knowledge_paths:
        argv = [command, *options, *(str(p) for p in report_paths)]
        for path in knowledge_paths:
            argv += ["--knowledge", str(path)]
        out, err = io.StringIO(), io.StringIO()
        started = time.perf_counter()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                status = main(argv)
            except SystemExit as stop:  # argparse: usage errors and --help
                status = stop.code if isinstance(stop.code, int) else 2
        elapsed = time.perf_counter() - started
        size = sum(len(r) for r in reports) + sum(len(k) for k in knowledge)
        assert elapsed < time_limit(size) * 2, f"cli: {elapsed:.1f} s"
        assert status in EXIT_STATUSES, f"status {status}: {err.getvalue()}"
        OUTCOMES.append(f"status {status}")
        assert "Traceback" not in err.getvalue()
        for line in err.getvalue().splitlines():
            assert line.startswith(("diplomatic-events", "  ", "usage:", " ")), line
        if status == 0 and command == "extract":
            json.loads(out.getvalue())
