"""Tests for finding quotation-mark pairs and telling them from apostrophes."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplomatic_events.knowledge import KnowledgeBase, load_knowledge
from diplomatic_events.model import Block, BlockKind, NonQuotationKind, Source
from diplomatic_events.parsing._quotes import PairKind, find_pairs
from diplomatic_events.parsing._statements import extract_statements
from diplomatic_events.typing import SourceId


def _blocks(text: str) -> list[Block]:
    return [
        Block(kind=BlockKind.BODY, start=m.start(), end=m.end())
        for m in re.finditer(r"[^\n]+", text)
    ]


def _quotes(text: str) -> list[str]:
    return [
        text[p.start : p.end] for p in find_pairs(text, _blocks(text)) if p.kind is PairKind.QUOTE
    ]


class TestShapes:
    def test_straight_double(self) -> None:
        """Straight double marks around a sentence give one pair without the marks."""
        text = 'He said "We agree." Then he left.'
        pairs = find_pairs(text, _blocks(text))
        assert [(9, 18, PairKind.QUOTE)] == [(p.start, p.end, p.kind) for p in pairs]

    def test_curly_double(self) -> None:
        """Curly marks pair the same way."""
        assert ["We agree,"] == _quotes("“We agree,” she said.")

    def test_closing_marks_at_both_ends(self) -> None:
        """ "”We agree” says Admiral Lis. ”We go on.”": Swedish and Finnish type the closing
        mark to open a quotation too; before a word it opens one."""
        text = "”We agree” says Admiral Lis. ”We go on.”"
        assert ["We agree", "We go on."] == _quotes(text)

    def test_two_single_marks_typed_for_a_double_one(self) -> None:
        """ "''We agree,'' she said." and "“We agree,’’ she said.": two single marks stand
        for a double one at either end; "it's" and "the sides' talks" keep theirs."""
        assert ["We agree,", "It's the sides' talks,"] == _quotes(
            "''We agree,'' she said.\n“It's the sides' talks,’’ he said."
        )

    def test_mixed_straight_open_curly_close(self) -> None:
        """A straight opening mark may close with a curly one."""
        assert ["We agree,"] == _quotes('"We agree,” she said.')

    def test_mixed_curly_open_straight_close(self) -> None:
        """A curly opening mark may close with a straight one."""
        assert ["We agree,"] == _quotes('“We agree," she said.')

    def test_opening_mark_typed_for_the_closing_one(self) -> None:
        """ "“Trade is a huge impediment to growth, “ Kerry said.": the second “ follows the
        clause's comma and a space, so it closes the quotation."""
        assert ["Trade is a huge impediment to growth,", "We will act."] == _quotes(
            "“Trade is a huge impediment to growth, “ Kerry said. “We will act.”"
        )

    def test_single_curly_headline(self) -> None:
        """Single curly marks in a headline are a quotation."""
        assert ["Both sides need calm"] == _quotes("‘Both sides need calm’ relationship")

    def test_single_straight_headline_with_apostrophe(self) -> None:
        """An apostrophe inside single straight marks does not end the quotation."""
        assert ["We're not leaving"] == _quotes("'We're not leaving' - Doe")

    def test_split_quote(self) -> None:
        """A quotation split by its attribution is two pairs."""
        assert ["A,", "B."] == _quotes('"A," he said. "B."')

    def test_partial_inside_paraphrase(self) -> None:
        """A fragment inside the reporter's words is found with exact offsets."""
        text = 'She called it a "continuing priority" for them.'
        (pair,) = find_pairs(text, _blocks(text))
        assert (17, 36) == (pair.start, pair.end)

    def test_nested_belongs_to_outer(self) -> None:
        """Single marks inside a double-quoted span are nested, not a quotation."""
        text = "\"Respect China and oppose 'Taiwan independence,'\" the statement added."
        pairs = find_pairs(text, _blocks(text))
        kinds = [(text[p.start : p.end], p.kind) for p in pairs]
        assert [
            ("Respect China and oppose 'Taiwan independence,'", PairKind.QUOTE),
            ("Taiwan independence,", PairKind.NESTED),
        ] == kinds

    def test_nested_curly_opened_straight_closed(self) -> None:
        """A nested pair opened with ‘ and closed with ' is still nested."""
        text = "“Stop hyping the ‘China threat theory,' he said,” it added."
        nested = [p for p in find_pairs(text, _blocks(text)) if p.kind is PairKind.NESTED]
        assert ["China threat theory,"] == [text[p.start : p.end] for p in nested]

    def test_multi_paragraph(self) -> None:
        """A quotation left open runs to its paragraph's end when the next one reopens."""
        text = '"First part of it.\n"Second part," he said.'
        assert ["First part of it.", "Second part,"] == _quotes(text)

    def test_unpaired_mark(self) -> None:
        """A closing mark with no partner is recorded as unpaired."""
        text = 'Dangling words" here.\nNo quote here.'
        assert [PairKind.UNPAIRED] == [p.kind for p in find_pairs(text, _blocks(text))]

    def test_an_opening_mark_with_no_partner_quotes_its_paragraph(self) -> None:
        """An opening mark no later mark closes quotes its own paragraph: never dropped."""
        text = '"Dangling words.\nNo quote here.'
        assert ["Dangling words."] == _quotes(text)

    def test_no_break_space_and_dashes(self) -> None:
        """No-break spaces and dashes inside a quotation are kept."""
        assert ["we profoundly\u00a0— even vehemently — disagree"] == _quotes(
            'issues "we profoundly\u00a0— even vehemently — disagree" today'
        )


