"""Whose a discovered person is: the country their title names ("South Korean Defence
Minister", "Prime Minister of Papua New Guinea"), the seat of government of their office
("Pentagon spokesperson"), or the words right after their name ("of the Philippines", ",
U.S. Ambassador to Liberia").

A person's country decides the order of their names; these readers look only for it, apart
from the readers that find the names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.model import ActorKind
from diplomatic_events.parsing._discovery._titled import (
    _is_office_word,
    _title_words,
    _titled_names,
    _TitledName,
)
from diplomatic_events.typing import SourceId

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
