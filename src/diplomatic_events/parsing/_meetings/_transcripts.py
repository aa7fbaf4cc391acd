"""Transcripts: a meeting of the people of two or more countries who speak at length under
their own labels, and the guest a lone speaker greets."""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Mapping, Sequence

from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.knowledge._actors import TITLE_WORD, slug
from diplomatic_events.knowledge._grammar import grammar, phrase_pattern
from diplomatic_events.knowledge._mentions import country_counts, fold_name
from diplomatic_events.knowledge._places import Gazetteer, PlaceMention, venue_line
from diplomatic_events.model import Actor, ActorKind, Block, BlockKind, PartialDate, Source, Span
from diplomatic_events.parsing._discovery._countries import _country_in_title
from diplomatic_events.parsing._discovery._labels import speaker_label, title_case_label
from diplomatic_events.parsing._meetings._clues import _country_of, _is_locative
from diplomatic_events.parsing._meetings._sentences import (
    MeetingMention,
    sentences,
)
from diplomatic_events.parsing._meetings._words import (
    _PRINCIPAL_CHARACTERS,
)
from diplomatic_events.parsing._time import TimeExpression
from diplomatic_events.typing import ActorId


def _labelled(
    knowledge: KnowledgeBase, words: str, on: PartialDate | None, issuer: str | None = None
) -> ActorId | None:
    """The one known person a speaker label names ("SECRETARY AUSTIN", "President of Russia
    Vladimir Putin"); ``None`` for "Q", "MODERATOR" or a label naming two people. A bare
    office ("Prime Minister:") on a page an office of ``issuer`` (a country's name) put out
    is that country's holder of the office on the day."""
    titled = title_case_label(words)
    mentions = [
        m
        for m in knowledge.find_mentions(titled, 0, len(titled), on=on)
        if (actor := knowledge.actor(m.actor)) is not None and actor.kind is ActorKind.PERSON
    ]
    if len(titled) != len(words):
        return None
    if not mentions and issuer is not None and _only_title_words(knowledge, titled):
        phrase = f"the {titled} of {issuer}"
        mentions = [
            m
            for m in knowledge.find_mentions(phrase, 0, len(phrase), on=on)
            if (actor := knowledge.actor(m.actor)) is not None
            and actor.kind is ActorKind.PERSON
            and actor.country == knowledge.country_of(issuer)
        ]
    if not mentions:
        return _by_surname_in_label(knowledge, words, on)
    if len({m.actor for m in mentions}) != 1:
        return None
    return mentions[0].actor


def _only_title_words(knowledge: KnowledgeBase, words: str) -> bool:
    """Whether a label is an office alone ("Prime Minister", "Foreign Secretary")."""
    titles = {w.casefold() for w in knowledge.title_words}
    return all(w.casefold() in titles or w in ("of", "the") for w in words.split())


def issuer_code(knowledge: KnowledgeBase, source: Source) -> str | None:
    """The code of the country whose office put a page out, read from its outlet as a
    title's country is ("Prime Minister of Australia" gives AU, "10 Downing Street" GB)."""
    return _country_in_title(source.outlet_name or "", knowledge)


def issuer_country(knowledge: KnowledgeBase, source: Source) -> str | None:
    """The name of the country whose office put a page out (:func:`issuer_code`): the office
    its bare labels belong to."""
    code = issuer_code(knowledge, source)
    country = None if code is None else knowledge.countries.get(code)
    return None if country is None or not country.names else country.names[0]


def _by_surname_in_label(
    knowledge: KnowledgeBase, words: str, on: PartialDate | None
) -> ActorId | None:
    """The one known person whose family name ends a label of a title and a surname
    ("FOREIGN SECRETARY HAGUE", "FOREIGN MINISTER CAVUSOGLU" for Çavuşoğlu): accents and
    case aside, and of several, the one in office that day."""
    parts = words.split()
    if len(parts) < 2:
        return None

    table = knowledge.filed("transcripts:label-surnames", _label_surname)
    found = table.get(slug(parts[-1]), ())
    if len(found) > 1 and on is not None:
        found = tuple(
            a
            for a in found
            if (actor := knowledge.actor(a)) is not None and any(r.held_on(on) for r in actor.roles)
        )
    return found[0] if len(found) == 1 else None


