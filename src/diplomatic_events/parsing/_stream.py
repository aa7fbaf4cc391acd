"""Visits assembled from an archive with memory that does not grow with it (``parse_stream``).

Two passes. The first reads, parses and prepares each input (in worker processes with
``jobs`` above 1), as :func:`~diplomatic_events.parse` does: a source that reports no visit
is yielded at once, on its own; a source that reports a visit is written to a temporary
file, and only its visitor, host country and date (:func:`group_key`) and where it lies in
the file stay in memory. The second groups those keys into visits exactly as ``parse``
does (:func:`group_keys`), then reads each group's sources back, assembles its visit
(:func:`assemble_visit`), yields it and lets it go. What stays in memory is the keys (some
tens of bytes a source) and one visit's sources at a time.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from array import array
from collections.abc import Iterable, Iterator, Sized
from typing import IO, Any

from diplomatic_events.exceptions import DiplomaticEventsError
from diplomatic_events.knowledge import KnowledgeBase, load_knowledge
from diplomatic_events.model import Extraction, Source
from diplomatic_events.parsing._api import Input, Progress, _checked_jobs, _lazy_items, _read_one
from diplomatic_events.parsing._pipeline import Document, Pipeline, default_pipeline
from diplomatic_events.parsing._statements import SourceStatements
from diplomatic_events.parsing._visits import (
    GroupKey,
    SourceVisit,
    assemble,
    assemble_visit,
    group_key,
    group_keys,
)
from diplomatic_events.parsing._visits import prepare as _prepare
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

    First, as each input is parsed, a source that reports no visit is yielded at once as
    :func:`parse_each` yields it (the source on its own: its statements, meetings, events
    and positions); a source that reports a visit is set aside in a temporary file. Then
    each visit is yielded as an :class:`Extraction` holding that one visit (the one
    :func:`parse` gives the same inputs: same id, meetings, statements, events and
    positions, dates inferred alike), its sources (in the order they joined it), their
    actors and non-quotations; the visits come in :func:`parse`'s order.

    Memory holds a few tens of bytes per source reporting a visit and one visit's sources
    at a time, however many inputs there are; ``inputs`` (a generator of paths too) is read
    as it goes. Unlike :func:`parse`, statements of different sources of no visit are not
    merged (each such source is on its own). A source given twice (the same id) counts
    once, as in :func:`parse`.

    ``jobs`` above 1 parses in that many worker processes (see :ref:`parallel-runs`), a few
    inputs per worker in flight. ``progress`` is called after each input is parsed, in
    input order; with inputs of unknown number (a generator), its ``total`` is the number
    parsed so far.

    Raises:
        InputError: ``jobs`` is not a positive integer; or, once everything else has been
            yielded, the one input that could not be read (its note names it).
        BatchError: once everything else has been yielded, several inputs could not be
            read; one error per input.
        PipelineError: with ``jobs`` above 1, a stage cannot be sent to a worker process.

    .. versionadded:: 0.1.0
    """
    jobs = _checked_jobs(jobs)
    knowledge = knowledge if knowledge is not None else load_knowledge()
    pipeline = pipeline if pipeline is not None else default_pipeline()
    items = _lazy_items(inputs)
    total = (
        len(inputs) if isinstance(inputs, Sized) and not isinstance(inputs, str | bytes) else None
    )
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
    offsets = array("q")
    visitors: dict[ActorId, ActorId] = {}
    hosts: dict[str, str] = {}
    unreadable: list[DiplomaticEventsError] = []
    place: dict[str, int] = {}
    """Each source id seen: its place in ``keys``, or -1 for a source of no visit."""
    with tempfile.TemporaryFile(prefix="diplomatic-events-") as spill:
        parsed = _prepared(
            items, total, knowledge=knowledge, pipeline=pipeline, jobs=jobs, unreadable=unreadable
        )
        for done, (part, prepared) in enumerate(parsed, start=1):
            if progress is not None:
                progress(done, total if total is not None else done, part.source)
            sid = part.source.id
            seen = place.get(sid)
            if seen is None:
                place[sid] = -1 if prepared.candidate is None else len(keys)
            elif seen < 0 or prepared.candidate is None:
                continue  # given twice: counted once, as parse counts it
            if prepared.candidate is None:
                yield assemble([part], knowledge, [prepared])
                continue
            visitor, host, reference = group_key(prepared.candidate)
            # one string per visitor and country, not one per source
            key = (visitors.setdefault(visitor, visitor), hosts.setdefault(host, host), reference)
            offset = spill.seek(0, os.SEEK_END)
            pickle.dump((part, prepared), spill, protocol=pickle.HIGHEST_PROTOCOL)
            if seen is None:
                keys.append(key)
                offsets.append(offset)
            else:  # the same source again: in the first one's place, as in parse
                keys[seen] = key
                offsets[seen] = offset
        for number, members in enumerate(group_keys(keys), start=1):
            loaded = [_load(spill, offsets[member]) for member in members]
            yield assemble_visit(
                number, [part for part, _ in loaded], [found for _, found in loaded], knowledge
            )
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
