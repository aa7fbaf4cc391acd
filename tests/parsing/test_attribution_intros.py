"""Attribution shapes with no ordinary cue: toasts, colon introductions, opening phrases."""

from __future__ import annotations

import pytest

from diplomatic_events.knowledge import KnowledgeBase, Mention
from diplomatic_events.model import Actor, BlockKind
from diplomatic_events.parsing import parse
from diplomatic_events.parsing._attribution._introduced import Introduced
from diplomatic_events.parsing._statements import SourceStatements, extract_statements
from diplomatic_events.sources import read_source
from diplomatic_events.testing.sources import lines_source as _source
from diplomatic_events.typing import ActorId


def _said(result: SourceStatements) -> list[tuple[str, int, str | None]]:
    return [(s.reports[0].text, s.reports[0].start, s.speaker) for s in result.statements]


def _quoted_speakers(text: str, published: str) -> list[str | None]:
    """The speaker of each quotation parsing a page of ``text`` finds, in order."""
    page = read_source(text, source_id="r", published=published)
    return [s.speaker for s in parse([page]).all_statements() if s.kind.is_quoted]


def _speakers(text: str, knowledge: KnowledgeBase) -> list[str | None]:
    """The speaker of each statement found in ``text``, in order."""
    return [
        statement.speaker for statement in extract_statements(_source(text), knowledge).statements
    ]


class TestToasts:
    def test_raised_his_glass_to_is_a_cue(self, knowledge: KnowledgeBase) -> None:
        """'X raised his glass to "..."': the one raising the glass speaks the toast."""
        text = 'Tom Roe raised his glass to "the friendship of our peoples".'
        result = extract_statements(_source(text), knowledge)
        assert [("the friendship of our peoples", 29, "tom-roe")] == _said(result)


class TestColonIntroductions:
    def test_subject_of_a_clause_ending_in_a_colon(self, knowledge: KnowledgeBase) -> None:
        """'she shrugged: "..."' is hers, not the last speaker's."""
        text = (
            'Tom Roe said the talks were "fine".\n'
            "Jane Doe was due home. Asked if she was nervous, she shrugged: "
            '"I am here. It is safe."'
        )
        result = extract_statements(_source(text), knowledge)
        assert [("fine", 29, "tom-roe"), ("I am here. It is safe.", 100, "jane-doe")] == _said(
            result
        )

    def test_a_description_before_the_subject_keeps_it_the_subject(
        self, knowledge: KnowledgeBase
    ) -> None:
        """'the commander of the Guard (Adjutant General) Colonel Tom Roe posed this
        question to Jane Doe: "..."': the described subject asks, not the one asked."""
        text = (
            "Jane Doe hosted the visit. Recently, the commander of the Vermont National Guard"
            " (Adjutant General of Vermont) Colonel Tom Roe posed this question to President"
            ' Jane Doe: "How can we build on the partnership?"'
        )
        assert ["tom-roe"] == _speakers(text, knowledge)


class TestColonAfterAppositives:
    def test_subject_before_appositives_and_a_bare_predicate(
        self, knowledge: KnowledgeBase
    ) -> None:
        """'Her neighbour, Ana Lis, a nurse, was less sure: "..."' is Ana Lis's, not the
        woman quoted just before."""
        text = (
            'Jane Doe said it was "fine". Her neighbour, Ana Lis, a retired nurse, '
            'was less sure: "It will not last."'
        )
        result = extract_statements(_source(text), knowledge)
        assert [("fine", 22, "jane-doe"), ("It will not last.", 86, "ana-lis")] == _said(result)


class TestOpeningPhrases:
    def test_name_after_an_asked_phrase_is_the_subject(self, knowledge: KnowledgeBase) -> None:
        """In 'Asked whether he would back Bob Lee, Tom Roe was careful', "he" later is Roe."""
        text = (
            'Jane Doe joked about "cricket".\n'
            "Asked whether he would back the defence secretary, Bob Lee, to lead Nato, "
            'Tom Roe was careful. "That is possible," he said.'
        )
        result = extract_statements(_source(text), knowledge)
        assert [("cricket", 22, "jane-doe"), ("That is possible,", 128, "tom-roe")] == _said(result)