def _label_surname(knowledge: KnowledgeBase, actor: Actor) -> tuple[str, ...]:
    """The keys a person is filed under for speaker labels: the last word of the surname,
    and the last word of the full name when another ("FOREIGN MINISTER ABDULLAH" for
    Saifuddin Abdullah, whom his own country calls Saifuddin)."""
    surname = knowledge.surname(actor.id)
    if actor.kind is ActorKind.PERSON and surname:
        return tuple(dict.fromkeys((slug(surname.split()[-1]), slug(actor.name.split()[-1]))))
    return ()


def labelled_speakers(
    source: Source, knowledge: KnowledgeBase, on: PartialDate | None
) -> dict[int, ActorId]:
    """The labelled speaker of each readable block (by index) of a transcript: the label's
    person, carried over the unlabelled paragraphs that follow, until another label."""
    text = source.text
    speakers: dict[int, ActorId] = {}
    speaker: ActorId | None = None
    issuer = issuer_country(knowledge, source)
    blocks = source.readable_blocks()
    for index, block in enumerate(blocks):
        label = speaker_label(knowledge, text, block.start, block.end)
        if label is not None:
            speaker = _labelled(knowledge, label["label"], on, issuer)
        if speaker is not None:
            speakers[index] = speaker
    if not speakers and blocks:
        # a speech under its speaker's name and nothing else ("Ambassador Linda
        # Thomas-Greenfield" over "U.S. Representative to the United Nations", "AS
        # DELIVERED" and the remarks): every paragraph after is that person's
        for block in source.blocks:
            if block.kind is BlockKind.BODY:
                break
            byline = _byline(knowledge, text, block.start, block.end) or _office_line(
                knowledge, text[block.start : block.end].strip(), on, issuer
            )
            if byline is not None:
                return {i: byline for i, b in enumerate(blocks) if b.start >= block.end}
    return speakers


def _office_line(
    knowledge: KnowledgeBase, line: str, on: PartialDate | None, issuer: str | None
) -> ActorId | None:
    """The holder of the office a head line names and nothing more ("Prime Minister" on a
    transcript the Prime Minister of Australia put out): the page's speaker."""
    if issuer is None or not line or not _only_title_words(knowledge, line):
        return None
    return _labelled(knowledge, line, on, issuer)


_BYLINE_WORDS = 8
"""The most words a line naming a speech's speaker holds (titles and the name)."""


def _byline(knowledge: KnowledgeBase, text: str, start: int, end: int) -> ActorId | None:
    """The one person a short first line names and nothing more: a line without a
    sentence's end or a verb-like lower-case word, of a few words."""
    line = text[start:end].strip()
    words = line.split()
    if not words or len(words) > _BYLINE_WORDS or line.endswith((".", "?", "!", ":")):
        return None
    if any(w[0].islower() for w in words if w not in ("of", "the", "for", "and", "to")):
        return None
    people = {
        m.actor
        for m in knowledge.find_mentions(text, start, end)
        if (actor := knowledge.actor(m.actor)) is not None and actor.kind is ActorKind.PERSON
    }
    return next(iter(people)) if len(people) == 1 else None


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
    blocks = source.readable_blocks()
    for number, block in enumerate(blocks):
        label = speaker_label(knowledge, text, block.start, block.end)
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
            continue
        said[speaker] = said.get(speaker, 0) + block.end - label.end()
        turns[speaker] += 1
        first.setdefault(speaker, source.span(label.start("label"), label.end("label")))
        opening.setdefault(speaker, (label.end(), _speech_opening_end(text, blocks, number)))
    cut_off = (
        speaker
        if blocks
        and speaker_label(knowledge, text, blocks[-1].start, blocks[-1].end) is not None
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
            source, knowledge, gazetteer, host, opening[host], head_end, on
        )
        principals = [*principals, *(g for g in guests if g not in principals)]
        evidence.extend(spans)
        countries = {_country_of(knowledge, a) for a in principals}
    if len(principals) < 2 or not _two_sides(knowledge, principals):
        return None
    if venue is None and lines_end is not None:
        # a transcript headed by where it was spoken ("Number 10 Downing Street", "Oval
        # Office"): more exact than the house a speaker welcomes the guest to
        venue = _venue_line(source, gazetteer, lines_end)
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


def _introduced_office_holder(knowledge: KnowledgeBase, person: ActorId) -> bool:
    """Whether ``person`` holds an office the page introduces without saying whose country:
    a compatriot of the other side would be in the data or give the country in the title."""
    actor = knowledge.actor(person)
    return actor is not None and actor.country is None and actor.discovered and bool(actor.roles)


