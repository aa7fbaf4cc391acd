"""What a worker process runs: its state (the knowledge and pipeline it receives once, when it
starts), the tasks it is sent (a chunk of inputs to read and parse, each on its own or for
``parse``; a group of visits to assemble) and the plain values it sends back (a parsed
source, an unreadable input, an assembled source, a warning).

Apart from :mod:`._parallel`, which runs in the parent (the pool, the chunks, the order of
results and errors): these are the functions a pool pickles by name, and
:func:`run_chunk` also serves the Dask helpers' tasks.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from attrs import frozen

from diplomatic_events.exceptions import DiplomaticEventsError
from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.model import Extraction, Source
from diplomatic_events.parsing._frozen_heap import frozen_heap
from diplomatic_events.parsing._pipeline import Document, Pipeline
from diplomatic_events.sources import input_limit

if TYPE_CHECKING:
    from diplomatic_events.parsing._api import Input
    from diplomatic_events.parsing._visit_prepare import SourceVisit
    from diplomatic_events.parsing._visits import Member

__all__ = ["run_chunk"]


@frozen(kw_only=True)
class _Parsed:
    """One input read and run through the pipeline in a worker."""

    number: int
    source: Source
    results: dict[str, Any]
    prepared: SourceVisit | None = None
    """The per-source part of the assembly, when the worker was asked for it."""


@frozen(kw_only=True)
class _Unreadable:
    """One input a worker could not read; the error already carries the note naming it."""

    number: int
    error: DiplomaticEventsError


@frozen(kw_only=True)
class _Extracted:
    """One input read, run through the pipeline and assembled on its own in a worker."""

    number: int
    extraction: Extraction


@frozen(kw_only=True)
class _Warned:
    """A warning a worker's reading raised, to be raised again in the parent."""

    message: str
    category: type[Warning]


_worker: tuple[KnowledgeBase, Pipeline] | None = None
"""The knowledge and pipeline of this worker process, set once when it starts."""


def _start_worker(knowledge: KnowledgeBase, pipeline: Pipeline) -> None:
    global _worker
    _worker = (knowledge, pipeline)


def _work(
    chunk: Sequence[tuple[int, Input]], total: int | None, limit: int, prepare: bool = False
) -> tuple[list[_Parsed | _Unreadable], list[_Warned]]:
    """Read and parse one chunk of ``(number, input)`` pairs in a worker process."""
    assert _worker is not None, "the pool's initializer sets the worker's state"
    knowledge, pipeline = _worker
    return run_chunk(
        chunk, total=total, limit=limit, knowledge=knowledge, pipeline=pipeline, prepare=prepare
    )


def _work_each(
    chunk: Sequence[tuple[int, Input]], total: int | None, limit: int
) -> tuple[list[_Extracted | _Unreadable], list[_Warned]]:
    """Read, parse and assemble each input of one chunk on its own, in a worker process."""
    from diplomatic_events.parsing._visits import assemble

    assert _worker is not None, "the pool's initializer sets the worker's state"
    knowledge, _ = _worker
    outcomes, warned = _work(chunk, total, limit, True)
    extracted: list[_Extracted | _Unreadable] = [
        outcome
        if isinstance(outcome, _Unreadable)
        else _Extracted(
            number=outcome.number,
            extraction=assemble(
                [
                    Document(
                        source=outcome.source, knowledge=knowledge, results=outcome.results
                    ).get("statements")
                ],
                knowledge,
                None if outcome.prepared is None else [outcome.prepared],
            ),
        )
        for outcome in outcomes
    ]
    return extracted, warned


def run_chunk(
    chunk: Sequence[tuple[int, Input]],
    *,
    total: int | None,
    limit: int,
    knowledge: KnowledgeBase,
    pipeline: Pipeline,
    prepare: bool = False,
) -> tuple[list[_Parsed | _Unreadable], list[_Warned]]:
    """Read and parse ``(number, input)`` pairs; unreadable inputs and warnings are values.

    With ``prepare`` (for ``parse``), each parsed source carries the per-source part of the
    assembly (:func:`~diplomatic_events.parsing._visit_prepare.prepare`) and, of its stages'
    results, only its statements, when its pipeline provided them. A stage's error
    propagates: the caller re-reads the inputs to report reading
    errors first.
    """
    from diplomatic_events.parsing._api import _read_one
    from diplomatic_events.parsing._visit_prepare import prepare as prepare_visit

    outcomes: list[_Parsed | _Unreadable] = []
    # the worker's knowledge and imports frozen, its young objects alone collected, as in a
    # serial parse (see frozen_heap)
    with warnings.catch_warnings(record=True) as caught, input_limit(limit), frozen_heap():
        warnings.simplefilter("always")
        for number, item in chunk:
            try:
                source = _read_one(item, number, total)
            except DiplomaticEventsError as error:
                outcomes.append(_Unreadable(number=number, error=error))
                continue
            document = pipeline.run(Document(source=source, knowledge=knowledge))
            results = document.results
            prepared = None
            if prepare and "statements" in results:
                prepared = prepare_visit(results["statements"], knowledge, results)
                # parse needs nothing else, and other results may be large to send back (a
                # stage's own knowledge base)
                results = {"statements": results["statements"]}
            outcomes.append(
                _Parsed(number=number, source=document.source, results=results, prepared=prepared)
            )
    warned = [_Warned(message=str(w.message), category=w.category) for w in caught]
    return outcomes, warned


def _work_visits(task: Sequence[tuple[int, Sequence[Member]]]) -> list[Extraction]:
    """Assemble each ``(number, members)`` group's visit in a worker process."""
    from diplomatic_events.parsing._visits import assemble_visit

    assert _worker is not None, "the pool's initializer sets the worker's state"
    knowledge, _ = _worker
    return [assemble_visit(number, members, knowledge) for number, members in task]
