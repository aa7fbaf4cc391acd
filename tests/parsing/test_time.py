"""Date and clock-time expressions resolved against a reference date."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplomatic_events.knowledge._spans import Spans
from diplomatic_events.model import PartialDate
from diplomatic_events.parsing._time import (
    TimeExpression,
    clock_range,
    falls_within,
    find_clock_times,
    find_dates,
    resolve_weekday,
)
from diplomatic_events.parsing._time._dates import _PATTERNS, _joined_ranges, _named_days
from diplomatic_events.parsing._time._resolve import _resolve
from diplomatic_events.typing import SourceId

SOURCE = SourceId("test")
MONDAY = dt.date(2024, 3, 11)
"""The reference date of the texts below: a Monday."""


def only(text: str, reference: dt.date | None = MONDAY) -> TimeExpression:
    found = find_dates(SOURCE, text, reference)
    assert len(found) == 1, found
    return found[0]


class TestFindDates:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Scholz met Modi on Monday.", "2024-03-11"),
            ("Scholz met Modi Monday in Delhi.", "2024-03-11"),
            ("Scholz arrived on Sunday.", "2024-03-10"),
            ("Modi spoke Friday at a rally.", "2024-03-08"),
            ("They spoke earlier Monday.", "2024-03-11"),
            ("Officials met the previous day.", "2024-03-10"),
            ("They had met yesterday.", "2024-03-10"),
            ("The two leaders dined last night.", "2024-03-10"),
            ("The two leaders met this afternoon.", "2024-03-11"),
            ("Talks began this morning, local time.", "2024-03-11"),
            ("I met President Bazoum just now.", "2024-03-11"),
            ("The ministers spoke a few minutes ago.", "2024-03-11"),
            ("Minister Roe and I just had a very good meeting.", "2024-03-11"),
            ("They met in Osaka last year.", "2023"),
            ("The minister visited earlier this month.", "2024-03"),
            ("Talks were held in May.", "2023-05"),
            ("The trip was cancelled in February.", "2024-02"),
            ("A deal was signed in November.", "2023-11"),
            ("He visited last April.", "2023-04"),
            ("This February, the two sides met in Oslo.", "2024-02"),
            ("They will sign it when they meet this November.", "2024-11"),
            ("They agreed to co-sign it when they meet this November.", "2024-11"),
            ("In May, the ministers met again.", "2023-05"),
            ("The accord dates from March 4, 2021.", "2021-03-04"),
            ("The accord dates from 4 March 2021.", "2021-03-04"),
            ("They met on March 9.", "2024-03-09"),
            ("They met on December 12.", "2023-12-12"),
            ("Relations have been tense since 2019.", "2019"),
            ("I remember the summit back in December '96.", "1996-12"),
            ("They first met in March ’24.", "2024-03"),
        ],
    )
    def test_resolves_each_expression_against_the_reference(self, text: str, expected: str) -> None:
        """Each expression gives the day, month or year the reference date implies."""
        found = only(text)
        assert found.date is not None
        assert expected == found.date.isoformat()

    def test_had_just_met_is_no_day(self) -> None:
        """ "had just met" tells of a narrative's earlier time, not the day of writing."""
        assert () == find_dates(SOURCE, "Scholz had just met Modi when the news came.", MONDAY)

    def test_keeps_the_evidence_offsets(self) -> None:
        """The span cuts the expression's own words out of the text."""
        text = "Modi hosted Scholz on Sunday at Hyderabad House."
        found = only(text)
        assert (19, 28, "on Sunday") == (
            found.evidence.start,
            found.evidence.end,
            found.evidence.text,
        )

    def test_a_day_range_without_a_year(self) -> None:
        """ "April 5-6" is a two-day range in the reference year."""
        found = only("The summit on April 5-6 was tense.", dt.date(2024, 6, 1))
        assert (PartialDate(year=2024, month=4, day=5), PartialDate(year=2024, month=4, day=6)) == (
            found.date,
            found.date_end,
        )

    @pytest.mark.parametrize("text", ["They met Aug. 23 to 28.", "They met from 23 to 28 August."])
    def test_a_day_range_written_with_to(self, text: str) -> None:
        """ "Aug. 23 to 28" is a range of days, as "Aug. 23-28" is."""
        found = only(text, dt.date(2024, 9, 1))
        assert ("2024-08-23", "2024-08-28") == (str(found.date), str(found.date_end))

    @pytest.mark.parametrize(
        "text", ["They met June 15th and 16th.", "They met on 15 and 16 June."]
    )
    def test_two_days_joined_by_and(self, text: str) -> None:
        """ "June 15th and 16th" is the range of those two days."""
        found = only(text, dt.date(2024, 6, 20))
        assert ("2024-06-15", "2024-06-16") == (str(found.date), str(found.date_end))

    def test_a_number_after_and_is_no_day(self) -> None:
        """ "July 4 and 5,000 troops": the day is July 4; "5,000" counts troops."""
        found = only("They met July 4 and 5,000 troops.", dt.date(2024, 7, 20))
        assert ("2024-07-04", None) == (str(found.date), found.date_end)

    def test_last_week_is_the_previous_monday_to_sunday(self) -> None:
        """ "last week" covers the whole previous calendar week."""
        found = only("The advisers met last week.")
        assert ("2024-03-04", "2024-03-10", PartialDate(year=2024, month=3)) == (
            found.date and found.date.isoformat(),
            found.date_end and found.date_end.isoformat(),
            found.coarse,
        )

    @pytest.mark.parametrize("phrase", ["This past week", "The past week"])
    def test_the_past_week_is_the_seven_days_up_to_the_day_written(self, phrase: str) -> None:
        """ "This past week, Secretary Perry visited ..." is the week up to the page's day,
        not the calendar week before it."""
        found = only(f"{phrase}, the secretary visited Vilnius.", dt.date(2019, 10, 11))
        assert ("2019-10-05", "2019-10-11", False) == (
            found.date and found.date.isoformat(),
            found.date_end and found.date_end.isoformat(),
            found.future,
        )

    def test_the_coming_months_look_ahead(self) -> None:
        """ "in the coming months" is a future range starting after the reference."""
        found = only("A summit may follow in the coming months.")
        assert (True, "2024-03-12") == (found.future, found.date and found.date.isoformat())

    def test_a_future_clause_takes_the_next_weekday(self) -> None:
        """ "will travel on Friday" in a Monday story is the coming Friday."""
        assert PartialDate(year=2024, month=3, day=15) == only("She will travel on Friday.").date

    def test_a_future_word_in_a_later_clause_leaves_the_day_past(self) -> None:
        """ "met on Friday, in talks that ran longer than scheduled" is the past Friday."""
        text = "The ministers met on Friday, in talks that ran longer than scheduled."
        found = only(text)
        assert (False, PartialDate(year=2024, month=3, day=8)) == (found.future, found.date)

    def test_a_future_word_in_a_quotation_leaves_the_day_past(self) -> None:
        """A "will" inside a quotation is the speaker's tense, not the report's."""
        text = "She told him on Friday that \u201cnobody will stop us\u201d."
        assert PartialDate(year=2024, month=3, day=8) == only(text).date

    def test_an_opening_day_takes_the_tense_of_the_main_clause(self) -> None:
        """ "On Friday, she will travel" still looks ahead."""
        assert PartialDate(year=2024, month=3, day=15) == only("On Friday, she will travel.").date

    def test_a_relative_clause_s_future_leaves_an_opening_day_past(self) -> None:
        """ "On Friday, A and B signed an agreement that will ease travel" is the past
        Friday: the "will" is the agreement's; "On Friday, she said she will travel" looks
        ahead as before."""
        text = "On Friday, Roe and Vale signed an agreement that will ease travel."
        assert PartialDate(year=2024, month=3, day=8) == only(text).date
        assert PartialDate(year=2024, month=3, day=15) == only("On Friday, she will travel.").date

    def test_going_back_to_marks_the_start_of_a_period(self) -> None:
        """ "going back to 2016" is a year that starts a period."""
        found = only("tensions going back to 2016")
        assert (PartialDate(year=2016), True) == (found.date, found.since)

    @pytest.mark.parametrize(
        ("text", "until"),
        [
            ("signed an agreement extending the partnership through 2027", True),
            ("the plan runs until the end of 2030", True),
            ("They met in 2027.", False),
        ],
    )
    def test_through_a_year_marks_the_end_of_a_period(self, text: str, until: bool) -> None:
        """ "through 2027", "until the end of 2030": a year that ends a period bounds it
        and dates no event."""
        found = only(text)
        assert (until, until) == (found.until, found.bound)

    @pytest.mark.parametrize(
        ("text", "reference", "expected"),
        [
            ("Later on the 15th, they met.", dt.date(2024, 4, 18), dt.date(2024, 4, 15)),
            ("On the 28th, they met.", dt.date(2024, 4, 18), dt.date(2024, 3, 28)),
            ("They will meet on the 25th.", dt.date(2024, 4, 18), dt.date(2024, 4, 25)),
            ("They met on the 15th of April.", dt.date(2024, 4, 18), dt.date(2024, 4, 15)),
        ],
    )
    def test_a_day_by_its_ordinal(self, text: str, reference: dt.date, expected: dt.date) -> None:
        """ "on the 15th": that day of the reference's month (the month before when it is
        still to come); "the 15th of April" is a day and its month."""
        assert PartialDate.of(expected) == only(text, reference).date

    def test_an_ordinal_before_a_noun_is_no_day(self) -> None:
        """ "on the 2nd Fleet staff", "the 28th annual talks": an ordinal naming a thing."""
        assert () == find_dates(SOURCE, "He served on the 2nd Fleet staff.", MONDAY)

    def test_a_year_naming_a_thing_dates_nothing(self) -> None:
        """ "the 2017 Memorandum of Understanding" names a document; "in 2017" is a time."""
        assert () == find_dates(SOURCE, "to build on the 2017 Memorandum of Understanding", MONDAY)
        assert PartialDate(year=2017) == only("They first met in 2017 in Luanda.").date

    def test_a_range_written_across_a_month_s_end_is_both_months(self) -> None:
        """ "from Aug. 30 to Sept. 1" is one date, the span of its two months."""
        (written,) = find_dates(SOURCE, "They met from Aug. 30 to Sept. 1.", MONDAY)
        assert "2023-08/2023-09" == str(written.coarse)

    def test_a_year_ending_a_name_dates_nothing(self) -> None:
        """ "in support of Southern Seas 2024", "Vision 2030": the year is part of a name
        (an exercise, a plan); after a month or a preposition it is a time."""
        assert () == find_dates(SOURCE, "in support of Southern Seas 2024.", MONDAY)
        assert () == find_dates(SOURCE, "the goals of Saudi Vision 2030", MONDAY)
        assert PartialDate(year=2019) == only("In 2019 the two sides met.").date
        assert PartialDate(year=2019) == only("The two sides met during 2019.").date

    def test_this_month_ahead_is_of_the_page_s_year_and_ahead(self) -> None:
        """ "when they meet this November" on a page of March is ahead, in the page's year."""
        found = only("They agreed to co-sign it when they meet this November.")
        assert (PartialDate(year=2024, month=11), True) == (found.date, found.future)

    def test_a_weekday_without_reference_keeps_the_weekday(self) -> None:
        """In an undated report, "on Sunday" stays unresolved but remembers the day."""
        found = only("He landed on Sunday.", None)
        assert (None, 6) == (found.date, found.weekday)

    def test_a_full_date_is_one_expression(self) -> None:
        """ "June 19, 2023" is a single day, not a day plus a year."""
        assert ["June 19, 2023"] == [
            f.evidence.text for f in find_dates(SOURCE, "seen on June 19, 2023.", MONDAY)
        ]

    @given(
        st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2090, 12, 31)),
        st.sampled_from(
            [
                "on Monday",
                "on Sunday",
                "Friday",
                "last week",
                "the previous day",
                "in May",
                "in December",
                "last year",
                "earlier this month",
                "on March 3",
                "over the weekend",
            ]
        ),
    )
    def test_a_past_expression_never_lies_after_the_reference(
        self, reference: dt.date, words: str
    ) -> None:
        """A resolved past-tense date starts no later than the day after the reference (a
        page may be stamped a day early), unless it is read as a plan of the coming week."""
        found = only(f"They met {words}.", reference)
        assert found.date is not None
        assert found.future or found.date.earliest() <= reference + dt.timedelta(days=1)

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("They met on March 12.", ("2024-03-12", False)),
            ("They meet on March 15.", ("2024-03-15", True)),
            ("They met on March 20.", ("2023-03-20", False)),
        ],
    )
    def test_a_day_just_after_the_reference_is_this_year_s(
        self, text: str, expected: tuple[str, bool]
    ) -> None:
        """Without a year: the day after the reference is this year's; a day in the coming
        week a plan of this year; a day further ahead last year's."""
        found = only(text)
        assert expected == (str(found.date), found.future)