def _venue_opening(source: Source, gazetteer: Gazetteer, start: int) -> PlaceMention | None:
    """The venue the first speech says the meeting is at, in its first lines ("welcome you
    to the Kremlin", "here at the Pentagon")."""
    stop = min(len(source.text), start + _VENUE_OPENING_CHARACTERS)
    venues = [p for p in gazetteer.find(source.id, source.text, start, stop) if p.kind == "venue"]
    for index, venue in enumerate(venues):
        if not _is_locative(source.text, start, venue.evidence.start):
            continue
        opens = max(source.text.rfind(". ", start, venue.evidence.start) + 1, start)
        if _earlier_visit().search(source.text, opens, venue.evidence.start):
            # "When I visited the United Kingdom in April, she welcomed me to Chequers": the
            # place of an earlier visit, not of this meeting
            continue
        for after in venues[index + 1 :]:
            # "to the White House, the Oval Office": the room named in apposition is exacter
            if _APPOSITION.fullmatch(source.text, venue.evidence.end, after.evidence.start) is None:
                break
            venue = after
        return venue
    return None


@functools.cache
def _earlier_visit() -> re.Pattern[str]:
    """The opening of a clause about the speaker's earlier visit (``earlier_visit`` in
    ``grammar.toml``: "When I visited the United Kingdom in April")."""
    return re.compile(rf"\b(?:{phrase_pattern(grammar().earlier_visit)})", re.IGNORECASE)


"""A clause about the speaker's earlier visit, whose places are not this meeting's."""
_APPOSITION = re.compile(r",[ \u00a0]+(?:the[ \u00a0]+)?")


def _venue_line(source: Source, gazetteer: Gazetteer, head_end: int) -> PlaceMention | None:
    """A venue that is a whole line of a transcript's head, before anyone speaks; of several
    ("The White House" of the issuer's masthead, then "Carbis Bay Hotel"), the one the city
    it is in follows ("Cornwall, United Kingdom"), else the first."""
    found: list[PlaceMention] = []
    blocks = [b for b in source.blocks if b.end <= head_end]
    for index, block in enumerate(blocks):
        venue = _whole_line_venue(source, gazetteer, block)
        if venue is None:
            continue
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if following is not None and any(
            place.kind in ("city", "country") and place.evidence.start == following.start
            for place in gazetteer.find(source.id, source.text, following.start, following.end)
        ):
            return venue
        found.append(venue)
    return found[0] if found else None


def _whole_line_venue(source: Source, gazetteer: Gazetteer, block: Block) -> PlaceMention | None:
    """The venue ``block`` names when the line is nothing but a venue's name."""
    line = source.text[block.start : block.end].strip()
    for place in gazetteer.find(source.id, source.text, block.start, block.end):
        if place.kind == "venue" and place.evidence.text == line.removeprefix("The "):
            return place
    name = venue_line(line, gazetteer) if len(line) <= _VENUE_LINE_CHARACTERS else None
    if name is not None:
        at = source.text.index(name, block.start, block.end)
        return PlaceMention(kind="venue", name=name, evidence=source.span(at, at + len(name)))
    return None


_VENUE_LINE_CHARACTERS = 60
"""The longest line read as nothing but a venue's name."""


_VENUE_OPENING_CHARACTERS = 1200
"""How far into the first speech its speaker says where the meeting is."""


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
    if first_title is None:
        # a page whose title the reader kept as its first paragraph ("Secretary Blinken, ...
        # and Foreign Minister Wong at a Joint Press Availability" above the first label):
        # a line that is no sentence and no one's speech
        opening = next((b for b in source.blocks if b.kind is BlockKind.BODY), None)
        if (
            opening is not None
            and opening.end - opening.start <= _TITLE_CHARACTERS
            and not source.text[opening.start : opening.end].rstrip().endswith((".", "!", "?"))
            and speaker_label(knowledge, source.text, opening.start, opening.end) is None
        ):
            first_title = opening
    candidates = sorted(
        [*head, first_title] if first_title is not None else head, key=lambda b: b.start
    )
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
    venue = None if gazetteer is None else _venue_line(source, gazetteer, body)
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


_TITLE_CHARACTERS = 400
"""The longest first paragraph read as a page's title."""


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
        if not people and speakers and _WITH_BEFORE.search(source.text, title.start, mention.start):
            host = _principal(knowledge, speakers)
            if host is not None and host != actor.id:
                people[host] = source.span(mention.start, mention.end)
        people[actor.id] = source.span(mention.start, mention.end)
    countries = [_country_of(knowledge, p) for p in people]
    if len(set(countries) - {None}) < 2 and not (len(people) >= 2 and None in countries):
        return {}
    return people


