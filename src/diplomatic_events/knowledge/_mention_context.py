"""What stands around a mention that decides whom it names: the title before a surname
("Prime Minister Muscat", "envoy Friday"), a guarded surname's full name earlier, a name a
surname is part of, the office a description belongs to or opens ("Special Representative of
the President", "Secretary of Energy"), and the bearer of a shared surname the text means.

Apart from the finder (:mod:`._mentions`), which reads every window with these tests.
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
from diplomatic_events.knowledge._grammar import grammar, phrase_pattern
from diplomatic_events.knowledge._spans import Spans
from diplomatic_events.knowledge._text_cache import TextCache
from diplomatic_events.model import ActorKind, PartialDate
from diplomatic_events.typing import ActorId

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


_WORD_BEFORE = re.compile(rf"({UPPER}[\w’'-]*)(\.?)[ \u00a0]+$")
"""A capitalised word (and its full stop) right before a surname."""
_NAME_GOES_ON = re.compile(r"[’'](?![sS](?![\w’'-]))\w")
_WORD_AFTER = re.compile(rf"[ \u00a0]+({UPPER}{LOWER}+)\b")
"""A capitalised word right after a surname."""


def _titles(kb: KnowledgeBase) -> frozenset[str]:
    """The words a title ends with, lower case: the built-in ones, the data's
    ``title_words`` ("FM" in "Russian FM Lavrov"), its one-word ``titles`` ("Admiral" in
    "remarked Admiral Harris") and the plural titles before a list of surnames ("Senators"
    in "Senators Hassan and Van Hollen", ``plural_titles`` in ``grammar.toml``)."""
    return kb.cached(
        "vocabulary:mention-title-words",
        lambda: (
            _TITLE_WORDS
            | {w.casefold() for w in kb.title_words}
            | {t.casefold() for t in kb.titles if " " not in t}
            | {w.casefold().rstrip(".") for w in grammar().plural_titles}
        ),
    )


_PLAIN_WORD_BEFORE = re.compile(r"(\w+)[ \u00a0]+$")
_DIGIT_AFTER = re.compile(r"[ \u00a0]*\d")
_VERB_AFTER = re.compile(
    r",?[ \u00a0]+(?:(?:also|then|later|again)[ \u00a0]+)?(?:[a-z]+ed|said|says|told|tells|met"
    r"|meets|spoke|speaks|has|had|is|was|will|would|can|could|wants|sees|saw)\b"
)
"""A verb right after a guarded name's last word: the person acting, not the word."""


@functools.cache
def _speech_verb_before() -> re.Pattern[str]:
    """A verb of ``speech_verbs`` (grammar data) right before a guarded name's last word, the
    speaker after it as the news writes it ('"...," said Ham.'): the person, not the word."""
    verbs = phrase_pattern(grammar().speech_verbs)
    return re.compile(rf"(?<![\w’'-])(?:{verbs})[ \u00a0]+$", re.IGNORECASE)


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
            if (
                _VERB_AFTER.match(text, last) is None
                and _speech_verb_before().search(text, max(0, first - 12), first) is None
            ):
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
            # an initial ("J. Meade"), or a place's or saint's abbreviation ("Ft. Meade")
            if len(word) == 1 or word in grammar().name_abbreviations:
                return True
        elif not (
            _opens_sentence(text, start - len(before.group(0)))
            # "During Kerry's meeting ...": a word that opens sentences, or never names
            and (
                word.capitalize() in grammar().sentence_starters
                or word in grammar().name_stop_words
            )
        ):
            return True
    after = _WORD_AFTER.match(text[end : end + 30])
    # a title-case heading's "And", "At", "With", "Hosts" after a surname start no longer name
    return bool(
        after
        and after.group(1).casefold() not in _NOT_NAMES
        and after.group(1).casefold() not in grammar().heading_verbs
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
        title = _title_key(" ".join(words[-size:]))
        holders = [
            a
            for a in candidates
            if (actor := kb.actor(a)) is not None
            and any(_title_key(role.title) == title for role in actor.roles)
        ]
        if holders:
            current = [
                a
                for a in holders
                if on is not None
                and (actor := kb.actor(a)) is not None
                and any(_title_key(r.title) == title and r.held_on(on) for r in actor.roles)
            ]
            return tuple(current or holders)
    if on is None:
        return ()
    # "Minister Singh": a title that is part of an office's ("Minister of Defence"), held
    # that day by one of them alone
    title = f" {_title_key(words[-1])} "
    holding = [
        a
        for a in candidates
        if (actor := kb.actor(a)) is not None
        and any(title in f" {_title_key(r.title)} " and r.held_on(on) for r in actor.roles)
    ]
    return tuple(holding) if len(holding) == 1 else ()


def _title_key(title: str) -> str:
    """A title as compared with the roles' titles: folded, a hyphen read as a space
    ("Secretary-General Stoltenberg" holds "Secretary General")."""
    return fold_title(title.replace("-", " "))


def _after_title(text: str, start: int, *, capitalised: bool = False) -> bool:
    """Whether an office word ends right before ``start``: "President Buhari", "President-elect
    Buhari". Only the built-in offices: a rank ("Gen. Mark A. Welsh") is before given names
    too, so it does not make a common word a surname. ``capitalised``: the office written
    as a title, with a capital ("Prime Minister Muscat", not "the envoy Friday")."""
    # the office word before ``start`` ("" for none), found once per position
    table: dict[int, str] = _AFTER_TITLE.get("after-title", text, dict)
    office = table.get(start)
    if office is None:
        before = _OFFICE_BEFORE.search(text[max(0, start - 30) : start])
        is_office = (
            before is not None
            and _is_title(before.group(1), _TITLE_WORDS)
            # "the former spy chief. He and Pompeo": a full stop after a whole word ends
            # the sentence; only an abbreviation written with one ("Dr.") stays a title
            and ("." not in before.group() or f"{before.group(1).casefold()}." in _TITLE_WORDS)
        )
        office = table[start] = before.group(1) if before is not None and is_office else ""
    return bool(office) and (not capitalised or office[:1].isupper())


_DAY_NUMBER_AFTER = re.compile(r"[ \u00a0]+\d{1,2}(?:st|nd|rd|th)?\b(?![:.]\d)")
"""A day's number after a word ("May 2"): the word is a month there."""
_OFFICE_BEFORE = re.compile(r"([^\W\d_]+)(?:-(?:elect|designate))?\.?\s+$")
_AFTER_TITLE = TextCache(size=64, characters=1 << 24)
"""Per recent text, the office word that ends before each position asked about ("" for
none): each window over the text (a block, a sentence, under each knowledge) asks about the
same words."""


def _is_title(word: str, titles: frozenset[str]) -> bool:
    """Whether ``word`` is a title word, also of an office not yet held ("President-elect",
    "Minister-designate")."""
    return _OFFICE_TO_BE.sub("", word).casefold() in titles


_OFFICE_TO_BE = re.compile(r"-(?:elect|designate)$")
