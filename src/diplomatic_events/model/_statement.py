"""What was said: one utterance, as each outlet reported it."""

from __future__ import annotations

import datetime as dt
import enum

from attrs import field, frozen

from diplomatic_events.exceptions import InvalidModelError
from diplomatic_events.model._checks import aware, non_empty, non_negative
from diplomatic_events.model._evidence import Span
from diplomatic_events.typing import ActorId, SourceId, StatementId, TopicId

__all__ = ["NonQuotation", "NonQuotationKind", "Report", "Statement", "StatementKind"]


class StatementKind(enum.Enum):
    """How closely a report reproduces the words spoken."""

    DIRECT = "direct"
    """A whole sentence or more in quotation marks."""
    PARTIAL = "partial"
    """A fragment in quotation marks inside the reporter's paraphrase."""
    INDIRECT = "indirect"
    """Reported speech without quotation marks ("Blinken said China assured ...")."""

    @property
    def is_quoted(self) -> bool:
        """Whether the words stood in quotation marks."""
        return self is not StatementKind.INDIRECT


@frozen(kw_only=True)
class Report:
    """One outlet's rendering of a statement, with its own wording and place.

    ``text`` is ``source_text[start:end]``: the quoted words without their marks.
    """

    source: SourceId = field(validator=non_empty)
    kind: StatementKind
    text: str
    start: int = field(validator=non_negative)
    end: int = field(validator=non_negative)
    cue: Span | None = None
    """The attribution words ("he said", "according to a readout")."""
    speaker_mention: Span | None = None
    """The words that name the speaker here ("the top US diplomat")."""
    occasion: str | None = None
    """Where it was said, when the text gives it ("news conference", "CCTV video")."""
    said_at: dt.datetime | None = field(default=None, validator=aware)
    """A live entry's time, inherited by what the entry quotes."""
    said_on: str | None = None
    """The day it was said as an ISO date, when known."""

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise InvalidModelError(f"Report ends ({self.end}) before it starts ({self.start})")
        if len(self.text) != self.end - self.start:
            raise InvalidModelError(
                f"Report text has {len(self.text)} characters but covers {self.end - self.start}"
            )

    @property
    def span(self) -> Span:
        """The report's words as evidence."""
        return Span(source=self.source, start=self.start, end=self.end, text=self.text)


@frozen(kw_only=True)
class Statement:
    """One utterance by one speaker; each outlet that carried it adds a :class:`Report`.

    ``speaker`` is ``None`` when the text names nobody: the statement is kept,
    unattributed, with whatever ``speaker_candidates`` the text suggested.

    .. versionadded:: 0.1.0
    """

    id: StatementId = field(validator=non_empty)
    speaker: ActorId | None
    kind: StatementKind
    reports: tuple[Report, ...] = field()
    speaker_candidates: tuple[ActorId, ...] = ()
    topics: tuple[TopicId, ...] = ()

    @reports.validator
    def _has_reports(self, _attribute: object, value: tuple[Report, ...]) -> None:
        if not value:
            raise InvalidModelError(f"Statement {self.id!r} needs at least one report")

    @property
    def text(self) -> str:
        """The longest wording among the reports."""
        return max((report.text for report in self.reports), key=len)

    @property
    def sources(self) -> tuple[SourceId, ...]:
        """The sources that carry the statement, without repeats, in report order."""
        return tuple(dict.fromkeys(report.source for report in self.reports))


class NonQuotationKind(enum.Enum):
    """Why a pair of quotation marks holds no one's words."""

    TITLE = "title"
    """A video, article or programme title."""
    SCARE_QUOTE = "scare_quote"
    """A term set off by the writer, not reported as said."""
    NESTED = "nested"
    """Inside a longer quotation: it belongs to the outer one."""
    TERM = "term"
    """A name or coined term ("One China")."""
    UNPAIRED = "unpaired"
    """A mark with no partner in its paragraph or the next."""


@frozen(kw_only=True)
class NonQuotation:
    """A quoted span that is not a quotation, kept so that no pair of marks is lost."""

    evidence: Span
    kind: NonQuotationKind
    reason: str = ""
