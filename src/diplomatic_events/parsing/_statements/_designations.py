"""The name of a relationship or agreement in marks ("announced a 'comprehensive strategic
partnership'", "their 'no limits' partnership"): words that end in a designation noun or
modify one, unless a verb of saying governs them.

Apart from :mod:`._unsaid`'s other readers of marks that quote no one: this one needs the
knowledge's designation nouns and its own small words (articles, determiners, the verbs of
acts that announce a name rather than report speech).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from diplomatic_events.knowledge._grammar import grammar, literal_alternation
from diplomatic_events.model import Block, NonQuotationKind
from diplomatic_events.parsing._attribution import Attributor
from diplomatic_events.parsing._quotes import MarkPair

_HEAD_WORD = re.compile(r"[\w’'-]+")
_CLAUSE_BREAK = re.compile(r"[.;:!?]\s|,\s(?:and|but)\s|\n")

_SAY_IN_CLAUSE = re.compile(
    rf"(?i)(?<![\w-])(?:{literal_alternation(grammar().speech_verbs)})(?![\w-])"
)
"""A verb of saying (``speech_verbs`` in ``grammar.toml``)."""
_ACTS = grammar().act_verbs
"""Verbs of acts that announce a name rather than report speech (``grammar.toml``)."""
_ARTICLES = frozenset({"a", "an", "the"})
_DETERMINERS = _ARTICLES | {"this", "that", "our", "my", "your", "its", "their", "his", "her"}
_DESIGNATION_WORDS = 8
_FUNCTION_WORDS = frozenset(
    {
        "a",
        "an",
        "the",
        "in",
        "on",
        "at",
        "to",
        "of",
        "for",
        "with",
        "and",
        "or",
        "is",
        "are",
        "was",
        "be",
        "it",
        "we",
        "our",
        "their",
        "its",
        "this",
        "that",
        "not",
        "no",
        "more",
    }
)
_FOLLOWING_WORD = re.compile(r"[ \u00a0]+([\w-]+)")


@functools.lru_cache(maxsize=8)
def _folded(nouns: tuple[str, ...]) -> frozenset[str]:
    """The designation nouns case-folded, once per knowledge's list, not at every pair."""
    return frozenset(noun.casefold() for noun in nouns)


def _designation(
    text: str, pair: MarkPair, block: Block, attributor: Attributor, nouns: Sequence[str]
) -> tuple[NonQuotationKind, str] | None:
    """The name of a relationship or agreement in marks: words ending in a designation
    noun ("announced a 'comprehensive strategic partnership'", "had been 'comprehensive
    partners'") or modifying one ("their 'no limits' partnership"), unless the verb just
    before them reports speech ("hail 'global partnership'", "what they called a
    '...' treaty") or a verb of saying stands in their clause."""
    designations = _folded(tuple(nouns))
    if not designations:
        return None
    words = [w.strip(",.;:") for w in text[pair.start : pair.end].split()]
    words = [w for w in words if w]
    if not words or len(words) > _DESIGNATION_WORDS or words[0].casefold() in _DETERMINERS:
        return None
    if text[pair.start : pair.end].rstrip().endswith(("?", "!")):
        return None
    close = pair.close_at if pair.close_at is not None else pair.end
    following = _FOLLOWING_WORD.match(text, close + 1, block.end)
    modifies = following is not None and following.group(1).casefold() in designations
    lowered = [w.casefold() for w in words]
    ends = next((i for i, w in enumerate(lowered) if w in designations), None)
    # A name is a noun with words that qualify it ("comprehensive strategic partnership"),
    # perhaps a "for"/"of" tail; articles, prepositions or clitics before the noun make a
    # phrase someone said ("stabilize the relationship", "a critical juncture in ties").
    # "the 'Green and Sustainable Development Partnership'": every word but the small ones
    # capitalised is a proper name, joiners and all.
    proper = (
        ends is not None
        and len(words) >= 2
        and all(
            w[0].isupper()
            for w, low in zip(words, lowered, strict=True)
            if low not in _FUNCTION_WORDS
        )
        and words[ends][0].isupper()
        and not any("'" in w or "’" in w for w in words)
    )
    named = (
        ends is not None
        and 1 <= ends <= 4
        and (ends == len(words) - 1 or lowered[ends + 1] in {"for", "of"})
        and (
            proper or not any(w in _FUNCTION_WORDS or "'" in w or "’" in w for w in lowered[:ends])
        )
    )
    head = text[max(block.start, pair.open_at - 120) : pair.open_at]
    before = _HEAD_WORD.findall(head)
    # "thanked him for a 'fair and respectful' partnership": evaluative words after an
    # article are the speaker's; labels stand bare or after a possessive.
    article = bool(before) and before[-1].casefold() in _ARTICLES
    modifies = modifies and len(words) <= 4 and not article
    if not modifies and not named:
        return None
    if not article and before and before[-1].casefold() == "to":
        return None
    while before and before[-1].casefold() in _ARTICLES:
        before.pop()
    if before and attributor.is_cue(before[-1]) and before[-1].casefold() not in _ACTS:
        return None
    clause = _CLAUSE_BREAK.split(head)[-1]
    if _SAY_IN_CLAUSE.search(clause) and not (named and proper):
        return None
    return NonQuotationKind.TERM, "the name of a relationship or agreement, not speech"