class TestStraightMarkLeftOut:
    def test_an_attribution_left_inside_ends_the_quotation(self) -> None:
        """'"It is our only priority, he stated. "And so ..."': the closing straight mark
        left out before the attribution; the next straight mark opens a quotation."""
        text = (
            '"It is our only priority, he stated. "And so we are more responsive." Vale said'
            ' there is "more work to do."\n'
        )
        assert [
            "It is our only priority,",
            "And so we are more responsive.",
            "more work to do.",
        ] == _quotes(text)


class TestRunOnParagraphs:
    def test_a_quotation_closed_paragraphs_later_is_each_paragraph(self) -> None:
        """An opener closed two paragraphs on, with no mark between, is one quotation per
        paragraph."""
        text = (
            "A spokesperson said:\n\n“The leaders met.\n\nThey discussed trade.\n\n"
            "They agreed”.\n\nEnd."
        )
        assert ["The leaders met.", "They discussed trade.", "They agreed"] == _quotes(text)

    def test_the_closing_paragraph_must_close_first(self) -> None:
        """A later paragraph that opens a quotation of its own ends the run: no run-on; the
        opener quotes its own paragraph alone."""
        text = "He said:\n\n“The leaders met.\n\nThey talked.\n\nShe said “fine” later."
        assert ["The leaders met.", "fine"] == _quotes(text)

    def test_no_closing_mark_quotes_the_opener_s_paragraph_alone(self) -> None:
        """An opener no mark ever answers (the excerpt ends first) quotes its own paragraph,
        never dropped; the unmarked paragraphs after it are not quotations."""
        text = "He said:\n\n“The leaders met.\n\nThey talked.\n\nThey left."
        assert ["The leaders met."] == _quotes(text)

    def test_an_opener_left_at_a_paragraph_s_end_opens_the_next(self) -> None:
        """ "... the Dialogue.”“" then "President Roe looks forward to it,” the White House
        said": the stray opener opens the next paragraph's quotation."""
        text = (
            "The White House said “the two leaders met.”“\n\n"
            "President Roe looks forward to it,” the White House said.\n"
        )
        assert ["the two leaders met.", "President Roe looks forward to it,"] == _quotes(text)

    def test_a_second_opener_after_a_sentence_ends_the_first_quotation(self) -> None:
        """ "“We are committed to it. “I am happy to return.”": the first quotation's closing
        mark is missing; it ends where the second opens, not dropped."""
        text = "Roe said. “We are committed to it. “I am happy to return.”\n"
        assert ["We are committed to it.", "I am happy to return."] == _quotes(text)

    @pytest.mark.parametrize("attribution", ["Roe said.", "said Gen. Roe.", "the general added."])
    def test_an_attribution_before_a_second_opener_ends_the_first_at_its_comma(
        self, attribution: str
    ) -> None:
        """ "“Ties have grown, Roe said. “Today we are partners.”": the closing mark left out
        before the attribution; the first quotation ends at its comma, so the attribution
        after it names the speaker."""
        text = f"“Ties have grown, {attribution} “Today we are partners.”\n"
        assert ["Ties have grown,", "Today we are partners."] == _quotes(text)

    def test_narration_before_a_second_opener_ends_the_first_at_its_sentence(self) -> None:
        """ "“We look forward to more years. He concluded that, “This week ...”": the first
        quotation ends with its last sentence, before the narration, not dropped."""
        text = (
            "Col. Roe stated, “We look forward to more years. He concluded that, “This week"
            " marks a milestone.”\n"
        )
        assert ["We look forward to more years.", "This week marks a milestone."] == _quotes(text)

    def test_a_line_going_on_in_lower_case_leaves_the_opener_unpaired(self) -> None:
        """An opener on a line the next goes on from in lower case (a wrapped line the layout
        kept) is left unpaired, not cut at the line's end."""
        text = "He said, “we signed\na statement of principles\nthat guide us.”\n"
        pairs = find_pairs(text, _blocks(text))
        assert PairKind.UNPAIRED == pairs[0].kind

    def test_every_paragraph_has_the_opening_speaker(self, knowledge: KnowledgeBase) -> None:
        """The paragraphs carried on are the speaker's who opened the quotation."""
        text = (
            "Jane Doe said:\n\n“We met today.\n\nWe discussed trade and climate at length”.\n\nEnd."
        )
        source = Source(id=SourceId("s"), text=text, blocks=tuple(_blocks(text)))
        result = extract_statements(source, knowledge)
        assert [
            ("We met today.", "jane-doe"),
            ("We discussed trade and climate at length", "jane-doe"),
        ] == [(st.reports[0].text, st.speaker) for st in result.statements]

    def test_hard_wrapped_lines_are_not_paragraphs(self) -> None:
        """Lines of one paragraph broken by single newlines are no run-on paragraphs."""
        text = "He said, “we signed\na statement of principles\nthat guide us.”\n"
        assert [] == _quotes(text)


