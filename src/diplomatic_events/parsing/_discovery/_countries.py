"""Whose a discovered person is: the country their title names ("South Korean Defence
Minister", "Prime Minister of Papua New Guinea"), the seat of government of their office
("Pentagon spokesperson"), the words right after their name ("of the Philippines", ",
U.S. Ambassador to Liberia", ", North Macedonia chief of defense") or just before it, or the
country a sentence opens on ("In Benin, Anderson met with ...").

A person's country decides the order of their names; these readers look only for it, apart
from the readers that find the names.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.knowledge._actors import UPPER
from diplomatic_events.knowledge._grammar import grammar, party_listing, phrase_pattern
from diplomatic_events.knowledge._places import region_country
from diplomatic_events.knowledge._prefilter import guarded
from diplomatic_events.model import Source
from diplomatic_events.parsing._discovery._titled import _titled_names
from diplomatic_events.parsing._discovery._titles import _is_office_word, _title_words, _TitledName
from diplomatic_events.typing import SourceId

_OF_COUNTRY = re.compile(
    r"[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?"
    r"(?P<country>[A-Z][\w’'.-]*(?:[ \u00a0]+[A-Z][\w’'.-]*){0,2})"
)
"""A country right after a name: "President Ferdinand Marcos Jr. of the Philippines"."""


_FIELD_AFTER_FOR = re.compile(r"\s+for\s+.*?(?=\s+of\s+|$)")
"""An office's field after "for", up to the body it is "of"."""


def issuer_code(knowledge: KnowledgeBase, source: Source) -> str | None:
    """The code of the country whose office put a page out, read from its outlet as a
    title's country is ("Prime Minister of Australia" gives AU, "10 Downing Street" GB): the
    home of the offices the page names alone and of its bare labels."""
    return _country_in_title(source.outlet_name or "", knowledge)


def _country_in_title(title: str, knowledge: KnowledgeBase) -> str | None:
    """The country a title names: "South Korean Defence Minister", "Japan's Defence Minister",
    or the seat of its office does ("Pentagon Press Secretary", "Kremlin spokesman")."""
    # "High Commissioner to Zambia": the words after a posting's "to" say where the holder
    # serves, not whose the holder is; nor do the words of a field after "for", up to an
    # "of" ("Envoy for the Syrian Settlement"; "Minister for Foreign Affairs of Malaysia")
    title = _FIELD_AFTER_FOR.sub("", title)
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


def title_start(body: str, titled: _TitledName) -> int:
    """Where the title written before a titled name starts in ``body`` (-1: not found)."""
    return body.rfind(titled.title, max(0, titled.start - len(titled.title) - 2), titled.start)


def _country_before_title(body: str, titled: _TitledName, knowledge: KnowledgeBase) -> str | None:
    """The country whose possessive stands right before a title the name pattern did not
    take it into ("Côte d’Ivoire’s Minister of Defence Téné Birahima Ouattara": a lower-case
    word inside the country's name ends the title's run there)."""
    at = title_start(body, titled)
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


_OFFICE_THEN_COMMA = re.compile(r"(?P<office>[^.;:()\n,]{3,100}),[ \u00a0]*$")
"""The words of one clause before a comma that ends right where a style opens a name."""


def office_before_style(body: str, at: int, style: str, knowledge: KnowledgeBase) -> str | None:
    """The country of the office written before a comma and a style (``style``, written at
    ``at``) that opens the name ("Indian Minister of Commerce and Industry, Shri Piyush Goyal
    and U.S. Trade Representative ..."): the style is the title the pattern took, the office
    is the person's, and a country after the name is the next person's."""
    words = grammar()
    if at < 0 or style.strip().rstrip(".") not in words.honorifics:
        return None
    office = _OFFICE_THEN_COMMA.search(body, max(0, at - 101), at)
    if office is None or not any(w in words.office_heads for w in office["office"].split()):
        return None
    return _country_in_title(office["office"].strip(), knowledge)


@functools.cache
def _delegation_listing() -> re.Pattern[str]:
    """The end of a phrase introducing a party's members after a country's word ("a Zambian
    government delegation that included ", "the Iraqi delegation, led by "): the phrases of
    ``party_joined`` that name a party noun, after up to three capitalised words and a word
    in lower case."""
    return re.compile(
        rf"(?P<country>{UPPER}[\w.’'-]*(?:[ \u00a0]+{UPPER}[\w.’'-]*){{0,2}})"
        rf"[ \u00a0]+(?:[a-z]+[ \u00a0]+)?(?:{phrase_pattern(party_listing())}),?[ \u00a0]+$"
    )


def _country_of_delegation(body: str, titled: _TitledName, knowledge: KnowledgeBase) -> str | None:
    """The country of the party whose members a phrase right before the title lists ("met
    with a Zambian government delegation that included Foreign Minister Stanley Kakubo")."""
    at = title_start(body, titled)
    if at < 0:
        return None
    found = _delegation_listing().search(body, max(0, at - 80), at)
    return None if found is None else knowledge.country_of(found["country"])


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
        # the body after each "of" in turn: the office may have a field of its own first
        # ("Joint Chief of Staff of the Niger Armed Forces")
        while (
            body_of is not None
            and _is_office_word(words[0], title_words)
            and not any(
                knowledge.is_person(m.actor)
                # in the office and its body ("Secretary General of the Oman Ministry of
                # Defense"), not the sentence after it ("... Kurilla's second visit")
                for m in knowledge.find_mentions(body, appositive.start("run"), body_of.end())
            )
        ):
            code = _country_opening(knowledge, body_of["country"].split(), longest=2)
            if code is not None:
                return code
            body_of = _OF_COUNTRY.match(body, body_of.end(), until)
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


