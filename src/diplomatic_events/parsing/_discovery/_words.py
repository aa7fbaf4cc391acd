"""Name shapes and the words that are not names, titles of either gender, organisations."""

from __future__ import annotations

import re

from diplomatic_events.knowledge._actors import LOWER, NAME_TOKEN, UPPER
from diplomatic_events.knowledge._grammar import grammar
from diplomatic_events.knowledge._prefilter import guarded

_NAME_TOKEN = NAME_TOKEN
# "Harsh V. Kulkarni", "Mpho Churchill O. Mophuting": a middle initial before the next name.
_MIDDLE_INITIAL = rf"(?:[ \u00a0]{UPPER}\.(?=[ \u00a0]{UPPER}))?"
_NAME = rf"{_NAME_TOKEN}{_MIDDLE_INITIAL}(?:[ \u00a0]{_NAME_TOKEN}{_MIDDLE_INITIAL}){{1,3}}"
_PARTICLE_WORDS = "|".join(
    sorted(
        {*grammar().surname_particles, *grammar().patronymic_particles},
        key=lambda word: (-len(word), word),
    )
)
"""Lower-case particles written apart inside a name ("Ursula von der Leyen", "Cristobal de
la Cerda", "Fahad al Ghofaily", "Ulisses Correia e Silva"): ``surname_particles`` and
``patronymic_particles`` in ``grammar.toml``."""
_JOINED_PARTICLE = rf"(?:al|el)-{UPPER}[\w’'-]*"
"""A lower-case particle joined to the word after it ("Bashar al-Assad")."""
_PARTICLE = rf"(?:{_JOINED_PARTICLE}|{_PARTICLE_WORDS})"
"""Lower-case particles inside a name: "Bashar al-Assad", "Ursula von der Leyen"."""
_FEMALE_TITLES = grammar().female_titles
"""Titles, lower case, that tell a woman ("spokeswoman", "Mrs"): ``grammar.toml``."""
_MALE_TITLES = grammar().male_titles
"""Titles, lower case, that tell a man ("spokesman", "Mr"): ``grammar.toml``."""
# Honorifics introduce a person by full name ("Dr Margot Ellery") or by family name alone
# ("Ms. Zhou said"); Mr/Ms/Mrs also give the gender.
_HONORIFIC_WORDS = tuple(
    re.escape(word) for word in sorted(grammar().honorifics, key=lambda w: (-len(w), w))
)
"""Honorifics that stand before a name ("Dr Margot Ellery", "Ms. Rebecca Zimmerman"), as
patterns, longest first (``honorifics`` in ``grammar.toml``)."""
_HONORIFIC = rf"(?P<title>{'|'.join(_HONORIFIC_WORDS)})\.?"
_NOT_AFTER_HONORIFIC = "".join(rf"(?<!\b{word}\.\s)" for word in _HONORIFIC_WORDS)
"""Not right after an honorific and its stop, which ends no sentence ("Ms. Rebecca ...")."""
_GENDERED_PRONOUN = re.compile(r"(?<![\w’'-])(he|him|his|she|her)(?![\w’'-])", re.IGNORECASE)
_GENDERED_PRONOUN = guarded(_GENDERED_PRONOUN)
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]|(?<!\w)[‘'][^‘’'\n]*[’'](?!\w)")
_QUOTED = guarded(_QUOTED)


_INTRODUCED_AFTER = (
    r"(?:^|(?<=[.;:!?“”\"]\s)|(?<=[“\"])|(?<=\n)|(?<=,\s)|(?<=\bwas\s)|(?<=\bwere\s)"
    r"|(?<=\bincluding\s)|(?<=\blike\s)|(?<=\bas\s)|(?<=\bFor\s)|(?<=\bTo\s)"
    # a list of people: "visitors included Ana Lis, ambassador of ...; and Tom Ash, ..."
    r"|(?<=\bincluded\s)|(?<=\bincludes\s)|(?<=\binclude\s)|(?<=\band\s)"
    # the one met: "met at the Pentagon yesterday with Philip Dunne, minister for ..."
    r"|(?<=\bwith\s)|(?<=\bmet\s))"
)
_LOWER_WORD = rf"{LOWER}[\w’'-]*"
_APPOSITIVE = (
    # "the minister", "the Cape Verdean minister of defense": up to two capitalised words
    # (a country's) before the role
    rf"(?:(?:a|an|the|one)[ \u00a0]+(?:{UPPER}[\w’'-]*[ \u00a0]+){{0,2}}(?:{LOWER}|\d)[\w’'-]*"
    rf"|{_LOWER_WORD}(?:[ \u00a0]+{_LOWER_WORD}){{0,3}}"
    rf"[ \u00a0]+(?:of|at|for|with|from|in|on)[ \u00a0]|\d{{1,3}}[,.;]|who[ \u00a0]"
    # "Ana Lis, Zedland's junior minister for trade", "Cape Verde's minister": a
    # possessive of up to three words, then a role.
    rf"|(?:{UPPER}[\w-]*[ \u00a0]+){{0,2}}{UPPER}[\w-]*['’]s[ \u00a0]+{_LOWER_WORD})"
)
# A description that makes the named thing a place or a body, not a person
# ("Los Alamos, a town in ...", "Goldman Sachs, the bank").
_NOT_PERSON_NOUNS = frozenset(
    [
        "city",
        "town",
        "village",
        "capital",
        "country",
        "nation",
        "region",
        "province",
        "state",
        "district",
        "county",
        "suburb",
        "neighbourhood",
        "neighborhood",
        "port",
        "island",
        "river",
        "lake",
        "mountain",
        "valley",
        "republic",
        "company",
        "firm",
        "bank",
        "group",
        "agency",
        "organisation",
        "organization",
        "newspaper",
        "paper",
        "magazine",
        "channel",
        "broadcaster",
        "outlet",
        "network",
        "party",
        "union",
        "university",
        "institute",
        "college",
        "school",
        "think-tank",
        "ministry",
        "department",
        "office",
        "palace",
        "hotel",
        "building",
        "venue",
        "airport",
        "station",
        "fund",
        "movement",
        "coalition",
        "alliance",
        "bloc",
        "team",
        "club",
        "brand",
    ]
)


# "The Spanish Confederation of Business Organisations (CEOE) welcomed": a body named in
# full with its abbreviation in brackets.
_ORGANISATION = re.compile(
    rf"(?<![\w-])(?:[Tt]he[ \u00a0]+)?(?P<name>{UPPER}[\w’'-]+"
    rf"(?:[ \u00a0]+(?:of|for|and|on|{UPPER}[\w’'-]+)){{1,7}})"
    r"[ \u00a0]+\((?P<abbreviation>[A-Z][A-Za-z]{1,7})\)"
)
_ORGANISATION = guarded(_ORGANISATION)

# the opening mark first, then what stands before it (a look-behind over the mark too): a
# pattern opening with a character class is searched by the engine's fast scan for it
NICKNAME = re.compile(r"[\"“‘'](?<=[A-Za-z.][ \u00a0].)[A-Z][\w’'-]*[\"”’'](?=[ \u00a0][A-Z])")
"""A one-word nickname in quotation marks between two words of a name ("Michael “Erik”
Kurilla"): no part of the name, and no one's words."""
