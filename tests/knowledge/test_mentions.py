"""Person mentions: a possessive country word before a surname is not a first name."""

from __future__ import annotations

import functools
import re
from collections import Counter
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplomatic_events.knowledge import KnowledgeBase, default_knowledge, load_knowledge
from diplomatic_events.knowledge._descriptions import (
    _last_start,
    _names_of,
    _titled_pattern,
    _titled_people,
    country_counts,
)
from diplomatic_events.knowledge._layered_index import LayeredNameIndex
from diplomatic_events.knowledge._mention_context import _opens_sentence
from diplomatic_events.knowledge._mention_index import _index
from diplomatic_events.model import Actor, PartialDate, Role
from diplomatic_events.typing import ActorId

KNOWLEDGE = KnowledgeBase(surnames={ActorId("xi-jinping"): "Xi"}).with_actors(
    [
        Actor(id=ActorId("joe-biden"), name="Joe Biden", country="US"),
        Actor(id=ActorId("xi-jinping"), name="Xi Jinping", country="CN"),
    ]
)


class TestPossessiveBeforeSurname:
    def test_curly_possessive_is_not_a_first_name(self) -> None:
        """ "between Biden and China’s Xi" names Xi, at offsets 32-34."""
        text = "They met between Biden and China’s Xi in Bali."
        found = [(m.actor, m.start, m.end) for m in KNOWLEDGE.find_mentions(text)]
        assert [("joe-biden", 17, 22), ("xi-jinping", 35, 37)] == found

    def test_straight_possessive_is_not_a_first_name(self) -> None:
        """ "China's Xi" with a straight apostrophe names Xi too."""
        text = "Biden and China's Xi spoke."
        found = [(m.actor, m.text) for m in KNOWLEDGE.find_mentions(text)]
        assert [("joe-biden", "Biden"), ("xi-jinping", "Xi")] == found

    @pytest.mark.parametrize("opening", ["During", "Despite", "Following"])
    def test_a_word_that_never_names_opening_a_sentence(self, opening: str) -> None:
        """ "During Biden's meeting with Xi, ...": the preposition opening the sentence is no
        first name, so the surname after it names Biden."""
        text = f"They arrived. {opening} Biden's meeting Sunday with Xi, protesters gathered."
        assert ["joe-biden", "xi-jinping"] == [m.actor for m in KNOWLEDGE.find_mentions(text)]

    def test_a_first_name_still_blocks_the_surname(self) -> None:
        """ "Philip Xi" is someone else, not Xi Jinping."""
        assert [] == [m for m in KNOWLEDGE.find_mentions("Philip Xi spoke.") if m.text == "Xi"]


class TestAbbreviationOpeningAPlace:
    @pytest.mark.parametrize("text", ["The talks were at Ft. Biden, Maryland.", "St. Xi spoke."])
    def test_a_surname_after_a_place_s_abbreviation_is_that_place_s(self, text: str) -> None:
        """ "Ft. Meade", "St. Francis": the word after a place's or a saint's abbreviation
        (``name_abbreviations``) is that name's, no one's surname; an initial already was."""
        assert [] == [m.actor for m in KNOWLEDGE.find_mentions(text)]

    def test_a_title_s_abbreviation_still_names_him(self) -> None:
        """ "Sen. Biden": a title's abbreviation stands before the surname it names."""
        assert ["joe-biden"] == [m.actor for m in KNOWLEDGE.find_mentions("Sen. Biden spoke.")]


class TestSurnameStartingALongerWord:
    @pytest.mark.parametrize("text", ["Prime Minister Xi’akavameiliku spoke.", "Xi'ana spoke."])
    def test_a_word_going_on_after_an_apostrophe_is_another_name(self, text: str) -> None:
        """ "Xi’akavameiliku" (a Tongan title name) does not name Xi Jinping."""
        assert [] == [m.actor for m in KNOWLEDGE.find_mentions(text)]

    @pytest.mark.parametrize("text", ["Xi’s visit began.", "Xi's visit began.", "Xi’S AIDE"])
    def test_a_possessive_still_names_him(self, text: str) -> None:
        """ "Xi’s visit" names Xi."""
        assert ["xi-jinping"] == [m.actor for m in KNOWLEDGE.find_mentions(text)]


class TestSurnameOpeningALongerName:
    @pytest.mark.parametrize(
        "text",
        ["members of the Xi al Ahmar community spoke.", "Gen. Xi bin Hamed Al-Ruwail spoke."],
    )
    def test_a_particle_and_a_capital_after_the_surname_make_another_name(self, text: str) -> None:
        """ "Xi al Ahmar", "Xi bin Hamed Al-Ruwail": the surname opens a longer name (a place,
        another person), not Xi Jinping's."""
        assert [] == [m.actor for m in KNOWLEDGE.find_mentions(text)]

    def test_a_particle_in_lower_case_after_it_still_names_him(self) -> None:
        """ "Xi al fresco": "al" before a word in lower case is no particle of a name."""
        assert ["xi-jinping"] == [m.actor for m in KNOWLEDGE.find_mentions("Xi al fresco dined.")]


class TestOfficeNotYetHeld:
    def test_a_surname_after_an_elect_title_is_the_person(self) -> None:
        """ "President-elect Biden" names Biden: "President-elect" is a title, no first name."""
        text = "Xi spoke with President-elect Biden of the United States."
        found = [(m.actor, m.text) for m in KNOWLEDGE.find_mentions(text)]
        assert [("xi-jinping", "Xi"), ("joe-biden", "Biden")] == found


class TestMiddleInitials:
    def test_a_middle_initial_the_data_leaves_out(self) -> None:
        """ "Joe R. Biden" is Joe Biden: a middle initial after the first name is allowed."""
        found = [(m.actor, m.text) for m in KNOWLEDGE.find_mentions("Joe R. Biden spoke.")]
        assert [("joe-biden", "Joe R. Biden")] == found


class TestEditorsBrackets:
    @pytest.mark.parametrize(
        ("text", "written"),
        [
            ("I met Secretary of State, [Joe] Biden, today.", "Joe] Biden"),
            ("I met [Vice President Joe] Biden today.", "Joe] Biden"),
        ],
    )
    def test_a_bracket_between_a_name_s_words(self, text: str, written: str) -> None:
        """ "[Joe] Biden", as a transcript's editor completes a name, is Joe Biden."""
        found = [(m.actor, m.text) for m in KNOWLEDGE.find_mentions(text)]
        assert [("joe-biden", written)] == found


