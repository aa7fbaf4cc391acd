"""Fact reconciliation: each attribute of a meeting or visit as each source gives it, and a verdict.

Hedged durations are minute intervals, so two wordings agree when they are the same interval,
are *compatible* when all of them share at least one value (the intersection is given), and
conflict otherwise. Intervals on a line have a common point exactly when every pair does
(Helly's theorem in one dimension), so a conflict can always be named as pairs of sources.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Iterable, Sequence

from attrs import field, frozen, validators

from diplomatic_events.model import (
    Duration,
    Extraction,
    Interval,
    Meeting,
    MeetingReport,
    PartialDate,
    Span,
    Visit,
)
from diplomatic_events.typing import SourceId

__all__ = [
    "Disagreement",
    "Fact",
    "FactAttribute",
    "FactValue",
    "Verdict",
    "group_by_source",
    "reconcile_facts",
    "reconcile_intervals",
    "reconcile_meeting",
]

_CLOCK = re.compile(r"\b\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)", re.IGNORECASE)


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


def _duration_values(meeting: Meeting) -> list[FactValue]:
    reports: Sequence[Duration] = meeting.duration_reports or (
        (meeting.duration,) if meeting.duration is not None else ()
    )
    values = [
        FactValue(
            source=report.evidence.source if report.evidence is not None else None,
            value=report.text or str(report.interval),
            interval=report.interval,
            evidence=(report.evidence,) if report.evidence is not None else (),
        )
        for report in reports
    ]
    minutes = meeting.clock_minutes
    if minutes is not None and meeting.start is not None and meeting.end is not None:
        clock_spans = tuple(
            span for span in meeting.evidence if len(_CLOCK.findall(span.text)) >= 2
        ) or tuple(span for span in meeting.evidence if _CLOCK.search(span.text))
        sources: list[SourceId | None] = [*group_by_source(clock_spans)] or [None]
        for source in sources:
            values.append(
                FactValue(
                    source=source,
                    value=(
                        f"{meeting.start:%H:%M} to {meeting.end:%H:%M} "
                        f"({_minutes(minutes)} by the clock)"
                    ),
                    interval=Interval.point(minutes),
                    evidence=tuple(span for span in clock_spans if span.source == source),
                )
            )
    return values


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
        if keys[i] != keys[j]
    )
    return _plain_fact(subject, label, attribute, values, disagreements)


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


def _per_source(meeting: Meeting, value: str, mention: str | None = None) -> list[FactValue]:
    """One value per source with evidence for the meeting (only those naming ``mention``)."""
    grouped = group_by_source(meeting.evidence)
    values = []
    for source, spans in grouped.items():
        if mention is not None:
            spans = tuple(span for span in spans if mention.casefold() in span.text.casefold())
            if not spans:
                continue
        values.append(FactValue(source=source, value=value, evidence=spans))
    return values or [FactValue(source=None, value=value)]


def meeting_label(meeting: Meeting) -> str:
    """A short human label: kind, participants and date."""
    day = meeting.date.isoformat() if meeting.date is not None else "undated"
    return f"{meeting.kind.value}: {' + '.join(meeting.participants)} ({day})"


def reconcile_meeting(meeting: Meeting) -> tuple[Fact, ...]:
    """Every attribute of one meeting that some source gives, with a verdict.

    With :attr:`Meeting.reports` each source's own value is compared (its day, clock times,
    tightest duration, venue, city and participants); without them the merged values stand
    for every source that mentions the meeting.

    .. versionadded:: 0.1.0
    """
    if meeting.reports:
        return _facts_from_reports(meeting)
    return _merged_facts(meeting)


def _facts_from_reports(meeting: Meeting) -> tuple[Fact, ...]:
    label = meeting_label(meeting)
    reports = meeting.reports
    facts: list[Fact] = []
    dated = [r for r in reports if r.date is not None]
    if dated:
        values = [
            FactValue(source=r.source, value=r.date.isoformat(), evidence=r.evidence)
            for r in dated
            if r.date is not None
        ]
        facts.append(
            _date_fact(meeting.id, label, values, [r.date for r in dated if r.date is not None])
        )
    elif meeting.date is not None:
        facts.extend(
            fact for fact in _merged_facts(meeting) if fact.attribute is FactAttribute.DATE
        )
    for attribute in (FactAttribute.START, FactAttribute.END):
        moments = [
            (r, moment)
            for r in reports
            if (moment := r.start if attribute is FactAttribute.START else r.end) is not None
        ]
        if moments:
            facts.append(_moment_fact(meeting.id, label, attribute, moments))
    durations = [
        FactValue(
            source=r.source,
            value=_duration_words(meeting, r),
            interval=r.duration.interval,
            evidence=(r.duration.evidence,) if r.duration.evidence is not None else r.evidence,
        )
        for r in reports
        if r.duration is not None
    ]
    if durations:
        facts.append(_interval_fact(meeting.id, label, FactAttribute.DURATION, durations))
    for attribute in (FactAttribute.LOCATION, FactAttribute.CITY):
        places = [
            FactValue(
                source=r.source,
                value=place,
                evidence=tuple(s for s in r.evidence if place.casefold() in s.text.casefold())
                or r.evidence,
            )
            for r in reports
            if (place := r.location if attribute is FactAttribute.LOCATION else r.city)
        ]
        if places:
            facts.append(_text_fact(meeting.id, label, attribute, places))
    people = [
        FactValue(source=r.source, value=", ".join(r.participants), evidence=r.evidence)
        for r in reports
        if r.participants
    ]
    if people:
        facts.append(_text_fact(meeting.id, label, FactAttribute.PARTICIPANTS, people))
    return tuple(facts)


def _duration_words(meeting: Meeting, report: MeetingReport) -> str:
    """The source's tightest wording, then its other wordings of the same meeting."""
    assert report.duration is not None
    main = report.duration.text or str(report.duration.interval)
    others = [
        d.text
        for d in meeting.duration_reports
        if d.evidence is not None and d.evidence.source == report.source and d.text != main
    ]
    others = [text for text in dict.fromkeys(others) if text not in main]
    return main if not others else f"{main} (also: {'; '.join(others)})"


