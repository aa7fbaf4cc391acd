"""The words and patterns the position passes share."""

from __future__ import annotations

import re

from diplomatic_events.model import Stance
from diplomatic_events.parsing._analysis import LIST_JOINER

_NEGATION = re.compile(r"\b(?:not|never|no\s+longer|n't|neither|nor)\b\W*(?:\w+\W+){0,2}$", re.I)
_CLAUSE_BREAK = re.compile(r"[,;:—–]|\b(?:and|but|while|whereas|although|though)\b", re.I)
"""Where a negation's reach ends: it does not cross into the next clause."""
_COORDINATED = LIST_JOINER
"""Between two subjects that hold a stance together ("U.S., China pledge")."""
_STANCE_ORDER = (
    Stance.REJECTS,
    Stance.OPPOSES,
    Stance.DEMANDS,
    Stance.CONCERNED,
    Stance.COMMITS,
    Stance.SUPPORTS,
    Stance.AGREES,
    Stance.MENTIONS,
)
_BOTH = re.compile(
    r"\b(?:(?:both|the\s+two)\s+(?:sides|countries|nations|governments|leaders|ministers"
    r"|secretaries|presidents|men|women)|the\s+(?:leaders|ministers|secretaries)"
    r"|(?<![\w,]\s)both(?=\s+(?:have\s+|had\s+)?[a-z]+ed\b))\b(?!['’])",
    re.I,
)
"""Subjects that stand for both sides: "the two leaders agreed", "The Secretaries welcomed",
"both expressed" (a bare "both" only at a clause's start, before a verb)."""
_NOT_SUBJECT = re.compile(r"\b(?:from|between|of|by|for|with|on|to)\s+$", re.I)
"""Before "both sides", a word that makes it an object ("rhetoric from both sides")."""
_OTHER_SUBJECT = re.compile(r"\b(?:he|she|they|it)\s+(?:\S+\s+){0,2}$", re.I)
"""In a quotation, a third person right before the cue: the stance is theirs, not the
speaker's ("He called for ...", she said)."""
_POSSESSIVE = re.compile(r"['’]s?\b")
_HYPHENS = frozenset("-‐‑")
_PREPOSITION_THE = re.compile(
    r"\b(?:with|to|from|by|for|between|on|at|in|against|towards?|into|over|about)\s+the\s+"
    r"(?:U\.?S\.?\s+)?$",
    re.I,
)
_VISITED = re.compile(
    r"\b(?:visit(?:s|ed|ing)?|toured|leaves|left|into|across|throughout)\s+(?:(?:[A-Z][\w.’'-]*|,|and)\s+)*$"
)
_COMPOUND = re.compile(r"[\s-]")
"""Between two topics' words that make one term, the first naming its domain
("military-to-military communication", "trade relations")."""
_QUALIFIED = re.compile(r"\s+(?:with|between)\s+(?:the\s+)?", re.I)
"""Between another topic's word and a topic word that only says whose it is ("relations
with Russia" is the relationship, not the war)."""
_QUALIFIER = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}")
"""A topic word as a possessor, before up to two words and another topic's word ("Russia's
Arctic Council"): it qualifies that topic and is no topic of its own."""
_POSITIVE = frozenset({Stance.SUPPORTS, Stance.COMMITS, Stance.AGREES})
_NEGATIVE = frozenset({Stance.OPPOSES, Stance.REJECTS, Stance.CONCERNED, Stance.DEMANDS})


_QUOTED_SPAN = re.compile(r"[\"“][^\"“”\n]*[\"”]")


_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e)\s+(?:[\w’'-]+\s+){0,3}$")
"""A first-person subject right before a cue ("we have verily discussed")."""
_JOINT = frozenset({Stance.MENTIONS, Stance.AGREES})
"""Stances that "we" of a bilateral meeting hold together ("we discussed", "we agreed")."""


_THEY_BEFORE = re.compile(r"\bthey\s+", re.I)
_LEAD_GAP = re.compile(
    r"\s*(?:(?:also|have|has|had|both|today|further|jointly|each|strongly|again|then|all|will"
    r"|would|firmly|warmly|once|recently|later|subsequently|additionally)\s+){0,3}",
    re.I,
)
"""Words between a sentence's subject and its main verb ("They also welcomed")."""
