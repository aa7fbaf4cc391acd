"""Finding the places where a text names a known actor.

Names and aliases are matched whole, with typographic variants (’ and ', "U.S." and
"US"); persons case-sensitively, institutions in any case. A surname alone counts when
it is unique among known people or when the text named one of its bearers in full before
it. A description ("the top US diplomat") counts when the role data give exactly one
holder for that country on the story day.
"""

from __future__ import annotations

import bisect
import re

from diplomatic_events.knowledge._actors import (
    KnowledgeBase,
    Mention,
)
from diplomatic_events.knowledge._descriptions import (
    _resolve_description,
    country_counts,
)
from diplomatic_events.knowledge._grammar import grammar, phrase_pattern
from diplomatic_events.knowledge._mention_context import (
    _DAY_NUMBER_AFTER,
    _GAP,
    _NOT_NAMES,
    _WORD_AFTER,
    _after_title,
    _followed_by_name,
    _given_name_of_named,
    _guarded_named,
    _guarded_surnames,
    _is_title,
    _longer_office,
    _owner_of_office,
    _part_of_other_name,
    _resolve_surname,
    _titled_candidates,
    _titles,
)
from diplomatic_events.knowledge._mention_index import _Index, _index, fold_name
from diplomatic_events.knowledge._mention_windows import ANY_DAY, WholeNames, Windows
from diplomatic_events.knowledge._spans import Spans
from diplomatic_events.knowledge._text_cache import TextCache
from diplomatic_events.model import Actor, PartialDate
from diplomatic_events.typing import ActorId

__all__ = ["country_counts", "find_mentions", "fold_name"]

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


_MIDDLE_INITIAL = re.compile(r"\s+[A-Z]\.\s+")
"""A middle initial the data's name leaves out ("Michael R. Pompeo" of "Michael Pompeo")."""


def _names(
    kb: KnowledgeBase,
    index: _Index,
    text: str,
    lo: int,
    hi: int,
    seen: list[int] | None = None,
) -> list[Mention]:
    """The full names and aliases of ``text[lo:hi]`` (persons', then others'), read out of
    the whole text's when that finds the same (:meth:`WholeNames.within`); ``seen`` gets
    where every match of the scans starts and ends."""
    inside = _whole_names(kb, index, text).within(text, lo, hi)
    if inside is not None:
        found, spans = inside
        if seen is not None:
            seen += spans
        return found
    layers = _scan_names(kb, index, text, lo, hi)
    if seen is not None:
        for starts, ends, _ in layers:
            for start, end in zip(starts, ends, strict=True):
                seen.append(start)
                seen.append(end)
    return [mention for _, _, mentions in layers for mention in mentions]


def _whole_names(kb: KnowledgeBase, index: _Index, text: str) -> WholeNames:
    """The whole text's names, read once per text and index."""
    whole: WholeNames = index.texts.get(
        "names", text, lambda: WholeNames(_scan_names(kb, index, text, 0, len(text)))
    )
    return whole


def _scan_names(
    kb: KnowledgeBase, index: _Index, text: str, lo: int, hi: int
) -> list[tuple[list[int], list[int], list[Mention]]]:
    """For persons' names, then others': where each match of the scan of ``text[lo:hi]``
    starts and ends (kept or not), and the mentions made of them."""
    layers: list[tuple[list[int], list[int], list[Mention]]] = []
    taken = Spans()
    for matcher in (index.persons, index.others):
        starts: list[int] = []
        ends: list[int] = []
        found: list[Mention] = []
        layers.append((starts, ends, found))
        if matcher is None:
            continue
        own = matcher is index.persons
        for start, end, matched in matcher.finditer(text, lo, hi):
            starts.append(start)
            ends.append(end)
            if not own and taken.overlaps(start, end):
                continue
            ids = index.by_name.get(fold_name(matched), ()) or index.by_name.get(
                fold_name(_MIDDLE_INITIAL.sub(" ", matched, count=1)), ()
            )
            if len(ids) != 1:
                continue
            actor = kb.actor(ids[0])
            canonical = actor is not None and fold_name(actor.name) == fold_name(matched)
            if not canonical and _titled_alias_goes_on(kb, text, matched, end, actor):
                continue  # "Prince Charles Johnson III" is not Prince Charles
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
    return layers


_WINDOWS = TextCache(size=1024, characters=1 << 24)
"""Per recent text and knowledge token (:meth:`KnowledgeBase.token`), each window's mentions
by its span, with the day they were resolved on, or :data:`ANY_DAY` when no description
or title was resolved (the day did not count): a window read again on another day (a source
whose date the assembly inferred, a block and the sentence that is all of it) is not read
again unless the day can change what it names; a sentence of a block read already is read
out of the block's mentions where that finds the same (:meth:`Windows.within`)."""


