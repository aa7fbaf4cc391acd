"""Facts and their verdicts: what a fact is (an attribute of a meeting or visit, the value each
source gives it, a verdict and the disagreements), and how one attribute's values are judged,
as minute intervals (:func:`reconcile_intervals`), as dates or as text.

Apart from :mod:`._facts`, which reads the values from a meeting's or visit's reports: these
judge values however they were read.

Hedged durations are minute intervals, so two wordings agree when they are the same interval,
are *compatible* when all of them share at least one value (the intersection is given), and
conflict otherwise. Intervals on a line have a common point exactly when every pair does
(Helly's theorem in one dimension), so a conflict can always be named as pairs of sources.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence

from attrs import field, frozen, validators

from diplomatic_events.model import (
    Interval,
    PartialDate,
    Span,
)
from diplomatic_events.typing import SourceId

__all__ = [
    "Disagreement",
    "Fact",
    "FactAttribute",
    "FactValue",
    "Verdict",
    "group_by_source",
    "reconcile_intervals",
]


class FactAttribute(enum.Enum):
    """Which attribute of a meeting or visit a fact is about."""

    DATE = "date"
    START = "start"
    END = "end"
    DURATION = "duration"
    LOCATION = "location"
    CITY = "city"
    PARTICIPANTS = "participants"
    VISITOR = "visitor"
    HOST_COUNTRY = "host_country"


class Verdict(enum.Enum):
    """Whether the sources' values can all be true."""

    AGREE = "agree"
    COMPATIBLE = "compatible"
    """Different wordings that can all be true (hedged intervals that overlap)."""
    CONFLICT = "conflict"


@frozen(kw_only=True)
class FactValue:
    """One source's value for one attribute, with the words it was read from.

    ``source`` is ``None`` for a value the extraction merged without saying who gave it.

    .. versionadded:: 0.1.0
    """

    source: SourceId | None
    value: str
    interval: Interval | None = None
    """For durations: the minutes the wording allows."""
    evidence: tuple[Span, ...] = ()


@frozen(kw_only=True)
class Disagreement:
    """Two sources whose values cannot both be true, and by how much they differ.

    .. versionadded:: 0.1.0
    """

    a: SourceId | None
    b: SourceId | None
    a_value: str
    b_value: str
    by: str
    """The size of the gap in words ("25 minutes", "2 days", "different values")."""


@frozen(kw_only=True)
class Fact:
    """One attribute of one meeting or visit across sources, with a verdict.

    .. versionadded:: 0.1.0
    """

    subject: str
    """The id of the meeting or visit."""
    label: str
    attribute: FactAttribute
    values: tuple[FactValue, ...] = field(validator=validators.min_len(1))
    verdict: Verdict
    intersection: Interval | None = None
    """For compatible (or agreeing) intervals: the values every source allows."""
    disagreements: tuple[Disagreement, ...] = ()
    note: str = ""


def group_by_source(spans: Iterable[Span]) -> dict[SourceId, tuple[Span, ...]]:
    """Evidence spans grouped by source, sources in first-seen order, spans in text order."""
    grouped: dict[SourceId, list[Span]] = {}
    for span in spans:
        grouped.setdefault(span.source, []).append(span)
    return {
        source: tuple(sorted(found, key=lambda s: s.start)) for source, found in grouped.items()
    }


def reconcile_intervals(
    intervals: Sequence[Interval],
) -> tuple[Verdict, Interval | None, tuple[tuple[int, int, float], ...]]:
    """Verdict over intervals, their common intersection, and the pairs that do not meet.

    Returns:
        ``(verdict, intersection, conflicts)`` where ``conflicts`` holds ``(i, j, gap)``
        for each pair of indices whose intervals are ``gap`` apart.

    .. versionadded:: 0.1.0
    """
    if not intervals:
        raise ValueError("reconcile_intervals needs at least one interval")
    common: Interval | None = intervals[0]
    for interval in intervals[1:]:
        common = None if common is None else common.intersection(interval)
    if common is not None:
        agree = all(interval == intervals[0] for interval in intervals)
        return (Verdict.AGREE if agree else Verdict.COMPATIBLE), common, ()
    conflicts = []
    for i, first in enumerate(intervals):
        for j in range(i + 1, len(intervals)):
            second = intervals[j]
            if first.intersection(second) is None:
                conflicts.append((i, j, _gap(first, second)))
    return Verdict.CONFLICT, None, tuple(conflicts)


