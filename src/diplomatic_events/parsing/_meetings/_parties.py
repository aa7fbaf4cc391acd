"""Who took part in a meeting a sentence tells: companions, escorts, envoys and spokespeople
left out, signers and listed people read in, the one met by "he" or by a travelling party."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from attrs import evolve

from diplomatic_events._needed import may_match_in
from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.knowledge._actors import TITLE_WORD
from diplomatic_events.knowledge._grammar import (
    first_person_pattern,
    grammar,
    literal_alternation,
    phrase_pattern,
)
from diplomatic_events.knowledge._places import PlaceMention
from diplomatic_events.knowledge._prefilter import guarded
from diplomatic_events.model import PartialDate, Source
from diplomatic_events.parsing._attribution._words import role_pattern
from diplomatic_events.parsing._discovery._patterns import PARTY_AND_STATE_AFTER
from diplomatic_events.parsing._meetings._clues import (
    _country_of,
    _holds_title,
    _known_countries,
)
from diplomatic_events.parsing._meetings._context import _looks_ahead
from diplomatic_events.parsing._meetings._groups import separately
from diplomatic_events.parsing._meetings._sentences import (
    MeetingMention,
    PersonMention,
    Sentence,
    person_mentions,
    persons,
)
from diplomatic_events.parsing._meetings._speaker_labels import _labelled
from diplomatic_events.parsing._meetings._words import _FUTURE
from diplomatic_events.sources._layout._patterns import BULLET_MARKS
from diplomatic_events.typing import ActorId

_FIRST_PERSON = re.compile(r"\bI(?:[’'](?:ve|m))?(?:,?[ \u00a0]+[\w’'-]+){0,6}[ \u00a0]+$")
"""The speaker as the subject of the meeting word right after ("I had a very successful
bilateral meeting with ...", "I'm very, very pleased to have just met"); not "I'd like to
meet", "I'll meet", nor "I" far before it."""
_FIRST_PERSON_OWN = re.compile(r"\b(?:[Mm]y|[Oo]ur)[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}$")
"""The speaker's own meeting word: "From my meetings with Ministers A and B"."""


_WILL = re.compile(r"[’']ll\b|\blook(?:s|ing)?\s+forward\b", re.IGNORECASE)


_SIGNED = re.compile(r"\bsigned\b")
_SIGNED = guarded(_SIGNED)
_SIGNERS = re.compile(
    r"\s*,?\s+(?:and|alongside|along\s+with|together\s+with)\s+(?:[\w’'.-]+\s+){0,8}"
)
"""Between two who signed together: "and" (or "alongside") and the second one's titles
("Gavin Williamson, alongside his German counterpart Ursula von der Leyen, signed")."""
_SIGNED_WITH = re.compile(
    r"[ \u00a0]+(?:[\w’'.-]+[ \u00a0]+){0,6}?with[ \u00a0]+(?:[\w’'.-]+,?[ \u00a0]+){0,8}"
)
"""Between "signed" and the one who signed with the subject: what was signed, "with" and
the other one's titles ("signed the partnership with Brig. Gen. ", "signed a Protection
Cooperative Agreement with Salvadoran Minister of Foreign Affairs, ")."""
_OTHER_SUBJECT = re.compile(r"\b(?:I|[Hh]e|[Ss]he|[Ww]e|[Tt]hey|who|which|that)\b")
"""A subject of its own between a name and "signed": the name is not the signer."""


def _appeared_together(
    knowledge: KnowledgeBase, text: str, sentence: Sentence
) -> re.Match[str] | None:
    """ "Remarks by Secretary Mattis and Minister of Defense Salman in Saudi Arabia",
    "Turnbull and Ardern joint press release": exactly two people of two countries who
    appeared together before the press met (the appearance's words, offset in the
    sentence)."""
    cue = knowledge.event_cues.press_appearance  # ``press_appearance`` in ``events.toml``
    joint = None if cue is None else cue.search(text[sentence.start : sentence.end])
    if joint is None:
        return None
    named = [m for m in person_mentions(knowledge, text, sentence) if not m.modifier]
    people = list(dict.fromkeys(m.actor for m in named))
    if len(people) != 2:
        return None
    countries = [_country_of(knowledge, p) for p in people]
    if countries[0] == countries[1] or None in countries:
        return None
    return joint


def _joint_subjects(
    knowledge: KnowledgeBase, text: str, sentence: Sentence, at: int, *, modifiers: bool = True
) -> list[PersonMention] | None:
    """The two people named before offset ``at`` when they are joined as one subject ("A and
    Defense Minister B", "A, alongside his German counterpart B,"), else ``None``; without
    ``modifiers``, a possessive that only qualifies the next name does not count."""
    named = person_mentions(knowledge, text, sentence)
    before = [m for m in named if m.start < at and (modifiers or not m.modifier)]
    if len(before) != 2 or _SIGNERS.fullmatch(text, before[0].end, before[1].start) is None:
        return None
    return before


def _signed_together(
    knowledge: KnowledgeBase, text: str, sentence: Sentence
) -> re.Match[str] | None:
    """ "Hagel and Defense Minister Bat-Erdene signed a joint vision statement here": two
    people of two countries, joined by "and", who sign together met (the "signed", as the
    sentence's meeting word, offset in the sentence)."""
    words = text[sentence.start : sentence.end]
    held = may_match_in(_SIGNED, text, sentence.start, sentence.end)
    signed = _SIGNED.search(words) if held else None
    if signed is None:
        return None
    at = sentence.start + signed.start()
    named = person_mentions(knowledge, text, sentence)
    before = [m for m in named if m.start < at]
    joint = _joint_subjects(knowledge, text, sentence, at)
    if joint is not None:
        before = joint
    elif len(before) == 1:
        # "Sprynczynatyk co-signed the partnership with Brig. Gen. Kadangha": one signer
        # before the word, the other after "with"
        after = [m for m in named if m.start > at]
        if (
            not after
            or _SIGNED_WITH.fullmatch(text, at + len(signed.group()), after[0].start) is None
            # "... Spencer for ..., the declaration I signed with Bob Work": another subject
            or _OTHER_SUBJECT.search(text, before[0].end, at) is not None
        ):
            return None
        before = [before[0], after[0]]
    else:
        return None
    countries = [_country_of(knowledge, m.actor) for m in before]
    # of two countries, or of one and of none known ("Defense Minister Bat-Erdene")
    if countries[0] == countries[1] or countries == [None, None]:
        return None
    return signed


@functools.cache
def _deliberation() -> re.Pattern[str]:
    """A verb of two who deliberate together (``deliberation_verbs`` in ``grammar.toml``)."""
    verbs = literal_alternation(grammar().deliberation_verbs, space=r"[ \t\u00a0]+")
    return re.compile(rf"\b(?:{verbs})\b")


_REMOTE = re.compile(r"\b(?:phone|telephone|video|virtual|virtually|call)\b", re.IGNORECASE)
"""Words of talking apart: a call is no meeting."""
_BEFORE_VERB = re.compile(
    r"(?:,[^,;:.]{1,80},)?(?:[ \u00a0]+(?:today|also|jointly|together))*[ \u00a0]+"
)
"""Between the second of two subjects and their verb: an apposition, "today", "jointly"."""


def _deliberated_together(
    knowledge: KnowledgeBase,
    text: str,
    sentence: Sentence,
    found: Sequence[MeetingMention] = (),
) -> re.Match[str] | None:
    """ "President Barack Obama and President Ollanta Humala reaffirmed today their desire
    ...": two people of two countries, joined by "and" as the subject of a verb of
    deliberating together, met (the verb, as the sentence's meeting word, offset in the
    sentence); not when the sentence tells of a call, nor when a meeting of the two is
    already ``found`` ("Pompeo met today with Dendias. Pompeo and Dendias discussed ...":
    what they discussed at it)."""
    words = text[sentence.start : sentence.end]
    verb = _deliberation().search(words)
    if verb is None or _REMOTE.search(words) is not None:
        return None
    at = sentence.start + verb.start()
    before = _joint_subjects(knowledge, text, sentence, at, modifiers=False)
    if before is None or _BEFORE_VERB.fullmatch(text, before[1].end, at) is None:
        return None
    countries = [_country_of(knowledge, m.actor) for m in before]
    if countries[0] == countries[1] or None in countries:
        return None
    pair = {before[0].actor, before[1].actor}
    if any(pair <= set(mention.people) for mention in found):
        return None
    return verb


_PRESS_WITH_MEETING = re.compile(
    r"\bmet\b|\bmeeting\s+with\b|\bjoint\s+(?:news|press)\s+conference\s+with\b"
    r"|\b(?:after|following)\s+(?:their\s+|the\s+)?talks\b"
)
"""What makes a sentence about a news conference tell a meeting: "met", "a meeting with", a
joint conference with someone, or the talks it followed."""


def _gathering_pattern(knowledge: KnowledgeBase) -> re.Pattern[str] | None:
    heads = sorted(knowledge.event_cues.gathering, key=len, reverse=True)
    if not heads:
        return None
    alternation = "|".join(re.escape(h) for h in heads)
    return re.compile(
        r"\b(?:on[ \u00a0]+(?P<side>the[ \u00a0]+(?:sidelines|margins)[ \u00a0]+of)|at)[ \u00a0]+"
        r"(?:the[ \u00a0]+|our[ \u00a0]+)?"
        r"(?P<venue>[A-Z][\w’'.-]*(?:[ \u00a0]+(?:[A-Z][\w’'.-]*|of|the|for|and|on)){0,7}?"
        # a caption glued to the next sentence ("at the London Somalia ConferenceThe
        # Foreign Secretary met ...") ends the name at its capital
        rf"[ \u00a0]+(?i:{alternation}))(?![a-z0-9_])"
    )


def _gathering_venue(
    knowledge: KnowledgeBase, source: Source, sentence: Sentence
) -> PlaceMention | None:
    """The gathering a meeting took place at when no venue is named ("met today on the
    sidelines of the NATO Informal Foreign Ministers Meeting", "at the European Political
    Community Summit"): its name, from a capitalised word to a gathering word."""
    pattern = knowledge.cached(
        "vocabulary:meetings-gathering", lambda: _gathering_pattern(knowledge)
    )
    found = None if pattern is None else pattern.search(source.text, sentence.start, sentence.end)
    if found is None:
        return None
    # "the sidelines of the UN General Assembly", as written: the gathering, not a venue in it
    start = found.start("side") if found["side"] else found.start("venue")
    end = found.end("venue")
    return PlaceMention(kind="venue", name=source.text[start:end], evidence=source.span(start, end))


_LIST_ITEM = re.compile(rf"\s*[{BULLET_MARKS}]\s+\S")
"""A bulleted line: an item of the list a clause ending in a colon opens."""


def _listed(
    knowledge: KnowledgeBase,
    text: str,
    clauses: Sequence[Sentence],
    index: int,
    subject: Sequence[ActorId],
) -> list[tuple[ActorId, Sentence]]:
    """The people of the bulleted items right after a meeting clause that ends in a colon
    ("Meetings with Papua New Guinea defense officials included:"), one per item, each with
    its item."""
    found: list[tuple[ActorId, Sentence]] = []
    paragraph = clauses[index].paragraph
    for item in clauses[index + 1 :]:
        if item.paragraph == paragraph:
            continue  # the rest of the clause's own paragraph
        if item.paragraph > paragraph + 1 or not (
            _LIST_ITEM.match(text, item.start) is not None or _bare_item(text, item)
        ):
            break
        paragraph = item.paragraph
        named = [p for p in persons(knowledge, text, item) if p not in subject]
        if len(named) == 1:
            found.append((named[0], item))
    return found


_BARE_ITEM_WORDS = 20
"""The most words of a list item written on a line of its own without a bullet."""


def _bare_item(text: str, item: Sentence) -> bool:
    """An item of a list written one per line without bullets: a short line that ends in no
    sentence mark ("President of Sri Lanka, Honorable Anura Kumara Dissanayake")."""
    line = text[item.start : item.end].strip()
    return (
        bool(line)
        and "\n" not in line
        # "..., Gen. Romeo Brawner Jr.": a name's suffix or initial keeps its stop
        and (not line.endswith((".", "!", "?", ":")) or _SUFFIX_STOP.search(line) is not None)
        and len(line.split()) <= _BARE_ITEM_WORDS
    )


_SUFFIX_STOP = re.compile(r"(?<![\w.])(?:Jr|Sr|[A-Z])\.$")
"""A line's last stop that belongs to a name ("Brawner Jr.", "Harry S.")."""


_PRONOUN_SUBJECT = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey)\s")


