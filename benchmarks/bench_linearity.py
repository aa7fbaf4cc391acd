"""How the parse of one single-paragraph text grows with its length (the target: ≤ 12×
the time for 10× the text).

Run as a script: ``python benchmarks/bench_linearity.py [--kinds prose,quotes] [--small
100000] [--large 1000000] [--timeout 300]``. Each kind of text (prose without line breaks,
only quotation marks of every kind, runs of spaces, repeated titles, dates, repeated
quotations, dated meetings, sentences naming people and topics, sentences referring back to
them ("The Secretary", "He", "the two leaders"), talks told of a topic in relative clauses
("the issues that A discussed with B"), one speaker's run of distinct quotations,
named and carried-over quotations in turn, one speaker's quotations sharing words with up to
1,000 others) is read and parsed at the small and the large size, each run in a fresh
subprocess so a quadratic case is stopped at the timeout instead of stalling the benchmark.
Printed: the CPU seconds of the read and parse at each size and their ratio.
"""

from __future__ import annotations

import argparse
import itertools
import subprocess
import sys
import time
from collections.abc import Iterator

_UNITS = {
    "prose": (
        "Secretary of State Antony Blinken met Chinese Foreign Minister Qin Gang in Beijing on "
        "Sunday, and the two sides agreed to keep talking, officials said after the meeting "
        "that lasted more than five hours at the Diaoyutai State Guesthouse; "
    ),
    "quotes": "'\"‘’“”«»",
    "spaces": "          ",
    "titles": "Secretary of State ",
    "dates": "on June 19, 2023 at 10:30 am, ",
    "quotations": 'He said, "We agree." ',
    "sentences": (
        "Blinken discussed Taiwan with Qin Gang in Beijing. They agreed to support trade. "
        "Both sides opposed the war in Ukraine. "
    ),
    "referring": (
        "Secretary Blinken met Foreign Minister Qin Gang in Beijing. The Secretary welcomed "
        "progress on Taiwan. He said trade talks would continue. "
    ),
    "meetings": (
        "Blinken met Qin Gang on June 19, 2023 in Beijing. The next day they held talks at "
        "the Diaoyutai State Guesthouse. "
    ),
    "pairs": "Blinken spoke to reporters in Beijing. The two leaders agreed to meet again. ",
    # talks told of a topic in a relative clause, over and over in one sentence
    "backstory": "the issues that President Santos discussed with President Obama and ",
    "carried": "",  # one speaker's distinct quotations, each numbered (:func:`text_of`)
    "alternate": "",  # a named quotation, then a carried one, and so on (:func:`text_of`)
    "shared": "",  # one speaker's quotations of words others hold (:func:`text_of`)
}
_CARRIED_WORDS = ("alpha", "beta", "gamma", "delta", "omega", "sigma", "kappa", "theta")
_SHARED_WORDS = 90
"""The "shared" kind's vocabulary: at 1 MB each word is held by about 1,000 quotations."""


def _quotations(kind: str) -> Iterator[str]:
    """The endless run of quotations of the "carried", "alternate" and "shared" kinds."""
    words = _CARRIED_WORDS
    for n in itertools.count():
        if kind == "carried":
            yield f"“We {words[n % 8]} {words[n // 8 % 8]} {words[n // 64 % 8]} {n}.” "
        elif kind == "alternate":
            # one named, one carried over from it, no two wordings the same (and no word
            # but the number held by fewer than 1,000 quotations: few pairs to merge)
            yield f"“We agree on point {n} today,” Blinken said. “They agree on item {n} now.” "
        else:
            # three words of a small vocabulary (w0 .. w89), each quotation named
            vocabulary = _SHARED_WORDS
            three = " ".join(f"w{(n * step) % vocabulary}" for step in (1, 7, 31))
            yield f"“We {three} {n},” Blinken said. "


def text_of(kind: str, size: int) -> str:
    """``size`` characters of one kind of text, on one line ("spaces": ten words, each
    followed by a tenth of the text in spaces, so the runs grow with the text)."""
    if kind in ("carried", "alternate", "shared"):
        # "carried": "Blinken said:" and one quotation after another, each of three of eight
        # words and a number: every speaker after the first is carried over, no two wordings
        # the same; "alternate": a named quotation and a carried one in turn; "shared": every
        # quotation named, its words held by hundreds of others
        quotations = _quotations(kind)
        parts = ["Blinken said: "]
        length = len(parts[0])
        while length < size:
            parts.append(next(quotations))
            length += len(parts[-1])
        return "".join(parts)[:size]
    if kind == "spaces":
        words = itertools.cycle(["Blinken", "said", "talks", "Beijing", "10:30", "met", "and"])
        run = " " * (size // 10)
        return "".join(next(words) + run for _ in range(10))[:size]
    unit = _UNITS[kind]
    return (unit * (size // len(unit) + 1))[:size]


def _child(kind: str, size: int) -> None:
    """In the subprocess: read and parse the text once, print the seconds."""
    from diplomatic_events import load_knowledge, parse, read_source

    knowledge = load_knowledge()
    parse([read_source('Warm-up. Blinken said, "Yes."', source_id="warm")], knowledge=knowledge)
    text = text_of(kind, size)
    start = time.process_time()  # CPU seconds: other jobs on the machine do not count
    parse([read_source(text, source_id=f"{kind}-{size}")], knowledge=knowledge)
    print(f"{time.process_time() - start:.3f}")


def _measure(kind: str, size: int, timeout: float) -> float | None:
    try:
        done = subprocess.run(
            [sys.executable, __file__, "--child", kind, str(size)],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=True,
        )
    except subprocess.TimeoutExpired:
        return None
    return float(done.stdout.strip().splitlines()[-1])


def main() -> None:
    """Print seconds per size and the ratio for each kind."""
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("--kinds", default=",".join(_UNITS))
    arguments.add_argument("--small", type=int, default=100_000)
    arguments.add_argument("--large", type=int, default=1_000_000)
    arguments.add_argument("--timeout", type=float, default=300.0)
    arguments.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    options = arguments.parse_args()
    if options.child:
        _child(options.child[0], int(options.child[1]))
        return
    print(f"{'kind':12s} {options.small:>10d} {options.large:>10d}  ratio (target <= 12)")
    for kind in options.kinds.split(","):
        small = _measure(kind, options.small, options.timeout)
        large = _measure(kind, options.large, options.timeout) if small is not None else None
        shown = [
            f"{t:9.2f}s" if t is not None else f">{options.timeout:7.0f}s" for t in (small, large)
        ]
        ratio = f"{large / small:6.1f}" if small and large is not None else "     -"
        print(f"{kind:12s} {shown[0]:>10s} {shown[1]:>10s}  {ratio}")


if __name__ == "__main__":
    main()
