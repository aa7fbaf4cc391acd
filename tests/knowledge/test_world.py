"""Every country and the large cities: one bundled source, seen alike by places and actors."""

from __future__ import annotations

import tomllib
from collections import Counter
from importlib import resources
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from diplomatic_events import load_knowledge
from diplomatic_events.knowledge import CountryEntry, default_knowledge, knowledge_from_toml
from diplomatic_events.knowledge._place_files import (
    bundled_countries,
    default_gazetteer,
    load_places,
)
from diplomatic_events.knowledge._places import Country
from diplomatic_events.knowledge._world_build import _containers_first, _contains, _variants

DATA = Path(str(resources.files("diplomatic_events.knowledge").joinpath("data")))


def _hand_cities() -> list[dict[str, object]]:
    cities: list[dict[str, object]] = tomllib.loads(
        (DATA / "places.toml").read_text(encoding="utf-8")
    )["cities"]
    return cities


class TestCountriesData:
    def test_every_country_has_a_code_a_name_and_an_adjective(self) -> None:
        """No country lacks its two-letter code, a name or an adjective."""
        incomplete = [
            c.code
            for c in bundled_countries()
            if len(c.code) != 2 or not c.code.isupper() or not c.names or not c.adjectives
        ]
        assert [] == incomplete

    def test_no_code_is_listed_twice(self) -> None:
        """One entry per country code."""
        counts = Counter(c.code for c in bundled_countries())
        assert [] == [code for code, count in counts.items() if count > 1]

    def test_no_word_names_two_countries(self) -> None:
        """A name or adjective belongs to one country only."""
        owners: dict[str, set[str]] = {}
        for country in bundled_countries():
            for word in (*country.names, *country.adjectives):
                owners.setdefault(word, set()).add(country.code)
        assert {} == {word: codes for word, codes in owners.items() if len(codes) > 1}

    @pytest.mark.parametrize(
        ("adjective", "code"),
        [
            ("Ivoirian", "CI"),
            ("Cabo Verdean", "CV"),
            ("Salvadorean", "SV"),
            ("Vanuatuan", "VU"),
            ("Hellenic", "GR"),
        ],
    )
    def test_the_other_spellings_of_adjectives_name_their_country(
        self, adjective: str, code: str
    ) -> None:
        """ "Ivoirian Chief of the Defense Staff": the French-derived spelling names Côte
        d'Ivoire as "Ivorian" does (a person of another country otherwise took the
        country of the one named before)."""
        assert code == load_knowledge().country_of(adjective)

    @pytest.mark.parametrize(
        ("letters", "code"),
        [("ROK", "KR"), ("FSM", "FM"), ("RMI", "MH"), ("BiH", "BA")],
    )
    def test_the_letters_official_texts_write_name_their_country(
        self, letters: str, code: str
    ) -> None:
        """ "ROK Lt. Gen. A", "FSM Vice President B": the letters military and State texts
        write for a country name it (the people they introduce had no country before)."""
        assert code == default_knowledge().country_of(letters)

    @pytest.mark.parametrize(
        ("name", "code"),
        [("Federated States of Micronesia", "FM"), ("Kingdom of Saudi Arabia", "SA")],
    )
    def test_official_names_name_their_country(self, name: str, code: str) -> None:
        """A country's official name ("Federated States of Micronesia") is one of its names."""
        assert code == default_knowledge().country_of(name)

    def test_every_iso_country_and_the_eu_and_kosovo_are_there(self) -> None:
        """The 249 ISO 3166-1 countries, the EU and Kosovo."""
        codes = {c.code for c in bundled_countries()}
        assert 251 == len(codes)
        assert {"EU", "XK", "AQ", "TV"} <= codes

    @pytest.mark.parametrize(
        ("code", "name", "adjective"),
        [
            ("NZ", "New Zealand", "New Zealand"),
            ("KE", "Kenya", "Kenyan"),
            ("PL", "Poland", "Polish"),
            ("MN", "Mongolia", "Mongolian"),
            ("EE", "Estonia", "Estonian"),
            ("CL", "Chile", "Chilean"),
            ("PE", "Peru", "Peruvian"),
            ("CI", "Ivory Coast", "Ivorian"),
            ("AE", "United Arab Emirates", "Emirati"),
        ],
    )
    def test_a_country_is_named_as_the_news_names_it(
        self, code: str, name: str, adjective: str
    ) -> None:
        """Label first, the demonym among the adjectives."""
        country = next(c for c in bundled_countries() if c.code == code)
        assert (name, True) == (country.names[0], adjective in country.adjectives)

    def test_a_name_inside_another_comes_after_it(self) -> None:
        """ "Papua New Guinea" is tried before "Guinea", so it is found whole."""
        codes = [c.code for c in bundled_countries()]
        assert codes.index("PG") < codes.index("GN")

    def test_family_names_first_as_the_knowledge_files_said(self) -> None:
        """China, Taiwan, Hong Kong and the Koreas put the family name first; Japan not."""
        first = {c.code for c in bundled_countries() if c.family_name_first}
        assert {"CN", "TW", "HK", "KP", "KR"} == first


