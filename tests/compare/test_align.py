"""Statement alignment and the classification of wording differences."""

from __future__ import annotations

import pytest

from diplomatic_events.compare import (
    AlignedReport,
    DifferenceKind,
    align_statements,
    compare_wording,
    format_word_diff,
)
from diplomatic_events.exceptions import InvalidModelError
from diplomatic_events.model import Span, StatementKind
from diplomatic_events.typing import SourceId

from .helpers import quote, statement


def _span(source: str, text: str) -> Span:
    return Span(source=SourceId(source), start=0, end=len(text), text=text)


def _kinds(a: str, b: str) -> list[tuple[str, str, str]]:
    pair = compare_wording(_span("a", a), _span("b", b))
    return [(d.kind.value, d.a.text, d.b.text) for d in pair.differences]


class TestCompareWording:
    def test_identical_wordings_have_no_difference(self) -> None:
        """The same words give IDENTICAL and no differences."""
        pair = compare_wording(_span("a", "we will meet again"), _span("b", "we will meet again"))
        assert (DifferenceKind.IDENTICAL, (), 1.0) == (pair.kind, pair.differences, pair.similarity)

    def test_quotes_dashes_and_spaces_are_typography(self) -> None:
        """Curly against straight quotes and an em dash against a hyphen are typography only."""
        pair = compare_wording(
            _span("a", "the “new” talks — at last"), _span("b", 'the "new" talks - at last')
        )
        assert DifferenceKind.TYPOGRAPHY == pair.kind

    def test_ellipsis_character_against_three_dots_is_typography(self) -> None:
        """An ellipsis character and three full stops differ only in typography."""
        assert [("typography", "… ", "... ")] == _kinds(
            "we agreed… to talk", "we agreed... to talk"
        )

    def test_british_and_american_spelling(self) -> None:
        """stabilise/stabilize and spiralling/spiraling are spelling variants."""
        assert [
            ("spelling", "stabilise", "stabilize"),
            ("spelling", "spiralling", "spiraling"),
        ] == (
            _kinds(
                "we must stabilise ties before spiralling",
                "we must stabilize ties before spiraling",
            )
        )

    def test_tense_and_number_are_inflection(self) -> None:
        """ "have reached"/"had reached" and "relation"/"relations" are inflections."""
        assert [("inflection", "have", "had"), ("inflection", "relation", "relations")] == _kinds(
            "I have reached a good relation", "I had reached a good relations"
        )

    def test_a_dropped_word_in_the_middle(self) -> None:
        """ "follow through on" against "follow through" drops a word, with an empty b span."""
        pair = compare_wording(
            _span("a", "agreed to follow through on the plan"),
            _span("b", "agreed to follow through the plan"),
        )
        (difference,) = pair.differences
        assert (DifferenceKind.WORD_DROPPED, "on", 25, 27, "", 25, 25) == (
            difference.kind,
            difference.a.text,
            difference.a.start,
            difference.a.end,
            difference.b.text,
            difference.b.start,
            difference.b.end,
        )

    def test_an_added_word_in_the_middle(self) -> None:
        """A word that only b has is WORD_ADDED."""
        assert [("word_added", "", "also")] == _kinds("we agreed to talk", "we also agreed to talk")

    def test_a_partial_quote_is_truncation(self) -> None:
        """A wording that is a contiguous part of the other is a truncation."""
        assert [("truncation", "", "and we will keep talking")] == _kinds(
            "the talks were candid", "the talks were candid and we will keep talking"
        )

    def test_different_words_are_rewording(self) -> None:
        """Substantive changes are rewording, joined into one difference."""
        assert [("rewording", "friendly and useful", "tense but necessary")] == _kinds(
            "the talks were friendly and useful today", "the talks were tense but necessary today"
        )

    def test_spans_point_into_each_original(self) -> None:
        """Difference spans are offsets into each report's source text."""
        a_text = 'He said: "I have reached a deal."'
        b_text = 'Earlier: "I had reached a deal," he said.'
        a = Span.of(SourceId("a"), a_text, 10, 31)
        b = Span.of(SourceId("b"), b_text, 10, 29)
        (difference,) = compare_wording(a, b).differences[:1]
        assert ("have", "had") == (
            a_text[difference.a.start : difference.a.end],
            b_text[difference.b.start : difference.b.end],
        )

    def test_the_most_substantive_difference_names_the_pair(self) -> None:
        """A longer quotation with a dropped word and a tense change is named truncation."""
        pair = compare_wording(
            _span("a", "The two sides agreed to follow through on what we have reached"),
            _span(
                "b",
                "Our position is clear, and the two sides agreed to follow through"
                " what we had reached",
            ),
        )
        assert DifferenceKind.TRUNCATION == pair.kind
        assert {"truncation", "word_dropped", "inflection"} <= {
            d.kind.value for d in pair.differences
        }


