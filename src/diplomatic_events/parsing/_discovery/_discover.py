"""Discovering the people of one source: the order of the passes and what each adds.

``discover_people`` runs the finders (titled names, introduction patterns, names after an
office and a comma, bodies, speaker labels, people named by a meeting word, surnames used
alone) over the blocks and keeps what the checks in ``_names`` accept; the readers it asks
(country, headings, later mentions) live in their own modules, so this one holds only the
sequence of the discovery.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence

from attrs import evolve, frozen

from diplomatic_events._needed import WindowScan, holds_needed
from diplomatic_events.knowledge import KnowledgeBase, slug
from diplomatic_events.knowledge._actors import UPPER
from diplomatic_events.knowledge._grammar import grammar, literal_alternation
from diplomatic_events.model import Actor, ActorKind, Block, BlockKind, Role
from diplomatic_events.parsing._analysis import LIST_JOINER, title_case_words
from diplomatic_events.parsing._datelines import DATELINE_AT
from diplomatic_events.parsing._discovery._abbreviations import with_defined_abbreviations
from diplomatic_events.parsing._discovery._comma_titled import comma_titled_names
from diplomatic_events.parsing._discovery._countries import (
    _country_after,
    _country_before_title,
    _country_in_title,
    _country_met_in,
    _country_near,
    _country_of_delegation,
    _office_in_lower_case,
    office_before_style,
    title_start,
)
from diplomatic_events.parsing._discovery._discover_checks import (
    _last_word_ids,
    _met_by_name,
    _named_last_words,
    _named_name_words,
    _one_word_cues,
    _only_title_and_country,
    _opens,
    _styles_only,
    _with_an_office,
)
from diplomatic_events.parsing._discovery._head_names import head_name_people
from diplomatic_events.parsing._discovery._headings import (
    _SMALL_WORD,
    _TITLE_CASE_BLOCKS,
    _TITLE_WORDS_AT_MOST,
    _ends_heading,
    _outside_headings,
    _verb_after_name,
)
from diplomatic_events.parsing._discovery._institutions import (
    _bare_presidency,
    _country_institutions,
    _named_body,
    _plausible_body,
)
from diplomatic_events.parsing._discovery._labels import label_people
from diplomatic_events.parsing._discovery._later_mentions import (
    _called_by_last_word,
    _drop_surnames_of_others,
    _family_name_used,
    _introduced_by_surname,
    _pronoun_gender,
    _surname_subjects,
)
from diplomatic_events.parsing._discovery._names import (
    _LONG_NAME_WORDS,
    _SHORT_NAME_WORDS,
    _before_stop_word,
    _blank_from,
    _common_words,
    _known_as,
    _known_keys,
    _known_names,
    _name_key,
    _no_name_in,
    _part_of_found,
    _participle_and_place,
    _person_described,
    _plausible,
    _spelled_as,
    _starts_with_title_word,
    _trim_long_name,
    _without_title,
    _words_counted,
    with_alias,
)
from diplomatic_events.parsing._discovery._patterns import _patterns, lawmaker_country
from diplomatic_events.parsing._discovery._titled import _NAME_SUFFIX, _titled_names, without_date
from diplomatic_events.parsing._discovery._titles import _JOINER_WORDS, _title_words
from diplomatic_events.parsing._discovery._words import (
    _FEMALE_TITLES,
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


_OF_AFTER = re.compile(r"[ \u00a0]+of[ \u00a0]")
_SMALL_AFTER = re.compile(rf"[ \u00a0]+(?:{_SMALL_WORD.pattern})[ \u00a0]")
"""A small word a title-case heading leaves in lower case, after a name."""


_TRAILING_STYLES = re.compile(
    rf"(?:[ \u00a0,]+(?:{literal_alternation(grammar().courtesy_styles)})\.?)+[ \u00a0]*$"
)
"""Styles of courtesy at the end of the words before a name ("..., Honourable ")."""
_AROUND_NICKNAME = re.compile(rf"({_NAME_TOKEN})[ \u00a0]+$")
"""The given name right before a nickname."""


def _with_nicknames(found: dict[str, Actor], written: str, knowledge: KnowledgeBase) -> None:
    """Each person found whose name the text writes with a nickname between the given name
    and the surname ("Lt. Gen. Frederick "Ben" Hodges") with that form as an alias, so a
    mention of the form as written ("said Lt. Gen. Frederick "Ben" Hodges") is theirs.

    A known person so written, a middle initial perhaps before the nickname ("General
    William E. "Kip" Ward"), is introduced by that name: the surname after the nickname is
    theirs in this text, as a mention of the whole name makes it ("Ward said"), even where
    the data let the word alone name no one."""
    by_name = {actor.name: key for key, actor in found.items()}
    for nickname in NICKNAME.finditer(written):
        reach = max(0, nickname.start() - _WORD_REACH)
        surname = _NAME_AFTER.match(written, nickname.end())
        if surname is None:
            continue
        given = _AROUND_NICKNAME.search(written, reach, nickname.start())
        key = None if given is None else by_name.get(f"{given.group(1)} {surname.group(1)}")
        if key is not None and given is not None:
            form = " ".join(written[given.start(1) : surname.end(1)].split())
            with_alias(found, found[key], form)
            continue
        given = _GIVEN_BEFORE_NICKNAME.search(written, reach, nickname.start())
        named = None if given is None else _name_key(f"{given[1]} {surname[1]}")
        known_id = None if named is None else _known_keys(knowledge).get(named)
        known = None if known_id is None else found.get(known_id) or knowledge.actor(known_id)
        if known is not None and known.kind is ActorKind.PERSON:
            with_alias(found, known, surname.group(1))


_COMMA_GIVEN_NAME = re.compile(
    r"(?<=\.[ \u00a0])(?P<family>[A-Z][a-z]{1,6}),(?P<space>[ \u00a0])"
    r"(?P<given>[A-Z][a-z]+-[A-Za-z][a-z]+)\b"
)
"""A short family name after an abbreviated title or style ("Gen. ", "Mr. ", "Dr. "), a comma
and a hyphenated given name: the way some writers give a Korean name ("Gen. Lee, Sun-jin").
The replacement keeps the length: the comma is dropped and a space put before the family name."""


def _with_comma_given_names(found: dict[str, Actor], written: str) -> None:
    """Each person found as "Lee Sun-jin" whom the text writes "Lee, Sun-jin" with that form
    as an alias, so its mentions as written are theirs."""
    by_name = {actor.name: key for key, actor in found.items()}
    for match in _COMMA_GIVEN_NAME.finditer(written):
        key = by_name.get(f"{match['family']} {match['given']}")
        if key is not None:
            with_alias(found, found[key], f"{match['family']}, {match['given']}")


_GIVEN_BEFORE_NICKNAME = re.compile(rf"({_NAME_TOKEN})(?:[ \u00a0]+[A-Z]\.)?[ \u00a0]+$")
"""A given name before a nickname, a middle initial perhaps between ("William E. "Kip"")."""


def _with_surnames_of_long_names(found: dict[str, Actor], text: str) -> None:
    """Each person found by a name of four words or more ("Abdo Rabu Mansour Hadi") whom
    the text also calls by the last word alone ("President Hadi") with that word as an
    alias: the short form a reader, and a comparison with another outlet's spelling of the
    long name, goes by."""
    for key, actor in list(found.items()):
        if actor.kind is not ActorKind.PERSON:
            continue
        words = actor.name.split(" ")
        last = words[-1]
        if (
            len(words) < _LONG_NAME_ALIAS_WORDS
            or last in actor.aliases
            or len(last) < 3
            or _NAME_SUFFIX.fullmatch(last)
        ):
            continue  # "Charles Q. Brown Jr.": a suffix is no surname
        at = text.find(last)
        while at >= 0:
            before = text[max(0, at - len(words[-2]) - 1) : at]
            if not before.startswith(words[-2]) and _alone(text, at, at + len(last)):
                found[key] = evolve(actor, aliases=(*actor.aliases, last))
                break
            at = text.find(last, at + 1)


def _alone(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a whole word with no capitalised word after it (a
    surname used alone, not the start of another name)."""
    return (
        (start == 0 or not _WORD_CHAR.match(text, start - 1))
        and (end == len(text) or not _WORD_CHAR.match(text, end))
        and _CAPITAL_AFTER.match(text, end) is None
    )


_WORD_CHAR = re.compile(r"[\w’'-]")
_CAPITAL_AFTER = re.compile(r"[ \u00a0]+[A-Z]")
_LONG_NAME_ALIAS_WORDS = 4
"""The fewest words of a name whose last word, used alone, is kept as an alias."""


_NAME_AFTER = re.compile(rf"[ \u00a0]+({_NAME_TOKEN})")
_WORD_REACH = 40


def _surname_alone(text: str, name: str, headings: Sequence[tuple[int, int]]) -> bool:
    """Whether the prose writes the last word of a name read in a heading, as written or in
    capitals ("Nuland:", "VFM CHO:" under "Remarks by Assistant Secretary of State Victoria
    Nuland at ...", "Remarks With First Vice Foreign Minister Cho Tae-yong at ..."): a
    surname it uses."""
    surname = name.rsplit(" ", 1)[-1]
    return _outside_headings(text, surname, headings) or _outside_headings(
        text, surname.upper(), headings
    )


def _first_words_alone(text: str, name: str, headings: Sequence[tuple[int, int]]) -> bool:
    """Whether the prose writes the first word or words of a name read in a heading without
    the rest, as written or in capitals: the rest was the heading's ("Secretary Mayorkas
    Opening Remarks")."""
    words = name.split(" ")
    return any(
        _outside_headings(text, first, headings) or _outside_headings(text, first.upper(), headings)
        for first in (" ".join(words[:size]) for size in range(1, len(words)))
    )


def _datelines_ended(text: str, blocks: Sequence[Block]) -> str:
    """``text`` with a line break for the last character of each block's dateline
    (:data:`~diplomatic_events.parsing._datelines.DATELINE_AT`), where a sentence opens."""
    pieces: list[str] = []
    done = 0
    for block in blocks:
        dateline = DATELINE_AT.match(text, block.start, block.end)
        if dateline is not None and dateline.end() > done:
            pieces += (text[done : dateline.end() - 1], "\n")
            done = dateline.end()
    return "".join((*pieces, text[done:])) if pieces else text


def discover_people(text: str, blocks: Sequence[Block], knowledge: KnowledgeBase) -> Discovery:
    """People introduced in ``blocks`` whom ``knowledge`` does not know."""
    # a nickname between a given name and a surname is no part of the name: read
    # "Gen. Michael “Erik” Kurilla" as "Gen. Michael Kurilla" (blanked, offsets kept)
    as_written = text
    text = NICKNAME.sub(lambda m: " " * len(m.group()), text)
    # a style of several words before a name is no part of it: "Gen. Tan Sri Raja Mohamed
    # Affandi" read as "Gen.         Raja Mohamed Affandi" (blanked, offsets kept)
    styles = _name_styles()
    if styles is not None:
        text = styles.sub(lambda m: " " * len(m.group()), text)
    # a family name, a comma and a hyphenated given name after a title ("Gen. Lee, Sun-jin,
    # the chairman"): read as "Gen.  Lee Sun-jin" (the comma dropped and the family name
    # moved on by one, offsets after it kept)
    text = _COMMA_GIVEN_NAME.sub(lambda m: f"{m['space']}{m['family']} {m['given']}", text)
    # the story's first words stand after its dateline ("ACCRA, GHANA - Henrietta Fore,
    # Director of ..."): the dateline's last character read as a line break, offsets kept
    text = _datelines_ended(text, blocks)
    known_names = _known_names(knowledge)
    second_words: frozenset[str] | None = None  # read once, at the first single name
    found: dict[str, Actor] = {}
    named: frozenset[str] | None = None  # the last words of the known people the text names
    words_named: frozenset[str] | None = None  # every word of their names
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
        if index in title_like:
            # a heading's capitalised words run on past a name: a known person's longer form
            # up to a word that never makes up a name ("Foreign Minister of Brazil Antonio
            # de Aguiar Patriota" of "... Before Their Meeting") is read, as an alias
            for head in _heads_before_stop_words(body):
                for titled in _titled_names(head, knowledge, common):
                    # the first and last names of a known person, exactly ("Volodymyr
                    # Zelenskyy Arrives" is no form of his)
                    written = _name_key(titled.name)
                    if written is not None and written in _known_keys(knowledge):
                        _known_as(titled.name, knowledge, found)
        # the country a list's first name had from a possessive before its title, which
        # the names coordinated with it share ("Côte d’Ivoire’s Minister of Defence A and Chief
        # of Defence Staff Lt. Gen. B"), or from its title itself, which the government
        # offices listed with it share ("Latvian President A, Foreign Minister B and Defense
        # Minister C"; not a rank: "Romanian Chief of Defense Gen. A, and Maj. Gen. B" may be
        # an officer of another army): (where that name ends, its country, from the title)
        stated: tuple[int, str, bool] | None = None
        for titled in titled_names:
            name = titled.name
            # a possessive before the title, or the party a phrase before it lists ("a
            # Zambian government delegation that included Foreign Minister A, B and C")
            own = (
                _country_before_title(body, titled, knowledge)
                or office_before_style(body, title_start(body, titled), titled.title, knowledge)
                or _country_of_delegation(body, titled, knowledge)
            )
            opens = title_start(body, titled)
            shared = (
                stated[1]
                if stated is not None
                and 0 <= opens < titled.start
                and LIST_JOINER.fullmatch(body, stated[0], opens)
                and (not stated[2] or knowledge.is_office_title(titled.title))
                else None
            )
            title_country = _country_in_title(titled.title, knowledge)
            if own is not None:
                stated = (titled.end, own, False)
            elif shared is not None and stated is not None:
                stated = (titled.end, shared, stated[2])  # passed on as the list's first had it
            elif title_country is not None:
                stated = (titled.end, title_country, True)
            else:
                stated = None
            if name.casefold() in known_names or _spelled_as(name, knowledge, found):
                continue
            if _blank_from(text, block.start + titled.end):
                continue  # "President Petro Porosh": the excerpt cut the name off
            if index in title_like and _verb_after_name(text, name, headings):
                continue  # "General Langley Engages with Leaders" over "Langley" in prose
            if _known_as(name, knowledge, found) or _part_of_found(name, found):
                continue
            found[slug(name)] = Actor(
                id=slug(name),
                name=name,
                kind=ActorKind.PERSON,
                # the title's country, or "of the Philippines" right after the name; a
                # country merely near is as often the other side's
                country=title_country
                or own
                or shared
                # "Senator Cory Gardner (R-Colo.)": a lawmaker's party and state
                or lawmaker_country(body, titled.end)
                or _country_after(body, titled.end, knowledge)
                or _office_in_lower_case(body, titled.end, knowledge)
                or _country_met_in(body, titled.start, knowledge),
                roles=(Role(title=titled.title),),
                discovered=True,
            )
        opened: dict[int, bool] = {}  # each gate asked once per block
        for pattern, needs in _patterns(knowledge):
            if not _opens(needs, text, block, gates, opened):
                continue  # no title, age or honorific in the block: no match
            for match in pattern.finditer(body):
                # a title's single name is group "single" ("name" holds one with a number)
                group = "name" if match.group("name") is not None else "single"
                # an editor's bracket inside the name ("Elmar [Mammadyarov, ...]") is no part
                spelled = match.group(group).replace("[", "").replace("]", "")
                name = _without_title(re.sub(r"\s+", " ", spelled), knowledge)
                name = without_date(name, body, match.end(group))
                if " " not in name and not match.groupdict().get("title"):
                    continue
                if match.groupdict().get("ended") is not None:
                    if second_words is None:
                        second_words = _second_name_words(text, knowledge)
                    if _named_otherwise(name, knowledge, second_words):
                        continue
                    titled_name = f"{match.group('title')} {name}".casefold()
                    if titled_name in known_names or _known_name_starts(knowledge) & {
                        titled_name,
                        name.casefold(),
                    }:
                        continue  # "King Abdullah": the start of a known name (Abdullah II)
                if _blank_from(text, block.start + match.end(group)):
                    # the excerpt cut the name off: a long name keeps the words before the
                    # cut one ("Vice Adm. Ramón Gustavo Betances Hernánde")
                    if _words_counted(name) <= _SHORT_NAME_WORDS:
                        continue
                    name = name.rsplit(" ", 1)[0]
                # "Remarks With Uzbek President Islam Karimov Before Their Meeting": in a
                # heading, a word that never makes up a name ends the name before it
                stopped = _before_stop_word(name) if index in title_like else None
                if index in title_like and _words_counted(stopped or name) > _SHORT_NAME_WORDS - (
                    stopped is not None
                ):
                    # a heading's capitalised words run on: past three, and stopped by a word
                    # past three, they are the heading's ("President Xi Jinping Opening
                    # Remarks", "Secretary Perry Continues Engagement With ...")
                    continue
                trimmed = _trim_long_name(stopped or name, knowledge, common)
                if trimmed is None:
                    continue
                name = trimmed
                if not _plausible(name, _LONG_NAME_WORDS):
                    continue
                if name.casefold() in known_names:
                    styled_as = (match.groupdict().get("title") or "").rstrip(".")
                    if " " in name or styled_as not in grammar().honorifics:
                        continue  # "Secretary Napolitano": the office tells which one
                    # "Lord Collins of Highbury": a lone surname after an honorific, which
                    # tells no office, is a known person's when the page names them, else
                    # someone the data does not know; the office is looked for first, as
                    # the names need a reading of the whole page
                    if _with_an_office(text, name, knowledge):
                        continue
                    words_named = (
                        _named_name_words(text, knowledge) if words_named is None else words_named
                    )
                    if slug(name) in words_named:
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
                    # "Remarks by Assistant Secretary of State Victoria Nuland at a Media
                    # Availability": the small words a heading leaves in lower case end a
                    # full name too, when the prose writes its last word (the surname: a
                    # "Nuland:" label) but not its first words alone ("Secretary Mayorkas
                    # Opening Remarks at ..." over "Mayorkas", "RICHARDSON") nor any of its
                    # words in lower case ("US Vice President Pledges Support for Ukraine")
                    and not (
                        " " in name
                        and _SMALL_AFTER.match(body, match.end(group))
                        and _surname_alone(text, name, headings)
                        and not _first_words_alone(text, name, headings)
                        and not any(word.casefold() in common for word in name.split(" "))
                        # nor a known person's surname ("Kerry Welcomes Carter" over "Ash
                        # Carter")
                        and slug(name.rsplit(" ", 1)[-1]) not in _named_name_words(text, knowledge)
                    )
                    and stopped is None
                ):
                    continue  # "Secretary Tillerson Traveled to East Asia": no name ends there
                styled = found.get(slug(name))
                if (
                    styled is not None
                    and _styles_only(styled.roles[0].title if styled.roles else "")
                    and not _styles_only(match.groupdict().get("title") or "")
                ):
                    # "the Prime Minister of Belize, Hon Dean Barrow": found first with the
                    # style alone, the office this match gives is the title
                    del found[styled.id]
                if _known_as(name, knowledge, found):
                    continue
                if _starts_with_title_word(name, knowledge):
                    continue
                words = name.split(" ")
                if _no_name_in(words, knowledge, common):
                    continue  # "Public Affairs", "There Biden"
                if _only_title_and_country(words, knowledge):
                    continue  # "stated Honduran Gen. Mario Castillo": "Honduran Gen" is a title
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
                if match.groupdict().get("title") and match.start("title") < match.start(group):
                    # an office before the name is the name's, not the next one in a list
                    # ("Attorney General of El Salvador, Douglas Meléndez, Attorney General
                    # of Guatemala, Thelma Aldana")
                    # (the styles of courtesy before the name are none of it: "the Prime
                    # Minister of Belize, Honourable John Briceño")
                    office = _TRAILING_STYLES.sub(
                        "", body[match.start("title") : match.start(group)]
                    )
                    country = _country_in_title(office.rstrip(" ,\u00a0"), knowledge)
                # "Rob Portman (R-Ohio)", before a country named near ("... (D-Ga.) to
                # Lebanon and Israel")
                if country is None and match.groupdict().get("title"):
                    # "Indian Minister of Commerce, Mr. A and U.S. Trade Representative B"
                    country = office_before_style(
                        body, match.start("title"), match.group("title"), knowledge
                    )
                country = country or lawmaker_country(body, match.end(group))
                # the apposition read from the match's end, then from the name's: the
                # office after it may be one the match took in part (", minister for " of
                # ", minister for equipment, support and technology for the British ...")
                country = country or _country_near(
                    body, match.start(), match.end(), knowledge, name_end=match.end(group)
                )
                titled_as = re.sub(r"\s+", " ", match.groupdict().get("title") or "")
                if (
                    titled_as
                    and match.start("title") < match.start(group)
                    and _apposition_of_someone(body, match.start("title"), knowledge)
                ):
                    # "Mike Pence, Vice President of the United States, the Honorable Karen
                    # Pence, Second Lady": the office is the name's before it
                    titled_as = ""
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
        body = text[block.start : block.end]
        for titled in comma_titled_names(body, knowledge):
            if index in title_like and (
                body[titled.end :].strip()
                or not _only_title_and_country(
                    [w for w in titled.title.split() if w not in _JOINER_WORDS], knowledge
                )
                or any(word.casefold() in common for word in titled.name.split())
            ):
                # a heading's capitalised words run on, unless a name ends it after an office
                # of title words ("... Press Conference with the Foreign Minister of
                # Azerbaijan, Elmar Mammadyarov"; not "... Visits Estonia, Extends
                # Congratulations"), of no words the text writes in lower case
                continue
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
    for actor in head_name_people(text, blocks, knowledge):
        if actor.id in found or _known_as(actor.name, knowledge, found):
            continue
        if _part_of_found(actor.name, found) or _no_name_in(
            actor.name.split(" "), knowledge, common
        ):
            continue
        found[actor.id] = actor
    for actor in label_people(text, blocks, knowledge):
        if actor.id in found or _known_as(actor.name, knowledge, found):
            continue
        if " " not in actor.name:
            surname = slug(actor.name)
            if surname in _last_word_ids(knowledge):
                named = _named_last_words(text, knowledge) if named is None else named
                if surname in named:
                    continue  # "VICE PRESIDENT RAMIREZ" is Marta Lucía Ramírez, named in full
            if any(
                slug(existing.name.split()[-1]) == surname
                for existing in found.values()
                if existing.kind is ActorKind.PERSON
            ):
                continue
        if any(actor.name in existing.names() for existing in found.values()):
            continue
        found[actor.id] = actor
    _met_by_name(text, blocks, title_like, knowledge, known_names, found, common)
    cues = cue_words
    searched: dict[str, tuple[int, int] | None] = {}
    subjects = [
        match
        for block in blocks
        for match in _surname_subjects(knowledge, cues).finditer(text[block.start : block.end])
    ]
    told = Counter(match["surname"] for match in subjects)
    for match in subjects:
        _introduced_by_surname(
            text, match, knowledge, known_names, found, genders, common, searched, told
        )
    for key, actor in list(found.items()):
        if " " not in actor.name and any(
            actor.name in other.name.replace(",", "").split(" ")
            for other in found.values()
            if other is not actor
        ):
            # "Minister Shin Won-sik" then "Minister Shin said": the full name is known (a
            # suffix's comma aside: "Harry K. Thomas, Jr." then "Ambassador Thomas said").
            del found[key]
    for key, actor in found.items():
        if (
            _called_by_last_word(text, actor)
            and knowledge.family_name_first(actor.country)
            and not any(
                _country_in_title(role.title, knowledge) == actor.country for role in actor.roles
            )
        ):
            # "President Aleksandar Vučić ... with China" then "Vučić was jubilant": the
            # country guessed from nearby words is wrong when the text uses the last name;
            # not the country of the person's own title ("ROK Lt. Gen. Hyoung Soo Kim" then
            # "Kim said": a name written in the Western order)
            found[key] = actor = evolve(actor, country=None)
        family = _family_name_used(text, actor, knowledge, cues)
        if family is not None:
            found[key] = evolve(actor, aliases=(*actor.aliases, family))
    _drop_surnames_of_others(found, knowledge, text)
    if as_written != text:
        _with_nicknames(found, as_written, knowledge)
        _with_comma_given_names(found, as_written)
    _with_surnames_of_long_names(found, text)
    with_defined_abbreviations(found, text, knowledge)
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


