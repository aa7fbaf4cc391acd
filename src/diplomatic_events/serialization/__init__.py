"""JSON in and out through one cattrs converter, and the JSON Schema of the document."""

from diplomatic_events.serialization._converter import (
    from_dict,
    from_json,
    get_converter,
    make_converter,
    to_dict,
    to_json,
)
from diplomatic_events.serialization._schema import json_schema

__all__ = [
    "from_dict",
    "from_json",
    "get_converter",
    "json_schema",
    "make_converter",
    "to_dict",
    "to_json",
]
