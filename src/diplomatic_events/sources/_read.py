"""Reading raw input into a :class:`Source`: decode, choose an outlet adapter, lay out."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Sequence
from pathlib import Path

from diplomatic_events.model import Source
from diplomatic_events.sources._build import HTML_SUFFIXES, build_source, looks_like_html
from diplomatic_events.sources._decode import input_limit, load_input
from diplomatic_events.sources._html import read_html_as
from diplomatic_events.sources._metadata import Metadata, PublishedValue, author_names

__all__ = ["read_source", "read_with"]


def _is_html_path(data: object) -> bool:
    if not isinstance(data, os.PathLike):
        return False
    name = os.fspath(data)
    return isinstance(name, str) and Path(name).suffix.lower() in HTML_SUFFIXES


def read_source(
    data: str | bytes | os.PathLike[str],
    *,
    source_id: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    path: str | None = None,
    published: PublishedValue | None = None,
    title: str | None = None,
    authors: Sequence[str] = (),
    language: str | None = None,
    outlet_name: str | None = None,
    max_bytes: int | None = None,
) -> Source:
    """Read one report into a :class:`Source` with typed blocks and publication metadata.

    Args:
        data: the text, its raw bytes, or a path to the file. An HTML page (a ``.html`` or
            ``.htm`` file, or text that starts as one) is read by :func:`read_html`.
        source_id: the id to give it; else the file stem of ``path``, else a hash of the text.
        outlet: the registry name of the adapter to use (skips detection).
        url: where the page came from; its domain picks the adapter.
        path: the path to record (defaults to ``data`` when that is a path).
        published: when it was published, if you know: an aware ``datetime``, or a naive one
            or a ``date`` (read in the outlet's time zone, else UTC), or an ISO 8601 string
            of either, optionally ending in an IANA zone name (``2023-06-19 10:00
            Asia/Shanghai``).
        title: the headline as your data gives it (kept as :attr:`Source.title`).
        authors: the authors' names; they replace the authors a byline names.
        language: the language code of the text (default ``"en"``).
        outlet_name: the outlet as readers know it ("Reuters"); when it is the name or
            display name of a registered adapter, that adapter reads the page, otherwise
            the adapter is detected as usual and the name is kept as
            :attr:`Source.outlet_name`.
        max_bytes: the largest input accepted, in bytes (characters for a ``str``);
            default :data:`DEFAULT_MAX_BYTES` (20 MiB) or the current :func:`input_limit`.

    Publication metadata, in order of trust (:attr:`Source.published_origin` says which):

    * ``published=`` given by the caller (``metadata``; the reason says how a naive value was
      read). A day given alone that agrees with a publication line keeps the line's time;
    * a printed publication line ("Published - June 19, 2023 05:50 pm IST"), its zone
      resolved by the outlet's locale (``IST`` is India for The Hindu); ``updated`` from an
      update line (``text``);
    * on a live page, the **earliest** entry time is ``published`` (when coverage began) and
      the newest is ``updated``;
    * a date line at the top of the page, unless the outlet marks it as a page date or a
      photo caption shows the story weeks earlier (then it is kept as ``page_date`` with
      ``page_date_conflict=True``);
    * otherwise the latest date in a photo caption (file photos excepted), else the latest
      full date in the text: ``published`` is midnight of that day in the outlet's zone,
      ``published_inferred=True`` and ``published_reason`` says how (``inferred``);
    * no date at all leaves ``published`` as ``None``.

    A path must name a regular file: a directory, named pipe or device is refused at once
    (checked with ``os.stat`` before opening, so reading never blocks).

    Raises:
        InputError: ``data`` is of the wrong type; the file is missing, unreadable or not a
            regular file; the input is over the size limit; the bytes are not text (NUL
            characters once decoded, or broken UTF-16 or UTF-32); ``published`` is not a
            date or names an unknown time zone; ``max_bytes`` is not a positive integer.
        MissingExtraError: ``data`` is an HTML page and the ``[html]`` extra is not installed.
        UnknownPluginError: ``outlet`` names no registered adapter.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.1.0
       ``published``, ``title``, ``authors``, ``language`` and ``outlet_name``; HTML pages.
    """
    metadata = Metadata(
        url=url,
        published=published,
        title=title,
        outlet_name=outlet_name,
        authors=author_names(authors if isinstance(authors, str) else list(authors)),
        language=language,
    )
    with contextlib.nullcontext() if max_bytes is None else input_limit(max_bytes):
        if _is_html_path(data):
            return read_html_as(data, metadata, source_id=source_id, outlet=outlet, path=path)
        # decoded here, not in read_with, so a DecodingWarning points at the caller's line
        text, path = load_input(data, path)
    return _from_text(text, metadata, source_id=source_id, outlet=outlet, path=path)


def read_with(
    data: str | bytes | os.PathLike[str],
    metadata: Metadata,
    *,
    source_id: str | None = None,
    outlet: str | None = None,
    path: str | None = None,
) -> Source:
    """:func:`read_source` with the caller's facts already gathered."""
    if _is_html_path(data):
        return read_html_as(data, metadata, source_id=source_id, outlet=outlet, path=path)
    text, path = load_input(data, path)
    return _from_text(text, metadata, source_id=source_id, outlet=outlet, path=path)


def _from_text(
    text: str,
    metadata: Metadata,
    *,
    source_id: str | None,
    outlet: str | None,
    path: str | None,
) -> Source:
    if looks_like_html(text):
        return read_html_as(text, metadata, source_id=source_id, outlet=outlet, path=path)
    return build_source(text, metadata, source_id=source_id, outlet=outlet, path=path)
