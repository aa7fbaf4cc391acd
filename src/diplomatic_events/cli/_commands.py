"""One function per subcommand: call the public API, return the text to print."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from diplomatic_events.cli._render import render_report
from diplomatic_events.compare import compare as compare_extraction
from diplomatic_events.compare import render_comparison, render_differences
from diplomatic_events.knowledge import load_knowledge
from diplomatic_events.model import Extraction
from diplomatic_events.parsing import parse
from diplomatic_events.seeds import seed_names
from diplomatic_events.serialization import json_schema, to_json


def _extraction(args: argparse.Namespace) -> Extraction:
    knowledge = load_knowledge(*(Path(name) for name in args.knowledge))
    files = [Path(name) for name in args.files] or None
    return parse(files, knowledge=knowledge)


def report(args: argparse.Namespace) -> str:
    """``diplomatic-events report``."""
    extraction = _extraction(args)
    return render_report(extraction) + "\n\n" + render_differences(compare_extraction(extraction))


def extract(args: argparse.Namespace) -> str:
    """``diplomatic-events extract --json``."""
    return to_json(_extraction(args), indent=args.indent)


def compare(args: argparse.Namespace) -> str:
    """``diplomatic-events compare``."""
    comparison = compare_extraction(_extraction(args))
    return to_json(comparison) if args.json else render_comparison(comparison)


def schema(_args: argparse.Namespace) -> str:
    """``diplomatic-events schema``."""
    return json.dumps(json_schema(), indent=2)


def seeds(_args: argparse.Namespace) -> str:
    """``diplomatic-events seeds``."""
    return "\n".join(seed_names())
