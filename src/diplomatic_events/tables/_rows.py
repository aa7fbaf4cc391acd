"""An extraction as flat tables: one row per source, actor, statement, report, meeting, ..."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from diplomatic_events.model import (
    Event,
    Extraction,
    Meeting,
    PartialDate,
    Position,
    Span,
    Statement,
    Visit,
)

__all__ = ["COLUMNS", "Cell", "Row", "table_rows"]

Cell = str | int | float | bool | None
"""A table cell: lists are joined with ``"; "``, dates are ISO 8601 strings."""
Row = dict[str, Cell]

COLUMNS: dict[str, tuple[str, ...]] = {
    "sources": (
        "source_id",
        "path",
        "url",
        "outlet",
        "outlet_name",
        "title",
        "headline",
        "kind",
        "published",
        "published_date",
        "published_origin",
        "published_reason",
        "updated",
        "authors",
        "language",
        "characters",
    ),
    "actors": ("actor_id", "name", "kind", "country", "aliases", "discovered"),
    "visits": (
        "visit_id",
        "visitor",
        "host_country",
        "host_city",
        "start",
        "end",
        "purpose",
        "sources",
    ),
    "statements": (
        "statement_id",
        "visit_id",
        "speaker",
        "speaker_name",
        "kind",
        "text",
        "topics",
        "speaker_candidates",
        "sources",
    ),
    "reports": (
        "statement_id",
        "source_id",
        "speaker",
        "kind",
        "text",
        "start",
        "end",
        "cue",
        "said_at",
    ),
    "meetings": (
        "meeting_id",
        "visit_id",
        "kind",
        "participants",
        "date",
        "date_inferred",
        "start",
        "end",
        "location",
        "city",
        "duration_low_minutes",
        "duration_high_minutes",
        "duration_text",
        "sources",
    ),
    "events": (
        "event_id",
        "visit_id",
        "kind",
        "description",
        "date",
        "date_end",
        "participants",
        "location",
        "sources",
    ),
    "positions": (
        "visit_id",
        "side",
        "topic",
        "stance",
        "negated",
        "holder",
        "statements",
        "sources",
    ),
}
"""Every table and its columns, in order (documented on the docs' *Your own articles* page).

.. versionadded:: 0.1.0
"""


def _joined(items: Iterable[str]) -> str:
    return "; ".join(items)


def _day(value: PartialDate | None) -> str | None:
    return None if value is None else value.isoformat()


def _moment(value: dt.datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _sources(spans: Iterable[Span]) -> str:
    return _joined(dict.fromkeys(span.source for span in spans))


def _statement_rows(
    statement: Statement, visit: Visit | None, names: dict[str, str]
) -> tuple[Row, list[Row]]:
    speaker = statement.speaker
    row: Row = {
        "statement_id": statement.id,
        "visit_id": None if visit is None else visit.id,
        "speaker": speaker,
        "speaker_name": None if speaker is None else names.get(speaker, speaker),
        "kind": statement.kind.value,
        "text": statement.text,
        "topics": _joined(statement.topics),
        "speaker_candidates": _joined(statement.speaker_candidates),
        "sources": _joined(dict.fromkeys(report.source for report in statement.reports)),
    }
    reports: list[Row] = [
        {
            "statement_id": statement.id,
            "source_id": report.source,
            "speaker": speaker,
            "kind": report.kind.value,
            "text": report.text,
            "start": report.start,
            "end": report.end,
            "cue": None if report.cue is None else report.cue.text,
            "said_at": _moment(report.said_at),
        }
        for report in statement.reports
    ]
    return row, reports


def _meeting_row(meeting: Meeting, visit: Visit | None) -> Row:
    duration = meeting.duration
    sources = dict.fromkeys(
        [
            *(report.source for report in meeting.reports),
            *(span.source for span in meeting.evidence),
        ]
    )
    return {
        "meeting_id": meeting.id,
        "visit_id": None if visit is None else visit.id,
        "kind": meeting.kind.value,
        "participants": _joined(meeting.participants),
        "date": _day(meeting.date),
        "date_inferred": meeting.date_inferred,
        "start": _moment(meeting.start),
        "end": _moment(meeting.end),
        "location": meeting.location,
        "city": meeting.city,
        "duration_low_minutes": None if duration is None else duration.low_minutes,
        "duration_high_minutes": None if duration is None else duration.high_minutes,
        "duration_text": None if duration is None else duration.text,
        "sources": _joined(sources),
    }


def _event_row(event: Event, visit: Visit | None) -> Row:
    return {
        "event_id": event.id,
        "visit_id": None if visit is None else visit.id,
        "kind": event.kind.value,
        "description": event.description,
        "date": _day(event.date),
        "date_end": _day(event.date_end),
        "participants": _joined(event.participants),
        "location": event.location,
        "sources": _sources(event.evidence),
    }


def _position_row(position: Position, visit: Visit | None) -> Row:
    return {
        "visit_id": None if visit is None else visit.id,
        "side": position.side,
        "topic": position.topic,
        "stance": position.stance.value,
        "negated": position.negated,
        "holder": position.holder,
        "statements": _joined(position.statements),
        "sources": _sources(position.evidence),
    }


def table_rows(extraction: Extraction) -> dict[str, list[Row]]:
    """The extraction as plain rows per table (keys and columns as in :data:`COLUMNS`).

    Statements, meetings, events and positions of a visit carry its ``visit_id``; those of
    no visit have ``None``. Offsets (``start``, ``end``) index the source's text, as
    everywhere.

    .. versionadded:: 0.1.0
    """
    names: dict[str, str] = {actor.id: actor.name for actor in extraction.actors}
    tables: dict[str, list[Row]] = {name: [] for name in COLUMNS}
    for source in extraction.sources:
        tables["sources"].append(
            {
                "source_id": source.id,
                "path": source.path,
                "url": source.url,
                "outlet": source.outlet,
                "outlet_name": source.outlet_name,
                "title": source.title,
                "headline": None if source.headline is None else source.headline.text,
                "kind": source.kind.value,
                "published": _moment(source.published),
                "published_date": _day(source.published_date),
                "published_origin": (
                    None if source.published_origin is None else source.published_origin.value
                ),
                "published_reason": source.published_reason,
                "updated": _moment(source.updated),
                "authors": _joined(person.name for person in source.authors),
                "language": source.language,
                "characters": len(source.text),
            }
        )
    for actor in extraction.actors:
        tables["actors"].append(
            {
                "actor_id": actor.id,
                "name": actor.name,
                "kind": actor.kind.value,
                "country": actor.country,
                "aliases": _joined(actor.aliases),
                "discovered": actor.discovered,
            }
        )
    scopes: list[tuple[Visit | None, Iterable[Statement], Iterable[Meeting], Iterable[Event]]]
    scopes = [
        (visit, visit.statements, visit.meetings, visit.events) for visit in extraction.visits
    ]
    scopes.append((None, extraction.statements, extraction.meetings, extraction.events))
    for visit, statements, meetings, events in scopes:
        for statement in statements:
            row, reports = _statement_rows(statement, visit, names)
            tables["statements"].append(row)
            tables["reports"].extend(reports)
        tables["meetings"].extend(_meeting_row(meeting, visit) for meeting in meetings)
        tables["events"].extend(_event_row(event, visit) for event in events)
        if visit is not None:
            tables["visits"].append(
                {
                    "visit_id": visit.id,
                    "visitor": visit.visitor,
                    "host_country": visit.host_country,
                    "host_city": visit.host_city,
                    "start": _day(visit.start),
                    "end": _day(visit.end),
                    "purpose": visit.purpose,
                    "sources": _joined(visit.sources),
                }
            )
            tables["positions"].extend(_position_row(p, visit) for p in visit.positions)
    tables["positions"].extend(_position_row(p, None) for p in extraction.positions)
    return tables
