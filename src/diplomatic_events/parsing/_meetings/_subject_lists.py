"""Lists of subjects: several people named before a meeting word, one list of them.

"President Biden and First Lady Jill Biden hosted Modi", "U.S. Senators Chris Murphy (D-Conn.),
a member of the Foreign Relations Committee, Rob Portman (R-Ohio), Jeanne Shaheen (D-N.H.), and
Dick Durbin (D-Ill.) met with Oksana Markarova", "Menendez, Risch, Gardner Meet with ...": the
people listed met the one named after the word together.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from diplomatic_events.parsing._meetings._sentences import PersonMention
from diplomatic_events.parsing._meetings._words import _COORDINATED, _LIST_GAP

_LAWMAKERS_GAP = re.compile(
    r"[ \u00a0]*\([^()\n]{1,30}\)(?:[,;][^;:!?()\n]{0,200}?)?[,;]?[ \u00a0]+"
    r"(?:and[ \u00a0]+|along[ \u00a0]+with[ \u00a0]+|as[ \u00a0]+well[ \u00a0]+as[ \u00a0]+)?"
    r"[^,;()\n]{0,40}"
)
"""Between two lawmakers of one list of subjects: the first's party and state, an appositive
or its offices after a comma, then a comma or semicolon, a joiner and the next one's title
("Chris Murphy (D-Conn.), a member of the Foreign Relations Committee, Rob Portman"; "Bob Menendez
(D-N.J.) and Jim Risch (R-Idaho), ranking member and chairman of the Committee, along with
Senator Cory Gardner"; "Dick Durbin (D-IL), Co-Chair of the Caucus; U.S. Senator Jeanne
Shaheen")."""


def one_list_of_subjects(text: str, subjects: Sequence[PersonMention]) -> bool:
    """Whether two or more ``subjects`` (in text order) form one list: its last two joined by
    "and" (or, in a list of three or more, a comma), the others by commas or semicolons, with
    a lawmaker's marks and offices allowed after each name."""
    if len(subjects) < 2:
        return False
    *listed, (before_last, last) = itertools.pairwise(subjects)
    return (
        _COORDINATED.fullmatch(text, before_last.end, last.start) is not None
        or _LAWMAKERS_GAP.fullmatch(text, before_last.end, last.start) is not None
        # a headline's "Menendez, Risch, Gardner Meet with ...": three or more, commas only
        or (bool(listed) and _LIST_GAP.fullmatch(text, before_last.end, last.start) is not None)
    ) and all(
        _LIST_GAP.fullmatch(text, before.end, after.start) is not None
        or _LAWMAKERS_GAP.fullmatch(text, before.end, after.start) is not None
        for before, after in listed
    )
