"""Building a :class:`Source` from decoded text and what is known about it."""

from __future__ import annotations

from diplomatic_events.model import Source, Span
from diplomatic_events.sources._decode import source_id_for
from diplomatic_events.sources._metadata import Metadata, with_metadata
from diplomatic_events.sources._registry import choose_adapter, outlets

__all__ = ["HTML_SUFFIXES", "build_source", "looks_like_html"]

HTML_SUFFIXES = frozenset({".html", ".htm"})
"""Files with these suffixes are read as HTML pages (the ``[html]`` extra)."""

_HTML_STARTS = ("<!doctype html", "<html")


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is an HTML page rather than an article's text."""
    head = text.lstrip("\ufeff \t\r\n")[:300].lower()
    if head.startswith("<?xml"):
        return "<html" in head
    return head.startswith(_HTML_STARTS)


def _adapter_names(outlet: str | None, outlet_name: str | None) -> tuple[str | None, str | None]:
    """The adapter key to force, and the display name to keep."""
    if outlet is not None or outlet_name is None:
        return outlet, None
    if outlet_name in outlets:
        return outlet_name, None
    wanted = outlet_name.casefold()
    for key, adapter in outlets:
        if key != "generic" and adapter.display_name.casefold() == wanted:
            return key, None
    return None, outlet_name


def build_source(
    text: str,
    metadata: Metadata,
    *,
    source_id: str | None = None,
    outlet: str | None = None,
    path: str | None = None,
) -> Source:
    """A :class:`Source` for ``text``, with ``metadata`` winning over what the text says."""
    identifier = source_id_for(text, source_id=source_id, path=path)
    key, display = _adapter_names(outlet, metadata.outlet_name)
    name, adapter = choose_adapter(text, outlet=key, url=metadata.url)
    layout = adapter.layout(text, identifier)
    layout, origin = with_metadata(
        layout, metadata, adapter=adapter, outlet_known=name != "generic"
    )
    headline = layout.headline
    if headline is None and metadata.title:
        at = text.find(metadata.title)
        if at >= 0:
            headline = Span.of(identifier, text, at, at + len(metadata.title))
    return Source(
        id=identifier,
        text=text,
        path=path,
        url=metadata.url,
        outlet=name,
        outlet_name=display or (adapter.display_name if name != "generic" else None),
        title=metadata.title,
        original_outlet=layout.original_outlet,
        kind=layout.kind,
        headline=headline,
        published=layout.published,
        published_date=layout.published_date,
        published_inferred=layout.published_inferred,
        published_reason=layout.published_reason,
        published_origin=origin,
        published_evidence=layout.published_evidence,
        updated=layout.updated,
        page_date=layout.page_date,
        page_date_conflict=layout.page_date_conflict,
        contributors=layout.contributors,
        blocks=layout.blocks,
        entries=layout.entries,
        language=metadata.language or "en",
    )
