"""The per-source pipeline in a pool of processes (``parse(..., jobs=N)``).

Each worker receives the knowledge and the pipeline once, when it starts, and then chunks
of inputs (paths, texts, bytes or sources, never closures), so it works under every start
method (``fork``, ``forkserver``, ``spawn``). A worker reads each input and runs the
pipeline on it; the parent gets back each source and what its stages added, in input
order, and builds the same :class:`Document` a serial run builds. For ``parse``, the workers
also do each source's part of the assembly; the parent groups the sources into visits, the
workers assemble each visit while the parent assembles the sources of no visit, on the same
per-source results, so the output is the serial run's, byte for byte.

Errors keep the serial contract: every input that cannot be read is reported (one
:class:`InputError` with a note naming it, or a :class:`BatchError` of them), before any
error of a stage; else the first stage error, in input order, passes through unchanged.

This module runs in the parent; what a worker runs, and the values it sends back, are
:mod:`._workers`.
"""

from __future__ import annotations

import itertools
import math
import pickle
import warnings
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from diplomatic_events.exceptions import BatchError, DiplomaticEventsError, PipelineError
from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.model import Extraction, Source
from diplomatic_events.parsing._pipeline import Document, Pipeline
from diplomatic_events.parsing._workers import (
    _Extracted,
    _Parsed,
    _start_worker,
    _Unreadable,
    _Warned,
    _work,
    _work_each,
    _work_visits,
)
from diplomatic_events.sources._decode import _LIMIT
from diplomatic_events.typing import SourceId

if TYPE_CHECKING:
    from diplomatic_events.parsing._api import Input, Progress
    from diplomatic_events.parsing._statements import SourceStatements
    from diplomatic_events.parsing._visit_prepare import SourceVisit
    from diplomatic_events.parsing._visits import Member, PendingVisits

__all__ = [
    "each_in_processes",
    "parse_in_processes",
    "parsed_in_processes",
    "raise_unreadable",
    "run_in_processes",
    "visits_in_processes",
]

_CHUNKS_PER_WORKER = 4
"""A chunk holds the inputs left divided by this many chunks per worker (see
:func:`_chunks`)."""
_MAX_CHUNK = 32
"""The most inputs one task carries, so progress moves and a failure costs little."""
_EACH_CHUNK = 8
"""Inputs per task of :func:`each_in_processes`."""
_EACH_IN_FLIGHT = 4
"""Tasks per worker :func:`each_in_processes` has in flight: the inputs held at a time."""


def _check_picklable(pipeline: Pipeline) -> None:
    """A stage a worker cannot receive (a lambda, a local function) is refused up front."""
    for stage in pipeline.stages:
        try:
            pickle.dumps(stage)
        except (pickle.PicklingError, AttributeError, TypeError) as error:
            raise PipelineError(
                f"stage {stage.name!r} cannot be sent to a worker process ({error}); with"
                " jobs > 1 every stage's function must be importable (defined at the top"
                " level of a module), or run with jobs=1"
            ) from None


