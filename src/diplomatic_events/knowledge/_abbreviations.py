"""Words whose dot does not end a sentence: one list for every sentence splitter."""

from __future__ import annotations

import functools
import re
from pathlib import Path

from attrs import frozen

from diplomatic_events.knowledge._files import read_data_files

__all__ = ["abbreviations", "is_abbreviation", "load_abbreviations"]


@frozen(kw_only=True)
class _AbbreviationsFile:
    words: tuple[str, ...] = ()


def load_abbreviations(*extra_files: Path) -> frozenset[str]:
    """The bundled abbreviations plus the user's files, lower case without the final dot.

    Raises:
        DataFileError: a file is not valid TOML or has an unknown key.
    """
    files = read_data_files("abbreviations.toml", extra_files, _AbbreviationsFile)
    return frozenset(word.casefold().rstrip(".") for _, part in files for word in part.words)


@functools.cache
def abbreviations() -> frozenset[str]:
    """The bundled abbreviations, read once."""
    return load_abbreviations()


_INITIALS = re.compile(r"(?:[^\W\d_]\.)*[^\W\d_]")


def is_abbreviation(word: str) -> bool:
    """Whether the word before a full stop (given without that stop) is an abbreviation
    ("Gen", "Mrs"), a letter or a run of initials ("J", "U.S", "p.m"): its stop ends no
    sentence."""
    return word.casefold() in abbreviations() or _INITIALS.fullmatch(word) is not None