class TestFormatWordDiff:
    def test_removed_and_added_words_are_marked(self) -> None:
        """Removed words are [-...-], added ones {+...+}, shared words plain."""
        assert "we [-have-] {+had+} agreed" == format_word_diff("we have agreed", "we had agreed")

    def test_typography_is_not_shown_as_a_change(self) -> None:
        """Curly and straight quotes print as no change."""
        assert "“we agree”" == format_word_diff('"we agree"', "“we agree”")


class TestAlignStatements:
    def test_partial_quote_joins_the_longer_quotation(self) -> None:
        """A report quoting part of another's longer quotation joins its cluster."""
        text_a = (
            'Lee said: "We will keep the border open and we will keep talking to our neighbours."'
        )
        text_b = 'Lee promised to "keep talking to our neighbours" after the summit.'
        clusters = align_statements(
            [
                statement("s1", "lee", quote("a", text_a, text_a[10:-2])),
                statement("s2", "lee", quote("b", text_b, "keep talking to our neighbours")),
            ]
        )
        assert [("a", "b")] == [cluster.sources for cluster in clusters]
        assert DifferenceKind.TRUNCATION == clusters[0].variants[0].kind

    def test_other_speakers_are_kept_apart(self) -> None:
        """The same words from two named speakers are two utterances."""
        text = '"We want peace and trade," she said.'
        clusters = align_statements(
            [
                statement("s1", "lee", quote("a", text, "We want peace and trade,")),
                statement("s2", "kim", quote("b", text, "We want peace and trade,")),
            ]
        )
        assert 2 == len(clusters)

    def test_unattributed_report_joins_a_named_speaker(self) -> None:
        """A report with no speaker joins the matching report of a named one."""
        text = '"We want peace and trade with all of our neighbours," she said.'
        words = "We want peace and trade with all of our neighbours,"
        clusters = align_statements(
            [
                statement("s1", None, quote("a", text, words)),
                statement("s2", "kim", quote("b", text, words)),
            ]
        )
        assert [("kim", ("a", "b"))] == [(c.speaker, c.sources) for c in clusters]

    def test_unrelated_quotations_stay_apart(self) -> None:
        """Quotations sharing only common words are not clustered."""
        text_a = '"The weather in the capital was cold and wet," he said.'
        text_b = '"The price of grain in the markets has doubled," he said.'
        clusters = align_statements(
            [
                statement("s1", "lee", quote("a", text_a, text_a[1:45])),
                statement("s2", "lee", quote("b", text_b, text_b[1:47])),
            ]
        )
        assert 2 == len(clusters)


class TestAlignedReport:
    def test_text_must_cover_its_offsets(self) -> None:
        """A report whose text does not fit its offsets is refused."""
        with pytest.raises(InvalidModelError, match="covers"):
            AlignedReport(
                source=SourceId("a"),
                text="abc",
                start=0,
                end=5,
                statement="s1",  # type: ignore[arg-type]
                kind=StatementKind.DIRECT,
            )
