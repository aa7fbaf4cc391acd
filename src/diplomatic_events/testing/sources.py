"""Small sources for tests: one block per line, no outlet adapter involved.

Tests of a stage after reading (quotations, speakers, meetings) want a :class:`Source` whose
blocks they control, without the page layout guessing which lines are chrome.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from diplomatic_events.model import Block, BlockKind, Source
from diplomatic_events.typing import SourceId

__all__ = ["lines_source"]

_LINE = re.compile(r"[^\n]+")


def lines_source(
    text: str, kinds: Mapping[int, BlockKind] | None = None, *, source_id: str = "t"
) -> Source:
    """A source whose every non-empty line is one block, ``BODY`` unless ``kinds`` says.

    Args:
        text: The whole text; block offsets index it.
        kinds: The kind of the n-th line (counting from 0), for the lines that are not body.
        source_id: The source's id.
    """
    kinds = kinds or {}
    blocks = tuple(
        Block(kind=kinds.get(number, BlockKind.BODY), start=line.start(), end=line.end())
        for number, line in enumerate(_LINE.finditer(text))
    )
    return Source(id=SourceId(source_id), text=text, blocks=blocks)
