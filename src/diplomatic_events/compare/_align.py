"""Statement alignment: the reports of one utterance across sources, and how their wording differs.

Reports are clustered when their speakers agree (or one is unattributed) and their words
overlap: either most of the shorter report is found, in order, in the longer one (a partial
quotation of a longer one), or both share most of their words (a translation worded
differently). Candidate pairs come from an index keyed by (speaker, lemma): each report looks
up only its rarest lemmas, so the cost grows with the number of reports times the size of the
rare postings, not with the square of the number of reports. Clusters are built with a
union-find over reports sorted by (source, offsets, text), so they never depend on the order
the statements were given in.
"""

from __future__ import annotations

import difflib
import enum
from collections import Counter
from collections.abc import Iterable, Sequence

from attrs import field, frozen, validators

from diplomatic_events.compare._text import fold_typography, tokenize
from diplomatic_events.compare._wording import lemma, same_lemma, spelling_variants
from diplomatic_events.exceptions import InvalidModelError
from diplomatic_events.model import Span, Statement, StatementKind
from diplomatic_events.typing import ActorId, SourceId, StatementId, TopicId

__all__ = [
    "AlignSettings",
    "AlignedReport",
    "DifferenceKind",
    "StatementCluster",
    "VariantPair",
    "WordingDifference",
    "align_statements",
    "compare_wording",
    "format_word_diff",
]

_share = [validators.ge(0.0), validators.le(1.0)]


class DifferenceKind(enum.Enum):
    """How two wordings of one utterance differ, from the slightest to the most substantive."""

    IDENTICAL = "identical"
    TYPOGRAPHY = "typography"
    """Quotes, dashes, ellipses, whitespace, case or punctuation only."""
    SPELLING = "spelling"
    """British and American spellings of the same word (stabilise, stabilize)."""
    INFLECTION = "inflection"
    """The same lemma in another tense or number ("have reached", "had reached")."""
    WORD_ADDED = "word_added"
    """``b`` has a few words inside the quotation that ``a`` lacks."""
    WORD_DROPPED = "word_dropped"
    """``b`` lacks a few words that ``a`` has inside the quotation."""
    TRUNCATION = "truncation"
    """One wording is a contiguous part of the other: a partial quotation."""
    REWORDING = "rewording"
    """Different words: a substantive change, or another translation."""

    @property
    def severity(self) -> int:
        """Rank used to name a pair of variants by its most substantive difference."""
        return _SEVERITY[self]


_PUNCTUATION = "\"'.,;:!?()[]-"
_SEVERITY = {kind: rank for rank, kind in enumerate(DifferenceKind)}
_MAX_INSERTED_WORDS = 3
"""More words added or dropped in the middle of a quotation count as rewording."""


@frozen(kw_only=True)
class WordingDifference:
    """One difference between two wordings, pointing at the words in each source.

    An empty span (``start == end``) marks where words are missing on that side.

    .. versionadded:: 0.1.0
    """

    kind: DifferenceKind
    a: Span
    b: Span


@frozen(kw_only=True)
class VariantPair:
    """Two reports of one utterance, their classified differences and a printable diff.

    ``kind`` is the most substantive of ``differences`` (``IDENTICAL`` when there are none).

    .. versionadded:: 0.1.0
    """

    a: Span
    b: Span
    kind: DifferenceKind
    similarity: float = field(validator=_share)
    """Dice coefficient of the two reports' lemmas (symmetric)."""
    differences: tuple[WordingDifference, ...] = ()
    diff: str = ""
    """A word diff of ``a`` into ``b`` (see :func:`format_word_diff`)."""


