"""The venue a transcript's meeting took place at: the one its first speech names ("welcome
you to the Kremlin") or a line under its title names alone.

Apart from the transcript's and the title's meetings (:mod:`._transcripts`), which both
read it, because it looks only for a place, in a page's first lines.
"""

from __future__ import annotations

import functools
import re

from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.knowledge._grammar import grammar, phrase_pattern
from diplomatic_events.knowledge._places import Gazetteer, PlaceMention, venue_line
from diplomatic_events.model import Block, BlockKind, Source
from diplomatic_events.parsing._discovery._titles import folded_title_words
from diplomatic_events.parsing._meetings._venues import _is_locative


def _venue_opening(source: Source, gazetteer: Gazetteer, start: int) -> PlaceMention | None:
    """The venue the first speech says the meeting is at, in its first lines ("welcome you
    to the Kremlin", "here at the Pentagon")."""
    stop = min(len(source.text), start + _VENUE_OPENING_CHARACTERS)
    venues = [p for p in gazetteer.find(source.id, source.text, start, stop) if p.kind == "venue"]
    for index, venue in enumerate(venues):
        if not _is_locative(source.text, start, venue.evidence.start, venue.evidence.end):
            continue
        opens = max(source.text.rfind(". ", start, venue.evidence.start) + 1, start)
        closes = source.text.find(". ", venue.evidence.end, stop)
        closes = stop if closes < 0 else closes
        if _earlier_visit().search(source.text, opens, venue.evidence.start) or (
            _YOUR_EARLIER_VISIT.search(source.text, venue.evidence.end, closes)
        ):
            # "When I visited the United Kingdom in April, she welcomed me to Chequers": the
            # place of an earlier visit, not of this meeting
            continue
        for after in venues[index + 1 :]:
            # "to the White House, the Oval Office": the room named in apposition is exacter
            if _APPOSITION.fullmatch(source.text, venue.evidence.end, after.evidence.start) is None:
                break
            venue = after
        return venue
    return None


@functools.cache
def _earlier_visit() -> re.Pattern[str]:
    """The opening of a clause about the speaker's earlier visit (``earlier_visit`` in
    ``grammar.toml``: "When I visited the United Kingdom in April")."""
    return re.compile(rf"\b(?:{phrase_pattern(grammar().earlier_visit)})", re.IGNORECASE)


"""A clause about the speaker's earlier visit, whose places are not this meeting's."""
_YOUR_EARLIER_VISIT = re.compile(
    r"\bduring[ \u00a0]+(?:your|his|her|their)[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}?visit"
    r"[ \u00a0]+(?:in|last|on)\b",
    re.IGNORECASE,
)
"""After the place, a guest's earlier visit it was the place of ("to welcome you to the
White House during your historic visit in May")."""
_APPOSITION = re.compile(r",[ \u00a0]+(?:the[ \u00a0]+)?")


def _venue_line(
    source: Source, gazetteer: Gazetteer, head_end: int, knowledge: KnowledgeBase
) -> PlaceMention | None:
    """A venue that is a whole line of a transcript's head, before anyone speaks; of several
    ("The White House" of the issuer's masthead, then "Oval Office" under the title), the one
    the city it is in follows ("Cornwall, United Kingdom"), else the last, nearest the speech,
    or of lines in a run ("Vice President's Ceremonial Office" over "Eisenhower Executive
    Office Building"), the run's first, the room in the building."""
    found: list[tuple[int, PlaceMention]] = []
    blocks = [b for b in source.blocks if b.end <= head_end]
    for index, block in enumerate(blocks):
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        above_a_place = following is not None and _place_line(source, gazetteer, following)
        venue = _whole_line_venue(source, gazetteer, block)
        if venue is None and above_a_place and block.kind is not BlockKind.HEADLINE:
            # "Casa de Huespedes Ilustres" over "Cartagena, Colombia": a transcript's head
            # names where it was spoken on the line above the city, known or not
            venue = _named_line(source, block, knowledge)
        if venue is None:
            continue
        if above_a_place:
            return venue
        found.append((index, venue))
    if not found:
        return None
    at = len(found) - 1
    while at > 0 and found[at - 1][0] == found[at][0] - 1:
        at -= 1
    return found[at][1]


