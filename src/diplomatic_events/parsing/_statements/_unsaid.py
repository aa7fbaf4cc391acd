"""Pairs of quotation marks that quote no one: terms, titles, signs, names of things, link lists.

The name of a relationship or agreement in marks is read apart, in :mod:`._designations`.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence

from attrs import frozen

from diplomatic_events._needed import may_match
from diplomatic_events.knowledge._grammar import grammar, literal_alternation
from diplomatic_events.knowledge._prefilter import guarded
from diplomatic_events.model import (
    Block,
    BlockKind,
    NonQuotationKind,
    Source,
)
from diplomatic_events.parsing._analysis import title_case_words
from diplomatic_events.parsing._attribution import Attributor
from diplomatic_events.parsing._discovery import NICKNAME
from diplomatic_events.parsing._quotes import MarkPair
from diplomatic_events.parsing._statements._merge import _normal, _same_words

_LINK_LIST_HEADER = re.compile(
    rf"(?i)(?:{literal_alternation(grammar().link_list_headers, space=' ')})"
    r"(?:[ \u00a0]+(?:on|from|at|in)[ \u00a0]+[\w .&'’-]{1,40})?[ \u00a0]*:?"
)
_BULLET = re.compile(r"[ \u00a0]*[•·▪▸►→*–—-][ \u00a0]")


def _link_list_items(source: Source) -> set[tuple[int, int]]:
    """Bulleted lines right under a "Related stories (on Site)" header: links to other
    stories, whose quoted words are titles, even when the layout kept them as text."""
    items: set[tuple[int, int]] = set()
    in_list = False
    previous_end = -1
    for block in sorted(source.blocks, key=lambda b: b.start):
        line = source.text[block.start : block.end].strip()
        adjacent = "\n\n" not in source.text[previous_end : block.start] if in_list else False
        previous_end = block.end
        if _LINK_LIST_HEADER.fullmatch(line):
            in_list = True
            continue
        if in_list and adjacent and _BULLET.match(source.text[block.start : block.end]):
            items.add((block.start, block.end))
            continue
        in_list = False
    return items


_TERM = re.compile(
    rf"(?i)(?<![\w-])the[ \u00a0]+(?:{literal_alternation(grammar().term_nouns)})s?"
    r"[ \u00a0]*$"
)
_NAMING_VERBS = literal_alternation(grammar().naming_verbs, space=r"[ \u00a0]+")
"""Verbs that give a thing its name ("called", "known as"): the one list the term rules share
(``naming_verbs`` in ``grammar.toml``)."""
_NAMED_SO = re.compile(
    r"(?i)(?:(?<![\w-])so[- \u00a0]called(?:[ \u00a0]+[a-z][\w-]*){0,3}"
    r"|(?<![\w’'-])(?P<before>[\w’'-]+)[ \u00a0]+(?:(?:often|commonly|widely|sometimes|also"
    rf"|now|usually)[ \u00a0]+)?(?:{_NAMING_VERBS})(?:[ \u00a0]+(?:the|a|an))?)[ \u00a0]*$"
)
"""A name given with no one said to give it: "so-called economic and military 'pivot'",
"issues often called the 'root causes'", "a new platform called 'SSN-AUKUS'"."""
_NAMER = frozenset({"he", "she", "they", "we", "i", "you", "who", "what", "it", "which", "that"})
"""Words before "called" that make it someone's words ("what he called", "which they
called"): a speaker naming the thing."""
_PASSIVE = frozenset({"is", "are", "was", "were", "be", "been", "being"})
"""Words before "called" that make it passive: a name the thing has, not someone's words."""
_USED = re.compile(
    r"(?i)\b(?:us(?:e|es|ed|ing)|utter(?:s|ed|ing)?|repeat(?:s|ed|ing)?|invok(?:e|es|ed|ing)"
    r"|chose|choose|chooses|choosing)[ \u00a0]+(?:the[ \u00a0]+)?(?:words?|terms?|phrases?)"
    r"[ \u00a0]*$"
)
_HABIT_ADVERBS = literal_alternation(grammar().habit_adverbs, space=r"[ \u00a0]+")
"""Adverbs of habit ("often", "tend to"): ``habit_adverbs`` in ``grammar.toml``."""
_HABITUAL = re.compile(
    r"(?:^|[,;:(—–-]|\b(?:as|and|because|since|while|when|where|but)\b)[ \u00a0]*"
    r"(?P<subject>[a-z]+s)[ \u00a0]+"
    rf"(?:{_HABIT_ADVERBS})"
    r"[ \u00a0]+(?:[\w’'-]+[ \u00a0]+){1,5}$"
)
"""A generic habit before the marks."""
_HABITUAL = guarded(_HABITUAL)
_SENTENCE_BREAK = re.compile(r"[.!?]\s")
_SENTENCE_REST = re.compile(r"[^.!?\n]*[.!?]?")


