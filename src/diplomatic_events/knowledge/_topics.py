"""The topic vocabulary and the stance cues positions are read with.

Bundled as ``knowledge/data/topics.toml``; users add topics (or replace the words of a
bundled one, by id) with their own files passed to :func:`load_topics`.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from attrs import field, frozen

from diplomatic_events.exceptions import DataFileError
from diplomatic_events.knowledge._files import read_data_files
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
    entries: dict[str, TopicEntry] = {}
    stances: dict[Stance, re.Pattern[str]] = {}
    for where, part in read_data_files("topics.toml", extra_files, _TopicsFile):
        entries.update({entry.id: entry for entry in part.topics})
        for name, words in part.stances.items():
            try:
                stance = Stance(name)
            except ValueError:
                known = ", ".join(s.value for s in Stance)
                raise DataFileError(f"{where}: unknown stance {name!r} (known: {known})") from None
            stances[stance] = _compile(words, f"{where}: stance {name!r}")
    return Topics(
        entries=tuple(entries.values()),
        patterns={key: _compile(e.words, key) for key, e in entries.items() if e.words},
        stances=stances,
    )


@functools.cache
def default_topics() -> Topics:
    """The bundled topic vocabulary, read once."""
    return load_topics()
