"""Laws of the comparison utilities, checked with hypothesis."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from diplomatic_events.compare import (
    DifferenceKind,
    ReuseRelation,
    Verdict,
    align_statements,
    compare_wording,
    detect_reuse,
    detect_reuse_in_blocks,
    reconcile_intervals,
    reuse_between,
)
from diplomatic_events.model import Interval, Span, Statement
from diplomatic_events.testing.strategies import intervals
from diplomatic_events.typing import SourceId

from .helpers import quote, source, statement

_VOCABULARY = (
    *("talks", "border", "grain", "river", "trade", "quota", "minister", "summit", "treaty"),
    *("harbour", "fisheries", "envoy", "delegation", "visit", "agreement", "ceasefire"),
    *("sanctions", "tariff", "pipeline", "embassy", "reporters", "capital", "banquet"),
    *("communique", "protocol", "airport", "motorcade", "hall", "garden", "evening"),
)

_words = st.lists(st.sampled_from(_VOCABULARY), min_size=8, max_size=25, unique=True)
_texts = _words.map(" ".join)

_SENTENCES = (
    "we will keep the border open for grain and for families",
    "the river quotas must be shared fairly between both nations",
    "our fisheries agreement will be signed before the winter",
    "the embassy will reopen in the spring after repairs",
)


@st.composite
def _statements(draw: st.DrawFn) -> list[Statement]:
    statements = []
    for number in range(draw(st.integers(min_value=1, max_value=6))):
        sentence = draw(st.sampled_from(_SENTENCES))
        words = sentence.split()
        first = draw(st.integers(min_value=0, max_value=len(words) - 3))
        last = draw(st.integers(min_value=first + 3, max_value=len(words)))
        fragment = " ".join(words[first:last])
        source_id = draw(st.sampled_from(["a", "b", "c"]))
        text = f'The minister said "{sentence}" on the {number} day.'
        speaker = draw(st.sampled_from(["lee", "kim", None]))
        statements.append(statement(f"s{number}", speaker, quote(source_id, text, fragment)))
    return statements


class TestReuseLaws:
    @given(_texts, _texts)
    def test_similarity_is_symmetric(self, first: str, second: str) -> None:
        """similarity(a, b) == similarity(b, a), and the shares swap."""
        a, b = source("a", first), source("b", second)
        forward, backward = reuse_between(a, b), reuse_between(b, a)
        assert (forward.similarity, forward.share_a, forward.share_b) == (
            backward.similarity,
            backward.share_b,
            backward.share_a,
        )

    @given(_texts)
    def test_a_source_compared_with_itself_is_fully_reused(self, text: str) -> None:
        """Every word of a source is found in itself."""
        pair = reuse_between(source("a", text), source("a", text))
        assert (1.0, 1.0, 1.0) == (pair.share_a, pair.share_b, pair.similarity)


_PASSAGES = (
    " ".join(_VOCABULARY[:30]),
    " ".join(reversed(_VOCABULARY[1:31])),
    " ".join((*_VOCABULARY[::2], *_VOCABULARY[1::2])),
)


@st.composite
def _reusing_texts(draw: st.DrawFn) -> list[str]:
    """Texts of own words, some carrying a shared passage whole or in part."""
    texts = []
    for _ in range(draw(st.integers(min_value=2, max_value=6))):
        parts = [draw(_texts)]
        for passage in draw(st.lists(st.sampled_from(_PASSAGES), min_size=1, max_size=2)):
            words = passage.split()
            first = draw(st.integers(min_value=0, max_value=len(words) // 2))
            parts.extend([" ".join(words[first:]), draw(_texts)])
        texts.append(" ".join(parts))
    return texts


class TestBlockedReuseLaws:
    @given(_reusing_texts())
    def test_one_block_finds_every_related_pair(self, texts: list[str]) -> None:
        """With all sources in one block, the related pairs are detect_reuse's."""
        sources = [source(f"s{number}", text) for number, text in enumerate(texts)]
        related = tuple(
            pair for pair in detect_reuse(sources) if pair.relation is not ReuseRelation.INDEPENDENT
        )
        assert related == detect_reuse_in_blocks(sources, [[s.id for s in sources]])


class TestWordingLaws:
    @given(_texts)
    def test_a_wording_compared_with_itself_is_identical(self, text: str) -> None:
        """compare_wording(x, x) is IDENTICAL with no differences."""
        span = Span(source=SourceId("a"), start=0, end=len(text), text=text)
        pair = compare_wording(span, span)
        assert (DifferenceKind.IDENTICAL, ()) == (pair.kind, pair.differences)

    @given(_texts, _texts)
    def test_wording_similarity_is_symmetric(self, first: str, second: str) -> None:
        """The similarity of two wordings does not depend on their order."""
        a = Span(source=SourceId("a"), start=0, end=len(first), text=first)
        b = Span(source=SourceId("b"), start=0, end=len(second), text=second)
        assert compare_wording(a, b).similarity == compare_wording(b, a).similarity


class TestAlignmentLaws:
    @given(st.data())
    def test_alignment_does_not_depend_on_input_order(self, data: st.DataObject) -> None:
        """Permuting the statements gives the same clusters."""
        statements = data.draw(_statements())
        permuted = data.draw(st.permutations(statements))
        assert align_statements(statements) == align_statements(permuted)


class TestReconciliationLaws:
    @given(st.lists(intervals(), min_size=1, max_size=5))
    def test_compatible_intervals_never_have_an_empty_intersection(
        self, values: list[Interval]
    ) -> None:
        """When the verdict is not a conflict, the intersection lies inside every interval."""
        verdict, common, _ = reconcile_intervals(values)
        if verdict is Verdict.CONFLICT:
            return
        assert common is not None
        assert all(value.intersection(common) == common for value in values)
