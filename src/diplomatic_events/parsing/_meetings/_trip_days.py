"""The days a story tells by their order: a trip's first, second or last day ("during her
first day in the country" in a trip of "April 15-18"), a day of the month by its ordinal
("later on the 21st" after "On June 21, ...") in the month the story is telling, and the
day of a stop told again by its place ("traveled Thursday ... to Guatemala", then "In
Guatemala, Carper joined Biden to meet with ...").

Apart from the per-sentence date choice (:mod:`._sentence_dates`) that calls them because
they are calendar arithmetic on a trip's or a story's day, with no reading of the sentence
beyond the one phrase.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence

from attrs import evolve

from diplomatic_events._needed import may_match_in
from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.knowledge._grammar import grammar, phrase_pattern
from diplomatic_events.knowledge._places import Gazetteer, PlaceMention
from diplomatic_events.knowledge._prefilter import guarded
from diplomatic_events.model import PartialDate, Precision, Source
from diplomatic_events.parsing._meetings._page_days import trip_lengths
from diplomatic_events.parsing._meetings._sentences import Sentence
from diplomatic_events.parsing._time import TimeExpression


@functools.cache
def _day_of_trip_pattern() -> re.Pattern[str]:
    """A day of a trip by its order ("her first day in the country", "on the final day",
    "upon arrival": the first; ``trip_first_day`` and the others in ``grammar.toml``); not
    the first day in one of the trip's countries by name ("his first day in Colombia" of a
    trip to Colombia and Ecuador), which need not be the trip's."""
    words = grammar()
    first, second, last = (
        phrase_pattern(phrases)
        for phrases in (words.trip_first_day, words.trip_second_day, words.trip_last_day)
    )
    return guarded(
        re.compile(
            rf"\b(?:(?P<first>{first})|(?P<second>{second})|(?P<last>{last}))\b"
            r"(?!\s+in\s+(?-i:[A-Z]))",
            re.IGNORECASE,
        )
    )


def _day_of_trip(source: Source, sentence: Sentence, trip: TimeExpression) -> TimeExpression | None:
    """The day of the trip's stated days a sentence names by its order: its first, second
    or last day; none when the trip has no day-precise ends."""
    words = source.text[sentence.start : sentence.end]
    found = _day_of_trip_pattern().search(words)
    if found is None or trip.date is None or trip.date_end is None:
        return None
    if trip.date.precision is not Precision.DAY or trip.date_end.precision is not Precision.DAY:
        return None
    first, last = trip.date.earliest(), trip.date_end.earliest()
    if found["first"]:
        day = first
    elif found["second"]:
        day = first + dt.timedelta(days=1)
        if day > last:
            return None
    else:
        day = last
    return TimeExpression(
        evidence=source.span(sentence.start + found.start(), sentence.start + found.end()),
        kind="trip_day",
        date=PartialDate.of(day),
        relative=True,
    )


def _in_month_of(day: TimeExpression, told: TimeExpression) -> TimeExpression:
    """``day`` (a day of the month by its ordinal) in the month of the day the story is
    telling, when that day is known to the day and the month has it."""
    if day.date is None or day.date.day is None or told.date is None:
        return day
    if told.date.precision is not Precision.DAY:
        return day
    try:
        moved = told.date.earliest().replace(day=day.date.day)
    except ValueError:
        return day
    return evolve(day, date=PartialDate.of(moved))


def stop_country(
    knowledge: KnowledgeBase,
    gazetteer: Gazetteer,
    source: Source,
    sentence: Sentence,
    date: TimeExpression,
) -> str | None:
    """The country a sentence names on the one past day of the story it writes ("traveled
    Thursday ... to attend the inauguration of the President of Guatemala"): that day was a
    stop there. Not a sentence of several countries ("a week-long trip today to Uruguay and
    Argentina"), of a trip of days ("concluded a two-day trip to Ottawa, Canada"), or of a
    day long before the story ("became NATO members March 29, 2004")."""
    if (
        date.future
        or date.bound
        or date.date is None
        or date.date_end is not None
        or date.date.precision is not Precision.DAY
        or sentence.reference is None
    ):
        return None
    day = date.date.to_date()
    if day is None or not 0 <= (sentence.reference - day).days <= _STOP_DAYS:
        return None
    if next(trip_lengths(knowledge, source, sentence), None) is not None:
        return None
    places = gazetteer.find(source.id, source.text, sentence.start, sentence.end)
    countries = {place.country for place in places if place.country is not None}
    return countries.pop() if len(countries) == 1 else None


