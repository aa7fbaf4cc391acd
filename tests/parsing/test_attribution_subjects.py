"""Attribution rules for subjects: new people, relative clauses, pairs, headlines, channels."""

from __future__ import annotations

import pytest

from diplomatic_events import read_source
from diplomatic_events.knowledge import KnowledgeBase, load_knowledge
from diplomatic_events.model import Actor, BlockKind
from diplomatic_events.parsing._statements import SourceStatements, extract_statements
from diplomatic_events.testing.sources import lines_source as _source
from diplomatic_events.typing import ActorId


def _said(result: SourceStatements) -> list[tuple[str, str | None, int, int]]:
    return [
        (s.reports[0].text, s.speaker, s.reports[0].start, s.reports[0].end)
        for s in result.statements
    ]


class TestNewPeople:
    def test_name_with_relative_clause_in_commas(self, knowledge: KnowledgeBase) -> None:
        """'In X, First Last, who runs ..., said' introduces a speaker; 'she' stays with her."""
        text = (
            'Tom Roe said "yes".\nIn Springfield, Carla Mendes, who runs a bakery, said the '
            'visit was "overdue". "Prices matter," she said.'
        )
        result = extract_statements(_source(text), knowledge)
        assert [
            ("yes", "tom-roe", 14, 17),
            ("overdue", "carla-mendes", 89, 96),
            ("Prices matter,", "carla-mendes", 100, 114),
        ] == _said(result)

    def test_doctor_and_full_name(self, knowledge: KnowledgeBase) -> None:
        """'Dr First Last, who directs ..., said' is a new person, not the previous speaker."""
        text = (
            'Tom Roe said "yes".\nDr Lena Brandt, who directs an institute, said traders '
            'were calm. "Calm is good," she said.'
        )
        result = extract_statements(_source(text), knowledge)
        assert [
            ("yes", "tom-roe", 14, 17),
            ("Calm is good,", "lena-brandt", 87, 100),
            ("traders were calm", "lena-brandt", 67, 84),
        ] == _said(result)

    def test_honorific_and_surname(self, knowledge: KnowledgeBase) -> None:
        """'Ms. Okafor said she had come "…"': a title and a surname introduce a woman."""
        text = (
            'Tom Roe said "yes".\nA woman who gave her name only as Ms. Okafor said she had '
            'come "to see him".'
        )
        result = extract_statements(_source(text), knowledge)
        assert [("yes", "tom-roe", 14, 17), ("to see him", "okafor", 84, 94)] == _said(result)
        (okafor,) = [a for a in result.actors if a.id == "okafor"]
        assert "Okafor" == okafor.name

    def test_surname_for_her_part(self, knowledge: KnowledgeBase) -> None:
        """'Solvang, for her part, promised …' names the 'Maria Solvang' met earlier; 'she'
        then resolves to her, not to the man quoted before."""
        text = (
            'Tom Roe said "we are ready" after meeting his ally Maria Solvang.\n'
            'Solvang, for her part, promised that the bank would lend more. "We will lend," '
            "she said."
        )
        result = extract_statements(_source(text), knowledge)
        assert [
            ("we are ready", "tom-roe", 14, 26),
            ("We will lend,", "maria-solvang", 130, 143),
        ] == (_said(result))

    def test_unresolved_pronoun_keeps_gender(self, knowledge: KnowledgeBase) -> None:
        """'"…," she said' with no woman named is not given to the man quoted before."""
        text = 'Tom Roe said "yes".\n"We will lend," she said.'
        result = extract_statements(_source(text), knowledge)
        assert [("yes", "tom-roe", 14, 17), ("We will lend,", None, 21, 34)] == _said(result)