class TestInstitutionSpokespeople:
    def test_spokesperson_subject_of_a_participle_cue(self, knowledge: KnowledgeBase) -> None:
        """'The European Commission's spokesperson limited herself to ..., saying' names her."""
        text = (
            'Jane Doe said it was "fine".\n'
            "The European Commission’s spokesperson limited herself to a written response, "
            'saying candidates should "progressively align" with it.'
        )
        result = extract_statements(_source(text), knowledge)
        assert [
            ("fine", 22, "jane-doe"),
            ("progressively align", 133, "unnamed-european-commission-spokesperson"),
        ] == _said(result)

    def test_country_foreign_ministry_in_a_statement(self, knowledge: KnowledgeBase) -> None:
        """'Ukraine's foreign ministry, in a statement, said ...' is the ministry's."""
        text = (
            'Jane Doe said it was "fine".\n'
            "Ukraine’s foreign ministry, in a statement, said the sides agreed to "
            '"intensify dialogue".'
        )
        result = extract_statements(_source(text), knowledge)
        assert [
            ("fine", 22, "jane-doe"),
            ("intensify dialogue", 99, "ukrainian-ministry-of-foreign-affairs"),
        ] == _said(result)


class TestHeadlineTitles:
    def test_pm_and_surname_in_a_headline(self, knowledge: KnowledgeBase) -> None:
        """ "'We are ready': PM Roe tells Doe" is Roe's."""
        text = "'We are ready': PM Roe tells Doe in Oslo\nTom Roe met Jane Doe on Friday."
        result = extract_statements(_source(text, {0: BlockKind.HEADLINE}), knowledge)
        assert [("We are ready", 1, "tom-roe")] == _said(result)


class TestDocumentsReportingPeople:
    def test_according_to_a_joint_statement_keeps_the_subject(
        self, knowledge: KnowledgeBase
    ) -> None:
        """'Roe invited Doe "..." , according to the joint statement' is Roe's, not the last
        institution quoted."""
        text = (
            "Ukraine’s foreign ministry, in a statement, said talks would "
            '"intensify dialogue".\n'
            'Tom Roe invited Jane Doe to visit "at the earliest convenience", an invitation '
            "she accepted, according to the joint statement."
        )
        result = extract_statements(_source(text), knowledge)
        assert [
            ("intensify dialogue", 62, "ukrainian-ministry-of-foreign-affairs"),
            ("at the earliest convenience", 118, "tom-roe"),
        ] == _said(result)


class TestSpeakerIntroducedInTheParagraph:
    def test_a_quotation_opening_a_sentence_after_one_whose_subject_speaks(
        self, knowledge: KnowledgeBase
    ) -> None:
        """'This is Defense Secretary Tom Roe responding to the report. "We are aware ..."':
        the quotation is his, though no cue stands in its own sentence."""
        text = (
            "A team was shot at near the town.\n"
            "This is Defense Secretary Tom Roe responding to the report. "
            '"We are very much aware of the delay the regime imposed."'
        )
        assert ["tom-roe"] == _speakers(text, knowledge)