@functools.cache
def agentless() -> re.Pattern[str]:
    """A meeting told without who held it (``agentless_meetings`` in ``grammar.toml``:
    "Meetings were held with A; B and C")."""
    phrases = phrase_pattern(grammar().agentless_meetings)
    return re.compile(rf"(?:{phrases})\b", re.IGNORECASE)


@functools.cache
def _party_pattern() -> re.Pattern[str]:
    """ "the delegation", "the Vermont team", "the U.S. officials", "the Members": a
    travelling party (``party_nouns`` in ``grammar.toml``, in any case) after "the" and up
    to two words."""
    nouns = "|".join(sorted(map(re.escape, grammar().party_nouns), key=len, reverse=True))
    return re.compile(rf"\b[Tt]he[ \u00a0]+(?:[\w.’'-]+[ \u00a0]+){{0,2}}?(?i:{nouns})\b(?![’'-])")


def _under_a_plan(text: str, clauses: Sequence[Sentence], index: int) -> bool:
    """Whether clause ``index`` is an item of a bulleted list under a line that ends in a
    colon and looks ahead ("During the two-day visit he will:"): a plan, not a meeting."""
    clause = clauses[index]
    if _LIST_ITEM.match(text, clause.start) is None:
        return False
    # the list's head is a few items up at most: a long list is read no further back
    for earlier in reversed(clauses[max(0, index - _PLAN_ITEMS) : index]):
        if earlier.paragraph >= clause.paragraph or _LIST_ITEM.match(text, earlier.start):
            continue
        words = text[earlier.start : earlier.end].rstrip()
        return words.endswith(":") and _FUTURE.search(words) is not None
    return False


