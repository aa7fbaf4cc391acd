"""The name index of a knowledge base, built once per knowledge (:func:`_index`).

Every actor's names and aliases (with their typographic variants), the surnames that name
a person alone, and the pattern of descriptions ("China's top diplomat"). A copy of the
knowledge that adds a source's people (:meth:`KnowledgeBase.with_actors`) layers their
names on its parent's index instead of building it again.
"""

from __future__ import annotations

import functools
import itertools
import operator
import re
import threading
from collections.abc import Iterable, Mapping

from attrs import frozen

from diplomatic_events.knowledge._actors import KnowledgeBase
from diplomatic_events.knowledge._alternation import factored
from diplomatic_events.knowledge._grammar import grammar
from diplomatic_events.knowledge._index import NameIndex
from diplomatic_events.knowledge._layered_index import LayeredNameIndex
from diplomatic_events.knowledge._name_shapes import unaccented
from diplomatic_events.knowledge._overlay import Overlay
from diplomatic_events.knowledge._text_cache import TextCache
from diplomatic_events.knowledge._word_runs import _ignore_case
from diplomatic_events.model import Actor, ActorKind
from diplomatic_events.typing import ActorId

__all__ = ["fold_name"]


@functools.lru_cache(maxsize=1 << 14)
def fold_name(text: str) -> str:
    """A name as compared: straight apostrophes, no dots, no editor's brackets ("[Bob]
    Corker"), one space, case-folded."""
    text = text.replace("’", "'").replace("‘", "'").replace(".", "").replace("[", "")
    text = text.replace("]", "")
    return re.sub(r"\s+", " ", text).casefold().strip()


@frozen
class _Index:
    persons: NameIndex | LayeredNameIndex | None
    others: NameIndex | LayeredNameIndex | None
    by_name: Mapping[str, tuple[ActorId, ...]]
    surnames: NameIndex | LayeredNameIndex | None
    by_surname: Mapping[str, tuple[ActorId, ...]]
    descriptions: re.Pattern[str] | None
    texts: TextCache
    titled_only: frozenset[str] = frozenset()
    """Last words of names whose data keeps the full name as the surname because the word is
    also a common word ("Key", "May", "Hague"): they name the person only after a title
    ("Mr Key", "Prime Minister May")."""


@functools.lru_cache(maxsize=1 << 14)
def _name_pattern(name: str) -> str:
    """A name as a pattern: any run of spaces between its words (an editor's bracket beside
    them), a full stop optional, both apostrophes, and a middle initial after the first word
    ("Michael R. Pompeo" is "Michael Pompeo")."""
    parts = []
    for token in re.split(r"(\s+)", name):
        if not token:
            continue
        if token.isspace():
            # an editor's brackets may stand between a name's words ("Senator [Bob] Corker",
            # "[Senior Adviser Jared] Kushner")
            parts.append(r"\]?\s+\[?")
            if len(parts) == 2 and len(parts[0]) > 2 and parts[0][:1].isupper():
                parts.append(r"(?:[A-Z]\.\s+)?")  # the first word, then a middle initial
            continue
        escaped = re.escape(token)
        escaped = re.sub("['’]", "['’]", escaped)
        escaped = re.sub(r"\\\.", r"\\.?", escaped)
        parts.append(escaped)
    return "".join(parts)


@functools.lru_cache(maxsize=1 << 14)
def _variants(name: str) -> tuple[str, ...]:
    if "U.S." in name:
        return (name, name.replace("U.S.", "US"))
    if re.search(r"\bUS\b", name):
        return (name, re.sub(r"\bUS\b", "U.S.", name))
    # "Khalid al-Attiyah" is also written "Khalid Al-Attiyah", "Ursula von der Leyen"
    # "Ursula Von der Leyen": a particle inside a name, capitalised; and the other way,
    # "Jean-Yves Le Drian" is also written "Jean-Yves le Drian"
    particled = _particle().sub(lambda m: m.group().capitalize(), name, count=1)
    unparticled = _capital_particle().sub(lambda m: m.group().lower(), name, count=1)
    # "Lee Jong-sup" is also written "Lee Jong-Sup", and "Yun Byung-Se" "Yun Byung-se"
    hyphenated = _SYLLABLE.sub(lambda m: m.group(1) + m.group(2).upper(), name)
    if hyphenated != name:
        return tuple(dict.fromkeys((name, hyphenated, particled, unparticled)))
    lowered = _SYLLABLE_UPPER.sub(lambda m: m.group(1) + m.group(2).lower(), name)
    return tuple(dict.fromkeys((name, lowered, particled, unparticled)))