class TestPressReleaseLead:
    def test_a_first_person_quotation_paragraph_is_the_lead_s(
        self, knowledge: KnowledgeBase
    ) -> None:
        """A release opening "Minister of Defence Tom Roe departs for Fiji tomorrow ..." and
        then '"I met with Minister Jane Doe earlier this year ..."' with no cue: Roe's."""
        text = (
            "Minister of Defence Tom Roe departs for Fiji tomorrow to meet Minister Jane Doe.\n"
            "The annual meeting will take place in Suva.\n"
            '"I met with Minister Doe earlier this year and we agreed to sit down."'
        )
        assert ["tom-roe"] == _speakers(text, knowledge)

    def test_a_quotation_naming_the_lead_is_not_the_lead_s(self, knowledge: KnowledgeBase) -> None:
        """The same paragraph naming Roe himself is someone else's words about him."""
        text = (
            "Minister of Defence Tom Roe departs for Fiji tomorrow to meet Minister Jane Doe.\n"
            "The annual meeting will take place in Suva.\n"
            '"I look forward to welcoming Minister Roe to Suva."'
        )
        assert [None] == _speakers(text, knowledge)

    def test_a_quotation_cut_off_by_the_excerpt_is_the_lead_s(
        self, knowledge: KnowledgeBase
    ) -> None:
        """An excerpt ending inside '"Working together, our ...' lost its attribution: the
        lead's, though the words are not in the first person singular."""
        text = (
            "Minister of Defence Tom Roe departs for Fiji tomorrow to meet Minister Jane Doe.\n"
            "The annual meeting will take place in Suva.\n"
            '"Working together, our governments are better ab'
        )
        assert ["tom-roe"] == _speakers(text, knowledge)

    def test_a_quotation_closed_right_after_the_lead_is_the_lead_s(
        self, knowledge: KnowledgeBase
    ) -> None:
        """The same words, not cut off, as the paragraph right after the lead: the lead's
        subject's (the evaluation's "in the previous sentence with no cue of its own")."""
        text = (
            "Minister of Defence Tom Roe departs for Fiji tomorrow to meet Minister Jane Doe.\n"
            '"Working together, our governments are better able to act."\n'
            "The annual meeting will take place in Suva."
        )
        assert ["tom-roe"] == _speakers(text, knowledge)

    def test_a_closed_quotation_after_a_later_paragraph_is_no_one_s(
        self, knowledge: KnowledgeBase
    ) -> None:
        """The same words after a paragraph that is not the lead, not cut off and not in the
        first person: no one's."""
        text = (
            "Minister of Defence Tom Roe departs for Fiji tomorrow to meet Minister Jane Doe.\n"
            "The annual meeting will take place in Suva.\n"
            '"Working together, our governments are better able to act."\n'
            "The meeting ends on Friday."
        )
        assert [None] == _speakers(text, knowledge)


class TestPronounPointingAhead:
    def test_a_pronoun_in_an_opening_phrase_is_the_subject_after_the_comma(
        self, knowledge: KnowledgeBase
    ) -> None:
        """'MANILA, Aug. 30 – On the last stop of what he called a "very productive" trip,
        Defense Secretary Tom Roe met ...': his words, though Jane Doe was named before."""
        text = (
            "Jane Doe spoke first.\n"
            "MANILA, Aug. 30, 2013 – On the last stop of what he called a “very productive”"
            " trip, Defense Secretary Tom Roe met the president."
        )
        assert ["tom-roe"] == _speakers(text, knowledge)


class TestTheFollowingStatement:
    @pytest.mark.parametrize(
        "intro",
        [
            "Rep. Ed Royce (R-CA) released the following statement after meeting with Iraqi"
            " Prime Minister Haider al-Abadi:",
            "Rep. Ed Royce issued this statement after meeting with Iraqi Prime Minister"
            " Haider al-Abadi.",
            "Rep. Ed Royce, chairman of the committee, also gave opening remarks during the"
            " ceremony with Iraqi Prime Minister Haider al-Abadi.",
        ],
    )
    def test_the_subject_who_put_the_words_out_said_them(self, intro: str) -> None:
        """ "X released the following statement after meeting with Prime Minister Y:": the
        quotation after it is X's, not that of Y, named last."""
        text = (
            f"Royce meets al-Abadi\n\n{intro}\n\n“Last April I had the opportunity to meet"
            " with Prime Minister al-Abadi in Baghdad at a tense time.”\n"
        )
        page = read_source(text, source_id="r", published="2017-03-21")
        (statement,) = [s for s in parse([page]).all_statements() if s.kind.is_quoted]
        assert "ed-royce" == statement.speaker

    def test_a_spokesman_s_readout_is_his(self) -> None:
        """ "Press Secretary X provided the following readout:" and the readout's paragraphs
        in marks: X's words, not the department's that put the page out."""
        text = (
            "Readout of Secretary Ola Berg's Meeting with Minister Tiko Rask\n\n"
            "Pentagon Press Secretary Tom Roe provided the following readout:\n\n"
            '"Secretary of Defense Ola Berg met today at the Pentagon with Minister Tiko Rask.\n\n'
            '"The leaders also discussed the health emergency in Africa."\n'
        )
        assert ["tom-roe", "tom-roe"] == _quoted_speakers(text, "2014-10-07")

    def test_the_following_statement_reaches_past_the_rest_of_its_paragraph(self) -> None:
        """ "X issued the following statement on the delegation ... . After arriving, the
        delegation met with A; and B.": "the following" points past the paragraph's later
        sentences to the quotations after it (a statement of two paragraphs), which are X's."""
        text = (
            "Pelosi in Havana\n\nHavana – Democratic Leader Nancy Pelosi issued the following"
            " statement on the first official delegation to visit Cuba. After arriving in"
            " Havana, the delegation met with the Minister of Foreign Affairs, Bruno Rodriguez"
            " Parrilla; and Members of the National Assembly.\n\n"
            '"On our first day in Cuba, we were greeted by the Chief of Mission, Ambassador'
            ' Jeffrey DeLaurentis, and his team. We are proud of them.\n\n"Our first official'
            ' bilateral meeting was with the Vice President of the National Assembly."\n'
        )
        assert ["nancy-pelosi", "nancy-pelosi"] == _quoted_speakers(text, "2015-02-19")


