"""Plain-text rendering of an extraction for people to read."""

from __future__ import annotations

import textwrap
from collections import defaultdict
from collections.abc import Sequence

from diplomatic_events.model import (
    Duration,
    Extraction,
    Meeting,
    Position,
    PublishedOrigin,
    Source,
    Statement,
    Visit,
)
from diplomatic_events.parsing._positions import compare_positions

_WIDTH = 100


def _source_line(source: Source) -> str:
    if source.published is not None and not (
        source.published_inferred and source.published_date is not None
    ):
        published = source.published.isoformat()
    elif source.published_date is not None:
        published = source.published_date.isoformat()
    else:
        published = "unknown"
    if source.published_inferred:
        published += (
            " (inferred" + (f": {source.published_reason}" if source.published_reason else "") + ")"
        )
    elif source.published_origin is PublishedOrigin.METADATA and source.published_reason:
        published += f" ({source.published_reason})"
    authors = ", ".join(f"{person.name} ({person.role.value})" for person in source.authors) or "-"
    readable = len(source.readable_blocks())
    lines = [
        f"  {source.id}",
        f"      outlet: {source.outlet_name or source.outlet or 'unknown'}",
        f"      kind: {source.kind.value}",
        f"      published: {published}",
        f"      authors: {authors}",
        f"      blocks: {len(source.blocks)} ({readable} readable)"
        + (f", {len(source.entries)} live entries" if source.entries else ""),
    ]
    if source.page_date is not None:
        flag = " (contradicts the story; not used)" if source.page_date_conflict else ""
        lines.append(f"      page date: {source.page_date.isoformat()}{flag}")
    return "\n".join(lines)


def _speaker_sections(extraction: Extraction) -> list[str]:
    names = {actor.id: actor.name for actor in extraction.actors}
    by_speaker: dict[str, list[Statement]] = defaultdict(list)
    for statement in extraction.all_statements():
        if statement.kind.is_quoted:
            by_speaker[
                names.get(statement.speaker, statement.speaker)
                if statement.speaker
                else "(unattributed)"
            ].append(statement)
    lines = [f"Quotations by speaker ({sum(len(v) for v in by_speaker.values())} statements)"]
    total_sources = len(extraction.sources)
    for speaker, statements in sorted(
        by_speaker.items(), key=lambda item: (-len(item[1]), item[0])
    ):
        lines.append(f"  {speaker} ({len(statements)})")
        for statement in sorted(statements, key=lambda s: (-len(s.sources), s.id)):
            quote = textwrap.shorten(statement.text, width=_WIDTH - 20, placeholder=" ...")
            lines.append(f"    [{len(statement.sources)}/{total_sources} sources] “{quote}”")
    return lines


def _duration_text(duration: Duration | None) -> str:
    if duration is None:
        return "duration unknown"
    low = "?" if duration.low_minutes is None else f"{duration.low_minutes:g}"
    high = "∞" if duration.high_minutes is None else f"{duration.high_minutes:g}"
    return f"“{duration.text}” = [{low}, {high}] min"


def _meeting_lines(meeting: Meeting, names: dict[str, str]) -> list[str]:
    people = " + ".join(names.get(actor, actor) for actor in meeting.participants)
    day = meeting.date.isoformat() if meeting.date is not None else "undated"
    if meeting.date_inferred:
        day += " (inferred)"
    clock = ""
    if meeting.start is not None:
        clock = f" {meeting.start:%H:%M}"
        if meeting.end is not None:
            clock += f"-{meeting.end:%H:%M} {meeting.start:%Z}".rstrip()
    where = ", ".join(part for part in (meeting.location, meeting.city) if part) or "place unknown"
    lines = [
        f"    {day}{clock}  {meeting.kind.value}: {people}",
        f"        at {where}; {_duration_text(meeting.duration)}",
    ]
    wordings = {report.text for report in meeting.duration_reports if report.text}
    if len(wordings) > 1:
        lines.append("        wordings: " + "; ".join(sorted(wordings)))
    return lines


def _stance_text(position: Position) -> str:
    return ("not " if position.negated else "") + position.stance.value


def _positions_table(
    positions: Sequence[Position], order: Sequence[str], title: str = "Positions by topic"
) -> list[str]:
    """Each topic with one line per side and a verdict, so the sides read against each other."""
    compared = compare_positions(positions, order)
    if not compared:
        return []
    sides = list(order) or sorted({position.side for position in positions})
    lines = [f"  {title} (" + " vs ".join(sides) + ")"]
    for topic in compared:
        lines.append(f"    {topic.topic}: {topic.agreement}")
        held = dict(topic.sides)
        for side in sides:
            stances = sorted({_stance_text(position) for position in held.get(side, ())})
            lines.append(f"      {side:<4} {', '.join(stances) or '-'}")
    return lines


def _visit_lines(
    visit: Visit, names: dict[str, str], countries: dict[str, str | None]
) -> list[str]:
    visitor = names.get(visit.visitor, visit.visitor) if visit.visitor else "unknown visitor"
    where = ", ".join(part for part in (visit.host_city, visit.host_country) if part) or "unknown"
    span = " to ".join(day.isoformat() for day in (visit.start, visit.end) if day is not None)
    lines = [f"Visit {visit.id}: {visitor} in {where}" + (f", {span}" if span else "")]
    if visit.purpose:
        lines.append(f"  purpose: {visit.purpose}")
    if visit.delegation:
        lines.append("  delegation: " + ", ".join(names.get(a, a) for a in visit.delegation))
    lines.append(f"  sources: {len(visit.sources)}, statements: {len(visit.statements)}")
    lines.append("  Timeline of meetings")
    for meeting in sorted(visit.meetings, key=Meeting.sort_key):
        lines.extend(_meeting_lines(meeting, names))
    if visit.events:
        lines.append("  Related events")
        for item in visit.timeline():
            if item.kind.startswith("event:"):
                day = item.date.isoformat() if item.date is not None else "undated"
                label = textwrap.shorten(item.label, width=_WIDTH - 30, placeholder=" ...")
                lines.append(f"    {day:<10} {item.kind.removeprefix('event:'):<12} {label}")
    visitor_country = countries.get(visit.visitor or "")
    order = [side for side in (visitor_country, visit.host_country) if side]
    lines.extend(_positions_table(visit.positions, order))
    return lines


def render_report(extraction: Extraction) -> str:
    """The ``report`` subcommand's text."""
    names: dict[str, str] = {actor.id: actor.name for actor in extraction.actors}
    countries: dict[str, str | None] = {actor.id: actor.country for actor in extraction.actors}
    lines = [f"Sources ({len(extraction.sources)})"]
    lines.extend(_source_line(source) for source in extraction.sources)
    for visit in extraction.visits:
        lines.append("")
        lines.extend(_visit_lines(visit, names, countries))
    loose = _positions_table(extraction.positions, (), "Positions in sources of no visit")
    if loose:
        lines.append("")
        lines.extend(loose)
    lines.append("")
    lines.extend(_speaker_sections(extraction))
    return "\n".join(lines)
