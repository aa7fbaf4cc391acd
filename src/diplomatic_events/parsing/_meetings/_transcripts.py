"""Transcripts: a meeting of the people of two or more countries who speak at length under
their own labels, and the meeting a page's title shows.

Beside it: who speaks under each label (:mod:`._speaker_labels`), the venue a transcript's
first lines name (:mod:`._transcript_venues`) and the guest a lone speaker greets
(:mod:`._greetings`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.knowledge._places import Gazetteer, PlaceMention
from diplomatic_events.model import ActorKind, Block, BlockKind, PartialDate, Source, Span
from diplomatic_events.parsing._discovery._labels import speaker_label
from diplomatic_events.parsing._meetings._clues import _country_of
from diplomatic_events.parsing._meetings._greetings import _greeted
from diplomatic_events.parsing._meetings._sentences import MeetingMention
from diplomatic_events.parsing._meetings._speaker_labels import (
    _introduced_office_holder,
    _labelled,
    head_byline,
    issuer_country,
    labels_of_blocks,
    outlet_office_holder,
)
from diplomatic_events.parsing._meetings._transcript_venues import _venue_line, _venue_opening
from diplomatic_events.parsing._meetings._words import _PRINCIPAL_CHARACTERS
from diplomatic_events.parsing._time import TimeExpression
from diplomatic_events.typing import ActorId


def _transcript_meeting(
    source: Source, knowledge: KnowledgeBase, gazetteer: Gazetteer, day: TimeExpression | None
) -> MeetingMention | None:
    """The meeting a transcript records: the people of two or more countries who speak at
    length under their own labels ("PRESIDENT PUTIN: I am happy to welcome you ...") met,
    on the day the transcript was published unless the text names another. When only one
    side speaks at length, the guest that speaker greets is the other side.

    Labels are matched against the knowledge in title case, so "SECRETARY AUSTIN" is
    Secretary Austin; "Q", "MODERATOR" and unknown names are nobody.
    """
    text = source.text
    said: dict[ActorId, int] = {}
    turns: Counter[ActorId] = Counter()
    first: dict[ActorId, Span] = {}
    opening: dict[ActorId, tuple[int, int]] = {}
    """Where each labelled speaker's first speech starts and its paragraph ends."""
    head_end: int | None = None
    lines_end: int | None = None
    on = None if day is None else day.date
    issuer = issuer_country(knowledge, source)
    speaker: ActorId | None = None
    spoken_after_label = 0
    introductions: list[tuple[int, int]] = []
    """The speeches of labels that name nobody ("MODERATOR:") before anyone named speaks."""
    blocks = source.readable_blocks()
    labels = labels_of_blocks(source, knowledge)
    for number, block in enumerate(blocks):
        label = labels[number]
        if label is None:
            if speaker is not None:  # the speech goes on over the following paragraphs
                said[speaker] += block.end - block.start
            continue
        if head_end is None:
            head_end = block.start
        if lines_end is None and block.kind is not BlockKind.HEADLINE:
            # "Europe and Eurasia: Remarks With ..." is a headline's section, not a speaker:
            # the head's venue lines run on to the first label below it
            lines_end = block.start
        speaker = _labelled(knowledge, label["label"], on, issuer)
        if speaker is None:
            if not said:
                introductions.append((label.end(), block.end))
            continue
        said[speaker] = said.get(speaker, 0) + block.end - label.end()
        spoken_after_label = len(text[label.end() : block.end].split())
        turns[speaker] += 1
        first.setdefault(speaker, source.span(label.start("label"), label.end("label")))
        opening.setdefault(speaker, (label.end(), _speech_opening_end(text, blocks, number)))
    # the speech the excerpt stops in, mid-sentence: under its label, or a paragraph on
    # from a label that opened a speech ("Putin: Mr Prime Minister, my dear friend, I am
    # very glad ..."), not a heading's ("Map of Carter travel locations: Philippines.")
    last_labelled = blocks and labels[-1]
    cut_off = (
        speaker
        if blocks
        and (last_labelled or spoken_after_label >= _OPENING_WORDS)
        and _ENDED.search(text, blocks[-1].start, blocks[-1].end) is None
        else None
    )
    # a labelled speech the excerpt cuts off may have gone on at length, and one who takes
    # the floor again ("FOREIGN MINISTER LAVROV: Thank you, John. ...") is in the exchange
    principals = [
        a
        for a, size in said.items()
        if size >= _PRINCIPAL_CHARACTERS or a == cut_off or turns[a] >= _PRINCIPAL_TURNS
    ]
    countries = {_country_of(knowledge, a) for a in principals}
    evidence = [first[a] for a in principals]
    venue: PlaceMention | None = None
    if principals and len(countries - {None}) < 2:
        # one side's speech survives (the excerpt stops, or the guest spoke unrecorded):
        # the guest its speaker greets first, or the page's heading names, met them too
        host = principals[0]
        guests, spans, venue = _greeted(
            source, knowledge, gazetteer, host, opening[host], head_end, on, introductions
        )
        principals = [*principals, *(g for g in guests if g not in principals)]
        evidence.extend(spans)
        countries = {_country_of(knowledge, a) for a in principals}
    if len(principals) < 2 or not _two_sides(knowledge, principals):
        return None
    if venue is None and lines_end is not None:
        # a transcript headed by where it was spoken ("Number 10 Downing Street", "Oval
        # Office"): more exact than the house a speaker welcomes the guest to
        venue = _venue_line(source, gazetteer, lines_end, knowledge)
    for principal in principals:
        if venue is None and principal in opening:
            # "Mr President, friends, I am happy to welcome you to the Kremlin."
            venue = _venue_opening(source, gazetteer, opening[principal][0])
    if venue is None and head_end is not None:
        # a host's officer opens the event ("STAFF: Good afternoon, everyone. Welcome to the
        # Ministry of Defense here in Tel Aviv.")
        venue = _venue_opening(source, gazetteer, head_end)
    return MeetingMention(
        source=source.id,
        people=tuple(principals),
        date=day,
        evidence=tuple(evidence),
        venue=venue,
        group=len(principals) > 2,
        narrative=True,
    )


