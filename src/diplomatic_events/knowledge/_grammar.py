"""Closed classes of words the parsers read text with: name stop words, sentence starters,
prepositions, first-person pronouns, patronymic particles, titles that name a posting,
envoys' titles, surname particles and a few short phrase lists.

They are function words, not facts about the world, but they are still data: one bundled
file (``grammar.toml``) that a user can extend, read once.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from pathlib import Path

import attrs
from attrs import frozen

from diplomatic_events.knowledge._files import read_data_files

__all__ = [
    "Grammar",
    "first_person_pattern",
    "grammar",
    "literal_alternation",
    "load_grammar",
    "phrase_pattern",
]


@frozen(kw_only=True)
class _GrammarFile:
    name_stop_words: tuple[str, ...] = ()
    stop_word_surnames: tuple[str, ...] = ()
    sentence_starters: tuple[str, ...] = ()
    prepositions: tuple[str, ...] = ()
    first_person: tuple[str, ...] = ()
    patronymic_particles: tuple[str, ...] = ()
    name_abbreviations: tuple[str, ...] = ()
    posting_titles: tuple[str, ...] = ()
    embassy_titles: tuple[str, ...] = ()
    spokesperson_titles: tuple[str, ...] = ()
    surname_particles: tuple[str, ...] = ()
    after_single_name: tuple[str, ...] = ()
    regnal_numbers: tuple[str, ...] = ()
    separately: tuple[str, ...] = ()
    together: tuple[str, ...] = ()
    host_verbs: tuple[str, ...] = ()
    earlier_visit: tuple[str, ...] = ()
    country_openings: tuple[str, ...] = ()
    owned_groups: tuple[str, ...] = ()
    agent_nouns: tuple[str, ...] = ()
    visited_titles: tuple[str, ...] = ()
    carried_words: tuple[str, ...] = ()
    region_words: tuple[str, ...] = ()
    met_before_name: tuple[str, ...] = ()
    met_after_name: tuple[str, ...] = ()
    heading_verbs: tuple[str, ...] = ()
    post_nominals: tuple[str, ...] = ()
    courtesy_styles: tuple[str, ...] = ()
    retired_marks: tuple[str, ...] = ()
    roster_nouns: tuple[str, ...] = ()
    roster_verbs: tuple[str, ...] = ()
    party_nouns: tuple[str, ...] = ()
    party_joined: tuple[str, ...] = ()
    party_leader_after: tuple[str, ...] = ()
    party_travel: tuple[str, ...] = ()
    reported_verbs: tuple[str, ...] = ()
    held_to_meet: tuple[str, ...] = ()
    went_to_meet: tuple[str, ...] = ()
    party_joining: tuple[str, ...] = ()
    topic_clauses: tuple[str, ...] = ()
    leader_phrases: tuple[str, ...] = ()
    agentless_meetings: tuple[str, ...] = ()
    delegation_nouns: tuple[str, ...] = ()
    trip_first_day: tuple[str, ...] = ()
    trip_second_day: tuple[str, ...] = ()
    trip_last_day: tuple[str, ...] = ()
    some_day_of_trip: tuple[str, ...] = ()
    trip_nouns: tuple[str, ...] = ()
    trip_openings: tuple[str, ...] = ()
    trip_ongoing: tuple[str, ...] = ()
    trip_endings: tuple[str, ...] = ()
    trip_closings: tuple[str, ...] = ()
    same_day_openings: tuple[str, ...] = ()
    stop_openings: tuple[str, ...] = ()
    plural_titles: tuple[str, ...] = ()
    visit_verbs: tuple[str, ...] = ()
    stop_ties: tuple[str, ...] = ()
    ahead_words: tuple[str, ...] = ()
    period_ends: tuple[str, ...] = ()
    greeted_ranks: tuple[str, ...] = ()
    office_heads: tuple[str, ...] = ()
    lower_case_offices: tuple[str, ...] = ()
    office_qualifiers: tuple[str, ...] = ()
    attended_words: tuple[str, ...] = ()
    deliberation_verbs: tuple[str, ...] = ()
    another_time_words: tuple[str, ...] = ()
    motto_words: tuple[str, ...] = ()
    clause_words: tuple[str, ...] = ()
    title_stop_words: tuple[str, ...] = ()
    title_case_minor_words: tuple[str, ...] = ()
    female_titles: tuple[str, ...] = ()
    male_titles: tuple[str, ...] = ()
    honorifics: tuple[str, ...] = ()
    name_styles: tuple[str, ...] = ()
    naming_verbs: tuple[str, ...] = ()
    term_nouns: tuple[str, ...] = ()
    sign_nouns: tuple[str, ...] = ()
    link_list_headers: tuple[str, ...] = ()
    act_verbs: tuple[str, ...] = ()
    speech_verbs: tuple[str, ...] = ()
    speech_nouns: tuple[str, ...] = ()
    habit_adverbs: tuple[str, ...] = ()
    role_nouns: dict[str, tuple[str, ...]] = attrs.field(factory=dict)


@frozen(kw_only=True)
class Grammar:
    """The word classes, each a set."""

    name_stop_words: frozenset[str]
    """Capitalised words that never begin or make up a person's name ("The", "Monday")."""
    stop_word_surnames: frozenset[str] = frozenset()
    """Stop words that are also surnames ("West", "Hall"): one may end a name after a rank
    and a given name ("Col. Allen West", "Chief Warrant Officer 3 Allen West")."""
    sentence_starters: frozenset[str]
    """Words that open a sentence ("His", "But"), so a dot before them ends one."""
    prepositions: frozenset[str]
    """Prepositions (lower case): a name right after one is its object, not a subject."""
    first_person: frozenset[str] = frozenset()
    """First-person pronouns ("I", "we", "our"): a labelled speaker telling their own doings."""
    patronymic_particles: frozenset[str] = frozenset()
    """Words before a father's name ("bin", "ibn"): the name after one is no surname."""
    name_abbreviations: frozenset[str] = frozenset()
    """Abbreviations, as written and without their dot, that open a place's or a saint's
    name ("Ft. Meade", "St. Francis"): the name after one is no person's surname."""
    posting_titles: frozenset[str] = frozenset()
    """Titles whose "to" names a posting ("Ambassador to Zambia"), not the holder's country."""
    embassy_titles: frozenset[str] = frozenset()
    """Titles of envoys abroad ("Ambassador"): with a visitor from home, they attend as staff."""
    spokesperson_titles: frozenset[str] = frozenset()
    """Words in a spokesperson's title ("spokesperson"), lower case: who tells of a meeting."""
    surname_particles: frozenset[str] = frozenset()
    """Particles that, capitalised, belong to the surname after them ("Van Vranken")."""
    after_single_name: frozenset[str] = frozenset()
    """Phrases after a title's single name that end it ("today", "and his")."""
    regnal_numbers: frozenset[str] = frozenset()
    """Regnal numbers that make the word before them a name ("II"), as written."""
    separately: frozenset[str] = frozenset()
    """Phrases saying the people named met a subject one at a time ("separately")."""
    together: frozenset[str] = frozenset()
    """Phrases saying the people named met a subject all at once ("a joint meeting with")."""
    host_verbs: frozenset[str] = frozenset()
    """Verbs of a host receiving visitors ("hosted"), lower case: the visitors listed after
    one came as one party and met the host together."""
    earlier_visit: frozenset[str] = frozenset()
    """Openings of a clause about a speaker's earlier visit ("when I visited")."""
    country_openings: frozenset[str] = frozenset()
    """Sentence openings before the country it happens in ("In", "While in")."""
    owned_groups: frozenset[str] = frozenset()
    """Phrases naming someone's people after a possessive ("administration", "envoy"): the
    owner is not among them ("members of President Marcos' administration")."""
    visited_titles: frozenset[str] = frozenset()
    """Offices, as written, after "visited" that make it a call on their holder ("visited
    President Lula"), not a place."""
    agent_nouns: frozenset[str] = frozenset()
    """Nouns for one who acts for someone, before "of" and their name ("special
    representative of President Hu Jintao"): the one named is not there; unlike a group
    ("a delegation of Senators A and B"), whose members the names are."""
    region_words: frozenset[str] = frozenset()
    """Capitalised words of the world's regions that an office is for ("Minister for
    Africa", "Minister of State for the Middle East"), as written."""
    carried_words: frozenset[str] = frozenset()
    """Things carried from someone absent ("a message of congratulations from X"): the sender
    named after "from" is not at the meeting."""
    met_before_name: frozenset[str] = frozenset()
    """Meeting words a full name follows as the one met ("held talks with Rajmund
    Andrzejczak,"): a person no title introduces."""
    met_after_name: frozenset[str] = frozenset()
    """Meeting words a full name opens a clause before, as the one who met or received
    ("Bashar al-Assad thanked Vladimir Putin")."""
    heading_verbs: frozenset[str] = frozenset()
    """Verbs a title-case heading puts right after a name ("Secretary Mattis Hosts ..."),
    lower case: capitalised like a name's next word, they end the name instead."""
    post_nominals: frozenset[str] = frozenset()
    """Letters of honours and offices written after a name ("Mark Binskin AC", "John Key
    MP"), as written: no part of the name."""
    courtesy_styles: frozenset[str] = frozenset()
    retired_marks: frozenset[str] = frozenset()
    roster_nouns: frozenset[str] = frozenset()
    roster_verbs: frozenset[str] = frozenset()
    """Styles of courtesy between an office and a name ("..., Hon Dean Barrow"), as written
    and without their dot: no office, so the office before the comma is the title."""
    party_nouns: frozenset[str] = frozenset()
    """Nouns of a travelling party ("delegation", "team"), lower case: "the delegation met
    with A and B" tells the story's protagonist's meetings with each."""
    party_joined: frozenset[str] = frozenset()
    """Phrases naming a travelling party's members ("accompanied by", "the delegation
    included"), lower case: the people of the leader's country named in that sentence are
    the party, at the meetings "the delegation" holds."""
    party_leader_after: frozenset[str] = frozenset()
    """Of ``party_joined``, the phrases the party's leader is named first after ("led by",
    "accompanying"); after the others the leader is the one named before, if anyone."""
    held_to_meet: frozenset[str] = frozenset()
    """Words right before "to meet" telling of a meeting held ("privilege", "opportunity",
    "able"), lower case: "had the opportunity to meet with A" does not look ahead."""
    went_to_meet: frozenset[str] = frozenset()
    """Past verbs of going some words before "to meet" that tell of a meeting held
    ("travelled to Guyana to meet with President Granger")."""
    reported_verbs: frozenset[str] = frozenset()
    """Verbs reporting what was said or agreed at a meeting ("agreed", "confirmed"), lower
    case: with ``speech_verbs`` and ``deliberation_verbs``, "<verb> that" after the meeting
    word opens words reported, whose "will" is not the meeting's."""
    party_travel: frozenset[str] = frozenset()
    """Words of a party going somewhere ("visited", "traveled to"), lower case: the people of
    one country listed as their subjects are the party."""
    party_joining: frozenset[str] = frozenset()
    """Verbs of joining another's trip ("joined", "joins"), lower case: "A joined B on a
    congressional delegation" makes A and B the party."""
    topic_clauses: frozenset[str] = frozenset()
    """Openings of a clause about what a meeting was about, after its people ("and
    discussed", "to discuss"): people named there were not at the meeting."""
    leader_phrases: frozenset[str] = frozenset()
    """Phrases before the leader of a group ("led by", "headed by")."""
    agentless_meetings: frozenset[str] = frozenset()
    """Meetings told without who held them ("Meetings were held with"): the story's
    protagonist held them."""
    delegation_nouns: frozenset[str] = frozenset()
    """Nouns of a country's side at talks ("delegation"): the heads of two countries'
    ("A led the U.S. delegation and B led the Peruvian delegation") met."""
    trip_first_day: frozenset[str] = frozenset()
    """Phrases naming the first of a trip's stated days ("first day", "upon arrival")."""
    trip_second_day: frozenset[str] = frozenset()
    """Phrases naming the second of a trip's stated days ("second day")."""
    trip_last_day: frozenset[str] = frozenset()
    """Phrases naming the last of a trip's stated days ("final day", "closing day")."""
    some_day_of_trip: frozenset[str] = frozenset()
    """Openings of a phrase placing a meeting on some day of a trip ("during this visit",
    "throughout the trip"), before up to three words and the trip's noun."""
    trip_nouns: frozenset[str] = frozenset()
    """Nouns of a trip after its length ("a two-day visit", "her five-day official trip"):
    a finished trip of several days dates its undated meetings to the month, not a day."""
    trip_openings: frozenset[str] = frozenset()
    """Words right before a trip's length that tell the page is written on one of its days
    ("arrived on a two-day visit", "begins a three-day trip", "my two-day visit")."""
    trip_ongoing: frozenset[str] = frozenset()
    """Verbs right after a trip's noun that tell it goes on as the page is written ("The
    2-day visit is an opportunity to ..."): the page's day is one of the trip's."""
    trip_endings: frozenset[str] = frozenset()
    """Verbs of coming back from a trip ("returned from"), lower case, before its noun: its
    undated meetings were on its earlier days, so they take the month."""
    trip_closings: frozenset[str] = frozenset()
    """Verbs of closing a trip ("concluded", "wrapped up"), lower case, before its noun: as
    ``trip_endings`` when the sentence names no day."""
    same_day_openings: frozenset[str] = frozenset()
    """Words opening a sentence that go on with the day the story is telling ("Following
    the interview,", "In the afternoon,"), lower case: a meeting told after them keeps that
    day current."""
    plural_titles: frozenset[str] = frozenset()
    """Titles of several people before their names ("Ministers Rimbink Pato and Justin
    Tkatchenko", "former Presidents Edouard Fritch and Oscar Temaru"): each name's title."""
    stop_openings: frozenset[str] = frozenset()
    """Words opening a sentence before a stop's place ("In Guatemala, ...", "While in
    Manila, ..."): its meetings with no day of their own take the day given to that stop."""
    visit_verbs: frozenset[str] = frozenset()
    """Verbs of going to a place, right before it ("visited Al Udeid Air Base", "arrived at
    Camp Humphreys"): the meetings told next, with no place of their own, were there."""
    stop_ties: frozenset[str] = frozenset()
    """Openings of a meeting sentence that tie it to the place just visited ("while there",
    "while here"), beside the trip's days ("upon arrival") and "during his visit"."""
    ahead_words: frozenset[str] = frozenset()
    """Words of an occasion still to come ("upcoming", "forthcoming"): a place named after
    one in its clause ("hosting the upcoming talks in Sydney") is not where anyone is."""
    period_ends: frozenset[str] = frozenset()
    """Words right before a year that make it where a period ends ("through 2027", "until
    the end of 2030"): the year dates nothing that happened."""
    greeted_ranks: frozenset[str] = frozenset()
    """Ranks and offices, as written and without their dot, that a caption's "greets" names
    the one greeted by ("Lt. Gen. Shaw greets Australian Army Lt. Gen. Gregory Bilton"): the
    greeting is a meeting ("greets Sailors" is not)."""
    office_heads: frozenset[str] = frozenset()
    """The head words of an office's name ("Chief", "Commandant", "Secretary"): letters in
    brackets after a name holding one ("Chief of Naval Operations (CNO) Adm. A") are the
    office's, so the text's later "CNO" is its holder."""
    lower_case_offices: frozenset[str] = frozenset()
    """Offices written in lower case before a comma and a full name, which they introduce
    ("the city's mayor, Antonio Tutolo,", "his counterpart, Jorge Faurie,")."""
    office_qualifiers: frozenset[str] = frozenset()
    """Title words that qualify an office (its field, body, region or ordinal: "Overseas",
    "International", "Digital", "Second") but make none alone: a capitalised run with no
    other title word before two names ("Overseas Business Risk", "International Criminal
    Court") introduces no person."""
    attended_words: frozenset[str] = frozenset()
    """Words of taking part in a meeting told before ("also participated in the meeting"),
    lower case, their words apart by spaces or tabs only."""
    deliberation_verbs: frozenset[str] = frozenset()
    """Verbs, past tense, of two who deliberate together ("President Obama and President
    Humala reaffirmed today ..."): two people of two countries as their subject met."""
    another_time_words: frozenset[str] = frozenset()
    """Words that tell of a time after or before the one just told ("Dempsey later met
    ..."), lower case: a caption's sentence holding one is not dated by the photo's day."""
    motto_words: frozenset[str] = frozenset()
    """Nouns of words a body holds rather than anyone says now ("the unit's motto, 'Always
    Ready'"), lower case and singular: the words in marks after one are no statement."""
    clause_words: frozenset[str] = frozenset()
    """Words that open a clause of their own after an office written in lower case ("who",
    "which"): the office's field has ended there."""
    title_stop_words: frozenset[str] = frozenset()
    """Words before a name, lower case, that its title does not go back past ("met at the
    Pentagon yesterday with Philip Dunne": the Pentagon is no part of his title)."""
    title_case_minor_words: frozenset[str] = frozenset()
    """Words of four letters or more that a title in title case leaves in lower case
    ("Enhancing Capacity through Partnership"); shorter lower-case words always are."""
    female_titles: frozenset[str] = frozenset()
    """Titles, lower case and without their dot, that tell a woman holds them ("spokeswoman",
    "mrs"): a person a discovered title introduces is "she"."""
    male_titles: frozenset[str] = frozenset()
    """Titles, lower case and without their dot, that tell a man holds them ("spokesman",
    "mr"): a person a discovered title introduces is "he"."""
    honorifics: frozenset[str] = frozenset()
    """Honorifics that stand before a name, as written and without their dot ("Dr Margot
    Ellery", "Ms. Zhou said"): they introduce a person by full name or by surname alone."""
    name_styles: frozenset[str] = frozenset()
    """Styles of several words written between a title and a name ("Gen. Tan Sri Raja
    Mohamed Affandi"), as written: no part of the name."""
    naming_verbs: frozenset[str] = frozenset()
    """Verbs that give a thing its name ("called", "known as"), lower case: words in marks
    after one name a thing rather than quote anyone."""
    term_nouns: frozenset[str] = frozenset()
    """Nouns of words as words ("the term", "the phrase"), lower case and singular: the words
    in marks after one are a term, not speech."""
    sign_nouns: frozenset[str] = frozenset()
    """Nouns of things that carry words ("sign", "banner"), lower case and singular: the
    words in marks they read are shown, not said."""
    link_list_headers: frozenset[str] = frozenset()
    """Headers of a list of links to other stories ("Related stories", "Read more"), in any
    case: the quoted words of the list's items are titles."""
    act_verbs: frozenset[str] = frozenset()
    """Verbs of acts that announce a name rather than report speech ("announced",
    "signed"), lower case: "announced a 'comprehensive strategic partnership'" names it."""
    speech_verbs: frozenset[str] = frozenset()
    """Verbs of saying, every form written out ("said", "says", "told"), lower case: one in
    the clause of words in marks before a designation noun makes them someone's words."""
    speech_nouns: frozenset[str] = frozenset()
    """Nouns of what someone said, lower case ("remarks", "statement"): after a possessor
    in a paragraph ending in a colon ("Following are Speaker Boehner's remarks ..., as
    prepared for delivery:"), the possessor said the quotation below."""
    habit_adverbs: frozenset[str] = frozenset()
    """Adverbs of what people do by habit ("often", "tend to"), lower case: "leaders often
    speak of their 'frank discussions'" quotes no one."""
    role_nouns: Mapping[str, frozenset[str]] = attrs.field(factory=dict)
    """Nouns of a rank or office that stand for a person ("the general said"), lower case,
    each with the title words, lower case and without their dot, that give it ("general",
    "gen"): the person named last whose title holds one of them."""


