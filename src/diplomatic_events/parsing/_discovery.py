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
from diplomatic_events.model import Actor, ActorKind, Block

__all__ = ["Discovery", "discover_people"]

_NAME_TOKEN = r"[A-Z][a-zà-ÿ]+(?:-[A-Za-zà-ÿ]+)?"
_NAME = rf"{_NAME_TOKEN}(?:[ \u00a0]{_NAME_TOKEN}){{1,2}}"
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
        "White",
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
            # "In Bergamo, Paolo Verdini, who runs a valve maker, said": a relative clause
            # between the name and its cue.
            re.compile(
                rf"(?:^|(?<=[.;:!?”\"]\s)|(?<=,\s))(?P<name>{_NAME}),[ \u00a0]+who\b"
                rf"[^.;:\n\"“”]{{1,160}}?,[ \u00a0]+(?:{cues})\b",
                re.MULTILINE,
            ),
            re.compile(rf"(?<![\w-]){_HONORIFIC}[ \u00a0]+(?P<name>{_NAME})(?![\w-])"),
            re.compile(
                rf"(?<![\w-]){_HONORIFIC}[ \u00a0]+(?P<name>{_NAME_TOKEN})"
                rf"(?![\w-])(?![ \u00a0]+[A-Z])"
            ),
        )

    return knowledge.cached("discovery-patterns", build)


def _without_title(name: str, knowledge: KnowledgeBase) -> str:
    """ "Ambassador Ivo Karan said": the title before a name is not part of it."""
    titles = {title.casefold() for title in knowledge.titles}
    tokens = name.split(" ")
    while len(tokens) > 1 and tokens[0].casefold() in titles:
        tokens = tokens[1:]
    return " ".join(tokens)


def _plausible(name: str) -> bool:
    tokens = name.split()
    return all(token.split("-")[0] not in _STOP for token in tokens) and len(tokens) <= 3


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
    for block in blocks:
        body = text[block.start : block.end]
        for pattern in _patterns(knowledge):
            for match in pattern.finditer(body):
                name = _without_title(re.sub(r"\s+", " ", match.group("name")), knowledge)
                if " " not in name and not match.groupdict().get("title"):
                    continue
                if not _plausible(name) or name.casefold() in known_names:
                    continue
                if any(
                    name in existing.names() or existing.name.endswith(" " + name)
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
    cues = _title_alternation([c for c in knowledge.cues if " " not in c]) or "said"
    for block in blocks:
        body = text[block.start : block.end]
        for match in _surname_subjects(knowledge, cues).finditer(body):
            _introduced_by_surname(text, match, knowledge, known_names, found, genders)
    for key, actor in found.items():
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
            rf"(?:,[ \u00a0]+for[ \u00a0]+(?P<part>his|her)[ \u00a0]+part,)?[ \u00a0]+(?:{cues})\b",
            re.MULTILINE,
        )

    return knowledge.cached("discovery-surname-subjects", build)


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


def _family_name_used(text: str, actor: Actor, knowledge: KnowledgeBase, cues: str) -> str | None:
    """The first word of a name whose country the text does not give, when the text then
    calls the person by that word alone ("Chen Jining ... Chen told him"): the family name
    comes first, whatever the default order says."""
    tokens = actor.name.split()
    if len(tokens) < 2 or knowledge.family_name_first(actor.country):
        return None
    first, last = tokens[0], tokens[-1]
    alone = rf"(?<![\w-]){{}}(?![ \u00a0]+[A-Z])(?=[ \u00a0]+(?:{cues})(?![\w-]))"
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
    for word in re.findall(r"[A-Z][\w.]*", after):
        code = knowledge.country_of(word)
        if code:
            return code
    return None
