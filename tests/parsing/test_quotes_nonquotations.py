"""Quotation marks that hold no one's words: related-link lists and headline scare quotes."""

from __future__ import annotations

import pytest

from diplomatic_events.knowledge import KnowledgeBase, load_knowledge
from diplomatic_events.model import BlockKind, NonQuotationKind
from diplomatic_events.parsing import parse_source
from diplomatic_events.parsing._statements import extract_statements
from diplomatic_events.sources import read_source
from diplomatic_events.testing.sources import lines_source as _source


@pytest.fixture(scope="module")
def knowledge() -> KnowledgeBase:
    return load_knowledge()


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


def _terms(text: str, knowledge: KnowledgeBase) -> list[tuple[NonQuotationKind, str, int]]:
    result = extract_statements(_source(text), knowledge)
    return [(n.kind, n.evidence.text, n.evidence.start) for n in result.non_quotations]


class TestNamesOfThings:
    def test_name_after_a_naming_verb_and_article(self, knowledge: KnowledgeBase) -> None:
        """'what the office called the "Harbour Accord"' names a pact; nobody said it."""
        text = 'Lee praised the deal the office called the "Harbour Accord" on Monday.'
        assert [(NonQuotationKind.TERM, "Harbour Accord", 44)] == _terms(text, knowledge)

    def test_name_after_aboard_without_cue(self, knowledge: KnowledgeBase) -> None:
        """'aboard "Sea Star One"' is the name of a ship."""
        text = 'Lee arrived from Oslo aboard "Sea Star One", the ferry of state.'
        assert [(NonQuotationKind.TERM, "Sea Star One", 30)] == _terms(text, knowledge)

    def test_name_of_a_place_after_at_with_a_comma_inside(self, knowledge: KnowledgeBase) -> None:
        """'mourners at "Harbour Square," while ...' name a square; the comma is the writer's."""
        text = 'Mourners gathered at "Harbour Square," while the ferry docked.'
        assert [(NonQuotationKind.TERM, "Harbour Square,", 22)] == _terms(text, knowledge)

    def test_short_name_defined_in_parentheses(self, knowledge: KnowledgeBase) -> None:
        """'the Economic Policy Committee ("Economic 2+2")' defines a short name."""
        text = 'They met at the Economic Policy Committee ("Economic 2+2") on Monday.'
        assert [(NonQuotationKind.TERM, "Economic 2+2", 44)] == _terms(text, knowledge)

    def test_words_said_in_parentheses_stay_quoted(self, knowledge: KnowledgeBase) -> None:
        """'(“It went well,” Lee said)' is speech in parentheses, not a defined name."""
        text = 'The talks ran late ("It went well," Lee said) on Monday.'
        assert [] == _terms(text, knowledge)

    def test_lowercase_words_after_an_article_stay_quoted(self, knowledge: KnowledgeBase) -> None:
        """'called it a "turning point"' is a quotation: the words are not a name."""
        text = 'Lee called it a "turning point for both of us".'
        assert [] == _terms(text, knowledge)

    def test_concept_after_building_in_a_noun_phrase(self, knowledge: KnowledgeBase) -> None:
        """'a statement on building a "ring of shared hope"' names a concept."""
        text = 'The talks ended with a statement on building a "ring of shared hope".'
        assert [(NonQuotationKind.TERM, "ring of shared hope", 48)] == _terms(text, knowledge)

    def test_capitals_in_a_headline_name_nothing(self, knowledge: KnowledgeBase) -> None:
        """Headline words are all capitalised: 'Lee Warns of a "Very Hard Winter"' is quoted."""
        text = 'Lee Warns of a "Very Hard Winter"'
        result = extract_statements(_source(text, {0: BlockKind.HEADLINE}), knowledge)
        assert [("Very Hard Winter", 16)] == [
            (s.reports[0].text, s.reports[0].start) for s in result.statements
        ]