class TestCapitalisedParticles:
    @pytest.mark.parametrize(
        ("name", "written"),
        [
            ("Khalid al-Attiyah", "Khalid Al-Attiyah"),
            ("Ursula von der Leyen", "Ursula Von der Leyen"),
        ],
    )
    def test_a_particle_written_with_a_capital_is_the_same_name(
        self, name: str, written: str
    ) -> None:
        """A name's lower-case particle may be written capitalised: the same person."""
        kb = KnowledgeBase().with_actors([Actor(id=ActorId("p"), name=name)])
        assert [("p", written)] == [
            (m.actor, m.text) for m in kb.find_mentions(f"{written} spoke.")
        ]


class TestTitledAliasesGoingOn:
    KB = KnowledgeBase().with_actors(
        [
            Actor(
                id=ActorId("charles-iii"),
                name="Charles III",
                aliases=("Prince Charles", "King Salman"),
            )
        ]
    )

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("He met Prince Charles in London.", ["charles-iii"]),
            ("He met Prince Charles Johnson III in Monrovia.", []),
            ("They landed at King Salman Air Base.", []),
        ],
    )
    def test_a_title_and_given_name_before_another_name_are_someone_else(
        self, text: str, expected: list[str]
    ) -> None:
        """An alias opening with a title ("Prince Charles") followed by another name's word
        ("Johnson", "Air") names someone or something else."""
        assert expected == [m.actor for m in self.KB.find_mentions(text)]


class TestAbbreviatedOffices:
    def test_a_surname_after_fm_is_the_minister(self) -> None:
        """ "Russian FM Lavrov": "FM" (a title word in the data) is no first name."""
        text = "Kerry, Russian FM Lavrov at Joint Press Availability"
        found = {m.actor for m in load_knowledge().find_mentions(text)}
        assert {"john-kerry", "sergei-lavrov"} == found

    @pytest.mark.parametrize("abbreviation", ["SG", "DM"])
    def test_a_surname_after_an_abbreviated_office(self, abbreviation: str) -> None:
        """ "SG Minh said" (Secretary-General), "DM Lavrov": an office's abbreviation in
        the data is no first name of someone else."""
        text = f"Kerry met them. \u201cWe agree,\u201d {abbreviation} Lavrov said."
        found = {m.actor for m in load_knowledge().find_mentions(text)}
        assert {"john-kerry", "sergei-lavrov"} == found


class TestHonorificBeforeSurname:
    @pytest.mark.parametrize("honorific", ["His Excellency", "Her Majesty", "His Holiness"])
    def test_an_honorific_is_no_first_name(self, honorific: str) -> None:
        """ "said His Excellency Araujo": the honorific stands before the surname of Rui
        Maria de Araujo, as a title would; "Excellency" is no given name of someone else."""
        knowledge = load_knowledge().with_actors(
            [Actor(id=ActorId("rui-araujo"), name="Rui Maria de Araujo", discovered=True)]
        )
        text = f"“We are honored,” said {honorific} Araujo."
        assert ["rui-araujo"] == [m.actor for m in knowledge.find_mentions(text)]


class TestDescriptionOfTheStoryCountry:
    @staticmethod
    def _described(text: str) -> str | None:
        """Who "The Prime Minister" of ``text`` is on 19 April 2018 (bundled data)."""
        found = load_knowledge().find_mentions(text, on=PartialDate(year=2018, month=4, day=19))
        return next((m.actor for m in found if m.text == "The Prime Minister"), None)

    def test_a_hyphenated_pair_names_both_countries(self) -> None:
        """ "the UK-Singapore partnership" names the United Kingdom, so the story's prime
        minister is its holder on the day."""
        text = "The Prime Minister praised the UK-Singapore partnership."
        assert "theresa-may" == self._described(text)

    def test_a_named_institution_gives_its_country(self) -> None:
        """A readout naming Downing Street and no country word: the prime minister is the
        United Kingdom's."""
        text = "A Downing Street spokesperson said:\n\nThe Prime Minister held talks."
        assert "theresa-may" == self._described(text)

    def test_a_suffix_after_a_hyphen_names_no_country(self) -> None:
        """ "a UK-based charity" is no story about the United Kingdom."""
        text = "The Prime Minister praised a UK-based charity."
        assert None is self._described(text)

    @pytest.mark.parametrize(
        "phrase", ["the president of Vietnam", "the President of Vietnam", "Vietnam's president"]
    )
    def test_the_office_of_a_country(self, phrase: str) -> None:
        """ "met with the president of Vietnam": the holder on the day, as "Vietnam's
        president" is."""
        text = f"He also met with {phrase} there."
        found = load_knowledge().find_mentions(text, on=PartialDate(year=2018, month=1, day=25))
        assert [("tran-dai-quang", phrase)] == [(m.actor, m.text) for m in found]

    def test_the_office_and_country_name_the_holder_last(self) -> None:
        """ "... by the President of Russia. Additionally, the President continued" after
        Erdogan was named: "the President" is the one the office and country just named."""
        text = (
            "Vladimir Putin arrived. He met President of Turkiye Recep Tayyip Erdogan. A news"
            " conference by the President of Russia followed. Then the President left."
        )
        found = load_knowledge().find_mentions(text, on=PartialDate(year=2024, month=10, day=24))
        assert ["vladimir-putin"] == [m.actor for m in found if m.text == "the President"]

    def test_the_foreign_secretary_of_a_british_story(self) -> None:
        """ "The Foreign Secretary" in a story of UK-Ireland relations, holder unnamed: the
        United Kingdom's on the day (the data's GB entry), not a Philippine one."""
        text = "The Foreign Secretary met the Irish Foreign Minister on UK-Ireland ties."
        found = load_knowledge().find_mentions(text, on=PartialDate(year=2018, month=1, day=31))
        assert ["boris-johnson"] == [m.actor for m in found if m.text == "The Foreign Secretary"]


class TestTheLeaderOfACountry:
    def test_the_leader_is_the_head_of_government_the_text_names(self) -> None:
        """ "Obama hosted Prime Minister Yatsenyuk ... The Ukrainian leader thanked Obama":
        the prime minister the story names, not the president of the day it never names."""
        text = (
            "Obama hosted Prime Minister Arseniy Yatsenyuk at the White House. The Ukrainian"
            " leader thanked Obama for his support."
        )
        found = load_knowledge().find_mentions(text, on=PartialDate(year=2014, month=3, day=12))
        assert ["arseniy-yatsenyuk"] == [m.actor for m in found if m.text == "The Ukrainian leader"]

    def test_with_no_head_of_government_named_the_leader_is_the_president(self) -> None:
        """With no prime minister of the country named, "the Ukrainian leader" is still the
        president of the day."""
        text = "Obama spoke by phone. The Ukrainian leader thanked Obama for his support."
        found = load_knowledge().find_mentions(text, on=PartialDate(year=2015, month=3, day=12))
        assert ["petro-poroshenko"] == [m.actor for m in found if m.text == "The Ukrainian leader"]


