"""The place a meeting sentence that names none takes from around it: the venue the sentence
before named ("There Biden met with Marcos"), a venue someone went to just before ("Wilson
visited Al Udeid Air Base ... Upon arrival, Wilson met with ..."), a place told before the
meeting's people, and the page's stamp ("April 27, 2017, The Kremlin, Moscow").

Moved out of ``_find`` as one step of its pass over the clauses: the step takes the places
the pass carries from sentence to sentence and returns them, so the state stays explicit.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from attrs import evolve

from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.knowledge._places import PlaceMention
from diplomatic_events.model import PartialDate, Precision
from diplomatic_events.parsing._meetings._context import _looks_ahead
from diplomatic_events.parsing._meetings._sentence_setting import told_at_stop
from diplomatic_events.parsing._meetings._sentences import MeetingMention, Sentence
from diplomatic_events.parsing._time import TimeExpression, falls_within
from diplomatic_events.typing import ActorId

LastPlace = tuple[PlaceMention, int]
"""The last meeting clause's venue and its paragraph."""
Visited = tuple[PlaceMention, int, TimeExpression | None]
"""The venue someone went to, its paragraph and day."""
Placed = tuple[PlaceMention, int, PartialDate | None]
"""The place of a meeting told before its people, its paragraph and day."""
Stamp = tuple[PartialDate, PlaceMention | None, str | None]
"""The page's stamp: its day, venue and city."""


def _eve_of(day: PartialDate | None, stamp: PartialDate) -> bool:
    """Whether ``day`` is the day before the stamp's."""
    told, stamped = (None if day is None else day.to_date()), stamp.to_date()
    if told is None or stamped is None or day is None or day.precision is not Precision.DAY:
        return False
    return (stamped - told).days == 1


_THERE = re.compile(
    r"There[ \u00a0]+(?!(?:is|are|was|were|will|would|has|have|had|seems?|seemed|may|might"
    r"|could|should|must|appears?|appeared)\b)"
)
"""A clause opening with the place named before ("There Biden met with Marcos"), not the
"there" of "there were talks"."""


def carried_place(
    knowledge: KnowledgeBase,
    text: str,
    sentence: Sentence,
    words: str,
    base: MeetingMention,
    *,
    venue: PlaceMention | None,
    city: str | None,
    people: Sequence[ActorId],
    trigger: re.Match[str] | None,
    anaphora: re.Match[str] | None,
    date: TimeExpression | None,
    narrative: TimeExpression | None,
    last_place: LastPlace | None,
    visited: Visited | None,
    placed: Placed | None,
    stamped: Stamp | None,
) -> tuple[MeetingMention, LastPlace | None, Visited | None, Placed | None]:
    """``base`` with the place it takes from around it when it names none (``venue`` and
    ``city`` are the sentence's own), and the places carried on to the next sentence: the
    last venue (``last_place``), the venue last visited (``visited``) and the place told
    before its people (``placed``)."""
    if (
        venue is None
        and last_place is not None
        and sentence.paragraph - last_place[1] <= 1
        and _THERE.match(words) is not None
    ):
        # "... the summit that took place yesterday at the White House. There Biden met
        # with Marcos": the place the sentence before named
        venue = last_place[0]
        base = evolve(base, venue=venue, city=city or venue.city)
    dated = date or narrative
    if (
        venue is None
        and city is None
        and visited is not None
        and sentence.paragraph - visited[1] <= 1
        and len(people) >= 2
        and trigger is not None
        and (sentence.paragraph == visited[1] or told_at_stop(text, sentence, trigger))
        and (
            visited[2] is None
            or falls_within(
                None if dated is None else dated.date, visited[2].date, visited[2].date_end
            )
        )
    ):
        venue = visited[0]
        base = evolve(base, venue=venue, city=venue.city, visited=True)
    if venue is not None or city is not None:
        visited = None
    if venue is not None:
        last_place = (venue, sentence.paragraph)
    if placed is not None and (venue is not None or people or sentence.paragraph - placed[1] > 1):
        here = None if dated is None else dated.coarse
        if (
            venue is None
            and len(people) >= 2
            and trigger is not None
            and (placed[2] is None or here is None or placed[2] == here)
        ):
            base = evolve(base, venue=placed[0], city=city or placed[0].city)
        placed = None
    if (
        venue is not None
        and not people
        and trigger is not None
        and anaphora is None
        and not _looks_ahead(knowledge, words)
    ):
        # a day of its own that another meeting does not share is another occasion's
        # ("We last met at the APEC conference in November")
        placed = (venue, sentence.paragraph, None if date is None else date.coarse)
    if (
        stamped is not None
        and len(people) >= 2
        and (venue is None or city is None)
        and (
            dated is None
            or dated.coarse == stamped[0]
            or (_eve_of(dated.coarse, stamped[0]) and base.city in (None, stamped[2]))
        )
    ):
        # the page's stamp: "April 27, 2017, The Kremlin, Moscow"; a meeting of the
        # night before ("Last night, Vladimir Putin met ...") named no other place
        base = evolve(base, venue=base.venue or stamped[1], city=base.city or stamped[2])
    return base, last_place, visited, placed


def _at_stamped_place(
    mention: MeetingMention, stamped: tuple[PartialDate, PlaceMention | None, str | None]
) -> MeetingMention:
    """A meeting of the page's own (a transcript's, a title's) on the day of the page's stamp
    (or of no day), held where the stamp says ("December 7, 2018, The Kremlin, Moscow") when
    it names no place of its own."""
    if len(mention.people) < 2 or (mention.venue is not None and mention.city is not None):
        return mention
    day = None if mention.date is None else mention.date.coarse
    if day not in (None, stamped[0]) or mention.city not in (None, stamped[2]):
        return mention
    return evolve(mention, venue=mention.venue or stamped[1], city=mention.city or stamped[2])