class TestTwoDigitYears:
    @given(st.integers(0, 99), st.dates(dt.date(1901, 1, 1), dt.date(2098, 12, 31)))
    def test_the_latest_year_with_those_digits_up_to_a_year_ahead(
        self, digits: int, reference: dt.date
    ) -> None:
        """ "March '96" is the one year ending in 96 within the hundred years up to a year
        after the reference day."""
        found = only(f"They met in March '{digits:02d}.", reference)
        assert found.date is not None
        assert found.date.year is not None
        year = found.date.year
        assert (digits, True) == (year % 100, reference.year - 98 <= year <= reference.year + 1)

    def test_without_a_reference_no_year_is_guessed(self) -> None:
        """With no reference day, "March '96" is kept without a date."""
        assert None is only("They met in March '96.", None).date


class TestJoinedRanges:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("From February 29 to March 2, Kurilla traveled.", ("2024-02-29", "2024-03-02")),
            ("The talks ran between Feb. 28 and March 1.", ("2024-02-28", "2024-03-01")),
            ("She visited Ghana Feb. 27 through March 1, 2024.", ("2024-02-27", "2024-03-01")),
        ],
    )
    def test_two_days_joined_are_one_range(self, text: str, expected: tuple[str, str]) -> None:
        """Two written days joined by "from ... to", "between ... and" or "through" are one
        range across the month's end, evidenced by the words from the first to the last."""
        found = only(text)
        assert (*expected, "range") == (str(found.date), str(found.date_end), found.kind)

    @pytest.mark.parametrize(
        "text", ["They met on March 4 and March 5.", "The vote moved March 4 to March 8."]
    )
    def test_two_days_not_joined_stay_apart(self, text: str) -> None:
        """ "And" without "between", "to" without "from": two days, not a range."""
        assert [None, None] == [e.date_end for e in find_dates(SOURCE, text, MONDAY)]