class TestTitleAloneAsSubject:
    """A title with no article opening a line, as press releases write their subject."""

    @staticmethod
    def _described(text: str, title: str) -> list[str]:
        on = PartialDate(year=2017, month=7, day=20)
        found = load_knowledge().find_mentions(text, on=on)
        return [m.actor for m in found if m.text == title]

    def test_a_title_before_said_and_a_colon(self) -> None:
        """ "Foreign Secretary said:" in a story of UK-Japan ties: the holder on the day."""
        text = "Talks on UK-Japan trade.\nForeign Secretary said:\n\u201cWe are partners.\u201d"
        assert ["boris-johnson"] == self._described(text, "Foreign Secretary")

    def test_a_title_before_a_verb_opening_a_sentence(self) -> None:
        """ "Foreign Secretary visits Japan" after a full stop is the holder too."""
        text = "Trade with the UK grew. Foreign Secretary visits Japan this week."
        assert ["boris-johnson"] == self._described(text, "Foreign Secretary")

    @pytest.mark.parametrize(
        "text",
        [
            "UK-Japan ties.\nSecretary to the Ministry of Defense, Air Vice Marshal Perera",
            "UK-Japan ties.\nForeign Secretary of the day",
            "UK-Japan ties. He met the Foreign Secretary's aide.\nForeign Secretary Priti",
        ],
    )
    def test_a_title_before_a_preposition_or_a_name_is_no_one(self, text: str) -> None:
        """A title followed by "to the Ministry", "of" or a name describes no one here."""
        assert [] == self._described(text, text.rsplit("\n", 1)[1].split(" of")[0][:17])


class TestDescriptionOwningAnOffice:
    def test_the_owner_of_an_office_is_not_named_as_present(self) -> None:
        """ "Special Representative of the President of Vietnam for Asia Tom Roe": the
        president owns the office and is no one the sentence names; "met the President of
        Vietnam" names him."""
        on = PartialDate(year=2018, month=1, day=25)
        owner = "He met the Special Representative of the President of Vietnam for Asia."
        met = "He met the President of Vietnam."
        found = [
            [m.actor for m in load_knowledge().find_mentions(text, on=on)] for text in (owner, met)
        ]
        assert [[], ["tran-dai-quang"]] == found

    @pytest.mark.parametrize(
        "owner",
        [
            "He was greeted by a representative of the President of Vietnam.",
            "He met Tom Roe, adviser to the President of Vietnam.",
            "A spokesperson for the President of Vietnam said so.",
        ],
    )
    def test_one_who_serves_the_holder_is_not_the_holder(self, owner: str) -> None:
        """ "a representative of", "adviser to", "a spokesperson for" the President: the
        sentence names someone who serves him, not him."""
        on = PartialDate(year=2018, month=1, day=25)
        assert [] == [m.actor for m in load_knowledge().find_mentions(owner, on=on)]


class TestDescriptionOpeningALongerOffice:
    @staticmethod
    def _found(tmp_path: Path, text: str) -> list[str]:
        """Who ``text`` names: the data know Ann Lee as Secretary of State and Tom Roe as
        Secretary of Energy; only "secretary" alone is described (as the Secretary of State)."""
        path = tmp_path / "people.toml"
        path.write_text(
            '[[actors]]\nid = "ann-lee"\nname = "Ann Lee"\ncountry = "US"\n'
            'roles = [{ title = "Secretary of State", start = "2030-01-01" }]\n'
            '[[actors]]\nid = "tom-roe"\nname = "Tom Roe"\ncountry = "US"\n'
            'roles = [{ title = "Secretary of Energy", start = "2030-01-01" }]\n'
            '[[descriptions]]\nwords = ["secretary"]\ncountry = "US"\n'
            'titles = ["Secretary of State"]\n'
        )
        knowledge = load_knowledge(path)
        return [m.actor for m in knowledge.find_mentions(text, on=PartialDate(year=2031))]

    def test_the_head_of_an_office_some_role_bears_is_not_the_description(
        self, tmp_path: Path
    ) -> None:
        """ "U.S. Secretary of Energy Tom Roe": "U.S. Secretary" opens the office Roe holds,
        it does not describe the Secretary of State."""
        text = "Today, U.S. Secretary of Energy Tom Roe met the minister."
        assert ["tom-roe"] == self._found(tmp_path, text)

    def test_an_office_no_role_bears_leaves_the_description(self, tmp_path: Path) -> None:
        """ "The U.S. Secretary of Mirth" is an office no one holds: the description stands,
        read as it is without the field."""
        plain = self._found(tmp_path, "The U.S. Secretary met the minister.")
        assert [] != plain
        assert plain == self._found(tmp_path, "The U.S. Secretary of Mirth met the minister.")


