"""Quotation marks that hold no one's words: related-link lists and headline scare quotes."""

from __future__ import annotations

import re

import pytest

from diplomatic_events.knowledge import KnowledgeBase, load_knowledge
from diplomatic_events.model import Block, BlockKind, NonQuotationKind, Source
from diplomatic_events.parsing._statements import extract_statements
from diplomatic_events.typing import SourceId


@pytest.fixture(scope="module")
def knowledge() -> KnowledgeBase:
    return load_knowledge()


def _source(text: str, kinds: dict[int, BlockKind] | None = None) -> Source:
    blocks = tuple(
        Block(kind=(kinds or {}).get(n, BlockKind.BODY), start=m.start(), end=m.end())
        for n, m in enumerate(re.finditer(r"[^\n]+", text))
    )
    return Source(id=SourceId("t"), text=text, blocks=blocks)


class TestRelatedLinkLists:
    def test_bullets_under_a_related_header_are_titles(self, knowledge: KnowledgeBase) -> None:
        """Bulleted lines under 'Related stories on Site' are link titles, not quotations."""
        text = (
            "The talks ended.\n\nRelated stories on Example News\n"
            "• 'Stable' ties: what the visit means\n"
            "• Trade envoy on the deal: 'I could see the sun'"
        )
        result = extract_statements(_source(text, {1: BlockKind.BOILERPLATE}), knowledge)
        assert [] == list(result.statements)
        assert [
            (NonQuotationKind.TITLE, "Stable", 53, 59),
            (NonQuotationKind.TITLE, "I could see the sun", 116, 135),
        ] == [
            (n.kind, n.evidence.text, n.evidence.start, n.evidence.end)
            for n in result.non_quotations
        ]

    def test_bullets_after_a_blank_line_are_text(self, knowledge: KnowledgeBase) -> None:
        """A list separated from the header by a blank line is the story's own."""
        text = "Related stories\n\n• Lee said 'we are ready'"
        result = extract_statements(_source(text, {0: BlockKind.BOILERPLATE}), knowledge)
        assert [("we are ready", 29, 41)] == [
            (s.reports[0].text, s.reports[0].start, s.reports[0].end) for s in result.statements
        ]


class TestHeadlineScareQuotes:
    def test_cue_in_an_earlier_clause(self, knowledge: KnowledgeBase) -> None:
        """'X urges Y ... as Z's "controversial" trip draws fire': the cue does not reach
        past 'as'; the word is the writer's."""
        text = "Ona Vale urges calm as leader's 'controversial' trip draws fire"
        result = extract_statements(_source(text, {0: BlockKind.HEADLINE}), knowledge)
        assert [] == list(result.statements)
        assert [(NonQuotationKind.SCARE_QUOTE, "controversial", 33, 46)] == [
            (n.kind, n.evidence.text, n.evidence.start, n.evidence.end)
            for n in result.non_quotations
        ]

    def test_as_in_running_text_is_not_a_clause(self, knowledge: KnowledgeBase) -> None:
        """'Lee blamed the "wrong view" as the "root cause"': in body text 'as' heads a
        phrase, so 'blamed' still governs the second quotation."""
        text = "Lee blamed Washington's 'wrong view' as the 'root cause' of the slump."
        result = extract_statements(_source(text), knowledge)
        assert [("wrong view", 25, 35), ("root cause", 45, 55)] == [
            (s.reports[0].text, s.reports[0].start, s.reports[0].end) for s in result.statements
        ]
