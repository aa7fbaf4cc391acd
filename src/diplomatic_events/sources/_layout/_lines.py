"""Line by line: what each line is, context, the headline and the rest, credits asked first."""

from __future__ import annotations

import re

from diplomatic_events.model import BlockKind
from diplomatic_events.sources._layout._base import _any, _is_navigation, _Line, _normalise
from diplomatic_events.sources._layout._credits import _CreditReader
from diplomatic_events.sources._layout._patterns import (
    _ATTRIBUTED,
    _BRACKET_CAPTION,
    _BULLET,
    _CAPTION_CUE,
    _LONE_TIME,
    _OPENS_QUOTATION,
    _TITLE_TIME,
)
from diplomatic_events.sources._people import BYLINE


class _LineReader(_CreditReader):
    """The passes that type each line of a page."""

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
            elif self.is_date_line(line) or self.is_dated_credit(line):
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
        for line in lines if captions else ():
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
                # a line ending in a comma goes on in the next ("Putin: Mr President, friends,"),
                # one ending in a colon opens it ("A Downing Street spokesperson said:")
                and not line.text.endswith((".", ",", ":"))
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
            # the lines right above the prose that end in a comma or a colon open it together:
            # a speaker's label and the address going on over lines of its own ("President
            # Vladimir Putin: Mrs Federal Chancellor," / "Ladies and Gentlemen," / prose)
            opening: set[int] = set()
            for line in reversed(self.lines[head.index + 1 : end]):
                if not self.free(line) or not line.text.endswith((":", ",")):
                    break
                opening.add(line.index)
                if line.text.endswith(":"):
                    break  # one lead-in or label opens the address below it
            previous: _Line | None = None
            for line in self.lines[head.index + 1 : end]:
                if self.free(line) and not _BULLET.match(line.text):
                    # a short line that goes on from one ending in a comma is the same
                    # speech ("Putin: Mr President, friends," / "Let me welcome you to Moscow.")
                    goes_on = previous is not None and previous.text.endswith(",")
                    # a line ending in a colon right before the prose opens it: a speaker's
                    # label on a line of its own ("Prime Minister:") or a lead-in; so does one
                    # ending in a comma, a speech's address going on in the prose ("President of
                    # Russia Vladimir Putin: Mr Chairman," / "I am very pleased to meet ...")
                    opens_prose = line.index in opening
                    self.kinds[line.index] = (
                        BlockKind.BODY
                        if opens_prose
                        else BlockKind.SUMMARY
                        if line.words >= 8 or (goes_on and line.sentence)
                        else BlockKind.BOILERPLATE
                    )
                previous = line
            # a line that repeats the headline inside other words is a watermark or a share bar,
            # unless it is a sentence ("Vladimir Putin had a meeting with Prime Minister of
            # Japan Shinzo Abe." under "Meeting with Prime Minister of Japan Shinzo Abe")
            title = _normalise(head.text)
            for line in self.lines:
                if (
                    line is not head
                    and self.free(line)
                    and not (line.sentence and line.prose)
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

    def _item_like(self, index: int) -> bool:
        """Whether the line at ``index`` may be a list's item: free, short, no sentence."""
        if index >= len(self.lines):
            return False
        line = self.lines[index]
        return self.free(line) and not line.sentence and line.words <= _LIST_ITEM_WORDS

    def read_rest(self) -> None:
        last_prose = max(
            (line.index for line in self.lines if self.free(line) and line.prose), default=-1
        )
        listed = False  # after a line that leads into a list ("Officials he met with include:")
        item = False  # the line before is an item of that list
        for line in self.lines:
            if not self.free(line):
                listed = item = False
                continue
            if _BULLET.match(line.text) or line.sentence or _ATTRIBUTED.search(line.text):
                kind = BlockKind.BODY
            elif (
                listed
                and line.words <= _LIST_ITEM_WORDS
                and (item or self._item_like(line.index + 1))
            ):
                # "Gen. Angus Campbell, Chief of Defence Force" under the lead-in, with more
                # such lines: an item of the list, in capitals as names and offices are; a
                # crosshead stands alone before its paragraph
                kind = BlockKind.BODY
                item = True
            elif line.index in self.entry_of:
                kind = BlockKind.BOILERPLATE if line.words <= 3 else BlockKind.BODY
            elif _OPENS_QUOTATION.match(line.text) and line.words >= 3:
                # someone's words, though the excerpt cuts them off mid-sentence at its end
                kind = BlockKind.BODY
            elif line is self.lines[-1] and _opens_a_quotation_left_open(line.text):
                # the excerpt ends inside someone's words, however few: "“Mongolia",
                # "Chancellor Merkel: "We stand up for"
                kind = BlockKind.BODY
            elif line is self.lines[-1] and _cut_prose(line.text):
                # the excerpt ends inside a paragraph of the story: "Throughout the visit,
                # Brown met with key leaders, to include Minister Nyamaa, Maj. Gen. Ga"
                kind = BlockKind.BODY
            elif line.words <= 3 or line.index > last_prose:
                kind = BlockKind.BOILERPLATE
            elif line.words <= 20:
                kind = BlockKind.HEADING
            else:
                kind = BlockKind.BODY
            self.kinds[line.index] = kind
            if kind is BlockKind.BODY and _LEADS_INTO_LIST.search(line.text):
                listed, item = True, False
            elif line.sentence or not item:
                listed = item = False


_LEADS_INTO_LIST = re.compile(r"\w[ \u00a0]*:[ \u00a0]*$")
"""A line ending in a colon after a word: the lines that follow are its list's items."""
_LIST_ITEM_WORDS = 30
"""The most words of a list item read as such: a longer line is a paragraph."""
_CUT_PROSE_WORDS = 8
_CUT_PROSE_SMALL_WORDS = 5
_LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z][\w’'-]*")


def _opens_a_quotation_left_open(text: str) -> bool:
    """Whether a line opens a quotation it never closes (more opening curly marks than
    closing ones, or an odd number of straight double marks)."""
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1


def _cut_prose(text: str) -> bool:
    """Whether a last line that ends in no sentence mark is prose cut off, not page
    furniture: long enough, and written mostly in lower-case words as sentences are (menus,
    link lists and titles are in capitals)."""
    words = len(text.split())
    lower = len(_LOWER_WORD.findall(text))
    # a list of titled names cut off ("Schindler met with Lithuanian Minister of National
    # Defense Arvydas Anusauskas; Vice-Minister ..., Lt. Gen. Valdemaras Rupsys,") is mostly
    # capitals, but has the small words of a sentence
    return words >= _CUT_PROSE_WORDS and (2 * lower >= words or lower >= _CUT_PROSE_SMALL_WORDS)
