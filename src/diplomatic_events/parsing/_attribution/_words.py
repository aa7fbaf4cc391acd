"""The word patterns of attribution: speaking verbs, pronouns, documents, unnamed sources, roles."""

from __future__ import annotations

import functools
import re

from diplomatic_events.knowledge._grammar import grammar
from diplomatic_events.knowledge._prefilter import guarded

_SPEAKING = re.compile(
    r"\b(?:spoke|speaks|addressed|addresses|thanked|thanks|told|tells|briefed|remarked"
    r"|responded|responding|answered|welcomed|welcomes|greeted)\b"
)
"""Verbs of speaking that introduce what the next paragraph quotes."""

_PRONOUNS = {"he": "male", "hs": "male", "she": "female", "it": "it", "they": "they"}
_TIME_WORDS = re.compile(
    r"(?i)\b(?:(?:on|last|this|earlier|later|late|early)[ \u00a0]+)?(?:monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|today|yesterday|tonight|week|month|year|morning|"
    r"afternoon|evening|night|earlier|later|again|also|previously|recently|"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)(?:[ \u00a0]+\d{1,2})?)\b"
)
_DOCUMENTS = r"statement|readout|transcript|communiqu[eé]|release|report|post|editorial"
_UNNAMED = re.compile(
    r"(?<![\w-])(?P<phrase>(?:(?:a|an|one|the|two|three|several|some|other|another)[ \u00a0]+)?"
    r"(?:(?!(?:of|with|to|in|at|by|for|from|and|or|a|an|the|that|who|on|said|says|told)\b)"
    r"[\w.’'-]+[ \u00a0]+){0,5}?(?:officials?|diplomats?|sources?|spokes(?:man|woman|person)"
    r"|ambassadors?|advis[eo]rs?|aides?)"
    # "a member of the Zedlandic delegation": one of a party, unnamed.
    r"|(?:(?:a|an|one|the|two|three|several|some|other|another)[ \u00a0]+)?members?[ \u00a0]+of"
    r"[ \u00a0]+(?:the|a|an|his|her|their)[ \u00a0]+(?:[\w.’'-]+[ \u00a0]+){0,3}?"
    r"(?:delegation|entourage|team))"
    # "the official KCNA news agency", "official state media": an adjective, not a person.
    r"(?!(?<=official)[ \u00a0]+(?:(?-i:(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)[A-Z])"
    r"|(?:news|media|agency|state|newspaper|daily|television|broadcaster|mouthpiece|visit"
    r"|trip|talks|ceremony|statement|readout)\b))"
    r"(?:[ \u00a0]+(?:in[ \u00a0]+the[ \u00a0]+room|familiar[ \u00a0]+with[ \u00a0]+[^,.;]+"
    r"|(?:in|from)[ \u00a0]+(?:[a-z]+[ \u00a0]+)?[A-Z][\w’'-]+))?"
    r"(?![\w-])",
    re.IGNORECASE,
)
_UNNAMED = guarded(_UNNAMED)
_UNNAMED_HEAD = re.compile(
    r"official|diplomat|source|spokes|ambassador|advis[eo]r|aide|member", re.IGNORECASE
)
"""What every match of :data:`_UNNAMED` holds (its head noun): a window without any of
these has no unnamed source, and is not searched for one."""
_DOCUMENT = re.compile(
    rf"(?<![\w-])(?P<phrase>(?:the|a|an|its|their|his|her)[ \u00a0]+(?:[\w.’'-]+[ \u00a0]+){{0,3}}?"
    rf"(?:{_DOCUMENTS}))(?![\w-])",
    re.IGNORECASE,
)
_REPORTED = re.compile(
    r"(?<![\w-])(?:(?P<cue>said|says|added|adds)"
    r"(?:[ \u00a0]+(?:on|in|at|during|after|over|last|this|late|early)[ \u00a0]+[^,.;:]{1,40}?"
    r"(?=[ \u00a0]+that\b))?[ \u00a0]+(?:that[ \u00a0]+)?"
    # Other verbs take a noun object too ("stressed the commitment"): only with "that".
    r"|(?P<that_cue>told(?:[ \u00a0]+[\w’'.-]+){1,4}?|noted|stressed|warned|insisted"
    r"|argued|acknowledged|confirmed|announced)[ \u00a0]+that[ \u00a0]+)(?=[\w])"
)
_MODIFYING = re.compile(r"[ \u00a0]+[a-z]+ing\b[^,;:\x00\n]*?(?=,|[ \u00a0]*$)")
_QUOTING = re.compile(
    r"(?i)(?<![\w-])quot(?:ing|ed|es|e)[ \u00a0]+(?P<who>[^,;:\x00]{1,60}?)[ \u00a0]+as[ \u00a0]+$"
)
_PRONOUN = re.compile(r"(?<![\w’'-])(?P<phrase>[Hh]e|[Ss]he|Hs|[Ii]t|[Tt]hey)(?![\w’'-])")


