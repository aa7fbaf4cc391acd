"""Choosing an outlet adapter: by name, by URL, by evidence in the text."""

from __future__ import annotations

import pytest

from diplomatic_events.exceptions import UnknownPluginError
from diplomatic_events.sources import choose_adapter, outlets, read_source

PLAIN = "Ministers met on Sunday to discuss trade, officials said in a statement.\n"
EVIDENCE = {
    "cbs-news": "Watch CBS News\n\nTalks end in Oslo\n\n" + PLAIN,
    "cnn": PLAIN + "CNN’s Jane Doe and Ravi Rao contributed to this report.\n",
    "the-hindu": PLAIN + "Ministers meet in Oslo. | Photo Credit: AP\n",
    "bbc-live": "1. Talks endpublished at 10:02 British Summer Time 1 May 2024\n\n" + PLAIN,
    "beryl-tv": "Beryl TV  Talks end in Oslo Politics\n" + PLAIN,
}


class TestDetection:
    @pytest.mark.parametrize("name", sorted(EVIDENCE))
    def test_each_outlet_detected(self, name: str) -> None:
        """Each built-in outlet claims a short page that shows its evidence."""
        assert name == choose_adapter(EVIDENCE[name])[0]

    @pytest.mark.parametrize("name", sorted(EVIDENCE))
    def test_detection_is_confident(self, name: str) -> None:
        """Its own evidence gives an outlet a confidence of at least 0.5."""
        assert outlets.get(name).detect(EVIDENCE[name]) >= 0.5

    def test_named_only_is_weak(self) -> None:
        """Merely naming an outlet is not enough to claim the page."""
        text = "One official told CBS News the talks went well, officials said.\n"
        assert ("generic", 0.3) == (choose_adapter(text)[0], outlets.get("cbs-news").detect(text))

    def test_nothing_found_is_generic(self) -> None:
        """A page with no evidence gets the generic adapter."""
        assert "generic" == choose_adapter(PLAIN)[0]


class TestChoice:
    def test_outlet_argument_wins(self) -> None:
        """The caller's outlet name beats the evidence in the text."""
        assert "cnn" == read_source(EVIDENCE["cbs-news"], outlet="cnn").outlet

    def test_url_domain(self) -> None:
        """A URL on an outlet's domain or subdomain picks it."""
        source = read_source(PLAIN, url="https://edition.cnn.com/2024/05/01/world/talks")
        assert ("cnn", "CNN") == (source.outlet, source.outlet_name)

    def test_url_before_evidence(self) -> None:
        """The URL's outlet beats evidence of another outlet in the text."""
        assert "the-hindu" == read_source(EVIDENCE["cbs-news"], url="www.thehindu.com/x").outlet

    def test_unknown_outlet_name(self) -> None:
        """An unknown outlet name raises and lists the known ones."""
        with pytest.raises(UnknownPluginError, match="cbs-news"):
            read_source(PLAIN, outlet="no-such-outlet")

    def test_builtins_listed(self) -> None:
        """The registry lists the generic adapter and every built-in outlet."""
        assert {"generic", *EVIDENCE} <= set(outlets.names())
