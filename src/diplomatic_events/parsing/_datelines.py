"""A story's dateline: the place it was filed from, and perhaps the day, before its first words.

One pattern serves the passes that read it: visits take the place, meetings set the day
aside (the day the story was filed, not the day of what it tells), attribution looks past it
to the sentence's own opening.
"""

from __future__ import annotations

import re

__all__ = ["DATELINE", "DATELINE_AT", "DAY_DATELINE", "past_datelines"]

DATELINE = re.compile(
    r"^[ \t]*(?P<place>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3})"
    r"(?:,[ \t]*(?P<region>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2}))?"
    r"(?:,[ \t]*(?P<stamp>[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,[ \t]*\d{4})?))?"
    r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*(?:(?:—|–|--)[ \t]*|-[ \t]+)(?=\S)",
    re.MULTILINE,
)
"""The place a story is filed from, before its first words ("VOSTOCHNY COSMODROME, Russia
(PMP) —", "BEIJING (Reuters) -", "KYIV, Aug 23 —", "WASHINGTON, Aug. 25, 2017 —", "New
Delhi —", "CAMP ZAMA, JAPAN--U.S. Army ..."), with the day it was filed as ``stamp`` when it
gives one. A dash or a double hyphen may touch the first word; a single hyphen needs a space
after it ("Jean-Paul" is a name)."""

DATELINE_AT = re.compile(DATELINE.pattern.removeprefix("^"), re.MULTILINE)
""":data:`DATELINE` where a block starts, for ``DATELINE_AT.match(text, block.start)``: a
block may start after a search index's date stamp on its line (" date 2023-11-17 ASAN,
Guam (Nov. 20, 2023) –"), where ``^`` would not match."""

DAY_DATELINE = re.compile(
    r"[ \t]*[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,[ \t]*\d{4})?"
    r"[ \t]*(?:(?:—|–|--)[ \t]*|-[ \t]+)(?=\S)"
)
"""A dateline of the day alone, before a story's first words ("Dec. 10 - Admiral Michael
Mullen ...", "April 15, 2010 - Defense Secretary ..."), as embassy and department pages
write it; perhaps before the place's ("January 29, 2013 -- CAMP GONSALVES, Japan - ...")."""


def past_datelines(text: str, start: int = 0, end: int | None = None) -> int:
    """Where a sentence from ``start`` opens after its datelines, the day's and the place's
    ("Dec. 10 - ", "WASHINGTON, Aug. 25, 2017 — "), else ``start``: what attribution reads as
    the sentence's opening."""
    stop = len(text) if end is None else end
    # matched in the whole text, for the look-ahead at the first word, and kept only within
    day = DAY_DATELINE.match(text, start)
    at = start if day is None or day.end() > stop else day.end()
    place = DATELINE_AT.match(text, at)
    return at if place is None or place.end() > stop else place.end()
