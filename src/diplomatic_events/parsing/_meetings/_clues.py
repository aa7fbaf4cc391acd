"""Sentence-level clues the finder reads: venues, groups, clauses and strangers (the days a
page gives are in :mod:`._page_days`)."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Sequence

from attrs import evolve

from diplomatic_events._needed import may_match_in
from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.knowledge._grammar import grammar, phrase_pattern
from diplomatic_events.knowledge._places import Gazetteer, PlaceMention, venue_head
from diplomatic_events.model import ActorKind, MeetingKind, PartialDate, Precision, Source
from diplomatic_events.parsing._meetings._sentences import (
    MeetingMention,
    PersonMention,
    Sentence,
    person_mentions,
    persons,
    sentence_mentions,
)
from diplomatic_events.parsing._meetings._subject_lists import one_list_of_subjects
from diplomatic_events.parsing._meetings._words import (
    _BETWEEN,
    _COURTESY,
    _LATER_CLAUSE,
    _LIST_GAP,
    _LOCATIVE,
    _LOCATIVE_REACH,
    _MEAL_WORD,
    _MULTILATERAL,
    _NEW_CLAUSE,
    _PAIR_PARAGRAPHS,
    _RELATIVE_CLAUSE,
    _THEN_CLAUSE,
    _TRIGGER,
    _WELCOMED_REACH,
    _WELCOMED_TO,
)
from diplomatic_events.parsing._time import TimeExpression
from diplomatic_events.typing import ActorId, SourceId


def _written_venue(text: str, venue: PlaceMention, heads: re.Pattern[str]) -> PlaceMention:
    """A venue under the whole name the sentence writes it with: the capitalised words
    before the name the gazetteer knows ("Number 10 Downing Street", "the Moscow Kremlin")
    and those after it up to a venue's head noun (``heads``: "White House Rose Garden",
    "Presidential Office Building"), as a reader quotes it."""
    span = venue.evidence
    if span.end > len(text) or text[span.start : span.end] != span.text:
        return venue
    start, end = span.start, span.end
    stops = grammar().name_stop_words
    while (word := _WRITTEN_BEFORE.search(text, max(0, start - _WORD_REACH), start)) is not None:
        if word.group(1) in stops:
            break
        start = word.start(1)
    reach = end
    while (word := _WRITTEN_AFTER.match(text, reach)) is not None:
        after = word.group(1)
        if after in stops or (after.isupper() and len(after) <= 3):
            break  # initials begin another phrase ("Kremlin US relations")
        reach = word.end(1)
        if heads.fullmatch(after):
            end = reach  # not past the last head noun: "Hyderabad House Chancellor Scholz"
    if (start, end) == (span.start, span.end):
        return venue
    return evolve(venue, name=text[start:end])


_WORD_REACH = 40
"""How far back one capitalised word before a venue's name is looked for."""
_WRITTEN_BEFORE = re.compile(r"(?<![\w’'.-])([A-Z0-9][\w’'.-]*)[ \u00a0]+$")
_WRITTEN_AFTER = re.compile(r"[ \u00a0]+([A-Z][\w’'-]*)(?![\w’'-])")


def _full_venues(
    text: str, gazetteer: Gazetteer, found: Sequence[MeetingMention]
) -> tuple[MeetingMention, ...]:
    """Venues under their whole written name (:func:`_written_venue`), and named short ("the
    Great Hall") under the fuller name the source gives them elsewhere ("the Great Hall of
    the People")."""
    heads = venue_head(gazetteer)
    found = [
        evolve(m, venue=_written_venue(text, m.venue, heads)) if m.venue is not None else m
        for m in found
    ]
    names = {m.venue.name: m.venue for m in found if m.venue is not None}
    result: list[MeetingMention] = []
    for mention in found:
        venue = mention.venue
        if venue is not None:
            fuller = [v for n, v in names.items() if n.startswith(venue.name + " ")]
            if len(fuller) == 1:
                venue = evolve(venue, name=fuller[0].name, city=venue.city or fuller[0].city)
                mention = evolve(mention, venue=venue, city=mention.city or venue.city)
        result.append(mention)
    return tuple(result)


def _pictured(
    knowledge: KnowledgeBase,
    gazetteer: Gazetteer,
    source: Source,
    sentence: Sentence,
    date: TimeExpression | None,
) -> bool:
    """Whether a photo caption shows a meeting: people of two countries or more at a named
    venue on a given day ("A and B at the Mariinsky Palace on Friday"). Captions are
    evidence of who was together where; without a venue or a day they may be file photos."""
    if date is None or (date.date is not None and date.date.precision is not Precision.DAY):
        return False
    people = persons(knowledge, source.text, sentence)
    countries = {_country_of(knowledge, p) for p in people}
    # compatriots alone are no diplomatic meeting; a person of no known country may be a guest
    if len(people) < 2 or len(countries) < 2 or countries == {None}:
        return False
    return any(
        p.kind == "venue" and _is_locative(source.text, sentence.start, p.evidence.start)
        for p in gazetteer.find(source.id, source.text, sentence.start, sentence.end)
    )


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
    here = clauses[index]
    people: list[ActorId] = []
    named: set[ActorId] = set()
    for sentence in reversed(clauses[:index]):
        if here.paragraph - sentence.paragraph > _PAIR_PARAGRAPHS:
            break
        named.update(persons(knowledge, text, sentence))
    if len(met) == 2 and set(met) <= named:
        return list(met)
    for sentence in reversed(clauses[:index]):
        if here.paragraph - sentence.paragraph > _PAIR_PARAGRAPHS:
            break
        for person in reversed(persons(knowledge, text, sentence)):
            if person not in people:
                people.append(person)
            if len(people) == 2:
                return people[::-1]
    return []


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
    later = _LATER_CLAUSE.search(text, sentence.start + trigger.end(), sentence.end)
    # "met with President Sall and discussed ... prices resulting from Putin's war": those
    # named in what was discussed are its subject, not at the meeting
    later = later or _topic_clause().search(text, sentence.start + trigger.end(), sentence.end)
    if later is None:
        return people
    before = persons(knowledge, text, sentence, sentence.start, later.start())
    return before if len(before) >= 2 else people


