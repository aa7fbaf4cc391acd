"""Discovering the people of one source: names, countries, genders and surnames."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence

from attrs import evolve, frozen

from diplomatic_events._needed import WindowScan, holds_needed
from diplomatic_events.knowledge import KnowledgeBase, slug
from diplomatic_events.knowledge._actors import LOWER, UPPER
from diplomatic_events.knowledge._grammar import grammar, phrase_pattern
from diplomatic_events.knowledge._places import city_named, country_named, region_country
from diplomatic_events.model import Actor, ActorKind, Block, BlockKind, Role
from diplomatic_events.parsing._analysis import title_case_words
from diplomatic_events.parsing._discovery._countries import (
    _CLAUSE_END,
    _country_after,
    _country_before_title,
    _country_in_title,
    seat_country,
)
from diplomatic_events.parsing._discovery._institutions import (
    _bare_presidency,
    _country_institutions,
    _named_body,
    _plausible_body,
)
from diplomatic_events.parsing._discovery._labels import label_people
from diplomatic_events.parsing._discovery._names import (
    _common_words,
    _known_as,
    _person_described,
    _plausible,
    _starts_with_title_word,
    _without_title,
)
from diplomatic_events.parsing._discovery._patterns import (
    _met_patterns,
    _patterns,
    _title_alternation,
)
from diplomatic_events.parsing._discovery._titled import (
    _not_name_words,
    _title_words,
    _titled_names,
    comma_titled_names,
    without_date,
)
from diplomatic_events.parsing._discovery._words import (
    _FEMALE_TITLES,
    _GENDERED_PRONOUN,
    _MALE_TITLES,
    _NAME_TOKEN,
    _ORGANISATION,
    _QUOTED,
    NICKNAME,
)


@frozen(kw_only=True)
class Discovery:
    """People found in the text, with what the text says about them."""

    actors: tuple[Actor, ...] = ()
    genders: tuple[tuple[str, str], ...] = ()


_TITLE_CASE_BLOCKS = frozenset({BlockKind.HEADLINE, BlockKind.HEADING, BlockKind.VIDEO_TITLE})
_NOT_BLANK = re.compile(r"\S")
_OF_AFTER = re.compile(r"[ \u00a0]+of[ \u00a0]")


def _blank_from(text: str, at: int) -> bool:
    """Whether nothing but white space follows ``at`` (``not text[at:].strip()``, without
    copying the rest of the text: one search, which stops at the next word)."""
    return _NOT_BLANK.search(text, at) is None


def _outside_headings(text: str, name: str, headings: Sequence[tuple[int, int]]) -> bool:
    """Whether ``name`` is written somewhere outside the title-case blocks: there every word
    is capitalised, so a run of capitals shows no name's end ("Secretary Tillerson Traveled
    to East Asia") unless the story writes the same name in its prose too."""
    at = text.find(name)
    while at >= 0:
        if not any(start <= at < end for start, end in headings):
            return True
        at = text.find(name, at + 1)
    return False


def _verb_after_name(text: str, name: str, headings: Sequence[tuple[int, int]]) -> bool:
    """Whether a name read in a headline runs one word into the words after it: the prose
    never writes it, but writes it without its last word ("General Langley Engages with
    Leaders" over "Gen. Michael Langley" and "Langley")."""
    shorter = name.rpartition(" ")[0]
    return (
        bool(shorter)
        and not _outside_headings(text, name, headings)
        and _outside_headings(text, shorter, headings)
    )


def _ends_heading(
    text: str,
    body: str,
    match: re.Match[str],
    group: str,
    name: str,
    headings: Sequence[tuple[int, int]],
) -> bool:
    """Whether a titled name ends its heading, so the line's end is the name's ("Remarks With
    Tajik President Emomali Rahmon"), and the prose writes no shorter form of it ("Minister
    Amina Okon Arrives" over "Minister Amina Okon said": the name is the shorter)."""
    if not match.groupdict().get("title") or body[match.end(group) :].strip():
        return False
    words = name.split(" ")
    return not any(
        _outside_headings(text, " ".join(words[:size]), headings) for size in range(2, len(words))
    )


def _spelled_as(name: str, knowledge: KnowledgeBase, found: dict[str, Actor]) -> bool:
    """Whether a known person has this name but for its accents ("Fikri Işik" for Fikri
    Işık): if so the text's spelling becomes one of their aliases, so it is found."""
    actor_id = slug(name)
    known = found.get(actor_id) or knowledge.actor(actor_id)
    if known is None:
        return False
    if known.kind is ActorKind.PERSON and name not in known.names():
        found[actor_id] = evolve(known, aliases=(*known.aliases, name))
    return True


