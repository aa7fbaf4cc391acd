"""Visits assembled from an archive with memory that does not grow with it (``parse_stream``).

Two passes. The first reads, parses and prepares each input (in worker processes with
``jobs`` above 1), as :func:`~diplomatic_events.parse` does: a source that reports no visit
and tells no meeting is yielded at once, on its own; a source that reports a visit is
written to a temporary file, and only its visitor, host country and date
(:func:`group_key`) and where it lies in the file stay in memory; so does a source of no
visit that tells meetings, which a visit may adopt, with its date and who met people of
which countries. The second groups those
keys into visits exactly as ``parse`` does (:func:`group_keys`, :func:`adoptions`), then
reads each group's sources back, assembles its visit (:func:`assemble_visit`), yields it
and lets it go. What stays in memory is the keys (some tens of bytes a source) and one
visit's sources at a time.
"""

from __future__ import annotations

import datetime as dt
import os
import pickle
import tempfile
from array import array
from collections.abc import Iterable, Iterator, MutableSequence
from typing import IO, Any, TypeVar

from diplomatic_events.exceptions import DiplomaticEventsError
from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.model import Extraction, Source
from diplomatic_events.parsing._api import Input, Progress, _read_one, _streamed_run
from diplomatic_events.parsing._meetings import reference_date
from diplomatic_events.parsing._pipeline import Document, Pipeline
from diplomatic_events.parsing._statements import SourceStatements
from diplomatic_events.parsing._visit_groups import (
    GroupKey,
    MeetingCountries,
    adopted_candidate,
    adoptions,
    group_key,
    group_keys,
    group_span,
    meeting_countries,
)
from diplomatic_events.parsing._visit_prepare import SourceVisit
from diplomatic_events.parsing._visit_prepare import prepare as _prepare
from diplomatic_events.parsing._visits import Member, assemble, assemble_visit
from diplomatic_events.typing import ActorId

__all__ = ["parse_stream"]


def parse_stream(
    inputs: Iterable[Input] | None = None,
    *,
    knowledge: KnowledgeBase | None = None,
    pipeline: Pipeline | None = None,
    progress: Progress | None = None,
    jobs: int = 1,
) -> Iterator[Extraction]:
    """Parse an archive and yield its visits one at a time, with flat memory.

    First, as each input is parsed, a source that reports no visit and tells no meeting is
    yielded at once as :func:`parse_each` yields it (the source on its own: its statements,
    events and positions); a source that reports a visit, or tells a meeting a visit may
    adopt (see :func:`parse`), is set aside in a temporary file. Then the sources of no
    visit that no visit adopts are yielded the same way, and each visit is yielded as an
    :class:`Extraction` holding that one visit (the one :func:`parse` gives the same
    inputs: same id, meetings, statements, events and positions, dates inferred alike),
    its sources (in the order they joined it), their actors and non-quotations; the visits
    come in :func:`parse`'s order.

    Memory holds a few tens of bytes per source reporting a visit and one visit's sources
    at a time, however many inputs there are; ``inputs`` (a generator of paths too) is read
    as it goes. Unlike :func:`parse`, statements of different sources of no visit are not
    merged (each such source is on its own). A source given twice (the same id) counts
    once, as in :func:`parse`.

    ``jobs`` above 1 parses, then assembles the visits, in that many worker processes (see
    :ref:`parallel-runs`), a few inputs or visits per worker in flight. ``progress`` is
    called after each input is parsed, in input order; with inputs of unknown number (a
    generator), its ``total`` is the number parsed so far.

    Raises:
        InputError: ``jobs`` is not a positive integer; or, once everything else has been
            yielded, the one input that could not be read (its note names it).
        BatchError: once everything else has been yielded, several inputs could not be
            read; one error per input.
        PipelineError: with ``jobs`` above 1, a stage cannot be sent to a worker process.

    .. versionadded:: 0.1.0
    """
    jobs, knowledge, pipeline, items, total = _streamed_run(inputs, knowledge, pipeline, jobs)
    return _stream(
        items, total, knowledge=knowledge, pipeline=pipeline, progress=progress, jobs=jobs
    )


