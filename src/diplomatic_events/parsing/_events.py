"""Related events: earlier meetings, trips, incidents, postponements, refusals, plans.

A related event is a sentence that names people and a date around a cue word of one kind
(the cue words are data: ``knowledge/data/events.toml``), or a meeting of people other than
the visitor. Each keeps the date at the precision the text gives ("in May" → a month).
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterable
from importlib import resources

import cattrs
from attrs import evolve, frozen

from diplomatic_events.exceptions import DataFileError
from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.model import Event, EventKind, PartialDate, Source
from diplomatic_events.parsing._meetings import find_meeting_mentions, persons, sentences
from diplomatic_events.parsing._places import Gazetteer
from diplomatic_events.parsing._time import TimeExpression, find_dates
from diplomatic_events.typing import ActorId, EventId

__all__ = ["event_cues", "find_events", "merge_events"]

_DESCRIPTION_LIMIT = 240


@frozen(kw_only=True)
class _EventFile:
    kinds: dict[str, tuple[str, ...]]


@functools.cache
def event_cues() -> dict[EventKind, re.Pattern[str]]:
    """The bundled cue words of each event kind, compiled.

    Raises:
        DataFileError: the bundled file names an unknown kind or has a bad pattern.
    """
    data = resources.files("diplomatic_events.knowledge").joinpath("data/events.toml")
    try:
        parsed = cattrs.Converter(forbid_extra_keys=True).structure(
            tomllib.loads(data.read_text(encoding="utf-8")), _EventFile
        )
        return {
            EventKind(kind): re.compile(rf"\b(?:{'|'.join(words)})\b", re.IGNORECASE)
            for kind, words in parsed.kinds.items()
        }
    except (cattrs.BaseValidationError, ValueError, re.error) as error:
        raise DataFileError(f"events.toml: {error}") from error


def _dated(expressions: Iterable[TimeExpression], *, future: bool) -> PartialDate | None:
    """The date an event sentence gives: a single date before a range ("in recent months")."""
    expressions = sorted(expressions, key=lambda e: e.date_end is not None)
    for expression in expressions:
        if expression.since or expression.future != future:
            continue
        if expression.coarse is not None:
            return expression.coarse
    return None


def find_events(
    source: Source,
    knowledge: KnowledgeBase,
    gazetteer: Gazetteer,
    *,
    visitor: ActorId | None = None,
) -> tuple[Event, ...]:
    """The related events ``source`` mentions, outside the visit of ``visitor``."""
    text = source.text
    found: list[Event] = []
    cues = event_cues()
    meeting_sentences: set[int] = set()
    all_sentences = sentences(source)
    for mention in find_meeting_mentions(source, knowledge, gazetteer):
        if mention.anaphoric or len(mention.people) < 2 or mention.kind.value == "dinner":
            continue
        sentence = all_sentences[mention.sentence]
        people = mention.people
        if visitor is not None and visitor in people:
            others = tuple(p for p in people if p != visitor)
            if not (mention.between and len(others) >= 2):
                continue
            people = others
        if any(
            cues[kind].search(text, sentence.start, sentence.end)
            for kind in (EventKind.REFUSAL, EventKind.POSTPONEMENT)
        ):
            continue  # the meeting did not take place; the cue pass reports what happened
        expressions = find_dates(source.id, text, sentence.reference, sentence.start, sentence.end)
        meeting_sentences.add(mention.sentence)
        planned = cues[EventKind.PLANNED].search(text, sentence.start, sentence.end) is not None
        planned = planned or any(e.future for e in expressions)
        date = _dated(expressions, future=planned) or _dated(expressions, future=not planned)
        found.append(
            Event(
                id=EventId("event"),
                kind=EventKind.PLANNED if planned else EventKind.MEETING,
                description=_describe(text, sentence.start, sentence.end),
                date=date,
                participants=people,
                location=mention.city or (mention.venue.name if mention.venue else None),
                evidence=mention.evidence,
            )
        )
    for index, sentence in enumerate(all_sentences):
        for kind, cue in cues.items():
            hit = cue.search(text, sentence.start, sentence.end)
            if hit is None:
                continue
            expressions = find_dates(
                source.id, text, sentence.reference, sentence.start, sentence.end
            )
            date = _dated(expressions, future=kind is EventKind.PLANNED)
            if date is None and kind is not EventKind.PLANNED:
                continue
            people = tuple(persons(knowledge, text, sentence))
            if kind is EventKind.INCIDENT:
                people = ()  # the people near an incident are rarely its participants
            if kind is EventKind.PLANNED and len(people) < 1:
                continue
            if kind is EventKind.TRIP and visitor is not None and visitor in people:
                continue
            if index in meeting_sentences and kind is EventKind.PLANNED:
                continue
            places = gazetteer.find(source.id, text, sentence.start, sentence.end)
            city = next((p.name for p in places if p.kind == "city"), None)
            found.append(
                Event(
                    id=EventId("event"),
                    kind=kind,
                    description=_describe(text, sentence.start, sentence.end),
                    date=date,
                    participants=people,
                    location=city,
                    evidence=(source.span(sentence.start, sentence.end),),
                )
            )
    return tuple(found)


def _describe(text: str, start: int, end: int) -> str:
    words = " ".join(text[start:end].split())
    return words if len(words) <= _DESCRIPTION_LIMIT else words[: _DESCRIPTION_LIMIT - 1] + "…"


def merge_events(events: Iterable[Event]) -> tuple[Event, ...]:
    """One event per kind, participants and compatible date, in date order, with all evidence."""
    merged: list[Event] = []
    for event in events:
        for index, known in enumerate(merged):
            if known.kind is not event.kind or set(known.participants) != set(event.participants):
                continue
            if (
                known.date is not None
                and event.date is not None
                and not known.date.is_compatible_with(event.date)
            ):
                continue
            date = known.date
            if event.date is not None and (
                date is None or len(event.date.isoformat()) > len(date.isoformat())
            ):
                date = event.date  # keep the finest date the reports give
            merged[index] = evolve(
                known,
                date=date,
                location=known.location or event.location,
                evidence=tuple(dict.fromkeys((*known.evidence, *event.evidence))),
            )
            break
        else:
            merged.append(event)
    ordered = sorted(
        merged, key=lambda e: (e.date is None, e.date.isoformat() if e.date else "", e.kind.value)
    )
    return tuple(evolve(e, id=EventId(f"event-{i + 1}")) for i, e in enumerate(ordered))
