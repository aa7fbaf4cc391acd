"""Where the per-source pipeline spends its time: CPU seconds of each stage.

Run as a script: ``python benchmarks/bench_stages.py [--quick] [--distinct]``. The corpus is
``bench_throughput``'s (the seeds copied to 5 MB; ``--quick``: 0.5 MB; ``--distinct``: every
text its own). Each stage of the default pipeline is wrapped in a timer and the pipeline run
once over the corpus, on one core, after a warm-up on other texts (``warm_up``); the baseline
is the same plain regex tokenizing pass as ``bench_throughput``, measured in this process.
Printed per stage: CPU seconds, its share of the pipeline, MB/s if it ran alone, and its
ratio to the baseline.
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict

from attrs import evolve
from bench_throughput import _FULL, _QUICK, _tokenize, corpus, read_all, warm_up

from diplomatic_events import Pipeline, load_knowledge, run_pipeline
from diplomatic_events.parsing import Document, Stage, default_pipeline


def timed_pipeline(seconds: defaultdict[str, float]) -> Pipeline:
    """The default pipeline with each stage's CPU time added to ``seconds[name]``."""

    def wrap(stage: Stage) -> Stage:
        def run(document: Document) -> None:
            start = time.process_time()
            stage.run(document)
            seconds[stage.name] += time.process_time() - start

        return evolve(stage, run=run)

    return Pipeline(wrap(stage) for stage in default_pipeline().stages)


def main() -> None:
    """Print each stage's seconds and ratios for the chosen corpus."""
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("--quick", action="store_true", help="0.5 MB instead of 5 MB")
    arguments.add_argument(
        "--distinct", action="store_true", help="make every document's text its own"
    )
    options = arguments.parse_args()
    pairs = corpus(_QUICK if options.quick else _FULL, distinct=options.distinct)
    megabytes = sum(len(text.encode("utf-8")) for _, text in pairs) / 1e6
    knowledge = load_knowledge()
    warm_up(knowledge)
    start = time.process_time()
    _tokenize(pairs)
    base = time.process_time() - start
    sources = read_all(pairs)
    seconds: defaultdict[str, float] = defaultdict(float)
    start = time.process_time()
    run_pipeline(sources, knowledge=knowledge, pipeline=timed_pipeline(seconds))
    total = time.process_time() - start
    kind = "distinct texts" if options.distinct else "copies of the seeds"
    print(f"corpus: {len(pairs)} documents ({kind}), {megabytes:.2f} MB, one core")
    print(f"{'stage':22s} {'s':>7s} {'share':>6s} {'MB/s':>8s} {'x regex':>8s}")
    print(f"{'regex pass (baseline)':22s} {base:7.2f} {'':>6s} {megabytes / base:8.2f} {1:8.1f}")
    for name, spent in seconds.items():
        print(
            f"{name:22s} {spent:7.2f} {spent / total:6.1%} "
            f"{megabytes / max(spent, 1e-9):8.2f} {spent / base:8.1f}"
        )
    rate = megabytes / total
    print(f"{'run_pipeline':22s} {total:7.2f} {1:6.1%} {rate:8.2f} {total / base:8.1f}")


if __name__ == "__main__":
    main()
