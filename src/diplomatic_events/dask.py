"""Parsing on a Dask cluster: the optional ``[dask]`` extra.

A bag of inputs (paths the workers can read, texts, bytes or sources) becomes a bag of
per-source results: each partition is read and run through the per-source pipeline on a
worker. The results come back to the caller, in input order, and are assembled into visits
there, as :func:`~diplomatic_events.parse` assembles them, so the extraction is the same.
The computation runs on the current Dask scheduler: a ``dask.distributed.Client`` made
before the call (a ``LocalCluster`` or a remote cluster) is used.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Sequence
from typing import Any

from diplomatic_events.exceptions import DiplomaticEventsError, MissingExtraError
from diplomatic_events.knowledge import KnowledgeBase, load_knowledge
from diplomatic_events.model import Extraction
from diplomatic_events.parsing._api import Input, _items, _prepared
from diplomatic_events.parsing._parallel import (
    _Parsed,
    _Unreadable,
    _Warned,
    raise_unreadable,
    run_chunk,
)
from diplomatic_events.parsing._pipeline import Pipeline, default_pipeline
from diplomatic_events.parsing._statements import SourceStatements
from diplomatic_events.parsing._visits import SourceVisit, assemble
from diplomatic_events.sources._decode import _LIMIT

try:
    import dask.bag
    from dask.delayed import delayed
except ImportError as error:  # pragma: no cover - the extra is installed for the tests
    raise MissingExtraError(
        'diplomatic_events.dask needs the optional [dask] extra: pip install ".[dask]" from a'
        ' clone (or "diplomatic-events[dask]")'
    ) from error

__all__ = ["inputs_bag", "parse", "per_source"]


def inputs_bag(inputs: Iterable[Input] | None, *, npartitions: int | None = None) -> Any:
    """A ``dask.bag.Bag`` of ``(number, input)`` pairs, numbered from 1 in input order.

    ``None`` is the bundled seed corpus, as for :func:`~diplomatic_events.parse`.

    .. versionadded:: 0.1.0
    """
    items = _items(inputs)
    numbered = list(enumerate(items, start=1))
    if npartitions is None:
        npartitions = max(1, min(100, len(numbered) // 16 + 1))
    return dask.bag.from_sequence(numbered, npartitions=npartitions)  # type: ignore[no-untyped-call]


def _partition(
    chunk: Sequence[tuple[int, Input]],
    total: int,
    limit: int,
    knowledge: KnowledgeBase,
    pipeline: Pipeline,
) -> list[tuple[list[_Parsed | _Unreadable], list[_Warned]]]:
    return [
        run_chunk(
            chunk, total=total, limit=limit, knowledge=knowledge, pipeline=pipeline, prepare=True
        )
    ]


def per_source(
    bag: Any,
    *,
    total: int,
    knowledge: KnowledgeBase | None = None,
    pipeline: Pipeline | None = None,
) -> Any:
    """A bag with, per partition of ``bag`` (from :func:`inputs_bag`), what its sources gave.

    Each element is a pair: the outcomes (a parsed source with its statements and the
    per-source part of the assembly, or an unreadable input with its error) and the warnings
    reading raised. ``total`` is how many
    inputs there are, for the notes that name an unreadable input ("input 3 of 40").

    .. versionadded:: 0.1.0
    """
    knowledge = knowledge if knowledge is not None else load_knowledge()
    pipeline = pipeline if pipeline is not None else default_pipeline()
    return bag.map_partitions(
        _partition,
        total,
        _LIMIT.get(),
        delayed(knowledge, traverse=False),
        delayed(pipeline, traverse=False),
    )


def parse(
    inputs: Iterable[Input] | None = None,
    *,
    knowledge: KnowledgeBase | None = None,
    pipeline: Pipeline | None = None,
    npartitions: int | None = None,
) -> Extraction:
    """:func:`~diplomatic_events.parse` with the per-source work on the current Dask scheduler.

    The extraction is the one :func:`~diplomatic_events.parse` returns for the same inputs.
    Paths must name files the workers can read.

    Raises:
        InputError: an input cannot be read (its note names the input).
        BatchError: several inputs cannot be read; one error per input.

    An error of your own stage reaches you as Dask raises it (with several, not necessarily
    the first in input order).

    .. versionadded:: 0.1.0
    """
    knowledge = knowledge if knowledge is not None else load_knowledge()
    pipeline = pipeline if pipeline is not None else default_pipeline()
    items = _items(inputs)
    if not items:
        return assemble([], knowledge)
    bag = inputs_bag(items, npartitions=npartitions)
    results = per_source(bag, total=len(items), knowledge=knowledge, pipeline=pipeline)
    parts: list[SourceStatements] = []
    prepared: list[SourceVisit | None] = []
    unreadable: list[DiplomaticEventsError] = []
    for outcomes, warned in results.compute():
        for warning in warned:
            warnings.warn(warning.message, warning.category, stacklevel=2)
        for outcome in outcomes:
            if isinstance(outcome, _Unreadable):
                unreadable.append(outcome.error)
            else:
                parts.append(outcome.results["statements"])
                prepared.append(outcome.prepared)
    raise_unreadable(unreadable, len(items))
    return assemble(parts, knowledge, _prepared(parts, prepared, knowledge))