class TestSubjects:
    def test_relative_clause_without_commas(self, knowledge: KnowledgeBase) -> None:
        """'A US diplomat who … because Tom Roe … said' skips the name inside the clause."""
        text = (
            "A US diplomat who asked not to be named because Tom Roe had forbidden it said "
            'the talks were "brief but warm".'
        )
        result = extract_statements(_source(text), knowledge)
        assert [("brief but warm", "unnamed-us-diplomat", 94, 108)] == _said(result)

    def test_a_subject_after_but_reports_for_itself(self, knowledge: KnowledgeBase) -> None:
        """ "Zhang pledged $30 million, but Roe said ... 'X,' he said": the pronoun is Roe's,
        who reports in his own clause, not Zhang's, whose cue word came before the "but"."""
        text = (
            "Tom Roe arrived today.\n"
            "Zhang Wei pledged $30 million for the plan, but Roe said another $15 million was"
            ' found. "A third of that money will buy boats," he said.'
        )
        result = extract_statements(_source(text), knowledge)
        assert ["tom-roe"] == [
            s.speaker for s in result.statements if s.reports[0].text.startswith("A third")
        ]

    @pytest.mark.parametrize("dateline", ["", "ACCRA - ", "Dec. 10 - ", "April 15, 2010 - "])
    def test_the_subject_after_a_dateline_is_whom_he_means(
        self, knowledge: KnowledgeBase, dateline: str
    ) -> None:
        """ "Dec. 10 - Tom Roe, ..., visited Accra. The minister met officials, including
        Zhang Wei. He said ...": the story's subject after its dateline (the place's or the
        day's alone) goes on as "he", not the one last met."""
        text = (
            f"{dateline}Tom Roe, the foreign minister, visited Accra. The minister met officials,"
            ' including Zhang Wei. He said it was "a fine day."'
        )
        result = extract_statements(_source(text), knowledge)
        assert ["tom-roe"] == [s.speaker for s in result.statements]

    def test_the_one_an_appositive_is_of_did_not_speak(self, knowledge: KnowledgeBase) -> None:
        """'"...," Carla Mendes, spokesperson for Roe, said': the spokesperson spoke, not
        Roe, whom the story named before."""
        text = (
            "Tom Roe hosted his counterparts today.\n"
            '"Much of the discussion focused on the region," Carla Mendes, spokesperson for'
            " Roe, said in a statement."
        )
        result = extract_statements(_source(text), knowledge)
        assert ["carla-mendes"] == [s.speaker for s in result.statements]

    def test_coordinated_subject_and_description(self, knowledge: KnowledgeBase) -> None:
        """'The president also said he and Zhang Wei had agreed …': the subject of 'said',
        the president the story was just talking about, not the nearest name."""
        text = (
            "Zhang Wei arrived first. Tom Roe spoke later.\n"
            'The president also said he and Zhang Wei had agreed to "pick up the phone".'
        )
        result = extract_statements(_source(text), knowledge)
        assert [("pick up the phone", "tom-roe", 102, 119)] == _said(result)

    def test_titled_subject_after_an_opening_phrase(self, knowledge: KnowledgeBase) -> None:
        """'In remarks after their meeting, President Roe discussed ...' then '"...," he
        said': Roe, the subject, not Zhang Wei named before him with a cue word after."""
        text = (
            "Roe met President Zhang Wei, noting the long history of talks. "
            "In remarks after their meeting, President Roe discussed the relationship. "
            '"We have come a long way," he said.'
        )
        result = extract_statements(_source(text), knowledge)
        assert ["tom-roe"] == [speaker for _, speaker, _, _ in _said(result)]

    def test_the_crown_prince_is_the_one_titled_so(self, knowledge: KnowledgeBase) -> None:
        """ "Crown Prince Omar Haddad" named before "the crown prince, in English, told Roe,
        '...'": the prince, not Roe, whom he told."""
        text = (
            "Zedlandic Crown Prince Omar Haddad met Tom Roe on Monday.\n"
            'As they sat down, the crown prince, in English, told Roe, "We are strong allies."'
        )
        result = extract_statements(_source(text), knowledge)
        assert ["omar-haddad"] == [speaker for _, speaker, _, _ in _said(result)]

    def test_pair_of_leaders(self, knowledge: KnowledgeBase) -> None:
        """'The two leaders signed what they called a "…"': the first of the pair named."""
        text = (
            "Tom Roe met Zhang Wei on Monday.\n"
            'The two leaders signed what they called a "landmark treaty".'
        )
        result = extract_statements(_source(text), knowledge)
        assert [("landmark treaty", "tom-roe", 76, 91)] == _said(result)

    def test_leaders_joint_statement(self, knowledge: KnowledgeBase) -> None:
        """'the leaders' joint statement expressed "…"' goes to the pair, not to an
        institution named earlier."""
        text = (
            "Tom Roe met Zhang Wei at the State Department.\n"
            'The leaders\' joint statement expressed "deep concern".'
        )
        result = extract_statements(_source(text), knowledge)
        assert [("deep concern", "tom-roe", 87, 99)] == _said(result)

    def test_capital_stands_for_leader(self, knowledge: KnowledgeBase) -> None:
        """'Zedville used the word "…"': a capital with no government in the data stands for
        the country's one leader."""
        text = 'Zedville used the word "alliance"; Tom Roe did not.'
        result = extract_statements(_source(text), knowledge)
        assert [("alliance", "ona-vale", 24, 32)] == _said(result)

    def test_for_his_part_spoke_of(self, knowledge: KnowledgeBase) -> None:
        """'X, for his part, spoke of "…"' is a cue whose subject speaks."""
        text = 'Zhang Wei said "thanks".\nTom Roe, for his part, spoke of "a long history".'
        result = extract_statements(_source(text), knowledge)
        assert [("thanks", "zhang-wei", 16, 22), ("a long history", "tom-roe", 58, 72)] == (
            _said(result)
        )


