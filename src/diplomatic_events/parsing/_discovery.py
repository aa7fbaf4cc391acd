"""Recognising people the knowledge files do not know, from the way the text introduces them.

Four shapes, all read from data (titles, cue words, country words): a title before a
name ("Vice Premier He Lifeng", "his spokeswoman Cerstin Gammelin"), a name with an
appositive title ("Yang Tao, director-general of ..."), a name in commas after a title
("a spokesperson, Wang Wenbin, said"), and a name next to a cue
("says Su Xiaohui from the ..."). A discovered person gets the slug of the name as a
stable id and the country named nearby, which decides the name order ("Yang" for Yang Tao).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from attrs import evolve, frozen

from diplomatic_events.knowledge import KnowledgeBase, slug
from diplomatic_events.knowledge._actors import LOWER, NAME_TOKEN, UPPER
from diplomatic_events.model import Actor, ActorKind, Block, BlockKind, Role
from diplomatic_events.typing import ActorId

__all__ = ["Discovery", "discover_people"]

_NAME_TOKEN = NAME_TOKEN
# "Harsh V. Kulkarni": a middle initial between the given and the family name.
_NAME = (
    rf"{_NAME_TOKEN}(?:[ \u00a0]{UPPER}\.(?=[ \u00a0]{UPPER}))?"
    rf"(?:[ \u00a0]{_NAME_TOKEN}){{1,2}}"
)
_STOP = frozenset(
    [
        "The",
        "A",
        "An",
        "And",
        "But",
        "In",
        "On",
        "At",
        "Of",
        "For",
        "To",
        "From",
        "With",
        "By",
        "As",
        "If",
        "When",
        "While",
        "After",
        "Before",
        "This",
        "That",
        "These",
        "Those",
        "It",
        "Its",
        "He",
        "She",
        "They",
        "We",
        "I",
        "You",
        "His",
        "Her",
        "Their",
        "Our",
        "My",
        "Your",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Image",
        "Photo",
        "Getty",
        "Reuters",
        "AP",
        "AFP",
        "EPA",
        "Watch",
        "Read",
        "Also",
        "Live",
        "Media",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "North",
        "South",
        "East",
        "West",
        "New",
        "Great",
        "Hall",
        "House",
        "Street",
        "Strait",
        "Sea",
        "Ocean",
        "Island",
        "Islands",
        "People",
        "Republic",
        "Party",
        "Communist",
        "Department",
        "Ministry",
        "Office",
        "Council",
        "Commission",
        "Institute",
        "University",
        "Agency",
        "Embassy",
        "Summit",
        "Committee",
        "Times",
        "News",
        "Post",
        "Journal",
        "Daily",
        "Television",
        "Press",
        "Secretary",
        "President",
        "Minister",
        "Premier",
        "Foreign",
        "State",
        "Senior",
        "Chief",
        "There",
        "Here",
    ]
)
_FEMALE_TITLES = frozenset(
    {"spokeswoman", "chairwoman", "congresswoman", "queen", "ms", "mrs", "miss", "madam"}
)
_MALE_TITLES = frozenset({"spokesman", "chairman", "congressman", "king", "prince", "mr"})
# Honorifics introduce a person by full name ("Dr Margot Ellery") or by family name alone
# ("Ms. Zhou said"); Mr/Ms/Mrs also give the gender.
_HONORIFIC = r"(?P<title>Mr|Mrs|Ms|Miss|Madam|Dr|Prof)\.?"
_GENDERED_PRONOUN = re.compile(r"(?<![\w’'-])(he|him|his|she|her)(?![\w’'-])", re.IGNORECASE)
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]|(?<!\w)[‘'][^‘’'\n]*[’'](?!\w)")


_INTRODUCED_AFTER = (
    r"(?:^|(?<=[.;:!?“”\"]\s)|(?<=[“\"])|(?<=\n)|(?<=,\s)|(?<=\bwas\s)|(?<=\bwere\s)"
    r"|(?<=\bincluding\s)|(?<=\blike\s)|(?<=\bas\s)|(?<=\bFor\s)|(?<=\bTo\s))"
)
_LOWER_WORD = rf"{LOWER}[\w’'-]*"
_APPOSITIVE = (
    rf"(?:(?:a|an|the|one)[ \u00a0]+(?:{LOWER}|\d)[\w’'-]*"
    rf"|{_LOWER_WORD}(?:[ \u00a0]+{_LOWER_WORD}){{0,3}}"
    rf"[ \u00a0]+(?:of|at|for|with|from|in|on)[ \u00a0]|\d{{1,3}}[,.;]|who[ \u00a0]"
    # "Ana Lis, Zedland's junior minister for trade": a possessive, then a role.
    rf"|{UPPER}[\w-]*['’]s[ \u00a0]+{_LOWER_WORD})"
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


@frozen(kw_only=True)
class Discovery:
    """People found in the text, with what the text says about them."""

    actors: tuple[Actor, ...] = ()
    genders: tuple[tuple[str, str], ...] = ()


def _title_alternation(titles: Sequence[str]) -> str:
    ordered = sorted(set(titles), key=lambda t: (-len(t), t))
    return "|".join(re.escape(title).replace(r"\ ", r"[ \u00a0]+") for title in ordered)


def _patterns(knowledge: KnowledgeBase) -> tuple[re.Pattern[str], ...]:
    def build() -> tuple[re.Pattern[str], ...]:
        titles = _title_alternation(knowledge.titles) or "President"
        cues = _title_alternation([c for c in knowledge.cues if " " not in c]) or "said"
        return (
            re.compile(rf"(?<![\w-])(?P<title>{titles})[ \u00a0]+(?P<name>{_NAME})(?![\w-])"),
            re.compile(
                rf"(?:^|(?<=[.;:!?“\"]\s)|(?<=\n)|(?<=^\s))(?P<name>{_NAME}),[ \u00a0]+"
                rf"(?:the[ \u00a0]+|a[ \u00a0]+|an[ \u00a0]+)?[^,.;\n]{{0,60}}?"
                rf"(?<![\w-])(?P<title>{titles})(?![\w])",
                re.MULTILINE,
            ),
            # "A Chinese Foreign Ministry spokesperson, Wang Wenbin, said": title, comma, name;
            # also "the leader of the main opposition party, Izumi Kenta, said" and a name
            # that ends the sentence ("the city's party secretary, Chen Jining.").
            re.compile(
                rf"(?<![\w-])(?P<title>{titles})(?:[ \u00a0]+of[ \u00a0]+[^,.;\n]{{1,60}}?)?,"
                rf"[ \u00a0]+(?P<name>{_NAME})(?:,[ \u00a0]|\.(?=\s|$))",
            ),
            re.compile(
                rf"(?<![\w-])(?:{cues})[ \u00a0]+(?P<name>{_NAME})"
                rf"(?=[ \u00a0]*(?:,|\.|from\b|of\b|at\b|who\b|$))",
                re.MULTILINE,
            ),
            re.compile(
                rf"(?:^|(?<=[.;:!?”\"]\s)|(?<=,\s))(?P<name>{_NAME})[ \u00a0]+(?:{cues})\b",
                re.MULTILINE,
            ),
            # "..., first lady Ana Lis said", "opposition leader Ana Lis said": a lower-case
            # role before a full name in subject place, right before a cue.
            re.compile(
                rf"(?:^|(?<=[.;:!?”\"]\s)|(?<=,\s))(?:{_LOWER_WORD}[ \u00a0]+){{1,3}}"
                rf"(?P<name>{_NAME})[ \u00a0]+(?:[a-z]+ly[ \u00a0]+)?(?:{cues})\b",
                re.MULTILINE,
            ),
            # "In Bergamo, Paolo Verdini, who runs a valve maker, said": a relative clause
            # between the name and its cue.
            re.compile(
                rf"(?:^|(?<=[.;:!?”\"]\s)|(?<=,\s))(?P<name>{_NAME}),[ \u00a0]+who\b"
                rf"[^.;:\n\"“”]{{1,160}}?,[ \u00a0]+(?:{cues})\b",
                re.MULTILINE,
            ),
            # "Iryna Bondar, a 52-year-old schoolteacher, said", "Rahul Verma, 34, a nurse
            # from Lviv", "Tom Ashworth, head of trade at the Chambers of Commerce, said",
            # "said Jelena Marković, a researcher at ...", "Among them was Ana Lis, an
            # engineer": a full name in a subject's place with an appositive description.
            re.compile(
                rf"{_INTRODUCED_AFTER}(?P<name>{_NAME}),[ \u00a0]+(?:\d{{1,3}},[ \u00a0]+)?"
                rf"(?P<description>{_APPOSITIVE})",
                re.MULTILINE,
            ),
            # "protester Kim Hye-won, 29, held up a sign", "restaurant owner Grace Cho, 58,
            # said": an age in commas after a full name marks a person wherever it stands.
            re.compile(
                rf"(?<![\w’'-])(?P<name>{_NAME}),[ \u00a0]+\d{{1,3}},[ \u00a0]+"
                rf"(?P<description>{_LOWER_WORD})"
            ),
            # "Foreign Minister Sugiono, who ...": a title before a single name (mononyms,
            # common in Indonesia) when no other capitalised word follows.
            re.compile(
                rf"(?<![\w-])(?={UPPER})(?P<title>{titles})[ \u00a0]+(?P<name>{_NAME_TOKEN})"
                rf"(?![\w’'-])(?=,|[ \u00a0]+(?:{cues})\b)"
            ),
            re.compile(rf"(?<![\w-]){_HONORIFIC}[ \u00a0]+(?P<name>{_NAME})(?![\w-])"),
            re.compile(
                rf"(?<![\w-]){_HONORIFIC}[ \u00a0]+(?P<name>{_NAME_TOKEN})"
                rf"(?![\w-])(?![ \u00a0]+{UPPER})"
            ),
        )

    return knowledge.cached("vocabulary:discovery-patterns", build)


def _without_title(name: str, knowledge: KnowledgeBase) -> str:
    """ "Ambassador Ivo Karan said": the title before a name is not part of it."""
    titles = {title.casefold() for title in knowledge.titles}
    tokens = name.split(" ")
    while len(tokens) > 1 and tokens[0].casefold() in titles:
        tokens = tokens[1:]
    return " ".join(tokens)


def _plausible(name: str) -> bool:
    tokens = name.split()
    words = [token for token in tokens if not token.endswith(".")]
    return all(token.split("-")[0] not in _STOP for token in tokens) and len(words) <= 3


def _person_described(name: str, description: str, knowledge: KnowledgeBase) -> bool:
    """Whether an appositive introduction names a person: not a place the gazetteer or the
    country words know, and not described as a place or a body ("a city in ...")."""
    places = knowledge.places
    if places.city(name) is not None or places.venue_city(name) is not None:
        return False
    if places.country_code(name) is not None:
        return False
    if any(knowledge.country_of(token) for token in name.split()):
        return False
    head = re.match(
        rf"(?:(?:a|an|the|one)[ \u00a0]+)?(?:[\w’'-]+[ \u00a0]+){{0,3}}?(?P<noun>{_LOWER_WORD})"
        r"(?=[ \u00a0]*(?:,|\.|;|$|of\b|at\b|in\b|for\b|with\b|from\b|on\b|that\b|which\b))",
        description[:120],
    )
    return head is None or head.group("noun").casefold() not in _NOT_PERSON_NOUNS


_TITLE_CASE_BLOCKS = frozenset({BlockKind.HEADLINE, BlockKind.HEADING, BlockKind.VIDEO_TITLE})
_PARTICLE = rf"(?:(?:al|el)-{UPPER}[\w’'-]*|bin|ibn|von|van|der|den|da|dos|de)"
"""Lower-case particles inside a name: "Bashar al-Assad", "Ursula von der Leyen"."""
_RUN_TOKEN = (
    rf"(?:{UPPER}[\w’'.-]*|\d+(?:st|nd|rd|th)|(?:al|el)-{UPPER}[\w’'-]*"
    rf"|(?:bin|ibn|von|van|der|den|da|dos|de)(?=[ \u00a0]+(?:{UPPER}|der|den)))"
)
"""A capitalised word, an ordinal inside a rank ("Fire Controlman 2nd Class"), or a name
particle followed by the rest of the name."""
_RUN_JOINER = r"(?:of|the|for|and|on)"
_JOINER_WORDS = frozenset({"of", "the", "for", "and", "on"})
_CAPITALISED_RUN = re.compile(
    rf"(?<![\w’'.-]){_RUN_TOKEN}(?:[ \u00a0]+(?:{_RUN_JOINER}[ \u00a0]+)*{_RUN_TOKEN})*"
)
_RUN_PART = re.compile(rf"{_RUN_TOKEN}|{_RUN_JOINER}")
_INITIAL = re.compile(rf"{UPPER}\.")
_NAME_SUFFIX = re.compile(r"(?:Jr|Sr|II|III|IV)\.?")
_COMMA_SUFFIX = re.compile(r",[ \u00a0]+(?:Jr|Sr)\.")


@frozen(kw_only=True)
class _TitledName:
    name: str
    title: str
    start: int
    end: int


def _title_words(knowledge: KnowledgeBase) -> frozenset[str]:
    def build() -> frozenset[str]:
        words = {word.rstrip(".") for word in knowledge.title_words}
        words |= {token.rstrip(".") for title in knowledge.titles for token in title.split()}
        return frozenset(word for word in words if word[:1].isupper())

    return knowledge.cached("discovery-title-words", build)


def _not_name_words(knowledge: KnowledgeBase) -> frozenset[str]:
    return knowledge.cached("discovery-not-name-words", lambda: frozenset(knowledge.not_name_words))


def _common_words(text: str) -> frozenset[str]:
    """Words the text writes in lower case somewhere: capitalised, they start a sentence or
    a heading ("Cooperation Agreement", "There Biden"), they are not a name."""
    return frozenset(re.findall(r"(?<![\w’'-])[a-z][a-z’'-]+", text))


def _titled_names(
    body: str, knowledge: KnowledgeBase, common: frozenset[str] = frozenset()
) -> list[_TitledName]:
    """Names after a run of title words: "Army Command Sgt. Maj. John W. Troxell".

    A run of capitalised words is split where its title words end: what follows, two to
    four name words (with middle initials and a "Jr." or "III"), is the name. The title
    needs one word that is a rank, an office or a title, not only a country word.
    """
    title_words = _title_words(knowledge)
    blockers = _not_name_words(knowledge)
    countries: dict[str, str | None] = {}

    def country_of(word: str) -> str | None:
        if word not in countries:
            countries[word] = knowledge.country_of(word)
        return countries[word]

    found: list[_TitledName] = []
    for run in _CAPITALISED_RUN.finditer(body):
        parts = list(_RUN_PART.finditer(body, run.start(), run.end()))
        last_title = -1
        for index, part in enumerate(parts):
            word = part.group().rstrip(".")
            pair = f"{part.group()} {parts[index + 1].group()}" if index + 1 < len(parts) else ""
            if pair and index == last_title + 1 and country_of(pair) is not None:
                last_title = index + 1  # "Saudi Arabia", "United States", "New Zealand"
                continue
            if index <= last_title:
                continue
            if (
                word in title_words
                or part.group() in ("of", "the", "for", "and", "on")
                or part.group()[:1].isdigit()
            ):
                last_title = index
            elif country_of(part.group()) is not None and index == last_title + 1:
                last_title = index  # "Austrian Minister", "U.S. Army"
        title_parts, name_parts = parts[: last_title + 1], parts[last_title + 1 :]
        if title_parts and title_parts[-1].group() in _JOINER_WORDS:
            continue  # "... Iyengar of the Centre for Indo-European Studies": no name after "for"
        if not any(_is_office_word(p.group(), title_words) for p in title_parts):
            continue
        if any(p.group().rstrip(".") in blockers for p in (*title_parts[-1:], *name_parts)):
            continue  # "USS Donald Cook", "the Cooperation Agreement"
        while len(name_parts) > 2 and name_parts[0].group().casefold() in common:
            name_parts = name_parts[1:]  # "Minister of Economic Development Maxim Reshetnikov"
        if not name_parts or _INITIAL.fullmatch(name_parts[0].group()):
            continue
        start, end = name_parts[0].start(), name_parts[-1].end()
        last = name_parts[-1].group()
        if last.endswith(".") and not _NAME_SUFFIX.fullmatch(last):
            end -= 1  # the sentence's full stop: "said ... Elijah Strukley."
        words = [
            body[p.start() : min(p.end(), end)]
            for p in name_parts
            if not _INITIAL.fullmatch(p.group()) and not _NAME_SUFFIX.fullmatch(p.group())
        ]
        if not 2 <= len(words) <= 5 or re.fullmatch(_PARTICLE, words[0]):
            continue
        if not all(re.fullmatch(_NAME_TOKEN, w) or re.fullmatch(_PARTICLE, w) for w in words):
            continue
        if re.fullmatch(r"[a-z]+", words[-1]):
            continue  # a name does not end with a particle
        if any(w.split("-")[0] in _STOP for w in words):
            continue
        if all(w.casefold() in common for w in words):
            continue
        suffix = _COMMA_SUFFIX.match(body, end)
        if suffix is not None:
            end = suffix.end()
        found.append(
            _TitledName(
                name=re.sub(r"\s+", " ", body[start:end]),
                title=re.sub(r"\s+", " ", body[title_parts[0].start() : title_parts[-1].end()]),
                start=start,
                end=end,
            )
        )
    return found


def _is_office_word(word: str, title_words: frozenset[str]) -> bool:
    """A rank, office or title; a country's or an alliance's initials ("U.S.", "NATO") are
    title words but not enough to make a title."""
    bare = word.rstrip(".")
    return bare in title_words and not bare.replace(".", "").isupper()


def _name_key(name: str) -> tuple[str, str] | None:
    """First and last name, without initials and suffixes: "Lloyd J. Austin III" and "Lloyd
    Austin" are one person, as are "Ferdinand Romualdez Marcos" and "Ferdinand Marcos Jr."."""
    words = [
        w.casefold()
        for w in name.replace(",", " ").split()
        if not _INITIAL.fullmatch(w) and not _NAME_SUFFIX.fullmatch(w)
    ]
    return (words[0], words[-1]) if len(words) >= 2 else None


