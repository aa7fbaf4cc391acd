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
from collections.abc import Sequence

from diplomatic_events.knowledge._actors import (
    LOWER,
    UPPER,
    KnowledgeBase,
    Mention,
)
from diplomatic_events.knowledge._actors import _fold as fold_title
from diplomatic_events.knowledge._descriptions import (
    _resolve_description,
    country_counts,
)
from diplomatic_events.knowledge._grammar import grammar
from diplomatic_events.knowledge._mention_index import _Index, _index, fold_name
from diplomatic_events.knowledge._mention_windows import ANY_DAY, WholeNames, Windows
from diplomatic_events.knowledge._spans import Spans
from diplomatic_events.knowledge._text_cache import TextCache
from diplomatic_events.model import Actor, ActorKind, PartialDate
from diplomatic_events.typing import ActorId

__all__ = ["country_counts", "find_mentions", "fold_name"]

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
        "administrator",
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
    # the day a window is read on, and the home country its offices alone are read for
    day: object = on if home is None else (on, home)
    windows: Windows = _WINDOWS.get(f"windows:{kb.token()}", text, lambda: Windows(len(text)))
    held = windows.found.get((start, end))
    if held is not None and (held[0] is ANY_DAY or held[0] == day):
        return list(held[1])
    inside = windows.within(text, start, end, day, _GAP)
    if inside is not None:
        windows.found[(start, end)] = inside
        return list(inside[1])
    dated: list[bool] = []
    seen: list[int] = []
    described: list[int] = []
    found = _find_mentions(kb, text, start, end, on, dated, seen, described, home)
    windows.keep(start, end, day if dated else ANY_DAY, tuple(found), seen, described)
    return found


def _find_mentions(
    kb: KnowledgeBase,
    text: str,
    start: int,
    end: int,
    on: PartialDate | None,
    dated: list[bool],
    seen: list[int],
    described: list[int],
    home: str | None = None,
) -> list[Mention]:
    """:func:`find_mentions`, read anew; ``dated`` gets an item when the day was looked at,
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
            candidates = index.by_surname.get(matched, ())
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
                dated.append(True)
                # "Prime Minister Johnson": the Johnson who holds (or held) that title
                candidates = _titled_candidates(kb, candidates, text, first, on) or candidates
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
            actor_id = _resolve_description(kb, match, on, named - beside, text, home)
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


_WORD_BEFORE = re.compile(rf"({UPPER}[\w’'-]*)(\.?)[ \u00a0]+$")
"""A capitalised word (and its full stop) right before a surname."""
_NAME_GOES_ON = re.compile(r"[’'](?![sS](?![\w’'-]))\w")
_WORD_AFTER = re.compile(rf"[ \u00a0]+({UPPER}{LOWER}+)\b")
"""A capitalised word right after a surname."""


def _titles(kb: KnowledgeBase) -> frozenset[str]:
    """The words a title ends with, lower case: the built-in ones, the data's
    ``title_words`` ("FM" in "Russian FM Lavrov") and its one-word ``titles`` ("Admiral" in
    "remarked Admiral Harris")."""
    return kb.cached(
        "vocabulary:mention-title-words",
        lambda: (
            _TITLE_WORDS
            | {w.casefold() for w in kb.title_words}
            | {t.casefold() for t in kb.titles if " " not in t}
        ),
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
    seen: list[int],
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
            seen.append(first)
            seen.append(last)
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
    """A surname inside someone else's name ("Philip Wang", "Wang Wenbin"), or the start of
    a longer word after an apostrophe ("Hu’akavameiliku"; "Hu’s" is Hu's)."""
    if _NAME_GOES_ON.match(text, end):
        return True
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


_OFFICE_OF = re.compile(r"([A-Za-z][\w’'-]*)[ \u00a0]+(?:of|to|for)[ \u00a0]+$")
"""An office's last word and "of" ("to", "for") right before a description: the office is
the holder's ("a representative of the Foreign Secretary", "adviser to the President")."""


def _owner_of_office(text: str, start: int, titles: frozenset[str]) -> bool:
    """Whether a description at ``start`` names whose an office is ("Special Representative
    of the President of Uzbekistan for Afghanistan Ismatulla Irgashev"), not someone
    present: an office's last word and "of" stand right before it."""
    before = _OFFICE_OF.search(text, max(0, start - 40), start)
    return before is not None and before.group(1).casefold() in titles


_OFFICE_FIELD = re.compile(
    r"[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?[A-Z][\w’'-]*"
    r"(?:[ \u00a0]+(?:[A-Z][\w’'-]*|and|for|of|the))*"
)
"""An office's field after a title word: " of Energy", " of the Navy", " of Homeland Security"."""


def _longer_office(kb: KnowledgeBase, text: str, match: re.Match[str]) -> bool:
    """Whether a description is the head of a longer office some role bears ("Secretary"
    of "Secretary of Energy", "Secretary of the Navy"): that office's holder, not whoever
    the description alone stands for."""
    field = _OFFICE_FIELD.match(text, match.end())
    if field is None:
        return False
    head = match.group().split()  # "the U.S. Secretary": its last words are the office's
    words = field.group().split()
    return any(
        kb.is_office_title(" ".join([*head[-lead:], *words[:size]]))
        for lead in range(1, min(len(head), _OFFICE_HEAD_WORDS) + 1)
        for size in range(len(words), 1, -1)
    )


_OFFICE_HEAD_WORDS = 3
"""How many of a description's last words may open a longer office ("Deputy Secretary")."""


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


def _after_title(text: str, start: int, *, capitalised: bool = False) -> bool:
    """Whether an office word ends right before ``start``: "President Buhari", "President-elect
    Buhari". Only the built-in offices: a rank ("Gen. Mark A. Welsh") is before given names
    too, so it does not make a common word a surname. ``capitalised``: the office written
    as a title, with a capital ("Prime Minister Muscat", not "the envoy Friday")."""
    table: dict[int, bool] = _AFTER_TITLE.get("after-title", text, dict)
    found = table.get(start)
    if found is None:
        before = _OFFICE_BEFORE.search(text[max(0, start - 30) : start])
        found = table[start] = (
            before is not None
            and _is_title(before.group(1), _TITLE_WORDS)
            # "the former spy chief. He and Pompeo": a full stop after a whole word ends
            # the sentence; only an abbreviation written with one ("Dr.") stays a title
            and ("." not in before.group() or f"{before.group(1).casefold()}." in _TITLE_WORDS)
        )
    if found and capitalised:
        before = _OFFICE_BEFORE.search(text[max(0, start - 30) : start])
        return before is not None and before.group(1)[:1].isupper()
    return found


_DAY_NUMBER_AFTER = re.compile(r"[ \u00a0]+\d{1,2}(?:st|nd|rd|th)?\b(?![:.]\d)")
"""A day's number after a word ("May 2"): the word is a month there."""
_OFFICE_BEFORE = re.compile(r"([^\W\d_]+)(?:-(?:elect|designate))?\.?\s+$")
_AFTER_TITLE = TextCache(size=64, characters=1 << 24)
"""Per recent text, whether an office word ends before each position asked about: each
window over the text (a block, a sentence, under each knowledge) asks about the same words."""


def _is_title(word: str, titles: frozenset[str]) -> bool:
    """Whether ``word`` is a title word, also of an office not yet held ("President-elect",
    "Minister-designate")."""
    return _OFFICE_TO_BE.sub("", word).casefold() in titles


_OFFICE_TO_BE = re.compile(r"-(?:elect|designate)$")
