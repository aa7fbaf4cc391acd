"""Sentence-level clues the finder reads: clauses, who is present and who reports, and
strangers (the days a page gives are in :mod:`._page_days`, venues in :mod:`._venues`,
whether people met together in :mod:`._groups`)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence

from attrs import evolve

from diplomatic_events._needed import may_match_in
from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.knowledge._grammar import grammar, phrase_pattern
from diplomatic_events.model import ActorKind, MeetingKind, PartialDate
from diplomatic_events.parsing._meetings._named_pairs import named_in_clauses
from diplomatic_events.parsing._meetings._sentences import (
    MeetingMention,
    Sentence,
    person_mentions,
    persons,
    sentence_mentions,
)
from diplomatic_events.parsing._meetings._words import (
    _COURTESY,
    _LATER_CLAUSE,
    _MEAL_WORD,
    _MEETING_NOUN,
    _NEW_CLAUSE,
    _PAIR_PARAGRAPHS,
    _RELATIVE_CLAUSE,
    _THEN_CLAUSE,
    _TRIGGER,
)
from diplomatic_events.typing import ActorId, SourceId


def _referent(
    found: Sequence[MeetingMention], people: Sequence[ActorId], paragraph: int
) -> MeetingMention | None:
    """The meeting "the meeting" means: the last one told of all the people the sentence
    names ("Mr Xi noted, at the start of the meeting, ..." after a meeting with someone else)."""
    if not people:
        return None
    for mention in reversed(found):
        if not mention.anaphoric and set(people) <= set(mention.people):
            return mention
    return None


_WORD = re.compile(r"\w+")


def _strangers(
    knowledge: KnowledgeBase,
    text: str,
    clauses: Sequence[Sentence],
    issuer: str | None = None,
) -> frozenset[ActorId]:
    """People a story reaches only by a description ("the prime minister") and who belong
    to no country of anyone it names by name: a description resolved to a holder the story
    is not about (a British prime minister in a story about Italy and China) joins no
    meeting. ``issuer`` is the country whose office put the page out (a Downing Street
    readout's "The Prime Minister" is the United Kingdom's)."""
    by_name: set[ActorId] = set()
    described: set[ActorId] = set()
    capitalised: dict[ActorId, set[str]] = {}  # the capitalised words of each one's names
    for sentence in clauses:
        for mention in person_mentions(knowledge, text, sentence):
            actor = knowledge.actor(mention.actor)
            if actor is None:
                continue
            names = capitalised.get(actor.id)
            if names is None:
                words_of = (w for n in (actor.name, *actor.aliases) for w in _WORD.findall(n))
                names = capitalised[actor.id] = {w for w in words_of if w[:1].isupper()}
            words = set(_WORD.findall(text, mention.start, mention.end))
            if words & names:
                by_name.add(mention.actor)
            else:
                described.add(mention.actor)
    countries = {c for a in by_name if (c := _country_of(knowledge, a)) is not None}
    # only a described person of a country no one named by name belongs to may be a stranger
    foreign = {
        a
        for a in described - by_name
        if (c := _country_of(knowledge, a)) is not None and c not in countries
    }
    if foreign:
        # a country the story names by name is one it is about ("the United Kingdom" in a
        # Downing Street readout whose prime minister is never named), as is the country of
        # an institution it names ("a Downing Street spokesperson"); an adjective is not
        # enough ("The British prime minister meets the Chinese president" in a story of
        # Meloni in Beijing)
        countries |= {
            place.country
            for place in knowledge.places.find(SourceId("story"), text)
            if place.kind == "country" and place.country is not None
        }
        if issuer is not None:
            countries.add(issuer)
        countries |= {
            actor.country
            for sentence in clauses
            for mention in sentence_mentions(knowledge, text, sentence)
            if (actor := knowledge.actor(mention.actor)) is not None
            and actor.kind is ActorKind.INSTITUTION
            and actor.country is not None
        }
    return frozenset(a for a in foreign if _country_of(knowledge, a) not in countries)


def _country_of(knowledge: KnowledgeBase, actor_id: ActorId) -> str | None:
    actor = knowledge.actor(actor_id)
    return None if actor is None else actor.country


def _known_countries(knowledge: KnowledgeBase, people: Iterable[ActorId]) -> set[str]:
    """The countries of ``people`` that the knowledge knows (someone of none adds nothing)."""
    return {country for p in people if (country := _country_of(knowledge, p)) is not None}


def _last_pair(
    knowledge: KnowledgeBase,
    text: str,
    clauses: Sequence[Sentence],
    index: int,
    met: Sequence[ActorId] = (),
) -> list[ActorId]:
    """The last two people named before ``clauses[index]`` ("the two leaders"), nearby.

    When both people of the last meeting told (``met``) are named nearby, they are the pair:
    "Biden said he would talk to Putin ... Macron said ... The two leaders had met the
    previous evening" means the two who met, not the two named last.
    """
    read = named_in_clauses(knowledge, text, clauses)  # read once per source
    first = read.first_near(index, _PAIR_PARAGRAPHS)
    if len(met) == 2 and all(read.names(person, first, index) for person in set(met)):
        return list(met)
    return read.last_two(first, index)


def _clause_cuts(
    pattern: re.Pattern[str], text: str, sentence: Sentence
) -> Iterable[re.Match[str]]:
    """``pattern``'s matches in the sentence alone, looked for only when one of the literals
    every match holds one of is there (:func:`may_match_in`)."""
    if not may_match_in(pattern, text, sentence.start, sentence.end):
        return ()
    return pattern.finditer(text[sentence.start : sentence.end])


def _triggered(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a meeting word."""
    if not may_match_in(_TRIGGER, text, start, end):
        return False
    return _TRIGGER.search(text, start, end) is not None


