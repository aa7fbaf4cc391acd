"""An office's abbreviation a text defines for the person who holds it: "Chief of Naval
Operations (CNO) Adm. Lisa Franchetti" and then "While in Pohnpei CNO visited ..." (the
military's and the civil service's habit of calling a principal by the office's letters).

The abbreviation becomes one of that person's aliases for the text, so every later use of it
is a mention of them. Only an office's letters count: the words before the brackets hold an
office's head word (``office_heads`` in ``grammar.toml``), and nothing but abbreviated ranks stands
between the brackets and the name. "U.S. Agency for International Development (USAID)
Administrator Mark Green" defines the agency's letters, not Green's.
"""

from __future__ import annotations

import re

from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.knowledge._grammar import grammar
from diplomatic_events.model import Actor, ActorKind
from diplomatic_events.parsing._discovery._names import with_alias
from diplomatic_events.parsing._discovery._titles import _title_words

_DEFINED = re.compile(r"\((?P<short>[A-Z][A-Za-z]{1,6})\)[ \u00a0]+")
"""Letters in brackets, then the words that follow them."""

_ALONE = re.compile(r"(?<![\w(])[A-Z][A-Za-z]{1,6}(?![\w)])")
"""A short capitalised word standing alone, outside brackets: where letters are used again
(one pass over the text gives each one's last use)."""

_OFFICE_WORD = re.compile(r"(?:[A-Z][\w’'.-]*|of|the|and|for|on)$")
"""A word of an office's name as written before its letters."""

_OFFICE_WORDS = 10
"""The most words an office's name runs to before its letters."""

_RANK = re.compile(r"(?P<rank>[A-Z][A-Za-z]{0,5}\.)[ \u00a0]+")
"""An abbreviated rank or style ("Adm.", "Lt.", "Gen.", "Dr.")."""

_RANKS = 3
"""The most abbreviated ranks between the letters and the name ("Lt. Gen.", "Vice Adm.")."""


def with_defined_abbreviations(
    found: dict[str, Actor], text: str, knowledge: KnowledgeBase
) -> None:
    """Give each person the text introduces after an office and its letters in brackets those
    letters as an alias, when the text uses them again alone."""
    if "(" not in text:
        return
    titles = _title_words(knowledge)
    last_alone: dict[str, int] | None = None  # each word's last use alone, read once
    for match in _DEFINED.finditer(text):
        short = match["short"]
        if not _office_before(text, match.start()):
            continue
        if last_alone is None:
            last_alone = {m.group(): m.start() for m in _ALONE.finditer(text)}
        if last_alone.get(short, -1) < match.end():
            continue  # never used again alone: no later mention to find
        at = match.end()
        for _ in range(_RANKS):
            rank = _RANK.match(text, at)
            if rank is None or rank["rank"].rstrip(".") not in titles:
                break
            at = rank.end()
        key = _person_at(found, knowledge, text, at)
        if key is None:
            continue
        with_alias(found, found[key], short)


def _office_before(text: str, end: int) -> bool:
    """Whether the words before ``end`` on its line name an office: a run of an office's
    words holding one of ``office_heads`` ("Chief of Naval Operations", not "Japan Ground
    Self-Defense Force")."""
    line_start = text.rfind("\n", max(0, end - 120), end) + 1
    words = text[max(line_start, end - 120) : end].split()
    heads = grammar().office_heads
    for word in reversed(words[-_OFFICE_WORDS:]):
        if not _OFFICE_WORD.match(word) or word.endswith((",", ";", ":")):
            return False
        if word in heads:
            return True
    return False


def _person_at(found: dict[str, Actor], knowledge: KnowledgeBase, text: str, at: int) -> str | None:
    """The key in ``found`` of the person whose name starts at ``at``, adding a known person
    the data holds to ``found`` when the name is theirs."""
    for key, actor in found.items():
        if actor.kind is ActorKind.PERSON and any(
            text.startswith(name, at) for name in actor.names() if name
        ):
            return key
    for mention in knowledge.find_mentions(text, at, min(len(text), at + 80)):
        if mention.start != at or mention.via not in ("name", "alias"):
            continue
        known = knowledge.actor(mention.actor)
        if known is not None and known.kind is ActorKind.PERSON:
            found.setdefault(known.id, known)
            return known.id
    return None
