"""The general reading of a page: lines to typed blocks, live entries, dates and people.

Every rule here is about page structure in general (a running time, a credit line, a
numbered entry with a "published at" stamp); what differs between outlets comes in as
:class:`OutletRules` data.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from attrs import define, field, frozen

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
from diplomatic_events.sources._dates import day_first, find_dates, parse_timestamp, zone
from diplomatic_events.sources._people import (
    BYLINE,
    CONTRIBUTED,
    CREDITS,
    EDITED_BY,
    WRITERS,
    is_person_name,
    split_names,
)
from diplomatic_events.sources._rules import OutletRules
from diplomatic_events.typing import SourceId

__all__ = ["Layout", "lay_out"]

_STRIP = " \t\r\f\v\u00a0\u2028\u2029\u200b\ufeff\u3000\x1c\x1d\x1e\x1f\x85"
_LINE = re.compile(r"[^\r\n]+")
_BREAK = re.compile(r"\r\n|\r|\n")
_NUMBERED = re.compile(r"^\d{1,3}\.\s+")
_ENTRY_STAMP = re.compile(r"(?i)(?:published|posted|updated) at\s*(\d{1,2}[:.]\d{2}\b.*)$")
_TIME_ONLY_STAMP = re.compile(
    r"^(?P<time>(?P<hour>\d{1,2})[:.h](?P<minute>\d{2}))\s*(?P<zone>[A-Z]{2,5})?$"
)
_UNZONED_STAMPS = 3
"""Stamps without a zone ("13h00") make entries only when there are this many, in time order,
each over a title: a couple of lone clock times are video lengths, not a live page."""
"""A live entry's stamp that prints only the time ("14.58 CEST"): the day is the page's."""
_CLOCK_STAMP = (
    r"(?<!\d)(?P<hour>\d{1,2})[:.h](?P<minute>\d{2})\s*+(?P<half>[ap]\.?\s?m\b\.?)?"
    r"(?:\s*+(?P<zone>[A-Z]{2,5})\b)?"
)
"""A clock time; its runs of spaces are taken whole (``*+``): nothing after them starts with
a space, and giving spaces back one by one would cost a long run's length squared."""
_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}"
_CLOCK_ENTRY = re.compile(
    rf"^(?:(?P<title>\S(?:.*?(?:\S|\s(?=by\s)))??)(?:by\s+(?P<before>{_NAME}))?\s*+)?{_CLOCK_STAMP}"
    rf"(?:\s*+[—–-]\s*+(?:[Bb]y\s++)?(?P<after>{_NAME})(?:,\s*[A-Z][\w .'’-]{{1,30}})?)?$"
)
"""A live entry's clock stamp line: alone ("7:52 p.m. ET"), or at the end of the entry's
title, glued or not, with the author before or after it ("Talks run long1:49 p.m. ET — Ann
Lee", "Guests arriveby Ann Lee10:58 p.m. ET").

The title ends with a non-space (or a space before "by"): a title ending inside a run of
spaces leads to the same stamp as the one ending before the run, and would make a long run
of spaces cost its length squared."""
_BY_LINE = re.compile(rf"^[Bb]y\s+(?P<name>{_NAME})$")
_NAVIGATION_SPLIT = re.compile(r"\s{2,}|\s*[|·•]\s*")
_OPENS_QUOTATION = re.compile(r"[ \t\u00a0]*[“\"«]\s*\w")
"""A line that opens with a quotation: speech, not page furniture, however it ends."""
_LABEL = re.compile(r"^\d{1,3}\.\s+(\S.{0,28})$")
_CAPTION_CUE = re.compile(r"(?i)^(?:image|media|video|photo) caption\s*,?$")
_LONE_TIME = re.compile(r"^\(?\d{1,2}:\d{2}(?::\d{2})?\)?$")
_TITLE_TIME = re.compile(r"^\S.*\S\s+\(?\d{1,2}:\d{2}(?::\d{2})?\)?$")
_PUBLICATION = re.compile(
    r"(?i)^(?P<label>last updated|updated|(?:first |originally )?published|posted|last modified)"
    r"(?:\s+on)?\s*[:\-–—|]?\s*(?P<when>.*\d.*)$"
)
_STAMP_BAR = re.compile(r"(?:[^|·•●\s][^|·•●]*)?[^|·•●\s]")
"""The pieces of a line of stamps separated by bars or dots."""
_TRAILING_PLACE = re.compile(r"\s+[-–—|]\s+[A-Za-z][A-Za-z .,'’-]{1,40}$")
_LEADING_PLACE = re.compile(
    r"^[A-Z][^\W\d_]*(?:[ .'’-]+[^\W\d_]+){0,3}\s+[-–—|·•●]\s+"
    r"(?=\d|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*,?\s)"
)
"""A dateline's place before its stamp ("Beijing - 31 MAR 2023 - 17:45 CEST", "Jakarta ●
Sun, November 10, 2024 ● 08:12 am")."""
_BULLET = re.compile(r"^[•●▪◦‣*\-–]\s+\S")
_SENTENCE_END = re.compile(r"[.!?:;…][\"'”’)\]]*$")
_IMAGE_SOURCE = re.compile(r"(?i)(?:image|photo|picture) (?:source|credit)\s*[,:]\s*\S.*$")
# Credits are never searched from inside a run of spaces: the run's first space finds the
# same credit, and starting at each space of a long run would cost its length squared.
_PIPE_CREDIT = re.compile(
    r"(?i)(?!(?<=\s)\s)\s*\|\s*(?:photo|image|picture)?\s*(?:credit|courtesy)\s*:.*$"
)
_SLASH_CREDIT = re.compile(r"(?<=[.!?”\"])\s+([A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,4}\s?/\s?\S.*)$")
_CLOCK = re.compile(r"\b\d{1,2}[:.h]\d{2}(?!\d)")
"""A clock time, also with "am"/"pm" glued on ("7:30am")."""
_STAMP_WORDS = frozenset(
    {"at", "on", "am", "pm", "a", "p", "m", "updated", "published", "posted", "last", "ago"}
    | {"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"}
    | {"year", "years", "month", "months", "day", "days", "hour", "hours", "min", "minutes"}
)
_GLUED_LABEL_CREDIT = re.compile(
    r"(?<=[.!?”\"])\s+((?:Photograph|Photo|Picture|Image|Credit)s?(?: by)?:\s*\S.{0,80})$"
)
_PAREN_CREDIT = re.compile(r"(?!(?<=\s)\s)\s*\(([^()]{2,90})\)$")
_LABEL_CREDIT = re.compile(r"(?i)^(?:photo|photograph|picture|image|credit)s?\s*(?:by)?\s*:\s*\S")
_BRACKET_CAPTION = re.compile(r"(?i)^\[(?:photo|image|picture)\s*:\s*\S.*\]$")
"""A caption printed in brackets in the text ("[Photo: A and B at the palace. (Agency)]")."""
_CAPTION_LEAD = re.compile(r"(?i)^(?:image|media|video|photo) caption\s*,\s*(?=\S)")
_PAGE_DATE_SLACK_DAYS = 7
_FILE_PHOTO = re.compile(r"(?im)^\W*file\b|\bfile (?:photo|picture|image)\b")
_ATTRIBUTED = re.compile(
    r"[\"”’'],?\s+(?:he|she|they|it|[A-Z]\w+)\s+(?:says|said|adds|added|states|stated)$"
)
_WHOLE_SLASH_CREDIT = re.compile(r"^[A-Z][\w.'’-]*(?:\s[A-Za-z][\w.'’-]*){0,4}\s?/\s?[A-Z].*$")


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