def _moment_fact(
    subject: str,
    label: str,
    attribute: FactAttribute,
    moments: Sequence[tuple[MeetingReport, dt.datetime]],
) -> Fact:
    values = [
        FactValue(source=r.source, value=moment.isoformat(), evidence=r.evidence)
        for r, moment in moments
    ]
    disagreements = tuple(
        Disagreement(
            a=moments[i][0].source,
            b=moments[j][0].source,
            a_value=values[i].value,
            b_value=values[j].value,
            by=_minutes(abs((moments[i][1] - moments[j][1]).total_seconds()) / 60),
        )
        for i in range(len(moments))
        for j in range(i + 1, len(moments))
        if moments[i][1] != moments[j][1]
    )
    return _plain_fact(subject, label, attribute, values, disagreements)


def _merged_facts(meeting: Meeting) -> tuple[Fact, ...]:
    label = meeting_label(meeting)
    facts = []
    if meeting.date is not None:
        value = meeting.date.isoformat()
        if meeting.date_inferred:
            value += f" (inferred: {meeting.date_reason})" if meeting.date_reason else " (inferred)"
        values = _per_source(meeting, value)
        facts.append(_date_fact(meeting.id, label, values, [meeting.date] * len(values)))
    for attribute, moment in (
        (FactAttribute.START, meeting.start),
        (FactAttribute.END, meeting.end),
    ):
        if moment is not None:
            facts.append(
                _text_fact(meeting.id, label, attribute, _per_source(meeting, moment.isoformat()))
            )
    durations = _duration_values(meeting)
    if durations:
        facts.append(_interval_fact(meeting.id, label, FactAttribute.DURATION, durations))
    for attribute, place in (
        (FactAttribute.LOCATION, meeting.location),
        (FactAttribute.CITY, meeting.city),
    ):
        if place:
            facts.append(
                _text_fact(meeting.id, label, attribute, _per_source(meeting, place, place))
            )
    if meeting.participants:
        facts.append(
            _text_fact(
                meeting.id,
                label,
                FactAttribute.PARTICIPANTS,
                _per_source(meeting, ", ".join(meeting.participants)),
            )
        )
    return tuple(facts)


def _visit_facts(visit: Visit) -> list[Fact]:
    label = f"visit: {visit.visitor or 'unknown visitor'}"
    facts = []
    for attribute, value in (
        (FactAttribute.VISITOR, visit.visitor),
        (FactAttribute.HOST_COUNTRY, visit.host_country),
        (FactAttribute.CITY, visit.host_city),
    ):
        if value:
            facts.append(
                _text_fact(visit.id, label, attribute, [FactValue(source=None, value=value)])
            )
    for attribute, day in ((FactAttribute.START, visit.start), (FactAttribute.END, visit.end)):
        if day is not None:
            facts.append(
                _text_fact(
                    visit.id, label, attribute, [FactValue(source=None, value=day.isoformat())]
                )
            )
    return facts


def reconcile_facts(extraction: Extraction) -> tuple[Fact, ...]:
    """Facts of every visit and meeting of an extraction, visits first.

    .. versionadded:: 0.1.0
    """
    facts: list[Fact] = []
    for visit in extraction.visits:
        facts.extend(_visit_facts(visit))
    for meeting in sorted(extraction.all_meetings(), key=lambda m: (m.sort_key(), m.id)):
        facts.extend(reconcile_meeting(meeting))
    return tuple(facts)
