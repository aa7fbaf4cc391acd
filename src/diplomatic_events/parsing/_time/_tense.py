"""Whether a date's clause speaks of what is still to come: a future cue ("will", "plans",
"next") in the date's sentence and clause, unless quoted, undone by a past auxiliary, or
after a past verb that reports it.

Apart from the date patterns: it reads the clause around a date rather than the date, with
the text's sentence stops and cues found once per text.
"""

from __future__ import annotations

import bisect
import itertools
import re

from attrs import frozen

from diplomatic_events.knowledge._prefilter import guarded
from diplomatic_events.knowledge._text_cache import TextCache

_FUTURE_CUES = guarded(
    re.compile(
        r"\b(?:will|would|shall|plans?|planned|planning|expected|expects|hopes?|hoped|scheduled"
        r"|upcoming|intends?|invit\w+|next|to\s+visit|to\s+travel|to\s+meet)\b",
        re.IGNORECASE,
    )
)

_PAST_AUXILIARY = guarded(re.compile(r"\b(?:was|were|had|did)\b", re.IGNORECASE))
"""(Both guarded: a look-ahead for their first letters, so most positions fail at once.)"""


@frozen
class _Marks:
    """Where a text's sentences stop ("." and line breaks), its future cues and its past
    auxiliaries are: found once per text, looked up by bisection for each date."""

    stops: list[int]
    cues: list[tuple[int, int]]
    cue_starts: list[int]
    auxiliaries: list[tuple[int, int]]
    auxiliary_starts: list[int]

    @classmethod
    def of(cls, text: str) -> _Marks:
        stops = [m.start() for m in _STOP.finditer(text)]
        cues = [m.span() for m in _FUTURE_CUES.finditer(text)]
        auxiliaries = [m.span() for m in _PAST_AUXILIARY.finditer(text)]
        return cls(
            stops=stops,
            cues=cues,
            cue_starts=[a for a, _ in cues],
            auxiliaries=auxiliaries,
            auxiliary_starts=[a for a, _ in auxiliaries],
        )

    def past_auxiliary(self, text: str, start: int, end: int) -> bool:
        """Whether ``_PAST_AUXILIARY.search(text, start, end)`` finds one."""
        at = bisect.bisect_left(self.auxiliary_starts, start)
        if at < len(self.auxiliaries) and self.auxiliaries[at][1] <= end:
            return True
        # A word cut by ``end`` ends there as far as the search can see.
        return start < end and _PAST_AUXILIARY.search(text, max(start, end - 4), end) is not None


_STOP = re.compile(r"[.\n]")
_MARKS = TextCache()


def _is_future(text: str, start: int, end: int) -> bool:
    """Whether the clause around ``[start, end)`` speaks of what is still to come.

    Cues before the date count from the sentence start; after it only up to the end of the
    date's clause (", in a meeting that ran longer than scheduled" and "at a summit others
    fear will lead to ..." say nothing of the date), or of the next clause when the date
    opens the sentence ("On Monday, Xi will meet ..."). Words in quotation marks are the
    speaker's, with their own tense.
    """
    marks: _Marks = _MARKS.get("marks", text, lambda: _Marks.of(text))
    at = bisect.bisect_left(marks.stops, start)
    left = marks.stops[at - 1] + 1 if at > 0 else 0
    at = bisect.bisect_left(marks.stops, end)
    right = marks.stops[at] if at < len(marks.stops) else len(text)
    breaks = [m.start() for m in itertools.islice(_CLAUSE_BREAK.finditer(text, end, right), 2)]
    opening = _OPENING.fullmatch(text, left, start) is not None
    if breaks:
        right = breaks[1] if opening and len(breaks) > 1 else right if opening else breaks[0]
    # The cues of the window, in order: every cue is a word or two, so the window's cues
    # are the text's cues that lie inside it.
    first = bisect.bisect_left(marks.cue_starts, left)
    cues = []
    for cue_start, cue_end in marks.cues[first:]:
        if cue_end > right:
            break
        cues.append((cue_start, cue_end))
    if not cues:
        return False
    quoted: list[tuple[int, int]] | None = None

    def is_quoted(position: int) -> bool:
        nonlocal quoted
        if quoted is None:
            quoted = [m.span() for m in _QUOTATION.finditer(text, left, right)]
        return any(a <= position < b for a, b in quoted)

    # A cue counts unless quoted, or a past auxiliary follows it before the date ("his plans
    # to travel were postponed in February"), or, after the date, a reporting verb comes
    # first ("on Wednesday announced that the US would ..."). Before the date the last
    # unquoted cue decides (an auxiliary after it follows every earlier one too); after it,
    # the first.
    for cue_start, cue_end in reversed(cues):
        if cue_start < end and not is_quoted(cue_start):
            if not marks.past_auxiliary(text, cue_end, start):
                return True
            break
    for cue_start, cue_end in cues:
        if cue_start >= end and not is_quoted(cue_start):
            if _PURPOSE.fullmatch(text, cue_start, cue_end) and _PAST_VERB.search(
                text, left, start
            ):
                continue  # "visited Japan November 17-19 to meet ...": why, not when
            if _RELATIVE_BEFORE.search(text, max(end, cue_start - 8), cue_start) and (
                _PAST_VERB.search(text, end, cue_start)
            ):
                continue  # "On Monday, A and B signed an agreement that will ...": the noun's
            return _REPORTED.search(text, end, cue_start) is None
    return False


_PURPOSE = re.compile(r"to\s+\w+", re.IGNORECASE)
"""A cue that is an infinitive of purpose ("to meet"): after a date its verb in the past
tense already placed, it says why the trip was made."""
_PAST_VERB = re.compile(
    r"\b(?:[a-z]{2,}ed|met|held|went|came|began|spoke|told|said|made|gave|took|flew|left)\b"
)


_RELATIVE_BEFORE = re.compile(r"\b(?:that|which|who)\s+\Z")
"""A relative pronoun right before a cue ("an agreement that will benefit ..."): after a
past verb of the date's clause, the cue tells of the noun, not of the date."""
_REPORTED = re.compile(r"\b(?:said|told|[a-z]+ed)\s+(?:[a-z]+\s+)?that\b")
"""A past verb reporting what follows ("announced that", "told reporters that"): a future
after it is the report's, not the day's."""
_CLAUSE_BREAK = re.compile(r",\s|;|\s[—–]\s")
_OPENING = re.compile(
    r"[\s\"“‘'(]*(?:(?:and|but|then|so|earlier|later|early|late|on|by|last|this|that)\s+){0,3}",
    re.IGNORECASE,
)
"""The few words before a date that opens its sentence ("Earlier on", "On", "But")."""
_QUOTATION = re.compile(r"“[^”]*”|\"[^\"\n]*\"")