class TestNamedDays:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "On Wednesday, March 13, she visits Turkey.",
                ("2024-03-13", "On Wednesday, March 13"),
            ),
            ("He flew in on Friday 8 March.", ("2024-03-08", "on Friday 8 March")),
        ],
    )
    def test_a_weekday_before_its_calendar_day_is_that_day(
        self, text: str, expected: tuple[str, str]
    ) -> None:
        """The day written out wins over the weekday naming it: one expression, not the
        weekday before the story and a day after it."""
        found = only(text)
        assert expected == (str(found.date), found.evidence.text)

    def test_a_weekday_apart_from_a_day_stays_apart(self) -> None:
        """A weekday and a later calendar day in other words are two expressions."""
        found = find_dates(SOURCE, "On Friday he said the talks of March 13 went well.", MONDAY)
        assert ["weekday", "month_day"] == [e.kind for e in found]


class TestReportedFuture:
    def test_a_future_reported_after_the_day_leaves_the_day_past(self) -> None:
        """ "A on Friday announced that B would ...": the announcement's Friday, gone by."""
        found = only("Scholz on Friday announced that Germany would open a consulate.")
        assert ("2024-03-08", False, (7, 16)) == (
            str(found.date),
            found.future,
            (found.evidence.start, found.evidence.end),
        )

    def test_a_future_of_the_day_s_own_clause_stays_future(self) -> None:
        """ "A will on Friday announce that ...": the Friday to come."""
        found = only("Scholz will on Friday announce that Germany opens a consulate.")
        assert ("2024-03-15", True) == (str(found.date), found.future)