@functools.cache
def _topic_clause() -> re.Pattern[str]:
    """What a meeting was about, after its people (``topic_clauses`` in ``grammar.toml``:
    "... and discussed", "... to discuss")."""
    return re.compile(rf"\b(?:{phrase_pattern(grammar().topic_clauses)})\b", re.IGNORECASE)


_REPORTING = re.compile(
    r"(?:,[^,.;“”\"]{1,60},)?[ \u00a0]+"
    r"(?:said|says|told|added|noted|wrote|provided|released|issued)\b"
)
"""After a name: the verb that makes its holder the sentence's source ("White said", "Dana W.
White, chief Pentagon spokesperson, said")."""
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


@functools.cache
def separately() -> re.Pattern[str]:
    """Words that say the people named met the subject one at a time (``separately`` in
    ``grammar.toml``: "met separately with A and B", "separate meetings with ...")."""
    return re.compile(rf"\b(?:{phrase_pattern(grammar().separately)})\b", re.IGNORECASE)


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


def _is_group(
    knowledge: KnowledgeBase, text: str, sentence: Sentence, trigger: re.Match[str] | None
) -> bool:
    """Whether everyone a sentence names met together rather than one after another.

    "between A, B and C", "the three-way meeting", or two subjects joined by "and" before
    the meeting verb with the guest after it ("Biden and first lady Jill Biden hosted Modi").
    """
    if trigger is None or separately().search(text, sentence.start, sentence.end):
        return False  # "met separately with A and B", "separate meetings with A and B"
    if _MULTILATERAL.search(text, sentence.start, sentence.end):
        return True
    mentions = [m for m in person_mentions(knowledge, text, sentence) if not m.modifier]
    for between in _BETWEEN.finditer(text, sentence.start, sentence.end):
        after = [m for m in mentions if m.start >= between.end()]
        if after and len(text[between.end() : after[0].start].split()) <= 3:
            return True
    at = sentence.start + trigger.start()
    subjects = [m for m in mentions if m.start < at]
    objects = [m for m in mentions if m.start > at]
    if subjects and _of_several_countries(knowledge, text, subjects[0].actor, objects):
        return True
    if len(subjects) >= 2 and not objects:
        # "President Whipps, Ambassador Ehrendreich and Commodore Lett led the Joint Committee
        # Meeting": people of two countries or more, named together before the meeting and
        # no one after it, met together
        countries = {_country_of(knowledge, m.actor) for m in subjects}
        return (
            None not in countries and len(countries) >= 2 and one_list_of_subjects(text, subjects)
        )
    if len(subjects) < 2:
        return False
    if any(_holds_title(knowledge, s.actor, grammar().embassy_titles) for s in subjects[1:]):
        return False  # "Langley and U.S. Ambassador Ba met with A and B": staff beside him
    # "A and B hosted C"; "Senators A (D-Conn.), B (R-Ohio), and C (D-Ill.) met with D"
    return one_list_of_subjects(text, subjects)


def _of_several_countries(
    knowledge: KnowledgeBase, text: str, subject: ActorId, objects: Sequence[PersonMention]
) -> bool:
    """Whether the people met form one list ("met with German Foreign Minister Baerbock, UK
    Foreign Secretary Truss and ...") of two or more countries other than the subject's: the
    counterparts of several countries met together, while a list of one country's people
    ("met Prime Minister Suga, Foreign Minister Motegi, ...") were met one after another."""
    if len(objects) < 2:
        return False
    for before, after in itertools.pairwise(objects):
        if _LIST_GAP.fullmatch(text, before.end, after.start) is None:
            return False
    home = _country_of(knowledge, subject)
    countries = {_country_of(knowledge, m.actor) for m in objects}
    return None not in countries and len(countries - {home}) >= 2


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


def _is_locative(text: str, start: int, at: int) -> bool:
    """Whether the place at ``at`` is where something happened ("in Beijing", a dateline)."""
    before = text[max(start, at - _LOCATIVE_REACH) : at]
    if at - start <= _LOCATIVE_REACH and not before.strip():
        return True
    if _LOCATIVE.search(before) is not None:
        return True
    # an aside between dashes or brackets ("welcomed the Crown Prince — who is also ... —
    # to the Pentagon") is no part of the guest's words
    welcome = _ASIDE.sub(" ", text[max(start, at - _WELCOMED_REACH) : at])
    return _WELCOMED_TO.search(welcome) is not None


_ASIDE = re.compile(
    r"[ \u00a0]+[—–][ \u00a0][^—–\n]*[ \u00a0][—–][ \u00a0]*|[ \u00a0]*\([^()\n]*\)"
)
"""An aside set off by a pair of dashes with spaces, or by brackets."""


def _shift(sentence: Sentence, match: re.Match[str]) -> tuple[int, int]:
    return sentence.start + match.start(), sentence.start + match.end()
