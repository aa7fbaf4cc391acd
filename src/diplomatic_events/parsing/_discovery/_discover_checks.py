"""The questions the discovery asks of the page and of the knowledge, and its last pass.

Which known people the page names (their surnames, every word of their names), whether a
surname follows an office somewhere, whether a would-be name is only title and country
words, the one-word cues, the gates asked once per block, and the pass that adds people a
meeting word names in full after every other finder. They live apart so that ``_discover``
holds only the sequence of the discovery.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from diplomatic_events._needed import WindowScan
from diplomatic_events.knowledge import KnowledgeBase, slug
from diplomatic_events.knowledge._grammar import grammar
from diplomatic_events.model import Actor, ActorKind, Block
from diplomatic_events.parsing._discovery._countries import _country_after, _country_near
from diplomatic_events.parsing._discovery._names import (
    _blank_from,
    _known_as,
    _no_name_in,
    _part_of_found,
    _person_described,
    _plausible,
)
from diplomatic_events.parsing._discovery._patterns import _met_patterns, _title_alternation
from diplomatic_events.parsing._discovery._titles import _title_words


def _opens(
    needs: tuple[re.Pattern[str], ...],
    text: str,
    block: Block,
    gates: dict[int, WindowScan],
    opened: dict[int, bool],
) -> bool:
    """Whether each gate of ``needs`` finds something in ``block``, each asked once per block
    (``opened``) and searched on through the text from block to block (``gates``)."""
    for gate in needs:
        held = opened.get(id(gate))
        if held is None:
            scan = gates.get(id(gate))
            if scan is None:
                scan = gates[id(gate)] = WindowScan(gate, text)
            held = opened[id(gate)] = scan.holds(block.start, block.end)
        if not held:
            return False
    return True


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


def _named_last_words(text: str, knowledge: KnowledgeBase) -> frozenset[str]:
    """The slugs of the last words of the known people ``text`` names: a label's lone
    surname is one of them ("VICE PRESIDENT RAMIREZ" on a page naming Marta Lucía Ramírez),
    or else someone the data does not know ("KING ABDULLAH" beside no known Abdullah)."""
    found = set()
    for mention in knowledge.find_mentions(text):
        actor = knowledge.actor(mention.actor)
        if actor is not None and actor.kind is ActorKind.PERSON:
            found.add(slug(actor.name.split()[-1]))
    return frozenset(found)


_ANSWERED: list[tuple[str, KnowledgeBase, dict[str, bool]]] = []
"""The last text and knowledge :func:`_with_an_office` was asked about, with each surname's
answer: a page asks about a surname each time an honorific writes it ("Mr. Blinken", 234
questions of 63 surnames on the quick distinct corpus). One text is kept, not every one."""


def _with_an_office(text: str, surname: str, knowledge: KnowledgeBase) -> bool:
    """Whether ``text`` writes ``surname`` after an office or a rank somewhere ("Minister
    Singh" beside "Mr. Singh"): the office and the page's day tell which known person it is."""
    held = _ANSWERED[0] if _ANSWERED else None
    if held is None or held[0] is not text or held[1] is not knowledge:
        held = (text, knowledge, {})
        _ANSWERED[:] = [held]
    answer = held[2].get(surname)
    if answer is None:
        answer = held[2][surname] = _office_before(text, surname, knowledge)
    return answer


def _office_before(text: str, surname: str, knowledge: KnowledgeBase) -> bool:
    """:func:`_with_an_office`, looked for in the text."""
    honorifics = grammar().honorifics
    offices = _title_words(knowledge)
    at = text.find(surname)
    while at >= 0:
        before = _WORD_BEFORE.search(text, max(0, at - _WORD_REACH), at)
        if before is not None:
            word = before.group(1).rstrip(".")
            if word in offices and word not in honorifics:
                return True
        at = text.find(surname, at + len(surname))
    return False


_WORD_BEFORE = re.compile(r"([\w.’'-]+)[ \u00a0]+$")
_WORD_REACH = 30
"""How far before a surname the word before it is looked for."""


def _named_name_words(text: str, knowledge: KnowledgeBase) -> frozenset[str]:
    """The slugs of every word of the names of the known people ``text`` names: a surname
    after an honorific is one of them ("Mr. Xi" on a page naming Xi Jinping, whose surname
    comes first), or else someone the data does not know ("Lord Collins")."""
    found: set[str] = set()
    # each person once, however often the page names them
    for actor_id in dict.fromkeys(mention.actor for mention in knowledge.find_mentions(text)):
        actor = knowledge.actor(actor_id)
        if actor is not None and actor.kind is ActorKind.PERSON:
            for name in actor.names():
                found.update(slug(word) for word in name.split())
    return frozenset(found)


def _last_word_ids(knowledge: KnowledgeBase) -> frozenset[str]:
    """The slugs of the last words of the names of the people ``knowledge`` knows (made
    once per knowledge, not for each of them at each one-word name a label gives)."""
    return knowledge.cached(
        "discovery-last-word-ids",
        lambda: frozenset(
            slug(actor.name.split()[-1])
            for actor in knowledge.actors
            if actor.kind is ActorKind.PERSON
        ),
    )


def _one_word_cues(knowledge: KnowledgeBase) -> str:
    """The one-word cues ("said", "told") as an alternation."""
    return knowledge.cached(
        "vocabulary:discovery-one-word-cues",
        lambda: _title_alternation([c for c in knowledge.cues if " " not in c]) or "said",
    )


def _only_title_and_country(words: Sequence[str], knowledge: KnowledgeBase) -> bool:
    """Whether every word of a would-be name is a title word or names a country, one at least
    a title word ("Honduran Gen", cut at the rank's full stop), or the words that are not a
    title's name a state or province ("Arizona Gov", "New Mexico Gov"): a title without the
    name after it; not a single name that is also a capital's ("Prime Minister Muscat")."""
    titles = _title_words(knowledge)
    rest = [word for word in words if word.rstrip(".") not in titles]
    if len(rest) == len(words):
        return False
    if all(knowledge.country_of(word) is not None for word in rest):
        return True
    return " ".join(rest) in _region_names(knowledge)


def _region_names(knowledge: KnowledgeBase) -> frozenset[str]:
    """The names of the states and provinces the gazetteer knows, as written."""
    return knowledge.cached(
        "vocabulary:region-names",
        lambda: frozenset(
            name for region in knowledge.places.regions for name in (region.name, *region.aliases)
        ),
    )


def _styles_only(title: str) -> bool:
    """Whether a title is only styles of courtesy ("Hon", "Rt Hon", "His Excellency"): no
    office, so an office the text gives the person elsewhere is their title."""
    styles = grammar().courtesy_styles
    return bool(title) and all(word.rstrip(".") in styles for word in title.split())