@functools.cache
def _capital_particle() -> re.Pattern[str]:
    """A particle inside a name written with a capital ("Le" of "Jean-Yves Le Drian"): the
    surname particles of ``grammar.toml``, capitalised."""
    words = {w.capitalize() for w in grammar().surname_particles}
    alternation = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    return re.compile(rf"(?<=\s)(?:{alternation})(?=\s)")


@functools.cache
def _particle() -> re.Pattern[str]:
    """A lower-case particle inside a name ("al-", "bin", "von", "de", "der"): the surname and
    patronymic particles of ``grammar.toml``."""
    words = grammar().surname_particles | grammar().patronymic_particles
    alternation = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    return re.compile(rf"(?<=\s)(?:{alternation})(?=[\s-])")


_SYLLABLE = re.compile(r"(\b[A-Z][a-z]+-)([a-z])")
_SYLLABLE_UPPER = re.compile(r"(\b[A-Z][a-z]+-)([A-Z])(?=[a-z])")


def _ordered(names: Iterable[str]) -> list[str]:
    """Names in the order they are tried at a position: longest first."""
    return sorted(set(names), key=lambda n: (-len(n), n))


_NAME_RIGHT = r"[\w-]"
"""What no name may be followed by: more of a word."""


@functools.cache
def _surname_right() -> str:
    """What no surname alone may be followed by: more of a word, or a patronymic particle or
    "al" and a capitalised word, which make it the first word of a longer name ("Khan al
    Ahmar", "Mohammed al Zaabi", "Hamad bin Isa")."""
    particles = grammar().patronymic_particles | {"al", "el"}
    alternation = "|".join(sorted(map(re.escape, particles), key=len, reverse=True))
    return rf"{_NAME_RIGHT}|[ \u00a0]+(?:{alternation})[ \u00a0]+[A-Z]"


def _name_index(names: Iterable[str], flags: int = 0, right: str = _NAME_RIGHT) -> NameIndex | None:
    ordered = _ordered(names)
    if not ordered:
        return None
    return NameIndex(
        ordered,
        [_name_pattern(name) for name in ordered],
        left=r"[\w'’-]",
        right=right,
        flags=flags,
        dotted=True,
    )


def _rank(name: str) -> tuple[int, str]:
    return (-len(name), name)


def _layered(kb: KnowledgeBase, parent: KnowledgeBase) -> _Index | None:
    """The index of ``kb`` as its parent's plus one of the names ``kb`` adds (what
    :meth:`KnowledgeBase.with_actors` makes): the actors after the parent's own, and the
    aliases a source gave an actor the parent knows ("Michael R. Pompeo"); ``None`` when
    ``kb`` is not such an extension (an actor renamed, re-kinded or with a name taken away)
    or a name cannot be layered."""
    known = parent.actors
    if len(kb.actors) < len(known):
        return None
    widened: list[tuple[Actor, frozenset[str]]] = []  # an actor with aliases added: new names
    # the parent's actors this copy replaced, found without a step per actor in Python (a
    # loop over the thousands of actors took most of building a source's index); none when
    # the copy lists the parent's actors first, as one adding only new people does (one
    # comparison of the tuples, by identity first: a seventh of the search for each)
    replaced = (
        ()
        if kb.actors[: len(known)] == known
        else itertools.compress(itertools.count(), map(operator.is_not, kb.actors, known))
    )
    for at in replaced:
        actor, before = kb.actors[at], known[at]
        now, earlier = frozenset(actor.names()), frozenset(before.names())
        if (
            actor.id != before.id
            or actor.name != before.name
            or actor.kind is not before.kind
            or not earlier <= now
            or kb.surname(actor.id) != parent.surname(actor.id)
        ):
            return None
        widened.append((actor, now - earlier))
    base = _index(parent)
    position: dict[ActorId, int] = {}  # built when two actors share a new name

    def in_order(ids: tuple[ActorId, ...]) -> tuple[ActorId, ...]:
        if not position:
            position.update((actor.id, index) for index, actor in enumerate(kb.actors))
        return tuple(sorted(ids, key=position.__getitem__))

    added = kb.actors[len(known) :]
    shared_names = base.by_name
    by_name: dict[str, tuple[ActorId, ...]] = {}  # the names this copy adds or refiles
    person_names: list[str] = []
    other_names: list[str] = []
    new_names = [(a, n) for a, spellings in widened for n in sorted(spellings)]
    new_names += [(a, n) for a in added for n in a.names()]
    for actor, name in new_names:
        for variant in _variants(name):
            key = fold_name(variant)
            ids = by_name.get(key) or shared_names.get(key, ())
            if not ids:
                by_name[key] = (actor.id,)
            elif actor.id not in ids:
                # in the order of the actors, as an index built afresh files them
                by_name[key] = in_order((*ids, actor.id))
            (person_names if actor.kind is ActorKind.PERSON else other_names).append(variant)
    shared_surnames = base.by_surname
    by_surname: dict[str, tuple[ActorId, ...]] = {}
    titled_only = set(base.titled_only)
    surnames: list[str] = []
    for actor in added:
        for key, guarded in _surname_keys(kb, actor):
            held = by_surname.get(key) or shared_surnames.get(key, ())
            if not held:
                surnames.append(key)
                if guarded:
                    titled_only.add(key)
            elif not guarded:
                titled_only.discard(key)
            by_surname[key] = (*held, actor.id)
    layers = []
    for shared, names, flags, right in (
        (base.persons, person_names, 0, _NAME_RIGHT),
        (base.others, other_names, re.IGNORECASE, _NAME_RIGHT),
        (base.surnames, surnames, 0, _surname_right()),
    ):
        extra = _name_index(names, flags, right)
        if extra is None:
            layers.append(shared)
        elif shared is None:
            layers.append(extra)
        elif isinstance(shared, NameIndex):
            layers.append(LayeredNameIndex(shared, extra, _rank))
        else:
            return None
    return _Index(
        persons=layers[0],
        others=layers[1],
        by_name=Overlay(by_name, shared_names),
        surnames=layers[2],
        by_surname=Overlay(by_surname, shared_surnames),
        descriptions=base.descriptions,
        texts=TextCache(size=32),
        titled_only=frozenset(titled_only),
    )


