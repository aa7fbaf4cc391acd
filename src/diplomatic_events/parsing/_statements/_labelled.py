"""The speaker a transcript's label (or a speech's byline) gives the words under it, for
quotations inside them.

"PRESIDENT BIDEN: ... I say: "We're lucky. We have Canada to our north."": marks a labelled
speaker opens with "I say", "as we always say" are that speaker's own words. Read only when
a quotation is left without a speaker; marks after someone else's words ("they say", "As
Dostoyevski once said", "you wrote") or around a term stay unattributed, as before.
"""

from __future__ import annotations

import bisect
import re

from attrs import field, frozen

from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.model import PartialDate, Source
from diplomatic_events.parsing._meetings._speaker_labels import labelled_speakers
from diplomatic_events.typing import ActorId

_OWN_WORDS = re.compile(
    r"\b(?:I|[Ww]e)\s+(?:[a-z]+\s+){0,2}?(?:say|said|tell|told|put\s+it|wrote|write)"
    r"(?:\s+(?:it|them|him|her|you|this|that))?\s*[:,]?\s*$"
)
"""A speaker's cue for their own words, right before the marks ("I say:", "as we always
say,", "I told them:")."""
_CUE_WINDOW = 60
"""Characters before the opening mark that hold the cue."""


@frozen(kw_only=True)
class LabelledSpeech:
    """The labelled speaker of each readable block of one source, looked up by offset."""

    starts: tuple[int, ...] = field(factory=tuple)
    """Where each block with a labelled speaker starts, in text order."""
    ends: tuple[int, ...] = field(factory=tuple)
    speakers: tuple[ActorId, ...] = field(factory=tuple)

    @classmethod
    def of(cls, source: Source, knowledge: KnowledgeBase, on: PartialDate | None) -> LabelledSpeech:
        """The labelled speakers of ``source``'s blocks (:func:`labelled_speakers`)."""
        blocks = source.readable_blocks()
        found = sorted(labelled_speakers(source, knowledge, on).items())
        return cls(
            starts=tuple(blocks[i].start for i, _ in found),
            ends=tuple(blocks[i].end for i, _ in found),
            speakers=tuple(speaker for _, speaker in found),
        )

    def own_words_at(self, text: str, open_at: int) -> ActorId | None:
        """The labelled speaker of the block holding the opening mark at ``open_at``, when
        a cue of their own words opens the marks ("I say: “...”")."""
        at = bisect.bisect_right(self.starts, open_at) - 1
        if at < 0 or open_at >= self.ends[at]:
            return None
        window = max(self.starts[at], open_at - _CUE_WINDOW)
        if _OWN_WORDS.search(text, window, open_at) is None:
            return None
        return self.speakers[at]