def _speech_opening_end(text: str, blocks: Sequence[Block], number: int) -> int:
    """Where the opening of the speech labelled in ``blocks[number]`` ends: its paragraph,
    and the next one when the paragraph is only an address going on ("President Putin,
    ministers, members of the delegation," / "I am delighted to welcome President Putin")."""
    end = blocks[number].end
    if text[blocks[number].start : end].rstrip().endswith(",") and number + 1 < len(blocks):
        return blocks[number + 1].end
    return end


_OPENING_WORDS = 5
"""How many words, at least, follow a label on its line when it opens a speech rather than a
heading's section."""
_PRINCIPAL_TURNS = 2
"""How often a labelled person takes the floor, at least, to be in the exchange however
briefly each time."""
_ENDED = re.compile(r"[.!?…\"”’)\]]\s*$")
"""How a transcript's last block ends when its speech was not cut off mid-sentence."""


def _two_sides(knowledge: KnowledgeBase, principals: list[ActorId]) -> bool:
    """Whether the principals are of two or more countries: known countries, or one known
    and an office holder introduced by the page whose country it does not say ("DEPUTY
    SUPREME COMMANDER OF THE ARMED FORCES SALMAN BIN HAMAD AL KHALIFA" with the Secretary of
    Defense): a compatriot would be in the data or give the country in the title."""
    countries = {_country_of(knowledge, a) for a in principals}
    if len(countries - {None}) >= 2:
        return True
    return len(countries - {None}) == 1 and any(
        _introduced_office_holder(knowledge, a) for a in principals
    )


_WITH_BEFORE = re.compile(r"\b[Ww]ith(?:[ \u00a0]+(?:[A-Z][\w.'’/-]*|of|the|for|and))*[ \u00a0]*$")
"""A title's people introduced by "with" alone ("Remarks With Serbian Foreign Minister Ivica
Dacic Before Their Meeting"): the title does not name who is with them."""


def _title_meeting(
    source: Source,
    knowledge: KnowledgeBase,
    day: TimeExpression | None,
    speakers: Mapping[int, ActorId] | None = None,
    gazetteer: Gazetteer | None = None,
) -> MeetingMention | None:
    """The meeting a page's title shows: people of two or more countries appearing together
    ("Secretary Pompeo And Ethiopian Foreign Minister Andargachew At a Press Availability",
    "Remarks by President von der Leyen at the joint press point with Ludovic Orban"),
    on the day the page was published unless the text names another.

    A title whose first person it names comes after a bare "with" ("Remarks With ...") leaves
    out the page's own speaker: the person of the transcript's ``speakers`` (labelled
    speakers by block) who holds the most paragraphs is with them. A venue that is a whole
    line of the page's head ("Treaty Room") is where they met."""
    cue = knowledge.event_cues.joint_appearance
    if cue is None:
        return None
    body = next((b.start for b in source.blocks if b.kind is BlockKind.BODY), len(source.text))
    # the page's title, or a line of its head under a label that took the title's place
    # ("European Commission - Speech" above "Statement by ... at the joint press conference")
    first_title = next(
        (b for b in source.blocks if b.kind in (BlockKind.HEADLINE, BlockKind.HEADING)), None
    )
    head = [b for b in source.blocks if b.kind is BlockKind.SUMMARY and b.end <= body]
    # a page whose title the reader kept as its first paragraph ("Secretary Blinken, ... and
    # Foreign Minister Wong at a Joint Press Availability" above the first label, or below a
    # site's label read as the headline that names no one: "European Commission - Speech"):
    # a line that is no sentence and no one's speech
    opening = next((b for b in source.blocks if b.kind is BlockKind.BODY), None)
    if (
        opening is not None
        and (
            first_title is None
            or not knowledge.people_named(source.text, first_title.start, first_title.end)
        )
        and opening.end - opening.start <= _TITLE_CHARACTERS
        # a sentence's stop, before any closing marks ("... was “unprecedented.”"), or the
        # colon of a lead-in ("released the following statement after meeting with ...:")
        and not source.text[opening.start : opening.end]
        .rstrip(_CLOSING)
        .endswith((".", "!", "?", ":"))
        and speaker_label(knowledge, source.text, opening.start, opening.end) is None
    ):
        head.append(opening)
    candidates = sorted(
        [*head, first_title] if first_title is not None else head, key=lambda b: b.start
    )
    candidates += _headings_over_speeches(source, knowledge, speakers, candidates)
    on = None if day is None else day.date
    people: dict[ActorId, Span] = {}
    for title in candidates:
        if cue.search(source.text, title.start, title.end) is not None:
            people = _appearing(knowledge, source, title, on, speakers)
        if people:
            break
    else:
        return None
    evidence = list(dict.fromkeys(people.values()))  # the host shares its guest's span
    venue = None if gazetteer is None else _venue_line(source, gazetteer, body, knowledge)
    if venue is None and gazetteer is not None:
        # "ACTING SECRETARY OF DEFENSE MARK T. ESPER: ... Mr. Kurbanov, welcome to the
        # Pentagon.": the first labelled speech says where they met
        label = next(
            (
                found
                for b in source.readable_blocks()
                if (found := speaker_label(knowledge, source.text, b.start, b.end)) is not None
            ),
            None,
        )
        venue = None if label is None else _venue_opening(source, gazetteer, label.end())
    return MeetingMention(
        source=source.id,
        people=tuple(people),
        date=day,
        evidence=tuple(evidence),
        venue=venue,
        group=len(people) > 2,
        narrative=True,
    )