class TestChannels:
    def test_footage_is_not_a_speaker(self, knowledge: KnowledgeBase) -> None:
        """'X raised a toast to "…", according to footage released by Y': X spoke."""
        text = (
            'At dinner, Zhang Wei raised a toast to "lasting friendship", according to '
            "footage released by the State Department."
        )
        result = extract_statements(_source(text), knowledge)
        assert [("lasting friendship", "zhang-wei", 40, 58)] == _said(result)

    def test_official_news_agency(self, knowledge: KnowledgeBase) -> None:
        """'North Korea's official KCNA news agency said' is the agency, not an official."""
        text = 'North Korea\'s official KCNA news agency said the visit opened "a new chapter".'
        result = extract_statements(_source(text), knowledge)
        assert [("a new chapter", "kcna", 63, 76)] == _said(result)


class TestHeadlines:
    def test_two_subjects_first_speaks(self, knowledge: KnowledgeBase) -> None:
        """'Tom Roe, Zhang Wei hail "…"': the first of the two subjects."""
        text = 'Tom Roe, Zhang Wei hail "new chapter"'
        result = extract_statements(_source(text, {0: BlockKind.HEADLINE}), knowledge)
        assert [("new chapter", "tom-roe", 25, 36)] == _said(result)

    def test_colon_quote_belongs_to_subject(self, knowledge: KnowledgeBase) -> None:
        """'Tom Roe hosts Zhang Wei, hints at help: "…"': the headline's subject."""
        text = 'Tom Roe hosts Zhang Wei, hints at help: "That is why we came"'
        result = extract_statements(_source(text, {0: BlockKind.HEADLINE}), knowledge)
        assert [("That is why we came", "tom-roe", 41, 60)] == _said(result)


