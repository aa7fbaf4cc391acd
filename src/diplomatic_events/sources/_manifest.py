"""Manifests: a list of report files with what is known about each (JSON Lines or CSV)."""

from __future__ import annotations

import csv
import heapq
import itertools
import json
import os
import pickle
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from contextlib import ExitStack
from pathlib import Path, PurePath
from typing import IO

from attrs import frozen

from diplomatic_events.exceptions import BatchError, DiplomaticEventsError, InputError
from diplomatic_events.model import Source
from diplomatic_events.sources._build import HTML_SUFFIXES
from diplomatic_events.sources._decode import _LIMIT, _check_regular
from diplomatic_events.sources._metadata import Metadata, author_names
from diplomatic_events.sources._read import read_with

__all__ = [
    "REPORT_SUFFIXES",
    "ManifestEntry",
    "count_report_files",
    "iter_report_files",
    "load_manifest",
    "manifest_entries",
    "read_manifest",
    "report_files",
]

REPORT_SUFFIXES = frozenset({".txt", *HTML_SUFFIXES})
"""The files a directory contributes: text and HTML pages."""

_KEYS = ("path", "url", "published", "title", "outlet", "authors")


@frozen(kw_only=True)
class ManifestEntry:
    """One report listed in a manifest, with the facts the manifest gives about it.

    .. versionadded:: 0.1.0
    """

    path: Path
    """The report file, resolved against the manifest's folder."""
    line: int
    """Where the entry is in the manifest (1-based; a CSV's header is line 1)."""
    manifest: str
    url: str | None = None
    published: str | None = None
    title: str | None = None
    outlet: str | None = None
    """The outlet's name: a registered adapter's name or display name picks that adapter;
    any other name is kept as :attr:`Source.outlet_name`."""
    authors: tuple[str, ...] = ()

    def read(self) -> Source:
        """The report as a :class:`Source`; the entry's facts win over what the text says.

        Raises:
            InputError: the file cannot be read, or ``published`` is not ISO 8601.
        """
        metadata = Metadata(
            url=self.url,
            published=self.published,
            title=self.title,
            outlet_name=self.outlet,
            authors=self.authors,
            given_by=f"the manifest ({self.manifest}, line {self.line})",
        )
        return read_with(self.path, metadata)


def _rows(
    lines: Iterator[str], name: str, suffix: str
) -> Iterator[tuple[int, Mapping[str, object]]]:
    if suffix not in {".csv", ".jsonl", ".ndjson", ".json"}:
        # told by the first character: JSON Lines open with "{"
        blank: list[str] = []
        for line in lines:
            blank.append(line)
            if line.strip():
                break
        json_lines = bool(blank) and blank[-1].lstrip().startswith("{")
        suffix = ".jsonl" if json_lines else ".csv"
        lines = itertools.chain(blank, lines)
    if suffix == ".csv":
        reader = csv.DictReader(lines)
        if reader.fieldnames is None or "path" not in reader.fieldnames:
            raise InputError(f"{name}: a CSV manifest needs a header line with a 'path' column")
        for row in reader:
            yield reader.line_num, {key: value for key, value in row.items() if key is not None}
        return
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            raise InputError(f"{name}, line {number}: not JSON ({error.msg})") from error
        if not isinstance(row, dict):
            raise InputError(f"{name}, line {number}: each line must be a JSON object")
        yield number, row


def _lines(handle: IO[str], name: str, limit: int) -> Iterator[str]:
    """The manifest's lines, each at most ``limit`` characters."""
    number = 0
    while line := handle.readline(limit + 1):
        number += 1
        if len(line) > limit:
            raise InputError(f"{name}, line {number}: longer than {limit} characters")
        yield line


def _open(name: str) -> IO[str]:
    """A regular file opened as UTF-8 text (a byte-order mark skipped)."""
    try:
        _check_regular(name, os.stat(name).st_mode)
        return open(name, encoding="utf-8-sig", newline="")
    except OSError as error:
        raise InputError(f"cannot read {name}: {error.strerror}") from None
    except ValueError as error:  # a NUL in the name
        raise InputError(f"cannot read {name!r}: {error}") from None


def _optional(row: Mapping[str, object], key: str, where: str) -> str | None:
    value = row.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputError(f"{where}: {key!r} must be a string, not {value!r}")
    return value.strip() or None


def _entry(row: Mapping[str, object], number: int, name: str, folder: Path) -> ManifestEntry:
    where = f"{name}, line {number}"
    relative = _optional(row, "path", where)
    if relative is None:
        raise InputError(f"{where}: no 'path'")
    return ManifestEntry(
        path=folder / relative,
        line=number,
        manifest=name,
        url=_optional(row, "url", where),
        published=_optional(row, "published", where),
        title=_optional(row, "title", where),
        outlet=_optional(row, "outlet", where),
        authors=author_names(row.get("authors")),
    )