def _clauses(knowledge: KnowledgeBase, text: str, sentence: Sentence) -> tuple[Sentence, ...]:
    """A sentence cut where ", and" or "before" opens a second meeting with someone else.

    "A met B, and on Saturday evening had dinner with C": two meetings, each with its own
    day; read as one they would be a single meeting of three with no day. The cut is made
    only when both parts name a meeting, the first two people and the second one of its own;
    after "before" ("they met for an hour before A went to the palace, where he met C") the
    second part must name both of its people.
    """
    found: list[Sentence] = []
    start = sentence.start
    # Found in the sentence alone, so a cut may open where the sentence starts.
    cuts = sorted(
        [(m.span(), False) for m in _clause_cuts(_NEW_CLAUSE, text, sentence)]
        + [(m.span(), True) for m in _clause_cuts(_THEN_CLAUSE, text, sentence)],
        key=lambda cut: cut[0][0],
    )
    for (cut_start, cut_end), then in cuts:
        cut_start, cut_end = sentence.start + cut_start, sentence.start + cut_end
        if cut_start < start or not _triggered(text, start, cut_start):
            continue
        rest = evolve(sentence, start=cut_end)
        first = persons(knowledge, text, sentence, start, cut_start)
        second = persons(knowledge, text, rest)
        if then:
            if len(second) < 2 or not _triggered(text, cut_end, sentence.end):
                continue
        elif len(first) < 2 or not second:
            continue
        found.append(evolve(sentence, start=start, end=cut_start))
        start = cut_end
    if not found:
        return (sentence,)
    return (*found, evolve(sentence, start=start))


def _kind(words: str, trigger: re.Match[str]) -> MeetingKind:
    if _COURTESY.search(words):
        return MeetingKind.COURTESY_CALL
    if _MEAL_WORD.search(trigger.group()) and not re.search(r"\b(?:met|talks|meeting)\b", words):
        return MeetingKind.DINNER
    return MeetingKind.TALKS


