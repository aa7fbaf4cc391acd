"""Benchmark: reuse detection and statement alignment on a synthetic corpus.

Run with ``python benchmarks/bench_compare.py`` (``--sizes 500 1000 2000``, ``--naive 100 200``).

The corpus is made of random words (a Zipf-like vocabulary, so common words are common) with
planted structure: wire passages shared by a few documents, whole-document republications
with a watermark, and quotations of a pool of utterances, each report quoting the whole
utterance or a contiguous part of it. Every document is a :class:`Source` and every report a
one-report :class:`Statement`, so alignment has to find the clusters itself.

What it shows: :func:`detect_reuse` (winnowing + inverted index) and
:func:`align_statements` (rare-lemma blocking + union-find) grow roughly linearly with the
number of documents (time ratio about 2 for twice the documents), while a naive all-pairs
comparison grows quadratically (ratio about 4), and is extrapolated to the largest size.
"""

from __future__ import annotations

import argparse
import random
import string
import time
from collections.abc import Callable

from diplomatic_events.compare import ReuseRelation, ReuseSettings, align_statements, detect_reuse

# The naive baseline reuses the per-source preparation and per-pair alignment of the real
# code and only drops the fingerprint index, so the comparison isolates the index's effect.
from diplomatic_events.compare._reuse import _pair, _prepare
from diplomatic_events.model import Report, Source, Statement, StatementKind
from diplomatic_events.typing import ActorId, SourceId, StatementId

VOCABULARY_SIZE = 20_000
WORDS_PER_DOCUMENT = 350
WIRE_WORDS = 60
QUOTES_PER_DOCUMENT = 4


def _vocabulary(rng: random.Random) -> tuple[list[str], list[float]]:
    words = sorted(
        {
            "".join(rng.choices(string.ascii_lowercase, k=rng.randint(3, 10)))
            for _ in range(VOCABULARY_SIZE)
        }
    )
    rng.shuffle(words)
    weights = [1.0 / (rank + 10) for rank in range(len(words))]
    return words, weights


def build_corpus(size: int, seed: int = 7) -> tuple[list[Source], list[Statement]]:
    """``size`` sources and their statements, with planted reuse and shared quotations."""
    rng = random.Random(seed)
    words, weights = _vocabulary(rng)

    def prose(count: int) -> str:
        return " ".join(rng.choices(words, weights, k=count))

    wires = [prose(WIRE_WORDS) + "." for _ in range(max(1, size // 10))]
    utterances = [
        (f"speaker-{rng.randrange(max(1, size // 10))}", prose(rng.randint(12, 24)))
        for _ in range(max(1, size // 3))
    ]
    sources: list[Source] = []
    statements: list[Statement] = []
    texts: list[str] = []
    for number in range(size):
        if texts and rng.random() < 0.05:
            text = "Republished by Example Site. " + rng.choice(texts)
        else:
            parts = [prose(WORDS_PER_DOCUMENT // 2) + "."]
            parts.extend(rng.sample(wires, k=rng.randint(0, 2)))
            parts.append(prose(WORDS_PER_DOCUMENT // 2) + ".")
            text = "\n\n".join(parts)
        reports: list[tuple[str, str]] = []
        for _ in range(QUOTES_PER_DOCUMENT):
            speaker, utterance = rng.choice(utterances)
            tokens = utterance.split()
            first = rng.randint(0, len(tokens) // 3)
            last = rng.randint(first + 2 * len(tokens) // 3, len(tokens))
            reports.append((speaker, " ".join(tokens[first:last])))
        for speaker, quoted in reports:
            text += f'\n\n{speaker} said: "{quoted}"'
        texts.append(text)
        source_id = SourceId(f"doc-{number:05d}")
        sources.append(Source(id=source_id, text=text))
        cursor = 0
        for index, (speaker, quoted) in enumerate(reports):
            start = text.index(f'"{quoted}"', cursor) + 1
            cursor = start + len(quoted)
            statements.append(
                Statement(
                    id=StatementId(f"{source_id}-q{index}"),
                    speaker=ActorId(speaker),
                    kind=StatementKind.DIRECT,
                    reports=(
                        Report(
                            source=source_id,
                            kind=StatementKind.DIRECT,
                            text=quoted,
                            start=start,
                            end=start + len(quoted),
                        ),
                    ),
                )
            )
    return sources, statements


def _timed(work: Callable[[], object]) -> tuple[float, object]:
    started = time.perf_counter()
    result = work()
    return time.perf_counter() - started, result


def main() -> None:
    """Print times per size and their growth against the smallest size."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 1000, 2000])
    parser.add_argument("--naive", type=int, nargs="+", default=[100, 200])
    args = parser.parse_args()

    print(
        f"{'docs':>6} {'reuse s':>8} {'x base':>7} {'align s':>8} {'x base':>7} "
        f"{'related':>8} {'clusters':>9}"
    )
    base: tuple[float, float] | None = None
    for size in args.sizes:
        sources, statements = build_corpus(size)
        started = time.perf_counter()
        pairs = detect_reuse(sources, include_independent=False)
        reuse_time = time.perf_counter() - started
        started = time.perf_counter()
        clusters = align_statements(statements)
        align_time = time.perf_counter() - started
        if base is None:
            base = (reuse_time, align_time)
        republications = sum(1 for p in pairs if p.relation is ReuseRelation.REPUBLICATION)
        print(
            f"{size:>6} {reuse_time:>8.2f} {reuse_time / base[0]:>7.2f} {align_time:>8.2f} "
            f"{align_time / base[1]:>7.2f} {len(pairs):>8} {len(clusters):>9}"
            f"   ({republications} republications)"
        )

    print("\nnaive all-pairs reuse (same preparation and alignment, no fingerprint index)")
    print(f"{'docs':>6} {'pairs':>8} {'seconds':>8} {'x base':>7}")
    naive_base: float | None = None
    per_pair = 0.0
    for size in args.naive:
        sources, _ = build_corpus(size)

        def all_pairs(sources: list[Source] = sources) -> int:
            settings = ReuseSettings()
            cache: dict[str, int] = {}
            prints = [_prepare(source, settings, cache) for source in sources]
            count = 0
            for i, first in enumerate(prints):
                for second in prints[i + 1 :]:
                    _pair(first, second, settings)
                    count += 1
            return count

        seconds, count = _timed(all_pairs)
        assert isinstance(count, int)
        naive_base = naive_base or seconds
        per_pair = seconds / count
        print(f"{size:>6} {count:>8} {seconds:>8.2f} {seconds / naive_base:>7.2f}")
    largest = max(args.sizes)
    print(
        f"extrapolated naive time for {largest} docs: "
        f"{per_pair * largest * (largest - 1) / 2:.0f} s"
    )


if __name__ == "__main__":
    main()
