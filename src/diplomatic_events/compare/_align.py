"""Statement alignment: the reports of one utterance across sources, clustered; how two of
them differ in wording is :mod:`._variants`.

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
from collections import Counter
from collections.abc import Iterable, Sequence

from attrs import field, frozen, validators

from diplomatic_events.compare._text import tokenize
from diplomatic_events.compare._variants import VariantPair, _share, compare_wording
from diplomatic_events.compare._wording import lemma
from diplomatic_events.exceptions import InvalidModelError
from diplomatic_events.model import Span, Statement, StatementKind
from diplomatic_events.typing import ActorId, SourceId, StatementId, TopicId

__all__ = ["AlignSettings", "AlignedReport", "StatementCluster", "align_statements"]


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
