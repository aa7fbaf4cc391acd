"""Countries, cities (with time zones) and venues: where a meeting took place.

The vocabulary is data: every country in ``knowledge/data/countries.toml``, capitals and
large cities in ``cities.toml`` (both generated from ISO 3166-1 and GeoNames by
``_world_build``), and the hand entries of ``places.toml`` (venues, zone words, and cities
that win over the generated ones). A general pattern also catches venues the files do not
list ("at the Hyatt Regency Hotel", "inside the Palace of Peace").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from typing import TypeVar

from attrs import field, frozen

from diplomatic_events.knowledge._literal_index import LiteralIndex
from diplomatic_events.knowledge._place_kinds import (
    BUNDLED_PLACES,
    City,
    Country,
    PlaceMention,
    Region,
    Venue,
    VenueWords,
)
from diplomatic_events.knowledge._prefilter import guarded
from diplomatic_events.knowledge._spans import Spans
from diplomatic_events.knowledge._text_cache import TextCache
from diplomatic_events.model import Span
from diplomatic_events.typing import SourceId

__all__ = [
    "BUNDLED_PLACES",
    "City",
    "Country",
    "Gazetteer",
    "PlaceMention",
    "Region",
    "Venue",
    "VenueWords",
]
_E = TypeVar("_E", Venue, City, Region, Country)

_CAP = (
    r"(?:[A-Z][\w'’.-]*|\d{1,3}(?:st|nd|rd|th)"
    r"|of|the|de|al|el|bin|ibn|du|la|del|di|and(?!\s+the\b))"
)
"""A word inside a venue's name, an ordinal too ("the U.S. 6th Fleet Headquarters"); "and
the" starts a second venue ("the Oval Office and the Cabinet Room")."""
_SALON = r"Salon\s+(?:(?:des|du|de\s+la|de\s+l['’])\s*)?[A-Z][\w'’-]*"
"""A French palace's reception room, named after the head ("the Salon des Portraits",
"the Salon Murat")."""


@frozen(kw_only=True)
class _VenuePatterns:
    """The patterns a gazetteer's venue words make (built once per set of words)."""

    general: re.Pattern[str]
    """A venue after a preposition or a visit ("at the Ritz-Carlton Hotel")."""
    shape: re.Pattern[str]
    """A venue's name by its shape alone, for a line that is nothing else."""
    common_noun: re.Pattern[str]
    """A named place with a common noun after it ("at the Bocharov Ruchei residence")."""
    described: re.Pattern[str]
    """A place described by an adjective and a common noun alone ("at the presidential
    palace", "at the defense ministry"), the one of that kind the story is in."""
    head: re.Pattern[str]
    """One of the head nouns a venue's name ends with ("Building", "Garden"), for
    ``fullmatch`` on a word."""
    sight_head: re.Pattern[str] | None
    """A sight's head noun ending a venue's name ("... Memorial"), or none: such a venue is
    where something happened only after "at", "in" or "inside"."""