class TestDescriptionAcrossCountries:
    def test_prime_minister_is_the_one_the_story_names(self, tmp_path: Path) -> None:
        """'the prime minister' with no country word is the prime minister the text names."""
        path = tmp_path / "people.toml"
        path.write_text(
            '[[actors]]\nid = "ann-lee"\nname = "Ann Lee"\ncountry = "GB"\n'
            'roles = [{ title = "Prime Minister", start = "2030-01-01" }]\n'
            '[[actors]]\nid = "ken-sato"\nname = "Ken Sato"\ncountry = "JP"\n'
            'roles = [{ title = "Prime Minister", start = "2030-01-01" }]\n'
        )
        text = "Ken Sato flew in. The prime minister spoke."
        found = [(m.actor, m.start, m.end) for m in load_knowledge(path).find_mentions(text)]
        assert [("ken-sato", 0, 8), ("ken-sato", 18, 36)] == found

    @pytest.mark.parametrize(
        "office", ["Minister for Foreign Affairs", "Minister of Foreign Affairs"]
    )
    def test_the_long_form_of_foreign_minister_describes_its_holder(self, office: str) -> None:
        """ "the Minister for Foreign Affairs of Australia" in June 2022 is its Foreign
        Minister, Penny Wong (of the bundled data)."""
        text = f"The {office} of Australia spoke."
        found = load_knowledge().find_mentions(text, on=PartialDate(year=2022, month=6, day=16))
        assert ["penny-wong"] == [m.actor for m in found]

    @staticmethod
    def _secretary(tmp_path: Path, office: str, described: tuple[str, ...], text: str) -> str:
        """Who "The Secretary" is in ``text``: the data knows Ann Lee as Secretary of State
        (the descriptions list ``described``); the text introduces Tom Roe, ``office``."""
        path = tmp_path / "people.toml"
        path.write_text(
            '[[actors]]\nid = "ann-lee"\nname = "Ann Lee"\ncountry = "US"\n'
            'roles = [{ title = "Secretary of State", start = "2030-01-01" }]\n'
            + "".join(
                f'[[descriptions]]\nwords = ["secretary"]\ncountry = "US"\ntitles = ["{t}"]\n'
                for t in described
            )
        )
        stranger = Actor(
            id=ActorId("tom-roe"), name="Tom Roe", roles=(Role(title=office),), discovered=True
        )
        knowledge = load_knowledge(path).with_actors([stranger])
        found = {m.text: m.actor for m in knowledge.find_mentions(text, on=PartialDate(year=2031))}
        return found["The Secretary"]

    def test_a_titled_stranger_outranks_the_data_s_holder(self, tmp_path: Path) -> None:
        """'the Secretary' is the Secretary of Defense the text introduces, though no file
        gives his country, not the Secretary of State the data knows for that day."""
        text = "Secretary of Defense Tom Roe met U.S. sailors. The Secretary thanked them."
        offices = ("Secretary of State", "Secretary of Defense")
        assert "tom-roe" == self._secretary(tmp_path, "Secretary of Defense", offices, text)

    def test_the_story_s_own_title_word_outranks_the_data_s_holder(self, tmp_path: Path) -> None:
        """'the Secretary' in a story of "Secretary Roe" (of the Navy, an office the data's
        descriptions do not list) is Roe, not the data's Secretary of State that day."""
        text = (
            "Secretary of the Navy Tom Roe toured a U.S. base. On Thursday, Secretary Roe "
            "met sailors. The Secretary thanked them."
        )
        offices = ("Secretary of State",)
        assert "tom-roe" == self._secretary(tmp_path, "Secretary of the Navy", offices, text)

    def test_third_country_holder_is_never_the_default(self) -> None:
        """'the prime minister' in a story about Hungary is not the UK's prime minister."""
        text = "Budapest hosted the talks. The prime minister spoke."
        found = [
            m.actor
            for m in load_knowledge().find_mentions(text, on=PartialDate(year=2023, month=6, day=1))
        ]
        assert [] == found

    def test_story_country_decides_the_holder(self) -> None:
        """'the prime minister' in a story naming Britain resolves to Britain's holder."""
        text = "British officials waited. The prime minister spoke."
        found = [
            (m.actor, m.start, m.end)
            for m in load_knowledge().find_mentions(text, on=PartialDate(year=2023, month=6, day=1))
        ]
        assert [("rishi-sunak", 26, 44)] == found

    def test_current_holder_beats_a_former_one_named_in_passing(self) -> None:
        """'the first since Abe' does not make Abe 'the prime minister' of the story day."""
        text = "Fumio Kishida, the first since Shinzo Abe, smiled. The prime minister spoke."
        found = [
            m.actor
            for m in load_knowledge().find_mentions(
                text, on=PartialDate(year=2024, month=4, day=10)
            )
        ]
        assert "fumio-kishida" == found[-1]

    def test_a_title_the_text_gives_names_the_holder(self) -> None:
        """A person the text calls 'Prime Minister' is 'the prime minister', roles unknown."""
        knowledge = load_knowledge().with_actors(
            [Actor(id=ActorId("ana-ruiz"), name="Ana Ruiz", country="IT")]
        )
        text = "Ana Ruiz flew in. The prime minister, Prime Minister Ana Ruiz, spoke."
        found = [
            (m.actor, m.start, m.end)
            for m in knowledge.find_mentions(text, on=PartialDate(year=2024, month=7, day=1))
        ]
        assert ("ana-ruiz", 18, 36) in found


class TestFamilyNameFirstAliases:
    def test_japanese_order_names_the_prime_minister(self) -> None:
        """'Kishida Fumio', the order Japanese outlets use, names Fumio Kishida."""
        text = "Prime Minister Kishida Fumio arrived."
        found = [(m.actor, m.text) for m in load_knowledge().find_mentions(text)]
        assert ("fumio-kishida", "Kishida Fumio") in found

    def test_foreign_minister_without_country_is_the_one_named(self, tmp_path: Path) -> None:
        """'the Foreign Minister' with no country word is the one foreign minister named."""
        path = tmp_path / "people.toml"
        path.write_text(
            '[[actors]]\nid = "li-ming"\nname = "Li Ming"\ncountry = "CN"\n'
            'roles = [{ title = "Foreign Minister", start = "2030-01-01" }]\n'
            '[[actors]]\nid = "paul-mare"\nname = "Paul Mare"\ncountry = "FR"\n'
            'roles = [{ title = "Foreign Minister", start = "2030-01-01" }]\n'
        )
        text = "Paul Mare landed. The Foreign Minister spoke."
        found = [(m.actor, m.text) for m in load_knowledge(path).find_mentions(text)]
        assert [("paul-mare", "Paul Mare"), ("paul-mare", "The Foreign Minister")] == found


class TestAbbreviatedTitles:
    def test_pm_before_a_surname_is_a_title(self) -> None:
        """ "PM Biden tells Xi" names Biden: "PM" is a title, not a first name."""
        text = "PM Biden tells Xi in Bali"
        found = [(m.actor, m.start, m.end) for m in KNOWLEDGE.find_mentions(text)]
        assert [("joe-biden", 3, 8), ("xi-jinping", 15, 17)] == found


class TestDescriptionsOfPeopleNamedBySurname:
    def test_the_president_named_by_surname_before_is_meant(self) -> None:
        """ "President Trump ... The president spoke": Trump, though a later paragraph names
        another president in full."""
        knowledge = load_knowledge()
        text = (
            "President Trump confirmed the talks.\n\nThe president spoke to reporters.\n\n"
            "Turkish President Recep Tayyip Erdoğan called elections.\n"
        )
        at = text.index("The president")
        mentions = knowledge.find_mentions(
            text, at, at + 13, on=PartialDate(year=2018, month=4, day=18)
        )
        assert ["donald-trump"] == [m.actor for m in mentions]