@frozen(kw_only=True)
class AlignedReport:
    """One report inside a cluster: which source said it where, and its statement.

    .. versionadded:: 0.1.0
    """

    source: SourceId
    text: str
    start: int = field(validator=validators.ge(0))
    end: int = field(validator=validators.ge(0))
    statement: StatementId
    kind: StatementKind
    speaker: ActorId | None = None

    def __attrs_post_init__(self) -> None:
        if self.end - self.start != len(self.text):
            raise InvalidModelError(
                f"AlignedReport text has {len(self.text)} characters"
                f" but covers {self.start}-{self.end}"
            )


@frozen(kw_only=True)
class StatementCluster:
    """The reports of one utterance across sources, with their wording variants.

    .. versionadded:: 0.1.0
    """

    id: str
    speaker: ActorId | None
    reports: tuple[AlignedReport, ...] = field(validator=validators.min_len(1))
    sources: tuple[SourceId, ...] = ()
    statements: tuple[StatementId, ...] = ()
    topics: tuple[TopicId, ...] = ()
    variants: tuple[VariantPair, ...] = ()

    @property
    def text(self) -> str:
        """The longest wording."""
        return max((report.text for report in self.reports), key=len)

    @property
    def most_different(self) -> VariantPair | None:
        """The variant pair with the least similar wordings, if any."""
        return min(self.variants, key=lambda pair: pair.similarity, default=None)


@frozen(kw_only=True)
class AlignSettings:
    """Thresholds of statement alignment.

    .. versionadded:: 0.1.0
    """

    min_containment: float = field(default=0.75, validator=_share)
    """Share of the shorter report's lemmas that must occur in the longer one."""
    min_dice: float = field(default=0.6, validator=_share)
    """Share of lemmas in common that makes two differently worded reports one utterance."""
    min_words: int = field(default=3, validator=validators.ge(1))
    """Reports shorter than this only join reports worded the same."""
    rare_lemmas: int = field(default=3, validator=validators.ge(1))
    """How many of its rarest lemmas each report looks up in the index."""
    max_postings: int = field(default=200, validator=validators.ge(1))
    """Lemmas carried by more reports than this are too common to block on."""
    max_pairwise: int = field(default=12, validator=validators.ge(2))
    """Larger clusters compare each report with the longest one only."""


# --------------------------------------------------------------------------- wording


def _word_ranges(text: str) -> tuple[list[str], list[tuple[int, int]]]:
    tokens = tokenize(text)
    return list(tokens.norms), list(zip(tokens.starts, tokens.ends, strict=True))


def _cut(span: Span, offsets: list[tuple[int, int]], first: int, last: int) -> Span:
    """The sub-span covering words ``[first, last)``, or an empty span where they would be."""
    if first < last:
        start, end = offsets[first][0], offsets[last - 1][1]
    else:
        start = end = offsets[first][0] if first < len(offsets) else len(span.text)
    return Span(
        source=span.source,
        start=span.start + start,
        end=span.start + end,
        text=span.text[start:end],
    )


def _gap(text: str, offsets: list[tuple[int, int]], index: int) -> tuple[int, int]:
    """Characters between word ``index - 1`` and word ``index`` (text edges at the ends)."""
    start = offsets[index - 1][1] if index > 0 else 0
    end = offsets[index][0] if index < len(offsets) else len(text)
    return start, end


def _char_span(span: Span, start: int, end: int) -> Span:
    return Span(
        source=span.source,
        start=span.start + start,
        end=span.start + end,
        text=span.text[start:end],
    )


def _dice(first: Sequence[str], second: Sequence[str]) -> float:
    if not first and not second:
        return 1.0
    common = sum((Counter(first) & Counter(second)).values())
    return 2 * common / (len(first) + len(second))