class TestPurposeAfterThePast:
    def test_an_infinitive_of_purpose_after_a_past_verb_leaves_the_days_past(self) -> None:
        """ "visited Japan March 4-6 to meet ...": "to meet" says why, the trip is over."""
        found = only("Gen. Berger visited Japan March 4-6 to meet with Japanese leaders.")
        assert ("2024-03-04", "2024-03-06", False) == (
            str(found.date),
            str(found.date_end),
            found.future,
        )

    def test_an_infinitive_after_a_present_verb_still_looks_ahead(self) -> None:
        """ "travels to Japan March 14-16 to meet ...": no past verb, the cue still counts."""
        found = only("Gen. Berger travels to Japan March 14-16 to meet with Japanese leaders.")
        assert found.future


class TestResolveWeekday:
    def test_the_same_weekday_is_the_reference_day(self) -> None:
        """A Monday story's "Monday" is that Monday."""
        assert MONDAY == resolve_weekday(0, MONDAY)

    def test_an_earlier_weekday_is_the_one_before(self) -> None:
        """A Monday story's "Friday" is the Friday before."""
        assert dt.date(2024, 3, 8) == resolve_weekday(4, MONDAY)


class TestClockRange:
    def test_from_and_to_give_start_and_end(self) -> None:
        """ "from 10 a.m. to noon" starts at 10:00 and ends at 12:00."""
        start, end = clock_range(find_clock_times(SOURCE, "talks ran from 10 a.m. to noon", {}))
        assert start is not None
        assert end is not None
        assert ((10, 0), (12, 0), "noon") == (
            (start.hour, start.minute),
            (end.hour, end.minute),
            end.evidence.text,
        )

    def test_a_start_cue_alone_gives_a_start(self) -> None:
        """ "started shortly after 9 a.m." is a start without an end."""
        start, end = clock_range(find_clock_times(SOURCE, "It started shortly after 9 a.m.", {}))
        assert (9, None) == (None if start is None else start.hour, end)

    def test_a_lone_uncued_time_is_neither(self) -> None:
        """ "at 3 p.m." alone says neither when a meeting began nor when it ended."""
        assert (None, None) == clock_range(find_clock_times(SOURCE, "They spoke at 3 p.m.", {}))


