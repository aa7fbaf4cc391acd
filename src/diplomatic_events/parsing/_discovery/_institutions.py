"""Institutions that speak: named bodies, state offices and bare presidencies."""

from __future__ import annotations

import re

from diplomatic_events.knowledge import KnowledgeBase, slug
from diplomatic_events.knowledge._actors import UPPER
from diplomatic_events.knowledge._alternation import alternation
from diplomatic_events.model import Actor, ActorKind

# Small words inside the names of bodies, in the languages coverage quotes them in
# ("Collectif Droits et Libertés Inde", "Ligue des droits de l'Homme").
_BODY_JOINERS = r"(?:of|for|and|on|the|et|de|du|des|la|le|l['’]|der|und|für|y|del|da|do|dos)"


def _named_body(cues: str) -> re.Pattern[str]:
    """ "The Collectif Droits et Libertés Inde, which organised the rally, said": a body
    named in full, "which" (not "who") after it, then a cue."""
    return re.compile(
        rf"(?<![\w-])[Tt]he[ \u00a0]+(?P<name>{UPPER}[\w’'-]+"
        rf"(?:[ \u00a0]+(?:{_BODY_JOINERS}|{UPPER}[\w’'-]+)){{1,7}}),[ \u00a0]+which\b"
        rf"[^.;:\n\"“”]{{1,160}}?,[ \u00a0]+(?:{cues})\b"
    )


def _plausible_body(name: str, knowledge: KnowledgeBase) -> bool:
    """A body's name ends in a capitalised word and is no place the gazetteer knows."""
    places = knowledge.places
    last = name.split(" ")[-1]
    return (
        last[:1].isupper()
        and places.city(name) is None
        and places.venue_city(name) is None
        and places.country_code(name) is None
    )


# The offices every government has, as coverage names them, and the canonical name each
# gets after the country's adjective ("Indonesian Ministry of Foreign Affairs").
_STATE_OFFICES: tuple[tuple[str, str], ...] = (
    (
        r"[Pp]residency(?:['’]s)?[ \u00a0]+[Cc]ommunications[ \u00a0]+[Dd]irectorate",
        "Presidency Communications Directorate",
    ),
    (
        r"(?:Ministry[ \u00a0]+of[ \u00a0]+Foreign[ \u00a0]+Affairs|[Ff]oreign[ \u00a0]+[Mm]inistry"
        r"|Foreign[ \u00a0]+Affairs[ \u00a0]+Ministry)",
        "Ministry of Foreign Affairs",
    ),
    (r"[Pp]residency(?!['’]s[ \u00a0]+[Cc]ommunications)", "Presidency"),
)

_OFFICE_WORD = re.compile(r"Ministry|ministry|Presidency|presidency")
"""A word every office of :data:`_STATE_OFFICES` holds: without one, no pattern can match
(each branch opening with a letter, the engine scans for the four first letters)."""


def country_adjective(knowledge: KnowledgeBase, country: str) -> str:
    """How a name reads a country: "US", "French", "Chinese" (an abbreviation, else the
    first adjective the data give, else the first name)."""
    entry = knowledge.countries.get(country)
    if entry is None or not entry.names:
        return country
    first = entry.names[0]
    if first.replace(".", "").isupper():
        return first
    # "Japanese" rather than "Japan", which also ends in "an": the first name is the noun.
    suffixed = next(
        (
            n
            for n in entry.names[1:]
            # "Republic of Kazakhstan" ends in "an" too, but is a name
            if " of " not in n and n.endswith(("ese", "ian", "ish", "can", "ch", "an"))
        ),
        None,
    )
    # "Kazakh", "Thai", "Israeli": a later name that shortens or extends the country's own.
    stem = next(
        (n for n in entry.names[1:] if n != first and n[:4] == first[:4] and " " not in n), None
    )
    return suffixed or stem or first