@define
class _Line:
    index: int
    start: int
    end: int
    text: str

    @property
    def words(self) -> int:
        return len(self.text.split())

    @property
    def sentence(self) -> bool:
        return bool(_SENTENCE_END.search(self.text)) or self.words >= 25

    @property
    def prose(self) -> bool:
        return self.words >= 25 or (self.words >= 12 and self.sentence)


@define
class _Entry:
    first: int
    header: int
    label: str | None
    heading: tuple[int, int] | None
    published: dt.datetime | None
    stamp: tuple[int, int]
    last: int = -1
    heading_line: int = -1
    authors: list[Contributor] = field(factory=list)


def _lines(text: str) -> list[_Line]:
    """Non-blank lines (split at \\n, \\r\\n or a lone \\r), stripped, with offsets."""
    found: list[_Line] = []
    for match in _LINE.finditer(text):
        raw = match.group()
        stripped = raw.strip(_STRIP)
        if stripped:
            start = match.start() + len(raw) - len(raw.lstrip(_STRIP))
            found.append(_Line(len(found), start, start + len(stripped), stripped))
    return found


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = text.translate(str.maketrans("“”„‘’‚", "\"\"\"'''"))
    return " ".join(text.split()).lower()


def _stamp_start(line: _Line, stamp: tuple[int, int]) -> int:
    """Where a stamp starts, never before its line (a stamp alone starts the line)."""
    return max(line.start, stamp[0])


def _reads_as_sentence(text: str) -> bool:
    """Whether a line reads as a story sentence rather than a credit line (it has a verb)."""
    return bool(re.search(r"\b(?:said|says|told|was|were|is|are|has|have)\b", text))