class TestClosedWithoutOpening:
    def test_a_paragraph_closed_but_not_opened_is_a_quotation(self) -> None:
        """ "“We discussed ways to strengthen our partnership and the\n\nThailand and the
        United States both benefit,” Roe added.": the second paragraph, opened in the first,
        is its own quotation up to the closing mark."""
        text = (
            "“We discussed ways to strengthen our partnership and the\n\n"
            "Thailand and the United States both benefit,” Roe added.\n"
        )
        assert [
            "We discussed ways to strengthen our partnership and the",
            "Thailand and the United States both benefit,",
        ] == _quotes(text)

    def test_a_lost_opening_mark(self) -> None:
        """'I am confident our relationship will grow."' after a paragraph with no mark: the
        opening mark was lost, the paragraph up to the closer is the quotation."""
        text = 'The minister spoke, the secretary said.\n\nI am confident it will grow."\n'
        assert ["I am confident it will grow."] == _quotes(text)

    def test_a_single_mark_opening_before_a_double_closer(self) -> None:
        """ "asking, 'If the West cannot win this war, we lose."": mixed marks; the quotation
        runs from the single opener to the double closer."""
        text = "Kuleba spoke of the war, asking, 'If the West cannot win this war, we lose.\"\n"
        assert ["If the West cannot win this war, we lose."] == _quotes(text)

    def test_an_arrow_or_a_glued_mark_is_no_closer(self) -> None:
        """ "Photos from Kenya and Nigeria»" and "went to Moscow.”When Pompeo": no quotation."""
        text = "Photos from Kenya and Nigeria»\n\nHe went to Moscow last year.”When Pompeo met.\n"
        assert [] == _quotes(text)


class TestParagraphsOpenedBySingleMarks:
    TEXT = (
        "Luxon held talks.\n\n'The Union is one of our most trusted partners,' Mr Luxon says."
        "\n\n'This was emphasised in my meetings with both presidents.\n\n"
        "'We also talked about trade under the agreement.\n\n"
        "'Our researchers work together on 17 projects,' Mr Luxon says.\n"
    )

    def test_each_paragraph_opened_in_single_marks_is_a_quotation(self) -> None:
        """A statement quoted over paragraphs in single marks, each opened and only the last
        closed: one quotation per paragraph."""
        assert [
            "The Union is one of our most trusted partners,",
            "This was emphasised in my meetings with both presidents.",
            "We also talked about trade under the agreement.",
            "Our researchers work together on 17 projects,",
        ] == _quotes(self.TEXT)

    def test_a_lone_paragraph_opened_by_a_single_mark_is_none(self) -> None:
        """ "'Tis the season to meet." alone, with no single-quoted paragraph before or
        after it: no quotation."""
        assert [] == _quotes("He arrived.\n\n'Tis the season to meet, they say.\n\nHe left.\n")


