"""The one cattrs converter: how every model value becomes JSON and back."""

from __future__ import annotations

import datetime as dt
import functools
import json
from typing import Any, TypeVar

import attrs
import cattrs
from cattrs.errors import ClassValidationError, IterableValidationError
from cattrs.preconf.json import make_converter as make_json_converter
from cattrs.v import format_exception

from diplomatic_events.exceptions import DiplomaticEventsError, DocumentError, shorten
from diplomatic_events.model import PartialDate
from diplomatic_events.serialization._offsets import offset_errors

__all__ = ["from_dict", "from_json", "get_converter", "make_converter", "to_dict", "to_json"]

T = TypeVar("T")


def _structure_datetime(value: Any, _type: type[dt.datetime]) -> dt.datetime:
    if not isinstance(value, str):
        raise TypeError(f"expected an ISO 8601 string, got {type(value).__name__}")
    return dt.datetime.fromisoformat(value)


def _structure_date(value: Any, _type: type[dt.date]) -> dt.date:
    if not isinstance(value, str):
        raise TypeError(f"expected an ISO date string, got {type(value).__name__}")
    return dt.date.fromisoformat(value)


def _structure_partial_date(value: Any, _type: type[PartialDate]) -> PartialDate:
    if not isinstance(value, str):
        raise TypeError(f"expected 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD', got {type(value).__name__}")
    return PartialDate.from_iso(value)


def _structure_float(value: Any, _type: type[float]) -> float:
    # bool is an int in Python; JSON true is not a number of minutes.
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"expected a number, got {type(value).__name__}")
    return value


def _structure_int(value: Any, _type: type[int]) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"expected an integer, got {type(value).__name__}")
    return value


def _structure_str(value: Any, _type: type[str]) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected a string, got {type(value).__name__}")
    return value


def _structure_bool(value: Any, _type: type[bool]) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"expected true or false, got {type(value).__name__}")
    return value


def _describe(error: BaseException, cls: type | None) -> str:
    """Keep the model's own messages; let cattrs word the rest."""
    if isinstance(error, DiplomaticEventsError):
        return str(error)
    if (
        isinstance(error, (TypeError, ValueError))
        and str(error)
        and not isinstance(error, KeyError)
    ):
        return f"{format_exception(error, cls)}: {shorten(str(error), 300)}"
    return shorten(format_exception(error, cls), 300)


def make_converter() -> cattrs.Converter:
    """A fresh converter configured for the model.

    Datetimes are ISO 8601 with their offset, dates ISO dates, partial dates ISO at
    their precision, enums their values; unknown keys are refused so that a typo in a
    hand-written document is reported, not ignored.
    """
    converter = make_json_converter(forbid_extra_keys=True, omit_if_default=False)
    converter.register_unstructure_hook(dt.datetime, lambda value: value.isoformat())
    converter.register_structure_hook(dt.datetime, _structure_datetime)
    converter.register_unstructure_hook(dt.date, lambda value: value.isoformat())
    converter.register_structure_hook(dt.date, _structure_date)
    converter.register_unstructure_hook(PartialDate, lambda value: value.isoformat())
    converter.register_structure_hook(PartialDate, _structure_partial_date)
    converter.register_structure_hook(float, _structure_float)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(bool, _structure_bool)
    return converter


@functools.cache
def get_converter() -> cattrs.Converter:
    """The shared converter (made once)."""
    return make_converter()


def to_dict(value: object) -> Any:
    """The JSON-ready form of any model value (dicts, lists, strings, numbers)."""
    return get_converter().unstructure(value)


_JSON_TYPES = {
    dict: "an object",
    list: "an array",
    str: "a string",
    int: "a number",
    float: "a number",
    bool: "true or false",
    type(None): "null",
}


def from_dict(data: Any, cls: type[T]) -> T:
    """Rebuild a model value of type ``cls``.

    After the value is built, every span (``source``, ``start``, ``end``, ``text``) whose
    source is in the same document must cut its ``text`` from that source's text, and live
    entries must lie inside it.

    Raises:
        DocumentError: the data breaks the model, or its evidence does not cut from its
            source; ``paths`` names each offending field.
    """
    name = getattr(cls, "__name__", str(cls))
    if attrs.has(cls) and not isinstance(data, dict):
        got = _JSON_TYPES.get(type(data), type(data).__name__)
        message = f"expected an object, got {got} @ $"
        raise DocumentError(f"not a valid {name}: {message}", paths=(message,))
    try:
        value = get_converter().structure(data, cls)
    except (ClassValidationError, IterableValidationError) as error:
        messages = tuple(cattrs.transform_error(error, path="$", format_exception=_describe))
        raise DocumentError(
            f"not a valid {name}: " + "; ".join(messages[:_MAX_MESSAGES]), paths=messages
        ) from None
    except DiplomaticEventsError as error:
        raise DocumentError(f"not a valid {name}: {error} @ $") from None
    except (TypeError, ValueError, KeyError, AttributeError) as error:
        raise DocumentError(f"not a valid {name}: {error} @ $") from None
    except RecursionError:
        raise DocumentError(f"not a valid {name}: nested too deeply @ $") from None
    errors = offset_errors(data)
    if errors:
        raise DocumentError(
            f"not a valid {name}: " + "; ".join(errors[:_MAX_MESSAGES]), paths=tuple(errors)
        )
    return value


_MAX_MESSAGES = 5
"""Messages quoted in a DocumentError's text; ``paths`` keeps them all."""


def to_json(value: object, *, indent: int | None = None) -> str:
    """Serialize a model value to a JSON string."""
    return json.dumps(to_dict(value), ensure_ascii=False, indent=indent, allow_nan=False)


def _text_of(text: object) -> str:
    """The JSON text; bytes must be UTF-8 (or UTF-16/32, told by ``json.detect_encoding``)."""
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray)):
        encoding = json.detect_encoding(text)
        try:
            return bytes(text).decode(encoding)
        except UnicodeDecodeError as error:
            byte = text[error.start]
            raise DocumentError(
                f"not JSON: byte 0x{byte:02x} at byte offset {error.start} is not {encoding}"
            ) from None
    raise DocumentError(f"not JSON: expected str or bytes, got {type(text).__name__}")


def from_json(text: str | bytes, cls: type[T]) -> T:
    """Parse a JSON string into a model value of type ``cls``.

    ``text`` may be ``bytes`` in UTF-8 (or UTF-16/32 with their usual JSON detection).

    Raises:
        DocumentError: the text is not JSON (undecodable bytes, named by byte offset; a
            syntax error, by line and column; an integer too long for Python to read;
            nesting too deep for Python's parser), the top level is not an object, the
            document breaks the model, or its evidence does not cut from its source.
            This is the only exception, whatever the input; its message is bounded.
    """
    decoded = _text_of(text)
    try:
        data = json.loads(decoded)
    except json.JSONDecodeError as error:
        raise DocumentError(
            f"not JSON: {error.msg} at line {error.lineno} column {error.colno}"
        ) from None
    except ValueError as error:  # an integer of more than sys.get_int_max_str_digits() digits
        raise DocumentError(f"not JSON: {error}") from None
    except RecursionError:
        raise DocumentError("not JSON that Python can read: nested too deeply") from None
    return from_dict(data, cls)
