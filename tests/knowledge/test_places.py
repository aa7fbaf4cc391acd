"""Venues, cities and countries, from the bundled data file and the general pattern."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplomatic_events.exceptions import DataFileError
from diplomatic_events.knowledge._place_files import default_gazetteer, load_places
from diplomatic_events.knowledge._places import venue_line
from diplomatic_events.typing import SourceId

SOURCE = SourceId("test")


class TestGazetteer:
    def test_a_listed_venue_knows_its_city(self) -> None:
        """A venue from the data file carries its city and country."""
        text = "Scholz met Modi at Hyderabad House on Monday."
        (venue,) = default_gazetteer().find(SOURCE, text)
        assert ("venue", "Hyderabad House", "New Delhi", "IN", 19) == (
            venue.kind,
            venue.name,
            venue.city,
            venue.country,
            venue.evidence.start,
        )

    def test_every_bundled_venue_lies_in_a_known_city(self) -> None:
        """A bundled venue's city is one the gazetteer places in a country: a meeting at
        Chequers is in the host's country, not in a town of no known country."""
        gazetteer = default_gazetteer()
        unplaced = [
            (venue.name, venue.city)
            for venue in gazetteer.venues
            if venue.city is not None and gazetteer.country_of_city(venue.city) is None
        ]
        assert [] == unplaced

    def test_an_unlisted_venue_is_found_by_its_head_word(self) -> None:
        """ "at the Taj Palace Hotel" is a venue though no file lists it."""
        text = "They dined at the Taj Palace Hotel in Mumbai."
        kinds = [(p.kind, p.name) for p in default_gazetteer().find(SOURCE, text)]
        assert [("venue", "Taj Palace Hotel"), ("city", "Mumbai")] == kinds

    @pytest.mark.parametrize(
        ("text", "venue"),
        [
            ("They met at the Zedland Secretariat in Jakarta.", "Zedland Secretariat"),
            ("He was greeted at Zedville Airport by the minister.", "Zedville Airport"),
            ("Talks were held in the Bayi building on Monday.", "Bayi building"),
            ("They met at the Zedland Defense Bureau on Monday.", "Zedland Defense Bureau"),
            ("She welcomed him to the Zedland Capitol on Tuesday.", "Zedland Capitol"),
        ],
    )
    def test_secretariats_airports_and_buildings_are_venues(self, text: str, venue: str) -> None:
        """A secretariat, an airport, a named building, a bureau or a capitol is where people
        meet."""
        venues = [p.name for p in default_gazetteer().find(SOURCE, text) if p.kind == "venue"]
        assert [venue] == venues

    def test_a_place_gone_to_where_something_happened_is_a_venue(self) -> None:
        """ "went to the Lakeview Hotel, where he met" names a venue; "went to the Hotel" not."""
        gazetteer = default_gazetteer()
        text = "He went to the Lakeview Hotel, where he met Modi."
        assert [("Lakeview Hotel", 15)] == [
            (p.name, p.evidence.start) for p in gazetteer.find(SOURCE, text)
        ]
        assert () == gazetteer.find(SOURCE, "He went to the Lakeview Hotel to rest.")

    def test_a_place_a_guest_is_welcomed_to_is_a_venue(self) -> None:
        """ "welcome Secretary Hegseth to the Lakeview Hotel" names where the guest is."""
        text = "I am honored to welcome Secretary Hegseth to the Lakeview Hotel today."
        assert [("venue", "Lakeview Hotel")] == [
            (p.kind, p.name) for p in default_gazetteer().find(SOURCE, text)
        ]

    def test_a_guest_welcomed_to_a_city_and_to_a_venue_is_at_the_venue(self) -> None:
        """ "welcome the Secretary of State of the United States of America, John Kerry, to
        London today and to the Lakeview Hotel": a long welcome still names the venue."""
        text = (
            "It is a great honour to welcome the 68th Secretary of State of the United States"
            " of America, John Kerry, to London today and to the Lakeview Hotel."
        )
        assert ["Lakeview Hotel"] == [
            p.name for p in default_gazetteer().find(SOURCE, text) if p.kind == "venue"
        ]

    def test_a_line_that_is_only_a_venue_s_name(self) -> None:
        """ "Palais Coburg", "Carlton Gardens": a transcript's place line; "Opening remarks" is
        none."""
        assert ["Palais Coburg", "Carlton Gardens", None] == [
            venue_line(line) for line in ("Palais Coburg", "Carlton Gardens", "Opening remarks")
        ]

    def test_every_city_has_a_valid_zone(self) -> None:
        """Each bundled city names a time zone zoneinfo knows (checked when loading)."""
        gazetteer = default_gazetteer()
        assert "Asia/Kolkata" == gazetteer.timezone("New Delhi")
        assert all(gazetteer.timezone(city.name) for city in gazetteer.cities)

    def test_a_named_place_before_a_common_noun_is_a_venue(self) -> None:
        """ "at the Zavidovo Lake residence": the capitalised name and its noun, as written."""
        text = "The talks took place at the Zavidovo Lake residence on Monday."
        venues = [p for p in default_gazetteer().find(SOURCE, text) if p.kind == "venue"]
        assert [("Zavidovo Lake residence", 28)] == [(v.name, v.evidence.start) for v in venues]

    def test_an_adjective_may_stand_before_the_common_noun(self) -> None:
        """ "at La Moneda presidential palace", "at the Israeli defense ministry": venues."""
        text = (
            "He met the president at La Moneda presidential palace and the minister"
            " at the Israeli defense ministry."
        )
        venues = [p.name for p in default_gazetteer().find(SOURCE, text) if p.kind == "venue"]
        assert ["La Moneda presidential palace", "Israeli defense ministry"] == venues

    def test_an_adjective_and_a_common_noun_alone_are_a_venue(self) -> None:
        """ "at the presidential palace", "at the defence ministry": the place of that
        kind the story is in, as written; "at the defence ministry's request" is none."""
        text = (
            "They met at the presidential palace, then at the defence ministry, and"
            " at the defence ministry's request in Kabul."
        )
        venues = [p.name for p in default_gazetteer().find(SOURCE, text) if p.kind == "venue"]
        assert ["the presidential palace", "the defence ministry"] == venues

    def test_an_office_holder_s_place_is_a_venue(self) -> None:
        """ "during his talks at the prime minister's office": the holder's office, as
        written; "at the minister's request" is none."""
        text = "He said so at the prime minister's office, and at the minister's request."
        venues = [p.name for p in default_gazetteer().find(SOURCE, text) if p.kind == "venue"]
        assert ["the prime minister's office"] == venues

    def test_a_venue_opening_a_sentence_is_a_venue(self) -> None:
        """ "At the Ministry of Defense, Hagel was greeted by ...": the capital "At" opens
        the sentence and the venue after it, as "at" does inside one."""
        text = "At the Ministry of Defense, Hagel was greeted by the minister."
        venues = [p.name for p in default_gazetteer().find(SOURCE, text) if p.kind == "venue"]
        assert ["Ministry of Defense"] == venues

    @pytest.mark.parametrize(
        ("line", "venue"),
        [
            ("Ministry of Foreign Affairs", "Ministry of Foreign Affairs"),
            (
                "Ministry of Foreign Affairs of Kazakhstan",
                "Ministry of Foreign Affairs of Kazakhstan",
            ),
            ("Palace of Nations", "Palace of Nations"),
            ("Office of the Spokesperson", None),
            ("Ministry of Defense said", None),
        ],
    )
    def test_a_line_that_is_a_ministry_s_name(self, line: str, venue: str | None) -> None:
        """A transcript's heading line "Ministry of Foreign Affairs" is where it was said;
        "Office of the Spokesperson" issued it, and a sentence is no venue line."""
        assert venue == venue_line(line)

    def test_a_venue_visited_is_a_venue(self) -> None:
        """ "visited the Ministry of Defense for meetings": the ministry is a venue."""
        text = "Langley visited the Ministry of Defense for meetings with the minister."
        venues = [p.name for p in default_gazetteer().find(SOURCE, text) if p.kind == "venue"]
        assert ["Ministry of Defense"] == venues

    def test_a_lower_case_particle_stays_inside_a_venue_s_name(self) -> None:
        """ "at Bait al Barka Palace": "al" is part of the name, not its end."""
        text = "Mattis met the sultan at Bait al Barka Palace on Monday."
        venues = [p.name for p in default_gazetteer().find(SOURCE, text) if p.kind == "venue"]
        assert ["Bait al Barka Palace"] == venues


