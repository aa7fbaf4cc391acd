"""News-API records: one article as a mapping of title, url, date, text and outlet."""

from __future__ import annotations

import re
from collections.abc import Mapping

from diplomatic_events.exceptions import InputError
from diplomatic_events.model import Source
from diplomatic_events.sources._build import build_source, looks_like_html
from diplomatic_events.sources._html import extract_html
from diplomatic_events.sources._metadata import Metadata, author_names

__all__ = ["read_record"]

_TRUNCATION = re.compile(r"\s*\[\+\d+ chars\]\s*$")
"""The marker some news APIs put where they cut the article text ("… [+3120 chars]")."""
_HTML_TAG = re.compile(r"<(?:p|div|br|span|article|h[1-6])\b", re.IGNORECASE)


def _text(record: Mapping[str, object], key: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputError(f"record key {key!r} must be a string, not {type(value).__name__}")
    return value.strip() or None


def _first(record: Mapping[str, object], *keys: str) -> str | None:
    for key in keys:
        value = _text(record, key)
        if value is not None:
            return value
    return None


def _outlet(record: Mapping[str, object]) -> str | None:
    value = record.get("source", record.get("outlet"))
    if isinstance(value, Mapping):
        value = value.get("name")
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputError(f"record key 'source' must be a string or {{'name': ...}}, not {value!r}")
    return value.strip() or None


def read_record(record: Mapping[str, object], *, source_id: str | None = None) -> Source:
    """Read a news-API style record into a :class:`Source`.

    Keys (others are ignored): ``title``; ``url``; ``publishedAt`` or ``published`` (ISO
    8601); ``content`` or ``text`` (else ``description``); ``source`` or ``outlet`` (a name,
    or ``{"name": ...}`` as NewsAPI gives it); ``author`` or ``authors`` (a string, names
    separated by ``;``, or a list); ``language``; ``id``. The text is the title, a blank line
    and the content, so a quotation in the title is found too; a trailing truncation marker
    ("… [+3120 chars]") is dropped, and HTML content is read as a page (``[html]`` extra).
    The record's date, title, authors and outlet win over what the text says
    (``published_origin="metadata"``).

    Raises:
        InputError: a key has the wrong type, the date is not ISO 8601, or the record has
            neither title nor text.

    .. versionadded:: 0.1.0
    """
    if not isinstance(record, Mapping):
        raise InputError(f"a record must be a mapping, not {type(record).__name__}")
    title = _first(record, "title")
    body = _first(record, "content", "text", "body", "description")
    url = _first(record, "url")
    page = Metadata()
    if body is not None and _HTML_TAG.search(body) and (looks_like_html(body) or "</" in body):
        body, page = extract_html(body, url=url)
        body = body.strip()
        if title and body.startswith(title):
            body = body[len(title) :].strip()
    if body is not None:
        body = _TRUNCATION.sub("", body)
    if title is None and not body:
        raise InputError("the record has neither a title nor any text")
    text = "\n\n".join(part for part in (title, body) if part) + "\n"
    authors = record.get("authors", record.get("author"))
    metadata = Metadata(
        url=url,
        published=_first(record, "publishedAt", "published", "published_at", "date"),
        title=title,
        outlet_name=_outlet(record),
        authors=author_names(authors),
        language=_first(record, "language"),
        given_by="the record",
    ).over(page)
    given_id = record.get("id")
    identifier = source_id or (str(given_id) if isinstance(given_id, str | int) else None)
    return build_source(text, metadata, source_id=identifier)
