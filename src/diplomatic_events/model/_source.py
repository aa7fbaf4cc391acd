"""A report as it came: its text, structure and publication metadata."""

from __future__ import annotations

import datetime as dt
import enum

from attrs import field, frozen

from diplomatic_events.exceptions import InvalidModelError
from diplomatic_events.model._checks import aware, non_empty, non_negative
from diplomatic_events.model._evidence import Span
from diplomatic_events.model._time import PartialDate
from diplomatic_events.typing import SourceId

__all__ = [
    "Block",
    "BlockKind",
    "Contributor",
    "ContributorRole",
    "LiveEntry",
    "PublishedOrigin",
    "Source",
    "SourceKind",
]


class SourceKind(enum.Enum):
    """What sort of document a source is."""

    ARTICLE = "article"
    LIVE_PAGE = "live_page"
    """A page of timestamped entries, newest first."""
    REPUBLICATION = "republication"
    """A copy of another outlet's story on a third-party site."""
    TRANSCRIPT = "transcript"
    READOUT = "readout"
    UNKNOWN = "unknown"


class PublishedOrigin(enum.Enum):
    """Where a source's publication time came from, most trusted first.

    .. versionadded:: 0.1.0
    """

    METADATA = "metadata"
    """Given with the report: by the caller (``published=``, a manifest, a news-API record)
    or by the HTML page's own metadata; :attr:`Source.published_reason` says which."""
    TEXT = "text"
    """Read from a publication line or live-entry time printed in the text."""
    INFERRED = "inferred"
    """Inferred from other dates (a caption, the latest date in the text, other reports)."""


class BlockKind(enum.Enum):
    """The role of one stretch of a page. Only *readable* kinds feed the extractors."""

    HEADLINE = "headline"
    SUMMARY = "summary"
    """A standfirst or a summary bullet."""
    DATELINE = "dateline"
    BYLINE = "byline"
    BODY = "body"
    HEADING = "heading"
    """A crosshead inside the body, or a live entry's title."""
    CAPTION = "caption"
    PHOTO_CREDIT = "photo_credit"
    VIDEO_TITLE = "video_title"
    RELATED_LINK = "related_link"
    BOILERPLATE = "boilerplate"
    """Navigation, advertisement slots, sign-in and comment prompts, watermarks."""
    METADATA = "metadata"
    """Publication and page dates, contributor lines."""

    @property
    def is_readable(self) -> bool:
        """Whether quotations and facts may be read from blocks of this kind."""
        return self in _READABLE


_READABLE = frozenset(
    {BlockKind.HEADLINE, BlockKind.SUMMARY, BlockKind.BODY, BlockKind.HEADING, BlockKind.CAPTION}
)


@frozen(kw_only=True)
class Block:
    """One typed stretch ``[start, end)`` of the original text."""

    kind: BlockKind
    start: int = field(validator=non_negative)
    end: int = field(validator=non_negative)
    entry: int | None = None
    """Index into :attr:`Source.entries` of the live entry this block belongs to."""

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise InvalidModelError(f"Block ends ({self.end}) before it starts ({self.start})")


class ContributorRole(enum.Enum):
    """How a person contributed to a source. Photo credits are not contributors."""

    AUTHOR = "author"
    CONTRIBUTOR = "contributor"
    """Named in a "contributed to this report" line."""
    EDITOR = "editor"
    WRITER = "writer"
    REPORTER = "reporter"
    """The author of a live-page entry."""


@frozen(kw_only=True)
class Contributor:
    """A person credited with a source or one of its entries."""

    name: str = field(validator=non_empty)
    role: ContributorRole = ContributorRole.AUTHOR
    title: str | None = None
    """Their stated position ("China correspondent")."""
    evidence: Span | None = None


@frozen(kw_only=True)
class LiveEntry:
    """One timestamped entry of a live page; what it says inherits its time."""

    start: int = field(validator=non_negative)
    end: int = field(validator=non_negative)
    heading: Span | None = None
    published: dt.datetime | None = field(default=None, validator=aware)
    authors: tuple[Contributor, ...] = ()
    label: str | None = None
    """A tag shown above the heading ("Analysis")."""

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise InvalidModelError("LiveEntry ends before it starts")