def _chunks(items: Sequence[Input], jobs: int) -> list[list[tuple[int, Input]]]:
    """The numbered inputs in chunks that shrink as they go (guided scheduling).

    Each chunk holds a share of the inputs left (``_CHUNKS_PER_WORKER`` per worker, at most
    ``_MAX_CHUNK``), so the first are large and the last hold one input each: when one
    worker takes the last chunk, the other waits for one input, not for a whole chunk.
    """
    numbered = list(enumerate(items, start=1))
    chunks: list[list[tuple[int, Input]]] = []
    start = 0
    while start < len(numbered):
        left = len(numbered) - start
        size = max(1, min(_MAX_CHUNK, left // (jobs * _CHUNKS_PER_WORKER)))
        chunks.append(numbered[start : start + size])
        start += size
    return chunks


@contextmanager
def _pooled_parse(
    items: Sequence[Input],
    *,
    knowledge: KnowledgeBase,
    pipeline: Pipeline,
    jobs: int,
    progress: Progress | None,
    prepare: bool,
) -> Iterator[tuple[ProcessPoolExecutor, list[_Parsed]]]:
    """Every input read and run through the pipeline by ``jobs`` workers: the pool, still
    running, and the parsed inputs in input order; the reading and stage errors raised as a
    serial run raises them (see :func:`run_in_processes`)."""
    from diplomatic_events.parsing._api import _read_all

    _check_picklable(pipeline)
    chunks = _chunks(items, jobs)
    total = len(items)
    limit = _LIMIT.get()
    parsed: list[_Parsed] = []
    unreadable: list[DiplomaticEventsError] = []
    failed: BaseException | None = None
    with ProcessPoolExecutor(
        max_workers=min(jobs, len(chunks)),
        initializer=_start_worker,
        initargs=(knowledge, pipeline),
    ) as pool:
        futures: list[Future[tuple[list[_Parsed | _Unreadable], list[_Warned]]]] = [
            pool.submit(_work, chunk, total, limit, prepare) for chunk in chunks
        ]
        for future in futures:
            error = future.exception()
            if error is not None:
                failed = failed or error
                continue
            outcomes, warned = future.result()
            for warning in warned:
                warnings.warn(warning.message, warning.category, stacklevel=4)
            for outcome in outcomes:
                if isinstance(outcome, _Unreadable):
                    unreadable.append(outcome.error)
                    continue
                parsed.append(outcome)
                if progress is not None and not unreadable and failed is None:
                    progress(len(parsed), total, outcome.source)
        if failed is None and not unreadable:
            yield pool, parsed
            return
    if failed is not None:
        # A stage failed, and the inputs after it in its chunk were never read: read them all
        # again here, so an unreadable input is reported before the stage's error, as in a
        # serial run.
        _read_all(items)
        raise failed
    raise_unreadable(unreadable, total)


def run_in_processes(
    items: Sequence[Input],
    *,
    knowledge: KnowledgeBase,
    pipeline: Pipeline,
    jobs: int,
    progress: Progress | None,
) -> tuple[Document, ...]:
    """:func:`~diplomatic_events.parsing.run_pipeline` over ``jobs`` worker processes.

    ``progress`` (a :data:`~diplomatic_events.parsing.Progress` or ``None``) is called in
    this process, in input order, as each source comes back.
    """
    with _pooled_parse(
        items, knowledge=knowledge, pipeline=pipeline, jobs=jobs, progress=progress, prepare=False
    ) as (_, parsed):
        return tuple(
            Document(source=done.source, knowledge=knowledge, results=done.results)
            for done in parsed
        )


def parse_in_processes(
    items: Sequence[Input],
    *,
    knowledge: KnowledgeBase,
    pipeline: Pipeline,
    jobs: int,
    progress: Progress | None,
) -> Extraction:
    """:func:`~diplomatic_events.parsing.parse` over ``jobs`` worker processes.

    The workers read and parse the inputs and do each source's part of the assembly
    (:func:`~diplomatic_events.parsing._visit_prepare.prepare`); the sources are grouped
    into visits here, the workers assemble each visit
    (:func:`~diplomatic_events.parsing._visits.assemble_visit`), and meanwhile this process
    assembles the sources of no visit. ``progress`` is called here, in input order.
    """
    from diplomatic_events.parsing._api import _prepared
    from diplomatic_events.parsing._visits import assemble

    with _pooled_parse(
        items, knowledge=knowledge, pipeline=pipeline, jobs=jobs, progress=progress, prepare=True
    ) as (pool, parsed):
        # the visits first, so the workers assemble them while this process does the rest
        visits = _visits_in(pool, parsed, jobs, knowledge)
        per_source = [
            Document(source=done.source, knowledge=knowledge, results=done.results).get(
                "statements"
            )
            for done in parsed
        ]
        prepared = _prepared(per_source, [done.prepared for done in parsed], knowledge)
        return assemble(per_source, knowledge, prepared, visits)


_GROUPS_PER_WORKER = 4
"""Tasks of visits each worker gets on average."""


def _visits_in(
    pool: ProcessPoolExecutor, parsed: Sequence[_Parsed], jobs: int, knowledge: KnowledgeBase
) -> PendingVisits | None:
    """The visits of the parsed sources, grouped here and assembled by the workers.

    ``None`` when they are left to :func:`~diplomatic_events.parsing._visits.assemble`: a
    source without statements, a source given twice (counted once, as serially).
    """
    from diplomatic_events.parsing._statements import SourceStatements
    from diplomatic_events.parsing._visit_groups import group_sources
    from diplomatic_events.parsing._visits import PendingVisits

    parts: dict[SourceId, SourceStatements] = {}
    found: dict[SourceId, SourceVisit] = {}
    for done in parsed:
        part = done.results.get("statements")
        if not isinstance(part, SourceStatements) or done.prepared is None:
            return None
        parts[part.source.id] = part
        found[part.source.id] = done.prepared
    if len(parts) < len(parsed):
        return None  # a source given twice: the caller counts it once, as it does serially
    sources = {sid: part.source for sid, part in parts.items()}
    groups = group_sources(list(found.values()), sources, knowledge)
    size = max(1, math.ceil(len(parts) / (jobs * _GROUPS_PER_WORKER)))
    tasks: list[list[tuple[int, list[Member]]]] = [[]]
    held = 0
    for number, group in enumerate(groups, start=1):
        if held >= size:
            tasks.append([])
            held = 0
        members = [(parts[c.source], found[c.source], c) for c in group.candidates]
        tasks[-1].append((number, members))
        held += len(members)
    futures = [pool.submit(_work_visits, task) for task in tasks if task]
    return PendingVisits(
        sources=frozenset(sid for group in groups for sid in group.sources),
        wait=lambda: tuple(visit for future in futures for visit in future.result()),
    )


def visits_in_processes(
    groups: Iterator[tuple[int, list[Member]]],
    *,
    knowledge: KnowledgeBase,
    pipeline: Pipeline,
    jobs: int,
) -> Iterator[Extraction]:
    """Each ``(number, members)`` group's visit assembled in ``jobs`` worker processes.

    Groups are taken from ``groups`` a few sources at a time, with at most
    ``_EACH_IN_FLIGHT`` tasks per worker in flight, and the visits are yielded in order.
    """
    with ProcessPoolExecutor(
        max_workers=jobs, initializer=_start_worker, initargs=(knowledge, pipeline)
    ) as pool:
        pending: deque[Future[list[Extraction]]] = deque()

        def submit() -> None:
            task: list[tuple[int, list[Member]]] = []
            held = 0
            while held < _EACH_CHUNK and (group := next(groups, None)) is not None:
                task.append(group)
                held += len(group[1])
            if task:
                pending.append(pool.submit(_work_visits, task))

        try:
            for _ in range(jobs * _EACH_IN_FLIGHT):
                submit()
            while pending:
                visits = pending.popleft().result()
                submit()
                yield from visits
        finally:
            for future in pending:
                future.cancel()


def each_in_processes(
    items: Iterator[Input],
    total: int | None,
    *,
    knowledge: KnowledgeBase,
    pipeline: Pipeline,
    jobs: int,
) -> Iterator[Extraction]:
    """:func:`~diplomatic_events.parsing.parse_each` over ``jobs`` worker processes.

    Inputs are taken from ``items`` a chunk at a time, with at most ``_EACH_IN_FLIGHT``
    chunks per worker in flight, and the extractions are yielded in input order as their
    chunks come back; unreadable inputs are raised together at the end.
    """
    for outcome in _pooled(items, total, knowledge=knowledge, pipeline=pipeline, jobs=jobs):
        assert isinstance(outcome, _Extracted)
        yield outcome.extraction


def parsed_in_processes(
    items: Iterator[Input],
    total: int | None,
    *,
    knowledge: KnowledgeBase,
    pipeline: Pipeline,
    jobs: int,
    unreadable: list[DiplomaticEventsError],
) -> Iterator[tuple[int, Source, dict[str, Any], SourceVisit | None]]:
    """Each input read, parsed and prepared for the assembly in ``jobs`` worker processes.

    As :func:`each_in_processes` takes and yields them (in input order, a few chunks per
    worker in flight): each input's number, source, stages' results (its statements) and
    per-source part of the assembly. The errors of unreadable inputs are added to
    ``unreadable``, for the caller to raise.
    """
    for outcome in _pooled(
        items,
        total,
        knowledge=knowledge,
        pipeline=pipeline,
        jobs=jobs,
        prepare=True,
        unreadable=unreadable,
    ):
        assert isinstance(outcome, _Parsed)
        yield outcome.number, outcome.source, outcome.results, outcome.prepared


def _pooled(
    items: Iterator[Input],
    total: int | None,
    *,
    knowledge: KnowledgeBase,
    pipeline: Pipeline,
    jobs: int,
    prepare: bool = False,
    unreadable: list[DiplomaticEventsError] | None = None,
) -> Iterator[_Extracted | _Parsed]:
    """Chunks of ``items`` through the workers, a few in flight: each assembled on its own
    (:func:`_work_each`), or with ``prepare`` parsed and prepared (:func:`_work`).

    Unreadable inputs are raised together at the end; or, given an ``unreadable`` list,
    added to it."""
    _check_picklable(pipeline)
    limit = _LIMIT.get()
    numbered = enumerate(items, start=1)
    deferred = unreadable is not None
    unreadable = unreadable if unreadable is not None else []
    seen = 0
    with ProcessPoolExecutor(
        max_workers=jobs, initializer=_start_worker, initargs=(knowledge, pipeline)
    ) as pool:
        pending: deque[
            Future[tuple[list[_Extracted | _Unreadable], list[_Warned]]]
            | Future[tuple[list[_Parsed | _Unreadable], list[_Warned]]]
        ] = deque()

        def submit() -> None:
            nonlocal seen
            chunk = list(itertools.islice(numbered, _EACH_CHUNK))
            if chunk:
                seen = chunk[-1][0]
                if prepare:
                    pending.append(pool.submit(_work, chunk, total, limit, True))
                else:
                    pending.append(pool.submit(_work_each, chunk, total, limit))

        try:
            for _ in range(jobs * _EACH_IN_FLIGHT):
                submit()
            while pending:
                outcomes, warned = pending.popleft().result()
                submit()
                for warning in warned:
                    warnings.warn(warning.message, warning.category, stacklevel=2)
                for outcome in outcomes:
                    if isinstance(outcome, _Unreadable):
                        unreadable.append(outcome.error)
                    else:
                        yield outcome
        finally:
            # stopped early (an error, or the caller closed the generator): drop the rest
            for future in pending:
                future.cancel()
    if not deferred:
        raise_unreadable(unreadable, total if total is not None else seen)


def raise_unreadable(unreadable: Sequence[DiplomaticEventsError], total: int) -> None:
    """Raise the reading errors as a serial run does: one alone, several as a BatchError."""
    if len(unreadable) == 1:
        raise unreadable[0]
    if unreadable:
        raise BatchError(f"{len(unreadable)} of {total} inputs could not be read", unreadable)