def _typography(
    a: Span,
    b: Span,
    a_offsets: list[tuple[int, int]],
    b_offsets: list[tuple[int, int]],
    i: int,
    j: int,
    edges: tuple[bool, bool],
) -> WordingDifference | None:
    """A typography difference in the gap before words ``a[i]`` and ``b[j]``."""
    at_start, at_end = edges
    if (i == 0) != (j == 0) or (i == len(a_offsets)) != (j == len(b_offsets)):
        return None
    if (i == 0 and not at_start) or (i == len(a_offsets) and not at_end):
        return None
    a_gap, b_gap = _gap(a.text, a_offsets, i), _gap(b.text, b_offsets, j)
    if a.text[a_gap[0] : a_gap[1]] == b.text[b_gap[0] : b_gap[1]]:
        return None
    return WordingDifference(
        kind=DifferenceKind.TYPOGRAPHY, a=_char_span(a, *a_gap), b=_char_span(b, *b_gap)
    )


def _differences(a: Span, b: Span) -> list[WordingDifference]:
    a_words, a_offsets = _word_ranges(a.text)
    b_words, b_offsets = _word_ranges(b.text)
    matcher = difflib.SequenceMatcher(None, a_words, b_words, autojunk=False)
    opcodes = matcher.get_opcodes()
    differences: list[WordingDifference] = []
    edges = (
        not opcodes or opcodes[0][0] == "equal",
        not opcodes or opcodes[-1][0] == "equal",
    )

    def add(kind: DifferenceKind, i1: int, i2: int, j1: int, j2: int) -> None:
        differences.append(
            WordingDifference(kind=kind, a=_cut(a, a_offsets, i1, i2), b=_cut(b, b_offsets, j1, j2))
        )

    for tag, i1, i2, j1, j2 in opcodes:
        if tag == "equal":
            for offset in range(i2 - i1):
                i, j = i1 + offset, j1 + offset
                found = _typography(a, b, a_offsets, b_offsets, i, j, edges)
                if found is not None:
                    differences.append(found)
                a_word = a.text[a_offsets[i][0] : a_offsets[i][1]]
                b_word = b.text[b_offsets[j][0] : b_offsets[j][1]]
                if a_word != b_word:
                    add(DifferenceKind.TYPOGRAPHY, i, i + 1, j, j + 1)
            if i2 == len(a_offsets) and j2 == len(b_offsets):
                found = _typography(a, b, a_offsets, b_offsets, i2, j2, edges)
                if found is not None:
                    differences.append(found)
        elif tag == "replace" and i2 - i1 == j2 - j1:
            for offset in range(i2 - i1):
                i, j = i1 + offset, j1 + offset
                if spelling_variants(a_words[i], b_words[j]):
                    kind = DifferenceKind.SPELLING
                elif same_lemma(a_words[i], b_words[j]):
                    kind = DifferenceKind.INFLECTION
                else:
                    kind = DifferenceKind.REWORDING
                add(kind, i, i + 1, j, j + 1)
        elif tag == "replace":
            add(DifferenceKind.REWORDING, i1, i2, j1, j2)
        else:
            at_edge = (i1 == 0 and j1 == 0) or (i2 == len(a_words) and j2 == len(b_words))
            size = max(i2 - i1, j2 - j1)
            if at_edge:
                kind = DifferenceKind.TRUNCATION
            elif size > _MAX_INSERTED_WORDS:
                kind = DifferenceKind.REWORDING
            elif tag == "delete":
                kind = DifferenceKind.WORD_DROPPED
            else:
                kind = DifferenceKind.WORD_ADDED
            add(kind, i1, i2, j1, j2)
    return _merge(differences)


def _merge(differences: list[WordingDifference]) -> list[WordingDifference]:
    """Join adjacent rewordings so that one changed phrase is one difference."""
    merged: list[WordingDifference] = []
    for difference in differences:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and previous.kind is DifferenceKind.REWORDING is difference.kind
            and difference.a.start - previous.a.end <= 1
            and difference.b.start - previous.b.end <= 1
        ):
            a_text = previous.a.text + " " * (difference.a.start - previous.a.end)
            b_text = previous.b.text + " " * (difference.b.start - previous.b.end)
            merged[-1] = WordingDifference(
                kind=DifferenceKind.REWORDING,
                a=Span(
                    source=previous.a.source,
                    start=previous.a.start,
                    end=difference.a.end,
                    text=a_text + difference.a.text,
                ),
                b=Span(
                    source=previous.b.source,
                    start=previous.b.start,
                    end=difference.b.end,
                    text=b_text + difference.b.text,
                ),
            )
        else:
            merged.append(difference)
    return merged