def _unsaid(text: str, pair: MarkPair, block: Block) -> tuple[NonQuotationKind, str] | None:
    """Marks around words nobody is reported as saying: "the word 'war'", "so-called
    'X'", a name given with no one giving it, and generic habits ("leaders often speak
    about their 'frank discussions'").

    "X used the word 'war'" reports X's words, but a question ("did he use the word
    'dangerous'?") only asks whether anyone said them.
    """
    head = text[max(block.start, pair.open_at - 80) : pair.open_at]
    if _TERM.search(head) and (not _USED.search(head) or _asks(text, pair, block)):
        return NonQuotationKind.TERM, "a word mentioned, not quoted"
    held = may_match(_NAMED_SO, head)
    named = _NAMED_SO.search(head) if held else None
    if named is not None:
        before = named.group("before")
        # "what White House officials called ...": whoever did the calling said it
        namer = head[: named.start()].split()[-4:] + ([before] if before else [])
        if (
            before is None
            or before.casefold() in _PASSIVE  # "issues that are often called the ..."
            or (not before[0].isupper() and not any(w.casefold() in _NAMER for w in namer))
        ):
            return NonQuotationKind.TERM, "a name given to a thing, not quoted"
    sentence = _SENTENCE_BREAK.split(head)[-1]
    if may_match(_HABITUAL, sentence) and (_HABITUAL.search(sentence)):
        return NonQuotationKind.SCARE_QUOTE, "a generic habit, no one reported as saying it"
    return None


_TITLE_CASE = frozenset({BlockKind.HEADLINE, BlockKind.HEADING})
_ADDRESS = re.compile(r"[\w.+-]+:(?://)?\S+|www\.\S+")
"""A web or data address ("https://...", "data:image/png;base64,..."), one word."""
_SPACE = re.compile(r"\s")
_GIVEN_NAME_BEFORE = re.compile(r"(?<![\w’'-])(?-i:[A-Z])[\w’'-]+[ \u00a0]+$")
_WORD_AFTER = re.compile(r"[ \u00a0]+\S+")


def _no_words(text: str, pair: MarkPair, block: Block) -> tuple[NonQuotationKind, str] | None:
    """Marks around no one's words at all: no letter or digit, a web address in page markup,
    or a nickname between a given name and a surname (discovery's :data:`NICKNAME`, "Gen.
    Michael “Erik” Kurilla", after a capitalised word), in prose (a title's capitals show no
    name: "Carter Hails 'Ironclad' Relationship")."""
    inside = text[pair.start : pair.end].strip()
    if not any(character.isalnum() for character in inside):
        # a stray mark pairs with the next: '... and migration".' holds only a stop
        return NonQuotationKind.TERM, "no words"
    if _ADDRESS.fullmatch(inside):
        return NonQuotationKind.TERM, "an address, not words"
    if pair.open_at > 0 and text[pair.open_at - 1] in "=(" and not _SPACE.search(inside):
        # page markup a mirror left in the text: 'class="863350514-04062013"', '("fr")'
        return NonQuotationKind.TERM, "markup, not words"
    nickname = NICKNAME.match(text, pair.open_at)
    if pair.close_at is None or nickname is None or nickname.end() != pair.close_at + 1:
        return None
    given = _GIVEN_NAME_BEFORE.search(text, max(0, pair.open_at - 40), pair.open_at)
    if given is None:
        return None
    if block.kind in _TITLE_CASE:
        # every word of a title is capitalised: a nickname only if the prose writes it so
        surname = _WORD_AFTER.match(text, nickname.end())
        named = text[given.start() : surname.end() if surname else nickname.end()]
        if text.find(named, 0, block.start) < 0 and text.find(named, block.end) < 0:
            return None
    return NonQuotationKind.TERM, "a nickname inside a name"


_SIGN = re.compile(
    rf"(?i)(?<![\w-])(?:{literal_alternation(grammar().sign_nouns)})s?[ \u00a0]+"
    r"(?:reading|read|saying|that[ \u00a0]+(?:read|said)|which[ \u00a0]+(?:read|said)"
    r"|with[ \u00a0]+the[ \u00a0]+words)[ \u00a0:,]*$"
)