def find_mentions(
    kb: KnowledgeBase,
    text: str,
    start: int,
    end: int,
    *,
    on: PartialDate | None = None,
    home: str | None = None,
) -> list[Mention]:
    """See :meth:`KnowledgeBase.find_mentions`."""
    # the day a window is read on, and the home country its offices alone are read for: a
    # window whose reading the home country did not decide is kept under the day alone, so
    # a reader without one (the meetings stage's sentences) reads it out of the block
    day: object = on if home is None else (on, home)
    windows: Windows = _WINDOWS.get(f"windows:{kb.token()}", text, lambda: Windows(len(text)))
    held = windows.found.get((start, end))
    if held is not None and (held[0] is ANY_DAY or held[0] == day):
        return list(held[1])
    inside = windows.within(text, start, end, day, _GAP)
    if inside is not None:
        windows.found[(start, end)] = inside
        return list(inside[1])
    dated: list[int] = []
    seen: list[int] = []
    described: list[int] = []
    homed: list[bool] = []
    touched: list[int] = []
    found = _find_mentions(kb, text, start, end, on, dated, seen, described, home, homed, touched)
    kept = ANY_DAY if not dated else ((on, home) if homed else on)
    windows.keep(start, end, kept, tuple(found), seen, described, dated + touched)
    return found


_AFTER_PLACE = re.compile(r"[A-Z][\w.’'-]*,[ \u00a0]+$")
"""A place and the comma before a dateline's region ("FORT RILEY, " before "Kan.")."""


def _without_dateline_regions(kb: KnowledgeBase, text: str, found: list[Mention]) -> list[Mention]:
    """The mentions less a surname that is a dateline's abbreviated region ("FORT RILEY,
    Kan. --" names Kansas, not Naoto Kan): the word and its full stop are a region's
    abbreviation (``abbreviations`` of ``[[regions]]`` in the places data), after a place
    and a comma."""
    regions = kb.cached(
        "vocabulary:region-abbreviations",
        lambda: frozenset(
            name.casefold() for region in kb.places.regions for name in region.abbreviations
        ),
    )
    if not regions:
        return found
    return [
        m
        for m in found
        if not (
            text.startswith(".", m.end)
            and f"{text[m.start : m.end]}.".casefold() in regions
            and _AFTER_PLACE.search(text, max(0, m.start - 40), m.start) is not None
        )
    ]


