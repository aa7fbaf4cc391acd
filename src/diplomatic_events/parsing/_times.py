"""The time expressions of one source, found once per window and shared by the passes.

The ``time`` stage finds the dates of every sentence of a source's text analysis; the
meeting finder, the visit finder and the related events ask this one :class:`SourceTimes`
for a sentence's (or a clause's) dates instead of reading the text again, and a window no
stage asked for yet (a clause the meeting finder cuts, a sentence resolved against an
inferred date) is read once when first asked for.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from attrs import field, frozen

from diplomatic_events.model import Source
from diplomatic_events.parsing._time import TimeExpression, find_dates
from diplomatic_events.typing import SourceId

__all__ = ["DateFinder", "SourceTimes", "dates_of"]

DateFinder = Callable[[dt.date | None, int, int], tuple[TimeExpression, ...]]
"""The dates of ``text[start:end]`` resolved against a reference day: ``(reference, start,
end)``."""

_Window = tuple[dt.date | None, int, int]


@frozen(kw_only=True)
class SourceTimes:
    """Every time expression of one source's windows, each window read once.

    .. versionadded:: 0.1.0
    """

    source: SourceId
    text: str = field(repr=False)
    _found: dict[_Window, tuple[TimeExpression, ...]] = field(factory=dict, repr=False)

    @classmethod
    def of(cls, source: Source) -> SourceTimes:
        """The dates of each sentence of ``source``'s readable blocks."""
        from diplomatic_events.parsing._meetings import sentences

        times = cls(source=source.id, text=source.text)
        for sentence in sentences(source):
            times.find(sentence.reference, sentence.start, sentence.end)
        return times

    def find(self, reference: dt.date | None, start: int, end: int) -> tuple[TimeExpression, ...]:
        """The dates of ``text[start:end]`` resolved against ``reference``, as
        :func:`~diplomatic_events.parsing._time.find_dates` gives them."""
        key = (reference, start, end)
        found = self._found.get(key)
        if found is None:
            found = self._found[key] = find_dates(self.source, self.text, reference, start, end)
        return found

    def serves(self, source: Source) -> bool:
        """Whether these are the dates of ``source``'s text."""
        return self.source == source.id and (self.text is source.text or self.text == source.text)


def dates_of(source: Source, times: SourceTimes | None = None) -> DateFinder:
    """How to find ``source``'s dates: through ``times`` when they are its own."""
    if times is not None and times.serves(source):
        return times.find
    return lambda reference, start, end: find_dates(source.id, source.text, reference, start, end)