class TestExtendedKnowledge:
    def test_an_extension_finds_what_the_same_knowledge_built_afresh_finds(self) -> None:
        """with_actors layers the new names on the shared index: the mentions are the same."""
        base = load_knowledge()
        extended = base.with_actors(
            [
                Actor(id=ActorId("chen-jining"), name="Chen Jining", country="CN"),
                Actor(id=ActorId("ana-lima"), name="Ana Lima", country="BR", aliases=("Lima",)),
            ]
        )
        afresh = attrs.evolve(extended)
        text = (
            "Blinken met Wang Yi and Chen Jining in Beijing; Chen said Ana Lima and Xi "
            "spoke. Lima, the Chinese foreign minister and Secretary Blinken later met."
        )
        day = PartialDate(year=2023, month=6, day=19)
        assert base is extended.extends
        assert afresh.extends is None
        assert afresh.find_mentions(text, on=day) == extended.find_mentions(text, on=day)

    def test_aliases_given_to_known_people_are_layered_and_found_as_afresh(self) -> None:
        """A source's new spelling of a known person ("Antony J Blinken") is layered on the
        parent's index, not built again, and finds what an index built afresh finds."""
        base = load_knowledge()
        blinken = base.actor(ActorId("antony-blinken"))
        assert blinken is not None
        extended = base.with_actors(
            [
                attrs.evolve(blinken, aliases=(*blinken.aliases, "Antony J Blinken", "Wang")),
                Actor(id=ActorId("ana-lima"), name="Ana Lima", country="BR"),
            ]
        )
        afresh = attrs.evolve(extended)
        text = "Antony J Blinken met Ana Lima and Wang Yi; Wang said Blinken and Lima agreed."
        day = PartialDate(year=2023, month=6, day=19)
        assert isinstance(_index(extended).persons, LayeredNameIndex)
        assert afresh.find_mentions(text, on=day) == extended.find_mentions(text, on=day)


class TestOpensSentence:
    @settings(max_examples=300)
    @given(text=st.text(' \n\t\u00a0.!?:“"‘(ab', max_size=12))
    def test_reads_backwards_what_the_pattern_reads_forwards(self, text: str) -> None:
        """The backward reading agrees with the pattern over the whole text before."""
        expected = re.search(r"(^|[.!?:\n]\s*|[“\"‘(]\s*)$", text) is not None
        assert expected == _opens_sentence(text + "Xi", len(text))


class TestLastNameBefore:
    @settings(max_examples=300)
    @given(
        pieces=st.lists(st.sampled_from(["Joe Biden", "Biden", "Bid", "en", "x", "-", " ", "."])),
        names=st.lists(st.sampled_from(["Joe Biden", "Biden", "Bid", "en x"]), min_size=1),
        cut=st.floats(0, 1),
    )
    def test_finds_what_a_scan_of_the_text_before_finds(
        self, pieces: list[str], names: list[str], cut: float
    ) -> None:
        """The last name before a point is the one a scan of the text up to it finds last."""
        text = "".join(pieces)
        end = round(cut * len(text))
        pattern = "|".join(re.escape(name) for name in names)
        found = [m.start() for m in re.finditer(rf"(?<![\w-])(?:{pattern})(?![\w-])", text[:end])]
        assert (found[-1] if found else -1) == _last_start(names, text, end)


class TestTitledPeople:
    @settings(max_examples=300)
    @given(
        pieces=st.lists(
            st.sampled_from(
                (
                    *("President", "vice-president", "Vice  President", "SECRETARY", " ", "  "),
                    *("\n", "Joe Biden", "biden", "Blinken", "Antony J. Blinken", "-", "Jr"),
                    *(".", ", ", "x"),
                )
            )
        ),
        titles=st.lists(
            st.sampled_from(["President", "Vice-President", "Secretary", "Secretary of State"]),
            min_size=1,
        ),
    )
    def test_finds_whom_each_persons_pattern_finds(
        self, pieces: list[str], titles: list[str]
    ) -> None:
        """The people found are those a pattern of the titles and their names finds."""
        knowledge = default_knowledge()
        named = {ActorId("joe-biden"), ActorId("antony-blinken")}
        text = "".join(pieces)
        expected = [
            actor_id
            for actor_id in sorted(named)
            if _titled_pattern(titles, _names_of(knowledge, actor_id)).search(text)
        ]
        actual = _titled_people(knowledge, titles, named, text)
        assert expected == actual


def _people(tmp_path: Path, *people: tuple[str, str, str, str]) -> KnowledgeBase:
    """The bundled knowledge and a file of people: (id, name, country, roles in TOML)."""
    path = tmp_path / "people.toml"
    path.write_text(
        "".join(
            f'[[actors]]\nid = "{id_}"\nname = "{name}"\ncountry = "{country}"\nroles = {roles}\n'
            for id_, name, country, roles in people
        )
    )
    return load_knowledge(path)


class TestSurnamesSharedByTwo:
    def _knowledge(self, tmp_path: Path) -> KnowledgeBase:
        return _people(
            tmp_path,
            (
                "ann-johnson",
                "Ann Johnson",
                "GB",
                '[{ title = "Prime Minister", start = "2030-01-01" }]',
            ),
            ("bob-johnson", "Bob Johnson", "US", '[{ title = "Senator", start = "2030-01-01" }]'),
        )

    def test_the_title_tells_which_johnson(self, tmp_path: Path) -> None:
        """ "Prime Minister Johnson" is the Johnson who is prime minister."""
        text = "Biden welcomed Prime Minister Johnson to the White House."
        found = self._knowledge(tmp_path).find_mentions(text, on=PartialDate(year=2031))
        assert ["ann-johnson"] == [m.actor for m in found if m.text == "Johnson"]

    def test_the_other_title_the_other_johnson(self, tmp_path: Path) -> None:
        """ "Senator Johnson" is the senator."""
        text = "The bill was sent to Senator Johnson on Monday."
        found = self._knowledge(tmp_path).find_mentions(text, on=PartialDate(year=2031))
        assert ["bob-johnson"] == [m.actor for m in found if m.text == "Johnson"]


class TestShortTitleBeforeASharedSurname:
    def _knowledge(self, tmp_path: Path) -> KnowledgeBase:
        return _people(
            tmp_path,
            (
                "ravi-verma",
                "Ravi Verma",
                "IN",
                '[{ title = "Prime Minister", start = "2020-01-01", end = "2025-01-01" }]',
            ),
            (
                "asha-verma",
                "Asha Verma",
                "IN",
                '[{ title = "Minister of Defence", start = "2026-01-01" }]',
            ),
        )

    def test_the_one_holding_an_office_with_that_word_that_day(self, tmp_path: Path) -> None:
        """ "Minister Verma" in 2027 is the Verma who is a minister then: the defence minister,
        not the former prime minister."""
        text = "Minister Verma, thank you for hosting us."
        found = self._knowledge(tmp_path).find_mentions(text, on=PartialDate(year=2027, month=3))
        assert ["asha-verma"] == [m.actor for m in found if m.text == "Verma"]

    def test_a_day_neither_holds_office_resolves_nobody(self, tmp_path: Path) -> None:
        """In mid-2025 neither holds an office: the title chooses nobody."""
        text = "Minister Verma, thank you for hosting us."
        found = self._knowledge(tmp_path).find_mentions(text, on=PartialDate(year=2025, month=6))
        assert [] == [m.actor for m in found if m.text == "Verma"]