class TestNamesGiven:
    def test_so_called_with_words_between(self, knowledge: KnowledgeBase) -> None:
        """'its so-called economic and military "pivot"' names a policy; nobody is quoted."""
        text = 'Critics fault its so-called economic and military "pivot" to Asia.'
        assert [(NonQuotationKind.TERM, "pivot", 51)] == _terms(text, knowledge)

    def test_a_thing_called_x(self, knowledge: KnowledgeBase) -> None:
        """'a new platform called "SSN-AUKUS,"' is a name, with a comma inside the marks."""
        text = 'Lee said they will develop a new platform called "SSN-AUKUS," by 2040.'
        assert [(NonQuotationKind.TERM, "SSN-AUKUS,", 50)] == _terms(text, knowledge)

    def test_passive_often_called(self, knowledge: KnowledgeBase) -> None:
        """'issues that are often called the "root causes"' is a name the issues have."""
        text = 'There are issues that are often called the "root causes" of migration.'
        assert [(NonQuotationKind.TERM, "root causes", 44)] == _terms(text, knowledge)

    def test_what_someone_called_is_a_quotation(self, knowledge: KnowledgeBase) -> None:
        """'what White House officials called "a new era"' reports the officials' words."""
        text = 'The summit opened what White House officials called "a new era" of ties.'
        assert [] == _terms(text, knowledge)

    def test_what_he_called_is_a_quotation(self, knowledge: KnowledgeBase) -> None:
        """'what he called a "very productive" trip': his words."""
        text = 'Lee ended what he called a "very productive" trip.'
        assert [] == _terms(text, knowledge)


class TestTitlesOfWorks:
    def test_a_title_case_title_is_no_speech(self, knowledge: KnowledgeBase) -> None:
        """'spoke on the panel "From the Fjords to the Sea: Answering New Threats"' names a
        panel in title case; no one said it."""
        text = 'Lee spoke on the panel "From the Fjords to the Sea: Answering New Threats" today.'
        assert [
            (NonQuotationKind.TITLE, "From the Fjords to the Sea: Answering New Threats", 24)
        ] == _terms(text, knowledge)

    def test_title_case_words_said_by_someone_are_speech(self, knowledge: KnowledgeBase) -> None:
        """'"Peace Through Strength Works Again," Lee said' has a cue: a quotation."""
        text = 'The minister smiled. "Peace Through Strength Works Again," Lee said.'
        assert [] == _terms(text, knowledge)

    def test_sentence_case_stays_quoted(self, knowledge: KnowledgeBase) -> None:
        """'a "very hard winter for all of us"' is not a title: its words are lower case."""
        text = 'Lee warned of "A very hard winter for all of us in Oslo" on Monday.'
        assert [] == _terms(text, knowledge)


