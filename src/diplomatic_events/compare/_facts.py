"""Fact reconciliation: each attribute of a meeting or visit as each source gives it, and a verdict.

This module reads the values from a meeting's or visit's reports; :mod:`._verdicts` judges
them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from diplomatic_events.compare._verdicts import (
    Disagreement,
    Fact,
    FactAttribute,
    FactValue,
    _date_fact,
    _interval_fact,
    _minutes,
    _plain_fact,
    _text_fact,
    group_by_source,
)
from diplomatic_events.model import (
    Duration,
    Extraction,
    Interval,
    Meeting,
    MeetingReport,
    Visit,
)
from diplomatic_events.typing import SourceId

__all__ = [
    "reconcile_facts",
    "reconcile_meeting",
]

_CLOCK = re.compile(r"\b\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)", re.IGNORECASE)


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
