"""A name's pattern matched step by step, without compiling it.

A name index tries each name's own pattern where the text has the name's first word;
compiling that pattern costs 50-150 µs, and most of the names a source adds to the knowledge
are tried in that source only, so on real text a third of finding mentions went to
compiling them. The patterns :mod:`._mention_index` writes are literal text, runs of spaces
(an editor's bracket beside them), optional full stops, either apostrophe and an optional
middle initial: :func:`name_steps`
reads such a pattern into steps and :func:`match_end` walks them as the regular expression
engine would (case-sensitive, the same greedy choices in the same order), so a name matches
at exactly the positions, and to exactly the end, its compiled pattern would. Any other
pattern is compiled as before.
"""

from __future__ import annotations

import functools
import re
import string

__all__ = ["Steps", "match_end", "name_steps"]

_LITERAL, _SPACES, _APOSTROPHE, _DOT, _INITIAL, _BRACKETED = range(6)

Steps = tuple[tuple[int, str], ...]
"""A pattern's steps: each a kind and, for literal text, the text."""

_CONSTRUCTS = (
    (r"\]?\s+\[?", _BRACKETED),
    (r"(?:[A-Z]\.\s+)?", _INITIAL),
    (r"\s+", _SPACES),
    (r"\.?", _DOT),
    ("['’]", _APOSTROPHE),
)
_SPECIAL = frozenset("()[]{}?*+|^$.\\")
_ESCAPE_LETTERS = frozenset(string.ascii_letters + string.digits)
_RUN_OF_SPACES = re.compile(r"\s+")
_APOSTROPHES = ("'", "’")

_FIRM = frozenset((_LITERAL, _APOSTROPHE))
"""Steps that take a character that is no space, or fail."""
_FIRMLY_AFTER_SPACES = _FIRM | {_INITIAL}
"""An initial opens with a capital letter or is skipped for a firm step."""


@functools.lru_cache(maxsize=1 << 14)
def name_steps(pattern: str) -> Steps | None:
    """``pattern`` as steps, or ``None`` when it is not made only of literal characters
    (escaped or not, no whitespace), ``\\s+``, ``\\]?\\s+\\[?``, ``\\.?``, ``['’]`` and
    ``(?:[A-Z]\\.\\s+)?``,
    or when a run of spaces is not followed by a character it cannot take (then the engine
    could give back some of the spaces, which :func:`match_end` does not)."""
    steps: list[tuple[int, str]] = []
    literal: list[str] = []
    at = 0
    while at < len(pattern):
        for construct, kind in _CONSTRUCTS:
            if pattern.startswith(construct, at):
                if literal:
                    steps.append((_LITERAL, "".join(literal)))
                    literal.clear()
                steps.append((kind, ""))
                at += len(construct)
                break
        else:
            char = pattern[at]
            if char == "\\":
                if at + 1 == len(pattern) or pattern[at + 1] in _ESCAPE_LETTERS:
                    return None  # a class, an anchor or a reference
                char = pattern[at + 1]
                at += 1
            elif char in _SPECIAL:
                return None
            if char.isspace():
                return None
            literal.append(char)
            at += 1
    if literal:
        steps.append((_LITERAL, "".join(literal)))
    if not steps:
        return None
    for (kind, _), following in zip(steps, (*steps[1:], None), strict=True):
        # what follows a run of spaces must take one character that is no space at once
        if kind in (_SPACES, _BRACKETED) and (
            following is None or following[0] not in _FIRMLY_AFTER_SPACES
        ):
            return None
        if kind == _INITIAL and (following is None or following[0] not in _FIRM):
            return None
    return tuple(steps)


def match_end(
    steps: Steps, text: str, start: int, end: int, right: re.Pattern[str], at: int = 0
) -> int | None:
    """Where the pattern of ``steps`` followed by ``(?!right)`` matching at ``start`` in
    ``text[:end]`` ends, as ``re.compile(pattern + "(?!" + right + ")").match(text, start,
    end)`` would find it; ``None`` when it does not match. ``at`` is the first step to take."""
    position = start
    while at < len(steps):
        kind, literal = steps[at]
        at += 1
        if kind == _LITERAL:
            stop = position + len(literal)
            if stop > end or not text.startswith(literal, position):
                return None
            position = stop
        elif kind == _SPACES:
            spaces = _RUN_OF_SPACES.match(text, position, end)
            if spaces is None:
                return None
            position = spaces.end()
        elif kind == _BRACKETED:
            # an editor's bracket may close before the spaces and open after them ("[Bob]
            # Corker"): neither can be given back, as no step after takes a bracket or a space
            if position < end and text[position] == "]":
                position += 1
            spaces = _RUN_OF_SPACES.match(text, position, end)
            if spaces is None:
                return None
            position = spaces.end()
            if position < end and text[position] == "[":
                position += 1
        elif kind == _APOSTROPHE:
            if position >= end or text[position] not in _APOSTROPHES:
                return None
            position += 1
        elif kind == _DOT:
            # greedy: with the full stop first, then without it
            if position < end and text[position] == ".":
                found = match_end(steps, text, position + 1, end, right, at)
                if found is not None:
                    return found
        elif position + 1 < end and "A" <= text[position] <= "Z" and text[position + 1] == ".":
            # an initial: with it first, then without it
            spaces = _RUN_OF_SPACES.match(text, position + 2, end)
            if spaces is not None:
                found = match_end(steps, text, spaces.end(), end, right, at)
                if found is not None:
                    return found
    if right.match(text, position, end):
        return None
    return position