def _known_keys(knowledge: KnowledgeBase) -> dict[tuple[str, str], ActorId]:
    def build() -> dict[tuple[str, str], ActorId]:
        return {
            key: actor.id
            for actor in knowledge.actors
            if actor.kind is ActorKind.PERSON
            for name in actor.names()
            if (key := _name_key(name)) is not None
        }

    return knowledge.cached("discovery-known-name-keys", build)


def _known_as(name: str, knowledge: KnowledgeBase, found: dict[str, Actor]) -> bool:
    """Whether ``name`` is another form of a known person's ("Ferdinand Romualdez Marcos Jr."
    for Ferdinand Marcos Jr.); if so the form becomes one of their aliases, so it is found."""
    key = _name_key(name)
    actor_id = None if key is None else _known_keys(knowledge).get(key)
    if actor_id is None:
        return False
    known = found.get(actor_id) or knowledge.actor(actor_id)
    if known is not None and name not in known.names():
        found[actor_id] = evolve(known, aliases=(*known.aliases, name))
    return True


_OF_COUNTRY = re.compile(
    r"[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?"
    r"(?P<country>[A-Z][\w’'.-]*(?:[ \u00a0]+[A-Z][\w’'.-]*){0,2})"
)
"""A country right after a name: "President Ferdinand Marcos Jr. of the Philippines"."""


