"""Argument parsing and error handling for ``diplomatic-events``.

Every failure the user can cause prints one line to stderr and exits non-zero; the
subcommands only format what the public API returns. Library warnings (and log records of
the ``diplomatic_events`` loggers at WARNING and above) print as one line each,
``diplomatic-events: warning: ...``. Exit statuses: 0 success, 1 an error in the input
(a file, a knowledge file, a document), 2 bad usage, 70 an internal error (a bug: the
message asks to report it; never a traceback), 130 interrupted.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys
import warnings
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import TracebackType

from diplomatic_events._version import __version__
from diplomatic_events.cli import _commands
from diplomatic_events.exceptions import BatchError, DiplomaticEventsError, shorten
from diplomatic_events.sources import DEFAULT_MAX_BYTES, input_limit

__all__ = ["main", "run"]

EXIT_USAGE = 2
EXIT_FAILURE = 1
EXIT_INTERNAL = 70
"""A bug in this program (``EX_SOFTWARE``): one line on stderr asks to report it."""
EXIT_INTERRUPTED = 130
PROG = "diplomatic-events"
ISSUES = "https://github.com/diplomatic-events/diplomatic-events/issues"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="diplomatic-events",
        description="Read news coverage of diplomatic visits into a typed, auditable model.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add_files(sub: argparse.ArgumentParser) -> None:
        sub.add_argument(
            "inputs",
            nargs="*",
            metavar="INPUT",
            help="report files (.txt, .html, .htm), directories of them, or - for standard input",
        )
        sub.add_argument(
            "--manifest",
            action="append",
            default=[],
            metavar="FILE",
            help="a JSON Lines or CSV list of reports with path, url, published, title, outlet,"
            " authors (repeatable)",
        )
        sub.add_argument(
            "--seeds", action="store_true", help="read the bundled seed corpus (five reports)"
        )
        sub.add_argument(
            "-o", "--output", metavar="FILE", help="write to FILE (a directory for csv/parquet)"
        )
        sub.add_argument("-q", "--quiet", action="store_true", help="no progress on stderr")
        sub.add_argument(
            "--knowledge",
            action="append",
            default=[],
            metavar="TOML",
            help="extra knowledge: actors, topics, hedges, places or event cues (repeatable)",
        )
        sub.add_argument(
            "-j",
            "--jobs",
            type=_positive_int,
            default=1,
            metavar="N",
            help="read and parse the reports in N worker processes (default 1; the output"
            " is the same)",
        )
        sub.add_argument(
            "--max-bytes",
            type=_positive_int,
            default=DEFAULT_MAX_BYTES,
            metavar="N",
            help=f"refuse an input larger than N bytes (default {DEFAULT_MAX_BYTES:,})",
        )

    report = commands.add_parser("report", help="a readable report of the visit and its sources")
    add_files(report)
    report.set_defaults(handler=_commands.report)

    extract = commands.add_parser("extract", help="the extracted model")
    add_files(extract)
    extract.add_argument("--json", action="store_true", help="print JSON (the default)")
    extract.add_argument(
        "--format",
        choices=("json", "jsonl", "csv", "parquet"),
        default="json",
        help="json: the whole model; jsonl: one source per line; csv, parquet: one file per"
        " table into --output DIR",
    )
    extract.add_argument(
        "--visits",
        action="store_true",
        help="with --format jsonl: one extraction (JSON) per line, each source of no visit as"
        " it is parsed, then each visit with its sources, assembled as --format json does;"
        " memory stays flat",
    )
    extract.add_argument(
        "--indent", type=_indent, default=None, help="indent JSON by N spaces (0 to 16)"
    )
    extract.set_defaults(handler=_commands.extract)

    compare = commands.add_parser("compare", help="how the sources differ")
    add_files(compare)
    compare.add_argument("--json", action="store_true", help="print JSON instead of tables")
    compare.add_argument(
        "--detail",
        action="store_true",
        help="everything: every pair of sources, all wording variants, the statement x source"
        " matrix (the default is a summary whose size grows with the number of sources)",
    )
    compare.set_defaults(handler=_commands.compare)

    schema = commands.add_parser("schema", help="the JSON Schema of the extract document")
    schema.set_defaults(handler=_commands.schema)

    seeds = commands.add_parser(
        "seeds", help="list the bundled seed corpus (read it with report --seeds)"
    )
    seeds.set_defaults(handler=_commands.seeds)
    return parser


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be positive, got {value}")
    return value


def _indent(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if not 0 <= value <= 16:
        raise argparse.ArgumentTypeError(f"must be from 0 to 16, got {value}")
    return value


def _flat(text: str) -> str:
    """One line, bounded: newlines become spaces."""
    return shorten(" ".join(text.splitlines()), 2000)


def _one_line(error: BaseException) -> str:
    """The error and its notes (which name the input) on one line."""
    notes = getattr(error, "__notes__", [])
    return _flat("; ".join([str(error), *notes]))


def _show_warning(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: object = None,
    line: str | None = None,
) -> None:
    """``warnings.showwarning`` for the command line: one line, no source location."""
    print(f"{PROG}: warning: {_flat(str(message))}", file=sys.stderr)


class _OneLineHandler(logging.Handler):
    """Log records of the library as ``diplomatic-events: warning: ...`` lines."""

    def emit(self, record: logging.LogRecord) -> None:
        level = record.levelname.lower()
        print(f"{PROG}: {level}: {_flat(record.getMessage())}", file=sys.stderr)


@contextlib.contextmanager
def _one_line_diagnostics() -> Iterator[None]:
    """Warnings and library log records print as single lines while the command runs."""
    logger = logging.getLogger("diplomatic_events")
    handler = _OneLineHandler(logging.WARNING)
    with warnings.catch_warnings():
        warnings.simplefilter("default")
        warnings.showwarning = _show_warning
        logger.addHandler(handler)
        try:
            yield
        finally:
            logger.removeHandler(handler)


def _internal_error(error: BaseException, traceback: TracebackType | None) -> str:
    where = ""
    while traceback is not None:
        where = f" at {Path(traceback.tb_frame.f_code.co_filename).name}:{traceback.tb_lineno}"
        traceback = traceback.tb_next
    return (
        f"{PROG}: internal error: {type(error).__name__}: {_flat(str(error))}{where}; "
        f"this is a bug, please report it with the command that caused it: {ISSUES}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit status.

    Never raises (except ``SystemExit`` from ``--help``, ``--version`` and usage errors):
    an unexpected exception prints one ``internal error`` line and returns 70.
    """
    try:
        with _one_line_diagnostics():
            return _main(argv)
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except Exception as error:  # the one catch-all: a bug must not print a traceback
        print(_internal_error(error, error.__traceback__), file=sys.stderr)
        return EXIT_INTERNAL


