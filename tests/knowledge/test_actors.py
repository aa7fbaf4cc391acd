"""Tests for the actor knowledge base: data files, loading and mentions."""

from __future__ import annotations

import importlib.resources
import re
from pathlib import Path

import pytest
from attrs import evolve

from diplomatic_events.exceptions import DataFileError
from diplomatic_events.knowledge import (
    KnowledgeBase,
    default_knowledge,
    knowledge_from_toml,
    load_knowledge,
    slug,
)
from diplomatic_events.knowledge._actors import NAME_TOKEN
from diplomatic_events.knowledge._entries import BUNDLED
from diplomatic_events.knowledge._load import read_knowledge_file
from diplomatic_events.model import Actor, ActorKind, PartialDate, Role
from diplomatic_events.typing import ActorId

SMALL = """
[countries.AA]
names = ["Avalon", "Avalonian"]
[countries.BB]
names = ["Borduria", "Bordurian"]
family_name_first = true

[[actors]]
id = "ann-smith"
name = "Ann Smith"
country = "AA"
gender = "female"
roles = [{ title = "Foreign Minister", start = "2020-01", end = "2022-12" }]

[[actors]]
id = "tom-jones"
name = "Tom Jones"
country = "AA"
roles = [{ title = "Foreign Minister", start = "2023-01" }]

[[actors]]
id = "zhang-wei"
name = "Zhang Wei"
country = "BB"
roles = [{ title = "President", start = "2018-03-01" }]

[[actors]]
id = "avalon-foreign-office"
name = "Avalon Foreign Office"
kind = "institution"
country = "AA"
aliases = ["Avalonian Foreign Office"]

[[descriptions]]
words = ["top diplomat"]
titles = ["Foreign Minister"]

[[descriptions]]
words = ["leader"]
titles = ["President"]
"""


class TestLoading:
    def test_every_shipped_actor_file_loads(self) -> None:
        """Each bundled actor data file is valid against the schema."""
        folder = importlib.resources.files("diplomatic_events.knowledge") / "data"
        for name in BUNDLED:
            read_knowledge_file(name, (folder / name).read_bytes())
        assert ("actors.toml", "leaders.toml", "descriptions.toml", "attribution.toml") == BUNDLED

    def test_bundled_countries_cover_central_asia_and_africa(self) -> None:
        """Adjectives of countries visits often involve ("Kazakh", "Kenyan") name a code."""
        knowledge = load_knowledge()
        assert ["KZ", "KE", "PL"] == [
            knowledge.country_of(w) for w in ("Kazakh", "Kenyan", "Polish")
        ]

    def test_bundled_ids_are_slugs(self) -> None:
        """Every bundled actor id is the slug form, so ids are predictable."""
        knowledge = load_knowledge()
        assert [] == [a.id for a in knowledge.actors if slug(a.id) != a.id]

    def test_user_file_adds_actor(self, tmp_path: Path) -> None:
        """An actor from a user's TOML file is known after loading it."""
        path = tmp_path / "mine.toml"
        path.write_text('[[actors]]\nid = "jane-roe"\nname = "Jane Roe"\ncountry = "US"\n')
        knowledge = load_knowledge(path)
        actor = knowledge.actor(ActorId("jane-roe"))
        assert actor is not None
        assert "Jane Roe" == actor.name

    def test_typo_names_file_and_key(self, tmp_path: Path) -> None:
        """A misspelt key is refused with the file and the key in the message."""
        path = tmp_path / "typo.toml"
        path.write_text('[[actors]]\nid = "jane-roe"\nnmae = "Jane Roe"\n')
        with pytest.raises(DataFileError, match=r"typo\.toml.*nmae"):
            load_knowledge(path)

    def test_missing_file(self, tmp_path: Path) -> None:
        """A missing file is a DataFileError, not an OSError."""
        with pytest.raises(DataFileError, match="cannot be read"):
            load_knowledge(tmp_path / "absent.toml")

    def test_not_toml(self, tmp_path: Path) -> None:
        """A broken TOML file is a DataFileError naming the file."""
        path = tmp_path / "broken.toml"
        path.write_text("[[actors]\n")
        with pytest.raises(DataFileError, match=r"broken\.toml"):
            load_knowledge(path)

    def test_bare_dates_accepted(self) -> None:
        """TOML bare dates are read like quoted ISO dates."""
        knowledge = knowledge_from_toml(
            '[[actors]]\nid = "x-y"\nname = "X Y"\n'
            'roles = [{ title = "King", start = 2020-01-02 }]\n'
        )
        actor = knowledge.actor(ActorId("x-y"))
        assert actor is not None
        assert PartialDate(year=2020, month=1, day=2) == actor.roles[0].start


