"""HTML pages: main text and metadata by trafilatura (the optional ``[html]`` extra)."""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Sequence
from typing import Any

from diplomatic_events.exceptions import InputError, MissingExtraError
from diplomatic_events.model import Source
from diplomatic_events.sources._build import build_source
from diplomatic_events.sources._decode import check_input_size, read_file_bytes
from diplomatic_events.sources._metadata import Metadata, PublishedValue, author_names

__all__ = ["HTML_EXTRA", "read_html", "read_html_as"]

HTML_EXTRA = 'pip install "diplomatic-events[html]"'
"""How to install what reading HTML needs (from a clone: ``pip install ".[html]"``)."""

_PAGE = "the page's metadata"
_DATE_FORMAT = "%Y-%m-%dT%H:%M:%S%z"
_DOMAIN = re.compile(r"^[\w.-]+\.[a-z]{2,}$", re.IGNORECASE)


def _trafilatura() -> Any:
    try:
        import trafilatura
    except ImportError as error:
        raise MissingExtraError(
            f"reading HTML needs the optional [html] extra (trafilatura): {HTML_EXTRA},"
            ' or pip install ".[html]" from a clone'
        ) from error
    return trafilatura


def _page_date(value: str | None) -> PublishedValue | None:
    """The page's date: a datetime when the page gives a time, else only the day."""
    if not value:
        return None
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    if moment.tzinfo is None and moment.time() == dt.time():
        return moment.date()
    return moment


def _site_name(sitename: str | None) -> str | None:
    """The outlet's name as the page gives it, unless it is only a domain."""
    if not sitename or _DOMAIN.match(sitename):
        return None
    return sitename


def extract_html(html: str | bytes, *, url: str | None = None) -> tuple[str, Metadata]:
    """The page's main text (title first, one blank line between paragraphs) and metadata.

    Raises:
        MissingExtraError: the ``[html]`` extra is not installed.
    """
    trafilatura = _trafilatura()
    document = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        date_extraction_params={"outputformat": _DATE_FORMAT, "original_date": True},
    )
    if document is None:
        return "", Metadata(url=url, given_by=_PAGE)
    title = " ".join((document.title or "").split()) or None
    paragraphs = [" ".join(line.split()) for line in (document.text or "").splitlines()]
    paragraphs = [paragraph for paragraph in paragraphs if paragraph]
    if title and (not paragraphs or paragraphs[0] != title):
        paragraphs.insert(0, title)
    metadata = Metadata(
        url=url or document.url,
        published=_page_date(document.date),
        title=title,
        outlet_name=_site_name(document.sitename),
        authors=author_names(document.author),
        language=document.language,
        given_by=_PAGE,
    )
    return "\n\n".join(paragraphs) + ("\n" if paragraphs else ""), metadata


def read_html_as(
    data: str | bytes | os.PathLike[str],
    metadata: Metadata,
    *,
    source_id: str | None = None,
    outlet: str | None = None,
    path: str | None = None,
) -> Source:
    """:func:`read_html` with the caller's facts already gathered."""
    html: str | bytes
    if isinstance(data, os.PathLike):
        file_path = os.fspath(data)
        html = read_file_bytes(file_path)  # a regular file within the input limit
        path = path or file_path
    elif isinstance(data, bytes | str):
        check_input_size(data, path or f"<{type(data).__name__}>")
        html = data  # bytes as they are: trafilatura reads the page's declared charset
    else:
        raise InputError(f"cannot read a {type(data).__name__}; give str, bytes or a path")
    text, page = extract_html(html, url=metadata.url)
    return build_source(text, metadata.over(page), source_id=source_id, outlet=outlet, path=path)


def read_html(
    html: str | bytes | os.PathLike[str],
    *,
    url: str | None = None,
    source_id: str | None = None,
    outlet: str | None = None,
    path: str | None = None,
    published: PublishedValue | None = None,
    title: str | None = None,
    authors: Sequence[str] = (),
    language: str | None = None,
    outlet_name: str | None = None,
) -> Source:
    """Read an HTML page: its main text becomes :attr:`Source.text`, its metadata the facts.

    The page's title is the first line of the text, then its paragraphs, one blank line
    apart; every offset in the model points into this extracted text, which the
    :class:`Source` keeps. Date, title, authors and site name come from the page
    (``<meta>``, JSON-LD, bylines, via trafilatura and htmldate) unless the caller gives them;
    a page date is ``published_origin="metadata"`` with the reason "given by the page's
    metadata". The other arguments are those of :func:`read_source`.

    Raises:
        MissingExtraError: the ``[html]`` extra is not installed
            (``pip install ".[html]"`` from a clone).
        InputError: the file cannot be read.

    .. versionadded:: 0.1.0
    """
    metadata = Metadata(
        url=url,
        published=published,
        title=title,
        outlet_name=outlet_name,
        authors=author_names(authors if isinstance(authors, str) else list(authors)),
        language=language,
    )
    return read_html_as(html, metadata, source_id=source_id, outlet=outlet, path=path)