def _build(kb: KnowledgeBase) -> _Index:
    parent = kb.extends
    if parent is not None:
        layered = _layered(kb, parent)
        if layered is not None:
            return layered
    by_name: dict[str, list[ActorId]] = {}
    person_names: list[str] = []
    other_names: list[str] = []
    for actor in kb.actors:
        for name in actor.names():
            for variant in _variants(name):
                ids = by_name.setdefault(fold_name(variant), [])
                if actor.id not in ids:
                    ids.append(actor.id)
                (person_names if actor.kind is ActorKind.PERSON else other_names).append(variant)
    by_surname: dict[str, list[ActorId]] = {}
    guarded_keys: set[str] = set()
    plain_keys: set[str] = set()
    for actor in kb.actors:
        for key, guarded in _surname_keys(kb, actor):
            by_surname.setdefault(key, []).append(actor.id)
            (guarded_keys if guarded else plain_keys).add(key)
    return _Index(
        persons=_name_index(person_names),
        others=_name_index(other_names, re.IGNORECASE),
        by_name={key: tuple(value) for key, value in by_name.items()},
        surnames=_name_index(by_surname, right=_surname_right()),
        by_surname={key: tuple(value) for key, value in by_surname.items()},
        descriptions=_description_pattern(kb),
        texts=TextCache(size=32),
        titled_only=frozenset(guarded_keys - plain_keys),
    )


def _surname_keys(kb: KnowledgeBase, actor: Actor) -> list[tuple[str, bool]]:
    """The words that name a person alone, each with whether it needs a title before it.

    "von der Leyen" opens a sentence or a heading as "Von der Leyen". A person whose data
    gives the full name as the surname ("John Key", "Theresa May": the last word is also a
    common word) is still "Mr Key" or "Prime Minister May" after a title.
    """
    surname = kb.surname(actor.id)
    if not surname or actor.kind is not ActorKind.PERSON:
        return []
    keys = [(surname, False)]
    if surname[:1].islower():
        keys.append((surname[:1].upper() + surname[1:], False))
    plain = unaccented(surname)
    if plain != surname:
        # "Hakkanen" for "Häkkänen": the accents an English text leaves out
        keys.append((plain, False))
    words = surname.split()
    patronymic = any(w.casefold() in grammar().patronymic_particles for w in words)
    if surname == actor.name and len(words) >= 2 and words[-1][:1].isupper() and not patronymic:
        keys.append((words[-1], True))  # never "Salman" for "Mohammed bin Salman"
    for name in (actor.name, *actor.aliases):
        last = name.split()[-1]
        article, _, rest = last.partition("-")
        if rest == surname and article.casefold() in grammar().surname_particles:
            # "Prime Minister al-Sudani" for Mohammed Shia al-Sudani, surnamed "Sudani"
            keys += [
                (k, False) for k in (last, last[:1].upper() + last[1:]) if (k, False) not in keys
            ]
    named = actor.name.split()
    if (
        len(named) == 2
        and named[1] in grammar().regnal_numbers
        and all(key != named[0] for key, _ in keys)
    ):
        keys.append((named[0], True))  # "King Abdullah" for Abdullah II, after a title only
    return keys


