"""Finding the places where a text names a known actor.

Names and aliases are matched whole, with typographic variants (’ and ', "U.S." and
"US"); persons case-sensitively, institutions in any case. A surname alone counts when
it is unique among known people or when the text named one of its bearers in full before
it. A description ("the top US diplomat") counts when the role data give exactly one
holder for that country on the story day.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence

from attrs import frozen

from diplomatic_events.knowledge._actors import (
    LOWER,
    UPPER,
    DescriptionEntry,
    KnowledgeBase,
    Mention,
)
from diplomatic_events.knowledge._index import NameIndex, Spans, TextCache
from diplomatic_events.model import ActorKind, PartialDate
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


_SENTENCE_STARTERS = frozenset(
    [
        "the",
        "but",
        "and",
        "as",
        "when",
        "while",
        "after",
        "before",
        "if",
        "so",
        "yet",
        "then",
        "also",
        "meanwhile",
        "earlier",
        "later",
        "today",
        "now",
        "still",
        "however",
    ]
)


@functools.lru_cache(maxsize=1 << 14)
def fold_name(text: str) -> str:
    """A name as compared: straight apostrophes, no dots, one space, case-folded."""
    text = text.replace("’", "'").replace("‘", "'").replace(".", "")
    return re.sub(r"\s+", " ", text).casefold().strip()


@frozen
class _Index:
    persons: NameIndex | None
    others: NameIndex | None
    by_name: dict[str, tuple[ActorId, ...]]
    surnames: NameIndex | None
    by_surname: dict[str, tuple[ActorId, ...]]
    descriptions: re.Pattern[str] | None
    texts: TextCache


@functools.cache
def _name_pattern(name: str) -> str:
    parts = []
    for token in re.split(r"(\s+)", name):
        if not token:
            continue
        if token.isspace():
            parts.append(r"\s+")
            continue
        escaped = re.escape(token)
        escaped = re.sub("['’]", "['’]", escaped)
        escaped = re.sub(r"\\\.", r"\\.?", escaped)
        parts.append(escaped)
    return "".join(parts)


def _variants(name: str) -> Iterable[str]:
    yield name
    if "U.S." in name:
        yield name.replace("U.S.", "US")
    elif re.search(r"\bUS\b", name):
        yield re.sub(r"\bUS\b", "U.S.", name)


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


def _build(kb: KnowledgeBase) -> _Index:
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
    for actor in kb.actors:
        surname = kb.surname(actor.id)
        if surname and actor.kind is ActorKind.PERSON:
            by_surname.setdefault(surname, []).append(actor.id)
            if surname[:1].islower():
                # "von der Leyen" opens a sentence or a heading as "Von der Leyen".
                by_surname.setdefault(surname[:1].upper() + surname[1:], []).append(actor.id)
    return _Index(
        persons=_name_index(person_names),
        others=_name_index(other_names, re.IGNORECASE),
        by_name={key: tuple(value) for key, value in by_name.items()},
        surnames=_name_index(by_surname),
        by_surname={key: tuple(value) for key, value in by_surname.items()},
        descriptions=_description_pattern(kb),
        texts=TextCache(),
    )


def _description_pattern(kb: KnowledgeBase) -> re.Pattern[str] | None:
    country_words = sorted(
        {name for entry in kb.countries.values() for name in entry.names}, key=lambda n: -len(n)
    )
    words = sorted({w for entry in kb.descriptions for w in entry.words}, key=lambda n: -len(n))
    if not words:
        return None
    word_alt = "|".join(_name_pattern(w) for w in words)
    split_top = sorted(
        {w.split(" ", 1)[1] for w in words if w.casefold().startswith("top ") and " " in w},
        key=lambda n: -len(n),
    )
    branches = []
    if country_words:
        country_alt = "(?-i:" + "|".join(_name_pattern(c) for c in country_words) + ")"
        branches.append(rf"(?:\bthe\s+)?(?P<c1>{country_alt})(?:['’]s)?\s+(?P<w1>{word_alt})")
        if split_top:
            rest_alt = "|".join(_name_pattern(w) for w in split_top)
            branches.append(rf"\bthe\s+top\s+(?P<c2>{country_alt})\s+(?P<w2>{rest_alt})")
    branches.append(rf"\bthe\s+(?P<w3>{word_alt})")
    return re.compile(r"(?<![\w-])(?:" + "|".join(branches) + r")(?![\w-])", re.IGNORECASE)


def _index(kb: KnowledgeBase) -> _Index:
    return kb.cached("mentions-index", lambda: _build(kb))


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
            ids = index.by_name.get(fold_name(matched), ())
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


def find_mentions(
    kb: KnowledgeBase, text: str, start: int, end: int, *, on: PartialDate | None = None
) -> list[Mention]:
    """See :meth:`KnowledgeBase.find_mentions`."""
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

    taken = Spans((m.start, m.end) for m in found)
    if index.surnames is not None:
        for first, last, matched in index.surnames.finditer(text, start, end):
            if taken.overlaps(first, last):
                continue
            if _part_of_other_name(text, first, last):
                continue
            if matched.casefold() in _FUNCTION_WORDS and not _after_title(text, first):
                continue
            candidates = index.by_surname.get(matched, ())
            actor_id = (
                candidates[0]
                if len(candidates) == 1
                else _resolve_surname(candidates, first, whole())
            )
            if actor_id is None:
                continue
            found.append(
                Mention(actor=actor_id, start=first, end=last, text=matched, via="surname")
            )
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
                named = {m.actor for m in whole()} | _named_by_surname(index, text)
            actor_id = _resolve_description(kb, match, on, named, text)
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


def _part_of_other_name(text: str, start: int, end: int) -> bool:
    """A surname inside someone else's name ("Philip Wang", "Wang Wenbin")."""
    before = re.search(rf"({UPPER}[\w’'-]*)(\.?)[ \u00a0]+$", text[max(0, start - 30) : start])
    if before is not None:
        word, dot = before.group(1), before.group(2)
        if word.casefold() in _TITLE_WORDS or word.endswith(("'s", "’s")):
            pass  # a title, or a possessive ("China’s Xi"), is not a first name
        elif dot:
            if len(word) == 1:
                return True
        else:
            head = text[: start - len(before.group(0))]
            at_sentence_start = re.search(r"(^|[.!?:\n]\s*|[“\"‘(]\s*)$", head) is not None
            if not (at_sentence_start and word.casefold() in _SENTENCE_STARTERS):
                return True
    after = re.match(rf"[ \u00a0]+({UPPER}{LOWER}+)\b", text[end : end + 30])
    return bool(
        after and after.group(1).casefold() not in _NOT_NAMES and after.group(1) not in {"I"}
    )


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
    candidates: tuple[ActorId, ...], position: int, full: list[Mention]
) -> ActorId | None:
    if len(candidates) == 1:
        return candidates[0]
    earlier = [m for m in full if m.actor in candidates and m.start < position]
    if earlier:
        return earlier[-1].actor
    later = [m for m in full if m.actor in candidates]
    return later[0].actor if later else None


