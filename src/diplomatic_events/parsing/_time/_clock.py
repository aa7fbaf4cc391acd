"""Times of day ("4:34 p.m. local time", "noon", "14:30 BST"), with the zone the words name
and the cue that makes one a start or an end, and the start and end a sentence's times give.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from diplomatic_events.knowledge._prefilter import guarded
from diplomatic_events.model import Span
from diplomatic_events.parsing._time._expressions import ClockTime
from diplomatic_events.typing import SourceId

_CLOCK = re.compile(
    r"\b(?P<noon>noon|midday|midnight)\b"
    r"(?:\s+(?P<zonen>local\s+time|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*\s+Time|[A-Z]{2,5})\b)?"
    r"|\b(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2}))?\s*(?P<half>[ap])\.?\s?m\b\.?"
    r"(?:\s+(?P<zone>local\s+time|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*\s+Time|[A-Z]{2,5})\b)?"
    r"|\b(?P<hour24>[01]?\d|2[0-3]):(?P<minute24>[0-5]\d)\b"
    r"(?:\s+(?P<zone24>local\s+time|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*\s+Time|[A-Z]{2,5})\b)?"
)
_CLOCK = guarded(_CLOCK)


def find_clock_times(
    source: SourceId,
    text: str,
    zones: dict[str, str],
    start: int = 0,
    end: int | None = None,
) -> tuple[ClockTime, ...]:
    """Every time of day in ``text[start:end]``.

    ``zones`` maps the zone words the text may use ("British Summer Time", "ET", "IST") to IANA
    names; unknown zone words are left out of the evidence and the zone stays ``None``.
    """
    end = len(text) if end is None else end
    return tuple(_clock_times(source, text, zones, start, end))


def _clock_times(
    source: SourceId, text: str, zones: dict[str, str], start: int, end: int
) -> Iterator[ClockTime]:
    # the zone words in lower case, made at the first zone read: most windows name none
    lowered: dict[str, str] | None = None
    for match in _CLOCK.finditer(text, start, end):
        if match["noon"] is not None:
            hour, minute = (0 if match["noon"].lower() == "midnight" else 12), 0
            zone_words, zone_group = match["zonen"], "zonen"
        elif match["hour"] is not None:
            hour, minute = int(match["hour"]), int(match["minute"] or 0)
            if not 1 <= hour <= 12 or minute > 59:
                continue
            hour = hour % 12 + (12 if match["half"].lower() == "p" else 0)
            zone_words, zone_group = match["zone"], "zone"
        else:
            hour, minute = int(match["hour24"]), int(match["minute24"])
            zone_words, zone_group = match["zone24"], "zone24"
        local = zone_words is not None and " ".join(zone_words.lower().split()) == "local time"
        zone = None
        if zone_words is not None and not local:
            if lowered is None:
                lowered = {key.lower(): value for key, value in zones.items()}
            zone = lowered.get(zone_words.lower())
        stop = match.end() if (local or zone is not None) else match.start(zone_group)
        if zone_words is None:
            stop = match.end()
        if match["hour"] is None and match["noon"] is None and zone is None and not local:
            continue  # a bare "12:22" is too often a score or a ratio
        yield ClockTime(
            evidence=Span.of(source, text, match.start(), _trim(text, match.start(), stop)),
            hour=hour,
            minute=minute,
            zone=zone,
            local=local,
            role=_clock_role(text, start, match.start()),
        )


_START_CUE = re.compile(
    r"\b(?:from|begin(?:s|ning)?|began|start(?:s|ed|ing)?|open(?:s|ed|ing)?|kick(?:ed)?\s+off"
    r"|got\s+under\s*way|convened)\s+"
    r"(?:(?:at|around|about|shortly|just|soon|after|before|some\s+time)\s+){0,3}$",
    re.IGNORECASE,
)
_END_CUE = re.compile(
    r"(?:\b(?:to|until|till|through|end(?:s|ed|ing)?|finish(?:ed|ing)?|wrapp(?:ed|ing)\s+up"
    r"|conclud(?:ed|ing)|clos(?:ed|ing)|broke\s+up|adjourned)\s+"
    r"(?:(?:at|around|about|shortly|just|soon|after|before)\s+){0,3}|[-–]\s*)$",
    re.IGNORECASE,
)
_CUE_REACH = 40
"""Characters before a clock time searched for the word that makes it a start or an end."""


def _clock_role(text: str, start: int, at: int) -> str | None:
    """``"start"`` for "beginning at 4:34 p.m.", ``"end"`` for "until noon", else ``None``."""
    before = text[max(start, at - _CUE_REACH) : at]
    if _END_CUE.search(before):
        return "end"
    if _START_CUE.search(before):
        return "start"
    return None


def clock_range(clock: Sequence[ClockTime]) -> tuple[ClockTime | None, ClockTime | None]:
    """The start and end a sentence's clock times give, by their cue words or their order.

    "beginning at 4:34 p.m. ... ended at 5:09 p.m." and "from 10 a.m. to noon" give both;
    "started shortly after 9 a.m." gives a start only; two uncued times are start and end.
    """
    starts = [c for c in clock if c.role == "start"]
    ends = [c for c in clock if c.role == "end"]
    start = starts[0] if starts else None
    end = ends[0] if ends else None
    if start is None and end is None and len(clock) == 2:
        start, end = clock
    if (
        start is not None
        and end is not None
        and (end.hour, end.minute) < (start.hour, start.minute)
    ):
        end = None
    return start, end


def _trim(text: str, start: int, stop: int) -> int:
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    return stop