def _find_mentions(
    kb: KnowledgeBase,
    text: str,
    start: int,
    end: int,
    on: PartialDate | None,
    dated: list[int],
    seen: list[int],
    described: list[int],
    home: str | None = None,
    homed: list[bool] | None = None,
    touched: list[int] | None = None,
) -> list[Mention]:
    """:func:`find_mentions`, read anew; ``dated`` gets where the match starts when the day
    was looked at (``touched`` where a monarch's regnal name was, whose day is looked at too),
    ``seen`` where every match a scan made (kept or not) starts and ends, in turn,
    ``described`` where each description matched ends."""
    index = _index(kb)
    # The window's edges are word edges: "Blinkenpublished" cut at the window still names him.
    found = _names(kb, index, text, start, end, seen)

    def whole() -> list[Mention]:
        # Every name in the whole text, found once per text (not once per window).
        return _whole_names(kb, index, text).in_order()

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
            seen.append(first)
            seen.append(last)
            if taken.overlaps(first, last):
                continue
            if _part_of_other_name(text, first, last, _titles(kb)):
                continue
            if (
                matched.casefold() in _FUNCTION_WORDS or matched in index.titled_only
            ) and not _after_title(text, first, capitalised=True):
                continue  # "envoy Friday", "in Muscat": the word; "President Buhari" the name
            if matched in index.titled_only and _DAY_NUMBER_AFTER.match(text, last):
                continue  # "hosted Qatar's top naval leader May 2": a day, not Theresa May
            candidates = _reigning(
                kb, index.by_surname.get(matched, ()), matched, text, first, on, touched
            )
            if len(candidates) > 1:
                # "Araujo" is Rui Araujo before Ernesto Araújo, whose accents it lacks
                written = tuple(c for c in candidates if matched in (kb.surname(c) or matched))
                candidates = written or candidates
            named_at = by_actor() if candidates else {}
            if candidates and not any(c in named_at for c in candidates):
                # "Prince Mohammed" in a story naming Mohammed bin Salman in full: the person
                # the text named, whose first name it is, not someone it never names
                given = _given_name_of_named(kb, matched, named_at)
                if given is not None:
                    candidates = (given,)
            if len(candidates) > 1:
                dated.append(first)
                # "Prime Minister Johnson": the Johnson who holds (or held) that title
                candidates = (
                    _titled_candidates(kb, candidates, text, first, on)
                    or _the_principal(kb, candidates, text, first, on, named_at)
                    or _in_office_that_day(kb, candidates, text, first, on, named_at)
                    or candidates
                )
            actor_id = (
                candidates[0]
                if len(candidates) == 1
                else _resolve_surname(candidates, first, named_at)
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
    found += _guarded_surnames(kb, text, start, end, guarded, taken, seen)
    taken = Spans((m.start, m.end) for m in found)
    if index.descriptions is not None:
        starts = taken.starts()
        named: set[ActorId] | None = None
        for match in index.descriptions.finditer(text, start, end):
            seen.append(match.start())
            seen.append(match.end())
            described.append(match.end())
            if taken.overlaps(match.start(), match.end()):
                continue
            if _followed_by_name(text, match.end(), starts):
                continue
            if _owner_of_office(text, match.start(), _titles(kb)):
                continue  # "Special Representative of the President of Uzbekistan ..."
            if _longer_office(kb, text, match):
                continue  # "U.S. Secretary of Energy Rick Perry": not "the secretary"
            if named is None:
                named = index.texts.get(
                    "named",
                    text,
                    lambda: {m.actor for m in whole()} | _named_by_surname(kb, index, text),
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
            dated.append(match.start())
            if _owned_place(kb).match(text, match.end()) is not None:
                # "President Tsai ... hosted the delegation at the president's office": the
                # owner of a place the sentence names is no second holder of the title
                beside = set()
            actor_id = _resolve_description(kb, match, on, named - beside, text, home, homed)
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
    if found:
        found = _without_dateline_regions(kb, text, found)
    return sorted(found, key=lambda m: (m.start, m.end))


def _reigning(
    kb: KnowledgeBase,
    candidates: tuple[ActorId, ...],
    word: str,
    text: str,
    start: int,
    on: PartialDate | None,
    touched: list[int] | None = None,
) -> tuple[ActorId, ...]:
    """``candidates`` for a surname ``word`` without the monarchs it is the name of only by
    their regnal number ("Abdullah" of Abdullah II) unless the title written before it is
    one they hold: "King Abdullah" is the king, "Foreign Minister Abdullah" is not.
    ``touched`` gets ``start`` when a monarch's title was looked up on the day ``on``."""
    kept = []
    for actor_id in candidates:
        actor = kb.actor(actor_id)
        if (
            actor is not None
            and actor.name.startswith(f"{word} ")
            and actor.name.removeprefix(f"{word} ") in grammar().regnal_numbers
        ):
            if touched is not None:
                touched.append(start)
            if not _titled_candidates(kb, (actor_id,), text, start, on):
                continue
        kept.append(actor_id)
    return tuple(kept) if len(kept) != len(candidates) else candidates


_WORD_BEFORE = re.compile(r"\b([^\W\d_]+)\.?[ \u00a0]+$")
"""The word right before a name, and its dot ("Mrs. ", "spokeswoman ")."""


def _the_principal(
    kb: KnowledgeBase,
    candidates: tuple[ActorId, ...],
    text: str,
    start: int,
    on: PartialDate | None,
    named_at: dict[ActorId, list[int]],
) -> tuple[ActorId, ...]:
    """Of people sharing a surname whom the text names in full ("Mike Pence" and "Karen
    Pence"), those a title of one gender before it names (``female_titles`` and
    ``male_titles`` in ``grammar.toml``: "Mrs. Pence"), else, with no title before it, those
    holding an office on ``on``: a story calls the office holder by the bare surname and the
    spouse by "Mrs."; ``()`` when that tells none of them apart."""
    candidates = tuple(c for c in candidates if c in named_at)
    if len(candidates) < 2:
        return ()
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    word = "" if before is None else before.group(1).casefold()
    gender = (
        "female"
        if word in grammar().female_titles
        else "male"
        if word in grammar().male_titles
        else None
    )
    if gender is not None:
        kept = tuple(c for c in candidates if kb.gender(c) == gender)
    elif on is not None and not _after_title(text, start):
        kept = _holding_office(kb, candidates, on)
    else:
        return ()
    return kept if 0 < len(kept) < len(candidates) else ()


def _in_office_that_day(
    kb: KnowledgeBase,
    candidates: tuple[ActorId, ...],
    text: str,
    start: int,
    on: PartialDate | None,
    named_at: dict[ActorId, list[int]],
) -> tuple[ActorId, ...]:
    """Of people sharing a surname whom the text never names in full, the one holding an
    office on ``on``, when the surname stands bare: a 2018 story's "Stoltenberg said" is
    the NATO Secretary General, not the defence minister of 1989. ``()`` when none or
    several of them do, one is named in full (the text then tells which one), a title or
    rank stands before it ("Gen. Kim" is anyone), or the name is a family name written
    first, which many share ("Kim", "Lee")."""
    if on is None or any(c in named_at for c in candidates):
        return ()
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    if before is not None and (before.group(1)[:1].isupper() or _after_title(text, start)):
        return ()
    if any(
        (actor := kb.actor(c)) is not None and kb.family_name_first(actor.country)
        for c in candidates
    ):
        return ()
    holding = _holding_office(kb, candidates, on)
    return holding if len(holding) == 1 else ()


def _holding_office(
    kb: KnowledgeBase, candidates: tuple[ActorId, ...], on: PartialDate
) -> tuple[ActorId, ...]:
    """Those of ``candidates`` who hold an office of the data on ``on``."""
    return tuple(
        c
        for c in candidates
        if (actor := kb.actor(c)) is not None and any(r.held_on(on) for r in actor.roles)
    )


def _named_by_surname(kb: KnowledgeBase, index: _Index, text: str) -> set[ActorId]:
    """People the text names only by a surname no one else has ("President Trump"), read as
    the mentions read a surname: not a word of another name ("Jason Hu Chih-chiang", "Su
    Jia-chyan"), and a function word only after a title. Unlike the mentions, a surname
    that is also a common word ("May") counts without a title: a known gap ("23 May 2018"
    names Theresa May), left because one Downing Street readout's "the Prime Minister" is
    found only through it."""
    if index.surnames is None:
        return set()
    named: set[ActorId] = set()
    for first, last, matched in index.surnames.finditer(text, 0, len(text)):
        candidates = _reigning(kb, index.by_surname.get(matched, ()), matched, text, first, None)
        if len(candidates) != 1 or candidates[0] in named:
            continue
        if _part_of_other_name(text, first, last, _titles(kb)):
            continue
        if matched.casefold() in _FUNCTION_WORDS and not _after_title(
            text, first, capitalised=True
        ):
            continue
        named.add(candidates[0])
    return named


def _owned_place(kb: KnowledgeBase) -> re.Pattern[str]:
    """A place a description owns ("the president's office", "the prime minister's official
    residence"): a possessive, maybe one word, and an office or one of the venues' common
    nouns (``common_nouns`` in ``places.toml``)."""

    def build() -> re.Pattern[str]:
        nouns = phrase_pattern(frozenset({*kb.places.venue_words.common_nouns, "office"}))
        return re.compile(rf"['’]s?[ \u00a0]+(?:[a-z]+[ \u00a0]+)?(?:{nouns})\b")

    pattern: re.Pattern[str] = kb.cached("vocabulary:owned-place", build)
    return pattern


_APPOSITION = re.compile(r",?[ \u00a0]+(?:[A-Z][\w.'’-]*[ \u00a0]+){0,5}")
"""Between a title and a name that is the same person: "the prime minister, Prime Minister "."""
_SENTENCE_EDGE = re.compile(r"[.!?\n](?=\s)|\n")


def _titled_alias_goes_on(
    kb: KnowledgeBase, text: str, matched: str, end: int, actor: Actor | None
) -> bool:
    """Whether an alias that opens with a title ("Prince Charles") goes on with another
    name's word ("Prince Charles Johnson III"): the title and a given name of someone else
    (a word of the person's own names, "Crown Prince Mohammed Bin Salman", goes on with
    the same person)."""
    first = matched.split(maxsplit=1)[0]
    if actor is None or not _is_title(first, _titles(kb)):
        return False
    after = _WORD_AFTER.match(text[end : end + 30])
    own = {w.casefold() for n in (actor.name, *actor.aliases) for w in re.split(r"[\s-]+", n)}
    return bool(
        after
        and after.group(1).casefold() not in own
        and after.group(1).casefold() not in _NOT_NAMES
        and after.group(1).casefold() not in grammar().prepositions
        and after.group(1) not in grammar().name_stop_words
    )


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence holding ``text[start:end]``, read at most 300 characters
    either way."""
    floor = max(0, start - 300)
    edges = [m.end() for m in _SENTENCE_EDGE.finditer(text, floor, start)]
    after = _SENTENCE_EDGE.search(text, end, min(len(text), end + 300))
    return (edges[-1] if edges else floor, after.start() if after else min(len(text), end + 300))