class TestMentions:
    knowledge = knowledge_from_toml(SMALL)

    def test_full_name_and_surname(self) -> None:
        """A full name and a later surname both name the person, with offsets."""
        text = "Ann Smith arrived. Smith said little."
        found = [(m.actor, m.start, m.end, m.via) for m in self.knowledge.find_mentions(text)]
        assert [("ann-smith", 0, 9, "name"), ("ann-smith", 19, 24, "surname")] == found

    def test_a_surname_after_a_plural_title_names_the_person(self) -> None:
        """ "Senators Smith and ..." (a plural title of ``grammar.toml``): the surname after
        it is Ann Smith, as after "Sens." or "Senator"."""
        text = "Ann Smith arrived. Senators Smith and Roe met the President."
        found = [(m.actor, m.start, m.end) for m in self.knowledge.find_mentions(text)]
        assert [("ann-smith", 0, 9), ("ann-smith", 28, 33)] == found

    def test_particle_surname_capitalised(self) -> None:
        """A surname with a lower-case particle also counts capitalised ("Von der Leyen")."""
        kb = knowledge_from_toml(
            '[[actors]]\nid = "eva-von-berg"\nname = "Eva von Berg"\nsurname = "von Berg"\n'
        )
        text = "Eva von Berg left. Von Berg: no deal."
        found = [(m.actor, m.start, m.end) for m in kb.find_mentions(text)]
        assert [("eva-von-berg", 0, 12), ("eva-von-berg", 19, 27)] == found

    def test_a_surname_without_its_accents_names_the_person(self) -> None:
        """ "Antti Hakkanen ... Hakkanen said": the surname of "Antti Häkkänen" as an English
        text writes it, without its accents."""
        kb = knowledge_from_toml('[[actors]]\nid = "antti-hakkanen"\nname = "Antti Häkkänen"\n')
        text = "Häkkänen arrived. Hakkanen said little."
        found = [(m.actor, m.text) for m in kb.find_mentions(text)]
        assert [("antti-hakkanen", "Häkkänen"), ("antti-hakkanen", "Hakkanen")] == found

    def test_a_surname_as_written_before_one_only_without_accents(self) -> None:
        """ "Araujo said" names Rui Araujo, whose surname it is as written, not Ernesto
        Araújo, whose surname it is only without the accent."""
        kb = knowledge_from_toml(
            '[[actors]]\nid = "ernesto-araujo"\nname = "Ernesto Araújo"\n\n'
            '[[actors]]\nid = "rui-araujo"\nname = "Rui Araujo"\n'
        )
        found = [m.actor for m in kb.find_mentions("Araujo said little. Araújo said more.")]
        assert ["rui-araujo", "ernesto-araujo"] == found

    def test_a_common_word_surname_before_a_day_is_a_month(self) -> None:
        """ "hosted Qatar's top naval leader May 2": after an office word but before a
        day's number, "May" is the month, not Theresa May."""
        kb = knowledge_from_toml(
            '[[actors]]\nid = "theresa-may"\nname = "Theresa May"\nsurname = "Theresa May"\n'
        )
        dated = "The fleet hosted the naval leader May 2 in Bahrain."
        titled = "The fleet hosted Prime Minister May in Bahrain."
        assert [] == [m.actor for m in kb.find_mentions(dated)]
        assert ["theresa-may"] == [m.actor for m in kb.find_mentions(titled)]

    def test_a_capitalised_particle_belongs_to_the_surname(self) -> None:
        """ "Howard A. Van Vranken" is called "Van Vranken": "stated Van Vranken" is him."""
        kb = knowledge_from_toml(
            '[[actors]]\nid = "howard-van-vranken"\nname = "Howard A. Van Vranken"\n'
        )
        text = "Howard A. Van Vranken spoke. “Fine,” stated Van Vranken."
        found = [(m.actor, m.text) for m in kb.find_mentions(text)]
        assert [
            ("howard-van-vranken", "Howard A. Van Vranken"),
            ("howard-van-vranken", "Van Vranken"),
        ] == found

    def test_a_father_s_name_after_bin_is_no_surname(self) -> None:
        """ "Mohammed bin Salman" is not called "Salman", so "Salman bin Hamad" is not him;
        "Salman bin Hamad" is the short form of "Salman bin Hamad Al Khalifa"."""
        kb = knowledge_from_toml(
            '[[actors]]\nid = "mbs"\nname = "Mohammed bin Salman"\n'
            '[[actors]]\nid = "sbh"\nname = "Salman bin Hamad Al Khalifa"\n'
        )
        text = "Crown Prince Salman bin Hamad met Mohammed bin Salman. Salman left."
        found = [(m.actor, m.text) for m in kb.find_mentions(text)]
        assert [("sbh", "Salman bin Hamad"), ("mbs", "Mohammed bin Salman")] == found

    def test_a_common_word_surname_names_after_a_title_only(self) -> None:
        """Data that keeps "Jo Key" whole as the surname (the word is also a common word):
        "Mr Key" is Jo Key, "the key issue" and a sentence-opening "Key" are not."""
        kb = knowledge_from_toml('[[actors]]\nid = "jo-key"\nname = "Jo Key"\nsurname = "Jo Key"\n')
        text = "Jo Key arrived. Key issues came first. Mr Key said so."
        found = [(m.actor, m.text) for m in kb.find_mentions(text)]
        assert [("jo-key", "Jo Key"), ("jo-key", "Key")] == found
        assert text.index("Mr Key") + 3 == kb.find_mentions(text)[1].start

    def test_family_name_first(self) -> None:
        """A person of a family-name-first country is called by the first name token."""
        text = "Zhang Wei spoke; then Zhang left."
        found = [(m.actor, m.text) for m in self.knowledge.find_mentions(text)]
        assert [("zhang-wei", "Zhang Wei"), ("zhang-wei", "Zhang")] == found

    def test_surname_inside_another_name_is_not_a_mention(self) -> None:
        """ "Bob Smith" is someone else, not Ann Smith."""
        assert [] == self.knowledge.find_mentions("Bob Smith waved.")

    def test_description_resolved_by_date(self) -> None:
        """ "Avalon's top diplomat" is whoever was foreign minister on the day."""
        text = "Avalon's top diplomat spoke."
        earlier = self.knowledge.find_mentions(text, on=PartialDate(year=2021, month=5))
        later = self.knowledge.find_mentions(text, on=PartialDate(year=2024))
        assert ["ann-smith"] == [m.actor for m in earlier]
        assert ["tom-jones"] == [m.actor for m in later]

    def test_description_with_adjective(self) -> None:
        """ "the Bordurian leader" resolves through the country word."""
        found = self.knowledge.find_mentions("He met the Bordurian leader.")
        assert [("zhang-wei", "the Bordurian leader")] == [(m.actor, m.text) for m in found]

    def test_institution_any_case_and_apostrophe(self) -> None:
        """Institutions match in any case."""
        found = self.knowledge.find_mentions("the avalonian foreign office said")
        assert [ActorKind.INSTITUTION] == [
            a.kind for m in found if (a := self.knowledge.actor(m.actor)) is not None
        ]

    def test_window(self) -> None:
        """Only mentions inside [start, end) are returned."""
        text = "Ann Smith and Tom Jones"
        assert ["tom-jones"] == [m.actor for m in self.knowledge.find_mentions(text, 10)]

    def test_bundled_top_us_diplomat(self) -> None:
        """The bundled roles resolve "the top US diplomat" in June 2023."""
        found = load_knowledge().find_mentions(
            "said the top US diplomat", on=PartialDate(year=2023, month=6, day=19)
        )
        assert ["antony-blinken"] == [m.actor for m in found]


