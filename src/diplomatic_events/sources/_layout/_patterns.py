"""The patterns of page structure: stamps, clock entries, credits, captions, places."""

from __future__ import annotations

import re

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
_NAVIGATION_SPLIT = re.compile(r"\s{2,}|\s*[|·•]\s*|\s+:\s+")
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
BULLET_MARKS = "·•●▪◦‣*\\-–"
"""The marks that open a bulleted line (inside a character class)."""
_BULLET = re.compile(rf"^[{BULLET_MARKS}]\s+\S")
_SENTENCE_END = re.compile(r"[.!?:;…][\"'”’)\]]*$")
_IMAGE_SOURCE = re.compile(r"(?i)(?:image|photo|picture) (?:source|credit)\s*[,:]\s*\S.*$")
# Credits are never searched from inside a run of spaces: the run's first space finds the
# same credit, and starting at each space of a long run would cost its length squared.
_PIPE_CREDIT = re.compile(
    r"(?i)(?!(?<=\s)\s)\s*\|\s*(?:photo|image|picture)?\s*(?:credit|courtesy)\s*:.*$"
)
_SLASH_CREDIT = re.compile(
    r"(?<=[.!?”\"])\s+([A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,4}\s?/\s?\S.{0,60})$"
)
"""A credit glued after a caption's sentence ("... in Beijing. Reuters/Kevin Lamarque"): short,
unlike a sentence that names a command with a slash ("Commander, U.S. Naval Forces Southern
Command/U.S. 4th Fleet, Rear Adm. Jim Aiken, hosted delegates ...")."""
_CLOCK = re.compile(r"\b\d{1,2}[:.h]\d{2}(?!\d)")
"""A clock time, also with "am"/"pm" glued on ("7:30am")."""
_STAMP_WORDS = frozenset(
    {"at", "on", "am", "pm", "a", "p", "m", "updated", "published", "posted", "last", "ago"}
    | {"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"}
    | {"year", "years", "month", "months", "day", "days", "hour", "hours", "min", "minutes"}
)
_GLUED_LABEL_CREDIT = re.compile(
    r"(?<=[.!?”\"])\s+((?:Photograph|Photo|Picture|Image|Credit)s?(?: by)?:\s*\S.{0,80}"
    # "... Oct. 9, 2014. DoD photo by Air Force Master Sgt. Adrian Cadiz"
    r"|(?:[A-Z][\w.]*\s+){0,4}(?:[Pp]hoto(?:graph)?|[Ii]mage)\s+(?:by|courtesy\s+of)\s+[A-Z].{0,80})$"
)
_PIPED_CREDIT = re.compile(
    r"\b(?:(?:Photo|Video|Image)\s+[Bb]y:?\s+[^|\n]{2,80}?|Courtesy\s+(?:Photo|Video))\s*\|[ \t]*"
)
"""A credit before a caption, set off by a bar, anywhere in a line of a picture gallery
("Photo By Staff Sgt. A | Gen. B meets ... read more Photo By Staff Sgt. A | Gen. B ..."):
the photographer took the picture and is not in it."""
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