def _stream(
    items: Iterator[Input],
    total: int | None,
    *,
    knowledge: KnowledgeBase,
    pipeline: Pipeline,
    progress: Progress | None,
    jobs: int,
) -> Iterator[Extraction]:
    from diplomatic_events.parsing._parallel import raise_unreadable

    done = 0
    keys: list[GroupKey] = []
    """Each source reporting a visit: its visitor, host and date, in input order."""
    offsets = array("q")
    """Where each of ``keys``' sources lies in the spill file."""
    meetings: list[MeetingCountries] = []
    """Each source of no visit that tells meetings (a visit may adopt it): who met people
    of which countries (one tuple for all the sources telling the same), in input order."""
    meeting_days = array("l")
    """The day of each of ``meetings``' sources (its ordinal; 0 when undated)."""
    meeting_offsets = array("q")
    visitors: dict[ActorId, ActorId] = {}
    hosts: dict[str, str] = {}
    told: dict[MeetingCountries, MeetingCountries] = {}
    unreadable: list[DiplomaticEventsError] = []
    place: dict[str, int] = {}
    """Each source id seen: ``2 * i + 1`` for the i-th of ``keys`` (reporting a visit),
    ``2 * i`` for the i-th of ``meetings``, -1 once yielded."""
    with tempfile.TemporaryFile(prefix="diplomatic-events-") as spill:
        parsed = _prepared(
            items, total, knowledge=knowledge, pipeline=pipeline, jobs=jobs, unreadable=unreadable
        )
        for done, (part, prepared) in enumerate(parsed, start=1):
            if progress is not None:
                progress(done, total if total is not None else done, part.source)
            reports = prepared.candidate is not None
            if not reports and not prepared.loose_meetings:
                if part.source.id not in place:
                    place[part.source.id] = -1
                    yield assemble([part], knowledge, [prepared])
                continue
            seen = place.get(part.source.id)
            if seen is not None and (seen < 0 or seen % 2 != reports):
                continue  # given twice: counted once, as parse counts it
            at = None if seen is None else seen // 2
            offset = spill.seek(0, os.SEEK_END)
            pickle.dump((part, prepared), spill, protocol=pickle.HIGHEST_PROTOCOL)
            if prepared.candidate is not None:
                visitor, host, reference = group_key(prepared.candidate)
                # one string per visitor and country, not one per source
                visitor = visitors.setdefault(visitor, visitor)
                host = hosts.setdefault(host, host)
                _put(keys, offsets, at, (visitor, host, reference), offset)
                place[part.source.id] = 2 * (len(keys) - 1 if at is None else at) + 1
            else:
                countries = meeting_countries(prepared, knowledge)
                countries = told.setdefault(countries, countries)
                _put(meetings, meeting_offsets, at, countries, offset)
                day = reference_date(part.source)
                _put(meeting_days, None, at, 0 if day is None else day.toordinal(), 0)
                place[part.source.id] = 2 * (len(meetings) - 1 if at is None else at)
        groups = group_keys(keys)
        spans = [group_span(keys[m[0]][0], keys[m[0]][1], [keys[i] for i in m]) for m in groups]
        adopted: dict[int, list[int]] = {}
        dated = zip((_day(ordinal) for ordinal in meeting_days), meetings, strict=True)
        for index, chosen in enumerate(adoptions(spans, dated)):
            if chosen is None:
                part, prepared = _load(spill, meeting_offsets[index])
                yield assemble([part], knowledge, [prepared])
            else:
                adopted.setdefault(chosen, []).append(index)

        def loaded() -> Iterator[tuple[int, list[Member]]]:
            """Each group's number and sources, read back one group at a time."""
            for number, members in enumerate(groups, start=1):
                visitor, host, _ = keys[members[0]]
                group: list[Member] = []
                for member in members:
                    part, prepared = _load(spill, offsets[member])
                    assert prepared.candidate is not None
                    group.append((part, prepared, prepared.candidate))
                for index in adopted.get(number - 1, ()):
                    part, prepared = _load(spill, meeting_offsets[index])
                    reference = _day(meeting_days[index])
                    candidate = adopted_candidate(part.source.id, visitor, host, reference)
                    group.append((part, prepared, candidate))
                yield number, group

        if jobs > 1 and groups:
            from diplomatic_events.parsing._parallel import visits_in_processes

            yield from visits_in_processes(
                loaded(), knowledge=knowledge, pipeline=pipeline, jobs=jobs
            )
        else:
            for number, group in loaded():
                yield assemble_visit(number, group, knowledge)
    raise_unreadable(unreadable, total if total is not None else done + len(unreadable))


_T = TypeVar("_T")


def _put(
    found: MutableSequence[_T], offsets: array[int] | None, at: int | None, value: _T, offset: int
) -> None:
    """Add a source set aside, or put it at ``at``, the place of the same source given
    before."""
    if at is None:
        found.append(value)
        if offsets is not None:
            offsets.append(offset)
    else:
        found[at] = value
        if offsets is not None:
            offsets[at] = offset


def _day(ordinal: int) -> dt.date | None:
    return None if ordinal == 0 else dt.date.fromordinal(ordinal)


def _load(spill: IO[bytes], offset: int) -> tuple[SourceStatements, SourceVisit]:
    spill.seek(offset)
    loaded: tuple[SourceStatements, SourceVisit] = pickle.load(spill)  # our own file
    return loaded


def _prepared(
    items: Iterator[Input],
    total: int | None,
    *,
    knowledge: KnowledgeBase,
    pipeline: Pipeline,
    jobs: int,
    unreadable: list[DiplomaticEventsError],
) -> Iterator[tuple[SourceStatements, SourceVisit]]:
    """Each readable input's statements and per-source part of the assembly, in input order;
    the errors of unreadable inputs are added to ``unreadable``."""
    from diplomatic_events.parsing._parallel import parsed_in_processes

    if jobs > 1:
        for _, source, results, prepared in parsed_in_processes(
            items, total, knowledge=knowledge, pipeline=pipeline, jobs=jobs, unreadable=unreadable
        ):
            part = _statements(source, results, knowledge)
            yield part, prepared if prepared is not None else _prepare(part, knowledge)
        return
    for seen, item in enumerate(items, start=1):
        try:
            source = _read_one(item, seen, total)
        except DiplomaticEventsError as error:
            unreadable.append(error)
            continue
        document = pipeline.run(Document(source=source, knowledge=knowledge))
        part = _statements(document.source, document.results, knowledge)
        yield part, _prepare(part, knowledge)


def _statements(
    source: Source, results: dict[str, Any], knowledge: KnowledgeBase
) -> SourceStatements:
    """The source's statements, as :func:`parse` asks its document for them."""
    part: SourceStatements = Document(source=source, knowledge=knowledge, results=results).get(
        "statements"
    )
    return part
