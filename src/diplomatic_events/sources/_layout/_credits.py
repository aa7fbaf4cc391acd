"""Credit, byline and publication lines: who made a page and which outlet and day it names.

A photograph's or image's credit (on a line of its own, glued to a caption, piped, in
brackets), a publication line ("Published by ... on ..."), lines of writers, editors and
contributors, a byline, a credit that ends in the day it was filed and a date on a line of
its own. The reader's layer under ``_lines``, which types the other lines of a page and
asks these questions first.
"""

from __future__ import annotations

import re

from diplomatic_events._needed import holds_needed
from diplomatic_events.knowledge._abbreviations import is_abbreviation
from diplomatic_events.model import BlockKind, Contributor, ContributorRole
from diplomatic_events.sources._dates import day_first, find_dates, parse_timestamp
from diplomatic_events.sources._layout._base import _ends_with_agency, _Line, _reads_as_sentence
from diplomatic_events.sources._layout._entries import _EntryReader
from diplomatic_events.sources._layout._patterns import (
    _CAPTION_LEAD,
    _GLUED_LABEL_CREDIT,
    _IMAGE_SOURCE,
    _LABEL_CREDIT,
    _LEADING_PLACE,
    _PAREN_CREDIT,
    _PIPE_CREDIT,
    _PIPED_CREDIT,
    _PUBLICATION,
    _SENTENCE_END,
    _SLASH_CREDIT,
    _STAMP_BAR,
    _STRIP,
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


class _CreditReader(_EntryReader):
    """The passes that read a page's credit, byline, publication and date lines."""

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