def stop_day(
    gazetteer: Gazetteer,
    source: Source,
    sentence: Sentence,
    stops: dict[str, TimeExpression],
) -> TimeExpression | None:
    """The day of the stop a sentence opens with ("In Guatemala, Sen. Carper joined ..."),
    when an earlier sentence gave the day of that country's stop."""
    if not stops:
        return None
    opened = stop_opened(gazetteer, source, sentence)
    if opened is None or opened.country not in stops:
        return None
    return evolve(stops[opened.country], evidence=opened.evidence, kind="stop_day")


def stop_opened(gazetteer: Gazetteer, source: Source, sentence: Sentence) -> PlaceMention | None:
    """The place of a country a sentence opens with as a stop ("In Guatemala, ...", "While
    in Israel, ..."), if any."""
    text = source.text
    opening = _stop_opening().match(text, sentence.start, sentence.end)
    if opening is None or opening.end() - sentence.start > _STOP_REACH:
        return None
    for place in gazetteer.find(source.id, text, sentence.start, sentence.end):
        if place.evidence.start > opening.end():
            break
        if place.evidence.start == opening.end() and place.country is not None:
            return place
    return None


_STOP_REACH = 40
"""How far into a sentence its opening stop may be named."""
_STOP_DAYS = 31
"""How many days before the story a stop's day may lie."""


@functools.cache
def _stop_opening() -> re.Pattern[str]:
    """The words before a stop's place that open a sentence ("In ", "While in the ")."""
    openings = phrase_pattern(grammar().stop_openings)
    return re.compile(rf"[\s•*\-–—]*(?:{openings})[ \u00a0]+(?:the[ \u00a0]+)?", re.IGNORECASE)


def several_stops(gazetteer: Gazetteer, source: Source, clauses: Sequence[Sentence]) -> bool:
    """Whether the story opens sentences at the stops of two countries or more ("In Saudi
    Arabia, Senator King met ...", "In Qatar, the Senators met ..."), or names a trip to two
    countries or more in one list ("a week-long visit to Niger, South Africa, Zimbabwe, and
    Burkina Faso"): a trip summed up, its stops on days of their own."""
    countries: set[str] = set()
    for sentence in clauses:
        opened = stop_opened(gazetteer, source, sentence)
        if opened is not None and opened.country is not None:
            countries.add(opened.country)
            if len(countries) > 1:
                return True
        if len(_listed_destinations(gazetteer, source, sentence)) > 1:
            return True
    return False


@functools.cache
def _trip_to() -> re.Pattern[str]:
    """A trip's or a travelling party's noun then "to", or a party's verb of going that ends in
    "to" (``trip_nouns``, ``party_nouns`` and ``party_travel`` in ``grammar.toml``): its
    destinations follow ("a visit to", "a congressional delegation to", "traveled to")."""
    words = grammar()
    nouns = phrase_pattern(words.trip_nouns | words.party_nouns)
    going = phrase_pattern(frozenset(p for p in words.party_travel if p.endswith(" to")))
    return guarded(re.compile(rf"\b(?:(?:{nouns})[ \u00a0]+to|{going})[ \u00a0]+", re.IGNORECASE))


_LIST_JOINER = re.compile(r"(?:,|,?[ \u00a0]+and|,?[ \u00a0]+then)?[ \u00a0]*(?:the[ \u00a0]+)?")
"""What lies between two destinations of one list: ", ", " and ", ", and then "."""


_LIST_REACH = 240
"""How far after a trip's "to" its list of destinations is read."""


def _listed_destinations(gazetteer: Gazetteer, source: Source, sentence: Sentence) -> set[str]:
    """The countries of the places a sentence lists right after a trip's "to" ("visit to
    Niger, South Africa, Zimbabwe, and Burkina Faso")."""
    text = source.text
    countries: set[str] = set()
    trip_to = _trip_to()
    if not may_match_in(trip_to, text, sentence.start, sentence.end):
        return countries
    for going in trip_to.finditer(text, sentence.start, sentence.end):
        at = going.end()
        for place in gazetteer.find(source.id, text, at, min(sentence.end, at + _LIST_REACH)):
            if place.evidence.start < at:
                continue
            if _LIST_JOINER.fullmatch(text, at, place.evidence.start) is None:
                break
            if place.country is not None:
                countries.add(place.country)
            at = place.evidence.end
    return countries
