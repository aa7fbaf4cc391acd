"""Discovery of people no data file knows: Unicode names and appositive introductions."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from diplomatic_events import parse
from diplomatic_events.knowledge import KnowledgeBase, load_knowledge
from diplomatic_events.knowledge._actors import NAME_TOKEN, UPPER
from diplomatic_events.model import Actor, ActorKind, Block, BlockKind
from diplomatic_events.parsing._analysis import TextAnalysis
from diplomatic_events.parsing._discovery import country_adjective, discover_people
from diplomatic_events.parsing._discovery._labels import speaker_label
from diplomatic_events.parsing._discovery._later_mentions import first_full_name
from diplomatic_events.parsing._discovery._names import _name_key
from diplomatic_events.parsing._discovery._patterns import _patterns
from diplomatic_events.parsing._statements import SourceStatements, extract_statements
from diplomatic_events.sources import read_source
from diplomatic_events.testing.sources import lines_source as _source
from diplomatic_events.typing import ActorId


@pytest.fixture(scope="module")
def knowledge() -> KnowledgeBase:
    return load_knowledge()


def _said(result: SourceStatements) -> list[tuple[str, str | None, int, int]]:
    return [
        (s.reports[0].text, s.speaker, s.reports[0].start, s.reports[0].end)
        for s in result.statements
        if s.kind.is_quoted
    ]


def _discover(text: str, knowledge: KnowledgeBase) -> tuple[Actor, ...]:
    source = _source(text)
    return discover_people(text, source.blocks, knowledge).actors


def _discovered(text: str, knowledge: KnowledgeBase) -> list[str]:
    return [a.name for a in _discover(text, knowledge)]


class TestCountryOfADelegation:
    def test_the_delegation_s_country_is_its_listed_members(self, knowledge: KnowledgeBase) -> None:
        """ "met with a Zambian government delegation that included Foreign Minister A,
        Finance Minister B and ...": the members listed are Zambia's."""
        text = (
            "Deputy Secretary Jane Doe met today with a Zambian government delegation that"
            " included Foreign Minister Tunde Ade, Finance Minister Amina Okon and National"
            " Security Advisor Kofi Mensah.\n"
        )
        found = {(a.name, a.country) for a in _discover(text, knowledge)}
        assert {("Tunde Ade", "ZM"), ("Amina Okon", "ZM"), ("Kofi Mensah", "ZM")} <= found


class TestCountryAfterAPossessive:
    def test_a_visit_to_a_country_is_not_the_visitor_s_country(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "Deputy Secretary Tom Roe's Visit to Canada": Canada is where he went, not
        whose he is (a name followed by "'s" has no appositive)."""
        text = (
            "Readout of Deputy Secretary of Defense Tom Roe's Visit to Canada\n\n"
            "Deputy Secretary of Defense Tom Roe visited Ottawa on Monday.\n"
        )
        source = _source(text)
        found = discover_people(text, source.blocks, knowledge).actors
        assert [("Tom Roe", None)] == [(a.name, a.country) for a in found]


class TestCountryOfAPossessiveOverAList:
    def test_names_coordinated_with_the_first_share_its_possessive(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "Côte d’Ivoire’s Minister of Defence A and Chief of Defence Staff Lt. Gen. B":
        the possessive governs the whole list, so B is Ivorian too."""
        text = (
            "Langley met with Côte d’Ivoire’s Minister of Defence Ana Lisca and Chief of"
            " Defence Staff Lt. Gen. Tom Vasko.\n"
        )
        found = {a.name: a.country for a in _discover(text, knowledge)}
        assert {"Ana Lisca": "CI", "Tom Vasko": "CI"} == found

    def test_offices_listed_after_a_title_s_country_share_it(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "Latvian President A, Foreign Minister B and Defense Minister C": the government
        offices listed with the first one are of its country."""
        text = (
            "Mullen met with Latvian President Ana Lisca, Foreign Minister Tom Vasko and"
            " Defense Minister Ola Berg.\n"
        )
        found = {a.name: a.country for a in _discover(text, knowledge)}
        assert {"Ana Lisca": "LV", "Tom Vasko": "LV", "Ola Berg": "LV"} == found

    def test_an_adjective_in_one_title_is_that_title_s_alone(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "Romanian Chief of Defense Gen. A, and Maj. Gen. B, V Corps deputy commanding
        general": the adjective names A's country, not B's."""
        text = (
            "Wolters met with Romanian Chief of Defense Gen. Ana Lisca, and Maj. Gen. Tom"
            " Vasko, V Corps deputy commanding general.\n"
        )
        found = {a.name: a.country for a in _discover(text, knowledge)}
        assert {"Ana Lisca": "RO", "Tom Vasko": None} == found


class TestCountryOfAnOfficeWithAListedField:
    @pytest.mark.parametrize(
        ("text", "country"),
        [
            (
                "Secretary Tom Roe met at the Pentagon yesterday with Ana Lisca, minister for"
                " equipment, support and technology for the British Defense Ministry.\n",
                "GB",
            ),
            (
                "Secretary Tom Roe met with Ana Lisca, minister for trade, who visits Honduras"
                " next week.\n",
                None,
            ),
            (
                "Gen. Tom Roe and Brig. Gen. Ana Lisca, commander of 7ATC, hosted the visit of"
                " the Ukrainian Armed Forces.\n",
                None,
            ),
        ],
    )
    def test_the_office_s_field_runs_on_to_its_country(
        self, knowledge: KnowledgeBase, text: str, country: str | None
    ) -> None:
        """An office in lower case whose field lists words ("minister for equipment, support
        and technology for the British Defense Ministry") gives its country, not the place
        of the meeting before the name ("at the Pentagon ... with"); a clause after the
        office ("who visits Honduras", "hosted the visit of the Ukrainian ...") does not."""
        found = {a.name: a.country for a in _discover(text, knowledge)}
        assert country == found["Ana Lisca"]


class TestCountryOfAnOfficeInApposition:
    def test_a_person_in_the_next_sentence_leaves_the_office_s_country(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "Dr. Tariq Nuaimi, Secretary General of the Oman Ministry of Defense. The
        engagement was Kurilla's second ...": the office's body names Oman; a person named
        in the next sentence is no part of the office."""
        text = (
            "Kurilla met Dr. Tariq Nuaimi, Secretary General of the Oman Ministry of Defense."
            " The engagement was Kurilla's second visit here.\n"
        )
        assert [("Tariq Nuaimi", "OM")] == [(a.name, a.country) for a in _discover(text, knowledge)]


class TestTitledNameEdges:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            # a month's short name before a day ends the name, though "Jan" is a given name
            (
                "The force hosted Army Gen. Tunde K. Bakare Jan. 13 in the capital.\n",
                "Tunde K. Bakare",
            ),
            # a country's name after a rank and before a surname is a given name
            (
                "U.S. Space Force Lt. Col. Jordan Bakare, commander of the squadron, spoke.\n",
                "Jordan Bakare",
            ),
            # ... but after a posting's "to" it is where the office holder serves
            (
                "He met U.S. Ambassador to Jordan Tunde Bakare in Amman.\n",
                "Tunde Bakare",
            ),
            # a given name written as two initials with a space between them
            (
                "U.S. Army Maj. Gen. J. B. Bakare traveled to Hokkaido, Japan, Aug. 22-24.\n",
                "J. B. Bakare",
            ),
            # a grade's digit is part of the rank; the name after it is found
            (
                "The crew was led by Chief Warrant Officer 5 Tunde Bakare, a manager.\n",
                "Tunde Bakare",
            ),
            # "Inspector" is an office's word, not someone titled "General"
            (
                "He met with Lt. Gen. Tunde Bakare, General Inspector of the Armed Forces.\n",
                "Tunde Bakare",
            ),
            # seven words, five of them names: "bin" does not make it too long to be a name
            (
                "He hosted Rear Adm. Saif bin Nasser bin Mohsin Al Rahbi for discussions.\n",
                "Saif bin Nasser bin Mohsin Al Rahbi",
            ),
            # "al" written apart is a particle inside the name, as "al-" joined is
            (
                "Malloy met with Vice Admiral Tariq al Nuaimi, Commander of the Naval Forces.\n",
                "Tariq al Nuaimi",
            ),
            # "Chief Negotiator" is an office: the name is the one after its comma, no one
            # called "Negotiator"
            (
                "Hague met Israel's Minister for Justice and Chief Negotiator, Minister Tali"
                " Oren.\n",
                "Tali Oren",
            ),
            # a field of two words joined by "and" ("for Insular and International Affairs")
            # is the office's, not two people's
            (
                "U.S. Assistant Secretary of the Interior for Insular and International Affairs"
                " Tomas Vellari concluded his visit.\n",
                "Tomas Vellari",
            ),
            # a state's name and a title's abbreviation cut at its full stop are no name
            (
                "\u201cWe are grateful,\u201d said Arizona Gov. Tomas Vellari. \u201cThe"
                " partnership grows.\u201d\n",
                "Tomas Vellari",
            ),
            (
                "\u201cWe are grateful,\u201d said New Mexico Gov. Tomas Vellari.\n",
                "Tomas Vellari",
            ),
            # a committee's party offices are titles: "Lead Republican", "Ranking Member"
            (
                "House Foreign Affairs Committee Lead Republican Tomas Vellari joined the"
                " delegation.\n",
                "Tomas Vellari",
            ),
            (
                "Ranking Member Tomas Vellari (D-IL) joined the delegation.\n",
                "Tomas Vellari",
            ),
            (
                "Democratic Leader Tomas Vellari joined the delegation.\n",
                "Tomas Vellari",
            ),
            # "of Qatar" after the name is the holder's country, not more of the title
            (
                "Mattis welcomed Defense Minister Tariq bin Hamad Al-Nuaimi of Qatar to the"
                " Pentagon today.\n",
                "Tariq bin Hamad Al-Nuaimi",
            ),
        ],
    )
    def test_the_one_name_a_titled_run_gives(
        self, knowledge: KnowledgeBase, text: str, expected: str
    ) -> None:
        """A titled name is read whole and alone: dates, grade digits, office words and
        particles around it neither cut it nor add a person."""
        source = _source(text)
        found = discover_people(text, source.blocks, knowledge).actors
        assert [expected] == [a.name for a in found]


class TestStopWordSurnames:
    @pytest.mark.parametrize(
        ("text", "found"),
        [
            ("said Chief Warrant Officer 3 Allen West, the program's director.\n", True),
            ("said Col. Allen West, the program's director.\n", True),
            ("said the Minister Allen West on Monday.\n", False),
        ],
    )
    def test_a_stop_word_that_is_a_surname_ends_a_name_after_a_rank(
        self, knowledge: KnowledgeBase, text: str, found: bool
    ) -> None:
        """ "Col. Allen West", "Chief Warrant Officer 3 Allen West": after a rank a stop word
        that is also a surname ends the name; after an office it does not ("West" is a
        compass word far more often)."""
        assert found == ("Allen West" in _discovered(text, knowledge))


class TestBodyHeadNouns:
    @pytest.mark.parametrize(
        "text",
        [
            "They met with the Marine Megafauna Foundation on Monday.\n",
            "They met with leaders of ANAC, African Parks, Marine Megafauna Foundation, and"
            " the Greg Carr Foundation.\n",
        ],
    )
    def test_a_run_ending_with_a_body_s_head_noun_is_no_person(
        self, knowledge: KnowledgeBase, text: str
    ) -> None:
        """ "the Marine Megafauna Foundation": "Marine" is a rank, but a run of capitalised
        words ending with "Foundation" names a body, no person (``name_stop_words``)."""
        assert [] == [name for name in _discovered(text, knowledge) if "Foundation" in name]


class TestHonorificAndAKnownSurname:
    @pytest.mark.parametrize(
        ("text", "discovered"),
        [
            # no known Collins named, no office before the surname: someone new
            ("Lord Collins of Highbury visited Angola. Lord Collins met officials.\n", True),
            # the page names Xi Jinping, whose surname comes first
            ("President Xi Jinping met him. Mr. Xi said the talks went well.\n", False),
            # an office before the surname elsewhere tells which known Collins it is
            ("Secretary Collins thanked the troops. Mr. Collins then left.\n", False),
        ],
    )
    def test_a_surname_after_an_honorific_is_new_unless_the_page_says_whose(
        self, knowledge: KnowledgeBase, text: str, discovered: bool
    ) -> None:
        """ "Lord Collins": the data know other Collinses, but the page names none of them
        and gives no office: someone the data does not know."""
        names = _discovered(text, knowledge)
        assert discovered == any(name in ("Collins", "Xi") for name in names)


class TestOfficeInitials:
    def test_an_office_s_initials_in_brackets_leave_the_name_titled(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "Ukrainian Prosecutor General (PG) Andriy Bakare": the office's initials between
        the title and the name are read past."""
        text = "The minister hosted Ukrainian Prosecutor General (PG) Andriy Bakare today.\n"
        assert "Andriy Bakare" in _discovered(text, knowledge)

    def test_an_organisation_s_initials_start_no_name(self, knowledge: KnowledgeBase) -> None:
        """ "Military Coordination Cell (MCC) Mogadishu director": the initials of a unit, not
        of an office; "Coordination Cell Mogadishu" is nobody."""
        text = "Col. Tunde Bakare, Military Coordination Cell (MCC) Mogadishu director, met him.\n"
        assert not any("Mogadishu" in name for name in _discovered(text, knowledge))


class TestOfficeCommaName:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "Meetings were held with Deputy Permanent Secretary of Defence, Tunde Bakare;"
                " and others.\n",
                [("Tunde Bakare", "Deputy Permanent Secretary of Defence")],
            ),
            (
                "He met the Commissioner of Police, Tunde Bakare.\n",
                [("Tunde Bakare", "Commissioner of Police")],
            ),
            (
                "The Chair of the Board, Tunde Bakare, signed the accord.\n",
                [("Tunde Bakare", "Chair of the Board")],
            ),
            ("In Lagos, Tunde Bakare said hello.\n", []),
            (
                "The Minister for International Development, Tunde Bakare, visited Lagos.\n",
                [("Tunde Bakare", "Minister")],
            ),
            (
                "Remarks at the joint press statement with Tunde Bakare, Chairperson of the"
                " Union Commission\n",
                [("Tunde Bakare", "Chairperson")],
            ),
            (
                "She held talks with Tunde Bakare, Minister for Defence and Veterans.\n",
                [("Tunde Bakare", "Minister")],
            ),
            ("She held talks with Tunde Bakare, President Akufo-Addo's friend.\n", []),
            (
                "She held talks with Ana Lis, and Tunde Bakare, Dutch Minister for Foreign"
                " Affairs, on Monday.\n",
                [("Tunde Bakare", "Minister")],
            ),
            (
                "He also met with the Deputy Minister of Investments, Industry, and Trade,"
                " Tunde Bakare to discuss trade.\n",
                [("Tunde Bakare", "Deputy Minister of Investments Industry and Trade")],
            ),
        ],
    )
    def test_a_name_after_an_office_and_a_comma(
        self, knowledge: KnowledgeBase, text: str, expected: list[tuple[str, str]]
    ) -> None:
        """Official lists write the office, a comma and the name ("Commissioner of Police,
        Tunde Bakare"), readouts the name, a comma and the office ("with Moussa Faki,
        Chairperson of the African Union Commission"): the name is a person with that
        office; a place and a comma make no office, nor does a possessive."""
        source = _source(text)
        found = discover_people(text, source.blocks, knowledge).actors
        assert expected == [(a.name, a.roles[0].title) for a in found if a.roles]


class TestOfficeInLowerCase:
    @pytest.mark.parametrize(
        ("text", "country"),
        [
            (
                "He met Gen. Tunde Bakare, chief of staff of the Japan Self Defense Forces; and"
                " others.\n",
                "JP",
            ),
            ("He met Gen. Tunde Bakare, who visited Japan last year.\n", None),
            ("He met Lt. Gen. Tunde Bakare, North Macedonia chief of defense.\n", "MK"),
            ("He met Maj. Gen. Tunde Bakare, Vermont adjutant general; and others.\n", "US"),
        ],
    )
    def test_the_country_of_an_office_in_apposition(
        self, knowledge: KnowledgeBase, text: str, country: str | None
    ) -> None:
        """ "Gen. Tunde Bakare, chief of staff of the Japan Self Defense Forces": the office
        in lower case after his name gives his country; a clause after "who" does not."""
        source = _source(text)
        found = discover_people(text, source.blocks, knowledge).actors
        assert [("Tunde Bakare", country)] == [(a.name, a.country) for a in found]


class TestGenderFromAPronoun:
    @pytest.mark.parametrize(
        ("sentence", "gender"),
        [
            ("spokesperson Dana W. Roe said the talks went well and she thanked them.", "female"),
            (
                "spokesperson Dana W. Roe said the talks went well, and that Narendra Modi"
                " thanked them for his country's help.",
                None,
            ),
        ],
    )
    def test_a_pronoun_after_someone_else_is_theirs(
        self, knowledge: KnowledgeBase, sentence: str, gender: str | None
    ) -> None:
        """The first he/she after a name gives that person's gender, unless another person
        is named in between: "and that Modi thanked them for his country's help"."""
        text = f"In a statement, {sentence}\n"
        source = _source(text)
        genders = dict(discover_people(text, source.blocks, knowledge).genders)
        assert gender == genders.get("dana-w-roe")


class TestCalledByTheFirstWord:
    @pytest.mark.parametrize("cue_first", [True, False])
    def test_a_first_word_used_alone_with_a_cue(
        self, knowledge: KnowledgeBase, cue_first: bool
    ) -> None:
        """ "Adm. Kiet Somchai ... said Kiet." (or "Kiet said"): the text calls him by the
        first word of his name, so that word is his too."""
        said = "said Kiet." if cue_first else "Kiet said."
        text = f"Adm. Kiet Somchai visited the base.\n\n\u201cWe are grateful,\u201d {said}\n"
        source = _source(text)
        (actor,) = discover_people(text, source.blocks, knowledge).actors
        assert "Kiet" in actor.aliases

    def test_the_father_s_surname_of_a_spanish_name(self, knowledge: KnowledgeBase) -> None:
        """ "Lt. Gen. José Zamorra Álvarez ... Zamorra said": the father's surname, before
        the mother's, is his name too."""
        text = (
            "Lt. Gen. José Zamorra Álvarez visited the base.\n\n"
            "\u201cWe are grateful,\u201d Zamorra said.\n"
        )
        source = _source(text)
        (actor,) = discover_people(text, source.blocks, knowledge).actors
        assert ("José Zamorra Álvarez", ("Zamorra",)) == (actor.name, actor.aliases)


