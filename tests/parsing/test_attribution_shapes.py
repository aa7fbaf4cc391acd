"""More attribution shapes: cue words, titles of party leaders, unknown names after titles."""

from __future__ import annotations

import pytest

from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.model import BlockKind
from diplomatic_events.parsing._statements import SourceStatements, extract_statements
from diplomatic_events.testing.sources import lines_source as _source


def _said(result: SourceStatements) -> list[tuple[str, str | None]]:
    return [(s.reports[0].text, s.speaker) for s in result.statements]


class TestCueWords:
    def test_joked_is_a_cue(self, knowledge: KnowledgeBase) -> None:
        """'while X joked that he had "…"' is X's, not the subject of the earlier clause."""
        text = (
            'Jane Doe called it "a proud moment", while Tom Roe joked that he had '
            '"been practicing".'
        )
        result = extract_statements(_source(text), knowledge)
        assert [("a proud moment", "jane-doe"), ("been practicing", "tom-roe")] == _said(result)


class TestNameRightAfterTheCue:
    def test_the_first_name_after_said_spoke(self, knowledge: KnowledgeBase) -> None:
        """'"...," said Lt. Gen. Tom Roe, the army's chief, as he and Jane Doe signed': the
        name right after "said" spoke, not one named later in the clause."""
        text = (
            "Maj. Gen. Jane Doe, the commander, spoke first.\n\n"
            '"This is a valuable exchange," said Lt. Gen. Tom Roe, the army\'s chief of staff,'
            " as he and Doe signed the plan.\n"
        )
        result = extract_statements(_source(text), knowledge)
        assert [("This is a valuable exchange,", "tom-roe")] == _said(result)


class TestInitialsOfAGivenName:
    @pytest.mark.parametrize("initials", ["K.K.", "KK"])
    def test_two_initials_open_a_titled_name(self, knowledge: KnowledgeBase, initials: str) -> None:
        """'"...," said Maj. Gen. K.K. Chinn, the commander': two initials are the given
        name, and their stops end no sentence after a rank."""
        text = f'"Our armies are close," said Maj. Gen. {initials} Tomlin, the commander.\n'
        result = extract_statements(_source(text), knowledge)
        assert [("Our armies are close,", "kk-tomlin")] == _said(result)

    def test_a_place_s_initials_still_end_a_sentence(self, knowledge: KnowledgeBase) -> None:
        """ "in Washington, D.C. '...,' said Gen. Tom Roe": a place's initials, after no
        rank, end their sentence."""
        text = 'He met officials in Washington, D.C. "It went well," said Gen. Tom Roe.\n'
        result = extract_statements(_source(text), knowledge)
        assert [("It went well,", "tom-roe")] == _said(result)


class TestNamedWithoutAVerb:
    @pytest.mark.parametrize(
        "after",
        [
            pytest.param(" U.S. Air Force Chief of Staff Gen. Tom Roe, Jr. ", id="title and name"),
            pytest.param(" Roe. ", id="surname alone"),
        ],
    )
    def test_a_name_alone_after_a_comma_s_quotation_spoke(
        self, knowledge: KnowledgeBase, after: str
    ) -> None:
        """ "“These events promote dialogue ...,” U.S. Air Force Chief of Staff Gen. Tom Roe,
        Jr. “This year's ...”": the verb is left out, the name alone says who spoke, not a
        country the paragraph before lists."""
        text = (
            "The nations include: Algeria, Angola, Benin and Equatorial Guinea.\n\n"
            "Gen. Tom Roe opened the symposium.\n\n"
            f"“These events promote dialogue and help bridge our capabilities,”{after}“This"
            " year's symposium is focused on security.”\n"
        )
        result = extract_statements(_source(text), knowledge)
        assert (
            "These events promote dialogue and help bridge our capabilities,",
            "tom-roe",
        ) in _said(result)


