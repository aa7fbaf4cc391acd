"""Lines with offsets, and the state and helpers of the reader every pass uses."""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
import unicodedata
from re import _constants, _parser  # type: ignore[attr-defined]

from attrs import Factory, define, field

from diplomatic_events._needed import holds_needed, needed_text
from diplomatic_events.knowledge._grammar import literal_alternation
from diplomatic_events.model import BlockKind, Contributor, Span
from diplomatic_events.sources._dates import find_dates
from diplomatic_events.sources._layout._patterns import (
    _BREAK,
    _LINE,
    _NAVIGATION_SPLIT,
    _SENTENCE_END,
    _STRIP,
)
from diplomatic_events.sources._rules import OutletRules
from diplomatic_events.typing import SourceId

_SPEECH_LABEL = re.compile(
    r"[A-Z][A-Z.’'-]*(?:[ ,]+[A-Z][A-Z.’'-]*)+(?: \([^)\n]{1,40}\))?:[ \t]+\S"
)
"""A speaker label in capitals before a transcript's speech: "SECRETARY AUSTIN: ..."."""


@define
class _Line:
    index: int
    start: int
    end: int
    text: str
    # how many words the line holds, counted once: every pass asks, some several times
    words: int = field(
        init=False, default=Factory(lambda line: len(line.text.split()), takes_self=True)
    )

    @property
    def sentence(self) -> bool:
        return bool(_SENTENCE_END.search(self.text)) or self.words >= 25

    @property
    def prose(self) -> bool:
        # a transcript's labelled speech ("PRIME MINISTER SUNAK: Well, Joe, welcome.") is the
        # body however short
        return (
            self.words >= 25
            or (self.words >= 12 and self.sentence)
            or _SPEECH_LABEL.match(self.text) is not None
        )


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


def _lines(text: str, continuing_words: tuple[str, ...] = ()) -> list[_Line]:
    """Non-blank lines (split at \\n, \\r\\n or a lone \\r), stripped, with offsets; in a
    hard-wrapped text, the lines of one paragraph joined into one, and in any text a line
    ending in one of ``continuing_words`` joined to the next line of its paragraph."""
    found: list[_Line] = []
    for match in _LINE.finditer(text):
        raw = match.group()
        stripped = raw.strip(_STRIP)
        if stripped:
            start = match.start() + len(raw) - len(raw.lstrip(_STRIP))
            found.append(_Line(len(found), start, start + len(stripped), stripped))
    # sentences going on in lower case on the next line are what gives the wrapping away
    broken = sum(
        _continues(text, a, b) and b.text[:1].islower() for a, b in itertools.pairwise(found)
    )
    wrapped = broken >= _WRAPPED_LINES and broken >= _WRAPPED_SHARE * len(found)
    dangling = _dangling_end(continuing_words)
    if not wrapped and not (dangling and any(dangling.search(line.text) for line in found)):
        return found
    joined: list[_Line] = []
    for line in found:
        # the paragraph so far decides: "... on Wednesday\nevening, 6\nMarch." is one
        if joined and (
            _continues(text, joined[-1], line)
            if wrapped
            else _dangles(text, joined[-1], line, dangling)
        ):
            first = joined[-1]
            joined[-1] = _Line(first.index, first.start, line.end, text[first.start : line.end])
        else:
            joined.append(_Line(len(joined), line.start, line.end, line.text))
    return joined


