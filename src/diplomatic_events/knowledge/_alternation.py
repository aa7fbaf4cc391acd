"""Word lists as regular expressions that try each position once, not once per word.

An alternation of a thousand words (``Prime Minister|President|...``) makes the regular
expression engine try every word at every position it scans. :func:`alternation` writes
the same words as a trie (``Pr(?:ime[ ]+Minister|esident)``): at a position only the words
sharing the text's first characters are tried, one character at a time.

The trie finds what the alternation of the words, longest first, finds. At one position
the words that can match are each a prefix of the next longer one (they all match the same
text), and the trie tries the longer continuation before stopping (``(?:...)?`` is greedy),
which is the longest-first order of the alternation. Words with two spaces in a row, where
runs of white space could split the text in more than one way, are listed as they are.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

__all__ = ["alternation", "factored"]

_SPACE = object()
"""The unit a run of white space in a word stands for."""

_Trie = dict[object, "_Trie"]


def alternation(
    words: Iterable[str], *, space: str | None = None, fold: Callable[[str], str] | None = None
) -> str:
    """A pattern matching what ``"|".join(re.escape(w) for w in longest_first(words))`` does.

    ``space``, when given, is the pattern a space in a word stands for (``r"[ \\u00a0]+"``);
    ``fold`` maps a character to the one it is compared as (for ``re.IGNORECASE`` patterns:
    characters the engine takes as equal must fold alike). An empty list gives a pattern
    that never matches.
    """
    words = list(words)
    if space is not None and any("  " in word for word in words):
        # Two runs of white space in a row split the text between them in more than one
        # way, and the trie's greedy first run would choose differently: list the words.
        ordered = sorted(set(words), key=lambda w: (-len(w), w))
        return "|".join(re.escape(w).replace(r"\ ", space) for w in ordered) or "(?!)"
    trie: _Trie = {}
    end: _Trie = {}
    any_word = False
    for word in words:
        any_word = True
        node = trie
        for character in word:
            key: object = _SPACE if space is not None and character == " " else character
            if fold is not None and key is not _SPACE:
                key = fold(character)
            node = node.setdefault(key, {})
        node[None] = end
    if not any_word:
        return "(?!)"
    return _emit(trie, space or " ")


def _emit(node: _Trie, space: str) -> str:
    branches = [
        (space if key is _SPACE else re.escape(str(key))) + _emit(child, space)
        for key, child in node.items()
        if key is not None
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if None in node:
        # the longer words first, then the word that ends here (a greedy option)
        return body + "?" if len(branches) > 1 else "(?:" + body + ")?"
    return body


_QUANTIFIERS = frozenset("?*+{")


def factored(patterns: Sequence[str], *, fold: Callable[[str], str] | None = None) -> str:
    """The alternation ``"|".join(patterns)``, written so a position is tried only against
    the patterns that start with its character: patterns sharing a first character are
    grouped under it (``Ch(?:ina|ile)``), in their order, again and again down the
    characters they share.

    A pattern can start no match at a character other than its first: the patterns of the
    other groups would fail there at once, so dropping them leaves the same attempts in the
    same order, and the same match. A group is left as it is when one of its patterns does
    not start with a plain letter or digit (a class, an escape, a quantified character, or
    nothing left), and every group when a pattern holds a ``|``. ``fold`` maps a character
    to the one it is compared as, for patterns used under ``re.IGNORECASE`` (characters the
    engine takes as equal must fold alike).
    """
    groups: dict[str, list[str]] = {}
    firsts: dict[str, str] = {}
    for pattern in patterns:
        if not pattern[:1].isalnum() or pattern[1:2] in _QUANTIFIERS or "|" in pattern:
            return "|".join(patterns)
        key = pattern[0] if fold is None else fold(pattern[0])
        groups.setdefault(key, []).append(pattern[1:])
        firsts.setdefault(key, pattern[0])
    branches = []
    for key, rests in groups.items():
        rest = rests[0] if len(rests) == 1 else f"(?:{factored(rests, fold=fold)})"
        branches.append(firsts[key] + rest)
    return "|".join(branches)
