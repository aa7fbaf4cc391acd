"""Who said each quotation: cues, subjects, pronouns, documents and unnamed sources.

The search is local first and wider after: the words right after the quotation
(``," Blinken said``, ``- Blinken``, ``said the top US diplomat``), then the clause before
it (``Wang told Blinken that "..."``, ``according to a readout``), then the tail of the
sentence (``..., the official added.``), and only then the previous quotation's speaker or
the subject of the entry. Pronouns resolve to the most recent speaker or sentence subject
of the same gender within the same live entry; "the statement" and "it" resolve to the
institution that last spoke. Cue words, titles and country words come from data.

The :class:`Attributor` is built in layers, one module each: ``_state`` (the source, its
sentences and candidates), ``_sources`` (documents, pairs and unnamed sources),
``_resolve`` (what a candidate names, pronouns), ``_openings`` (the subject where a
sentence opens), ``_subjects`` (the subject of a clause or sentence) and ``_attributor``
(the search around each quotation). ``_words`` holds the word patterns they share and
``_text_scans`` the plain scans of the text they all ask.
"""

from __future__ import annotations

from diplomatic_events.parsing._attribution._attributor import Attributor
from diplomatic_events.parsing._attribution._state import Attribution

__all__ = ["Attribution", "Attributor"]
