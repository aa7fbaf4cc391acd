#!/usr/bin/env python3
"""Extract and score every real set, or compare two such runs: the lead's A/B tool.

A rule is kept only when it helps across all the sets, so each change is measured on all of
them at once, with the code of a checkout (its own ``.venv``) as it stands::

    python3 tests/quality/real/score_sets.py run TAG [--root CHECKOUT] [--sets NAME ...]
    python3 tests/quality/real/score_sets.py compare TAG_A TAG_B
    python3 tests/quality/real/score_sets.py floors TAG      # the gate's floors under a run
    python3 tests/quality/real/score_sets.py table TAG_A TAG_B  # a README table
    python3 tests/quality/real/score_sets.py run TAG --diagnostic  # the team-written sets

``run`` writes ``OUT/TAG_<set>.json`` (the extraction) and ``OUT/TAG_<set>.score`` (the
scorer's JSON) for every folder here with a ``manifest.jsonl`` and a ``gold.json`` (or the
sets named), then prints each set's summary line and the totals. ``compare`` prints the sets
whose line changed and the totals of both runs. Never reuse a tag for other code, and never
edit the checkout's sources while a run reads them. A sealed set must not be in a run before
it has been scored once on its own (see ``README.md``). Only the standard library is used.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SCORER = HERE.parent / "score.py"


def all_sets() -> list[str]:
    """The set folders here, in their natural order (dev, sealed, sealed2, ...)."""

    def order(name: str) -> tuple[int, int]:
        digits = name.removeprefix("sealed")
        if name == "dev":
            return (0, 0)
        return (1, int(digits) if digits.isdigit() else 1)

    names = [
        path.name
        for path in HERE.iterdir()
        if (path / "manifest.jsonl").is_file() and (path / "gold.json").is_file()
    ]
    return sorted(names, key=order)


DIAGNOSTIC = "diag-"
"""The prefix naming a team-written diagnostic set (``tests/quality/<name>/``, its gold
``<name>_gold.json``, no manifest): ``--diagnostic`` runs them, as the quality gate does."""


def diagnostic_sets() -> list[str]:
    """The team-written diagnostic sets beside the real ones, as ``diag-<folder>``."""
    return sorted(
        f"{DIAGNOSTIC}{path.name}"
        for path in HERE.parent.iterdir()
        if (path / f"{path.name}_gold.json").is_file()
        and any(path.glob("*.txt"))
        and path.name != "positions"  # a positions gold, which this scorer does not read
    )


def _inputs(name: str) -> tuple[Path, Path, list[str]]:
    """A set's folder, its gold and the extractor's input arguments."""
    if name.startswith(DIAGNOSTIC):
        folder = HERE.parent / name.removeprefix(DIAGNOSTIC)
        texts = [str(path) for path in sorted(folder.glob("*.txt"))]
        return folder, folder / f"{folder.name}_gold.json", texts
    folder = HERE / name
    return folder, folder / "gold.json", ["--manifest", str(folder / "manifest.jsonl")]


def run_one(root: Path, out: Path, tag: str, name: str, knowledge: Sequence[Path] = ()) -> str:
    """Extract one set with the checkout's code (and extra knowledge files) and score it;
    return the summary line."""
    folder, gold, inputs = _inputs(name)
    extraction = out / f"{tag}_{name}.json"
    with extraction.open("w", encoding="utf-8") as sink:
        subprocess.run(
            [
                str(root / ".venv" / "bin" / "diplomatic-events"),
                "extract",
                "--json",
                "-q",
                *inputs,
                *(f"--knowledge={path}" for path in knowledge),
            ],
            stdout=sink,
            check=True,
        )
    scorer = [sys.executable, str(SCORER), "--gold", str(gold)]
    scorer += ["--corpus", str(folder), str(extraction)]
    scored = subprocess.run([*scorer, "--json"], capture_output=True, text=True, check=True)
    (out / f"{tag}_{name}.score").write_text(scored.stdout, encoding="utf-8")
    line = subprocess.run([*scorer, "--show", "0"], capture_output=True, text=True, check=True)
    return line.stdout.strip().splitlines()[-1]


def ratio(text: str) -> tuple[int, int]:
    """``"12/85"`` as (12, 85)."""
    low, _, high = text.partition("/")
    return int(low), int(high)


def totals(out: Path, tag: str, names: list[str]) -> dict[str, Any]:
    """Sums over the sets: meetings found and invented, venues, quotes and speakers."""
    sums = dict.fromkeys(
        ["gold", "found", "extra", "reported", "loc_ok", "loc", "quotes", "speaker_ok"], 0
    )
    for name in names:
        path = out / f"{tag}_{name}.score"
        if not path.is_file():
            continue
        score = json.loads(path.read_text(encoding="utf-8"))
        meetings = score["meetings"]
        sums["gold"] += meetings["gold"]
        sums["found"] += meetings["found"]
        extra, reported = ratio(meetings["extra"])
        sums["extra"] += extra
        sums["reported"] += reported
        loc_ok, loc = ratio(meetings["location_ok"])
        sums["loc_ok"] += loc_ok
        sums["loc"] += loc
        sums["quotes"] += score["quotes"]["gold"]
        sums["speaker_ok"] += score["quotes"]["speaker_ok"]
    return sums


def show_totals(tag: str, sums: dict[str, Any]) -> str:
    return (
        f"{tag}: meetings {sums['found']}/{sums['gold']} invented {sums['extra']}/"
        f"{sums['reported']} venues {sums['loc_ok']}/{sums['loc']} "
        f"speakers {sums['speaker_ok']}/{sums['quotes']}"
    )


def short_line(line: str) -> str:
    """The parts of a summary line the README's tables show."""
    keep = ("F1=", "attributed_recall=", "meetings=", "extra=", "loc=")
    return " ".join(part for part in line.split() if part.startswith(keep))


