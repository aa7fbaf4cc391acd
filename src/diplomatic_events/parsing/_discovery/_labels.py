"""People a transcript introduces by its speaker labels: "JAMES MARAPE, PRIME MINISTER OF
PAPUA NEW GUINEA:", "President of Mongolia Ukhnaagiin Khurelsukh:", "MINISTER JORGE BURGOS:".

A label names its speaker in full with the office, often the country too, and a transcript
may name them nowhere else: the label is the introduction.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence

from diplomatic_events.knowledge import KnowledgeBase, slug
from diplomatic_events.knowledge._grammar import grammar
from diplomatic_events.model import Actor, ActorKind, Block, Role
from diplomatic_events.parsing._discovery._comma_titled import comma_titled_names
from diplomatic_events.parsing._discovery._countries import _country_in_title
from diplomatic_events.parsing._discovery._titled import _titled_names
from diplomatic_events.parsing._discovery._titles import _is_office_word, _title_words

__all__ = ["label_people", "speaker_label", "title_case_label", "titled_person"]

SPEAKER_LABEL = re.compile(
    r"(?P<label>[^\n:“”\"]{2,90}?)(?:\s+(?:\([^)\n]{1,40}\)|\[[^\]\n]{1,40}\]))?"
    r"(?::[ \u00a0\t]+(?=\S)|(?<=[A-Z]):(?=[A-Z“\"]))"
)
"""A transcript's speaker label at the start of a block: "SECRETARY AUSTIN: ...",
"President of Russia Vladimir Putin: ...", "Xi Jinping (retranslated): ...", "Prime Minister
Suga [delivered via translator]: ...", and a label in capitals with no space after its colon
("JULIE BISHOP:Thank you ...")."""

_LOWER_IN_NAMES = frozenset({"of", "the", "for", "and", "on", "to", "de", "da", "van", "von"})
_LABEL_NAME = r"[A-Z][\w’'.-]*(?:[ \u00a0]+(?:[A-Z][\w’'.-]*|bin|ibn|al|el)){1,4}"
_NAME_THEN_OFFICE = re.compile(rf"(?P<name>{_LABEL_NAME}),[ \u00a0]+(?P<title>[A-Z][^,]*)")


_TITLED_LABEL = re.compile(
    r"(?P<label>(?:[A-Z][\w’'-]*[ \u00a0]+|[A-Z][a-z]{1,3}\.[ \u00a0]+){1,3}[A-Z][\w’'-]+)"
    r"\.[ \u00a0]+(?=\S)"
)
"""A label of a title and a name closed by a full stop, as some archives print transcripts
("President Biden. Mr. President, welcome back to the Oval.")."""
_CAPITALS_LABEL = re.compile(
    r"(?P<label>[A-Z][A-Z’'.-]+(?:[ \u00a0]+[A-Z][A-Z’'.-]+){1,6})[ \u00a0]+(?=[A-Z][a-z])"
)
"""A label in capitals with no colon, the speech right after it on its line, as some
transcripts print their speakers ("MINISTER NKOANA-MASHABANE Once again to my friend ...");
a label only when it names a known person."""
_OWN_LINE_LABEL = re.compile(r"[ \t\u00a0]*(?P<label>[A-Z][^\n:“”\"]{1,90}?):[ \t\u00a0]*")
"""A block that is only a speaker's label and a colon, the speech on the lines below."""
_LINE_LABEL = re.compile(
    rf"[ \t\u00a0]*(?P<label>{_LABEL_NAME}),[ \u00a0]+(?P<title>[A-Z][^,]*?)[ \t\u00a0]*"
)
"""A block that is only a name and its office, as some sites print a transcript's speakers
on a line of their own ("Shinzo Abe, Prime Minister of Japan")."""


def _label_at(text: str, start: int, end: int) -> re.Match[str] | None:
    """:data:`SPEAKER_LABEL` at ``start``: a block with no colon (most) is told by one
    look for it instead of the pattern's tries of every length of label."""
    if text.find(":", start, end) < 0:
        return None
    return SPEAKER_LABEL.match(text, start, end)


def _label_words_at(text: str, start: int, end: int) -> re.Match[str] | None:
    """:func:`_label_at`, unless the words before the colon read as a sentence's."""
    label = _label_at(text, start, end)
    if label is not None and _reads_as_prose(label["label"]):
        return None  # "And I say: ...", "Let me be clear: ...": speech, not a label
    return label


_PROSE_WORD = re.compile(r"(?<![\w’'.-])[a-z][\w’'-]*")


def _reads_as_prose(words: str) -> bool:
    """Whether the words before a colon are a sentence's, not a speaker's: a lower-case
    word other than a name's or an office's joiners ("of", "the", "bin")."""
    allowed = _label_lower_words()
    return any(m.group() not in allowed for m in _PROSE_WORD.finditer(words))


@functools.cache
def _label_lower_words() -> frozenset[str]:
    """The lower-case words a label may hold: joiners and the name particles of
    ``grammar.toml`` ("Salman bin Hamad", "Ursula von der Leyen")."""
    words = grammar()
    return _LOWER_IN_NAMES | words.patronymic_particles | words.surname_particles