class TestTitleCaseHeadings:
    def test_a_capitalised_and_after_a_surname_does_not_lengthen_the_name(self) -> None:
        """ "Secretary Blinken And Minister Wong At a Press Conference": Blinken is named."""
        text = "Secretary Blinken And Foreign Minister Wong At a Press Conference"
        found = load_knowledge().find_mentions(text, on=PartialDate(year=2023, month=7))
        assert "antony-blinken" in [m.actor for m in found]

    @pytest.mark.parametrize("verb", ["Joint", "Hosts", "Delivers"])
    def test_a_heading_verb_after_a_surname_ends_the_name(self, verb: str) -> None:
        """ "Secretary Xi Joint Press Conference", "Xi Hosts ...": a heading's verb is no
        word of a longer name."""
        text = f"Secretary Xi {verb} Press Conference with Biden"
        assert ["xi-jinping", "joe-biden"] == [m.actor for m in KNOWLEDGE.find_mentions(text)]

    def test_a_capitalised_noun_after_a_surname_still_lengthens_the_name(self) -> None:
        """ "the Xi Administration": a noun after the surname is no heading verb."""
        found = KNOWLEDGE.find_mentions("members of the Xi Administration spoke")
        assert [] == [m.actor for m in found]


class TestSentenceStartersBeforeASurname:
    def test_there_before_a_surname_opening_a_sentence_is_no_first_name(self) -> None:
        """ "There Biden met with Marcos." names Biden: "There" opens the sentence."""
        text = "The summit took place. There Biden met with Marcos."
        found = load_knowledge().find_mentions(text, on=PartialDate(year=2024, month=4))
        assert "joe-biden" in [m.actor for m in found]


class TestHyphenatedGivenNames:
    def test_the_second_syllable_in_capitals_is_the_same_name(self) -> None:
        """ "Lee Jong-Sup" is Lee Jong-sup, and "Yun Byung-se" Yun Byung-se."""
        text = "Austin welcomed Minister Lee Jong-Sup to the Pentagon."
        on = PartialDate(year=2022, month=7, day=29)
        found = load_knowledge().find_mentions(text, on=on)
        assert ["lee-jong-sup"] == [m.actor for m in found if m.text == "Lee Jong-Sup"]


class TestBareTitleBesideANamedHolder:
    def test_the_bare_title_is_not_the_one_named_with_it(self) -> None:
        """ "The Prime Minister hosted the Spanish Prime Minister Pedro Sánchez": the bare
        title is the story's other prime minister (the UK's that day), not the guest."""
        text = (
            "The Prime Minister hosted the Spanish Prime Minister Pedro Sánchez in London today.\n"
            "The UK and Spain agreed to work together."
        )
        on = PartialDate(year=2025, month=9, day=3)
        found = load_knowledge().find_mentions(text, on=on)
        assert "keir-starmer" == next(m.actor for m in found if m.text == "The Prime Minister")


class TestGuardedSurnames:
    # the data's "surname" is the whole name: the last word alone is also a place
    KNOWLEDGE = KnowledgeBase(surnames={ActorId("ana-santos"): "Ana Lima Santos"}).with_actors(
        [Actor(id=ActorId("ana-santos"), name="Ana Lima Santos", country="BR")]
    )

    def _found(self, text: str) -> list[tuple[str, int]]:
        return [(m.actor, m.start) for m in self.KNOWLEDGE.find_mentions(text)]

    def test_the_last_word_names_the_person_after_the_full_name(self) -> None:
        """A name whose last word the data guards (a place: "Santos") is the person's after
        the text names "Ana Lima Santos" in full: "Santos said" is hers."""
        text = "President Ana Lima Santos arrived. Santos said it went well."
        assert [("ana-santos", 10), ("ana-santos", 35)] == self._found(text)

    def test_the_word_alone_before_the_full_name_names_no_one(self) -> None:
        """Before the text names her, "Santos" is only the word."""
        text = "Santos said it went well. President Ana Lima Santos arrived."
        assert [("ana-santos", 36)] == self._found(text)

    def test_a_preposition_or_no_verb_after_makes_it_the_word(self) -> None:
        """ "to Santos" and "Santos port" after the full name are the place, not her."""
        text = "Ana Lima Santos arrived. She flew to Santos and back. Santos port is busy."
        assert [("ana-santos", 0)] == self._found(text)

    def test_a_reporting_verb_before_makes_it_the_speaker(self) -> None:
        """'"It went well," said Santos.' after the full name: the speaker the news writes
        after "said" is the person, as "Santos said" is."""
        text = 'Ana Lima Santos arrived. "It went well," said Santos.'
        assert [("ana-santos", 0), ("ana-santos", 46)] == self._found(text)


class TestDatelineRegions:
    def test_a_region_s_abbreviation_in_a_dateline_names_no_one(self) -> None:
        """ "FORT RILEY, Kan. --" names Kansas (its dateline abbreviation in the places
        data), not Naoto Kan; "Prime Minister Kan." still names him."""
        kb = load_knowledge()
        on = PartialDate(year=2011, month=1, day=26)
        dateline = "FORT RILEY, Kan. -- The general met the visitors."
        assert [] == [m.actor for m in kb.find_mentions(dateline, on=on)]
        titled = "The general met Prime Minister Kan."
        assert ["naoto-kan"] == [m.actor for m in kb.find_mentions(titled, on=on)]


class TestGivenNameAfterATitle:
    def test_prince_and_a_given_name_is_the_one_named_in_full(self) -> None:
        """ "Crown Prince Mohammed bin Salman ... Prince Mohammed met Carter": the prince the
        text named, not another Mohammed the data knows whom the text never names."""
        text = "Crown Prince Mohammed bin Salman arrived. Prince Mohammed met Ash Carter."
        found = load_knowledge().find_mentions(text, on=PartialDate(year=2016, month=6, day=16))
        assert ["mohammed-bin-salman", "mohammed-bin-salman", "ash-carter"] == [
            m.actor for m in found
        ]


class TestRankBeforeASurname:
    def test_a_rank_of_the_titles_list_is_no_first_name(self) -> None:
        """ "remarked Admiral Harris": "Admiral" is a title (the data's ``titles``), so Harris
        is the admiral named in full, not part of someone else's name."""
        knowledge = load_knowledge().with_actors(
            [
                Actor(
                    id=ActorId("harry-b-harris"),
                    name="Harry B. Harris",
                    roles=(Role(title="Admiral"),),
                )
            ]
        )
        text = "Admiral Harry B. Harris arrived. The seas unite us, remarked Admiral Harris."
        start = text.index("remarked")
        assert ["harry-b-harris"] == [
            m.actor for m in knowledge.find_mentions(text, start, len(text))
        ]