@functools.lru_cache(maxsize=16)
def _venue_patterns(words: VenueWords) -> _VenuePatterns:
    from diplomatic_events.knowledge._grammar import phrase_pattern

    tail = phrase_pattern(frozenset(words.tail_heads))
    front = phrase_pattern(frozenset(words.front_heads))
    institution = phrase_pattern(frozenset(words.institution_heads))
    nouns = phrase_pattern(frozenset(words.common_nouns))
    adjectives = phrase_pattern(frozenset(words.common_adjectives))
    # a head word in front ("Camp Aguinaldo") or at the end ("Taj Palace Hotel")
    # not the sentence's full stop after the last word ("at Naval Support Activity Bahrain.")
    front_headed = (
        rf"(?:{front})[ \u00a0]+[A-Z][\w'’.-]*(?:[ \u00a0]+{_NOT_A_DATE}[A-Z][\w'’.-]*)*"
        r"(?<![.](?=\s|$))"
    )
    # a head in the plural too ("Parliament Buildings"), and only as a whole word ("Base",
    # never the start of "Baseball")
    tail_headed = rf"[A-Z][\w'’.-]*(?:\s+{_CAP})*\s+(?:{tail})s?(?!\w)"
    prose_words = frozenset((*words.prose_tail_heads, *words.sight_tail_heads))
    prose_tail = phrase_pattern(prose_words) if prose_words else None
    sight_tail = (
        phrase_pattern(frozenset(words.sight_tail_heads)) if words.sight_tail_heads else None
    )
    prose_headed = (
        tail_headed
        if prose_tail is None
        else rf"[A-Z][\w'’.-]*(?:\s+{_CAP})*\s+(?:{tail}|{prose_tail})s?(?!\w)"
    )
    # "here at the beautiful National Arts Center": one word in lower case after "the"
    general = re.compile(
        rf"\b(?P<prep>[Aa]t|[Ii]n|[Ii]nside|[Oo]utside|[Aa]board|[Oo]nboard|to|visit(?:ed|ing|s)?|toured)\s+(?:the\s+(?:[a-z]+\s+(?=[A-Z]))?|(?:[A-Z]\w+|\w+’s|\w+'s)\s+(?:cavernous\s+|grand\s+))?"
        # the owner written before it is part of the venue's name as written ("Japan’s
        # Ministry of Defense"); "Beijing's cavernous Great Hall" keeps the owner out
        rf"(?P<venue>(?:[A-Z][\w.-]*(?:’s|'s)\s+)?(?:{front_headed}"
        rf"|{prose_headed}"
        rf"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?"
        rf"|(?:{institution})\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
        rf"|{_SALON}))"
    )
    # "Ministry of Foreign Affairs (of Kazakhstan)" on a line of its own, as a transcript's
    # heading gives where it was said
    line_heads = phrase_pattern(frozenset(words.line_heads)) if words.line_heads else None
    institution_headed = (
        rf"(?:{line_heads})(?:[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?[A-Z][\w'’-]*"
        rf"(?:[ \u00a0]+[A-Z][\w'’-]*)*)+"
    )
    by_line = f"|{institution_headed}" if line_heads is not None else ""
    shape = re.compile(rf"(?:the[ \u00a0]+)?(?P<venue>{front_headed}|{tail_headed}{by_line})")
    common_noun = re.compile(
        r"\b(?P<prep>[Aa]t|[Ii]n|[Ii]nside|visit(?:ed|ing|s)?(?:\s+to)?|toured)\s+(?:the\s+)?(?P<venue>(?P<name>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|\d{1,3}(?:st|nd|rd|th))){0,4})"
        rf"(?:\s+(?:{adjectives}))?"
        rf"\s+(?:{nouns}))\b"
    )
    # "at the presidential palace"; "at the prime minister's office": an office holder's
    # place, in lower case, its owner written as a possessive
    described = re.compile(
        rf"\b(?P<prep>[Aa]t|[Ii]nside)\s+(?P<venue>the\s+(?:(?:{adjectives})"
        rf"|(?:[a-z]+\s+)?[a-z]+['’]s)\s+(?:{nouns}|office))\b(?![’'-])"
    )
    # the patterns searched over windows are guarded: a look-ahead for the characters a
    # match can start with (one of the prepositions), so most positions fail on one test
    return _VenuePatterns(
        general=guarded(general),
        shape=shape,
        common_noun=guarded(common_noun),
        described=guarded(described),
        head=re.compile(f"(?:{tail})s?"),
        sight_head=None if sight_tail is None else re.compile(rf"\s(?:{sight_tail})$"),
    )


def venue_head(gazetteer: Gazetteer) -> re.Pattern[str]:
    """The head nouns a venue's name ends with (``tail_heads``), for ``fullmatch`` on a
    word: where a venue's name written on after a known one stops."""
    return _venue_patterns(gazetteer.venue_words).head


def venue_line(line: str, gazetteer: Gazetteer | None = None) -> str | None:
    """The venue a line names when the line is only a venue's name by its shape."""
    from diplomatic_events.knowledge._place_files import default_gazetteer

    words = (gazetteer or default_gazetteer()).venue_words
    match = _venue_patterns(words).shape.fullmatch(line.strip())
    return None if match is None else match["venue"]