def _place_line(source: Source, gazetteer: Gazetteer, block: Block) -> bool:
    """Whether a line is a city and its country, or a city alone ("Cartagena, Colombia")."""
    line = source.text[block.start : block.end].strip()
    if len(line) > _VENUE_LINE_CHARACTERS:
        return False
    places = gazetteer.find(source.id, source.text, block.start, block.end)
    if not any(p.kind in ("city", "country") and p.evidence.start == block.start for p in places):
        return False
    # the places and their commas make the whole line ("Amsterdam, The Netherlands"): "U.S.
    # Department of State" opens with a country but is an office
    rest = list(source.text[block.start : block.end])
    for place in places:
        for at in range(max(place.evidence.start, block.start), min(place.evidence.end, block.end)):
            rest[at - block.start] = " "
    return all(word.casefold() == "the" for word in "".join(rest).replace(",", " ").split())


def _named_line(source: Source, block: Block, knowledge: KnowledgeBase) -> PlaceMention | None:
    """The line as a venue's name, when it reads as one: a few capitalised words, no digit
    and no sentence ("Casa de Huespedes Ilustres", "The East Room"), neither an office
    ("Secretary of State") nor anyone the knowledge knows."""
    line = source.text[block.start : block.end].strip()
    if len(line) > _VENUE_LINE_CHARACTERS or not _NAME_LINE.fullmatch(line):
        return None
    titles = folded_title_words(knowledge)
    if any(word.casefold() in titles for word in line.split()):
        return None
    if knowledge.find_mentions(source.text, block.start, block.end):
        return None
    at = source.text.index(line, block.start, block.end)
    return PlaceMention(kind="venue", name=line, evidence=source.span(at, at + len(line)))


_LISTED_PLACE = re.compile(r",[ \u00a0]*")
"""Between a head line's venue and its city, or its city and country."""
_NAME_LINE = re.compile(
    r"(?:The[ \u00a0]+)?[A-Z][\w’'.-]*(?:[ \u00a0]+(?:(?:de|del|la|of|the|and|du|des)[ \u00a0]+)?"
    r"[A-Z][\w’'.-]*){1,5}"
)
"""Two to six capitalised words, with particles between, and no more."""


def _whole_line_venue(source: Source, gazetteer: Gazetteer, block: Block) -> PlaceMention | None:
    """The venue ``block`` names when the line is nothing but a venue's name."""
    line = source.text[block.start : block.end].strip()
    places = gazetteer.find(source.id, source.text, block.start, block.end)
    for place in places:
        if place.kind == "venue" and place.evidence.text == line.removeprefix("The "):
            return place
    if places and places[0].kind == "venue" and len(places) > 1:
        # "Diaoyutai, Beijing": the venue and its city (and country) on one line
        venue, at = places[0], places[0].evidence.end
        opening = source.text[block.start : venue.evidence.start].strip()
        for place in places[1:]:
            if place.kind not in ("city", "country"):
                break
            if _LISTED_PLACE.fullmatch(source.text, at, place.evidence.start) is None:
                break
            at = place.evidence.end
        if (
            at > venue.evidence.end
            and opening in ("", "The")
            and not source.text[at : block.end].strip()
        ):
            return venue
    name = venue_line(line, gazetteer) if len(line) <= _VENUE_LINE_CHARACTERS else None
    if name is not None:
        at = source.text.index(name, block.start, block.end)
        return PlaceMention(kind="venue", name=name, evidence=source.span(at, at + len(name)))
    return None


_VENUE_LINE_CHARACTERS = 60
"""The longest line read as nothing but a venue's name."""


_VENUE_OPENING_CHARACTERS = 1200
"""How far into the first speech its speaker says where the meeting is."""