class TestFormerHolderNamed:
    def test_a_former_holder_named_in_the_story_is_not_the_office_holder(self) -> None:
        """ "The Prime Minister" of a British readout of 18 November 2024 that names Putin
        (prime minister until 2012) is Keir Starmer, who held the office that day."""
        knowledge = load_knowledge()
        text = (
            "The Prime Minister met Prime Minister Anthony Albanese at the G20 Summit today."
            " The British leaders agreed that they would ensure Putin does not win."
        )
        day = PartialDate(year=2024, month=11, day=18)
        (first, *_) = knowledge.find_mentions(text, 0, len(text), on=day)
        assert ("keir-starmer", "The Prime Minister") == (first.actor, first.text)


class TestSentenceEndBeforeASurname:
    def test_a_title_word_ending_a_sentence_is_no_title_of_the_next(self) -> None:
        """ "... the former spy chief. He and Pompeo have met": "He" opens a sentence, so it
        is the pronoun, not He Lifeng; "Vice Premier He" still names him."""
        text = "Kim is the former spy chief. He and Pompeo met. Vice Premier He met Yellen."
        found = [(m.actor, m.start) for m in load_knowledge().find_mentions(text)]
        assert [("he-lifeng", 61)] == [(actor, at) for actor, at in found if actor == "he-lifeng"]


COUNTRY_PIECES = ["China", "Chinese", "UK", "UK-Singapore", "Korea-based", "South Korea"]
COUNTRY_PIECES += ["Korea", "US", "U.S.", "Sino-", "x", " ", "-", "-a", "the", "Niger", "Nigeria"]


@functools.cache
def _plain_country_words() -> re.Pattern[str]:
    kb = default_knowledge()
    words = sorted({w for c in kb.countries.values() for w in c.names}, key=len, reverse=True)
    plain = "|".join(re.escape(word) for word in words)
    return re.compile(rf"(?<![\w])(?<![a-z]-)(?:{plain})(?![\w]|-[a-z])")


class TestCountryCounts:
    @settings(max_examples=200, deadline=None)
    @given(text=st.lists(st.sampled_from(COUNTRY_PIECES), max_size=20).map("".join))
    def test_the_same_as_the_alternation_of_the_country_words(self, text: str) -> None:
        """The country words are counted where their plain alternation (longest first)
        finds them."""
        kb = default_knowledge()
        expected: Counter[str] = Counter()
        for match in _plain_country_words().finditer(text):
            if (code := kb.country_of(match.group())) is not None:
                expected[code] += 1
        assert expected == country_counts(kb, text, 0, len(text))


class TestGuardedSurnamesAfterALowerCaseNoun:
    @staticmethod
    def _kb() -> KnowledgeBase:
        """Godwin Friday, whose data guard his surname (a weekday)."""
        return KnowledgeBase(surnames={ActorId("godwin-friday"): "Godwin Friday"}).with_actors(
            [Actor(id=ActorId("godwin-friday"), name="Godwin Friday", country="VC")]
        )

    def test_a_lower_case_noun_is_no_title_before_a_guarded_surname(self) -> None:
        """ "meets the envoy Friday" names no one; "Prime Minister Friday said" does."""
        kb = self._kb()
        found = [
            [m.actor for m in kb.find_mentions(text)]
            for text in ("Biden meets the top envoy Friday at noon.", "Prime Minister Friday said.")
        ]
        assert [[], ["godwin-friday"]] == found


class TestHomeGovernmentsOffice:
    def test_an_office_alone_on_a_government_s_page_is_its_holder(self) -> None:
        """On a page Downing Street put out (home GB), "The Prime Minister" is the UK's, though
        the text names Prime Minister Kishida; with no home, it names no one (not the one
        the same sentence names)."""
        text = "The Prime Minister met Prime Minister Fumio Kishida in Hiroshima."
        on = PartialDate(year=2023, month=5, day=18)
        kb = load_knowledge()
        found = [
            [m.actor for m in kb.find_mentions(text, on=on, home=home) if m.start == 0]
            for home in ("GB", None)
        ]
        assert [["rishi-sunak"], []] == found

    def test_a_bare_secretary_is_not_read_from_home(self) -> None:
        """ "The Secretary" on a US page is whichever secretary the story names, not one of
        the many the US government has."""
        text = "Secretary of Defense Jim Mattis spoke. The Secretary said the talks went well."
        on = PartialDate(year=2018, month=9, day=17)
        found = load_knowledge().find_mentions(text, on=on, home="US")
        assert ["jim-mattis"] == [m.actor for m in found if m.text == "The Secretary"]

    def test_people_named_leaves_out_institutions(self) -> None:
        """:meth:`KnowledgeBase.people_named` keeps the people of the mentions, in the text's
        order, one per mention, and no institution."""
        text = "Rex Tillerson spoke for the State Department. Tillerson then left."
        on = PartialDate(year=2017, month=5, day=4)
        knowledge = load_knowledge()
        assert any(not knowledge.is_person(m.actor) for m in knowledge.find_mentions(text, on=on))
        assert ["rex-tillerson", "rex-tillerson"] == knowledge.people_named(text, on=on)

    def test_an_office_whose_name_goes_on_is_no_description(self) -> None:
        """ "the Secretary General of the Caribbean Community" is another office than "the
        Secretary": no US secretary is named by it."""
        text = (
            "Secretary of State Rex Tillerson spoke. She met the Secretary General of the"
            " Caribbean Community. The secretary said the talks went well."
        )
        on = PartialDate(year=2017, month=5, day=4)
        found = load_knowledge().find_mentions(text, on=on)
        assert [] == [m.actor for m in found if m.text == "the Secretary"]
        assert ["rex-tillerson"] == [m.actor for m in found if m.text == "The secretary"]


class TestATitleBeforeAGivenName:
    def test_a_surname_that_begins_a_longer_name_is_not_titled(self) -> None:
        """ "Portuguese Prime Minister António Costa": "António" is Téte António's surname,
        but here Costa's given name; the title does not make Téte António "the Prime
        Minister" of the same page."""
        knowledge = load_knowledge()
        text = (
            "The Prime Minister held a bilateral meeting with Portuguese Prime Minister"
            " António Costa at Downing Street earlier today."
        )
        found = knowledge.find_mentions(text, on=PartialDate(year=2018, month=4, day=10))
        assert "tete-antonio" not in [m.actor for m in found]


