"""Finding the places where a text names a known actor.

Names and aliases are matched whole, with typographic variants (’ and ', "U.S." and
"US"); persons case-sensitively, institutions in any case. A surname alone counts when
it is unique among known people or when the text named one of its bearers in full before
it. A description ("the top US diplomat") counts when the role data give exactly one
holder for that country on the story day.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from attrs import frozen

from diplomatic_events.knowledge._actors import (
    LOWER,
    UPPER,
    DescriptionEntry,
    KnowledgeBase,
    Mention,
)
from diplomatic_events.knowledge._actors import _fold as fold_title
from diplomatic_events.knowledge._alternation import factored
from diplomatic_events.knowledge._grammar import grammar
from diplomatic_events.knowledge._index import (
    LayeredNameIndex,
    NameIndex,
    Spans,
    TextCache,
    _ignore_case,
)
from diplomatic_events.model import Actor, ActorKind, PartialDate
from diplomatic_events.typing import ActorId

__all__ = ["find_mentions", "fold_name"]

_TITLE_WORDS = frozenset(
    [
        "mr",
        "mr.",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "dr",
        "dr.",
        "president",
        "premier",
        "minister",
        "secretary",
        "chancellor",
        "prime",
        "pm",
        "vice",
        "deputy",
        "foreign",
        "defense",
        "defence",
        "state",
        "general",
        "ambassador",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "senator",
        "governor",
        "leader",
        "chairman",
        "envoy",
        "adviser",
        "advisor",
        "counterpart",
        "king",
        "queen",
        "prince",
        "emperor",
        "director",
        "chief",
        "commander",
    ]
)
_NOT_NAMES = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)


# Surnames that are also English words ("He Lifeng") count only after a title.
_FUNCTION_WORDS = frozenset(
    [
        "he",
        "she",
        "it",
        "we",
        "us",
        "an",
        "am",
        "as",
        "at",
        "be",
        "by",
        "do",
        "go",
        "if",
        "in",
        "is",
        "me",
        "my",
        "no",
        "of",
        "on",
        "or",
        "so",
        "to",
        "up",
        "ma",
    ]
)


@functools.lru_cache(maxsize=1 << 14)
def fold_name(text: str) -> str:
    """A name as compared: straight apostrophes, no dots, one space, case-folded."""
    text = text.replace("’", "'").replace("‘", "'").replace(".", "")
    return re.sub(r"\s+", " ", text).casefold().strip()


@frozen
class _Index:
    persons: NameIndex | LayeredNameIndex | None
    others: NameIndex | LayeredNameIndex | None
    by_name: dict[str, tuple[ActorId, ...]]
    surnames: NameIndex | LayeredNameIndex | None
    by_surname: dict[str, tuple[ActorId, ...]]
    descriptions: re.Pattern[str] | None
    texts: TextCache
    titled_only: frozenset[str] = frozenset()
    """Last words of names whose data keeps the full name as the surname because the word is
    also a common word ("Key", "May", "Hague"): they name the person only after a title
    ("Mr Key", "Prime Minister May")."""


@functools.lru_cache(maxsize=1 << 14)
def _name_pattern(name: str) -> str:
    """A name as a pattern: any run of spaces between its words, a full stop optional, both
    apostrophes, and a middle initial after the first word ("Michael R. Pompeo" is "Michael
    Pompeo")."""
    parts = []
    for token in re.split(r"(\s+)", name):
        if not token:
            continue
        if token.isspace():
            parts.append(r"\s+")
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
    # "Lee Jong-sup" is also written "Lee Jong-Sup", and "Yun Byung-Se" "Yun Byung-se"
    hyphenated = _SYLLABLE.sub(lambda m: m.group(1) + m.group(2).upper(), name)
    if hyphenated != name:
        return (name, hyphenated)
    lowered = _SYLLABLE_UPPER.sub(lambda m: m.group(1) + m.group(2).lower(), name)
    return (name, lowered) if lowered != name else (name,)


_SYLLABLE = re.compile(r"(\b[A-Z][a-z]+-)([a-z])")
_SYLLABLE_UPPER = re.compile(r"(\b[A-Z][a-z]+-)([A-Z])(?=[a-z])")


def _ordered(names: Iterable[str]) -> list[str]:
    """Names in the order they are tried at a position: longest first."""
    return sorted(set(names), key=lambda n: (-len(n), n))


def _name_index(names: Iterable[str], flags: int = 0) -> NameIndex | None:
    ordered = _ordered(names)
    if not ordered:
        return None
    return NameIndex(
        ordered,
        [_name_pattern(name) for name in ordered],
        left=r"[\w'’-]",
        right=r"[\w-]",
        flags=flags,
        dotted=True,
    )


def _rank(name: str) -> tuple[int, str]:
    return (-len(name), name)


def _layered(kb: KnowledgeBase, parent: KnowledgeBase) -> _Index | None:
    """The index of ``kb`` as its parent's plus one of the actors ``kb`` adds after the
    parent's own (what :meth:`KnowledgeBase.with_actors` makes); ``None`` when ``kb`` is not
    such an extension (an actor replaced) or a name cannot be layered."""
    base = _index(parent)
    known = parent.actors
    if len(kb.actors) < len(known) or any(
        a is not b for a, b in zip(kb.actors, known, strict=False)
    ):
        return None
    added = kb.actors[len(known) :]
    by_name = dict(base.by_name)
    person_names: list[str] = []
    other_names: list[str] = []
    for actor in added:
        for name in actor.names():
            for variant in _variants(name):
                key = fold_name(variant)
                ids = by_name.get(key, ())
                if actor.id not in ids:
                    by_name[key] = (*ids, actor.id)
                (person_names if actor.kind is ActorKind.PERSON else other_names).append(variant)
    by_surname = dict(base.by_surname)
    titled_only = set(base.titled_only)
    surnames: list[str] = []
    for actor in added:
        for key, guarded in _surname_keys(kb, actor):
            if key not in by_surname:
                surnames.append(key)
                if guarded:
                    titled_only.add(key)
            elif not guarded:
                titled_only.discard(key)
            by_surname[key] = (*by_surname.get(key, ()), actor.id)
    layers = []
    for shared, names, flags in (
        (base.persons, person_names, 0),
        (base.others, other_names, re.IGNORECASE),
        (base.surnames, surnames, 0),
    ):
        extra = _name_index(names, flags)
        if extra is None:
            layers.append(shared)
        elif shared is None:
            layers.append(extra)
        elif isinstance(shared, NameIndex) and shared.layerable and extra.layerable:
            layers.append(LayeredNameIndex(shared, extra, _rank))
        else:
            return None
    return _Index(
        persons=layers[0],
        others=layers[1],
        by_name=by_name,
        surnames=layers[2],
        by_surname=by_surname,
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
        surnames=_name_index(by_surname),
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
    words = surname.split()
    patronymic = any(w.casefold() in grammar().patronymic_particles for w in words)
    if surname == actor.name and len(words) >= 2 and words[-1][:1].isupper() and not patronymic:
        keys.append((words[-1], True))  # never "Salman" for "Mohammed bin Salman"
    return keys


def _description_pattern(kb: KnowledgeBase) -> re.Pattern[str] | None:
    country_words = sorted(
        {name for entry in kb.countries.values() for name in entry.names}, key=lambda n: -len(n)
    )
    words = sorted({w for entry in kb.descriptions for w in entry.words}, key=lambda n: -len(n))
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
    branches.append(rf"\bthe\s+(?P<w3>{word_alt})")
    # Every match starts with "the" or a country word: say which letters first, so most
    # positions fail on one character instead of on every branch.
    firsts = {word[0] for word in country_words}
    lead = ""
    if not firsts & set(".'’ \t\n\u00a0"):
        letters = "".join(re.escape(letter) for letter in sorted(firsts))
        lead = rf"(?=(?-i:[{letters}])|[Tt])" if letters else "(?=[Tt])"
    return re.compile(lead + r"(?<![\w-])(?:" + "|".join(branches) + r")(?![\w-])", re.IGNORECASE)


def _index(kb: KnowledgeBase) -> _Index:
    return kb.cached("mentions-index", lambda: _build(kb))


_MIDDLE_INITIAL = re.compile(r"\s+[A-Z]\.\s+")
"""A middle initial the data's name leaves out ("Michael R. Pompeo" of "Michael Pompeo")."""


def _names(kb: KnowledgeBase, index: _Index, text: str, lo: int, hi: int) -> list[Mention]:
    found: list[Mention] = []
    taken = Spans()
    for matcher in (index.persons, index.others):
        if matcher is None:
            continue
        own = matcher is index.persons
        for start, end, matched in matcher.finditer(text, lo, hi):
            if not own and taken.overlaps(start, end):
                continue
            ids = index.by_name.get(fold_name(matched), ()) or index.by_name.get(
                fold_name(_MIDDLE_INITIAL.sub(" ", matched, count=1)), ()
            )
            if len(ids) != 1:
                continue
            actor = kb.actor(ids[0])
            canonical = actor is not None and fold_name(actor.name) == fold_name(matched)
            found.append(
                Mention(
                    actor=ids[0],
                    start=start,
                    end=end,
                    text=matched,
                    via="name" if canonical else "alias",
                )
            )
            if own:
                taken.add(start, end)
    return found


_WINDOWS = TextCache(size=1024, characters=1 << 24)
"""Per recent text and knowledge token (:meth:`KnowledgeBase.token`), each window's mentions
by its span, with the day they were resolved on, or :data:`_ANY_DAY` when no description
or title was resolved (the day did not count): a window read again on another day (a source
whose date the assembly inferred, a block and the sentence that is all of it) is not read
again unless the day can change what it names."""
_ANY_DAY: Any = object()


def find_mentions(
    kb: KnowledgeBase, text: str, start: int, end: int, *, on: PartialDate | None = None
) -> list[Mention]:
    """See :meth:`KnowledgeBase.find_mentions`."""
    windows: dict[tuple[int, int], tuple[Any, tuple[Mention, ...]]] = _WINDOWS.get(
        f"windows:{kb.token()}", text, dict
    )
    held = windows.get((start, end))
    if held is not None and (held[0] is _ANY_DAY or held[0] == on):
        return list(held[1])
    dated: list[bool] = []
    found = _find_mentions(kb, text, start, end, on, dated)
    windows[(start, end)] = (on if dated else _ANY_DAY, tuple(found))
    return found


def _find_mentions(
    kb: KnowledgeBase,
    text: str,
    start: int,
    end: int,
    on: PartialDate | None,
    dated: list[bool],
) -> list[Mention]:
    """:func:`find_mentions`, read anew; ``dated`` gets an item when the day was looked at."""
    index = _index(kb)
    # The window's edges are word edges: "Blinkenpublished" cut at the window still names him.
    found = _names(kb, index, text, start, end)

    def whole() -> list[Mention]:
        # Every name in the whole text, found once per text (not once per window).
        context: list[Mention] = index.texts.get(
            "names",
            text,
            lambda: sorted(_names(kb, index, text, 0, len(text)), key=lambda m: m.start),
        )
        return context

    def by_actor() -> dict[ActorId, list[int]]:
        # Where each actor is named in the whole text, in text order.
        def build() -> dict[ActorId, list[int]]:
            starts: dict[ActorId, list[int]] = {}
            for mention in whole():
                starts.setdefault(mention.actor, []).append(mention.start)
            return starts

        table: dict[ActorId, list[int]] = index.texts.get("names-by-actor", text, build)
        return table

    taken = Spans((m.start, m.end) for m in found)
    if index.surnames is not None:
        for first, last, matched in index.surnames.finditer(text, start, end):
            if taken.overlaps(first, last):
                continue
            if _part_of_other_name(text, first, last, _titles(kb)):
                continue
            if (
                matched.casefold() in _FUNCTION_WORDS or matched in index.titled_only
            ) and not _after_title(text, first):
                continue
            candidates = index.by_surname.get(matched, ())
            if candidates and not any(c in by_actor() for c in candidates):
                # "Prince Mohammed" in a story naming Mohammed bin Salman in full: the person
                # the text named, whose first name it is, not someone it never names
                given = _given_name_of_named(kb, matched, by_actor())
                if given is not None:
                    candidates = (given,)
            if len(candidates) > 1:
                dated.append(True)
                # "Prime Minister Johnson": the Johnson who holds (or held) that title
                candidates = _titled_candidates(kb, candidates, text, first, on) or candidates
            actor_id = (
                candidates[0]
                if len(candidates) == 1
                else _resolve_surname(candidates, first, by_actor())
            )
            if actor_id is None:
                continue
            found.append(
                Mention(actor=actor_id, start=first, end=last, text=matched, via="surname")
            )
        taken = Spans((m.start, m.end) for m in found)
    guarded: list[tuple[ActorId, int, str]] = index.texts.get(
        "guarded", text, lambda: _guarded_named(kb, whole())
    )
    found += _guarded_surnames(kb, text, start, end, guarded, taken)
    taken = Spans((m.start, m.end) for m in found)
    if index.descriptions is not None:
        starts = taken.starts()
        named: set[ActorId] | None = None
        for match in index.descriptions.finditer(text, start, end):
            if taken.overlaps(match.start(), match.end()):
                continue
            if _followed_by_name(text, match.end(), starts):
                continue
            if named is None:
                named = index.texts.get(
                    "named",
                    text,
                    lambda: {m.actor for m in whole()} | _named_by_surname(index, text),
                )
            # "The Prime Minister hosted the Prime Minister of Spain Pedro Sánchez": the
            # bare title is not someone the same sentence names with it
            lo, hi = _sentence_around(text, match.start(), match.end())
            everyone = whole()
            first_at = bisect.bisect_left(everyone, lo, key=lambda m: m.start)
            last_at = bisect.bisect_left(everyone, hi, key=lambda m: m.start)
            beside = {
                m.actor
                for m in everyone[first_at:last_at]
                if not _APPOSITION.fullmatch(text, match.end(), m.start)
            }
            dated.append(True)
            actor_id = _resolve_description(kb, match, on, named - beside, text)
            if actor_id is not None:
                found.append(
                    Mention(
                        actor=actor_id,
                        start=match.start(),
                        end=match.end(),
                        text=match.group(),
                        via="description",
                    )
                )
    return sorted(found, key=lambda m: (m.start, m.end))


_APPOSITION = re.compile(r",?[ \u00a0]+(?:[A-Z][\w.'’-]*[ \u00a0]+){0,5}")
"""Between a title and a name that is the same person: "the prime minister, Prime Minister "."""
_SENTENCE_EDGE = re.compile(r"[.!?\n](?=\s)|\n")


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence holding ``text[start:end]``, read at most 300 characters
    either way."""
    floor = max(0, start - 300)
    edges = [m.end() for m in _SENTENCE_EDGE.finditer(text, floor, start)]
    after = _SENTENCE_EDGE.search(text, end, min(len(text), end + 300))
    return (edges[-1] if edges else floor, after.start() if after else min(len(text), end + 300))


_WORD_BEFORE = re.compile(rf"({UPPER}[\w’'-]*)(\.?)[ \u00a0]+$")
"""A capitalised word (and its full stop) right before a surname."""
_WORD_AFTER = re.compile(rf"[ \u00a0]+({UPPER}{LOWER}+)\b")
"""A capitalised word right after a surname."""


def _titles(kb: KnowledgeBase) -> frozenset[str]:
    """The words a title ends with, lower case: the built-in ones and the data's
    ``title_words`` ("FM" in "Russian FM Lavrov")."""
    return kb.cached(
        "vocabulary:mention-title-words",
        lambda: _TITLE_WORDS | {w.casefold() for w in kb.title_words},
    )


_PLAIN_WORD_BEFORE = re.compile(r"(\w+)[ \u00a0]+$")
_DIGIT_AFTER = re.compile(r"[ \u00a0]*\d")
_VERB_AFTER = re.compile(
    r",?[ \u00a0]+(?:(?:also|then|later|again)[ \u00a0]+)?(?:[a-z]+ed|said|says|told|tells|met"
    r"|meets|spoke|speaks|has|had|is|was|will|would|can|could|wants|sees|saw)\b"
)
"""A verb right after a guarded name's last word: the person acting, not the word."""


def _given_name_of_named(
    kb: KnowledgeBase, word: str, named: dict[ActorId, list[int]]
) -> ActorId | None:
    """The one person the text names in full whose name begins with ``word``, if one."""
    owners = {
        actor_id
        for actor_id in named
        if (actor := kb.actor(actor_id)) is not None
        and actor.kind is ActorKind.PERSON
        and actor.name.split(" ", 1)[0] == word
        and " " in actor.name
    }
    return next(iter(owners)) if len(owners) == 1 else None


@functools.cache
def _place_or_date_words() -> frozenset[str]:
    """Words before a guarded name's last word that make it the word itself ("in May")."""
    return frozenset({*grammar().prepositions, "the", "of"})


def _guarded_named(kb: KnowledgeBase, named: Sequence[Mention]) -> list[tuple[ActorId, int, str]]:
    """The people ``named`` (a text's mentions in order) whose surname in the data is their
    whole name (several words), each with where the text first names them and that name."""
    first_named: dict[ActorId, int] = {}
    for mention in named:
        first_named.setdefault(mention.actor, mention.end)
    return [
        (actor_id, after, guarded)
        for actor_id, after in first_named.items()
        if (guarded := kb.surname(actor_id)) is not None and " " in guarded
    ]


def _guarded_surnames(
    kb: KnowledgeBase,
    text: str,
    start: int,
    end: int,
    named: Sequence[tuple[ActorId, int, str]],
    taken: Spans,
) -> list[Mention]:
    """The last word of a name the data guards ("Santos", "May": a place or a common word,
    so its surname is the whole name) before a verb, after the text has named the person in
    full: there "Santos said" is Juan Manuel Santos, as "Blinken said" is Antony Blinken.
    ``named`` are the text's :func:`_guarded_named`."""
    found: list[Mention] = []
    for actor_id, after, guarded in named:
        if after >= end:
            continue
        *head, word = guarded.split(" ")
        if head[-1].casefold() in grammar().patronymic_particles:
            continue  # "Mohammed bin Salman" is never "Salman": that is his father's name
        pattern = re.compile(rf"(?<![\w’'.-]){re.escape(word)}(?![\w’'-])")
        for match in pattern.finditer(text, max(start, after), end):
            first, last = match.span()
            if taken.overlaps(first, last) or _part_of_other_name(text, first, last, _titles(kb)):
                continue
            before = _PLAIN_WORD_BEFORE.search(text, max(0, first - 20), first)
            if (
                before is not None and before.group(1).casefold() in _place_or_date_words()
            ) or _DIGIT_AFTER.match(text, last):
                continue  # "in May 2019", "the Hague", "to Santos": the word, not the person
            if _VERB_AFTER.match(text, last) is None:
                continue  # "Key issues came first": the word; "Santos said" is the person
            found.append(Mention(actor=actor_id, start=first, end=last, text=word, via="surname"))
    return found


def _part_of_other_name(
    text: str, start: int, end: int, titles: frozenset[str] = _TITLE_WORDS
) -> bool:
    """A surname inside someone else's name ("Philip Wang", "Wang Wenbin")."""
    before = _WORD_BEFORE.search(text[max(0, start - 30) : start])
    if before is not None:
        word, dot = before.group(1), before.group(2)
        if _is_title(word, titles) or word.endswith(("'s", "’s")):
            pass  # a title, or a possessive ("China’s Xi"), is not a first name
        elif dot:
            if len(word) == 1:
                return True
        elif not (
            _opens_sentence(text, start - len(before.group(0)))
            and word.capitalize() in grammar().sentence_starters
        ):
            return True
    after = _WORD_AFTER.match(text[end : end + 30])
    # a title-case heading's "And", "At", "With" after a surname start no longer name
    return bool(
        after
        and after.group(1).casefold() not in _NOT_NAMES
        and after.group(1).casefold() not in grammar().prepositions
        and after.group(1) not in {"I"}
    )


def _opens_sentence(text: str, at: int) -> bool:
    """Whether ``text[:at]`` ends where a sentence may start: nothing before, a line break,
    a sentence mark or an opening mark, then only white space (what the pattern
    ``(^|[.!?:\\n]\\s*|[“"‘(]\\s*)$`` says, read backwards from ``at`` instead of over the
    whole text before it)."""
    if at == 0:
        return True
    blank = at
    while blank > 0 and text[blank - 1].isspace():
        blank -= 1
    if "\n" in text[blank:at]:
        return True
    return blank > 0 and text[blank - 1] in '.!?:\n“"‘('


def _named_by_surname(index: _Index, text: str) -> set[ActorId]:
    """People the text names only by a surname no one else has ("President Trump")."""
    if index.surnames is None:
        return set()
    return {
        candidates[0]
        for _, _, matched in index.surnames.finditer(text, 0, len(text))
        if len(candidates := index.by_surname.get(matched, ())) == 1
    }


def _resolve_surname(
    candidates: tuple[ActorId, ...], position: int, named_at: dict[ActorId, list[int]]
) -> ActorId | None:
    """Of the people sharing a surname, the one named in full last before ``position``,
    else the first named in full after it (``named_at``: where each is named, in order)."""
    if len(candidates) == 1:
        return candidates[0]
    before: tuple[int, ActorId] | None = None
    first: tuple[int, ActorId] | None = None
    for actor in candidates:
        starts = named_at.get(actor)
        if not starts:
            continue
        at = bisect.bisect_left(starts, position)
        if at > 0 and (before is None or starts[at - 1] > before[0]):
            before = (starts[at - 1], actor)
        if first is None or starts[0] < first[0]:
            first = (starts[0], actor)
    if before is not None:
        return before[1]
    return first[1] if first is not None else None


_GAP = re.compile(r",?[ \u00a0]+")


def _followed_by_name(text: str, end: int, starts: frozenset[int]) -> bool:
    gap = _GAP.match(text, end)
    return gap is not None and gap.end() in starts


_TITLE_BEFORE = re.compile(r"((?:(?:[A-Z][\w’'-]*\.?|of|the|for)[ \u00a0]+){1,6})$")


def _titled_candidates(
    kb: KnowledgeBase,
    candidates: tuple[ActorId, ...],
    text: str,
    start: int,
    on: PartialDate | None,
) -> tuple[ActorId, ...]:
    """Of people sharing a surname, those whose roles hold the title written right before
    it ("Prime Minister Johnson", "Speaker Johnson"); the ones holding it on ``on`` first.
    A shorter title ("Minister Singh") is the one of them holding, on ``on``, an office
    whose title has it as a word."""
    before = _TITLE_BEFORE.search(text, max(0, start - 60), start)
    if before is None:
        return ()
    words = before.group(1).split()
    for size in range(len(words), 0, -1):
        title = fold_title(" ".join(words[-size:]))
        holders = [
            a
            for a in candidates
            if (actor := kb.actor(a)) is not None
            and any(fold_title(role.title) == title for role in actor.roles)
        ]
        if holders:
            current = [
                a
                for a in holders
                if on is not None
                and (actor := kb.actor(a)) is not None
                and any(fold_title(r.title) == title and r.held_on(on) for r in actor.roles)
            ]
            return tuple(current or holders)
    if on is None:
        return ()
    # "Minister Singh": a title that is part of an office's ("Minister of Defence"), held
    # that day by one of them alone
    title = f" {fold_title(words[-1])} "
    holding = [
        a
        for a in candidates
        if (actor := kb.actor(a)) is not None
        and any(title in f" {fold_title(r.title)} " and r.held_on(on) for r in actor.roles)
    ]
    return tuple(holding) if len(holding) == 1 else ()


def _after_title(text: str, start: int) -> bool:
    """Whether an office word ends right before ``start``: "President Buhari", "President-elect
    Buhari". Only the built-in offices: a rank ("Gen. Mark A. Welsh") is before given names
    too, so it does not make a common word a surname."""
    table: dict[int, bool] = _AFTER_TITLE.get("after-title", text, dict)
    found = table.get(start)
    if found is None:
        before = _OFFICE_BEFORE.search(text[max(0, start - 30) : start])
        found = table[start] = before is not None and _is_title(before.group(1), _TITLE_WORDS)
    return found


_OFFICE_BEFORE = re.compile(r"([^\W\d_]+)(?:-(?:elect|designate))?\.?\s+$")
_AFTER_TITLE = TextCache(size=64, characters=1 << 24)
"""Per recent text, whether an office word ends before each position asked about: each
window over the text (a block, a sentence, under each knowledge) asks about the same words."""


def _is_title(word: str, titles: frozenset[str]) -> bool:
    """Whether ``word`` is a title word, also of an office not yet held ("President-elect",
    "Minister-designate")."""
    return _OFFICE_TO_BE.sub("", word).casefold() in titles


_OFFICE_TO_BE = re.compile(r"-(?:elect|designate)$")


def _last_named(kb: KnowledgeBase, actor_ids: Sequence[ActorId], text: str, end: int) -> ActorId:
    """Of ``actor_ids``, the one the text names (in full or by surname) last before ``end``;
    the first when none is named before it."""

    def last(actor_id: ActorId) -> int:
        actor = kb.actor(actor_id)
        names = [
            n for n in (*(actor.names() if actor is not None else ()), kb.surname(actor_id)) if n
        ]
        if not names:
            return -1
        return _last_start(names, text, end)

    return max(actor_ids, key=lambda actor_id: (last(actor_id), -actor_ids.index(actor_id)))


def _last_start(names: Sequence[str], text: str, end: int) -> int:
    """Where the last of ``names`` found in ``text[:end]`` starts (-1: none), as a scan of
    ``text[:end]`` finds them, without scanning it: the text's matches are found once, and
    only those near ``end`` (within the longest name of it, where the cut can change what
    matches) are searched again up to ``end``."""
    pattern = _names_pattern(tuple(names))
    reach = max(len(n) for n in names) + 1
    starts, ends = _TEXT_MATCHES.get(pattern.pattern, text, lambda: _all_matches(pattern, text))
    # matches starting before ``end - reach`` end before ``end`` and saw nothing past it
    # (nor did the attempts that failed there): a scan of ``text[:end]`` finds the same
    safe = bisect.bisect_left(starts, end - reach)
    last = starts[safe - 1] if safe > 0 else -1
    resume = max(end - reach, ends[safe - 1] if safe > 0 else 0, 0)
    for match in pattern.finditer(text, resume, end):
        last = match.start()
    return last


@functools.lru_cache(maxsize=1 << 12)
def _names_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    alternation = "|".join(re.escape(n) for n in names)
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])")


