"""How two reports of one utterance differ in wording: the kinds of difference, the pair of
wordings with their word-level differences (:func:`compare_wording`) and a readable word diff
(:func:`format_word_diff`).

Apart from the clustering in :mod:`._align`, which finds the reports of one utterance: this
module compares two spans already known to report it, word by word.
"""

from __future__ import annotations

import difflib
import enum
from collections import Counter
from collections.abc import Sequence

from attrs import field, frozen, validators

from diplomatic_events.compare._text import fold_typography, tokenize
from diplomatic_events.compare._wording import lemma, same_lemma, spelling_variants
from diplomatic_events.model import Span

__all__ = [
    "DifferenceKind",
    "VariantPair",
    "WordingDifference",
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