class TestCitiesData:
    def test_every_city_has_a_known_zone_and_country(self) -> None:
        """Each city's zone is an IANA zone and its country a known code."""
        codes = {c.code for c in bundled_countries()}
        cities = default_gazetteer().cities
        assert [] == [c.name for c in cities if c.country not in codes]
        assert all(ZoneInfo(c.timezone) is not None for c in cities)

    def test_no_city_name_is_listed_twice(self) -> None:
        """A name or alias names one city only."""
        counts = Counter(n for c in default_gazetteer().cities for n in (c.name, *c.aliases))
        assert [] == [name for name, count in counts.items() if count > 1]

    def test_some_fifteen_hundred_cities_or_more(self) -> None:
        """Capitals and cities of 300,000 people or more: far beyond the hand list."""
        assert len(default_gazetteer().cities) >= 1500

    def test_every_hand_city_keeps_its_entry(self) -> None:
        """A city of places.toml keeps its country, zone and aliases."""
        gazetteer = default_gazetteer()
        changed = [
            city["name"]
            for city in _hand_cities()
            if (found := gazetteer.city(str(city["name"]))) is None
            or (found.country, found.timezone, list(found.aliases))
            != (city["country"], city["timezone"], city.get("aliases", []))
        ]
        assert [] == changed

    @pytest.mark.parametrize(
        ("name", "country", "zone"),
        [
            ("Auckland", "NZ", "Pacific/Auckland"),
            ("Wellington", "NZ", "Pacific/Auckland"),
            ("Tallinn", "EE", "Europe/Tallinn"),
            ("Lima", "PE", "America/Lima"),
            ("Bengaluru", "IN", "Asia/Kolkata"),
            ("Bangalore", "IN", "Asia/Kolkata"),
            ("Sao Tome", None, None),
        ],
    )
    def test_a_city_resolves_to_its_country_and_zone(
        self, name: str, country: str | None, zone: str | None
    ) -> None:
        """Capitals, large cities and their English aliases; no city inside a country name."""
        gazetteer = default_gazetteer()
        assert (country, zone) == (gazetteer.country_of_city(name), gazetteer.timezone(name))

    @pytest.mark.parametrize(
        "word", ["Austin", "Nice", "Reading", "Victoria", "Vladimir", "Salvador", "Chiba"]
    )
    def test_a_city_name_that_would_fire_falsely_is_left_out(self, word: str) -> None:
        """Names of people and common words are no cities."""
        assert default_gazetteer().city(word) is None

    def test_a_country_inside_a_sentence_is_the_whole_name(self) -> None:
        """ "El Salvador" is the country, not the Brazilian city Salvador."""
        found = default_gazetteer().find("s", "The minister flew to El Salvador on Monday.")
        assert [("country", "SV")] == [(p.kind, p.name) for p in found]