class TestSignedAfterADash:
    def test_a_name_and_its_description_after_a_dash(self, knowledge: KnowledgeBase) -> None:
        """'"..." - Gen. Tom Roe, commanding general of the army in Europe and Africa': the
        name after the dash signs the quotation, whatever its description's length."""
        text = (
            '"Ghana is a vital partner in West Africa." - Gen. Tom Roe, commanding general of'
            " U.S. Army Europe and Africa\n"
        )
        result = extract_statements(_source(text), knowledge)
        assert [("Ghana is a vital partner in West Africa.", "tom-roe")] == _said(result)

    def test_a_name_and_its_description_ending_the_paragraph(
        self, knowledge: KnowledgeBase
    ) -> None:
        """'"... in Palau." Lt. Gen. Tom Roe, commander of the force': no dash, but the name
        and its description alone end the paragraph: a signature."""
        text = (
            "The general toured the projects.\n"
            '"The Marines have done great work in Palau." Lt. Gen. Tom Roe, commander of the'
            " force\n"
        )
        result = extract_statements(_source(text), knowledge)
        assert [("The Marines have done great work in Palau.", "tom-roe")] == _said(result)

    def test_a_sentence_after_the_quotation_is_no_signature(self, knowledge: KnowledgeBase) -> None:
        """'"..." Tom Roe, the general, toured the base.': a sentence of its own after the
        quotation signs nothing."""
        text = (
            "The general toured the projects.\n"
            '"The Marines have done great work in Palau." Tom Roe, the general, toured the'
            " base. It was hot.\n"
        )
        result = extract_statements(_source(text), knowledge)
        assert [] == [speaker for _, speaker in _said(result) if speaker == "tom-roe"]


class TestTitledSubjectOfAParticiple:
    @pytest.mark.parametrize("title", ["Secretary", "Gen.", "U.S. Army Gen."])
    def test_a_title_before_the_subject_opens_no_phrase(
        self, knowledge: KnowledgeBase, title: str
    ) -> None:
        """ "Secretary Tom Roe welcomed the decision, calling it '...'": the titled name
        opening the sentence is the subject of "calling", as "Tom Roe welcomed" is."""
        text = f'{title} Tom Roe welcomed the decision, calling it "a great step forward."'
        result = extract_statements(_source(text), knowledge)
        assert [("a great step forward.", "tom-roe")] == _said(result)


class TestTitledSubjectBeforeAColon:
    def test_a_titled_subject_introduces_the_quotation(self, knowledge: KnowledgeBase) -> None:
        """ "Gen. Tom Roe posed this question to Jane Doe: '...'": the clause before the
        colon introduces the quotation, whatever its verb, and its titled subject asked."""
        text = 'Gen. Tom Roe posed this question to Jane Doe: "How can we build on it?"'
        result = extract_statements(_source(text), knowledge)
        assert [("How can we build on it?", "tom-roe")] == _said(result)


class TestServiceGrades:
    def test_a_grade_in_capitals_introduces_a_person(self, knowledge: KnowledgeBase) -> None:
        """ "ADM Tom Roe, commander, ..." introduces Tom Roe, so "said Roe" is his."""
        text = (
            "ADM Kel J. Varga III, commander, U.S. Naval Forces, met the minister.\n"
            '"This conference is good," said Varga.'
        )
        result = extract_statements(_source(text), knowledge)
        assert [("This conference is good,", "kel-j-varga")] == _said(result)


class TestPronounAfterAReport:
    def test_he_is_the_reporter_not_the_reported_subject(self, knowledge: KnowledgeBase) -> None:
        """ "Roe said Zhang Wei reiterated ..." then '"...," he added': he is Roe,
        who reports, not the subject of the clause he reports."""
        text = (
            "In a statement, Tom Roe said Zhang Wei reiterated his commitment to the pact.\n"
            '"The leaders affirmed their intent to work together," he added.'
        )
        said = dict(_said(extract_statements(_source(text), knowledge)))
        assert "tom-roe" == said["The leaders affirmed their intent to work together,"]

    def test_he_is_the_reporter_at_the_sentence_s_end(self, knowledge: KnowledgeBase) -> None:
        """ "Zhang Wei told Ana Lis that ..., Tom Roe added." then '"...," he said': he is
        Roe, the sentence's own reporter after what he reports, not its subject Zhang."""
        text = (
            "In their meeting, Zhang Wei told Ana Lis that the city looked ready, Tom Roe added.\n"
            '"The leaders affirmed their intent to work together," he said.'
        )
        said = dict(_said(extract_statements(_source(text), knowledge)))
        assert "tom-roe" == said["The leaders affirmed their intent to work together,"]