_PLAN_ITEMS = 30
"""How many clauses back the head of a plan's bulleted list is looked for."""


@functools.cache
def _leader_before() -> re.Pattern[str]:
    """ "led by " at the end of some words (``leader_phrases`` in ``grammar.toml``)."""
    phrases = phrase_pattern(grammar().leader_phrases)
    return re.compile(rf"\b(?:{phrases})\s+$", re.IGNORECASE)


_TITLE_AFTER = re.compile(rf"(?:{TITLE_WORD}[ \u00a0]+)*$")
"""The title at the end of some words, before the name that follows them."""


def _leads_a_group(
    text: str, sentence: Sentence, trigger: re.Match[str], person: ActorId, knowledge: KnowledgeBase
) -> bool:
    """Whether the one person a sentence names before its meeting word only leads the group
    that met ("An advance team, led by Deputy Chief of Staff Joe Hagin, met with the North
    Korean team"): the group met others, not the story's protagonist."""
    at = sentence.start + trigger.start()
    for mention in person_mentions(knowledge, text, sentence):
        if mention.actor == person and mention.start < at:
            before = text[max(sentence.start, mention.start - 60) : mention.start]
            # the words between "led by" and the name are the leader's title
            return _leader_before().search(_TITLE_AFTER.sub("", before)) is not None
    return False


