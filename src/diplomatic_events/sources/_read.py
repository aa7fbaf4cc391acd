"""Reading raw input into a :class:`Source` (placeholder: every paragraph is a body block)."""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

from diplomatic_events.model import Block, BlockKind, Source
from diplomatic_events.typing import SourceId

__all__ = ["read_source"]

_PARAGRAPH = re.compile(r"[^\n]+")


def read_source(
    data: str | bytes | os.PathLike[str],
    *,
    source_id: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    path: str | None = None,
) -> Source:
    """Read one report into a :class:`Source` with typed blocks."""
    del outlet, url
    if isinstance(data, os.PathLike):
        path = path or os.fspath(data)
        data = Path(data).read_bytes()
    text = data.decode("utf-8") if isinstance(data, bytes) else data
    if source_id is None:
        source_id = Path(path).stem if path else hashlib.sha256(text.encode()).hexdigest()[:16]
    blocks = tuple(
        Block(kind=BlockKind.BODY, start=match.start(), end=match.end())
        for match in _PARAGRAPH.finditer(text)
        if match.group().strip()
    )
    return Source(id=SourceId(source_id), text=text, path=path, blocks=blocks)
