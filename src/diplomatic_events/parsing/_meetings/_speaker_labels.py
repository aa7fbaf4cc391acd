"""Who speaks under each label of a transcript ("SECRETARY AUSTIN:", "Prime Minister:"), a
speech's byline, the country whose office put a page out, and whether a person is an office
holder the page introduces without saying whose country.

Apart from the transcript's meeting (:mod:`._transcripts`) because the finder reads the
speakers of every page (a speech's "I met ..." is its speaker's meeting), and the parties'
readers read labels too.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.knowledge._actors import slug
from diplomatic_events.knowledge._grammar import grammar, phrase_pattern
from diplomatic_events.model import Actor, ActorKind, Block, BlockKind, PartialDate, Source
from diplomatic_events.parsing._discovery._countries import issuer_code
from diplomatic_events.parsing._discovery._labels import speaker_label, title_case_label
from diplomatic_events.parsing._discovery._titled import _NAME_SUFFIX
from diplomatic_events.parsing._discovery._titles import folded_title_words
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
        if knowledge.is_person(m.actor)
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
    titles = folded_title_words(knowledge)
    return all(w.casefold() in titles or w in ("of", "the", "for") for w in words.split())


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
    if len(found) > 1 and on is not None:
        # "SEC. GATES" in 2009: the Secretary of Defense that year, not the company founder
        # whose role has no dates
        dated = tuple(
            a
            for a in found
            if (actor := knowledge.actor(a)) is not None
            and any(r.start is not None and r.held_on(on) for r in actor.roles)
        )
        found = dated or found
    return found[0] if len(found) == 1 else None


def _label_surname(knowledge: KnowledgeBase, actor: Actor) -> tuple[str, ...]:
    """The keys a person is filed under for speaker labels: the last word of the surname,
    and the last word of the full name when another ("FOREIGN MINISTER ABDULLAH" for
    Saifuddin Abdullah, whom his own country calls Saifuddin)."""
    surname = knowledge.surname(actor.id)
    if actor.kind is ActorKind.PERSON and surname:
        return _last_word_slugs(surname, actor.name)
    return ()


@functools.lru_cache(maxsize=1 << 14)
def _last_word_slugs(surname: str, name: str) -> tuple[str, ...]:
    """The slugs of the last words of a surname and a name, once each: a copy of the
    knowledge that is not a plain extension files every person again, for each source."""
    return tuple(dict.fromkeys((slug(surname.split()[-1]), slug(name.split()[-1]))))


_LAST_LABELS: list[tuple[Source, KnowledgeBase, tuple[re.Match[str] | None, ...]] | None] = [None]
"""The speaker labels of the last source's blocks, read under one knowledge: the finder reads
them for every page's speakers, then again for a transcript's meeting."""


def labels_of_blocks(source: Source, knowledge: KnowledgeBase) -> tuple[re.Match[str] | None, ...]:
    """:func:`speaker_label` of each readable block of ``source``, read once for the passes
    of one source (the last source's are kept, no more)."""
    held = _LAST_LABELS[0]
    if held is not None and held[0] is source and held[1] is knowledge:
        return held[2]
    text = source.text
    labels = tuple(
        speaker_label(knowledge, text, block.start, block.end) for block in source.readable_blocks()
    )
    _LAST_LABELS[0] = (source, knowledge, labels)
    return labels


def block_labels(
    source: Source, knowledge: KnowledgeBase, on: PartialDate | None
) -> list[tuple[bool, ActorId | None]]:
    """Each readable block of a transcript: whether it opens with a speaker's label, and the
    person the label names (``None`` for "Q", "MODERATOR" or no label). Read once, for the
    speaker of each block and for whom each question is put to."""
    issuer = issuer_country(knowledge, source)
    labels: list[tuple[bool, ActorId | None]] = []
    for label in labels_of_blocks(source, knowledge):
        person = None if label is None else _labelled(knowledge, label["label"], on, issuer)
        labels.append((label is not None, person))
    return labels


def answering_speakers(labels: Sequence[tuple[bool, ActorId | None]]) -> dict[int, ActorId]:
    """Whom each block spoken under a label that names nobody ("QUESTION:", "Q:") is put
    to (``labels``: :func:`block_labels`): the next labelled person, who answers it. An
    interviewer's "You just met with President Varela" tells that person's meeting."""
    answered: dict[int, ActorId] = {}
    asking: list[int] = []
    for index, (labelled, person) in enumerate(labels):
        if not labelled:
            if asking:
                asking.append(index)  # the question goes on over the following paragraphs
            continue
        if person is None:
            asking = [index]
            continue
        for asked in asking:
            answered[asked] = person
        asking = []
    return answered


def labelled_speakers(
    source: Source,
    knowledge: KnowledgeBase,
    on: PartialDate | None,
    labels: Sequence[tuple[bool, ActorId | None]] | None = None,
) -> dict[int, ActorId]:
    """The labelled speaker of each readable block (by index) of a transcript: the label's
    person, carried over the unlabelled paragraphs that follow, until another label
    (``labels``: :func:`block_labels`, read here when not given)."""
    if labels is None:
        labels = block_labels(source, knowledge, on)
    speakers: dict[int, ActorId] = {}
    speaker: ActorId | None = None
    issuer = issuer_country(knowledge, source)
    blocks = source.readable_blocks()
    for index, (labelled, person) in enumerate(labels):
        if labelled:
            speaker = person
        if speaker is not None:
            speakers[index] = speaker
    if not speakers and blocks:
        # a speech under its speaker's name and nothing else ("Ambassador Linda
        # Thomas-Greenfield" over "U.S. Representative to the United Nations", "AS
        # DELIVERED" and the remarks): every paragraph after is that person's
        found = head_byline(knowledge, source, on, issuer)
        if found is not None:
            byline, line = found
            return {i: byline for i, b in enumerate(blocks) if b.start >= line.end}
        # a page an office puts out with no label or byline ("Prime Minister of Australia":
        # a press conference's "I met President Prabowo") is its holder's own word
        holder = outlet_office_holder(knowledge, source, on, issuer)
        if holder is not None:
            return dict.fromkeys(range(len(blocks)), holder)
    return speakers


def head_byline(
    knowledge: KnowledgeBase,
    source: Source,
    on: PartialDate | None,
    issuer: str | None,
    after: int = 0,
) -> tuple[ActorId, Block] | None:
    """The page's own speaker a line of its head names before the body, from ``after`` on
    (a byline, "John Kerry" over "Secretary of State", or a bare office of the issuer's),
    with that line."""
    text = source.text
    standfirst = True  # the head's one-sentence summary may stand above the byline
    for block in source.blocks:
        if block.start < after:
            continue
        if block.kind is BlockKind.BODY:
            if not standfirst or not _ONE_SENTENCE.fullmatch(text, block.start, block.end):
                return None
            # "Opening statements between Prime Minister A and Premier B at a press
            # conference ..." over "The Rt Hon A" / "Prime Minister": GOV.UK's speech head
            standfirst = False
            continue
        byline = _byline(knowledge, text, block.start, block.end) or _office_line(
            knowledge, text[block.start : block.end].strip(), on, issuer
        )
        if byline is not None:
            return byline, block
    return None


_ONE_SENTENCE = re.compile(r"[^.!?\n]+[.!?]\s*")
"""A block of one sentence, nothing after its end."""
_OUTLET_HEAD_END = re.compile(r"\s+of\s+|[’']s\s|\s*\(|,")
"""Where the office opening an outlet's name ends: "Prime Minister| of Australia",
"Australian Minister for Foreign Affairs| (foreignminister.gov.au)"."""


def outlet_office_holder(
    knowledge: KnowledgeBase, source: Source, on: PartialDate | None, issuer: str | None
) -> ActorId | None:
    """The holder, on the day, of the office a page's outlet names ("Prime Minister of
    Australia", "Australian Minister for Foreign Affairs"), of the issuing country."""
    if issuer is None or not source.outlet_name:
        return None
    head = _OUTLET_HEAD_END.split(source.outlet_name, maxsplit=1)[0]
    office = " ".join(w for w in head.split() if knowledge.country_of(w) is None)
    if not office or not _only_title_words(knowledge, office):
        return None
    return _labelled(knowledge, office, on, issuer)


def _office_line(
    knowledge: KnowledgeBase, line: str, on: PartialDate | None, issuer: str | None
) -> ActorId | None:
    """The holder of the office a head line names and nothing more ("Prime Minister" on a
    transcript the Prime Minister of Australia put out): the page's speaker."""
    if issuer is None or not line or not _only_title_words(knowledge, line):
        return None
    return _labelled(knowledge, line, on, issuer)


@functools.cache
def _said_by() -> re.Pattern[str]:
    """A head line's opening that gives the words to who is named next ("Remarks by",
    "Statement of"): a noun of ``speech_nouns`` in ``grammar.toml``, then "by" or "of"."""
    nouns = phrase_pattern(grammar().speech_nouns)
    return re.compile(rf"(?:{nouns})[ \u00a0]+(?:by|of)[ \u00a0]+", re.IGNORECASE)


_PLACE_LABEL = re.compile(
    r"(?:[A-Z][\w’'-]*(?:[ \u00a0]+(?:of|the|and|[A-Z][\w’'-]*)){0,4}:[ \u00a0]+)?"
)
"""A place's label before a head line's words ("Qatar: ", "Republic of Korea: "): read past."""
_OCCASION = re.compile(
    r"[ \u00a0]+(?:at|after|following|before|during|on|in)[ \u00a0]+(?:the|a|an)\b"
)
"""Where a speech's occasion follows its speaker in a head line: " at the", " following a"."""
_SUFFIX_END = re.compile(rf",?[ \u00a0]+{_NAME_SUFFIX.pattern}$")
"""A generational suffix closing a name's line ("Robert O. Blake, Jr.")."""
_BYLINE_WORDS = 8
"""The most words a line naming a speech's speaker holds (titles and the name)."""


def _byline(knowledge: KnowledgeBase, text: str, start: int, end: int) -> ActorId | None:
    """The one person a short first line names and nothing more: a line without a
    sentence's end or a verb-like lower-case word, of a few words."""
    line = text[start:end].strip()
    # "Remarks by U.S. Commerce Secretary Wilbur L. Ross": the words are the named one's
    # "Qatar: Remarks by ...": a country's label before the words' owner
    label = _PLACE_LABEL.match(line)
    said = _said_by().match(line, 0 if label is None else label.end())
    if said is not None:
        start += text[start:end].index(line) + said.end()
        line = line[said.end() :]
        # "Remarks by the High Representative/Vice-President Federica Mogherini at the press
        # conference following ...": the speaker's words end where the occasion begins
        occasion = _OCCASION.search(line)
        if occasion is not None:
            line = line[: occasion.start()]
            end = start + occasion.start()
    words = line.split()
    # a generational suffix's stop ends no sentence: "Robert O. Blake, Jr."
    unsuffixed = _SUFFIX_END.sub("", line)
    # "Christopher Hill, Assistant Secretary for East Asian and Pacific Affairs": a name
    # before the comma and its office after, however long the office's field
    name, comma, office = unsuffixed.partition(",")
    counted = (
        name.split()
        if comma and len(name.split()) <= _NAME_WORDS and _opens_office(knowledge, office)
        else words
    )
    if not words or len(counted) > _BYLINE_WORDS or unsuffixed.endswith((".", "?", "!", ":")):
        return None
    if any(w[0].islower() for w in words if w not in ("of", "the", "for", "and", "to")):
        return None
    people = set(knowledge.people_named(text, start, end))
    return next(iter(people)) if len(people) == 1 else None


_NAME_WORDS = 4
"""The most words of a name before the comma of a byline's office ("Robert O. Blake")."""


def _opens_office(knowledge: KnowledgeBase, words: str) -> bool:
    """Whether ``words`` open with an office's word ("Assistant Secretary for ...")."""
    first = words.split(maxsplit=1)
    return bool(first) and first[0].casefold() in folded_title_words(knowledge)


def _introduced_office_holder(knowledge: KnowledgeBase, person: ActorId) -> bool:
    """Whether ``person`` holds an office the page introduces without saying whose country:
    a compatriot of the other side would be in the data or give the country in the title."""
    actor = knowledge.actor(person)
    return actor is not None and actor.country is None and actor.discovered and bool(actor.roles)
