"""Extension: an adapter for a made-up outlet, registered without touching the library."""

from __future__ import annotations

from collections.abc import Iterator
from importlib.resources import files

import pytest

from diplomatic_events.exceptions import DataFileError, PluginConflictError
from diplomatic_events.model import BlockKind
from diplomatic_events.sources import (
    ENTRY_POINT_GROUP,
    OutletAdapter,
    load_rules,
    outlets,
    read_source,
    register_outlet,
)

RULES = """
name = "nowhere-gazette"
display_name = "The Nowhere Gazette"
domains = ["nowhere-gazette.example"]
timezone = "Pacific/Auckland"
strong_evidence = ["(?m)^Nowhere Gazette — read all about it$"]
boilerplate = ["^Nowhere Gazette — read all about it$", "^Gazette Club members get more$"]
"""
PAGE = (
    "Nowhere Gazette — read all about it\n"
    "Ministers sign a shipping pact in Wellington\n"
    "Ministers signed a shipping pact on Tuesday after two days of talks, officials said.\n"
    "Gazette Club members get more\n"
)


class GazetteAdapter(OutletAdapter):
    """A made-up outlet's adapter, as a user would write it."""


@pytest.fixture
def gazette() -> Iterator[OutletAdapter]:
    adapter = GazetteAdapter.from_toml(RULES)
    register_outlet("nowhere-gazette", adapter)
    yield adapter
    outlets.unregister("nowhere-gazette")


class TestPlugin:
    def test_an_outlet_adds_words_no_sentence_ends_with(self) -> None:
        """Continuing words are outlet rules merged over the generic ones: an outlet that
        breaks lines after "per" has "ten per" / "cent in the year." read as one line."""
        rules = RULES + 'continuing_words = ["per"]\n'
        register_outlet("nowhere-gazette", GazetteAdapter.from_toml(rules))
        try:
            text = "A short note\n\nShipments grew by ten per\ncent in the year.\n"
            generic = read_source(text)
            gazette = read_source(text, outlet="nowhere-gazette")
        finally:
            outlets.unregister("nowhere-gazette")
        assert "ten per\ncent in the year." not in [text[b.start : b.end] for b in generic.blocks]
        assert "Shipments grew by ten per\ncent in the year." in [
            text[b.start : b.end] for b in gazette.blocks
        ]

    def test_picked_by_name(self, gazette: OutletAdapter) -> None:
        """A registered adapter is used when the caller names it."""
        assert "nowhere-gazette" == read_source("Some text.", outlet="nowhere-gazette").outlet

    def test_picked_by_detection(self, gazette: OutletAdapter) -> None:
        """A registered adapter claims pages that show its evidence."""
        source = read_source(PAGE)
        assert ("nowhere-gazette", "The Nowhere Gazette") == (source.outlet, source.outlet_name)

    def test_picked_by_url(self, gazette: OutletAdapter) -> None:
        """A registered adapter claims its domains."""
        assert (
            "nowhere-gazette"
            == read_source("x", url="https://www.nowhere-gazette.example/a").outlet
        )

    def test_its_rules_apply(self, gazette: OutletAdapter) -> None:
        """The adapter's own boilerplate rules type its chrome."""
        source = read_source(PAGE)
        assert ["boilerplate", "headline", "body", "boilerplate"] == [
            b.kind.value for b in source.blocks
        ]

    def test_name_clash(self, gazette: OutletAdapter) -> None:
        """Registering a taken name raises."""
        with pytest.raises(PluginConflictError):
            register_outlet("nowhere-gazette", gazette)

    def test_builtin_name_clash(self) -> None:
        """A built-in outlet's name cannot be taken."""
        with pytest.raises(PluginConflictError):
            register_outlet("cnn", GazetteAdapter.from_toml(RULES))

    def test_entry_point_group(self) -> None:
        """Installed plug-ins are read from the documented entry-point group."""
        assert ("diplomatic_events.outlets", ENTRY_POINT_GROUP) == (
            outlets.entry_point_group,
            ENTRY_POINT_GROUP,
        )


class TestRulesData:
    def test_every_shipped_file_loads(self) -> None:
        """Every bundled outlet rules file parses and names itself."""
        data = files("diplomatic_events.sources").joinpath("data")
        names = sorted(p.name[: -len(".toml")] for p in data.iterdir() if p.name.endswith(".toml"))
        assert names == [load_rules(name).name for name in names]
        assert {"generic", "cbs-news", "cnn", "the-hindu", "bbc-live", "beryl-tv"} == set(names)

    def test_unknown_key_is_named(self) -> None:
        """A typo in a rules file is a DataFileError naming the key."""
        with pytest.raises(DataFileError, match="boilerplat"):
            load_rules('name = "x"\ndisplay_name = "X"\nboilerplat = []\n', is_text=True)

    def test_bad_pattern(self) -> None:
        """A broken regular expression is a DataFileError."""
        with pytest.raises(DataFileError):
            load_rules('name = "x"\ndisplay_name = "X"\nboilerplate = ["("]\n', is_text=True)

    def test_rules_extend_generic(self) -> None:
        """An outlet's rules add to the generic chrome patterns rather than replace them."""
        rules = load_rules(RULES, is_text=True)
        source = read_source("Advertisement\n", outlet="generic")
        assert (True, [BlockKind.BOILERPLATE]) == (
            "spot_img" in rules.boilerplate,
            [b.kind for b in source.blocks],
        )
