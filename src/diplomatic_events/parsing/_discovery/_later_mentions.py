"""A person named again after their introduction: by one word of the name ("Rousseff, for
her part, promised", "Chen told him", "Mr Stewart") or by he or she.

These passes read the whole text after the introductions: a surname used alone as a subject
finds the full name written earlier, the word used alone tells the family name, a one-word
person who is someone's surname goes, and the pronoun gives the gender.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence

from diplomatic_events.knowledge import KnowledgeBase, slug
from diplomatic_events.knowledge._actors import LOWER, UPPER
from diplomatic_events.knowledge._grammar import grammar
from diplomatic_events.knowledge._prefilter import guarded
from diplomatic_events.model import Actor, ActorKind
from diplomatic_events.parsing._discovery._countries import _country_near
from diplomatic_events.parsing._discovery._discover_checks import _last_word_ids
from diplomatic_events.parsing._discovery._names import _no_name_in, _plausible
from diplomatic_events.parsing._discovery._titles import _title_words
from diplomatic_events.parsing._discovery._words import _GENDERED_PRONOUN, _NAME_TOKEN
from diplomatic_events.typing import SourceId


def _drop_surnames_of_others(found: dict[str, Actor], knowledge: KnowledgeBase, text: str) -> None:
    """A person found by one word ("Mr Stewart", "Mr Mark") who is the last word of someone
    named in full, found here ("Minister for Africa Rory Stewart") or known ("Defence
    Minister Ron Mark"), is that one: the one-word person goes, and the surname finds the
    full one."""
    single = [
        key
        for key, actor in found.items()
        if actor.kind is ActorKind.PERSON and " " not in actor.name
    ]
    if not single:
        return
    full = {
        actor.name.rsplit(" ", 1)[-1]
        for actor in found.values()
        if actor.kind is ActorKind.PERSON and " " in actor.name
    }
    for mention in knowledge.find_mentions(text, 0, len(text)):
        actor = knowledge.actor(mention.actor)
        if actor is not None and actor.kind is ActorKind.PERSON and " " in mention.text:
            full.add(mention.text.split()[-1])
    for key in single:
        if found[key].name in full:
            del found[key]


def _surname_subjects(knowledge: KnowledgeBase, cues: str) -> re.Pattern[str]:
    def build() -> re.Pattern[str]:
        return re.compile(
            rf"(?:^|(?<=[.;:!?”\"]\s))(?P<surname>{_NAME_TOKEN})"
            rf"(?:,[ \u00a0]+for[ \u00a0]+(?P<part>his|her)[ \u00a0]+part,"
            # "McLean, who was not at the dinner, later posted": a relative clause and an
            # adverb between the subject and its cue.
            rf"|,[ \u00a0]+who\b[^.;:\n\"“”]{{1,120}}?,(?:[ \u00a0]+{LOWER}+)?)?"
            rf"[ \u00a0]+(?:{cues})\b",
            re.MULTILINE,
        )

    # with a look-ahead for its first characters (the pattern opens with a look-behind)
    return knowledge.cached("vocabulary:discovery-surname-subjects", lambda: guarded(build()))


_FULL_NAME_REACH = 200
"""How far before a surname its given names are looked for: two name words, or one and an
initial (no name word is near this long)."""

_GIVEN_NAMES = re.compile(
    # a given name and a middle initial ("Joey R. Hood"), or one or two given names, ending
    # where the text searched ends (just before the surname)
    rf"(?<![\w-])(?:{_NAME_TOKEN}[ \u00a0]{UPPER}\.[ \u00a0]|(?:{_NAME_TOKEN}[ \u00a0]){{1,2}})\Z"
)


def first_full_name(text: str, surname: str) -> tuple[int, int] | None:
    """Where the first full name in ``text`` ending with the word ``surname`` is.

    The span a search of the whole text for the given names and ``surname`` finds, in linear
    time: only where the word occurs is the text just before it tried, with one pattern
    compiled once (a pattern per surname cost 30 ms to compile, and tried at every position
    took a fifth of the people stage).
    """
    best: tuple[int, int] | None = None
    for word in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", text):
        if best is not None and word.start() - _FULL_NAME_REACH > best[0]:
            break  # a name ending at this word or later starts after the one found
        given = _GIVEN_NAMES.search(text, max(0, word.start() - _FULL_NAME_REACH), word.start())
        # at one start the search prefers two given names to one: the later surname
        if given is not None and (best is None or given.start() <= best[0]):
            best = (given.start(), word.end())
    return best


def _introduced_by_surname(
    text: str,
    match: re.Match[str],
    knowledge: KnowledgeBase,
    known_names: frozenset[str],
    found: dict[str, Actor],
    genders: dict[str, str],
    common: frozenset[str] = frozenset(),
    searched: dict[str, tuple[int, int] | None] | None = None,
    told: Counter[str] | None = None,
) -> None:
    """ "Rousseff, for her part, promised ...": a word used alone as a subject names the
    person the text introduced earlier with that word as the last of a full name.
    ``common`` holds the text's lower-case words: a subject that is one of them ("Leaders
    acknowledged", "leaders" elsewhere) names no one. ``told`` counts each word's uses as
    such a subject: a text that never gives the full name (an excerpt cut after the
    introduction) still names the person a word says things again and again."""
    surname = match.group("surname")
    if surname in grammar().name_stop_words or surname.casefold() in known_names:
        return
    if any(
        surname in actor.names() or surname in actor.name.split(" ") for actor in found.values()
    ):
        return  # "Salman pointed out" of Salman bin Hamad Al Khalifa, found by his title
    # the text is searched once for each surname (``searched`` keeps what was found)
    searched = {} if searched is None else searched
    if surname not in searched:
        searched[surname] = first_full_name(text, surname)
    full = searched[surname]
    if full is None:
        if told is not None and told[surname] >= _TOLD_ALONE:
            _known_by_surname_alone(text, surname, knowledge, found, common)
        return
    name = re.sub(r"\s+", " ", text[full[0] : full[1]])
    titles = _title_words(knowledge)
    while (not _plausible(name) or name.split(" ", 1)[0] in titles) and " " in name:
        name = name.split(" ", 1)[1]  # "Crown Prince Salman": the title is no given name
    if " " not in name or not _plausible(name) or name.casefold() in known_names:
        return
    if _no_name_in(name.split(" "), knowledge, common) or surname.casefold() in common:
        return  # "Leaders acknowledged ...", "leaders" written in lower case too; "Both Ministers"
    actor_id = slug(name)
    if knowledge.actor(actor_id) is not None:
        return
    found[actor_id] = Actor(
        id=actor_id,
        name=name,
        kind=ActorKind.PERSON,
        country=_country_near(text, full[0], full[1], knowledge),
        discovered=True,
    )
    if match.group("part"):
        genders[actor_id] = "female" if match.group("part") == "her" else "male"


_TOLD_ALONE = 2
"""How many times a word must be the subject of what is said ("Allvin said", "Allvin told
leaders") to name a person the text never names in full."""


def _known_by_surname_alone(
    text: str,
    surname: str,
    knowledge: KnowledgeBase,
    found: dict[str, Actor],
    common: frozenset[str],
) -> None:
    """The person a text calls only by ``surname`` ("... mobility Airmen," Allvin said.
    ... Allvin told leaders ..."): one of that one word, unless the word is a known
    person's surname (the mentions find them), a country's or place's name, a title or a
    word the text writes in lower case."""
    if (
        slug(surname) in _last_word_ids(knowledge)
        or knowledge.country_of(surname) is not None
        or surname in _title_words(knowledge)
        or not _plausible(surname)
        or _no_name_in([surname], knowledge, common)
        or knowledge.places.find(SourceId("surname"), surname, 0, len(surname))
    ):
        return
    actor_id = slug(surname)
    if actor_id in found or knowledge.actor(actor_id) is not None:
        return
    first = text.find(surname)
    found[actor_id] = Actor(
        id=actor_id,
        name=surname,
        kind=ActorKind.PERSON,
        country=_country_near(text, first, first + len(surname), knowledge),
        discovered=True,
    )


def _pronoun_gender(
    unquoted: Sequence[str],
    actor: Actor,
    knowledge: KnowledgeBase | None = None,
    others: Sequence[Actor] = (),
) -> str | None:
    """The gender of the first he/she (his/her) after a mention of ``actor`` in its block,
    outside quotation marks (``unquoted``: the blocks with their quotations blanked): how
    the writer goes on to refer to the person, unless someone else is named in between
    ("White said ... and that Mattis thanked Ryacudu for his country's leadership": the
    "his" is theirs)."""
    names = sorted(actor.names(), key=len, reverse=True)
    other_names = [n for o in others for n in o.names()]
    for body in unquoted:
        for end in _ends_alone(body, names):
            # far on, a pronoun is as likely someone else's (and reading on to it would cost
            # the paragraph's length for each mention)
            pronoun = _GENDERED_PRONOUN.search(body, end, end + _PRONOUN_REACH)
            if pronoun is None:
                continue
            between = body[end : pronoun.start()]
            if any(name in between for name in other_names) or (
                knowledge is not None
                and any(
                    m.actor != actor.id
                    and (named := knowledge.actor(m.actor)) is not None
                    and named.kind is ActorKind.PERSON
                    for m in knowledge.find_mentions(between)
                )
            ):
                continue
            return "male" if pronoun.group(1).casefold() in ("he", "him", "his") else "female"
    return None


_PRONOUN_REACH = 400
"""How far after a name (in characters) the he/she that gives its gender may stand."""


def _word_char(char: str) -> bool:
    """Whether ``char`` is a word character or a hyphen (``[\\w-]``)."""
    return char.isalnum() or char in "_-"


def _alone_at(text: str, word: str) -> Iterator[int]:
    """Where ``word`` stands in ``text`` with no word character or hyphen right before it,
    in text order: ``(?<![\\w-])word`` found by a scan for the word, not by a pattern
    compiled for each name."""
    at = text.find(word)
    while at >= 0:
        if at == 0 or not _word_char(text[at - 1]):
            yield at
        at = text.find(word, at + 1)


def _ends_alone(text: str, names: Sequence[str]) -> Iterator[int]:
    """Where each match of ``(?<![\\w-])(?:names)(?![\\w-])`` (the names tried in their
    order at each position) ends, in text order: found by scans for each name, not by a
    pattern compiled for each person."""
    if "" in names:  # an empty name matches everywhere: the pattern's own reading
        alternatives = "|".join(re.escape(name) for name in names)
        pattern = rf"(?<![\w-])(?:{alternatives})(?![\w-])"
        yield from (match.end() for match in re.finditer(pattern, text))
        return
    ends: dict[int, int] = {}  # by start, the end of the first name that stands alone there
    for name in names:
        for at in _alone_at(text, name):
            end = at + len(name)
            if at not in ends and not _word_char(text[end : end + 1] or " "):
                ends[at] = end
    reached = 0
    for at in sorted(ends):
        if at >= reached:  # matches do not overlap: the search goes on after each one
            reached = ends[at]
            yield reached


def _called_by_last_word(text: str, actor: Actor) -> bool:
    """Whether the text calls the person by the last word of the name alone, and never by
    the first word alone."""
    tokens = actor.name.split()
    if len(tokens) < 2:
        return False
    first, last, before = tokens[0], tokens[-1], tokens[-2]
    last_alone = any(
        not _word_char(text[at + len(last) : at + len(last) + 1] or " ")
        # not the end of the full name ("Xi Jinping"): the word before is not the name's
        and not (
            at > len(before)
            and text[at - 1] in " \u00a0"
            and text[at - 1 - len(before) : at - 1] == before
        )
        for at in _alone_at(text, last)
    )
    if not last_alone:
        return False
    return not any(
        not _word_char(text[at + len(first) : at + len(first) + 1] or " ")
        and not _rest_of_name_at(text, at + len(first), tokens)
        for at in _alone_at(text, first)
    )


def _rest_of_name_at(text: str, at: int, tokens: Sequence[str]) -> bool:
    """Whether the words of a name after its first follow ``at``, each after spaces
    (``[ \\u00a0]+``): read word by word, not by a pattern compiled for each name (the
    words hold no space, so the spaces before each are all there are)."""
    for token in tokens[1:]:
        spaces = _SPACES.match(text, at)
        if spaces is None or not text.startswith(token, spaces.end()):
            return False
        at = spaces.end() + len(token)
    return True


_SPACES = re.compile(r"[ \u00a0]+")


def _family_name_used(text: str, actor: Actor, knowledge: KnowledgeBase, cues: str) -> str | None:
    """The first word of a name whose country the text does not give, when the text then
    calls the person by that word alone ("Chen Jining ... Chen told him"): the family name
    comes first, whatever the default order says. And the mirror: the last word of a name
    of a country that writes the family name first, when the text calls the person by that
    word alone ("Lt. Gen. Kim Kye-Hwan ... said Kye-Hwan"): the writer took it for the
    surname."""
    tokens = actor.name.split()
    if len(tokens) < 2:
        return None
    family_first = knowledge.family_name_first(actor.country)
    first, last = tokens[0], tokens[-1]
    capital, cue = _after_word(knowledge, cues)
    cue_before = _cue_before(knowledge, cues)

    def alone(word: str) -> bool:
        # the word, then spaces and a cue, not a capitalised word: "Chen told"; or a cue,
        # then the word, then no capitalised word: "said Jirapol."
        return any(
            capital.match(text, end) is None
            and (
                cue.match(text, end) is not None
                # a whole word: "said Chenx" does not call anyone "Chen"
                or (
                    (end == len(text) or not _word_char(text[end]))
                    and cue_before.search(text, max(0, at - _CUE_BEFORE_REACH), at) is not None
                )
            )
            for at in _alone_at(text, word)
            for end in (at + len(word),)
        )

    if family_first:
        return last if not alone(first) and alone(last) else None
    if alone(last):
        return None
    if alone(first):
        return first
    # the father's surname of a Spanish or Portuguese name, before the mother's: "Lt. Gen.
    # José Vizcarra Álvarez ... Vizcarra said"
    return next(
        (w for w in tokens[1:-1] if w[:1].isupper() and not w.endswith(".") and alone(w)), None
    )


_CUE_BEFORE_REACH = 20
"""How far before a word its cue and the spaces after it are looked for ("said Jirapol")."""


def _cue_before(knowledge: KnowledgeBase, cues: str) -> re.Pattern[str]:
    """A cue and spaces right before a word ("said Jirapol")."""
    return knowledge.cached(
        "vocabulary:discovery-cue-before",
        lambda: re.compile(rf"(?<![\w-])(?:{cues})[ \u00a0]+$"),
    )


def _after_word(knowledge: KnowledgeBase, cues: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A capitalised word after spaces, and a cue after spaces."""
    return knowledge.cached(
        "vocabulary:discovery-after-word",
        lambda: (
            re.compile(rf"[ \u00a0]+{UPPER}"),
            re.compile(rf"[ \u00a0]+(?:{cues})(?![\w-])"),
        ),
    )