@functools.cache
def role_pattern() -> re.Pattern[str]:
    """ "the general", "the chairman": a noun of a rank or office (``role_nouns`` in
    ``grammar.toml``) that stands for a person."""
    nouns = sorted(grammar().role_nouns, key=len, reverse=True)
    alternation = "|".join(re.escape(n).replace(r"\ ", r"[ \u00a0]+") for n in nouns)
    return re.compile(
        rf"(?<![\w’'-])(?P<phrase>[Tt]he[ \u00a0]+(?P<noun>{alternation}))(?![\w’'-])"
    )


# Words that open a new clause: a cue before them does not reach a quotation after them.
# "as", "when", "after" also head phrases in running text ("blamed X as the 'root cause'");
# headlines chain clauses with them ("X urges Y as Z's 'controversial' trip draws fire").
_CLAUSE_BOUNDARY = re.compile(r"[;—–]|(?<![\w-])(?:while|whereas|because|although|though)(?![\w-])")
_HEADLINE_CLAUSE_BOUNDARY = re.compile(
    r"[;—–]|(?<![\w-])(?:as|while|whereas|because|since|although|though|when|after|before)"
    r"(?![\w-])"
)
# Words that open a sentence with a phrase before its subject: "Asked whether ..., X said".
_OPENING_PHRASE = re.compile(
    r"(?:Asked|Pressed|Questioned|Speaking|Having|After|Before|When|While|As|During|Following"
    r"|Despite|Unlike|Like|Standing|Sitting|Arriving|Responding|Turning|Addressing)\b"
)
# "the two leaders", "both presidents": the pair the story has just named.
_PAIR = re.compile(
    r"(?<![\w-])(?P<phrase>(?:[Tt]he|[Bb]oth)[ \u00a0]+(?:two[ \u00a0]+)?(?:leaders|presidents|men"
    r"|women|heads[ \u00a0]+of[ \u00a0]+state))(?![\w’'-])"
)
# Between a subject and its cue: a relative clause, without commas ("A diplomat who asked
# not to be named because he ... said") or between them ("Verdini, who runs ..., said").
_RELATIVE = re.compile(
    r"(?:[ \u00a0]+who\b[^,;:\x00\"“”\n]*?|[ \u00a0]*,[ \u00a0]*who\b[^;:\x00\"“”\n]*?,)"
    r"[ \u00a0]*(?:[a-z]+ly[ \u00a0]+)?"
)
# "The department said": a body the story has just named, by its head noun.
_BODY = re.compile(
    r"(?<![\w-])(?P<phrase>[Tt]he[ \u00a0]+(?P<noun>department|ministry|embassy|office|council"
    r"|commission|agency|secretariat|presidency|chancellery))(?![\w’'-])"
)
# "Putin's warning that ...": a possessor's words, then what they said.
_SPEECH_NOUN = re.compile(
    r"['’]s?[ \u00a0]+(?:[a-z]+[ \u00a0]+)?(?P<noun>warnings?|claims?|remarks?|comments?|words"
    r"|threats?|pledges?|promises?|assertions?|accusations?|insistence|suggestions?|vows?"
    r"|descriptions?|calls?)[ \u00a0]+(?:that|of)[ \u00a0]"
)
# "according to footage released by the Kremlin": pictures are a channel, not a speaker.
_WORD_OR_DOT = re.compile(r"[\w.]")
_CHANNEL = re.compile(
    r"(?i)[ \u00a0]+(?:the[ \u00a0]+|a[ \u00a0]+)?(?:\w+[ \u00a0]+)?(?:footage|videos?|images"
    r"|pictures|photos|photographs|recordings?|clips?)\b"
)
