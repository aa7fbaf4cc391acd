"""Titled names: a name after a run of title words ("Army Command Sgt. Maj. John W.
Troxell").

No single pattern finds these: a run of capitalised words is read word by word and cut
where its title words end, so this reader stands apart from the introduction patterns
(``_patterns``). The title words it shares with the other readers live in ``_titles``, the
cutting of a run into one person's pieces in ``_run_segments``, and the names after an
office and a comma, as official lists write them, in ``_comma_titled``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.knowledge._actors import UPPER
from diplomatic_events.knowledge._grammar import grammar
from diplomatic_events.knowledge._places import country_named
from diplomatic_events.knowledge._prefilter import guarded
from diplomatic_events.parsing._discovery._run_segments import (
    _and_segments,
    _posting_segments,
    _sentence_segments,
)
from diplomatic_events.parsing._discovery._titles import (
    _JOINER_WORDS,
    _RUN_JOINER,
    _RUN_PART,
    _RUN_TOKEN,
    _in_titles,
    _is_office_word,
    _not_name_words,
    _title_words,
    _TitledName,
)
from diplomatic_events.parsing._discovery._words import _NAME_TOKEN, _PARTICLE, _PARTICLE_WORDS

_PARTICLE_WORD = re.compile(_PARTICLE)
_APART_PARTICLE = re.compile(rf"(?:{_PARTICLE_WORDS})")
_NAME_WORD = re.compile(_NAME_TOKEN)
_TWO_CAPITALS = re.compile(r"[A-Z]{2}|(?:[A-Z]\.){2}")
"""A given name written as two initials, without stops or with them ("CQ", "K.K.")."""
_SMALL_LETTERS = re.compile(r"[a-z]+")
_CAPITALISED_RUN = re.compile(
    rf"(?<![\w’'.-]){_RUN_TOKEN}(?:[ \u00a0]+(?:{_RUN_JOINER}[ \u00a0]+)*{_RUN_TOKEN})*"
)
_BRACKETED_INITIALS = re.compile(r"(?<=\w)[ \u00a0]\([A-Z]{2,6}\)(?=[ \u00a0][A-Z])")
"""An office's initials in brackets between capitalised words ("Attorney General (AG)
Merrick B. Garland")."""
_LAST_WORD = re.compile(r"[\w.’'-]+$")
_TWO_NAME_WORDS = re.compile(rf"[ \u00a0]{_NAME_TOKEN}[ \u00a0]{_NAME_TOKEN}")
"""Two capitalised words after bracketed initials: a name may follow them."""
_LONGEST_WORD = 40
"""How far back the word before bracketed initials is looked for."""
_INITIAL = re.compile(rf"{UPPER}\.")
_NAME_SUFFIX = re.compile(r"(?:Jr|Sr|II|III|IV)\.?")
_COMMA_SUFFIX = re.compile(r",[ \u00a0]+(?:Jr|Sr)\.")


_UNREAD = ""
"""A country word's code not looked up yet (no code is empty)."""

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


_FIELD_WORDS = 2
"""At most this many words of an office's field no title list holds ("Insular Areas")."""


def _unlisted_field(parts: list[re.Match[str]]) -> int | None:
    """Where the name starts after an office's field of words no title list holds: "of
    Police Sitiveni Qiliho", "for Insular Areas Esther Kia'aina", "of Government Gendri
    Reyes". ``parts`` open with "of" or "for" right after the title; the name is their last
    two words (a particle, a middle initial or a "Jr." adds one), after one or two words of
    the field and no joiner; ``None`` otherwise.
    """
    if parts[0].group() not in ("of", "for"):
        return None
    start = len(parts) - 2
    if _NAME_SUFFIX.fullmatch(parts[-1].group()):
        start -= 1  # "... Gilberto Teodoro Jr."
    while start > 1 and (
        _APART_PARTICLE.fullmatch(parts[start].group())
        or _INITIAL.fullmatch(parts[start].group())
        or _APART_PARTICLE.fullmatch(parts[start - 1].group())
    ):
        start -= 1  # "Mohammed bin Salman", "Gilberto C. Teodoro", "Ana de Souza"
    if not 2 <= start <= _FIELD_WORDS + 1:
        # no word of the field left ("Minister of Zhang Wei"), or so many that the name's
        # own words cannot be told from the field's ("of Government Miguel Angel Osorio
        # Chong": a name of four)
        return None
    if parts[start - 1].group() in _JOINER_WORDS or any(
        p.group() in _JOINER_WORDS for p in parts[start:]
    ):
        return None  # "... of Trade and", a name ends before a joiner
    return start