def _main(argv: Sequence[str] | None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if getattr(args, "handler", None) is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        with input_limit(getattr(args, "max_bytes", DEFAULT_MAX_BYTES)):
            text = args.handler(args)
    except BatchError as group:
        print(f"{PROG}: error: {_flat(group.message)}", file=sys.stderr)
        for error in group.exceptions:
            print(f"  {_one_line(error)}", file=sys.stderr)
        return EXIT_FAILURE
    except DiplomaticEventsError as error:
        print(f"{PROG}: error: {_one_line(error)}", file=sys.stderr)
        return EXIT_FAILURE
    except OSError as error:
        name = f" {error.filename}" if error.filename else ""
        print(f"{PROG}: error:{name}: {_flat(str(error.strerror or error))}", file=sys.stderr)
        return EXIT_FAILURE
    if text is None:
        return 0
    text = text if text.endswith("\n") else text + "\n"
    output = getattr(args, "output", None)
    if output is not None:
        try:
            with open(output, "w", encoding="utf-8") as handle:
                handle.write(text)
        except OSError as error:
            print(f"diplomatic-events: error: {output}: {error.strerror}", file=sys.stderr)
            return EXIT_FAILURE
        return 0
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:  # `diplomatic-events extract | head` is not an error
        return 0
    return 0


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
