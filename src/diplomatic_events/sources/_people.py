"""Names of the people a page credits: bylines, contributor lines, live-page editors."""

from __future__ import annotations

import re

__all__ = [
    "BYLINE",
    "CONTRIBUTED",
    "CREDITS",
    "EDITED_BY",
    "WRITERS",
    "is_person_name",
    "split_names",
]

BYLINE = re.compile(r"^By:?\s+(?P<names>[A-Z].*?)(?:\s*[|,]\s*(?:[A-Z][\w&.]*\s?){1,3})?$")
CONTRIBUTED = re.compile(
    # The names end before a space (or are the line's first character): ending inside a run
    # of spaces finds nothing its first space does not, and would cost its length squared.
    r"^(?:Additional reporting by\s+(?P<by>.+?)\.?$"
    r"|(?P<names>.+?)(?:(?<!\s)|(?<=^\s))\s+contributed"
    r"(?: reporting| additional reporting)? to this (?:report|story|article)\.?$)"
)
EDITED_BY = re.compile(
    r"(?i)\b(?:page|coverage|blog|live page|live coverage)\s+(?:was|has been|is|were)\s+"
    r"edited by\s+(?P<names>[^.]+)"
)
WRITERS = re.compile(
    r"(?i)\bthe (?:writers?|reporters?)\s+(?:were|was|are|is|have been)\s+(?P<names>[^.]+)"
)
CREDITS = re.compile(
    r"(?i)\b(?P<role>(?:additional )?reporting|writing|editing|compiled|produced) by\s+"
    r"(?P<names>[^;.]+)"
)
_ROLE_PREFIX = re.compile(r"^.*?\b(?:writers?|reporters?|correspondents?|journalists?)\s+(?=[A-Z])")
_PLACE_SUFFIX = re.compile(r"\s+(?:in|from)\s+[A-Z][\w .'’-]*$")
_OWNER = re.compile(r"^(?:[A-Z][\w&.]*\s){0,3}[A-Z][\w&.]*[’']s?\s+")
_SEPARATORS = re.compile(r"\s*(?:,\s*and\s+|,\s*|\s+and\s+|\s*&\s*)")
_NAME_TOKEN = re.compile(r"^(?:[A-Z][\w.'’-]*|de|da|van|von|der|bin|al|la|le)$")


def is_person_name(text: str) -> bool:
    """Whether ``text`` looks like a person's name: two to five capitalised words."""
    tokens = text.split()
    return (
        2 <= len(tokens) <= 5
        and len(text) <= 50
        and tokens[0][:1].isupper()
        and tokens[-1][:1].isupper()
        and all(_NAME_TOKEN.match(token) for token in tokens)
        and not any(ch.isdigit() for ch in text)
    )


def split_names(text: str, *, keep: tuple[str, ...] = ()) -> list[tuple[str, int, int]]:
    """The names in a list ("A, B and C"), each with its offsets inside ``text``.

    A leading outlet possessive ("CNN's Steven Jiang") is dropped. Words in ``keep``
    (such as "myself") are returned even though they are not names.
    """
    offset = 0
    owner = _OWNER.match(text)
    if owner and not is_person_name(text[: owner.end()].strip().rstrip("’'s")):
        offset = owner.end()
    names: list[tuple[str, int, int]] = []
    position = offset
    for part in _SEPARATORS.split(text[offset:]):
        at = text.find(part, position)
        position = at + len(part)
        # "Associated Press writer Zen Soo in Hong Kong" -> "Zen Soo"
        role = _ROLE_PREFIX.match(part)
        if role:
            at, part = at + role.end(), part[role.end() :]
        part = _PLACE_SUFFIX.sub("", part)
        name = part.strip().rstrip(".")
        if name and (is_person_name(name) or name.lower() in keep):
            names.append((name, at, at + len(name)))
    return names