def _no_name_in(words: Sequence[str], knowledge: KnowledgeBase, common: frozenset[str]) -> bool:
    """Whether capitalised words make no name: one is a word no name holds ("Affairs"), or
    the text writes every one of them in lower case too ("Public Affairs", "There Biden")."""
    return any(word in _not_name_words(knowledge) for word in words) or all(
        word.casefold() in common for word in words
    )


def _before_stop_word(name: str) -> str | None:
    """The words of a name before a word that never makes up one ("Islam Karimov" of
    "Islam Karimov Before"), when two or more are left; ``None`` when none stops it."""
    words = name.split(" ")
    stop = grammar().name_stop_words
    at = next((i for i, word in enumerate(words) if word in stop), None)
    return None if at is None or at < _NAME_WORDS_AT_LEAST else " ".join(words[:at])


_NAME_WORDS_AT_LEAST = 2
"""How many words a name cut at a stop word keeps, at least, to be one."""


def _part_of_found(name: str, found: dict[str, Actor]) -> bool:
    """Whether ``name`` is a form of someone the text already introduced: one of their names,
    or the end ("Secretary Del Toro" of Carlos Del Toro) or start ("Ana Lima" of "Ana Lima
    da Costa") of their full name; a form of two words or more becomes one of their aliases,
    so it is found as written."""
    for existing in found.values():
        if name in existing.names():
            return True
        if existing.name.endswith(" " + name) or existing.name.startswith(name + " "):
            if " " in name:
                found[existing.id] = evolve(existing, aliases=(*existing.aliases, name))
            return True
    return False


def _drop_surnames_of_others(found: dict[str, Actor], knowledge: KnowledgeBase, text: str) -> None:
    """A person found by one word ("Mr Stewart", "Mr Mark") who is the last word of someone
    named in full, found here ("Minister for Africa Rory Stewart") or known ("Defence
    Minister Ron Mark"), is that one: the one-word person goes, and the surname finds the
    full one."""
    single = [
        key
        for key, actor in found.items()
        if actor.kind is ActorKind.PERSON and " " not in actor.name
    ]
    if not single:
        return
    full = {
        actor.name.rsplit(" ", 1)[-1]
        for actor in found.values()
        if actor.kind is ActorKind.PERSON and " " in actor.name
    }
    for mention in knowledge.find_mentions(text, 0, len(text)):
        actor = knowledge.actor(mention.actor)
        if actor is not None and actor.kind is ActorKind.PERSON and " " in mention.text:
            full.add(mention.text.split()[-1])
    for key in single:
        if found[key].name in full:
            del found[key]


_SMALL_WORD = re.compile(r"a|an|and|at|by|for|in|of|on|the|to|with")
"""The words a heading in title case leaves in lower case (a name's "bin", "de" are not)."""
_TITLE_WORDS_AT_MOST = 20
"""The most words of a standfirst read as a title-case heading."""


