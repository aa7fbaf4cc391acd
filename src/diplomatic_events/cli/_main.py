"""Argument parsing and error handling for ``diplomatic-events``.

Every failure the user can cause prints one line to stderr and exits non-zero; the
subcommands only format what the public API returns.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from diplomatic_events._version import __version__
from diplomatic_events.cli import _commands
from diplomatic_events.exceptions import BatchError, DiplomaticEventsError

__all__ = ["main", "run"]

EXIT_USAGE = 2
EXIT_FAILURE = 1


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
    extract.add_argument("--indent", type=int, default=None, help="indent JSON by N spaces")
    extract.set_defaults(handler=_commands.extract)

    compare = commands.add_parser("compare", help="how the sources differ")
    add_files(compare)
    compare.add_argument("--json", action="store_true", help="print JSON instead of tables")
    compare.set_defaults(handler=_commands.compare)

    schema = commands.add_parser("schema", help="the JSON Schema of the extract document")
    schema.set_defaults(handler=_commands.schema)

    seeds = commands.add_parser(
        "seeds", help="list the bundled seed corpus (read it with report --seeds)"
    )
    seeds.set_defaults(handler=_commands.seeds)
    return parser


def _one_line(error: BaseException) -> str:
    """The error and its notes (which name the input) on one line."""
    notes = getattr(error, "__notes__", [])
    return "; ".join([str(error), *notes])


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    if getattr(args, "handler", None) is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        text = args.handler(args)
    except BatchError as group:
        print(f"diplomatic-events: error: {group.message}", file=sys.stderr)
        for error in group.exceptions:
            print(f"  {_one_line(error)}", file=sys.stderr)
        return EXIT_FAILURE
    except DiplomaticEventsError as error:
        print(f"diplomatic-events: error: {_one_line(error)}", file=sys.stderr)
        return EXIT_FAILURE
    except OSError as error:
        name = f" {error.filename}" if error.filename else ""
        print(f"diplomatic-events: error:{name}: {error.strerror or error}", file=sys.stderr)
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
