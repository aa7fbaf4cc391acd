"""Visits assembled from an archive with memory that does not grow with it (``parse_stream``).

Two passes. The first reads, parses and prepares each input (in worker processes with
``jobs`` above 1), as :func:`~diplomatic_events.parse` does: a source that reports no visit
and tells no meeting is yielded at once, on its own; a source that reports a visit is
written to a temporary file, and its visitor, host country and date (:func:`group_key`)
and where it lies in the file go to an index on disk (:class:`~._set_aside.SetAside`); so
does a source of no visit that tells meetings, which a visit may adopt, with its date and
who met people of which countries, and the id of every source seen. The second groups
those keys into visits exactly as ``parse`` does (as :func:`group_keys` and
:func:`adoptions` do, one block of a visitor and host at a time), then reads each group's
sources back, assembles its visit (:func:`assemble_visit`), yields it and lets it go. What
stays in memory is the index's page cache and one visit's sources at a time.
"""

from __future__ import annotations

import itertools
import os
import pickle
import tempfile
from collections.abc import Iterable, Iterator
from typing import IO, Any

from diplomatic_events.exceptions import DiplomaticEventsError
from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.model import Extraction, Source
from diplomatic_events.parsing._api import Input, Progress, _read_one, _streamed_run
from diplomatic_events.parsing._meetings import reference_date
from diplomatic_events.parsing._pipeline import Document, Pipeline
from diplomatic_events.parsing._set_aside import SetAside
from diplomatic_events.parsing._statements import SourceStatements
from diplomatic_events.parsing._visit_groups import (
    adopted_candidate,
    group_key,
    meeting_countries,
)
from diplomatic_events.parsing._visit_prepare import SourceVisit
from diplomatic_events.parsing._visit_prepare import prepare as _prepare
from diplomatic_events.parsing._visits import Member, assemble, assemble_visit

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

    Memory holds one visit's sources at a time, however many inputs there are (what
    grouping needs of each source goes to a temporary file); ``inputs`` (a generator of
    paths too) is read as it goes. Unlike :func:`parse`, statements of different sources of
    no visit are not merged (each such source is on its own). A source given twice (the
    same id) counts once, as in :func:`parse`.

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
    unreadable: list[DiplomaticEventsError] = []
    with (
        tempfile.TemporaryFile(prefix="diplomatic-events-") as spill,
        SetAside() as index,
    ):
        parsed = _prepared(
            items, total, knowledge=knowledge, pipeline=pipeline, jobs=jobs, unreadable=unreadable
        )
        for done, (part, prepared) in enumerate(parsed, start=1):
            if progress is not None:
                progress(done, total if total is not None else done, part.source)
            source = part.source.id
            reports = prepared.candidate is not None
            if not reports and not prepared.loose_meetings:
                if index.first_yielded(source):
                    yield assemble([part], knowledge, [prepared])
                continue
            counts, place = index.place(source, reports)
            if not counts:
                continue  # given twice: counted once, as parse counts it
            at = spill.seek(0, os.SEEK_END)
            pickle.dump((part, prepared), spill, protocol=pickle.HIGHEST_PROTOCOL)
            if prepared.candidate is not None:
                index.add_visit(source, group_key(prepared.candidate), at, place)
            else:
                countries = meeting_countries(prepared, knowledge)
                index.add_loose(source, reference_date(part.source), countries, at, place)
        index.group()
        for at in index.unadopted():
            part, prepared = _load(spill, at)
            yield assemble([part], knowledge, [prepared])

        def loaded() -> Iterator[tuple[int, list[Member]]]:
            """Each group's number and sources, read back one group at a time."""
            for number, visitor, host, members, adopted in index.groups():
                group: list[Member] = []
                for at in members:
                    part, prepared = _load(spill, at)
                    assert prepared.candidate is not None
                    group.append((part, prepared, prepared.candidate))
                for at, reference in adopted:
                    part, prepared = _load(spill, at)
                    candidate = adopted_candidate(part.source.id, visitor, host, reference)
                    group.append((part, prepared, candidate))
                yield number, group

        groups = loaded()
        if jobs > 1:
            from diplomatic_events.parsing._parallel import visits_in_processes

            first = next(groups, None)
            if first is not None:
                yield from visits_in_processes(
                    itertools.chain([first], groups),
                    knowledge=knowledge,
                    pipeline=pipeline,
                    jobs=jobs,
                )
        else:
            for number, group in groups:
                yield assemble_visit(number, group, knowledge)
    raise_unreadable(unreadable, total if total is not None else done + len(unreadable))


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