def discover_people(text: str, blocks: Sequence[Block], knowledge: KnowledgeBase) -> Discovery:
    """People introduced in ``blocks`` whom ``knowledge`` does not know."""
    # a nickname between a given name and a surname is no part of the name: read
    # "Gen. Michael “Erik” Kurilla" as "Gen. Michael Kurilla" (blanked, offsets kept)
    text = NICKNAME.sub(lambda m: " " * len(m.group()), text)
    known_names = _known_names(knowledge)
    found: dict[str, Actor] = {}
    genders: dict[str, str] = {}
    common = _common_words(text)
    title_like = {
        index
        for index, b in enumerate(blocks)
        if b.kind in _TITLE_CASE_BLOCKS
        # a standfirst repeating the headline in title case reads like one
        or (
            b.kind is BlockKind.SUMMARY
            and len(text[b.start : b.end].split()) <= _TITLE_WORDS_AT_MOST
            and title_case_words(text[b.start : b.end], _SMALL_WORD) is not None
        )
    }
    headings = [(b.start, b.end) for index, b in enumerate(blocks) if index in title_like]
    # each gate searched on through the text from block to block, not in every block
    gates: dict[int, WindowScan] = {}
    for index, block in enumerate(blocks):
        body = text[block.start : block.end]
        # headings are in title case: every word is capitalised, so no run splits there
        titled_names = (
            []
            if index in title_like and title_case_words(body, _SMALL_WORD) is not None
            else _titled_names(body, knowledge, common)
        )
        for titled in titled_names:
            name = titled.name
            if name.casefold() in known_names or _spelled_as(name, knowledge, found):
                continue
            if _blank_from(text, block.start + titled.end):
                continue  # "President Petro Porosh": the excerpt cut the name off
            if index in title_like and _verb_after_name(text, name, headings):
                continue  # "General Langley Engages with Leaders" over "Langley" in prose
            if _known_as(name, knowledge, found) or _part_of_found(name, found):
                continue
            title_country = _country_in_title(titled.title, knowledge)
            found[slug(name)] = Actor(
                id=slug(name),
                name=name,
                kind=ActorKind.PERSON,
                # the title's country, or "of the Philippines" right after the name; a
                # country merely near is as often the other side's
                country=title_country
                or _country_before_title(body, titled, knowledge)
                or _country_after(body, titled.end, knowledge)
                or _office_in_lower_case(body, titled.end, knowledge)
                or _country_met_in(body, titled.start, knowledge),
                roles=(Role(title=titled.title),),
                discovered=True,
            )
        opened: dict[int, bool] = {}  # each gate asked once per block
        for pattern, gate in _patterns(knowledge):
            if gate is not None:
                if id(gate) not in opened:
                    if id(gate) not in gates:
                        gates[id(gate)] = WindowScan(gate, text)
                    opened[id(gate)] = gates[id(gate)].holds(block.start, block.end)
                if not opened[id(gate)]:
                    continue  # no title, age or honorific in the block: no match
            for match in pattern.finditer(body):
                # a title's single name is group "single" ("name" holds one with a number)
                group = "name" if match.group("name") is not None else "single"
                name = _without_title(re.sub(r"\s+", " ", match.group(group)), knowledge)
                name = without_date(name, body, match.end(group))
                if " " not in name and not match.groupdict().get("title"):
                    continue
                if _blank_from(text, block.start + match.end(group)):
                    continue  # the excerpt cut the name off
                # "Remarks With Uzbek President Islam Karimov Before Their Meeting": in a
                # heading, a word that never makes up a name ends the name before it
                stopped = _before_stop_word(name) if index in title_like else None
                name = stopped or name
                if not _plausible(name) or name.casefold() in known_names:
                    continue
                if " " in name and knowledge.country_of(name) is not None:
                    # "... Sri Lanka" is no one ("Prime Minister Muscat" is, though the one
                    # word is also a capital)
                    continue
                if _participle_and_place(name, knowledge):
                    continue  # "Visiting Mogadishu, the Armed Forces Minister met ..."
                if (
                    index in title_like
                    and not _outside_headings(text, name, headings)
                    and not _ends_heading(text, body, match, group, name, headings)
                    # "President Akufo-Addo of the Republic of Ghana": a heading's lower-case
                    # "of" ends a title's single name as it would in prose
                    and not (group == "single" and _OF_AFTER.match(body, match.end(group)))
                    and stopped is None
                ):
                    continue  # "Secretary Tillerson Traveled to East Asia": no name ends there
                if _known_as(name, knowledge, found):
                    continue
                if _starts_with_title_word(name, knowledge):
                    continue
                words = name.split(" ")
                if _no_name_in(words, knowledge, common):
                    continue  # "Public Affairs", "There Biden"
                description = match.groupdict().get("description")
                if description is not None and not _person_described(
                    name,
                    body[match.start("description") : match.start("description") + 120],
                    knowledge,
                ):
                    continue
                if _part_of_found(name, found):
                    continue
                actor_id = slug(name)
                if _spelled_as(name, knowledge, found):
                    continue
                # the words between the name and its title first ("Justin Tkatchenko, PNG
                # Foreign Minister"), then the words around the match
                between = body[match.end(group) : match.end()]
                country = _country_in_title(between, knowledge) if between.strip() else None
                country = country or _country_near(body, match.start(), match.end(), knowledge)
                titled_as = re.sub(r"\s+", " ", match.groupdict().get("title") or "")
                found[actor_id] = Actor(
                    id=actor_id,
                    name=name,
                    kind=ActorKind.PERSON,
                    country=country,
                    # the title that introduced them is their role ("Foreign Minister Sabry")
                    roles=(Role(title=titled_as),) if titled_as else (),
                    discovered=True,
                )
                title = titled_as.casefold()
                if title in _FEMALE_TITLES:
                    genders[actor_id] = "female"
                elif title in _MALE_TITLES:
                    genders[actor_id] = "male"
    # last, the names official lists write after an office and a comma ("Deputy Permanent
    # Secretary of Defence, Ilai Moceica;"): only where no other reading found the name
    for index, block in enumerate(blocks):
        if index in title_like:
            continue
        body = text[block.start : block.end]
        for titled in comma_titled_names(body, knowledge):
            name = titled.name
            if name.casefold() in known_names or _known_as(name, knowledge, found):
                continue
            if _spelled_as(name, knowledge, found) or _part_of_found(name, found):
                continue
            found[slug(name)] = Actor(
                id=slug(name),
                name=name,
                kind=ActorKind.PERSON,
                country=_country_in_title(titled.title, knowledge)
                or _country_near(body, titled.start, titled.end, knowledge),
                roles=(Role(title=titled.title),),
                discovered=True,
            )
    for block in blocks:
        body = text[block.start : block.end]
        if "(" not in body:
            continue  # every match ends in a bracketed abbreviation: "... (ASEAN)"
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
    cue_words = _one_word_cues(knowledge)
    named_body = knowledge.cached("vocabulary:discovery-named-body", lambda: _named_body(cue_words))
    for block in blocks:
        body = text[block.start : block.end]
        # searched only in a block holding its literal words (", which"): most hold none
        for match in named_body.finditer(body) if holds_needed(named_body, body) else ():
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
    for actor in label_people(text, blocks, knowledge):
        if actor.id in found or _known_as(actor.name, knowledge, found):
            continue
        if " " not in actor.name and any(
            slug(existing.name.split()[-1]) == slug(actor.name)
            for existing in [*found.values(), *knowledge.actors]
            if existing.kind is ActorKind.PERSON
        ):
            continue  # "VICE PRESIDENT RAMIREZ" is Marta Lucía Ramírez, named in full
        if any(actor.name in existing.names() for existing in found.values()):
            continue
        found[actor.id] = actor
    _met_by_name(text, blocks, title_like, knowledge, known_names, found, common)
    cues = cue_words
    searched: dict[str, tuple[int, int] | None] = {}
    for block in blocks:
        body = text[block.start : block.end]
        for match in _surname_subjects(knowledge, cues).finditer(body):
            _introduced_by_surname(
                text, match, knowledge, known_names, found, genders, common, searched
            )
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
    _drop_surnames_of_others(found, knowledge, text)
    unquoted: list[str] = []  # each block with its quotations blanked, made once
    for key, actor in found.items():
        if key not in genders:
            if not unquoted:
                unquoted.extend(
                    _QUOTED.sub(lambda m: " " * len(m.group()), text[block.start : block.end])
                    for block in blocks
                )
            others = [o for o in found.values() if o is not actor]
            gender = _pronoun_gender(unquoted, actor, knowledge, others)
            if gender is not None:
                genders[key] = gender
    return Discovery(actors=tuple(found.values()), genders=tuple(sorted(genders.items())))