class TestFindClockTimes:
    def test_local_time_takes_the_city_zone(self) -> None:
        """ "4:34 p.m. local time" in New Delhi is 16:34 in Asia/Kolkata."""
        text = "The talks began at 4:34 p.m. local time and ended at 5:09 p.m."
        start, end = find_clock_times(SOURCE, text, {})
        assert ("4:34 p.m. local time", True, "5:09 p.m.") == (
            start.evidence.text,
            start.local,
            end.evidence.text,
        )
        day = dt.date(2024, 3, 11)
        began, ended = start.on(day, "Asia/Kolkata"), end.on(day, "Asia/Kolkata")
        assert ("2024-03-11T16:34:00+05:30", 35.0) == (
            began.isoformat(),
            (ended - began).total_seconds() / 60,
        )

    def test_a_named_zone_is_looked_up(self) -> None:
        """ "12:22 British Summer Time" is read in Europe/London."""
        (found,) = find_clock_times(
            SOURCE,
            "published at 12:22 British Summer Time",
            {"British Summer Time": "Europe/London"},
        )
        assert (12, 22, "Europe/London") == (found.hour, found.minute, found.zone)


_PIECES = ["June", "Jun.", "May", "19", "2023", "on", "Monday", "Sunday", "last", "in", "today"]
_PIECES += ["Sept", "Sep.", "mid-", "week", " ", ", ", "-", "next", "the", "Mon", "day", "."]
# the relative days, looked up in the text's table of literal starts first: in any case, and
# beside a character the engine takes for "s" ignoring case (the table is then not used)
_PIECES += ["Yesterday", "EARLIER", "a few", "minutes", "ago", "following", "ſ"]


def _every_kind(text: str, start: int, end: int) -> tuple[TimeExpression, ...]:
    taken = Spans()
    found = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text, start, end):
            if taken.overlaps(match.start(), match.end()):
                continue
            expression = _resolve(kind, match, text, SOURCE, MONDAY)
            if expression is not None:
                taken.add(match.start(), match.end())
                found.append(expression)
    return _joined_ranges(text, _named_days(text, sorted(found, key=lambda e: e.evidence.start)))


class TestNeededWords:
    @given(st.lists(st.sampled_from(_PIECES), max_size=12), st.integers(0, 50), st.integers(0, 90))
    def test_the_same_as_scanning_for_every_kind(self, pieces: list[str], a: int, b: int) -> None:
        """A window is read the same as when every kind of date is looked for in it."""
        text = " ".join(pieces)
        start, end = min(a, b, len(text)), min(max(a, b), len(text))
        assert _every_kind(text, start, end) == find_dates(SOURCE, text, MONDAY, start, end)


class TestFallsWithin:
    @pytest.mark.parametrize(
        ("day", "first", "last", "within"),
        [
            ("2019-09-25", "2019-09-25", "2019-09-27", True),
            ("2019-09-28", "2019-09-25", "2019-09-27", False),
            ("2021-09-16", "2021-09", None, True),
            ("2021-10-01", "2021-09", None, False),
            ("2021-10-01", None, None, True),
        ],
    )
    def test_a_day_falls_within_a_span_or_a_month(
        self, day: str, first: str | None, last: str | None, within: bool
    ) -> None:
        """A day in a trip's stated days or in a month falls within them; an unknown span
        holds any day."""
        assert within == falls_within(
            PartialDate.from_iso(day),
            None if first is None else PartialDate.from_iso(first),
            None if last is None else PartialDate.from_iso(last),
        )