def _country_in_title(title: str, knowledge: KnowledgeBase) -> str | None:
    """The country a title names: "South Korean Defence Minister", "Japan's Defence Minister"."""
    words = [re.sub(r"['’]s$", "", w) for w in title.split()]
    for index in range(len(words)):
        for size in (2, 1):
            phrase = " ".join(words[index : index + size])
            if len(phrase.split()) == size and (code := knowledge.country_of(phrase)):
                return code
    return None


def _country_after(body: str, end: int, knowledge: KnowledgeBase) -> str | None:
    match = _OF_COUNTRY.match(body, end)
    if match is None:
        return None
    words = match["country"].split()
    for size in range(len(words), 0, -1):
        code = knowledge.country_of(" ".join(words[:size]))
        if code is not None:
            return code
    return None


def _starts_with_title_word(name: str, knowledge: KnowledgeBase) -> bool:
    """ "Army Command Sgt", "One Glenn Haughton": a title's words taken for a name."""
    return name.split(" ")[0].rstrip(".") in _title_words(knowledge)


def discover_people(text: str, blocks: Sequence[Block], knowledge: KnowledgeBase) -> Discovery:
    """People introduced in ``blocks`` whom ``knowledge`` does not know."""
    known_names = {name.casefold() for actor in knowledge.actors for name in actor.names()}
    known_names |= {
        surname.casefold()
        for actor in knowledge.actors
        if actor.kind is ActorKind.PERSON and (surname := knowledge.surname(actor.id))
    }
    found: dict[str, Actor] = {}
    genders: dict[str, str] = {}
    common = _common_words(text)
    for block in blocks:
        body = text[block.start : block.end]
        # headings are in title case: every word is capitalised, so no run splits there
        titled_names = (
            [] if block.kind in _TITLE_CASE_BLOCKS else _titled_names(body, knowledge, common)
        )
        for titled in titled_names:
            name = titled.name
            if name.casefold() in known_names or knowledge.actor(slug(name)) is not None:
                continue
            if _known_as(name, knowledge, found):
                continue
            if any(name in existing.names() for existing in found.values()):
                continue
            title_country = _country_in_title(titled.title, knowledge)
            found[slug(name)] = Actor(
                id=slug(name),
                name=name,
                kind=ActorKind.PERSON,
                # the title's country, or "of the Philippines" right after the name; a
                # country merely near is as often the other side's
                country=title_country or _country_after(body, titled.end, knowledge),
                roles=(Role(title=titled.title),),
                discovered=True,
            )
        for pattern in _patterns(knowledge):
            for match in pattern.finditer(body):
                name = _without_title(re.sub(r"\s+", " ", match.group("name")), knowledge)
                if " " not in name and not match.groupdict().get("title"):
                    continue
                if not _plausible(name) or name.casefold() in known_names:
                    continue
                if _known_as(name, knowledge, found):
                    continue
                if _starts_with_title_word(name, knowledge):
                    continue
                words = name.split(" ")
                if any(word in _not_name_words(knowledge) for word in words):
                    continue
                if all(word.casefold() in common for word in words):
                    continue  # "Public Affairs", "There Biden"
                description = match.groupdict().get("description")
                if description is not None and not _person_described(
                    name, body[match.start("description") :], knowledge
                ):
                    continue
                if any(
                    name in existing.names()
                    or existing.name.endswith(" " + name)
                    or existing.name.startswith(name + " ")  # "Ana Lima" of "Ana Lima da Costa"
                    for existing in found.values()
                ):
                    continue
                actor_id = slug(name)
                if knowledge.actor(actor_id) is not None:
                    continue
                country = _country_near(body, match.start(), match.end(), knowledge)
                found[actor_id] = Actor(
                    id=actor_id,
                    name=name,
                    kind=ActorKind.PERSON,
                    country=country,
                    discovered=True,
                )
                title = (match.groupdict().get("title") or "").casefold()
                if title in _FEMALE_TITLES:
                    genders[actor_id] = "female"
                elif title in _MALE_TITLES:
                    genders[actor_id] = "male"
    for block in blocks:
        body = text[block.start : block.end]
        for match in _ORGANISATION.finditer(body):
            name = re.sub(r"\s+", " ", match.group("name"))
            actor_id = slug(name)
            if name.casefold() in known_names or knowledge.actor(actor_id) is not None:
                continue
            found.setdefault(
                actor_id,
                Actor(
                    id=actor_id,
                    name=name,
                    kind=ActorKind.INSTITUTION,
                    aliases=(match.group("abbreviation"),),
                    country=_country_near(body, match.start(), match.end(), knowledge),
                    discovered=True,
                ),
            )
    cue_words = _title_alternation([c for c in knowledge.cues if " " not in c]) or "said"
    for block in blocks:
        body = text[block.start : block.end]
        for match in _named_body(cue_words).finditer(body):
            name = re.sub(r"\s+", " ", match.group("name"))
            actor_id = slug(name)
            if name.casefold() in known_names or knowledge.actor(actor_id) is not None:
                continue
            if knowledge.country_of(name) is not None or not _plausible_body(name, knowledge):
                continue
            found.setdefault(
                actor_id,
                Actor(
                    id=actor_id,
                    name=name,
                    kind=ActorKind.INSTITUTION,
                    country=_country_near(body, match.start(), match.end(), knowledge),
                    discovered=True,
                ),
            )
        for actor in _bare_presidency(text, block.start, body, knowledge):
            if knowledge.actor(actor.id) is None and actor.id not in found:
                found[actor.id] = actor
        for actor in _country_institutions(body, knowledge):
            if actor.name.casefold() in known_names or knowledge.actor(actor.id) is not None:
                continue
            existing = found.get(actor.id)
            if existing is not None:
                aliases = tuple(dict.fromkeys((*existing.aliases, *actor.aliases)))
                actor = evolve(existing, aliases=aliases)
            found[actor.id] = actor
    cues = _title_alternation([c for c in knowledge.cues if " " not in c]) or "said"
    for block in blocks:
        body = text[block.start : block.end]
        for match in _surname_subjects(knowledge, cues).finditer(body):
            _introduced_by_surname(text, match, knowledge, known_names, found, genders)
    for key, actor in list(found.items()):
        if " " not in actor.name and any(
            actor.name in other.name.split(" ") for other in found.values() if other is not actor
        ):
            # "Minister Shin Won-sik" then "Minister Shin said": the full name is known.
            del found[key]
    for key, actor in found.items():
        if _called_by_last_word(text, actor) and knowledge.family_name_first(actor.country):
            # "President Aleksandar Vučić ... with China" then "Vučić was jubilant": the
            # country guessed from nearby words is wrong when the text uses the last name.
            found[key] = actor = evolve(actor, country=None)
        family = _family_name_used(text, actor, knowledge, cues)
        if family is not None:
            found[key] = evolve(actor, aliases=(*actor.aliases, family))
    for key, actor in found.items():
        if key not in genders:
            gender = _pronoun_gender(text, blocks, actor)
            if gender is not None:
                genders[key] = gender
    return Discovery(actors=tuple(found.values()), genders=tuple(sorted(genders.items())))


