"""Who met, as a meeting sentence tells it: the people it names, less those who did not take
part (strangers to the story, escorts, a visitor's own envoys, spokespeople, companions),
with the issuing office's holder, a labelled speech's speaker, the pair a description
stands for ("the two leaders") and the heads of two delegations.

Apart from the finder (:mod:`._find`) because choosing a sentence's participants is one
step of reading it; of the sentences before, it reads only the last meeting's people and
the pair named last.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.model import PartialDate
from diplomatic_events.parsing._discovery._titles import folded_title_words
from diplomatic_events.parsing._meetings._bystanders import (
    _companions_only,
    _escorts,
    _spokespeople,
    _without_envoys_of_visitor,
)
from diplomatic_events.parsing._meetings._clues import (
    _country_of,
    _known_countries,
    _last_pair,
    _present,
)
from diplomatic_events.parsing._meetings._context import _looks_ahead
from diplomatic_events.parsing._meetings._delegations import DelegationPair
from diplomatic_events.parsing._meetings._parties import (
    _FIRST_PERSON,
    _listed,
    _with_us,
    issuers_holder,
)
from diplomatic_events.parsing._meetings._sentences import (
    MeetingMention,
    Sentence,
    person_mentions,
    sentence_mentions,
)
from diplomatic_events.parsing._meetings._words import _BETWEEN, _MEETING_NOUN, _PAIR
from diplomatic_events.typing import ActorId

_SECOND_PERSON = re.compile(r"\b[Yy]ou\b|\b[Yy]our[ \u00a0]+(?:[\w’'-]+[ \u00a0]+){0,2}$")
"""The one spoken to before a meeting word: "you" ("You just met with ..."), or "your" right
before it ("your meeting with", "your bilateral talks"), not "your opinion about the talks
... between" others, searched up to the meeting word."""


def sentence_people(
    knowledge: KnowledgeBase,
    text: str,
    clauses: Sequence[Sentence],
    index: int,
    sentence: Sentence,
    words: str,
    *,
    trigger: re.Match[str] | None,
    anaphora: re.Match[str] | None,
    delegated: DelegationPair | None,
    strangers: frozenset[ActorId],
    issuer: str | None,
    on_day: PartialDate | None,
    speakers: Mapping[int, ActorId],
    found: Sequence[MeetingMention],
    last_primary: int | None,
    last_paragraph: int,
    quoted_by: ActorId | None = None,
    answerers: Mapping[int, ActorId] | None = None,
) -> tuple[list[ActorId], list[tuple[ActorId, Sentence]], bool]:
    """The people who met in ``sentence`` (``clauses[index]``, its text ``words``): the
    people, those of a bulleted list after it (each met one by one), and whether a labelled
    speaker is among them as the one who speaks ("I had the opportunity to meet ...").
    ``quoted_by``: the speaker of the quotation the meeting word is in ("Next, we met with
    Prime Minister Boris Johnson," said Pelosi), who met the people it names of one other
    country when the sentence says "I", "we" or "our". ``answerers``: whom each block under
    a label naming nobody is put to ("QUESTION: You just met with A": the one who answers)."""
    present = _present(knowledge, text, sentence, trigger)
    people = [p for p in present if p not in strangers]
    holder = (
        issuers_holder(knowledge, text, sentence, trigger, issuer, on_day)
        if trigger is not None
        else None
    )
    if holder is not None:
        # "The Prime Minister met ..." on a Downing Street page: the UK's prime minister
        office_holder, misread = holder
        people = [
            office_holder,
            *(p for p in people if p != office_holder and p not in misread),
        ]
    if trigger is not None:
        escorts = _escorts(knowledge, text, sentence, sentence.start + trigger.start())
        people = [p for p in people if p not in escorts] if len(people) > 2 else people
    with_envoys = people
    people = _without_envoys_of_visitor(
        knowledge,
        text,
        sentence,
        None if trigger is None else sentence.start + trigger.start(),
        people,
        on_day,
    )
    # envoys left out beside foreigners ("He also met with U.S. Chargé d'Affaires A and
    # Major General B"): the one left is the one met, not a description's compatriot
    envoys = (
        len(with_envoys) - len(people)
        if any(
            _country_of(knowledge, e) not in (None, *(_country_of(knowledge, p) for p in people))
            for e in with_envoys
            if e not in people
        )
        else 0
    )
    if people:
        spokespeople = _spokespeople(knowledge, text, sentence)  # once, not once per person
        people = [p for p in people if p not in spokespeople]
    if trigger is not None and _companions_only(knowledge, text, sentence, trigger, people):
        people = []  # "Langley and Sgt. Maj. Woods visited Djibouti to meet with leaders"
    listed = (
        _listed(knowledge, text, clauses, index, people)
        if trigger is not None and words.rstrip().endswith(":")
        else []
    )
    speaker = speakers.get(sentence.paragraph)
    spoken = False
    if (
        trigger is not None
        and speaker is not None
        and speaker not in people
        and (
            _FIRST_PERSON.search(text, sentence.start, sentence.start + trigger.start())
            or _with_us(knowledge, text, sentence, speaker, people)
        )
    ):
        # "I had the opportunity to meet President Widodo" in a labelled speech
        people = [speaker, *people]
        spoken = True
    elif (
        trigger is not None
        and speaker is None
        and answerers
        and (answerer := answerers.get(sentence.paragraph)) is not None
        and answerer not in people
        and _SECOND_PERSON.search(text, sentence.start, sentence.start + trigger.start())
    ):
        # "QUESTION: You just met with President Varela and Vice President Saint Malo": the
        # interviewer tells the meeting of the one who answers
        people = [answerer, *people]
        spoken = True
    elif (
        trigger is not None
        and speaker is None
        and quoted_by is not None
        and knowledge.is_person(quoted_by)  # not "a spokesperson", who is no one met
    ):
        # a quotation's whole sentence names its people inside the marks: they count only
        # when it tells the speaker's own meeting
        # the speaker named only in the attribution ('"We met with Minister Shin here,"
        # said Pleus') names no one met outside the marks; a meeting noun inside them names
        # a gathering as often ("for bringing together ... the first-ever G20 meeting")
        others = [p for p in people if p != quoted_by]
        by_name_only = not others and _MEETING_NOUN.fullmatch(trigger.group()) is None
        told = others or [
            p
            for p in dict.fromkeys(m.actor for m in sentence_mentions(knowledge, text, sentence))
            if knowledge.is_person(p) and p != quoted_by and p not in strangers
        ]
        if (quoted_by not in people or by_name_only) and _with_us(
            knowledge, text, sentence, quoted_by, told, quoted=True
        ):
            # not "spoken": a statement put out after a trip tells its days, not the page's
            people = [quoted_by, *told]
        elif quoted_by in people and not _with_us(
            knowledge, text, sentence, quoted_by, others, quoted=True
        ):
            # '"... holding U.S.-Russia peace talks without Ukraine - will embolden Putin,"
            # said Bennet': who said it named talks of others, not a meeting of their own
            people = [p for p in people if p != quoted_by]
    if (
        len(people) + envoys < len(present)
        and len({_country_of(knowledge, p) for p in people}) == 1
    ):
        # the description stood for a participant; the compatriots left did not meet
        people = []
    if len(people) < 2 and trigger is not None and _PAIR.search(words):
        # "The two leaders met at the Maximos Mansion, the prime minister's office": a
        # description naming one of the pair does not stand for the pair
        met = found[last_primary].people if last_primary is not None else ()
        pair = _last_pair(knowledge, text, clauses, index, met)
        if set(people) <= set(pair):
            people = pair or people
    elif (
        not people
        and trigger is not None
        and anaphora is None
        and _MEETING_NOUN.fullmatch(trigger.group())
        and (last_primary is None or sentence.paragraph - last_paragraph > 2)
        and not _looks_ahead(knowledge, words)
    ):
        # "The deal came after talks that began in the Oval Office" right after "A and B
        # announced ...": talks of that pair, when they are of two countries
        pair = _last_pair(knowledge, text, clauses, index)
        if len(_known_countries(knowledge, pair)) == 2:
            people = pair
    if (
        trigger is not None
        and holder is None
        and anaphora is None
        and len(people) >= 2
        and _unknown_subject(knowledge, text, sentence, trigger)
    ):
        # "Berg met with A and B", Berg known to no one: A and B met him, not each other
        people = []
    if delegated is not None and not set(delegated.heads) & strangers:
        # "A led the U.S. delegation and B ... led the Peruvian delegation": the heads met
        people = list(delegated.heads)
    return people, listed, spoken


