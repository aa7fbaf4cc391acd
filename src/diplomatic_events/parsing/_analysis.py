"""The text layer: one analysis of a source's text, computed once and shared by the stages.

A :class:`TextAnalysis` holds what every stage reads from the raw text: the readable
blocks (with the page lines that are only a quotation, and a speaker's byline), their
paragraphs, the sentences with the day their relative words resolve against, and the word
tokens with their offsets.
Each part is computed on first use and kept, so a stage asks the analysis instead of
splitting the text again.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from attrs import evolve, field, frozen

from diplomatic_events.knowledge._grammar import grammar, literal_alternation
from diplomatic_events.model import Block, BlockKind, Source

if TYPE_CHECKING:
    from diplomatic_events.parsing._meetings import Sentence

__all__ = ["TextAnalysis", "Token"]

T = TypeVar("T")

_TOKEN = re.compile(r"\w+|[^\w\s]")

_WORD = re.compile(r"[^\W\d_][\w’'-]*")
"""A word: letters first, then letters, digits, apostrophes and hyphens."""
_MINOR_WORD = re.compile(rf"[a-z]{{1,3}}|{literal_alternation(grammar().title_case_minor_words)}")
"""Words a title leaves in lower case: articles, conjunctions, prepositions ("Enhancing
Capacity through Partnership in Africa"); the longer ones are ``title_case_minor_words`` in
``grammar.toml``."""


def title_case_words(text: str, minor: re.Pattern[str] = _MINOR_WORD) -> list[str] | None:
    """The words of ``text`` when it is written in title case (every word capitalised but
    the ``minor`` ones: "Blinken Meets With Foreign Minister", "Dragon Group"), else
    ``None``. A heading written as a sentence ("Beginning of talks with President ...") is
    not."""
    words = _WORD.findall(text)
    if any(not w[0].isupper() and not minor.fullmatch(w) for w in words):
        return None
    return words


LIST_JOINER = re.compile(r"\s*(?:,|&|,?\s+and)\s*")
"""What stands between two items of one list: ", ", " and ", ", and ", " & " ("U.S., China
pledge", "Minister A and Chief of Staff B")."""
_QUOTE_LINE = re.compile(r"[\"“‘']([^\"“”‘’']{2,})[\"”’']")


@frozen(kw_only=True)
class Token:
    """A word, or one mark of punctuation, with its offsets in the source's text."""

    start: int
    end: int
    text: str


@frozen(kw_only=True)
class TextAnalysis:
    """One source's text, analysed once: blocks, paragraphs, sentences and tokens.

    Build it with :meth:`of`; each part is computed when a stage first asks for it.
    """

    source: Source
    _parts: dict[str, object] = field(init=False, factory=dict, repr=False, eq=False)

    @classmethod
    def of(cls, source: Source) -> TextAnalysis:
        """The (not yet computed) analysis of ``source``."""
        return cls(source=source)

    @property
    def text(self) -> str:
        """The source's text, which every offset indexes."""
        return self.source.text

    def _part(self, name: str, build: Callable[[], T]) -> T:
        if name not in self._parts:
            self._parts[name] = build()
        value: T = self._parts[name]  # type: ignore[assignment]
        return value

    @property
    def blocks(self) -> tuple[Block, ...]:
        """The readable blocks, plus page lines that are nothing but one quotation, and a
        speaker's byline in the head read as a sentence.

        A line such as ``'RATIFY RUSSIAN CONQUEST'`` is a cross-heading quoting the story
        even when the layout took it for page furniture; titles and links carry other words
        too. A line "John D. Negroponte, Deputy Secretary of State" under a transcript's
        title introduces its speaker, whether the layout took it for furniture, a heading or
        a standfirst.
        """
        return self._part("blocks", lambda: _with_head_lines(self.source))

    @property
    def paragraphs(self) -> tuple[tuple[int, int], ...]:
        """Each readable block's span, in text order."""
        return self._part("paragraphs", lambda: tuple((b.start, b.end) for b in self.blocks))

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        """The sentences of the readable blocks, with the day each resolves against."""
        from diplomatic_events.parsing._meetings import sentences

        return self._part("sentences", lambda: tuple(sentences(self.source)))

    @property
    def tokens(self) -> tuple[Token, ...]:
        """Every word and punctuation mark of the readable blocks, in text order."""

        def build() -> tuple[Token, ...]:
            text = self.text
            return tuple(
                Token(start=match.start(), end=match.end(), text=match.group())
                for start, end in self.paragraphs
                for match in _TOKEN.finditer(text, start, end)
            )

        return self._part("tokens", build)


def _with_head_lines(source: Source) -> tuple[Block, ...]:
    readable = source.readable_blocks()
    taken = {(b.start, b.end) for b in readable}
    first_body = next((b.start for b in readable if b.kind is BlockKind.BODY), len(source.text))
    extra = []
    bylines = set()
    for block in source.blocks:
        if block.kind in (BlockKind.HEADING, BlockKind.SUMMARY) and _speakers_byline(
            source.text[block.start : block.end].strip()
        ):
            bylines.add((block.start, block.end))  # read as a sentence, not a heading
            continue
        if block.kind is not BlockKind.BOILERPLATE or (block.start, block.end) in taken:
            continue
        line = source.text[block.start : block.end].strip()
        if _QUOTE_LINE.fullmatch(line) and len(line.split()) >= 2:
            extra.append(evolve(block, kind=BlockKind.HEADING))
        elif block.end <= first_body and _speakers_byline(line, office_first=True):
            # "John D. Negroponte, Deputy Secretary of State" under a transcript's title:
            # whose remarks these are, read as a sentence introducing them
            extra.append(evolve(block, kind=BlockKind.BODY))
    if bylines:
        readable = tuple(
            evolve(b, kind=BlockKind.BODY) if (b.start, b.end) in bylines else b for b in readable
        )
    if not extra:
        return readable
    return tuple(sorted((*readable, *extra), key=lambda b: (b.start, b.end)))


_BYLINE = re.compile(
    r"(?:[A-Z][\w.’'-]*[ \u00a0]+){1,3}[A-Z][\w’'-]+,[ \u00a0]+"
    r"(?P<office>[A-Z][\w’'-]*(?:[ \u00a0]+(?:[A-Z][\w’'.-]*|of|the|for|and|to)){0,10})"
)
"""A head line of a full name, a comma and an office in capitals, nothing more."""


_OFFICE_FIRST_BYLINE = re.compile(
    r"(?P<office>[A-Z][\w’'.-]*(?:[ \u00a0]+(?:[A-Z][\w’'.-]*|of|the|for|and|to)){0,8})"
    r"[ \u00a0]+[A-Z][\w’'-]+(?:[ \u00a0]+[A-Z]\.)?(?:[ \u00a0]+[A-Z][\w’'-]+){1,2}"
)
"""A head line of an office in capitals and then a full name, nothing more ("Secretary of
Transportation Norman Y. Mineta")."""


def _speakers_byline(line: str, *, office_first: bool = False) -> bool:
    """Whether a head line is a speaker's byline: a full name and an office holding one of
    ``office_heads`` ("R. Nicholas Burns, Under Secretary for Political Affairs"), or with
    ``office_first`` the office and then the name ("Secretary of Transportation Norman Y.
    Mineta"), a form a heading shares with a caption's title of two people."""
    heads = grammar().office_heads
    byline = _BYLINE.fullmatch(line)
    if byline is None and office_first:
        byline = _OFFICE_FIRST_BYLINE.fullmatch(line)
    return byline is not None and not heads.isdisjoint(byline["office"].split())