def _met_by_name(
    text: str,
    blocks: Sequence[Block],
    title_like: set[int],
    knowledge: KnowledgeBase,
    known_names: frozenset[str],
    found: dict[str, Actor],
    common: frozenset[str],
) -> None:
    """Add the people a meeting word names in full with nothing else to introduce them
    ("held talks with Rajmund Andrzejczak in Warsaw"). They come after every other way of
    discovery, which tells more (a title, a country), and only where none found the name."""
    gate, patterns = _met_patterns(knowledge)
    titles = _title_words(knowledge)
    for index, block in enumerate(blocks):
        body = text[block.start : block.end]
        if index in title_like or gate.search(body) is None:
            continue  # a heading capitalises every word: no name ends there
        for pattern in patterns:
            for match in pattern.finditer(body):
                words = re.sub(r"\s+", " ", match.group("name")).split(" ")
                while len(words) > 2 and words[0] in grammar().sentence_starters:
                    words = words[1:]  # "Then Vladimir Putin held talks with ..."
                name = " ".join(words)
                actor_id = slug(name)
                if (
                    actor_id in found
                    or name.casefold() in known_names
                    or knowledge.actor(actor_id) is not None
                    or not _plausible(name)
                    or _blank_from(text, block.start + match.end("name"))
                    # "met Saudi Lt.", "hosted Panama Canal Administrator": a title's words
                    or any(word.rstrip(".") in titles for word in words)
                    or _no_name_in(words, knowledge, common)
                    or knowledge.country_of(name) is not None
                    or not _person_described(name, "", knowledge)
                    or _known_as(name, knowledge, found)
                    or _part_of_found(name, found)
                ):
                    continue
                found[actor_id] = Actor(
                    id=actor_id,
                    name=name,
                    kind=ActorKind.PERSON,
                    # "welcomed Jeremiah Manele, Prime Minister of Solomon Islands": the
                    # office after the name says whose, before any country merely near
                    country=_country_after(body, match.end("name"), knowledge)
                    or _country_near(body, match.start(), match.end(), knowledge),
                    discovered=True,
                )