def _surname_subjects(knowledge: KnowledgeBase, cues: str) -> re.Pattern[str]:
    def build() -> re.Pattern[str]:
        return re.compile(
            rf"(?:^|(?<=[.;:!?”\"]\s))(?P<surname>{_NAME_TOKEN})"
            rf"(?:,[ \u00a0]+for[ \u00a0]+(?P<part>his|her)[ \u00a0]+part,"
            # "McLean, who was not at the dinner, later posted": a relative clause and an
            # adverb between the subject and its cue.
            rf"|,[ \u00a0]+who\b[^.;:\n\"“”]{{1,120}}?,(?:[ \u00a0]+{LOWER}+)?)?"
            rf"[ \u00a0]+(?:{cues})\b",
            re.MULTILINE,
        )

    return knowledge.cached("vocabulary:discovery-surname-subjects", build)


def _introduced_by_surname(
    text: str,
    match: re.Match[str],
    knowledge: KnowledgeBase,
    known_names: set[str],
    found: dict[str, Actor],
    genders: dict[str, str],
) -> None:
    """ "Rousseff, for her part, promised ...": a word used alone as a subject names the
    person the text introduced earlier with that word as the last of a full name."""
    surname = match.group("surname")
    if surname in _STOP or surname.casefold() in known_names:
        return
    if any(
        surname in actor.names() or actor.name.endswith(" " + surname) for actor in found.values()
    ):
        return
    full = re.search(
        rf"(?<![\w-])(?P<name>(?:{_NAME_TOKEN}[ \u00a0]){{1,2}}{surname})(?![\w-])", text
    )
    if full is None:
        return
    name = re.sub(r"\s+", " ", full.group("name"))
    while not _plausible(name) and " " in name:
        name = name.split(" ", 1)[1]
    if " " not in name or not _plausible(name) or name.casefold() in known_names:
        return
    actor_id = slug(name)
    if knowledge.actor(actor_id) is not None:
        return
    found[actor_id] = Actor(
        id=actor_id,
        name=name,
        kind=ActorKind.PERSON,
        country=_country_near(text, full.start(), full.end(), knowledge),
        discovered=True,
    )
    if match.group("part"):
        genders[actor_id] = "female" if match.group("part") == "her" else "male"