def _all_matches(pattern: re.Pattern[str], text: str) -> tuple[list[int], list[int]]:
    starts: list[int] = []
    ends: list[int] = []
    for match in pattern.finditer(text):
        starts.append(match.start())
        ends.append(match.end())
    return starts, ends


_TEXT_MATCHES = TextCache(size=64, characters=1 << 24)
"""Per recent text and names pattern, where its matches start and end."""


def _descriptions_by_word(kb: KnowledgeBase) -> dict[str, tuple[DescriptionEntry, ...]]:
    """The description entries under each of their words as compared (folded), in the
    data's order."""

    def build() -> dict[str, tuple[DescriptionEntry, ...]]:
        by_word: dict[str, list[DescriptionEntry]] = {}
        for entry in kb.descriptions:
            for word in dict.fromkeys(fold_name(w) for w in entry.words):
                by_word.setdefault(word, []).append(entry)
        return {word: tuple(entries) for word, entries in by_word.items()}

    return kb.cached("vocabulary:descriptions-by-word", build)


def _resolve_description(
    kb: KnowledgeBase,
    match: re.Match[str],
    on: PartialDate | None,
    named: set[ActorId],
    text: str = "",
) -> ActorId | None:
    groups = match.groupdict()
    country_word = groups.get("c1") or groups.get("c2")
    word = groups.get("w1") or groups.get("w2") or groups.get("w3") or ""
    if groups.get("w2"):
        word = "top " + word
    country = kb.country_of(country_word) if country_word else None
    folded = fold_name(word)
    entries: list[tuple[DescriptionEntry, str | None]] = []
    for entry in _descriptions_by_word(kb).get(folded, ()):
        if entry.country is not None and country is not None and entry.country != country:
            continue
        entries.append((entry, country if country is not None else entry.country))
    if country is None and text:
        # "the president" with no country word, in a story naming two presidents: the
        # one the text has just been talking about.
        titles = [t for entry, _ in entries for t in entry.titles if fold_name(t) == folded]
        named_holders = [a.id for a in kb.holders_among(named, titles[:1], None, None, ever=True)]
        if len(named_holders) > 1:
            # A former holder named in passing ("the first since Abe") is not "the prime
            # minister" of the story day.
            current = [a.id for a in kb.holders(titles[:1], None, on) if a.id in named_holders]
            if on is not None and len(current) == 1:
                return current[0]
            return _last_named(kb, current or named_holders, text, match.start())
    # Someone the text names in full is the likeliest holder, whichever country's entry
    # names them ("the prime minister" in a story naming Kishida, "the foreign minister"
    # in a story naming one foreign minister); then the role data, for a known country.
    # Entries of different titles each naming someone ("the secretary" in a story naming
    # Secretary of State Pompeo and Secretary of Defense Esper): the one named last.
    named_holders = []
    for entry, target in entries:
        ever = [a.id for a in kb.holders_among(named, entry.titles, target, None, ever=True)]
        if not ever and target is not None:
            # someone the text introduced with the title ("Secretary of Defense Jim Mattis")
            # whose country it never says holds it as well as anyone of the entry's country
            ever = [
                a.id
                for a in kb.holders_among(named, entry.titles, None, None, ever=True)
                if a.country is None
            ]
        if len(ever) > 1 and on is not None:
            # "the secretary" in a story naming Carter and Gen. Austin, years before Austin
            # held the office: the one who held it on the story day
            holding = {a.id for a in kb.holders(entry.titles, target, on)}
            ever = [actor_id for actor_id in ever if actor_id in holding]
        if len(ever) == 1 and ever[0] not in named_holders:
            named_holders.append(ever[0])
    if named_holders:
        return _last_named(kb, named_holders, text, match.start()) if text else named_holders[0]
    same_word = [t for entry, _ in entries for t in entry.titles if fold_name(t) == folded]
    titled = _titled_in_text(kb, same_word, named, text) if country is None else []
    if len(titled) == 1:
        return titled[0]
    # With no country word, a country's entry applies only when the story is about that
    # country: "the prime minister" in a story about Hungary is never the UK's.
    story = _story_countries(kb, text) if country is None and text else None
    for entry, target in entries:
        if target is None or (story is not None and target not in story):
            continue
        holders = kb.holders(entry.titles, target, on)
        if len(holders) == 1:
            return holders[0].id
    return None


