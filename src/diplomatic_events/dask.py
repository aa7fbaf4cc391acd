"""Parsing on a Dask cluster: the optional ``[dask]`` extra.

A bag of inputs (paths the workers can read, texts, bytes or sources) becomes a bag of
per-source results: each partition is read and run through the per-source pipeline on a
worker. The sources that report a visit are then shuffled by visitor and host within the
bag, each block is cut into visits by date and each visit is assembled on a worker, and
the sources of no visit are assembled together on a worker; the caller numbers the visits
and gathers the extraction, the one :func:`~diplomatic_events.parse` gives. The
computation runs on the current Dask scheduler: a ``dask.distributed.Client`` made before
the call (a ``LocalCluster`` or a remote cluster) is used.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as dt
import warnings
from collections.abc import Iterable, Sequence
from typing import Any

from diplomatic_events._dask_tasks import (
    _assemble_alone,
    _assemble_no_visit,
    _assemble_numbered,
    _block,
    _both_places,
    _counted_once,
    _cut,
    _flat,
    _given_twice,
    _is_not_record,
    _is_record,
    _keyed_adopted,
    _keyed_group,
    _light,
    _loose_members,
    _may_be_adopted,
    _opened,
    _partition,
    _places,
    _records,
    _reports_a_visit,
    _second,
    _source_id,
    _span,
    _telling,
)
from diplomatic_events.exceptions import DiplomaticEventsError, MissingExtraError
from diplomatic_events.knowledge import KnowledgeBase, default_knowledge
from diplomatic_events.model import Extraction
from diplomatic_events.parsing._api import Input, _items
from diplomatic_events.parsing._parallel import raise_unreadable
from diplomatic_events.parsing._pipeline import Pipeline, default_pipeline
from diplomatic_events.parsing._visit_groups import GroupSpan, adoptions
from diplomatic_events.parsing._visits import assemble
from diplomatic_events.parsing._workers import _Warned
from diplomatic_events.sources._decode import _LIMIT

try:
    import dask.bag
    from dask.base import compute
    from dask.delayed import delayed
except ImportError as error:  # pragma: no cover - the extra is installed for the tests
    raise MissingExtraError(
        'diplomatic_events.dask needs the optional [dask] extra: pip install ".[dask]" from a'
        ' clone (or "diplomatic-events[dask]")'
    ) from error

__all__ = [
    "inputs_bag",
    "parse",
    "parse_bag",
    "per_source",
    "visit_groups",
]


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
    knowledge = knowledge if knowledge is not None else default_knowledge()
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
    """:func:`~diplomatic_events.parse` with the per-source work and the visits on Dask.

    The extraction is the one :func:`~diplomatic_events.parse` returns for the same inputs.
    Paths must name files the workers can read. The sources are read and parsed on the
    workers (:func:`per_source`); those reporting a visit are grouped by visitor and host
    in the bag (a shuffle, :func:`visit_groups`), each block is cut into visits by date and
    each visit assembled on a worker, with the readouts it adopts; the sources of no visit
    are assembled together on a worker (their statements merged across them). The caller
    numbers the visits and gathers the extraction: the assembled visits and sources of no
    visit, and of each source what the extraction's sources, actors and non-quotations need
    (its own statements stay on the workers). The extraction holds every source and
    statement, so the caller's memory grows with the batch: for an archive, see
    :func:`parse_bag`.

    Raises:
        InputError: an input cannot be read (its note names the input).
        BatchError: several inputs cannot be read; one error per input.

    An error of your own stage reaches you as Dask raises it (with several, not necessarily
    the first in input order).

    .. versionadded:: 0.1.0
    """
    knowledge = knowledge if knowledge is not None else default_knowledge()
    pipeline = pipeline if pipeline is not None else default_pipeline()
    items = _items(inputs)
    if not items:
        return assemble([], knowledge)
    bag = inputs_bag(items, npartitions=npartitions)
    known = delayed(knowledge, traverse=False)
    records = _parsed_records(bag, len(items), knowledge, pipeline)
    if _any_given_twice(records):
        # A source given several times counts once, in the first one's place, while its
        # non-quotations count each time: parse's assembly of every source's statements,
        # gathered here (no archive gives the same source twice).
        gathered = sorted(records.compute(), key=lambda record: record.number)
        return assemble(
            [record.part for record in gathered],
            knowledge,
            [record.prepared for record in gathered],
        )
    groups = visit_groups(records, npartitions=records.npartitions).persist()
    spans, numbers, adopted = _numbered_and_adopted(groups, records, known)
    adopted_once = delayed(adopted, traverse=False)
    visits = _visits_bag(groups, records, adopted_once, numbers, spans, known)
    loose = delayed(_assemble_no_visit)(
        records.map_partitions(_loose_members, adopted_once).to_delayed(), known
    )
    light = records.map(_light)
    # one computation, of delayed values only: given bags and delayed values together, Dask
    # returns the results in another order than asked
    done, loose_part, lights = compute(  # type: ignore[no-untyped-call]
        visits.to_delayed(), loose, light.to_delayed()
    )
    return assemble(
        [part for _, part in sorted(_flat(lights), key=lambda pair: pair[0])],
        knowledge,
        visits=[visit for _, visit in sorted(_flat(done), key=lambda pair: pair[0])],
        loose=loose_part,
    )


def _parsed_records(bag: Any, total: int, knowledge: KnowledgeBase, pipeline: Pipeline) -> Any:
    """The bag of each readable input's :class:`_Record`, kept on the workers (``persist``);
    the warnings raised here, and the unreadable inputs too, as :func:`parse` raises them."""
    records = per_source(bag, total=total, knowledge=knowledge, pipeline=pipeline)
    records = records.map_partitions(_records, delayed(knowledge, traverse=False)).persist()
    unreadable: list[DiplomaticEventsError] = []
    for record in records.filter(_is_not_record).compute():
        if isinstance(record, _Warned):
            warnings.warn(record.message, record.category, stacklevel=3)
        else:
            unreadable.append(record.error)
    raise_unreadable(unreadable, total)
    return records.filter(_is_record).persist()


def _given_twice_places(records: Any) -> dict[str, tuple[int, int, int]]:
    """The ids given more than once, with how often and their first and last input number."""
    return dict(
        records.foldby(_source_id, _places, (0, 0, 0), _both_places, (0, 0, 0))
        .filter(_given_twice)
        .compute()
    )


def _any_given_twice(records: Any) -> bool:
    return bool(_given_twice_places(records))


def _numbered_and_adopted(
    groups: Any, records: Any, known: Any
) -> tuple[
    list[tuple[tuple[bool, dt.date, int], GroupSpan]],
    dict[tuple[bool, dt.date, int], int],
    dict[int, tuple[bool, dt.date, int]],
]:
    """Each visit's group span in parse's order, its number, and the sources of no visit
    each adopts (by input number, the group's opening): the few values the caller needs."""
    spans = sorted(groups.map(_span).compute())
    numbers = {opened: number for number, (opened, _) in enumerate(spans, start=1)}
    telling = sorted(records.filter(_may_be_adopted).map(_telling, known).compute())
    chosen = adoptions([span for _, span in spans], [told for _, *told in telling])
    adopted = {
        number: spans[index][0]
        for (number, _, _), index in zip(telling, chosen, strict=True)
        if index is not None
    }
    return spans, numbers, adopted


def _visits_bag(
    groups: Any,
    records: Any,
    adopted: Any,
    numbers: dict[tuple[bool, dt.date, int], int],
    spans: Sequence[tuple[tuple[bool, dt.date, int], GroupSpan]],
    known: Any,
) -> Any:
    """A bag of each visit's number and extraction, assembled on the workers: its group's
    sources and the readouts it adopts brought together by a shuffle."""
    joined = dask.bag.concat(  # type: ignore[no-untyped-call]
        [groups.map(_keyed_group), records.map_partitions(_keyed_adopted, adopted)]
    )
    return joined.groupby(_opened, shuffle="tasks").map(
        _assemble_numbered,
        delayed(numbers, traverse=False),
        delayed(spans, traverse=False),
        known,
    )


def parse_bag(
    inputs: Iterable[Input] | None = None,
    *,
    knowledge: KnowledgeBase | None = None,
    pipeline: Pipeline | None = None,
    npartitions: int | None = None,
) -> Any:
    """A bag of extractions, the ones :func:`~diplomatic_events.parse_stream` yields.

    Each element is an :class:`~diplomatic_events.Extraction`: a source of no visit on its
    own (as :func:`~diplomatic_events.parse_each` gives it), or one visit (the one
    :func:`~diplomatic_events.parse` gives the same inputs, ``visit-N``) with its sources,
    their actors and non-quotations. The bag is lazy: write it where the workers run
    (``bag.map(to_json).to_textfiles(...)``) and no source or statement comes back to the
    caller.

    The caller receives only what numbering the visits and adopting takes, a few small
    values: the warnings and unreadable inputs (raised here, as :func:`parse` raises them),
    the ids given more than once with their first and last input numbers, each visit's
    visitor, host and first and last day (to number the visits in :func:`parse`'s order
    and find the one visit that adopts a readout), and, for each source of no visit that
    tells meetings, its input number, day and who met people of which countries.

    Raises:
        InputError: an input cannot be read (its note names the input).
        BatchError: several inputs cannot be read; one error per input.

    .. versionadded:: 0.1.0
    """
    knowledge = knowledge if knowledge is not None else default_knowledge()
    pipeline = pipeline if pipeline is not None else default_pipeline()
    items = _items(inputs)
    if not items:
        return dask.bag.from_sequence([], npartitions=1)  # type: ignore[no-untyped-call]
    bag = inputs_bag(items, npartitions=npartitions)
    known = delayed(knowledge, traverse=False)
    records = _parsed_records(bag, len(items), knowledge, pipeline)
    twice = _given_twice_places(records)
    records = records.map_partitions(_counted_once, twice).persist()
    groups = visit_groups(records, npartitions=records.npartitions).persist()
    spans, numbers, adopted = _numbered_and_adopted(groups, records, known)
    # sent to the workers once each, not with every task
    adopted_once = delayed(adopted, traverse=False)
    alone = records.map_partitions(_assemble_alone, adopted_once, known)
    visits = _visits_bag(groups, records, adopted_once, numbers, spans, known)
    return dask.bag.concat([alone, visits.map(_second)])  # type: ignore[no-untyped-call]


def visit_groups(records: Any, *, npartitions: int | None = None) -> Any:
    """A bag of the visits' groups of sources, from a bag of parsed sources.

    The sources that report a visit are shuffled by visitor and host (``groupby``), and
    each block is cut into visits by date on a worker, as
    :func:`~diplomatic_events.parse` groups them.

    .. versionadded:: 0.1.0
    """
    candidates = records.filter(_reports_a_visit)
    blocks = candidates.groupby(_block, shuffle="tasks", npartitions=npartitions)
    return blocks.map(_cut).flatten()