def _heads_before_stop_words(body: str) -> list[str]:
    """A heading up to each word that never makes up a name and ends a run of other words
    ("Remarks With Foreign Minister of Brazil Antonio de Aguiar Patriota" of "... Before Their
    Meeting"): a name before such a word ends there."""
    stop = grammar().name_stop_words
    words = body.split(" ")
    return [
        " ".join(words[:at])
        for at in range(1, len(words))
        if words[at] in stop and words[at - 1] not in stop
    ]


_APPOSITION_COMMA = re.compile(r",[ \u00a0]+$")
_APPOSITION_REACH = 80


def _apposition_of_someone(body: str, title_start: int, knowledge: KnowledgeBase) -> bool:
    """Whether the office at ``title_start`` follows a known person's name and a comma
    ("Mike Pence, Vice President of ..."): it is that person's apposition."""
    start = max(0, title_start - _APPOSITION_REACH)
    return any(
        _APPOSITION_COMMA.fullmatch(body, mention.end, title_start) is not None
        for mention in knowledge.find_mentions(body, start, title_start)
        if knowledge.is_person(mention.actor)
    )


@functools.cache
def _name_styles() -> re.Pattern[str] | None:
    """The styles of several words written before a name (``name_styles`` in
    ``grammar.toml``), before the name's first capitalised word."""
    styles = grammar().name_styles
    if not styles:
        return None
    alternation = literal_alternation(styles, space=r"[ \u00a0]+")
    return re.compile(rf"\b(?:{alternation})(?=[ \u00a0]+[A-Z])")


