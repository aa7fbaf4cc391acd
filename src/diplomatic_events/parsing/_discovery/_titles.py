"""Title words and runs of them, which every reader of names shares.

The knowledge's title words (with the plural titles') and the words no name holds, the
tests of an office word (not a country's initials) and of hyphen-joined title words, the
pattern of a capitalised run's words and joiners, and the name found after a title. The
readers of titled names (``_titled``, ``_comma_titled``), of countries, of labels and of
later mentions ask these; they live apart from any one reader.
"""

from __future__ import annotations

import re

from attrs import frozen

from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.knowledge._actors import UPPER
from diplomatic_events.knowledge._grammar import grammar
from diplomatic_events.knowledge._prefilter import guarded
from diplomatic_events.parsing._discovery._words import _JOINED_PARTICLE, _PARTICLE_WORDS

_RUN_TOKEN = (
    rf"(?:{UPPER}[\w’'.-]*|\d+(?:st|nd|rd|th)|\d(?=[ \u00a0]+{UPPER})|{_JOINED_PARTICLE}"
    rf"|(?:{_PARTICLE_WORDS})(?=[ \u00a0]+(?:{UPPER}|der|den|la|las|los)))"
)
"""A capitalised word, an ordinal or a grade's digit inside a rank ("Fire Controlman 2nd
Class", "Chief Warrant Officer 5 Randall Dockham"), or a name particle followed by the rest
of the name."""


_RUN_JOINER = r"(?:of|the|for|and|on|to)"
_JOINER_WORDS = frozenset({"of", "the", "for", "and", "on", "to"})
_RUN_PART = re.compile(rf"{_RUN_TOKEN}|{_RUN_JOINER}")


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
        words |= {word.rstrip(".") for word in grammar().plural_titles}
        return frozenset(word for word in words if word[:1].isupper())

    return knowledge.cached("vocabulary:discovery-title-words", build)


def folded_title_words(knowledge: KnowledgeBase) -> frozenset[str]:
    """The knowledge's title words, case-folded ("minister", "adm."), built once."""
    return knowledge.cached(
        "vocabulary:title-words-folded",
        lambda: frozenset(word.casefold() for word in knowledge.title_words),
    )


def _not_name_words(knowledge: KnowledgeBase) -> frozenset[str]:
    return knowledge.cached(
        "vocabulary:discovery-not-name-words", lambda: frozenset(knowledge.not_name_words)
    )


def _is_office_word(word: str, title_words: frozenset[str]) -> bool:
    """A rank, office or title; a country's or an alliance's initials ("U.S.", "NATO") are
    title words but not enough to make a title."""
    bare = word.rstrip(".")
    return _in_titles(bare, title_words) and not bare.replace(".", "").isupper()


def _in_titles(word: str, title_words: frozenset[str]) -> bool:
    """Whether a word is a title word, or title words joined by hyphens ("Colonel-Major",
    "Vice-Admiral", "Lieutenant-General")."""
    return word in title_words or (
        "-" in word and all(part in title_words for part in word.split("-"))
    )


# guarded: a look-ahead for the characters a match can start with, so most positions of a
# search fail on one test (see ``guarded``); the matches are the same
_RUN_PART = guarded(_RUN_PART)