_GAP = re.compile(r",?[ \u00a0]+")


def _followed_by_name(text: str, end: int, starts: frozenset[int]) -> bool:
    gap = _GAP.match(text, end)
    return gap is not None and gap.end() in starts


def _after_title(text: str, start: int) -> bool:
    before = re.search(r"([^\W\d_]+)\.?\s+$", text[max(0, start - 30) : start])
    return before is not None and before.group(1).casefold() in _TITLE_WORDS


def _last_named(kb: KnowledgeBase, actor_ids: Sequence[ActorId], text: str, end: int) -> ActorId:
    """Of ``actor_ids``, the one the text names (in full or by surname) last before ``end``;
    the first when none is named before it."""

    def last(actor_id: ActorId) -> int:
        actor = kb.actor(actor_id)
        names = [*(actor.names() if actor is not None else ()), kb.surname(actor_id) or ""]
        alternation = "|".join(re.escape(n) for n in names if n)
        if not alternation:
            return -1
        found = [
            m.start() for m in re.finditer(rf"(?<![\w-])(?:{alternation})(?![\w-])", text[:end])
        ]
        return found[-1] if found else -1

    return max(actor_ids, key=lambda actor_id: (last(actor_id), -actor_ids.index(actor_id)))


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
    for entry in kb.descriptions:
        if not any(fold_name(w) == folded for w in entry.words):
            continue
        if entry.country is not None and country is not None and entry.country != country:
            continue
        entries.append((entry, country if country is not None else entry.country))
    if country is None and text:
        # "the president" with no country word, in a story naming two presidents: the
        # one the text has just been talking about.
        titles = [t for entry, _ in entries for t in entry.titles if fold_name(t) == folded]
        named_holders = [
            a.id for a in kb.holders(titles[:1], None, None, ever=True) if a.id in named
        ]
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
    for entry, target in entries:
        ever = [a.id for a in kb.holders(entry.titles, target, None, ever=True) if a.id in named]
        if not ever and target is not None:
            # someone the text introduced with the title ("Secretary of Defense Jim Mattis")
            # whose country it never says holds it as well as anyone of the entry's country
            ever = [
                a.id
                for a in kb.holders(entry.titles, None, None, ever=True)
                if a.id in named and a.country is None
            ]
        if len(ever) == 1:
            return ever[0]
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
    words = sorted({w for c in kb.countries.values() for w in c.names}, key=lambda w: -len(w))
    if not words:
        return frozenset()
    pattern = re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(w) for w in words)})(?![\w-])")
    found = {kb.country_of(m.group()) for m in pattern.finditer(text)}
    return frozenset(code for code in found if code is not None)


def _titled_in_text(
    kb: KnowledgeBase, titles: list[str], named: set[ActorId], text: str
) -> list[ActorId]:
    """Named people the text itself gives one of ``titles`` ("Italian Prime Minister Giorgia
    Meloni"), for people whose roles the knowledge does not hold."""
    if not titles or not text:
        return []
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