def _one_word_cues(knowledge: KnowledgeBase) -> str:
    """The one-word cues ("said", "told") as an alternation."""
    return knowledge.cached(
        "vocabulary:discovery-one-word-cues",
        lambda: _title_alternation([c for c in knowledge.cues if " " not in c]) or "said",
    )


def _known_names(knowledge: KnowledgeBase) -> frozenset[str]:
    """Every name, alias and surname of the known actors, case-folded."""

    def build() -> frozenset[str]:
        names = {name.casefold() for actor in knowledge.actors for name in actor.names()}
        names |= {
            surname.casefold()
            for actor in knowledge.actors
            if actor.kind is ActorKind.PERSON and (surname := knowledge.surname(actor.id))
        }
        # the first words of a known person's name, cut before a particle ("Luiz Inácio
        # Lula" of "Luiz Inácio Lula da Silva"): that person, not someone new
        names |= {
            " ".join(words[:cut]).casefold()
            for actor in knowledge.actors
            if actor.kind is ActorKind.PERSON
            for words in [actor.name.split()]
            for cut in range(2, len(words))
            if words[cut][:1].islower()
        }
        return frozenset(names)

    return knowledge.cached("discovery-known-names", build)


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


_FULL_NAME_REACH = 200
"""How far before a surname its given names are looked for: two name words, or one and an
initial (no name word is near this long)."""

_GIVEN_NAMES = re.compile(
    # a given name and a middle initial ("Joey R. Hood"), or one or two given names, ending
    # where the text searched ends (just before the surname)
    rf"(?<![\w-])(?:{_NAME_TOKEN}[ \u00a0]{UPPER}\.[ \u00a0]|(?:{_NAME_TOKEN}[ \u00a0]){{1,2}})\Z"
)


def first_full_name(text: str, surname: str) -> tuple[int, int] | None:
    """Where the first full name in ``text`` ending with the word ``surname`` is.

    The span a search of the whole text for the given names and ``surname`` finds, in linear
    time: only where the word occurs is the text just before it tried, with one pattern
    compiled once (a pattern per surname cost 30 ms to compile, and tried at every position
    took a fifth of the people stage).
    """
    best: tuple[int, int] | None = None
    for word in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", text):
        if best is not None and word.start() - _FULL_NAME_REACH > best[0]:
            break  # a name ending at this word or later starts after the one found
        given = _GIVEN_NAMES.search(text, max(0, word.start() - _FULL_NAME_REACH), word.start())
        # at one start the search prefers two given names to one: the later surname
        if given is not None and (best is None or given.start() <= best[0]):
            best = (given.start(), word.end())
    return best


def _introduced_by_surname(
    text: str,
    match: re.Match[str],
    knowledge: KnowledgeBase,
    known_names: frozenset[str],
    found: dict[str, Actor],
    genders: dict[str, str],
    common: frozenset[str] = frozenset(),
    searched: dict[str, tuple[int, int] | None] | None = None,
) -> None:
    """ "Rousseff, for her part, promised ...": a word used alone as a subject names the
    person the text introduced earlier with that word as the last of a full name.
    ``common`` holds the text's lower-case words: a subject that is one of them ("Leaders
    acknowledged", "leaders" elsewhere) names no one."""
    surname = match.group("surname")
    if surname in grammar().name_stop_words or surname.casefold() in known_names:
        return
    if any(
        surname in actor.names() or surname in actor.name.split(" ") for actor in found.values()
    ):
        return  # "Salman pointed out" of Salman bin Hamad Al Khalifa, found by his title
    # the text is searched once for each surname (``searched`` keeps what was found)
    searched = {} if searched is None else searched
    if surname not in searched:
        searched[surname] = first_full_name(text, surname)
    full = searched[surname]
    if full is None:
        return
    name = re.sub(r"\s+", " ", text[full[0] : full[1]])
    titles = _title_words(knowledge)
    while (not _plausible(name) or name.split(" ", 1)[0] in titles) and " " in name:
        name = name.split(" ", 1)[1]  # "Crown Prince Salman": the title is no given name
    if " " not in name or not _plausible(name) or name.casefold() in known_names:
        return
    if surname.casefold() in common or all(word.casefold() in common for word in name.split(" ")):
        return  # "Leaders acknowledged ...", "leaders" written in lower case too
    actor_id = slug(name)
    if knowledge.actor(actor_id) is not None:
        return
    found[actor_id] = Actor(
        id=actor_id,
        name=name,
        kind=ActorKind.PERSON,
        country=_country_near(text, full[0], full[1], knowledge),
        discovered=True,
    )
    if match.group("part"):
        genders[actor_id] = "female" if match.group("part") == "her" else "male"


