"""Word-level variety: British and American spelling, and the lemma of inflected forms.

The vocabulary lives in ``data/wording.toml``; the rules here only apply it.
"""

from __future__ import annotations

import functools
import re
import tomllib
from importlib import resources
from typing import Any

from attrs import frozen

from diplomatic_events.exceptions import DataFileError

__all__ = ["lemma", "same_lemma", "spelling_key", "spelling_variants"]

_DATA = "wording.toml"
_VOWELS = re.compile(r"[aeiouy]+")


@frozen(kw_only=True)
class _Rule:
    pattern: re.Pattern[str]
    replace: str
    min_stem: int
    only: frozenset[str] | None


@frozen(kw_only=True)
class _Vocabulary:
    rules: tuple[_Rule, ...]
    doubled_l_suffixes: tuple[str, ...]
    min_vowel_groups: int
    pairs: dict[str, str]
    lemmas: dict[str, str]


def _require(table: dict[str, Any], key: str, where: str) -> Any:
    if key not in table:
        raise DataFileError(f"{_DATA}: missing key {where}.{key}")
    return table[key]


@functools.cache
def _vocabulary() -> _Vocabulary:
    raw = tomllib.loads(
        resources.files("diplomatic_events.compare").joinpath("data", _DATA).read_text("utf-8")
    )
    spelling = _require(raw, "spelling", "$")
    rules = tuple(
        _Rule(
            pattern=re.compile(_require(rule, "pattern", "spelling.rules")),
            replace=_require(rule, "replace", "spelling.rules"),
            min_stem=int(rule.get("min_stem", 3)),
            only=frozenset(rule["only"]) if "only" in rule else None,
        )
        for rule in _require(spelling, "rules", "spelling")
    )
    doubled = _require(spelling, "doubled_l", "spelling")
    lemmas = {
        form: base
        for base, forms in _require(raw, "lemmas", "$").items()
        for form in (base, *forms)
    }
    return _Vocabulary(
        rules=rules,
        doubled_l_suffixes=tuple(
            sorted(_require(doubled, "suffixes", "spelling.doubled_l"), key=len, reverse=True)
        ),
        min_vowel_groups=int(_require(doubled, "min_vowel_groups", "spelling.doubled_l")),
        pairs=dict(_require(spelling, "pairs", "spelling")),
        lemmas=lemmas,
    )


@functools.lru_cache(maxsize=65536)
def spelling_key(word: str) -> str:
    """The American spelling the word folds to (``"stabilise"`` -> ``"stabilize"``)."""
    vocabulary = _vocabulary()
    word = word.lower()
    if word in vocabulary.pairs:
        return vocabulary.pairs[word]
    for rule in vocabulary.rules:
        if rule.only is not None and word not in rule.only:
            continue
        match = rule.pattern.search(word)
        if match is not None and match.start() >= rule.min_stem:
            return word[: match.start()] + match.expand(rule.replace)
    for suffix in vocabulary.doubled_l_suffixes:
        stem = word[: -len(suffix)]
        if (
            word.endswith("ll" + suffix)
            and len(_VOWELS.findall(stem[:-1])) >= vocabulary.min_vowel_groups
        ):
            return stem[:-1] + suffix
    return word


def spelling_variants(first: str, second: str) -> bool:
    """Whether two different words are British and American spellings of one word."""
    a, b = first.lower(), second.lower()
    return a != b and spelling_key(a) == spelling_key(b)


@functools.lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """A crude lemma: irregular forms from the table, regular endings stripped by rule."""
    word = spelling_key(word.lower())
    lemmas = _vocabulary().lemmas
    if word in lemmas:
        return lemmas[word]
    stem = word
    for suffix, restore in (
        ("ies", "y"),
        ("ied", "y"),
        ("ing", ""),
        ("ed", ""),
        ("es", ""),
        ("s", ""),
    ):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not word.endswith("ss"):
            stem = word[: -len(suffix)] + restore
            break
    if stem == word and stem.endswith("e") and len(stem) > 3:
        stem = stem[:-1]
    if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "aeiousl":
        stem = stem[:-1]
    return stem


def same_lemma(first: str, second: str) -> bool:
    """Whether two different words are forms of one lemma ("relation", "relations")."""
    a, b = first.lower(), second.lower()
    return a != b and lemma(a) == lemma(b)
