"""What the meeting finder's per-clause pattern searches cost, against one pass per text.

Run as a script: ``python benchmarks/bench_clause_scans.py [--full]``. On the corpus of
``bench_throughput.py --distinct --quick`` (``--full``: 5 MB), the clauses the meeting finder
reads (``sentences`` cut by ``_clauses``) are searched for each of its per-clause patterns
three ways, each the best of five runs in CPU seconds:

- ``clause``: ``pattern.search(text[start:end])`` for every clause, as the finder does;
- ``text``: one ``pattern.finditer(text)`` over every text, the pass a per-text table of
  matches would cost before any lookup;
- ``table``: a per-text table of the words a match can start at (``WordStartFilter``, built
  once per text and found by bisection), then a search from the clause's first such word,
  only in clauses that hold one; its answers are checked to equal ``clause``'s (``-`` when a
  pattern's matches cannot be filed by the words they start with).

The last rows are the finder's searches that test a clause for the pattern's nouns first
(``_find_anaphora``, ``_find_press``), checked to answer as the searches do.

The clauses cover each text about once and a search stops at its first match, so ``clause``
is already one pass over the text per pattern: a table cannot make it cheaper unless its
lookups cost less than the C search they replace.
"""

from __future__ import annotations

import argparse
import re
import time
from collections.abc import Callable
from functools import partial

from bench_throughput import _FULL, _QUICK, corpus, read_all

from diplomatic_events import load_knowledge
from diplomatic_events.knowledge._prefilter import WordStartFilter, word_starts
from diplomatic_events.parsing._meetings import _words
from diplomatic_events.parsing._meetings._clues import _clauses
from diplomatic_events.parsing._meetings._context import _PURPOSE
from diplomatic_events.parsing._meetings._parties import _OTHER_MEETING
from diplomatic_events.parsing._meetings._sentences import sentences

_PATTERNS: dict[str, re.Pattern[str]] = {
    "_TRIGGER": _words._TRIGGER,
    "_ANAPHORA": _words._ANAPHORA,
    "_PRESS": _words._PRESS,
    "_BACKSTORY": _words._BACKSTORY,
    "_OTHER_MEETING": _OTHER_MEETING,
    "_PURPOSE": _PURPOSE,
}

_WORDS_FIRST = [
    ("_find_anaphora", _words._find_anaphora, _words._ANAPHORA),
    ("_find_press", _words._find_press, _words._PRESS),
]
"""The searches the finder makes only in clauses that say the pattern's nouns (its
``clause`` figure; the figures above are those of searching every clause)."""

_WORD = re.compile(r"\w\w")
"""Two word characters: a clause opening inside a word."""
_Clauses = list[tuple[str, list[tuple[int, int]]]]
_Span = tuple[int, int] | None


def _best(run: Callable[[], object], rounds: int = 5) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        run()
        best = min(best, time.process_time() - start)
    return best


def _by_clause(search: Callable[[str], re.Match[str] | None], clauses: _Clauses) -> list[_Span]:
    found: list[_Span] = []
    for text, spans in clauses:
        for start, end in spans:
            match = search(text[start:end])
            found.append(None if match is None else match.span())
    return found


def _by_text(pattern: re.Pattern[str], clauses: _Clauses) -> int:
    return sum(1 for text, _ in clauses for _ in pattern.finditer(text))


def _by_table(pattern: re.Pattern[str], clauses: _Clauses) -> tuple[list[_Span], float]:
    """The answers from the word-start table, and the CPU seconds of the lookups and
    searches alone (the tables built before)."""
    table = WordStartFilter({0: pattern})  # a new one: no text's table is kept from a run before
    found: list[_Span] = []
    lookups = 0.0
    for text, spans in clauses:
        table.mask(text, 0, 0)  # the text's table
        started = time.process_time()
        for start, end in spans:
            first = table.first_starts(text, start, end).get(0)
            words = text[start:end]
            if start > 0 and _WORD.match(text, start - 1, start + 1) is not None:
                first = start  # the clause opens inside a word: a word of its own there
            match = None if first is None else pattern.search(words, first - start)
            found.append(None if match is None else match.span())
        lookups += time.process_time() - started
    return found, lookups


def main() -> None:
    """Print the three costs of each pattern."""
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("--full", action="store_true", help="5 MB instead of 0.5 MB")
    options = arguments.parse_args()
    knowledge = load_knowledge()
    sources = read_all(corpus(_FULL if options.full else _QUICK, distinct=True))
    clauses: _Clauses = [
        (
            source.text,
            [
                (clause.start, clause.end)
                for whole in sentences(source)
                for clause in _clauses(knowledge, source.text, whole)
            ],
        )
        for source in sources
    ]
    count = sum(len(spans) for _, spans in clauses)
    megabytes = sum(len(text.encode("utf-8")) for text, _ in clauses) / 1e6
    print(f"{len(sources)} texts, {megabytes:.2f} MB, {count} clauses; CPU ms, best of 5")
    print(f"{'pattern':16s} {'clause':>8s} {'text':>8s} {'table':>8s} {'lookups':>8s}")
    for name, pattern in _PATTERNS.items():
        clause = _best(partial(_by_clause, pattern.search, clauses))
        text = _best(partial(_by_text, pattern, clauses))
        table = lookups = "-"
        if word_starts(pattern) is not None:
            assert _by_table(pattern, clauses)[0] == _by_clause(pattern.search, clauses), name
            table = f"{_best(partial(_by_table, pattern, clauses)) * 1000:.1f}"
            lookups = f"{min(_by_table(pattern, clauses)[1] for _ in range(5)) * 1000:.1f}"
        print(f"{name:16s} {clause * 1000:8.1f} {text * 1000:8.1f} {table:>8s} {lookups:>8s}")
    for name, search, pattern in _WORDS_FIRST:
        assert _by_clause(search, clauses) == _by_clause(pattern.search, clauses), name
        print(f"{name:16s} {_best(partial(_by_clause, search, clauses)) * 1000:8.1f}")


if __name__ == "__main__":
    main()