def _pronoun_gender(text: str, blocks: Sequence[Block], actor: Actor) -> str | None:
    """The gender of the first he/she (his/her) after a mention of ``actor`` in its block,
    outside quotation marks: how the writer goes on to refer to the person."""
    names = "|".join(re.escape(n) for n in sorted(actor.names(), key=len, reverse=True))
    for block in blocks:
        body = _QUOTED.sub(lambda m: " " * len(m.group()), text[block.start : block.end])
        for mention in re.finditer(rf"(?<![\w-])(?:{names})(?![\w-])", body):
            pronoun = _GENDERED_PRONOUN.search(body, mention.end())
            if pronoun is not None:
                return "male" if pronoun.group(1).casefold() in ("he", "him", "his") else "female"
    return None


def _called_by_last_word(text: str, actor: Actor) -> bool:
    """Whether the text calls the person by the last word of the name alone, and never by
    the first word alone."""
    tokens = actor.name.split()
    if len(tokens) < 2:
        return False
    first, last = re.escape(tokens[0]), re.escape(tokens[-1])
    rest = r"[ \u00a0]+".join(re.escape(t) for t in tokens[1:])
    before = re.escape(tokens[-2])
    last_alone = re.search(rf"(?<![\w-])(?<!{before}[ \u00a0]){last}(?![\w-])", text)
    first_alone = re.search(rf"(?<![\w-]){first}(?![\w-])(?![ \u00a0]+{rest})", text)
    return last_alone is not None and first_alone is None


