"""Meetings: who met whom, when, where and for how long, merged from every mention.

A mention is a sentence with a meeting word ("met", "talks", "dinner") and the people in it,
or a sentence that refers back to the last meeting ("The meeting lasted five hours", "It
began at 4:34 p.m."). The date, duration, venue and clock times of a mention come from its
sentence; what a sentence leaves out is filled in from the other mentions of the same meeting.

``_words`` holds the cue patterns, ``_sentences`` the sentences and the people in them,
``_find`` the meeting finder, ``_clues`` the sentence-level clues it reads, ``_dating`` the
day a mention gives, ``_parties`` who took part, ``_transcripts`` the meetings a transcript
records (with ``_speaker_labels``, ``_transcript_venues`` and ``_greetings``), and ``_merge``
the merging of mentions into meetings. The finder's steps for one
sentence are ``_sentence_dates`` (with ``_trip_days``), ``_sentence_people`` and
``_sentence_setting``; the mentions it makes, ``_implied_meetings`` and ``_referring_back``;
the page's own meetings, ``_page_meetings``.
"""

from __future__ import annotations

from diplomatic_events.parsing._meetings._find import find_meeting_mentions, quoted_speakers
from diplomatic_events.parsing._meetings._merge import merge_durations, merge_meeting_mentions
from diplomatic_events.parsing._meetings._sentences import (
    MeetingMention,
    PersonMention,
    Sentence,
    person_mentions,
    persons,
    reference_date,
    sentence_mentions,
    sentences,
)

__all__ = [
    "MeetingMention",
    "PersonMention",
    "Sentence",
    "find_meeting_mentions",
    "merge_durations",
    "merge_meeting_mentions",
    "person_mentions",
    "persons",
    "quoted_speakers",
    "reference_date",
    "sentence_mentions",
    "sentences",
]