def _story_countries(kb: KnowledgeBase, text: str) -> frozenset[str]:
    """Countries the text names by a country word (name, adjective or capital)."""
    return frozenset(country_counts(kb, text, 0, len(text)))


def country_counts(kb: KnowledgeBase, text: str, start: int, end: int) -> Counter[str]:
    """How often ``text[start:end]`` names each country by a country word (name, adjective
    or capital); the pattern is compiled once per vocabulary."""

    def build() -> re.Pattern[str] | None:
        words = sorted({w for c in kb.countries.values() for w in c.names}, key=lambda w: -len(w))
        if not words:
            return None
        return re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(w) for w in words)})(?![\w-])")

    pattern = kb.cached("vocabulary:country-word-pattern", build)
    counts: Counter[str] = Counter()
    if pattern is not None:
        for match in pattern.finditer(text, start, end):
            if (code := kb.country_of(match.group())) is not None:
                counts[code] += 1
    return counts


def _titled_in_text(
    kb: KnowledgeBase, titles: list[str], named: set[ActorId], text: str
) -> list[ActorId]:
    """Named people the text itself gives one of ``titles`` ("Italian Prime Minister Giorgia
    Meloni"), for people whose roles the knowledge does not hold."""
    if not titles or not text:
        return []
    # The same for every description of the text with these titles: found once per text.
    kind = "titled:" + "|".join(sorted(set(titles)))
    found: list[ActorId] = _index(kb).texts.get(
        kind, text, lambda: _titled_people(kb, titles, named, text)
    )
    return found


def _titled_people(
    kb: KnowledgeBase, titles: list[str], named: set[ActorId], text: str
) -> list[ActorId]:
    title_alternation = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in set(titles))
    found: list[ActorId] = []
    for actor_id in sorted(named):
        actor = kb.actor(actor_id)
        if actor is None or actor.kind is not ActorKind.PERSON:
            continue
        names = [*actor.names(), kb.surname(actor_id) or ""]
        alternation = "|".join(re.escape(n) for n in names if n)
        pattern = rf"(?<![\w-])(?:{title_alternation})\s+(?:{alternation})(?![\w-])"
        if re.search(pattern, text, re.IGNORECASE):
            found.append(actor_id)
    return found
