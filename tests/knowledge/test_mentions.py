"""Person mentions: a possessive country word before a surname is not a first name."""

from __future__ import annotations

from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.model import Actor
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

    def test_a_first_name_still_blocks_the_surname(self) -> None:
        """ "Philip Xi" is someone else, not Xi Jinping."""
        assert [] == [m for m in KNOWLEDGE.find_mentions("Philip Xi spoke.") if m.text == "Xi"]