def compare_wording(a: Span, b: Span) -> VariantPair:
    """Classify how two wordings of one utterance differ, word by word.

    Args:
        a: one report's words (its :attr:`~diplomatic_events.Report.span`).
        b: another report's words.

    .. versionadded:: 0.1.0
    """
    differences = _differences(a, b) if a.text != b.text else []
    if not differences and a.text != b.text:
        differences = [WordingDifference(kind=DifferenceKind.TYPOGRAPHY, a=a, b=b)]
    kind = max(
        (difference.kind for difference in differences),
        key=lambda item: item.severity,
        default=DifferenceKind.IDENTICAL,
    )
    a_lemmas = [lemma(word) for word in tokenize(a.text).norms]
    b_lemmas = [lemma(word) for word in tokenize(b.text).norms]
    return VariantPair(
        a=a,
        b=b,
        kind=kind,
        similarity=round(_dice(a_lemmas, b_lemmas), 4),
        differences=tuple(differences),
        diff=format_word_diff(a.text, b.text),
    )


def _diff_key(word: str) -> str:
    key = fold_typography(word).lower().strip(_PUNCTUATION)
    return key or word


def format_word_diff(a: str, b: str) -> str:
    """A word diff of ``a`` into ``b``: ``[-removed-]`` and ``{+added+}``, typography ignored.

    Example:
        >>> format_word_diff("agreed to follow through on", "agreed to follow through")
        'agreed to follow through [-on-]'

    .. versionadded:: 0.1.0
    """
    a_words, b_words = a.split(), b.split()
    matcher = difflib.SequenceMatcher(
        None,
        [_diff_key(word) for word in a_words],
        [_diff_key(word) for word in b_words],
        autojunk=False,
    )
    out: list[str] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            out.extend(b_words[j1:j2])
            continue
        if i2 > i1:
            out.append("[-" + " ".join(a_words[i1:i2]) + "-]")
        if j2 > j1:
            out.append("{+" + " ".join(b_words[j1:j2]) + "+}")
    return " ".join(out)


# --------------------------------------------------------------------------- clustering


@frozen
class _Item:
    key: tuple[str, int, int, str, str, str]
    report: AlignedReport
    span: Span
    lemmas: tuple[str, ...]
    topics: tuple[TopicId, ...]


def _items(statements: Iterable[Statement]) -> list[_Item]:
    items = {}
    for statement in statements:
        for report in statement.reports:
            key = (
                report.source,
                report.start,
                report.end,
                report.text,
                statement.speaker or "",
                statement.id,
            )
            items[key] = _Item(
                key=key,
                report=AlignedReport(
                    source=report.source,
                    text=report.text,
                    start=report.start,
                    end=report.end,
                    statement=statement.id,
                    kind=report.kind,
                    speaker=statement.speaker,
                ),
                span=report.span,
                lemmas=tuple(lemma(word) for word in tokenize(report.text).norms),
                topics=statement.topics,
            )
    return [items[key] for key in sorted(items)]


def _same_utterance(first: _Item, second: _Item, settings: AlignSettings) -> bool:
    a, b = first.lemmas, second.lemmas
    if not a or not b:
        return False
    if a == b:
        return True
    shorter = min(len(a), len(b))
    if shorter < settings.min_words:
        return False
    common = sum((Counter(a) & Counter(b)).values())
    if 2 * common / (len(a) + len(b)) >= settings.min_dice:
        return True
    if common / shorter < settings.min_containment:
        return False
    longest = difflib.SequenceMatcher(None, a, b, autojunk=False).find_longest_match()
    return longest.size >= min(shorter, 4)


