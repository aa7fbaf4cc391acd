"""Joining reports of one utterance across sources into one statement."""

from __future__ import annotations

import bisect
import difflib
import functools
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence

from attrs import evolve

from diplomatic_events.model import (
    Statement,
)

_TYPOGRAPHY = str.maketrans("’‘“”—–", "''\"\"--")
_NOT_WORD = re.compile(r"[^\w' ]+")
_SPACES = re.compile(r"\s+")


_NORMALS_HELD = 1024
"""At most this many quotations' normal forms are remembered (a source reads each of its
quotations' three to five times: when paired, against the repeated ones, as an echo)."""


@functools.lru_cache(maxsize=_NORMALS_HELD)
def _normal(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = text.translate(_TYPOGRAPHY)
    text = text.replace("…", "...")
    text = _NOT_WORD.sub(" ", text)
    return _SPACES.sub(" ", text).strip().casefold()


def _same_words(a: str, b: str) -> bool:
    if not a or not b:
        return False
    if a == b:
        return True
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)  # as ``sorted`` by length
    if len(shorter) >= 12 and shorter in longer:
        return True
    if len(shorter) < 0.8 * len(longer):
        return False
    # The matcher's real_quick_ratio and quick_ratio first, without building the matcher.
    if 2.0 * len(shorter) / (len(a) + len(b)) < 0.9:
        return False
    common = _shared_characters(a, b)
    if 2.0 * common / (len(a) + len(b)) < 0.9:
        return False
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= 0.9


@functools.lru_cache(maxsize=4096)
def _characters(words: str) -> Counter[str]:
    return Counter(words)


def _shared_characters(a: str, b: str) -> int:
    """How many characters two wordings share, each as often as both hold it: the size of
    ``_characters(a) & _characters(b)`` (difflib's ``quick_ratio`` count), summed over the
    fewer distinct characters without building the intersection (a third of the cost; a
    speaker with many similar quotations compares hundreds of thousands of pairs)."""
    first, second = _characters(a), _characters(b)
    if len(second) < len(first):
        first, second = second, first
    total = 0
    for character, count in first.items():
        other = second.get(character)
        if other is not None:
            total += count if count < other else other
    return total


_PAIRWISE_WORDINGS = 200
"""A speaker with at most this many distinct wordings has each pair of them compared."""
_RARE_WORDS = 5
"""How many of its rarest words a wording looks its candidates up by."""
_NEAREST_HOLDERS = 8
"""How many of a rare word's other holders on each side, nearest in order, a wording is
compared with (a word held by hundreds of wordings: not each with every other)."""
_MAX_POSTINGS = 1000
"""Words held by more wordings than this are too common to look candidates up by."""


def _wording_pairs(wordings: Sequence[str]) -> Iterator[tuple[int, int]]:
    """The pairs ``(i, j)``, ``i < j``, of one speaker's distinct wordings to compare.

    Every pair when there are few (:data:`_PAIRWISE_WORDINGS`); else each wording is
    compared only with those holding one of its :data:`_RARE_WORDS` rarest words (fewest
    wordings first), so the work grows with the number of wordings, not its square. No
    pair :func:`_same_words` joins is missed when the two share a word and one of them has
    fewer than :data:`_RARE_WORDS` words the other lacks: its five rarest words (or all,
    when it has fewer) hold one of the other's. A wording found inside another lacks at
    most its first and last word (cut in the middle); a wording differing from another by
    a few changed words lacks those. Two short wordings differing in every word ("talk
    trades" and "talks trade") may be missed, a word held by many wordings pairs each only
    with the :data:`_NEAREST_HOLDERS` holders nearest it in order on each side (found by
    bisection), so a wording whose rare words are all that common may miss a distant one,
    and a wording all of whose rare words are held by over :data:`_MAX_POSTINGS` wordings
    looks nothing up.
    """
    if len(wordings) <= _PAIRWISE_WORDINGS:
        for first in range(len(wordings)):
            for second in range(first + 1, len(wordings)):
                yield first, second
        return
    distinct = [tuple(dict.fromkeys(wording.split())) for wording in wordings]
    holders: dict[str, list[int]] = {}
    for number, words in enumerate(distinct):
        for word in words:
            holders.setdefault(word, []).append(number)
    pairs: set[tuple[int, int]] = set()
    for number, words in enumerate(distinct):
        for word in sorted(words, key=lambda word: (len(holders[word]), word))[:_RARE_WORDS]:
            if len(holders[word]) > _MAX_POSTINGS:
                break
            # the holders are in order, this wording among them: the nearest before it and
            # after
            held = holders[word]
            at = bisect.bisect_left(held, number)
            before = held[max(0, at - _NEAREST_HOLDERS) : at]
            pairs.update(zip(before, itertools.repeat(number)))
            pairs.update(zip(itertools.repeat(number), held[at + 1 : at + 1 + _NEAREST_HOLDERS]))
    yield from sorted(pairs)