class TestRepeatedWords:
    def test_summary_repeats_a_body_quotation(self, knowledge: KnowledgeBase) -> None:
        """A summary's quotation with no speaker of its own goes to whoever the body
        quotes in those words."""
        text = (
            'Summit opens with "a fresh start for both"\n'
            'Zhang Wei said: "A fresh start for both of us."'
        )
        result = extract_statements(_source(text, {0: BlockKind.SUMMARY}), knowledge)
        assert [
            ("a fresh start for both", "zhang-wei", 19, 41),
            ("A fresh start for both of us.", "zhang-wei", 60, 89),
        ] == _said(result)

    def test_carried_over_speaker_yields_to_a_named_one(self, knowledge: KnowledgeBase) -> None:
        """An entry title quoting words that the body later gives to a named speaker is
        not the previous quotation's speaker."""
        text = (
            'Tom Roe said "yes".\n'
            'Beijing\'s readout: "Room enough for both to succeed"\n'
            'Zhang Wei said there was "room enough for both to succeed, and more".'
        )
        result = extract_statements(_source(text), knowledge)
        assert [
            ("yes", "tom-roe", 14, 17),
            ("Room enough for both to succeed", "zhang-wei", 40, 71),
            ("room enough for both to succeed, and more", "zhang-wei", 99, 140),
        ] == _said(result)

    def test_heading_description_is_the_person_named_below(self, knowledge: KnowledgeBase) -> None:
        """'Zedland's ambassador says "…"' over a body where Ambassador Ivo Karan says the
        longer words is Karan, not an unnamed ambassador."""
        text = (
            'Zedland\'s ambassador says sanctions "not the way"\n'
            'Ambassador Ivo Karan said sanctions were "not the way to go".'
        )
        result = extract_statements(_source(text, {0: BlockKind.HEADING}), knowledge)
        assert [
            ("not the way", "ivo-karan", 37, 48),
            ("not the way to go", "ivo-karan", 92, 109),
        ] == _said(result)

    def test_hyphenated_description_is_the_person_titled_with_spaces(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "the Vice-President" after "Zedland's Vice President Ivo Karan" (in no data
        file) is Karan: a hyphen and a space are one title."""
        text = (
            "Roe met Zedland's Vice President Ivo Karan in Vale.\n"
            'The Vice-President said the talks were "very good".'
        )
        result = extract_statements(_source(text), knowledge)
        assert ["ivo-karan"] == [speaker for _, speaker, _, _ in _said(result)]


class TestOpeningSubject:
    def test_partial_quote_without_cue_is_the_subject(self, knowledge: KnowledgeBase) -> None:
        """'Roe said "a"' then 'Zhang thanked him for acting "fast"' credits Zhang, the
        subject of the sentence, not Roe, quoted last."""
        text = 'Tom Roe said "we won". Zhang Wei thanked him for acting "fast".'
        result = extract_statements(_source(text), knowledge)
        assert [("we won", "tom-roe", 14, 20), ("fast", "zhang-wei", 57, 61)] == _said(result)

    def test_possessive_opening_is_not_the_subject(self, knowledge: KnowledgeBase) -> None:
        """'Zhang's aides called it "fast"' does not credit Zhang."""
        text = 'Tom Roe said "we won". Zhang Wei\'s aides called it "fast".'
        result = extract_statements(_source(text), knowledge)
        assert "zhang-wei" != _said(result)[-1][1]


class TestUnnamedMembers:
    def test_member_of_delegation_is_unnamed_official(self, knowledge: KnowledgeBase) -> None:
        """'A member of the South Korean delegation ... "X," the official said' credits an
        unnamed South Korean official, by the two-word country name."""
        text = (
            'Tom Roe said "we won". A member of the South Korean delegation said it was '
            '"long". "We waited," the official said.'
        )
        result = extract_statements(_source(text), knowledge)
        assert [
            ("we won", "tom-roe", 14, 20),
            ("long", "unnamed-south-korean-official", 76, 80),
            ("We waited,", "unnamed-south-korean-official", 84, 94),
        ] == _said(result)

    def test_an_office_before_its_holder_is_no_unnamed_source(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "U.S. Ambassador to Zedland Tom Roe" is an office before a name; the official
        "the official" goes back to is the senior defense official described after it."""
        text = (
            "Dan Ode and U.S. Ambassador to Zedland Tom Roe arrived. The trip matters, a"
            ' senior defense official told reporters. "We hope so," the official said.'
        )
        result = extract_statements(_source(text), knowledge)
        assert [("We hope so,", "unnamed-official")] == [(t, s) for t, s, _, _ in _said(result)]


class TestApostropheBeforeCue:
    def test_possessive_in_appositive_keeps_the_subject(self, knowledge: KnowledgeBase) -> None:
        """'Ana Lis, a teacher met by the Herald’s correspondent, said ... "x"' credits Ana
        Lis: the apostrophe in "Herald’s" is no quotation mark between name and cue."""
        text = (
            'Tom Roe said "we won". Ana Lis, a teacher met by the Herald’s reporter, said '
            "she had heard “kind words” before."
        )
        result = extract_statements(_source(text), knowledge)
        assert ("kind words", "ana-lis", 92, 102) == _said(result)[-1]


class TestHeadingPhraseInBodyQuote:
    TEXT = (
        "Roe and Zhang sign a pact, promise ‘calm seas’ ahead\n"
        "Zhang Wei said the two had a duty to steer “closer to the calm seas” now."
    )

    @pytest.mark.parametrize("kind", [BlockKind.HEADLINE, BlockKind.SUMMARY])
    def test_heading_phrase_quoted_within_longer_words(
        self, knowledge: KnowledgeBase, kind: BlockKind
    ) -> None:
        """A two-word heading quote the body quotes inside longer words is that speaker's."""
        result = extract_statements(_source(self.TEXT, {0: kind}), knowledge)
        assert [
            ("calm seas", "zhang-wei", 36, 45),
            ("closer to the calm seas", "zhang-wei", 97, 120),
        ] == _said(result)

    def test_summary_without_the_words_stays_unattributed(self, knowledge: KnowledgeBase) -> None:
        """A summary quote the body never repeats is not given to the next speaker."""
        text = "Roe and Zhang promise ‘calm seas’ ahead\nZhang Wei said it was “a good day”."
        result = extract_statements(_source(text, {0: BlockKind.SUMMARY}), knowledge)
        assert ("calm seas", None, 23, 32) == _said(result)[0]


class TestEpithetSubject:
    def test_epithet_is_the_person_named_last(self, knowledge: KnowledgeBase) -> None:
        """'Zhang Wei's last stop ... The former welder told them he felt "at home"' credits
        Zhang: an epithet no data entry resolves stands for the person named last."""
        text = (
            "Zhang Wei's last stop was a union hall.\n"
            'The former welder told the crowd he felt "at home".'
        )
        result = extract_statements(_source(text), knowledge)
        assert [("at home", "zhang-wei", 82, 89)] == _said(result)

    def test_epithet_after_an_institution_is_left(self, knowledge: KnowledgeBase) -> None:
        """When the last name is a body's, the epithet is not resolved to it."""
        text = 'The State Department met.\nThe former welder told the crowd he felt "at home".'
        result = extract_statements(_source(text), knowledge)
        assert [("at home", None, 68, 75)] == _said(result)


class TestJointDocument:
    def test_joint_statement_of_two_countries(self, knowledge: KnowledgeBase) -> None:
        """'a joint statement in which both sides said "..."' after Roe (US) met Zhang (CN)
        is the US-China joint statement, not the last body named."""
        text = (
            "Tom Roe met Zhang Wei, Xinhua reported.\n"
            'They issued a joint statement in which both sides said they saw "common ground".'
        )
        result = extract_statements(_source(text), knowledge)
        assert [("common ground", "us-china-joint-statement", 105, 118)] == _said(result)

    def test_joint_statement_said(self, knowledge: KnowledgeBase) -> None:
        """'The joint communique said "..."' names the document of the pair's countries."""
        text = 'Zhang Wei hosted Tom Roe.\nThe joint communique said "peace".'
        result = extract_statements(_source(text), knowledge)
        assert [("peace", "china-us-joint-communique", 53, 58)] == _said(result)


class TestBodyByHeadNoun:
    def test_the_department_is_the_department_just_named(self, knowledge: KnowledgeBase) -> None:
        """'the State Department said ... The department said "x"' credits the department,
        not the president named earlier."""
        text = (
            "Tom Roe met guests, the State Department said. The department said in a "
            'readout that they discussed "steady ties." Tom Roe left.'
        )
        result = extract_statements(_source(text), knowledge)
        assert ("steady ties.", "us-state-department", 101, 113) == _said(result)[-1]

    def test_no_body_named_leaves_it_open(self, knowledge: KnowledgeBase) -> None:
        """With no institution named before, 'the ministry' credits no one by this rule."""
        text = 'The ministry said the talks were "useful."'
        result = extract_statements(_source(text), knowledge)
        assert [("useful.", None, 34, 41)] == _said(result)


class TestParticipleAfterQuote:
    def test_adding_that_place_keeps_the_subject(self, knowledge: KnowledgeBase) -> None:
        """'A Zedlandic official called it "calm", adding that Zedville ...' credits the
        official: the place after the participle is the reported clause's subject."""
        text = 'A Zedlandic official called it "calm", adding that Zedville would wait.'
        result = extract_statements(_source(text), knowledge)
        assert [("calm", "unnamed-zedlandic-official", 32, 36)] == _said(result)


class TestPossessorSpeech:
    def test_possessor_of_a_warning_said_it(self, knowledge: KnowledgeBase) -> None:
        """'Asked about Zhang Wei's warning that it meant "war", Tom Roe shrugged' credits
        Zhang Wei, not the person who spoke last."""
        text = (
            'Tom Roe said "hello". Asked about Zhang Wei\'s warning that it meant "war", '
            "Tom Roe shrugged."
        )
        result = extract_statements(_source(text), knowledge)
        assert ("war", "zhang-wei", 69, 72) == _said(result)[-1]

    def test_possessive_without_speech_noun_is_not_a_speaker(
        self, knowledge: KnowledgeBase
    ) -> None:
        """'Zhang Wei's plan that ... "x"' is no speech noun: the rule says nothing."""
        text = 'Asked about Zhang Wei\'s plan that it meant "war", nobody spoke.'
        result = extract_statements(_source(text), knowledge)
        assert "zhang-wei" != _said(result)[-1][1]


class TestCarriedOnQuotation:
    def test_open_paragraph_takes_the_continuation_speaker(self, knowledge: KnowledgeBase) -> None:
        """An unclosed quotation whose next paragraph ends '..." he said' is that he's,
        the subject just before, not the last person quoted."""
        text = (
            'Zhang Wei said it was "fine".\n'
            "Tom Roe spoke about the balance.\n"
            '"We are friends to all.\n'
            '"We will talk," he said.'
        )
        result = extract_statements(_source(text), knowledge)
        assert [
            ("fine", "zhang-wei", 23, 27),
            ("We are friends to all.", "tom-roe", 64, 86),
            ("We will talk,", "tom-roe", 88, 101),
        ] == _said(result)


class TestIntroducedByAColon:
    def test_an_unnamed_source_right_before_its_verb_said_it(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "After talks with Grand Leader Ona Vale in Zedville a State Department spokesperson
        said:" and the quotation below: the spokesperson, not the leader met, said it."""
        text = (
            "After talks with Grand Leader Ona Vale in Zedville\n"
            "a State Department spokesperson said:\n"
            '"The Secretary met the Grand Leader this evening."'
        )
        result = extract_statements(_source(text), knowledge)
        speakers = [s.speaker for s in result.statements]
        assert ["unnamed-us-state-department-spokesperson"] == speakers

    @pytest.mark.parametrize("verb", ["said:", "spoke to reporters."])
    def test_the_object_of_a_preposition_and_its_title_is_no_subject(
        self, knowledge: KnowledgeBase, verb: str
    ) -> None:
        """ "Following the meeting with Grand Leader Ona Vale in Zedville President Tom Roe
        said:": the name after
        "with" and a title is who was met; the subject comes after it."""
        text = (
            "Following the meeting with Grand Leader Ona Vale in Zedville President Tom Roe"
            f" {verb}\n"
            '"We had a good meeting."'
        )
        result = extract_statements(_source(text), knowledge)
        assert ["tom-roe"] == [s.speaker for s in result.statements]

    def test_a_posting_s_to_is_part_of_the_title(self, knowledge: KnowledgeBase) -> None:
        """ "And the Ambassador to Zedland Jane Doe said:": the "to" of a posting is no
        preposition before an object; she is the subject."""
        text = 'And the Ambassador to Zedland Jane Doe said:\n"We had a good meeting."'
        result = extract_statements(_source(text), knowledge)
        assert ["jane-doe"] == [s.speaker for s in result.statements]

    def test_the_subject_after_a_dateline_and_before_an_appositive(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "WASHINGTON – U.S. Sen. Tunde Ade (D-VA), Chairman of the Senate Intelligence
        Committee, released a statement ...:": the sentence opens after the dateline, so the
        senator is its subject, not part of an opening phrase before the comma."""
        text = (
            "WASHINGTON – U.S. Sen. Tunde Ade (D-VA), Chairman of the Senate Intelligence"
            " Committee, released a statement following the meeting with senators:\n"
            "“There has never been a more important time to stand with our allies.”"
        )
        result = extract_statements(_source(text), knowledge)
        assert ["tunde-ade"] == [s.speaker for s in result.statements]


class TestJointSigners:
    def test_they_who_put_out_a_statement_are_the_two_named_before(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "Senators A (D-VT) and B (D-OR) met this week with C. They released the following
        statement:": a joint statement, the first-named signer's."""
        text = (
            "WASHINGTON - Senators Tunde Ade (D-VT) and Amina Okon (D-OR) met this week with"
            " President Kofi Mensah. They released the following statement:\n"
            "“We welcomed President Mensah to Capitol Hill.”"
        )
        result = extract_statements(_source(text), knowledge)
        assert ["tunde-ade"] == [s.speaker for s in result.statements]

    def test_they_who_discussed_are_not_a_statement_s_signers(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "A and B met, Cook said. They also discussed X." and a quotation below: the two
        are reported, not who put the words out."""
        text = (
            "Senator Tunde Ade and Senator Amina Okon met on Monday, Cook said. They also"
            " discussed trade.\n"
            "“The two leaders committed to further efforts.”"
        )
        result = extract_statements(_source(text), knowledge)
        assert "tunde-ade" not in [s.speaker for s in result.statements]


class TestTheParagraphBefore:
    def test_a_style_s_stops_end_no_sentence(self, knowledge: KnowledgeBase) -> None:
        """ "... released the following statement after meeting with President A and H.E. B,
        Ambassador to the United States:": "H.E." is a style, so the sentence and its subject
        run on to the colon before the quotation."""
        text = (
            "Ade Meets with President Mensah of Afghanistan\n\n"
            "The Iowa senator and combat veteran also met with the Afghanistan Ambassador to the"
            " United States.\n\n"
            "WASHINGTON – U.S. Senator Tunde Ade (R-Iowa) released the following statement after"
            " meeting with President Kofi Mensah of Afghanistan and H.E. Amina Okon, Afghanistan"
            " Ambassador to the United States:\n\n"
            "“As someone who commanded troops overseas, I was glad to take part.\n"
        )
        page = read_source(text, source_id="he", published="2021-06-24")
        result = extract_statements(page, knowledge)
        assert ["tunde-ade"] == [s.speaker for s in result.statements]

    def test_lines_set_aside_part_nothing(self, knowledge: KnowledgeBase) -> None:
        """ "Ade made these statements at a press availability." then a video link the reader
        sets aside, then the quotation: the paragraph before the link introduces it, whoever
        else speaks later."""
        text = (
            "Ade, Senators Visit Ukraine\n\n"
            "WASHINGTON – U.S. Senator Tunde Ade (R-South Carolina) is in Kyiv today along with"
            " Senators Amina Okon (D-Connecticut) and Kofi Mensah (D-Rhode Island).\n\n"
            "Ade made these statements at a press availability in front of the cathedral.\n\n"
            "(REUTERS VIDEO: https://twitter.com/i/broadcasts/1OdKrzYeQaQKX)\n\n"
            "“All three of us share the same goal.”\n\n"
            "“We stand with Ukraine,” said Senator Okon.\n\n"
            "“Send tanks,” said Senator Mensah.\n"
        )
        page = read_source(text, source_id="rv", published="2023-01-20")
        result = extract_statements(page, knowledge)
        assert ["tunde-ade", "amina-okon", "kofi-mensah"] == [s.speaker for s in result.statements]


class TestReportingVerbs:
    @pytest.mark.parametrize("verb", ["conceded", "echoed", "encouraged", "commended"])
    def test_a_reporting_verb_after_the_quotation(
        self, knowledge: KnowledgeBase, verb: str
    ) -> None:
        """ "'I was not sure what reception we would get,' Tom Roe conceded.": the verb
        reports speech as "said" does."""
        text = f'"I was not sure what reception we would get," Tom Roe {verb}.'
        result = extract_statements(_source(text), knowledge)
        assert ["tom-roe"] == [s.speaker for s in result.statements]

    def test_a_sentence_that_only_says_who_spoke_after_a_quotation(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "'... through our partners.' Roe said.": the quotation ends its sentence with a
        stop, and the next sentence only names its speaker."""
        text = (
            "Ona Vale met Jane Doe in Zedville.\n"
            '"The only way is through our partners." Tom Roe said. "Partners matter."'
        )
        result = extract_statements(_source(text), knowledge)
        assert ["tom-roe", "tom-roe"] == [s.speaker for s in result.statements]

    def test_a_long_title_between_said_and_the_name(self, knowledge: KnowledgeBase) -> None:
        """ "'...,' said Chief of the Zedlandic Army Staff and co-host Gen. Ona Vale": the
        title's capitalised words do not keep the name from its cue."""
        text = (
            "Tom Roe opened the conference in Zedville.\n"
            '"This symposium is a fine example," said Chief of the Zedlandic Army Staff and'
            " co-host Gen. Ona Vale, who spoke next."
        )
        result = extract_statements(_source(text), knowledge)
        assert ["ona-vale"] == [s.speaker for s in result.statements]

    def test_an_office_read_as_its_holder_is_the_title_of_the_name_after_it(self) -> None:
        """ "'...,' said U.S. Secretary of the Interior Tom Roe": "U.S. Secretary" alone would
        be the Secretary of State, but it opens Roe's title."""
        knowledge = load_knowledge().with_actors(
            [Actor(id=ActorId("tom-roe"), name="Tom Roe", country="US")]
        )
        text = (
            "The President held a meeting at the White House on May 21, 2019.\n"
            '"I applaud the President for this meeting," said U.S. Secretary of the Interior'
            " Tom Roe."
        )
        result = extract_statements(_source(text), knowledge)
        assert ["tom-roe"] == [s.speaker for s in result.statements]

    def test_a_long_title_with_a_service_in_lower_case(self, knowledge: KnowledgeBase) -> None:
        """ "'...,' said Zedland air force Chief of Staff Air Vice Marshal Ona Vale": a
        service written in lower case ("air force") is still the title's."""
        text = (
            "Tom Roe opened the talks in Zedville.\n"
            '"We want to understand each other," said Zedland air force Chief of Staff Air Vice'
            " Marshal Ona Vale."
        )
        result = extract_statements(_source(text), knowledge)
        assert ["ona-vale"] == [s.speaker for s in result.statements]