def _description_pattern(kb: KnowledgeBase) -> re.Pattern[str] | None:
    return _descriptions_of(
        frozenset(name for entry in kb.countries.values() for name in entry.names),
        frozenset(w for entry in kb.descriptions for w in entry.words),
    )


@functools.lru_cache(maxsize=16)
def _descriptions_of(
    countries: frozenset[str], description_words: frozenset[str]
) -> re.Pattern[str] | None:
    """The pattern of descriptions, compiled once per country names and description words
    (not per knowledge: every copy :meth:`KnowledgeBase.with_actors` makes, and each one whose
    index cannot be layered, shares it; compiling it takes a tenth of a second)."""
    country_words = sorted(countries, key=lambda n: -len(n))
    words = sorted(description_words, key=lambda n: -len(n))
    if not words:
        return None
    # Grouped by their first characters (the same matches): a position is tried only
    # against the words that start with its character, not every one of them.
    word_alt = factored([_name_pattern(w) for w in words], fold=_ignore_case)
    split_top = sorted(
        {w.split(" ", 1)[1] for w in words if w.casefold().startswith("top ") and " " in w},
        key=lambda n: -len(n),
    )
    branches = []
    if country_words:
        country_alt = "(?-i:" + factored([_name_pattern(c) for c in country_words]) + ")"
        branches.append(rf"(?:\bthe\s+)?(?P<c1>{country_alt})(?:['’]s)?\s+(?P<w1>{word_alt})")
        if split_top:
            rest_alt = factored([_name_pattern(w) for w in split_top], fold=_ignore_case)
            branches.append(rf"\bthe\s+top\s+(?P<c2>{country_alt})\s+(?P<w2>{rest_alt})")
        # "the president of Vietnam": before the bare word, which would end the match there
        branches.append(rf"\bthe\s+(?P<w4>{word_alt})\s+of\s+(?:the\s+)?(?P<c3>{country_alt})")
    # not an office whose name goes on ("the Secretary General of the Caribbean Community")
    branches.append(rf"\bthe\s+(?P<w3>{word_alt})(?![ \u00a0]+(?-i:[A-Z]))")
    # A title alone at the start of a line or sentence, as press releases write their subject
    # ("Foreign Secretary said:", "Defence Secretary visits Oman"): in title case, and
    # followed by a verb's shape ("said", "visits") or a colon, not by a name, "of Chile" or
    # "to the Ministry"
    titled = sorted({_title_case(w) for w in words}, key=lambda n: -len(n))
    titled_alt = "(?-i:" + factored([_name_pattern(w) for w in titled]) + ")"
    branches.append(
        rf"(?:(?<=\n)|(?<![\s\S])|(?<=[a-z][.!?] ))(?P<w5>{titled_alt})"
        r"(?=[ \u00a0]+(?-i:[a-z]+(?:s|ed|id)\b)|:)"
    )
    # Every match starts with "the", a country word or a title: say which letters first, so
    # most positions fail on one character instead of on every branch. One class of them,
    # in any case as written: "T" and "t" are all the characters "[Tt]" matches ignoring
    # case, and one class is tested faster than two branches.
    firsts = {word[0] for word in (*country_words, *titled)}
    lead = ""
    if not firsts & set(".'’ \t\n\u00a0"):
        letters = "".join(re.escape(letter) for letter in sorted(firsts | {"T", "t"}))
        lead = rf"(?=(?-i:[{letters}]))"
    return re.compile(lead + r"(?<![\w-])(?:" + "|".join(branches) + r")(?![\w-])", re.IGNORECASE)


def _title_case(words: str) -> str:
    """``words`` as a title is written alone: "foreign secretary" -> "Foreign Secretary"."""
    return " ".join(word[:1].upper() + word[1:] for word in words.split(" "))


_SHARED: dict[int, _Index] = {}
"""The name indexes of recent knowledge by token: the copies of one knowledge that add the
same people with and without their genders (a source's people stage, its meeting and
position passes) find the same names, so they share one index and what it keeps per text."""
_SHARED_HELD = 16
_SHARED_LOCK = threading.Lock()


def _index(kb: KnowledgeBase) -> _Index:
    return kb.cached("mentions-index", lambda: _shared(kb))


def _shared(kb: KnowledgeBase) -> _Index:
    token = kb.token()
    index = _SHARED.get(token)
    if index is None:
        index = _build(kb)
        with _SHARED_LOCK:  # threads (the dask engine's) evict one at a time
            while len(_SHARED) >= _SHARED_HELD:
                del _SHARED[next(iter(_SHARED))]
            _SHARED[token] = index
    return index