class TestRegnalNames:
    """A monarch known by a regnal number ("Abdullah II") is named by title and name alone."""

    KINGS = KnowledgeBase(
        # as the bundled data keep them: the title and full name, so "Abdullah" alone is no one
        surnames={
            ActorId("abdullah-ii"): "King Abdullah II",
            ActorId("mohammed-vi"): "King Mohammed VI",
        }
    ).with_actors(
        [
            Actor(
                id=ActorId("abdullah-ii"),
                name="Abdullah II",
                country="JO",
                roles=(Role(title="King", organization="Jordan"),),
            ),
            Actor(
                id=ActorId("mohammed-vi"),
                name="Mohammed VI",
                country="MA",
                roles=(Role(title="King", organization="Morocco"),),
            ),
            Actor(
                id=ActorId("bello-mohammed"),
                name="Bello Mohammed",
                country="NG",
                roles=(Role(title="Minister of Defence", organization="Nigeria"),),
            ),
        ]
    )

    def test_the_title_and_name_without_the_number_name_the_king(self) -> None:
        """ "King Abdullah" is Abdullah II."""
        text = "The secretary met King Abdullah in Amman."
        assert ["abdullah-ii"] == [m.actor for m in self.KINGS.find_mentions(text)]

    def test_the_king_wins_over_another_bearer_of_the_name(self) -> None:
        """ "King Mohammed" is Mohammed VI, not the minister whose surname is Mohammed."""
        text = "The secretary met King Mohammed in Rabat."
        assert ["mohammed-vi"] == [m.actor for m in self.KINGS.find_mentions(text)]

    def test_another_office_before_the_name_is_not_the_king(self) -> None:
        """ "Foreign Minister Abdullah" is no one known: the king holds no such office."""
        text = "The secretary met Foreign Minister Abdullah in Kuala Lumpur."
        assert [] == [m.actor for m in self.KINGS.find_mentions(text)]

    def test_the_name_alone_is_not_the_king(self) -> None:
        """ "Abdullah" with no title before it names no one: the word needs its title."""
        text = "Abdullah arrived in Amman."
        assert [] == [m.actor for m in self.KINGS.find_mentions(text)]


class TestArticleBeforeSurname:
    """A surname kept without its article ("Sudani") is named with it too ("al-Sudani")."""

    KNOWN = KnowledgeBase(surnames={ActorId("mohammed-shia-al-sudani"): "Sudani"}).with_actors(
        [
            Actor(
                id=ActorId("mohammed-shia-al-sudani"),
                name="Mohammed Shia al-Sudani",
                country="IQ",
            )
        ]
    )

    @pytest.mark.parametrize("written", ["al-Sudani", "Al-Sudani", "Sudani"])
    def test_the_surname_with_or_without_its_article(self, written: str) -> None:
        """ "Prime Minister al-Sudani", "Al-Sudani said" and "Sudani" name him."""
        text = f"The general met Prime Minister {written} in Baghdad."
        assert ["mohammed-shia-al-sudani"] == [m.actor for m in self.KNOWN.find_mentions(text)]


class TestSpousesSharingASurname:
    """Of two people the story names in full with one surname, the bare surname is the
    office holder's and "Mrs." the woman's."""

    COUPLE = KnowledgeBase().with_actors(
        [
            Actor(
                id=ActorId("mike-pence"),
                name="Mike Pence",
                country="US",
                roles=(Role(title="Vice President", organization="United States"),),
            ),
            Actor(id=ActorId("karen-pence"), name="Karen Pence", country="US"),
        ],
        genders={ActorId("mike-pence"): "male", ActorId("karen-pence"): "female"},
    )
    TEXT = "Welcome to Mike Pence and Karen Pence. Pence spoke first. Mrs. Pence toured a school."
    DAY = PartialDate(year=2018, month=2, day=7)

    def test_the_bare_surname_is_the_office_holder(self) -> None:
        """ "Pence spoke first" is the Vice President, though his wife was named last."""
        at = self.TEXT.index("Pence spoke")
        found = {m.start: m.actor for m in self.COUPLE.find_mentions(self.TEXT, on=self.DAY)}
        assert "mike-pence" == found[at]

    def test_mrs_before_the_surname_is_the_woman(self) -> None:
        """ "Mrs. Pence" is Karen Pence."""
        at = self.TEXT.index("Pence toured")
        found = {m.start: m.actor for m in self.COUPLE.find_mentions(self.TEXT, on=self.DAY)}
        assert "karen-pence" == found[at]


class TestParticlesInEitherCase:
    @pytest.mark.parametrize(
        ("name", "written"),
        [
            ("Jean-Yves Le Drian", "Jean-Yves le Drian"),
            ("Ursula von der Leyen", "Ursula Von der Leyen"),
        ],
    )
    def test_a_particle_inside_a_name_in_the_other_case(self, name: str, written: str) -> None:
        """ "Jean-Yves le Drian" names Jean-Yves Le Drian, "Ursula Von der Leyen" Ursula von
        der Leyen: a particle inside a name is written either way."""
        knowledge = KnowledgeBase().with_actors([Actor(id=ActorId("p"), name=name, country="FR")])
        text = f"The minister met {written} on Monday."
        assert ["p"] == [m.actor for m in knowledge.find_mentions(text)]


class TestSharedSurnameInOffice:
    """Two people sharing a surname, neither named in full: the one in office that day."""

    KB = load_knowledge().with_actors(
        [
            Actor(
                id=ActorId("ana-varga"),
                name="Ana Varga",
                roles=(
                    Role(
                        title="Secretary General",
                        organization="NATO",
                        start=PartialDate(year=2014, month=10, day=1),
                    ),
                ),
            ),
            Actor(
                id=ActorId("kel-varga"),
                name="Kel Varga",
                roles=(
                    Role(
                        title="Defense Minister",
                        organization="Germany",
                        start=PartialDate(year=1989, month=4, day=21),
                        end=PartialDate(year=1992, month=3, day=31),
                    ),
                ),
            ),
        ]
    )
    ON = PartialDate(year=2018, month=2, day=1)

    def test_a_bare_surname_is_the_one_in_office(self) -> None:
        """ "NATO is strong, Varga said." in 2018: the Secretary General, not the minister
        of 1989."""
        found = self.KB.find_mentions("NATO is strong, Varga said.", on=self.ON)
        assert ["ana-varga"] == [m.actor for m in found]

    def test_a_hyphenated_title_is_the_role_s(self) -> None:
        """ "Secretary-General Varga said" holds the role written "Secretary General"."""
        found = self.KB.find_mentions("As Secretary-General Varga said, it holds.", on=self.ON)
        assert ["ana-varga"] == [m.actor for m in found]

    def test_without_a_day_no_one_is_guessed(self) -> None:
        """ "Varga said" with no day: no office tells them apart, so no one."""
        assert [] == [m.actor for m in self.KB.find_mentions("Varga said it.", on=None)]