class TestGeneralVenueShapes:
    def test_outside_a_palace_names_the_venue(self) -> None:
        """ "outside the Palace of X" names a venue, head first."""
        places = default_gazetteer().find(
            SourceId("s"), "Crowds gathered outside the Palace of Nations."
        )
        assert [("venue", "Palace of Nations")] == [(p.kind, p.name) for p in places]

    def test_a_salon_is_a_venue(self) -> None:
        """A French palace room ("in the Salon des Portraits") is a venue."""
        places = default_gazetteer().find(SourceId("s"), "They talked in the Salon des Portraits.")
        assert [("venue", "Salon des Portraits")] == [(p.kind, p.name) for p in places]

    def test_the_owner_written_before_a_venue_is_part_of_its_name(self) -> None:
        """ "at Japan’s Ministry of Defense" is the venue as written, owner and all."""
        places = default_gazetteer().find(
            SourceId("s"), "Carter met Nakatani at Japan’s Ministry of Defense."
        )
        assert [("venue", "Japan’s Ministry of Defense")] == [(p.kind, p.name) for p in places]

    def test_an_owner_before_an_adjective_stays_out(self) -> None:
        """ "in Beijing's cavernous Great Hall of the People": the hall, in Beijing."""
        places = default_gazetteer().find(
            SourceId("s"), "He spoke in Beijing's cavernous Great Hall of the People."
        )
        assert [("city", "Beijing"), ("venue", "Great Hall of the People")] == [
            (p.kind, p.name) for p in places
        ]

    @pytest.mark.parametrize(
        ("text", "venue"),
        [
            ("Kerry met Poroshenko at Celtic Manor on Thursday.", "Celtic Manor"),
            ("Pompeo met Cassis at Castle Grande in the afternoon.", "Castle Grande"),
            (
                "They signed it aboard Coast Guard Cutter Waesche on Monday.",
                "Coast Guard Cutter Waesche",
            ),
            ("The ministers met at Iowa State University on Monday.", "Iowa State University"),
            ("He welcomed her in the National Museum of Latvia.", "National Museum of Latvia"),
        ],
    )
    def test_more_venue_heads(self, text: str, venue: str) -> None:
        """A manor, a castle named first, a cutter, a university or museum met at."""
        places = default_gazetteer().find(SourceId("s"), text)
        assert [venue] == [p.name for p in places if p.kind == "venue"]

    def test_a_university_visited_names_no_venue(self) -> None:
        """ "toured Iowa State University" before talks held elsewhere: a sight, no venue."""
        places = default_gazetteer().find(SourceId("s"), "He toured Iowa State University.")
        assert [] == [p.name for p in places if p.kind == "venue"]