def _pronoun_gender(
    unquoted: Sequence[str],
    actor: Actor,
    knowledge: KnowledgeBase | None = None,
    others: Sequence[Actor] = (),
) -> str | None:
    """The gender of the first he/she (his/her) after a mention of ``actor`` in its block,
    outside quotation marks (``unquoted``: the blocks with their quotations blanked): how
    the writer goes on to refer to the person, unless someone else is named in between
    ("White said ... and that Mattis thanked Ryacudu for his country's leadership": the
    "his" is theirs)."""
    names = "|".join(re.escape(n) for n in sorted(actor.names(), key=len, reverse=True))
    other_names = [n for o in others for n in o.names()]
    for body in unquoted:
        for mention in re.finditer(rf"(?<![\w-])(?:{names})(?![\w-])", body):
            # far on, a pronoun is as likely someone else's (and reading on to it would cost
            # the paragraph's length for each mention)
            pronoun = _GENDERED_PRONOUN.search(body, mention.end(), mention.end() + _PRONOUN_REACH)
            if pronoun is None:
                continue
            between = body[mention.end() : pronoun.start()]
            if any(name in between for name in other_names) or (
                knowledge is not None
                and any(
                    m.actor != actor.id
                    and (named := knowledge.actor(m.actor)) is not None
                    and named.kind is ActorKind.PERSON
                    for m in knowledge.find_mentions(between)
                )
            ):
                continue
            return "male" if pronoun.group(1).casefold() in ("he", "him", "his") else "female"
    return None


_PRONOUN_REACH = 400
"""How far after a name (in characters) the he/she that gives its gender may stand."""


def _word_char(char: str) -> bool:
    """Whether ``char`` is a word character or a hyphen (``[\\w-]``)."""
    return char.isalnum() or char in "_-"


def _alone_at(text: str, word: str) -> Iterator[int]:
    """Where ``word`` stands in ``text`` with no word character or hyphen right before it,
    in text order: ``(?<![\\w-])word`` found by a scan for the word, not by a pattern
    compiled for each name."""
    at = text.find(word)
    while at >= 0:
        if at == 0 or not _word_char(text[at - 1]):
            yield at
        at = text.find(word, at + 1)


def _called_by_last_word(text: str, actor: Actor) -> bool:
    """Whether the text calls the person by the last word of the name alone, and never by
    the first word alone."""
    tokens = actor.name.split()
    if len(tokens) < 2:
        return False
    first, last, before = tokens[0], tokens[-1], tokens[-2]
    last_alone = any(
        not _word_char(text[at + len(last) : at + len(last) + 1] or " ")
        # not the end of the full name ("Xi Jinping"): the word before is not the name's
        and not (
            at > len(before)
            and text[at - 1] in " \u00a0"
            and text[at - 1 - len(before) : at - 1] == before
        )
        for at in _alone_at(text, last)
    )
    if not last_alone:
        return False
    rest = _rest_of_name(tokens)
    return not any(
        not _word_char(text[at + len(first) : at + len(first) + 1] or " ")
        and rest.match(text, at + len(first)) is None
        for at in _alone_at(text, first)
    )


def _rest_of_name(tokens: Sequence[str]) -> re.Pattern[str]:
    """The words of a name after its first, each after spaces."""
    rest = r"[ \u00a0]+".join(re.escape(t) for t in tokens[1:])
    return re.compile(rf"[ \u00a0]+{rest}")


