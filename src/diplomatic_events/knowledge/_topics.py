"""The topic vocabulary and the stance cues positions are read with.

Bundled as ``knowledge/data/topics.toml``; users add topics (or replace the words of a
bundled one, by id) with their own files passed to :func:`load_topics`.

Words are not regular expressions but a small guarded syntax (:func:`word_pattern`) that
compiles to a pattern without backtracking, so no file can make matching hang.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from attrs import field, frozen

from diplomatic_events.exceptions import DataFileError
from diplomatic_events.knowledge._files import read_data_files
from diplomatic_events.knowledge._prefilter import guarded
from diplomatic_events.model import Stance, Topic
from diplomatic_events.typing import TopicId

__all__ = ["TopicEntry", "Topics", "load_topics"]


@frozen(kw_only=True)
class TopicEntry:
    """A topic and the words (in the syntax of :func:`word_pattern`) that signal it.

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


_MAX_WORD = 200
_ALTERNATIVE = re.compile(r"[\w' .’-]+")
_ESCAPABLE = "?*+[]()|!\\ "


def word_pattern(word: str) -> str:
    """The regular expression (without word boundaries) a topic word or stance cue stands for.

    The syntax, matched case-insensitively on word boundaries:

    * letters, digits and other characters match themselves (``U.S.``, ``cross-strait``);
    * a space matches any run of white space (``Taiwan Strait``);
    * ``?`` after a character, a ``[...]`` or a ``(...)`` makes it optional (``Uyghurs?``,
      ``favou?r``, ``support(s|ed|ing)?``);
    * ``*`` at the end of a word lets the word go on with any letters (``decoupl*``), ``+``
      with at least one (``technolog+``);
    * ``[cs]`` is one of the letters listed (``defen[cs]e``); no ranges;
    * ``(on|for)`` is one of the plain-text alternatives listed (``call* (on|for)``), tried
      longest first; no nesting, no operators inside;
    * a space, then ``!(by|with)`` at the end: unless white space and one of these words
      follow (``back(s|ed|ing) !(by)`` is not "backed by");
    * a backslash makes the next of ``? * + [ ] ( ) | ! \\`` or a space literal.

    Every optional part is taken when it can be and never given back, and alternatives are
    tried longest first, so matching takes time linear in the text whatever the words.

    Raises:
        ValueError: the word is empty, would match empty text (``"a?"``), is longer than
            200 characters, or breaks the syntax (the message says where).

    .. versionadded:: 0.1.0
    """
    if not word.strip():
        raise ValueError("empty word")
    if len(word) > _MAX_WORD:
        raise ValueError(f"longer than {_MAX_WORD} characters")
    parts: list[str] = []
    quantifiable = False  # whether the last part may take ? (a single character or a class)
    endable = False  # whether the last part may take * or + (ends in a letter, ] or ))
    index = 0
    while index < len(word):
        char = word[index]
        if char == "\\":
            if index + 1 >= len(word) or word[index + 1] not in _ESCAPABLE:
                raise ValueError(f"'\\' at {index} must come before one of ?*+[]()|!\\ or a space")
            parts.append(re.escape(word[index + 1]))
            quantifiable, endable = True, False
            index += 2
        elif char == " ":
            while index < len(word) and word[index] == " ":
                index += 1
            parts.append(r"\s++")
            quantifiable = endable = False
        elif char == "?":
            if not quantifiable:
                raise ValueError(f"'?' at {index} must follow a character or a [...]")
            parts[-1] += "?+"
            quantifiable = endable = False
            index += 1
        elif char in "*+":
            if not endable:
                raise ValueError(f"{char!r} at {index} must follow a letter, ] or )")
            if index + 1 < len(word) and word[index + 1] != " ":
                raise ValueError(f"{char!r} at {index} must end a word")
            parts.append(r"\w*+" if char == "*" else r"\w++")
            quantifiable = endable = False
            index += 1
        elif char == "[":
            close = word.find("]", index)
            letters = word[index + 1 : close] if close > index else ""
            if close < 0 or not letters or not letters.isalnum():
                raise ValueError(f"'[' at {index} needs letters or digits, then ']'")
            parts.append(f"[{letters}]")
            quantifiable = endable = True
            index = close + 1
        elif char == "(":
            close, branches = _alternatives(word, index)
            parts.append(f"(?>{branches})")
            quantifiable = endable = True
            index = close + 1
        elif char == "!":
            if not parts or parts[-1] != r"\s++" or word[index + 1 : index + 2] != "(":
                raise ValueError(f"'!' at {index} must follow a space and come before '('")
            close, branches = _alternatives(word, index + 1)
            if close != len(word) - 1:
                raise ValueError(f"'!(...)' at {index} must end the word")
            parts[-1] = rf"(?!\s++(?:{branches})\b)"
            quantifiable = endable = False
            index = close + 1
        elif char in ")]|":
            raise ValueError(f"{char!r} at {index} has no opening bracket")
        else:
            parts.append(re.escape(char))
            quantifiable, endable = True, char.isalnum()
            index += 1
    pattern = "".join(parts)
    if re.fullmatch(pattern, "") is not None:
        raise ValueError("matches empty text")
    return pattern