@frozen(kw_only=True)
class Source:
    """One report of an event by one outlet, with its structure.

    ``text`` is the original as decoded; every :class:`Span` and :class:`Block` indexes it.

    .. versionadded:: 0.1.0
    """

    id: SourceId = field(validator=non_empty)
    text: str
    path: str | None = None
    url: str | None = None
    outlet: str | None = None
    """The registry key of the outlet adapter that read it (``"cbs-news"``)."""
    outlet_name: str | None = None
    """The outlet as readers know it: the adapter's display name, or the name the caller gave."""
    title: str | None = None
    """The title as the caller or the page's metadata gave it; :attr:`headline` is where the
    text shows one.

    .. versionadded:: 0.1.0
    """
    original_outlet: str | None = None
    """For a republication, the outlet whose story this is, when the text says so."""
    kind: SourceKind = SourceKind.ARTICLE
    headline: Span | None = None
    published: dt.datetime | None = field(default=None, validator=aware)
    published_date: PartialDate | None = None
    """The story date; set even when only the day is known (or inferred)."""
    published_inferred: bool = False
    published_reason: str | None = None
    """How the date was found when it was not read from a publication line, or who gave it."""
    published_origin: PublishedOrigin | None = None
    """Where :attr:`published` came from; ``None`` when no date is known.

    .. versionadded:: 0.1.0
    """
    published_evidence: Span | None = None
    updated: dt.datetime | None = field(default=None, validator=aware)
    page_date: PartialDate | None = None
    """A date in the page chrome (a crawl or header date) kept apart from the story date."""
    page_date_conflict: bool = False
    """True when :attr:`page_date` contradicts the story and was not used."""
    contributors: tuple[Contributor, ...] = ()
    blocks: tuple[Block, ...] = ()
    """The page's blocks. The readable ones (see :attr:`BlockKind.is_readable`) are in text
    order and do not overlap: each starts at or after the previous one's end, else
    :class:`~diplomatic_events.InvalidModelError` names the first that does not."""
    entries: tuple[LiveEntry, ...] = ()
    language: str = "en"

    def __attrs_post_init__(self) -> None:
        size = len(self.text)
        previous: Block | None = None
        for index, block in enumerate(self.blocks):
            if block.end > size:
                raise InvalidModelError(
                    f"Source {self.id!r}: block {block.kind.value} ends at {block.end}, "
                    f"past the text's {size} characters"
                )
            if block.entry is not None and not 0 <= block.entry < len(self.entries):
                raise InvalidModelError(
                    f"Source {self.id!r}: block names missing entry {block.entry}"
                )
            if block.kind.is_readable:
                if previous is not None and block.start < previous.end:
                    raise InvalidModelError(
                        f"Source {self.id!r}: readable block {index} ({block.kind.value} "
                        f"{block.start}-{block.end}) starts before the previous readable "
                        f"block ({previous.kind.value} {previous.start}-{previous.end}) "
                        "ends: readable blocks must be in text order and must not overlap"
                    )
                previous = block

    def span(self, start: int, end: int) -> Span:
        """Evidence for ``text[start:end]`` of this source."""
        return Span.of(self.id, self.text, start, end)

    def readable_blocks(self) -> tuple[Block, ...]:
        """The blocks the extractors read, in text order."""
        return tuple(block for block in self.blocks if block.kind.is_readable)

    def block_text(self, block: Block) -> str:
        """The original text of one block."""
        return self.text[block.start : block.end]

    @property
    def authors(self) -> tuple[Contributor, ...]:
        """Every contributor, including live-entry reporters, without duplicates by name."""
        seen: dict[str, Contributor] = {}
        for person in (*self.contributors, *(a for e in self.entries for a in e.authors)):
            seen.setdefault(person.name, person)
        return tuple(seen.values())