def _family_name_used(text: str, actor: Actor, knowledge: KnowledgeBase, cues: str) -> str | None:
    """The first word of a name whose country the text does not give, when the text then
    calls the person by that word alone ("Chen Jining ... Chen told him"): the family name
    comes first, whatever the default order says."""
    tokens = actor.name.split()
    if len(tokens) < 2 or knowledge.family_name_first(actor.country):
        return None
    first, last = tokens[0], tokens[-1]
    capital, cue = _after_word(knowledge, cues)
    cue_before = _cue_before(knowledge, cues)

    def alone(word: str) -> bool:
        # the word, then spaces and a cue, not a capitalised word: "Chen told"; or a cue,
        # then the word, then no capitalised word: "said Jirapol."
        return any(
            capital.match(text, end) is None
            and (
                cue.match(text, end) is not None
                # a whole word: "said Chenx" does not call anyone "Chen"
                or (
                    (end == len(text) or not _word_char(text[end]))
                    and cue_before.search(text, max(0, at - _CUE_BEFORE_REACH), at) is not None
                )
            )
            for at in _alone_at(text, word)
            for end in (at + len(word),)
        )

    if alone(last):
        return None
    if alone(first):
        return first
    # the father's surname of a Spanish or Portuguese name, before the mother's: "Lt. Gen.
    # José Vizcarra Álvarez ... Vizcarra said"
    return next(
        (w for w in tokens[1:-1] if w[:1].isupper() and not w.endswith(".") and alone(w)), None
    )


_CUE_BEFORE_REACH = 20
"""How far before a word its cue and the spaces after it are looked for ("said Jirapol")."""


def _cue_before(knowledge: KnowledgeBase, cues: str) -> re.Pattern[str]:
    """A cue and spaces right before a word ("said Jirapol")."""
    return knowledge.cached(
        "vocabulary:discovery-cue-before",
        lambda: re.compile(rf"(?<![\w-])(?:{cues})[ \u00a0]+$"),
    )


