"""Positions: each side's stance on each topic, with the statements that carry it.

Precision first: a stance cue and the topic words after it (up to the next cue, or in the
"that" clause that is its object) give a position when its holder is plain: the possessor
of a noun cue, "both sides" as the cue's subject, the speaker of a direct quotation, the
sentence's subject read from its start (``_lead``: names before the first lower-case
word, a title, They/He/She from the sentence before), the subject before the cue in its
clause, then the speaker of the report holding it (see ``_holders``). A stance with no
such holder is left out. Negation is kept, not flipped: "does not support Taiwan
independence" is ``SUPPORTS`` with ``negated=True`` (a refusal to support is not the same
claim as opposition, so the reader decides).
:func:`compare_positions` puts the sides next to each other, topic by topic.

The package's modules, in the order a reading goes: ``_words`` (shared words and
patterns), ``_cues`` (stance cues), ``_sides`` (the sides and who stands for them),
``_holders`` (a clause's subject and carrying report), ``_lead`` (a sentence's subject
read from its start), ``_reading`` (the per-source stage's reading), ``_find`` (a
visit's positions) and ``_compare``.
"""

from diplomatic_events.knowledge._topics import default_topics
from diplomatic_events.parsing._positions._compare import Agreement, TopicSides, compare_positions
from diplomatic_events.parsing._positions._cues import stance_of, tag_topics
from diplomatic_events.parsing._positions._find import find_positions
from diplomatic_events.parsing._positions._reading import PositionReading, read_positions

__all__ = [
    "Agreement",
    "PositionReading",
    "TopicSides",
    "compare_positions",
    "default_topics",
    "find_positions",
    "read_positions",
    "stance_of",
    "tag_topics",
]