@functools.cache
def _role_subject() -> re.Pattern[str]:
    """:func:`role_pattern` with the noun in any case: official pages write "the Minister"."""
    return re.compile(role_pattern().pattern, re.IGNORECASE)


def _he_met_them(
    knowledge: KnowledgeBase,
    text: str,
    sentence: Sentence,
    trigger: re.Match[str],
    people: Sequence[ActorId],
    *,
    unknown_speaker: bool = False,
) -> bool:
    """Whether "he", "she" or "the general" met the people a sentence names, all named after
    the meeting word and none known to be of another country than the others (people in no
    data file have no known country: "He also met with President Hassan Sheikh Mohamud and
    Minister of Defense Abdulkadir Mohamed Nur" are the protagonist's two meetings, not
    theirs). So did "I" of a speech whose speaker no label names (``unknown_speaker``): "I
    also met ... with President Aoun, with caretaker Prime Minister Diab" are the speaker's
    meetings, not theirs."""
    at = sentence.start + trigger.start()
    speaker_met = unknown_speaker and bool(
        _FIRST_PERSON.search(text, sentence.start, at)
        or _FIRST_PERSON_OWN.search(text, sentence.start, at)
    )
    pronoun = _PRONOUN_SUBJECT.search(text, sentence.start, at)
    if (
        pronoun is None
        and not speaker_met
        # "The general also met with ...", "In Belgrade, the Minister has today met with
        # ...": a rank or office standing for the protagonist
        and _role_subject().search(text, sentence.start, at) is None
        # "In Maputo, the delegation met with ...": the protagonist's party
        and _party_pattern().search(text, sentence.start, at) is None
        # "Meetings were held with ...": no one named holds them but the protagonist
        and agentless().match(text, at) is None
    ):
        return False
    # "Shah said that during a visit ..., he met with A and B": one named before the pronoun
    # told of it; the pronoun is the one who met them
    subject_from = sentence.start if pronoun is None else pronoun.end()
    if any(subject_from <= m.start < at for m in person_mentions(knowledge, text, sentence)):
        return False
    if separately().search(text, sentence.start, sentence.end):
        return True  # "He also met separately with Cambodian ... and Laos ...": each alone
    # the speaker's own meetings ("From my meetings with Ministers A and B") are with each,
    # whatever their countries
    return speaker_met or len(_known_countries(knowledge, people)) <= 1


