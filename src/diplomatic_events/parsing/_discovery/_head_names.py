"""People a page's head introduces by a line of their name over a line of their office.

A government's remarks page opens with its kind, the speaker's name alone, the office on the
next line, then place and day ("Press Conference" / "Robert O. Blake, Jr." / "Assistant
Secretary, Bureau of South and Central Asian Affairs" / "Dhaka, Bangladesh"). The body's "I"
is that person, whom the page may name nowhere else: the two lines are the introduction.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence

from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.knowledge._grammar import grammar
from diplomatic_events.model import Actor, Block, BlockKind
from diplomatic_events.parsing._discovery._labels import titled_person
from diplomatic_events.parsing._discovery._titled import _NAME_SUFFIX
from diplomatic_events.parsing._discovery._titles import _is_office_word, _title_words

__all__ = ["head_name_people"]

_NAME_LINE = re.compile(
    r"[ \u00a0]*(?P<name>[A-Z][\w’'-]+(?:[ \u00a0]+(?:[A-Z]\.|[A-Z][\w’'-]+)){1,3})"
    rf"(?:,?[ \u00a0]+{_NAME_SUFFIX.pattern})?[ \u00a0]*"
)
"""A head line that is a name alone: two to four capitalised words or initials, and a
generational suffix ("Robert O. Blake, Jr.")."""
_SMALL_WORDS = frozenset({"of", "the", "for", "and", "to", "on"})
_PORTFOLIO = re.compile(r"[ \u00a0]+for[ \u00a0]+(?:[A-Z][\w’'-]*[ \u00a0]*){1,5}$")
"""An office's portfolio, capitalised words after "for" ending the line ("for Climate
Change")."""


def head_name_people(
    text: str, blocks: Sequence[Block], knowledge: KnowledgeBase
) -> Iterator[Actor]:
    """The people named alone on a line of a page's head whose next non-blank line is an
    office. The head is the text before the first body block, boilerplate lines and all."""
    body = next((block.start for block in blocks if block.kind is BlockKind.BODY), None)
    if body is None:
        return
    title_words = _title_words(knowledge)
    stop = grammar().name_stop_words
    lines = [m for m in _LINE.finditer(text, 0, body) if m.group().strip()]
    # the office line may be read as the body's first sentence ("Special Representative for
    # North Korea Policy" under "Glyn Davies"): the head's last name line is over it
    opening = _LINE.search(text, body)
    if opening is not None:
        lines.append(opening)
    for line, below in itertools.pairwise(lines):
        named = _NAME_LINE.fullmatch(line.group())
        if named is None:
            continue
        name = re.sub(r"\s+", " ", named["name"])
        words = name.split(" ")
        if any(
            w.rstrip(".") in title_words or w in knowledge.not_name_words or w in stop
            for w in words
        ):
            continue  # "Press Conference", "Secretary Kerry", "For Immediate Release": no name
        office = below.group().strip().split(",", 1)[0].strip()
        # the office, then its portfolio after "for" ("Special Envoy for Climate Change",
        # "Special Representative for North Korea Policy"): the office's words are read
        portfolio = _PORTFOLIO.search(office)
        office_words = (office[: portfolio.start()] if portfolio else office).split()
        if not office_words or not all(
            w in _SMALL_WORDS or w.rstrip(".") in title_words or knowledge.country_of(w)
            for w in office_words
        ):
            continue
        if not any(_is_office_word(w, title_words) for w in office_words):
            continue
        yield titled_person(name, office, knowledge)


_LINE = re.compile(r"[^\n]+")
