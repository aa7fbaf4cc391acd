"""Text reuse: passages, shares, relations and the original."""

from __future__ import annotations

import datetime as dt

from diplomatic_events.compare import ReuseRelation, detect_reuse, reuse_between
from diplomatic_events.model import Block, BlockKind, Source, SourceKind
from diplomatic_events.typing import SourceId

from .helpers import OWN_A, OWN_B, UNRELATED, WIRE_ONE, WIRE_TWO, source

UTC = dt.UTC


class TestPassages:
    def test_passage_offsets_cut_the_shared_words_out_of_both_originals(self) -> None:
        """Each passage's spans index the original text of its own source, first to last word."""
        a = source("a", OWN_A + "\n\n" + WIRE_ONE)
        b = source("b", WIRE_ONE + "\n\n" + OWN_B)
        pair = reuse_between(a, b)
        assert 1 == len(pair.passages)
        passage = pair.passages[0]
        last_word_end = len(WIRE_ONE) - 1  # the final full stop is not a word
        assert (len(OWN_A) + 2, len(OWN_A) + 2 + last_word_end) == (passage.a.start, passage.a.end)
        assert (0, last_word_end) == (passage.b.start, passage.b.end)
        assert a.text[passage.a.start : passage.a.end] == passage.a.text

    def test_typography_is_folded_before_shingling(self) -> None:
        """Curly quotes, dashes and no-break spaces do not break a shared passage."""
        plain = 'He said "we will talk again" - and left the hall at noon with the delegation.'
        fancy = "He said “we will talk again” — and left the\u00a0hall at noon with the delegation."
        pair = reuse_between(source("a", plain), source("b", fancy))
        assert 1.0 == pair.share_a == pair.share_b

    def test_only_readable_blocks_are_compared(self) -> None:
        """A watermark in a boilerplate block is not counted as the source's words."""
        text = WIRE_ONE + "\nShared by Example TV\n" + WIRE_TWO
        start = len(WIRE_ONE) + 1
        blocks = (
            Block(kind=BlockKind.BODY, start=0, end=len(WIRE_ONE)),
            Block(kind=BlockKind.BOILERPLATE, start=start, end=start + 20),
            Block(kind=BlockKind.BODY, start=start + 21, end=len(text)),
        )
        copy = Source(id=SourceId("copy"), text=text, blocks=blocks)
        pair = reuse_between(copy, source("orig", WIRE_ONE + " " + WIRE_TWO))
        assert 1.0 == pair.share_a


class TestRelations:
    def test_copy_with_a_watermark_is_a_republication(self) -> None:
        """A source that is the other's text plus a watermark republishes it."""
        original = source("orig", OWN_A + " " + WIRE_ONE + " " + WIRE_TWO)
        copy = source("copy", "Shared by Example TV. " + OWN_A + " " + WIRE_ONE + " " + WIRE_TWO)
        assert ReuseRelation.REPUBLICATION == reuse_between(original, copy).relation

    def test_two_wire_paragraphs_plus_own_text_are_shared_wire(self) -> None:
        """Two outlets with the same agency paragraphs and their own reporting share wire copy."""
        a = source("a", OWN_A + "\n" + WIRE_ONE + "\n" + WIRE_TWO)
        b = source("b", WIRE_ONE + "\n" + OWN_B + "\n" + WIRE_TWO)
        pair = reuse_between(a, b)
        assert (ReuseRelation.SHARED_WIRE, 2, None) == (
            pair.relation,
            len(pair.passages),
            pair.original,
        )

    def test_unrelated_texts_are_independent(self) -> None:
        """Texts without shared passages are independent reporting."""
        pair = reuse_between(source("a", OWN_A), source("b", UNRELATED))
        assert (ReuseRelation.INDEPENDENT, (), 0.0) == (pair.relation, pair.passages, pair.share_a)

    def test_a_shared_short_quotation_is_not_reuse(self) -> None:
        """One quotation both outlets carry does not make them share wire copy."""
        said = '"We will keep talking because the alternative is worse," she said.'
        pair = reuse_between(source("a", OWN_A + " " + said), source("b", OWN_B + " " + said))
        assert ReuseRelation.INDEPENDENT == pair.relation


class TestOriginal:
    def test_earlier_publication_is_the_original(self) -> None:
        """With no other evidence, the source published first is the original."""
        text = OWN_A + " " + WIRE_ONE
        early = source("z-early", text, published=dt.datetime(2023, 6, 19, tzinfo=UTC))
        late = source("a-late", text, published=dt.datetime(2023, 6, 21, tzinfo=UTC))
        pair = reuse_between(late, early)
        assert "z-early" == pair.original
        assert "published first" in pair.reason

    def test_copy_naming_the_originals_outlet_points_to_it(self) -> None:
        """A copy that names the other outlet ("told Example News") makes that outlet original."""
        text = OWN_A + " The minister told Example News that talks would resume. " + WIRE_ONE
        original = source("b", text, outlet_name="Example News")
        copy = source("a", text, outlet_name="Copy Site")
        pair = reuse_between(copy, original)
        assert ("b", True) == (pair.original, "names 'Example News'" in pair.reason)

    def test_republishing_site_is_not_the_original(self) -> None:
        """A source of kind republication is the copy."""
        text = OWN_A + " " + WIRE_ONE
        pair = reuse_between(source("a", text, kind=SourceKind.REPUBLICATION), source("b", text))
        assert "b" == pair.original

    def test_containment_decides_when_nothing_else_does(self) -> None:
        """The source mostly made of the other's text is the copy."""
        copy = source("a", OWN_A + " " + WIRE_ONE)
        original = source("b", OWN_A + " " + WIRE_ONE + " " + OWN_B)
        pair = reuse_between(copy, original)
        assert (ReuseRelation.REPUBLICATION, "b") == (pair.relation, pair.original)

    def test_no_evidence_leaves_the_original_open(self) -> None:
        """Two identical undated texts name no original."""
        pair = reuse_between(source("a", WIRE_ONE), source("b", WIRE_ONE))
        assert (ReuseRelation.REPUBLICATION, None) == (pair.relation, pair.original)


class TestDetectReuse:
    def test_pairs_come_sorted_by_id_with_independent_ones_listed(self) -> None:
        """Every pair is listed once, a before b, when independent pairs are asked for."""
        sources = [
            source("c", UNRELATED),
            source("a", OWN_A + " " + WIRE_ONE + " " + WIRE_TWO),
            source("b", WIRE_ONE + " " + OWN_B + " " + WIRE_TWO),
        ]
        pairs = detect_reuse(sources)
        assert [("a", "b"), ("a", "c"), ("b", "c")] == [(p.a, p.b) for p in pairs]
        assert ReuseRelation.SHARED_WIRE == pairs[0].relation

    def test_independent_pairs_can_be_left_out(self) -> None:
        """Without independent pairs only related ones remain."""
        sources = [source("a", WIRE_ONE + " " + OWN_A), source("b", UNRELATED)]
        assert () == detect_reuse(sources, include_independent=False)