def _alternatives(word: str, index: int) -> tuple[int, str]:
    """Where the ``(...)`` opening at ``index`` closes, and its alternatives, longest first."""
    close = word.find(")", index)
    options = (word[index + 1 : close] if close > index else "").split("|")
    if close < 0 or not all(_ALTERNATIVE.fullmatch(option) for option in options):
        raise ValueError(f"'(' at {index} needs plain alternatives separated by '|', then ')'")
    ordered = sorted(dict.fromkeys(options), key=lambda option: (-len(option), option))
    return close, "|".join(re.escape(option).replace(r"\ ", r"\s++") for option in ordered)


def compile_words(words: tuple[str, ...], where: str) -> re.Pattern[str]:
    """One case-insensitive pattern for ``words`` on word boundaries.

    Raises:
        DataFileError: a word breaks the syntax; the message names ``where`` and the word.
    """
    fragments = []
    for word in words:
        try:
            fragments.append(f"(?>{word_pattern(word)})")
        except ValueError as error:
            raise DataFileError(f"{where}: word {word!r}: {error}") from None
    # guarded: a look-ahead for the words' first letters, so most positions fail at once
    return guarded(re.compile(rf"\b(?:{'|'.join(fragments)})\b", re.IGNORECASE))


def load_topics(*extra_files: Path) -> Topics:
    """The bundled topics and stance cues, plus the user's files (same id replaces).

    Raises:
        DataFileError: a file is not valid TOML, has an unknown key or stance, an empty id
            or label, or a word that breaks the syntax of :func:`word_pattern`; the
            message names the file and the entry.

    .. versionadded:: 0.1.0
    """
    entries: dict[str, TopicEntry] = {}
    stances: dict[Stance, re.Pattern[str]] = {}
    compiled: dict[str, re.Pattern[str]] = {}
    for where, part in read_data_files("topics.toml", extra_files, _TopicsFile):
        for number, entry in enumerate(part.topics):
            if not entry.id.strip() or not entry.label.strip():
                raise DataFileError(f"{where}: topics[{number}]: id and label must not be empty")
            entries[entry.id] = entry
            compiled.pop(entry.id, None)
            if entry.words:
                compiled[entry.id] = compile_words(
                    entry.words, f"{where}: topics[{number}] (id {entry.id!r})"
                )
        for name, words in part.stances.items():
            try:
                stance = Stance(name)
            except ValueError:
                known = ", ".join(s.value for s in Stance)
                raise DataFileError(f"{where}: unknown stance {name!r} (known: {known})") from None
            stances[stance] = compile_words(words, f"{where}: stances.{name}")
    return Topics(
        entries=tuple(entries.values()),
        patterns={key: compiled[key] for key in entries if key in compiled},
        stances=stances,
    )


@functools.cache
def default_topics() -> Topics:
    """The bundled topic vocabulary, read once."""
    return load_topics()