_OTHER_MEETING = re.compile(
    r"\b(?:the|their|a|an)\s+(?:[\w’'-]+\s+){0,3}?(?:summit|meeting|talks|call|conversation)\s+(?:between|of)\s",
    re.IGNORECASE,
)
"""A meeting named as a thing, with its own people: "the May 21 Summit between ...", "a
contentious call between President Trump and Prime Minister Turnbull"."""


def _has_person_between(
    knowledge: KnowledgeBase, text: str, sentence: Sentence, start: int, end: int
) -> bool:
    """Whether someone is named between two offsets of ``sentence``'s words."""
    at, to = sentence.start + start, sentence.start + end
    return any(at <= m.start < to for m in person_mentions(knowledge, text, sentence))


_THEIR_COUNTERPARTS = re.compile(r"\btheir[ \u00a0]+(?:[\w’'-]+[ \u00a0]+){0,2}?counterparts\b")
"""The other side as the counterparts of several ("met with their Japanese counterparts")."""


def _escorts(
    knowledge: KnowledgeBase, text: str, sentence: Sentence, at: int
) -> frozenset[ActorId]:
    """The people a delegation cue names before the meeting word ("Langley, along with U.S.
    Ambassador Joey R. Hood, met with ..."): they came with the subject, they are not the
    other side, and staff who attend are no party to the meeting."""
    cue = knowledge.event_cues.delegation
    opening = None if cue is None else cue.search(text, sentence.start, at)
    if opening is None or _THEIR_COUNTERPARTS.search(text, at, sentence.end):
        # "Mattis, along with Secretary of State Tillerson, met with their Japanese
        # counterparts": the two met their two counterparts together
        return frozenset()
    return frozenset(
        m.actor
        for m in person_mentions(knowledge, text, sentence)
        if opening.end() <= m.start < at
        # a lawmaker with their party and state is one of the party, not staff ("along with
        # Senator Cory Gardner (R-Colo.), ..., today met with")
        and PARTY_AND_STATE_AFTER.match(text, m.end) is None
    )