def _without_office_initials(
    body: str, title_words: frozenset[str], bodies: frozenset[str] = frozenset()
) -> str:
    """``body`` with an office's initials in brackets after it blanked ("Prosecutor General
    (PG) Andriy Kostin"), so the name after the office reads as titled; not an
    organisation's ("Military Coordination Cell (MCC) Mogadishu director"), unless the body
    (its last word in ``bodies``) is an office's field before a name ("Director of U.S.
    Citizenship and Immigration Services (USCIS) Ken Cuccinelli")."""

    def blank(initials: re.Match[str]) -> str:
        at = initials.start()
        before = _LAST_WORD.search(body, max(0, at - _LONGEST_WORD), at)
        if before is not None and (
            _is_office_word(before.group(), title_words)
            or (before.group() in bodies and _TWO_NAME_WORDS.match(body, initials.end()))
        ):
            return " " * len(initials.group())
        return initials.group()

    return _BRACKETED_INITIALS.sub(blank, body)


_LISTED_FIELDS_BEFORE = re.compile(
    r"(?:[A-Z][\w.’'-]*[ \u00a0]+(?:(?:of|for|the|and)[ \u00a0]+)*)+"
    r"(?:[A-Z][\w.’'-]*,[ \u00a0]+)+$"
)
"""Capitalised words ending in a list of fields before a run: "Minister of Immigration, "."""
_FIELDS_BEFORE_WORD = re.compile(r"[A-Z][\w.’'-]*")
_FIELDS_REACH = 120


def _names_an_office(words: Sequence[str], title_words: frozenset[str]) -> bool:
    """Whether a title's words name an office: one that is a rank, an office or a title and
    not only the field an office is of (``office_qualifiers``: "Overseas", "International"),
    or a field after "of" or "for", whose office is there in a word no list holds ("Chinese
    Minster of Public Security Guo Shengkun", "Coordinator for Migration ...")."""
    return _office_word_in(words, title_words) or any(w in ("of", "for") for w in words)


def _office_word_in(words: Sequence[str], title_words: frozenset[str]) -> bool:
    """Whether a rank, an office or a title is among ``words``, not only an office's field."""
    qualifiers = grammar().office_qualifiers
    return any(_is_office_word(w, title_words) and w not in qualifiers for w in words)


