"""Throughput of the parse on a 5 MB corpus, against a plain regex tokenizing pass.

Run as a script: ``python benchmarks/bench_throughput.py [--quick] [--distinct]``. The corpus
is the bundled seed corpus copied until it holds 5 MB of text (440 documents; ``--quick``:
0.5 MB), each copy under a distinct source id and path so nothing is deduplicated. The copies
of one seed have the same text, so what is kept per text (a text's word tables, a sentence's
mentions) serves every copy; with ``--distinct`` each document's text ends in a blank line of
its own (its number written in spaces and tabs), so nothing found in one text serves another,
as in an archive of different stories.
Everything runs on one core, in this process, after a warm-up parse of other texts
(:func:`warm_up`: compiled patterns, data files), so the figures are the steady state's.

Printed per step: CPU seconds of this process (``time.process_time``; on a shared machine
wall time counts other jobs too), MB/s (10**6 bytes of UTF-8 text per second) and the ratio
of its time to the baseline, ``re.finditer(r"\\w+|[^\\w\\s]", text)`` over every text. The
peak memory of ``read`` + ``parse`` is measured in a fresh subprocess (``VmHWM`` of
``/proc/self/status``, else ``resource.getrusage(...).ru_maxrss``, which also counts this
process's size at the fork), so this process's own data does not count.
"""

from __future__ import annotations

import argparse
import re
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from diplomatic_events import (
    KnowledgeBase,
    Source,
    load_knowledge,
    parse,
    read_source,
    run_pipeline,
)
from diplomatic_events.seeds import seed_files

_TOKEN = re.compile(r"\w+|[^\w\s]")
_BLANKS = str.maketrans("01", " \t")
_FULL = 5_000_000
_QUICK = 500_000
_WARM_UP = Path(__file__).resolve().parents[1] / "tests" / "quality" / "real" / "dev"
"""The texts of the warm-up: real stories, none of them a seed."""


def corpus(size: int, *, distinct: bool = False) -> list[tuple[str, str]]:
    """(path, text) pairs: the seeds copied under distinct names until ``size`` bytes (with
    ``distinct``, each text followed by a blank line of its own)."""
    texts = [(item.name, item.read_text(encoding="utf-8")) for item in seed_files()]
    pairs: list[tuple[str, str]] = []
    total = 0
    copy = 0
    while total < size:
        for name, text in texts:
            if total >= size:
                break
            # the document's number in spaces and tabs on a blank last line
            padding = "\n" + f"{len(pairs):b}".translate(_BLANKS) if distinct else ""
            pairs.append((f"copy{copy:03d}/{name}", text + padding))
            total += len(text.encode("utf-8"))
        copy += 1
    return pairs


def read_all(pairs: list[tuple[str, str]]) -> list[Source]:
    """Every text read under its own id and path."""
    return [
        read_source(text, source_id=path.replace("/", "-").removesuffix(".txt"), path=path)
        for path, text in pairs
    ]


def warm_up(knowledge: KnowledgeBase) -> None:
    """Parse texts that are not the corpus's (the repository's real development set;
    outside the repository, the first five seeds with a line of their own), so that what
    is done once per process (patterns compiled when first used, data files read) is done
    before the timing and nothing kept per text, block or sentence serves the corpus: the
    five seeds parsed before compiled part of the patterns only (2-3 % of ``bench_stages
    --quick`` was compiling them) and their texts served the timed copies of themselves."""
    paths = sorted(_WARM_UP.glob("*.txt"))
    if paths:
        pairs = [(f"warm-up/{path.name}", path.read_text(encoding="utf-8")) for path in paths]
    else:
        seeds = seed_files()[:5]
        pairs = [
            (f"warm-up/{s.name}", s.read_text(encoding="utf-8") + "\n\nWarm-up.") for s in seeds
        ]
    parse(read_all(pairs), knowledge=knowledge)


def _timed(run: Callable[[], object]) -> float:
    # CPU seconds of this process: on a shared machine, wall time counts other jobs too.
    start = time.process_time()
    run()
    return time.process_time() - start


def _tokenize(pairs: list[tuple[str, str]]) -> int:
    return sum(1 for _, text in pairs for _ in _TOKEN.finditer(text))


def _peak_child(size: int, distinct: bool) -> None:
    """In the subprocess: read and parse the corpus, print the peak RSS in MiB."""
    knowledge = load_knowledge()
    parse(read_all(corpus(size, distinct=distinct)), knowledge=knowledge)
    print(f"{_peak_kib() / 1024:.1f}")


def _peak_kib() -> int:
    """This process's peak resident memory in KiB: ``VmHWM`` where Linux gives it, which
    counts this program alone; ``ru_maxrss`` keeps the parent's size at the fork (a child
    of this benchmark's own process would report at least that), so it is the fallback."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux


def main() -> None:
    """Print the figures for the chosen corpus size."""
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("--quick", action="store_true", help="0.5 MB instead of 5 MB")
    arguments.add_argument("--no-memory", action="store_true", help="skip the peak memory run")
    arguments.add_argument(
        "--distinct", action="store_true", help="make every document's text its own"
    )
    arguments.add_argument("--peak-child", type=int, help=argparse.SUPPRESS)
    options = arguments.parse_args()
    if options.peak_child:
        _peak_child(options.peak_child, options.distinct)
        return
    size = _QUICK if options.quick else _FULL
    pairs = corpus(size, distinct=options.distinct)
    megabytes = sum(len(text.encode("utf-8")) for _, text in pairs) / 1e6
    knowledge = load_knowledge()
    warm_up(knowledge)

    base = _timed(lambda: _tokenize(pairs))
    sources: list[Source] = []
    read = _timed(lambda: sources.extend(read_all(pairs)))
    pipeline = _timed(lambda: run_pipeline(sources, knowledge=knowledge))
    whole = _timed(lambda: parse(sources, knowledge=knowledge))

    kind = "distinct texts" if options.distinct else "copies of the seeds"
    print(f"corpus: {len(pairs)} documents ({kind}), {megabytes:.2f} MB, one core")
    print(f"{'step':34s} {'s':>8s} {'MB/s':>8s} {'x regex':>8s}")
    rows = [
        ("regex tokenizing pass (baseline)", base),
        ("read_source", read),
        ("run_pipeline (per-source stages)", pipeline),
        ("parse (pipeline + assembly)", whole),
        ("read + parse", read + whole),
    ]
    for label, seconds in rows:
        print(f"{label:34s} {seconds:8.2f} {megabytes / seconds:8.3f} {seconds / base:8.1f}")
    if not options.no_memory:
        child = subprocess.run(
            [
                sys.executable,
                __file__,
                "--peak-child",
                str(size),
                *(["--distinct"] if options.distinct else []),
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        print(f"peak memory of read + parse (fresh process): {child.stdout.strip()} MiB")


if __name__ == "__main__":
    main()