def _headings_over_speeches(
    source: Source,
    knowledge: KnowledgeBase,
    speakers: Mapping[int, ActorId] | None,
    read: Sequence[Block],
) -> list[Block]:
    """The headings above a transcript's first speech under a label that names its speaker,
    beyond those already ``read``: its title stands there when a site's menu above was read
    as prose ("Press Availability With Director-General Kenichiro Sasae" under "HomeHot
    Topics, ...")."""
    if not speakers:
        return []
    labels = labels_of_blocks(source, knowledge)
    first_label = min((i for i in speakers if labels[i] is not None), default=None)
    if first_label is None:
        return []  # a byline's speech, no transcript
    first = source.readable_blocks()[first_label].start
    # a title of fewer words than a standfirst's under a site's name read as the headline
    # is kept as the head's chrome ("Remarks With Korean Special Representative Kim Sook"
    # under "U.S. Department of State")
    return [b for b in source.blocks if b.kind in _TITLE_KINDS and b.end <= first and b not in read]


_TITLE_KINDS = frozenset({BlockKind.HEADLINE, BlockKind.HEADING, BlockKind.BOILERPLATE})
"""The kinds of block a transcript's title above its first label may have been read as."""


_TITLE_CHARACTERS = 400
"""The longest first paragraph read as a page's title."""
_CLOSING = " \t\u00a0\"'\u201d\u2019)]"
"""What may close a paragraph after its last sentence's stop: spaces, marks, brackets."""


def _appearing(
    knowledge: KnowledgeBase,
    source: Source,
    title: Block,
    on: PartialDate | None,
    speakers: Mapping[int, ActorId] | None,
) -> dict[ActorId, Span]:
    """The people a title shows appearing together, each with where it names them, when
    they are of two or more countries, or of one and of none known ("Secretary Pompeo And
    Jordanian Foreign Minister Ayman Safadi", the minister known only as "SAFADI:" below);
    else none."""
    people: dict[ActorId, Span] = {}
    for mention in knowledge.find_mentions(source.text, title.start, title.end, on=on):
        actor = knowledge.actor(mention.actor)
        if actor is None or actor.kind is not ActorKind.PERSON or actor.id in people:
            continue
        if not people and _WITH_BEFORE.search(source.text, title.start, mention.start):
            # the page's own speaker: the one its byline names under the title ("John
            # Kerry" over "Secretary of State"), else who speaks most below
            byline = head_byline(
                knowledge, source, on, issuer_country(knowledge, source), after=title.end
            )
            host = byline[0] if byline is not None else None
            if host is None and speakers:
                host = _principal(knowledge, speakers)
            if host in (None, actor.id):
                # the guest speaks first and the excerpt stops before the host does ("Joint
                # press conference with New Zealand Foreign Minister Nanaia Mahuta" on the
                # Australian Foreign Minister's site): the page's office holder is the host
                host = outlet_office_holder(
                    knowledge, source, on, issuer_country(knowledge, source)
                )
            if host is not None and host != actor.id:
                people[host] = source.span(mention.start, mention.end)
        people[actor.id] = source.span(mention.start, mention.end)
    countries = [_country_of(knowledge, p) for p in people]
    if len(set(countries) - {None}) < 2 and not (len(people) >= 2 and None in countries):
        return {}
    return people


def _principal(knowledge: KnowledgeBase, speakers: Mapping[int, ActorId]) -> ActorId | None:
    """The person who speaks in the most paragraphs of a transcript."""
    counts = Counter(speaker for speaker in speakers.values() if knowledge.is_person(speaker))
    return counts.most_common(1)[0][0] if counts else None