class _Clusters:
    """Union-find whose roots are the smallest index, refusing to join two named speakers."""

    def __init__(self, items: Sequence[_Item]) -> None:
        self.parent = list(range(len(items)))
        self.speaker = [item.report.speaker for item in items]

    def find(self, index: int) -> int:
        while self.parent[index] != index:
            self.parent[index] = self.parent[self.parent[index]]
            index = self.parent[index]
        return index

    def union(self, first: int, second: int) -> None:
        a, b = self.find(first), self.find(second)
        if a == b:
            return
        speaker_a, speaker_b = self.speaker[a], self.speaker[b]
        if speaker_a is not None and speaker_b is not None and speaker_a != speaker_b:
            return
        root, child = min(a, b), max(a, b)
        self.parent[child] = root
        self.speaker[root] = speaker_a if speaker_a is not None else speaker_b


def _candidates(items: Sequence[_Item], settings: AlignSettings) -> list[tuple[int, int]]:
    frequency: Counter[str] = Counter()
    index: dict[tuple[str | None, str], list[int]] = {}
    speakers: dict[str, set[str | None]] = {}
    for number, item in enumerate(items):
        for word in set(item.lemmas):
            frequency[word] += 1
            index.setdefault((item.report.speaker, word), []).append(number)
            speakers.setdefault(word, set()).add(item.report.speaker)
    pairs: set[tuple[int, int]] = set()
    for number, item in enumerate(items):
        rare = sorted(set(item.lemmas), key=lambda word: (frequency[word], word))
        for word in rare[: settings.rare_lemmas]:
            if frequency[word] > settings.max_postings:
                break
            speaker = item.report.speaker
            keys = (
                [(speaker, word), (None, word)]
                if speaker is not None
                else [(other, word) for other in speakers[word]]
            )
            for key in keys:
                for other in index.get(key, ()):
                    if other != number:
                        pairs.add((min(number, other), max(number, other)))
    return sorted(pairs)


def _variants(members: Sequence[_Item], settings: AlignSettings) -> tuple[VariantPair, ...]:
    if len(members) <= settings.max_pairwise:
        pairs = [
            (members[i], members[j])
            for i in range(len(members))
            for j in range(i + 1, len(members))
        ]
    else:
        reference = max(members, key=lambda item: len(item.report.text))
        pairs = [(reference, member) for member in members if member is not reference]
    return tuple(compare_wording(first.span, second.span) for first, second in pairs)


def align_statements(
    statements: Iterable[Statement], settings: AlignSettings | None = None
) -> tuple[StatementCluster, ...]:
    """Cluster the reports of the same utterance across sources and classify their wordings.

    Reports already merged into one :class:`~diplomatic_events.Statement` stay together.
    The result does not depend on the order of ``statements``.

    .. versionadded:: 0.1.0
    """
    settings = settings or AlignSettings()
    items = _items(statements)
    clusters = _Clusters(items)
    by_statement: dict[StatementId, int] = {}
    for number, item in enumerate(items):
        first = by_statement.setdefault(item.report.statement, number)
        clusters.union(first, number)
    for first, second in _candidates(items, settings):
        if _same_utterance(items[first], items[second], settings):
            clusters.union(first, second)
    groups: dict[int, list[_Item]] = {}
    for number, item in enumerate(items):
        groups.setdefault(clusters.find(number), []).append(item)
    result = []
    for count, root in enumerate(sorted(groups), start=1):
        members = groups[root]
        result.append(
            StatementCluster(
                id=f"cluster-{count}",
                speaker=clusters.speaker[root],
                reports=tuple(member.report for member in members),
                sources=tuple(sorted({member.report.source for member in members})),
                statements=tuple(sorted({member.report.statement for member in members})),
                topics=tuple(sorted({topic for member in members for topic in member.topics})),
                variants=_variants(members, settings),
            )
        )
    return tuple(result)