def _principal(knowledge: KnowledgeBase, speakers: Mapping[int, ActorId]) -> ActorId | None:
    """The person who speaks in the most paragraphs of a transcript."""
    counts = Counter(
        speaker
        for speaker in speakers.values()
        if (actor := knowledge.actor(speaker)) is not None and actor.kind is ActorKind.PERSON
    )
    return counts.most_common(1)[0][0] if counts else None


_GREETING_SENTENCES = 3
"""How many sentences of the first speech may greet the guest."""
_TITLE_RUN = rf"(?:{TITLE_WORD}\s+){{0,8}}"
_VOCATIVE_HEAD = re.compile(
    r"(?:(?:Well|So|Now|And|Again|Thank\s+you|Thanks)[,!]?\s+)*"
    rf"(?:{TITLE_WORD},?\s+){{0,8}}"
)
"""What may come before a name the speaker addresses: "Well, Secretary ", "Prime Minister ",
"Secretary of Defense, General " (an office, then a rank)."""
_VOCATIVE_TAIL = re.compile(r"[,!]")
_GREETED = re.compile(
    rf"\s+(?:(?:back|again|here|today|my|our|dear|good|old|friend|colleague|counterpart|to),?\s+)*"
    rf"{_TITLE_RUN}"
)
"""What may lie between a greeting and the guest: "welcome Prime Minister ", "welcome my good
friend "."""


def _greeted(
    source: Source,
    knowledge: KnowledgeBase,
    gazetteer: Gazetteer,
    host: ActorId,
    speech: tuple[int, int],
    head_end: int | None,
    on: PartialDate | None,
) -> tuple[list[ActorId], list[Span], PlaceMention | None]:
    """The people of another country whom ``host`` greets in the first sentences of the
    first speech ("Prime Minister Modi, thank you for being here", "delighted to host Prime
    Minister Luxon"), else whom a greeting in the page's heading names ("Remarks Welcoming
    His Excellency Prabowo Subianto"); with the venue named there ("to the Pentagon")."""
    cue = knowledge.event_cues.greeting
    home = _country_of(knowledge, host)
    if cue is None or (home is None and not _introduced_office_holder(knowledge, host)):
        # an office holder the page introduces without a country (a label "PRIME MINISTER
        # SITIVENI RABUKA" in another country's transcript) greets people of a known one
        return [], [], None
    text = source.text
    start, end = speech
    opening = [
        (sentence.start, sentence.end)
        for sentence in sentences(source)
        if start <= sentence.start < end or sentence.start < start < sentence.end
    ][:_GREETING_SENTENCES]
    heading = [
        (block.start, block.end)
        for block in source.readable_blocks()
        if head_end is not None and block.end <= head_end
    ]
    for stretches in (opening, heading):
        guests: list[ActorId] = []
        spans: list[Span] = []
        venue: PlaceMention | None = None
        for a, b in stretches:
            a = max(a, start) if stretches is opening else a
            cues = [m.end() for m in cue.finditer(text, a, b)]
            present = knowledge.find_mentions(text, a, b, on=on)
            if stretches is heading and any(m.actor == host for m in present):
                # "Remarks by President Biden and President Yoon": a heading that names the
                # speaker with others names who met
                cues = [a]
            if not cues:
                continue
            for mention in present:
                actor = knowledge.actor(mention.actor)
                if actor is None or actor.kind is not ActorKind.PERSON or actor.id == host:
                    continue
                if cues == [a] and stretches is heading:
                    if actor.country is not None and actor.country != home:
                        guests.append(actor.id)
                        spans.append(source.span(mention.start, mention.end))
                    continue
                addressed = _VOCATIVE_HEAD.fullmatch(text, a, mention.start) is not None and (
                    _VOCATIVE_TAIL.match(text, mention.end) is not None
                )
                if not addressed and not any(
                    c <= mention.start and _GREETED.fullmatch(text, c, mention.start) for c in cues
                ):
                    continue  # named in passing ("great to see you with Prime Minister X")
                if actor.country == home or actor.id in guests:
                    continue
                if actor.country is None and (
                    home is None or not _introduced_office_holder(knowledge, actor.id)
                ):
                    # one the page introduces by an office, greeted by a host of a known
                    # country ("welcome my friend, Prime Minister Marape"), is the other side
                    continue
                guests.append(actor.id)
                spans.append(source.span(mention.start, mention.end))
            if venue is None:
                # "to the White House, the Oval Office": the last names the room itself
                named = [p for p in gazetteer.find(source.id, text, a, b) if p.kind == "venue"]
                venue = named[-1] if named else None
        if guests:
            return guests, spans, venue
    guests, spans = _listed_in_head(source, knowledge, host, home, head_end, on)
    if guests:
        return guests, spans, None
    if home is None:
        return [], [], None
    return _addressed_by_title(source, knowledge, gazetteer, home, start, on)


