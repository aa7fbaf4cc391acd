"""The topic vocabulary and the stance cues positions are read with.

Bundled as ``knowledge/data/topics.toml``; users add topics (or replace the words of a
bundled one, by id) with their own files passed to :func:`load_topics`.
"""

from __future__ import annotations

import functools
import re
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

import cattrs
from attrs import field, frozen

from diplomatic_events.exceptions import DataFileError
from diplomatic_events.model import Stance, Topic
from diplomatic_events.typing import TopicId

__all__ = ["TopicEntry", "Topics", "load_topics"]


@frozen(kw_only=True)
class TopicEntry:
    """A topic and the words (regular expressions) that signal it.

    .. versionadded:: 0.1.0
    """

    id: str
    label: str
    words: tuple[str, ...] = ()

    @property
    def topic(self) -> Topic:
        """The model value."""
        return Topic(id=TopicId(self.id), label=self.label)


@frozen(kw_only=True)
class _TopicsFile:
    topics: tuple[TopicEntry, ...] = ()
    stances: dict[str, tuple[str, ...]] = field(factory=dict)


@frozen(kw_only=True)
class Topics:
    """The topic vocabulary and stance cues, compiled.

    .. versionadded:: 0.1.0
    """

    entries: tuple[TopicEntry, ...]
    patterns: dict[str, re.Pattern[str]]
    stances: dict[Stance, re.Pattern[str]]


def _read(data: dict[str, Any], where: str) -> _TopicsFile:
    try:
        return cattrs.Converter(forbid_extra_keys=True).structure(data, _TopicsFile)
    except cattrs.BaseValidationError as error:
        raise DataFileError(f"{where}: " + "; ".join(cattrs.transform_error(error))) from error


def _compile(words: tuple[str, ...], where: str) -> re.Pattern[str]:
    try:
        return re.compile(rf"\b(?:{'|'.join(words)})\b", re.IGNORECASE)
    except re.error as error:
        raise DataFileError(f"{where}: bad pattern: {error}") from error


def load_topics(*extra_files: Path) -> Topics:
    """The bundled topics and stance cues, plus the user's files (same id replaces).

    Raises:
        DataFileError: a file is not valid TOML, has an unknown key, stance or bad pattern.

    .. versionadded:: 0.1.0
    """
    bundled = resources.files("diplomatic_events.knowledge").joinpath("data/topics.toml")
    files = [_read(tomllib.loads(bundled.read_text(encoding="utf-8")), "topics.toml")]
    for path in extra_files:
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as error:
            raise DataFileError(f"{path}: {error}") from error
        files.append(_read(data, str(path)))
    entries: dict[str, TopicEntry] = {}
    stances: dict[Stance, re.Pattern[str]] = {}
    for part in files:
        entries.update({entry.id: entry for entry in part.topics})
        for name, words in part.stances.items():
            try:
                stance = Stance(name)
            except ValueError as error:
                raise DataFileError(f"unknown stance {name!r}") from error
            stances[stance] = _compile(words, name)
    return Topics(
        entries=tuple(entries.values()),
        patterns={key: _compile(e.words, key) for key, e in entries.items() if e.words},
        stances=stances,
    )


@functools.cache
def default_topics() -> Topics:
    """The bundled topic vocabulary, read once."""
    return load_topics()