def merge_statements(statements: Iterable[Statement]) -> tuple[Statement, ...]:
    """Join reports of the same utterance: same speaker, same or containing words.

    Deterministic and independent of input order: statements are grouped by speaker
    and normalised wording, groups are ordered by their first report, and a group takes
    the smallest id of its members.

    .. versionadded:: 0.1.0
    """
    items = sorted(
        statements,
        key=lambda s: (s.speaker or "", min((r.source, r.start) for r in s.reports), s.id),
    )
    normals = [[_normal(r.text) for r in s.reports] for s in items]
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(i: int, j: int) -> None:
        a, b = find(i), find(j)
        if a != b:
            parent[max(a, b)] = min(a, b)

    # Two statements of a speaker join when a wording of the earlier and one of the later
    # have the same words. Equal wordings join at once; each pair of distinct wordings is
    # compared once (in each order it occurs in), not once per pair of statements.
    by_speaker: dict[str, dict[str, list[int]]] = {}
    for index, statement in enumerate(items):
        if statement.speaker is not None:
            wordings = by_speaker.setdefault(statement.speaker, {})
            for wording in normals[index]:
                holders = wordings.setdefault(wording, [])
                if not holders or holders[-1] != index:
                    holders.append(index)
    for wordings in by_speaker.values():
        distinct = list(wordings.items())
        for wording, holders in distinct:
            if wording:  # an empty wording has no words to share
                for other in holders[1:]:
                    join(holders[0], other)
        for i, j in _wording_pairs([wording for wording, _ in distinct]):
            a, a_holders = distinct[i]
            b, b_holders = distinct[j]
            # A holder of ``a`` before a holder of ``b`` compares (a, b); the reverse
            # order compares (b, a), which is not always the same for difflib.
            forward = a_holders[0] < b_holders[-1] and _same_words(a, b)
            if forward or (b_holders[0] < a_holders[-1] and _same_words(b, a)):
                join(a_holders[0], b_holders[0])
    groups: dict[int, list[Statement]] = {}
    for index, statement in enumerate(items):
        groups.setdefault(find(index), []).append(statement)
    merged: list[Statement] = []
    for members in groups.values():
        reports = tuple(
            sorted(
                {(r.source, r.start, r.end): r for s in members for r in s.reports}.values(),
                key=lambda r: (r.source, r.start, r.end),
            )
        )
        # a statement some report quotes is a quoted one, however long its paraphrases: the
        # longest quotation's kind, else the longest report's
        quoted = [r for r in reports if r.kind.is_quoted] or list(reports)
        longest = max(quoted, key=lambda r: (len(r.text), r.source, -r.start))
        first = min(members, key=lambda s: s.id)
        merged.append(
            evolve(
                first,
                kind=longest.kind,
                reports=reports,
                speaker_candidates=tuple(
                    dict.fromkeys(c for s in members for c in s.speaker_candidates)
                ),
                topics=tuple(dict.fromkeys(t for s in members for t in s.topics)),
            )
        )
    return tuple(sorted(merged, key=lambda s: (s.reports[0].source, s.reports[0].start, s.id)))
