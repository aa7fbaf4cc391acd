"""Who took part in a meeting a sentence tells: listed people read in, the one met by "he",
"I" or "we" or by a travelling party, and the holder of the office a page's issuer names
(those left out are in :mod:`._bystanders`, meetings told by appearing, signing or
deliberating together in :mod:`._joint_acts`)."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.knowledge._actors import TITLE_WORD
from diplomatic_events.knowledge._grammar import first_person_pattern, grammar, phrase_pattern
from diplomatic_events.knowledge._places import PlaceMention
from diplomatic_events.knowledge._prefilter import guarded
from diplomatic_events.model import PartialDate, Source
from diplomatic_events.parsing._attribution._words import role_pattern
from diplomatic_events.parsing._meetings._clues import _country_of, _known_countries
from diplomatic_events.parsing._meetings._context import _looks_ahead
from diplomatic_events.parsing._meetings._groups import separately
from diplomatic_events.parsing._meetings._sentences import Sentence, person_mentions, persons
from diplomatic_events.parsing._meetings._speaker_labels import _labelled
from diplomatic_events.parsing._meetings._words import _FUTURE
from diplomatic_events.sources._layout._patterns import BULLET_MARKS
from diplomatic_events.typing import ActorId


def _subject_pronoun(pronoun: str, contractions: str) -> re.Pattern[str]:
    """``pronoun`` (with one of ``contractions``) as the subject of the meeting word right
    after it, up to six words on; not a pronoun far before it."""
    return re.compile(
        rf"\b{pronoun}(?:[’'](?:{contractions}))?(?:,?[ \u00a0]+[\w’'-]+){{0,6}}[ \u00a0]+$"
    )


_FIRST_PERSON = _subject_pronoun("I", "ve|m")
"""The speaker as the subject of the meeting word right after ("I had a very successful
bilateral meeting with ...", "I'm very, very pleased to have just met"); not "I'd like to
meet", "I'll meet", nor "I" far before it."""
_WE = _subject_pronoun("[Ww]e", "ve")
"""The speaker with their party as the subject of the meeting word right after ("Over the
course of the week, we met with ..."); not "we'll meet"."""
_FIRST_PERSON_OWN = re.compile(r"\b(?:[Mm]y|[Oo]ur)[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}$")
"""The speaker's own meeting word: "From my meetings with Ministers A and B"."""


_WILL = re.compile(r"[’']ll\b|\blook(?:s|ing)?\s+forward\b", re.IGNORECASE)


def _gathering_pattern(knowledge: KnowledgeBase) -> re.Pattern[str] | None:
    heads = sorted(knowledge.event_cues.gathering, key=len, reverse=True)
    if not heads:
        return None
    alternation = "|".join(re.escape(h) for h in heads)
    return re.compile(
        r"\b(?:on[ \u00a0]+(?P<side>the[ \u00a0]+(?:sidelines|margins)[ \u00a0]+of)|at|during)"
        r"[ \u00a0]+(?:the[ \u00a0]+|our[ \u00a0]+)?"
        # "the 80th United Nations General Assembly", "the 2019 Concordia Americas Summit":
        # an ordinal or a year first; "the COP27 climate summit": one word in lower case last
        r"(?P<venue>(?:\d{1,4}(?:st|nd|rd|th)?[ \u00a0]+)?"
        r"[A-Z][\w’'.-]*(?:[ \u00a0]+(?:[A-Z][\w’'.-]*|of|the|for|and|on)){0,7}?"
        r"(?:[ \u00a0]+[a-z]+)?"
        # a caption glued to the next sentence ("at the London Somalia ConferenceThe
        # Foreign Secretary met ...") ends the name at its capital
        rf"[ \u00a0]+(?i:{alternation})"
        # "the ASEAN Defense Ministers' Meeting-Plus", "the Pacific Islands Conference of
        # Leaders", "the Summit of the Americas": the rest of the name as written
        r"(?:-(?-i:[A-Z])[\w’']*)?"
        r"(?:[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?(?-i:[A-Z])[\w’'-]*"
        r"(?:[ \u00a0]+(?-i:[A-Z])[\w’'-]*){0,3}+)?+)(?![a-z0-9_])"
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
def trip_included() -> re.Pattern[str]:
    """A trip as the subject of the meetings it took in, right before the meeting word
    ("The visit, which included talks with", "The trip also included meetings with"): a
    trip noun (``trip_nouns`` in ``grammar.toml``), then "included"."""
    nouns = phrase_pattern(grammar().trip_nouns)
    return re.compile(
        rf"\b(?:{nouns})\b(?:,[ \u00a0]+which)?[ \u00a0]+(?:also[ \u00a0]+)?includ(?:ed|es)"
        r"[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}?$",
        re.IGNORECASE,
    )


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
    theirs). So did "I" (or "we") of a speech whose speaker no label names
    (``unknown_speaker``): "I also met ... with President Aoun, with caretaker Prime Minister
    Diab" are the speaker's meetings, not theirs."""
    at = sentence.start + trigger.start()
    speaker_met = unknown_speaker and bool(
        _FIRST_PERSON.search(text, sentence.start, at)
        # "we" of no one known: a quotation's speaker, read into ``people`` though the
        # sentence does not name them, is the one who met ("“Next, we met with ...”")
        or (
            _WE.search(text, sentence.start, at)
            and {m.actor for m in person_mentions(knowledge, text, sentence)}.issuperset(people)
        )
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
        # "The visit, which included talks with A and B": the visitor's, whoever they are
        and trip_included().search(text, sentence.start, at) is None
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


# guarded: a look-ahead for the characters a match can start with, so most positions of a
# search fail on one test (see ``guarded``); the matches are the same
_OTHER_MEETING = guarded(_OTHER_MEETING)
