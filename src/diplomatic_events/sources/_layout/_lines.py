"""Line by line: credits, bylines, publication lines, context, the headline and the rest."""

from __future__ import annotations

import re

from diplomatic_events._needed import holds_needed
from diplomatic_events.knowledge._abbreviations import is_abbreviation
from diplomatic_events.model import BlockKind, Contributor, ContributorRole
from diplomatic_events.sources._dates import day_first, find_dates, parse_timestamp
from diplomatic_events.sources._layout._base import (
    _any,
    _ends_with_agency,
    _is_navigation,
    _Line,
    _normalise,
    _reads_as_sentence,
)
from diplomatic_events.sources._layout._entries import _EntryReader
from diplomatic_events.sources._layout._patterns import (
    _ATTRIBUTED,
    _BRACKET_CAPTION,
    _BULLET,
    _CAPTION_CUE,
    _CAPTION_LEAD,
    _GLUED_LABEL_CREDIT,
    _IMAGE_SOURCE,
    _LABEL_CREDIT,
    _LEADING_PLACE,
    _LONE_TIME,
    _OPENS_QUOTATION,
    _PAREN_CREDIT,
    _PIPE_CREDIT,
    _PIPED_CREDIT,
    _PUBLICATION,
    _SENTENCE_END,
    _SLASH_CREDIT,
    _STAMP_BAR,
    _STRIP,
    _TITLE_TIME,
    _TRAILING_PLACE,
    _WHOLE_SLASH_CREDIT,
)
from diplomatic_events.sources._people import (
    BYLINE,
    CONTRIBUTED,
    CREDITS,
    EDITED_BY,
    WRITERS,
    split_names,
)

_DATED_CREDIT_WORDS = 25
_SECTION_LABEL = re.compile(r"\s*[A-Z][\w&]*(?:\s[\w&]+)?\s*\|\s*")
"""A page section's label and a bar before a date ("News | ", "Press Release | ")."""
_WEEKDAY_WORD = r"\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:[a-z]*day)?\b"
"""A weekday, written out or cut short, that may stand beside a date on a line of its own."""


_GLUED_LABEL_WORDS = ("hoto", "Picture", "mage", "Credit")
"""A word every match of ``_GLUED_LABEL_CREDIT`` holds one of ("Photograph", "photo",
"Image", ...)."""
# ``_IMAGE_SOURCE`` ignores case, but a match holds "ource" or "cred" in any case, which
# ``str.lower`` finds: of these letters only ASCII ones are equal to them under
# ``re.IGNORECASE`` (the engine's other equal characters are those of "i", "s" and "k").


_WORD_BEFORE_STOP = re.compile(r"([\w.]+)\.$")


def _after_abbreviation(text: str, at: int) -> bool:
    """Whether the full stop right before ``at`` (spaces aside) ends an abbreviation ("U.S.",
    "Gen.") rather than a sentence: no caption's sentence ends there."""
    word = _WORD_BEFORE_STOP.search(text[max(0, at - 24) : at].rstrip())
    return word is not None and is_abbreviation(word.group(1).lstrip("."))


class _LineReader(_EntryReader):
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
        if "|" in text and ("y" in text or "Courtesy" in text) and self.split_piped_credits(line):
            return True
        glued_after_sentence = (_SLASH_CREDIT, _PAREN_CREDIT, _GLUED_LABEL_CREDIT)
        lower = text.lower()
        for pattern, possible in (
            # each pattern searched only where the text holds what every match of it does
            # (most lines hold none): the search at every position of a long line is the cost
            (_IMAGE_SOURCE, "ource" in lower or "cred" in lower),
            (_PIPE_CREDIT, "|" in text),
            (_GLUED_LABEL_CREDIT, any(word in text for word in _GLUED_LABEL_WORDS)),
            (_SLASH_CREDIT, "/" in text),
            (_PAREN_CREDIT, text.rstrip("\n").endswith(")")),
        ):
            if not possible:
                continue
            match = pattern.search(text)
            if match is None or match.start() == 0:
                continue
            if pattern is _PAREN_CREDIT and not self.is_paren_credit(match.group(1)):
                continue
            if pattern is _SLASH_CREDIT and _after_abbreviation(text, match.start()):
                continue  # "Commander, U.S. Naval Forces Southern Command/U.S. 4th Fleet, ..."
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

    def split_piped_credits(self, line: _Line) -> bool:
        """Cut each credit set off by a bar before a caption ("Photo By Sgt. A | caption")
        out of a line: what follows a credit is its caption."""
        credits = list(_PIPED_CREDIT.finditer(line.text))
        if not credits:
            return False
        pieces: list[tuple[BlockKind, int, int]] = []
        at, kind = line.start, BlockKind.BODY
        for credit in credits:
            start, end = line.start + credit.start(), line.start + credit.end()
            pieces.append((kind, at, start))
            pieces.append((BlockKind.PHOTO_CREDIT, start, end))
            at, kind = end, BlockKind.CAPTION
        pieces.append((kind, at, line.end))
        self.pieces[line.index] = pieces
        return True

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

    def read_people(self, line: _Line) -> bool:
        found = False
        if line.words <= 30 and not _reads_as_sentence(line.text):
            for match in CREDITS.finditer(line.text) if holds_needed(CREDITS, line.text) else ():
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
            # searched only in a line holding their literal words ("edited by", "the ")
            for match in pattern.finditer(line.text) if holds_needed(pattern, line.text) else ():
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

    def is_dated_credit(self, line: _Line) -> bool:
        """A credit line that ends in the day it was filed ("By U.S. Africa Command Public
        Affairs United States Africa Command Stuttgart, Germany Nov 19, 2020"): the page's
        stamp, too long for a byline of names."""
        if line.words > _DATED_CREDIT_WORDS or not BYLINE.match(line.text):
            return False
        mentions = list(find_dates(line.text))
        return bool(mentions) and not line.text[mentions[-1].end :].strip(" .")

    def is_date_line(self, line: _Line) -> bool:
        mentions = list(find_dates(line.text))
        if len(mentions) != 1 or line.words > 8:
            return False
        # a section's label set off by a bar before the date is the page's stamp ("News | Aug.
        # 16, 2018")
        label = _SECTION_LABEL.match(line.text, 0, mentions[0].start)
        rest = line.text[label.end() if label else 0 : mentions[0].start]
        rest += line.text[mentions[0].end :]
        # besides the date: a clock time, a weekday however short ("Mon. Jul 22nd, 2024"),
        # a zone ("12:17 GMT")
        if re.sub(r"[\W\d_]+|\b(?:am|pm|AM|PM)\b|" + _WEEKDAY_WORD + r"|\b[A-Z]{2,4}\b", "", rest):
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
                    opens_prose = line.text.endswith((":", ",")) and line.index + 1 == end
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
