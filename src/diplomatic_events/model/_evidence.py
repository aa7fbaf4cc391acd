"""Evidence: where in which source a fact was read."""

from __future__ import annotations

from attrs import field, frozen

from diplomatic_events.exceptions import InvalidModelError
from diplomatic_events.model._checks import non_empty, non_negative
from diplomatic_events.typing import SourceId


@frozen(kw_only=True)
class Span:
    """A stretch of one source's original text: ``source_text[start:end] == text``.

    Offsets are Python ``str`` indices into the file as decoded, never into a cleaned
    copy, so any reader can check the evidence against the original.

    .. versionadded:: 0.1.0
    """

    source: SourceId = field(validator=non_empty)
    start: int = field(validator=non_negative)
    end: int = field(validator=non_negative)
    text: str

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise InvalidModelError(f"Span ends ({self.end}) before it starts ({self.start})")
        if len(self.text) != self.end - self.start:
            raise InvalidModelError(
                f"Span text has {len(self.text)} characters but covers {self.end - self.start}"
            )

    @classmethod
    def of(cls, source: SourceId, text: str, start: int, end: int) -> Span:
        """Cut the span ``text[start:end]`` out of a source's original text."""
        return cls(source=source, start=start, end=end, text=text[start:end])

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        """Whether both spans share at least one character of the same source."""
        return self.source == other.source and self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        """Whether ``other`` lies wholly inside this span."""
        return self.source == other.source and self.start <= other.start and other.end <= self.end