def _present(
    knowledge: KnowledgeBase, text: str, sentence: Sentence, trigger: re.Match[str] | None
) -> list[ActorId]:
    """The people a meeting sentence names, less those only in a clause about what came next.

    "Macron and Xi met ..., before being joined by Von der Leyen": the later arrival was not
    at this meeting. The cut is kept only when two people remain before it.
    """
    people = persons(knowledge, text, sentence)
    reporter = _reporter(knowledge, text, sentence)
    if reporter is not None:
        people = [p for p in people if p != reporter]
    if trigger is None or len(people) < 3:
        return people
    owned = _owned_meeting(knowledge, text, sentence, trigger)
    if owned is not None:
        return owned
    at = sentence.start + trigger.start()
    for aside in _RELATIVE_CLAUSE.finditer(text, sentence.start, sentence.end):
        if aside.start() <= at < aside.end():
            # "Wang's tone was sharper than Qin's, who met with Blinken the day before": the
            # meeting is the relative clause's, between its antecedent and those it names
            named = person_mentions(knowledge, text, sentence)
            antecedent = [m.actor for m in named if m.end <= aside.start()][-1:]
            inside = persons(knowledge, text, sentence, aside.start(), aside.end())
            own = list(dict.fromkeys([*antecedent, *inside]))
            return own if len(own) >= 2 else people
    if deliberated(trigger):
        # "The secretary and Lieberman discussed Prime Minister Netanyahu's visit": who
        # deliberated is the verb's subject; its object is what they discussed
        subjects = persons(knowledge, text, sentence, sentence.start, at)
        return subjects if len(subjects) >= 2 else people
    later = _LATER_CLAUSE.search(text, sentence.start + trigger.end(), sentence.end)
    # "met with President Sall and discussed ... prices resulting from Putin's war": those
    # named in what was discussed are its subject, not at the meeting
    later = later or _topic_clause().search(text, sentence.start + trigger.end(), sentence.end)
    if later is None:
        return people
    before = persons(knowledge, text, sentence, sentence.start, later.start())
    return before if len(before) >= 2 else people


_OWNER_BEFORE = re.compile(r"['’]s?[ \u00a0]+(?:[a-z][\w-]*[ \u00a0]+){0,2}$")
"""Between a name and its meeting noun: "’s", "’s recent bilateral "."""
_WITH_NEXT = re.compile(r"(?:[ \u00a0]+[\w-]+){0,4}?[ \u00a0]+with\b")
"""After a meeting noun, up to "with": " last week with", " in Berlin today with"."""


def _owned_meeting(
    knowledge: KnowledgeBase, text: str, sentence: Sentence, trigger: re.Match[str]
) -> list[ActorId] | None:
    """ "Coates’ visit follows Haney’s meeting last week with Gen. Lori J. Robinson": the
    meeting a name owns, "with" people named after it, is theirs alone; the sentence's other
    people are no part of it."""
    if _MEETING_NOUN.fullmatch(trigger.group()) is None:
        return None
    at = sentence.start + trigger.start()
    owner = next(
        (
            m
            for m in person_mentions(knowledge, text, sentence)
            if m.end <= at and _OWNER_BEFORE.fullmatch(text, m.end, at) is not None
        ),
        None,
    )
    with_word = _WITH_NEXT.match(text, sentence.start + trigger.end())
    if owner is None or with_word is None:
        return None
    met = persons(knowledge, text, sentence, with_word.end())
    own = list(dict.fromkeys([owner.actor, *met]))
    return own if len(own) >= 2 else None


def deliberated(trigger: re.Match[str]) -> bool:
    """Whether a meeting word is a verb of deliberating together ("discussed", "reviewed";
    ``deliberation_verbs`` in ``grammar.toml``): what follows it is what was discussed."""
    return " ".join(trigger.group().split()).casefold() in grammar().deliberation_verbs


@functools.cache
def _topic_clause() -> re.Pattern[str]:
    """What a meeting was about, after its people (``topic_clauses`` in ``grammar.toml``:
    "... and discussed", "... to discuss")."""
    return re.compile(rf"\b(?:{phrase_pattern(grammar().topic_clauses)})\b", re.IGNORECASE)


