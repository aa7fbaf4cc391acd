"""The shapes of names: letter classes for the capital and lower-case letters of any script, a
name's token, whether a word is capitalised, the slug that makes a name an actor's id, a text
without its accents, and the surname of a full name.

Apart from :mod:`._actors`, which holds the knowledge base: these read names as text, and the
parsers use them without any knowledge (:mod:`._actors` re-exports the public ones).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from diplomatic_events.knowledge._grammar import grammar
from diplomatic_events.typing import ActorId

__all__ = [
    "LOWER",
    "NAME_TOKEN",
    "UPPER",
    "is_capitalised",
    "slug",
]


def _letter_class(predicate: Callable[[str], bool]) -> str:
    """A regex character class of the letters below U+2000 (Latin, Greek, Cyrillic and
    Latin Extended Additional) that ``predicate`` accepts, as ranges."""
    codes = [c for c in (*range(0x41, 0x2000), *range(0x1E00, 0x1F00)) if predicate(chr(c))]
    ranges: list[tuple[int, int]] = []
    for code in sorted(set(codes)):
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1] = (ranges[-1][0], code)
        else:
            ranges.append((code, code))
    parts = (
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
        for a, b in ranges
    )
    return "[" + "".join(parts) + "]"


UPPER = _letter_class(lambda ch: ch.isupper() or ch.istitle())
"""Any capital letter, not only ASCII: names are "Đoković", "Óscar", "Ömer"."""


LOWER = _letter_class(lambda ch: ch.islower() or unicodedata.category(ch) == "Mn" or ch in "ʼ")
"""Any small letter (and combining marks, for text in decomposed form)."""


NAME_TOKEN = (
    # an okina opens a Polynesian name ("Fekitamoeloa ‘Utoikamanu", "ʻAkilisi Pohiva",
    # "Tau'aika 'Uta'atu" typed with a straight mark); a single opening quotation mark opens
    # no word of one letter or two ("‘We")
    rf"(?:ʻ|['‘](?={UPPER}{LOWER}(?:{LOWER}{{2}}|{LOWER}*['’ʻ](?!(?:s|re|ll|ve|d|t|m)\b){LOWER})))?"
    rf"(?:Mc|Mac|Di|De|Du|La|Le|Van|(?:d[aeiu]|la|le|van|von)(?={UPPER})|{UPPER}['’]"
    rf"|Ó[ \u00a0]|Ní[ \u00a0])?{UPPER}{LOWER}+"
    # "Aleamotu’a", "Tuʻivakano": an apostrophe or okina inside a Polynesian name, not a
    # contraction or possessive ("Biden’s", "They’re")
    rf"(?:-{UPPER}?{LOWER}+|['’]{UPPER}{LOWER}+|['’ʻ](?!(?:s|re|ll|ve|d|t|m)\b){LOWER}+)?"
)
"""One capitalised word of a personal name in any Latin, Greek or Cyrillic script
("Marković", "Nguyễn", "O'Brien", "N’Daw", "Ó Briain", "Jean-Luc", "DiSalvo", "LaHood",
"deMilliano", "‘Utoikamanu")."""


def is_capitalised(word: str) -> bool:
    """Whether ``word`` starts with a capital letter of any script ("Đoković", "Émile")."""
    return bool(word) and (word[0].isupper() or word[0].istitle())


def slug(name: str) -> ActorId:
    """A stable id from a name: ``"Frank-Walter Steinmeier"`` -> ``"frank-walter-steinmeier"``,
    ``"Jelena Marković"`` -> ``"jelena-markovic"`` (accents dropped, so the id is ASCII)."""
    folded = unaccented(name.casefold().replace("’", "").replace("'", "").replace(".", ""))
    return ActorId(re.sub(r"[^0-9a-z]+", "-", folded).strip("-") or "actor")


def unaccented(text: str) -> str:
    """``text`` with the accents of its letters taken off and letters no accent makes
    written plainly ("Häkkänen" -> "Hakkanen", "Støre" -> "Store", "Guðni" -> "Gudni"),
    case kept."""
    plain = text.translate(_UNACCENTED)
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", plain) if not unicodedata.combining(ch)
    )


_UNACCENTED = str.maketrans(
    {
        "đ": "d",
        "ø": "o",
        "ł": "l",
        "ß": "ss",
        "æ": "ae",
        "œ": "oe",
        "ı": "i",
        "ð": "d",
        "þ": "th",
        "Đ": "D",
        "Ð": "D",
        "Þ": "Th",
        "Ø": "O",
        "Ł": "L",
        "Æ": "Ae",
        "Œ": "Oe",
    }
)


_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _surname_of(name: str, family_first: bool) -> str:
    tokens = [
        token.rstrip(",") for token in name.split() if token.strip(".,").casefold() not in _SUFFIXES
    ]
    if not tokens:
        return name
    particles = grammar().patronymic_particles
    for index, token in enumerate(tokens[1:-1], start=1):
        if token.casefold() in particles:
            # "Salman bin Hamad Al Khalifa" is "Salman bin Hamad", never "Khalifa" or "Hamad"
            return " ".join(tokens[: index + 2])
    if family_first:
        return tokens[0]
    # "Howard A. Van Vranken" is "Van Vranken": capitalised particles before the last word
    start = len(tokens) - 1
    surname_particles = grammar().surname_particles
    while (
        start > 1
        and tokens[start - 1][:1].isupper()
        and tokens[start - 1].casefold() in surname_particles
    ):
        start -= 1
    return " ".join(tokens[start:])
