"""A story's dateline: the place it was filed from, and perhaps the day, before its first words.

One pattern serves the passes that read it: visits take the place, meetings set the day
aside (the day the story was filed, not the day of what it tells), attribution looks past it
to the sentence's own opening.
"""

from __future__ import annotations

import re

__all__ = ["DATELINE", "DATELINE_AT"]

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