class TestNames:
    @pytest.mark.parametrize(
        ("name", "expected"),
        [
            ("Jelena Marković", "jelena-markovic"),
            ("Luka Đoković", "luka-dokovic"),
            ("Nguyễn Văn Thành", "nguyen-van-thanh"),
            ("Frank-Walter Steinmeier", "frank-walter-steinmeier"),
            ("Guðni Th. Jóhannesson", "gudni-th-johannesson"),
            ("Þórdís Gylfadóttir", "thordis-gylfadottir"),
        ],
    )
    def test_slug_is_ascii(self, name: str, expected: str) -> None:
        """A slug drops accents so that an id stays ASCII and stable."""
        assert expected == slug(name)

    @pytest.mark.parametrize(
        "word",
        ["Marković", "Đoković", "Sánchez", "Müller", "Ó Briain", "O'Brien", "N’Daw", "Jean-Luc"],
    )
    def test_name_token_any_script(self, word: str) -> None:
        """A capitalised name word matches whatever its letters."""
        assert re.fullmatch(NAME_TOKEN, word) is not None

    @pytest.mark.parametrize("word", ["serbia", "Serbia's", "ABC", "3M", "I’m", "N’"])
    def test_name_token_refuses(self, word: str) -> None:
        """Lower-case words, possessives and acronyms are not name words."""
        assert re.fullmatch(NAME_TOKEN, word) is None


