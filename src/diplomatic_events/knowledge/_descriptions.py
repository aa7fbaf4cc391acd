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
from diplomatic_events.knowledge._word_runs import _ignore_case
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
    ordered = tuple(names)
    reach = max(len(n) for n in names) + 1
    starts, ends = _TEXT_MATCHES.get(
        repr(ordered), text, lambda: _all_matches(ordered, text, 0, len(text))
    )
    # matches starting before ``end - reach`` end before ``end`` and saw nothing past it
    # (nor did the attempts that failed there): a scan of ``text[:end]`` finds the same
    safe = bisect.bisect_left(starts, end - reach)
    last = starts[safe - 1] if safe > 0 else -1
    resume = max(end - reach, ends[safe - 1] if safe > 0 else 0, 0)
    tail, _ = _all_matches(ordered, text, resume, end)
    return tail[-1] if tail else last


def _all_matches(
    names: tuple[str, ...], text: str, start: int, end: int
) -> tuple[list[int], list[int]]:
    r"""Where the matches of ``(?<![\w-])(?:name|...)(?![\w-])`` in ``text[start:end]``
    start and end, as ``finditer`` finds them (the first name that fits at a place, the
    next match looked for after it), read off where each name is written: no pattern
    is compiled for each person's names."""
    at: set[int] = set()
    for name in set(names):
        found = text.find(name, start, end)
        while found >= 0:
            at.add(found)
            found = text.find(name, found + 1, end)
    starts: list[int] = []
    ends: list[int] = []
    after = start
    for first in sorted(at):
        if first < after or (first > 0 and _is_name_character(text[first - 1])):
            continue
        for name in names:
            last = first + len(name)
            if (
                last <= end
                and text.startswith(name, first)
                and (last == end or not _is_name_character(text[last]))
            ):
                starts.append(first)
                ends.append(last)
                after = last
                break
    return starts, ends


def _is_name_character(character: str) -> bool:
    r"""Whether ``character`` is one ``[\w-]`` matches."""
    return character.isalnum() or character in "_-"


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
    # Where one of the titles and the spaces after it end is found once per title (a
    # pattern kept per title, not one per title and person); each person's names are
    # compared there in the text folded as ``re.IGNORECASE`` folds it, and the end of
    # a name tested by one pattern: what a search of :func:`_titled_pattern` finds.
    people: list[ActorId] = []
    by_name: dict[str, list[int]] = {}  # each folded name: the people of it, by number
    titled: set[int] = set()
    for actor_id in sorted(named):
        actor = kb.actor(actor_id)
        if actor is None or actor.kind is not ActorKind.PERSON:
            continue
        number = len(people)
        people.append(actor_id)
        names = _names_of(kb, actor_id)
        if not names or any(n[0].isspace() for n in names):
            # no name, or one opening with a space (where the title's spaces end differs)
            if _titled_pattern(titles, names).search(text):
                titled.add(number)
            continue
        for name in dict.fromkeys(names):
            by_name.setdefault(_ignore_case(name), []).append(number)
    if by_name and not all(_title_words(t) for t in titles):
        # a title opening or ending with a space or hyphen: the pattern decides
        titled.update(
            number
            for number, actor_id in enumerate(people)
            if number not in titled
            and _titled_pattern(titles, _names_of(kb, actor_id)).search(text)
        )
        by_name.clear()
    if by_name:
        lengths = sorted({len(name) for name in by_name})
        for start in sorted({end for title in set(titles) for end in _title_ends(title, text)}):
            for length in lengths:
                numbers = by_name.get(_ignore_case(text[start : start + length]))
                if numbers and _AFTER_TITLED_NAME.match(text, start + length):
                    titled.update(numbers)
    found = [actor_id for number, actor_id in enumerate(people) if number in titled]
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


def _names_of(kb: KnowledgeBase, actor_id: ActorId) -> list[str]:
    """A person's names and surname, as a title may introduce them."""
    actor = kb.actor(actor_id)
    names = (*(actor.names() if actor is not None else ()), kb.surname(actor_id) or "")
    return [n for n in names if n]


def _title_words(title: str) -> str:
    """A title as matched: its words with any spaces or hyphens between ("the
    Vice-President" of "Vice President Jusuf Kalla"); empty when it opens or ends with
    a space or hyphen."""
    words = re.split(r"[\s-]+", title)
    if not all(words):
        return ""
    return r"[\s-]+".join(re.escape(w) for w in words)


_AFTER_TITLED_NAME = re.compile(
    # not a word of a longer name: "Prime Minister António Costa" does not title Téte
    # António, whose surname is Costa's given name
    r"(?![\w-])(?![ \u00a0]+(?-i:[A-Z])[\w’'-]*[ \u00a0]*(?:[,.;:)]|$|(?-i:[a-z])))",
    re.IGNORECASE,
)
"""What follows a name a title introduces."""


def _titled_pattern(titles: list[str], names: list[str]) -> re.Pattern[str]:
    """One of ``titles``, spaces and one of ``names``, as :data:`_AFTER_TITLED_NAME` ends it."""
    title_alternation = "|".join(
        r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", t)) for t in set(titles)
    )
    alternation = "|".join(re.escape(n) for n in names)
    return re.compile(
        rf"(?<![\w-])(?:{title_alternation})\s+(?:{alternation}){_AFTER_TITLED_NAME.pattern}",
        re.IGNORECASE,
    )


@functools.lru_cache(maxsize=256)
def _title_pattern(title: str) -> re.Pattern[str]:
    """Where ``title`` starts (at no word's inside) with the spaces after it (group 1)."""
    return re.compile(rf"(?=(?<![\w-])(?:{_title_words(title)})(\s+))", re.IGNORECASE)


def _title_ends(title: str, text: str) -> list[int]:
    """Where ``title`` and the spaces after it end in ``text``, wherever it starts."""
    return [match.end(1) for match in _title_pattern(title).finditer(text)]


def _unhyphenated(title: str) -> str:
    """A title as compared with another: case-folded, hyphens as spaces ("Vice-President")."""
    return " ".join(title.casefold().replace("-", " ").split())
