"""The places files: the bundled ``places.toml``, ``countries.toml`` and ``cities.toml`` and
a user's own, read, checked and joined into one :class:`~._places.Gazetteer`.
"""

from __future__ import annotations

import functools
from pathlib import Path

import attrs
from attrs import field, frozen

from diplomatic_events.exceptions import DataFileError, shorten
from diplomatic_events.knowledge._files import read_data_files
from diplomatic_events.knowledge._place_kinds import (
    BUNDLED_PLACES,
    City,
    Country,
    Region,
    Venue,
    VenueWords,
    _known_zone,
)
from diplomatic_events.knowledge._places import Gazetteer

__all__ = ["bundled_countries", "default_gazetteer", "load_places", "read_countries"]


@frozen(kw_only=True)
class _PlacesFile:
    countries: tuple[Country, ...] = ()
    cities: tuple[City, ...] = ()
    regions: tuple[Region, ...] = ()
    venues: tuple[Venue, ...] = ()
    zones: dict[str, str] = field(factory=dict)
    venue_words: VenueWords = field(factory=VenueWords)


def _bundled_part(name: str) -> _PlacesFile:
    where, part = read_data_files(name, (), _PlacesFile)[0]
    _check_places(where, part)
    return part


@functools.cache
def bundled_countries() -> tuple[Country, ...]:
    """Every country the bundled files know: ``places.toml``'s entries, then
    ``countries.toml``'s, one per code (a hand entry replaces the generated one)."""
    seen: set[str] = set()
    found: list[Country] = []
    for name in BUNDLED_PLACES[:2]:
        for country in _bundled_part(name).countries:
            if country.code not in seen:
                seen.add(country.code)
                found.append(country)
    return tuple(found)


def read_countries(*files: Path) -> tuple[Country, ...]:
    """The ``[[countries]]`` entries of the user's places files, in file order.

    Raises:
        DataFileError: a file is not valid TOML, has an unknown key or an unknown time zone.
    """
    return tuple(
        country
        for _, part in read_data_files("places.toml", files, _PlacesFile)[1:]
        for country in part.countries
    )


def _check_places(where: str, part: _PlacesFile) -> None:
    """Every zone word names a real zone, every name is non-empty; else the file and entry."""
    for word, zone in part.zones.items():
        if not word.strip():
            raise DataFileError(f"{where}: zones: an empty zone word")
        try:
            _known_zone(None, None, zone)
        except DataFileError as error:
            raise DataFileError(f"{where}: zones.{word!r}: {error}") from None
    named: list[tuple[str, tuple[str, ...]]] = [
        *(
            (f"countries[{i}]", (c.code, *c.names, *c.adjectives))
            for i, c in enumerate(part.countries)
        ),
        *((f"cities[{i}]", (c.name, c.country, *c.aliases)) for i, c in enumerate(part.cities)),
        *(
            (f"regions[{i}]", (r.name, r.country, *r.aliases, *r.abbreviations))
            for i, r in enumerate(part.regions)
        ),
        *((f"venues[{i}]", (v.name, *v.aliases)) for i, v in enumerate(part.venues)),
    ]
    for entry, names in named:
        if not all(name.strip() for name in names):
            raise DataFileError(f"{where}: {entry}: names must not be empty")
    from diplomatic_events.knowledge._topics import word_pattern

    for kind in attrs.fields(VenueWords):
        for word in getattr(part.venue_words, kind.name):
            try:
                word_pattern(word)
            except ValueError as error:
                raise DataFileError(
                    f"{where}: venue_words.{kind.name}: {shorten(repr(word), 100)}: {error}"
                ) from None


def load_places(*extra_files: Path) -> Gazetteer:
    """The bundled places plus the user's files (their entries come first, so they win).

    The bundled places are the hand entries of ``places.toml`` (venues, zone words, cities,
    regions),
    then every country of ``countries.toml`` and the capitals and large cities of
    ``cities.toml``, which a hand entry of the same country code or city name replaces.

    Raises:
        DataFileError: a file is not valid TOML, has an unknown key, an empty name, or an
            unknown time zone (a city's or a zone word's); the message names the file and
            the entry.

    .. versionadded:: 0.1.0
    """
    # The first matching entry wins when places are looked up, so user files go first.
    files = read_data_files("places.toml", extra_files, _PlacesFile)
    for where, part in files:
        _check_places(where, part)
    users = [part for _, part in files[1:]]
    hand = files[0][1]
    hand_cities = {n for c in hand.cities for n in (c.name, *c.aliases)}
    generated = _bundled_part(BUNDLED_PLACES[2])
    bundled = _PlacesFile(
        countries=bundled_countries(),
        cities=(
            *hand.cities,
            *(c for c in generated.cities if not hand_cities.intersection((c.name, *c.aliases))),
        ),
        regions=hand.regions,
        venues=hand.venues,
        zones=hand.zones,
    )
    parts = [*reversed(users), bundled]
    zones: dict[str, str] = {}
    venue_words = hand.venue_words
    for part in reversed(parts):
        zones.update(part.zones)
    for part in users:
        venue_words = venue_words.joined(part.venue_words)
    return Gazetteer(
        countries=tuple(c for part in parts for c in part.countries),
        cities=tuple(c for part in parts for c in part.cities),
        regions=tuple(r for part in parts for r in part.regions),
        venues=tuple(v for part in parts for v in part.venues),
        zones=zones,
        venue_words=venue_words,
    )


@functools.cache
def default_gazetteer() -> Gazetteer:
    """The bundled places, read once."""
    return load_places()
