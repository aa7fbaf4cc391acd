"""Mentions that refer back to a meeting told before: "the meeting", "those meetings", the
same people again. Each is more about that meeting (its people, its day) or, with a day of
its own, a new meeting of the same people.

Apart from the finder (:mod:`._find`) because they build on the mentions found so far, not
on the sentence's own people; the finder decides which meeting a sentence refers to.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from attrs import evolve

from diplomatic_events.model import PartialDate
from diplomatic_events.parsing._meetings._clues import _kind
from diplomatic_events.parsing._meetings._merge import _mention_day
from diplomatic_events.parsing._meetings._sentences import MeetingMention
from diplomatic_events.parsing._meetings._words import _MEAL_WORD
from diplomatic_events.parsing._time import falls_within
from diplomatic_events.typing import ActorId

_PLURAL_BACK = re.compile(
    r"\b(?:the|those|these|both|all|their)\s+(?:(?:two|three|four)\s+)?(?:meetings|sessions"
    r"|encounters|engagements)\b",
    re.IGNORECASE,
)
"""Meetings told just before, referred back to together ("Those meetings took place at ...")."""


def _told_together(found: Sequence[MeetingMention], index: int) -> list[MeetingMention]:
    """The meetings the sentence of ``found[index]`` told (itself among them), in order."""
    last = found[index]
    told: list[MeetingMention] = []
    for earlier in range(index, -1, -1):  # back to the sentence's first, not the whole list
        mention = found[earlier]
        if mention.sentence != last.sentence:
            break
        if not mention.anaphoric:
            told.append(mention)
    return told[::-1]


def _about(base: MeetingMention, target: MeetingMention, **changes: Any) -> MeetingMention:
    """``base`` as a mention of ``target``'s meeting: its people, with ``changes``."""
    return evolve(base, people=target.people, group=target.group, implied=target.implied, **changes)


def more_about(
    found: Sequence[MeetingMention],
    base: MeetingMention,
    target: MeetingMention,
    *,
    people: Sequence[ActorId],
    words: str,
    trigger: re.Match[str] | None,
    day: PartialDate | None,
) -> tuple[list[MeetingMention], bool]:
    """The mentions a sentence (``base``, its text ``words``, its people ``people`` and day
    ``day``) adds about ``target``, a meeting of ``found`` it refers to, and whether they
    tell a new meeting (the same people on another day) rather than more about it."""
    target_day = _mention_day(target)
    if (
        trigger is not None
        and day is not None
        and target_day not in (None, day)
        # one person at a summit ("in London to attend yesterday's UK-Africa Summit")
        # attended an event; it is no meeting with the one met on another day
        and (len(people) >= 2 or trigger.group().casefold() != "summit")
    ):
        # Same people, another day: a new meeting, not more about the last one.
        return [_about(base, target, kind=_kind(words, trigger))], True
    if not people and _PLURAL_BACK.search(words):
        # "Those meetings took place at the Bayi Building" after "He also met A and
        # B": more about each meeting the last sentence told
        return [
            _about(base, told, anaphoric=True, date=told.date)
            for told in _told_together(found, found.index(target))
        ], False
    if (
        day is not None
        and target_day is None
        and not (base.date is not None and base.date.future)
        and falls_within(day, None if target.date is None else target.date.coarse)
    ):
        # "Today, it was my honor ... to meet with Prime Minister Johnson" after a title
        # dated only to the month: the day the sentence tells (not one still to come) is the
        # meeting's
        return [_about(base, target, anaphoric=True)], False
    # more about the meeting just told: its day, not one the sentence names for
    # something else ("in London to attend yesterday's summit"); a meal named again is
    # that meal ("Addressing the luncheon, ..." after "attended a lunch with A and B")
    meal = trigger is not None and _MEAL_WORD.search(trigger.group()) is not None
    kind = target.kind if meal else base.kind
    return [_about(base, target, anaphoric=True, date=target.date, kind=kind)], False