class TestCarriedSpeaker:
    def test_a_paragraph_about_the_last_speaker_carries_them_on(
        self, knowledge: KnowledgeBase
    ) -> None:
        """Roe's quotation, two paragraphs about Roe alone ("Mr Roe will then travel to
        Zedville."), then an uncued quotation paragraph: still Roe's."""
        text = (
            '"We have a lot to discuss," Tom Roe said.\n'
            "Mr Roe will then travel to Zedville.\n"
            "Mr Roe will give a speech there on trade.\n"
            '"Zedland is our most significant partner in the region."'
        )
        said = dict(_said(extract_statements(_source(text), knowledge)))
        assert "tom-roe" == said["Zedland is our most significant partner in the region."]

    def test_a_paragraph_naming_someone_else_carries_no_one(self, knowledge: KnowledgeBase) -> None:
        """If the paragraph between names another person, the quotation is not guessed."""
        text = (
            '"We have a lot to discuss," Tom Roe said.\n'
            "Mr Roe will then travel to Zedville.\n"
            "Mr Roe will meet Zhang Wei there.\n"
            '"Zedland is our most significant partner in the region."'
        )
        said = dict(_said(extract_statements(_source(text), knowledge)))
        assert said["Zedland is our most significant partner in the region."] is None


class TestRelativeClauseBeforeTheCue:
    def test_the_name_before_the_relative_clause_said_it(self, knowledge: KnowledgeBase) -> None:
        """'"...," Tom Roe, who is also an adviser to Zhang Wei, said': Roe said it, not the
        person named inside the relative clause."""
        text = '"The war will not stop," Tom Roe, who is also an adviser to Zhang Wei, said.'
        assert [("The war will not stop,", "tom-roe")] == _said(
            extract_statements(_source(text), knowledge)
        )


