"""Live entries: numbered, time-only, clock and stamp-line entries, and their authors."""

from __future__ import annotations

import datetime as dt
import itertools
import re

from diplomatic_events.model import BlockKind, Contributor, ContributorRole
from diplomatic_events.sources._dates import day_first, find_dates, parse_timestamp
from diplomatic_events.sources._layout._base import _Entry, _Line, _ReaderBase, _stamp_start
from diplomatic_events.sources._layout._patterns import (
    _BY_LINE,
    _CAPTION_CUE,
    _CLOCK,
    _CLOCK_ENTRY,
    _ENTRY_STAMP,
    _IMAGE_SOURCE,
    _LABEL,
    _LEADING_PLACE,
    _NUMBERED,
    _PUBLICATION,
    _STAMP_WORDS,
    _TIME_ONLY_STAMP,
    _UNZONED_STAMPS,
)
from diplomatic_events.sources._people import is_person_name

_LIVE_PAGE_SPAN = dt.timedelta(days=7)
"""The longest time between the first and the last entry of one live page."""


_CLOCK_DIGITS = re.compile(r"\d[:.h]\d\d")
"""What every clock stamp of ``_CLOCK_ENTRY`` holds: an hour's last digit, a separator and
the minutes."""


class _EntryReader(_ReaderBase):
    """The passes that find the live entries of a page."""

    # ----------------------------------------------------------------- passes
    def read_entries(self) -> None:
        """Numbered, stamped entries of a live page (two stamps or more make a live page)."""
        # a stamp holds a clock time: a line without one is not searched
        stamped = sum(
            1
            for line in self.lines
            if _CLOCK_DIGITS.search(line.text) and _ENTRY_STAMP.search(line.text)
        )
        if stamped < 2:
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
            # every stamp holds a clock time: a line without one is not matched character
            # by character
            if _CLOCK_DIGITS.search(line.text) is None:
                continue
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
        stamped = [(line, parse_timestamp(line.text, self.rules)) for line in stamps]
        times = [when for _, when in stamped if when is not None]
        if times and max(times) - min(times) > _LIVE_PAGE_SPAN:
            # a live page's entries follow one story over hours or days; stamps more than
            # a week apart are a page's own dates (viewed, posted, mirrored), not entries
            return False
        self.add_stamped_entries(stamped)
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

    def is_time_stamp(self, line: _Line) -> bool:
        """A short line of a date and a clock time, with nothing but stamp words around them
        (and perhaps the dateline's place before them)."""
        # the cheap tests first: most lines are long, or hold no clock time
        if line.words > 12:
            return False
        text = _LEADING_PLACE.sub("", line.text)
        if not _CLOCK.search(text):
            return False
        mentions = list(find_dates(text, day_first=day_first(text, self.rules)))
        if len(mentions) != 1:
            return False
        rest = text[: mentions[0].start] + " " + text[mentions[0].end :]
        for name in self.rules.zone_names:
            rest = rest.replace(name, " ")
        words = re.findall(r"[A-Za-z]+", _CLOCK.sub(" ", rest))
        return all(
            word.lower() in _STAMP_WORDS or word in self.rules.zone_abbreviations or word.isupper()
            for word in words
        )