def _country_near(
    body: str, start: int, end: int, knowledge: KnowledgeBase, *, name_end: int | None = None
) -> str | None:
    """The country a word just before the name or in the words after it names (from
    ``end``, then from ``name_end`` when the match ran past the name), else where the
    meeting was."""
    before = re.findall(r"[\w.’']+", body[max(0, start - 40) : start])
    # only the words of the name's own title: not past "with" or "met" ("met at the Pentagon
    # yesterday with Philip Dunne": the Pentagon is where, not whose)
    cut = max((i for i, w in enumerate(before) if w.casefold() in _BEFORE_TITLE_ENDS), default=-1)
    before = before[cut + 1 :]
    for word in reversed(before[-3:]):
        code = knowledge.country_of(word.rstrip("’'s").rstrip("’'")) or knowledge.country_of(word)
        if code:
            return code
    if before and (code := seat_country(" ".join(before[-3:]), knowledge)):
        return code  # "chief Pentagon spokesperson Dana W. White"
    code = _country_in_apposition(body, end, knowledge)
    if code:
        return code
    if name_end is not None and name_end < end:
        code = _country_in_apposition(body, name_end, knowledge)
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
    U.S. Ambassador to Vietnam Marc Knapper"). An office in lower case (", minister for ...")
    has a field that may run on in lower-case words and a list ("minister for equipment,
    support and technology for the British Defense Ministry")."""
    after = body[end : end + _APPOSITION_REACH]
    if _POSSESSIVE_AFTER.match(after):
        return None  # "Bob Work's Visit to Canada": what is his, not who he is
    title_words = _title_words(knowledge)
    opening = _LOWER_OFFICE.match(body, end)
    field = opening is not None and opening["word"].capitalize() in title_words
    opened = False  # past the comma that opens the apposition
    capitals: list[str] = []  # the capitalised words right before, for a country of several
    for token in _APPOSITION_TOKEN.finditer(after):
        word = token.group()
        if not word[:1].isupper():
            capitals = []
        if word == ",":
            rest = after[token.end() :]
            if field and opened and not _FIELD_LIST_GOES_ON.match(rest):
                field = False  # the office's field ends at a comma that lists nothing more
            stop = _CLAUSE_END.search(rest)
            if _titled_names(rest if stop is None else rest[: stop.start()], knowledge):
                return None  # a list's next person, with their own title
            continue
        opened = True
        if word in _CLAUSE_MARKS:
            return None
        if word[:1].isupper():
            bare = re.sub(r"[’']s$", "", word)
            code = knowledge.country_of(bare)
            if code:
                return code
            capitals = [*capitals[-2:], bare]
            if len(capitals) >= 2 and (
                bare != word or _office_next(after, token.end(), title_words)
            ):
                # a country of several words before an office ("Cape Verde's minister", "the
                # Cape Verdean minister of defense"): with the one or two words before it
                for size in range(2, len(capitals) + 1):
                    code = knowledge.country_of(" ".join(capitals[-size:]))
                    if code:
                        return code
            continue
        if (
            word in _APPOSITION_JOINERS
            or word.capitalize() in title_words
            or word.title() in title_words  # "director-general"
        ):
            continue
        if field and word.islower() and word not in _CLAUSE_WORDS:
            continue  # the office's field: "for equipment, support and technology"
        return None  # "visits", "met", "said": the clause has moved on
    return None


_OFFICE_NEXT = re.compile(r"[ \u00a0]+(?P<word>[a-z][\w-]*)")


def _office_next(after: str, at: int, title_words: frozenset[str]) -> bool:
    """Whether an office word in lower case comes right after ``at`` ("... minister")."""
    following = _OFFICE_NEXT.match(after, at)
    return following is not None and following["word"].capitalize() in title_words


_BEFORE_TITLE_ENDS = grammar().title_stop_words
"""Words before a name that its title does not go back past (``grammar.toml``)."""
_FIELD_LIST_GOES_ON = re.compile(
    r"[ \u00a0]*[a-z]+(?:[ \u00a0]*,[ \u00a0]*[a-z]+)*,?[ \u00a0]+and[ \u00a0]+[a-z]"
)
"""A comma inside an office's field that lists on: ", support and technology"."""
_CLAUSE_WORDS = grammar().clause_words
"""Words that open a clause of their own after an office: its field has ended
(``grammar.toml``)."""
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
    return guarded(
        re.compile(
            r"(?:^|(?<=[.;!?]\s)|(?<=\n))"
            rf"(?:{phrase_pattern(grammar().country_openings)})"
            rf"\s+(?P<place>{UPPER}[^\W\d_]*(?:[ \u00a0’'-][^\W\d_]+){{0,5}}),\s"
        )
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
