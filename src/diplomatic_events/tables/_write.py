"""Writing the tables: pandas DataFrames, CSV and Parquet files, JSON Lines."""

from __future__ import annotations

import csv
import importlib.util
import json
from pathlib import Path
from typing import TYPE_CHECKING

from diplomatic_events.exceptions import InputError, MissingExtraError
from diplomatic_events.model import Extraction
from diplomatic_events.tables._rows import COLUMNS, Row, table_rows

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["DATETIME_COLUMNS", "to_jsonl", "to_pandas", "write_csv", "write_parquet"]

DATETIME_COLUMNS: dict[str, tuple[str, ...]] = {
    "sources": ("published", "updated"),
    "reports": ("said_at",),
    "meetings": ("start", "end"),
}
"""Columns that :func:`to_pandas` turns into UTC timestamps (ISO strings everywhere else)."""


def _pandas() -> object:
    try:
        import pandas
    except ImportError as error:
        raise MissingExtraError(
            'tables as DataFrames need the optional [pandas] extra: pip install ".[pandas]"'
            ' from a clone (or "diplomatic-events[pandas]")'
        ) from error
    return pandas


def to_pandas(extraction: Extraction) -> dict[str, pd.DataFrame]:
    """One DataFrame per table of :data:`~diplomatic_events.tables.COLUMNS`.

    Publication, update and meeting times are UTC timestamps; partial dates stay ISO
    strings at their precision ("2023", "2023-06-19"); lists are joined with ``"; "``.

    Raises:
        MissingExtraError: pandas is not installed (the ``[pandas]`` extra).

    .. versionadded:: 0.1.0
    """
    _pandas()
    import pandas as pd

    frames: dict[str, pd.DataFrame] = {}
    for name, rows in table_rows(extraction).items():
        frame = pd.DataFrame.from_records(rows, columns=list(COLUMNS[name]))
        for column in DATETIME_COLUMNS.get(name, ()):
            frame[column] = pd.to_datetime(frame[column], utc=True, format="ISO8601")
        frames[name] = frame
    return frames


def _directory(directory: str | Path) -> Path:
    folder = Path(directory)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise InputError(f"cannot create {folder}: {error.strerror}") from error
    return folder


def write_csv(extraction: Extraction, directory: str | Path) -> tuple[Path, ...]:
    """Write one UTF-8 CSV file per table (``sources.csv``, ...) into ``directory``.

    Needs no extra. Returns the files written.

    .. versionadded:: 0.1.0
    """
    folder = _directory(directory)
    written: list[Path] = []
    for name, rows in table_rows(extraction).items():
        path = folder / f"{name}.csv"
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=COLUMNS[name])
            writer.writeheader()
            writer.writerows(rows)
        written.append(path)
    return tuple(written)


def write_parquet(extraction: Extraction, directory: str | Path) -> tuple[Path, ...]:
    """Write one Parquet file per table (``sources.parquet``, ...) into ``directory``.

    Raises:
        MissingExtraError: pandas or pyarrow is not installed (the ``[parquet]`` extra).

    .. versionadded:: 0.1.0
    """
    frames = to_pandas(extraction)
    if importlib.util.find_spec("pyarrow") is None:
        raise MissingExtraError(
            "Parquet files need the optional [parquet] extra (pandas and pyarrow):"
            ' pip install ".[parquet]" from a clone'
        )
    folder = _directory(directory)
    written: list[Path] = []
    for name, frame in frames.items():
        path = folder / f"{name}.parquet"
        frame.to_parquet(path, index=False)
        written.append(path)
    return tuple(written)


def _reported_by(row: Row, source_id: str) -> bool:
    sources = row["sources"]
    return isinstance(sources, str) and source_id in sources.split("; ")


def to_jsonl(extraction: Extraction) -> str:
    """One JSON object per source and line: the source's row and its rows of every other table.

    Each line is ``{"source": {...}, "reports": [...], "statements": [...], "meetings": [...],
    "events": [...], "positions": [...]}`` with the columns of :data:`COLUMNS`; a statement,
    meeting, event or position appears on the line of every source that reports it.

    .. versionadded:: 0.1.0
    """
    tables = table_rows(extraction)
    lines: list[str] = []
    for source in tables["sources"]:
        source_id = str(source["source_id"])
        line: dict[str, object] = {
            "source": source,
            "reports": [row for row in tables["reports"] if row["source_id"] == source_id],
        }
        for name in ("statements", "meetings", "events", "positions"):
            line[name] = [row for row in tables[name] if _reported_by(row, source_id)]
        lines.append(one_line(json.dumps(line, ensure_ascii=False)))
    return "".join(line + "\n" for line in lines)


def one_line(document: str) -> str:
    """A JSON document written on one line without the characters outside ASCII that
    readers split lines on (``str.splitlines``): in JSON they can only stand inside a
    string, where their escape means the same."""
    return document.translate(_LINE_BREAKS)


_LINE_BREAKS = {0x85: "\\u0085", 0x2028: "\\u2028", 0x2029: "\\u2029"}
