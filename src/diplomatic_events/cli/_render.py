"""Plain-text rendering of an extraction for people to read."""

from __future__ import annotations

from diplomatic_events.model import Extraction, Source


def _source_line(source: Source) -> str:
    if source.published is not None:
        published = source.published.isoformat()
    elif source.published_date is not None:
        published = source.published_date.isoformat()
    else:
        published = "unknown"
    if source.published_inferred:
        published += " (inferred)"
    authors = ", ".join(person.name for person in source.authors) or "-"
    readable = len(source.readable_blocks())
    return (
        f"  {source.id}  outlet={source.outlet_name or source.outlet or 'unknown'}"
        f"  kind={source.kind.value}  published={published}\n"
        f"      authors: {authors}\n"
        f"      blocks: {len(source.blocks)} ({readable} readable)"
        + (f", {len(source.entries)} live entries" if source.entries else "")
    )


def render_report(extraction: Extraction) -> str:
    """The ``report`` subcommand's text."""
    lines = [f"Sources ({len(extraction.sources)})"]
    lines.extend(_source_line(source) for source in extraction.sources)
    return "\n".join(lines)