def _on_a_sign(text: str, pair: MarkPair, block: Block) -> tuple[NonQuotationKind, str] | None:
    """Words on a sign or banner ("signs reading 'Free Tibet'"): shown, not said."""
    head = text[max(block.start, pair.open_at - 60) : pair.open_at]
    if _SIGN.search(head):
        return NonQuotationKind.TERM, "words on a sign, not speech"
    return None


def _asks(text: str, pair: MarkPair, block: Block) -> bool:
    """Whether the sentence holding ``pair`` is a question."""
    tail = _SENTENCE_REST.match(text[pair.end : block.end])
    return tail is not None and tail.group().rstrip("\"”’' ").endswith("?")


_NAME_WORD = re.compile(r"[A-Z0-9][\w’'.&-]*|of|the|and|for|on|in|to|a|an|de|with")
_NICKNAME_BEFORE = re.compile(r"(?:^|[\s(])[A-Z][\w’'.-]*[ \u00a0]+$")
_SURNAME_AFTER = re.compile(r"[ \u00a0]+[A-Z][\w’'-]+(?=[\s,.;:)]|$)")
"""A one-word nickname between a title or given name and a surname: Gen. "Hawk" Carlisle."""
_NICKNAME_AFTER_NAME = re.compile(
    r"(?<![\w’'-])(?-i:[A-Z])[\w’'-]+[ \u00a0]+(?-i:[A-Z])[\w’'-]+[ \u00a0]+$"
)
"""Two capitalised words (a full name) right before the marks."""
_AFTER_NICKNAME = re.compile(r"[,;)]|[.](?:\s|$)|[ \u00a0]+(?-i:[a-z])|\s*$")
"""What may follow a nickname after a name: punctuation, a lower-case word, the line's end."""
_NAMING = re.compile(
    rf"(?i)(?:(?<![\w-])(?:{_NAMING_VERBS})[ \u00a0]+(?:(?:the|a|an|its|their)[ \u00a0]+)?"
    r"|(?<![\w-])(?P<plain>the|a|an|aboard|on[ \u00a0]+board|at))[ \u00a0]*$"
)
# "a statement on building a 'community with ...'": a concept built, not words said.
_CONCEPT = re.compile(
    r"(?i)(?<![\w-])(?P<before>[\w’'-]+)[ \u00a0]+(?:on|of|to|for|towards?|about|in)[ \u00a0]+"
    r"(?:build|forg|creat|establish|construct|promot|deepen)(?:e|es|ed|ing)?[ \u00a0]+"
    r"(?:a|an|the)(?:[ \u00a0]+new)?[ \u00a0]*$"
)

_MOTTO = re.compile(
    rf"(?i)(?<![\w-])(?:{literal_alternation(grammar().motto_words)})s?"
    r"(?:[ \u00a0]*[,:—–-][ \u00a0]*|[ \u00a0]+(?:is|was|reads))?(?:[ \u00a0]*that)?[ \u00a0]*$"
)
"""A motto's words, which a body holds rather than anyone says now: "give life to your creed
— that 'Argentine virtue is strength and study.'", "the unit's motto, 'Always Ready'" (the
nouns are ``motto_words`` in ``grammar.toml``)."""