class TestWithActors:
    def _person(self, name: str, title: str) -> Actor:
        return Actor(
            id=slug(name),
            name=name,
            kind=ActorKind.PERSON,
            country="ZZ",
            roles=(Role(title=title),),
        )

    def test_the_same_people_added_twice_share_a_token(self) -> None:
        """Two copies of one knowledge with the same people added have the same token."""
        knowledge = load_knowledge()
        person = self._person("Zora Quell", "Foreign Minister")
        expected = knowledge.with_actors([person]).token()
        assert expected == knowledge.with_actors([person]).token()

    def test_the_same_people_with_genders_share_a_token_and_name_index(self) -> None:
        """A gender changes no name found: the copy with genders (the people stage's) and the
        one without (the meeting pass's) share a token and one name index."""
        from diplomatic_events.knowledge._mention_index import _index

        knowledge = load_knowledge()
        person = self._person("Zora Quell", "Foreign Minister")
        plain = knowledge.with_actors([person])
        gendered = knowledge.with_actors([person], {person.id: "female"})
        assert (False, True, True) == (
            plain is gendered,
            plain.token() == gendered.token(),
            _index(plain) is _index(gendered),
        )

    def test_other_people_give_another_token(self) -> None:
        """A copy with other people added, and the knowledge itself, have other tokens."""
        knowledge = load_knowledge()
        one = knowledge.with_actors([self._person("Zora Quell", "Foreign Minister")])
        other = knowledge.with_actors([self._person("Ivo Brand", "Foreign Minister")])
        assert 3 == len({knowledge.token(), one.token(), other.token()})

    def test_an_added_holder_is_found_by_title(self) -> None:
        """A person added to a knowledge holds the title the copy is asked about."""
        knowledge = load_knowledge()
        extended = knowledge.with_actors([self._person("Zora Quell", "Foreign Minister")])
        assert ["zora-quell"] == [
            actor.id for actor in extended.holders(["Foreign Minister"], "ZZ", None)
        ]


class TestHolders:
    def test_an_answer_kept_is_not_changed_by_its_caller(self) -> None:
        """A caller emptying the list it got back leaves the next answer whole."""
        knowledge = knowledge_from_toml(SMALL)
        first = knowledge.holders(["Foreign Minister"], "AA", None, ever=True)
        first.clear()
        assert ["ann-smith", "tom-jones"] == [
            a.id for a in knowledge.holders(["Foreign Minister"], "AA", None, ever=True)
        ]

    def test_each_question_its_own_answer(self) -> None:
        """Asked about days of two terms in turn: each answer is its own day's holder."""
        knowledge = knowledge_from_toml(SMALL)
        days = [PartialDate.from_iso(day) for day in ("2021-05", "2024-05", "2021-05")]
        assert [["ann-smith"], ["tom-jones"], ["ann-smith"]] == [
            [a.id for a in knowledge.holders(["Foreign Minister"], "AA", day)] for day in days
        ]

    def test_holders_among_a_story_s_people(self) -> None:
        """Of the holders ever, those among the given people, in the holders' order."""
        knowledge = knowledge_from_toml(SMALL)
        among = {ActorId("tom-jones"), ActorId("zhang-wei"), ActorId("ann-smith")}
        assert ["ann-smith", "tom-jones"] == [
            a.id
            for a in knowledge.holders_among(among, ["Foreign Minister"], "AA", None, ever=True)
        ]

    def test_holders_among_no_one_named(self) -> None:
        """No holder is among people who hold nothing."""
        knowledge = knowledge_from_toml(SMALL)
        assert [] == knowledge.holders_among(
            {ActorId("zhang-wei")}, ["Foreign Minister"], None, None
        )


