"""The public API as users write it; checked by ``mypy --strict`` in CI, not run by pytest."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd

import diplomatic_events as de


def longest_meeting(visit: de.Visit) -> de.Meeting | None:
    """Users sort meetings by the upper bound of their duration."""
    timed = [meeting for meeting in visit.meetings if meeting.duration is not None]
    return max(
        timed,
        key=lambda meeting: meeting.duration.high_minutes or 0 if meeting.duration else 0,
        default=None,
    )


def quotes_by(extraction: de.Extraction, speaker: de.ActorId) -> list[str]:
    """Users read the wording of each report of one speaker."""
    return [
        report.text
        for statement in extraction.all_statements()
        if statement.speaker == speaker
        for report in statement.reports
    ]


def stances_on(extraction: de.Extraction, topic: str) -> list[tuple[str, str, int, int]]:
    """Users list each side's stance on a topic, with where every source states it."""
    return [
        (position.side, position.stance.value, span.start, span.end)
        for position in extraction.all_positions()
        if position.topic == topic
        for span in position.evidence
    ]


def round_trip(extraction: de.Extraction) -> de.Extraction:
    """Users store documents as JSON and read them back."""
    return de.from_json(de.to_json(extraction), de.Extraction)


def nearly_six_hours() -> de.Duration:
    """Users build hedged durations directly."""
    return de.Duration(
        low_minutes=300, high_minutes=360, text="nearly six hours", hedge=de.Hedge.NEARLY
    )


def read(path: Path) -> de.Extraction:
    """Users parse their own files."""
    from diplomatic_events.parsing import parse

    return parse([path])


def read_with_metadata(path: Path, day: dt.date) -> de.Extraction:
    """Users give what they know: the date, the outlet's name, the authors."""
    source = de.read_source(path, published=day, outlet_name="Harbour Wire", authors=["A. B."])
    assert source.published_origin is de.PublishedOrigin.METADATA
    return de.parse([source, de.read_record({"title": "T", "content": "C"})])


def read_corpus(manifest: Path) -> dict[str, pd.DataFrame]:
    """Users read a manifest and analyse the tables with pandas."""
    return de.parse(de.read_manifest(manifest)).to_pandas()


def read_archive(directory: Path) -> de.Extraction:
    """Users with many files parse them in two worker processes."""
    return de.parse(sorted(directory.glob("*.txt")), jobs=2)


def stream_archive(directory: Path) -> int:
    """Users with a very large archive parse one file at a time and keep only counts."""
    quotations = 0
    for extraction in de.parse_each(directory.rglob("*.txt"), jobs=2):
        quotations += len(extraction.all_statements())
    return quotations


def compare_in_full(extraction: de.Extraction) -> de.Comparison:
    """Users who want every pair of sources ask for the full comparison."""
    summary = de.compare(extraction)
    return summary if summary.detail else de.compare(extraction, detail=True)


def read_on_a_cluster(paths: list[Path]) -> de.Extraction:
    """Users with a Dask cluster parse on it (the ``[dask]`` extra)."""
    import diplomatic_events.dask

    return diplomatic_events.dask.parse(paths, npartitions=4)
