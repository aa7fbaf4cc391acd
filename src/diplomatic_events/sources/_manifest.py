"""Manifests: a list of report files with what is known about each (JSON Lines or CSV)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator, Mapping
from pathlib import Path

from attrs import frozen

from diplomatic_events.exceptions import BatchError, DiplomaticEventsError, InputError
from diplomatic_events.model import Source
from diplomatic_events.sources._build import HTML_SUFFIXES
from diplomatic_events.sources._decode import read_file_bytes
from diplomatic_events.sources._metadata import Metadata, author_names
from diplomatic_events.sources._read import read_with

__all__ = ["REPORT_SUFFIXES", "ManifestEntry", "load_manifest", "read_manifest", "report_files"]

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


def _rows(text: str, name: str, suffix: str) -> Iterator[tuple[int, Mapping[str, object]]]:
    if suffix == ".csv" or (
        suffix not in {".jsonl", ".ndjson", ".json"} and not text.lstrip().startswith("{")
    ):
        reader = csv.DictReader(io.StringIO(text))
        if reader.fieldnames is None or "path" not in reader.fieldnames:
            raise InputError(f"{name}: a CSV manifest needs a header line with a 'path' column")
        for row in reader:
            yield reader.line_num, {key: value for key, value in row.items() if key is not None}
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            raise InputError(f"{name}, line {number}: not JSON ({error.msg})") from error
        if not isinstance(row, dict):
            raise InputError(f"{name}, line {number}: each line must be a JSON object")
        yield number, row


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
    path = Path(manifest)
    try:
        text = read_file_bytes(str(path)).decode("utf-8-sig")  # a regular file, bounded
    except UnicodeDecodeError as error:
        raise InputError(f"manifest {path} is not UTF-8") from error
    entries: list[ManifestEntry] = []
    errors: list[DiplomaticEventsError] = []
    for number, row in _rows(text, str(path), path.suffix.lower()):
        try:
            entries.append(_entry(row, number, str(path), path.parent))
        except DiplomaticEventsError as error:
            errors.append(error)
    _raise(errors, f"{len(errors)} entries of {path} are malformed")
    return tuple(entries)


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
    return tuple(
        sorted(
            (
                item
                for item in folder.iterdir()
                if item.is_file() and item.suffix.lower() in REPORT_SUFFIXES
            ),
            key=lambda item: item.name,
        )
    )
