"""What the reader hands back: blocks, live entries, people and dates, as a layout."""

from __future__ import annotations

import datetime as dt
from typing import Any

from attrs import frozen

from diplomatic_events.model import (
    Block,
    BlockKind,
    Contributor,
    ContributorRole,
    LiveEntry,
    PartialDate,
    SourceKind,
    Span,
)
from diplomatic_events.sources._dates import find_dates, zone
from diplomatic_events.sources._layout._lines import _LineReader
from diplomatic_events.sources._layout._patterns import _FILE_PHOTO, _PAGE_DATE_SLACK_DAYS
from diplomatic_events.sources._rules import OutletRules
from diplomatic_events.typing import SourceId


@frozen(kw_only=True)
class Layout:
    """What an adapter finds on a page, before it becomes a :class:`Source`.

    .. versionadded:: 0.1.0
    """

    blocks: tuple[Block, ...] = ()
    entries: tuple[LiveEntry, ...] = ()
    kind: SourceKind = SourceKind.ARTICLE
    headline: Span | None = None
    published: dt.datetime | None = None
    published_date: PartialDate | None = None
    published_inferred: bool = False
    published_reason: str | None = None
    published_evidence: Span | None = None
    updated: dt.datetime | None = None
    page_date: PartialDate | None = None
    page_date_conflict: bool = False
    contributors: tuple[Contributor, ...] = ()
    original_outlet: str | None = None


class _Reader(_LineReader):
    """One pass over one page; the mutable working state of :func:`lay_out`."""

    # ----------------------------------------------------------------- results
    def blocks(self) -> tuple[Block, ...]:
        blocks: list[Block] = []
        for line in self.lines:
            entry = self.entry_of.get(line.index)
            pieces = self.pieces.get(line.index) or [
                (self.kinds.get(line.index, BlockKind.BODY), line.start, line.end)
            ]
            for kind, start, end in pieces:
                if end > start:
                    blocks.append(Block(kind=kind, start=start, end=end, entry=entry))
        return tuple(blocks)

    def live_entries(self) -> tuple[LiveEntry, ...]:
        entries = []
        for entry in self.entries:
            first, last = self.lines[entry.first], self.lines[max(entry.last, entry.header)]
            entries.append(
                LiveEntry(
                    start=first.start,
                    end=last.end,
                    heading=self.span(*entry.heading) if entry.heading else None,
                    published=entry.published,
                    authors=tuple(entry.authors),
                    label=entry.label,
                )
            )
        return tuple(entries)

    def people(self) -> tuple[Contributor, ...]:
        people = list(self.contributors)
        for line_index, start, end in self.pending_myself:
            entry = self.entry_of.get(line_index)
            if entry is None:
                continue
            for author in self.entries[entry].authors:
                people.append(
                    Contributor(
                        name=author.name,
                        role=ContributorRole.EDITOR,
                        title=author.title,
                        evidence=self.span(start, end),
                    )
                )
        return tuple(people)

    def dates(self) -> dict[str, Any]:
        rules = self.rules
        published = next(
            (p for p in self.publications if "publish" in p[0] or p[0] == "posted"), None
        )
        updated = next(
            (p for p in self.publications if "updated" in p[0] or "modified" in p[0]), None
        )
        stamped = [(e.published, e.stamp) for e in self.entries if e.published is not None]
        result: dict[str, Any] = {}
        if published is None and updated is None and stamped:
            earliest = min(stamped, key=lambda item: item[0])
            latest = max(stamped, key=lambda item: item[0])
            result.update(
                published=earliest[0],
                published_evidence=self.span(*earliest[1]),
                published_reason="the earliest live-entry time",
                updated=latest[0] if latest[0] != earliest[0] else None,
            )
        elif published is not None or updated is not None:
            chosen = published or updated
            assert chosen is not None
            result.update(published=chosen[1], published_evidence=self.span(chosen[2], chosen[3]))
            if published is None:
                result["published_reason"] = "only an update time is printed"
            if updated is not None:
                result["updated"] = updated[1]
        inferred = self.inferred_date()
        header = self.header_date
        story_day: dt.date | None = None
        if "published" in result:
            story_day = result["published"].date()
        elif (
            header is not None
            and not rules.header_date_is_page_date
            and not _contradicts(header[0], inferred)
        ):
            story_day = header[0]
            result.update(
                published=dt.datetime.combine(header[0], dt.time(), zone(rules.timezone)),
                published_evidence=self.span(header[1], header[2]),
                published_reason="the date line at the top of the page",
            )
            header = None
        elif inferred is not None:
            story_day = inferred[0]
            result.update(
                published=dt.datetime.combine(inferred[0], dt.time(), zone(rules.timezone)),
                published_evidence=self.span(inferred[1], inferred[2]),
                published_inferred=True,
                published_reason=inferred[3],
            )
        if story_day is not None:
            result["published_date"] = PartialDate.of(story_day)
        if header is not None:
            result["page_date"] = PartialDate.of(header[0])
            result["page_date_conflict"] = story_day is not None and story_day != header[0]
        return result

    def inferred_date(self) -> tuple[dt.date, int, int, str] | None:
        """The latest full date in a caption, else in the readable text."""
        for kinds, reason in (
            ({BlockKind.CAPTION}, "the latest date in a photo caption (no publication line)"),
            (
                {BlockKind.BODY, BlockKind.SUMMARY, BlockKind.HEADING, BlockKind.HEADLINE},
                "the latest full date in the text (no publication line)",
            ),
        ):
            found = [
                (mention.date, mention.start, mention.end)
                for block in self.blocks()
                if block.kind in kinds and not _FILE_PHOTO.search(self.text, block.start, block.end)
                for mention in find_dates(self.text, block.start, block.end)
            ]
            if found:
                best = max(found, key=lambda item: item[0])
                return (*best, reason)
        return None


def _contradicts(header: dt.date, inferred: tuple[dt.date, int, int, str] | None) -> bool:
    """A header date contradicts the story when it is weeks after the day its photos show.

    Only caption dates count: a body may well mention only older dates, and a republisher's
    crawl date is what this catches.
    """
    if inferred is None or "caption" not in inferred[3]:
        return False
    return (header - inferred[0]).days > _PAGE_DATE_SLACK_DAYS


def lay_out(text: str, rules: OutletRules, source_id: SourceId) -> Layout:
    """Read ``text`` with ``rules`` into blocks, entries, dates and contributors."""
    reader = _Reader(text, rules, source_id)
    reader.read_entries()
    reader.read_lines()
    reader.read_context()
    reader.read_head()
    reader.read_rest()
    kind = rules.kind
    if len(reader.entries) >= 2 and kind is SourceKind.ARTICLE:
        kind = SourceKind.LIVE_PAGE
    dates = reader.dates()
    return Layout(
        blocks=reader.blocks(),
        entries=reader.live_entries(),
        kind=kind,
        headline=reader.span(reader.headline.start, reader.headline.end)
        if reader.headline
        else None,
        contributors=reader.people(),
        **dates,
    )
