"""Names after an office and a comma, as official lists write them.

"Deputy Permanent Secretary of Defence, Ilai Moceica;": an office read backwards from the
comma in a bounded window (its field may be a list: "Minister of Investments, Industry,
and Trade, ..."), made only of title words, joiners and country words, then a full name
that ends at a list's mark. A reader of its own beside ``_titled``, which reads a name
after a run of title words with no comma between.
"""

from __future__ import annotations

import re

from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.knowledge._grammar import grammar
from diplomatic_events.parsing._discovery._titles import (
    _JOINER_WORDS,
    _RUN_JOINER,
    _RUN_PART,
    _RUN_TOKEN,
    _is_office_word,
    _not_name_words,
    _title_words,
    _TitledName,
)
from diplomatic_events.parsing._discovery._words import _NAME_TOKEN

_NAME_AFTER_COMMA = re.compile(
    rf",[ \u00a0]+(?P<name>{_NAME_TOKEN}(?:[ \u00a0]+{_NAME_TOKEN}){{1,3}})"
    # or at the purpose that follows it ("..., Badriddin Abidov to discuss trade")
    r"(?=[ \u00a0]*(?:[;,.]|$|and\b|to[ \u00a0]+[a-z]))",
    re.MULTILINE,
)
"""A comma and a full name ending at a list's mark, after an office: "Deputy Permanent
Secretary of Defence, Ilai Moceica;", "met Foreign Minister, Taye Atske-Selassie, to discuss"."""


_OFFICE_BEFORE = re.compile(
    rf"(?<![\w’'.-])(?P<title>{_RUN_TOKEN}(?:[ \u00a0]+(?:{_RUN_JOINER}[ \u00a0]+)*{_RUN_TOKEN})*)$"
)
"""The capitalised run that ends right before the comma: the office."""


_FIELD_LIST_BEFORE = re.compile(
    rf"(?<![\w’'.-])(?P<title>{_RUN_TOKEN}(?:[ \u00a0]+(?:{_RUN_JOINER}[ \u00a0]+)*{_RUN_TOKEN})*"
    rf"[ \u00a0]+(?:of|for)[ \u00a0]+{_RUN_TOKEN}"
    rf"(?:,[ \u00a0]+(?:and[ \u00a0]+)?{_RUN_TOKEN})+)$"
)
"""An office whose field is a list before the comma: "the Deputy Minister of Investments,
Industry, and Trade, Badriddin Abidov"."""


_OFFICE_REACH = 120
"""How far before the comma an office is read: a bounded window keeps the reading linear."""


def comma_titled_names(body: str, knowledge: KnowledgeBase) -> list[_TitledName]:
    """Names after an office and a comma, as official lists write them: the office made
    only of title words, joiners and country words, one of them an office's."""
    title_words = _title_words(knowledge)
    blockers = _not_name_words(knowledge)
    found: list[_TitledName] = []
    for match in _NAME_AFTER_COMMA.finditer(body) if "," in body else ():
        window = max(0, match.start() - _OFFICE_REACH)
        office = _FIELD_LIST_BEFORE.search(body, window, match.start()) or _OFFICE_BEFORE.search(
            body, window, match.start()
        )
        if office is None:
            continue
        parts = [p.group() for p in _RUN_PART.finditer(office["title"])]
        while parts and parts[0].casefold() in ("the", "and"):
            parts = parts[1:]  # "The Chair of the Bank, Reta Jo Lewis,": a sentence's "The"
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