def _gap(first: Interval, second: Interval) -> float:
    if first.high is not None and second.low is not None and first.high < second.low:
        return second.low - first.high
    if second.high is not None and first.low is not None and second.high < first.low:
        return first.low - second.high
    return 0.0


def _plain_fact(
    subject: str,
    label: str,
    attribute: FactAttribute,
    values: Sequence[FactValue],
    disagreements: tuple[Disagreement, ...],
) -> Fact:
    """A fact with no interval to intersect: it agrees unless some sources disagree."""
    return Fact(
        subject=subject,
        label=label,
        attribute=attribute,
        values=tuple(values),
        verdict=Verdict.CONFLICT if disagreements else Verdict.AGREE,
        disagreements=disagreements,
    )


def _minutes(value: float) -> str:
    return _count(value, "minute")


def _count(value: float, unit: str) -> str:
    """``"1 day"``, ``"2 days"``, ``"1.5 minutes"``."""
    return f"{value:g} {unit}" + ("" if value == 1 else "s")


def _interval_fact(
    subject: str, label: str, attribute: FactAttribute, values: Sequence[FactValue]
) -> Fact:
    intervals = [value.interval for value in values if value.interval is not None]
    verdict, common, conflicts = reconcile_intervals(intervals)
    note = ""
    if verdict is Verdict.COMPATIBLE and common is not None:
        note = f"every wording allows {common} minutes"
    return Fact(
        subject=subject,
        label=label,
        attribute=attribute,
        values=tuple(values),
        verdict=verdict,
        intersection=common,
        disagreements=tuple(
            Disagreement(
                a=values[i].source,
                b=values[j].source,
                a_value=values[i].value,
                b_value=values[j].value,
                by=_minutes(gap),
            )
            for i, j, gap in conflicts
        ),
        note=note,
    )


def _text_fact(
    subject: str, label: str, attribute: FactAttribute, values: Sequence[FactValue]
) -> Fact:
    keys = [" ".join(value.value.casefold().split()) for value in values]
    disagreements = tuple(
        Disagreement(
            a=values[i].source,
            b=values[j].source,
            a_value=values[i].value,
            b_value=values[j].value,
            by="different values",
        )
        for i in range(len(values))
        for j in range(i + 1, len(values))
        if keys[i] != keys[j] and not _within(attribute, keys[i], keys[j])
    )
    return _plain_fact(subject, label, attribute, values, disagreements)


def _within(attribute: FactAttribute, a: str, b: str) -> bool:
    """Whether one venue is told as part of the other: "oval office, white house" and
    "white house" name the same meeting's place, one more finely."""
    return attribute is FactAttribute.LOCATION and (a.endswith(f", {b}") or b.endswith(f", {a}"))


def _date_fact(
    subject: str, label: str, values: Sequence[FactValue], dates: Sequence[PartialDate]
) -> Fact:
    disagreements = []
    compatible = True
    for i in range(len(dates)):
        for j in range(i + 1, len(dates)):
            if dates[i].is_compatible_with(dates[j]):
                continue
            compatible = False
            first, second = dates[i], dates[j]
            days = min(
                abs((second.earliest() - first.latest()).days),
                abs((first.earliest() - second.latest()).days),
            )
            disagreements.append(
                Disagreement(
                    a=values[i].source,
                    b=values[j].source,
                    a_value=values[i].value,
                    b_value=values[j].value,
                    by=_count(days, "day"),
                )
            )
    if not compatible:
        verdict = Verdict.CONFLICT
    elif len(set(dates)) == 1:
        verdict = Verdict.AGREE
    else:
        verdict = Verdict.COMPATIBLE
    return Fact(
        subject=subject,
        label=label,
        attribute=FactAttribute.DATE,
        values=tuple(values),
        verdict=verdict,
        disagreements=tuple(disagreements),
    )
