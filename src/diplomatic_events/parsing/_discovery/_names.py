"""Whether capitalised words make a new person's name: a plausible name, not a place or a
body or an opening phrase ("Visiting Mogadishu"), not words the text also writes in lower
case, not cut off by the excerpt's end, and not another form of a known person's name or of
one the text already introduced (name keys: "Lloyd J. Austin III" is Lloyd Austin).

These checks judge a name the finders (``_patterns``, ``_titled``) propose; they find none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from attrs import evolve

from diplomatic_events.knowledge import KnowledgeBase, slug
from diplomatic_events.knowledge._grammar import grammar
from diplomatic_events.knowledge._name_shapes import unaccented
from diplomatic_events.knowledge._places import city_named, country_named
from diplomatic_events.model import Actor, ActorKind
from diplomatic_events.parsing._discovery._titled import _INITIAL, _NAME_SUFFIX
from diplomatic_events.parsing._discovery._titles import _not_name_words, _title_words
from diplomatic_events.parsing._discovery._words import _LOWER_WORD, _NOT_PERSON_NOUNS
from diplomatic_events.typing import ActorId


def _without_title(name: str, knowledge: KnowledgeBase) -> str:
    """ "Ambassador Ivo Karan said": the title before a name is not part of it."""
    titles = knowledge.cached(
        "vocabulary:discovery-folded-titles",
        lambda: frozenset(title.casefold() for title in knowledge.titles),
    )
    tokens = name.split(" ")
    while len(tokens) > 1 and tokens[0].casefold() in titles:
        tokens = tokens[1:]
    return " ".join(tokens)


_SHORT_NAME_WORDS = 3
"""The most words a name found by shape alone usually has; a longer run of capitalised
words ("Aung San Suu Kyi") is checked for words that belong to the text around it."""


def _words_counted(name: str) -> int:
    """How many words a name has, particles and initials aside."""
    particles = grammar().surname_particles | grammar().patronymic_particles
    return sum(word not in particles and not word.endswith(".") for word in name.split(" "))


def _plausible(name: str, most_words: int = _SHORT_NAME_WORDS) -> bool:
    tokens = name.split()
    words = [token for token in tokens if not token.endswith(".")]
    return (
        all(token.split("-")[0] not in grammar().name_stop_words for token in tokens)
        and len(words) <= most_words
    )


_LONG_NAME_WORDS = 4
"""The most words, particles and initials aside, of a name the discovery patterns read."""


def _trim_long_name(name: str, knowledge: KnowledgeBase, common: frozenset[str]) -> str | None:
    """``name`` without the outer words that make it longer than three words and that belong
    to the prose or an office: an office's words before the name ("Republican Leader Mitch
    McConnell"), a title after it, then outer words the text also writes in lower case,
    words no name holds, a country's or a title's ("For Lan Thi Bao", "David Ojeda Parra
    Peruvian"). A long name none of whose outer words is such a word stays whole ("Aung San
    Suu Kyi", "Aïssata Tall Sall"); one that runs on into a title is none (``None``)."""
    words = name.split(" ")

    def titular(word: str) -> bool:  # "Leader", "Colonel-Major"
        return word.rstrip(".,") in _title_words(knowledge) or (
            word.split("-")[0] in _title_words(knowledge)
        )

    def foreign(word: str) -> bool:
        bare = word.rstrip(".,")
        return (
            bare.casefold() in common
            or bare in grammar().name_stop_words
            or titular(bare)
            or knowledge.country_of(bare) is not None
        )

    if _words_counted(name) <= _SHORT_NAME_WORDS:
        return name
    if titular(words[-1]):
        words = words[:-1]  # the office after the name: "Aichatou Boulama Kané Minister"
    titled = [i for i, word in enumerate(words) if titular(word)]
    if titled and titled[-1] >= len(words) - 2:
        return None  # the run goes on into the next one's title: "New Hampshire Adjutant Gen."
    if titled:
        # an office's last word ends the office, not the name: "Republican Leader Mitch
        # McConnell"
        words = words[titled[-1] + 1 :]
    while _words_counted(" ".join(words)) > _SHORT_NAME_WORDS and (
        foreign(words[0]) or foreign(words[-1])
    ):
        words = words[1:] if foreign(words[0]) else words[:-1]
    return " ".join(words)


def _person_described(name: str, description: str, knowledge: KnowledgeBase) -> bool:
    """Whether an appositive introduction names a person: not a place the gazetteer or the
    country words know, and not described as a place or a body ("a city in ...")."""
    places = knowledge.places
    if places.city(name) is not None or places.venue_city(name) is not None:
        return False
    if places.country_code(name) is not None:
        return False
    if any(knowledge.country_of(token) for token in name.split()):
        return False
    head = re.match(
        rf"(?:(?:a|an|the|one)[ \u00a0]+)?(?:[\w’'-]+[ \u00a0]+){{0,3}}?(?P<noun>{_LOWER_WORD})"
        r"(?=[ \u00a0]*(?:,|\.|;|$|of\b|at\b|in\b|for\b|with\b|from\b|on\b|that\b|which\b))",
        description[:120],
    )
    return head is None or head.group("noun").casefold() not in _NOT_PERSON_NOUNS


def _common_words(text: str) -> frozenset[str]:
    """Words the text writes in lower case somewhere: capitalised, they start a sentence or
    a heading ("Cooperation Agreement", "There Biden"), they are not a name."""
    return frozenset(re.findall(r"(?<![\w’'-])[a-z][a-z’'-]+", text))


def _key_words(name: str) -> list[str]:
    """A name's words as its keys compare them: case-folded, without initials and suffixes."""
    return [
        w.casefold()
        for w in name.replace(",", " ").split()
        if not _INITIAL.fullmatch(w) and not _NAME_SUFFIX.fullmatch(w)
    ]


def _name_key(name: str) -> tuple[str, str] | None:
    """First and last name, without initials and suffixes: "Lloyd J. Austin III" and "Lloyd
    Austin" are one person, as are "Ferdinand Romualdez Marcos" and "Ferdinand Marcos Jr.";
    a given name goes with its father's after "bin" ("hamad bin isa")."""
    words = _key_words(name)
    if len(words) < 2:
        return None
    particles = grammar().patronymic_particles
    at = next((i for i, w in enumerate(words[1:-1], 1) if w in particles), None)
    # "Hamad bin Isa Al Khalifa" is not "Hamad bin Khalifa (Al Thani)": with a father's name,
    # the given name is known by it
    first = words[0] if at is None else " ".join(words[: at + 2])
    return (first, words[-1])


def _second_surname_key(name: str) -> tuple[str, str] | None:
    """First name and the last word but one of a name of three words or more, when no
    particle joins them: the key of "Josep Borrell" for "Josep Borrell Fontelles" (a
    Spanish, Portuguese or Latin American name with the mother's surname last)."""
    words = _key_words(name)
    if len(words) < 3 or any(w in grammar().patronymic_particles for w in words):
        return None
    return (words[0], words[-2])


def _known_keys(knowledge: KnowledgeBase) -> dict[tuple[str, str], ActorId]:
    """The name keys of the known people; a name of a country that writes the family name
    first is also known in the Western order ("Shin Won-sik" as "Won-sik Shin")."""

    def build() -> dict[tuple[str, str], ActorId]:
        keys: dict[tuple[str, str], ActorId] = {}
        reversed_keys: dict[tuple[str, str], ActorId] = {}
        for actor in knowledge.actors:
            if actor.kind is not ActorKind.PERSON:
                continue
            family_first = knowledge.family_name_first(actor.country)
            for name in actor.names():
                if (key := _name_key(name)) is not None:
                    keys[key] = actor.id
                    words = _key_words(name)
                    if family_first and len(words) == 2:
                        # "Shin Won-sik" in the Western order is "Won-sik Shin"; not a name
                        # of three words, whose given name's first word alone would make
                        # someone else ("Kim Sung Hwan" is not the "Sung Kim" of a text)
                        reversed_keys.setdefault((words[1], words[0]), actor.id)
        return {**reversed_keys, **keys}

    return knowledge.cached("discovery-known-name-keys", build)


_VARIANT_SURNAME = 7
"""The shortest surname read as another spelling of a known one a letter apart."""


def _spelled_otherwise(
    key: tuple[str, str], keyed: Iterable[tuple[tuple[str, str], ActorId]]
) -> ActorId | None:
    """The one person of ``keyed`` whose given name is ``key``'s and whose long surname is a
    letter from it: another transliteration ("Gurbanguly Berdimuhamedow", "Berdimuhamedov")."""
    first, last = key
    if len(last) < _VARIANT_SURNAME:
        return None
    matches = {
        actor_id
        for (given, surname), actor_id in keyed
        if given == first
        and _one_letter_apart(surname, last)
        and not _syllable_changed(surname, last)
    }
    return next(iter(matches)) if len(matches) == 1 else None


def _known_by_given_name(
    knowledge: KnowledgeBase,
) -> dict[str, list[tuple[tuple[str, str], ActorId]]]:
    """The known people's name keys with a long surname, filed by given name."""

    def build() -> dict[str, list[tuple[tuple[str, str], ActorId]]]:
        by_first: dict[str, list[tuple[tuple[str, str], ActorId]]] = {}
        for key, actor_id in _known_keys(knowledge).items():
            if len(key[1]) >= _VARIANT_SURNAME:
                by_first.setdefault(key[0], []).append((key, actor_id))
        return by_first

    return knowledge.cached("discovery-known-surnames-by-given-name", build)


def _syllable_changed(a: str, b: str) -> bool:
    """Whether the letter between two hyphenated names changes a short syllable of theirs:
    "Jong-uk" is another name than "Jong-un", not another spelling of it."""
    parts_a, parts_b = a.split("-"), b.split("-")
    return len(parts_a) == len(parts_b) > 1 and any(
        min(len(x), len(y)) < _VARIANT_SYLLABLE
        for x, y in zip(parts_a, parts_b, strict=True)
        if x != y
    )


_VARIANT_SYLLABLE = 4
"""The shortest part of a hyphenated name whose one letter changed is another spelling."""


def _one_letter_apart(a: str, b: str) -> bool:
    """Whether one letter changed, added or dropped turns ``a`` into ``b``."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    shorter, longer = sorted((a, b), key=len)
    at = next(
        (i for i, (x, y) in enumerate(zip(shorter, longer, strict=False)) if x != y), len(shorter)
    )
    return shorter[at:] == longer[at + 1 :]


def with_alias(found: dict[str, Actor], actor: Actor, form: str) -> None:
    """Put ``actor`` in ``found`` with ``form`` among its names, unless it has it already:
    the text's own way of writing the person, so the mentions find it as written."""
    if form not in actor.names():
        found[actor.id] = evolve(actor, aliases=(*actor.aliases, form))


def _known_as(name: str, knowledge: KnowledgeBase, found: dict[str, Actor]) -> bool:
    """Whether ``name`` is another form of a known person's ("Ferdinand Romualdez Marcos Jr."
    for Ferdinand Marcos Jr.) or of one the text already introduced; if so the form becomes
    one of their aliases, so it is found."""
    key = _name_key(name)
    if key is None:
        return False
    # a person this text already introduced in another form ("John Raymond" in a caption,
    # "John W. Raymond" in the story), each also in another spelling ("Berdimuhamedow" in
    # the title, "-ov" in a caption)
    introduced = [(k, a.id) for a in found.values() if (k := _name_key(a.name)) is not None]
    actor_id = (
        _known_keys(knowledge).get(key)
        # a second surname after the one the data know: "Josep Borrell Fontelles"
        or _known_keys(knowledge).get(_second_surname_key(name) or key)
        or _spelled_otherwise(key, _known_by_given_name(knowledge).get(key[0], ()))
        or next((a for k, a in introduced if k == key), None)
        or _spelled_otherwise(key, introduced)
    )
    if actor_id is None:
        return False
    known = found.get(actor_id) or knowledge.actor(actor_id)
    if known is not None:
        with_alias(found, known, name)
    return True


def _starts_with_title_word(name: str, knowledge: KnowledgeBase) -> bool:
    """ "Army Command Sgt", "One Glenn Haughton": a title's words taken for a name."""
    return name.split(" ")[0].rstrip(".") in _title_words(knowledge)


_NOT_BLANK = re.compile(r"\S")


def _blank_from(text: str, at: int) -> bool:
    """Whether nothing but white space follows ``at`` (``not text[at:].strip()``, without
    copying the rest of the text: one search, which stops at the next word)."""
    return _NOT_BLANK.search(text, at) is None


def _spelled_as(name: str, knowledge: KnowledgeBase, found: dict[str, Actor]) -> bool:
    """Whether a known person has this name but for its accents ("Fikri Işik" for Fikri
    Işık): if so the text's spelling becomes one of their aliases, so it is found."""
    actor_id = slug(name)
    known = found.get(actor_id) or knowledge.actor(actor_id)
    if known is None:
        return False
    if known.kind is ActorKind.PERSON:
        with_alias(found, known, name)
    return True


def _no_name_in(words: Sequence[str], knowledge: KnowledgeBase, common: frozenset[str]) -> bool:
    """Whether capitalised words make no name: one is a word no name holds ("Affairs"), or
    the text writes every one of them in lower case too ("Public Affairs", "There Biden")."""
    return any(word in _not_name_words(knowledge) for word in words) or all(
        word.casefold() in common for word in words
    )


def _before_stop_word(name: str) -> str | None:
    """The words of a name before a word that never makes up one ("Islam Karimov" of
    "Islam Karimov Before"), when two or more are left; ``None`` when none stops it."""
    words = name.split(" ")
    stop = grammar().name_stop_words
    at = next((i for i, word in enumerate(words) if word in stop), None)
    return None if at is None or at < _NAME_WORDS_AT_LEAST else " ".join(words[:at])


_NAME_WORDS_AT_LEAST = 2
"""How many words a name cut at a stop word keeps, at least, to be one."""


def _part_of_found(name: str, found: dict[str, Actor]) -> bool:
    """Whether ``name`` is a form of someone the text already introduced: one of their names,
    or the end ("Secretary Del Toro" of Carlos Del Toro) or start ("Ana Lima" of "Ana Lima
    da Costa") of their full name; a form of two words or more becomes one of their aliases,
    so it is found as written."""
    for existing in found.values():
        if name in existing.names():
            return True
        if existing.name.endswith(" " + name) or existing.name.startswith(name + " "):
            if " " in name:
                found[existing.id] = evolve(existing, aliases=(*existing.aliases, name))
            return True
    return False


def _known_names(knowledge: KnowledgeBase) -> frozenset[str]:
    """Every name, alias and surname of the known actors, case-folded, with and without
    accents."""

    def build() -> frozenset[str]:
        names = {name.casefold() for actor in knowledge.actors for name in actor.names()}
        names |= {
            surname.casefold()
            for actor in knowledge.actors
            if actor.kind is ActorKind.PERSON and (surname := knowledge.surname(actor.id))
        }
        # the first words of a known person's name, cut before a particle ("Luiz Inácio
        # Lula" of "Luiz Inácio Lula da Silva"): that person, not someone new
        names |= {
            " ".join(words[:cut]).casefold()
            for actor in knowledge.actors
            if actor.kind is ActorKind.PERSON
            for words in [actor.name.split()]
            for cut in range(2, len(words))
            if words[cut][:1].islower()
        }
        # "Murniece" for Ināra Mūrniece: the accents an English text leaves out
        names |= {plain for name in names if (plain := unaccented(name)) != name}
        return frozenset(names)

    return knowledge.cached("discovery-known-names", build)


_PARTICIPLE = re.compile(r"[A-Z][a-z]{3,}ing")
"""A capitalised present participle opening a sentence ("Visiting", "Arriving")."""


def _participle_and_place(name: str, knowledge: KnowledgeBase) -> bool:
    """Whether a name read at a sentence's start is an opening phrase instead: a present
    participle and a place the gazetteer knows ("Visiting Mogadishu, the Minister met ...",
    "Arriving Tokyo, ...")."""
    first, _, rest = name.partition(" ")
    if not rest or not _PARTICIPLE.fullmatch(first):
        return False
    places = knowledge.places
    return city_named(places, rest) is not None or country_named(places, rest) is not None
