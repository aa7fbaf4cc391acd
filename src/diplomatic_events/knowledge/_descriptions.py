"""Descriptions resolved to people, and the countries a text names.

A description ("the top US diplomat", "the prime minister") names the one person who
holds that office for that country on the story's day; with no country word, the story's
own countries and the people it names decide (:func:`_resolve_description`).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Sequence

from diplomatic_events.knowledge._actors import KnowledgeBase
from diplomatic_events.knowledge._alternation import alternation as word_trie
from diplomatic_events.knowledge._entries import DescriptionEntry
from diplomatic_events.knowledge._mention_index import _index, fold_name
from diplomatic_events.knowledge._text_cache import TextCache
from diplomatic_events.model import ActorKind, PartialDate
from diplomatic_events.typing import ActorId

__all__ = ["country_counts"]


def _last_named(kb: KnowledgeBase, actor_ids: Sequence[ActorId], text: str, end: int) -> ActorId:
    """Of ``actor_ids``, the one the text names (in full or by surname) last before ``end``;
    the first when none is named before it."""

    def last(actor_id: ActorId) -> int:
        actor = kb.actor(actor_id)
        # an office and its country name the holder too ("a news conference by the
        # President of Russia. Additionally, the President continued ...")
        offices = [
            f"{role.title} of {name}"
            for role in (actor.roles if actor is not None else ())
            if role.organization
            for name in _country_names(kb, role.organization)
        ]
        names = [
            n
            for n in (*(actor.names() if actor is not None else ()), kb.surname(actor_id), *offices)
            if n
        ]
        if not names:
            return -1
        return _last_start(names, text, end)

    return max(actor_ids, key=lambda actor_id: (last(actor_id), -actor_ids.index(actor_id)))


def _country_names(kb: KnowledgeBase, organization: str) -> tuple[str, ...]:
    """The names of the country a role's organization is ("Russian Federation": "Russia",
    "Russian Federation", ...), or the organization alone."""
    code = kb.country_of(organization)
    entry = None if code is None else kb.countries.get(code)
    return (organization,) if entry is None else tuple(dict.fromkeys((organization, *entry.names)))


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
    r"""``(?<![\w-])(?:name|...)(?![\w-])``, each name's look-behind written after its first
    character (at the character before that one, the same test): a pattern opening with the
    names' first characters lets the engine skip to the next position where one is, instead
    of trying the look-behind at every position of the text."""
    alternation = "|".join(rf"{re.escape(n[:1])}(?<![\w-][\s\S]){re.escape(n[1:])}" for n in names)
    return re.compile(rf"(?:{alternation})(?![\w-])")


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
    home: str | None = None,
    homed: list[bool] | None = None,
) -> ActorId | None:
    groups = match.groupdict()
    country_word = groups.get("c1") or groups.get("c2") or groups.get("c3")
    word = next((groups[g] for g in ("w1", "w2", "w3", "w4", "w5") if groups.get(g)), "")
    if groups.get("w2"):
        word = "top " + word
    country = kb.country_of(country_word) if country_word else None
    folded = fold_name(word)
    entries: list[tuple[DescriptionEntry, str | None]] = []
    for entry in _descriptions_by_word(kb).get(folded, ()):
        if entry.country is not None and country is not None and entry.country != country:
            continue
        entries.append((entry, country if country is not None else entry.country))
    if country is None and home is not None and " " in word and match.group()[:1].isupper():
        # an office written alone as a title on a page the home government put out ("The
        # Prime Minister met Prime Minister Kishida" from Downing Street): the home holder;
        # not a bare "The Secretary", which the home government has many of
        titles = list(dict.fromkeys(t for entry, _ in entries for t in entry.titles))
        held = kb.holders(titles, home, on) if titles else []
        if len(held) == 1:
            if homed is not None:
                homed.append(True)  # the home country decided: a reader without it differs
            return held[0].id
    if country is None and text:
        # "the president" with no country word, in a story naming two presidents: the
        # one the text has just been talking about.
        titles = [t for entry, _ in entries for t in entry.titles if fold_name(t) == folded]
        named_holders = [a.id for a in kb.holders_among(named, titles[:1], None, None, ever=True)]
        if len(named_holders) > 1:
            # A former holder named in passing ("the first since Abe") is not "the prime
            # minister" of the story day.
            current = [a.id for a in kb.holders(titles[:1], None, on) if a.id in named_holders]
            if on is None:
                return _last_named(kb, named_holders, text, match.start())
            if len(current) == 1:
                return current[0]
            if current:
                return _last_named(kb, current, text, match.start())
            # none of them held it on the story day ("the president's office" in 2016, in a
            # story naming Lai Ching-te, president from 2024, and Hu Jintao): not one of them
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
        if ever and on is not None:
            # "the secretary" in a story naming Carter and Gen. Austin, years before Austin
            # held the office: the one who held it on the story day; "The Prime Minister"
            # of a 2024 readout naming Putin is not Putin, prime minister until 2012
            holding = {a.id for a in kb.holders(entry.titles, None, on)}
            ever = [actor_id for actor_id in ever if actor_id in holding]
        if len(ever) == 1 and ever[0] not in named_holders:
            named_holders.append(ever[0])
    if named_holders:
        return _last_named(kb, named_holders, text, match.start()) if text else named_holders[0]
    # "the Secretary" in a story of "Secretary Del Toro" (of the Navy, in no data file): the
    # person the text itself gives that word as a title, before any holder of the data's
    same_word = [t for entry, _ in entries for t in entry.titles if fold_name(t) == folded]
    titled = _titled_in_text(kb, same_word or [word], named, text) if country is None else []
    if len(titled) == 1:
        return titled[0]
    # With no country word, a country's entry applies only when the story is about that
    # country: "the prime minister" in a story about Hungary is never the UK's.
    story = _story_countries(kb, text, named) if country is None and text else None
    for entry, target in entries:
        if target is None or (story is not None and target not in story):
            continue
        holders = kb.holders(entry.titles, target, on)
        if len(holders) == 1:
            return holders[0].id
    return None


def _story_countries(kb: KnowledgeBase, text: str, named: set[ActorId]) -> frozenset[str]:
    """Countries the text names by a country word (name, adjective or capital) or by one of
    its institutions ("Downing Street" in a readout that never says "the United Kingdom")."""
    institutions = {
        actor.country
        for actor_id in named
        if (actor := kb.actor(actor_id)) is not None
        and actor.kind is ActorKind.INSTITUTION
        and actor.country is not None
    }
    return frozenset(country_counts(kb, text, 0, len(text))) | institutions


def country_counts(kb: KnowledgeBase, text: str, start: int, end: int) -> Counter[str]:
    """How often ``text[start:end]`` names each country by a country word (name, adjective
    or capital); the pattern is compiled once per vocabulary."""

    def build() -> re.Pattern[str] | None:
        words = sorted({w for c in kb.countries.values() for w in c.names}, key=lambda w: -len(w))
        if not words:
            return None
        # "UK-Singapore", "US-China" name both countries; "Korea-based", "Sino-" none more.
        # The ~1,000 words as a trie (the alternation's matches, longest word first), after
        # a look at the character every word starts with: a position is tried against the
        # words sharing its first characters, not each word (the same matches, 20 times
        # faster over the real texts).
        firsts = "".join(sorted({re.escape(w[0]) for w in words}))
        return re.compile(
            rf"(?=[{firsts}])(?<![\w])(?<![a-z]-)(?:{word_trie(words)})(?![\w]|-[a-z])"
        )

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
    # "the Vice-President" of "Vice President Jusuf Kalla": a hyphen and a space alike
    title_alternation = "|".join(
        r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", t)) for t in set(titles)
    )
    found: list[ActorId] = []
    for actor_id in sorted(named):
        actor = kb.actor(actor_id)
        if actor is None or actor.kind is not ActorKind.PERSON:
            continue
        names = [*actor.names(), kb.surname(actor_id) or ""]
        alternation = "|".join(re.escape(n) for n in names if n)
        # not a word of a longer name: "Prime Minister António Costa" does not title Téte
        # António, whose surname is Costa's given name
        pattern = (
            rf"(?<![\w-])(?:{title_alternation})\s+(?:{alternation})(?![\w-])"
            r"(?![ \u00a0]+(?-i:[A-Z])[\w’'-]*[ \u00a0]*(?:[,.;:)]|$|(?-i:[a-z])))"
        )
        if re.search(pattern, text, re.IGNORECASE):
            found.append(actor_id)
    if found:
        return found
    # else the title the text introduced them with, a rank between ("Pentagon Press
    # Secretary Rear Adm. Ned Vale")
    return [
        actor.id
        for actor_id in sorted(named)
        if (actor := kb.actor(actor_id)) is not None
        and actor.kind is ActorKind.PERSON
        and actor.discovered
        and any(
            _unhyphenated(t) in _unhyphenated(role.title) for role in actor.roles for t in titles
        )
    ]


def _unhyphenated(title: str) -> str:
    """A title as compared with another: case-folded, hyphens as spaces ("Vice-President")."""
    return " ".join(title.casefold().replace("-", " ").split())