def _after_word(knowledge: KnowledgeBase, cues: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A capitalised word after spaces, and a cue after spaces."""
    return knowledge.cached(
        "vocabulary:discovery-after-word",
        lambda: (
            re.compile(rf"[ \u00a0]+{UPPER}"),
            re.compile(rf"[ \u00a0]+(?:{cues})(?![\w-])"),
        ),
    )


def _country_near(body: str, start: int, end: int, knowledge: KnowledgeBase) -> str | None:
    """The country a word just before the name or in the words after it names."""
    before = re.findall(r"[\w.’']+", body[max(0, start - 40) : start])
    for word in reversed(before[-3:]):
        code = knowledge.country_of(word.rstrip("’'s").rstrip("’'")) or knowledge.country_of(word)
        if code:
            return code
    if before and (code := seat_country(" ".join(before[-3:]), knowledge)):
        return code  # "chief Pentagon spokesperson Dana W. White"
    code = _country_in_apposition(body, end, knowledge)
    if code:
        return code
    return _country_met_in(body, start, knowledge)


def _office_in_lower_case(body: str, end: int, knowledge: KnowledgeBase) -> str | None:
    """The country of an office in apposition written in lower case: "Gen. Shigeru
    Iwasaki, chief of joint staff for the Japan Self Defense Forces;" (the office's word
    first, then the words of its body up to the clause's end)."""
    opening = _LOWER_OFFICE.match(body, end)
    if opening is not None and opening["word"].capitalize() in _title_words(knowledge):
        return _country_in_apposition(body, end, knowledge)
    # "Lt. Gen. Vasko Gjurchinovski, North Macedonia chief of defense": the country's name
    # before an office word in lower case
    owned = _COUNTRY_OFFICE.match(body, end)
    if owned is None or owned["word"].capitalize() not in _title_words(knowledge):
        return None
    words = owned["country"].split()
    for size in range(len(words), 0, -1):
        # a country's name, or a part of one ("Maj. Gen. Greg Knight, Vermont adjutant
        # general": a state's officer is the country's)
        named = " ".join(words[:size])
        code = knowledge.country_of(named) or region_country(knowledge.places, named)
        if code is not None:
            return code
    return None


_COUNTRY_OFFICE = re.compile(
    r",[ \u00a0]+(?:the[ \u00a0]+)?(?P<country>[A-Z][\w’'.-]*(?:[ \u00a0]+[A-Z][\w’'.-]*){0,3})"
    r"[ \u00a0]+(?P<word>[a-z]+)\b"
)
"""A comma, a country's name and an office word in lower case: ", North Macedonia chief"."""
_LOWER_OFFICE = re.compile(r",[ \u00a0]+(?:the[ \u00a0]+)?(?P<word>[a-z]+)[ \u00a0]+(?:of|for)\b")
"""A comma, an office word in lower case and "of"/"for": ", chief of joint staff for"."""


def _country_in_apposition(body: str, end: int, knowledge: KnowledgeBase) -> str | None:
    """The country the words right after a name give it: "Rask of Honduras", "Lima, the
    Honduran defense minister". The reading stops where the clause moves on: at a verb ("Berg
    visits Honduras"), a clause mark, or a comma that opens the next titled person ("...,
    U.S. Ambassador to Vietnam Marc Knapper")."""
    after = body[end : end + _APPOSITION_REACH]
    if _POSSESSIVE_AFTER.match(after):
        return None  # "Bob Work's Visit to Canada": what is his, not who he is
    title_words = _title_words(knowledge)
    for token in _APPOSITION_TOKEN.finditer(after):
        word = token.group()
        if word == ",":
            rest = after[token.end() :]
            stop = _CLAUSE_END.search(rest)
            if _titled_names(rest if stop is None else rest[: stop.start()], knowledge):
                return None  # a list's next person, with their own title
            continue
        if word in _CLAUSE_MARKS:
            return None
        if word[:1].isupper():
            code = knowledge.country_of(re.sub(r"[’']s$", "", word))
            if code:
                return code
            continue
        if word in _APPOSITION_JOINERS or word.capitalize() in title_words:
            continue
        return None  # "visits", "met", "said": the clause has moved on
    return None


_POSSESSIVE_AFTER = re.compile(r"['’]s\b")
_APPOSITION_REACH = 90
_APPOSITION_TOKEN = re.compile(r"[^\W\d_][\w.’'-]*|[,;:()\n—–]")
_CLAUSE_MARKS = frozenset(";:()\n—–")
_APPOSITION_JOINERS = frozenset({"of", "the", "a", "an", "and", "for", "to", "s"})


@functools.cache
def _met_in() -> re.Pattern[str]:
    """A sentence that opens on the country it happens in: "In Benin, Anderson met with ..."
    (the openings are ``country_openings`` in ``grammar.toml``, matched as written). The
    place runs to the comma, small words and all ("Côte d’Ivoire", "Trinidad and Tobago");
    the gazetteer then says whether it is a country."""
    return re.compile(
        r"(?:^|(?<=[.;!?]\s)|(?<=\n))"
        rf"(?:{phrase_pattern(grammar().country_openings)})"
        rf"\s+(?P<place>{UPPER}[^\W\d_]*(?:[ \u00a0’'-][^\W\d_]+){{0,5}}),\s"
    )


def _country_met_in(body: str, start: int, knowledge: KnowledgeBase) -> str | None:
    """The country a sentence opens on ("In Benin, Anderson met with President Patrice
    Talon"): the people it introduces after the meeting word, with no country of their own,
    are of that country (the visitor, named before it, is not)."""
    openings = list(_met_in().finditer(body, max(0, start - _MET_IN_REACH), start))
    if not openings:
        return None
    opening = openings[-1]
    between = body[opening.end() : start]
    if not _MET_WORD.search(between):
        return None
    for stop in _SENTENCE_BREAK.finditer(between):
        word = between[: stop.start()].rsplit(None, 1)[-1] if between[: stop.start()] else ""
        if word not in knowledge.title_words and not _INITIAL_WORD.fullmatch(word):
            return None  # a sentence ended: "... officials. Gen. Smith" is not an abbreviation
    return knowledge.country_of(opening["place"])


_MET_IN_REACH = 300
_SENTENCE_BREAK = re.compile(r"[.!?][ \u00a0]+(?=[A-Z])|\n")
"""A stop and a capital: a sentence's end unless after an abbreviation ("Adm.", "C.")."""
_INITIAL_WORD = re.compile(r"[A-Z]?")
_MET_WORD = re.compile(r"\bmet\b|\bmeet(?:s|ing)?\b")


_PARTICIPLE = re.compile(r"[A-Z][a-z]{3,}ing")
"""A capitalised present participle opening a sentence ("Visiting", "Arriving")."""


def _participle_and_place(name: str, knowledge: KnowledgeBase) -> bool:
    """Whether a name read at a sentence's start is an opening phrase instead: a present
    participle and a place the gazetteer knows ("Visiting Mogadishu, the Minister met ...",
    "Arriving Tokyo, ...")."""
    first, _, rest = name.partition(" ")
    if not rest or not _PARTICIPLE.fullmatch(first):
        return False
    places = knowledge.places
    return city_named(places, rest) is not None or country_named(places, rest) is not None