_HEAD_LINE_WORDS = 10
"""The longest line of a transcript's head read as one of the people it lists."""


def _listed_in_head(
    source: Source,
    knowledge: KnowledgeBase,
    host: ActorId,
    home: str | None,
    head_end: int | None,
    on: PartialDate | None,
) -> tuple[list[ActorId], list[Span]]:
    """The people of another country a transcript's head lists with its speaker, one line
    each under the title ("Prime Minister Anthony Albanese" / "His Excellency Mr Li Qiang" /
    "Premier of the People's Republic of China"): lines the reader keeps apart from the
    story, short and no sentence. Nobody unless the head lists the speaker too."""
    title = next((b for b in source.blocks if b.kind is BlockKind.HEADLINE), None)
    if title is None or head_end is None or home is None:
        return [], []
    text = source.text
    named: list[tuple[ActorId, int, int]] = []
    for block in source.blocks:
        if block.start < title.end or block.end > head_end:
            continue
        line = text[block.start : block.end].strip()
        if len(line.split()) > _HEAD_LINE_WORDS or line.endswith((".", "!", "?", ":")):
            continue
        named.extend(
            (m.actor, m.start, m.end)
            for m in knowledge.find_mentions(text, block.start, block.end, on=on)
        )
    if not any(actor == host for actor, _, _ in named):
        return [], []
    guests: list[ActorId] = []
    spans: list[Span] = []
    for actor_id, start, end in named:
        actor = knowledge.actor(actor_id)
        if (
            actor is None
            or actor.kind is not ActorKind.PERSON
            or actor.country in (None, home)
            or actor.id in guests
        ):
            continue
        guests.append(actor.id)
        spans.append(source.span(start, end))
    return guests, spans


_TITLE_VOCATIVE = re.compile(
    r"(?:(?:Well|So|Now|Dear)[,!]?\s+)?(?:Mr|Madam|Madame|Mister|Mrs|Ms|Comrade)\.?\s+"
    r"(?P<title>(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)\s*[,!.]"
)
"""A guest addressed by office alone at the start of a speech ("Madam Federal Chancellor,",
"Mr Prime Minister,")."""
_FIRST_SPEECH_CHARACTERS = 1500
"""How far into the first speech the guest's country is looked for."""


def _addressed_by_title(
    source: Source,
    knowledge: KnowledgeBase,
    gazetteer: Gazetteer,
    home: str,
    start: int,
    on: PartialDate | None,
) -> tuple[list[ActorId], list[Span], PlaceMention | None]:
    """The guest a speech opens by addressing by office ("Madam Federal Chancellor,"): the one
    holder of that office, that day, in the one other country the speech names ("the Federal
    Republic of Germany"). Nobody when the office or the country is unclear."""
    text = source.text
    vocative = _TITLE_VOCATIVE.match(text, start)
    if vocative is None or on is None:
        return [], [], None
    stop = min(len(text), start + _FIRST_SPEECH_CHARACTERS)
    named = country_counts(knowledge, text, start, stop)
    named.pop(home, None)
    ranked = named.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[1][1] == ranked[0][1]):
        return [], [], None
    country = ranked[0][0]
    words = vocative["title"].split()
    for size in range(len(words), 0, -1):
        phrase = fold_name(" ".join(words[-size:]))
        titles = [
            title
            for entry in knowledge.descriptions
            if entry.country in (None, country) and any(fold_name(w) == phrase for w in entry.words)
            for title in entry.titles
        ]
        holders = {a.id for a in knowledge.holders(titles[:1], country, on)} if titles else set()
        if not holders and titles:
            holders = {
                a.id
                for title in dict.fromkeys(titles)
                for a in knowledge.holders([title], country, on)
            }
        if len(holders) == 1:
            venues = [
                p
                for p in gazetteer.find(source.id, text, start, stop)
                if p.kind == "venue" and _is_locative(text, start, p.evidence.start)
            ]
            span = source.span(vocative.start("title"), vocative.end("title"))
            return list(holders), [span], venues[0] if venues else None
    return [], [], None