def load_manifest(manifest: str | Path) -> tuple[ManifestEntry, ...]:
    """The entries of a manifest: JSON Lines (one object per line) or CSV with a header.

    Keys: ``path`` (required; relative to the manifest's folder), ``url``, ``published``
    (ISO 8601 date or date and time), ``title``, ``outlet``, ``authors`` (a list, or names
    separated by ``;``). Other keys are ignored, so a corpus manifest's ``licence`` or
    ``genre`` may stay. The format is told by the suffix (``.csv``; ``.jsonl``, ``.ndjson``,
    ``.json``), else by the first character.

    Raises:
        InputError: the manifest cannot be read, or an entry is malformed (says which line).
        BatchError: several entries are malformed.

    .. versionadded:: 0.1.0
    """
    return tuple(manifest_entries(manifest))


def manifest_entries(manifest: str | Path) -> Iterator[ManifestEntry]:
    """The entries of a manifest, read line by line (see :func:`load_manifest`).

    Only the line being read is held, so a manifest of any length may be streamed; each
    line may be at most :func:`~diplomatic_events.sources.input_limit` characters. The
    entries come as they are read; the malformed ones are raised at the end, as
    :func:`load_manifest` raises them.

    Raises:
        InputError: the manifest cannot be read, a line is too long, or an entry is
            malformed (says which line).
        BatchError: several entries are malformed.

    .. versionadded:: 0.1.0
    """
    path = Path(manifest)
    errors: list[DiplomaticEventsError] = []
    with _open(str(path)) as handle:
        try:
            rows = _rows(_lines(handle, str(path), _LIMIT.get()), str(path), path.suffix.lower())
            for number, row in rows:
                try:
                    entry = _entry(row, number, str(path), path.parent)
                except DiplomaticEventsError as error:
                    errors.append(error)
                    continue
                yield entry
        except UnicodeDecodeError as error:
            raise InputError(f"manifest {path} is not UTF-8") from error
    _raise(errors, f"{len(errors)} entries of {path} are malformed")


def _raise(errors: list[DiplomaticEventsError], message: str) -> None:
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise BatchError(message, errors)


def read_manifest(manifest: str | Path) -> tuple[Source, ...]:
    """Every report a manifest lists, read with the manifest's facts (see :func:`load_manifest`).

    Raises:
        InputError: the manifest or one report cannot be read (its note names the entry).
        BatchError: several reports cannot be read; one error per report.

    .. versionadded:: 0.1.0
    """
    entries = load_manifest(manifest)
    sources: list[Source] = []
    errors: list[DiplomaticEventsError] = []
    for entry in entries:
        try:
            sources.append(entry.read())
        except DiplomaticEventsError as error:
            error.add_note(f"{entry.manifest}, line {entry.line}: {entry.path}")
            errors.append(error)
    _raise(errors, f"{len(errors)} of {len(entries)} reports in {manifest} could not be read")
    return tuple(sources)


def report_files(directory: str | Path) -> tuple[Path, ...]:
    """The reports in ``directory``: its ``.txt``, ``.html`` and ``.htm`` files, sorted by name.

    .. versionadded:: 0.1.0
    """
    folder = Path(directory)
    return tuple(folder / name for name in sorted(_report_names(directory)))


_RUN = 8192
"""Names sorted in memory at a time by :func:`iter_report_files`; more go to sorted runs on
disk, merged as they are read."""


def _report_names(directory: str | Path) -> Iterator[str]:
    """The names of the report files of ``directory``, in the order the system lists them."""
    with os.scandir(directory) as entries:
        for entry in entries:
            if PurePath(entry.name).suffix.lower() in REPORT_SUFFIXES and _is_file(entry):
                yield entry.name


def _is_file(entry: os.DirEntry[str]) -> bool:
    """As :meth:`Path.is_file`: a file or a link to one; ``False`` when it cannot be told."""
    try:
        return entry.is_file()
    except OSError:
        return False


def count_report_files(directory: str | Path) -> int:
    """How many reports :func:`iter_report_files` gives, counted without keeping their names.

    .. versionadded:: 0.1.0
    """
    return sum(1 for _ in _report_names(directory))


def iter_report_files(directory: str | Path) -> Iterator[Path]:
    """The reports of :func:`report_files`, in the same order, with memory that does not grow
    with the directory: names are sorted in runs of a few thousand, written to temporary
    files, and the runs merged as they are read.

    .. versionadded:: 0.1.0
    """
    folder = Path(directory)
    names = _report_names(directory)
    first = sorted(itertools.islice(names, _RUN))
    if len(first) < _RUN:
        yield from (folder / name for name in first)
        return
    with ExitStack() as stack:
        runs: list[Iterable[str]] = []
        run, first = first, []
        while run:
            spill = stack.enter_context(tempfile.TemporaryFile(prefix="diplomatic-events-"))
            for name in run:
                pickle.dump(name, spill, protocol=pickle.HIGHEST_PROTOCOL)
            spill.seek(0)
            runs.append(_unpickled(spill, len(run)))
            run = sorted(itertools.islice(names, _RUN))
        yield from (folder / name for name in heapq.merge(*runs))


def _unpickled(spill: IO[bytes], count: int) -> Iterator[str]:
    for _ in range(count):
        name: str = pickle.load(spill)  # our own file
        yield name