@functools.cache
def _dangling_end(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """A line's last word when it is one of ``words`` (literal, whole words)."""
    if not words:
        return None
    return re.compile(rf"(?<![\w.’'-])(?:{literal_alternation(words)})$")


def _dangles(text: str, line: _Line, after: _Line, dangling: re.Pattern[str] | None) -> bool:
    """Whether ``after`` is the next line of ``line``'s paragraph (one line break between)
    and ``line`` ends in a word no sentence ends with; a speaker label opens a new speech."""
    return (
        dangling is not None
        and dangling.search(line.text) is not None
        and _LINE_BREAK.fullmatch(text, line.end, after.start) is not None
        and _SPEECH_LABEL.match(after.text) is None
    )


_WRAPPED_LINES = 2
_WRAPPED_SHARE = 0.15
"""A text is hard-wrapped (a press release sent as plain text, a mirror of one) when at least
this many of its lines, and this share of them, break a sentence off mid-way and the next
line goes on in lower case."""
_LINE_BREAK = re.compile(r"[ \t\u00a0]*(?:\r\n|\n|\r)[ \t\u00a0]*")
_MID_SENTENCE_WORDS = 6
"""A line that long, ending without a stop, breaks a sentence off when the next goes on."""


def _continues(text: str, line: _Line, after: _Line) -> bool:
    """Whether ``after`` goes on with the sentence ``line`` breaks off: the next line of the
    same paragraph (one line break between), ``line`` ending without a stop, and either
    ``after`` opening in lower case or ``line`` long enough to have been wrapped."""
    if _LINE_BREAK.fullmatch(text, line.end, after.start) is None:
        return False
    if _SENTENCE_END.search(line.text) or _SPEECH_LABEL.match(after.text):
        return False
    return (
        after.text[:1].islower()
        or (
            line.words >= _MID_SENTENCE_WORDS
            and (line.text[-1:].isalnum() or line.text[-1:] in ",-–—")
        )
        # a quotation opened and not closed goes on: "“Meeting in person with Minister" /
        # "Goyal will be essential ..."
        or line.text.count("“") > line.text.count("”")
    )


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


def _any(patterns: tuple[str, ...], text: str) -> bool:
    """Whether one of ``patterns`` is found in the line ``text`` (as ``re.search`` finds).

    A pattern whose every match holds some literal text (:func:`needed_text`) is searched only
    in a line that holds it: most lines hold none, and a search tries every position."""
    anchored, others = _line_patterns(patterns)
    if anchored is not None and anchored.match(text) is not None:
        return True
    lower: str | None = None  # the line in lower case, made once, when a pattern needs it
    for pattern in others:
        needed = needed_text(pattern)
        if lower is None and needed is not None and needed[1]:
            lower = text.lower()
        if holds_needed(pattern, text, lower) and pattern.search(text) is not None:
            return True
    return False


@functools.lru_cache(maxsize=256)
def _line_patterns(
    patterns: tuple[str, ...],
) -> tuple[re.Pattern[str] | None, tuple[re.Pattern[str], ...]]:
    """``patterns`` compiled once: those that can only match at a line's start ("^..."
    outside any alternation, no multi-line flag) joined into one pattern tried there alone,
    the others one by one."""
    anchored: list[str] = []
    others: list[re.Pattern[str]] = []
    for pattern in patterns:
        compiled = re.compile(pattern)
        if _starts_anchored(pattern, compiled.flags):
            anchored.append(f"(?:{_local_flags(pattern)})")
        else:
            others.append(compiled)
    try:
        joined = re.compile("|".join(anchored)) if anchored else None
    except re.error:  # a group name used twice
        return None, tuple(re.compile(pattern) for pattern in patterns)
    return joined, tuple(others)


_LEADING_FLAGS = re.compile(r"\(\?([aimsux]+)\)")


def _starts_anchored(pattern: str, flags: int) -> bool:
    """Whether every match of ``pattern`` starts at the start of the string, and it holds
    no back reference a join would renumber."""
    if flags & (re.MULTILINE | re.VERBOSE) or re.search(r"\\[1-9]|\(\?P=|\(\?\(", pattern):
        return False
    parsed = _parser.parse(pattern, flags)
    return len(parsed) > 0 and parsed[0] == (_constants.AT, _constants.AT_BEGINNING)


def _local_flags(pattern: str) -> str:
    """``pattern`` with its leading global flags ("(?i)^...") made local ("(?i:^...)")."""
    flags = ""
    while (leading := _LEADING_FLAGS.match(pattern)) is not None:
        flags += leading.group(1)
        pattern = pattern[leading.end() :]
    return f"(?{flags}:{pattern})" if flags else pattern


def _ends_with_agency(text: str, rules: OutletRules) -> bool:
    tail = re.split(r"[/,|]|\bvia\b", text)[-1].strip()
    return tail in rules.credit_agencies


class _ReaderBase:
    """The working state of one pass over one page, and the helpers every pass uses."""

    def __init__(self, text: str, rules: OutletRules, source_id: SourceId) -> None:
        self.text = text
        self.rules = rules
        self.source_id = source_id
        self.lines = _lines(text, rules.continuing_words)
        self.kinds: dict[int, BlockKind] = {}
        self.header_date: tuple[dt.date, int, int] | None = None
        self._cut_stamp(rules)
        self.pieces: dict[int, list[tuple[BlockKind, int, int]]] = {}
        self.entry_of: dict[int, int] = {}
        self.entries: list[_Entry] = []
        self.publications: list[tuple[str, dt.datetime, int, int]] = []
        self.contributors: list[Contributor] = []
        self.pending_myself: list[tuple[int, int, int]] = []
        self.headline: _Line | None = None
        self.stamp_lines: set[int] = set()

    def _cut_stamp(self, rules: OutletRules) -> None:
        """An index's stamp before the first line is a line of its own, of metadata."""
        if not self.lines or not rules.stamp_prefixes:
            return
        first = self.lines[0]
        for pattern in rules.stamp_prefixes:
            match = re.match(pattern, first.text)
            if match is None or not match.group():
                continue
            stamp = _Line(0, first.start, first.start + match.end(), match.group())
            rest_text = first.text[match.end() :]
            rest = rest_text.lstrip(_STRIP)
            lines = [stamp]
            if rest:
                offset = first.start + match.end() + len(rest_text) - len(rest)
                lines.append(_Line(1, offset, offset + len(rest), rest))
            self.lines = [
                *lines,
                *(
                    _Line(i + len(lines), line.start, line.end, line.text)
                    for i, line in enumerate(self.lines[1:])
                ),
            ]
            self.kinds[0] = BlockKind.METADATA
            # the index's date is the page's when the page prints none of its own
            found = list(find_dates(self.text, stamp.start, stamp.end))
            if found:
                self.header_date = (found[0].date, found[0].start, found[0].end)
            return

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
