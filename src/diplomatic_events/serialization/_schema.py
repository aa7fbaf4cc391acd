"""A JSON Schema (draft 2020-12) generated from the attrs model, so it cannot drift."""

from __future__ import annotations

import datetime as dt
import enum
import types
import typing
from typing import Any

import attrs

from diplomatic_events.model import SCHEMA_VERSION, Extraction, PartialDate

__all__ = ["json_schema"]

_PARTIAL_DATE = {
    "type": "string",
    "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$|^\d{4}-\d{2}/\d{4}-\d{2}$",
    "description": "ISO 8601 date at year, month or day precision, or a span of months",
}


def json_schema(root: type = Extraction) -> dict[str, Any]:
    """The JSON Schema of the document whose top level is ``root``.

    .. versionadded:: 0.1.0
    """
    definitions: dict[str, Any] = {}
    top = _schema_of(root, definitions)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://diplomatic-events.readthedocs.io/schema/v{SCHEMA_VERSION}.json",
        "title": f"diplomatic_events {root.__name__}",
        **top,
        "$defs": dict(sorted(definitions.items())),
    }


def _schema_of(annotation: Any, definitions: dict[str, Any]) -> dict[str, Any]:
    supertype = getattr(annotation, "__supertype__", None)
    if supertype is not None:  # typing.NewType
        return _schema_of(supertype, definitions)
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        return {"anyOf": [_schema_of(arg, definitions) for arg in typing.get_args(annotation)]}
    if origin is tuple:
        args = typing.get_args(annotation)
        return {"type": "array", "items": _schema_of(args[0], definitions)}
    if annotation is type(None):
        return {"type": "null"}
    if annotation is bool:
        return {"type": "boolean"}
    if annotation is int:
        return {"type": "integer"}
    if annotation is float:
        return {"type": "number"}
    if annotation is str:
        return {"type": "string"}
    if annotation is dt.datetime:
        return {"type": "string", "format": "date-time"}
    if annotation is dt.date:
        return {"type": "string", "format": "date"}
    if annotation is PartialDate:
        return dict(_PARTIAL_DATE)
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return {"enum": [member.value for member in annotation]}
    if isinstance(annotation, type) and attrs.has(annotation):
        name = annotation.__name__
        if name not in definitions:
            definitions[name] = {}  # placeholder against recursion
            definitions[name] = _object_schema(annotation, definitions)
        return {"$ref": f"#/$defs/{name}"}
    raise TypeError(f"no JSON Schema for {annotation!r}")


def _object_schema(cls: type, definitions: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    properties: dict[str, Any] = {}
    required: list[str] = []
    for field in attrs.fields(cls):
        schema = _schema_of(hints[field.name], definitions)
        if field.default is attrs.NOTHING:
            required.append(field.name)
        properties[field.name] = schema
    description = (cls.__doc__ or "").strip().split("\n\n")[0].replace("\n", " ")
    return {
        "type": "object",
        "description": description,
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }
