"""The patterns that introduce a person: a title, a cue word, an appositive, an age or an
honorific next to a name, and the meeting words that name the one met.

These are regular expressions, compiled once per knowledge base from its titles, cues and
grammar words; the titled-name reader (``_titled``) is apart because it reads runs of
capitalised words word by word instead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.knowledge._actors import LOWER, UPPER
from diplomatic_events.knowledge._alternation import alternation
from diplomatic_events.knowledge._grammar import grammar, literal_alternation, phrase_pattern
from diplomatic_events.knowledge._prefilter import guarded, lookahead
from diplomatic_events.parsing._discovery._titles import _title_words
from diplomatic_events.parsing._discovery._words import (
    _APPOSITIVE,
    _HONORIFIC,
    _HONORIFIC_WORDS,
    _INTRODUCED_AFTER,
    _JOINED_PARTICLE,
    _LOWER_WORD,
    _NAME,
    _NAME_TOKEN,
    _NOT_AFTER_HONORIFIC,
    _PARTICLE_WORDS,
)


def _title_alternation(titles: Sequence[str]) -> str:
    if not titles:
        return ""
    # "President-elect Buhari", "Prime Minister-designate ...": the office, not yet held
    offices = alternation(titles, space=r"[ \u00a0]+")
    return rf"(?:{offices})(?:-elect|-designate)?"


def _patterns(
    knowledge: KnowledgeBase,
) -> tuple[tuple[re.Pattern[str], tuple[re.Pattern[str], ...]], ...]:
    """The patterns that introduce a name, each with its gates: patterns that find what
    every match of it holds (a title, an age, an honorific, the comma and what follows it),
    so a block one of its gates finds nothing in is not searched (``()``: no gate)."""

    # A pattern that starts with a name says so first, "(?=[A-Z...])": one test of a
    # character rather than every lookbehind at every position.
    def build() -> tuple[tuple[re.Pattern[str], tuple[re.Pattern[str], ...]], ...]:
        titles = _title_alternation(knowledge.titles) or "President"
        cues = _title_alternation([c for c in knowledge.cues if " " not in c]) or "said"
        # every pattern has its title or cue where no word character or hyphen is before
        # it: the gates ask the same, so a position inside a word fails on one character
        title = re.compile(rf"(?<![\w-])(?:{titles})")
        cue = re.compile(rf"(?<![\w-])(?:{cues})")
        age = re.compile(r",[ \u00a0]+\d{1,3},")
        honorific = re.compile("|".join(_HONORIFIC_WORDS))
        words = grammar()
        regnal = "|".join(re.escape(n) for n in sorted(words.regnal_numbers, key=len)[::-1])
        after_single_name = phrase_pattern(words.after_single_name)
        # an office's field, of title words only ("of Energy and Trade", not "of New
        # Zealand"), between a title and the single name after it
        field_word = rf"(?:{literal_alternation(sorted(_title_words(knowledge)))})(?![\w’'-])"
        field = rf"{field_word}(?:[ \u00a0]+(?:and[ \u00a0]+)?{field_word}){{0,3}}"
        styles = rf"(?:(?:{literal_alternation(words.courtesy_styles)})\.?[ \u00a0]+)*"
        retired = rf"(?:(?:{literal_alternation(words.retired_marks)})[ \u00a0]+)?"
        honours = literal_alternation(words.post_nominals)
        # what four patterns want after the name's comma, written once: each is also its
        # pattern's gate, which skips at a comma without it (most blocks hold a comma, few
        # of them one of these)
        comma_title = (
            rf",[ \u00a0]+(?:the[ \u00a0]+|a[ \u00a0]+|an[ \u00a0]+)?[^,.;\n]{{0,60}}?"
            rf"(?<![\w-])(?P<title>{titles})(?![\w])"
        )
        # "Bert Koenders, Dutch Minister for Foreign Affairs": a nationality may come first
        comma_office = (
            rf",[ \u00a0]+(?:{UPPER}[a-z]+[ \u00a0]+)?"
            rf"(?P<title>{titles})[ \u00a0]+(?:of|for|to)[ \u00a0]"
        )
        comma_who = rf",[ \u00a0]+who\b[^.;:\n\"“”]{{1,160}}?,[ \u00a0]+(?:{cues})\b"
        comma_described = rf",[ \u00a0]+(?:\d{{1,3}},[ \u00a0]+)?(?P<description>{_APPOSITIVE})"
        # offices written in lower case before a comma and a name ("his counterpart, Jorge
        # Faurie", ``lower_case_offices`` in ``grammar.toml``)
        lower_offices = literal_alternation(sorted(words.lower_case_offices))
        title_lead = lookahead(rf"(?<![\w-])(?:{titles})")
        honorific_lead = lookahead(rf"(?<![\w-]){_HONORIFIC}")
        patterns = (
            # a title first: its first letters said first (told from the titles alone, so
            # the long pattern is compiled once), as for the honorifics at the end
            # "Maj. Gen. (retired) Aruna Jayasekara": a mark of one retired may stand between
            re.compile(
                rf"{title_lead}(?:(?<![\w-])(?P<title>{titles})[ \u00a0]+{retired}"
                rf"(?P<name>{_NAME})(?![\w-]))"
            ),
            re.compile(
                # (not after an honorific's stop: "Ms. Rebecca Zimmerman, hosted Colombia's
                # Minister" names her, then whom she hosted)
                rf"(?={UPPER})(?:^|(?<=[.;:!?“\"]\s){_NOT_AFTER_HONORIFIC}|(?<=\n)"
                rf"|(?<=^\s))(?P<name>{_NAME})(?:[ \u00a0]+(?:{honours}))?{comma_title}",
                re.MULTILINE,
            ),
            # "A Chinese Foreign Ministry spokesperson, Wang Wenbin, said": title, comma, name;
            # also "the leader of the main opposition party, Izumi Kenta, said", "Minister
            # for International Development, Anneliese Dodds, visited" and a name
            # that ends the sentence ("the city's party secretary, Chen Jining.").
            # "the Prime Minister of Belize, Hon Dean Barrow,", "Minister for Trade, the Hon
            # Steven Ciobo MP,": styles of courtesy before the name, honours after it
            re.compile(
                rf"(?<![\w-])(?P<title>{titles})"
                rf"(?:[ \u00a0]+(?:of|for)[ \u00a0]+[^,.;\n]{{1,60}}?)?,"
                rf"[ \u00a0]+{styles}(?P<name>{_NAME})(?:[ \u00a0]+(?:{honours}))?"
                rf"(?:,[ \u00a0]|\.(?=\s|$))",
            ),
            # "with Moussa Faki, Chairperson of the African Union Commission": a full name
            # where someone is introduced, then its office in capitals and what it is of (an
            # honour perhaps between: "David Rutley MP, UK Minister for the Americas")
            re.compile(
                rf"(?={UPPER}){_INTRODUCED_AFTER}(?P<name>{_NAME})(?:[ \u00a0]+(?:{honours}))?"
                rf"{comma_office}",
                re.MULTILINE,
            ),
            re.compile(
                rf"(?<![\w-])(?:{cues})[ \u00a0]+(?P<name>{_NAME})"
                rf"(?=[ \u00a0]*(?:,|\.|from\b|of\b|at\b|who\b|$))",
                re.MULTILINE,
            ),
            re.compile(
                rf"(?={UPPER})(?:^|(?<=[.;:!?”\"]\s)|(?<=,\s))(?P<name>{_NAME})[ \u00a0]+"
                rf"(?:{cues})\b",
                re.MULTILINE,
            ),
            # "..., first lady Ana Lis said", "opposition leader Ana Lis said": a lower-case
            # role before a full name in subject place, right before a cue.
            re.compile(
                rf"(?={LOWER})(?:^|(?<=[.;:!?”\"]\s)|(?<=,\s))(?:{_LOWER_WORD}[ \u00a0]+){{1,3}}"
                rf"(?P<name>{_NAME})[ \u00a0]+(?:[a-z]+ly[ \u00a0]+)?(?:{cues})\b",
                re.MULTILINE,
            ),
            # "In Bergamo, Paolo Verdini, who runs a valve maker, said": a relative clause
            # between the name and its cue.
            re.compile(
                rf"(?={UPPER})(?:^|(?<=[.;:!?”\"]\s)|(?<=,\s))(?P<name>{_NAME}){comma_who}",
                re.MULTILINE,
            ),
            # "Iryna Bondar, a 52-year-old schoolteacher, said", "Rahul Verma, 34, a nurse
            # from Lviv", "Tom Ashworth, head of trade at the Chambers of Commerce, said",
            # "said Jelena Marković, a researcher at ...", "Among them was Ana Lis, an
            # engineer": a full name in a subject's place with an appositive description.
            re.compile(
                rf"(?={UPPER}){_INTRODUCED_AFTER}(?P<name>{_NAME}){comma_described}",
                re.MULTILINE,
            ),
            # "protester Kim Hye-won, 29, held up a sign", "restaurant owner Grace Cho, 58,
            # said": an age in commas after a full name marks a person wherever it stands.
            re.compile(
                rf"(?={UPPER})(?<![\w’'-])(?P<name>{_NAME}),[ \u00a0]+\d{{1,3}},[ \u00a0]+"
                rf"(?P<description>{_LOWER_WORD})"
            ),
            # "Foreign Minister Sugiono, who ...": a title before a single name (mononyms,
            # common in Indonesia) when no other capitalised word follows.
            # Also before "of <Country>" ("President-elect Buhari of Nigeria") and before a
            # word that cannot go on a name ("King Abdullah today", "President Guelleh and
            # his delegation"), and before a lawmaker's party and state in brackets.
            re.compile(
                rf"(?<![\w-])(?={UPPER})(?P<title>{titles})[ \u00a0]+"
                # "Minister of Trade Pekcan,": the office's field between title and name
                # then a comma and another title or a lower-case word ("..., Minister of
                # Health Koca, taking"), not the office's own run ("of Public Works, Housing",
                # "for Defence Procurement, James Cartlidge")
                rf"(?:(?:of|for)[ \u00a0]+{field}[ \u00a0]+(?!{field_word})"
                rf"(?={_NAME_TOKEN},[ \u00a0]+(?:(?:{titles})(?![\w-])|{LOWER})))?"
                # a regnal number makes the word a name wherever it stands: "King Abdullah II"
                rf"(?:(?P<name>{_NAME_TOKEN}[ \u00a0](?:{regnal}))(?![\w’'-])"
                rf"|(?P<single>{_NAME_TOKEN})"
                rf"(?![\w’'-])(?=,|[ \u00a0]+(?:{cues})\b"
                rf"|[ \u00a0]+(?:of|for)[ \u00a0]+(?:the[ \u00a0]+)?{UPPER}"
                rf"|[ \u00a0]+(?i:{after_single_name})\b"
                # any lower-case word or a sentence's end: no other name word follows
                # ("met with President Musharraf and with ...", "Foreign Minister Kasuri.")
                rf"|(?P<ended>[ \u00a0]+{LOWER}|[.;:!?)](?:\s|$))"
                # "U.S. Senator Menendez (D-N.J.)": a lawmaker's party and state
                rf"|{_PARTY_AND_STATE}))"
            ),
            # "U.S. Senators Rob Portman (R-OH) Jeanne Shaheen (D-NH), Chris Murphy (D-CT)": a
            # full name with a lawmaker's party and state in brackets is a person's
            re.compile(
                rf"(?={UPPER})(?<![\w’'.-])(?:(?P<title>{titles})s?[ \u00a0]+)?"
                rf"(?P<name>{_NAME}){_PARTY_AND_STATE}"
            ),
            re.compile(
                rf"{honorific_lead}(?:(?<![\w-]){_HONORIFIC}[ \u00a0]+(?P<name>{_NAME})(?![\w-]))"
            ),
            re.compile(
                rf"{honorific_lead}(?:(?<![\w-]){_HONORIFIC}[ \u00a0]+(?P<name>{_NAME_TOKEN})"
                rf"(?![\w-])(?![ \u00a0]+{UPPER}))"
            ),
            # an editor's square brackets in a transcript: "Elmar [Mammadyarov, Minister of
            # Foreign Affairs of Azerbaijan]", a given name completed with the surname and
            # office; "the President [Ilham Aliyev]", a title's holder named
            re.compile(
                rf"(?<![\w’'.-])(?={UPPER})(?P<name>{_NAME_TOKEN}[ \u00a0]\[{_NAME_TOKEN}"
                rf"(?:[ \u00a0]{_NAME_TOKEN}){{0,2}}),[ \u00a0]+(?:the[ \u00a0]+)?"
                rf"(?P<title>{titles})(?![\w-])[^\]\n]{{0,120}}\]"
            ),
            re.compile(
                rf"(?<![\w-])(?={UPPER})(?P<title>{titles})[ \u00a0]+\["
                # the office's field may open the bracket, its name may follow the holder's
                # ("Minister [for Foreign Affairs of Korea, Cho Tae-yul]", "the Minister [Al
                # Safadi, Minister of Foreign Affairs of Jordan]")
                rf"(?:(?:of|for)[ \u00a0][^,\]\n]{{1,80}},[ \u00a0]+)?(?P<name>{_NAME})"
                rf"(?:,[^\]\n]{{0,120}})?\](?![ \u00a0]*{UPPER})"
            ),
            # a given name in brackets between the title and the surname ("Senator [Bob]
            # Corker", "General [Michael] Flynn"), or with the title inside them ("[Senior
            # Adviser Jared] Kushner")
            re.compile(
                rf"(?<![\w-])(?:(?={UPPER})(?P<title>{titles})[ \u00a0]+\[|\[(?={UPPER})"
                rf"(?:[A-Z][\w.’'-]*[ \u00a0]+){{0,3}}?(?:{titles})[ \u00a0]+)"
                rf"(?P<name>{_NAME_TOKEN}\][ \u00a0]{_NAME_TOKEN})"
                rf"(?![\w’'-])"
            ),
            # "thanked the city's mayor, Antonio Tutolo, council members", "met his
            # counterpart, Jorge Faurie, in Buenos Aires": an office in lower case (its
            # owner's possessive before it), a comma and a full name that ends there
            re.compile(
                rf"(?<![\w’'-])(?:(?:the|his|her|their|its)[ \u00a0]+|(?=[\w.-]+['’]s[ \u00a0]))"
                rf"(?P<title>(?:[\w.-]+['’]s[ \u00a0]+)?(?:[a-z][\w-]*[ \u00a0]+){{0,3}}?"
                rf"(?:{lower_offices})),[ \u00a0]+(?P<name>{_NAME})"
                rf"(?=[ \u00a0]*(?:[,;]|\.(?:\s|$))|[ \u00a0]+(?:and|in|at|on|to|who|for|during)\b)"
            ),
        )
        # Each pattern's gates, in the same order: the four that start or end with a title,
        # the four with a cue word, the mononym after a title, the age in commas and the two
        # honorifics have one; those with a comma after the name also what follows it, the
        # lawmaker's its party and state, and the office in lower case its comma and name.
        after = [re.compile(p) for p in (comma_title, comma_office, comma_who, comma_described)]
        # the party's letter after its bracket or comma, not the spaces before them: a gate
        # searched from every position must not run over a long run of spaces each time
        party = re.compile(r"(?:\(|,[ \u00a0]+)(?:R|D|I)-")
        bracket = re.compile(r"\[")
        lower_office_comma = re.compile(rf"(?<![\w’'-])(?:{lower_offices}),[ \u00a0]+{UPPER}")
        gates: tuple[tuple[re.Pattern[str], ...], ...] = (
            (title,),
            (title, after[0]),
            (title,),
            (title, after[1]),
            (cue,),
            (cue,),
            (cue,),
            (cue, after[2]),
            (after[3],),
            (age,),
            (title,),
            (party,),
            (honorific,),
            (honorific,),
            (bracket,),
            (bracket, title),
            (bracket, title),
            (lower_office_comma,),
        )
        return tuple(zip(patterns, gates, strict=True))

    return knowledge.cached("vocabulary:discovery-patterns", build)


_STATE = r"[A-Z][A-Za-z.]{1,14}"
"""A US state as a lawmaker's tag writes it: "Ohio", "N.J.", "Minn.", "CT"."""
_PARTY_AND_STATE = (
    # "Rob Portman (R-OH)", "(D-Texas-16)", "(R-South Carolina)": in brackets
    rf"(?:[ \u00a0]+\((?:R|D|I)-{_STATE}(?:[ \u00a0][A-Z][a-z]{{2,12}})?(?:-\d{{1,2}})?\)"
    # "Amy Klobuchar, D-Minn., said": in commas, the news agencies' style
    rf"|,[ \u00a0]+(?:R|D|I)-{_STATE}(?:-\d{{1,2}})?(?=[,;:)]|[ \u00a0\n]|$))"
)
"""A member of Congress's party and state (and district) after their name."""
PARTY_AND_STATE_AFTER = re.compile(_PARTY_AND_STATE)
PARTY_AND_STATE_COUNTRY = "US"
"""The country whose lawmakers a party and state mark: the US Congress's style."""