def _country_key(knowledge: KnowledgeBase, actor: Actor) -> tuple[str, ...]:
    return () if actor.country is None else (actor.country,)


class TestFiled:
    def _person(self, name: str, country: str) -> Actor:
        return Actor(id=slug(name), name=name, kind=ActorKind.PERSON, country=country)

    def test_a_copy_extends_its_parents_table(self) -> None:
        """A copy's table is its parent's with the added actors after, as if built anew."""
        knowledge = knowledge_from_toml(SMALL)
        knowledge.filed("test:by-country", _country_key)  # the parent's table, built first
        extended = knowledge.with_actors([self._person("Ivo Brand", "AA")])
        expected: dict[str, tuple[str, ...]] = {
            "AA": ("ann-smith", "tom-jones", "avalon-foreign-office", "ivo-brand"),
            "BB": ("zhang-wei",),
        }
        assert expected == extended.filed("test:by-country", _country_key)

    def test_a_replaced_actor_is_filed_anew(self) -> None:
        """A copy that replaces an actor files it under its new key only."""
        knowledge = knowledge_from_toml(SMALL)
        knowledge.filed("test:by-country", _country_key)
        extended = knowledge.with_actors([self._person("Tom Jones", "BB")])
        expected = {"AA": ("ann-smith", "avalon-foreign-office"), "BB": ("tom-jones", "zhang-wei")}
        assert expected == extended.filed("test:by-country", _country_key)


class TestCopyReplacingActors:
    def _knowledge(self) -> KnowledgeBase:
        knowledge = knowledge_from_toml(SMALL)
        knowledge.holders(["President"], None, None, ever=True)  # the parent's table, first
        return knowledge

    def test_a_replaced_holder_keeps_its_place(self) -> None:
        """A person the copy gives a new title is listed among its holders where the
        knowledge lists them (first), not after the others."""
        knowledge = self._knowledge()
        ann = knowledge.actor(ActorId("ann-smith"))
        assert ann is not None
        copy = knowledge.with_actors([evolve(ann, roles=(Role(title="President"),))])
        found = (
            [a.id for a in copy.holders(["President"], None, None, ever=True)],
            [a.id for a in copy.holders(["Foreign Minister"], None, None, ever=True)],
        )
        assert (["ann-smith", "zhang-wei"], ["tom-jones"]) == found

    def test_a_title_no_one_holds_any_longer_is_no_office(self) -> None:
        """A title whose only holder the copy replaces without it is no office there."""
        knowledge = self._knowledge()
        zhang = knowledge.actor(ActorId("zhang-wei"))
        assert zhang is not None
        copy = knowledge.with_actors([evolve(zhang, roles=())])
        assert (True, False) == (
            knowledge.is_office_title("President"),
            copy.is_office_title("President"),
        )

    def test_the_table_is_the_one_built_anew(self) -> None:
        """A copy replacing one actor and adding another has the table of a knowledge built
        from its actors alone."""
        knowledge = self._knowledge()
        tom = knowledge.actor(ActorId("tom-jones"))
        assert tom is not None
        added = Actor(
            id=ActorId("ivo-brand"),
            name="Ivo Brand",
            kind=ActorKind.PERSON,
            roles=(Role(title="Foreign Minister"),),
        )
        copy = knowledge.with_actors([added, evolve(tom, roles=(*tom.roles, *added.roles))])
        assert evolve(copy)._titled() == copy._titled()


class TestDefaultKnowledge:
    def test_the_default_is_loaded_once_and_is_the_bundled_knowledge(self) -> None:
        """``default_knowledge()`` gives one object per process (its compiled patterns are
        reused by every parse given no knowledge), holding what ``load_knowledge()`` loads."""
        first = default_knowledge()
        assert (first is default_knowledge(), len(load_knowledge().actors)) == (
            True,
            len(first.actors),
        )


class TestIsPerson:
    def test_a_person_an_institution_and_no_one(self) -> None:
        """A known person is a person; an institution and an unknown id are not."""
        kb = KnowledgeBase().with_actors(
            [
                Actor(id=ActorId("tom-vale"), name="Tom Vale"),
                Actor(
                    id=ActorId("vale-ministry"), name="Vale Ministry", kind=ActorKind.INSTITUTION
                ),
            ]
        )
        assert (True, False, False) == (
            kb.is_person(ActorId("tom-vale")),
            kb.is_person(ActorId("vale-ministry")),
            kb.is_person(ActorId("nobody")),
        )