def _is_navigation(text: str) -> bool:
    """Whether a line is a site's menu ("Home  News  World  Opinion", "Live TV | Log in"):
    three or more short pieces set apart by wide gaps or bars, none a sentence."""
    pieces = [piece for piece in _NAVIGATION_SPLIT.split(text) if piece]
    return len(pieces) >= 3 and all(
        len(piece.split()) <= 3 and not _SENTENCE_END.search(piece) for piece in pieces
    )


def _any(patterns: Iterable[str], text: str) -> bool:
    return any(re.search(pattern, text) for pattern in patterns)


def _ends_with_agency(text: str, rules: OutletRules) -> bool:
    tail = re.split(r"[/,|]|\bvia\b", text)[-1].strip()
    return tail in rules.credit_agencies


class _Reader:
    """One pass over one page; the mutable working state of :func:`lay_out`."""

    def __init__(self, text: str, rules: OutletRules, source_id: SourceId) -> None:
        self.text = text
        self.rules = rules
        self.source_id = source_id
        self.lines = _lines(text)
        self.kinds: dict[int, BlockKind] = {}
        self.pieces: dict[int, list[tuple[BlockKind, int, int]]] = {}
        self.entry_of: dict[int, int] = {}
        self.entries: list[_Entry] = []
        self.publications: list[tuple[str, dt.datetime, int, int]] = []
        self.header_date: tuple[dt.date, int, int] | None = None
        self.contributors: list[Contributor] = []
        self.pending_myself: list[tuple[int, int, int]] = []
        self.headline: _Line | None = None
        self.stamp_lines: set[int] = set()

    # ----------------------------------------------------------------- helpers
    def span(self, start: int, end: int) -> Span:
        return Span.of(self.source_id, self.text, start, end)

    def free(self, line: _Line) -> bool:
        return line.index not in self.kinds and line.index not in self.pieces

    def blank_between(self, a: _Line, b: _Line) -> bool:
        return len(_BREAK.findall(self.text, a.end, b.start)) >= 2

    def neighbour(self, line: _Line, step: int) -> _Line | None:
        at = line.index + step
        return self.lines[at] if 0 <= at < len(self.lines) else None

    # ----------------------------------------------------------------- passes
    def read_entries(self) -> None:
        """Numbered, stamped entries of a live page (two stamps or more make a live page)."""
        if sum(1 for line in self.lines if _ENTRY_STAMP.search(line.text)) < 2:
            if not self.read_stamp_line_entries() and not self.read_clock_entries():
                self.read_time_only_entries()
            return
        for line in self.lines:
            stamp = _ENTRY_STAMP.search(line.text)
            if stamp is None or not any(find_dates(stamp.group(1))):
                continue
            when = parse_timestamp(stamp.group(1), self.rules)
            number = _NUMBERED.match(line.text)
            heading_start = line.start + (number.end() if number else 0)
            heading_end = line.start + stamp.start()
            heading = (heading_start, heading_end) if heading_end > heading_start else None
            first, label, heading_line = line.index, None, line.index
            previous = self.neighbour(line, -1)
            if (
                heading is None
                and previous is not None
                and previous.index not in self.entry_of
                and previous.words <= 25
                and not previous.sentence
            ):
                # the stamp sits on its own line under the entry's title
                number = _NUMBERED.match(previous.text)
                heading = (previous.start + (number.end() if number else 0), previous.end)
                first = heading_line = previous.index
                previous = self.neighbour(previous, -1)
            if previous is not None and not number:
                labelled = _LABEL.match(previous.text)
                if labelled and previous.words <= 4 and previous.index not in self.entry_of:
                    first, label = previous.index, labelled.group(1).strip()
            if self.entries:
                self.entries[-1].last = first - 1
            self.entries.append(
                _Entry(first, line.index, label, heading, when, (heading_end, line.end))
            )
            self.entries[-1].heading_line = heading_line
            for index in range(first, line.index + 1):
                self.entry_of[index] = len(self.entries) - 1
        if not self.entries:
            return
        self.entries[-1].last = len(self.lines) - 1
        for position, entry in enumerate(self.entries):
            for index in range(entry.first, entry.last + 1):
                self.entry_of[index] = position
            header = self.lines[entry.header]
            if entry.label is not None:
                self.kinds[entry.first] = BlockKind.METADATA
            pieces = []
            if entry.heading is not None and entry.heading_line != header.index:
                self.pieces[entry.heading_line] = [(BlockKind.HEADING, *entry.heading)]
            elif entry.heading is not None:
                pieces.append((BlockKind.HEADING, *entry.heading))
            pieces.append((BlockKind.METADATA, _stamp_start(header, entry.stamp), entry.stamp[1]))
            self.pieces[header.index] = pieces
            self.read_entry_author(entry)

    def read_time_only_entries(self) -> None:
        """Entries stamped with a time alone ("14.58 CEST"), dated by the page's date line.

        The first full date above the first stamp is the page's day; each stamp is that day
        at its time, in the zone it names (else the outlet's). The line under a stamp is the
        entry's title when it is short and no sentence.
        """
        stamps: list[_Line] = []
        zoned = False
        for line in self.lines:
            match = _TIME_ONLY_STAMP.match(line.text)
            if match is None:
                continue
            if match["zone"] is not None and match["zone"] not in self.rules.zone_abbreviations:
                continue
            stamps.append(line)
            zoned = zoned or match["zone"] is not None
        if len(stamps) < 2 or not (zoned or self.ordered_titled(stamps)):
            return
        page_day = next(
            (
                mention.date
                for line in self.lines[: stamps[0].index]
                for mention in find_dates(line.text, day_first=day_first(line.text, self.rules))
            ),
            None,
        )
        if page_day is None:
            return
        self.add_stamped_entries(
            [
                (line, parse_timestamp(f"{page_day:%d %B %Y} {line.text}", self.rules))
                for line in stamps
            ]
        )

    def read_clock_entries(self) -> bool:
        """Entries stamped with a clock time that names its half of the day or its zone
        ("7:52 p.m. ET"), alone on a line or ending the entry's title, dated by the page's
        date line above them: three or more, newest first or oldest first.

        Going down a newest-first page, a time later than the one above is the day before.
        """
        stamps: list[tuple[_Line, re.Match[str]]] = []
        for line in self.lines:
            match = _CLOCK_ENTRY.match(line.text)
            if match is None or not (match["half"] or match["zone"]):
                continue
            if match["zone"] is not None and match["zone"] not in self.rules.zone_abbreviations:
                continue
            if match["title"] is not None and (
                len(match["title"].split()) > 20 or _PUBLICATION.match(line.text)
            ):
                continue
            stamps.append((line, match))
        if len(stamps) < _UNZONED_STAMPS:
            return False
        minutes = [self.clock_minutes(match) for _, match in stamps]
        pairs = list(itertools.pairwise(minutes))
        newest_first = sum(a >= b for a, b in pairs) >= len(pairs) - 1
        if not (newest_first or all(a <= b for a, b in pairs)):
            return False
        page_day = next(
            (
                mention.date
                for line in self.lines[: stamps[0][0].index]
                for mention in find_dates(line.text, day_first=day_first(line.text, self.rules))
            ),
            None,
        )
        if page_day is None:
            return False
        day, previous = page_day, None
        for position, (line, match) in enumerate(stamps):
            current = minutes[position]
            if previous is not None and newest_first and current > previous:
                day -= dt.timedelta(days=1)
            previous = current
            half = (match["half"] or "").replace(".", "").replace(" ", "").upper()
            printed = (
                f"{day:%d %B %Y} {match['hour']}:{match['minute']} {half} {match['zone'] or ''}"
            )
            title = (
                (line.start + match.start("title"), line.start + match.end("title"))
                if match["title"] is not None
                else None
            )
            stamp_start = line.start + (match.start("hour") if title is not None else 0)
            entry = _Entry(
                line.index,
                line.index,
                None,
                title,
                parse_timestamp(printed.strip(), self.rules),
                (stamp_start, line.end),
            )
            entry.heading_line = line.index
            if title is None:
                following = self.neighbour(line, 1)
                if following is not None and following.words <= 15 and not following.sentence:
                    entry.heading = (following.start, following.end)
                    entry.heading_line = following.index
            author = next((name for name in ("before", "after") if match[name]), None)
            if author is not None:
                entry.authors.append(
                    Contributor(
                        name=match[author],
                        role=ContributorRole.REPORTER,
                        evidence=self.span(
                            line.start + match.start(author), line.start + match.end(author)
                        ),
                    )
                )
            if self.entries:
                self.entries[-1].last = line.index - 1
            self.entries.append(entry)
        self.entries[-1].last = len(self.lines) - 1
        for position, entry in enumerate(self.entries):
            for index in range(entry.first, entry.last + 1):
                self.entry_of[index] = position
            header = self.lines[entry.header]
            if entry.heading is not None and entry.heading_line == header.index:
                self.pieces[header.index] = [
                    (BlockKind.HEADING, *entry.heading),
                    (BlockKind.METADATA, entry.heading[1], entry.stamp[1]),
                ]
            else:
                self.pieces[header.index] = [(BlockKind.METADATA, *entry.stamp)]
                if entry.heading is not None:
                    self.pieces[entry.heading_line] = [(BlockKind.HEADING, *entry.heading)]
            byline = self.neighbour(self.lines[entry.heading_line], 1)
            if byline is not None and byline.index <= entry.last:
                named = _BY_LINE.match(byline.text)
                if named is not None:
                    self.kinds[byline.index] = BlockKind.BYLINE
                    entry.authors.append(
                        Contributor(
                            name=named["name"],
                            role=ContributorRole.REPORTER,
                            evidence=self.span(
                                byline.start + named.start("name"), byline.start + named.end("name")
                            ),
                        )
                    )
        return True

    @staticmethod
    def clock_minutes(match: re.Match[str]) -> int:
        """Minutes after midnight of a clock stamp, its a.m./p.m. applied."""
        hour = int(match["hour"]) % 24
        half = (match["half"] or "").lower()
        if half.startswith("p") and hour < 12:
            hour += 12
        elif half.startswith("a") and hour == 12:
            hour = 0
        return hour * 60 + int(match["minute"])

    def ordered_titled(self, stamps: list[_Line]) -> bool:
        """Whether unzoned time stamps read as a live page's: enough of them, every one over a
        short title, and their times all falling (newest first) or all rising."""
        if len(stamps) < _UNZONED_STAMPS:
            return False
        minutes = []
        for line in stamps:
            match = _TIME_ONLY_STAMP.match(line.text)
            assert match is not None
            following = self.neighbour(line, 1)
            if following is None or following.words > 15 or following.sentence:
                return False
            minutes.append(int(match["hour"]) * 60 + int(match["minute"]))
        pairs = list(itertools.pairwise(minutes))
        return all(a > b for a, b in pairs) or all(a < b for a, b in pairs)

    def read_stamp_line_entries(self) -> bool:
        """Entries headed by a line that is only a full date and time ("9:38 a.m. ET, April 26,
        2024"), two or more of them: a live page that prints no "published at" label.

        A labelled line ("Updated 9:41 a.m. ET, ...") is the page's own stamp, not an entry's.
        """
        stamps = [
            line
            for line in self.lines
            if _PUBLICATION.match(line.text) is None and self.is_time_stamp(line)
        ]
        if len(stamps) < 2:
            return False
        self.add_stamped_entries(
            [(line, parse_timestamp(line.text, self.rules)) for line in stamps]
        )
        return True

    def add_stamped_entries(self, stamps: list[tuple[_Line, dt.datetime | None]]) -> None:
        """One entry per stamp line, to the next; a short non-sentence under it is its title."""
        for line, when in stamps:
            heading: tuple[int, int] | None = None
            heading_line = line.index
            following = self.neighbour(line, 1)
            if following is not None and following.words <= 15 and not following.sentence:
                heading, heading_line = (following.start, following.end), following.index
            if self.entries:
                self.entries[-1].last = line.index - 1
            entry = _Entry(line.index, line.index, None, heading, when, (line.start, line.end))
            entry.heading_line = heading_line
            self.entries.append(entry)
        self.entries[-1].last = len(self.lines) - 1
        for position, entry in enumerate(self.entries):
            for index in range(entry.first, entry.last + 1):
                self.entry_of[index] = position
            self.pieces[entry.header] = [(BlockKind.METADATA, *entry.stamp)]
            if entry.heading is not None:
                self.pieces[entry.heading_line] = [(BlockKind.HEADING, *entry.heading)]
            self.read_entry_author(entry)

    def read_entry_author(self, entry: _Entry) -> None:
        if entry.header + 2 > entry.last:
            return
        name, title = self.lines[entry.header + 1], self.lines[entry.header + 2]
        if not is_person_name(name.text) or title.sentence or title.words > 7:
            return
        if _IMAGE_SOURCE.search(title.text) or _CAPTION_CUE.match(title.text):
            return
        self.kinds[name.index] = BlockKind.BYLINE
        self.kinds[title.index] = BlockKind.BYLINE
        entry.authors.append(
            Contributor(
                name=name.text,
                role=ContributorRole.REPORTER,
                title=title.text,
                evidence=self.span(name.start, name.end),
            )
        )

    def read_lines(self) -> None:
        rules = self.rules
        for line in self.lines:
            if not self.free(line):
                continue
            text = line.text
            if _any(rules.related_list, text):
                self.read_link_list(line)
            elif _BRACKET_CAPTION.match(text):
                self.kinds[line.index] = BlockKind.CAPTION
            elif _CAPTION_CUE.match(text):
                self.kinds[line.index] = BlockKind.BOILERPLATE
                following = self.neighbour(line, 1)
                if following is not None and self.free(following):
                    self.kinds[following.index] = BlockKind.CAPTION
            elif _any(rules.boilerplate, text) or (
                line.words <= 12 and _any(rules.short_boilerplate, text)
            ):
                self.kinds[line.index] = BlockKind.BOILERPLATE
            elif _any(rules.related_link, text):
                self.kinds[line.index] = BlockKind.RELATED_LINK
            elif (
                _any(rules.metadata, text) or self.read_publication(line) or self.read_people(line)
            ):
                self.kinds[line.index] = BlockKind.METADATA
            elif line.words <= 12 and BYLINE.match(text) and self.read_byline(line):
                self.kinds[line.index] = BlockKind.BYLINE
                self.stamp_lines.add(line.index)
            elif self.is_date_line(line):
                self.kinds[line.index] = BlockKind.METADATA
            elif _LONE_TIME.match(text) or (line.words <= 25 and _TITLE_TIME.match(text)):
                self.kinds[line.index] = BlockKind.VIDEO_TITLE
            elif not self.split_glued_credit(line) and self.is_credit(text):
                self.kinds[line.index] = BlockKind.PHOTO_CREDIT

    def read_link_list(self, header: _Line) -> None:
        """ "More on this story" and the short lines right below it: links to other stories,
        whose quoted words ("'No one can stop China': ...") are titles, not the story's."""
        self.kinds[header.index] = BlockKind.BOILERPLATE
        previous = header
        following = self.neighbour(header, 1)
        while (
            following is not None
            and self.free(following)
            and not self.blank_between(previous, following)
            and following.words <= 25
        ):
            self.kinds[following.index] = BlockKind.RELATED_LINK
            previous, following = following, self.neighbour(following, 1)

    def is_credit(self, text: str) -> bool:
        if _IMAGE_SOURCE.match(text) or re.match(r"(?i)^(photo|image|picture) credit\b", text):
            return True
        if _LABEL_CREDIT.match(text) and len(text.split()) <= 10:
            return True
        if len(text.split()) > 8 or _SENTENCE_END.search(text):
            return False
        return bool(_WHOLE_SLASH_CREDIT.match(text)) or _ends_with_agency(text, self.rules)

    def split_glued_credit(self, line: _Line) -> bool:
        """Cut a credit glued to the end of a caption ("...Xi JinpingImage source, Reuters")."""
        text = line.text
        lead = _CAPTION_LEAD.match(text)
        if lead is not None:
            self.pieces[line.index] = [
                (BlockKind.BOILERPLATE, line.start, line.start + len(lead.group().rstrip(_STRIP))),
                (BlockKind.CAPTION, line.start + lead.end(), line.end),
            ]
            return True
        glued_after_sentence = (_SLASH_CREDIT, _PAREN_CREDIT, _GLUED_LABEL_CREDIT)
        for pattern in (
            _IMAGE_SOURCE,
            _PIPE_CREDIT,
            _GLUED_LABEL_CREDIT,
            _SLASH_CREDIT,
            _PAREN_CREDIT,
        ):
            match = pattern.search(text)
            if match is None or match.start() == 0:
                continue
            if pattern is _PAREN_CREDIT and not self.is_paren_credit(match.group(1)):
                continue
            cut = match.start(1) if pattern in glued_after_sentence else match.start()
            if pattern is _PAREN_CREDIT:
                cut -= 1
            head_end = line.start + len(text[:cut].rstrip(_STRIP + "|"))
            credit = text[cut:]
            credit_start = line.start + cut + len(credit) - len(credit.lstrip(_STRIP + "|"))
            self.pieces[line.index] = [
                (BlockKind.CAPTION, line.start, head_end),
                (BlockKind.PHOTO_CREDIT, credit_start, line.end),
            ]
            return True
        return False

    def is_paren_credit(self, inner: str) -> bool:
        """ "(Leah Millis/Pool Photo via AP)": a credit in brackets ends with an agency."""
        words = set(re.findall(r"[\w-]+", inner))
        agencies = {a for a in self.rules.credit_agencies if " " not in a} & words
        return bool(agencies or "Getty Images" in inner or re.match(r"(?i)photo\b", inner))

    def read_publication(self, line: _Line) -> bool:
        """A labelled publication line, or a bare date-and-time stamp, dates the page.

        A line of stamps split by bars ("15/04/2023 09h12 | Updated 15/04/2023 11h40") is
        read one stamp at a time; a single date with its time across a bar is one stamp.
        """
        if line.words > 16:
            return False
        parts = list(_STAMP_BAR.finditer(line.text))
        dates = find_dates(line.text, day_first=day_first(line.text, self.rules))
        if len(parts) > 1 and len(list(dates)) > 1:
            pieces = [
                _Line(line.index, line.start + m.start(), line.start + m.end(), m.group())
                for m in parts
            ]
            found = [self.read_one_publication(piece) for piece in pieces]
            if any(found):
                self.stamp_lines.add(line.index)
            return any(found)
        return self.read_one_publication(line)

    def read_one_publication(self, line: _Line) -> bool:
        match = _PUBLICATION.match(line.text)
        if match is not None:
            label, when = match["label"].lower(), _TRAILING_PLACE.sub("", match["when"])
        elif self.is_time_stamp(line):
            label, when = "published", _LEADING_PLACE.sub("", line.text)
        else:
            return False
        value = parse_timestamp(when, self.rules)
        if value is None:
            return False
        self.publications.append((label, value, line.start, line.end))
        self.stamp_lines.add(line.index)
        return True

    def is_time_stamp(self, line: _Line) -> bool:
        """A short line of a date and a clock time, with nothing but stamp words around them
        (and perhaps the dateline's place before them)."""
        text = _LEADING_PLACE.sub("", line.text)
        mentions = list(find_dates(text, day_first=day_first(text, self.rules)))
        if len(mentions) != 1 or line.words > 12 or not _CLOCK.search(text):
            return False
        rest = text[: mentions[0].start] + " " + text[mentions[0].end :]
        for name in self.rules.zone_names:
            rest = rest.replace(name, " ")
        words = re.findall(r"[A-Za-z]+", _CLOCK.sub(" ", rest))
        return all(
            word.lower() in _STAMP_WORDS or word in self.rules.zone_abbreviations or word.isupper()
            for word in words
        )

    def read_people(self, line: _Line) -> bool:
        found = False
        if line.words <= 30 and not _reads_as_sentence(line.text):
            for match in CREDITS.finditer(line.text):
                role = (
                    ContributorRole.EDITOR
                    if match["role"].lower() == "editing"
                    else ContributorRole.CONTRIBUTOR
                )
                base = line.start + match.start("names")
                for name, start, end in split_names(match["names"]):
                    self.add_person(name, role, base + start, base + end)
                    found = True
        contributed = CONTRIBUTED.match(line.text)
        if contributed:
            group = "by" if contributed["by"] else "names"
            base = line.start + contributed.start(group)
            for name, start, end in split_names(contributed[group]):
                self.add_person(name, ContributorRole.CONTRIBUTOR, base + start, base + end)
            found = True
        for pattern, role in (
            (EDITED_BY, ContributorRole.EDITOR),
            (WRITERS, ContributorRole.WRITER),
        ):
            for match in pattern.finditer(line.text):
                base = line.start + match.start("names")
                for name, start, end in split_names(match["names"], keep=("myself",)):
                    if name.lower() == "myself":
                        self.pending_myself.append((line.index, base + start, base + end))
                    else:
                        self.add_person(name, role, base + start, base + end)
                found = True
        return found

    def read_byline(self, line: _Line) -> bool:
        match = BYLINE.match(line.text)
        if match is None:
            return False
        base = line.start + match.start("names")
        names = split_names(match["names"])
        for name, start, end in names:
            self.add_person(name, ContributorRole.AUTHOR, base + start, base + end)
        return bool(names)

    def add_person(self, name: str, role: ContributorRole, start: int, end: int) -> None:
        self.contributors.append(Contributor(name=name, role=role, evidence=self.span(start, end)))

    def is_date_line(self, line: _Line) -> bool:
        mentions = list(find_dates(line.text))
        if len(mentions) != 1 or line.words > 8:
            return False
        rest = line.text[: mentions[0].start] + line.text[mentions[0].end :]
        if re.sub(r"[\W\d_]+|\b(?:am|pm|AM|PM)\b", "", rest):
            return False
        if self.header_date is None and not any(other.prose for other in self.lines[: line.index]):
            mention = mentions[0]
            self.header_date = (mention.date, line.start + mention.start, line.start + mention.end)
        return True

    def read_context(self) -> None:
        lines = self.lines
        for line in lines:
            kind = self.kinds.get(line.index)
            previous = self.neighbour(line, -1)
            if previous is None or not self.free(previous):
                continue
            if kind is BlockKind.VIDEO_TITLE and _LONE_TIME.match(line.text):
                if not previous.sentence and previous.words <= 20:
                    self.kinds[previous.index] = BlockKind.VIDEO_TITLE
            elif (
                kind is BlockKind.PHOTO_CREDIT
                and line.index not in self.entry_of
                and previous.words >= 3
            ):
                self.kinds[previous.index] = BlockKind.CAPTION
        # a short label stuck to a video title or caption is part of that widget
        for line in reversed(lines):
            following = self.neighbour(line, 1)
            if following is None or not self.free(line) or self.blank_between(line, following):
                continue
            follows = self.kind_at_start(following)
            if line.sentence or line.words > 12:
                continue
            if follows is BlockKind.VIDEO_TITLE:
                self.kinds[line.index] = BlockKind.VIDEO_TITLE
            elif follows is BlockKind.CAPTION and line.words <= 4:
                self.kinds[line.index] = BlockKind.BOILERPLATE
        captions = {
            _normalise(self.text[start:end])
            for pieces in self.pieces.values()
            for kind, start, end in pieces
            if kind is BlockKind.CAPTION
        } | {
            _normalise(line.text)
            for line in lines
            if self.kinds.get(line.index) is BlockKind.CAPTION
        }
        for line in lines:
            if self.free(line) and _normalise(line.text) in captions:
                self.kinds[line.index] = BlockKind.CAPTION
        # bullets hanging off a widget belong to it
        for line in lines:
            previous = self.neighbour(line, -1)
            if (
                previous is not None
                and self.free(line)
                and _BULLET.match(line.text)
                and self.kinds.get(previous.index) is BlockKind.BOILERPLATE
                and not self.blank_between(previous, line)
            ):
                self.kinds[line.index] = BlockKind.BOILERPLATE

    def kind_at_start(self, line: _Line) -> BlockKind | None:
        if line.index in self.pieces:
            return self.pieces[line.index][0][0]
        return self.kinds.get(line.index)

    def read_head(self) -> None:
        first_entry = self.entries[0].first if self.entries else len(self.lines)
        # a standfirst is prose too: the body starts after the publication lines near the top
        first_prose = next(
            (
                line.index
                for line in self.lines
                if self.free(line) and line.prose and not self.stamps_follow(line)
            ),
            len(self.lines),
        )
        end = min(first_entry, first_prose)
        for line in self.lines[:end]:
            if (
                self.free(line)
                and 4 <= line.words <= 30
                and not line.text.endswith(".")
                and not _BULLET.match(line.text)
                and not _is_navigation(line.text)
            ):
                self.headline = line
                break
        if self.headline is not None:
            head = self.headline
            self.kinds[head.index] = BlockKind.HEADLINE
            for line in self.lines[: head.index]:
                if self.free(line):
                    self.kinds[line.index] = BlockKind.BOILERPLATE
            for line in self.lines[head.index + 1 : end]:
                if self.free(line) and not _BULLET.match(line.text):
                    self.kinds[line.index] = (
                        BlockKind.SUMMARY if line.words >= 8 else BlockKind.BOILERPLATE
                    )
            # a line that repeats the headline inside other words is a watermark or a share bar
            title = _normalise(head.text)
            for line in self.lines:
                if (
                    line is not head
                    and self.free(line)
                    and title in _normalise(line.text)
                    and len(line.text) > len(head.text)
                ):
                    self.kinds[line.index] = BlockKind.BOILERPLATE
        for line in self.lines[:end]:
            if self.free(line) and _BULLET.match(line.text):
                self.kinds[line.index] = BlockKind.SUMMARY

    def stamps_follow(self, line: _Line) -> bool:
        """Whether publication or byline lines come right after ``line`` (a standfirst)."""
        following = self.lines[line.index + 1 : line.index + 3]
        return line.index < 6 and any(other.index in self.stamp_lines for other in following)

    def read_rest(self) -> None:
        last_prose = max(
            (line.index for line in self.lines if self.free(line) and line.prose), default=-1
        )
        for line in self.lines:
            if not self.free(line):
                continue
            if _BULLET.match(line.text) or line.sentence or _ATTRIBUTED.search(line.text):
                kind = BlockKind.BODY
            elif line.index in self.entry_of:
                kind = BlockKind.BOILERPLATE if line.words <= 3 else BlockKind.BODY
            elif _OPENS_QUOTATION.match(line.text) and line.words >= 3:
                # someone's words, though the excerpt cuts them off mid-sentence at its end
                kind = BlockKind.BODY
            elif line.words <= 3 or line.index > last_prose:
                kind = BlockKind.BOILERPLATE
            elif line.words <= 20:
                kind = BlockKind.HEADING
            else:
                kind = BlockKind.BODY
            self.kinds[line.index] = kind

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
