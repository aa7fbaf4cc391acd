"""Reading raw input into a :class:`Source`: decode, choose an outlet adapter, lay out."""

from __future__ import annotations

import os

from diplomatic_events.model import Source
from diplomatic_events.sources._decode import load_input, source_id_for
from diplomatic_events.sources._registry import choose_adapter

__all__ = ["read_source"]


def read_source(
    data: str | bytes | os.PathLike[str],
    *,
    source_id: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    path: str | None = None,
    max_bytes: int | None = None,
) -> Source:
    """Read one report into a :class:`Source` with typed blocks and publication metadata.

    Args:
        data: the text, its raw bytes, or a path to the file.
        source_id: the id to give it; else the file stem of ``path``, else a hash of the text.
        outlet: the registry name of the adapter to use (skips detection).
        url: where the page came from; its domain picks the adapter.
        path: the path to record (defaults to ``data`` when that is a path).
        max_bytes: the largest input accepted, in bytes (characters for a ``str``);
            default :data:`DEFAULT_MAX_BYTES` (20 MiB) or the current :func:`input_limit`.

    Publication metadata, in order of trust:

    * a printed publication line ("Published - June 19, 2023 05:50 pm IST"), its zone
      resolved by the outlet's locale (``IST`` is India for The Hindu); ``updated`` from an
      update line;
    * on a live page, the **earliest** entry time is ``published`` (when coverage began) and
      the newest is ``updated``;
    * a date line at the top of the page, unless the outlet marks it as a page date or a
      photo caption shows the story weeks earlier (then it is kept as ``page_date`` with
      ``page_date_conflict=True``);
    * otherwise the latest date in a photo caption (file photos excepted), else the latest
      full date in the text: ``published`` is midnight of that day in the outlet's zone,
      ``published_inferred=True`` and ``published_reason`` says how;
    * no date at all leaves ``published`` as ``None``.

    A path must name a regular file: a directory, named pipe or device is refused at once
    (checked with ``os.stat`` before opening, so reading never blocks).

    Raises:
        InputError: ``data`` is of the wrong type; the file is missing, unreadable or not a
            regular file; the input is over the size limit; the bytes are not text (NUL
            characters once decoded, or broken UTF-16 or UTF-32).
        UnknownPluginError: ``outlet`` names no registered adapter.

    .. versionadded:: 0.1.0
    """
    text, path = load_input(data, path, max_bytes)
    identifier = source_id_for(text, source_id=source_id, path=path)
    name, adapter = choose_adapter(text, outlet=outlet, url=url)
    layout = adapter.layout(text, identifier)
    return Source(
        id=identifier,
        text=text,
        path=path,
        url=url,
        outlet=name,
        outlet_name=adapter.display_name if name != "generic" else None,
        original_outlet=layout.original_outlet,
        kind=layout.kind,
        headline=layout.headline,
        published=layout.published,
        published_date=layout.published_date,
        published_inferred=layout.published_inferred,
        published_reason=layout.published_reason,
        published_evidence=layout.published_evidence,
        updated=layout.updated,
        page_date=layout.page_date,
        page_date_conflict=layout.page_date_conflict,
        contributors=layout.contributors,
        blocks=layout.blocks,
        entries=layout.entries,
    )