def _name_of_thing(
    text: str, pair: MarkPair, block: Block, attributor: Attributor
) -> tuple[NonQuotationKind, str] | None:
    """The name of a thing in marks: a capitalised name of several words after an article,
    a preposition of travel or a naming verb ("what the office called the 'Atlantic
    Declaration'", "aboard 'Rail Force One'"), or a concept after a verb of building in a
    noun phrase ("a statement on building a 'community with a shared future'")."""
    head = text[max(block.start, pair.open_at - 80) : pair.open_at]
    # the writer's comma or stop inside the marks ("at “Hostages Square,” while") is no
    # part of the name
    words = text[pair.start : pair.end].rstrip(",.;:").split()
    if (
        block.kind in (BlockKind.BODY, BlockKind.CAPTION)
        and len(words) == 1
        and _NAME_WORD.fullmatch(words[0])
        and words[0][0].isupper()
        and pair.close_at is not None
    ):
        # in a caption too: 'Gen. John W. "Jay" Raymond, ... smiles' (a headline's
        # capitals name nothing: 'Obama Praises "Strong" Ties')
        if _NICKNAME_BEFORE.search(head) and _SURNAME_AFTER.match(text, pair.close_at + 1):
            return NonQuotationKind.TERM, "a nickname inside a name, not speech"
        if _NICKNAME_AFTER_NAME.search(head) and _AFTER_NICKNAME.match(text, pair.close_at + 1):
            # "Prime Minister Pushpa Kamal Dahal 'Prachanda', Deputy ...": the name he goes by
            return NonQuotationKind.TERM, "a nickname after a name"
    if block.kind is not BlockKind.BODY:
        # Headlines capitalise every word: there, capitals name nothing.
        return None
    if (
        pair.close_at is not None
        and 1 <= len(words) <= _SHORT_NAME_WORDS
        and _OPENS_PARENTHESIS.search(head)
        and text.startswith(")", pair.close_at + 1)
    ):
        # "the Economic Policy Consultative Committee (“Economic 2+2”)": a short name
        # defined for what was just named
        return NonQuotationKind.TERM, "a short name defined in parentheses, not speech"
    if _MOTTO.search(head):
        return NonQuotationKind.TERM, "a motto or creed, not speech"
    concept = _CONCEPT.search(head)
    if concept is not None and not attributor.is_cue(concept.group("before")):
        return NonQuotationKind.TERM, "a concept named, not quoted"
    if not 1 <= len(words) <= 6 or not all(_NAME_WORD.fullmatch(w) for w in words):
        return None
    if not words[0][0].isupper() or not words[-1][0].isupper():
        return None
    naming = _NAMING.search(head)
    if naming is None or (len(words) == 1 and naming.group("plain")):
        return None
    if naming.group("plain") and attributor.cue_near(pair, _CUE_REACH, clause=True):
        return None
    return NonQuotationKind.TERM, "a name of a thing, not speech"


_HEAD_LINES = frozenset({BlockKind.HEADLINE, BlockKind.SUMMARY, BlockKind.HEADING})
"""Lines of a page's head: a title in marks may stand in them, as in its body, and no
transcript label's speaker speaks in them."""
_OPENS_PARENTHESIS = re.compile(r"[\w.)][ \u00a0]*\([ \u00a0]*$")
"""A parenthesis opened right after a word: what follows in it defines a short name."""
_SHORT_NAME_WORDS = 6
_TITLE_WORDS = 2
"""The fewest capitalised words of a name or title in marks that no one is said to speak."""
_WORK_TITLE_WORDS = 4
"""The fewest words of a title of a work (fewer make a name)."""


def _title_of_work(
    text: str, pair: MarkPair, block: Block, attributor: Attributor
) -> tuple[NonQuotationKind, str] | None:
    """A title in title case with no one said to speak it: every word capitalised but the
    small ones ("the panel “From the Aegean Sea to the South China Sea: Responding to
    Maritime Sieges”"), or a name of two or three such words ("the “Dragon Group”
    exercise"). Speech is written in sentence case; so is a headline whose other words are in
    lower case ("US, Royal Thai air forces conduct first-ever virtual ’Airman-to-Airman
    Talks’"), where a name stands out as it does in prose."""
    if pair.close_at is None:
        return None
    if block.kind in _HEAD_LINES:
        # a head line in sentence case ("Remarks by ... at the public event “A Conversation
        # with H.E. Federica Mogherini” at the Atlantic Council")
        around = text[block.start : pair.start] + " " + text[pair.end : block.end]
        if len(_LOWER_WORD.findall(around)) < _SENTENCE_CASE_WORDS:
            return None
    elif block.kind is not BlockKind.BODY:
        return None
    words = title_case_words(text[pair.start : pair.end])
    if words is None or len(words) < _TITLE_WORDS or not words[0][0].isupper():
        return None
    if sum(1 for w in words if w[0].isupper()) < _TITLE_WORDS:
        return None
    if attributor.cue_near(pair, _CUE_REACH, clause=True):
        return None
    if len(words) < _WORK_TITLE_WORDS:
        # two or three capitalised words: a name ("Dragon Group", "Vision 2030")
        return NonQuotationKind.TERM, "a name in title case, not speech"
    return NonQuotationKind.TITLE, "a title in title case, not speech"


_LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z]{4,}(?![\w’'-])")
_SENTENCE_CASE_WORDS = 2
"""The fewest words in lower case (of four letters or more) that show a headline written in
sentence case: title case leaves only short ones ("and", "the") in lower case."""


_DETERMINED = re.compile(
    r"(?i)(?:^|[\s(,;:—–])(?:a|an|the|no|its|their|his|her|our|this|that"
    r"|[\w-]+['’]s|[\w-]+s['’])(?:[ \u00a0]+[a-z][\w-]*)?[ \u00a0]*$"
)
_MODIFIER_WORDS = 3
_CUE_REACH = 6


@frozen(kw_only=True)
class _Echoes:
    """A source's quotations by wording and by length, to ask whether a quotation's words
    are quoted again elsewhere without comparing it with every other quotation."""

    normals: dict[int, str]
    """Each quotation's normalised words, by the identity of its pair."""
    counts: Counter[str]
    lengths: list[int]
    by_length: list[str]

    @classmethod
    def of(cls, quoted: Sequence[tuple[MarkPair, str]]) -> _Echoes:
        ordered = sorted(((len(normal), normal) for _, normal in quoted), key=lambda x: x[0])
        return cls(
            normals={id(pair): normal for pair, normal in quoted},
            counts=Counter(normal for _, normal in quoted),
            lengths=[length for length, _ in ordered],
            by_length=[normal for _, normal in ordered],
        )

    def echoed(self, pair: MarkPair, own: str) -> bool:
        """Whether another quotation has the same or nearly the same words as ``own`` (the
        words of ``pair``), of a comparable length (at least 0.6 of the longer)."""
        same = self.counts[own] - (1 if self.normals.get(id(pair)) == own else 0)
        if same > 0 and _same_words(own, own):
            return True
        # Only wordings of a comparable length can count: those within 0.6 and 1/0.6 of it.
        low = bisect.bisect_left(self.lengths, int(0.6 * len(own)))
        high = bisect.bisect_right(self.lengths, int(len(own) / 0.6) + 1)
        return any(
            normal != own
            and _same_words(own, normal)
            and min(len(own), len(normal)) >= 0.6 * max(len(own), len(normal))
            for normal in self.by_length[low:high]
        )


def _modifier(
    text: str,
    pair: MarkPair,
    block: Block,
    attributor: Attributor,
    echoes: _Echoes,
) -> tuple[NonQuotationKind, str] | None:
    """A word or two in marks used as a modifier of the writer's own noun phrase ("a
    'pariah' state", "Kim's 'fraternal' embrace", "no shared 'plan'") in a sentence
    with no speech cue near it: a scare quote, whoever spoke last. Words quoted again
    elsewhere in the text (a headline echoing the story) stay quotations."""
    words = text[pair.start : pair.end].split()
    if not words or len(words) > _MODIFIER_WORDS or words[-1][-1] in ",.;:!?…":
        return None
    head = text[max(block.start, pair.open_at - 80) : pair.open_at]
    if not _DETERMINED.search(head) or _USED.search(head):
        return None
    if _echoed_or_cued(text, pair, attributor, echoes):
        return None
    return NonQuotationKind.SCARE_QUOTE, "a modifier in the writer's own words, no cue"


def _echoed_or_cued(text: str, pair: MarkPair, attributor: Attributor, echoes: _Echoes) -> bool:
    """Whether a few words in marks are quoted again elsewhere (a headline echoing the
    story) or governed by a speech cue: then they are someone's words, not a term."""
    return echoes.echoed(pair, _normal(text[pair.start : pair.end])) or attributor.cue_near(
        pair, _CUE_REACH, clause=True
    )


def _unattributed_words(
    text: str, pair: MarkPair, block: Block, attributor: Attributor, echoes: _Echoes
) -> tuple[NonQuotationKind, str] | None:
    """A few words in marks ("Bayan Muna", "living bridge", "pivot") that no one is found to
    have said, with no speech cue near them and not quoted again elsewhere: a term or a
    scare quote, kept as a non-quotation rather than a quotation of no one. A longer span
    with no speaker stays a quotation: it reproduces someone's words; so do a headline's few
    words and words after a person named in their clause."""
    words = text[pair.start : pair.end].split()
    if not words or len(words) > _UNATTRIBUTED_WORDS or block.kind in _HEADINGS:
        return None  # a headline's few words in marks are most often the story's speaker's
    if _echoed_or_cued(text, pair, attributor, echoes) or attributor.person_before(pair):
        return None
    return NonQuotationKind.SCARE_QUOTE, "a few words no one is reported as saying"


_UNATTRIBUTED_WORDS = 4
"""The most words a span with no speaker may hold and still be read as a term."""
_HEADINGS = frozenset({BlockKind.HEADLINE, BlockKind.HEADING, BlockKind.SUMMARY})