def _without_envoys_of_visitor(
    knowledge: KnowledgeBase,
    text: str,
    sentence: Sentence,
    at: int | None,
    people: Sequence[ActorId],
    on: PartialDate | None = None,
) -> list[ActorId]:
    """``people`` without the envoys who attend for a visitor from home: "Langley and U.S.
    Ambassador to Djibouti Cynthia Kierscht met with ...", "Kelly met with President Lobo
    ... as well as U.S. Ambassador to Honduras Lisa Kubiske" are no meetings with the envoy.

    An envoy named before the meeting word beside someone who is no envoy came with them;
    one named after it is staff beside a compatriot, or beside the subject when the story
    gives the subject no country ("Gen. Kelly"). An ambassador who meets a foreign minister
    alone, or is the subject, is a party. ``on``: the sentence's day, when known (an envoy
    is one on that day)."""
    envoys = {p for p in people if _holds_title(knowledge, p, grammar().embassy_titles, on)}
    if not envoys:
        return list(people)
    before = (
        set()
        if at is None
        else {
            m.actor
            for m in person_mentions(knowledge, text, sentence)
            if m.start < at and m.actor in people
        }
    )
    countries = {p: _country_of(knowledge, p) for p in people}
    subject = next((p for p in people if p not in envoys), None)
    staff = set()
    for envoy in envoys:
        others = [p for p in people if p not in envoys]
        # beside a compatriot (or one of no known country) meeting someone: "Langley and
        # U.S. Ambassador Kierscht met with ..."; beside a foreigner, the other party
        beside_the_subject = (
            envoy in before
            and any(p in before and countries[p] in (countries[envoy], None) for p in others)
            # and the two met someone named after: "U.S. Ambassador Huntsman and Gen.
            # Gerasimov met in Moscow today" are the two parties
            and any(p not in before for p in people)
        )
        if beside_the_subject or (
            envoy not in before
            and countries[envoy] is not None
            and (
                any(
                    countries[q] == countries[envoy] or (q == subject and countries[q] is None)
                    for q in others
                )
                # "He also met with U.S. Chargé d'Affaires A and Major General B": the story's
                # protagonist, the pronoun, met the foreigner; the envoy came along
                or (
                    at is not None
                    and not before
                    and any(countries[q] not in (None, countries[envoy]) for q in others)
                    and _PRONOUN_SUBJECT.search(text, sentence.start, at) is not None
                )
            )
        ):
            staff.add(envoy)
    return [p for p in people if p not in staff]


def _spokespeople(knowledge: KnowledgeBase, text: str, sentence: Sentence) -> set[ActorId]:
    """The people of ``sentence`` who speak for an office: by a role, or by the words
    after their name ("Navy Lt. Cmdr. Courtney Hillson, a spokeswoman for Work, said")."""
    words = grammar().spokesperson_titles
    found: set[ActorId] = set()
    for mention in person_mentions(knowledge, text, sentence):
        # the people who report a meeting ("In a statement summarizing the meeting, Kirby
        # said Abbott conveyed ...", "attributable to Spokesperson Ned Price: ...")
        apposition = _APPOSITION_TITLE.match(text, mention.end, sentence.end)
        if _holds_title(knowledge, mention.actor, words) or (
            apposition is not None and any(w in apposition.group().casefold() for w in words)
        ):
            found.add(mention.actor)
    return found


_APPOSITION_TITLE = re.compile(r",[ \u00a0]+(?:a|an|the)[ \u00a0]+[^,.;:]{0,60}")
"""The description right after a name ("..., a spokeswoman for Work,")."""


_WITH_AFTER = re.compile(r"[ \u00a0]+with\b")


def _companions_only(
    knowledge: KnowledgeBase,
    text: str,
    sentence: Sentence,
    trigger: re.Match[str],
    people: Sequence[ActorId],
) -> bool:
    """Whether everyone a meeting clause names comes before "meet with", which names no one
    after it, and no two of them are of different known countries: they travelled together
    to meet others ("General Langley and Sgt. Maj. Woods visited Djibouti to meet with
    African partner leaders"), they did not meet each other."""
    at = sentence.start + trigger.end()
    if len(people) < 2 or not (
        trigger.group().endswith("with") or _WITH_AFTER.match(text, at, sentence.end)
    ):
        return False
    if persons(knowledge, text, sentence, at, sentence.end):
        return False
    return len(_known_countries(knowledge, people)) <= 1