class TestNonQuotations:
    knowledge: KnowledgeBase = load_knowledge()

    def _split(
        self, text: str, kinds: dict[int, BlockKind] | None = None
    ) -> tuple[list[str], list[tuple[str, NonQuotationKind]]]:
        blocks = tuple(
            Block(kind=(kinds or {}).get(n, BlockKind.BODY), start=m.start(), end=m.end())
            for n, m in enumerate(re.finditer(r"[^\n]+", text))
        )
        result = extract_statements(
            Source(id=SourceId("t"), text=text, blocks=blocks), self.knowledge
        )
        return (
            [s.reports[0].text for s in result.statements],
            [(n.evidence.text, n.kind) for n in result.non_quotations],
        )

    def test_the_word_is_a_term(self) -> None:
        """'the word "war"' and 'so-called "X"' mention words; nobody is quoted."""
        text = 'The readout avoids the word "war" and the so-called "red lines".'
        assert (
            [],
            [("war", NonQuotationKind.TERM), ("red lines", NonQuotationKind.TERM)],
        ) == self._split(text)

    def test_used_the_word_is_a_quotation(self) -> None:
        """'X used the word "war"' reports what X said."""
        assert (["war"], []) == self._split('Doe used the word "war" twice.')

    def test_generic_habit_is_a_scare_quote(self) -> None:
        """'leaders often speak about their "frank talks"' quotes no one."""
        text = 'It is rhetoric, as leaders often speak about their "frank talks".'
        assert ([], [("frank talks", NonQuotationKind.SCARE_QUOTE)]) == self._split(text)

    def test_specific_speaker_keeps_partial(self) -> None:
        """'Doe often speaks about "frank talks"' has a speaker: a partial quotation."""
        assert (["frank talks"], []) == self._split('Doe often speaks about "frank talks".')

    def test_quote_only_furniture_line_is_a_heading(self) -> None:
        """A page line that is only a quotation is read as a cross-heading."""
        text = "Body text.\n'RATIFY THE DEAL'\nAlso Read: 'Other story' here"
        kinds = {1: BlockKind.BOILERPLATE, 2: BlockKind.BOILERPLATE}
        assert (["RATIFY THE DEAL"], []) == self._split(text, kinds)


class TestApostrophes:
    def test_possessives_are_not_marks(self) -> None:
        """Letters on both sides, and word-final s' possessives, are apostrophes."""
        text = "China’s view, the US’ economy, two sides’ relations and CBS News' Margaret."
        assert [] == find_pairs(text, _blocks(text))

    def test_possessive_inside_single_quotation(self) -> None:
        """A possessive s’ before a lower-case word does not close a single quotation."""
        assert ["the two sides’ ties are vital"] == _quotes("‘the two sides’ ties are vital’ now")

    def test_plural_close_before_a_later_single_pair(self) -> None:
        """An s' close pairs with its straight opener when a ‘…’ pair opens later."""
        text = "Lee admits 'errors' at home as Kim warns of a ‘divided’ bloc"
        pairs = find_pairs(text, _blocks(text))
        assert [(12, 18), (47, 54)] == [(p.start, p.end) for p in pairs]
        assert ["errors", "divided"] == _quotes(text)

    def test_single_close_glued_to_a_time(self) -> None:
        """A live-page title's closing ' glued to the entry time still closes it."""
        text = "'We will stand firm'9:05 a.m. ET — by A. Reporter"
        pairs = find_pairs(text, _blocks(text))
        assert [(1, 19)] == [(p.start, p.end) for p in pairs]

    def test_digit_then_letter_is_an_apostrophe(self) -> None:
        """A mark between a digit and a letter ("the 1990's") is an apostrophe."""
        text = "in the 1990's boom"
        assert [] == find_pairs(text, _blocks(text))

    def test_closing_mark_before_comma(self) -> None:
        """A closing ’ followed by a comma closes the quotation."""
        assert ["de-risking"] == _quotes("between ‘de-risking’, decoupling")


_MARKS = st.sampled_from(list("\"'“”‘’ ab.,\n"))


class TestProperties:
    @settings(max_examples=150)
    @given(st.text(_MARKS, max_size=60))
    def test_every_double_mark_accounted_for(self, text: str) -> None:
        """Each double mark is the opening or closing mark of some recorded pair."""
        pairs = find_pairs(text, _blocks(text))
        used = {p.open_at for p in pairs} | {p.close_at for p in pairs if p.close_at is not None}
        marks = {i for i, char in enumerate(text) if char in '"“”'}
        assert set() == marks - used

    @settings(max_examples=150)
    @given(st.text(_MARKS, max_size=60))
    def test_pairs_lie_inside_their_marks(self, text: str) -> None:
        """A pair's words lie between its marks, inside its block."""
        blocks = _blocks(text)
        for pair in find_pairs(text, blocks):
            block = blocks[pair.block]
            assert block.start <= pair.open_at <= pair.start <= pair.end <= block.end
            # only a paragraph carried on without a double mark of its own starts at its words
            assert pair.open_at < pair.start or text[pair.open_at] not in '"“”'
