"""People a transcript introduces by its speaker labels: "JAMES MARAPE, PRIME MINISTER OF
PAPUA NEW GUINEA:", "President of Mongolia Ukhnaagiin Khurelsukh:", "MINISTER JORGE BURGOS:".

A label names its speaker in full with the office, often the country too, and a transcript
may name them nowhere else: the label is the introduction.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from diplomatic_events.knowledge import KnowledgeBase, slug
from diplomatic_events.knowledge._grammar import grammar
from diplomatic_events.model import Actor, ActorKind, Block, Role
from diplomatic_events.parsing._discovery._names import (
    _country_in_title,
    _is_office_word,
    _title_words,
    _titled_names,
)

__all__ = ["label_people", "title_case_label"]

SPEAKER_LABEL = re.compile(
    r"(?P<label>[^\n:“”\"]{2,90}?)(?:\s+\([^)\n]{1,40}\))?:[ \u00a0\t]+(?=\S)"
)
"""A transcript's speaker label at the start of a block: "SECRETARY AUSTIN: ...",
"President of Russia Vladimir Putin: ...", "Xi Jinping (retranslated): ..."."""

_LOWER_IN_NAMES = frozenset({"of", "the", "for", "and", "on", "to", "de", "da", "van", "von"})
_NAME_THEN_OFFICE = re.compile(
    r"(?P<name>[A-Z][\w’'.-]*(?:[ \u00a0]+(?:[A-Z][\w’'.-]*|bin|ibn|al|el)){1,4}),[ \u00a0]+"
    r"(?P<title>[A-Z][^,]*)"
)


def title_case_label(words: str) -> str:
    """A label in capitals as names are written: "JAMES MARAPE, PRIME MINISTER OF PAPUA NEW
    GUINEA" is "James Marape, Prime Minister of Papua New Guinea", "SALMAN BIN HAMAD" is
    "Salman bin Hamad"; a label not all in capitals is returned as it is."""
    if not words.isupper():
        return words
    lower = _LOWER_IN_NAMES | grammar().patronymic_particles
    return re.sub(
        r"[\w’'.-]+",
        lambda m: m.group().lower() if m.group().lower() in lower else m.group().title(),
        words,
    )


def label_people(text: str, blocks: Sequence[Block], knowledge: KnowledgeBase) -> Iterator[Actor]:
    """The people named by the speaker labels of ``blocks`` whom ``knowledge`` does not know."""
    title_words = _title_words(knowledge)
    for block in blocks:
        label = SPEAKER_LABEL.match(text, block.start, block.end)
        if label is None:
            continue
        words = title_case_label(label["label"].strip())
        if any(
            (actor := knowledge.actor(m.actor)) is not None and actor.kind is ActorKind.PERSON
            for m in knowledge.find_mentions(words)
        ):
            continue
        found = _NAME_THEN_OFFICE.fullmatch(words)
        if found is not None and any(
            _is_office_word(word, title_words) for word in found["title"].split()
        ):
            name, title = found["name"], found["title"]
        else:
            titled = _titled_names(words, knowledge)
            if len(titled) != 1 or titled[0].end != len(words):
                continue
            name, title = titled[0].name, titled[0].title
        yield Actor(
            id=slug(name),
            name=name,
            kind=ActorKind.PERSON,
            country=_country_in_title(title, knowledge),
            roles=(Role(title=title),),
            discovered=True,
        )
