"""Titled names: the patterns that introduce a person, runs of capitalised words, name keys."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from attrs import evolve, frozen

from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.knowledge._actors import LOWER, UPPER
from diplomatic_events.knowledge._alternation import alternation
from diplomatic_events.knowledge._grammar import grammar, phrase_pattern
from diplomatic_events.knowledge._prefilter import lookahead
from diplomatic_events.model import Actor, ActorKind, BlockKind
from diplomatic_events.parsing._discovery._words import (
    _APPOSITIVE,
    _HONORIFIC,
    _HONORIFIC_WORDS,
    _INTRODUCED_AFTER,
    _LOWER_WORD,
    _NAME,
    _NAME_TOKEN,
    _NOT_AFTER_HONORIFIC,
    _NOT_PERSON_NOUNS,
)
from diplomatic_events.typing import ActorId, SourceId


def _title_alternation(titles: Sequence[str]) -> str:
    if not titles:
        return ""
    # "President-elect Buhari", "Prime Minister-designate ...": the office, not yet held
    offices = alternation(titles, space=r"[ \u00a0]+")
    return rf"(?:{offices})(?:-elect|-designate)?"


def _patterns(
    knowledge: KnowledgeBase,
) -> tuple[tuple[re.Pattern[str], re.Pattern[str] | None], ...]:
    """The patterns that introduce a name, each with its gate: a pattern that finds what
    every match of it holds (a title, an age, an honorific), so a block the gate finds
    nothing in is not searched (``None``: no gate)."""

    # A pattern that starts with a name says so first, "(?=[A-Z...])": one test of a
    # character rather than every lookbehind at every position.
    def build() -> tuple[tuple[re.Pattern[str], re.Pattern[str] | None], ...]:
        titles = _title_alternation(knowledge.titles) or "President"
        cues = _title_alternation([c for c in knowledge.cues if " " not in c]) or "said"
        title = re.compile(titles)
        cue = re.compile(cues)
        age = re.compile(r",[ \u00a0]+\d{1,3},")
        honorific = re.compile("|".join(_HONORIFIC_WORDS))
        words = grammar()
        regnal = "|".join(re.escape(n) for n in sorted(words.regnal_numbers, key=len)[::-1])
        after_single_name = phrase_pattern(words.after_single_name)
        title_lead = lookahead(rf"(?<![\w-])(?:{titles})")
        honorific_lead = lookahead(rf"(?<![\w-]){_HONORIFIC}")
        patterns = (
            # a title first: its first letters said first (told from the titles alone, so
            # the long pattern is compiled once), as for the honorifics at the end
            re.compile(
                rf"{title_lead}(?:(?<![\w-])(?P<title>{titles})[ \u00a0]+(?P<name>{_NAME})"
                rf"(?![\w-]))"
            ),
            re.compile(
                # (not after an honorific's stop: "Ms. Rebecca Zimmerman, hosted Colombia's
                # Minister" names her, then whom she hosted)
                rf"(?={UPPER})(?:^|(?<=[.;:!?“\"]\s){_NOT_AFTER_HONORIFIC}|(?<=\n)"
                rf"|(?<=^\s))(?P<name>{_NAME}),[ \u00a0]+"
                rf"(?:the[ \u00a0]+|a[ \u00a0]+|an[ \u00a0]+)?[^,.;\n]{{0,60}}?"
                rf"(?<![\w-])(?P<title>{titles})(?![\w])",
                re.MULTILINE,
            ),
            # "A Chinese Foreign Ministry spokesperson, Wang Wenbin, said": title, comma, name;
            # also "the leader of the main opposition party, Izumi Kenta, said", "Minister
            # for International Development, Anneliese Dodds, visited" and a name
            # that ends the sentence ("the city's party secretary, Chen Jining.").
            re.compile(
                rf"(?<![\w-])(?P<title>{titles})"
                rf"(?:[ \u00a0]+(?:of|for)[ \u00a0]+[^,.;\n]{{1,60}}?)?,"
                rf"[ \u00a0]+(?P<name>{_NAME})(?:,[ \u00a0]|\.(?=\s|$))",
            ),
            # "with Moussa Faki, Chairperson of the African Union Commission": a full name
            # where someone is introduced, then its office in capitals and what it is of
            re.compile(
                rf"(?={UPPER}){_INTRODUCED_AFTER}(?P<name>{_NAME}),[ \u00a0]+"
                rf"(?P<title>{titles})[ \u00a0]+(?:of|for|to)[ \u00a0]",
                re.MULTILINE,
            ),
            re.compile(
                rf"(?<![\w-])(?:{cues})[ \u00a0]+(?P<name>{_NAME})"
                rf"(?=[ \u00a0]*(?:,|\.|from\b|of\b|at\b|who\b|$))",
                re.MULTILINE,
            ),
            re.compile(
                rf"(?={UPPER})(?:^|(?<=[.;:!?”\"]\s)|(?<=,\s))(?P<name>{_NAME})[ \u00a0]+"
                rf"(?:{cues})\b",
                re.MULTILINE,
            ),
            # "..., first lady Ana Lis said", "opposition leader Ana Lis said": a lower-case
            # role before a full name in subject place, right before a cue.
            re.compile(
                rf"(?={LOWER})(?:^|(?<=[.;:!?”\"]\s)|(?<=,\s))(?:{_LOWER_WORD}[ \u00a0]+){{1,3}}"
                rf"(?P<name>{_NAME})[ \u00a0]+(?:[a-z]+ly[ \u00a0]+)?(?:{cues})\b",
                re.MULTILINE,
            ),
            # "In Bergamo, Paolo Verdini, who runs a valve maker, said": a relative clause
            # between the name and its cue.
            re.compile(
                rf"(?={UPPER})(?:^|(?<=[.;:!?”\"]\s)|(?<=,\s))(?P<name>{_NAME}),[ \u00a0]+who\b"
                rf"[^.;:\n\"“”]{{1,160}}?,[ \u00a0]+(?:{cues})\b",
                re.MULTILINE,
            ),
            # "Iryna Bondar, a 52-year-old schoolteacher, said", "Rahul Verma, 34, a nurse
            # from Lviv", "Tom Ashworth, head of trade at the Chambers of Commerce, said",
            # "said Jelena Marković, a researcher at ...", "Among them was Ana Lis, an
            # engineer": a full name in a subject's place with an appositive description.
            re.compile(
                rf"(?={UPPER}){_INTRODUCED_AFTER}(?P<name>{_NAME}),[ \u00a0]+"
                rf"(?:\d{{1,3}},[ \u00a0]+)?"
                rf"(?P<description>{_APPOSITIVE})",
                re.MULTILINE,
            ),
            # "protester Kim Hye-won, 29, held up a sign", "restaurant owner Grace Cho, 58,
            # said": an age in commas after a full name marks a person wherever it stands.
            re.compile(
                rf"(?={UPPER})(?<![\w’'-])(?P<name>{_NAME}),[ \u00a0]+\d{{1,3}},[ \u00a0]+"
                rf"(?P<description>{_LOWER_WORD})"
            ),
            # "Foreign Minister Sugiono, who ...": a title before a single name (mononyms,
            # common in Indonesia) when no other capitalised word follows.
            # Also before "of <Country>" ("President-elect Buhari of Nigeria") and before a
            # word that cannot go on a name ("King Abdullah today", "President Guelleh and
            # his delegation").
            re.compile(
                rf"(?<![\w-])(?={UPPER})(?P<title>{titles})[ \u00a0]+"
                # a regnal number makes the word a name wherever it stands: "King Abdullah II"
                rf"(?:(?P<name>{_NAME_TOKEN}[ \u00a0](?:{regnal}))(?![\w’'-])"
                rf"|(?P<single>{_NAME_TOKEN})"
                rf"(?![\w’'-])(?=,|[ \u00a0]+(?:{cues})\b"
                rf"|[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?{UPPER}"
                rf"|[ \u00a0]+(?i:{after_single_name})\b))"
            ),
            re.compile(
                rf"{honorific_lead}(?:(?<![\w-]){_HONORIFIC}[ \u00a0]+(?P<name>{_NAME})(?![\w-]))"
            ),
            re.compile(
                rf"{honorific_lead}(?:(?<![\w-]){_HONORIFIC}[ \u00a0]+(?P<name>{_NAME_TOKEN})"
                rf"(?![\w-])(?![ \u00a0]+{UPPER}))"
            ),
        )
        # Each pattern's gate, in the same order: the four that start or end with a title,
        # the four with a cue word, the mononym after a title, the age in commas and the two
        # honorifics have one.
        gates = (title, title, title, title, cue, cue, cue, cue, None, age, title)
        return tuple(zip(patterns, (*gates, honorific, honorific), strict=True))

    return knowledge.cached("vocabulary:discovery-patterns", build)


def _met_patterns(knowledge: KnowledgeBase) -> tuple[re.Pattern[str], tuple[re.Pattern[str], ...]]:
    """The patterns that find a full name as the one met ("held talks with Rajmund
    Andrzejczak, ...") or the one who met ("Bashar al-Assad thanked Vladimir Putin"), where
    no title, cue or appositive introduces it; with their gate (a meeting word)."""

    def build() -> tuple[re.Pattern[str], tuple[re.Pattern[str], ...]]:
        words = grammar()
        before = phrase_pattern(words.met_before_name)
        after = phrase_pattern(words.met_after_name)
        return re.compile(rf"\b(?:{before}|{after})\b"), (
            re.compile(
                rf"(?<![\w-])(?:{before})[ \u00a0]+(?P<name>{_MET_NAME})(?![\w’'.-])"
                rf"(?=[ \u00a0]*(?:[,;:]|\.(?:\s|$)|$)|[ \u00a0]+(?:{_MET_NAME_ENDS})\b)",
                re.MULTILINE,
            ),
            re.compile(
                rf"(?={UPPER})(?:^|(?<=[.;:!?”\"]\s)|(?<=,\s))(?P<name>{_MET_NAME})[ \u00a0]+"
                rf"(?:{after})\b",
                re.MULTILINE,
            ),
        )

    return knowledge.cached("vocabulary:discovery-met-patterns", build)


def _without_title(name: str, knowledge: KnowledgeBase) -> str:
    """ "Ambassador Ivo Karan said": the title before a name is not part of it."""
    titles = knowledge.cached(
        "vocabulary:discovery-folded-titles",
        lambda: frozenset(title.casefold() for title in knowledge.titles),
    )
    tokens = name.split(" ")
    while len(tokens) > 1 and tokens[0].casefold() in titles:
        tokens = tokens[1:]
    return " ".join(tokens)


def _plausible(name: str) -> bool:
    tokens = name.split()
    words = [token for token in tokens if not token.endswith(".")]
    return (
        all(token.split("-")[0] not in grammar().name_stop_words for token in tokens)
        and len(words) <= 3
    )


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
_PARTICLE_WORDS = r"bin|ibn|von|van|der|den|da|dos|del|de|la|las|los|al|el"
"""Lower-case particles written apart inside a name ("Ursula von der Leyen", "Cristobal de
la Cerda", "Fahad al Ghofaily")."""
_JOINED_PARTICLE = rf"(?:al|el)-{UPPER}[\w’'-]*"
"""A lower-case particle joined to the word after it ("Bashar al-Assad")."""
_PARTICLE = rf"(?:{_JOINED_PARTICLE}|{_PARTICLE_WORDS})"
"""Lower-case particles inside a name: "Bashar al-Assad", "Ursula von der Leyen"."""
_PARTICLE_WORD = re.compile(_PARTICLE)
_APART_PARTICLE = re.compile(rf"(?:{_PARTICLE_WORDS})")
_NAME_WORD = re.compile(_NAME_TOKEN)
_TWO_CAPITALS = re.compile(r"[A-Z]{2}|(?:[A-Z]\.){2}")
"""A given name written as two initials, without stops or with them ("CQ", "K.K.")."""
_SMALL_LETTERS = re.compile(r"[a-z]+")
_MET_NAME = (
    rf"{_NAME_TOKEN}(?:[ \u00a0](?:(?:{_PARTICLE_WORDS})[ \u00a0])*"
    rf"(?:{_NAME_TOKEN}|{_JOINED_PARTICLE})){{1,2}}"
)
"""A full name of two or three words, its lower-case particles included ("Bashar al-Assad")."""
_MET_NAME_ENDS = r"and|in|at|on|for|to|who|during|of|from|as|after|before|over|about"
"""Words that end a name written after a meeting word ("met Rajmund Andrzejczak in Warsaw")."""
_RUN_TOKEN = (
    rf"(?:{UPPER}[\w’'.-]*|\d+(?:st|nd|rd|th)|\d(?=[ \u00a0]+{UPPER})|{_JOINED_PARTICLE}"
    rf"|(?:{_PARTICLE_WORDS})(?=[ \u00a0]+(?:{UPPER}|der|den|la|las|los)))"
)
"""A capitalised word, an ordinal or a grade's digit inside a rank ("Fire Controlman 2nd
Class", "Chief Warrant Officer 5 Randall Dockham"), or a name particle followed by the rest
of the name."""
_RUN_JOINER = r"(?:of|the|for|and|on|to)"
_JOINER_WORDS = frozenset({"of", "the", "for", "and", "on", "to"})
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

    return knowledge.cached("vocabulary:discovery-title-words", build)


def _not_name_words(knowledge: KnowledgeBase) -> frozenset[str]:
    return knowledge.cached(
        "vocabulary:discovery-not-name-words", lambda: frozenset(knowledge.not_name_words)
    )


def _common_words(text: str) -> frozenset[str]:
    """Words the text writes in lower case somewhere: capitalised, they start a sentence or
    a heading ("Cooperation Agreement", "There Biden"), they are not a name."""
    return frozenset(re.findall(r"(?<![\w’'-])[a-z][a-z’'-]+", text))


_MONTH_SHORT = frozenset(
    {"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"}
)
_DAY_AFTER = re.compile(r"\.?[ \u00a0]+\d")


def _month_before_day(body: str, start: int, end: int) -> bool:
    """Whether the word at ``body[start:end]`` is a month's short name before a day ("Jan.
    13"): no name's last word, though "Jan" is a given name ("May" is left out: "Theresa May
    2019" ends with a name)."""
    return body[start:end].rstrip(".") in _MONTH_SHORT and _DAY_AFTER.match(body, end) is not None


def without_date(name: str, body: str, end: int) -> str:
    """``name`` (ending at ``end`` in ``body``) without a last word that is a month's short
    name before a day: "Vincent K. Brooks" in "... Vincent K. Brooks Jan. 13"."""
    head, _, last = name.rpartition(" ")
    return head if head and _month_before_day(body, end - len(last), end) else name


_NAME_AFTER_COMMA = re.compile(
    rf",[ \u00a0]+(?P<name>{_NAME_TOKEN}(?:[ \u00a0]+{_NAME_TOKEN}){{1,3}})"
    r"(?=[ \u00a0]*(?:[;,.]|$|and\b))",
    re.MULTILINE,
)
"""A comma and a full name ending at a list's mark, after an office: "Deputy Permanent
Secretary of Defence, Ilai Moceica;", "met Foreign Minister, Taye Atske-Selassie, to discuss"."""
_OFFICE_BEFORE = re.compile(
    rf"(?<![\w’'.-])(?P<title>{_RUN_TOKEN}(?:[ \u00a0]+(?:{_RUN_JOINER}[ \u00a0]+)*{_RUN_TOKEN})*)$"
)
"""The capitalised run that ends right before the comma: the office."""
_OFFICE_REACH = 120
"""How far before the comma an office is read: a bounded window keeps the reading linear."""


def comma_titled_names(body: str, knowledge: KnowledgeBase) -> list[_TitledName]:
    """Names after an office and a comma, as official lists write them: the office made
    only of title words, joiners and country words, one of them an office's."""
    title_words = _title_words(knowledge)
    blockers = _not_name_words(knowledge)
    found: list[_TitledName] = []
    for match in _NAME_AFTER_COMMA.finditer(body) if "," in body else ():
        office = _OFFICE_BEFORE.search(body, max(0, match.start() - _OFFICE_REACH), match.start())
        if office is None:
            continue
        parts = [p.group() for p in _RUN_PART.finditer(office["title"])]
        while parts and parts[0] in ("the", "and"):
            parts = parts[1:]
        # the run is an office from its first word: not "In Suva", not "Youth and Gender
        # Affairs" (the end of an office the comma before it cut)
        if not parts or not (
            parts[0].rstrip(".") in title_words or knowledge.country_of(parts[0]) is not None
        ):
            continue
        # after "of" or "for" the office's field may be any word ("Commissioner of Police")
        joined = next((i for i, p in enumerate(parts) if p in ("of", "for")), len(parts))
        if not any(_is_office_word(p, title_words) for p in parts[:joined]) or not all(
            p.rstrip(".") in title_words
            or p in _JOINER_WORDS
            or knowledge.country_of(p) is not None
            or p in grammar().region_words
            for p in parts[:joined]
        ):
            continue
        words = match["name"].split()
        if any(
            w.rstrip(".") in title_words or w in blockers or w in grammar().name_stop_words
            for w in words
        ):
            continue
        title = " ".join(parts)
        found.append(
            _TitledName(
                name=" ".join(words), title=title, start=match.start("name"), end=match.end("name")
            )
        )
    return found


def _titled_names(
    body: str, knowledge: KnowledgeBase, common: frozenset[str] = frozenset()
) -> list[_TitledName]:
    """Names after a run of title words: "Army Command Sgt. Maj. John W. Troxell".

    A run of capitalised words is split where its title words end: what follows, two to
    four name words (with middle initials and a "Jr." or "III"), is the name. The title
    needs one word that is a rank, an office or a title, not only a country word.
    """
    title_words = _title_words(knowledge)
    regions = grammar().region_words
    blockers = _not_name_words(knowledge)
    countries: dict[str, str | None] = {}

    def country_of(word: str) -> str | None:
        if word not in countries:
            countries[word] = knowledge.country_of(word)
        return countries[word]

    found: list[_TitledName] = []
    for run in _CAPITALISED_RUN.finditer(body):
        if " " not in run.group() and "\u00a0" not in run.group():
            continue  # one word: no title with a name after it
        whole = list(_RUN_PART.finditer(body, run.start(), run.end()))
        if not any(_is_office_word(part.group(), title_words) for part in whole):
            continue  # no rank, office or title in the run: no title before a name
        runs = [
            people
            for posting in _posting_segments(whole)
            for sentence in _sentence_segments(posting)
            for people in _and_segments(sentence, title_words, country_of)
        ]
        for parts in runs:
            last_title = -1
            by_country = False  # the title ends with a country's name
            for index, part in enumerate(parts):
                word = part.group().rstrip(".")
                pair = (
                    f"{part.group()} {parts[index + 1].group()}" if index + 1 < len(parts) else ""
                )
                if pair and index == last_title + 1 and country_of(pair) is not None:
                    last_title = index + 1  # "Saudi Arabia", "United States", "New Zealand"
                    by_country = True
                    continue
                if index <= last_title:
                    continue
                following = parts[index + 1].group().rstrip(".") if index + 1 < len(parts) else ""
                if (
                    word in title_words
                    # a joiner is in the title only before more of it: "Minister of Defense",
                    # not "Minister Tunde Bakare on Sunday"
                    or (
                        part.group() in _JOINER_WORDS
                        # right after the title: "Minister Tariq Al-Nuaimi of Qatar" is a name
                        # before "of", not a title running on to "Qatar"
                        and index == last_title + 1
                        and (
                            following in title_words
                            or following in _JOINER_WORDS
                            or following in regions
                            or (
                                index + 1 < len(parts)
                                and country_of(parts[index + 1].group()) is not None
                            )
                            # "Ambassador to the United States", "... to the United Nations"
                            or (
                                index + 2 < len(parts)
                                and (
                                    country_of(
                                        f"{parts[index + 1].group()} {parts[index + 2].group()}"
                                    )
                                    is not None
                                    or parts[index + 2].group().rstrip(".") in title_words
                                )
                            )
                        )
                    )
                    or part.group()[:1].isdigit()
                ):
                    last_title, by_country = index, False
                elif country_of(part.group()) is not None and index == last_title + 1:
                    last_title, by_country = index, True  # "Austrian Minister", "U.S. Army"
                elif (
                    word in regions
                    and index == last_title + 1
                    and index > 0
                    and parts[index - 1].group() in _JOINER_WORDS | regions
                ):
                    last_title, by_country = index, True  # "Minister for Africa"
            title_parts, name_parts = parts[: last_title + 1], parts[last_title + 1 :]
            while name_parts and name_parts[-1].group().rstrip(".") in grammar().post_nominals:
                name_parts = name_parts[:-1]  # "Mark Binskin AC": an honour's letters
            if name_parts and _month_before_day(body, name_parts[-1].start(), name_parts[-1].end()):
                name_parts = name_parts[:-1]  # "hosted Gen. Vincent K. Brooks Jan. 13": a date
            joiner = next((i for i, p in enumerate(name_parts) if p.group() in _JOINER_WORDS), None)
            if joiner is not None:
                # "Minister of Defense Tunde Bakare on Sunday": a name ends before a joiner
                name_parts = name_parts[:joiner]
            if title_parts and title_parts[-1].group() in _JOINER_WORDS:
                # "... Iyengar of the Centre for Indo-European Studies": no name after "for"
                continue
            if not any(_is_office_word(p.group(), title_words) for p in title_parts):
                continue
            # a title naming a country, a posting, the body an office belongs to or its
            # field ("Ambassador to the United Nations", "President of the Lao People's
            # Democratic Republic", "Minister for Foreign Affairs") may end with a word no
            # name holds
            posted = by_country or any(p.group() in ("to", "of", "for") for p in title_parts)
            ending = [] if posted else title_parts[-1:]
            # after an abbreviated rank a surname may be such a word ("Rear Adm. Michael Day")
            checked = name_parts[:-1] if title_parts[-1].group().endswith(".") else name_parts
            if any(
                word in blockers
                for p in (*ending, *checked)
                for word in (p.group().rstrip("."), *p.group().rstrip(".").split("-"))
            ):
                continue  # "USS Donald Cook", "the Cooperation Agreement", "Task Force-Micronesia"
            while len(name_parts) > 2 and name_parts[0].group().casefold() in common:
                name_parts = name_parts[1:]  # "Minister of Economic Development Maxim Reshetnikov"
            if not name_parts or (
                # "Adm. R. Hari Kumar": a given name's initial before two names is part of it
                _INITIAL.fullmatch(name_parts[0].group())
                and sum(not _INITIAL.fullmatch(p.group()) for p in name_parts) < 2
            ):
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
            # particles do not count: "Saif bin Nasser bin Mohsin Al Rahbi" is a name of five
            if not 2 <= sum(
                not _APART_PARTICLE.fullmatch(w) for w in words
            ) <= 5 or _PARTICLE_WORD.fullmatch(words[0]):
                continue
            if not all(
                _NAME_WORD.fullmatch(w)
                or _PARTICLE_WORD.fullmatch(w)
                # "Gen. CQ Brown Jr.", "Maj. Gen. K.K. Chinn": a given name written as two
                # initials
                or (i == 0 and _TWO_CAPITALS.fullmatch(w))
                for i, w in enumerate(words)
            ):
                continue
            if _SMALL_LETTERS.fullmatch(words[-1]):
                continue  # a name does not end with a particle
            if any(w.split("-")[0] in grammar().name_stop_words for w in words):
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


_SENTENCE_WORD = re.compile(r"[^\W\d_]{5,}\.")
"""A word of five letters or more with a full stop ("Secretary.") ends a sentence, unlike an
abbreviation ("Gen.", "Sgt.", "Jr.") or an initial."""


def _posting_segments(parts: list[re.Match[str]]) -> list[list[re.Match[str]]]:
    """A run cut at each "to" that does not follow a title naming a posting: "Ambassador to
    the United Nations Kelly Craft" is one run, "President Biden to Host Prime Minister
    Kishida" two."""
    postings = grammar().posting_titles
    segments: list[list[re.Match[str]]] = [[]]
    for part in parts:
        if part.group() == "to" and (
            not segments[-1] or segments[-1][-1].group().rstrip(".") not in postings
        ):
            segments.append([])
            continue
        segments[-1].append(part)
    return [segment for segment in segments if segment]


def _sentence_segments(parts: list[re.Match[str]]) -> list[list[re.Match[str]]]:
    """A run of capitalised words cut after each word that ends a sentence: "... since
    becoming Foreign Secretary. Latin America is" holds no title before a name."""
    segments: list[list[re.Match[str]]] = [[]]
    for part in parts:
        segments[-1].append(part)
        if _SENTENCE_WORD.fullmatch(part.group()):
            segments.append([])
    return [segment for segment in segments if segment]


def _and_segments(
    parts: list[re.Match[str]],
    title_words: frozenset[str],
    country_of: Callable[[str], str | None],
) -> list[list[re.Match[str]]]:
    """A run of two titled people cut at their "and": "Iraqi Prime Minister Haider al-Abadi
    and Defense Minister Arfan al-Hayali" is two, while "Minister of Foreign Affairs and Trade
    Jane Doe" (no name before the "and") is one."""
    segments: list[list[re.Match[str]]] = [[]]
    for index, part in enumerate(parts):
        left = segments[-1]
        if part.group() == "and" and left and index + 1 < len(parts):
            last = left[-1].group().rstrip(".")
            following = parts[index + 1].group()
            if (
                last not in title_words
                and last not in _JOINER_WORDS
                # one word after "for" is a field, not a name ("Secretary of the Interior for
                # Insular and International Affairs Doug Domenech"), unless a country
                and not (len(left) >= 2 and left[-2].group() == "for" and country_of(last) is None)
                and any(_is_office_word(p.group(), title_words) for p in left)
                and (following.rstrip(".") in title_words or country_of(following) is not None)
            ):
                segments.append([])
                continue
        left.append(part)
    return [segment for segment in segments if segment]


def _is_office_word(word: str, title_words: frozenset[str]) -> bool:
    """A rank, office or title; a country's or an alliance's initials ("U.S.", "NATO") are
    title words but not enough to make a title."""
    bare = word.rstrip(".")
    return bare in title_words and not bare.replace(".", "").isupper()


def _name_key(name: str) -> tuple[str, str] | None:
    """First and last name, without initials and suffixes: "Lloyd J. Austin III" and "Lloyd
    Austin" are one person, as are "Ferdinand Romualdez Marcos" and "Ferdinand Marcos Jr.";
    a given name goes with its father's after "bin" ("hamad bin isa")."""
    words = [
        w.casefold()
        for w in name.replace(",", " ").split()
        if not _INITIAL.fullmatch(w) and not _NAME_SUFFIX.fullmatch(w)
    ]
    if len(words) < 2:
        return None
    particles = grammar().patronymic_particles
    at = next((i for i, w in enumerate(words[1:-1], 1) if w in particles), None)
    # "Hamad bin Isa Al Khalifa" is not "Hamad bin Khalifa (Al Thani)": with a father's name,
    # the given name is known by it
    first = words[0] if at is None else " ".join(words[: at + 2])
    return (first, words[-1])


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


_VARIANT_SURNAME = 7
"""The shortest surname read as another spelling of a known one a letter apart."""


def _spelled_otherwise(
    key: tuple[str, str], keyed: Iterable[tuple[tuple[str, str], ActorId]]
) -> ActorId | None:
    """The one person of ``keyed`` whose given name is ``key``'s and whose long surname is a
    letter from it: another transliteration ("Gurbanguly Berdimuhamedow", "Berdimuhamedov")."""
    first, last = key
    if len(last) < _VARIANT_SURNAME:
        return None
    matches = {
        actor_id
        for (given, surname), actor_id in keyed
        if given == first and _one_letter_apart(surname, last)
    }
    return next(iter(matches)) if len(matches) == 1 else None


def _known_by_given_name(
    knowledge: KnowledgeBase,
) -> dict[str, list[tuple[tuple[str, str], ActorId]]]:
    """The known people's name keys with a long surname, filed by given name."""

    def build() -> dict[str, list[tuple[tuple[str, str], ActorId]]]:
        by_first: dict[str, list[tuple[tuple[str, str], ActorId]]] = {}
        for key, actor_id in _known_keys(knowledge).items():
            if len(key[1]) >= _VARIANT_SURNAME:
                by_first.setdefault(key[0], []).append((key, actor_id))
        return by_first

    return knowledge.cached("discovery-known-surnames-by-given-name", build)


def _one_letter_apart(a: str, b: str) -> bool:
    """Whether one letter changed, added or dropped turns ``a`` into ``b``."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    shorter, longer = sorted((a, b), key=len)
    at = next(
        (i for i, (x, y) in enumerate(zip(shorter, longer, strict=False)) if x != y), len(shorter)
    )
    return shorter[at:] == longer[at + 1 :]


def _known_as(name: str, knowledge: KnowledgeBase, found: dict[str, Actor]) -> bool:
    """Whether ``name`` is another form of a known person's ("Ferdinand Romualdez Marcos Jr."
    for Ferdinand Marcos Jr.) or of one the text already introduced; if so the form becomes
    one of their aliases, so it is found."""
    key = _name_key(name)
    if key is None:
        return False
    # a person this text already introduced in another form ("John Raymond" in a caption,
    # "John W. Raymond" in the story), each also in another spelling ("Berdimuhamedow" in
    # the title, "-ov" in a caption)
    introduced = [(k, a.id) for a in found.values() if (k := _name_key(a.name)) is not None]
    actor_id = (
        _known_keys(knowledge).get(key)
        or _spelled_otherwise(key, _known_by_given_name(knowledge).get(key[0], ()))
        or next((a for k, a in introduced if k == key), None)
        or _spelled_otherwise(key, introduced)
    )
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
    """The country a title names: "South Korean Defence Minister", "Japan's Defence Minister",
    or the seat of its office does ("Pentagon Press Secretary", "Kremlin spokesman")."""
    # "High Commissioner to Zambia": the words after a posting's "to" say where the holder
    # serves, not whose the holder is
    words = [re.sub(r"['’]s$", "", w) for w in re.split(r"\s+to\s+", title)[0].split()]
    # the country the office is "of" comes first: "President of the Republic of Finland"
    # after a run that opened with "Kremlin"
    offices = [
        index + 2 if index + 1 < len(words) and words[index + 1] == "the" else index + 1
        for index, word in enumerate(words)
        if word == "of"
    ]
    for start in offices:
        if (code := _country_at(words, start, 4, knowledge)) is not None:
            return code
    for start in range(len(words)):  # "Prime Minister of Papua New Guinea"
        if (code := _country_at(words, start, 3, knowledge)) is not None:
            return code
    return seat_country(title, knowledge)


def _country_at(words: list[str], start: int, longest: int, knowledge: KnowledgeBase) -> str | None:
    """The country the longest phrase of at most ``longest`` words from ``start`` names."""
    for size in range(longest, 0, -1):
        phrase = " ".join(words[start : start + size])
        if len(phrase.split()) == size and (code := knowledge.country_of(phrase)):
            return code
    return None


def seat_country(words: str, knowledge: KnowledgeBase) -> str | None:
    """The country of the last seat of government ``words`` name (the Pentagon, the Kremlin,
    Downing Street), from the gazetteer: "Pentagon spokesperson" speaks for the United States."""
    places = knowledge.places
    venues = [
        p
        for p in places.find(SourceId("title"), words, 0, len(words))
        if p.kind == "venue" and p.city
    ]
    if not venues or venues[-1].city is None:
        return None
    return places.country_of_city(venues[-1].city)


_CLAUSE_END = re.compile(r"[;,:\n]")
_APPOSITIVE_OFFICE = re.compile(
    r",[ \u00a0]+(?:the[ \u00a0]+)?(?P<run>[A-Z][\w.’'-]*(?:[ \u00a0]+[A-Z][\w.’'-]*){0,4})"
    r"(?=[ \u00a0]+[a-z]|[ \u00a0]*[;,.]|[ \u00a0]*$)"
)
"""An office after a name, its country first: ", U.S. Ambassador to Kenya"."""


_POSSESSIVE_END = re.compile(r"['’]s[ \u00a0]+$")


def _country_before_title(body: str, titled: _TitledName, knowledge: KnowledgeBase) -> str | None:
    """The country whose possessive stands right before a title the name pattern did not
    take it into ("Côte d’Ivoire’s Minister of Defence Téné Birahima Ouattara": a lower-case
    word inside the country's name ends the title's run there)."""
    at = body.rfind(titled.title, max(0, titled.start - len(titled.title) - 2), titled.start)
    if at < 0:
        return None
    window = body[max(0, at - 60) : at]
    possessive = _POSSESSIVE_END.search(window)
    if possessive is None:
        return None
    words = window[: possessive.start()].split()
    for size in range(min(len(words), 5), 0, -1):
        code = knowledge.country_of(" ".join(words[-size:]))
        if code is not None:
            return code
    return None


def _country_after(body: str, end: int, knowledge: KnowledgeBase) -> str | None:
    """The country "of the Philippines" right after a name gives, or an office in apposition
    whose words open with a country and end with an office word (", U.S. Ambassador to
    Liberia;") or that is of a body a country names (", Commander of United States Africa
    Command"): never a list's next name (", Japanese Defense Minister Kihara", ", Prime
    Minister of New Zealand Jacinda Ardern")."""
    appositive = _APPOSITIVE_OFFICE.match(body, end)
    if appositive is not None:
        stop = _CLAUSE_END.search(body, appositive.start("run"), end + 120)
        until = min(len(body), end + 120) if stop is None else stop.start()
        if _titled_names(body[appositive.start("run") : until], knowledge):
            return None  # ", U.S. Ambassador to Vietnam Marc Knapper": the list's next person
        words = appositive["run"].split()
        title_words = _title_words(knowledge)
        if len(words) >= 2 and _is_office_word(words[-1], title_words):
            code = _country_opening(knowledge, words[:-1], longest=2)
            if code is not None:
                return code
        body_of = _OF_COUNTRY.match(body, appositive.end("run"), until)
        if (
            body_of is not None
            and _is_office_word(words[0], title_words)
            and not any(
                (actor := knowledge.actor(m.actor)) is not None and actor.kind is ActorKind.PERSON
                # in the office and its body ("Secretary General of the Oman Ministry of
                # Defense"), not the sentence after it ("... Kurilla's second visit")
                for m in knowledge.find_mentions(body, appositive.start("run"), body_of.end())
            )
        ):
            code = _country_opening(knowledge, body_of["country"].split(), longest=2)
            if code is not None:
                return code
    match = _OF_COUNTRY.match(body, end)
    return None if match is None else _country_opening(knowledge, match["country"].split())


def _country_opening(
    knowledge: KnowledgeBase, words: Sequence[str], longest: int | None = None
) -> str | None:
    """The country the first words name, the longest reading first ("United States Africa"
    is the United States)."""
    for size in range(min(len(words), longest or len(words)), 0, -1):
        code = knowledge.country_of(" ".join(words[:size]))
        if code is not None:
            return code
    return None


def _starts_with_title_word(name: str, knowledge: KnowledgeBase) -> bool:
    """ "Army Command Sgt", "One Glenn Haughton": a title's words taken for a name."""
    return name.split(" ")[0].rstrip(".") in _title_words(knowledge)
