"""Hedged durations: "nearly six hours", "a roughly three-hour meeting", "for hours".

Each wording becomes a :class:`~diplomatic_events.model.Duration`: a minute interval set by
the hedge table (:data:`diplomatic_events.knowledge.HEDGE_RULES`), the words, the hedge and
the evidence span.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from diplomatic_events.knowledge._hedges import HEDGE_RULES, HedgeRule
from diplomatic_events.knowledge._prefilter import guarded
from diplomatic_events.model import Duration, Hedge, Span
from diplomatic_events.typing import SourceId

__all__ = ["UNIT_MINUTES", "find_durations", "parse_number"]

UNIT_MINUTES: dict[str, float] = {
    "minute": 1,
    "min": 1,
    "hour": 60,
    "hr": 60,
    "day": 24 * 60,
    "week": 7 * 24 * 60,
}
"""Minutes in each unit a duration may be stated in."""

_NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "forty-five": 45,
    "fifty": 50,
    "sixty": 60,
    "ninety": 90,
    "a couple of": 2,
    "a few": 3,
    "several": 3,
    "half an": 0.5,
    "half a": 0.5,
    "a half": 0.5,
    "a quarter of an": 0.25,
    "three quarters of an": 0.75,
}
_NUMBER = (
    r"(?:\d+(?:\.\d+)?|"
    + "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in _NUMBER_WORDS), key=len)[::-1])
    + r")"
)
_UNIT = r"(?P<unit>minute|min|hour|hr|day|week)s?\b"
_FRACTION = r"(?P<fraction>\s+and\s+(?:a\s+half|a\s+quarter|three\s+quarters))?"


def parse_number(words: str) -> float | None:
    """The value of a number written in digits or words ("35", "five", "half an")."""
    key = " ".join(words.lower().split())
    if key in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[key])
    try:
        return float(key)
    except ValueError:
        return None


def _hedge_words(rules: Mapping[Hedge, HedgeRule]) -> str:
    words = sorted((w for rule in rules.values() for w in rule.words), key=len, reverse=True)
    if not words:
        return r"(?!)"
    return "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in words)


_PATTERNS: dict[int, tuple[Mapping[Hedge, HedgeRule], re.Pattern[str]]] = {}
"""The pattern of each table of hedge rules in use, by the table's identity (kept alive)."""


def _pattern(rules: Mapping[Hedge, HedgeRule]) -> re.Pattern[str]:
    held = _PATTERNS.get(id(rules))
    if held is not None and held[0] is rules:
        return held[1]
    if len(_PATTERNS) >= 64:
        _PATTERNS.clear()
    pattern = _build_pattern(rules)
    _PATTERNS[id(rules)] = (rules, pattern)
    return pattern


def _build_pattern(rules: Mapping[Hedge, HedgeRule]) -> re.Pattern[str]:
    hedge = rf"(?:(?P<hedge>{_hedge_words(rules)})\s+)?"
    stated = (
        rf"(?P<number>{_NUMBER})(?:\s*(?:-|to|–)\s*(?P<number_high>{_NUMBER}))?"
        rf"{_FRACTION}(?:\s+|-)(?:{_UNIT}){_FRACTION.replace('fraction', 'fraction_after')}"
    )
    vague = (
        r"(?P<vague_lead>\bfor|\bspent|\blasting|\blasted|\btook|\bstretched(?:\s+on)?\s+for)"
        r"\s+(?P<vague_unit>hours|days|weeks)\b"
        r"|\b(?P<vague_unit2>hours)\s+(?:longer|more)\b"
    )
    # guarded: a look-ahead for the first characters, so most positions fail at once
    return guarded(re.compile(rf"\b{hedge}{stated}|{vague}", re.IGNORECASE))


_FRACTIONS = {"a half": 0.5, "a quarter": 0.25, "three quarters": 0.75}
_UNIT_WORD = re.compile(r"(?=[mhdwMHDW])(?<![a-zA-Z])(?i:(?:minute|min|hour|hr|day|week)s?)\b")
"""A unit of time after no letter, as every length of time holds one ("two hours", "for
days"): a window without one holds none, and is not scanned for numbers and hedges."""


def find_durations(
    source: SourceId,
    text: str,
    start: int = 0,
    end: int | None = None,
    *,
    rules: Mapping[Hedge, HedgeRule] | None = None,
) -> tuple[Duration, ...]:
    """Every stated length of time in ``text[start:end]``, as hedged minute intervals.

    Args:
        source: The id that the evidence spans carry.
        text: The source's original text; offsets index it.
        start: Where to start looking.
        end: Where to stop looking (default: the end of ``text``).
        rules: The hedge table; default :data:`~diplomatic_events.knowledge.HEDGE_RULES`.
    """
    rules = HEDGE_RULES if rules is None else rules
    end = len(text) if end is None else end
    if _UNIT_WORD.search(text, start, end) is None:
        return ()
    found: list[Duration] = []
    for match in _pattern(rules).finditer(text, start, end):
        duration = _duration(source, text, match, rules)
        if duration is not None:
            found.append(duration)
    return tuple(found)


def _rule_for(words: str | None, rules: Mapping[Hedge, HedgeRule]) -> HedgeRule:
    if words is not None:
        key = " ".join(words.lower().split())
        for rule in rules.values():
            if key in rule.words:
                return rule
    return rules.get(Hedge.EXACT) or HedgeRule(hedge=Hedge.EXACT)


def _duration(
    source: SourceId, text: str, match: re.Match[str], rules: Mapping[Hedge, HedgeRule]
) -> Duration | None:
    evidence = Span.of(source, text, match.start(), match.end())
    if match["number"] is None:
        unit = (match["vague_unit"] or match["vague_unit2"] or "hours").lower().rstrip("s")
        rule = rules.get(Hedge.VAGUE) or HedgeRule(hedge=Hedge.VAGUE, high=None)
        # "for hours": at least two of the unit, since the plural rules out one.
        amount = 2 * UNIT_MINUTES[unit]
        interval = rule.interval(amount)
        return Duration(
            low_minutes=interval.low,
            high_minutes=interval.high,
            text=evidence.text,
            hedge=Hedge.VAGUE,
            evidence=evidence,
        )
    number = parse_number(match["number"])
    if number is None:
        return None
    fraction = match["fraction"] or match["fraction_after"]
    if fraction:
        number += _FRACTIONS[" ".join(fraction.lower().split()[1:])]
    minutes = number * UNIT_MINUTES[match["unit"].lower()]
    if match["number_high"] is not None:
        high = parse_number(match["number_high"])
        if high is None or high < number:
            return None
        return Duration(
            low_minutes=minutes,
            high_minutes=high * UNIT_MINUTES[match["unit"].lower()],
            text=evidence.text,
            hedge=Hedge.RANGE,
            evidence=evidence,
        )
    rule = _rule_for(match["hedge"], rules)
    interval = rule.interval(minutes)
    return Duration(
        low_minutes=interval.low,
        high_minutes=interval.high,
        text=evidence.text,
        hedge=rule.hedge,
        evidence=evidence,
    )