def lawmaker_country(text: str, name_end: int) -> str | None:
    """The country of a lawmaker whose name, ending at ``name_end``, a party and state
    follow ("Rob Portman (R-Ohio)", "Amy Klobuchar, D-Minn."), else ``None``."""
    marked = PARTY_AND_STATE_AFTER.match(text, name_end) is not None
    return PARTY_AND_STATE_COUNTRY if marked else None


def _met_patterns(knowledge: KnowledgeBase) -> tuple[re.Pattern[str], tuple[re.Pattern[str], ...]]:
    """The patterns that find a full name as the one met ("held talks with Rajmund
    Andrzejczak, ...") or the one who met ("Bashar al-Assad thanked Vladimir Putin"), where
    no title, cue or appositive introduces it; with their gate (a meeting word)."""

    def build() -> tuple[re.Pattern[str], tuple[re.Pattern[str], ...]]:
        words = grammar()
        before = phrase_pattern(words.met_before_name)
        after = phrase_pattern(words.met_after_name)
        return guarded(re.compile(rf"\b(?:{before}|{after})\b")), (
            re.compile(
                rf"(?<![\w-])(?:{before})[ \u00a0]+(?P<name>{_MET_NAME})(?![\w’'.-])"
                rf"(?=[ \u00a0]*(?:[,;:]|\.(?:\s|$)|$)|[ \u00a0]+(?:{_MET_NAME_ENDS})\b)",
                re.MULTILINE,
            ),
            re.compile(
                rf"(?={UPPER})(?:^|(?<=[.;:!?”\"]\s)|(?<=,\s))(?P<name>{_MET_NAME})[ \u00a0]+"
                rf"(?:{after})\b",
                re.MULTILINE,
            ),
        )

    return knowledge.cached("vocabulary:discovery-met-patterns", build)


_MET_NAME = (
    rf"{_NAME_TOKEN}(?:[ \u00a0](?:(?:{_PARTICLE_WORDS})[ \u00a0])*"
    rf"(?:{_NAME_TOKEN}|{_JOINED_PARTICLE})){{1,2}}"
)
"""A full name of two or three words, its lower-case particles included ("Bashar al-Assad")."""
_MET_NAME_ENDS = r"and|in|at|on|for|to|who|during|of|from|as|after|before|over|about"
"""Words that end a name written after a meeting word ("met Rajmund Andrzejczak in Warsaw")."""