_WHERE = re.compile(r",?\s+where\b")
WELCOMED_BEFORE = r"\b(?:welcom\w*|host\w*|receiv\w*|visits?)\s+(?:[\w’'.,-]+\s+){0,20}?"
"""A welcome, a reception or a visit and up to twenty words (the guest) before "to" a place:
the guest is there. Shared with the meeting finder's locative test."""
WELCOMED_REACH = 200
"""How far before "to" a welcome is looked for."""
_WELCOMED = re.compile(rf"{WELCOMED_BEFORE}$", re.IGNORECASE)


@frozen(kw_only=True)
class Gazetteer:
    """The places a parse can recognise, and the zone words of clock times."""

    countries: tuple[Country, ...] = ()
    cities: tuple[City, ...] = ()
    venues: tuple[Venue, ...] = ()
    zones: dict[str, str] = field(factory=dict)
    venue_words: VenueWords = field(factory=VenueWords)
    """The words that make venues no file lists by their shape."""
    regions: tuple[Region, ...] = ()
    """Parts of countries by name (US states): a place in that country with no city."""

    def city(self, name: str) -> City | None:
        """The city with this name or alias."""
        return _lookups(self).cities.get(name)

    def timezone(self, city: str | None) -> str | None:
        """The IANA zone of a known city."""
        found = None if city is None else self.city(city)
        return None if found is None else found.timezone

    def venue_city(self, venue: str) -> str | None:
        """The city of a known venue."""
        found = next((v for v in self.venues if venue in (v.name, *v.aliases)), None)
        return None if found is None else found.city

    def country_of_city(self, city: str | None) -> str | None:
        """The country code of a known city."""
        found = None if city is None else self.city(city)
        return None if found is None else found.country

    def country_code(self, words: str) -> str | None:
        """The code of the country these words name ("China", "Chinese", "U.S.")."""
        for country in self.countries:
            if words in country.names or words in country.adjectives or words == country.code:
                return country.code
        return None

    def find(
        self, source: SourceId, text: str, start: int = 0, end: int | None = None
    ) -> tuple[PlaceMention, ...]:
        """Venues, cities, regions and countries named in ``text[start:end]``, in text order.

        A venue found by the general pattern ("at the Ritz-Carlton Hotel") counts even when
        the data file does not list it; its city is then unknown.
        """
        end = len(text) if end is None else end
        held: tuple[Gazetteer, dict[tuple[int, int], tuple[PlaceMention, ...]]] = _FOUND.get(
            f"{id(self)}:{source}", text, lambda: (self, {})
        )
        owner, windows = held
        if owner is not self:  # another gazetteer, since gone, had this one's id
            windows = {}
        found = windows.get((start, end))
        if found is None:
            found = windows[(start, end)] = _find(self, source, text, start, end)
        return found


_FOUND = TextCache(size=64, characters=1 << 23)
"""The places of each window of the last 64 texts, per gazetteer and source: the visit,
meeting, event and position passes read the same sentences (the gazetteer is kept with
them, so its id is not another's). A text's windows go together, not 4,096 windows of every
text at once; keeping those of every text for the assembly would cost 20 MiB on 5 MB."""


