"""The table of a few entries read over a shared one (a source's copy of the knowledge)."""

from __future__ import annotations

import pickle

from diplomatic_events.knowledge import load_knowledge
from diplomatic_events.knowledge._overlay import Overlay
from diplomatic_events.model import Actor, ActorKind
from diplomatic_events.typing import ActorId


class TestOverlay:
    def test_reads_as_the_shared_table_updated_with_its_own(self) -> None:
        """Keys, order, length, values and equality are those of a copy of the shared table
        updated with the own entries."""
        base = {"a": 1, "c": 3}
        own = {"b": 2, "a": 9}
        expected = {**base, **own}
        overlay = Overlay(own, base)
        assert (list(expected), len(expected), expected) == (list(overlay), len(overlay), overlay)

    def test_get_falls_back_to_the_shared_table_then_the_default(self) -> None:
        """An own entry wins, a shared one is found, a missing key gives the default."""
        overlay = Overlay({"a": 9}, {"a": 1, "c": 3})
        assert (9, 3, 5, None) == (
            overlay.get("a"),
            overlay.get("c"),
            overlay.get("z", 5),
            overlay.get("z"),
        )

    def test_an_overlay_over_an_overlay_keeps_one_layer(self) -> None:
        """A copy of a copy reads through one layer, its entries merged in."""
        shared = {"a": 1}
        overlay = Overlay({"c": 3}, Overlay({"b": 2}, shared))
        assert ({"a": 1, "b": 2, "c": 3}, True) == (dict(overlay), overlay._base is shared)

    def test_pickled_and_back_the_same_table(self) -> None:
        """Worker processes receive the knowledge (and its tables) by pickle."""
        overlay = Overlay({"b": 2}, {"a": 1})
        assert {"a": 1, "b": 2} == pickle.loads(pickle.dumps(overlay))


class TestWithActorsOverlay:
    def test_a_copy_adding_people_finds_them_and_every_known_actor(self) -> None:
        """A copy adding a new person lists the knowledge's actors then the new one, finds
        each by id and files the new one's surname."""
        knowledge = load_knowledge()
        person = Actor(id=ActorId("jane-roe-x"), name="Jane Roe", kind=ActorKind.PERSON)
        copy = knowledge.with_actors([person])
        first = knowledge.actors[0]
        assert ((*knowledge.actors, person), person, first, "Roe") == (
            copy.actors,
            copy.actor(person.id),
            copy.actor(first.id),
            copy.surname(person.id),
        )

    def test_a_copy_adding_genders_finds_them_and_the_known_ones(self) -> None:
        """Genders a copy adds are read over the knowledge's, which it keeps."""
        knowledge = load_knowledge()
        known = next(iter(knowledge.genders))
        person = Actor(id=ActorId("jane-roe-x"), name="Jane Roe", kind=ActorKind.PERSON)
        copy = knowledge.with_actors([person], {person.id: "female"})
        assert ("female", knowledge.gender(known)) == (copy.gender(person.id), copy.gender(known))
