"""Related events: earlier meetings, trips, incidents, postponements, refusals, plans.

A related event is a clause that holds a cue word of one kind (the cue words are data:
``knowledge/data/events.toml``), the people the clause names and a date. Sentences are cut
into clauses ("Burns travelled to China in May, while China's commerce minister travelled
to the U.S." is two trips) so that each event gets its own participants; a clause that names
too few people borrows the sentence's subject ("Xi ..., saying in a meeting with Gates").
Each event keeps the date at the precision the text gives ("in May" gives a month). Reports
of one event are merged across sources: same kind, overlapping participants, compatible
dates.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Generic, TypeVar

from attrs import evolve

from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.knowledge._events import EventCues, event_cues
from diplomatic_events.knowledge._grammar import grammar
from diplomatic_events.knowledge._places import Gazetteer, PlaceMention
from diplomatic_events.knowledge._prefilter import guarded, matching
from diplomatic_events.model import Event, EventKind, PartialDate, Source
from diplomatic_events.parsing._meetings import (
    PersonMention,
    Sentence,
    person_mentions,
    sentences,
)
from diplomatic_events.parsing._meetings._clues import _holds_title
from diplomatic_events.parsing._time import TimeExpression
from diplomatic_events.parsing._times import DateFinder, SourceTimes, dates_of
from diplomatic_events.typing import ActorId, EventId

__all__ = ["EventCues", "clauses", "event_cues", "find_events", "is_object", "merge_events"]

_DESCRIPTION_LIMIT = 240
_CLAUSE_BREAK = re.compile(
    # Never from inside a run of spaces: the run's first space finds the same break, and
    # trying every space of a long run would cost the run's length squared.
    r"(?!(?<=\s)\s)(?:\s*[;:—–]\s+|\s+-\s+"
    r"|,?\s+(?=(?:while|whereas|but|although|though|after|before|which|who|that|saying)\b))",
    re.IGNORECASE,
)
"""Where a sentence's clauses meet: semicolons, dashes, and subordinating words."""
_CLAUSE_BREAK = guarded(_CLAUSE_BREAK)

