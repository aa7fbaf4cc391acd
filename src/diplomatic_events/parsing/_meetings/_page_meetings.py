"""The meetings a page tells as a whole, beside its sentences': the one its transcript
records and the one its title names ("Blinken, Austin, Marles and Wong at a Joint Press
Availability"), merged with those its sentences told.

Apart from the finder (:mod:`._find`) because they are read once per page after its
sentences, from the transcript's speakers and the title (:mod:`._transcripts`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from attrs import evolve

from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.knowledge._places import Gazetteer
from diplomatic_events.model import Source
from diplomatic_events.parsing._meetings._dating import _spoken_day
from diplomatic_events.parsing._meetings._page_days import (
    _published_day,
)
from diplomatic_events.parsing._meetings._sentences import MeetingMention
from diplomatic_events.parsing._meetings._transcripts import _title_meeting, _transcript_meeting
from diplomatic_events.parsing._time import TimeExpression
from diplomatic_events.parsing._times import DateFinder
from diplomatic_events.typing import ActorId


def with_page_meetings(
    found: Sequence[MeetingMention],
    source: Source,
    knowledge: KnowledgeBase,
    gazetteer: Gazetteer,
    *,
    dates: DateFinder,
    fallback: TimeExpression | None,
    speakers: Mapping[int, ActorId],
    shown_together: set[tuple[int, int]],
) -> list[MeetingMention]:
    """``found`` (the sentences' mentions) with the transcript's meeting and the title's
    (``fallback``: the page's one day; ``speakers``: the labelled speaker of each block),
    less the joint appearances (``shown_together``: their clauses) the title's tells."""
    found = list(found)
    spoken_on = _spoken_day(source, dates)
    transcript = _transcript_meeting(
        source, knowledge, gazetteer, spoken_on or fallback or _published_day(source)
    )
    titled = _title_meeting(
        source, knowledge, spoken_on or fallback or _published_day(source), speakers, gazetteer
    )
    if transcript is not None:
        if titled is not None and set(transcript.people) < set(titled.people):
            # the title shows everyone the speakers were with ("Blinken, Austin, Marles and
            # Wong at a Joint Press Availability"), some of whom said nothing in the excerpt
            everyone = tuple(dict.fromkeys((*transcript.people, *titled.people)))
            transcript = evolve(
                transcript,
                people=everyone,
                evidence=tuple(dict.fromkeys((*transcript.evidence, *titled.evidence))),
                group=len(everyone) > 2,
            )
        found.append(transcript)  # a guess of the day, yielding to one a sentence states
    elif titled is not None:
        found.append(titled)
    if titled is not None and shown_together:
        # a title's joint appearance is the title meeting's, told once
        lines = [(s.start, s.end) for s in titled.evidence]
        found = [
            m
            for m in found
            if not m.evidence
            or (m.evidence[0].start, m.evidence[0].end) not in shown_together
            or not any(a < m.evidence[0].end and m.evidence[0].start < b for a, b in lines)
        ]
    return found
