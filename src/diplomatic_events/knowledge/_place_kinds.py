"""The places a gazetteer holds: countries, cities (with their time zones), regions, venues,
the words a venue's name is made of, and a place named in a text.

Apart from the finder (:mod:`._places`) and the files (:mod:`._place_files`) so each reads
on its own; every name is re-exported by :mod:`._places`.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import attrs
from attrs import field, frozen

from diplomatic_events.exceptions import DataFileError, shorten
from diplomatic_events.model import Span

__all__ = [
    "BUNDLED_PLACES",
    "City",
    "Country",
    "PlaceMention",
    "Region",
    "Venue",
    "VenueWords",
]

BUNDLED_PLACES = ("places.toml", "countries.toml", "cities.toml")
"""The bundled places files, in the order their entries are looked up."""


@frozen(kw_only=True)
class Country:
    """A country: ISO code, names (including capitals used for the government) and adjectives.

    The first name is the country's label ("US", "China"); ``seats`` are words for its
    government that the attribution reads as the country ("Moncloa said") but the places
    do not (so "sources in Moncloa" keep the seat as their affiliation);
    ``family_name_first`` says whether its people put the family name first ("Xi Jinping"
    is called "Xi").
    """

    code: str
    names: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    capital: str | None = None
    seats: tuple[str, ...] = ()
    family_name_first: bool = False


def _known_zone(_instance: object, _attribute: object, value: str) -> None:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise DataFileError(f"unknown time zone {shorten(repr(value), 100)}") from None


@frozen(kw_only=True)
class City:
    """A city with its country code and IANA time zone."""

    name: str
    country: str
    timezone: str = field(validator=_known_zone)
    aliases: tuple[str, ...] = ()


@frozen(kw_only=True)
class Region:
    """A country's part by name (a US state, a province): a story placed there ("visited
    the Iowa National Guard", "JOHNSTON, Iowa") is in that country, with no city known."""

    name: str
    country: str
    aliases: tuple[str, ...] = ()
    abbreviations: tuple[str, ...] = ()
    """Short forms read only in datelines ("N.C."): in running text they are other words."""


@frozen(kw_only=True)
class Venue:
    """A named building or site where meetings are held, in a known city."""

    name: str
    city: str | None = None
    aliases: tuple[str, ...] = ()
    within: str | None = None
    """The larger venue this one is part of ("White House" for the Oval Office): a meeting
    there is told as "Oval Office, White House", so accounts naming either agree."""


@frozen(kw_only=True, cache_hash=True)
class VenueWords:
    """The words that make a venue's name by its shape, for venues no file lists, each in
    the topic words' syntax and matched as written (case-sensitively).

    ``tail_heads`` end a name ("Taj Palace Hotel", "Great Hall"); ``front_heads`` open one
    ("Camp Aguinaldo", "Palais Coburg"); ``institution_heads`` open one with "of" ("the
    Ministry of Commerce"); ``common_nouns`` follow a capitalised name in lower case ("the
    Bocharov Ruchei residence"), after one of the ``common_adjectives`` or none ("La Moneda
    presidential palace"); ``line_heads`` open one with "of" on a line of its own, as a
    transcript's heading gives where it was said ("Ministry of Foreign Affairs"; not "Office
    of the Spokesperson", which issued it); ``prose_tail_heads`` end a name only after "at"
    or "in" in a sentence ("at the Justice Department", "at the Fifth Regiment Armory"),
    never on a line of its own (a site's menu has "Defense Department"); ``sight_tail_heads``
    likewise, and only after "at", "in" or "inside" (a memorial is visited before meetings
    held elsewhere: "visited the National War Memorial").
    """

    tail_heads: tuple[str, ...] = ()
    prose_tail_heads: tuple[str, ...] = ()
    sight_tail_heads: tuple[str, ...] = ()
    front_heads: tuple[str, ...] = ()
    institution_heads: tuple[str, ...] = ()
    common_nouns: tuple[str, ...] = ()
    common_adjectives: tuple[str, ...] = ()
    line_heads: tuple[str, ...] = ()

    def joined(self, other: VenueWords) -> VenueWords:
        """These words and ``other``'s, each list without repeats, in order."""
        return VenueWords(
            **{
                name: tuple(dict.fromkeys((*getattr(self, name), *getattr(other, name))))
                for name in attrs.fields_dict(VenueWords)
            }
        )


@frozen(kw_only=True)
class PlaceMention:
    """A place named in the text: ``kind`` is ``"venue"``, ``"city"``, ``"region"`` or
    ``"country"``."""

    kind: str
    name: str
    """The canonical name (a venue's or city's) or the country code."""
    evidence: Span
    city: str | None = None
    country: str | None = None
    within: str | None = None
    """The larger venue a listed venue is part of (:attr:`Venue.within`)."""

    @property
    def full_name(self) -> str:
        """The name with the venue it is part of: "Oval Office, White House"."""
        return self.name if self.within is None else f"{self.name}, {self.within}"
