"""The guest a lone speaker greets at a transcript's start ("welcome Prime Minister Lee to
the Pentagon") or addresses by title ("Mr. Prime Minister, ..."): a meeting of two when
only one person speaks under a label.

Apart from the transcript's meeting (:mod:`._transcripts`) because reading a greeting's
vocative is a task of its own, with its own patterns.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.knowledge._actors import TITLE_WORD
from diplomatic_events.knowledge._mentions import country_counts, fold_name
from diplomatic_events.knowledge._places import Gazetteer, PlaceMention
from diplomatic_events.model import ActorKind, BlockKind, PartialDate, Source, Span
from diplomatic_events.parsing._meetings._clues import _country_of
from diplomatic_events.parsing._meetings._sentences import sentences
from diplomatic_events.parsing._meetings._speaker_labels import _introduced_office_holder
from diplomatic_events.parsing._meetings._venues import _is_locative
from diplomatic_events.typing import ActorId

_GREETING_SENTENCES = 4
"""How many sentences of the first speech may greet the guest ("Prime Minister Scott Morrison.
Ladies and Gentlemen. Good evening to all. I bid a very warm welcome to ...")."""
_TITLE_RUN = rf"(?:{TITLE_WORD}\s+){{0,8}}"
_TITLE_RUN_WITH_COMMAS = rf"(?:{TITLE_WORD},?\s+){{0,8}}"
"""A title whose parts a comma may end ("Secretary of Defense, General ", "the Vice President
of the United States, "): an office, then a rank or the holder's name."""
_VOCATIVE_HEAD = re.compile(
    r"(?:(?:Well|So|Now|And|Again|Thank\s+you|Thanks)[,!]?\s+)*" + _TITLE_RUN_WITH_COMMAS
)
"""What may come before a name the speaker addresses: "Well, Secretary ", "Prime Minister ",
"Secretary of Defense, General " (an office, then a rank)."""
_VOCATIVE_TAIL = re.compile(r"[,!]")
_LISTED_GUEST = re.compile(
    rf",?(?:[ \u00a0]+the[ \u00a0]+[^,.;:]{{1,80}},)?[ \u00a0]+and[ \u00a0]+{_TITLE_RUN}"
)
"""What lies between a guest greeted and the next one listed: ", the Foreign Secretary of the
United Kingdom, and Sir "."""
_ADDRESS_THEN_GREETING = re.compile(r",(?:[ \u00a0]+[^,.;:!?]{1,80},)?[ \u00a0]+")
"""What lies between a guest addressed and the greeting after the name: ", Foreign Minister
of Australia, " before "welcome to South Africa"."""
_GREETED = re.compile(
    rf"\s+(?:(?:back|again|here|today|my|our|dear|good|old|friend|colleague|counterpart|to"
    rf"|greet|welcome|meet|host|receive|have|be(?:\s+here)?\s+with"
    # "welcome my U.S. counterpart": the guest's country before the word for them
    rf"|[A-Z][\w’'.-]*(?=\s+(?:counterpart|colleague|friend)\b)"
    # "welcome here in Boa Vista my dear friend", "here in the National Museum of Latvia,
    # Mr. Blinken": where, before whom
    rf"|in(?:\s+the)?(?:\s+(?:[A-Z][\w’'.-]*|of|and)){{0,5}}\s+[A-Z][\w’'.-]*),?\s+)*"
    rf"{_TITLE_RUN_WITH_COMMAS}"
)
"""What may lie between a greeting and the guest: "welcome Prime Minister ", "welcome my good
friend ", "(honour) to greet Prime Minister ", "to host the Vice President of the United
States, " (the office, then its holder's name), "(pleasure) to be here with my colleague, my
friend, " (the guest beside the speaker), "(honor) to have President "."""


def _greeted(
    source: Source,
    knowledge: KnowledgeBase,
    gazetteer: Gazetteer,
    host: ActorId,
    speech: tuple[int, int],
    head_end: int | None,
    on: PartialDate | None,
    introductions: Sequence[tuple[int, int]] = (),
) -> tuple[list[ActorId], list[Span], PlaceMention | None]:
    """The people of another country whom ``host`` greets in the first sentences of the
    first speech ("Prime Minister Modi, thank you for being here", "delighted to host Prime
    Minister Luxon"), else whom a greeting in the page's heading names ("Remarks Welcoming
    His Excellency Prabowo Subianto"), else whom a moderator's introduction names with the
    host (``introductions``, the speeches under labels that name nobody before anyone named
    speaks: "the press conference of Prime Minister Janez Jansa and Secretary of State
    Michael Pompeo"); with the venue named there ("to the Pentagon")."""
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
    introduced = list(introductions)
    for stretches in (opening, heading, introduced):
        guests: list[ActorId] = []
        spans: list[Span] = []
        cohosts: list[ActorId] = []
        cohost_spans: list[Span] = []
        venue: PlaceMention | None = None
        for number, (a, b) in enumerate(stretches):
            a = max(a, start) if stretches is opening else a
            found_cues = list(cue.finditer(text, a, b))
            cues = [m.end() for m in found_cues]
            last_guest: int | None = None
            present = knowledge.find_mentions(text, a, b, on=on)
            if stretches is not opening and any(m.actor == host for m in present):
                # "Remarks by President Biden and President Yoon": a heading (or a
                # moderator's introduction) that names the speaker with others names who met
                cues = [a]
            # the speech's first words address the guest ("President Mandela, members of the
            # South African delegation, distinguished guests"): spoken to them, there
            if not cues and not (stretches is opening and number == 0):
                continue
            for mention in present:
                actor = knowledge.actor(mention.actor)
                if actor is None or actor.kind is not ActorKind.PERSON or actor.id == host:
                    continue
                if cues == [a] and stretches is not opening:
                    # a moderator's introduction names the guests of a host of a known
                    # country ("the press conference of Prime Minister Janez Jansa and
                    # Secretary of State Michael Pompeo"), not a briefer's colleagues; a host
                    # of no known country greets them by name, not by an office read as the
                    # issuer's ("Offices Reporting Directly to the Secretary" in a page's
                    # trail of links is no guest)
                    if (
                        (home is not None or mention.via != "description")
                        and actor.country is not None
                        and actor.country != home
                        and (stretches is heading or home is not None)
                    ):
                        guests.append(actor.id)
                        spans.append(source.span(mention.start, mention.end))
                    continue
                if (
                    actor.country == home
                    and actor.id not in cohosts
                    and any(
                        _JOINED_TO_GREET.search(
                            text, max(a, mention.start - _JOIN_REACH), mention.start
                        )
                        and _TO_GREET.fullmatch(text, mention.end, c.start())
                        for c in found_cues
                        if c.start() >= mention.end
                    )
                ):
                    # "I am delighted to join with my colleague Minister Payne to welcome
                    # ...": a compatriot who greets the guests with the host is a host too
                    cohosts.append(actor.id)
                    cohost_spans.append(source.span(mention.start, mention.end))
                    continue
                addressed = _VOCATIVE_HEAD.fullmatch(text, a, mention.start) is not None and (
                    _VOCATIVE_TAIL.match(text, mention.end) is not None
                )
                # "to welcome to Sydney A, the Foreign Secretary of the United Kingdom, and Sir
                # B, the Defence Secretary": the guests listed after the first one greeted
                listed = last_guest is not None and (
                    _LISTED_GUEST.fullmatch(text, last_guest, mention.start) is not None
                )
                # "to my friend, the Honourable Minister Julie Bishop, Foreign Minister of
                # Australia, welcome to South Africa": the one addressed, then the greeting
                welcomed_after = any(
                    _ADDRESS_THEN_GREETING.fullmatch(text, mention.end, c.start()) is not None
                    for c in found_cues
                    if c.start() >= mention.end
                )
                if (
                    not addressed
                    and not listed
                    and not welcomed_after
                    and not any(
                        c <= mention.start and _GREETED.fullmatch(text, c, mention.start)
                        for c in cues
                    )
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
                last_guest = mention.end
            if venue is None:
                # "to the White House, the Oval Office": the last names the room itself
                named = [p for p in gazetteer.find(source.id, text, a, b) if p.kind == "venue"]
                venue = named[-1] if named else None
        if guests:
            return [*guests, *cohosts], [*spans, *cohost_spans], venue
    guests, spans = _listed_in_head(source, knowledge, host, home, head_end, on)
    if guests:
        return guests, spans, None
    if home is None:
        return [], [], None
    return _addressed_by_title(source, knowledge, gazetteer, home, start, on)


_JOIN_REACH = 80
"""How far before a compatriot the host's "join with" is looked for."""
_JOINED_TO_GREET = re.compile(r"\bjoin(?:ed|ing)?[ \u00a0]+(?:with[ \u00a0]+)?", re.IGNORECASE)
"""The host joining someone ("to join with my colleague ... Payne to welcome")."""
_TO_GREET = re.compile(r"[ \u00a0]+to[ \u00a0]+", re.IGNORECASE)
"""Between the one joined and the greeting they make together."""

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
    story, short and no sentence. Nobody unless the head or the title names the speaker too
    ("Meeting with Ukrainian Prime Minister Volodymyr Groysman" over "John Kerry" /
    "Secretary of State", and only the Prime Minister heard)."""
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
    if not any(actor == host for actor, _, _ in named) and not any(
        m.actor == host for m in knowledge.find_mentions(text, title.start, title.end, on=on)
    ):
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
    r"\s*(?:(?:Dear\s+)?(?:[Ll]adies\s+and\s+[Gg]entlemen|[Ff]riends|[Cc]olleagues)[,!]\s+)?"
    r"(?:(?:Well|So|Now|Dear)[,!]?\s+)?(?:(?:Your\s+)?Excellency,?\s+)?"
    r"(?:Mr|Madam|Madame|Mister|Mrs|Ms|Comrade)\.?\s+"
    r"(?P<title>(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)\s*[,!.]"
)
"""A guest addressed by office alone at the start of a speech ("Madam Federal Chancellor,",
"Mr Prime Minister,", "Excellency Mr. President,", "Dear ladies and gentlemen, Dear Mr.
President,")."""
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
    stop = min(len(text), start + _FIRST_SPEECH_CHARACTERS)
    # at the speech's start, or opening one of its first paragraphs ("Friends, we are
    # delighted to welcome the Russian delegation ... / Mr President, / Once again ...")
    openings = [start] + [b.start for b in source.blocks if start < b.start < stop]
    vocative = next(
        (found for at in openings if (found := _TITLE_VOCATIVE.match(text, at)) is not None),
        None,
    )
    if vocative is None or on is None:
        return [], [], None
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
                if p.kind == "venue" and _is_locative(text, start, p.evidence.start, p.evidence.end)
            ]
            span = source.span(vocative.start("title"), vocative.end("title"))
            return list(holders), [span], venues[0] if venues else None
    return [], [], None
