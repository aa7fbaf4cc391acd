"""The cross-check a document gets after it is structured: evidence must cut from its source.

A span's own fields agree with each other (``len(text) == end - start``) by construction, so
a span shifted by one still builds; only the source's text can tell. Every object with
``source``, ``start``, ``end`` and ``text`` whose source is in the same document must have
``text == source_text[start:end]``, and live entries must lie inside their source's text.
"""

from __future__ import annotations

from typing import Any

from diplomatic_events.exceptions import shorten

__all__ = ["offset_errors"]

_MAX_ERRORS = 20


def _texts(data: Any) -> dict[str, str]:
    """The text of each source the document holds, by id."""
    candidates: list[Any] = []
    if isinstance(data, dict):
        if isinstance(data.get("sources"), list):
            candidates.extend(data["sources"])
        if "blocks" in data:
            candidates.append(data)
    return {
        item["id"]: item["text"]
        for item in candidates
        if isinstance(item, dict) and isinstance(item.get("id"), str)
        if isinstance(item.get("text"), str)
    }


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def offset_errors(data: Any) -> list[str]:
    """``"message @ $.path"`` for each span that does not cut its text from its source."""
    texts = _texts(data)
    if not texts:
        return []
    errors: list[str] = []
    stack: list[tuple[Any, str, str | None]] = [(data, "$", None)]
    while stack and len(errors) < _MAX_ERRORS:
        value, path, owner = stack.pop()
        if isinstance(value, list):
            stack.extend(
                (item, f"{path}[{i}]", owner) for i, item in reversed(list(enumerate(value)))
            )
            continue
        if not isinstance(value, dict):
            continue
        if "blocks" in value and isinstance(value.get("id"), str):
            owner = value["id"]
        errors.extend(_span_error(value, path, texts))
        if path.endswith("]") and ".entries[" in path and owner in texts:
            errors.extend(_entry_error(value, path, texts[owner]))
        stack.extend((item, f"{path}.{key}", owner) for key, item in reversed(list(value.items())))
    return errors[:_MAX_ERRORS]


def _span_error(value: dict[str, Any], path: str, texts: dict[str, str]) -> list[str]:
    source, start, end, text = (value.get(key) for key in ("source", "start", "end", "text"))
    if not (isinstance(source, str) and source in texts and isinstance(text, str)):
        return []
    if not (_is_int(start) and _is_int(end)):
        return []
    cut = texts[source][start:end]
    if cut == text:
        return []
    return [
        f"text {shorten(repr(text), 80)} is not source {shorten(repr(source), 80)}"
        f"[{start}:{end}], which holds {shorten(repr(cut), 80)} @ {path}"
    ]


def _entry_error(value: dict[str, Any], path: str, text: str) -> list[str]:
    end = value.get("end")
    if isinstance(end, int) and _is_int(end) and end > len(text):
        return [f"entry ends at {end}, past the text's {len(text)} characters @ {path}"]
    return []
