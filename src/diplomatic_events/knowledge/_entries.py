"""The schema of the knowledge files: the entries a TOML file of actors, roles, countries and
descriptions holds (:class:`KnowledgeFile`), the bundled files' names and the entry-point
group of installed packs.

Apart from :mod:`._actors`, which holds the knowledge base built from them: these are what
a file says, validated as it is read, before anything is merged.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from attrs import field, frozen

from diplomatic_events.exceptions import DataFileError
from diplomatic_events.knowledge._places import Country
from diplomatic_events.model import ActorKind, PartialDate

__all__ = [
    "ActorEntry",
    "CountryEntry",
    "DescriptionEntry",
    "KnowledgeFile",
]


ENTRY_POINT_GROUP = "diplomatic_events.knowledge"
BUNDLED = ("actors.toml", "leaders.toml", "descriptions.toml", "attribution.toml")


def _filled(_instance: object, attribute: Any, value: Any) -> None:
    """Refuse an empty or blank name, id or title (it would match everywhere)."""
    if value is not None and not value.strip():
        raise DataFileError(f"{attribute.name} must not be empty")


def _all_filled(_instance: object, attribute: Any, value: tuple[str, ...]) -> None:
    """Refuse an empty or blank item in a list of names or words."""
    for number, item in enumerate(value):
        if not item.strip():
            raise DataFileError(f"{attribute.name}[{number}] must not be empty")


@frozen(kw_only=True)
class RoleEntry:
    """A role as written in a data file."""

    title: str = field(validator=_filled)
    organization: str | None = None
    start: PartialDate | None = None
    end: PartialDate | None = None


@frozen(kw_only=True)
class ActorEntry:
    """One ``[[actors]]`` table of a knowledge file.

    ``family_name_first`` overrides the country's naming custom ("Xi Jinping" is called
    "Xi"); ``surname`` overrides both.
    """

    id: str = field(validator=_filled)
    name: str = field(validator=_filled)
    kind: ActorKind = ActorKind.PERSON
    aliases: tuple[str, ...] = field(default=(), validator=_all_filled)
    country: str | None = None
    gender: str | None = None
    surname: str | None = field(default=None, validator=_filled)
    family_name_first: bool | None = None
    roles: tuple[RoleEntry, ...] = ()


@frozen(kw_only=True)
class CountryEntry:
    """How the coverage names one country: ``["China", "Chinese", "Beijing"]``."""

    names: tuple[str, ...] = field(default=(), validator=_all_filled)
    family_name_first: bool = False

    @classmethod
    def of(cls, country: Country) -> CountryEntry:
        """The words of a places entry: its label, its adjectives, its other names, then its
        seats ("US", "American", "U.S.", "United States", ..., "Washington")."""
        words = (*country.names[:1], *country.adjectives, *country.names[1:], *country.seats)
        return cls(names=tuple(dict.fromkeys(words)), family_name_first=country.family_name_first)


def _country_file(countries: Iterable[Country]) -> KnowledgeFile:
    """The country words of places entries as a knowledge file (one entry per code)."""
    return KnowledgeFile(countries={c.code: CountryEntry.of(c) for c in countries})


@frozen(kw_only=True)
class DescriptionEntry:
    """A phrase that names whoever holds a title ("top diplomat" -> Secretary of State).

    Without ``country`` the phrase needs a country word ("the Chinese leader"); with it,
    the phrase applies to that country, with or without the word.
    """

    words: tuple[str, ...] = field(validator=_all_filled)
    titles: tuple[str, ...] = field(validator=_all_filled)
    country: str | None = None


@frozen(kw_only=True)
class KnowledgeFile:
    """The whole of one knowledge data file."""

    actors: tuple[ActorEntry, ...] = ()
    countries: dict[str, CountryEntry] = field(factory=dict)
    descriptions: tuple[DescriptionEntry, ...] = ()
    titles: tuple[str, ...] = field(default=(), validator=_all_filled)
    """Titles that introduce a person's name ("Vice Premier", "spokeswoman")."""
    cues: tuple[str, ...] = field(default=(), validator=_all_filled)
    """Words that report speech ("said", "told reporters", "according to")."""
    occasions: tuple[str, ...] = field(default=(), validator=_all_filled)
    """Phrases naming where something was said ("news conference", "readout")."""
    designations: tuple[str, ...] = field(default=(), validator=_all_filled)
    """Nouns that name a relationship or an agreement ("partnership", "declaration"): words
    in marks before or ending in one name the thing rather than report speech."""
    title_words: tuple[str, ...] = ()
    """Ranks and office words that stand in a title before a name ("Sgt", "Defense")."""
    not_name_words: tuple[str, ...] = ()
    """Capitalised words never in a person's name ("Agreement", "USS")."""
