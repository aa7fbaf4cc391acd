"""Cue words for related events (``data/events.toml``): one pattern per event kind."""

from __future__ import annotations

import functools
import re
import tomllib
from importlib import resources

import cattrs
from attrs import frozen

from diplomatic_events.exceptions import DataFileError
from diplomatic_events.model import EventKind

__all__ = ["EventCues", "event_cues", "load_event_cues"]


@frozen(kw_only=True)
class _EventFile:
    kinds: dict[str, tuple[str, ...]]
    delegation: tuple[str, ...] = ()


@frozen(kw_only=True)
class EventCues:
    """The compiled cue words: one pattern per event kind, and the delegation cues.

    .. versionadded:: 0.1.0
    """

    kinds: dict[EventKind, re.Pattern[str]]
    delegation: re.Pattern[str] | None = None
    """Words that introduce people travelling with a visitor ("accompanied by")."""


def load_event_cues(text: str, where: str = "events.toml") -> EventCues:
    """Compile an events file's text.

    Raises:
        DataFileError: the file names an unknown kind, has an unknown key or a bad pattern.
    """
    try:
        parsed = cattrs.Converter(forbid_extra_keys=True).structure(tomllib.loads(text), _EventFile)
        kinds = {
            EventKind(kind): re.compile(rf"\b(?:{'|'.join(words)})\b", re.IGNORECASE)
            for kind, words in parsed.kinds.items()
        }
        delegation = (
            re.compile(rf"\b(?:{'|'.join(parsed.delegation)})\b", re.IGNORECASE)
            if parsed.delegation
            else None
        )
    except (cattrs.BaseValidationError, tomllib.TOMLDecodeError, ValueError, re.error) as error:
        raise DataFileError(f"{where}: {error}") from error
    return EventCues(kinds=kinds, delegation=delegation)


@functools.cache
def event_cues() -> EventCues:
    """The bundled cue words (``knowledge/data/events.toml``), compiled once.

    Raises:
        DataFileError: the bundled file is invalid.
    """
    data = resources.files("diplomatic_events.knowledge").joinpath("data/events.toml")
    return load_event_cues(data.read_text(encoding="utf-8"))
