"""Cue words for related events (``data/events.toml``): one pattern per event kind."""

from __future__ import annotations

import functools
import importlib
import re
import tomllib
from importlib import resources
from typing import Any

import cattrs
from attrs import frozen

from diplomatic_events.exceptions import DataFileError
from diplomatic_events.knowledge._prefilter import guarded
from diplomatic_events.model import EventKind

__all__ = ["EventCues", "event_cues", "load_event_cues"]


@frozen(kw_only=True)
class _EventFile:
    kinds: dict[str, tuple[str, ...]]
    delegation: tuple[str, ...] = ()
    greeting: tuple[str, ...] = ()
    joint_appearance: tuple[str, ...] = ()
    press_appearance: tuple[str, ...] = ()
    gathering: tuple[str, ...] = ()


@frozen(kw_only=True)
class EventCues:
    """The compiled cue words: one pattern per event kind, and the delegation cues.

    .. versionadded:: 0.1.0
    """

    kinds: dict[EventKind, re.Pattern[str]]
    delegation: re.Pattern[str] | None = None
    """Words that introduce people travelling with a visitor ("accompanied by")."""
    greeting: re.Pattern[str] | None = None
    """Words a speaker greets a guest with ("welcome", "delighted to host"): the person
    greeted at the start of a transcript is at the meeting it records."""
    joint_appearance: re.Pattern[str] | None = None
    """Words of a page title that shows people appearing together ("At a Press
    Availability", "joint press point", "Before Their Meeting"): those it names met."""
    press_appearance: re.Pattern[str] | None = None
    """Words of any sentence that shows two people before the press together ("Remarks by",
    "joint press conference", "address the media"): two of two countries it names met."""
    gathering: frozenset[str] = frozenset()
    """Words that end the name of a gathering ("Summit", "Forum", "Ministerial"): a meeting
    "on the sidelines of the ASEAN Regional Forum" took place there."""


_PARSER: Any = importlib.import_module("re._parser")
_REPEATS = frozenset({"MAX_REPEAT", "MIN_REPEAT"})


def _nested(items: Any, inside_unbounded: bool) -> str | None:
    """Why ``items`` (a parsed pattern) may backtrack catastrophically, or ``None``."""
    for op, value in items:
        name = str(op)
        if name in _REPEATS:
            _low, high, body = value
            if inside_unbounded and high > 1:
                return "a repetition inside an unbounded repetition"
            problem = _nested(body, inside_unbounded or high == _PARSER.MAXREPEAT)
            if problem:
                return problem
        elif name == "BRANCH":
            if inside_unbounded:
                return "alternatives inside an unbounded repetition"
            for branch in value[1]:
                problem = _nested(branch, inside_unbounded)
                if problem:
                    return problem
        elif name == "SUBPATTERN":
            problem = _nested(value[-1], inside_unbounded)
            if problem:
                return problem
        elif name in {"ASSERT", "ASSERT_NOT"}:
            problem = _nested(value[1], inside_unbounded)
            if problem:
                return problem
        elif name == "GROUPREF" or name == "GROUPREF_EXISTS":
            return "a back reference"
    return None


def _cue_pattern(words: tuple[str, ...], where: str) -> re.Pattern[str]:
    """Compile cue words, refusing empty words and shapes that backtrack catastrophically."""
    for word in words:
        if not word.strip():
            raise DataFileError(f"{where}: an empty cue")
        try:
            problem = _nested(_PARSER.parse(word), False)
        except re.error as error:
            raise DataFileError(f"{where}: cue {word!r}: bad pattern: {error}") from None
        if problem:
            raise DataFileError(
                f"{where}: cue {word!r}: {problem} can backtrack without end; "
                "not allowed in cue words"
            )
    return guarded(re.compile(rf"\b(?:{'|'.join(words)})\b", re.IGNORECASE))


def load_event_cues(text: str, where: str = "events.toml") -> EventCues:
    """Compile an events file's text.

    Cue words are regular expressions, matched case-insensitively on word boundaries; the
    shapes that backtrack exponentially are refused: a repetition or alternatives
    inside an unbounded repetition (``(a+)+``, ``(a|b)*``), or a back reference. Bounded
    repetitions such as ``(?:\\w+\\s+){0,4}`` are fine.

    Raises:
        DataFileError: the file names an unknown kind, has an unknown key, an empty cue, a
            bad pattern or one that could backtrack catastrophically; the message names the
            file, the kind and the cue.
    """
    try:
        parsed = cattrs.Converter(forbid_extra_keys=True).structure(tomllib.loads(text), _EventFile)
    except (
        cattrs.BaseValidationError,
        tomllib.TOMLDecodeError,
        ValueError,
        RecursionError,
    ) as error:
        raise DataFileError(f"{where}: {error}") from None
    kinds: dict[EventKind, re.Pattern[str]] = {}
    for kind, words in parsed.kinds.items():
        try:
            event_kind = EventKind(kind)
        except ValueError:
            known = ", ".join(k.value for k in EventKind)
            raise DataFileError(f"{where}: unknown kind {kind!r} (known: {known})") from None
        kinds[event_kind] = _cue_pattern(words, f"{where}: kinds.{kind}")
    delegation = (
        _cue_pattern(parsed.delegation, f"{where}: delegation") if parsed.delegation else None
    )
    greeting = _cue_pattern(parsed.greeting, f"{where}: greeting") if parsed.greeting else None
    joint = (
        _cue_pattern(parsed.joint_appearance, f"{where}: joint_appearance")
        if parsed.joint_appearance
        else None
    )
    press = (
        _cue_pattern(parsed.press_appearance, f"{where}: press_appearance")
        if parsed.press_appearance
        else None
    )
    return EventCues(
        kinds=kinds,
        delegation=delegation,
        greeting=greeting,
        joint_appearance=joint,
        press_appearance=press,
        gathering=frozenset(word.casefold() for word in parsed.gathering),
    )


@functools.cache
def event_cues() -> EventCues:
    """The bundled cue words (``knowledge/data/events.toml``), compiled once.

    Raises:
        DataFileError: the bundled file is invalid.
    """
    data = resources.files("diplomatic_events.knowledge").joinpath("data/events.toml")
    return load_event_cues(data.read_text(encoding="utf-8"))