class TestPronounAfterSomeoneMet:
    def test_he_is_the_subject_not_the_person_met(self, knowledge: KnowledgeBase) -> None:
        """ "Roe met national leaders, including President Kel Varga. He hailed the '...'":
        he is Roe, not Varga, whom the sentence only met."""
        text = (
            "Tom Roe met national leaders, including President Kel Varga. He hailed the"
            ' nation for the "dramatic progress made" on the railway.'
        )
        said = dict(_said(extract_statements(_source(text), knowledge)))
        assert "tom-roe" == said["dramatic progress made"]

    def test_he_is_the_subject_not_one_his_meetings_were_with(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "Roe said bilateral meetings with Defense Minister Kel Varga helped. The meetings
        included "...", he said": he is Roe; Varga is whom the meetings were with."""
        text = (
            "Tom Roe said bilateral meetings with Defense Minister Kel Varga helped. The"
            ' meetings included "the nexus of terror and drugs," he said.'
        )
        said = dict(_said(extract_statements(_source(text), knowledge)))
        assert "tom-roe" == said["the nexus of terror and drugs,"]

    def test_he_is_the_subject_not_the_last_of_a_list_met(self, knowledge: KnowledgeBase) -> None:
        """ "Roe met officials, including Defense Minister Kel Varga and Chief of Staff of the
        Army General Ana Mora. He said '...'": he is Roe, though other names, titles and
        "and" stand between "including" and the last one listed."""
        text = (
            "Tom Roe met officials, including Defense Minister Kel Varga and Chief of Staff of"
            ' the Army General Ana Mora. He said the talks showed "real progress" at last.'
        )
        said = dict(_said(extract_statements(_source(text), knowledge)))
        assert "tom-roe" == said["real progress"]

    def test_he_is_the_subject_not_a_passive_s_agent(self, knowledge: KnowledgeBase) -> None:
        """ "In Iraq, Roe was briefed on progress by Army Lt. Gen. Kel Varga. '...,' he said":
        he is Roe, whom the sentence is about, not the general who briefed him."""
        text = (
            "Tom Roe said the trip was timely.\n"
            "In Iraq, Roe was briefed on progress by Army Lt. Gen. Kel Varga."
            " \u201cThat gave me a good sense of where we stand,\u201d he said."
        )
        said = dict(_said(extract_statements(_source(text), knowledge)))
        assert "tom-roe" == said["That gave me a good sense of where we stand,"]


class TestLeaderTitles:
    def test_co_leader_in_commas_introduces_a_person(self, knowledge: KnowledgeBase) -> None:
        """'Karl Beispiel, co-leader of the Greens, said' discovers and credits Karl Beispiel."""
        text = (
            "Jane Doe spoke first.\n"
            'Karl Beispiel, co-leader of the Greens, said they should not "repeat the mistakes".'
        )
        result = extract_statements(_source(text), knowledge)
        assert [("repeat the mistakes", "karl-beispiel")] == _said(result)


def _split(result: SourceStatements) -> tuple[list[str], list[tuple[str, str]]]:
    return (
        [s.reports[0].text for s in result.statements],
        [(n.evidence.text, n.kind.value) for n in result.non_quotations],
    )


class TestScareModifiers:
    def test_modifier_without_cue_is_a_scare_quote(self, knowledge: KnowledgeBase) -> None:
        """'a "pariah" state' after someone's quotation is the writer's word, not theirs."""
        text = 'Tom Roe said "we are ready".\nThe country spent years as a "pariah" state.'
        assert (["we are ready"], [("pariah", "scare_quote")]) == _split(
            extract_statements(_source(text), knowledge)
        )

    def test_possessive_and_adjective_before_the_marks(self, knowledge: KnowledgeBase) -> None:
        """ "Roe's "fraternal" embrace" and "no shared "plan"" quote nobody either."""
        text = 'There is no shared "plan" and Roe\'s "fraternal" embrace may yet cost him.'
        assert ([], [("plan", "scare_quote"), ("fraternal", "scare_quote")]) == _split(
            extract_statements(_source(text), knowledge)
        )

    def test_cue_in_the_sentence_keeps_the_partial(self, knowledge: KnowledgeBase) -> None:
        """'what X called a "substantive" exchange' and '..., he adds.' are quotations."""
        text = (
            'Jane Doe called it a "substantive" exchange.\n'
            'The "broad success" helps us - but "some technologies" matter, she adds.'
        )
        result = extract_statements(_source(text), knowledge)
        assert (["substantive", "broad success", "some technologies"], []) == _split(result)

    def test_used_the_word_in_a_question_is_a_term(self, knowledge: KnowledgeBase) -> None:
        """'Did he use the word "dangerous"?' asks; 'Doe used the word "war"' reports."""
        text = 'Did he use the word "dangerous"?\nJane Doe used the word "war" twice.'
        assert (["war"], [("dangerous", "term")]) == _split(
            extract_statements(_source(text), knowledge)
        )

    def test_words_quoted_again_stay_quotations(self, knowledge: KnowledgeBase) -> None:
        """A headline's 'a "critical juncture"' echoes the body's quotation: both count."""
        text = 'Talks at a "critical juncture"\nJane Doe said it was "a critical juncture".'
        result = extract_statements(_source(text, {0: BlockKind.HEADLINE}), knowledge)
        assert (["critical juncture", "a critical juncture"], []) == _split(result)


class TestNamesAfterTitles:
    def test_leader_of_party_then_name_in_commas(self, knowledge: KnowledgeBase) -> None:
        """'The leader of the opposition party, Izumi Kenta, said' discovers Izumi Kenta."""
        text = 'The leader of the opposition party, Izumi Kenta, said it made "big promises".'
        assert [("big promises", "izumi-kenta")] == _said(
            extract_statements(_source(text), knowledge)
        )

    def test_family_name_alone_later_names_the_person(self, knowledge: KnowledgeBase) -> None:
        """'the party secretary, Chen Jining.' then 'Chen told' : Chen is his family name."""
        text = (
            "Jane Doe met the city's party secretary, Chen Jining.\n"
            'Chen told Doe the city was "a window".'
        )
        result = extract_statements(_source(text), knowledge)
        chen = next(a for a in result.actors if a.id == "chen-jining")
        assert (("Chen",), [("a window", "chen-jining")]) == (chen.aliases, _said(result))


class TestDescriptionsTheStoryNames:
    def test_the_secretary_is_the_secretary_named(self, knowledge: KnowledgeBase) -> None:
        """'the Secretary' alone is the US secretary the story names (here of State)."""
        text = 'Jane Doe arrived.\nAs the Secretary said, "we will compete."'
        assert [("we will compete.", "jane-doe")] == _said(
            extract_statements(_source(text), knowledge)
        )


class TestObjectsThatSpeak:
    def test_quoted_as_saying_gives_the_object(self, knowledge: KnowledgeBase) -> None:
        """'State media is quoting Doe as saying "…"' is Doe's, though media is the subject."""
        text = 'State media is quoting Doe as saying the road "will not be smooth".'
        assert [("will not be smooth", "jane-doe")] == _said(
            extract_statements(_source(text), knowledge)
        )

    def test_participle_after_unnamed_source(self, knowledge: KnowledgeBase) -> None:
        """'An official travelling with Roe, who …, said Roe had been "clear"' is the official's."""
        text = (
            "Tom Roe spoke.\n"
            "An American official travelling with Roe, who spoke on condition of anonymity, "
            'said Roe had been "very clear".\n'
            'An American diplomat accompanying Roe said it was "useful".'
        )
        result = extract_statements(_source(text), knowledge)
        assert ["unnamed", "unnamed"] == [
            (s.speaker or "").split("-")[0] for s in result.statements
        ]

    def test_person_reporting_a_country_wish(self, knowledge: KnowledgeBase) -> None:
        """'Roe said China hoped Paris would "…"' is Roe's words, not China's."""
        text = 'Asked about it, Roe said China hoped Paris would "see things objectively".'
        assert [("see things objectively", "tom-roe")] == _said(
            extract_statements(_source(text), knowledge)
        )


class TestRanksBeforeNames:
    def test_a_rank_s_dot_does_not_end_the_sentence(self, knowledge: KnowledgeBase) -> None:
        """ "…," said Cmdr. Ann Vale: the abbreviation's dot leaves the name in the sentence."""
        text = '"The port visit went well," said Cmdr. Ann Vale, the ship\'s captain.'
        assert [("The port visit went well,", "ann-vale")] == _said(
            extract_statements(_source(text), knowledge)
        )

    def test_a_rating_with_an_ordinal_is_a_title(self, knowledge: KnowledgeBase) -> None:
        """ "said Fire Controlman 2nd Class Eli Stark" credits Eli Stark, not an earlier speaker."""
        text = (
            '"We are ready," said Cmdr. Ann Vale.\n'
            '"It was our first port call," said Fire Controlman 2nd Class Eli Stark.'
        )
        assert [
            ("We are ready,", "ann-vale"),
            ("It was our first port call,", "eli-stark"),
        ] == _said(extract_statements(_source(text), knowledge))


class TestNeverTheOneNamedInside:
    def test_she_is_not_the_man_the_quotation_names(self, knowledge: KnowledgeBase) -> None:
        """ "'Secretary Roe acknowledged ...,' she added": not Roe, named inside the quote."""
        text = (
            "Secretary Tom Roe met the minister, spokesperson Dana W. White said.\n"
            '"Secretary Roe acknowledged areas of cooperation," she added.'
        )
        assert [("Secretary Roe acknowledged areas of cooperation,", "dana-w-white")] == _said(
            extract_statements(_source(text), knowledge)
        )


class TestQuotationParagraphs:
    def test_a_quote_paragraph_after_someone_spoke_is_theirs(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "Secretary Roe spoke at a news conference." then a paragraph that is only a
        quotation: Roe said it."""
        text = (
            "Defense Secretary Tom Roe met his counterparts on Wednesday.\n"
            "Secretary Roe spoke at a news conference afterwards.\n"
            '"We have made important strides."'
        )
        assert [("We have made important strides.", "tom-roe")] == _said(
            extract_statements(_source(text), knowledge)
        )

    def test_a_quotation_after_a_sentence_whose_cue_comes_first(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "The accord will last, said Maj. Gen. Tom Roe, the adjutant general. '...'":
        the one named right after the cue of the sentence before said it."""
        text = (
            "The accord will strengthen the training programme, said Maj. Gen. Tom Roe, the"
            ' state\'s adjutant general. "This document sets the conditions for the future."\n'
        )
        assert [("This document sets the conditions for the future.", "tom-roe")] == _said(
            extract_statements(_source(text), knowledge)
        )

    def test_a_paragraph_ending_in_a_colon_introduces_the_quotation(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "After the visit, Roe issued this statement:" then a quotation paragraph: the
        colon introduces it whatever the verb, so its subject said it."""
        text = (
            "Defense Secretary Tom Roe met his counterparts on Wednesday.\n"
            "After the visit, Roe issued this statement:\n"
            '"We have made important strides."'
        )
        assert [("We have made important strides.", "tom-roe")] == _said(
            extract_statements(_source(text), knowledge)
        )

    @pytest.mark.parametrize(
        ("lead", "quotation"),
        [
            # a meeting the colon ends: the sentence's subject said it, not the one met named
            # right before the colon
            pytest.param(
                "today met with Zedlandic President Ona Vale:",
                "I appreciated the opportunity to meet with President Vale.",
                id="a meeting a colon ends",
            ),
            # a release's lead, told of its subject: it introduces the quotation paragraph
            pytest.param(
                "today met with Zedlandic President Ona Vale in the Capitol.",
                "It is always an honor to host President Vale.",
                id="a release's lead",
            ),
        ],
    )
    def test_the_lead_s_subject_said_the_quotation_paragraph_after_it(
        self, knowledge: KnowledgeBase, lead: str, quotation: str
    ) -> None:
        """ "WASHINGTON – U.S. Senator Tom Roe today met with Zedlandic President Ona Vale:" (or
        "... in the Capitol.") then a paragraph that is only a quotation: Roe said it."""
        text = f'WASHINGTON – U.S. Senator Tom Roe (D-Del.) {lead}\n"{quotation}"'
        assert [(quotation, "tom-roe")] == _said(extract_statements(_source(text), knowledge))

    def test_a_lead_whose_subject_is_no_one_named_introduces_nothing(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "The delegation was focused on ... the Zedlandic President Ona Vale." then a
        quotation paragraph: the person named late in the lead is no subject."""
        text = (
            "WASHINGTON – The delegation was focused on trade with Zedlandic President Ona"
            " Vale.\n"
            '"It is always an honor to visit Zedland."'
        )
        assert [("It is always an honor to visit Zedland.", None)] == (
            _said(extract_statements(_source(text), knowledge))
        )

    def test_a_possessor_s_remarks_a_colon_introduces_are_theirs(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "Following are Secretary Roe's remarks at the luncheon, as prepared for delivery:"
        then a quotation paragraph: the possessor of the remarks said it."""
        text = (
            "Defense Secretary Tom Roe met his counterparts on Wednesday.\n"
            "Following are Secretary Roe’s remarks at the luncheon, as prepared for delivery:\n"
            '"We have made important strides."'
        )
        assert [("We have made important strides.", "tom-roe")] == _said(
            extract_statements(_source(text), knowledge)
        )

    def test_a_paragraph_that_speaks_of_nobody_gives_no_speaker(
        self, knowledge: KnowledgeBase
    ) -> None:
        """Without a speaking verb before it, an uncued quotation paragraph is not guessed."""
        text = (
            "Defense Secretary Tom Roe met his counterparts on Wednesday.\n"
            "The weather was warm in the capital.\n"
            '"We have made important strides."'
        )
        assert [("We have made important strides.", None)] == _said(
            extract_statements(_source(text), knowledge)
        )


class TestRankDescriptions:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            # a title written in lower case before the name still holds the role
            (
                "Defense Secretary Tom Roe met the minister, chief Pentagon spokesperson Dana W."
                ' Vale said.\n"They discussed the sea," the spokesperson said.',
                ("They discussed the sea,", "dana-w-vale"),
            ),
            # "the press secretary" is not the defense secretary named since
            (
                '"It went well," Pentagon Press Secretary Rear Adm. Ned Vale said.\n'
                "Defense Secretary Tom Roe toured the ship.\n"
                '"He hopes to return," the press secretary said.',
                ("He hopes to return,", "ned-vale"),
            ),
        ],
    )
    def test_the_role_is_its_holder_named_last(
        self, knowledge: KnowledgeBase, text: str, expected: tuple[str, str]
    ) -> None:
        """ "the spokesperson said", "the press secretary said": the last person whose
        title, in the knowledge or written before the name, holds that role."""
        said = _said(extract_statements(_source(text), knowledge))[-1]
        assert expected == (said[0], said[1])

    @pytest.mark.parametrize(
        ("text", "speaker"),
        [
            (
                "Army Chief of Staff Gen. Lena Marsh met Lt. Gen. Piet Kolar in Warsaw.\n"
                "Col. Ode Brann, the brigade's commander, showed them the base.\n"
                '"We are ready," the general said.',
                "piet-kolar",
            ),
            # "the chairman": the person whose title holds "Chairman", not the prime minister
            # named after her
            (
                "Chairman of the Joint Chiefs of Staff Gen. Lena Marsh met Prime Minister Piet"
                ' Kolar in Warsaw.\n"We are ready," the chairman said.',
                "lena-marsh",
            ),
        ],
    )
    def test_the_role_noun_is_the_last_person_titled_so(
        self, knowledge: KnowledgeBase, text: str, speaker: str
    ) -> None:
        """ "…," the general said: the last person titled general, not the last person."""
        assert [("We are ready,", speaker)] == _said(extract_statements(_source(text), knowledge))


class TestEchoedWords:
    def test_words_a_speaker_quotes_later_are_theirs(self, knowledge: KnowledgeBase) -> None:
        """A lede's few quoted words ('pledged dialogue on "shared goals"') that a later
        quotation with its speaker holds are that speaker's."""
        text = (
            'The army\'s top officer pledged more dialogue on "shared goals" in the capital.\n\n'
            '"We have many shared goals, so this dialogue matters," said Gen. Tom Roe.\n'
        )
        result = extract_statements(_source(text), knowledge)
        assert ("shared goals", "tom-roe") in _said(result)


class TestKnownPersonWithANickname:
    @pytest.mark.parametrize("given", ["Ada", "Ada E."])
    def test_the_surname_after_a_nickname_names_the_known_person(
        self, knowledge: KnowledgeBase, given: str
    ) -> None:
        """'Gen. Ada E. "Kip" Field visited ... Field said': a known person introduced with a
        nickname (a middle initial perhaps before it) is named by the surname after it, though
        the data let "Field" alone name no one."""
        text = f'Gen. {given} "Kip" Field visited Zedville. "It went well," Field said.\n'
        result = extract_statements(_source(text), knowledge)
        assert [("It went well,", "ada-field")] == [
            (s.reports[0].text, s.speaker) for s in result.statements
        ]
