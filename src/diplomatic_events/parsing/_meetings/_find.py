"""The meeting finder: one mention for each sentence that reports or refers to a meeting."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence
from typing import Any

from attrs import evolve

from diplomatic_events._needed import may_match_in
from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.knowledge._actors import TITLE_WORD
from diplomatic_events.knowledge._alternation import alternation
from diplomatic_events.knowledge._grammar import first_person_pattern, grammar
from diplomatic_events.knowledge._places import Gazetteer, PlaceMention
from diplomatic_events.knowledge._prefilter import guarded
from diplomatic_events.model import BlockKind, MeetingKind, PartialDate, Precision, Source, Span
from diplomatic_events.parsing._attribution._words import role_pattern
from diplomatic_events.parsing._datelines import DATELINE
from diplomatic_events.parsing._meetings._clues import (
    _clauses,
    _country_of,
    _entry_day,
    _full_venues,
    _holds_title,
    _is_group,
    _is_locative,
    _kind,
    _known_countries,
    _last_pair,
    _only_day,
    _pictured,
    _present,
    _published_day,
    _published_month,
    _referent,
    _shift,
    _stated_span,
    _story_day,
    _strangers,
    _words_before,
    separately,
)
from diplomatic_events.parsing._meetings._context import (
    _PURPOSE,
    _ahead_of_meeting,
    _coarse,
    _looks_ahead,
    _planned,
    _stamped_place,
    _together_at,
    _trigger_clause_days,
)
from diplomatic_events.parsing._meetings._merge import _mention_day
from diplomatic_events.parsing._meetings._sentences import (
    MeetingMention,
    Sentence,
    person_mentions,
    persons,
    sentences,
)
from diplomatic_events.parsing._meetings._transcripts import (
    _title_meeting,
    _transcript_meeting,
    issuer_code,
    labelled_speakers,
)
from diplomatic_events.parsing._meetings._words import (
    _ACTIVE,
    _ANCHORED,
    _BACKSTORY,
    _BETWEEN,
    _COMPARATIVE,
    _DAY_MINUTES,
    _FUTURE,
    _LENGTH_CUE,
    _MEAL,
    _MEAL_WORD,
    _MEETING_MAX_MINUTES,
    _MEETING_NOUN,
    _OFFSET,
    _PAIR,
    _RELATIVE_CLAUSE,
    _SEQUEL,
    _SINCE_CLAUSE,
    _STORY_DAY_PARAGRAPHS,
    _TRIGGER,
    _WAIT,
    _WHERE,
    _find_anaphora,
    _find_press,
)
from diplomatic_events.parsing._quantities import find_durations
from diplomatic_events.parsing._time import (
    _DETERMINER_BEFORE,
    TimeExpression,
    find_clock_times,
    resolve_weekday,
)
from diplomatic_events.parsing._times import DateFinder, SourceTimes, dates_of
from diplomatic_events.sources._layout._patterns import BULLET_MARKS
from diplomatic_events.typing import ActorId


def _weekdays_within_range(expressions: Sequence[TimeExpression]) -> Sequence[TimeExpression]:
    """A weekday read within the days the same sentence gives ("visited September 1-2, and
    on Friday he met ...", on a page put out a week later): the Friday of those days, not
    the last one before the page."""
    ranges = [
        (e.date.earliest(), e.date_end.latest())
        for e in expressions
        if e.date is not None
        and e.date_end is not None
        and e.date.precision is Precision.DAY
        and not e.future
        # days the text writes out ("September 1-2"), not a week it names ("last week")
        and e.kind in ("month_day", "day_month", "range")
    ]
    if len(ranges) != 1:
        return expressions
    first, last = ranges[0]
    if not 0 <= (last - first).days < 7:
        return expressions
    out = []
    for e in expressions:
        if e.kind == "weekday" and e.date is not None and not e.future:
            day = e.date.earliest()
            inside = first + dt.timedelta(days=(day.weekday() - first.weekday()) % 7)
            if inside <= last and inside != day:
                e = evolve(e, date=PartialDate.of(inside))
        out.append(e)
    return out


def _day_expression(
    expressions: Sequence[TimeExpression], text: str | None = None
) -> TimeExpression | None:
    """The expression that dates a meeting: a single day, or a weekday awaiting a reference.

    Two different days in one sentence ("met Parrikar and called on Modi ... yesterday and
    today") date no one day: with ``text``, the days read as the range that holds them
    (their month), as "June 2-3" would; without it, or with a weekday not yet resolved,
    nothing.
    """
    expressions = _weekdays_within_range(expressions)
    named = [
        e
        for e in expressions
        if not (e.future or e.since)
        and (e.weekday is not None or e.date_end is None)
        and (e.date is None or e.date.precision is Precision.DAY)
    ]
    # "Thursday, Aug. 1, 2024" with no reference to resolve the weekday: one day, not two
    weekdays = {e.date.earliest().weekday() for e in named if e.date is not None}
    same = [e for e in named if e.date is None and e.weekday in weekdays]
    if same:
        expressions = [e for e in expressions if e not in same]
        named = [e for e in named if e not in same]
    days = {e.date if e.date is not None else e.weekday for e in named}
    if len(days) > 1:
        if text is None or any(e.future for e in expressions):
            return None  # "On October 3rd and 4th, Monday and Tuesday, ... will meet"
        return _days_range(named, text)
    for expression in expressions:
        if expression.future or expression.since:
            continue
        if expression.date is not None and expression.date.precision is Precision.DAY:
            if expression.date_end is None:
                return expression
        elif expression.date is None and expression.weekday is not None:
            return expression
    for expression in expressions:
        if expression.future or expression.since or expression.date is None:
            continue
        if (
            expression.date_end is not None
            and (expression.date_end.latest() - expression.date.earliest()).days > _LONGEST_RANGE
        ):
            continue  # "in recent years", "over the past months": no one meeting's date
        return expression
    return None


_LONGEST_RANGE = 31
"""The longest range of days that still dates one meeting (to its month)."""


def _days_range(named: Sequence[TimeExpression], text: str) -> TimeExpression | None:
    """Several days named in one sentence as one range, from the first to the last."""
    days = sorted(((e.date, e) for e in named if e.date is not None), key=lambda d: d[0].earliest())
    if len(days) < len(named) or not days:
        return None  # a weekday with no reference yet
    (first, _), (last, _) = days[0], days[-1]
    if (last.earliest() - first.earliest()).days > _LONGEST_RANGE:
        return None
    dated = [e for _, e in days]
    start = min(e.evidence.start for e in dated)
    end = max(e.evidence.end for e in dated)
    return TimeExpression(
        evidence=Span.of(dated[0].evidence.source, text, start, end),
        kind="days",
        date=first,
        date_end=last,
        relative=any(e.relative for e in dated),
    )


def _since_update(
    source: Source, sentence: Sentence, date: TimeExpression | None
) -> TimeExpression | None:
    """A past weekday told by a page updated days after it was posted ("Posted Sunday 21:40,
    Updated Monday 08:15": "On Monday morning, A met B"): the day between the two stamps,
    since a week-old day would be "last Monday", not the update's news."""
    if (
        date is None
        or date.weekday is None
        or date.future
        or sentence.entry is not None
        or source.published is None
        or source.updated is None
    ):
        return date
    posted, updated = source.published.date(), source.updated.date()
    since = resolve_weekday(date.weekday, updated)
    if not posted < since <= updated:
        return date
    return evolve(date, date=PartialDate.of(since))


def _scheduled_day(expressions: Sequence[TimeExpression]) -> TimeExpression | None:
    """The day a sentence says a meeting is due ("On Monday, A was to meet B"): its one
    future day, resolved forward from the reference. Two future days date nothing."""
    future = [
        e
        for e in expressions
        if e.future
        and not e.since
        and e.date is not None
        and e.date.precision is Precision.DAY
        and e.date_end is None
    ]
    if len({e.date for e in future}) != 1:
        return None
    return future[0]


_PLURAL_BACK = re.compile(
    r"\b(?:the|those|these|both|all|their)\s+(?:(?:two|three|four)\s+)?(?:meetings|sessions"
    r"|encounters|engagements)\b",
    re.IGNORECASE,
)
"""Meetings told just before, referred back to together ("Those meetings took place at ...")."""


def _told_together(found: Sequence[MeetingMention], index: int) -> list[MeetingMention]:
    """The meetings the sentence of ``found[index]`` told (itself among them), in order."""
    last = found[index]
    told: list[MeetingMention] = []
    for earlier in range(index, -1, -1):  # back to the sentence's first, not the whole list
        mention = found[earlier]
        if mention.sentence != last.sentence:
            break
        if not mention.anaphoric:
            told.append(mention)
    return told[::-1]


def _about(base: MeetingMention, target: MeetingMention, **changes: Any) -> MeetingMention:
    """``base`` as a mention of ``target``'s meeting: its people, with ``changes``."""
    return evolve(base, people=target.people, group=target.group, implied=target.implied, **changes)


def _blanked(words: str, offset: int, spans: Sequence[tuple[int, int]]) -> str:
    """``words`` (which start at ``offset`` in the text) with every character inside one of
    ``spans`` (offsets into the text) replaced by a space."""
    if not spans:
        return words
    characters = list(words)
    for a, b in spans:
        low, high = max(a - offset, 0), min(b - offset, len(words))
        if low < high:
            characters[low:high] = " " * (high - low)
    return "".join(characters)


_FIRST_PERSON = re.compile(r"\bI(?:[’'](?:ve|m))?(?:,?[ \u00a0]+[\w’'-]+){0,6}[ \u00a0]+$")
"""The speaker as the subject of the meeting word right after ("I had a very successful
bilateral meeting with ...", "I'm very, very pleased to have just met"); not "I'd like to
meet", "I'll meet", nor "I" far before it."""


_WILL = re.compile(r"[’']ll\b|\blook(?:s|ing)?\s+forward\b", re.IGNORECASE)


_SIGNED = re.compile(r"\bsigned\b")
_SIGNED = guarded(_SIGNED)
_SIGNERS = re.compile(r"\s*,?\s+and\s+(?:[\w’'.-]+\s+){0,8}")
"""Between two who signed together: "and" and the second one's titles."""
_SIGNED_WITH = re.compile(
    r"[ \u00a0]+(?:[\w’'.-]+[ \u00a0]+){0,6}?with[ \u00a0]+(?:[\w’'.-]+[ \u00a0]+){0,8}"
)
"""Between "signed" and the one who signed with the subject: what was signed, "with" and
the other one's titles ("signed the partnership with Brig. Gen. ")."""
_OTHER_SUBJECT = re.compile(r"\b(?:I|[Hh]e|[Ss]he|[Ww]e|[Tt]hey|who|which|that)\b")
"""A subject of its own between a name and "signed": the name is not the signer."""


def _signed_together(
    knowledge: KnowledgeBase, text: str, sentence: Sentence
) -> re.Match[str] | None:
    """ "Hagel and Defense Minister Bat-Erdene signed a joint vision statement here": two
    people of two countries, joined by "and", who sign together met (the "signed", as the
    sentence's meeting word, offset in the sentence)."""
    words = text[sentence.start : sentence.end]
    held = may_match_in(_SIGNED, text, sentence.start, sentence.end)
    signed = _SIGNED.search(words) if held else None
    if signed is None:
        return None
    at = sentence.start + signed.start()
    named = person_mentions(knowledge, text, sentence)
    before = [m for m in named if m.start < at]
    if len(before) == 1:
        # "Sprynczynatyk co-signed the partnership with Brig. Gen. Kadangha": one signer
        # before the word, the other after "with"
        after = [m for m in named if m.start > at]
        if (
            not after
            or _SIGNED_WITH.fullmatch(text, at + len(signed.group()), after[0].start) is None
            # "... Spencer for ..., the declaration I signed with Bob Work": another subject
            or _OTHER_SUBJECT.search(text, before[0].end, at) is not None
        ):
            return None
        before = [before[0], after[0]]
    elif len(before) != 2 or _SIGNERS.fullmatch(text, before[0].end, before[1].start) is None:
        return None
    countries = [_country_of(knowledge, m.actor) for m in before]
    # of two countries, or of one and of none known ("Defense Minister Bat-Erdene")
    if countries[0] == countries[1] or countries == [None, None]:
        return None
    return signed


_PRESS_WITH_MEETING = re.compile(
    r"\bmet\b|\bmeeting\s+with\b|\bjoint\s+(?:news|press)\s+conference\s+with\b"
    r"|\b(?:after|following)\s+(?:their\s+|the\s+)?talks\b"
)
"""What makes a sentence about a news conference tell a meeting: "met", "a meeting with", a
joint conference with someone, or the talks it followed."""


def _gathering_pattern(knowledge: KnowledgeBase) -> re.Pattern[str] | None:
    heads = sorted(knowledge.event_cues.gathering, key=len, reverse=True)
    if not heads:
        return None
    alternation = "|".join(re.escape(h) for h in heads)
    return re.compile(
        r"\b(?:on[ \u00a0]+(?P<side>the[ \u00a0]+(?:sidelines|margins)[ \u00a0]+of)|at)[ \u00a0]+"
        r"(?:the[ \u00a0]+|our[ \u00a0]+)?"
        r"(?P<venue>[A-Z][\w’'.-]*(?:[ \u00a0]+(?:[A-Z][\w’'.-]*|of|the|for|and|on)){0,7}?"
        # a caption glued to the next sentence ("at the London Somalia ConferenceThe
        # Foreign Secretary met ...") ends the name at its capital
        rf"[ \u00a0]+(?i:{alternation}))(?![a-z0-9_])"
    )


def _gathering_venue(
    knowledge: KnowledgeBase, source: Source, sentence: Sentence
) -> PlaceMention | None:
    """The gathering a meeting took place at when no venue is named ("met today on the
    sidelines of the NATO Informal Foreign Ministers Meeting", "at the European Political
    Community Summit"): its name, from a capitalised word to a gathering word."""
    pattern = knowledge.cached(
        "vocabulary:meetings-gathering", lambda: _gathering_pattern(knowledge)
    )
    found = None if pattern is None else pattern.search(source.text, sentence.start, sentence.end)
    if found is None:
        return None
    # "the sidelines of the UN General Assembly", as written: the gathering, not a venue in it
    start = found.start("side") if found["side"] else found.start("venue")
    end = found.end("venue")
    return PlaceMention(kind="venue", name=source.text[start:end], evidence=source.span(start, end))


_LIST_ITEM = re.compile(rf"\s*[{BULLET_MARKS}]\s+\S")
"""A bulleted line: an item of the list a clause ending in a colon opens."""


def _listed(
    knowledge: KnowledgeBase,
    text: str,
    clauses: Sequence[Sentence],
    index: int,
    subject: Sequence[ActorId],
) -> list[tuple[ActorId, Sentence]]:
    """The people of the bulleted items right after a meeting clause that ends in a colon
    ("Meetings with Papua New Guinea defense officials included:"), one per item, each with
    its item."""
    found: list[tuple[ActorId, Sentence]] = []
    paragraph = clauses[index].paragraph
    for item in clauses[index + 1 :]:
        if item.paragraph == paragraph:
            continue  # the rest of the clause's own paragraph
        if item.paragraph > paragraph + 1 or not (
            _LIST_ITEM.match(text, item.start) is not None or _bare_item(text, item)
        ):
            break
        paragraph = item.paragraph
        named = [p for p in persons(knowledge, text, item) if p not in subject]
        if len(named) == 1:
            found.append((named[0], item))
    return found


_BARE_ITEM_WORDS = 20
"""The most words of a list item written on a line of its own without a bullet."""


def _bare_item(text: str, item: Sentence) -> bool:
    """An item of a list written one per line without bullets: a short line that ends in no
    sentence mark ("President of Sri Lanka, Honorable Anura Kumara Dissanayake")."""
    line = text[item.start : item.end].strip()
    return (
        bool(line)
        and "\n" not in line
        and not line.endswith((".", "!", "?", ":"))
        and len(line.split()) <= _BARE_ITEM_WORDS
    )


_PRONOUN_SUBJECT = re.compile(r"\b(?:[Hh]e|[Ss]he)\s")
_AGENTLESS = re.compile(
    r"(?:[Mm]eetings?|[Tt]alks|[Dd]iscussions)[ \u00a0]+(?:were|was)[ \u00a0]+(?:also[ \u00a0]+)?"
    r"(?:held|conducted)[ \u00a0]+with\b"
)
"""A meeting told without who held it ("Meetings were held with A; B and C")."""


@functools.cache
def _party_pattern() -> re.Pattern[str]:
    """ "the delegation", "the Vermont team", "the U.S. officials": a travelling party
    (``party_nouns`` in ``grammar.toml``) after "the" and up to two words."""
    nouns = "|".join(sorted(map(re.escape, grammar().party_nouns), key=len, reverse=True))
    return re.compile(rf"\b[Tt]he[ \u00a0]+(?:[\w.’'-]+[ \u00a0]+){{0,2}}?(?:{nouns})\b(?![’'-])")


def _under_a_plan(text: str, clauses: Sequence[Sentence], index: int) -> bool:
    """Whether clause ``index`` is an item of a bulleted list under a line that ends in a
    colon and looks ahead ("During the two-day visit he will:"): a plan, not a meeting."""
    clause = clauses[index]
    if _LIST_ITEM.match(text, clause.start) is None:
        return False
    # the list's head is a few items up at most: a long list is read no further back
    for earlier in reversed(clauses[max(0, index - _PLAN_ITEMS) : index]):
        if earlier.paragraph >= clause.paragraph or _LIST_ITEM.match(text, earlier.start):
            continue
        words = text[earlier.start : earlier.end].rstrip()
        return words.endswith(":") and _FUTURE.search(words) is not None
    return False


_PLAN_ITEMS = 30
"""How many clauses back the head of a plan's bulleted list is looked for."""


_LED_BY = re.compile(r"\bled\s+by\s+$|\bheaded\s+by\s+$", re.IGNORECASE)
_TITLE_AFTER = re.compile(rf"(?:{TITLE_WORD}[ \u00a0]+)*$")
"""The title at the end of some words, before the name that follows them."""


def _leads_a_group(
    text: str, sentence: Sentence, trigger: re.Match[str], person: ActorId, knowledge: KnowledgeBase
) -> bool:
    """Whether the one person a sentence names before its meeting word only leads the group
    that met ("An advance team, led by Deputy Chief of Staff Joe Hagin, met with the North
    Korean team"): the group met others, not the story's protagonist."""
    at = sentence.start + trigger.start()
    for mention in person_mentions(knowledge, text, sentence):
        if mention.actor == person and mention.start < at:
            before = text[max(sentence.start, mention.start - 60) : mention.start]
            # the words between "led by" and the name are the leader's title
            return _LED_BY.search(_TITLE_AFTER.sub("", before)) is not None
    return False


def _he_met_them(
    knowledge: KnowledgeBase,
    text: str,
    sentence: Sentence,
    trigger: re.Match[str],
    people: Sequence[ActorId],
) -> bool:
    """Whether "he", "she" or "the general" met the people a sentence names, all named after
    the meeting word and none known to be of another country than the others (people in no
    data file have no known country: "He also met with President Hassan Sheikh Mohamud and
    Minister of Defense Abdulkadir Mohamed Nur" are the protagonist's two meetings, not
    theirs)."""
    at = sentence.start + trigger.start()
    if (
        _PRONOUN_SUBJECT.search(text, sentence.start, at) is None
        # "The general also met with ...": a rank or office standing for the protagonist
        and role_pattern().search(text, sentence.start, at) is None
        # "In Maputo, the delegation met with ...": the protagonist's party
        and _party_pattern().search(text, sentence.start, at) is None
        # "Meetings were held with ...": no one named holds them but the protagonist
        and _AGENTLESS.match(text, at) is None
    ):
        return False
    if any(m.start < at for m in person_mentions(knowledge, text, sentence)):
        return False
    if separately().search(text, sentence.start, sentence.end):
        return True  # "He also met separately with Cambodian ... and Laos ...": each alone
    return len(_known_countries(knowledge, people)) <= 1


_NAMES_MEETING = re.compile(r"[ \u00a0]+(?:meetings?|talks|summit|session|dinner|lunch)\b")


_NOUN_AFTER = re.compile(r"[ \u00a0]+(?P<noun>[a-z][\w-]*)")


def _dates_the_saying(knowledge: KnowledgeBase, text: str, expression: TimeExpression) -> bool:
    """Whether a date follows a speech cue ("..., Pentagon Press Secretary George Little
    said today in a statement"): the day it was said, not the day of the meeting told."""
    start = expression.evidence.start
    return _said_before(knowledge).search(text, max(0, start - 40), start) is not None


def _said_before(knowledge: KnowledgeBase) -> re.Pattern[str]:
    """A speech cue word (the knowledge's ``cues``) right before a date, perhaps with "in a
    statement" and one object word between ("told reporters")."""

    def build() -> re.Pattern[str]:
        cues = alternation([c for c in knowledge.cues if " " not in c]) or "said"
        return re.compile(
            rf"\b(?:{cues})(?:\s+\w+)?"
            r"(?:\s+in\s+a\s+(?:statement|readout|news\s+release|release))?\s+$"
        )

    return knowledge.cached("vocabulary:meeting-said-before", build)


def _names_another_event(text: str, expression: TimeExpression) -> bool:
    """Whether a date modifies a noun that is no meeting ("those killed in the March 22
    terror attacks"): the day of that event, not of the sentence's meeting ("the March 22
    talks" is the meeting's)."""
    start, end = expression.evidence.start, expression.evidence.end
    if _DETERMINER_BEFORE.search(text, max(0, start - 8), start) is None:
        return False
    noun = _NOUN_AFTER.match(text, end)
    return noun is not None and _TRIGGER.fullmatch(noun["noun"]) is None


_OTHER_MEETING = re.compile(
    r"\b(?:the|their|a|an)\s+(?:[\w’'-]+\s+){0,3}?(?:summit|meeting|talks)\s+(?:between|of)\s",
    re.IGNORECASE,
)
"""A meeting named as a thing, with its own people: "the May 21 Summit between ..."."""


def _has_person_between(
    knowledge: KnowledgeBase, text: str, sentence: Sentence, start: int, end: int
) -> bool:
    """Whether someone is named between two offsets of ``sentence``'s words."""
    at, to = sentence.start + start, sentence.start + end
    return any(at <= m.start < to for m in person_mentions(knowledge, text, sentence))


def _escorts(
    knowledge: KnowledgeBase, text: str, sentence: Sentence, at: int
) -> frozenset[ActorId]:
    """The people a delegation cue names before the meeting word ("Langley, along with U.S.
    Ambassador Joey R. Hood, met with ..."): they came with the subject, they are not the
    other side, and staff who attend are no party to the meeting."""
    cue = knowledge.event_cues.delegation
    opening = None if cue is None else cue.search(text, sentence.start, at)
    if opening is None:
        return frozenset()
    return frozenset(
        m.actor for m in person_mentions(knowledge, text, sentence) if opening.end() <= m.start < at
    )


def _without_envoys_of_visitor(
    knowledge: KnowledgeBase,
    text: str,
    sentence: Sentence,
    at: int | None,
    people: Sequence[ActorId],
) -> list[ActorId]:
    """``people`` without the envoys who attend for a visitor from home: "Langley and U.S.
    Ambassador to Djibouti Cynthia Kierscht met with ...", "Kelly met with President Lobo
    ... as well as U.S. Ambassador to Honduras Lisa Kubiske" are no meetings with the envoy.

    An envoy named before the meeting word beside someone who is no envoy came with them;
    one named after it is staff beside a compatriot, or beside the subject when the story
    gives the subject no country ("Gen. Kelly"). An ambassador who meets a foreign minister
    alone, or is the subject, is a party."""
    envoys = {p for p in people if _holds_title(knowledge, p, grammar().embassy_titles)}
    if not envoys:
        return list(people)
    before = (
        set()
        if at is None
        else {
            m.actor
            for m in person_mentions(knowledge, text, sentence)
            if m.start < at and m.actor in people
        }
    )
    countries = {p: _country_of(knowledge, p) for p in people}
    subject = next((p for p in people if p not in envoys), None)
    staff = set()
    for envoy in envoys:
        others = [p for p in people if p not in envoys]
        # beside a compatriot (or one of no known country) meeting someone: "Langley and
        # U.S. Ambassador Kierscht met with ..."; beside a foreigner, the other party
        beside_the_subject = (
            envoy in before
            and any(p in before and countries[p] in (countries[envoy], None) for p in others)
            # and the two met someone named after: "U.S. Ambassador Huntsman and Gen.
            # Gerasimov met in Moscow today" are the two parties
            and any(p not in before for p in people)
        )
        if beside_the_subject or (
            envoy not in before
            and countries[envoy] is not None
            and any(
                countries[q] == countries[envoy] or (q == subject and countries[q] is None)
                for q in others
            )
        ):
            staff.add(envoy)
    return [p for p in people if p not in staff]


def _spokespeople(knowledge: KnowledgeBase, text: str, sentence: Sentence) -> set[ActorId]:
    """The people of ``sentence`` who speak for an office: by a role, or by the words
    after their name ("Navy Lt. Cmdr. Courtney Hillson, a spokeswoman for Work, said")."""
    words = grammar().spokesperson_titles
    found: set[ActorId] = set()
    for mention in person_mentions(knowledge, text, sentence):
        # the people who report a meeting ("In a statement summarizing the meeting, Kirby
        # said Abbott conveyed ...", "attributable to Spokesperson Ned Price: ...")
        apposition = _APPOSITION_TITLE.match(text, mention.end, sentence.end)
        if _holds_title(knowledge, mention.actor, words) or (
            apposition is not None and any(w in apposition.group().casefold() for w in words)
        ):
            found.add(mention.actor)
    return found


_APPOSITION_TITLE = re.compile(r",[ \u00a0]+(?:a|an|the)[ \u00a0]+[^,.;:]{0,60}")
"""The description right after a name ("..., a spokeswoman for Work,")."""


def _after_dateline(
    text: str, sentence: Sentence, stated: Sequence[TimeExpression]
) -> Sequence[TimeExpression]:
    """The sentence's dates without its dateline's day when it names one of its own: "MIAMI
    (May 23, 2025) -- Holsey visited Brazil and Guatemala this week" tells of this week;
    the 23rd is when the story was filed."""
    dateline = DATELINE.match(text, sentence.start, sentence.end)
    if dateline is None:
        return stated
    own = [e for e in stated if e.evidence.start >= dateline.end()]
    return own if own and len(own) < len(stated) else stated


def _spoken_day(source: Source, dates: DateFinder) -> TimeExpression | None:
    """The day a transcript's remarks were given, when a line of its head is that day alone
    and the page went up a few days later ("Remarks ... After Their Meeting / October 6,
    2013" on a page dated October 8)."""
    if source.published is None:
        return None
    posted = source.published.date()
    for block in source.blocks:
        if block.kind is not BlockKind.METADATA:
            continue
        line = source.text[block.start : block.end]
        for expression in dates(posted, block.start, block.end):
            day = None if expression.date is None else expression.date.to_date()
            said = source.text[expression.evidence.start : expression.evidence.end]
            if (
                day is not None
                and expression.date is not None
                and expression.date.precision is Precision.DAY
                and expression.date_end is None
                and 0 < (posted - day).days <= _SPOKEN_BEFORE_DAYS
                and not line.replace(said, "").strip(" ,.\u00a0")
            ):
                return evolve(expression, kind="dateline")
    return None


_SPOKEN_BEFORE_DAYS = 7
"""How long before its page a transcript's own date line may be."""


_WITH_AFTER = re.compile(r"[ \u00a0]+with\b")


def _companions_only(
    knowledge: KnowledgeBase,
    text: str,
    sentence: Sentence,
    trigger: re.Match[str],
    people: Sequence[ActorId],
) -> bool:
    """Whether everyone a meeting clause names comes before "meet with", which names no one
    after it, and no two of them are of different known countries: they travelled together
    to meet others ("General Langley and Sgt. Maj. Woods visited Djibouti to meet with
    African partner leaders"), they did not meet each other."""
    at = sentence.start + trigger.end()
    if len(people) < 2 or not (
        trigger.group().endswith("with") or _WITH_AFTER.match(text, at, sentence.end)
    ):
        return False
    if persons(knowledge, text, sentence, at, sentence.end):
        return False
    return len(_known_countries(knowledge, people)) <= 1


def _quoted(words: str, at: int) -> bool:
    """Whether ``words[at]`` lies inside a quotation that opens before it in ``words``."""
    before = words[:at]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _with_us(
    knowledge: KnowledgeBase,
    text: str,
    sentence: Sentence,
    speaker: ActorId,
    people: Sequence[ActorId],
) -> bool:
    """Whether a labelled speaker tells a meeting of their own with people of one other
    country ("a pleasure for me to have a discussion with Secretary Austin face-to-face",
    "we met Prime Minister Luxon"): the clause says "I", "me", "we", "us" or "our" and names
    people of one country only, not the speaker's."""
    if not people:
        return False
    words = text[sentence.start : sentence.end]
    if not any(
        not _quoted(words, m.start() - sentence.start)
        for m in first_person_pattern().finditer(text, sentence.start, sentence.end)
    ):
        return False  # '"We attach high importance ...," Hokanson said': someone else's "we"
    if _looks_ahead(knowledge, words) or _WILL.search(words):
        return False  # "I'll meet ...", "we look forward to meeting ..."
    # one known country besides the speaker's; someone of none known named with them is
    # theirs ("Jointly with President Prokopis Pavlopoulos and Prime Minister Alexis Tsipras
    # we held talks")
    countries = _known_countries(knowledge, people)
    return len(countries) == 1 and _country_of(knowledge, speaker) not in countries


def _asides(text: str, sentence: Sentence, first: re.Match[str] | None) -> list[tuple[int, int]]:
    """The spans of ``sentence`` that tell of something else: relative and "since" clauses
    and a dateline's stamp (``first``: the sentence's meeting word, if any)."""
    asides = [
        m.span()
        for m in _RELATIVE_CLAUSE.finditer(text, sentence.start, sentence.end)
        # "Marcos, who also met Li later on Wednesday, said ...": the aside is the meeting
        if first is None or not m.start() <= sentence.start + first.start() < m.end()
    ]
    if may_match_in(_SINCE_CLAUSE, text, sentence.start, sentence.end):
        asides += [m.span() for m in _SINCE_CLAUSE.finditer(text, sentence.start, sentence.end)]
    dateline = DATELINE.match(text, sentence.start, sentence.end)
    if dateline is not None and dateline["stamp"] is not None:
        # "WASHINGTON, Aug. 25, 2017 —": the day the story was filed, not the meeting's
        asides.append(dateline.span("stamp"))
    return asides


def _trigger_in(text: str, sentence: Sentence) -> re.Match[str] | None:
    """The sentence's first meeting word, offsets in the sentence; searched only when one
    of the literals every meeting word holds one of is there (:func:`may_match_in`)."""
    if not may_match_in(_TRIGGER, text, sentence.start, sentence.end):
        return None
    return _TRIGGER.search(text[sentence.start : sentence.end])


def find_meeting_mentions(
    source: Source,
    knowledge: KnowledgeBase,
    gazetteer: Gazetteer,
    times: SourceTimes | None = None,
) -> tuple[MeetingMention, ...]:
    """Every sentence of ``source`` that reports a meeting or refers back to one.

    ``times`` are the source's dates when the ``time`` stage found them.

    "The following day", "later the same day" count from the day of the meeting mentioned
    last; a sentence with its own day that differs from the last meeting's ("They held formal
    talks the following day") is a new meeting of the same people.
    """
    text = source.text
    dates = dates_of(source, times)
    found: list[MeetingMention] = []
    last_primary: int | None = None
    last_paragraph = -10
    last_day: PartialDate | None = None
    story: tuple[TimeExpression, int] | None = None
    clauses = [clause for whole in sentences(source) for clause in _clauses(knowledge, text, whole)]
    strangers = _strangers(knowledge, text, clauses, issuer_code(knowledge, source))
    fallback = _only_day(source, clauses, dates)
    month = _published_month(source, clauses, dates)
    reference = clauses[0].reference if clauses else None
    speakers = labelled_speakers(
        source, knowledge, None if reference is None else PartialDate.of(reference)
    )
    trip = _stated_span(source, clauses, dates)
    stamped = _stamped_place(source, gazetteer, dates)
    kinds = [block.kind for block in source.readable_blocks()]
    captions = frozenset(i for i, kind in enumerate(kinds) if kind is BlockKind.CAPTION)
    headings = frozenset(i for i, kind in enumerate(kinds) if kind is BlockKind.HEADING)
    # title case shows no name's start there: "at the Top of Their Meeting" names no gathering
    title_case = headings | {i for i, kind in enumerate(kinds) if kind is BlockKind.HEADLINE}
    # the place of a meeting told before its people: "... during a meeting at the Pentagon
    # today. Austin hosted the Crown Prince for these discussions."
    placed: tuple[PlaceMention, int, PartialDate | None] | None = None
    for index, sentence in enumerate(clauses):
        words = text[sentence.start : sentence.end]
        first = _trigger_in(text, sentence)
        # Searched in the rest of the sentence alone, so a clause may open where it starts.
        aside = None if first is None else _BACKSTORY.search(words[first.end() :])
        if first is not None and aside is None:
            # "met today with Cho to build on the May 21 Summit between President Biden and
            # President Yoon": a meeting named later in the sentence is another one
            aside = _OTHER_MEETING.search(words, first.end())
            if aside is not None and not _has_person_between(
                knowledge, text, sentence, first.end(), aside.start()
            ):
                aside = None
            elif aside is not None:
                aside = _OTHER_MEETING.search(words[first.end() :])
        cut = first is not None and aside is not None
        if first is not None and aside is not None:
            # "They first met in X, soon after A's summit with B in Y": the clause after the
            # comma tells another, earlier event; its people and places are not this meeting's
            sentence = evolve(sentence, end=sentence.start + first.end() + aside.start())
            words = text[sentence.start : sentence.end]
        stated = _after_dateline(
            text, sentence, dates(sentence.reference, sentence.start, sentence.end)
        )
        # the asides matter only to a clause with a date, or one that tells of a meeting
        asides = _asides(text, sentence, first) if stated else None
        purpose = (
            _PURPOSE.search(text, sentence.start + first.end(), sentence.end) if first else None
        )
        expressions = tuple(
            e
            for e in stated
            if not any(a <= e.evidence.start < b for a, b in asides or ())
            and not _names_another_event(text, e)
            # "met A to ... express gratitude for a rescue last year": the topic's time
            and not (purpose is not None and e.evidence.start >= purpose.end() and _coarse(e))
        )
        said_on = [
            e for e in expressions if e.date is not None and _dates_the_saying(knowledge, text, e)
        ]
        if said_on and any(e.date is not None and e not in said_on for e in expressions):
            # "The two men met last night ..., the press secretary said today": the day of
            # the saying yields to the meeting's own
            expressions = tuple(e for e in expressions if e not in said_on)
        own_clause = _trigger_clause_days(knowledge, text, sentence, first, expressions)
        date = _since_update(source, sentence, _day_expression(own_clause, text))
        # a photo's day is when it was taken, not a day the story is telling: "..., Oct. 4,
        # 2022." over "traveled to Japan Oct. 2-6" leaves its undated meetings the trip's days
        told = story
        said = _story_day(date, sentence, story)
        if sentence.paragraph not in captions or (
            # a photo of the day the story is telling keeps that day current
            story is not None and said is not None and said[0].date == story[0].date
        ):
            story = said
        if date is None and not any(e.date is not None and not e.future for e in expressions):
            date = _scheduled_day(expressions)
        # the first trigger is this one unless the sentence was cut since
        trigger = (
            (_trigger_in(text, sentence) if cut else first)
            or _signed_together(knowledge, text, sentence)
            or _together_at(gazetteer, source, sentence)
        )
        anaphora = _find_anaphora(words)
        pictured = (
            trigger is None
            and anaphora is None
            and sentence.paragraph in captions
            and _pictured(knowledge, gazetteer, source, sentence, date)
        )
        if trigger is None and anaphora is None and not pictured:
            continue
        if _find_press(words) and not _PRESS_WITH_MEETING.search(words):
            continue
        if trigger is not None and _planned(knowledge, words, trigger, expressions):
            continue  # "During the visit he will meet with A, B and C": a planned event
        if trigger is not None and _under_a_plan(text, clauses, index):
            continue  # "During the two-day visit he will:" and "- Meet with ..." below it
        if asides is None:
            asides = _asides(text, sentence, first)
        present = _present(knowledge, text, sentence, trigger)
        people = [p for p in present if p not in strangers]
        if trigger is not None:
            escorts = _escorts(knowledge, text, sentence, sentence.start + trigger.start())
            people = [p for p in people if p not in escorts] if len(people) > 2 else people
        people = _without_envoys_of_visitor(
            knowledge,
            text,
            sentence,
            None if trigger is None else sentence.start + trigger.start(),
            people,
        )
        people = [p for p in people if p not in _spokespeople(knowledge, text, sentence)]
        if trigger is not None and _companions_only(knowledge, text, sentence, trigger, people):
            people = []  # "Langley and Sgt. Maj. Woods visited Djibouti to meet with leaders"
        listed = (
            _listed(knowledge, text, clauses, index, people)
            if trigger is not None and words.rstrip().endswith(":")
            else []
        )
        speaker = speakers.get(sentence.paragraph)
        spoken = False
        if (
            trigger is not None
            and speaker is not None
            and speaker not in people
            and (
                _FIRST_PERSON.search(text, sentence.start, sentence.start + trigger.start())
                or _with_us(knowledge, text, sentence, speaker, people)
            )
        ):
            # "I had the opportunity to meet President Widodo" in a labelled speech
            people = [speaker, *people]
            spoken = True
        if len(people) < len(present) and len({_country_of(knowledge, p) for p in people}) == 1:
            # the description stood for a participant; the compatriots left did not meet
            people = []
        if len(people) < 2 and trigger is not None and _PAIR.search(words):
            # "The two leaders met at the Maximos Mansion, the prime minister's office": a
            # description naming one of the pair does not stand for the pair
            met = found[last_primary].people if last_primary is not None else ()
            pair = _last_pair(knowledge, text, clauses, index, met)
            if set(people) <= set(pair):
                people = pair or people
        elif (
            not people
            and trigger is not None
            and anaphora is None
            and _MEETING_NOUN.fullmatch(trigger.group())
            and (last_primary is None or sentence.paragraph - last_paragraph > 2)
            and not _looks_ahead(knowledge, words)
        ):
            # "The deal came after talks that began in the Oval Office" right after "A and B
            # announced ...": talks of that pair, when they are of two countries
            pair = _last_pair(knowledge, text, clauses, index)
            if len(_known_countries(knowledge, pair)) == 2:
                people = pair
        held = may_match_in(_ANCHORED, text, sentence.start, sentence.end)
        anchored = _ANCHORED.search(words) if held else None
        if anchored is not None:
            a, b = _shift(sentence, anchored)
            own = [e for e in expressions if not a <= e.evidence.start < b]
            date = _day_expression(own)
            if date is None and last_day is not None:
                offset = 1 if anchored["next"] else -1 if anchored["previous"] else 0
                date = TimeExpression(
                    evidence=source.span(a, b),
                    kind="anchored",
                    date=PartialDate.of(last_day.earliest() + dt.timedelta(days=offset)),
                    relative=True,
                )
                story = _story_day(date, sentence, told)  # the story is telling that day now
        narrative: TimeExpression | None = None
        from_entry = False
        plain = _blanked(words, sentence.start, asides)
        if (
            date is None
            and not _looks_ahead(knowledge, plain)
            and not any(_ahead_of_meeting(e, sentence, trigger) for e in expressions)
        ):
            date = _entry_day(source, sentence)
            # the entry's stamp says when it was written, not when the meeting was: a guess
            from_entry = date is not None
            if (
                told is not None
                and sentence.paragraph - told[1] <= _STORY_DAY_PARAGRAPHS
                and (trip is None or told[1] == sentence.paragraph)
            ):
                narrative = told[0]
            elif trip is not None and not from_entry:
                narrative = trip  # within the trip's days, at the precision that holds them
            elif told is None or (
                fallback is not None
                and fallback.date is not None
                and fallback.date.precision is not Precision.DAY
            ):
                # a page dated only to the month dates every meeting it tells to that month
                narrative = fallback
            if narrative is None and spoken:
                # the speaker's own meeting, told in a speech: the day it was given
                narrative = _published_day(source)
            elif narrative is None and not stated:
                # a sentence naming no time at all ("have met many times in recent years"
                # names one): the month the story was published in
                narrative = month
        lengths = find_durations(
            source.id, text, sentence.start, sentence.end, rules=knowledge.hedges
        )
        spans_days = date is None and any(
            d.low_minutes is not None and d.low_minutes >= _DAY_MINUTES for d in lengths
        )
        durations = tuple(
            d
            for d in lengths
            if d.low_minutes is not None
            and d.low_minutes <= _MEETING_MAX_MINUTES
            and d.evidence is not None
            and (
                not _OFFSET.match(text, d.evidence.end)
                or _LENGTH_CUE.search(
                    text, _words_before(text, sentence.start, d.evidence.start, 1), d.evidence.start
                )
                is not None
            )
            and not _COMPARATIVE.search(d.text)
            and _WAIT.search(
                text, _words_before(text, sentence.start, d.evidence.start, 2), d.evidence.start
            )
            is None
        )
        places = [
            p
            for p in gazetteer.find(source.id, text, sentence.start, sentence.end)
            if _is_locative(text, sentence.start, p.evidence.start)
            or _WHERE.match(text, p.evidence.end) is not None
            # "at the beginning of the Pentagon meeting": the meeting named after its place
            or (p.kind == "venue" and _NAMES_MEETING.match(text, p.evidence.end) is not None)
        ]
        venue = next((p for p in places if p.kind == "venue"), None)
        if venue is None and trigger is not None:
            venue = (
                None
                if sentence.paragraph in title_case
                else _gathering_venue(knowledge, source, sentence)
            )
        city = next((p.name for p in places if p.kind == "city"), None)
        if venue is not None and venue.city is not None:
            city = venue.city  # "at the Pentagon ... after their meeting in Manila"
        clock = find_clock_times(source.id, text, gazetteer.zones, sentence.start, sentence.end)
        evidence = (source.span(sentence.start, sentence.end),)
        meal_durations = tuple(
            d for d in durations if d.evidence is not None and _MEAL.match(text, d.evidence.end)
        )
        talk_durations = tuple(d for d in durations if d not in meal_durations)
        base = MeetingMention(
            source=source.id,
            people=tuple(people),
            date=date,
            durations=talk_durations,
            clock=clock,
            venue=venue,
            city=city,
            evidence=evidence,
            sentence=index,
            between=_BETWEEN.search(words) is not None,
            reference=sentence.reference,
            narrative=from_entry,
            group=len(people) >= 3 and _is_group(knowledge, text, sentence, trigger),
            spans_days=spans_days,
        )
        if placed is not None and (
            venue is not None or people or sentence.paragraph - placed[1] > 1
        ):
            dated = date or narrative
            here = None if dated is None else dated.coarse
            if (
                venue is None
                and len(people) >= 2
                and trigger is not None
                and (placed[2] is None or here is None or placed[2] == here)
            ):
                base = evolve(base, venue=placed[0], city=city or placed[0].city)
            placed = None
        if (
            venue is not None
            and not people
            and trigger is not None
            and anaphora is None
            and not _looks_ahead(knowledge, words)
        ):
            # a day of its own that another meeting does not share is another occasion's
            # ("We last met at the APEC conference in November")
            placed = (venue, sentence.paragraph, None if date is None else date.coarse)
        if stamped is not None and len(people) >= 2 and (venue is None or city is None):
            dated = date or narrative
            if dated is None or dated.coarse == stamped[0]:
                # the page's stamp: "April 27, 2017, The Kremlin, Moscow"
                base = evolve(
                    base,
                    venue=base.venue or stamped[1],
                    city=base.city or stamped[2],
                )
        # a heading between opens another section: its meetings are not the last one's
        near = (
            last_primary is not None
            and sentence.paragraph - last_paragraph <= 2
            and not any(last_paragraph < h <= sentence.paragraph for h in headings)
        )
        target = found[last_primary] if near and last_primary is not None else None
        day = _mention_day(base)
        refers_back = (
            anaphora is not None
            and trigger is not None
            and anaphora.start() <= trigger.start() < anaphora.end()
            and _TRIGGER.search(words, anaphora.end()) is None
            and _TRIGGER.search(words, 0, anaphora.start()) is None
        )
        if refers_back:
            target = _referent(found, people, sentence.paragraph) or target
        if refers_back and target is not None and set(people) <= set(target.people):
            # "a readout of the meeting": the meeting just told, not a new one
            found.append(_about(base, target, anaphoric=True))
            last_paragraph = sentence.paragraph
            continue
        if pictured:
            found.append(base)
            last_primary, last_paragraph = len(found) - 1, sentence.paragraph
        elif listed:
            # "Meetings with Papua New Guinea defense officials included:" and a bulleted
            # list: the story's protagonist (or the clause's one person) met each one listed
            for person, item in listed:
                found.append(
                    evolve(
                        base,
                        people=(*people[:1], person),
                        evidence=(*evidence, source.span(item.start, item.end)),
                        kind=_kind(words, trigger) if trigger is not None else base.kind,
                        implied=not people,
                        group=False,
                        date=date or narrative,
                        narrative=from_entry or (date is None and narrative is not None),
                    )
                )
            last_primary, last_paragraph = len(found) - 1, sentence.paragraph
        elif (
            len(people) >= 2
            and trigger is not None
            and (_ACTIVE.search(words) or _AGENTLESS.search(words))
            and _he_met_them(knowledge, text, sentence, trigger, people)
        ):
            # "He met yesterday with Gazmin and President Aquino": the story's protagonist
            # met each of them, not they each other
            for person in people:
                found.append(
                    evolve(
                        base,
                        people=(person,),
                        kind=_kind(words, trigger),
                        implied=True,
                        group=False,
                        date=date or narrative,
                        narrative=from_entry or (date is None and narrative is not None),
                    )
                )
            last_primary, last_paragraph = len(found) - 1, sentence.paragraph
        elif len(people) >= 2 and trigger is not None:
            found.append(
                evolve(
                    base,
                    kind=_kind(words, trigger),
                    date=date or narrative,
                    narrative=from_entry or (date is None and narrative is not None),
                )
            )
            last_primary, last_paragraph = len(found) - 1, sentence.paragraph
        elif (
            target is not None
            and (anaphora is not None or len(people) <= 1)
            and set(people) <= set(target.people)
            # "Today, Mattis visited Baghdad to meet with ... leaders" after his meeting with
            # the crown prince on Saturday: one of the pair named, meeting on another day, is
            # meeting someone else, not the same pair again
            and not (
                anaphora is None
                and len(people) == 1
                and trigger is not None
                and day is not None
                and _mention_day(target) not in (None, day)
            )
        ):
            target_day = _mention_day(target)
            if (
                trigger is not None
                and day is not None
                and target_day not in (None, day)
                # one person at a summit ("in London to attend yesterday's UK-Africa Summit")
                # attended an event; it is no meeting with the one met on another day
                and (len(people) >= 2 or trigger.group().casefold() != "summit")
            ):
                # Same people, another day: a new meeting, not more about the last one.
                found.append(_about(base, target, kind=_kind(words, trigger)))
                last_primary = len(found) - 1
            elif not people and _PLURAL_BACK.search(words):
                # "Those meetings took place at the Bayi Building" after "He also met A and
                # B": more about each meeting the last sentence told
                found.extend(
                    _about(base, told, anaphoric=True, date=told.date)
                    for told in _told_together(found, found.index(target))
                )
            else:
                # more about the meeting just told: its day, not one the sentence names for
                # something else ("in London to attend yesterday's summit")
                found.append(_about(base, target, anaphoric=True, date=target.date))
            last_paragraph = sentence.paragraph
        elif (
            len(people) == 1
            and trigger is not None
            and _ACTIVE.search(words)
            and not _leads_a_group(text, sentence, trigger, people[0], knowledge)
        ):
            found.append(
                evolve(
                    base,
                    kind=_kind(words, trigger),
                    implied=True,
                    date=date or narrative,
                    narrative=from_entry or (date is None and narrative is not None),
                )
            )
            last_primary, last_paragraph = len(found) - 1, sentence.paragraph
        else:
            continue
        primary = found[-1]
        if (primary_day := _mention_day(primary)) is not None:
            last_day = primary_day
        meal = _MEAL_WORD.search(words)
        if meal_durations or (
            meal is not None
            and primary.kind is MeetingKind.TALKS
            and _SEQUEL.search(words, 0, meal.start()) is not None
        ):
            found.append(
                evolve(
                    primary,
                    kind=MeetingKind.DINNER,
                    durations=meal_durations,
                    venue=None,
                    clock=(),
                    evidence=(
                        evidence if meal is None else (source.span(*_shift(sentence, meal)),)
                    ),
                )
            )
    spoken_on = _spoken_day(source, dates)
    transcript = _transcript_meeting(
        source, knowledge, gazetteer, spoken_on or fallback or _published_day(source)
    )
    titled = _title_meeting(
        source, knowledge, spoken_on or fallback or _published_day(source), speakers, gazetteer
    )
    if transcript is not None:
        if titled is not None and set(transcript.people) < set(titled.people):
            # the title shows everyone the speakers were with ("Blinken, Austin, Marles and
            # Wong at a Joint Press Availability"), some of whom said nothing in the excerpt
            everyone = tuple(dict.fromkeys((*transcript.people, *titled.people)))
            transcript = evolve(
                transcript,
                people=everyone,
                evidence=tuple(dict.fromkeys((*transcript.evidence, *titled.evidence))),
                group=len(everyone) > 2,
            )
        found.append(transcript)  # a guess of the day, yielding to one a sentence states
    elif titled is not None:
        found.append(titled)
    return _full_venues([_without_spokespeople(knowledge, m) for m in found])


def _without_spokespeople(knowledge: KnowledgeBase, mention: MeetingMention) -> MeetingMention:
    """The mention without the people whose office is to speak for others: the spokesperson
    a readout is "attributable to" reports the meeting, never takes part in it."""
    words = grammar().spokesperson_titles
    people = tuple(p for p in mention.people if not _holds_title(knowledge, p, words))
    return mention if people == mention.people else evolve(mention, people=people)