class TestUnicodeNames:
    @pytest.mark.parametrize(
        "name",
        ["Ana Marković", "Luka Đoković", "Élodie Fouché", "Jörg Müller", "Nguyễn Văn Thành"],
    )
    def test_title_before_name_with_diacritics(self, knowledge: KnowledgeBase, name: str) -> None:
        """A title introduces a name written with letters beyond ASCII."""
        assert [name] == _discovered(f'Mayor {name} said "fine".', knowledge)

    @pytest.mark.parametrize(
        "name", ["Fekitamoeloa ‘Utoikamanu", "Lopeti ʻAkilisi", "Tau'aika 'Uta'atu"]
    )
    def test_an_okina_opens_a_word_of_a_name(self, knowledge: KnowledgeBase, name: str) -> None:
        """A Polynesian name whose word opens with an okina ("‘Utoikamanu") is whole."""
        assert [name] == _discovered(f'Mayor {name} said "fine".', knowledge)

    @pytest.mark.parametrize("name", ["Cristobal de la Cerda", "Ana de los Santos"])
    def test_two_particles_inside_a_name(self, knowledge: KnowledgeBase, name: str) -> None:
        """ "Lt. Gen. Cristobal de la Cerda": "de" and "la" written apart are the name's."""
        assert [name] == _discovered(f"He met Lt. Gen. {name} (left) on Sunday.\n", knowledge)

    @pytest.mark.parametrize("quoted", ["'We're fine'", "‘We’re fine’", "'Thank you'"])
    def test_a_single_quotation_mark_opens_no_name(
        self, knowledge: KnowledgeBase, quoted: str
    ) -> None:
        """A single opening mark before a short word or a contraction is a quotation's."""
        assert [] == _discovered(f"The general said {quoted} to the crowd.", knowledge)

    @pytest.mark.parametrize("name", ["Joseph P. DiSalvo", "Ray LaHoodie", "Ann DeMarco"])
    def test_a_capital_inside_a_surname(self, knowledge: KnowledgeBase, name: str) -> None:
        """ "DiSalvo", "LaHoodie": a prefix and a capital inside one family name."""
        assert [name] == _discovered(f'Mayor {name} said "fine".', knowledge)

    @pytest.mark.parametrize("title", ["Adm.", "Chief of the Naval Staff Adm."])
    def test_a_given_name_s_initial_opens_a_name(
        self, knowledge: KnowledgeBase, title: str
    ) -> None:
        """ "Adm. R. Tunde Bakare": the initial of a first given name opens the name."""
        text = f"He met {title} R. Tunde Bakare on Sunday.\n"
        assert ["R. Tunde Bakare"] == _discovered(text, knowledge)

    @pytest.mark.parametrize("mark", ["(retired)", "(Ret.)", "(R)"])
    def test_a_mark_of_one_retired_after_the_rank(
        self, knowledge: KnowledgeBase, mark: str
    ) -> None:
        """ "Maj. Gen. (retired) Tunde Bakare": the mark stands between rank and name."""
        text = f"He met Maj. Gen. {mark} Tunde Bakare on Sunday.\n"
        assert ["Tunde Bakare"] == _discovered(text, knowledge)

    def test_air_vice_marshal_without_a_hyphen_is_a_title(self, knowledge: KnowledgeBase) -> None:
        """ "Air Vice Marshal (retired) Tunde Bakare": the rank as Americans write it."""
        text = "He met Air Vice Marshal (retired) Tunde Bakare on Sunday.\n"
        assert ["Tunde Bakare"] == _discovered(text, knowledge)

    @pytest.mark.parametrize("rank", ["Vice-Admiral", "Rear-Admiral", "Lieutenant-General"])
    def test_a_rank_written_with_a_hyphen_is_a_title(
        self, knowledge: KnowledgeBase, rank: str
    ) -> None:
        """ "Vice-Admiral Tunde Bakare": the hyphenated rank is his title, not his name."""
        text = f"He met {rank} Tunde Bakare on Sunday.\n"
        assert ["Tunde Bakare"] == _discovered(text, knowledge)

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("It was good, said Air Force Brig. Gen. Steven deMilliano.\n", "Steven deMilliano"),
            ("It was good, said Fijian navy Sub-Lt. Opeti Enesi.\n", "Opeti Enesi"),
        ],
    )
    def test_a_lower_case_particle_and_a_hyphenated_sub_rank(
        self, knowledge: KnowledgeBase, text: str, name: str
    ) -> None:
        """ "deMilliano" (a particle in lower case joined to the name) is one word of a
        name; "Sub-Lt." is a title."""
        assert [name] == _discovered(text, knowledge)

    def test_an_initial_before_one_name_is_none(self, knowledge: KnowledgeBase) -> None:
        """ "Adm. R. Bakare": an initial and a surname make no full name to introduce."""
        assert [] == _discovered("He met Adm. R. Bakare on Sunday.\n", knowledge)

    def test_a_name_ends_before_a_joiner_word(self, knowledge: KnowledgeBase) -> None:
        """ "Minister of Defense Tunde Bakare on Sunday": the name is two words; "of" stays
        in the title because more of the title follows it."""
        text = "He met Minister of Defense Tunde Bakare on Sunday.\n"
        assert ["Tunde Bakare"] == _discovered(text, knowledge)

    def test_two_titled_people_joined_by_and_are_both_found(self, knowledge: KnowledgeBase) -> None:
        """ "Iraqi Prime Minister Amina Okonjo and Defense Minister Tunde Bakare": two people;
        "Minister of Foreign Affairs and Trade Jane Roe" is one title and one name."""
        text = (
            "He met with Iraqi Prime Minister Amina Okonjo and Defense Minister Tunde Bakare."
            " Minister of Foreign Affairs and Trade Jane Roe said so.\n"
        )
        assert ["Amina Okonjo", "Tunde Bakare", "Jane Roe"] == _discovered(text, knowledge)

    def test_an_article_after_and_still_opens_the_next_title(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "Secretary of Homeland Security Tunde Bakare and the Mexican Secretary of the
        Interior Amina Okonjo": two people, the second of Mexico; the first is not read as
        part of a title that runs on to the second name."""
        text = (
            "Secretary of Homeland Security Tunde Bakare and the Mexican Secretary of the"
            " Interior Amina Okonjo agreed on border initiatives.\n"
        )
        found = {a.name: a.country for a in _discover(text, knowledge)}
        assert {"Tunde Bakare": None, "Amina Okonjo": "MX"} == found

    def test_two_initials_without_stops_start_a_name(self, knowledge: KnowledgeBase) -> None:
        """ "Gen. QX Bramble Jr." is a person whose given name is written as initials."""
        text = 'Gen. QX Bramble Jr., the commander, hosted the visit.\n"We are glad," Bramble said.'
        result = extract_statements(_source(text), knowledge)
        assert [("We are glad,", "qx-bramble-jr")] == [(t, s) for t, s, _, _ in _said(result)]

    def test_a_suffix_after_a_comma_leaves_the_surname_bare(self, knowledge: KnowledgeBase) -> None:
        """ "Gen. Ann Brown, Jr., the commander": "Brown said" is hers (the surname is not
        "Brown,")."""
        text = 'Gen. Ann Brown, Jr., the commander, hosted the visit.\n"We are glad," Brown said.'
        result = extract_statements(_source(text), knowledge)
        assert [("We are glad,", "ann-brown-jr")] == [(t, s) for t, s, _, _ in _said(result)]

    def test_the_right_honourable_is_a_title(self, knowledge: KnowledgeBase) -> None:
        """ "Prime Minister Rt Hon Mary Tane" is Mary Tane, not "Rt Hon Mary"."""
        assert ["Mary Tane"] == _discovered(
            'Prime Minister Rt Hon Mary Tane said "fine".', knowledge
        )

    def test_a_head_of_government_by_his_country_s_word(self, knowledge: KnowledgeBase) -> None:
        """ "Irish Taoiseach Liam Mahon": the Irish word for the office is a title."""
        text = 'Irish Taoiseach Liam Mahon said "fine".'
        result = extract_statements(_source(text), knowledge)
        discovered = {a.name: a.country for a in result.actors}
        assert {"Liam Mahon": "IE"} == discovered

    def test_a_sentence_s_opening_adverb_is_not_a_given_name(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "Then Jan Kowal held talks with ...": the name is Jan Kowal."""
        text = "The minister arrived.\nThen Jan Kowal held talks with the delegation."
        result = extract_statements(_source(text), knowledge)
        assert ["jan-kowal"] == [a.id for a in result.actors]

    def test_a_title_and_one_name_before_a_place(self, knowledge: KnowledgeBase) -> None:
        """ "received by Pope Zephyrin at the Apostolic Palace": one name after a title, then
        where, is that person."""
        text = 'He was received by Pope Zephyrin at the Apostolic Palace and said "fine".'
        assert "Zephyrin" in _discovered(text, knowledge)

    def test_irish_name_with_particle(self, knowledge: KnowledgeBase) -> None:
        """'Ó Briain' is one family name."""
        assert ["Dara Ó Briain"] == _discovered('Mayor Dara Ó Briain said "fine".', knowledge)

    def test_surname_with_diacritics_resolves(self, knowledge: KnowledgeBase) -> None:
        """'said Radić' later names the Ivana Radić introduced earlier."""
        text = (
            'Mayor Ivana Radić said "yes".\nThe minister disagreed. "No," he said. '
            '"Maybe," said Radić.'
        )
        result = extract_statements(_source(text), knowledge)
        assert ("Maybe,", "ivana-radic", 70, 76) == _said(result)[-1]

    def test_id_is_ascii(self, knowledge: KnowledgeBase) -> None:
        """The stable id of a discovered name drops its accents."""
        result = extract_statements(_source('Mayor Luka Đoković said "fine".'), knowledge)
        assert [("fine", "luka-dokovic", 25, 29)] == _said(result)


class TestAppositives:
    def test_article_description_before_cue(self, knowledge: KnowledgeBase) -> None:
        """'First Last, a <description>, said' introduces a speaker; 'she' then names her."""
        text = (
            "Mira Solano, a 52-year-old teacher, said she hoped for peace. “He listens,” she said."
        )
        result = extract_statements(_source(text), knowledge)
        assert [("He listens,", "mira-solano", 63, 74)] == _said(result)

    def test_role_of_organisation(self, knowledge: KnowledgeBase) -> None:
        """'First Last, head of trade at <Org>, said' introduces the speaker, not the body."""
        text = (
            "Tim Ashby, head of trade at the Chamber of Commerce, said the deal was "
            '"useful" but thin.'
        )
        result = extract_statements(_source(text), knowledge)
        assert [("useful", "tim-ashby", 72, 78)] == _said(result)

    def test_cue_then_name_and_description(self, knowledge: KnowledgeBase) -> None:
        """'"…," said First Last, a researcher at …' credits the named person."""
        text = '"He sells it twice," said Jelena Marković, a researcher at a policy centre.'
        result = extract_statements(_source(text), knowledge)
        assert [("He sells it twice,", "jelena-markovic", 1, 19)] == _said(result)

    def test_listed_people_with_descriptions(self, knowledge: KnowledgeBase) -> None:
        """ "Visitors included Mira Solano, ambassador of ...; and Karel Novak, defense
        counselor at ...": each listed name with its description is a person, and "said
        Solano" names her."""
        text = (
            "Visitors included Mira Solano, ambassador of the Republic of Latvia to the United"
            " States; and Karel Novak, defense counselor at the embassy.\n"
            "“We are glad,” said Solano."
        )
        result = extract_statements(_source(text), knowledge)
        assert (["Mira Solano", "Karel Novak"], ["mira-solano"]) == (
            [a.name for a in result.actors],
            [s.speaker for s in result.statements],
        )

    @pytest.mark.parametrize(
        "office", ["Cape Verde's minister of defense", "the Cape Verdean minister of defense"]
    )
    def test_a_country_of_two_words_before_the_role(
        self, knowledge: KnowledgeBase, office: str
    ) -> None:
        """ "including Mira Solano, Cape Verde's minister of defense": a possessive or an
        adjective of two words before the role introduces her, of that country."""
        text = f"He met officials, including Mira Solano, {office}.\n"
        assert [("Mira Solano", "CV")] == [(a.name, a.country) for a in _discover(text, knowledge)]

    def test_age_and_description(self, knowledge: KnowledgeBase) -> None:
        """'First Last, 34, a nurse from Lviv, …' introduces a person."""
        text = "Among those waiting was Olena Kravets, 34, a nurse from Lviv."
        assert ["Olena Kravets"] == _discovered(text, knowledge)

    def test_later_surname_and_pronoun(self, knowledge: KnowledgeBase) -> None:
        """After the introduction, 'said <surname>' and 'he said' name the same man."""
        text = (
            "Karel Novák, an engineer, said he was tired.\n"
            '"We wait," he said. "We hope," said Novák.'
        )
        result = extract_statements(_source(text), knowledge)
        assert [
            ("We wait,", "karel-novak", 46, 54),
            ("We hope,", "karel-novak", 66, 74),
        ] == _said(result)

    @pytest.mark.parametrize(
        "text",
        [
            "Los Angeles, a city of four million, said nothing.",
            "Goldman Sachs, the bank, said it was pleased.",
            "Hong Kong, a former colony, said it would wait.",
        ],
    )
    def test_places_and_bodies_are_not_people(self, knowledge: KnowledgeBase, text: str) -> None:
        """A place or a body described in an appositive is not a person."""
        assert [] == _discovered(text, knowledge)

    def test_organisation_name_is_not_a_person(self, knowledge: KnowledgeBase) -> None:
        """'Centre for Regional Policy' has no first+last name shape."""
        text = "The Centre for Regional Policy, a think-tank, said the deal was poor."
        assert [] == _discovered(text, knowledge)


class TestPeopleIntroducedInAParagraph:
    def test_name_after_for_with_appositive(self, knowledge: KnowledgeBase) -> None:
        """'For Lan Thi Bao, a retired nurse, ...' introduces a three-part name."""
        text = 'For Lan Thi Bao, a retired nurse, it mattered. "Good news," she said.'
        result = extract_statements(_source(text), knowledge)
        assert [("Good news,", "lan-thi-bao", 48, 58)] == _said(result)

    def test_age_in_commas_marks_a_person(self, knowledge: KnowledgeBase) -> None:
        """'teacher Park Su-ah, 41, waved' introduces a hyphenated given name."""
        text = "Outside, teacher Park Su-ah, 41, waved. She said: 'Too late.'"
        result = extract_statements(_source(text), knowledge)
        assert [("Too late.", "park-su-ah", 51, 60)] == _said(result)


class TestSubjectsBeyondARelativeClause:
    def test_surname_with_relative_clause_names_the_full_name(
        self, knowledge: KnowledgeBase
    ) -> None:
        """'Tor Berg's song ... Berg, who was away, later posted' introduces Tor Berg."""
        text = 'Ann sang Tor Berg\'s song. Berg, who was away, later posted that it was "fine".'
        result = extract_statements(_source(text), knowledge)
        assert [("fine", "tor-berg", 72, 76)] == _said(result)

    def test_title_phrase_before_an_appositive_name(self, knowledge: KnowledgeBase) -> None:
        """'The party's spokesman, Lee Ha-na, said' is Lee Ha-na, not an unnamed spokesman."""
        text = 'The party\'s spokesman, Lee Ha-na, said it had "given up".'
        result = extract_statements(_source(text), knowledge)
        assert [("given up", "lee-ha-na", 47, 55)] == _said(result)


class TestOrganisations:
    def test_body_with_abbreviation_is_an_institution(self, knowledge: KnowledgeBase) -> None:
        """'The Union of Fish Traders (UFT) ... in a statement' makes the union the speaker."""
        text = 'The Union of Fish Traders (UFT) said in a statement it was "overdue".'
        result = extract_statements(_source(text), knowledge)
        assert [("overdue", "union-of-fish-traders", 60, 67)] == _said(result)


class TestWordsNoNameHolds:
    @pytest.mark.parametrize(
        "text",
        [
            "Joint statement - Seventh 2+2 Foreign and Defence Ministerial Consultations",
            "First Assistant Secretary Strategic Policy Tom Vale spoke.",
            "Press Releases Zedland announced the talks.",
        ],
    )
    def test_an_office_word_run_is_no_person(self, text: str, knowledge: KnowledgeBase) -> None:
        """ "Ministerial Consultations", "Strategic Policy", "Releases Zedland" name no one."""
        assert not {"Ministerial Consultations", "Strategic Policy", "Releases Zedland"} & set(
            _discovered(text, knowledge)
        )

    def test_a_subject_ending_a_run_of_office_words_is_no_person(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "Both Ministers expressed ...": "Ministers" used alone as a subject is no surname
        of the "Both Ministers" a sentence began with."""
        text = (
            "Zedland's Trade Minister, Tom Vale, met Ruritania's Industry Minister, Ann Roe.\n"
            "Both Ministers expressed their support for the agreement.\n"
            "Ministers agreed to meet again."
        )
        assert "Both Ministers" not in _discovered(text, knowledge)

    def test_an_administration_is_no_single_name(self, knowledge: KnowledgeBase) -> None:
        """ "Minister of the General Administration of Customs Yu Guangzhou": "General" is
        no rank of an "Administration"."""
        text = "He met the Minister of the General Administration of Zedland Customs Tom Vale."
        assert "Administration" not in _discovered(text, knowledge)


class TestPortfolioWords:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "Kelly met with Minister of Public Safety and Emergency Preparedness Ralph"
                " Goodale to discuss the border.",
                "Ralph Goodale",
            ),
            (
                "He also held discussions with Minister of Immigration, Refugees and"
                " Citizenship Ahmed D. Hussen on visas.",
                "Ahmed D. Hussen",
            ),
        ],
    )
    def test_a_portfolio_s_words_are_no_part_of_the_name(
        self, text: str, expected: str, knowledge: KnowledgeBase
    ) -> None:
        """The words of a minister's portfolio ("Public Safety", "Refugees and Citizenship")
        are the title's, the name is what follows."""
        assert expected in _discovered(text, knowledge)

    def test_a_title_case_heading_s_field_is_no_name(self, knowledge: KnowledgeBase) -> None:
        """ "... Economic Development, and Climate Change Impacts" names no one."""
        text = "Visiting Pohnpei to Discuss Economic Development, and Climate Change Impacts"
        assert [] == _discovered(text, knowledge)


class TestCourtesyStyles:
    def test_a_style_after_an_office_leaves_the_office_the_title(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "the Prime Minister of Zedland, Hon Tom Vale,": his title is the office, not
        "Hon"; "Zedland's Minister for Trade, the Hon Ann Roe MP," is of Zedland."""
        text = (
            "They invited the Prime Minister of Zedland, Hon Tom Vale, to London.\n"
            "Ruritania's Minister for Trade, the Hon Ann Roe MP, met him."
        )
        found = {a.name: a for a in _discover(text, knowledge)}
        assert ("Prime Minister", "Minister") == (
            found["Tom Vale"].roles[0].title,
            found["Ann Roe"].roles[0].title,
        )


class TestUnitsNamedWithAHyphen:
    @pytest.mark.parametrize(
        "text",
        [
            "Rear Adm. Jo Lee, commander, Joint Task Force-Micronesia, joined the delegation.",
            "He met Marines of the Marine Rotational Force-Darwin on Monday.",
        ],
    )
    def test_a_unit_word_joined_by_a_hyphen_is_no_name(
        self, text: str, knowledge: KnowledgeBase
    ) -> None:
        """ "Joint Task Force-Micronesia", "Rotational Force-Darwin": a word no name holds,
        joined to a place by a hyphen, still names a unit."""
        assert [] == [n for n in _discovered(text, knowledge) if "Force" in n]


class TestHonorificBeforeAName:
    def test_an_honorific_s_stop_opens_no_sentence(self, knowledge: KnowledgeBase) -> None:
        """ "Ms. Jane Roe, hosted Zedland's Minister of Defense": the name after "Ms." is no
        appositive of the minister's office; her title is the honorific."""
        text = (
            "The Assistant Secretary, Ms. Jane Roe, hosted Colombia's Minister of Defense,"
            " Mr. Tunde Bakare, at the Pentagon.\n"
        )
        found = {a.name: a for a in _discover(text, knowledge)}
        assert ("Ms", None) == (found["Jane Roe"].roles[0].title, found["Jane Roe"].country)

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("Minister for the Middle East, Lord Ahmad of Wimbledon, visited Egypt.\n", "Ahmad"),
            ("Defence Minister Baroness Goldie met the Chief of Defence Force.\n", "Goldie"),
        ],
    )
    def test_a_peer_s_style_introduces_the_surname(
        self, knowledge: KnowledgeBase, text: str, name: str
    ) -> None:
        """ "Lord Ahmad of Wimbledon", "Baroness Goldie": a peer's style is an honorific
        before the surname, not part of the name."""
        assert name in _discovered(text, knowledge)

    def test_a_burmese_honorific_introduces_the_whole_name(self, knowledge: KnowledgeBase) -> None:
        """ "met Daw Ada Tin Lis": "Daw" (a Burmese woman's honorific, in ``honorifics``)
        introduces the whole name after it, as "Dr" does."""
        text = "The minister met Daw Ada Tin Lis in Rangoon.\n"
        assert ["Ada Tin Lis"] == _discovered(text, knowledge)


class TestSpanishRanks:
    def test_a_spanish_rank_abbreviated_introduces_a_name(self, knowledge: KnowledgeBase) -> None:
        """ "met with Gral. Eduardo Zapateiro Altamiranda, Colombian National Army commanding
        general": "Gral." is a rank (its dot ends no sentence) and the name after it a
        Colombian's."""
        text = (
            "Brig. Gen. Jo Lee met with Gral. Eduardo Zapateiro Altamiranda, Colombian"
            " National Army commanding general, July 21 in Bogota.\n"
        )
        found = {a.name: a for a in _discover(text, knowledge)}
        assert ("Gral.", "CO") == (
            found["Eduardo Zapateiro Altamiranda"].roles[0].title,
            found["Eduardo Zapateiro Altamiranda"].country,
        )


class TestTitleWithoutAName:
    @pytest.mark.parametrize(
        ("text", "people"),
        [
            (
                '"The meetings helped," stated Honduran Gen. Mario Castillo, Estado Mayor human'
                " resources commander.\n",
                ["Mario Castillo"],
            ),
            (
                "The minister held a bilateral meeting with Prime Minister Valletta of Malta"
                " ahead of the service.\n",
                ["Valletta"],
            ),
        ],
    )
    def test_a_country_word_and_a_rank_make_no_name(
        self, knowledge: KnowledgeBase, text: str, people: list[str]
    ) -> None:
        """ "stated Honduran Gen. Mario Castillo": "Honduran Gen" (the rank's stop cuts it
        off) is a title, no person; the name after it is the speaker."""
        assert people == _discovered(text, knowledge)


class TestFieldWithoutAnOffice:
    @pytest.mark.parametrize(
        ("text", "people"),
        [
            ("Please refer to Overseas Business Risk - India.\n", []),
            ("The ruling came from the International Criminal Court on Monday.\n", []),
            (
                "He met Minister of Immigration, Refugees and Citizenship Ada Lis in Ottawa.\n",
                ["Ada Lis"],
            ),
            ("He met Minister of Food and Agriculture Ada Lis in Berlin.\n", ["Ada Lis"]),
            ("He met Coordinator for Migration and Protection Ada Lis in Rome.\n", ["Ada Lis"]),
        ],
    )
    def test_an_office_s_field_alone_introduces_no_one(
        self, knowledge: KnowledgeBase, text: str, people: list[str]
    ) -> None:
        """ "Overseas Business Risk": a field's word ("Overseas") is no office, so no person
        follows it; after an office's head, even across a list, or after "of" or "for" (the
        office in a word no list holds: "Coordinator"), the field is the office's."""
        assert people == _discovered(text, knowledge)


class TestNameAfterADateline:
    @pytest.mark.parametrize(
        "text",
        [
            "ACCRA, GHANA - Ada Lis, Director of the Malaria Program, toured the center.\n",
            "KYIV — Ada Lis, the minister of defence, toured the center.\n",
        ],
    )
    def test_a_dateline_s_dash_opens_the_sentence(
        self, knowledge: KnowledgeBase, text: str
    ) -> None:
        """ "ACCRA, GHANA - Ada Lis, Director of ...": after a dateline's dash the story's
        first words stand, so a full name and its office there introduce the person."""
        assert ["Ada Lis"] == _discovered(text, knowledge)


class TestOpeningParticiple:
    def test_a_participle_and_a_place_are_no_name(self, knowledge: KnowledgeBase) -> None:
        """ "Visiting Mogadishu, the Armed Forces Minister met ...": an opening phrase, not
        a person whose office follows."""
        text = "Visiting Mogadishu, the Armed Forces Minister met with the president.\n"
        assert [] == _discovered(text, knowledge)


class TestHeadingsWrittenAsSentences:
    def test_a_heading_in_sentence_case_introduces_a_titled_name(
        self, knowledge: KnowledgeBase
    ) -> None:
        """A heading "Beginning of talks with President of the Republic of Mozambique Tiko Rask"
        is no title-case heading: its title introduces Tiko Rask."""
        text = "Beginning of talks with President of the Republic of Mozambique Tiko Rask"
        source = read_source(
            "Talks with the President of Mozambique\n\n"
            "The leaders discussed cooperation in many areas at length in Moscow today.\n\n"
            f"{text}\n\n"
            "The two leaders then spoke to reporters about trade, energy and security.\n"
        )
        found = discover_people(source.text, source.readable_blocks(), knowledge).actors
        assert ["Tiko Rask"] == [a.name for a in found]


class TestHonorifics:
    def test_honorable_before_a_full_name_introduces_the_person(
        self, knowledge: KnowledgeBase
    ) -> None:
        """The real readout of a Pacific Fleet visit to Sri Lanka (``sealed11/s11c_006``)
        lists "U.S. Ambassador to Sri Lanka, Honorable Julie Chung" on lines of their own:
        "Honorable" introduces her."""
        path = Path(__file__).parents[1] / "quality" / "real" / "sealed11"
        (file,) = path.glob("s11c_006_*.txt")
        source = read_source(file)
        found = discover_people(source.text, source.readable_blocks(), knowledge).actors
        assert "Julie Chung" in [a.name for a in found]


class TestExcellency:
    def test_his_excellency_introduces_the_person(self, knowledge: KnowledgeBase) -> None:
        """ "meeting with His Excellency Kel Varga Lind": the honorific introduces him."""
        text = "You were at the palace, meeting with His Excellency Kel Varga Lind, yesterday."
        assert ["Kel Varga Lind"] == _discovered(text, knowledge)


class TestStandfirstInTitleCase:
    def test_a_standfirst_repeating_the_headline_names_no_one(
        self, knowledge: KnowledgeBase
    ) -> None:
        """A headline repeated as the standfirst ("US Secretary Hails Zedland's Progress"):
        "Hails Zedland" after "Secretary" is no person."""
        headline = "US Secretary Hails Zedland’s Progress in Building Rail Line"
        blocks = (
            Block(kind=BlockKind.HEADLINE, start=0, end=len(headline)),
            Block(kind=BlockKind.SUMMARY, start=len(headline) + 2, end=2 * len(headline) + 2),
        )
        text = f"{headline}\n\n{headline}"
        assert [] == [a.name for a in discover_people(text, blocks, knowledge).actors]


class TestGivenNameAsSubject:
    def test_a_given_name_alone_is_the_person_found_by_title(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ ", Salman told Austin" of "Crown Prince Salman bin Hamad Al Khalifa": no new
        person "Crown Prince Salman"."""
        text = (
            "Austin welcomed Bahrain Crown Prince Salman bin Hamad Al Khalifa today.\n"
            '"We are proud of this partnership," Salman told Austin.\n'
        )
        assert ["Salman bin Hamad Al Khalifa"] == [
            n for n in _discovered(text, knowledge) if "Salman" in n
        ]


class TestOfficeOfTheNameBefore:
    def test_an_office_after_a_known_name_and_comma_is_that_person_s(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "Mike Pence, Vice President of the United States of America, the Honorable Karen
        Pence, Second Lady": the office is Mike Pence's, not the next name's."""
        text = (
            "I welcome the Honorable Mike Pence, Vice President of the United States of"
            " America, the Honorable Karen Pence, Second Lady of the United States of America,"
            " and distinguished guests.\n"
        )
        found = {a.name: a.roles for a in _discover(text, knowledge)}
        assert () == found["Karen Pence"]

    def test_an_office_opening_the_sentence_is_the_name_s_after_it(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "Minister for Trade, the Hon Tunde Bakare, said": no one before the office."""
        text = "Minister for Trade, the Hon Tunde Bakare, said the talks went well.\n"
        found = {a.name: [r.title for r in a.roles] for a in _discover(text, knowledge)}
        assert ["Minister"] == found["Tunde Bakare"]


class TestBodiesAreNoPeople:
    @pytest.mark.parametrize(
        "body",
        [
            "Utah National Guard",
            "Ohio Army Corps",
            "Interior Ministry",
            "U.S. Fifth Fleet",
            "Naval Support Activity Bahrain",
            "Missile Defense System Romania",
            "Security Engagement Board",
        ],
    )
    def test_a_body_after_an_office_is_no_person(self, knowledge: KnowledgeBase, body: str) -> None:
        """ "said Sgt. Maj. Tom Roe, senior enlisted advisor, Utah National Guard": the body
        he serves is no person (its last word is a body's, in ``not_name_words``)."""
        text = (
            '"We are ready," said Command Sgt. Maj. Tom Roe, senior enlisted advisor,'
            f" {body}.\nThe exercise ended.\n"
        )
        assert ["Tom Roe"] == _discovered(text, knowledge)

    @pytest.mark.parametrize(
        "unit", ["the Nigerian Special Boat Service", "the National Migration Service"]
    )
    def test_a_unit_after_a_title_word_is_no_person(
        self, knowledge: KnowledgeBase, unit: str
    ) -> None:
        """ "members of the Nigerian Special Boat Service": "Special" and "National" open
        titles, but a run ending with a service's word names a unit, no person."""
        text = f"Mr Tom Roe met members of {unit} in Lagos on Monday.\nThe visit ended.\n"
        assert ["Tom Roe"] == _discovered(text, knowledge)


class TestSurnameAfterARank:
    def test_a_surname_that_is_also_a_common_word(self, knowledge: KnowledgeBase) -> None:
        """ "said Rear Adm. Michael Day, commander of ...": after an abbreviated rank, "Day"
        (a word no name holds elsewhere: "Independence Day") ends a name."""
        text = (
            '"We stand ready," said Rear Adm. Michael Day, commander of Coast Guard District'
            " 14.\nThe visit ended.\n"
        )
        assert ["Michael Day"] == _discovered(text, knowledge)


class TestApostropheInsideAName:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            # an apostrophe before a lower-case letter inside a Polynesian name
            ("said Brigadier Tupou Aleamotu’a, chief of defense staff.", ["Tupou Aleamotu’a"]),
            # a possessive is no part of the name
            ("said Brigadier Tupou Aleamotu’s deputy, Col. Sione Fifita.", ["Sione Fifita"]),
        ],
    )
    def test_an_apostrophe_or_a_possessive(
        self, knowledge: KnowledgeBase, text: str, expected: list[str]
    ) -> None:
        """ "Aleamotu’a" is one name word; "Aleamotu’s" is a possessive."""
        assert expected == _discovered(f'"We are ready," {text}\n', knowledge)


class TestLowerCaseTitles:
    def test_charge_d_affaires_in_lower_case(self, knowledge: KnowledgeBase) -> None:
        """ "Chargé d’affaires Tony Greubel said": the title written with a lower-case
        "affaires" still introduces him."""
        text = "Chargé d’affaires Tony Greubel said, “The visit matters.”\n"
        result = extract_statements(_source(text), knowledge)
        assert [("The visit matters.", "tony-greubel")] == [(q[0], q[1]) for q in _said(result)]


class TestHyphenatedTitles:
    @pytest.mark.parametrize("title", ["Vice-Minister", "Vice-Premier", "Vice-Chairman"])
    def test_a_hyphenated_title_is_no_part_of_the_name(
        self, knowledge: KnowledgeBase, title: str
    ) -> None:
        """ "Parliamentary Vice-Minister Manabu Horii": the person is Manabu Horii."""
        text = f"The Minister will meet Parliamentary {title} Manabu Horii on Monday.\n"
        assert ["Manabu Horii"] == _discovered(text, knowledge)


class TestHeadlineNames:
    def test_a_verb_after_a_headline_name_is_no_part_of_it(self, knowledge: KnowledgeBase) -> None:
        """ "General Okafor Engages with Leaders in Côte d'Ivoire" (not title case: the
        lower-case "d'"), over prose that writes "Gen. Tiko Okafor" and "Okafor": no person
        "Okafor Engages"."""
        text = (
            "Africa: General Okafor Engages with Leaders in Côte d'Ivoire\n"
            "Gen. Tiko Okafor traveled to Abidjan. Later, Okafor met the minister.\n"
        )
        source = read_source(text)
        found = [a.name for a in discover_people(text, source.blocks, knowledge).actors]
        assert ["Tiko Okafor"] == [name for name in found if "Okafor" in name]


class TestPossessiveCountryBeforeTitle:
    def test_a_country_with_a_lower_case_word(self, knowledge: KnowledgeBase) -> None:
        """ "Côte d’Ivoire’s Minister of Defence Adama Kouakou": of Côte d'Ivoire, though
        the title's run starts after "d’Ivoire’s"."""
        text = "Later, Okafor met with Côte d’Ivoire’s Minister of Defence Adama Kouakou."
        actors = discover_people(text, _source(text).blocks, knowledge).actors
        assert [("Adama Kouakou", "CI")] == [(a.name, a.country) for a in actors]


class TestSurnameOrder:
    def test_last_word_used_alone_is_the_surname(self, knowledge: KnowledgeBase) -> None:
        """A country word after a name does not make 'Vučić' a given name when the text
        then calls him 'Vučić'."""
        text = (
            'President Ana Vučić said ties with China were "of steel".\n'
            'Vučić was happy. "No force can break it," she said.'
        )
        result = extract_statements(_source(text), knowledge)
        assert ("No force can break it,", "ana-vucic", 76, 98) == _said(result)[-1]


class TestPronounAfterIntroduction:
    def test_he_said_after_new_person_in_predicate(self, knowledge: KnowledgeBase) -> None:
        """'Among them was First Last, a student ... "X," he said' credits the new man,
        not the man quoted before."""
        text = (
            'Tom Baxter said "we came".\n'
            "Among those watching was Ravi Menon, a student from Pune. "
            '"My family calls me first," he said.'
        )
        result = extract_statements(_source(text), knowledge)
        assert [
            ("we came", "tom-baxter", 17, 24),
            ("My family calls me first,", "ravi-menon", 86, 111),
        ] == _said(result)


class TestMiddleInitialAndMononyms:
    def test_middle_initial_is_part_of_the_name(self, knowledge: KnowledgeBase) -> None:
        """'Mara T. Lindqvist, a former envoy' is one person and her surname resolves."""
        text = 'Mara T. Lindqvist, a former envoy, was calm. "It holds," Lindqvist said.'
        result = extract_statements(_source(text), knowledge)
        assert ["Mara T. Lindqvist"] == _discovered(text, knowledge)
        assert [("It holds,", "mara-t-lindqvist", 46, 55)] == _said(result)

    def test_title_before_single_name(self, knowledge: KnowledgeBase) -> None:
        """'Trade Minister Wirawan, who ...' introduces a person known by one name."""
        text = 'Trade Minister Wirawan, who flew in, said "we agree".'
        result = extract_statements(_source(text), knowledge)
        assert [("we agree", "wirawan", 43, 51)] == _said(result)

    def test_single_name_needs_a_comma_or_cue(self, knowledge: KnowledgeBase) -> None:
        """'chief Asia economist' and 'General Dynamics to build' name nobody."""
        text = "The deal let General Dynamics to build tanks, said the chief Asia economist."
        assert [] == _discovered(text, knowledge)

    @pytest.mark.parametrize(
        "text",
        [
            "Pompeo had a working lunch with King Wirawan today, and they talked.",
            "I want to welcome President Wirawan and his delegation here.",
            "The envoy met President Wirawan of Indonesia on Monday.",
        ],
    )
    def test_single_name_before_a_time_word_or_of_a_country(
        self, text: str, knowledge: KnowledgeBase
    ) -> None:
        """A title's single name ends before "today", "and his" or "of <Country>"."""
        assert ["Wirawan"] == [n for n in _discovered(text, knowledge) if "Pompeo" not in n]

    def test_an_office_field_before_a_single_name(self, knowledge: KnowledgeBase) -> None:
        """ "Minister of Finance Wirawan, Minister of Trade Sukarto, and ..." names both."""
        text = (
            "The envoy met Minister of Finance Wirawan, Minister of Trade Sukarto, and "
            "Minister of Health Budiman, taking time to talk."
        )
        assert ["Wirawan", "Sukarto", "Budiman"] == _discovered(text, knowledge)

    @pytest.mark.parametrize(
        "text",
        [
            "The envoy met the Minister of Public Works, Housing, and Water Resources.",
            "The envoy met the Minister for Defence Procurement, Kofi Mensah, on Monday.",
            "The envoy met the Minister for Foreign Affairs, Budget and Economic Growth.",
            "Ade met the Minister for Cooperation, Minister Delegate for Foreign Affairs.",
        ],
    )
    def test_an_office_field_alone_names_nobody(self, text: str, knowledge: KnowledgeBase) -> None:
        """The last word of an office's own field ("Public Works, Housing") is no name."""
        assert [] == [n for n in _discovered(text, knowledge) if n != "Kofi Mensah"]

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("Kofi [Mensah, Minister of Foreign Affairs of Ghana], welcome.", "Kofi Mensah"),
            ("We met the President [Tunde Ade] today.", "Tunde Ade"),
            ("We met with Senator [Tunde] Ade today.", "Tunde Ade"),
        ],
    )
    def test_an_editors_brackets_name_a_person(
        self, text: str, name: str, knowledge: KnowledgeBase
    ) -> None:
        """A transcript editor's square brackets complete a given name or name an office's
        holder: "Kofi [Mensah, Minister ...]", "the President [Tunde Ade]", "Senator [Tunde]
        Ade"."""
        assert [name] == _discovered(text, knowledge)

    @pytest.mark.parametrize(
        "text",
        ["The Paratrooper [Infantry] unit trained.", "The Minister [Tunde] Ade arrived."],
    )
    def test_other_brackets_name_nobody_new(self, text: str, knowledge: KnowledgeBase) -> None:
        """A bracketed word that is no name after a title, or a given name alone, is no
        person of its own."""
        assert [] == [n for n in _discovered(text, knowledge) if n not in ("Ade", "Tunde Ade")]

    def test_a_heading_ending_with_an_office_and_a_name(self, knowledge: KnowledgeBase) -> None:
        """A heading ending "with the Foreign Minister of Ghana, Kofi Mensah" names him; a
        heading whose capitalised words run on after a country and a comma names no one."""
        source = read_source(
            "Remarks at the Joint Press Conference with the Foreign Minister of Ghana, Kofi"
            " Mensah\n\nThank you very much, Kofi.\n",
            source_id="h",
        )
        other = read_source(
            "Air Chief Visits Ghana, Extends Congratulations\n\nThe chief came to Accra.\n",
            source_id="o",
        )
        assert (["Kofi Mensah"], []) == (
            [a.name for a in discover_people(source.text, source.blocks, knowledge).actors],
            [a.name for a in discover_people(other.text, other.blocks, knowledge).actors],
        )

    def test_a_portfolio_after_a_single_name(self, knowledge: KnowledgeBase) -> None:
        """ "Minister Wirawan for Foreign Affairs" names Wirawan."""
        text = "The envoy met Minister Wirawan for Foreign Affairs in Honiara."
        assert ["Wirawan"] == _discovered(text, knowledge)

    def test_a_regnal_number_goes_with_a_single_name(self, knowledge: KnowledgeBase) -> None:
        """ "welcomed Jordan's King Wirawan II to the Pentagon": King Wirawan II, of Jordan."""
        source = _source("The secretary welcomed Jordan’s King Wirawan II to the Pentagon.")
        (actor,) = discover_people(source.text, source.blocks, knowledge).actors
        assert ("Wirawan II", "JO", ["King"]) == (
            actor.name,
            actor.country,
            [r.title for r in actor.roles],
        )

    def test_the_body_an_office_belongs_to_is_in_the_title(self, knowledge: KnowledgeBase) -> None:
        """ "President of the European Parliament Mara Lindqvist" is Mara Lindqvist."""
        text = "The envoy met President of the European Parliament Mara Lindqvist today."
        assert ["Mara Lindqvist"] == _discovered(text, knowledge)

    def test_an_office_not_yet_held_is_a_title(self, knowledge: KnowledgeBase) -> None:
        """ "met with Vice President-elect Mara Lindqvist" introduces her."""
        text = "The adviser met with Vice President-elect Mara Lindqvist on Friday."
        assert ["Mara Lindqvist"] == _discovered(text, knowledge)

    @pytest.mark.parametrize(
        "text",
        [
            "The trip ended. In Cameroon, Anderson met with President Mara Lindqvist.",
            "During a stop in Yaounde, Adm. Jon Berg met with Defence Secretary Mara Lindqvist.",
        ],
    )
    def test_the_country_a_sentence_opens_on_is_of_those_met(
        self, text: str, knowledge: KnowledgeBase
    ) -> None:
        """ "In Cameroon, Anderson met with President Mara Lindqvist": she is of Cameroon;
        the visitor named before the meeting word is not."""
        source = _source(text)
        actors = discover_people(source.text, source.blocks, knowledge).actors
        assert [("Mara Lindqvist", "CM")] == [
            (a.name, a.country) for a in actors if a.country is not None
        ]

    def test_a_country_between_name_and_title_is_theirs(self, knowledge: KnowledgeBase) -> None:
        """ "Mara Lindqvist, PNG Foreign Minister: Thank you" is of Papua New Guinea."""
        source = _source("Mara Lindqvist, PNG Foreign Minister: Thank you, everybody.")
        actors = discover_people(source.text, source.blocks, knowledge).actors
        assert [("Mara Lindqvist", "PG")] == [(a.name, a.country) for a in actors]

    def test_single_name_before_other_words_is_no_one(self, knowledge: KnowledgeBase) -> None:
        """ "the Secretary General and staff": a title's second word is no one by name, though
        a lower-case word follows it ("Minister Wirawan in Jakarta" is someone)."""
        text = "The Secretary General and staff left. They saw Minister Wirawan in Jakarta."
        assert ["Wirawan"] == _discovered(text, knowledge)

    def test_the_introducing_title_is_the_role(self, knowledge: KnowledgeBase) -> None:
        """ "Foreign Minister Wirawan, who ..." is a foreign minister."""
        source = _source("Foreign Minister Wirawan, who flew in, spoke.")
        (actor,) = discover_people(source.text, source.blocks, knowledge).actors
        assert ("Wirawan", ["Foreign Minister"]) == (actor.name, [r.title for r in actor.roles])

    def test_a_nickname_inside_a_name_is_no_part_of_it(self, knowledge: KnowledgeBase) -> None:
        """ "Gen. Mara “Hawk” Lindqvist" is Mara Lindqvist, and "Lindqvist said" is hers."""
        text = "Gen. Mara “Hawk” Lindqvist met the envoy.\n\n“It holds,” Lindqvist said."
        result = extract_statements(_source(text), knowledge)
        assert (["Mara Lindqvist"], ["mara-lindqvist"]) == (
            _discovered(text, knowledge),
            [speaker for _, speaker, _, _ in _said(result)],
        )

    def test_the_surname_of_a_long_name_used_alone_is_an_alias(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "President Abdo Rabu Mansour Bakare ... President Bakare said": the last word
        the text uses alone is an alias of the four-word name; a suffix is not."""
        text = (
            "President Abdo Rabu Mansour Bakare of Yemen met the envoy.\n\n"
            "President Bakare thanked him. Gen. Charles Q. Roe Jr. met Roe's staff.\n"
        )
        actors = {a.name: a.aliases for a in _discover(text, knowledge)}
        assert (("Bakare",), False) == (
            actors["Abdo Rabu Mansour Bakare"],
            any(alias.rstrip(".") == "Jr" for alias in actors["Charles Q. Roe Jr."]),
        )

    def test_a_name_written_with_a_nickname_after_a_cue_is_the_speaker(
        self, knowledge: KnowledgeBase
    ) -> None:
        """'"It holds," said Lt. Gen. Mara "Hawk" Lindqvist, commander ...': the form as
        written, nickname and all, is hers, so the quotation before the cue is hers."""
        text = '"It holds," said Lt. Gen. Mara "Hawk" Lindqvist, commander of the army.\n'
        result = extract_statements(_source(text), knowledge)
        assert ["mara-lindqvist"] == [speaker for _, speaker, _, _ in _said(result)]

    def test_a_surname_subject_finds_its_full_name_with_an_initial(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "... along with U.S. Ambassador to Tunisia Joey R. Hood" then "Hood said": Joey
        R. Hood."""
        text = (
            "The general, along with U.S. Ambassador to Tunisia Joey R. Hood, met the minister."
            '\n\n"We value the partnership," Hood said.'
        )
        assert ["Joey R. Hood"] == _discovered(text, knowledge)

    def test_the_one_met_described_after_a_comma(self, knowledge: KnowledgeBase) -> None:
        """ "met at the Pentagon with Mara Lindqvist, minister for equipment" introduces her."""
        text = "Work met at the Pentagon yesterday with Mara Lindqvist, minister for equipment."
        assert ["Mara Lindqvist"] == _discovered(text, knowledge)

    def test_a_known_name_cut_before_its_particle_is_that_person(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "Brazilian President Luiz Inácio Lula da Silva": no new "Luiz Inácio Lula"."""
        text = "Brazilian President Luiz Inácio Lula da Silva told Xi Jinping on Friday."
        assert [] == _discovered(text, knowledge)

    def test_single_name_of_a_full_name_is_dropped(self, knowledge: KnowledgeBase) -> None:
        """'Minister Kato Rin' then 'Minister Kato said' is one person."""
        text = "Mayor Kato Rin spoke.\nMayor Kato, smiling, said more."
        assert ["Kato Rin"] == _discovered(text, knowledge)


class TestStateOffices:
    def _institutions(self, text: str, knowledge: KnowledgeBase) -> list[tuple[str, str]]:
        source = _source(text)
        return [
            (a.name, a.aliases[0] if a.aliases else "")
            for a in discover_people(text, source.blocks, knowledge).actors
            if a.kind is ActorKind.INSTITUTION
        ]

    def test_office_in_a_capital(self, knowledge: KnowledgeBase) -> None:
        """'the Foreign Ministry in Pretoria' is South Africa's foreign ministry."""
        text = "The Foreign Ministry in Pretoria issued a note."
        assert [("South African Ministry of Foreign Affairs", "Foreign Ministry in Pretoria")] == (
            self._institutions(text, knowledge)
        )

    def test_possessive_presidency_directorate(self, knowledge: KnowledgeBase) -> None:
        """'Turkey's presidency's communications directorate' is one office, not two."""
        text = "Turkey's presidency's communications directorate issued a note."
        assert [
            (
                "Turkish Presidency Communications Directorate",
                "Turkey's presidency's communications directorate",
            )
        ] == self._institutions(text, knowledge)

    def test_known_ministry_is_not_rediscovered(self, knowledge: KnowledgeBase) -> None:
        """'China's Foreign Ministry' is in the data already."""
        assert [] == self._institutions("China's Foreign Ministry issued a note.", knowledge)

    def test_statement_of_the_office_is_credited(self, knowledge: KnowledgeBase) -> None:
        """'In a statement, it said "..."' after the office names the office."""
        text = 'The Foreign Ministry in Pretoria was busy. In a statement, it said "no change".'
        result = extract_statements(_source(text), knowledge)
        assert [("no change", "south-african-ministry-of-foreign-affairs", 68, 77)] == _said(result)


class TestNamedBodies:
    def test_body_with_which_clause_is_an_institution(self, knowledge: KnowledgeBase) -> None:
        """'The Ligue des Amis du Rail, which ..., said' names a body and credits it."""
        text = (
            'Ana Brun, 40, a nurse, said "hello". The Ligue des Amis du Rail, which marched, '
            'said the line must not "close for profit".'
        )
        result = extract_statements(_source(text), knowledge)
        assert ("close for profit", "ligue-des-amis-du-rail", 104, 120) == _said(result)[-1]

    def test_who_clause_is_not_a_body(self, knowledge: KnowledgeBase) -> None:
        """'The Old Guard, who ...' with "who" is left to the person rules."""
        source = _source("The Old Guard, who marched, said no.")
        assert () == discover_people(source.text, source.blocks, knowledge).actors


class TestLowercaseTitles:
    def test_lowercase_president_of_a_body(self, knowledge: KnowledgeBase) -> None:
        """'union president Kay Dorn called it "a reunion"' discovers and credits Kay Dorn."""
        text = 'Tom Baxter said "we came".\nUnion president Kay Dorn called it "a reunion".'
        result = extract_statements(_source(text), knowledge)
        assert ("a reunion", "kay-dorn", 63, 72) == _said(result)[-1]


class TestBarePresidency:
    def test_presidency_of_the_person_named_last(self, knowledge: KnowledgeBase) -> None:
        """'The Presidency said' after Macron is named is the French Presidency."""
        text = 'Emmanuel Macron flew home.\nThe Presidency said it was "a success".'
        result = extract_statements(_source(text), knowledge)
        assert [("a success", "french-presidency", 55, 64)] == _said(result)

    def test_lowercase_presidency_is_not_an_office(self, knowledge: KnowledgeBase) -> None:
        """'the presidency' in running prose (a term of office) discovers nothing."""
        source = _source("Emmanuel Macron flew home. During the presidency, he travelled.")
        assert () == discover_people(source.text, source.blocks, knowledge).actors


class TestPossessiveAppositive:
    def test_country_possessive_role_introduces_a_person(self, knowledge: KnowledgeBase) -> None:
        """'Ana Lis, France's junior minister for trade, told radio' introduces Ana Lis."""
        text = "Ana Lis, France's junior minister for trade, told radio it was fine."
        assert ["Ana Lis"] == _discovered(text, knowledge)

    def test_city_with_possessive_is_no_person(self, knowledge: KnowledgeBase) -> None:
        """'New Delhi, India's capital, ...' names a place, not a person."""
        text = "New Delhi, India's capital, was calm."
        assert [] == _discovered(text, knowledge)


class TestLowerCaseRoleBeforeName:
    def test_role_words_then_name_then_cue(self, knowledge: KnowledgeBase) -> None:
        """'Asked about it, first lady Ana Lis said simply: "x"' introduces Ana Lis."""
        text = 'Asked about it, first lady Ana Lis said simply: "Dancing."'
        assert [("Dancing.", "ana-lis", 49, 57)] == _said(
            extract_statements(_source(text), knowledge)
        )


class TestCountryAdjective:
    def test_stem_adjective_names_the_country(
        self, tmp_path_factory: pytest.TempPathFactory
    ) -> None:
        """A later name that shortens the country's own ("Avalo" of "Avalonia") is its adjective."""
        path = tmp_path_factory.mktemp("kb") / "c.toml"
        path.write_text('[countries.AV]\nnames = ["Avalonia", "Avalo", "Avalonville"]\n')
        assert "Avalo" == country_adjective(load_knowledge(path), "AV")

    def test_unnamed_source_uses_the_adjective(self, knowledge: KnowledgeBase) -> None:
        """'A Kazakh government source' becomes an unnamed Kazakh source, not 'Kazakhstan'."""
        text = 'A Kazakh government source said it was "fine," the source said.'
        result = extract_statements(_source(text), knowledge)
        assert [("fine,", "unnamed-kazakh-source", 40, 45)] == _said(result)


class TestTitleRuns:
    @pytest.mark.parametrize(
        ("text", "name", "title"),
        [
            (
                "Army Command Sgt. Maj. Lena Okafor-Reyes visited the base.",
                "Lena Okafor-Reyes",
                "Army Command Sgt. Maj.",
            ),
            (
                "Austrian Minister of Defense Paul Brenner met the secretary.",
                "Paul Brenner",
                "Austrian Minister of Defense",
            ),
            (
                "Warrant Officer Class One Tom Aldous laid a wreath.",
                "Tom Aldous",
                "Warrant Officer Class One",
            ),
            (
                "Chief Pentagon Spokesperson Carl E. Summer Jr. provided a readout.",
                "Carl E. Summer Jr.",
                "Chief Pentagon Spokesperson",
            ),
        ],
    )
    def test_a_run_of_title_words_ends_where_the_name_begins(
        self, knowledge: KnowledgeBase, text: str, name: str, title: str
    ) -> None:
        """Ranks, offices and services before a name are its title, not part of it."""
        source = _source(text)
        (actor,) = discover_people(text, source.blocks, knowledge).actors
        assert (name, (title,)) == (actor.name, tuple(r.title for r in actor.roles))

    def test_the_title_s_country_is_the_person_s(self, knowledge: KnowledgeBase) -> None:
        """ "Polish Chief of the General Staff Gen. X" is Polish, whoever else is named near."""
        text = "U.S. officials met Polish Chief of the General Staff Gen. Jan Rudzki in Berlin."
        source = _source(text)
        (actor,) = discover_people(text, source.blocks, knowledge).actors
        assert ("Jan Rudzki", "PL") == (actor.name, actor.country)

    def test_a_country_word_alone_is_no_title(self, knowledge: KnowledgeBase) -> None:
        """ "Polish Army Day" names no person: a title needs a rank or an office."""
        assert [] == _discovered("Crowds marked Polish Independence Day.", knowledge)

    def test_a_headline_in_title_case_names_nobody(self, knowledge: KnowledgeBase) -> None:
        """Every word of a headline is capitalised: no run splits there."""
        text = "U.S., U.K. Senior Enlisted Leaders Showcase Unity\n\nThe two met on Monday.\n"
        source = read_source(text)
        assert [] == [a.name for a in discover_people(text, source.blocks, knowledge).actors]


class TestThingsThatAreNotPeople:
    @pytest.mark.parametrize(
        "text",
        [
            "The ships of the Navy escorted USS Harold Bell into port.",
            "Defense Minister Ana Lis signed the Defense Cooperation Agreement.",
            "Story ID: 4847 Location: HAWAII, US Web Views: 14 Downloads: 0",
        ],
    )
    def test_ships_agreements_and_page_furniture_are_no_people(
        self, knowledge: KnowledgeBase, text: str
    ) -> None:
        """Ship prefixes, agreement nouns and counters make a run name a thing."""
        assert "Harold Bell" not in _discovered(text, knowledge)
        assert "Cooperation Agreement" not in _discovered(text, knowledge)
        assert "Web Views" not in _discovered(text, knowledge)

    @pytest.mark.parametrize(
        "text",
        [
            "He toured the U.S. Department of Veterans Affairs Manila Outpatient Clinic.",
            "The leaders of the opposition coalition, the National Salvation Front, refused.",
            "SECRETARY AUSTIN: Your Royal Highness, it is good to see you again.",
            "During his visit, Lord Collins will meet stakeholders including Government Ministers.",
        ],
    )
    def test_buildings_bodies_and_honorifics_are_no_people(
        self, knowledge: KnowledgeBase, text: str
    ) -> None:
        """A run ending in "Clinic", "Front", "Highness" or a plural office names no one."""
        assert [] == [
            name
            for name in _discovered(text, knowledge)
            if name.endswith(("Clinic", "Front", "Highness", "Ministers"))
        ]

    @pytest.mark.parametrize(
        "text",
        [
            "Some Members expressed interest in expanding collaboration with the government.",
            "The general met with the President of State Partner Senegal on Monday.",
            "Remarks at a State Luncheon Hosted by President Tunde Bakare of Zedland.",
        ],
    )
    def test_quantifiers_a_group_s_nouns_and_meals_are_no_name(
        self, knowledge: KnowledgeBase, text: str
    ) -> None:
        """ "Some Members expressed interest", "State Partner Senegal", "a State Luncheon
        Hosted by": a quantifier opening a sentence, the nouns of a group and a meal
        (``not_name_words``) name no one."""
        assert [] == [
            name
            for name in _discovered(text, knowledge)
            if name.startswith(("Some", "Partner", "Luncheon"))
        ]

    def test_capitalised_common_words_are_no_name(self, knowledge: KnowledgeBase) -> None:
        """Words the text also writes in lower case ("public affairs") are not a name."""
        text = "Officials from Public Affairs spoke to the press about public affairs."
        assert [] == _discovered(text, knowledge)

    def test_a_two_word_country_is_part_of_the_title(self, knowledge: KnowledgeBase) -> None:
        """ "Defense Minister for Saudi Arabia Omar Faisal" is Omar Faisal, not "Arabia Omar"."""
        text = "He met Crown Prince and Defense Minister of Saudi Arabia Omar Faisal."
        assert ["Omar Faisal"] == _discovered(text, knowledge)


class TestOtherFormsOfKnownNames:
    def test_a_middle_name_and_suffix_are_the_known_person(self, knowledge: KnowledgeBase) -> None:
        """ "Secretary Jane Q. Doe III" is the known Jane Doe, under another form of her name."""
        known = knowledge.with_actors([Actor(id=ActorId("jane-doe"), name="Jane Doe")])
        text = "Defense Secretary Jane Q. Doe III hosted the minister."
        source = _source(text)
        (actor,) = discover_people(text, source.blocks, known).actors
        assert ("jane-doe", True) == (actor.id, "Jane Q. Doe III" in actor.aliases)

    def test_another_spelling_of_a_long_surname_is_the_known_person(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "President Arslan Durdymuhamedow" is the known "Arslan Durdymuhamedov": a
        transliteration a letter apart, with the same given name."""
        known = knowledge.with_actors(
            [Actor(id=ActorId("a-d"), name="Arslan Durdymuhamedov", country="TM")]
        )
        text = "Kerry met President Arslan Durdymuhamedow in Ashgabat."
        source = _source(text)
        (actor,) = discover_people(text, source.blocks, known).actors
        assert ("a-d", True) == (actor.id, "Arslan Durdymuhamedow" in actor.aliases)

    def test_a_short_surname_a_letter_apart_is_someone_else(self, knowledge: KnowledgeBase) -> None:
        """ "Minister Ana Lim" is not the known Ana Lis: short names differ by a letter."""
        known = knowledge.with_actors([Actor(id=ActorId("ana-lis"), name="Ana Lis")])
        assert ["Ana Lim"] == _discovered("Kerry met Minister Ana Lim in Manila.", known)

    def test_a_syllable_a_letter_apart_is_someone_else(self, knowledge: KnowledgeBase) -> None:
        """ "Commissioner General Kim Jong-uk" is not the known Kim Jong-un: a hyphenated name's
        short syllable changed by a letter is another name, not another spelling."""
        known = knowledge.with_actors(
            [Actor(id=ActorId("kim-jong-un"), name="Kim Jong-un", country="KP")]
        )
        text = "Tiongson met Commissioner General Kim Jong-uk in Alameda."
        assert ["Kim Jong-uk"] == _discovered(text, known)

    def test_a_country_right_after_the_name_is_theirs(self, knowledge: KnowledgeBase) -> None:
        """ "President Ana Lis of the Philippines" is Philippine; a country merely near is not."""
        text = "President Ana Lis of the Philippines met Secretary Tom Roe, who spoke of India."
        source = _source(text)
        people = {a.name: a.country for a in discover_people(text, source.blocks, knowledge).actors}
        assert {"Ana Lis": "PH", "Tom Roe": None} == people


class TestTitleCountries:
    @pytest.mark.parametrize(
        ("text", "country"),
        [
            ("South Korean Defence Minister Han Min-ho said so.", "KR"),
            ("Japan's Defence Minister Kato Ren said so.", "JP"),
        ],
    )
    def test_possessives_and_two_word_adjectives(
        self, knowledge: KnowledgeBase, text: str, country: str
    ) -> None:
        """The title's country is read through "Japan's" and "South Korean"."""
        source = _source(text)
        (actor,) = discover_people(text, source.blocks, knowledge).actors
        assert country == actor.country

    def test_no_name_after_of_the(self, knowledge: KnowledgeBase) -> None:
        """ "Prof. Ana Lis of the Centre for Indo-European Studies": "Studies" is no name."""
        text = '"Fine," said Prof. Ana Lis of the Centre for Indo-European Studies.'
        assert "Indo-European Studies" not in _discovered(text, knowledge)


class TestPostingTitles:
    @pytest.mark.parametrize(
        ("text", "name", "country"),
        [
            ("British High Commissioner to Zambia Nick Wool said so.", "Nick Wool", "GB"),
            ("U.S. Ambassador to the United Nations Kara Croft said so.", "Kara Croft", "US"),
            (
                "The talks went on. Ambassador to the United States Ivo Karan said so.",
                "Ivo Karan",
                None,
            ),
        ],
    )
    def test_a_title_naming_a_posting_introduces_its_holder(
        self, knowledge: KnowledgeBase, text: str, name: str, country: str | None
    ) -> None:
        """ "Ambassador to Zambia Nick Wool": the title runs through its "to", and the country
        it names is where the holder serves, not the holder's."""
        source = _source(text)
        (actor,) = discover_people(text, source.blocks, knowledge).actors
        assert (name, country) == (actor.name, actor.country)

    @pytest.mark.parametrize(
        "title",
        ["President of the Lao People’s Democratic Republic", "Minister of Foreign Affairs"],
    )
    def test_a_title_may_end_with_the_body_its_office_belongs_to(
        self, knowledge: KnowledgeBase, title: str
    ) -> None:
        """ "... with President of the Lao People’s Democratic Republic Tiko Rask": "Republic"
        ends the title, and the name after it is a person."""
        text = f"Putin held talks at the Kremlin with {title} Tiko Rask."
        assert ["Tiko Rask"] == _discovered(text, knowledge)

    def test_a_list_s_next_envoy_gives_no_country(self, knowledge: KnowledgeBase) -> None:
        """ "Chief of Staff Gen. Tan Cuong, U.S. Ambassador to Vietnam Marc Kent and ...":
        Kent's country is not Tan Cuong's."""
        text = (
            "Berg met with Chief of the General Staff Gen. Tan Cuong, U.S. Ambassador to"
            " Vietnam Marc Kent and other leaders."
        )
        source = _source(text)
        found = {a.name: a.country for a in discover_people(text, source.blocks, knowledge).actors}
        assert (None, "US") == (found["Tan Cuong"], found["Marc Kent"])

    def test_a_country_after_a_verb_is_not_the_subject_s(self, knowledge: KnowledgeBase) -> None:
        """ "Gen. Ola Berg visits Honduras": the country he visits is not his."""
        text = "Gen. Ola Berg visits Honduras\n\nThe general arrived on Monday.\n"
        source = _source(text)
        (actor,) = discover_people(text, source.blocks, knowledge).actors
        assert ("Ola Berg", None) == (actor.name, actor.country)

    def test_a_to_after_a_name_ends_the_run(self, knowledge: KnowledgeBase) -> None:
        """ "President Ola Berg to Host Prime Minister Tiko Rask": two runs, not one title."""
        text = "The visit was planned. President Ola Berg to Host Prime Minister Tiko Rask soon."
        assert ["Ola Berg", "Tiko Rask"] == sorted(_discovered(text, knowledge))


class TestOnePersonInTwoForms:
    def test_a_middle_initial_does_not_make_a_second_person(self, knowledge: KnowledgeBase) -> None:
        """ "Gen. Ola Berg" and later "Gen. Ola T. Berg": one person, the second form an
        alias, so "Berg" names one person, not two."""
        text = "Gen. Ola Berg smiles at the base.\n\nLater Gen. Ola T. Berg met the minister."
        source = _source(text)
        actors = discover_people(text, source.blocks, knowledge).actors
        assert [("Ola Berg", ("Ola T. Berg",))] == [(a.name, a.aliases) for a in actors]

    def test_a_titled_surname_of_two_words_is_the_person_named_in_full(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "Secretary Ola Del Mar" and later "Secretary Del Mar": one person, the shorter
        form an alias, not a second person called "Del Mar"."""
        text = (
            "Secretary of the Navy Ola Del Mar visited Chile.\n\n"
            "On Thursday, Secretary Del Mar met with leadership."
        )
        source = _source(text)
        actors = discover_people(text, source.blocks, knowledge).actors
        assert [("Ola Del Mar", ("Del Mar",))] == [(a.name, a.aliases) for a in actors]

    def test_a_titled_surname_of_a_known_person_named_in_full_is_that_person(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "Mr Mark" after "Defence Minister Ron Mark" (in the data, whose surname is also a
        given name) is Ron Mark, not a new person "Mark"."""
        text = "Defence Minister Ron Mark visited Rome.\n\nMr Mark met the minister."
        source = _source(text)
        assert [] == [a.name for a in discover_people(text, source.blocks, knowledge).actors]

    def test_a_surname_met_before_the_full_name_is_the_full_name(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "Mr Stewart" in the same paragraph as "Minister for Africa Rory Stewart": one
        person, Rory Stewart (the title names a region the office is for)."""
        text = (
            "Minister for Africa Rory Stewart visited Kenya. This was Mr Stewart’s first"
            " official visit to the country."
        )
        source = _source(text)
        actors = discover_people(text, source.blocks, knowledge).actors
        assert [("Rory Stewart", "Minister for Africa")] == [
            (a.name, a.roles[0].title) for a in actors
        ]


class TestCountryOfTheBodyAnOfficeIsOf:
    @pytest.mark.parametrize(
        ("text", "country"),
        [
            ("General Ola Berg, Commander of United States Africa Command, visited Rome.", "US"),
            ("General Ola Berg, Chief of Staff of the Army, visited Rome.", None),
            # the office's own field after a first "of", the body after the next
            (
                "General Ola Berg, Joint Chief of Staff of the Niger Armed Forces, visited Rome.",
                "NE",
            ),
        ],
    )
    def test_an_office_of_a_country_s_body_gives_the_country(
        self, knowledge: KnowledgeBase, text: str, country: str | None
    ) -> None:
        """ "Ola Berg, Commander of United States Africa Command": an office in apposition, of
        a body named by a country, gives the person that country."""
        source = _source(text)
        actors = discover_people(text, source.blocks, knowledge).actors
        assert [("Ola Berg", country)] == [(a.name, a.country) for a in actors]


class TestNameParticles:
    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("Syrian President Karim al-Hassan returned home.", "Karim al-Hassan"),
            ("Crown Prince Omar bin Faisal arrived on Monday.", "Omar bin Faisal"),
            ("Brazilian President Ana Lima da Costa said so.", "Ana Lima da Costa"),
        ],
    )
    def test_lower_case_particles_are_part_of_the_name(
        self, knowledge: KnowledgeBase, text: str, name: str
    ) -> None:
        """ "al-", "bin", "da" inside a name after a title keep the whole name."""
        assert [name] == _discovered(text, knowledge)

    def test_a_style_of_several_words_before_a_name_is_no_part_of_it(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "Gen. Tan Sri Raja Mohamed Affandi": the Malaysian style (``name_styles``) stands
        between the rank and the name."""
        text = "Gen. Tan Sri Raja Mohamed Affandi signed the agreement on Monday."
        assert ["Raja Mohamed Affandi"] == _discovered(text, knowledge)


INTRODUCTIONS = (
    'Mayor Ana Lis said "fine".',
    "Ana Lis, the Mayor of the town, spoke first.",
    "A Zedland Foreign Ministry spokesperson, Wang Wenbin, said so.",
    "said Ana Lis, a researcher at the institute.",
    "protester Kim Hye-won, 29, held up a sign.",
    "Foreign Minister Sugiono, who arrived late, spoke.",
    "Mrs. Ana Lis and Dr Tom Ash came.",
    "Prof. Quell spoke.",
    "Asked about it, opposition leader Ana Lis said no.",
    "In Bergamo, Paolo Verdini, who runs a valve maker, said so.",
    "She met with Ana Lis, Chairperson of the Commission.",
    "Senators Ana Lis (D-NY) and Tom Ash (R-OH) came.",
    "Sens. Ana Lis, D-Minn., and Tom Ash, R-Ohio, came.",
    "Ana [Lis, Minister of Foreign Affairs], welcome.",
    "We met the President [Ana Lis] today.",
    "We met Senator [Ana] Lis today.",
    "He met his counterpart, Ana Lis, in Rome.",
)


class TestGates:
    @pytest.mark.parametrize("text", INTRODUCTIONS)
    def test_a_gate_finds_something_wherever_its_pattern_matches(
        self, knowledge: KnowledgeBase, text: str
    ) -> None:
        """Every pattern that matches a text has gates that each find something in it."""
        shut = [
            pattern.pattern[:40]
            for pattern, gates in _patterns(knowledge)
            if pattern.search(text) is not None and any(gate.search(text) is None for gate in gates)
        ]
        assert [] == shut

    def test_the_patterns_match_the_introductions(self, knowledge: KnowledgeBase) -> None:
        """Each gated pattern matches one of the introductions, so the gates are tried."""
        gated = [pattern for pattern, gates in _patterns(knowledge) if gates]
        assert [] == [p.pattern[:40] for p in gated if not any(map(p.search, INTRODUCTIONS))]


class TestSpeakerLabels:
    @pytest.mark.parametrize(
        ("words", "labels"),
        [
            ("Prime Minister", True),
            ("Rt Hon Ana Lima, Prime Minister of New Zealand", True),
            ("HIS EXCELLENCY MR TIKO RASK, PRIME MINISTER OF JAPAN", True),
            ("Foreign Secretary Ana Lima said", False),
            ("Key points", False),
        ],
    )
    def test_a_label_on_a_line_of_its_own(
        self, knowledge: KnowledgeBase, words: str, labels: bool
    ) -> None:
        """A line that is only an office-bearing label and a colon labels the speech below;
        a line ending on a speech cue ("... said:") opens a quotation instead, and a line with
        no office word is no label."""
        line = f"{words}:"
        found = speaker_label(knowledge, line, 0, len(line))
        assert (words if labels else None) == (None if found is None else found["label"])

    @pytest.mark.parametrize(
        ("line", "label"),
        [
            ("JULIE BISHOP:Thank you for being here.", "JULIE BISHOP"),
            ("At 10:30 the talks began.", None),
            ("Note:This is the agenda.", None),
        ],
    )
    def test_a_label_in_capitals_needs_no_space_after_its_colon(
        self, knowledge: KnowledgeBase, line: str, label: str | None
    ) -> None:
        """ "JULIE BISHOP:Thank you" labels the speech though no space follows the colon; a
        clock time or a word in lower case before a colon is no label."""
        found = speaker_label(knowledge, line, 0, len(line))
        assert label == (None if found is None else found["label"])

    @pytest.mark.parametrize(
        ("line", "label"),
        [
            ("SECRETARY ROE: Thank you all.", "SECRETARY ROE"),
            ("Salman bin Hamad Al Khalifa: Welcome.", "Salman bin Hamad Al Khalifa"),
            ("Von der Leyen: We count on China.", "Von der Leyen"),
            (
                "Minister of Foreign Affairs of Peru: Thank you.",
                "Minister of Foreign Affairs of Peru",
            ),
            ("And I say: we are lucky.", None),
            ("I last came in 2016, and I say: we are lucky.", None),
            ("China's readout: a joint appeal on Ukraine.", None),
        ],
    )
    def test_words_of_a_sentence_before_a_colon_are_no_label(
        self, knowledge: KnowledgeBase, line: str, label: str | None
    ) -> None:
        """A label is names and offices, lower case only in their joiners ("of", "bin");
        "And I say: ..." inside a speech is the speech going on, not a new speaker."""
        found = speaker_label(knowledge, line, 0, len(line))
        assert label == (None if found is None else found["label"])

    @pytest.mark.parametrize(
        ("line", "label"),
        [
            ("MINISTER JULIE BISHOP Once again, welcome to our country.", "MINISTER JULIE BISHOP"),
            ("NEWS INFO Date Taken 06.11.2024 at the base.", None),
            ("OFFICIAL WELCOME Soldiers lined the road.", None),
        ],
    )
    def test_a_label_in_capitals_without_a_colon_names_a_known_person(
        self, knowledge: KnowledgeBase, line: str, label: str | None
    ) -> None:
        """ "MINISTER JULIE BISHOP Once again, ...": capitals before the speech on its line label
        it when they name a known person; capitals naming no one are no label."""
        found = speaker_label(knowledge, line, 0, len(line))
        assert label == (None if found is None else found["label"])

    def test_a_label_of_name_and_office_introduces_the_speaker(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "TUNDE BAKARE, PRIME MINISTER OF PAPUA NEW GUINEA:" names a person of that country."""
        text = (
            "TUNDE BAKARE, PRIME MINISTER OF PAPUA NEW GUINEA: I just want to thank you for"
            " coming by.\n"
        )
        source = _source(text)
        found = discover_people(text, source.blocks, knowledge).actors
        assert [("Tunde Bakare", "PG")] == [(a.name, a.country) for a in found]

    def test_a_label_of_office_and_name_introduces_the_speaker(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "President of Mongolia Amina Okonjo:" names a person of Mongolia."""
        text = "President of Mongolia Amina Okonjo: Dear Mr President, welcome.\n"
        source = _source(text)
        found = discover_people(text, source.blocks, knowledge).actors
        assert [("Amina Okonjo", "MN")] == [(a.name, a.country) for a in found]

    def test_a_label_in_capitals_of_a_title_and_a_surname_introduces_the_speaker(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "FOREIGN MINISTER BAKARE:" names a person "Bakare"; "Press Releases:" is no label
        of anyone, and "VICE PRESIDENT RAMIREZ:" is the Marta Lucía Ramírez the data knows."""
        text = (
            "Press Releases: the latest news.\n"
            "Vice President Marta Lucía Ramírez arrived.\n"
            "FOREIGN MINISTER BAKARE: Thank you very much for inviting me.\n"
            "VICE PRESIDENT RAMIREZ: Thank you.\n"
        )
        assert ["Bakare"] == _discovered(text, knowledge)

    def test_a_label_of_an_office_names_no_one(self, knowledge: KnowledgeBase) -> None:
        """ "SENIOR STATE DEPARTMENT OFFICIAL:" is an office: "Official" is no surname."""
        text = "SENIOR STATE DEPARTMENT OFFICIAL: Okay. Thank you very much.\n"
        assert [] == _discovered(text, knowledge)

    def test_a_label_of_a_known_person_adds_no_one(self, knowledge: KnowledgeBase) -> None:
        """ "SECRETARY BLINKEN:" is someone the knowledge knows: nobody new."""
        text = "SECRETARY BLINKEN: Good afternoon, everyone.\n"
        source = _source(text)
        assert [] == list(discover_people(text, source.blocks, knowledge).actors)


class TestSeatOfOffice:
    @pytest.mark.parametrize(
        ("text", "country"),
        [
            ('Pentagon Press Secretary Tunde Bakare said "fine".', "US"),
            ('Kremlin spokesman Tunde Bakare said "fine".', "RU"),
            ('"Fine," chief Pentagon spokesperson Tunde Bakare said.', "US"),
        ],
    )
    def test_the_seat_of_an_office_gives_its_holder_s_country(
        self, knowledge: KnowledgeBase, text: str, country: str
    ) -> None:
        """A title naming a seat of government (the Pentagon, the Kremlin) is that country's."""
        source = _source(text)
        found = discover_people(text, source.blocks, knowledge).actors
        assert [("Tunde Bakare", country)] == [(a.name, a.country) for a in found]


class TestSentenceEndsInARun:
    def test_a_title_ending_a_sentence_names_no_one_in_the_next(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "since becoming Foreign Secretary. Latin America is ...": no person "Latin
        America"; a salutation ("Mr. Secretary. Dear Jim,") is no name either."""
        text = (
            "This is my first visit since becoming Foreign Secretary. Latin America is a"
            " vibrant part of the world.\n"
        )
        assert [] == _discovered(text, knowledge)


class TestOfficeInApposition:
    def test_an_office_after_the_name_gives_its_country(self, knowledge: KnowledgeBase) -> None:
        """ "Ambassador Tunde Bakare, U.S. Ambassador to Liberia;" is American; in a list,
        ", Japanese Defense Minister Amina Okonjo" is the next person, not an apposition."""
        text = (
            "He met with Ambassador Tunde Bakare, U.S. Ambassador to Liberia; and with"
            " Governor Jane Roe, Japanese Defense Minister Amina Okonjo.\n"
        )
        source = _source(text)
        found = {a.name: a.country for a in discover_people(text, source.blocks, knowledge).actors}
        assert ("US", None) == (found["Tunde Bakare"], found.get("Jane Roe"))


class TestNamesCutByTheExcerpt:
    def test_a_name_at_the_very_end_of_the_text_is_not_discovered(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "... will meet Minister Tunde Bakare and President Amina Okon": the excerpt ends
        inside the second name, which is no new person; the first is."""
        text = "There, the secretary will meet with Minister Tunde Bakare and President Amina Okon"
        assert ["Tunde Bakare"] == _discovered(text, knowledge)


class TestNamesInTitleCaseLines:
    def _discovered_with_heading(self, text: str, knowledge: KnowledgeBase) -> list[str]:
        source = _source(text, {0: BlockKind.HEADING})
        return [a.name for a in discover_people(text, source.blocks, knowledge).actors]

    def test_a_run_of_capitals_in_a_heading_is_no_name(self, knowledge: KnowledgeBase) -> None:
        """ "Secretary Tunde Traveled to Lagos" heads a section: every word is capitalised,
        so the run shows no name's end, and the prose never writes "Tunde Traveled" (it writes
        the title's single name "Tunde", ended by a lower-case word)."""
        text = "Secretary Tunde Traveled to Lagos\nSecretary Tunde met the press on Monday."
        assert ["Tunde"] == self._discovered_with_heading(text, knowledge)

    @pytest.mark.parametrize(
        "heading",
        [
            "Remarks With Tajik President Tunde Rahmonov",
            "Secretary Kerry’s Remarks With Tajik President Tunde Rahmonov (July 6)",
        ],
    )
    def test_a_titled_name_ending_a_heading_is_a_person(
        self, knowledge: KnowledgeBase, heading: str
    ) -> None:
        """ "Remarks With Tajik President Tunde Rahmonov": the line's end is the name's, and
        an aside in brackets after it ("(July 6)") is no part of the name."""
        text = f"{heading}\nSECRETARY KERRY: Mr. President, thank you very much for your welcome."
        assert ["Tunde Rahmonov"] == [
            name for name in self._discovered_with_heading(text, knowledge) if name != "John Kerry"
        ]

    def test_a_name_the_prose_writes_too_is_found(self, knowledge: KnowledgeBase) -> None:
        """ "Minister Amina Okon Visits Lagos" with "Minister Amina Okon said" below: a name."""
        text = "Minister Amina Okon Arrives\nOn Monday, Minister Amina Okon said she was glad."
        assert ["Amina Okon"] == self._discovered_with_heading(text, knowledge)

    def test_a_small_word_in_lower_case_ends_a_heading_s_name(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "Remarks by Assistant Secretary of State Amina Okon at a Media Availability" with
        "Assistant Secretary Okon:" below: the heading's lower-case "at" ends the name."""
        text = (
            "Remarks by Assistant Secretary of State Amina Okon at a Media Availability in Lagos\n"
            "Assistant Secretary Okon: Hello everybody."
        )
        assert ["Amina Okon"] == self._discovered_with_heading(text, knowledge)

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param(
                "Remarks by Secretary Tunde Opening Address at the Forum\nTunde spoke at length.",
                id="the prose writes the first word alone",
            ),
            pytest.param(
                "Vice President Pledges Support for Lagos\nThe support was welcome, Support said.",
                id="a word the prose writes in lower case",
            ),
        ],
    )
    def test_a_run_of_heading_words_before_a_small_word_is_no_name(
        self, knowledge: KnowledgeBase, text: str
    ) -> None:
        """The heading's own words before its "at" or "for" are no name when the prose writes
        the first of them alone, or any of them in lower case."""
        assert [] == self._discovered_with_heading(text, knowledge)


class TestFieldsOfOffices:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "Kelly met Secretary of Foreign Relations Tomas Videlo Caso on Thursday.",
                ["Tomas Videlo Caso"],
            ),
            (
                "The talks were led by USAID Administrator Samantha Powers in Chisinau.",
                ["Samantha Powers"],
            ),
            ('"We are grateful," said Charge d\'Affaires Marc Dillane.', ["Marc Dillane"]),
        ],
    )
    def test_the_field_of_an_office_is_part_of_the_title(
        self, text: str, expected: list[str], knowledge: KnowledgeBase
    ) -> None:
        """ "Relations" and "Administrator" belong to the title before a name, not to it."""
        assert expected == _discovered(text, knowledge)


class TestCountriesAreNoOne:
    def test_a_country_of_two_words_is_no_person(self, knowledge: KnowledgeBase) -> None:
        """ "... met with Sri Lankan government officials" after "Colombo, Sri Lanka": the
        country is never a person, whatever title stands near it."""
        text = (
            "Secretary of State Jon Kerrey traveled to Colombo, Sri Lanka, on May 1.\n"
            "On the first day of his visit, Secretary Kerrey met with Sri Lankan officials."
        )
        assert ["Jon Kerrey"] == _discovered(text, load_knowledge())


class TestNamesAMeetingWordIntroduces:
    @pytest.mark.parametrize(
        "text",
        [
            "The minister held talks with Tunde Bakare in Abuja on Monday.\n",
            "On Monday the minister met with Tunde Bakare, who leads the army.\n",
            "Later, Tunde Bakare received the minister at his office.\n",
        ],
    )
    def test_a_full_name_met_with_no_title(self, knowledge: KnowledgeBase, text: str) -> None:
        """A full name as the one met, or the one who met, is a person with no title."""
        assert ["Tunde Bakare"] == _discovered(text, knowledge)

    def test_a_lower_case_particle_stays_in_the_name(self, knowledge: KnowledgeBase) -> None:
        """ "Tunde al-Bakare": the particle belongs to the name after a meeting word."""
        text = "During his talks with Tunde al-Bakare, the president praised the army.\n"
        assert ["Tunde al-Bakare"] == _discovered(text, knowledge)

    def test_the_office_after_the_name_gives_the_country(self, knowledge: KnowledgeBase) -> None:
        """ "Jane Roe, Prime Minister of Australia, welcomed Tunde Bakare, Prime Minister of
        Solomon Islands": his office says his country, not the country named before."""
        text = (
            "Jane Roe, Prime Minister of Australia, welcomed Tunde Bakare, Prime Minister of"
            " Solomon Islands to Canberra.\n"
        )
        source = _source(text)
        actors = discover_people(text, source.blocks, knowledge).actors
        assert "SB" == next(a.country for a in actors if a.name == "Tunde Bakare")

    @pytest.mark.parametrize(
        "text",
        [
            "The general met Saudi Lt. Gen. Tunde Bakare on Monday.\n",
            "The admiral hosted Panama Canal Administrator Ricaurte Vásquez on Monday.\n",
            "The minister met Tunde Feb. 16 in Abuja.\n",
        ],
    )
    def test_title_and_month_words_are_no_name(self, knowledge: KnowledgeBase, text: str) -> None:
        """Words of a title or a month after a meeting word make no name of their own."""
        assert not {"Saudi Lt", "Panama Canal Administrator", "Tunde Feb"} & set(
            _discovered(text, knowledge)
        )

    def test_a_title_found_first_wins(self, knowledge: KnowledgeBase) -> None:
        """A name met later keeps the title that introduced it."""
        text = "Defense Minister Tunde Bakare said he was ready. The general met Tunde Bakare.\n"
        source = _source(text)
        actors = discover_people(text, source.blocks, knowledge).actors
        assert [("Tunde Bakare", "Defense Minister")] == [
            (a.name, a.roles[0].title) for a in actors
        ]


class TestSingleNameBeforeOf:
    def test_of_the_country_ends_a_titled_single_name(self, knowledge: KnowledgeBase) -> None:
        """ "President Kwame Asante-Boateng" written "President Asante-Boateng of the Republic
        of Ghana": the one word is the name, even in a heading."""
        text = (
            "Remarks by President Asante-Boateng of the Republic of Ghana Before a Meeting\n\n"
            "The president spoke.\n"
        )
        assert ["Asante-Boateng"] == _discovered(text, knowledge)


class TestSingleNameBeforeAnEnd:
    def test_a_lower_case_word_ends_a_titled_single_name(self, knowledge: KnowledgeBase) -> None:
        """ "met with President Asante-Boateng and with his advisors": no name word follows the
        one word, so it is the name."""
        text = "The envoy met with President Asante-Boateng and with his top advisors.\n"
        assert ["Asante-Boateng"] == _discovered(text, knowledge)

    def test_a_sentence_s_end_ends_a_titled_single_name(self, knowledge: KnowledgeBase) -> None:
        """ "The envoy met Foreign Minister Kasurowa." ends the name at the full stop."""
        text = "The envoy met Foreign Minister Kasurowa. They spoke of trade.\n"
        assert ["Kasurowa"] == _discovered(text, knowledge)

    def test_the_last_word_of_a_fuller_name_is_not_a_new_person(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "Assistant Secretary Nulandova met him" where the text also writes "Vera Nulandova":
        the one word is hers, not someone new."""
        text = "Vera Nulandova flew in. Assistant Secretary Nulandova met him in Kyiv.\n"
        assert "Nulandova" not in _discovered(text, knowledge)

    def test_a_country_word_is_no_single_name(self, knowledge: KnowledgeBase) -> None:
        """ "Deputy Malaysian ..." is no person: the word names a country's people."""
        text = "He met the Deputy Minister Malaysian officials had sent.\n"
        assert "Malaysian" not in _discovered(text, knowledge)

    def test_the_start_of_a_known_name_is_the_known_person(self, knowledge: KnowledgeBase) -> None:
        """ "King Abdullah and Foreign Minister ..." is Abdullah II, whose alias "King Abdullah
        II" it begins, not a new "Abdullah"."""
        text = "Kerry met King Abdullah and the foreign minister on Monday.\n"
        assert "Abdullah" not in _discovered(text, knowledge)

    def test_a_surname_after_a_full_name_with_a_suffix_is_the_same_person(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "Ambassador Harry K. Tunbridge, Jr. met ... Ambassador Tunbridge said": one person;
        the suffix's comma does not hide the surname."""
        text = (
            "U.S. Ambassador Harry K. Tunbridge, Jr. met with youth groups. Ambassador"
            " Tunbridge said it was good.\n"
        )
        assert ["Harry K. Tunbridge, Jr."] == _discovered(text, knowledge)

    def test_a_company_named_with_a_rank_is_no_person(self, knowledge: KnowledgeBase) -> None:
        """ "a deal for General Electric to produce engines": "Electric" is a word no name
        holds."""
        text = "The talks produced a deal for General Electric to produce jet engines.\n"
        assert [] == _discovered(text, knowledge)


class TestHeadNameOverOffice:
    _PAGE = (
        "Press Conference at the Club\n\nPress Conference\nAmara N. Okonkwo, Jr.\n"
        "Assistant Secretary, Bureau of African Affairs\nLagos, Nigeria\nMarch 22, 2011\n\n"
        "Good afternoon. I had the opportunity to meet with Prime Minister Tunde Bakare.\n"
    )

    def test_a_name_line_over_an_office_line_introduces_the_speaker(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "Amara N. Okonkwo, Jr." over "Assistant Secretary, Bureau of ...": the page's
        speaker, an assistant secretary, whom the body never names."""
        page = read_source(self._PAGE)
        found = discover_people(page.text, page.readable_blocks(), knowledge).actors
        assert [("Amara N. Okonkwo", "Assistant Secretary")] == [
            (a.name, a.roles[0].title) for a in found if a.name.startswith("Amara")
        ]

    def test_an_office_with_its_portfolio_introduces_the_speaker(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "Glyn Davies" over "Special Representative for North Korea Policy" (an office,
        then what it is for): the page's speaker, though the office line is read as the
        body's first line."""
        page = read_source(
            "Remarks at the Hotel\n\nKofi Mensah\nSpecial Envoy for Climate Change\n"
            "Beijing, China\nJune 3, 2013\n\nAMBASSADOR MENSAH: Good afternoon.\n"
        )
        analysis = TextAnalysis.of(page)
        found = discover_people(page.text, analysis.blocks, knowledge).actors
        assert [("Kofi Mensah", "Special Envoy for Climate Change")] == [
            (a.name, a.roles[0].title) for a in found if a.name.startswith("Kofi")
        ]

    def test_a_release_stamp_over_its_office_is_no_one(self, knowledge: KnowledgeBase) -> None:
        """ "For Immediate Release" over "Press Office": a release's stamp, whose first word
        never makes up a name, is no person of the page."""
        page = read_source(
            "Minister Meets Counterpart\nFor Immediate Release\nPress Office\nFebruary 20, 2004"
            "\n\nThe minister met his counterpart today.\n"
        )
        found = discover_people(page.text, page.readable_blocks(), knowledge).actors
        assert [] == [a.name for a in found if "Release" in a.name]

    def test_a_name_line_over_a_place_line_is_no_one(self, knowledge: KnowledgeBase) -> None:
        """ "Amara Okonkwo" over "Lagos, Nigeria": no office below, so no introduction."""
        page = read_source("Remarks\nAmara Okonkwo\nLagos, Nigeria\n\nGood afternoon.\n")
        assert [] == [
            a.name for a in discover_people(page.text, page.readable_blocks(), knowledge).actors
        ]

    def test_the_head_s_speaker_met_whom_the_body_s_i_met(self) -> None:
        """The body's "I had the opportunity to meet with Prime Minister Tunde Bakare" is
        the head's Okonkwo's meeting with Bakare."""
        extraction = parse([read_source(self._PAGE, published="2011-03-22")])
        names = {a.id: a.name for a in extraction.actors}
        meetings = [*extraction.meetings, *(m for v in extraction.visits for m in v.meetings)]
        assert [["Amara N. Okonkwo", "Tunde Bakare"]] == [
            sorted(names[p] for p in m.participants) for m in meetings
        ]


class TestHeadingNameEndsAtStopWord:
    def test_a_stop_word_ends_a_name_in_a_heading(self, knowledge: KnowledgeBase) -> None:
        """ "Remarks With Uzbek President Tunde Bakare Before Their Meeting": the name ends
        before "Before", a word no name is made of, though the heading capitalises it."""
        page = read_source(
            "Remarks With Uzbek President Tunde Bakare Before Their Meeting\n\n"
            "SECRETARY KERRY: Thank you.\n"
        )
        found = discover_people(page.text, page.readable_blocks(), knowledge).actors
        assert ["Tunde Bakare"] == [a.name for a in found]

    def test_a_known_person_s_longer_form_in_a_heading_is_an_alias(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "... Foreign Minister of Brazil Antonio de Aguiar Patriota Before Their Meeting":
        the words before "Before" are known Antonio Patriota's name with his middle names,
        found as his."""
        page = read_source(
            "Remarks With Foreign Minister of Brazil Antonio de Aguiar Patriota Before Their"
            " Meeting\n\nSECRETARY KERRY: Thank you.\n"
        )
        found = discover_people(page.text, page.readable_blocks(), knowledge).actors
        assert [("antonio-patriota", True)] == [
            (a.id, "Antonio de Aguiar Patriota" in a.aliases) for a in found
        ]


class TestTitleOfAField:
    def test_minister_for_a_field_introduces_a_name(self, knowledge: KnowledgeBase) -> None:
        """ "Minister for Foreign Affairs Tunde Bakare": the title ends with its field, a
        word no name holds, and the name follows."""
        text = "He met Minister for Foreign Affairs Tunde Bakare in Tokyo today.\n"
        assert ["Tunde Bakare"] == _discovered(text, knowledge)

    def test_an_honour_s_letters_end_a_name(self, knowledge: KnowledgeBase) -> None:
        """ "Air Chief Marshal Tunde Bakare AC, ...": the honour's letters are no part of the
        name."""
        text = "He met his counterpart, Air Chief Marshal Tunde Bakare AC, to discuss plans.\n"
        assert ["Tunde Bakare"] == _discovered(text, knowledge)

    def test_the_office_s_own_country_comes_first(self, knowledge: KnowledgeBase) -> None:
        """ "received in the Kremlin President of the Republic of Finland Tunde Bakare": the
        office is Finland's, though the run of capitals opens with the Kremlin."""
        text = (
            "The President of Russia received in the Kremlin President of the Republic of"
            " Finland Tunde Bakare, who arrived on a visit.\n"
        )
        source = _source(text)
        actors = discover_people(text, source.blocks, knowledge).actors
        assert "FI" == next(a.country for a in actors if a.name == "Tunde Bakare")


class TestKnownNameOtherwiseAccented:
    def test_another_accenting_becomes_an_alias(self, knowledge: KnowledgeBase) -> None:
        """ "Minister of Defense Fikri Işik" is Fikri Işık, known, spelled with another i:
        the text's spelling is found as his."""
        text = "Ash Carter met with Turkish Minister of Defense Fikri Işik today in London.\n"
        source = _source(text)
        local = knowledge.with_actors(discover_people(text, source.blocks, knowledge).actors)
        found = {m.actor for m in local.find_mentions(text, 0, len(text))}
        assert "fikri-isik" in found


class TestNameKeys:
    @pytest.mark.parametrize(
        ("one", "other", "same"),
        [
            ("Lloyd J. Austin III", "Lloyd Austin", True),
            ("Hamad bin Isa Al Khalifa", "Hamad bin Khalifa", False),
            ("Tamim bin Hamad Al Thani", "Tamim bin Hamad", False),
        ],
    )
    def test_a_father_s_name_keeps_two_people_apart(self, one: str, other: str, same: bool) -> None:
        """ "Hamad bin Isa Al Khalifa" (Bahrain's king) is not another form of "Hamad bin
        Khalifa" (Qatar's former emir): after "bin", the father's name is part of the key;
        initials and suffixes are not ("Lloyd J. Austin III" is Lloyd Austin)."""
        assert same == (_name_key(one) == _name_key(other))


class TestFirstFullName:
    @settings(max_examples=400, deadline=None)
    @example(pieces=["Ann", " ", "Hood", " ", "Hood"])  # the longer of two at one start
    @given(
        pieces=st.lists(
            st.sampled_from(
                [
                    "Joey",
                    "R.",
                    "Hood",
                    "Ann",
                    "Mc",
                    "Hoods",
                    "de",
                    "Hood-Lee",
                    "‘Uta’atu",
                    "'",
                    "’s",
                    " ",
                    "\u00a0",
                    ",",
                    "\n",
                    "x",
                ]
            ),
            max_size=14,
        )
    )
    def test_finds_what_a_search_of_the_whole_text_finds(self, pieces: list[str]) -> None:
        """The first full name ending with a surname is the one the name's pattern finds
        searched over the whole text."""
        text = "".join(pieces)
        whole = re.search(
            rf"(?<![\w-])(?P<name>(?:{NAME_TOKEN}[ \u00a0]{UPPER}\.[ \u00a0]"
            rf"|(?:{NAME_TOKEN}[ \u00a0]){{1,2}})Hood)(?![\w-])",
            text,
        )
        found = first_full_name(text, "Hood")
        assert (whole and whole.span("name")) == found

    def test_given_names_far_from_the_first_use_of_the_surname(self) -> None:
        """ "Hood said" long before "Joey R. Hood" still finds the full name."""
        text = "Hood said so. " + "Nothing here. " * 40 + "Envoy Joey R. Hood came."
        found = first_full_name(text, "Hood")
        assert found is not None
        assert "Joey R. Hood" == text[found[0] : found[1]]


class TestOfficeFieldNoListHolds:
    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("He met Commissioner of Police Sitiveni Qiliho.", "Sitiveni Qiliho"),
            ("He met the Minister of Government Gendri Reyes.", "Gendri Reyes"),
            ("Assistant Secretary for Insular Areas Esther Kia'aina visited.", "Esther Kia'aina"),
            ("He met Minister of Tourism Ana de Souza on Sunday.", "Ana de Souza"),
        ],
    )
    def test_the_last_words_after_the_field_are_the_name(
        self, knowledge: KnowledgeBase, text: str, name: str
    ) -> None:
        """ "Commissioner of Police Sitiveni Qiliho": "Police" is the office's field, though
        no title list holds it; the name is what follows it."""
        assert [name] == _discovered(text, knowledge)

    def test_a_field_too_long_to_tell_from_the_name_names_no_one(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "Secretary of Government Miguel Angel Osorio Chong": four name words after the
        field could be two given names and two surnames; no part is taken for the name."""
        text = "He met Secretary of Government Miguel Angel Osorio Chong."
        assert "Osorio Chong" not in _discovered(text, knowledge)

    def test_a_noun_after_the_country_word_of_a_field_is_the_field_s(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "Representative for the Syrian Settlement Alexander Lavrentyev": "Settlement"
        ends the field, and the field's country is not the holder's."""
        text = (
            "He met Special Presidential Representative for the Syrian Settlement"
            " Alexander Lavrentyev."
        )
        assert [("Alexander Lavrentyev", None)] == [
            (a.name, a.country) for a in _discover(text, knowledge)
        ]

    def test_the_country_an_office_is_of_after_its_field_is_the_holder_s(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "Minister for Foreign Affairs of Malaysia Ahmad Zuhri Yusof": the field ends at
        "of", and Malaysia is the holder's."""
        text = "He met Minister for Foreign Affairs of Malaysia Ahmad Zuhri Yusof."
        assert [("Ahmad Zuhri Yusof", "MY")] == [
            (a.name, a.country) for a in _discover(text, knowledge)
        ]


class TestSecondSurname:
    def test_a_known_name_with_a_second_surname_is_the_known_person(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "Josep Borrell Fontelles" is Josep Borrell with his mother's surname: no new
        person, and the form becomes one of his aliases."""
        text = "He met Spain's Foreign Minister, Josep Borrell Fontelles, on Monday.\n"
        assert [("josep-borrell", True)] == [
            (a.id, "Josep Borrell Fontelles" in a.aliases) for a in _discover(text, knowledge)
        ]

    def test_a_particle_keeps_the_name_apart(self, knowledge: KnowledgeBase) -> None:
        """ "Josep bin Borrell": a father's name joins the words, so no second surname is
        read off its end."""
        assert ["Josep bin Borrell"] == _discovered(
            "He met Foreign Minister Josep bin Borrell on Monday.\n", knowledge
        )


class TestLabelSurnameOfAKnownName:
    def test_a_label_surname_no_known_person_on_the_page_bears_is_someone_new(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "SHEIKH ABDULLAH:" on a page naming no known Abdullah is a new person, though
        the data knows Malaysia's Saifuddin Abdullah (and Jordan's King Abdullah II, whom
        "KING ABDULLAH:" would name)."""
        text = (
            "SECRETARY BLINKEN: Your Highness, welcome to the State Department.\n\n"
            "SHEIKH ABDULLAH: Mr. Secretary, thank you so much for those kind words.\n"
        )
        assert ["Abdullah"] == _discovered(text, knowledge)

    def test_a_label_surname_of_a_person_named_in_full_is_that_person(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "VICE PRESIDENT RAMIREZ:" on a page naming Marta Lucía Ramírez is her."""
        text = (
            "Vice President Marta Lucía Ramírez welcomed the delegation to Bogota.\n\n"
            "VICE PRESIDENT RAMIREZ: Thank you all for coming to Bogota today.\n"
        )
        assert [] == _discovered(text, knowledge)


class TestRankShapes:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                '"We build capacity," said Colonel-Major Mahamane Laminiou Sani, director of'
                " intelligence.\n",
                ["Mahamane Laminiou Sani"],
            ),
            (
                '"We move forward," said U.S. Army Brig. Gen. Scott House, the executive'
                " integrator.\n",
                ["Scott House"],
            ),
            (
                "Warrant Officer Lt. Andreas Christoforou of the Republic of Cyprus National"
                " Guard emphasized the importance of collaboration.\n",
                ["Andreas Christoforou"],
            ),
            (
                "Assistant Secretary of State for South and Central Asian Affairs Donald Lu"
                " met the delegation.\n",
                ["Donald Lu"],
            ),
            (
                "Vice Adm. Gene Wikoff, commander, U.S. Naval Forces Central Command and U.S."
                " Fifth Fleet, met with the delegation.\n",
                ["Gene Wikoff"],
            ),
        ],
    )
    def test_a_rank_s_shape_leaves_the_name_whole(
        self, knowledge: KnowledgeBase, text: str, expected: list[str]
    ) -> None:
        """Ranks joined by a hyphen ("Colonel-Major") are a title; after an abbreviated
        rank a surname may be a building's word ("Brig. Gen. Scott House"); a name and "of"
        end the title ("Lt. Andreas Christoforou of the ... National Guard"), an office's
        field does not; a command after a country's initials ("U.S. Fifth Fleet") is still
        nobody."""
        assert expected == _discovered(text, knowledge)


class TestLegalOffices:
    def test_an_attorney_general_of_a_country_before_a_comma_introduces_the_name(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "met with Attorney General of El Salvador, Douglas Arquímedes Meléndez Ruiz,
        Attorney General of Guatemala, Thelma Esperanza Aldana Hernández": "Attorney" is an
        office's word, so each name after its office and a comma is someone."""
        text = (
            "He met with Attorney General of El Salvador, Douglas Arquímedes Meléndez Ruiz,"
            " and Attorney General of Guatemala, Thelma Esperanza Aldana Hernández.\n"
        )
        names = _discovered(text, knowledge)
        assert {"Douglas Arquímedes Meléndez Ruiz", "Thelma Esperanza Aldana Hernández"} <= set(
            names
        )


class TestOfficeCommaNameLabel:
    def test_a_label_of_an_office_a_comma_and_a_name_names_the_speaker(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "Minister for International Development and the Pacific, Pat Conroy:" labels a
        speech by Pat Conroy, whose title is the office before the comma."""
        text = (
            "Minister for International Development and the Pacific, Pat Conroy: I'll start"
            " off with a quick opening statement.\n"
        )
        assert [("Pat Conroy", "Minister for International Development and the Pacific")] == [
            (a.name, a.roles[0].title) for a in _discover(text, knowledge)
        ]


class TestPlansAreNoPeople:
    def test_a_joint_plan_is_nobody(self, knowledge: KnowledgeBase) -> None:
        """ "the Joint Action Plan between the Russian Federation and ..." names a document:
        "Joint" is no title and "Action Plan" no person."""
        text = (
            "Following the talks, the two leaders signed the Joint Action Plan between the"
            " Russian Federation and the Greek Republic for 2015-2016.\n"
        )
        assert [] == _discovered(text, knowledge)


class TestMiddleInitialAfterAMiddleName:
    def test_an_initial_after_a_middle_name_is_part_of_the_name(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "asked Mpho Churchill O. Mophuting, ambassador of Botswana": a middle initial may
        follow a middle name, not only the given name."""
        text = (
            '"Why am I here?" asked Mpho Churchill O. Mophuting, ambassador of Botswana to the'
            " United States, during a news conference.\n"
        )
        assert ["Mpho Churchill O. Mophuting"] == _discovered(text, knowledge)


class TestLawmakersPartyAndState:
    def test_a_name_with_a_party_and_state_is_a_person(self, knowledge: KnowledgeBase) -> None:
        """ "U.S. Senators Rob Portman (R-OH) Jeanne Shaheen (D-NH), Chris Murphy (D-CT)":
        each name with its party and state in brackets is a person's, the plural title
        left out of the first."""
        text = (
            "WASHINGTON - Today, U.S. Senators Rob Portman (R-OH) Jeanne Shaheen (D-NH), Chris"
            " Murphy (D-CT) and Ben Ray Luján (D-NM) announced a trip.\n"
        )
        assert {"Rob Portman", "Jeanne Shaheen", "Chris Murphy", "Ben Ray Luján"} <= set(
            _discovered(text, knowledge)
        )

    @pytest.mark.parametrize(
        ("text", "names"),
        [
            (
                "WASHINGTON – Senator Tunde Ade, R-Miss., today traveled with Sens. Amina Okon,"
                " R-Ohio, Kofi Mensah, D-Conn., and Ngozi Bello, D-Minn., to Poland.\n",
                {"Amina Okon", "Kofi Mensah", "Ngozi Bello"},
            ),
            (
                "Representatives Amina Okon (D-Texas-16) and Kofi Mensah (R-South Carolina)"
                " landed in Kyiv.\n",
                {"Amina Okon", "Kofi Mensah"},
            ),
        ],
    )
    def test_a_party_and_state_in_commas_or_with_a_district_marks_a_person(
        self, knowledge: KnowledgeBase, text: str, names: set[str]
    ) -> None:
        """ "Kofi Mensah, D-Conn.," (the news agencies' style), "(D-Texas-16)" (a district)
        and "(R-South Carolina)" (a state of two words) mark a lawmaker as the brackets do."""
        assert names <= set(_discovered(text, knowledge))

    def test_a_lawmaker_marked_in_commas_speaks_by_surname(self, knowledge: KnowledgeBase) -> None:
        """ "... Kofi Mensah, D-Conn., and Ngozi Bello, D-Minn., to Poland." then "“...,” said
        Bello.": the quotation is hers, not the last senator quoted's."""
        text = (
            "WASHINGTON – Senator Tunde Ade, R-Miss., today traveled with Sens. Amina Okon,"
            " R-Ohio, Kofi Mensah, D-Conn., and Ngozi Bello, D-Minn., to Poland.\n\n"
            "“I am proud to join my colleagues on this trip,” said Okon.\n\n"
            "“Poland has been a stalwart ally,” said Bello.\n"
        )
        result = parse([read_source(text, source_id="codel", published="2022-03-12")])
        names = {actor.id: actor.name for actor in result.actors}
        speakers = {
            statement.text: names.get(statement.speaker or "") for statement in result.statements
        }
        assert speakers["Poland has been a stalwart ally,"] == "Ngozi Bello"


class TestAnOfficesBodyBeforeTheName:
    @pytest.mark.parametrize(
        "text",
        [
            "Today, Acting Director of U.S. Citizenship and Immigration Services Ken"
            " Cuccinelli announced the plan.\n",
            "Today, Acting Director of U.S. Citizenship and Immigration Services (USCIS) Ken"
            " Cuccinelli announced the plan.\n",
        ],
    )
    def test_the_body_s_word_ends_the_field_and_the_name_follows(
        self, knowledge: KnowledgeBase, text: str
    ) -> None:
        """ "Director of U.S. Citizenship and Immigration Services (USCIS) Ken Cuccinelli":
        the body's word ("Services") and its initials end the office's field; the two words
        after them are the name."""
        assert "Ken Cuccinelli" in _discovered(text, knowledge)

    def test_an_organisation_s_initials_before_a_word_and_a_noun_stay(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "Military Coordination Cell (MCC) Mogadishu director": no office's field, no
        name after the initials."""
        text = "The Military Coordination Cell (MCC) Mogadishu director spoke.\n"
        assert [] == [n for n in _discovered(text, knowledge) if "Mogadishu" in n]


class TestParticlesAndOpeningPrepositions:
    def test_a_portuguese_e_joins_the_surnames(self, knowledge: KnowledgeBase) -> None:
        """ "Prime Minister Ulisses Correia e Silva": the lower-case "e" is a particle inside
        the name (``surname_particles``), which runs on to "Silva"."""
        text = "Del Toro met with Prime Minister Ulisses Correia e Silva on Tuesday.\n"
        assert "Ulisses Correia e Silva" in _discovered(text, knowledge)

    def test_a_preposition_opening_the_sentence_is_no_given_name(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "Alongside Munsch, Del Toro met ...": the capitalised preposition opens the
        sentence, no name (``name_stop_words``)."""
        text = (
            "Alongside Munsch, Secretary Carlos Del Toro met Prime Minister Ulisses Correia"
            " e Silva.\n"
        )
        assert [] == [n for n in _discovered(text, knowledge) if n.startswith("Alongside")]


class TestRegionalOfficesBeforeTheName:
    @pytest.mark.parametrize(
        ("text", "name"),
        [
            (
                "U.S. Deputy Assistant Secretary of Defense for the Western Hemisphere Daniel"
                " Erikson addressed the group.\n",
                "Daniel Erikson",
            ),
            (
                "Deputy Assistant Secretary for the Western Hemisphere Julie Chung met them.\n",
                "Julie Chung",
            ),
        ],
    )
    def test_a_region_ends_the_office_and_the_name_follows(
        self, knowledge: KnowledgeBase, text: str, name: str
    ) -> None:
        """ "... for the Western Hemisphere Daniel Erikson": the region's words are the
        office's (``region_words``), the name follows them."""
        assert name in _discovered(text, knowledge)


class TestNamesOfFourWords:
    def test_an_appositive_introduces_a_name_of_four_words(self, knowledge: KnowledgeBase) -> None:
        """ "Aung San Suu Kyi, the de facto leader of Myanmar,": four capitalised words, none
        of them the prose's, are one name."""
        text = "Aung San Suu Kyi, the de facto leader of Myanmar, completed a visit on Thursday.\n"
        assert [("Aung San Suu Kyi", "MM")] == [
            (a.name, a.country) for a in _discover(text, knowledge)
        ]

    def test_an_office_before_a_long_run_is_not_the_name_s(self, knowledge: KnowledgeBase) -> None:
        """ "Senate Republican Leader Tunde Ade Bakare (R-KY)": the office's last word ends
        the office; the name is what follows it."""
        text = "Senate Republican Leader Tunde Ade Bakare (R-KY) released a statement.\n"
        assert ["Tunde Ade Bakare"] == _discovered(text, knowledge)

    def test_a_country_word_after_a_name_is_no_part_of_it(self, knowledge: KnowledgeBase) -> None:
        """ "Vice Adm. Tunde Ade Bakare Nigerian Navy": the country's word after three names
        is the next body's, not a fourth name."""
        text = "Vice Adm. Tunde Ade Bakare Nigerian Navy chief, spoke at the meeting.\n"
        assert ["Tunde Ade Bakare"] == _discovered(text, knowledge)

    def test_a_run_into_the_next_title_is_no_name(self, knowledge: KnowledgeBase) -> None:
        """ "said New Hampshire Adjutant Gen. Tunde Bakare": the capitalised run goes on into
        a rank; the rank's holder is the person, not "Hampshire Adjutant Gen"."""
        text = '"We are honoured," said New Hampshire Adjutant Gen. Tunde Bakare in his remarks.\n'
        assert ["Tunde Bakare"] == _discovered(text, knowledge)

    def test_a_heading_s_run_of_four_capitalised_words_is_no_name(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "President Tunde Bakare Opening Remarks" heads the page: past three words a
        heading's capitals are the heading's, so no "Tunde Bakare Opening Remarks"."""
        source = _source(
            "President Tunde Bakare Opening Remarks\nThe president spoke today.\n",
            {0: BlockKind.HEADING},
        )
        text = source.text
        names = [a.name for a in discover_people(text, source.blocks, knowledge).actors]
        assert "Tunde Bakare Opening Remarks" not in names

    def test_the_excerpt_s_cut_word_leaves_a_long_name_s_first_words(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "... Vice Adm. Ramón Gustavo Betances Hernánde" at the excerpt's end: the cut word
        goes, the three before it are the name."""
        text = (
            "Gabrielson met leaders, including Chief of Navy,"
            " Vice Adm. Ramón Gustavo Betances Hernánde"
        )
        assert ["Ramón Gustavo Betances"] == _discovered(text, knowledge)


class TestOfficesBeforeNamesInAList:
    def test_each_name_takes_the_office_before_it(self, knowledge: KnowledgeBase) -> None:
        """ "Attorney General of El Salvador, A, Attorney General of Guatemala, B, and ...":
        an office before a name and a comma is that name's, not the next name's."""
        text = (
            "The attorney general met with Attorney General of El Salvador, Tunde Ade Bakare,"
            " Attorney General of Guatemala, Amina Okon Eze, and Attorney General of Honduras,"
            " Kofi Mensah Boateng.\n"
        )
        assert [
            ("Tunde Ade Bakare", "SV"),
            ("Amina Okon Eze", "GT"),
            ("Kofi Mensah Boateng", "HN"),
        ] == [(a.name, a.country) for a in _discover(text, knowledge)]


class TestLawmakersMarks:
    def test_a_party_and_state_in_brackets_marks_a_us_lawmaker(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "Amina Okon (R-Ohio)": the bracketed party and state is the US Congress's style,
        so the person is American even where no title says so."""
        text = "The senators, Tunde Ade (D-Conn.) and Amina Okon (R-Ohio), spoke on Monday.\n"
        assert {("Tunde Ade", "US"), ("Amina Okon", "US")} == {
            (a.name, a.country) for a in _discover(text, knowledge)
        }

    def test_a_titled_surname_with_party_and_state_is_a_lawmaker(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "U.S. Senator Okonjo (D-N.J.)": a title and one name before a party and state in
        brackets is a lawmaker known by surname, American."""
        text = "WASHINGTON – U.S. Senator Okonjo (D-N.J.), Ranking Member, travelled abroad.\n"
        assert {("Okonjo", "US")} == {(a.name, a.country) for a in _discover(text, knowledge)}

    def test_a_subcommittee_a_lawmaker_chairs_is_no_person(self, knowledge: KnowledgeBase) -> None:
        """ "Chairman of the ... International Cybersecurity Subcommittee": a body, no one."""
        text = (
            "Senator Tunde Ade (D-Conn.), Chairman of the Senate Foreign Relations East Asia,"
            " Pacific, and International Cybersecurity Subcommittee, spoke on Monday.\n"
        )
        assert {"Tunde Ade"} == {a.name for a in _discover(text, knowledge)}


class TestBodiesAndPortfolios:
    @pytest.mark.parametrize(
        "text",
        [
            "She gave a tour of the National Historical Library of Agriculture on Monday.\n",
            "He met the Minister of Agriculture, Food Sovereignty, and Forests on Monday.\n",
        ],
    )
    def test_a_library_or_a_portfolio_is_no_person(
        self, knowledge: KnowledgeBase, text: str
    ) -> None:
        """ "the National Historical Library" is a body (a library's head noun) and "Food
        Sovereignty" a portfolio's words (``not_name_words``): neither is a person."""
        assert [] == _discovered(text, knowledge)


class TestCaucusesAndTheirChairs:
    def test_a_caucus_is_no_person(self, knowledge: KnowledgeBase) -> None:
        """ "Co-Chairs of the Senate Baltic Freedom Caucus": a group of lawmakers
        (``not_name_words``), not a person named after an office."""
        text = (
            "Senator Tunde Ade (D-IL) and Senator Amina Okon (R-IA), Co-Chairs of the Senate"
            " Baltic Freedom Caucus, met today with the ministers.\n"
        )
        assert {"Tunde Ade", "Amina Okon"} == {a.name for a in _discover(text, knowledge)}

    def test_a_co_chair_is_a_title_before_the_name(self, knowledge: KnowledgeBase) -> None:
        """ "India Caucus Co-Chair Tunde Ade": "Co-Chair" is an office, so the name after it
        is the person's, without the caucus."""
        text = "The trip was led by U.S. Senator and India Caucus Co-Chair Tunde Ade (R-TX).\n"
        assert ["Tunde Ade"] == [a.name for a in _discover(text, knowledge)]


class TestPluralTitles:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "I met Prime Minister Kofi Mensah and Ministers Rimbink Pato and Justin"
                " Tkatchenko on Monday.\n",
                {("Rimbink Pato", "Minister"), ("Justin Tkatchenko", "Minister")},
                id="ministers",
            ),
            pytest.param(
                "The delegation was hosted by Senators Tunde Ade and Amina Okon on Monday.\n",
                {("Tunde Ade", "Senator"), ("Amina Okon", "Senator")},
                id="senators",
            ),
            pytest.param(
                "Reps. Tunde Ade, Amina Okon (D-NY), Kofi Mensah, and Ngozi Bello visited Ghana.\n",
                {
                    ("Tunde Ade", "Rep."),
                    ("Amina Okon", "Rep."),
                    ("Kofi Mensah", "Rep."),
                    ("Ngozi Bello", "Rep."),
                },
                id="a list with commas",
            ),
        ],
    )
    def test_a_plural_title_is_each_name_s(
        self, knowledge: KnowledgeBase, text: str, expected: set[tuple[str, str]]
    ) -> None:
        """ "Ministers Rimbink Pato and Justin Tkatchenko": two people, each titled by the
        plural (``plural_titles`` in ``grammar.toml``), not "Senators Tunde Ade" as a name."""
        found = {
            (a.name, a.roles[0].title)
            for a in _discover(text, knowledge)
            if a.roles and a.name in {name for name, _ in expected}
        }
        assert expected == found

    def test_another_title_ends_the_list(self, knowledge: KnowledgeBase) -> None:
        """ "Senators A, B, and Representative C": "Representative C" is no senator's name
        but a representative's."""
        text = (
            "He was joined by Senators Tunde Ade (R-AR), Amina Okon (R-SD), and Representative"
            " Kofi Mensah (R-KY).\n"
        )
        assert {"Tunde Ade", "Amina Okon", "Kofi Mensah"} == {
            a.name for a in _discover(text, knowledge)
        }

    def test_a_listed_name_ends_the_list_at_a_country(self, knowledge: KnowledgeBase) -> None:
        """ "Sens. Tunde Ade and Amina Okon, South Korea and Japan": the list under the
        plural title ends where its items stop being plain names."""
        text = "Sens. Tunde Ade, Amina Okon, South Korea and Japan signed the letter.\n"
        assert {"Tunde Ade", "Amina Okon"} == {a.name for a in _discover(text, knowledge)}


class TestOfficeLettersAsAlias:
    def test_an_office_s_letters_before_a_name_become_the_holder_s_alias(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "Chief of Naval Operations (CNO) Adm. Dana Varrow" and later "CNO met ...": the
        letters stand for her."""
        text = (
            "Chief of Naval Operations (CNO) Adm. Dana Varrow visited Suva.\n"
            "While in Suva CNO met with Fijian Navy Commander Capt. Tevita Naqara.\n"
        )
        actors = {a.name: a for a in _discover(text, knowledge)}
        assert "CNO" in actors["Dana Varrow"].aliases

    def test_an_agency_s_letters_stay_the_agency_s(self, knowledge: KnowledgeBase) -> None:
        """ "Agency for International Development (USAID) Administrator Dana Varrow": the
        letters before an office of the name's are the agency's, not hers."""
        text = (
            "U.S. Agency for International Development (USAID) Administrator Dana Varrow "
            "visited Suva.\nUSAID funds the clinic.\n"
        )
        actors = {a.name: a for a in _discover(text, knowledge)}
        assert "USAID" not in actors["Dana Varrow"].aliases

    def test_letters_never_used_again_are_no_alias(self, knowledge: KnowledgeBase) -> None:
        """The letters given once and never again name nobody later: no alias to add."""
        text = "Chief of Naval Operations (CNO) Adm. Dana Varrow visited Suva.\n"
        actors = {a.name: a for a in _discover(text, knowledge)}
        assert () == actors["Dana Varrow"].aliases


class TestWesternOrderOfAFamilyFirstName:
    def test_a_korean_name_in_the_western_order_keeps_its_country(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "ROK Lt. Gen. Hyo Jin Park" then "Park said": the name written given name first,
        the country of the person's own title stands."""
        text = (
            "The tour was led by ROK Lt. Gen. Hyo Jin Park, commander of the operations "
            "command.\nPark said the exercise went well.\n"
        )
        actors = {a.name: a for a in _discover(text, knowledge)}
        assert "KR" == actors["Hyo Jin Park"].country

    def test_a_known_family_first_name_in_the_western_order_is_the_known_person(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "Minister of National Defense Won-sik Shin" is Shin Won-sik of the data, not a
        new person."""
        text = "Leaders met Republic of Korea Minister of National Defense Won-sik Shin today.\n"
        assert "Won-sik Shin" not in _discovered(text, knowledge)

    def test_a_western_order_name_is_not_another_known_person_s_last_given_word(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "Gen. Young Woo Kim" is nobody the data know: not Kim Tae-young ("Kim Tae
        Young"), whose given name ends where this one begins."""
        text = "The general presented Gen. Young Woo Kim with a medal on Monday.\n"
        assert "Young Woo Kim" in _discovered(text, knowledge)

    def test_a_two_word_western_name_is_not_a_three_word_known_name(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "U.S. Ambassador Sung Kim" is not Kim Sung-hwan ("Kim Sung Hwan"), a foreign
        minister of the data."""
        text = (
            "Brown met with Lt. Gen. Rozzano Briguez, as well as U.S. Ambassador to the "
            "Philippines Sung Kim and members of the U.S. Embassy.\n"
        )
        assert "Sung Kim" in _discovered(text, knowledge)


class TestStylesOfAddress:
    @pytest.mark.parametrize("style", ["Smt.", "Shri", "Mme"])
    def test_a_style_before_a_name_is_no_part_of_it(
        self, knowledge: KnowledgeBase, style: str
    ) -> None:
        """ "Smt. Varsha Rao", "Shri Varsha Rao": the style is read past, not taken as the
        given name or as a sentence's end."""
        text = f"The envoy met the Minister of Tourism, {style} Varsha Rao, in Delhi.\n"
        assert "Varsha Rao" in _discovered(text, knowledge)

    @pytest.mark.parametrize("style", ["Mr.", "Shri", "Dr."])
    def test_the_office_before_a_comma_and_a_style_gives_the_country(
        self, knowledge: KnowledgeBase, style: str
    ) -> None:
        """ "Indian Minister of Tourism, Mr. Varsha Rao and U.S. Trade Representative ...":
        the office before the style is hers; the country after her name is the next
        person's."""
        text = (
            f"Indian Minister of Tourism, {style} Varsha Rao and U.S. Trade Representative, "
            "Ambassador Dana Varrow co-chaired the forum.\n"
        )
        actors = {a.name: a for a in _discover(text, knowledge)}
        assert "IN" == actors["Varsha Rao"].country


class TestPersonKnownBySurnameAlone:
    def test_a_word_that_says_things_again_and_again_is_a_person(
        self, knowledge: KnowledgeBase
    ) -> None:
        """An excerpt cut after the introduction: '"...," Varrow said.' twice, never the full
        name, is someone called Varrow."""
        text = (
            "“Mobility crews will be at the tip of the spear,” Varrow said. “We must train.”\n"
            "“Real progress is being made,” Varrow told leaders from 20 nations.\n"
        )
        assert "Varrow" in _discovered(text, knowledge)

    def test_one_use_alone_names_no_one(self, knowledge: KnowledgeBase) -> None:
        """A word that is the subject of what is said once only is not enough."""
        text = "“Mobility crews will be at the tip of the spear,” Varrow said.\n"
        assert "Varrow" not in _discovered(text, knowledge)

    def test_a_known_person_s_surname_is_left_to_the_mentions(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "Austin said" twice: the data's Lloyd Austin, found by the mentions, not a new
        person called Austin."""
        text = "“We stand with Kyiv,” Austin said.\n“We will not waver,” Austin told reporters.\n"
        assert "Austin" not in _discovered(text, knowledge)


class TestRankAfterAnd:
    def test_an_abbreviated_rank_after_and_opens_the_next_title(
        self, knowledge: KnowledgeBase
    ) -> None:
        """'met Tom Vale and Gen. Ann Roe': the rank after "and" opens Roe's title; the name
        before it is none of it."""
        found = {
            a.name: a for a in _discover("He met Tom Vale and Gen. Ann Roe today.\n", knowledge)
        }
        assert "Gen." == found["Ann Roe"].roles[0].title


class TestHonoursAndStylesAroundAName:
    def test_an_honour_between_a_name_and_its_office(self, knowledge: KnowledgeBase) -> None:
        """ "Tom Vale MP, UK Minister for the Americas, completed ...": the honour after the
        name does not hide the office that introduces him."""
        text = "Tom Vale MP, UK Minister for the Americas, completed his visit to Belize.\n"
        assert [("Tom Vale", "GB")] == [(a.name, a.country) for a in _discover(text, knowledge)]

    def test_a_style_between_an_office_and_a_name(self, knowledge: KnowledgeBase) -> None:
        """ "the Prime Minister of Belize, Honourable Ann Roe": the style of courtesy before
        the name leaves the office's country hers."""
        text = "He met the Prime Minister of Belize, Honourable Ann Roe, in the capital.\n"
        assert [("Ann Roe", "BZ")] == [(a.name, a.country) for a in _discover(text, knowledge)]


class TestGivenNameTakenForASurname:
    def test_the_last_word_of_a_family_first_name_used_alone(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "Republic of Korea ... Lt. Gen. Park Ji-won ... said Ji-won": a writer who takes
        the last word of a family-first name for the surname names the person by it."""
        text = (
            "Republic of Korea Marine Corps Commandant Lt. Gen. Park Ji-won met Gen. Tom Vale"
            " on Monday.\n\n"
            '"It was good," said Ji-won.\n'
        )
        result = extract_statements(_source(text), knowledge)
        assert [("It was good,", "park-ji-won")] == [
            (s.reports[0].text, s.speaker) for s in result.statements
        ]


class TestFamilyNameCommaGivenName:
    def test_a_family_name_a_comma_and_a_hyphenated_given_name(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "met with Mr. Baek, Seung-joo, the vice minister; Gen. Lee, Sun-jin, ...": each
        is a person, the form as written among their names."""
        text = (
            "Adm. Tom Vale met with Mr. Baek, Seung-joo, the vice minister of defense; and"
            " Gen. Lee, Sun-jin, the chairman of the joint chiefs of staff.\n"
        )
        found = {a.name: a.aliases for a in _discover(text, knowledge)}
        assert (("Baek, Seung-joo",), ("Lee, Sun-jin",)) == (
            found["Baek Seung-joo"],
            found["Lee Sun-jin"],
        )


class TestLowerCaseOfficeCommaName:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Roe thanked the city's mayor, Ana Lis, and the crowd.\n", ("Ana Lis", None)),
            ("Roe met his counterpart, Ana Lis, in Rome.\n", ("Ana Lis", None)),
            ("Roe met Russia's deputy defense minister, Ana Lis, in Moscow.\n", ("Ana Lis", "RU")),
        ],
    )
    def test_an_office_in_lower_case_before_a_comma_and_a_name(
        self, knowledge: KnowledgeBase, text: str, expected: tuple[str, str | None]
    ) -> None:
        """ "the city's mayor, Ana Lis,", "his counterpart, Ana Lis,": an office in lower case
        (its owner's possessive before it) introduces the full name after its comma."""
        assert [expected] == [
            (a.name, a.country) for a in _discover(text, knowledge) if a.name == "Ana Lis"
        ]

    def test_a_body_after_an_office_is_no_person(self, knowledge: KnowledgeBase) -> None:
        """ "the commander, Pacific Air Forces, spoke": the words after the comma name a body."""
        text = "Later the commander, Pacific Air Forces, spoke to the crowd.\n"
        assert [] == [a.name for a in _discover(text, knowledge)]


class TestKnownNamesWithoutAccents:
    def test_a_known_surname_written_without_its_accents_is_no_new_person(
        self, knowledge: KnowledgeBase
    ) -> None:
        """ "Defense Minister Vaskane" is Ilze Vāškāne, whose accents an English text leaves
        out: the known person, not someone new."""
        known = knowledge.with_actors(
            [Actor(id=ActorId("ilze-vaskane"), name="Ilze Vāškāne", country="LV")]
        )
        text = "Lloyd Ward met Defense Minister Vaskane in Riga on Monday.\n"
        assert "Vaskane" in _discovered(text, knowledge)
        assert "Vaskane" not in _discovered(text, known)
        assert "Vāškāne" not in _discovered(text.replace("Vaskane", "Vāškāne"), known)