_SUBJECT_VERBS = frozenset({"met", "meets", "hosted", "received", "welcomed"})
"""Meeting verbs whose subject is the one who met the people after them."""
_NAME_BEFORE = re.compile(r"(?-i:[A-Z][a-z][\w’'-]*)\.?(?:\s+also)?\s+$")
"""A capitalised word right before the verb ("Berg met"), its subject; not an office's
letters ("CNO met with ..."), which stand for someone the sentence may name later."""
_PRONOUNS = frozenset({"He", "She", "They", "We", "I", "It", "Both", "All"})
_DETERMINER = re.compile(
    r"\b(?:the|his|her|their|its|our|my)\s+(?:(?-i:[A-Z])[\w’'.-]*\s+){0,4}$", re.IGNORECASE
)
"""A determiner before the capitalised word: a description ("the Members"), not a name."""
_WINDOW = 80
"""Characters before the verb, and before its subject, that hold a subject's words."""


def _unknown_subject(
    knowledge: KnowledgeBase, text: str, sentence: Sentence, trigger: re.Match[str]
) -> bool:
    """Whether the meeting verb's subject is a name no one is known by ("Berg met with A
    and B", Berg in no data file and not discovered): the people after the verb are whom
    that subject met, never a meeting of their own."""
    if trigger.group().lower() not in _SUBJECT_VERBS:
        return False
    at = sentence.start + trigger.start()
    if any(m.start < at for m in person_mentions(knowledge, text, sentence)):
        return False
    # a window before the verb: the subject is next to it, and a long sentence is not
    # scanned again for every meeting verb in it
    before = _NAME_BEFORE.search(text, max(sentence.start, at - _WINDOW), at)
    if before is None:
        return False
    if _DETERMINER.search(text, max(sentence.start, before.start() - _WINDOW), before.start()):
        return False  # "the Members met with", "the Deputy Administrator met with"
    word = before.group().split()[0].rstrip(".")
    titles = folded_title_words(knowledge)
    # "Administrator met with": an office stands for its holder
    return word not in _PRONOUNS and word.casefold() not in titles


def between_people(knowledge: KnowledgeBase, text: str, sentence: Sentence) -> bool:
    """Whether the sentence says "between" before someone it names ("a meeting between A
    and B": exactly those met), not only in a clause after them ("met with A, B and C to
    discuss the relationship between Kyrgyzstan and the United States")."""
    found = _BETWEEN.search(text, sentence.start, sentence.end)
    return found is not None and any(
        mention.start > found.start() for mention in person_mentions(knowledge, text, sentence)
    )