class TestBundledPlaces:
    def test_the_french_prime_minister_s_residence(self) -> None:
        """ "the Hôtel Matignon" is the Paris venue, also without its accent."""
        text = "They met at the Hotel Matignon."
        (venue,) = default_gazetteer().find(SOURCE, text)
        assert ("venue", "Hôtel Matignon", "Paris", 16) == (
            venue.kind,
            venue.name,
            venue.city,
            venue.evidence.start,
        )

    def test_athens_is_in_greece(self) -> None:
        """Athens is a Greek city, and "Greek" is Greece's adjective."""
        gazetteer = default_gazetteer()
        assert ("GR", "GR") == (
            gazetteer.country_of_city("Athens"),
            gazetteer.country_code("Greek"),
        )


class TestVenuesBySite:
    def test_camps_bases_and_forts_are_named_from_the_front(self) -> None:
        """ "at Camp Aguinaldo", "at Joint Base Lewis-McChord": the head comes first."""
        gazetteer = default_gazetteer()
        found = [
            [p.name for p in gazetteer.find(SourceId("s"), text) if p.kind == "venue"]
            for text in (
                "They met at Camp Aguinaldo in Quezon City.",
                "Talks at Joint Base Lewis-McChord ended.",
                "She spoke at the Naval Observatory on Monday.",
            )
        ]
        assert [["Camp Aguinaldo"], ["Joint Base Lewis-McChord"], ["Naval Observatory"]] == found


class TestVenueWords:
    def test_a_user_s_head_word_makes_venues_by_shape(self, tmp_path: Path) -> None:
        """A front head word in the user's file ("Rumah") makes "Rumah Bintang" a venue,
        where the bundled words alone find none."""
        extra = tmp_path / "places.toml"
        extra.write_text('[venue_words]\nfront_heads = ["Rumah"]\n', encoding="utf-8")
        text = "Widodo received Albanese at Rumah Bintang on Friday."
        venues = [
            [p.name for p in gazetteer.find(SOURCE, text) if p.kind == "venue"]
            for gazetteer in (default_gazetteer(), load_places(extra))
        ]
        assert [[], ["Rumah Bintang"]] == venues

    def test_the_bundled_words_stay_with_the_user_s(self, tmp_path: Path) -> None:
        """A user's venue words add to the bundled ones: "Camp David" is still a venue."""
        extra = tmp_path / "places.toml"
        extra.write_text('[venue_words]\nfront_heads = ["Istana"]\n', encoding="utf-8")
        assert "Camp David" == venue_line("Camp David", load_places(extra))

    def test_a_broken_word_names_the_file_and_list(self, tmp_path: Path) -> None:
        """A word outside the syntax is refused when the file is loaded, naming its list."""
        extra = tmp_path / "places.toml"
        extra.write_text('[venue_words]\ntail_heads = ["Hall(s"]\n', encoding="utf-8")
        with pytest.raises(DataFileError, match=r"venue_words\.tail_heads"):
            load_places(extra)