class TestOwnWordsInALabelledSpeech:
    @pytest.mark.parametrize(
        ("cue", "expected"),
        [
            pytest.param("And I say:", ["tom-roe"], id="a cue of the speaker's own words"),
            pytest.param("And as we always say,", ["tom-roe"], id="a habit of saying"),
            pytest.param("As a poet once put it,", [None], id="someone else's words"),
        ],
    )
    def test_marks_the_labelled_speaker_opens_are_his(
        self, cue: str, expected: list[str | None]
    ) -> None:
        """ "PRESIDENT ROE: ... I say: “We're lucky.”": words in marks a transcript's
        speaker opens as his own are his; words he says are someone else's stay no one's."""
        text = (
            "Remarks by President Tom Roe and Prime Minister Ana Lis\n\n"
            "PRESIDENT ROE: It has been too long between meetings.\n\n"
            "I last came here in 2016, and I was made welcome."
            f' {cue} "We are lucky to have such neighbours." We differ in degree only.\n\n'
            "PRIME MINISTER LIS: Thank you.\n"
        )
        assert expected == _quoted_speakers(text, "2023-03-24")


class TestOpeningPhraseBeforeTheSubject:
    def test_a_phrase_before_the_subject_keeps_him_the_speaker(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "Following their meeting, Secretary X thanked Y for “...”": the partial quote is
        X's, the sentence's subject after its opening phrase."""
        text = (
            "Tom Roe and Jane Doe met today.\n"
            "Following their meeting, Secretary Tom Roe thanked Minister Jane Doe for"
            ' "always being willing to step up" on major crises.'
        )
        assert ["tom-roe"] == _speakers(text, knowledge)


class TestIntroducedMentions:
    def test_only_those_who_may_be_discovered_people_by_bisection(self) -> None:
        """A block's mentions of discovered people (and of actors the knowledge lacks), in
        order; a known person's are left out; each actor's first mention kept."""
        knowledge = KnowledgeBase().with_actors(
            [
                Actor(id=ActorId("ana-lis"), name="Ana Lis", discovered=True),
                Actor(id=ActorId("olaf-scholz"), name="Olaf Scholz"),
            ]
        )
        mentions = [
            Mention(actor=ActorId("ana-lis"), start=0, end=7, text="Ana Lis"),
            Mention(actor=ActorId("olaf-scholz"), start=10, end=21, text="Olaf Scholz"),
            Mention(actor=ActorId("someone"), start=30, end=37, text="Someone"),
            Mention(actor=ActorId("ana-lis"), start=40, end=47, text="Ana Lis"),
        ]
        listed = Introduced(knowledge, mentions)
        assert ([mentions[2], mentions[3]], mentions[0]) == (
            listed.between(5, 41),
            listed.first[ActorId("ana-lis")],
        )