def proposed_floors(out: Path, tag: str, names: list[str]) -> dict[str, dict[str, float]]:
    """Floors just under a run's scores (quote F1 and attributed recall 0.005 under, one
    meeting and one venue under, one invented meeting over), never looser than the gate's
    floors today."""
    gate = HERE.parent / "test_real_quality.py"
    namespace: dict[str, Any] = {}
    source = gate.read_text(encoding="utf-8")
    start = source.index("FLOORS: dict")
    end = source.index("\n}\n", start) + 3
    exec(source[start:end].replace("FLOORS: dict[str, dict[str, float]]", "FLOORS"), namespace)
    current: dict[str, dict[str, float]] = namespace["FLOORS"]
    floors: dict[str, dict[str, float]] = {}
    for name in names:
        score = json.loads((out / f"{tag}_{name}.score").read_text(encoding="utf-8"))
        meetings = score["meetings"]
        proposed = {
            "quote_f1": round(score["quotes"]["f1"] - 0.005, 3),
            "attributed_recall": round(score["attributed_recall"] - 0.005, 3),
            "meetings_found": meetings["found"] - 1,
            "venues": ratio(meetings["location_ok"])[0] - 1,
            "extra_meetings": ratio(meetings["extra"])[0] + 1,
        }
        old = current.get(name)
        if old is not None:
            for key in ("quote_f1", "attributed_recall", "meetings_found", "venues"):
                proposed[key] = max(proposed[key], old[key])
            proposed["extra_meetings"] = min(proposed["extra_meetings"], old["extra_meetings"])
        floors[name] = proposed
    return floors


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="extract and score the sets")
    run.add_argument("tag")
    run.add_argument("--root", type=Path, default=HERE.parents[2], help="the checkout")
    run.add_argument("--sets", nargs="*", help="set folders (default: all)")
    run.add_argument("--out", type=Path, default=Path("/tmp/score_sets"))
    run.add_argument("-j", "--jobs", type=int, default=2)
    run.add_argument(
        "--knowledge", type=Path, action="append", default=[], help="extra knowledge file"
    )
    compare = commands.add_parser("compare", help="compare two runs")
    compare.add_argument("before")
    compare.add_argument("after")
    compare.add_argument("--out", type=Path, default=Path("/tmp/score_sets"))
    compare.add_argument("--sets", nargs="*", help="set folders (default: all)")
    floors = commands.add_parser("floors", help="print the gate's floors under a run")
    floors.add_argument("tag")
    floors.add_argument("--out", type=Path, default=Path("/tmp/score_sets"))
    floors.add_argument("--sets", nargs="*", help="set folders (default: all)")
    table = commands.add_parser("table", help="print a README table of two runs")
    table.add_argument("before")
    table.add_argument("after")
    table.add_argument("--out", type=Path, default=Path("/tmp/score_sets"))
    table.add_argument("--sets", nargs="*", help="set folders (default: all)")
    for command in (run, compare, table):
        command.add_argument(
            "--diagnostic",
            action="store_true",
            help="the team-written diagnostic sets (tests/quality/heldout*, sealed4..8)",
        )
    arguments = parser.parse_args()
    names = arguments.sets or (
        diagnostic_sets() if getattr(arguments, "diagnostic", False) else all_sets()
    )
    out: Path = arguments.out
    out.mkdir(parents=True, exist_ok=True)
    if arguments.command == "run":
        root = arguments.root.resolve()
        with ThreadPoolExecutor(max_workers=arguments.jobs) as pool:
            extra = [path.resolve() for path in arguments.knowledge]
            lines = list(pool.map(lambda n: run_one(root, out, arguments.tag, n, extra), names))
        for name, line in zip(names, lines, strict=True):
            (out / f"{arguments.tag}_{name}.line").write_text(line + "\n", encoding="utf-8")
            print(f"{name:10} {line}")
        print(show_totals(arguments.tag, totals(out, arguments.tag, names)))
        return 0
    if arguments.command == "floors":
        for name, values in proposed_floors(out, arguments.tag, names).items():
            print(f'    "{name}": {{')
            for key, value in values.items():
                print(f'        "{key}": {value},')
            print("    },")
        return 0
    if arguments.command == "table":
        print(f"| set | start (`{arguments.before}`) | end (`{arguments.after}`) |")
        print("| --- | --- | --- |")
        for name in names:
            cells = [
                short_line((out / f"{tag}_{name}.line").read_text(encoding="utf-8"))
                for tag in (arguments.before, arguments.after)
            ]
            print(f"| `{name}/` | `{cells[0]}` | `{cells[1]}` |")
        return 0
    for name in names:
        before = out / f"{arguments.before}_{name}.line"
        after = out / f"{arguments.after}_{name}.line"
        if not (before.is_file() and after.is_file()):
            continue
        old, new = before.read_text().strip(), after.read_text().strip()
        if old != new:
            print(f"{name:10} - {old}\n{'':10} + {new}")
    print(show_totals(arguments.before, totals(out, arguments.before, names)))
    print(show_totals(arguments.after, totals(out, arguments.after, names)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
