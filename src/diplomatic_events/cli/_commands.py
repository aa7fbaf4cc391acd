"""One function per subcommand: call the public API, return the text to print."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO

from diplomatic_events.cli._render import render_report
from diplomatic_events.compare import compare as compare_extraction
from diplomatic_events.compare import render_comparison, render_differences
from diplomatic_events.exceptions import InputError
from diplomatic_events.knowledge import load_knowledge
from diplomatic_events.model import Extraction, Source
from diplomatic_events.parsing import Input, parse, parse_each, parse_stream
from diplomatic_events.seeds import seed_names, seed_sources
from diplomatic_events.serialization import json_schema, to_json
from diplomatic_events.sources import (
    count_report_files,
    iter_report_files,
    manifest_entries,
    read_manifest,
    read_source,
    report_files,
)
from diplomatic_events.sources._decode import read_stream_bytes
from diplomatic_events.tables import to_jsonl, write_csv, write_parquet
from diplomatic_events.tables._write import one_line

NO_INPUT = (
    "no input: name report files or directories, '-' for standard input,"
    " --manifest FILE, or --seeds for the bundled seed corpus"
)
TABLE_FORMATS = ("csv", "parquet")


def _inputs(args: argparse.Namespace) -> list[Input]:
    """What the command line names, in order: seeds, then files and directories, then manifests."""
    items = _named(args)
    for manifest in args.manifest:
        items.extend(read_manifest(manifest))
    if not items:
        raise InputError(NO_INPUT)
    return items


def _named(args: argparse.Namespace) -> list[Input]:
    """The seeds, files and directories the command line names (not its manifests)."""
    items: list[Input] = list(seed_sources()) if args.seeds else []
    for name in args.inputs:
        if name == "-":
            raw = read_stream_bytes(sys.stdin.buffer, "<stdin>")  # bounded by --max-bytes
            items.append(read_source(raw, source_id="stdin"))
            continue
        path = Path(name)
        if path.is_dir():
            found = report_files(path)
            if not found:
                raise InputError(f"{path}: no .txt, .html or .htm files in this directory")
            items.extend(found)
        else:
            items.append(path)
    return items


def _progress(args: argparse.Namespace, total_hint: int) -> _Progress | None:
    if args.quiet or total_hint < 2 or not sys.stderr.isatty():
        return None
    return _Progress()


class _Progress:
    """``parsed 3/10: source-id`` on one stderr line, rewritten in place."""

    def __call__(self, done: int, total: int, source: Source | None) -> None:
        end = "\n" if done == total else ""
        named = "" if source is None else f": {source.id}"
        sys.stderr.write(f"\r\033[Kparsed {done}/{total}{named}{end}")
        sys.stderr.flush()


def _extraction(args: argparse.Namespace) -> Extraction:
    knowledge = load_knowledge(*(Path(name) for name in args.knowledge))
    items = _inputs(args)
    return parse(items, knowledge=knowledge, progress=_progress(args, len(items)), jobs=args.jobs)


def report(args: argparse.Namespace) -> str:
    """``diplomatic-events report``."""
    extraction = _extraction(args)
    comparison = compare_extraction(extraction)
    return render_report(extraction) + "\n\n" + render_differences(comparison)


def extract(args: argparse.Namespace) -> str | None:
    """``diplomatic-events extract``: JSON (default), JSON Lines, or CSV/Parquet tables."""
    if args.json and args.format != "json":
        raise InputError(f"--json and --format {args.format} disagree; give one")
    if args.format in TABLE_FORMATS and args.output is None:
        raise InputError(f"--format {args.format} writes one file per table: give --output DIR")
    if args.visits and args.format != "jsonl":
        raise InputError("--visits is for --format jsonl")
    if args.format == "jsonl":
        _stream_jsonl(args)
        return None
    extraction = _extraction(args)
    if args.format == "csv":
        write_csv(extraction, args.output)
        return None
    if args.format == "parquet":
        write_parquet(extraction, args.output)
        return None
    return to_json(extraction, indent=args.indent)


def _stream_jsonl(args: argparse.Namespace) -> None:
    """``extract --format jsonl``: each source parsed on its own, its line written at once.

    Nothing is kept once written, so memory stays flat for any number of files; manifest
    entries are read when their turn comes. Inputs that cannot be read are reported after
    every other line is written. With ``--visits``, each line is an extraction as JSON
    (:func:`~diplomatic_events.parse_stream`): sources of no visit as they are parsed, then
    each visit with its sources.
    """
    knowledge = load_knowledge(*(Path(name) for name in args.knowledge))
    total = _count(args)
    if not total:
        raise InputError(NO_INPUT)
    progress = _progress(args, total)
    lines: Iterator[tuple[str, Source | None]]
    if args.visits:
        # progress is told as each input is parsed, before the visits are assembled
        extractions = parse_stream(
            _Counted(_lazy_inputs(args), total),
            knowledge=knowledge,
            jobs=args.jobs,
            progress=progress,
        )
        lines = ((one_line(to_json(extraction)) + "\n", None) for extraction in extractions)
        progress = None
    else:
        extractions = parse_each(
            _Counted(_lazy_inputs(args), total), knowledge=knowledge, jobs=args.jobs
        )
        lines = ((to_jsonl(e), e.sources[0]) for e in extractions)
    if args.output is None:
        _write_lines(lines, sys.stdout, total, progress)
        return
    with open(args.output, "w", encoding="utf-8") as handle:
        _write_lines(lines, handle, total, progress)


def _count(args: argparse.Namespace) -> int:
    """How many inputs the command line names, counted without keeping them: seeds, files,
    each directory's reports, each manifest's entries (a malformed manifest is refused
    here, before anything is written)."""
    total = len(seed_names()) if args.seeds else 0
    for name in args.inputs:
        path = Path(name)
        if name != "-" and path.is_dir():
            found = count_report_files(path)
            if not found:
                raise InputError(f"{path}: no .txt, .html or .htm files in this directory")
            total += found
        else:
            total += 1
    for manifest in args.manifest:
        total += sum(1 for _ in manifest_entries(manifest))
    return total


def _lazy_inputs(args: argparse.Namespace) -> Iterator[Input]:
    """The inputs :func:`_count` counted, in the same order, each when its turn comes:
    directories walked and manifests read line by line as the inputs are parsed."""
    if args.seeds:
        yield from seed_sources()
    for name in args.inputs:
        if name == "-":
            raw = read_stream_bytes(sys.stdin.buffer, "<stdin>")  # bounded by --max-bytes
            yield read_source(raw, source_id="stdin")
            continue
        path = Path(name)
        if path.is_dir():
            yield from iter_report_files(path)
        else:
            yield path
    for manifest in args.manifest:
        yield from manifest_entries(manifest)


class _Counted(Iterable[Input]):
    """Inputs read lazily whose number is known (``len``), for the progress and the notes
    naming an unreadable input ("input 3 of 40")."""

    def __init__(self, inputs: Iterator[Input], total: int) -> None:
        self._inputs = inputs
        self._total = total

    def __len__(self) -> int:
        return self._total

    def __iter__(self) -> Iterator[Input]:
        return self._inputs


def _write_lines(
    lines: Iterator[tuple[str, Source | None]],
    out: TextIO,
    total: int,
    progress: _Progress | None,
) -> None:
    for done, (line, source) in enumerate(lines, start=1):
        try:
            out.write(line)
            out.flush()
        except BrokenPipeError:  # `extract --format jsonl | head` is not an error
            return
        if progress is not None:
            progress(done, total, source)


def compare(args: argparse.Namespace) -> str:
    """``diplomatic-events compare``."""
    comparison = compare_extraction(_extraction(args), detail=args.detail)
    return to_json(comparison) if args.json else render_comparison(comparison)


def schema(_args: argparse.Namespace) -> str:
    """``diplomatic-events schema``."""
    return json.dumps(json_schema(), indent=2)


def seeds(_args: argparse.Namespace) -> str:
    """``diplomatic-events seeds``."""
    return "\n".join(seed_names())
