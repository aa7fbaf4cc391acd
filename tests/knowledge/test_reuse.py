"""What the knowledge keeps and reuses between the passes over one source: its copies with
a source's people, their holders, each window's mentions and places."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from diplomatic_events.knowledge import KnowledgeBase, load_knowledge
from diplomatic_events.knowledge import _mentions as mentions_module
from diplomatic_events.knowledge._place_files import default_gazetteer
from diplomatic_events.model import Actor, ActorKind, PartialDate, Role
from diplomatic_events.testing.threads import race
from diplomatic_events.typing import ActorId, SourceId


@pytest.fixture(scope="module")
def knowledge() -> KnowledgeBase:
    return load_knowledge()


def _person(name: str, title: str = "", country: str = "XX") -> Actor:
    roles = (Role(title=title),) if title else ()
    return Actor(
        id=ActorId(name.lower().replace(" ", "-")),
        name=name,
        kind=ActorKind.PERSON,
        country=country,
        roles=roles,
        discovered=True,
    )


class TestKnowledgeCopies:
    def test_the_same_people_added_again_give_the_same_copy(self, knowledge: KnowledgeBase) -> None:
        """Each stage of a source adds the same people: one copy, with what it built."""
        people = [_person("Ana Lis Moreira")]
        assert knowledge.with_actors(people) is knowledge.with_actors(list(people))

    def test_other_people_or_genders_give_another_copy(self, knowledge: KnowledgeBase) -> None:
        """Another person, or the same with a gender, is another knowledge."""
        first = knowledge.with_actors([_person("Ana Lis Moreira")])
        other = knowledge.with_actors([_person("Rui Tavares Moreira")])
        gendered = knowledge.with_actors(
            [_person("Ana Lis Moreira")], {ActorId("ana-lis-moreira"): "female"}
        )
        assert (False, False) == (first is other, first is gendered)

    def test_adding_no_one_gives_the_knowledge_itself(self, knowledge: KnowledgeBase) -> None:
        """A source that introduces no one reads its text with the knowledge it was given:
        the people stage's copy and the meeting pass's knowledge share what they build."""
        assert knowledge is knowledge.with_actors([], {})

    def test_adding_no_one_to_a_list_with_an_id_twice_still_makes_a_copy(self) -> None:
        """An id listed twice: the copy keeps one actor of that id, so it is not the same."""
        twice = KnowledgeBase(actors=(_person("Ana Lis Moreira"), _person("Ana Lis Moreira")))
        assert (False, 1) == (twice is twice.with_actors([]), len(twice.with_actors([]).actors))

    def test_threads_adding_people_never_fail(self, knowledge: KnowledgeBase) -> None:
        """Eight threads adding one of forty sets of people (more than are kept): each gets a
        copy of its own people, and no eviction races another."""
        errors: list[str] = []

        def work(seed: int) -> None:
            try:
                for i in range(400):
                    person = _person(f"Person Number{(seed + i) % 40}")
                    copy = knowledge.with_actors([person])
                    if copy.actor(person.id) != person or copy.extends is not knowledge:
                        errors.append(f"wrong copy for {person.name}")
            except Exception as error:  # any failure in a thread is the finding
                errors.append(repr(error))

        race(work)
        assert [] == errors


class TestHoldersOfACopy:
    def test_a_title_its_people_do_not_hold_is_answered_as_by_its_parent(
        self, knowledge: KnowledgeBase
    ) -> None:
        """A copy whose people hold no such title names the parent's holders."""
        day = PartialDate.of(dt.date(2022, 6, 1))
        copy = knowledge.with_actors([_person("Ana Lis Moreira", "Foreign Minister")])
        expected = [a.id for a in knowledge.holders(["President"], "US", day)]
        assert expected == [a.id for a in copy.holders(["President"], "US", day)]

    def test_a_title_one_of_its_people_holds_names_them(self, knowledge: KnowledgeBase) -> None:
        """A person the copy adds with a title is among that title's holders there only."""
        person = _person("Ana Lis Moreira", "Minister of Lighthouses")
        copy = knowledge.with_actors([person])
        found = (
            [a.id for a in copy.holders(["Minister of Lighthouses"], "XX", None)],
            [a.id for a in knowledge.holders(["Minister of Lighthouses"], "XX", None)],
        )
        assert ([person.id], []) == found


class TestWindowsOnAnotherDay:
    _TEXT = "Officials said the US president arrived in Beijing. Wang Yi met him."

    def test_a_description_is_resolved_on_each_day_asked(self, knowledge: KnowledgeBase) -> None:
        """The same window read on two days names each day's holder."""
        text = self._TEXT
        found = [
            [m.actor for m in knowledge.find_mentions(text, 0, 51, on=PartialDate.of(day))]
            for day in (dt.date(2018, 6, 1), dt.date(2022, 6, 1), dt.date(2018, 6, 1))
        ]
        assert [["donald-trump"], ["joe-biden"], ["donald-trump"]] == found

    def test_a_window_of_names_alone_is_read_once_whatever_the_day(
        self, knowledge: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A window naming people by name alone gives the same on any day: read once."""
        reads: list[tuple[int, int]] = []
        read = mentions_module._find_mentions

        def counted(*args: object) -> object:
            reads.append((args[2], args[3]))  # type: ignore[arg-type]
            return read(*args)  # type: ignore[arg-type]

        monkeypatch.setattr(mentions_module, "_find_mentions", counted)
        text = self._TEXT + " (read once)"
        found = [
            [m.actor for m in knowledge.find_mentions(text, 52, 68, on=PartialDate.of(day))]
            for day in (dt.date(2018, 6, 1), dt.date(2022, 6, 1))
        ]
        assert ([["wang-yi"], ["wang-yi"]], [(52, 68)]) == (found, reads)


class TestPlacesOfAWindow:
    def test_each_gazetteer_finds_its_own_places_in_the_same_window(self) -> None:
        """Windows are kept per gazetteer: one without cities finds the capital's country."""
        full = default_gazetteer()
        no_cities = attrs.evolve(full, cities=())
        text = "The two ministers met in Beijing on Sunday."
        found = [
            [(p.kind, p.name) for p in gazetteer.find(SourceId("s"), text, 0, len(text))]
            for gazetteer in (full, no_cities, full)
        ]
        assert [[("city", "Beijing")], [("country", "CN")], [("city", "Beijing")]] == found