def _find(
    gazetteer: Gazetteer, source: SourceId, text: str, start: int, end: int
) -> tuple[PlaceMention, ...]:
    index, texts = _names_index(gazetteer)
    found: list[PlaceMention] = []
    taken = Spans()

    def free(a: int, b: int) -> bool:
        return not taken.overlaps(a, b)

    # Per text, the entries whose names the text holds at all, in the data's order.
    venues, cities, regions, countries = texts.get(
        "held", text, lambda: _held(gazetteer, index, text)
    )

    window = index.in_window(text, start, end)

    def named(entries: list[tuple[_E, str]]) -> Iterator[tuple[_E, int, int]]:
        """Each entry's names found in the window, entries and names in the data's order."""
        for entry, name in entries:
            if window is not None and name not in window:
                continue  # not in this window at all
            for a, b in index.finditer(name, text, start, end):
                yield entry, a, b

    def claim(
        a: int,
        b: int,
        kind: str,
        name: str,
        city: str | None = None,
        country: str | None = None,
        within: str | None = None,
    ) -> None:
        """A place at ``[a, b)`` unless an earlier (more specific) one holds that text."""
        if free(a, b):
            taken.add(a, b)
            evidence = Span.of(source, text, a, b)
            found.append(
                PlaceMention(
                    kind=kind,
                    name=name,
                    evidence=evidence,
                    city=city,
                    country=country,
                    within=within,
                )
            )

    for venue, a, b in named(venues):
        country = gazetteer.country_of_city(venue.city)
        claim(a, b, "venue", venue.name, venue.city, country, venue.within)
    patterns = _venue_patterns(gazetteer.venue_words)
    for match in patterns.general.finditer(text, start, end):
        a, b = match.span("venue")
        if (
            match["prep"] == "to"
            and _WHERE.match(text, b) is None
            and _WELCOMED.search(text, max(start, match.start() - WELCOMED_REACH), match.start())
            is None
        ):
            # "to" a place names where it happened only before ", where ..." or after a
            # welcome ("welcome Secretary Hegseth to the Ministry of Defense")
            continue
        if (
            match["prep"].casefold() not in _AT_OR_IN
            and patterns.sight_head is not None
            and patterns.sight_head.search(match["venue"]) is not None
        ):
            # "visited the National War Memorial" before meetings held elsewhere: a sight
            # names where something happened only after "at" or "in"
            continue
        claim(a, b, "venue", match["venue"])
    for match in patterns.common_noun.finditer(text, start, end):
        a, b = match.span("venue")
        if gazetteer.city(match["name"]) is None:
            claim(a, b, "venue", match["venue"])
    for match in patterns.described.finditer(text, start, end):
        claim(*match.span("venue"), "venue", match["venue"])
    for city, a, b in named(cities):
        claim(a, b, "city", city.name, city.name, city.country)
    # after the cities ("Kansas City"), before the countries ("New Jersey", not Jersey)
    for region, a, b in named(regions):
        if _NAME_GOES_ON.match(text, b) is None:
            claim(a, b, "region", region.name, None, region.country)
    for country, a, b in named(countries):
        claim(a, b, "country", country.code, None, country.code)
    return tuple(sorted(found, key=lambda place: place.evidence.start))


_Held = tuple[
    list[tuple[Venue, str]],
    list[tuple[City, str]],
    list[tuple[Region, str]],
    list[tuple[Country, str]],
]


_NAME_GOES_ON = re.compile(
    r"[ \u00a0]+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
    r"[a-z]*\b)[A-Z]"
)
"""A capitalised word after a region's name, other than a month or weekday: the region
names an institution there ("the Ohio National Guard", "Iowa State University"), not
where anyone is."""


def _held(gazetteer: Gazetteer, index: LiteralIndex, text: str) -> _Held:
    """The venues, cities, regions and countries with each of their names ``text`` holds,
    in the data's order (entries, then each entry's names): looked up from the names the
    text holds, not by a pass over every name of the gazetteer."""
    places = _places_by_name(gazetteer)
    found = sorted(place for name in index.present(text) for place in places.get(name, ()))
    venues = [(gazetteer.venues[entry], name) for kind, entry, _, name in found if kind == 0]
    cities = [(gazetteer.cities[entry], name) for kind, entry, _, name in found if kind == 1]
    regions = [(gazetteer.regions[entry], name) for kind, entry, _, name in found if kind == 2]
    countries = [(gazetteer.countries[entry], name) for kind, entry, _, name in found if kind == 3]
    return venues, cities, regions, countries


_Place = tuple[int, int, int, str]
"""Where a name is in the data: venues 0, cities 1, regions 2, countries 3; the entry's
number; the name's number among the entry's names; the name."""
_PLACES: dict[int, tuple[Gazetteer, dict[str, list[_Place]]]] = {}


def _places_by_name(gazetteer: Gazetteer) -> dict[str, list[_Place]]:
    """Every name of the gazetteer with where the data gives it (built once per gazetteer)."""
    held = _PLACES.get(id(gazetteer))
    if held is not None and held[0] is gazetteer:
        return held[1]
    places: dict[str, list[_Place]] = {}
    kinds: tuple[Iterable[tuple[str, ...]], ...] = (
        ((v.name, *v.aliases) for v in gazetteer.venues),
        ((c.name, *c.aliases) for c in gazetteer.cities),
        ((r.name, *r.aliases) for r in gazetteer.regions),
        (c.names for c in gazetteer.countries),
    )
    for kind, entries in enumerate(kinds):
        for entry, names in enumerate(entries):
            for number, name in enumerate(names):
                places.setdefault(name, []).append((kind, entry, number, name))
    if len(_PLACES) > 16:
        _PLACES.clear()
    _PLACES[id(gazetteer)] = (gazetteer, places)
    return places