def _quoted(words: str, at: int) -> bool:
    """Whether ``words[at]`` lies inside a quotation that opens before it in ``words``."""
    before = words[:at]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _with_us(
    knowledge: KnowledgeBase,
    text: str,
    sentence: Sentence,
    speaker: ActorId,
    people: Sequence[ActorId],
    *,
    quoted: bool = False,
) -> bool:
    """Whether a speaker tells a meeting of their own with people of one other country ("a
    pleasure for me to have a discussion with Secretary Austin face-to-face", "we met Prime
    Minister Luxon"): the clause says "I", "me", "we", "us" or "our" and names people of one
    country only, not the speaker's. A labelled speaker's "we" is outside quotation marks;
    a quotation's speaker's (``quoted``) is inside them."""
    if not people:
        return False
    words = text[sentence.start : sentence.end]
    if not any(
        quoted or not _quoted(words, m.start() - sentence.start)
        for m in first_person_pattern().finditer(text, sentence.start, sentence.end)
    ):
        return False  # '"We attach high importance ...," Hokanson said': someone else's "we"
    if _looks_ahead(knowledge, words) or _WILL.search(words):
        return False  # "I'll meet ...", "we look forward to meeting ..."
    # one known country besides the speaker's; someone of none known named with them is
    # theirs ("Jointly with President Prokopis Pavlopoulos and Prime Minister Alexis Tsipras
    # we held talks")
    countries = _known_countries(knowledge, people)
    return len(countries) == 1 and _country_of(knowledge, speaker) not in countries


def _without_spokespeople(knowledge: KnowledgeBase, mention: MeetingMention) -> MeetingMention:
    """The mention without the people whose office is to speak for others: the spokesperson
    a readout is "attributable to" reports the meeting, never takes part in it."""
    words = grammar().spokesperson_titles
    people = tuple(p for p in mention.people if not _holds_title(knowledge, p, words))
    return mention if people == mention.people else evolve(mention, people=people)


_OFFICE_SUBJECT = re.compile(
    r"[ \u00a0]*(?:[^,.;:]{0,40},[ \u00a0]+)?[Tt]he[ \u00a0]+"
    r"(?P<office>(?:[A-Z][\w’'-]*[ \u00a0]+){1,4}?)(?:(?:also|today|then|later)[ \u00a0]+)?$"
)
"""An office alone as the subject before a meeting word ("The Prime Minister met ...")."""


def issuers_holder(
    knowledge: KnowledgeBase,
    text: str,
    sentence: Sentence,
    trigger: re.Match[str],
    issuer: str | None,
    on: PartialDate | None,
) -> tuple[ActorId, frozenset[ActorId]] | None:
    """The holder of the office a page's own office names as its subject ("The Prime
    Minister met the President of Moldova, Maia Sandu" on a Downing Street page): the
    issuing country's holder on the day, with whoever the office alone was read as: another
    country's prime minister the story names is not the one meeting; one of the issuer's own
    country keeps the reading ("the Secretary" of a Navy page is the Secretary of the Navy
    it names)."""
    at = sentence.start + trigger.start()
    office = _OFFICE_SUBJECT.fullmatch(text, sentence.start, at) if issuer else None
    if office is None or issuer is None:
        return None
    mentions = person_mentions(knowledge, text, sentence)
    read_as = frozenset(m.actor for m in mentions if m.start < at)
    home = knowledge.country_of(issuer)
    if any(_country_of(knowledge, actor) in (home, None) for actor in read_as):
        return None  # "the Secretary" of a Navy page read as Secretary Del Toro: his own
    holder = _labelled(knowledge, office["office"].strip(), on, issuer)
    if holder is None or any(m.actor == holder for m in mentions if m.start >= at):
        return None
    # one the office was read as whom the sentence names after the meeting word too is met:
    # "The Prime Minister welcomed ... Prime Minister of Bahrain Salman Bin Hamad al-Khalifa"
    named_after = {m.actor for m in mentions if m.start >= at}
    return holder, read_as - named_after
