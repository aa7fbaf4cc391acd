"""Plain-text rendering of an extraction for people to read."""

from __future__ import annotations

import textwrap
from collections import defaultdict

from diplomatic_events.model import Extraction, Source, Statement

_WIDTH = 100


def _source_line(source: Source) -> str:
    if source.published is not None:
        published = source.published.isoformat()
    elif source.published_date is not None:
        published = source.published_date.isoformat()
    else:
        published = "unknown"
    if source.published_inferred:
        published += (
            " (inferred" + (f": {source.published_reason}" if source.published_reason else "") + ")"
        )
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


def render_report(extraction: Extraction) -> str:
    """The ``report`` subcommand's text."""
    lines = [f"Sources ({len(extraction.sources)})"]
    lines.extend(_source_line(source) for source in extraction.sources)
    lines.append("")
    lines.extend(_speaker_sections(extraction))
    return "\n".join(lines)
