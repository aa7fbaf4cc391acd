"""Text reuse: which passages two sources share, how much, and who copied whom.

Algorithm (winnowing, Schleimer, Wilkerson and Aiken 2003):

1. Each source's readable text is cut into word tokens (typography folded, offsets kept into
   the original text); every run of ``k`` consecutive words (a *shingle*) is hashed.
2. Winnowing keeps, in every window of ``w`` consecutive shingle hashes, the smallest one.
   Any passage of at least ``w + k - 1`` words that two sources share is then guaranteed
   to yield a common fingerprint, while a source keeps only about ``2 / (w + 1)`` of its
   hashes.
3. An inverted index maps each fingerprint to the sources holding it. Candidate pairs are
   the pairs of sources sharing at least ``min_shared_fingerprints`` fingerprints; very
   common fingerprints (boilerplate) only pair each source with its next
   ``max_postings`` neighbours, so no fingerprint costs more than ``O(max_postings)`` per
   source.
4. For each candidate pair only, the full shingle hashes are matched and maximal diagonal
   runs (the same shingles in the same order in both texts) become passages, verified word by
   word so a hash collision cannot invent a passage.

Cost: tokenizing and fingerprinting is ``O(N)`` in the total number of words; indexing is
``O(F)`` in the number of fingerprints; pairing is proportional to the number of
fingerprints actually shared (bounded by ``max_postings`` per fingerprint); passage
alignment is ``O(n_a + n_b + m)`` per candidate pair with ``m`` matching shingles. With a
bounded number of true reuse partners per source the whole is near-linear in the corpus,
against ``O(D^2)`` pairs (and ``O(n_a n_b)`` per pair) for a naive all-pairs comparison.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import zlib
from collections import Counter
from collections.abc import Iterable, Sequence

from attrs import field, frozen, validators

from diplomatic_events.compare._text import Tokens, fold_typography, source_tokens
from diplomatic_events.model import Source, SourceKind, Span
from diplomatic_events.typing import SourceId

__all__ = [
    "Passage",
    "ReusePair",
    "ReuseRelation",
    "ReuseSettings",
    "detect_reuse",
    "detect_reuse_in_blocks",
    "reuse_between",
]

_positive = validators.gt(0)
_CONTAINMENT_MARGIN = 0.05
"""A copy holds more of the original than the original of the copy (ads and chrome aside)."""
_share = [validators.ge(0.0), validators.le(1.0)]


class ReuseRelation(enum.Enum):
    """How the texts of two sources are related."""

    REPUBLICATION = "republication"
    """One source is mostly a copy of the other."""
    SHARED_WIRE = "shared_wire"
    """Both carry the same agency paragraphs, each with much text of its own."""
    INDEPENDENT = "independent"
    """No shared passage beyond what independent reporting would produce (a common quote)."""


@frozen(kw_only=True)
class ReuseSettings:
    """Thresholds of reuse detection; the defaults suit news articles of a few hundred words.

    .. versionadded:: 0.1.0
    """

    k: int = field(default=5, validator=_positive)
    """Words per shingle."""
    window: int = field(default=4, validator=_positive)
    """Winnowing window: passages of ``k + window - 1`` words are always detected."""
    min_shared_fingerprints: int = field(default=2, validator=_positive)
    min_passage_words: int = field(default=8, validator=_positive)
    """Shorter shared runs are left out (a shared phrase is not reuse)."""
    min_shared_words: int = field(default=30, validator=_positive)
    """Fewer shared words than this and the sources count as independent."""
    wire_passage_words: int = field(default=20, validator=_positive)
    """At least one passage this long is needed for shared wire copy (not just quotes)."""
    republication_share: float = field(default=0.6, validator=_share)
    """A source with this share of its words found in the other is a copy of it."""
    max_postings: int = field(default=100, validator=_positive)
    max_positions: int = field(default=16, validator=_positive)
    """A shingle repeated more often than this inside one source is not aligned."""


@frozen(kw_only=True)
class Passage:
    """A stretch of words found in both sources, with its place in each original text.

    .. versionadded:: 0.1.0
    """

    a: Span
    b: Span
    words: int = field(validator=_positive)


@frozen(kw_only=True)
class ReusePair:
    """What two sources share and how they are related.

    ``share_a`` is the part of ``a``'s readable words found in ``b`` (and conversely);
    ``similarity`` is the Jaccard index of their shingle sets (symmetric).

    .. versionadded:: 0.1.0
    """

    a: SourceId
    b: SourceId
    relation: ReuseRelation
    original: SourceId | None = None
    """For a republication, the source judged to be the original."""
    reason: str = ""
    """Why the relation and the original were decided, in words."""
    share_a: float = field(default=0.0, validator=_share)
    share_b: float = field(default=0.0, validator=_share)
    shared_words: int = field(default=0, validator=validators.ge(0))
    similarity: float = field(default=0.0, validator=_share)
    passages: tuple[Passage, ...] = ()


@frozen
class _Print:
    """One source prepared for matching (private; not serialized)."""

    source: Source
    tokens: Tokens
    hashes: tuple[int, ...]
    shingle_set: frozenset[int]
    positions: dict[int, list[int]]
    """Where each shingle occurs, computed once per source rather than once per pair."""
    fingerprints: frozenset[int]


def _word_hashes(norms: Sequence[str], cache: dict[str, int]) -> list[int]:
    hashes = []
    for word in norms:
        value = cache.get(word)
        if value is None:
            value = zlib.crc32(word.encode())
            cache[word] = value
        hashes.append(value)
    return hashes


def _shingles(word_hashes: list[int], k: int) -> tuple[int, ...]:
    # Tuples of ints hash deterministically (no PYTHONHASHSEED), so fingerprints are stable.
    return tuple(hash(tuple(word_hashes[i : i + k])) for i in range(len(word_hashes) - k + 1))


def _winnow(hashes: tuple[int, ...], window: int) -> frozenset[int]:
    if len(hashes) <= window:
        return frozenset(hashes)
    chosen: set[int] = set()
    last = -1
    for start in range(len(hashes) - window + 1):
        best = start
        for position in range(start + 1, start + window):
            if hashes[position] <= hashes[best]:
                best = position
        if best != last:
            chosen.add(hashes[best])
            last = best
    return frozenset(chosen)


def _prepare(source: Source, settings: ReuseSettings, cache: dict[str, int]) -> _Print:
    tokens = source_tokens(source)
    hashes = _shingles(_word_hashes(tokens.norms, cache), settings.k)
    positions: dict[int, list[int]] = {}
    for j, value in enumerate(hashes):
        positions.setdefault(value, []).append(j)
    return _Print(
        source=source,
        tokens=tokens,
        hashes=hashes,
        shingle_set=frozenset(positions),
        positions=positions,
        fingerprints=_winnow(hashes, settings.window),
    )


def _candidate_pairs(prints: Sequence[_Print], settings: ReuseSettings) -> list[tuple[int, int]]:
    index: dict[int, list[int]] = {}
    for number, item in enumerate(prints):
        for fingerprint in item.fingerprints:
            index.setdefault(fingerprint, []).append(number)
    # each pair (first, second) counted as the one number first * size + second
    counts: Counter[int] = Counter()
    reach = settings.max_postings
    size = len(prints)
    for postings in index.values():
        if len(postings) < 2:
            continue
        for i, first in enumerate(postings):
            base = first * size
            counts.update([base + second for second in postings[i + 1 : i + 1 + reach]])
    return sorted(
        divmod(pair, size)
        for pair, count in counts.items()
        if count >= settings.min_shared_fingerprints
    )


def _runs(a: _Print, b: _Print, settings: ReuseSettings) -> list[tuple[int, int, int]]:
    """Maximal diagonal runs ``(i, j, words)`` of equal shingles, verified word by word."""
    common = a.shingle_set & b.shingle_set
    hits = [i for i, value in enumerate(a.hashes) if value in common]
    open_runs: dict[int, int] = {}  # j of the run's last shingle -> i where the run began
    found: list[tuple[int, int, int]] = []

    def close(runs: dict[int, int], i_end: int) -> None:
        for j_last, i_start in runs.items():
            length = i_end - i_start
            found.append((i_start, j_last - length + 1, length + settings.k - 1))

    previous = -2
    for i in hits:
        matches: Sequence[int] = b.positions[a.hashes[i]]
        if len(matches) > settings.max_positions:
            matches = ()
        if i != previous + 1:
            close(open_runs, previous + 1)
            open_runs = {}
        current = {j: open_runs.pop(j - 1, i) for j in matches}
        close(open_runs, i)
        open_runs = current
        previous = i
    close(open_runs, previous + 1)
    a_norms, b_norms = a.tokens.norms, b.tokens.norms
    return [
        (i, j, words)
        for i, j, words in found
        if words >= settings.min_passage_words and a_norms[i : i + words] == b_norms[j : j + words]
    ]


def _overlaps(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    return any(start < other_end and other_start < end for other_start, other_end in taken)


def _passages(a: _Print, b: _Print, settings: ReuseSettings) -> tuple[Passage, ...]:
    runs = sorted(_runs(a, b, settings), key=lambda run: (-run[2], run[0], run[1]))
    taken_a: list[tuple[int, int]] = []
    taken_b: list[tuple[int, int]] = []
    chosen: list[tuple[int, int, int]] = []
    for i, j, words in runs:
        if _overlaps(i, i + words, taken_a) or _overlaps(j, j + words, taken_b):
            continue
        taken_a.append((i, i + words))
        taken_b.append((j, j + words))
        chosen.append((i, j, words))
    chosen.sort()
    ta, tb = a.tokens, b.tokens
    return tuple(
        Passage(
            a=a.source.span(ta.starts[i], ta.ends[i + words - 1]),
            b=b.source.span(tb.starts[j], tb.ends[j + words - 1]),
            words=words,
        )
        for i, j, words in chosen
    )


def _outlet_names(source: Source) -> tuple[str, ...]:
    names = [source.outlet_name, source.outlet.replace("-", " ") if source.outlet else None]
    return tuple(dict.fromkeys(name.strip() for name in names if name and name.strip()))


def _same_outlet(a: Source, b: Source) -> bool:
    names_a = {name.casefold() for name in _outlet_names(a)}
    return bool(names_a & {name.casefold() for name in _outlet_names(b)})


def _mentions(text: str, name: str) -> bool:
    pattern = r"(?<!\w)" + re.escape(fold_typography(name)) + r"(?!\w)"
    return re.search(pattern, fold_typography(text), flags=re.IGNORECASE) is not None


def _published(source: Source) -> tuple[dt.date, dt.date] | None:
    if source.published is not None:
        day = source.published.date()
        return (day, day)
    if source.published_date is not None:
        return (source.published_date.earliest(), source.published_date.latest())
    return None


def _label(source: Source) -> str:
    return f"{source.id} ({source.outlet_name})" if source.outlet_name else source.id


def _votes_for_a(a: Source, b: Source, share_a: float, share_b: float) -> list[tuple[int, str]]:
    """Evidence that ``a`` is the original (positive weight) or the copy (negative)."""
    votes: list[tuple[int, str]] = []
    for copy, original, sign in ((a, b, -1), (b, a, 1)):
        if copy.kind is SourceKind.REPUBLICATION and original.kind is not SourceKind.REPUBLICATION:
            votes.append((3 * sign, f"{_label(copy)} is a republishing site"))
        credited = copy.original_outlet
        if credited and any(
            credited.casefold() == name.casefold() for name in _outlet_names(original)
        ):
            votes.append((3 * sign, f"{_label(copy)} credits the story to {credited}"))
        if not _same_outlet(copy, original):
            for name in _outlet_names(original):
                if _mentions(copy.text, name):
                    votes.append(
                        (2 * sign, f"{_label(copy)} names {name!r}, the outlet of {original.id}")
                    )
                    break
    dates_a, dates_b = _published(a), _published(b)
    if dates_a is not None and dates_b is not None:
        if dates_a[1] < dates_b[0]:
            votes.append((2, f"{a.id} was published first ({dates_a[1]} before {dates_b[0]})"))
        elif dates_b[1] < dates_a[0]:
            votes.append((-2, f"{b.id} was published first ({dates_b[1]} before {dates_a[0]})"))
    if share_a - share_b >= _CONTAINMENT_MARGIN:
        votes.append((-1, _containment(b.id, a.id, share_a, share_b)))
    elif share_b - share_a >= _CONTAINMENT_MARGIN:
        votes.append((1, _containment(a.id, b.id, share_b, share_a)))
    return votes


def _containment(original: str, copy: str, copy_share: float, original_share: float) -> str:
    return (
        f"{copy_share:.0%} of {copy} is found in {original}, "
        f"only {original_share:.0%} of {original} in {copy}"
    )


def _decide_original(
    a: Source, b: Source, share_a: float, share_b: float
) -> tuple[SourceId | None, str]:
    votes = _votes_for_a(a, b, share_a, share_b)
    score = sum(weight for weight, _ in votes)
    if score == 0:
        detail = "; ".join(reason for _, reason in votes)
        return None, "the evidence does not say which is the original" + (
            f" ({detail})" if detail else ""
        )
    original = a.id if score > 0 else b.id
    support = [reason for weight, reason in votes if (weight > 0) == (score > 0)]
    against = [reason for weight, reason in votes if (weight > 0) != (score > 0)]
    reason = f"{original} is the original: " + "; ".join(support)
    if against:
        reason += " (against: " + "; ".join(against) + ")"
    return original, reason


def _pair(a: _Print, b: _Print, settings: ReuseSettings) -> ReusePair:
    passages = _passages(a, b, settings) if a.hashes and b.hashes else ()
    shared = sum(passage.words for passage in passages)
    share_a = shared / len(a.tokens) if len(a.tokens) else 0.0
    share_b = shared / len(b.tokens) if len(b.tokens) else 0.0
    both = len(a.shingle_set & b.shingle_set)
    union = len(a.shingle_set) + len(b.shingle_set) - both
    similarity = both / union if union else 0.0
    longest = max((passage.words for passage in passages), default=0)
    original: SourceId | None = None
    if shared < settings.min_shared_words or longest < settings.wire_passage_words:
        relation = ReuseRelation.INDEPENDENT
        reason = (
            f"only {shared} words shared, longest passage {longest} words"
            if shared
            else "no shared passage"
        )
    elif max(share_a, share_b) >= settings.republication_share:
        relation = ReuseRelation.REPUBLICATION
        original, reason = _decide_original(a.source, b.source, share_a, share_b)
    else:
        relation = ReuseRelation.SHARED_WIRE
        reason = (
            f"{len(passages)} shared passages ({shared} words) but each has most of its text "
            f"of its own ({share_a:.0%} of {a.source.id}, {share_b:.0%} of {b.source.id} shared)"
        )
    return ReusePair(
        a=a.source.id,
        b=b.source.id,
        relation=relation,
        original=original,
        reason=reason,
        share_a=min(1.0, round(share_a, 4)),
        share_b=min(1.0, round(share_b, 4)),
        shared_words=shared,
        similarity=round(similarity, 4),
        passages=passages,
    )


def reuse_between(a: Source, b: Source, settings: ReuseSettings | None = None) -> ReusePair:
    """Compare the texts of two sources directly (no index needed for one pair).

    .. versionadded:: 0.1.0
    """
    settings = settings or ReuseSettings()
    cache: dict[str, int] = {}
    return _pair(_prepare(a, settings, cache), _prepare(b, settings, cache), settings)


def detect_reuse(
    sources: Iterable[Source],
    settings: ReuseSettings | None = None,
    *,
    include_independent: bool = True,
) -> tuple[ReusePair, ...]:
    """Every related pair of sources, found through a fingerprint index.

    Pairs are ordered by source id, ``a`` before ``b``. With ``include_independent`` every
    other pair is listed too as :attr:`ReuseRelation.INDEPENDENT` (without aligning it,
    which is quadratic only in the number of listed pairs, not in text size).

    .. versionadded:: 0.1.0
    """
    settings = settings or ReuseSettings()
    cache: dict[str, int] = {}
    prints = sorted(
        (_prepare(source, settings, cache) for source in sources), key=lambda p: p.source.id
    )
    pairs = {
        (i, j): _pair(prints[i], prints[j], settings) for i, j in _candidate_pairs(prints, settings)
    }
    if include_independent:
        for i in range(len(prints)):
            for j in range(i + 1, len(prints)):
                if (i, j) not in pairs:
                    pairs[(i, j)] = ReusePair(
                        a=prints[i].source.id,
                        b=prints[j].source.id,
                        relation=ReuseRelation.INDEPENDENT,
                        reason="no shared fingerprint",
                    )
        return tuple(pairs[key] for key in sorted(pairs))
    return tuple(
        pairs[key] for key in sorted(pairs) if pairs[key].relation is not ReuseRelation.INDEPENDENT
    )


def detect_reuse_in_blocks(
    sources: Iterable[Source],
    blocks: Iterable[Iterable[SourceId]],
    settings: ReuseSettings | None = None,
) -> tuple[ReusePair, ...]:
    """The related pairs of sources that share a block, found through one index per block.

    :func:`detect_reuse` without independent pairs, looking only at pairs of sources that
    are in one of ``blocks`` together (the sources of one visit, say): each block is indexed
    on its own, so the cost grows with the sizes of the blocks, not with the square of the
    number of sources. Each source is fingerprinted once; a pair in several blocks is
    aligned once. Pairs are ordered by source id, ``a`` before ``b``.

    .. versionadded:: 0.1.0
    """
    settings = settings or ReuseSettings()
    cache: dict[str, int] = {}
    by_id = {source.id: source for source in sources}
    prints: dict[SourceId, _Print] = {}
    pairs: set[tuple[SourceId, SourceId]] = set()
    for block in blocks:
        members = sorted({sid for sid in block if sid in by_id})
        if len(members) < 2:
            continue
        for sid in members:
            if sid not in prints:
                prints[sid] = _prepare(by_id[sid], settings, cache)
        block_prints = [prints[sid] for sid in members]
        pairs.update((members[i], members[j]) for i, j in _candidate_pairs(block_prints, settings))
    found = (
        _pair(prints[a], prints[b], settings)
        for a, b in sorted(pairs)
        if _may_be_related(prints[a], prints[b], settings)
    )
    return tuple(pair for pair in found if pair.relation is not ReuseRelation.INDEPENDENT)


def _may_be_related(a: _Print, b: _Print, settings: ReuseSettings) -> bool:
    """False when the two cannot share a passage of ``wire_passage_words``: independent.

    Such a passage is a run of ``wire_passage_words - k + 1`` shingles of ``a``, one after
    another, each also one of ``b``'s, which a single pass over ``a`` looks for, much
    faster than aligning the two (most pairs of sources in a dense block share only
    phrases and quotations).
    """
    needed = settings.wire_passage_words - settings.k + 1
    if len(a.hashes) < needed or len(b.hashes) < needed:
        return False
    common = a.shingle_set & b.shingle_set
    if len(common) < needed:
        return False
    # one byte per shingle of a, 1 where b has it too: is there a run of ``needed`` ones?
    return b"\x01" * needed in bytes(map(common.__contains__, a.hashes))