def _state_office_patterns(knowledge: KnowledgeBase) -> tuple[tuple[re.Pattern[str], str], ...]:
    def build() -> tuple[tuple[re.Pattern[str], str], ...]:
        words = sorted(
            {name for entry in knowledge.countries.values() for name in entry.names},
            key=lambda n: (-len(n), n),
        )
        country = alternation(words, space=r"[ \u00a0]+") if words else ""
        patterns = []
        for office, canonical in _STATE_OFFICES:
            # "Indonesia's foreign ministry", "the Turkish presidency's communications
            # directorate": the country before the office.
            patterns.append(
                (
                    re.compile(
                        rf"(?<![\w-])(?P<country>{country})(?:['’]s)?[ \u00a0]+"
                        rf"(?P<office>{office})(?![\w-])"
                    ),
                    canonical,
                )
            )
            # "the foreign ministry of Indonesia", "the Foreign Ministry in Jakarta".
            patterns.append(
                (
                    re.compile(
                        rf"(?<=[Tt]he[ \u00a0])(?P<office>{office})[ \u00a0]+(?:of|in)"
                        rf"[ \u00a0]+(?P<country>{country})(?![\w-])"
                    ),
                    canonical,
                )
            )
        return tuple(patterns)

    return knowledge.cached("vocabulary:state-office-patterns", build)


def _country_institutions(body: str, knowledge: KnowledgeBase) -> list[Actor]:
    """Offices of a state that the data do not list, named with their country: each gets
    the canonical name and keeps the words the text used as an alias."""
    found: list[Actor] = []
    if _OFFICE_WORD.search(body) is None:
        return found  # every office names a ministry or a presidency
    claimed: list[tuple[int, int]] = []
    for pattern, canonical in _state_office_patterns(knowledge):
        for match in pattern.finditer(body):
            if any(s <= match.start() < e for s, e in claimed):
                continue
            country = knowledge.country_of(re.sub(r"\s+", " ", match.group("country")))
            if country is None:
                continue
            claimed.append((match.start(), match.end()))
            name = f"{country_adjective(knowledge, country)} {canonical}"
            surface = re.sub(r"\s+", " ", match.group(0))
            aliases = tuple(a for a in dict.fromkeys((surface,)) if a != name)
            found.append(
                Actor(
                    id=slug(name),
                    name=name,
                    kind=ActorKind.INSTITUTION,
                    aliases=aliases,
                    country=country,
                    discovered=True,
                )
            )
    return found


def _people_countries(knowledge: KnowledgeBase) -> tuple[dict[str, str], re.Pattern[str]]:
    """Each name or surname of a known person with a country, and a pattern finding them."""

    def build() -> tuple[dict[str, str], re.Pattern[str]]:
        countries: dict[str, str] = {}
        for actor in knowledge.actors:
            if actor.kind is not ActorKind.PERSON or actor.country is None:
                continue
            surname = knowledge.surname(actor.id)
            for name in (*actor.names(), *((surname,) if surname else ())):
                countries.setdefault(name, actor.country)
        ordered = sorted(countries, key=lambda n: (-len(n), n))
        return countries, re.compile(rf"(?<![\w-])(?:{alternation(ordered)})(?![\w-])")

    return knowledge.cached("people-countries", build)


# the word first, what stands before it looked behind afterwards: the engine scans for it
_BARE_PRESIDENCY = re.compile(
    r"Presidency(?<![\w-]Presidency)(?<=[Tt]he[ \u00a0]Presidency)(?![\w’'-])"
)


def _bare_presidency(text: str, offset: int, body: str, knowledge: KnowledgeBase) -> list[Actor]:
    """ "The Presidency said in a statement": in countries whose head of state's office is
    called so (South Africa, Nigeria), the office of the country of the person the text
    named last, with "Presidency" as its alias."""
    found: list[Actor] = []
    countries, names = _people_countries(knowledge)
    for match in _BARE_PRESIDENCY.finditer(body):
        position = offset + match.start()
        named = [m.group(0) for m in names.finditer(text, 0, position)]
        if not named:
            continue
        country = countries[named[-1]]
        name = f"{country_adjective(knowledge, country)} Presidency"
        found.append(
            Actor(
                id=slug(name),
                name=name,
                kind=ActorKind.INSTITUTION,
                aliases=("Presidency",),
                country=country,
                discovered=True,
            )
        )
    return found