def _office_before(
    body: str,
    start: int,
    whole: Sequence[re.Match[str]],
    parts: Sequence[re.Match[str]],
    title_words: frozenset[str],
) -> bool:
    """Whether the office a field belongs to stands before it: earlier in the run, past
    "and" ("Minister of Food and Agriculture Christian Schmidt"), or before the run, the
    fields listed with commas ("Minister of Immigration, Refugees and Citizenship A")."""
    if not parts:
        return False
    earlier = [p.group() for p in whole if p.start() < parts[0].start()]
    if _office_word_in(earlier, title_words):
        return True
    if start != parts[0].start():
        return False
    listed = _LISTED_FIELDS_BEFORE.search(body, max(0, start - _FIELDS_REACH), start)
    return listed is not None and _office_word_in(
        _FIELDS_BEFORE_WORD.findall(listed.group()), title_words
    )


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
    if "(" in body:
        # "Ukrainian Prosecutor General (PG) Andriy Kostin": the office's initials in
        # brackets between the title and the name are read past, offsets kept
        body = _without_office_initials(body, title_words, blockers)

    def country_of(word: str) -> str | None:
        country = countries.get(word, _UNREAD)
        if country is _UNREAD:
            country = countries[word] = knowledge.country_of(word)
        return country

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
                if (
                    index == last_title + 1
                    and index + 1 < len(parts)
                    and country_of(f"{part.group()} {parts[index + 1].group()}") is not None
                ):
                    last_title = index + 1  # "Saudi Arabia", "United States", "New Zealand"
                    by_country = True
                    continue
                if index <= last_title:
                    continue
                if (
                    last_title >= 0
                    and part.group() == "of"
                    and index >= last_title + 3
                    and all(
                        not _in_titles(p.group().rstrip("."), title_words)
                        and p.group() not in regions
                        and p.group() not in _JOINER_WORDS
                        and country_of(p.group()) is None
                        for p in parts[last_title + 1 : index]
                    )
                ):
                    # a name and then "of": what follows is the name's body, not more of
                    # the title ("Lt. Andreas Christoforou of the Republic of Cyprus National
                    # Guard")
                    break
                if (
                    index == len(parts) - 1
                    and index >= last_title + 2
                    and word in blockers
                    and parts[last_title].group().endswith(".")
                    and _is_office_word(parts[last_title].group(), title_words)
                    and not any(
                        _in_titles(p.group().rstrip("."), title_words)
                        or country_of(p.group()) is not None
                        for p in parts[last_title + 1 : index]
                    )
                ):
                    break  # the surname after a rank and a name: "Brig. Gen. Scott House"
                following = parts[index + 1].group().rstrip(".") if index + 1 < len(parts) else ""
                if (
                    _in_titles(word, title_words)
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
                elif (
                    index == last_title + 1
                    and country_of(part.group()) is not None
                    and not _given_name_of_a_country(
                        knowledge, parts, index, last_title, title_words, blockers, country_of
                    )
                ):
                    last_title, by_country = index, True  # "Austrian Minister", "U.S. Army"
                elif (
                    word in regions
                    and index == last_title + 1
                    and index > 0
                    and parts[index - 1].group() in _JOINER_WORDS | regions
                ):
                    last_title, by_country = index, True  # "Minister for Africa"
            title_parts, name_parts = parts[: last_title + 1], parts[last_title + 1 :]
            if (
                by_country
                and len(title_parts) >= 3
                and title_parts[-2].group() == "the"
                and title_parts[-3].group() in ("of", "for", "to")
                and len(name_parts) >= 3
                and not _APART_PARTICLE.fullmatch(name_parts[1].group())
                and not _INITIAL.fullmatch(name_parts[1].group())
            ):
                # "Representative for the Syrian Settlement Alexander Lavrentyev": after "the"
                # and a country's word, a noun of the field before the name
                title_parts, name_parts = [*title_parts, name_parts[0]], name_parts[1:]
            while name_parts and name_parts[-1].group().rstrip(".") in grammar().post_nominals:
                name_parts = name_parts[:-1]  # "Mark Binskin AC": an honour's letters
            if name_parts and _month_before_day(body, name_parts[-1].start(), name_parts[-1].end()):
                name_parts = name_parts[:-1]  # "hosted Gen. Vincent K. Brooks Jan. 13": a date
            joiner = next((i for i, p in enumerate(name_parts) if p.group() in _JOINER_WORDS), None)
            field = _unlisted_field(name_parts) if joiner == 0 else None
            if field is not None:
                # "Commissioner of Police Sitiveni Qiliho": a field no title list holds
                title_parts, name_parts = [*title_parts, *name_parts[:field]], name_parts[field:]
            elif joiner is not None:
                # "Minister of Defense Tunde Bakare on Sunday": a name ends before a joiner
                name_parts = name_parts[:joiner]
            while (
                len(name_parts) >= 3
                and name_parts[0].group().rstrip(".") in blockers
                and any(p.group() in ("of", "for") for p in title_parts)
            ):
                # "Director of U.S. Citizenship and Immigration Services Ken Cuccinelli": the
                # body's word ends the office's field, not the name
                title_parts, name_parts = [*title_parts, name_parts[0]], name_parts[1:]
            if title_parts and title_parts[-1].group() in _JOINER_WORDS:
                # "... Iyengar of the Centre for Indo-European Studies": no name after "for"
                continue
            if not any(_is_office_word(p.group(), title_words) for p in title_parts):
                continue
            if not _names_an_office(
                [p.group() for p in title_parts], title_words
            ) and not _office_before(body, run.start(), whole, parts, title_words):
                continue  # no office, only its field: "Overseas Business Risk"
            # a title naming a country, a posting, the body an office belongs to or its
            # field ("Ambassador to the United Nations", "President of the Lao People's
            # Democratic Republic", "Minister for Foreign Affairs") may end with a word no
            # name holds
            posted = by_country or any(p.group() in ("to", "of", "for") for p in title_parts)
            # a plural title before names is theirs ("Ministers Rimbink Pato and ..."), though
            # alone it names no one ("Government Ministers")
            plural = title_parts[-1].group() in grammar().plural_titles
            ending = [] if posted or plural else title_parts[-1:]
            # after an abbreviated rank a surname may be such a word ("Rear Adm. Michael Day")
            abbreviated = title_parts[-1].group().endswith(".")
            # a rank written short or with its grade ("Col.", "Chief Warrant Officer 3")
            ranked = abbreviated or title_parts[-1].group().isdigit()
            checked = name_parts[:-1] if abbreviated else name_parts
            if any(
                word in blockers
                for p in (*ending, *checked)
                for word in (p.group().rstrip("."), *p.group().rstrip(".").split("-"))
            ):
                continue  # "USS Donald Cook", "the Cooperation Agreement", "Task Force-Micronesia"
            while len(name_parts) > 2 and name_parts[0].group().casefold() in common:
                name_parts = name_parts[1:]  # "Minister of Economic Development Maxim Reshetnikov"
            # "Maj. Gen. J. B. Vowell": a given name written as two initials with a space
            spaced_initials = len(name_parts) == 3 and all(
                _INITIAL.fullmatch(p.group()) for p in name_parts[:2]
            )
            if not name_parts or (
                # "Adm. R. Hari Kumar": a given name's initial before two names is part of it
                _INITIAL.fullmatch(name_parts[0].group())
                and sum(not _INITIAL.fullmatch(p.group()) for p in name_parts) < 2
                and not spaced_initials
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
            if spaced_initials:
                words = ["".join(p.group() for p in name_parts[:2]), *words]
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
            if any(
                w.split("-")[0] in grammar().name_stop_words
                # after an abbreviated rank a surname may be a building's word ("Brig. Gen.
                # Scott House"), after a rank a stop word that is also a surname ("Chief
                # Warrant Officer 3 Allen West"), though never a weekday's or a month's
                and not (
                    i == len(words) - 1
                    and (
                        (abbreviated and w in blockers)
                        or (ranked and w in grammar().stop_word_surnames)
                    )
                )
                for i, w in enumerate(words)
            ):
                continue
            if all(w.casefold() in common for w in words):
                continue
            suffix = _COMMA_SUFFIX.match(body, end)
            if suffix is not None:
                end = suffix.end()
            title = _singular(
                re.sub(r"\s+", " ", body[title_parts[0].start() : title_parts[-1].end()])
            )
            found.append(
                _TitledName(
                    name=re.sub(r"\s+", " ", body[start:end]),
                    title=title,
                    start=start,
                    end=end,
                )
            )
            if plural:
                found.extend(
                    _listed_after(body, end, title, title_words, blockers, common, country_of)
                )
    return found


def _given_name_of_a_country(
    knowledge: KnowledgeBase,
    parts: Sequence[re.Match[str]],
    index: int,
    last_title: int,
    title_words: frozenset[str],
    blockers: frozenset[str],
    country_of: Callable[[str], str | None],
) -> bool:
    """Whether the country's name at ``parts[index]``, right after a rank or office and
    before a plain name word, is a given name: "Lt. Col. Jordan Mugg", "Defense Minister
    Israel Katz", "Col. Chad Jones". A country's adjective ("Austrian Minister") or a name
    after a posting's "to" ("Ambassador to Jordan Henry Wooster") stays in the title."""
    if last_title < 0 or index + 1 >= len(parts):
        return False
    if not _is_office_word(parts[last_title].group(), title_words):
        return False
    if country_named(knowledge.places, parts[index].group()) is None:
        return False
    following = parts[index + 1].group()
    return (
        _NAME_WORD.fullmatch(following) is not None
        and not _in_titles(following.rstrip("."), title_words)
        and following not in blockers
        and following not in _JOINER_WORDS
        and country_of(following) is None
    )


_NEXT_LISTED = re.compile(
    rf"(?:[ \u00a0]*+\([^()\n]{{1,30}}\))?"
    rf"(?:,[ \u00a0]++(?:and[ \u00a0]++)?|[ \u00a0]++and[ \u00a0]++)"
    rf"({_RUN_TOKEN}(?:[ \u00a0]+{_RUN_TOKEN}){{1,4}})(?![\w’'-])"
)
"""The next name of a list under one plural title: a comma or "and", then its words
("Reps. Gregory Meeks, Debbie Wasserman Schultz, ..., and Dean Phillips")."""


def _listed_after(
    body: str,
    end: int,
    title: str,
    title_words: frozenset[str],
    blockers: frozenset[str],
    common: frozenset[str],
    country_of: Callable[[str], str | None],
) -> list[_TitledName]:
    """The names listed after the first one a plural title stands before, each with that
    title: "Reps. A, B, and C" names three representatives. The list ends at the first item
    that is no plain name (a title, a country, a common word, another title)."""
    listed: list[_TitledName] = []
    stop_words = grammar().name_stop_words
    while (item := _NEXT_LISTED.match(body, end)) is not None:
        words = item.group(1).split()
        if (
            not all(_NAME_WORD.fullmatch(w) or _PARTICLE_WORD.fullmatch(w) for w in words)
            or _PARTICLE_WORD.fullmatch(words[0])
            or _SMALL_LETTERS.fullmatch(words[-1])
            or any(w.rstrip(".") in blockers or w.split("-")[0] in stop_words for w in words)
            or all(w.casefold() in common for w in words)
            or any(country_of(w) is not None for w in words)
            # "Senators A, B, and Representative C": another title ends the list
            or any(_in_titles(w.rstrip("."), title_words) for w in words)
        ):
            break
        start, end = item.start(1), item.end(1)
        listed.append(
            _TitledName(
                name=re.sub(r"\s+", " ", body[start:end]), title=title, start=start, end=end
            )
        )
    return listed


def _singular(title: str) -> str:
    """A title ending in a plural title as one person's ("Foreign Ministers" -> "Foreign
    Minister", "Secretaries" -> "Secretary", "Congressmen" -> "Congressman", "Sens." ->
    "Sen.")."""
    head, _, last = title.rpartition(" ")
    if last not in grammar().plural_titles:
        return title
    if last.endswith("ies"):
        one = last[:-3] + "y"
    elif last.endswith("men"):
        one = last[:-3] + "man"
    elif last.endswith("s."):
        one = last[:-2] + "."
    else:
        one = last.removesuffix("s")
    return f"{head} {one}" if head else one


# guarded: a look-ahead for the characters a match can start with, so most positions of a
# search fail on one test (see ``guarded``); the matches are the same
_CAPITALISED_RUN = guarded(_CAPITALISED_RUN)
_BRACKETED_INITIALS = guarded(_BRACKETED_INITIALS)
