"""The tasks of :mod:`diplomatic_events.dask` that run on the workers: a partition read and run
through the pipeline, each source's record, the cut of a block of sources into visits, the
counting of a source given twice, and the assembly of a visit, of a source alone and of the
sources of no visit.

Apart from the public module, which builds the task graph and gathers the few values the
caller needs: these are the plain functions and values the graph ships, by name, to the
workers, and they need no Dask themselves.
"""

from __future__ import annotations

import datetime as dt
import zlib
from collections.abc import Iterable, Sequence
from typing import Any

from attrs import evolve, frozen

from diplomatic_events.knowledge import KnowledgeBase, Mention
from diplomatic_events.model import Extraction
from diplomatic_events.parsing._api import Input
from diplomatic_events.parsing._meetings import reference_date
from diplomatic_events.parsing._pipeline import Pipeline
from diplomatic_events.parsing._statements import SourceStatements
from diplomatic_events.parsing._visit_groups import (
    GroupSpan,
    MeetingCountries,
    adopted_candidate,
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


def _flat(partitions: Iterable[Iterable[tuple[int, Any]]]) -> list[tuple[int, Any]]:
    return [pair for partition in partitions for pair in partition]


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


def _span(group: _VisitGroup) -> tuple[tuple[bool, dt.date, int], GroupSpan]:
    """When the group was opened, and its visitor, host and days."""
    candidates = [r.prepared.candidate for r in group.members if r.prepared.candidate]
    first = candidates[0]
    return group.opened, group_span(first.visitor, first.host_country, candidates)
