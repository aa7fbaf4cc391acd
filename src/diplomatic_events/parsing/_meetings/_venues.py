"""Where a meeting took place, as a sentence tells it: a venue under the whole name the
source writes it with, a place said to be where something happened ("in Beijing",
"welcomed ... to the Pentagon"), and a photo caption that shows a meeting at a venue.

Moved out of ``_clues`` so the venue's reading sits in one place: the finder, the greetings
of transcripts and the settings of sentences all ask whether a place is where something
happened.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from attrs import evolve

from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.knowledge._grammar import grammar
from diplomatic_events.knowledge._places import Gazetteer, PlaceMention, venue_head
from diplomatic_events.knowledge._prefilter import guarded
from diplomatic_events.model import Precision, Source
from diplomatic_events.parsing._meetings._clues import _country_of
from diplomatic_events.parsing._meetings._sentences import MeetingMention, Sentence, persons
from diplomatic_events.parsing._meetings._words import (
    _LOCATIVE,
    _LOCATIVE_REACH,
    _WELCOMED_REACH,
    _WELCOMED_TO,
)
from diplomatic_events.parsing._time import TimeExpression
from diplomatic_events.typing import SourceId


def _written_venue(text: str, venue: PlaceMention, heads: re.Pattern[str]) -> PlaceMention:
    """A venue under the whole name the sentence writes it with: the capitalised words
    before the name the gazetteer knows ("Number 10 Downing Street", "the Moscow Kremlin")
    and those after it up to a venue's head noun (``heads``: "White House Rose Garden",
    "Presidential Office Building"), as a reader quotes it."""
    span = venue.evidence
    if span.end > len(text) or text[span.start : span.end] != span.text:
        return venue
    start, end = span.start, span.end
    stops = grammar().name_stop_words
    while (word := _WRITTEN_BEFORE.search(text, max(0, start - _WORD_REACH), start)) is not None:
        if word.group(1) in stops:
            break
        start = word.start(1)
    reach = end
    while (word := _WRITTEN_AFTER.match(text, reach)) is not None:
        after = word.group(1)
        if after in stops or (after.isupper() and len(after) <= 3):
            break  # initials begin another phrase ("Kremlin US relations")
        reach = word.end(1)
        if heads.fullmatch(after):
            end = reach  # not past the last head noun: "Hyderabad House Chancellor Scholz"
    # "the JASDF Air Defense Command headquarters at Yokota Air Base": the site it stands at
    # is part of the name as written, when that too ends in a venue's head noun
    site = _AT_SITE.match(text, end)
    if site is not None and heads.fullmatch(site.group(1).rsplit(None, 1)[-1]):
        end = site.end()
    if (start, end) == (span.start, span.end):
        return venue
    return evolve(venue, name=text[start:end])


_AT_SITE = re.compile(
    r"[ \u00a0]+at[ \u00a0]+(?:the[ \u00a0]+)?"
    r"((?:[A-Z][\w’'-]*[ \u00a0]+){0,4}[A-Z][\w’'-]*)\b"
)
"""A site after a venue ("... headquarters at Yokota Air Base")."""


def _in_its_place(
    text: str,
    gazetteer: Gazetteer,
    gatherings: frozenset[str],
    source: SourceId,
    venue: PlaceMention,
) -> PlaceMention:
    """A gathering with the site it was held at or the city, region or country the sentence
    writes right after it ("the AI Safety Summit at Bletchley Park", "the G7 Summit in
    Italy", "the European Political Community meeting in Budapest"): which of its yearly or
    travelling meetings it was, as written. A building's place is its city and
    stays there ("the Pentagon in Washington" is the Pentagon); ``gatherings`` are the words
    ending a gathering's name. Only a place the gazetteer knows joins it, never "in June"."""
    last = venue.name.rsplit(None, 1)[-1].casefold() if venue.name.strip() else ""
    if last not in gatherings:
        return venue
    span = venue.evidence
    # the name as the text writes it, around the place the gazetteer matched
    written = text.find(venue.name, max(0, span.end - len(venue.name)), span.end + len(venue.name))
    end = written + len(venue.name)
    if written < 0 or written > span.start or end < span.end:
        return venue
    site = _AT_SITE.match(text, end)
    if site is not None:
        # "the UK's AI Safety Summit at Bletchley Park": the site it was held at
        return evolve(venue, name=text[written : site.end()])
    after = _IN_PLACE.match(text, end)
    if after is None:
        return venue
    places = gazetteer.find(source, text, after.start(1), after.end(1))
    if not any(
        p.kind != "venue" and p.evidence.start == after.start(1) and p.evidence.end == after.end(1)
        for p in places
    ):
        return venue
    return evolve(venue, name=text[written : after.end(1)])


_IN_PLACE = re.compile(
    r"[ \u00a0]+in[ \u00a0]+(?:the[ \u00a0]+)?((?:[A-Z][\w’'-]*[ \u00a0]+){0,3}[A-Z][\w’'-]*)\b"
)
"""The place after a venue ("... Summit in Italy", "... meeting in Budapest")."""


_WORD_REACH = 40
"""How far back one capitalised word before a venue's name is looked for."""
_WRITTEN_BEFORE = re.compile(r"(?<![\w’'.-])([A-Z0-9][\w’'.-]*)[ \u00a0]+$")
_WRITTEN_AFTER = re.compile(r"[ \u00a0]+([A-Z][\w’'-]*)(?![\w’'-])")


def _full_venues(
    text: str,
    gazetteer: Gazetteer,
    found: Sequence[MeetingMention],
    gatherings: frozenset[str],
) -> tuple[MeetingMention, ...]:
    """Venues under their whole written name (:func:`_written_venue`), gatherings with the
    place written after them (:func:`_in_its_place`), and venues named short ("the
    Great Hall") under the fuller name the source gives them elsewhere ("the Great Hall of
    the People")."""
    heads = venue_head(gazetteer)
    found = [
        evolve(
            m,
            venue=_in_its_place(
                text, gazetteer, gatherings, m.source, _written_venue(text, m.venue, heads)
            ),
        )
        if m.venue is not None
        else m
        for m in found
    ]
    names = {m.venue.name: m.venue for m in found if m.venue is not None}
    result: list[MeetingMention] = []
    for mention in found:
        venue = mention.venue
        if venue is not None:
            fuller = [v for n, v in names.items() if n.startswith(venue.name + " ")]
            if len(fuller) == 1:
                venue = evolve(venue, name=fuller[0].name, city=venue.city or fuller[0].city)
                mention = evolve(mention, venue=venue, city=mention.city or venue.city)
        result.append(mention)
    return tuple(result)


def _pictured(
    knowledge: KnowledgeBase,
    gazetteer: Gazetteer,
    source: Source,
    sentence: Sentence,
    date: TimeExpression | None,
) -> bool:
    """Whether a photo caption shows a meeting: people of two countries or more at a named
    venue or in a city on a given day ("A and B at the Mariinsky Palace on Friday", "A and B
    sign a memorandum ... in Colorado Springs, April 20, 2023"). Captions are evidence of
    who was together where; without a place or a day they may be file photos."""
    if date is None or (date.date is not None and date.date.precision is not Precision.DAY):
        return False
    people = persons(knowledge, source.text, sentence)
    countries = {_country_of(knowledge, p) for p in people}
    # compatriots alone are no diplomatic meeting; a person of no known country may be a guest
    if len(people) < 2 or len(countries) < 2 or countries == {None}:
        return False
    return any(
        p.kind in ("venue", "city")
        and _is_locative(source.text, sentence.start, p.evidence.start, p.evidence.end)
        for p in gazetteer.find(source.id, source.text, sentence.start, sentence.end)
    )


def _is_locative(text: str, start: int, at: int, end: int) -> bool:
    """Whether the place at ``at`` (ending at ``end``) is where something happened ("in
    Beijing", a dateline); not one that names an office's people ("State Department Spokesman
    Richard Boucher", "Pentagon officials")."""
    if _office_people_after(text, end):
        return False
    before = text[max(start, at - _LOCATIVE_REACH) : at]
    if at - start <= _LOCATIVE_REACH and not before.strip():
        return True
    if _LOCATIVE.search(before) is not None:
        return True
    # an aside between dashes or brackets ("welcomed the Crown Prince — who is also ... —
    # to the Pentagon") is no part of the guest's words
    welcome = _ASIDE.sub(" ", text[max(start, at - _WELCOMED_REACH) : at])
    return _WELCOMED_TO.search(welcome) is not None


def _office_people_after(text: str, end: int) -> bool:
    """Whether the words after a place name those who speak or work for it: a spokesperson's
    title or a group of its people (``spokesperson_titles``, ``owned_groups``)."""
    follows = _OFFICE_PEOPLE_AFTER.match(text, end)
    if follows is None:
        return False
    words = grammar()
    said = " ".join(follows.group(1).casefold().split())
    return said.split()[0] in words.owned_groups or any(
        said.startswith(title) for title in words.spokesperson_titles
    )


_OFFICE_PEOPLE_AFTER = re.compile(r"[ \u00a0]+([A-Za-z]+(?:[ \u00a0]+[A-Za-z]+)?)")
"""The one or two words after a place."""


_ASIDE = re.compile(
    r"[ \u00a0]+[—–][ \u00a0][^—–\n]*[ \u00a0][—–][ \u00a0]*|[ \u00a0]*\([^()\n]*\)"
)
"""An aside set off by a pair of dashes with spaces, or by brackets."""

# guarded: a look-ahead for the characters a match can start with, so most positions of a
# search fail on one test (see ``guarded``); the matches are the same
_ASIDE = guarded(_ASIDE)