_INDEXES: dict[int, tuple[Gazetteer, LiteralIndex, TextCache]] = {}


@frozen(kw_only=True)
class _Lookups:
    """A gazetteer's cities by name and alias, and its cities and countries by folded name;
    where two share a name, the first listed (as a pass over the lists finds it)."""

    cities: dict[str, City]
    folded_cities: dict[str, str]
    folded_countries: dict[str, str]
    folded_regions: dict[str, str]
    """A region's country code by its folded name."""


_LOOKUPS: dict[int, tuple[Gazetteer, _Lookups]] = {}


def city_named(gazetteer: Gazetteer, words: str) -> str | None:
    """The name of the city these words name, in any letter case ("BEIJING")."""
    return _lookups(gazetteer).folded_cities.get(words.casefold())


def region_country(gazetteer: Gazetteer, words: str) -> str | None:
    """The code of the country of the region these words name ("IOWA" -> "US")."""
    return _lookups(gazetteer).folded_regions.get(" ".join(words.split()).casefold())


def country_named(gazetteer: Gazetteer, words: str) -> str | None:
    """The code of the country these words name, in any letter case ("RUSSIA"), their runs
    of white space read as one space."""
    return _lookups(gazetteer).folded_countries.get(" ".join(words.split()).casefold())


def _lookups(gazetteer: Gazetteer) -> _Lookups:
    entry = _LOOKUPS.get(id(gazetteer))
    if entry is None or entry[0] is not gazetteer:
        cities: dict[str, City] = {}
        folded_cities: dict[str, str] = {}
        folded_countries: dict[str, str] = {}
        for city in gazetteer.cities:
            for name in (city.name, *city.aliases):
                cities.setdefault(name, city)
                folded_cities.setdefault(name.casefold(), city.name)
        for country in gazetteer.countries:
            for name in country.names:
                folded_countries.setdefault(name.casefold(), country.code)
        folded_regions = {
            name.casefold(): region.country
            for region in reversed(gazetteer.regions)
            for name in (region.name, *region.aliases, *region.abbreviations)
        }
        entry = (
            gazetteer,
            _Lookups(
                cities=cities,
                folded_cities=folded_cities,
                folded_countries=folded_countries,
                folded_regions=folded_regions,
            ),
        )
        if len(_LOOKUPS) > 16:
            _LOOKUPS.clear()
        _LOOKUPS[id(gazetteer)] = entry
    return entry[1]


def _names_index(gazetteer: Gazetteer) -> tuple[LiteralIndex, TextCache]:
    """One index of every place name per gazetteer, built on first use, and what it found
    in recent texts."""
    entry = _INDEXES.get(id(gazetteer))
    if entry is None or entry[0] is not gazetteer:
        names = [
            *(name for venue in gazetteer.venues for name in (venue.name, *venue.aliases)),
            *(name for city in gazetteer.cities for name in (city.name, *city.aliases)),
            *(name for region in gazetteer.regions for name in (region.name, *region.aliases)),
            *(name for country in gazetteer.countries for name in country.names),
        ]
        entry = (
            gazetteer,
            LiteralIndex(names, left=r"[\w.]"),
            TextCache(size=512, characters=1 << 23),
        )
        if len(_INDEXES) > 16:
            _INDEXES.clear()
        _INDEXES[id(gazetteer)] = entry
    return entry[1], entry[2]


_AT_OR_IN = frozenset({"at", "in", "inside", "aboard", "onboard"})
"""The prepositions after which a prose-only head ends a venue's name."""
_NOT_A_DATE = (
    r"(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
    r"[a-z]*\b)"
)
"""Not a month's or a weekday's word, which ends a venue's name ("Fort Indiantown Gap Aug.
11")."""