_REPORTING = re.compile(
    r"(?:,[^,.;“”\"]{1,60},)?[ \u00a0]+"
    r"(?:said|says|told|added|noted|wrote|writes|reports|reported|provided|released|issued)\b"
)
"""After a name: the verb that makes its holder the sentence's source ("White said", "Dana W.
White, chief Pentagon spokesperson, said", "..., as VOA's correspondent Cindy Saine
reports")."""
_FRAME_TAIL = re.compile(
    r"(?:[ \u00a0]+(?:reporters|journalists))?"
    r"(?:[ \u00a0]+(?:in|on|at|to|after|during|via|later|earlier)\b[^.;]{0,60})?[ \u00a0]*[.]?"
)
"""What may follow a reporting verb at the end of a sentence ("said in a statement")."""
_TOOK_PART = re.compile(
    r"\b(?:after|before|following)[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}?"
    r"(?:meeting|meetings|talks|talking|speaking)[ \u00a0]+(?:[\w-]+[ \u00a0]+)?with\b"
)
"""After a reporting verb, the reporter's own meeting ("said after meeting with ...",
"said ... following separate meetings Wednesday with ...")."""


def _reporter(knowledge: KnowledgeBase, text: str, sentence: Sentence) -> ActorId | None:
    """The person who reports the sentence's meeting rather than takes part in it: the
    source of a reporting frame after the clause ("..., chief Pentagon spokesperson Dana W.
    White said"), or before a clause naming two others ("White said Mattis and Wei discussed
    ..."). "Biden said he met Xi" names one other, so Biden stays."""
    for mention in person_mentions(knowledge, text, sentence):
        verb = _REPORTING.match(text, mention.end, sentence.end)
        if verb is None:
            continue
        if _TOOK_PART.search(text, verb.end(), sentence.end) is not None:
            continue  # "Mattis said after meeting with Widodo": he is at the meeting he tells
        tail = _FRAME_TAIL.fullmatch(text, verb.end(), sentence.end) is not None
        lo, hi = (sentence.start, mention.start) if tail else (verb.end(), sentence.end)
        others = [p for p in persons(knowledge, text, sentence, lo, hi) if p != mention.actor]
        # a source named after the clause ("..., White said.") never is its subject; one
        # named before it may be ("Biden said he met Xi")
        if len(others) >= (1 if tail else 2):
            return mention.actor
    return None


def _holds_title(
    knowledge: KnowledgeBase,
    actor_id: ActorId,
    words: frozenset[str],
    on: PartialDate | None = None,
) -> bool:
    """Whether one of the actor's roles has one of ``words`` in its title (any case): an
    envoy's ("Ambassador"), a spokesperson's ("State Department Spokesperson").

    With a day ``on``, only the roles held that day count when any is: John Bolton, once
    Ambassador to the United Nations, is no envoy as National Security Adviser in 2019."""
    actor = knowledge.actor(actor_id)
    if actor is None:
        return False
    roles = actor.roles
    if on is not None:
        roles = tuple(role for role in roles if role.held_on(on)) or roles
    return _titles_hold(tuple(role.title for role in roles), words)


@functools.lru_cache(maxsize=1 << 12)
def _titles_hold(titles: tuple[str, ...], words: frozenset[str]) -> bool:
    """Whether one of ``titles`` has one of ``words`` in it (any case): answered once per
    person's titles, though every sentence and meeting naming them asks it."""
    folded = [title.casefold() for title in titles]
    return any(word.casefold() in title for title in folded for word in words)


def _words_before(text: str, floor: int, end: int, words: int) -> int:
    """Where the last ``words`` words before ``end`` start (with the spaces after them), not
    before ``floor``: a pattern anchored at ``end`` that spans at most that many words
    matches the same searched from there as from the sentence start, without reading the
    whole sentence for each length of time."""
    at = end
    for _ in range(words):
        while at > floor and text[at - 1].isspace():
            at -= 1
        while at > floor and not text[at - 1].isspace():
            at -= 1
    return at


def _shift(sentence: Sentence, match: re.Match[str]) -> tuple[int, int]:
    return sentence.start + match.start(), sentence.start + match.end()
