"""Every shipped data file loads through its loader, and no data file goes unchecked."""

from __future__ import annotations

import re
from collections.abc import Callable
from importlib import resources
from pathlib import Path

import pytest

from diplomatic_events.exceptions import DataFileError
from diplomatic_events.knowledge._abbreviations import load_abbreviations
from diplomatic_events.knowledge._events import load_event_cues
from diplomatic_events.knowledge._grammar import load_grammar, phrase_pattern
from diplomatic_events.knowledge._hedges import load_hedge_rules
from diplomatic_events.knowledge._load import read_knowledge_file
from diplomatic_events.knowledge._place_files import load_places
from diplomatic_events.knowledge._topics import load_topics
from diplomatic_events.sources._rules import load_rules

KNOWLEDGE_DATA = Path(str(resources.files("diplomatic_events.knowledge").joinpath("data")))
SOURCES_DATA = Path(str(resources.files("diplomatic_events.sources").joinpath("data")))


def _knowledge(path: Path) -> object:
    return read_knowledge_file(path.name, path.read_bytes())


LOADERS: dict[str, Callable[[Path], object]] = {
    "actors.toml": _knowledge,
    "leaders.toml": _knowledge,
    "descriptions.toml": _knowledge,
    "attribution.toml": _knowledge,
    "topics.toml": lambda path: load_topics(path),
    "hedges.toml": lambda path: load_hedge_rules(path),
    "places.toml": lambda path: load_places(path),
    "countries.toml": lambda path: load_places(path),
    "cities.toml": lambda path: load_places(path),
    "events.toml": lambda path: load_event_cues(path.read_text(encoding="utf-8"), path.name),
    "abbreviations.toml": lambda path: load_abbreviations(path),
    "grammar.toml": lambda path: load_grammar(path),
}


class TestKnowledgeData:
    @pytest.mark.parametrize("path", sorted(KNOWLEDGE_DATA.glob("*.toml")), ids=lambda p: p.name)
    def test_every_file_loads_through_its_loader(self, path: Path) -> None:
        """Each bundled knowledge file has a loader and loads without error."""
        assert path.name in LOADERS
        assert LOADERS[path.name](path) is not None

    def test_no_loader_lacks_its_file(self) -> None:
        """Every loader's file is shipped."""
        assert set(LOADERS) == {path.name for path in KNOWLEDGE_DATA.glob("*.toml")}

    def test_an_unknown_key_in_events_is_reported(self) -> None:
        """A typo in the events file is a DataFileError naming the file."""
        with pytest.raises(DataFileError, match=r"mine\.toml"):
            load_event_cues('[kinds]\nmeeting = ["met"]\n[kind]\n', "mine.toml")

    def test_an_unknown_event_kind_is_reported(self) -> None:
        """A kind the model does not know is a DataFileError."""
        with pytest.raises(DataFileError):
            load_event_cues('[kinds]\nmeetup = ["met"]\n')


class TestSourcesData:
    @pytest.mark.parametrize("path", sorted(SOURCES_DATA.glob("*.toml")), ids=lambda p: p.name)
    def test_every_outlet_file_loads(self, path: Path) -> None:
        """Each bundled outlet rules file loads over the generic rules."""
        assert load_rules(path.stem) is not None


class TestGrammar:
    def test_a_users_file_adds_words(self, tmp_path: Path) -> None:
        """A user's file extends the bundled lists."""
        path = tmp_path / "mine.toml"
        path.write_text('prepositions = ["amid"]\n', encoding="utf-8")
        assert "amid" in load_grammar(path).prepositions
        assert "amid" not in load_grammar().prepositions

    def test_a_user_s_role_noun_joins_the_bundled_ones(self, tmp_path: Path) -> None:
        """A role noun in a user's file ("the marshal") is added, and its title words join
        those of a bundled noun of the same name."""
        path = tmp_path / "mine.toml"
        path.write_text(
            '[role_nouns]\nmarshal = ["marshal"]\ngeneral = ["gnl"]\n', encoding="utf-8"
        )
        nouns = load_grammar(path).role_nouns
        assert (frozenset({"marshal"}), frozenset({"general", "gen", "gnl"})) == (
            nouns["marshal"],
            nouns["general"],
        )

    def test_a_user_s_phrase_joins_the_phrase_pattern(self, tmp_path: Path) -> None:
        """A phrase added to ``separately`` in the topic words' syntax is matched."""
        path = tmp_path / "mine.toml"
        path.write_text('separately = ["one (by|after) one"]\n', encoding="utf-8")
        pattern = re.compile(phrase_pattern(load_grammar(path).separately), re.IGNORECASE)
        assert ["one after one", "separately"] == [
            m.group() for m in pattern.finditer("met them one after one, separately")
        ]

    @pytest.mark.parametrize(
        ("key", "text", "found"),
        [
            ("topic_clauses", "met Modi and discussed Putin", "and discussed"),
            ("leader_phrases", "a team headed by", "headed by"),
            ("agentless_meetings", "Talks were also held with Modi", "Talks were also held with"),
            ("trip_first_day", "Upon her arrival, she met", "Upon her arrival"),
            ("trip_first_day", "on arriving she met", "on arriving"),
            ("trip_second_day", "On the second day, he met", "second day"),
            ("trip_last_day", "On the closing day of the visit", "closing day"),
            ("period_ends", "until the end of 2030", "until the end of"),
            ("period_ends", "through late 2027", "through late"),
        ],
    )
    def test_the_bundled_meeting_phrases_match(self, key: str, text: str, found: str) -> None:
        """The meeting finder's phrase lists are data: each bundled list matches its phrase."""
        phrases = getattr(load_grammar(), key)
        pattern = re.compile(phrase_pattern(phrases), re.IGNORECASE)
        match = pattern.search(text)
        assert found == (match.group() if match else None)

    def test_an_unknown_key_is_reported(self, tmp_path: Path) -> None:
        """A typo in a grammar file is a DataFileError naming the file."""
        path = tmp_path / "mine.toml"
        path.write_text('prepositons = ["amid"]\n', encoding="utf-8")
        with pytest.raises(DataFileError, match=r"mine\.toml"):
            load_grammar(path)
