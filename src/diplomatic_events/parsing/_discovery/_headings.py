"""Names read in headings: a headline or heading capitalises every word, so a run of
capitals there shows no name's end ("Secretary Tillerson Traveled to East Asia").

What reads as title case (the block kinds, a short standfirst, the small words left in lower
case), and whether a name read there is one the prose also writes or one that ends its
line; apart from the discovery, which only asks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from diplomatic_events.model import BlockKind

_TITLE_CASE_BLOCKS = frozenset({BlockKind.HEADLINE, BlockKind.HEADING, BlockKind.VIDEO_TITLE})
_SMALL_WORD = re.compile(r"a|an|and|at|by|for|in|of|on|the|to|with")
"""The words a heading in title case leaves in lower case (a name's "bin", "de" are not)."""
_BRACKETED = re.compile(r"\([^()\n]{1,40}\)")
"""An aside in brackets that may close a heading after a name ("(July 6)")."""
_TITLE_WORDS_AT_MOST = 20
"""The most words of a standfirst read as a title-case heading."""


def _outside_headings(text: str, name: str, headings: Sequence[tuple[int, int]]) -> bool:
    """Whether ``name`` is written somewhere outside the title-case blocks: there every word
    is capitalised, so a run of capitals shows no name's end ("Secretary Tillerson Traveled
    to East Asia") unless the story writes the same name in its prose too."""
    at = text.find(name)
    while at >= 0:
        if not any(start <= at < end for start, end in headings):
            return True
        at = text.find(name, at + 1)
    return False


def _verb_after_name(text: str, name: str, headings: Sequence[tuple[int, int]]) -> bool:
    """Whether a name read in a headline runs one word into the words after it: the prose
    never writes it, but writes it without its last word ("General Langley Engages with
    Leaders" over "Gen. Michael Langley" and "Langley")."""
    shorter = name.rpartition(" ")[0]
    return (
        bool(shorter)
        and not _outside_headings(text, name, headings)
        and _outside_headings(text, shorter, headings)
    )


def _ends_heading(
    text: str,
    body: str,
    match: re.Match[str],
    group: str,
    name: str,
    headings: Sequence[tuple[int, int]],
) -> bool:
    """Whether a titled name ends its heading, so the line's end is the name's ("Remarks With
    Tajik President Emomali Rahmon", "... Mikheil Janelidze (July 6)": a bracketed aside
    after it is no part of it), and the prose writes no shorter form of it ("Minister
    Amina Okon Arrives" over "Minister Amina Okon said": the name is the shorter)."""
    rest = body[match.end(group) :].strip()
    if not match.groupdict().get("title") or (rest and not _BRACKETED.fullmatch(rest)):
        return False
    words = name.split(" ")
    return not any(
        _outside_headings(text, " ".join(words[:size]), headings) for size in range(2, len(words))
    )
