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
import zlib
from collections.abc import Iterable, Sequence
from typing import Any

from attrs import evolve, frozen

from diplomatic_events.exceptions import DiplomaticEventsError, MissingExtraError
from diplomatic_events.knowledge import KnowledgeBase, Mention, default_knowledge
from diplomatic_events.model import Extraction
from diplomatic_events.parsing._api import Input, _items
from diplomatic_events.parsing._meetings import reference_date
from diplomatic_events.parsing._parallel import raise_unreadable
from diplomatic_events.parsing._pipeline import Pipeline, default_pipeline
from diplomatic_events.parsing._statements import SourceStatements
from diplomatic_events.parsing._visit_groups import (
    GroupSpan,
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
from diplomatic_events.parsing._visits import (
    LoosePart,
    Member,
    assemble,
    assemble_loose,
    assemble_visit,
)
from diplomatic_events.parsing._workers import _Parsed, _Unreadable, _Warned, run_chunk
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

__all__ = ["inputs_bag", "parse", "parse_bag", "per_source", "visit_groups"]


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


def _flat(partitions: Iterable[Iterable[tuple[int, Any]]]) -> list[tuple[int, Any]]:
    return [pair for partition in partitions for pair in partition]


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


def _loose_members(
    partition: Sequence[_Record], adopted: dict[int, tuple[bool, dt.date, int]]
) -> list[tuple[int, SourceStatements, SourceVisit]]:
    """The sources of no visit of one partition that no visit adopts, with their numbers."""
    return [
        (record.number, record.part, record.prepared)
        for record in partition
        if record.prepared.candidate is None and record.number not in adopted
    ]


def _assemble_no_visit(
    partitions: Sequence[Sequence[tuple[int, SourceStatements, SourceVisit]]],
    knowledge: KnowledgeBase,
) -> LoosePart:
    """The sources of no visit of every partition, assembled together in input order (on a
    worker: their statements are merged across them, as :func:`parse` merges them)."""
    members = sorted(
        (member for partition in partitions for member in partition), key=lambda m: m[0]
    )
    return assemble_loose([(part, prepared) for _, part, prepared in members], knowledge)


def _light(record: _Record) -> tuple[int, SourceStatements]:
    """What the caller needs of a source besides the visits and the sources of no visit
    assembled on the workers: the source (in the extraction), its actors and
    non-quotations, and the actors it mentions (one mention each), for the extraction's
    actors in parse's order; not its statements."""
    first: dict[object, Mention] = {}
    for mention in record.part.mentions:
        first.setdefault(mention.actor, mention)
    return record.number, evolve(record.part, statements=(), mentions=tuple(first.values()))


def _assemble_numbered(
    joined: tuple[tuple[bool, dt.date, int], list[_Keyed]],
    numbers: dict[tuple[bool, dt.date, int], int],
    spans: Sequence[tuple[tuple[bool, dt.date, int], GroupSpan]],
    knowledge: KnowledgeBase,
) -> tuple[int, Extraction]:
    """:func:`_assemble_joined`, with the visit's number."""
    return numbers[joined[0]], _assemble_joined(joined, numbers, spans, knowledge)


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


def _second(pair: tuple[int, Extraction]) -> Extraction:
    return pair[1]


def _is_record(record: object) -> bool:
    return isinstance(record, _Record)


def _is_not_record(record: object) -> bool:
    return not isinstance(record, _Record)


def _source_id(record: _Record) -> str:
    return record.part.source.id


def _places(found: tuple[int, int, int], record: _Record) -> tuple[int, int, int]:
    """Count a source's record: how many, the first and the last input number."""
    count, first, last = found
    number = record.number
    return count + 1, number if count == 0 else min(first, number), max(last, number)


def _both_places(one: tuple[int, int, int], other: tuple[int, int, int]) -> tuple[int, int, int]:
    if not one[0] or not other[0]:
        return one if one[0] else other
    return one[0] + other[0], min(one[1], other[1]), max(one[2], other[2])


def _given_twice(pair: tuple[str, tuple[int, int, int]]) -> bool:
    return pair[1][0] > 1


def _counted_once(
    partition: Sequence[_Record], twice: dict[str, tuple[int, int, int]]
) -> list[_Record]:
    """A source given several times counts once, as :func:`parse` counts it: the last one,
    in the first one's place."""
    kept: list[_Record] = []
    for record in partition:
        found = twice.get(record.part.source.id)
        if found is None:
            kept.append(record)
        elif record.number == found[2]:
            kept.append(evolve(record, number=found[1]))
    return kept


def _may_be_adopted(record: _Record) -> bool:
    return record.prepared.candidate is None and bool(record.prepared.loose_meetings)


def _telling(
    record: _Record, knowledge: KnowledgeBase
) -> tuple[int, dt.date | None, MeetingCountries]:
    """What adoption needs of a source of no visit: its number, day and who met whom."""
    day = reference_date(record.part.source)
    return record.number, day, meeting_countries(record.prepared, knowledge)


def _assemble_alone(
    partition: Sequence[_Record],
    adopted: dict[int, tuple[bool, dt.date, int]],
    knowledge: KnowledgeBase,
) -> list[Extraction]:
    """Each source of no visit that no visit adopts, on its own."""
    return [
        assemble([record.part], knowledge, [record.prepared])
        for record in partition
        if record.prepared.candidate is None and record.number not in adopted
    ]


_Keyed = tuple[tuple[bool, dt.date, int], "_VisitGroup | _Record"]


def _keyed_group(group: _VisitGroup) -> _Keyed:
    return group.opened, group


def _keyed_adopted(
    partition: Sequence[_Record], adopted: dict[int, tuple[bool, dt.date, int]]
) -> list[_Keyed]:
    """Each source a visit adopts, keyed by when that visit's group was opened."""
    return [
        (adopted[record.number], record)
        for record in partition
        if record.prepared.candidate is None and record.number in adopted
    ]


def _opened(keyed: _Keyed) -> tuple[bool, dt.date, int]:
    return keyed[0]


def _assemble_joined(
    joined: tuple[tuple[bool, dt.date, int], list[_Keyed]],
    numbers: dict[tuple[bool, dt.date, int], int],
    spans: Sequence[tuple[tuple[bool, dt.date, int], GroupSpan]],
    knowledge: KnowledgeBase,
) -> Extraction:
    """One visit: its group's sources, then the sources it adopts in input order."""
    opened, items = joined
    number = numbers[opened]
    _, (visitor, host, _, _) = spans[number - 1]
    group = next(item for _, item in items if isinstance(item, _VisitGroup))
    members: list[Member] = [
        (record.part, record.prepared, record.prepared.candidate)
        for record in group.members
        if record.prepared.candidate is not None
    ]
    for record in sorted(
        (item for _, item in items if isinstance(item, _Record)), key=lambda r: r.number
    ):
        day = reference_date(record.part.source)
        candidate = adopted_candidate(record.part.source.id, visitor, host, day)
        members.append((record.part, record.prepared, candidate))
    return assemble_visit(number, members, knowledge)


@frozen(kw_only=True)
class _Record:
    """One source parsed on a worker: its statements and its part of the assembly."""

    number: int
    part: SourceStatements
    prepared: SourceVisit


@frozen(kw_only=True)
class _VisitGroup:
    """The sources of one visit, in the order they joined it."""

    opened: tuple[bool, dt.date, int]
    """When the group was opened, as parse's grouping orders them: dated before undated,
    by date, then by input number; the visits are numbered in this order."""
    members: tuple[_Record, ...]


def _records(
    partition: Sequence[tuple[list[_Parsed | _Unreadable], list[_Warned]]],
    knowledge: KnowledgeBase,
) -> list[_Record | _Unreadable | _Warned]:
    """One partition's outcomes as one element per source (and per warning)."""
    records: list[_Record | _Unreadable | _Warned] = []
    for outcomes, warned in partition:
        records.extend(warned)
        for outcome in outcomes:
            if isinstance(outcome, _Unreadable):
                records.append(outcome)
                continue
            part: SourceStatements = outcome.results["statements"]
            prepared = outcome.prepared or _prepare(part, knowledge)
            records.append(_Record(number=outcome.number, part=part, prepared=prepared))
    return records


def _reports_a_visit(record: object) -> bool:
    return isinstance(record, _Record) and record.prepared.candidate is not None


def _block(record: _Record) -> int:
    """A number for the record's visitor and host, the same in every process (not ``hash``)."""
    candidate = record.prepared.candidate
    assert candidate is not None
    return zlib.crc32(f"{candidate.visitor}\0{candidate.host_country}".encode())


def _cut(block: tuple[int, list[_Record]]) -> list[_VisitGroup]:
    """A block's records cut into visits, as parse's grouping cuts them."""
    by_key: dict[tuple[str, str], list[_Record]] = {}
    for record in sorted(block[1], key=lambda record: record.number):
        candidate = record.prepared.candidate
        assert candidate is not None
        by_key.setdefault((candidate.visitor, candidate.host_country), []).append(record)
    groups: list[_VisitGroup] = []
    for records in by_key.values():
        keys = [group_key(r.prepared.candidate) for r in records if r.prepared.candidate]
        for members in group_keys(keys):
            first = records[members[0]]
            reference = keys[members[0]][2]
            groups.append(
                _VisitGroup(
                    opened=(reference is None, reference or dt.date.min, first.number),
                    members=tuple(records[member] for member in members),
                )
            )
    return groups


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


def _span(group: _VisitGroup) -> tuple[tuple[bool, dt.date, int], GroupSpan]:
    """When the group was opened, and its visitor, host and days."""
    candidates = [r.prepared.candidate for r in group.members if r.prepared.candidate]
    first = candidates[0]
    return group.opened, group_span(first.visitor, first.host_country, candidates)