def speaker_label(
    knowledge: KnowledgeBase, text: str, start: int, end: int
) -> re.Match[str] | None:
    """The speaker label opening the block ``text[start:end]``, its words in group
    ``label``: a name and a colon; a block that is only a name and an office with an office
    word in it, or only a label with an office word and a colon; or a title and a name
    closed by a full stop (the title word first, so a sentence is not taken for a label)."""
    label = _label_words_at(text, start, end)
    if label is not None:
        return label
    title_words = _title_words(knowledge)
    line = _LINE_LABEL.fullmatch(text, start, end)
    if (
        line is not None
        and not line["title"].rstrip().endswith((".", "!", "?", ":", ";"))
        and any(_is_office_word(word, title_words) for word in line["title"].split())
    ):
        return line
    own_line = _OWN_LINE_LABEL.fullmatch(text, start, end)
    if own_line is not None and _reports_speech(knowledge, own_line["label"]):
        own_line = None  # "Secretary Blinken said:" opens a quotation, it labels no speech
    if own_line is not None and any(
        _is_office_word(word.strip(","), title_words)
        for word in title_case_label(own_line["label"]).split()
    ):
        return own_line  # "Prime Minister:" or "Rt Hon Jacinda Ardern, Prime Minister of ...:"
    titled = _TITLED_LABEL.match(text, start, end)
    if titled is not None and titled["label"].split()[0].rstrip(".") in title_words:
        return titled
    capitals = _CAPITALS_LABEL.match(text, start, end)
    if capitals is not None and _names_a_known_person(knowledge, capitals["label"]):
        return capitals
    return None


def _names_a_known_person(knowledge: KnowledgeBase, words: str) -> bool:
    """Whether a label in capitals, in title case, names a person the knowledge holds."""
    return bool(knowledge.people_named(title_case_label(words)))


def _reports_speech(knowledge: KnowledgeBase, words: str) -> bool:
    """Whether a line ends on a speech cue ("... Nicholas Woolley said")."""
    last = words.split()[-1].casefold() if words.split() else ""
    cues = knowledge.cached(
        "vocabulary:label-cue-words",
        lambda: frozenset(c.casefold() for c in knowledge.cues if " " not in c),
    )
    return last in cues


def title_case_label(words: str) -> str:
    """A label in capitals as names are written: "JAMES MARAPE, PRIME MINISTER OF PAPUA NEW
    GUINEA" is "James Marape, Prime Minister of Papua New Guinea", "SALMAN BIN HAMAD" is
    "Salman bin Hamad"; a label not all in capitals is returned as it is."""
    if not words.isupper():
        return words
    lower = _LOWER_IN_NAMES | grammar().patronymic_particles
    return re.sub(
        r"[\w’'.-]+",
        lambda m: m.group().lower() if m.group().lower() in lower else m.group().title(),
        words,
    )


def _titled_surname(words: str, title_words: frozenset[str]) -> str | None:
    """The surname of a label that is title words and one name ("Foreign Minister Sabry")."""
    parts = words.split()
    if len(parts) < 2 or not all(p.rstrip(".") in title_words for p in parts[:-1]):
        return None
    last = parts[-1]
    if last.rstrip(".") in title_words or last in grammar().name_stop_words:
        return None
    return last if re.fullmatch(r"[A-Z][a-z][\w’'-]+", last) else None


def label_people(text: str, blocks: Sequence[Block], knowledge: KnowledgeBase) -> Iterator[Actor]:
    """The people named by the speaker labels of ``blocks`` whom ``knowledge`` does not know."""
    title_words = _title_words(knowledge)
    for block in blocks:
        label = _label_words_at(text, block.start, block.end)
        if label is None:
            continue
        words = title_case_label(label["label"].strip())
        if knowledge.people_named(words):
            continue
        found = _NAME_THEN_OFFICE.fullmatch(words)
        if found is not None and any(
            _is_office_word(word, title_words) for word in found["title"].split()
        ):
            name, title = found["name"], found["title"]
        else:
            titled = _titled_names(words, knowledge)
            after_comma = comma_titled_names(words, knowledge) if not titled else []
            if len(titled) == 1 and titled[0].end == len(words):
                name, title = titled[0].name, titled[0].title
            elif len(after_comma) == 1 and after_comma[0].end == len(words):
                # "Minister for International Development and the Pacific, Pat Conroy:"
                name, title = after_comma[0].name, after_comma[0].title
            elif (
                label["label"].isupper()
                and (surname := _titled_surname(words, title_words)) is not None
                # "SENIOR STATE DEPARTMENT OFFICIAL:" names an office, not a person
                and surname not in knowledge.not_name_words
            ):
                # "PRESIDENT GIAMMATTEI:": a title and a surname name a person in a label
                name, title = surname, words[: -len(surname)].strip()
            else:
                continue
        yield titled_person(name, title, knowledge)


def titled_person(name: str, title: str, knowledge: KnowledgeBase) -> Actor:
    """A person a label or a head line introduces with their office: the office is their
    role, and the country it names theirs."""
    return Actor(
        id=slug(name),
        name=name,
        kind=ActorKind.PERSON,
        country=_country_in_title(title, knowledge),
        roles=(Role(title=title),),
        discovered=True,
    )
