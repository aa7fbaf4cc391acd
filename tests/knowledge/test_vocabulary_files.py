"""User files for topics, hedges and places reach the parse through load_knowledge."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplomatic_events import DataFileError, Hedge, load_knowledge, parse

RARE_EARTHS = '[[topics]]\nid = "rare-earths"\nlabel = "Rare earths"\nwords = ["rare earths?"]\n'


class TestVocabularyFiles:
    def test_topics_file_adds_a_topic(self, tmp_path: Path) -> None:
        """A [[topics]] file is read as topics, not as actors."""
        topics = tmp_path / "topics.toml"
        topics.write_text(RARE_EARTHS, encoding="utf-8")
        knowledge = load_knowledge(topics)
        assert "rare-earths" in knowledge.topics.patterns

    def test_hedges_file_replaces_a_hedge_rule(self, tmp_path: Path) -> None:
        """A [hedges] file changes the interval 'about' gives."""
        hedges = tmp_path / "hedges.toml"
        hedges.write_text(
            '[hedges.about]\nwords = ["about"]\nlow = 0.5\nhigh = 1.5\n', encoding="utf-8"
        )
        knowledge = load_knowledge(hedges)
        assert load_knowledge().hedges[Hedge.ABOUT] != knowledge.hedges[Hedge.ABOUT]

    def test_places_file_adds_a_venue(self, tmp_path: Path) -> None:
        """A [[venues]] file is read as places."""
        places = tmp_path / "places.toml"
        places.write_text('[[venues]]\nname = "Zhongnanhai"\ncity = "Beijing"\n', encoding="utf-8")
        knowledge = load_knowledge(places)
        found = knowledge.places.find("s", "They met at Zhongnanhai on Monday.")
        assert ["Zhongnanhai"] == [place.name for place in found]

    def test_a_file_mixing_vocabularies_is_refused(self, tmp_path: Path) -> None:
        """One file, one vocabulary: the error says so and names the file."""
        mixed = tmp_path / "mixed.toml"
        mixed.write_text(RARE_EARTHS + "[hedges]\n", encoding="utf-8")
        with pytest.raises(DataFileError, match=r"mixed\.toml: mixes"):
            load_knowledge(mixed)

    def test_parse_uses_the_knowledge_it_is_given(self, tmp_path: Path) -> None:
        """parse(knowledge=...) tags statements with the user's topics."""
        topics = tmp_path / "topics.toml"
        topics.write_text(RARE_EARTHS, encoding="utf-8")
        text = (
            "Yellen visits Beijing\n\n"
            "BEIJING, July 7, 2023 - Treasury Secretary Janet Yellen met Chinese Premier Li Qiang "
            "in Beijing on Friday during a four-day visit.\n\n"
            '"We are concerned about export controls on rare earths," Yellen said.\n'
        )
        extraction = parse([text], knowledge=load_knowledge(topics))
        tagged = {topic for s in extraction.all_statements() for topic in s.topics}
        assert "rare-earths" in tagged
