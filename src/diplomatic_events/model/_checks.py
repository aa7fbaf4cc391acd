"""Validators shared by the model classes; each raises :class:`InvalidModelError`."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from diplomatic_events.exceptions import InvalidModelError


def non_empty(instance: object, attribute: attrs.Attribute[Any], value: str) -> None:
    """Refuse empty or blank identifiers and names."""
    if not value or not value.strip():
        raise InvalidModelError(f"{type(instance).__name__}.{attribute.name} must not be empty")


def non_negative(instance: object, attribute: attrs.Attribute[Any], value: float | None) -> None:
    """Refuse negative offsets and quantities."""
    if value is not None and value < 0:
        raise InvalidModelError(
            f"{type(instance).__name__}.{attribute.name} must be >= 0, got {value!r}"
        )


def aware(instance: object, attribute: attrs.Attribute[Any], value: dt.datetime | None) -> None:
    """Refuse naive datetimes: a time without a zone is ambiguous across outlets."""
    if value is not None and (value.tzinfo is None or value.utcoffset() is None):
        raise InvalidModelError(
            f"{type(instance).__name__}.{attribute.name} needs a time zone, got naive {value!r}"
        )


def unique_items(instance: object, attribute: attrs.Attribute[Any], value: tuple[Any, ...]) -> None:
    """Refuse repeated members in sets stored as tuples (participants, aliases)."""
    if len(set(value)) != len(value):
        raise InvalidModelError(
            f"{type(instance).__name__}.{attribute.name} has repeated items: {value!r}"
        )