class TestVisitedVenues:
    @pytest.mark.parametrize(
        ("text", "venue"),
        [
            (
                "At a visit to the Royal Moroccan Armed Forces headquarters, Roe met the chief.",
                "Royal Moroccan Armed Forces headquarters",
            ),
            (
                "The deputy secretary visited the Canadian Parliament on Monday.",
                "Canadian Parliament",
            ),
        ],
    )
    def test_a_visited_place_is_a_venue(self, text: str, venue: str) -> None:
        """A named place visited ("a visit to the ... headquarters", "visited the Canadian
        Parliament") is a venue, its common noun or head word included."""
        found = default_gazetteer().find(SOURCE, text)
        assert [venue] == [p.name for p in found if p.kind == "venue"]


class TestRegions:
    def test_a_state_is_a_place_in_its_country(self) -> None:
        """ "visited Iowa" names a place in the US, with no city known."""
        found = default_gazetteer().find(SOURCE, "Osmani visited Iowa on Tuesday.")
        assert [("region", "Iowa", None, "US")] == [
            (p.kind, p.name, p.city, p.country) for p in found
        ]

    def test_a_state_naming_an_institution_is_no_place(self) -> None:
        """ "the Ohio National Guard" is the Guard's name, not where anyone is."""
        found = default_gazetteer().find(SOURCE, "He thanked the Ohio National Guard.")
        assert [] == [p.name for p in found]

    def test_a_state_s_name_holds_a_country_s(self) -> None:
        """ "New Jersey" is the state, not the Channel island of Jersey in it."""
        found = default_gazetteer().find(SOURCE, "The delegation flew to New Jersey.")
        assert [("New Jersey", "US")] == [(p.name, p.country) for p in found]

    def test_abbreviations_are_read_in_datelines_only(self) -> None:
        """ "Fla." gives a dateline its country; in running text it is no place."""
        from diplomatic_events.knowledge._places import region_country

        gazetteer = default_gazetteer()
        assert ("US", []) == (
            region_country(gazetteer, "FLA."),
            [p.name for p in gazetteer.find(SOURCE, "Miss. Jones met the Fla. team.")],
        )

    def test_a_user_s_region_is_found(self, tmp_path: Path) -> None:
        """A ``[[regions]]`` entry in the user's places file is a place in its country."""
        extra = tmp_path / "places.toml"
        extra.write_text('[[regions]]\nname = "Bavaria"\ncountry = "DE"\n', encoding="utf-8")
        found = load_places(extra).find(SOURCE, "Scholz returned to Bavaria.")
        assert [("region", "DE")] == [(p.kind, p.country) for p in found]

    def test_an_empty_region_name_names_the_file_and_entry(self, tmp_path: Path) -> None:
        """An empty name is refused when the file is loaded, naming the entry."""
        extra = tmp_path / "places.toml"
        extra.write_text('[[regions]]\nname = " "\ncountry = "DE"\n', encoding="utf-8")
        with pytest.raises(DataFileError, match=r"regions\[0\]"):
            load_places(extra)


class TestKnowledgeFilesOfPlaces:
    @pytest.mark.parametrize(
        ("name", "content", "text", "expected"),
        [
            (
                "venues.toml",
                '[venue_words]\nfront_heads = ["Rumah"]\n',
                "Widodo received Albanese at Rumah Bintang on Friday.",
                [("venue", "Rumah Bintang")],
            ),
            (
                "regions.toml",
                '[[regions]]\nname = "Bavaria"\ncountry = "DE"\n',
                "Scholz returned to Bavaria.",
                [("region", "Bavaria")],
            ),
        ],
    )
    def test_a_knowledge_file_of_one_places_list_extends_the_places(
        self, tmp_path: Path, name: str, content: str, text: str, expected: list[tuple[str, str]]
    ) -> None:
        """A file passed to ``load_knowledge`` with only ``[venue_words]`` or only
        ``[[regions]]`` is a places file."""
        from diplomatic_events.knowledge import load_knowledge

        extra = tmp_path / name
        extra.write_text(content, encoding="utf-8")
        found = load_knowledge(extra).places.find(SOURCE, text)
        assert expected == [(p.kind, p.name) for p in found if p.kind in ("venue", "region")]