_PRONOUN = re.compile(r"\b(?:he|she|his|her)\b", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\b", re.IGNORECASE)
_BETWEEN = guarded(_BETWEEN)
_OBJECT_BEFORE = re.compile(
    r"\b(?:with|to|from|by|of|for|between|and|on|at|in|told|asked|urged|called)\s+"
    r"(?:[A-Z][\w.’'-]*\s+(?:of\s+)?)*$"
)
"""A name right after these words is an object, not the subject of its sentence."""
_LOCATIVE = re.compile(
    r"\b(?:in|at|to|near|over|from|visit|visiting|visited)\s+(?:the\s+)?$", re.IGNORECASE
)
_VOIDING = (EventKind.REFUSAL, EventKind.POSTPONEMENT)
"""Kinds that say an event did not take place: a meeting or plan in their clause is theirs."""
_NEEDS_TWO = (EventKind.MEETING, EventKind.REFUSAL)
_UNDATED_KINDS = (EventKind.MEETING, EventKind.REFUSAL, EventKind.POSTPONEMENT, EventKind.PLANNED)
"""Kinds kept without a date (an undated report joins a dated one of the same event)."""


def clauses(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The clauses of ``text[start:end]`` as ``(start, end)`` offsets, in order."""
    found: list[tuple[int, int]] = []
    at = start
    # On the window alone: a break may start at its first character whatever precedes it.
    for match in _CLAUSE_BREAK.finditer(text[start:end]):
        if start + match.start() > at:
            found.append((at, start + match.start()))
        at = start + match.end()
    if at < end:
        found.append((at, end))
    return tuple(found)


T = TypeVar("T")


class _ByStart(Generic[T]):
    """A sentence's items (mentions, dates, places) by where they start: those of a clause
    found by bisection, not by a pass over the whole sentence for each clause."""

    def __init__(self, items: Sequence[T], start: Callable[[T], int]) -> None:
        self.items = items
        self._start = start
        starts = [start(item) for item in items]
        ordered = all(a <= b for a, b in itertools.pairwise(starts))
        self._starts = starts if ordered else None

    def within(self, start: int, end: int) -> Sequence[T]:
        """The items starting in ``[start, end)``, in their order."""
        if self._starts is None:
            return [item for item in self.items if start <= self._start(item) < end]
        return self.items[
            bisect.bisect_left(self._starts, start) : bisect.bisect_left(self._starts, end)
        ]


class _Dates(_ByStart[TimeExpression]):
    """A sentence's date expressions, with the last usable date before a clause at hand."""

    def __init__(self, expressions: Sequence[TimeExpression]) -> None:
        super().__init__(expressions, lambda e: e.evidence.start)
        self._usable: dict[bool, list[tuple[list[int], list[PartialDate]]]] = {}

    def last_before(self, position: int, *, future: bool) -> PartialDate | None:
        """``_dated`` of the expressions before ``position``, nearest first: the nearest
        single date, else the nearest range."""
        if future not in self._usable:
            groups: list[tuple[list[int], list[PartialDate]]] = []
            for ranged in (False, True):
                usable = [
                    (e.evidence.start, e.coarse)
                    for e in sorted(self.items, key=lambda e: e.evidence.start)
                    if (e.date_end is not None) == ranged
                    and not e.bound
                    and e.future == future
                    and e.coarse is not None
                ]
                groups.append(([a for a, _ in usable], [c for _, c in usable if c is not None]))
            self._usable[future] = groups
        for starts, dates in self._usable[future]:
            at = bisect.bisect_left(starts, position) - 1
            if at >= 0:
                # Of several starting at the same place, the first listed comes first.
                return dates[bisect.bisect_left(starts, starts[at])]
        return None


def _dated(expressions: Iterable[TimeExpression], *, future: bool) -> PartialDate | None:
    """The first date of ``expressions`` that is a single date, else the first range."""
    for expression in sorted(expressions, key=lambda e: e.date_end is not None):
        if expression.bound or expression.future != future:
            continue
        if expression.coarse is not None:
            return expression.coarse
    return None


def is_object(text: str, start: int) -> bool:
    """Whether the name at ``start`` follows a preposition or a verb that makes it an object."""
    return _OBJECT_BEFORE.search(text, max(0, start - 60), start) is not None


def _subject(text: str, mentions: Sequence[PersonMention]) -> ActorId | None:
    """The sentence's subject: its first person not named as an object or a possessor's aide."""
    for mention in mentions:
        if mention.modifier:
            continue
        if not is_object(text, mention.start):
            return mention.actor
    return None


def _participants(
    text: str,
    kind: EventKind,
    clause: tuple[int, int],
    mentions: _ByStart[PersonMention],
    subject: ActorId | None,
) -> tuple[ActorId, ...]:
    start, end = clause
    inside = [m for m in mentions.within(start, end) if not m.modifier]
    between = _BETWEEN.search(text, start, end)
    if between is not None and kind in _NEEDS_TWO:
        # "between A and B": exactly those two, whoever else the clause names.
        return tuple(dict.fromkeys(m.actor for m in inside if m.start > between.end()))[:2]
    people = list(dict.fromkeys(m.actor for m in inside))
    wanted = 2 if kind in _NEEDS_TWO else 1
    borrows = len(people) < wanted or (
        _PRONOUN.search(text, start, end) is not None and kind is not EventKind.INCIDENT
    )
    if borrows and subject is not None and subject not in people:
        people.insert(0, subject)
    return tuple(people)


def _location(
    text: str, places: _ByStart[PlaceMention], spans: Sequence[tuple[int, int]]
) -> str | None:
    """The first place a clause (then its sentence) puts after "in", "to" ...; cities first."""
    for start, end in spans:
        here = [
            p
            for p in places.within(start, end)
            if start <= p.evidence.start < end
            and _LOCATIVE.search(text, max(0, p.evidence.start - 12), p.evidence.start)
        ]
        ranked = sorted(here, key=lambda p: (p.kind == "country", p.evidence.start))
        if ranked:
            best = ranked[0]
            return best.evidence.text if best.kind == "country" else best.name
    return None


def _in_window(date: PartialDate | None, window: tuple[dt.date, dt.date] | None) -> bool:
    if date is None or window is None:
        return True
    return date.earliest() <= window[1] and window[0] <= date.latest()


def is_the_visit(event: Event, visitor: ActorId, window: tuple[dt.date, dt.date] | None) -> bool:
    """Whether ``event`` is the visit itself: a meeting or trip of ``visitor``, undated or in
    ``window`` (the visit's days), so not a related event."""
    return (
        visitor in event.participants
        and event.kind in (EventKind.MEETING, EventKind.TRIP)
        and _in_window(event.date, window)
    )


def find_events(
    source: Source,
    knowledge: KnowledgeBase,
    gazetteer: Gazetteer,
    *,
    visitor: ActorId | None = None,
    window: tuple[dt.date, dt.date] | None = None,
    cues: EventCues | None = None,
    times: SourceTimes | None = None,
) -> tuple[Event, ...]:
    """The related events ``source`` mentions, outside the visit of ``visitor``.

    A meeting or trip of the visitor that is undated or falls in ``window`` (the visit's
    days) is the visit itself, not a related event (:func:`is_the_visit`): the events for a
    visitor are those found for none without these.
    """
    cues = cues or knowledge.event_cues
    dates = dates_of(source, times)
    found: list[Event] = []
    for sentence in sentences(source):
        found.extend(
            _sentence_events(source, sentence, knowledge, gazetteer, cues, visitor, window, dates)
        )
    # the spokesperson who tells of a meeting takes no part in it
    words = grammar().spokesperson_titles
    return tuple(
        evolve(event, participants=kept)
        if (kept := tuple(p for p in event.participants if not _holds_title(knowledge, p, words)))
        != event.participants
        else event
        for event in found
    )


def _sentence_events(
    source: Source,
    sentence: Sentence,
    knowledge: KnowledgeBase,
    gazetteer: Gazetteer,
    cues: EventCues,
    visitor: ActorId | None,
    window: tuple[dt.date, dt.date] | None,
    dates: DateFinder,
) -> list[Event]:
    text = source.text
    # only the cues a word of the sentence can begin are searched (most sentences have none)
    hits = {
        kind: cues.kinds[kind] for kind in matching(cues.kinds, text, sentence.start, sentence.end)
    }
    if not hits:
        return []
    found_mentions = person_mentions(knowledge, text, sentence)
    subject = _subject(text, found_mentions)
    mentions = _ByStart(found_mentions, lambda m: m.start)
    expressions = _Dates(dates(sentence.reference, sentence.start, sentence.end))
    places = _ByStart(
        gazetteer.find(source.id, text, sentence.start, sentence.end), lambda p: p.evidence.start
    )
    # Where the sentence as a whole puts things, worked out once for all its clauses.
    whole: list[str | None] = []
    found: list[Event] = []
    for clause in clauses(text, sentence.start, sentence.end):
        kinds = {
            kind: cue
            for kind, pattern in hits.items()
            if (cue := pattern.search(text, clause[0], clause[1])) is not None
        }
        if any(k in _VOIDING for k in kinds):
            for voided in (EventKind.MEETING, EventKind.PLANNED, EventKind.TRIP):
                kinds.pop(voided, None)
        for kind, cue in kinds.items():
            # The date after the cue word, else the nearest before it, is the event's ("visit
            # in early February ... a follow-up to a face-to-face in Bali in November").
            local = _nearest(expressions, clause, cue.start())
            event = _clause_event(
                source, sentence, clause, kind, mentions, subject, local, expressions, places, whole
            )
            if event is None:
                continue
            if visitor is not None and is_the_visit(event, visitor, window):
                continue
            found.append(event)
    return found


def _nearest(expressions: _Dates, clause: tuple[int, int], at: int) -> list[TimeExpression]:
    inside = expressions.within(clause[0], clause[1])
    return sorted(inside, key=lambda e: (e.evidence.start < at, abs(e.evidence.start - at)))


def _clause_event(
    source: Source,
    sentence: Sentence,
    clause: tuple[int, int],
    kind: EventKind,
    mentions: _ByStart[PersonMention],
    subject: ActorId | None,
    local: Sequence[TimeExpression],
    expressions: _Dates,
    places: _ByStart[PlaceMention],
    whole: list[str | None],
) -> Event | None:
    text = source.text
    future = kind is EventKind.PLANNED or (
        kind is EventKind.MEETING and any(e.future for e in local) and not _past(local)
    )
    if kind is EventKind.MEETING and future:
        kind = EventKind.PLANNED
    # A clause without a date takes the last one of the clauses before it ("Xi spoke Friday,
    # saying in a meeting with Gates"), never one that a later clause gives.
    date = _dated(local, future=future) or expressions.last_before(clause[0], future=future)
    if date is None and kind not in _UNDATED_KINDS:
        return None
    people: tuple[ActorId, ...] = ()
    if kind is not EventKind.INCIDENT:  # the people near an incident are rarely its actors
        people = _participants(text, kind, clause, mentions, subject)
        if len(people) < (2 if kind in _NEEDS_TWO else 1):
            return None
    return Event(
        id=EventId("event"),
        kind=kind,
        description=_describe(text, sentence.start, sentence.end),
        date=date,
        participants=people,
        location=_clause_location(text, places, clause, sentence, whole),
        evidence=(source.span(sentence.start, sentence.end),),
    )


def _clause_location(
    text: str,
    places: _ByStart[PlaceMention],
    clause: tuple[int, int],
    sentence: Sentence,
    whole: list[str | None],
) -> str | None:
    """``_location`` of the clause, then of the sentence (remembered in ``whole``)."""
    here = _location(text, places, (clause,))
    if here is not None:
        return here
    if not whole:
        whole.append(_location(text, places, ((sentence.start, sentence.end),)))
    return whole[0]


def _past(expressions: Sequence[TimeExpression]) -> bool:
    return any(not e.future and not e.bound and e.date is not None for e in expressions)


def _describe(text: str, start: int, end: int) -> str:
    # Only the first words are kept: read a growing prefix of the span, not all of it.
    reach = 4 * _DESCRIPTION_LIMIT
    while start + reach < end:
        cut = start + reach
        words = text[start:cut].split()
        if words and not text[cut - 1].isspace() and not text[cut].isspace():
            words.pop()  # the word the prefix cuts
        joined = " ".join(words)
        if len(joined) > _DESCRIPTION_LIMIT:
            return joined[: _DESCRIPTION_LIMIT - 1] + "…"
        reach *= 2
    words_all = " ".join(text[start:end].split())
    if len(words_all) <= _DESCRIPTION_LIMIT:
        return words_all
    return words_all[: _DESCRIPTION_LIMIT - 1] + "…"


def _same_event(known: Event, event: Event) -> bool:
    if known.kind is not event.kind:
        return False
    if (known.participants or event.participants) and not (
        set(known.participants) & set(event.participants)
    ):
        return False
    if known.date is None or event.date is None:
        return True
    return known.date.is_compatible_with(event.date)


def _finer(first: PartialDate | None, second: PartialDate | None) -> PartialDate | None:
    if first is None:
        return second
    if second is None:
        return first
    return second if len(second.isoformat()) > len(first.isoformat()) else first


def merge_events(events: Iterable[Event]) -> tuple[Event, ...]:
    """Merge reports of one event: same kind, overlapping participants, compatible dates.

    Dated reports are merged first so that an undated one joins the event it agrees with
    best; the merged event keeps the finest date, every participant and all evidence.

    Each report joins the first merged event (in the order they were made) that it agrees
    with. Only events of its kind that share a participant (or that have none, as it has
    none) and, when it is dated, a year can agree with it, so each report is checked only
    against those: near-linear in the number of reports, with the merges comparing every
    pair would make.
    """
    pending = sorted(events, key=lambda e: e.date is None)
    merged: list[Event] = []
    dated_blocks: dict[tuple[EventKind, ActorId | None, int | None], list[int]] = {}
    any_date_blocks: dict[tuple[EventKind, ActorId | None], list[int]] = {}

    def file(index: int, event: Event, people: Iterable[ActorId | None]) -> None:
        year = None if event.date is None else event.date.year
        for person in people:
            dated_blocks.setdefault((event.kind, person, year), []).append(index)
            any_date_blocks.setdefault((event.kind, person), []).append(index)

    for event in pending:
        people: tuple[ActorId | None, ...] = event.participants or (None,)
        if event.date is None:
            blocks = [any_date_blocks.get((event.kind, person), []) for person in people]
        else:
            years = (event.date.year, None)
            blocks = [
                dated_blocks.get((event.kind, person, year), [])
                for person in people
                for year in years
            ]
        for index in sorted({index for block in blocks for index in block}):
            known = merged[index]
            if not _same_event(known, event):
                continue
            merged[index] = evolve(
                known,
                date=_finer(known.date, event.date),
                participants=tuple(dict.fromkeys((*known.participants, *event.participants))),
                location=known.location or event.location,
                evidence=tuple(dict.fromkeys((*known.evidence, *event.evidence))),
            )
            added = [p for p in merged[index].participants if p not in known.participants]
            file(index, merged[index], added)
            break
        else:
            merged.append(event)
            file(len(merged) - 1, event, people)
    ordered = sorted(
        merged, key=lambda e: (e.date is None, e.date.sort_key() if e.date else (), e.kind.value)
    )
    return tuple(evolve(e, id=EventId(f"event-{i + 1}")) for i, e in enumerate(ordered))