def _named_otherwise(name: str, knowledge: KnowledgeBase, second_words: frozenset[str]) -> bool:
    """Whether a title's single word, read up to a lower-case word or a sentence's end, is
    rather a country's word ("Malaysian"), a known person's surname in another spelling
    ("Fernandez" for Alberto Fernández), or the last word of a fuller name the text writes
    ("Assistant Secretary Nuland" of Victoria Nuland): the longer reading is theirs."""
    return (
        knowledge.country_of(name) is not None
        or slug(name) in _known_surname_slugs(knowledge)
        or name in second_words
    )


_CAPITALISED_PAIR = re.compile(
    rf"(?<![\w’'.-])({UPPER}[\w’'-]*\.?)(?=[ \u00a0]+({UPPER}[\w’'-]*)(?![\w’'.-]))"
)


def _second_name_words(text: str, knowledge: KnowledgeBase) -> frozenset[str]:
    """The capitalised words the text writes after a capitalised word that is no title word
    ("Nuland" of "Victoria Nuland", "Thomas" of "Harry K. Thomas", not of "Secretary
    Nuland" nor "Gen. Thomas"), read in one pass."""
    titles = _title_words(knowledge)
    return frozenset(
        match.group(2)
        for match in _CAPITALISED_PAIR.finditer(text)
        if match.group(1).rstrip(".") not in titles
    )


def _known_surname_slugs(knowledge: KnowledgeBase) -> frozenset[str]:
    """The slugs of the known people's surnames, built once per knowledge."""
    return knowledge.cached(
        "vocabulary:known-surname-slugs",
        lambda: frozenset(
            slug(surname)
            for actor in knowledge.actors
            if actor.kind is ActorKind.PERSON and (surname := knowledge.surname(actor.id))
        ),
    )


def _known_name_starts(knowledge: KnowledgeBase) -> frozenset[str]:
    """The first words of every known actor's names and aliases, case-folded ("king
    abdullah" of "King Abdullah II"), built once per knowledge."""

    def build() -> frozenset[str]:
        starts: set[str] = set()
        for actor in knowledge.actors:
            for known in actor.names():
                words = known.casefold().split()
                starts.update(" ".join(words[:count]) for count in range(1, len(words)))
        return frozenset(starts)

    return knowledge.cached("vocabulary:known-name-starts", build)