class TestOneCountrySource:
    def test_new_zealand_is_in_both_views(self) -> None:
        """Places and the attribution's country words both know New Zealand."""
        knowledge = load_knowledge()
        assert ("NZ", "NZ") == (
            knowledge.places.country_code("New Zealand"),
            knowledge.country_of("New Zealand"),
        )

    def test_the_attribution_sees_every_word_the_places_see(self) -> None:
        """Each country's names and adjectives are its words in the knowledge base."""
        knowledge = load_knowledge()
        missing = [
            (c.code, word)
            for c in knowledge.places.countries
            for word in (*c.names, *c.adjectives)
            if word not in knowledge.countries[c.code].names
        ]
        assert [] == missing

    def test_a_seat_of_government_is_a_country_word_but_no_place(self) -> None:
        """ "Moncloa said" is Spain; "sources in Moncloa" keep the seat as affiliation."""
        knowledge = load_knowledge()
        assert ("ES", None) == (
            knowledge.country_of("Moncloa"),
            knowledge.places.country_code("Moncloa"),
        )

    def test_label_then_adjectives_then_other_names(self) -> None:
        """A country's words: its label, its adjectives, its other names, its seats."""
        entry = CountryEntry.of(
            Country(
                code="US",
                names=("US", "United States"),
                adjectives=("American", "US"),
                seats=("Oval Office",),
            )
        )
        assert ("US", "American", "United States", "Oval Office") == entry.names

    def test_a_users_places_country_changes_both_views(self, tmp_path: Path) -> None:
        """A [[countries]] file replaces the country in the places and the attribution."""
        path = tmp_path / "countries.toml"
        path.write_text(
            '[[countries]]\ncode = "NZ"\nnames = ["Aotearoa"]\nadjectives = ["Kiwi"]\n',
            encoding="utf-8",
        )
        knowledge = load_knowledge(path)
        assert ("NZ", "NZ", ("Aotearoa", "Kiwi")) == (
            knowledge.places.country_code("Aotearoa"),
            knowledge.country_of("Kiwi"),
            knowledge.countries["NZ"].names,
        )

    def test_a_users_places_country_wins_a_shared_word(self, tmp_path: Path) -> None:
        """A user's entry comes before the bundled ones in the places."""
        path = tmp_path / "places.toml"
        path.write_text(
            '[[countries]]\ncode = "ZZ"\nnames = ["Wellington"]\nadjectives = ["Zed"]\n',
            encoding="utf-8",
        )
        assert "ZZ" == load_places(path).country_code("Wellington")

    def test_an_actors_files_country_table_still_replaces_the_words(self, tmp_path: Path) -> None:
        """[countries.XX] in an actors file replaces that country's words."""
        path = tmp_path / "mine.toml"
        path.write_text('[countries.NZ]\nnames = ["Kiwiland"]\n', encoding="utf-8")
        knowledge = load_knowledge(path)
        assert ("NZ", None) == (
            knowledge.country_of("Kiwiland"),
            knowledge.country_of("New Zealand"),
        )

    def test_knowledge_from_toml_has_no_bundled_countries(self) -> None:
        """A knowledge base from one string knows only that string's countries."""
        knowledge = knowledge_from_toml('[countries.NZ]\nnames = ["New Zealand"]\n')
        assert ["NZ"] == list(knowledge.countries)


class TestWorldBuildHelpers:
    def test_variants_add_the_unaccented_and_curly_forms(self) -> None:
        """ "Côte d'Ivoire" is also written without accents and with a curly apostrophe."""
        assert [
            "Côte d'Ivoire",
            "Cote d'Ivoire",
            "Côte d’Ivoire",
            "Cote d’Ivoire",
        ] == _variants("Côte d'Ivoire")

    def test_contains_looks_for_whole_words(self) -> None:
        """ "Guinea" is in "Guinea-Bissau"; "Niger" is not in "Nigeria"."""
        assert (True, False) == (
            _contains("Guinea-Bissau", "Guinea"),
            _contains("Nigeria", "Niger"),
        )

    def test_containers_come_first(self) -> None:
        """A country whose name holds another's moves before it."""
        entries = [
            {"code": "GN", "names": ["Guinea"]},
            {"code": "PG", "names": ["Papua New Guinea"]},
        ]
        assert ["PG", "GN"] == [e["code"] for e in _containers_first(entries)]
