"""How the parse scales with the number of sources, against reading alone.

Run as a script: ``python benchmarks/bench_parse.py``. The corpus is the bundled seed
corpus copied ``n`` times under distinct ids (so sources are not deduplicated). The
baseline, measured in the same process, is ``read_source`` alone (decoding and page
layout); the ratios say how much the extraction stages and the cross-source assembly
cost on top, and how the whole grows from the smallest corpus.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from diplomatic_events import load_knowledge, parse, read_source
from diplomatic_events.seeds import seed_files


def _timed(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def main() -> None:
    """Print seconds and ratios for 5, 10, 20 and 40 sources."""
    texts = [item.read_text(encoding="utf-8") for item in seed_files()]
    knowledge = load_knowledge()
    parse(texts[:1], knowledge=knowledge)  # warm caches (compiled patterns, data files)
    print("sources  read s  parse s  parse/read  x base")
    base: float | None = None
    for copies in (1, 2, 4, 8):
        corpus = [
            (f"copy{copy}-{number}", text)
            for copy in range(copies)
            for number, text in enumerate(texts)
        ]
        read = _timed(lambda corpus=corpus: [read_source(t, source_id=i) for i, t in corpus])
        sources = [read_source(text, source_id=name) for name, text in corpus]
        parsed = _timed(lambda sources=sources: parse(sources, knowledge=knowledge))
        base = base or parsed
        print(
            f"{len(corpus):7d}  {read:6.2f}  {parsed:7.2f}  {parsed / read:10.1f}"
            f"  {parsed / base:6.2f}"
        )


if __name__ == "__main__":
    main()