def load_grammar(*extra_files: Path) -> Grammar:
    """The bundled word classes plus the user's files.

    Raises:
        DataFileError: a file is not valid TOML or has an unknown key.
    """
    parts = [part for _, part in read_data_files("grammar.toml", extra_files, _GrammarFile)]
    role_nouns: dict[str, set[str]] = {}
    for part in parts:
        for noun, words in part.role_nouns.items():
            role_nouns.setdefault(noun, set()).update(words)
    # every class is the union of the files' lists: one field of the file, one of the result
    return Grammar(
        **{
            field.name: frozenset(w for part in parts for w in getattr(part, field.name))
            for field in attrs.fields(_GrammarFile)
            if field.name != "role_nouns"
        },
        role_nouns={noun: frozenset(words) for noun, words in role_nouns.items()},
    )


@functools.cache
def grammar() -> Grammar:
    """The bundled word classes, read once."""
    return load_grammar()


@functools.cache
def first_person_pattern() -> re.Pattern[str]:
    """The bundled first-person pronouns as one pattern: "I" as written, the others in any
    case ("We", "our")."""
    words = sorted(grammar().first_person, key=len, reverse=True)
    alternation = "|".join(re.escape(w) if len(w) == 1 else f"(?i:{re.escape(w)})" for w in words)
    return re.compile(rf"\b(?:{alternation})\b")


@functools.cache
def party_listing() -> frozenset[str]:
    """The phrases of ``party_joined`` that name a party noun ("delegation that included",
    "delegation led by"): after them, the party's members are listed."""
    words = grammar()
    return frozenset(
        p for p in words.party_joined if any(n in p.split() for n in words.party_nouns)
    )


def phrase_pattern(phrases: frozenset[str]) -> str:
    """Phrases of a word class in the topic words' syntax as one alternation, longest first
    (no boundaries, no flags: the caller adds them)."""
    from diplomatic_events.knowledge._topics import word_pattern

    ordered = sorted(phrases, key=lambda p: (-len(p), p))
    return "|".join(f"(?:{word_pattern(p)})" for p in ordered) or "(?!)"


def literal_alternation(words: Iterable[str], *, space: str = r"\s+") -> str:
    """Words of a class as one alternation of literal text, longest first (no boundaries, no
    flags: the caller adds them); the space between a phrase's words stands for ``space``.
    An empty class matches nothing."""
    ordered = sorted(words, key=lambda w: (-len(w), w))
    return "|".join(space.join(map(re.escape, word.split())) for word in ordered) or "(?!)"