def _family_name_used(text: str, actor: Actor, knowledge: KnowledgeBase, cues: str) -> str | None:
    """The first word of a name whose country the text does not give, when the text then
    calls the person by that word alone ("Chen Jining ... Chen told him"): the family name
    comes first, whatever the default order says."""
    tokens = actor.name.split()
    if len(tokens) < 2 or knowledge.family_name_first(actor.country):
        return None
    first, last = tokens[0], tokens[-1]
    alone = rf"(?<![\w-]){{}}(?![ \u00a0]+{UPPER})(?=[ \u00a0]+(?:{cues})(?![\w-]))"
    if re.search(alone.format(re.escape(last)), text):
        return None
    return first if re.search(alone.format(re.escape(first)), text) else None


def _country_near(body: str, start: int, end: int, knowledge: KnowledgeBase) -> str | None:
    """The country a word just before the name or in the words after it names."""
    before = re.findall(r"[\w.’']+", body[max(0, start - 40) : start])
    for word in reversed(before[-3:]):
        code = knowledge.country_of(word.rstrip("’'s").rstrip("’'")) or knowledge.country_of(word)
        if code:
            return code
    after = body[end : end + 90]
    for word in re.findall(rf"{UPPER}[\w.]*", after):
        code = knowledge.country_of(word)
        if code:
            return code
    return None


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
        (n for n in entry.names[1:] if n.endswith(("ese", "ian", "ish", "can", "ch", "an"))), None
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
        country = "|".join(re.escape(w).replace(r"\ ", r"[ \u00a0]+") for w in words)
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
        alternation = "|".join(re.escape(n) for n in ordered) or r"(?!)"
        return countries, re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])")

    return knowledge.cached("people-countries", build)


_BARE_PRESIDENCY = re.compile(r"(?<![\w-])(?<=[Tt]he[ \u00a0])Presidency(?![\w’'-])")


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