class TestNamesInAHeadline:
    def test_a_name_in_a_sentence_case_headline_is_no_speech(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "US, Zedland air forces conduct first-ever virtual ’Airman-to-Airman Talks’": a
        headline in sentence case, whose words in marks are a name in title case."""
        text = (
            "US, Zedland air forces conduct first-ever virtual ’Airman-to-Airman Talks’\n\n"
            "The two air forces met online on Monday for their annual talks.\n"
        )
        result = extract_statements(read_source(text), knowledge)
        assert [(NonQuotationKind.TERM, "Airman-to-Airman Talks")] == [
            (n.kind, n.evidence.text) for n in result.non_quotations
        ]

    def test_a_title_in_a_sentence_case_head_line_is_no_speech(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "Remarks by ... at the public event “A Conversation with H.E. Tom Roe” at the
        Atlantic Council", a line of the page's head under its headline: the words in marks
        are the event's title."""
        text = (
            "European Union External Action\n\n"
            "Remarks by High Representative Tom Roe at the public event “A Conversation with"
            " H.E. Tom Roe” at the Atlantic Council\n\n"
            "Thank you all for coming. I am glad to be here with you today.\n"
        )
        source = read_source(text)
        result = extract_statements(source, knowledge)
        assert (
            [BlockKind.HEADLINE, BlockKind.SUMMARY, BlockKind.BODY],
            [(NonQuotationKind.TITLE, "A Conversation with H.E. Tom Roe")],
            (),
        ) == (
            [b.kind for b in source.blocks],
            [(n.kind, n.evidence.text) for n in result.non_quotations],
            result.statements,
        )

    def test_title_case_words_in_a_title_case_headline_stay_quoted(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "Lee Says Zedland Will ’Never Give Up’": every word of the headline is
        capitalised, so its marks may hold speech."""
        text = (
            "Lee Says Zedland Will ’Never Give Up’\n\n"
            "The minister spoke to reporters in Zedville on Monday about the talks.\n"
        )
        result = extract_statements(read_source(text), knowledge)
        assert [] == [n.evidence.text for n in result.non_quotations]


class TestChromeLines:
    def test_trending_line_holds_titles(self) -> None:
        """'Trending: "X": ... | Y' is a line of links to other stories."""
        text = (
            "Lee visits Oslo\n\nTrending: 'It is not over': a mystery | Markets | Weather\n\n"
            'Lee said the talks were "useful" on Monday.\n'
        )
        extraction = parse_source(text)
        assert ["useful"] == [r.text for s in extraction.statements for r in s.reports]

    def test_lines_under_related_on_site_are_titles(self) -> None:
        """Short lines under 'Related on Example Hub' are links, bullets or not."""
        text = (
            'Lee visits Oslo\n\nLee said the talks were "useful" on Monday.\n\n'
            "Related on Example Hub\n'We will watch closely': Oslo reacts\nLee's day, in pictures\n"
        )
        extraction = parse_source(text)
        assert ["useful"] == [r.text for s in extraction.statements for r in s.reports]


def _kinds(text: str, knowledge: KnowledgeBase) -> list[tuple[NonQuotationKind, str, int, int]]:
    result = extract_statements(_source(text), knowledge)
    return [
        (n.kind, n.evidence.text, n.evidence.start, n.evidence.end) for n in result.non_quotations
    ]


class TestDesignations:
    def test_a_named_partnership_is_a_term(self, knowledge: KnowledgeBase) -> None:
        """'announced a "deep green partnership"' names an agreement, it quotes no one."""
        text = 'The two sides announced a "deep green partnership" on Monday.'
        assert [(NonQuotationKind.TERM, "deep green partnership", 27, 49)] == _kinds(
            text, knowledge
        )

    def test_a_label_before_a_designation_is_a_term(self, knowledge: KnowledgeBase) -> None:
        """'their "rock-solid" alliance': a label of the alliance, no speech cue."""
        text = 'The two leaders praised their "rock-solid" alliance.'
        assert [(NonQuotationKind.TERM, "rock-solid", 31, 41)] == _kinds(text, knowledge)

    def test_a_section_title_naming_an_agenda_is_a_term(self, knowledge: KnowledgeBase) -> None:
        """A cross-heading "'Green agenda': trade and ports" names a programme, no one speaks."""
        text = "‘Green agenda’: trade and ports"
        assert [(NonQuotationKind.TERM, "Green agenda", 1, 13)] == _kinds(text, knowledge)

    def test_a_title_case_name_with_joiners_is_a_term(self, knowledge: KnowledgeBase) -> None:
        """A proper name 'Blue and Open Ocean Partnership' after 'said ... under the' is a term."""
        text = (
            "The ministry said they reviewed progress under the 'Blue and Open Ocean Partnership'."
        )
        assert [(NonQuotationKind.TERM, "Blue and Open Ocean Partnership", 52, 83)] == _kinds(
            text, knowledge
        )

    def test_lower_case_joined_phrase_after_said_stays_quoted(
        self, knowledge: KnowledgeBase
    ) -> None:
        """'said it was a "fair and open partnership"' in lower case is speech."""
        text = 'Mayor Ann Lee said they had a "fair and open partnership" now.'
        assert [] == _kinds(text, knowledge)

    def test_evaluative_words_after_an_article_stay_quoted(self, knowledge: KnowledgeBase) -> None:
        """'praised Ray for a "warm and honest" partnership' quotes the one praising."""
        text = 'Ann Lee met Bo Ray. Lee praised Ray for a "warm and honest" partnership.'
        assert [] == _kinds(text, knowledge)

    def test_a_verb_of_saying_keeps_the_quote(self, knowledge: KnowledgeBase) -> None:
        """'said they had a "deep green partnership"' reports the speaker's words."""
        text = 'Mayor Ann Lee said they had built "deep green partnership" at last.'
        assert [] == _kinds(text, knowledge)

    def test_a_phrase_with_an_article_is_speech(self, knowledge: KnowledgeBase) -> None:
        """'wants to "stabilize the relationship"' is a fragment of speech, not a name."""
        text = 'Mayor Ann Lee wants to "stabilize the relationship" soon.'
        assert [] == _kinds(text, knowledge)


class TestSigns:
    def test_words_on_a_sign_are_a_term(self, knowledge: KnowledgeBase) -> None:
        """'placards reading "Go home"' shows words on a placard, nobody says them."""
        text = 'Protesters held placards reading "Go home now" outside.'
        assert [(NonQuotationKind.TERM, "Go home now", 34, 45)] == _kinds(text, knowledge)


class TestOneWordNames:
    @pytest.mark.parametrize(
        "text",
        [
            "Gen. “Hawk” Carlisle, the Pacific Air Forces commander, joined the talks.",
            "Carter flew to Qayyarah Airfield West, also called “Q-West”, in northern Iraq.",
            "He delivered a foreign policy speech entitled ‘Futures’ in Tokyo.",
        ],
    )
    def test_a_nickname_or_a_name_given_is_no_quotation(
        self, knowledge: KnowledgeBase, text: str
    ) -> None:
        """A one-word nickname inside a name, or a name after "called"/"entitled", is a term."""
        result = extract_statements(_source(text), knowledge)
        assert ([], [NonQuotationKind.TERM]) == (
            [s.reports[0].text for s in result.statements],
            [n.kind for n in result.non_quotations],
        )

    def test_a_nickname_in_a_caption_is_no_quotation(self, knowledge: KnowledgeBase) -> None:
        """A photo caption's 'Gen. John W. "Jay" Raymond, ... smiles' holds a nickname."""
        text = 'Gen. John W. "Jay" Raymond, chief of space operations, smiles at the base.'
        result = extract_statements(_source(text, {0: BlockKind.CAPTION}), knowledge)
        assert ([], [NonQuotationKind.TERM]) == (
            [s.reports[0].text for s in result.statements],
            [n.kind for n in result.non_quotations],
        )

    def test_one_quoted_word_a_speaker_says_stays_a_quotation(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "Relations are 'Excellent,' Tom Roe said": a word someone said, attributed."""
        text = "Relations are “Excellent,” Tom Roe said."
        result = extract_statements(_source(text), knowledge)
        assert ["Excellent,"] == [s.reports[0].text for s in result.statements]


class TestNamesInTitleCase:
    @pytest.mark.parametrize(
        "text",
        [
            'Police used a water cannon on "Bayan Muna" activists near the palace.',
            "The ships of the “Dragon Group” sailed past the island on Monday.",
        ],
    )
    def test_two_capitalised_words_no_one_says_are_a_name(
        self, knowledge: KnowledgeBase, text: str
    ) -> None:
        """Two or three capitalised words in marks with no speech cue name something."""
        result = extract_statements(_source(text), knowledge)
        assert ([], [NonQuotationKind.TERM]) == (
            list(result.statements),
            [n.kind for n in result.non_quotations],
        )


class TestTitlesInTitleCase:
    def test_a_title_with_long_prepositions_in_lower_case_is_a_title(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "the theme of the Summit, “Enhancing Capacity through Partnership in Africa,”": a
        title whose prepositions are in lower case ("through") is no one's speech."""
        text = (
            "I am pleased that the theme of the Summit, “Enhancing Capacity through Partnership"
            " in Africa,” reflected our joint priorities."
        )
        result = extract_statements(_source(text), knowledge)
        assert ([], [NonQuotationKind.TITLE]) == (
            list(result.statements),
            [n.kind for n in result.non_quotations],
        )


class TestMottoes:
    def test_a_creed_in_marks_is_no_one_s_speech(self, knowledge: KnowledgeBase) -> None:
        """ "give life to your creed — that “Argentine virtue is strength and study.”": a
        body's motto, a sentence no one is saying now."""
        text = (
            "The university gives life to its creed — that “Ruritanian virtue is strength and"
            " study.” Good wise words for all of us."
        )
        result = extract_statements(_source(text), knowledge)
        assert ([], [NonQuotationKind.TERM]) == (
            list(result.statements),
            [n.kind for n in result.non_quotations],
        )


class TestUnattributedWords:
    @pytest.mark.parametrize(
        "text",
        [
            "Women wore traditional “khanga” skirts along the route.",
            "The leaders reflected on the ‘living bridge’ between their peoples.",
        ],
    )
    def test_a_few_words_no_one_says_are_a_scare_quote(
        self, knowledge: KnowledgeBase, text: str
    ) -> None:
        """A few words in marks with no speaker found, no speech cue and no person named
        before them in their clause: a term, not a quotation of no one."""
        assert [NonQuotationKind.SCARE_QUOTE] == [k for k, _, _, _ in _kinds(text, knowledge)]

    @pytest.mark.parametrize(
        "text",
        [
            'Mayor Ann Lee wants to "stabilize ties" soon.',
            "The crowd chanted “peace now” in the rain.",
            "Nobody knew why the hall stayed “cold, quiet and empty for days” then.",
        ],
    )
    def test_a_person_a_cue_or_a_longer_span_keeps_the_quotation(
        self, knowledge: KnowledgeBase, text: str
    ) -> None:
        """Words after a person named in their clause, words a cue governs, and a span of
        more than four words stay quotations."""
        assert [] == _kinds(text, knowledge)

    def test_a_headline_s_few_words_stay_a_quotation(self, knowledge: KnowledgeBase) -> None:
        """ "Obama Praises 'Strong' Ties with Japan": a headline's words in marks are most
        often its subject's."""
        text = "Leader praises ‘calm’ ties at start of visit\nThe visit began on Monday."
        result = extract_statements(_source(text, {0: BlockKind.HEADLINE}), knowledge)
        assert ["calm"] == [s.reports[0].text for s in result.statements]


class TestMarksAroundNoWords:
    @pytest.mark.parametrize(
        ("text", "quoted", "reason"),
        [
            (
                'The talks ended.<image>![photo]("https://example.org/a.jpg")</image> Berg spoke.',
                "https://example.org/a.jpg",
                "an address, not words",
            ),
            (
                "Gen. Michael “Erik” Kurilla met the minister on Monday.",
                "Erik",
                "a nickname inside a name",
            ),
            (
                'Leaders met in <span class="863350514-04062013">Moscow</span> on Monday.',
                "863350514-04062013",
                "markup, not words",
            ),
            ('Berg spoke of trade and migration "." and left for Nairobi.', ".", "no words"),
            (
                "Berg met Prime Minister Pushpa Kamal Dahal 'Prachanda', and the minister.",
                "Prachanda",
                "a nickname after a name",
            ),
        ],
    )
    def test_an_address_or_a_nickname_is_no_one_s_words(
        self, knowledge: KnowledgeBase, text: str, quoted: str, reason: str
    ) -> None:
        """A web address in page markup and a nickname between a given name and a surname
        are kept as non-quotations, never attributed to anyone."""
        result = extract_statements(_source(text, {}), knowledge)
        assert ([], [(NonQuotationKind.TERM, quoted, reason)]) == (
            list(result.statements),
            [(n.kind, n.evidence.text, n.reason) for n in result.non_quotations],
        )

    def test_a_capitalised_word_in_a_title_is_quoted_there(self, knowledge: KnowledgeBase) -> None:
        """In a title every word is capitalised: "Carter Hails 'Ironclad' Relationship" quotes
        a word, no nickname, unless the prose writes the same name with it."""
        text = "Carter Hails 'Ironclad' Relationship\n\nThe talks in Manila ended on Monday."
        result = extract_statements(_source(text, {0: BlockKind.HEADLINE}), knowledge)
        assert ["Ironclad"] == [s.reports[0].text for s in result.statements]
