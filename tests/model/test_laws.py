"""Laws of the model: valid values construct, invalid ones are refused."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplomatic_events import (
    Block,
    BlockKind,
    Duration,
    Extraction,
    Hedge,
    Interval,
    InvalidModelError,
    Meeting,
    PartialDate,
    Precision,
    Source,
    Span,
    Visit,
)
from diplomatic_events.testing import strategies as des


class TestValidators:
    @given(des.invalid_values())
    def test_invalid_values_raise_the_documented_error(
        self, call: tuple[Callable[..., Any], dict[str, Any]]
    ) -> None:
        """Every generated impossible value raises InvalidModelError (also a ValueError)."""
        factory, kwargs = call
        with pytest.raises(InvalidModelError):
            factory(**kwargs)

    @given(des.extractions())
    def test_valid_values_construct(self, value: object) -> None:
        """Every generated valid document constructs (the strategy calls the validators)."""
        assert value is not None

    def test_meeting_end_before_start_message_names_both_times(self) -> None:
        """The message says which meeting and both times."""
        zone = dt.timezone(dt.timedelta(hours=8))
        start = dt.datetime(2023, 6, 19, 17, 9, tzinfo=zone)
        with pytest.raises(InvalidModelError, match=r"'xi' ends .* before it starts"):
            Meeting(id="xi", participants=(), start=start, end=start - dt.timedelta(minutes=35))

    def test_naive_datetime_is_refused_with_field_name(self) -> None:
        """A naive datetime names the field that needs a zone."""
        with pytest.raises(InvalidModelError, match=r"Meeting\.start needs a time zone"):
            Meeting(id="m", participants=(), start=dt.datetime(2023, 6, 19, 16, 34))

    def test_repeated_participants_are_refused(self) -> None:
        """A participant listed twice is a mistake, not two people."""
        with pytest.raises(InvalidModelError, match="repeated"):
            Meeting(id="m", participants=("a", "a"))


class TestInterval:
    @given(des.intervals(), des.intervals())
    def test_intersection_is_commutative(self, a: Interval, b: Interval) -> None:
        """a ∩ b == b ∩ a."""
        assert a.intersection(b) == b.intersection(a)

    @given(des.intervals(), des.intervals(), des.intervals())
    def test_intersection_is_associative(self, a: Interval, b: Interval, c: Interval) -> None:
        """(a ∩ b) ∩ c == a ∩ (b ∩ c), with empty meaning None."""
        ab = a.intersection(b)
        bc = b.intersection(c)
        left = None if ab is None else ab.intersection(c)
        right = None if bc is None else a.intersection(bc)
        assert left == right

    @given(des.intervals())
    def test_interval_is_compatible_with_itself(self, a: Interval) -> None:
        """An interval always meets itself, and a ∩ a == a."""
        assert a.is_compatible_with(a)
        assert a == a.intersection(a)

    @given(des.intervals(), st.floats(min_value=-1e6, max_value=1e6))
    def test_members_of_intersection_are_members_of_both(self, a: Interval, x: float) -> None:
        """x ∈ a ∩ b exactly when x ∈ a and x ∈ b (here b = a shifted)."""
        b = Interval(low=None if a.low is None else a.low - 1, high=a.high)
        both = a.intersection(b)
        assert (both is not None and both.contains(x)) == (a.contains(x) and b.contains(x))

    @given(des.intervals(), des.intervals())
    def test_hull_contains_both(self, a: Interval, b: Interval) -> None:
        """The hull holds every end of both intervals."""
        hull = a.hull(b)
        for bound in (a.low, a.high, b.low, b.high):
            if bound is not None:
                assert hull.contains(bound)

    def test_more_than_five_hours_is_unbounded_above(self) -> None:
        """'more than five hours' meets 'nearly six hours' at [300, 360]."""
        more_than = Duration(low_minutes=300, high_minutes=None, hedge=Hedge.MORE_THAN)
        nearly = Duration(low_minutes=300, high_minutes=360, hedge=Hedge.NEARLY)
        assert Interval(low=300, high=360) == more_than.intersection(nearly)
        assert more_than.contains(10_000)


class TestPartialDate:
    @given(des.partial_dates())
    def test_iso_round_trip(self, day: PartialDate) -> None:
        """from_iso(isoformat()) gives the date back at its precision."""
        assert day == PartialDate.from_iso(day.isoformat())

    @given(des.partial_dates())
    def test_earliest_and_latest_are_contained(self, day: PartialDate) -> None:
        """A partial date contains its own first and last day."""
        assert day.contains(day.earliest())
        assert day.contains(day.latest())

    @given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))
    def test_the_month_of_a_day_holds_it_and_is_its_own_month(self, day: dt.date) -> None:
        """month_of(day) is a month that contains the day, the same for the day as a date
        or as a PartialDate, and the month of a month is itself."""
        month = PartialDate.month_of(day)
        assert (Precision.MONTH, True) == (month.precision, month.contains(day))
        assert month == PartialDate.month_of(PartialDate.of(day)) == PartialDate.month_of(month)

    def test_a_year_has_no_month_to_take(self) -> None:
        """month_of a year alone is the year: there is no month to keep."""
        assert PartialDate(year=2022) == PartialDate.month_of(PartialDate(year=2022))

    def test_precision(self) -> None:
        """Precision follows the parts given."""
        assert Precision.MONTH == PartialDate(year=2022, month=11).precision
        assert "2022-11" == PartialDate(year=2022, month=11).isoformat()


class TestPartialDateSpanningMonths:
    def test_a_range_across_a_month_s_end_is_both_months(self) -> None:
        """ "Aug. 30 to Sept. 1": the two months, written as an ISO interval, from the first
        day of the first to the last day of the second."""
        span = PartialDate.months(
            PartialDate(year=2024, month=8, day=30), PartialDate(year=2024, month=9, day=1)
        )
        assert ("2024-08/2024-09", Precision.MONTH, dt.date(2024, 8, 1), dt.date(2024, 9, 30)) == (
            span.isoformat(),
            span.precision,
            span.earliest(),
            span.latest(),
        )

    def test_one_month_is_no_span(self) -> None:
        """Two days of one month are that month."""
        assert PartialDate(year=2024, month=8) == PartialDate.months(
            PartialDate(year=2024, month=8, day=2), PartialDate(year=2024, month=8, day=9)
        )

    def test_a_span_across_a_year_s_end(self) -> None:
        """ "Dec. 30 to Jan. 2" spans two years' months."""
        assert "2023-12/2024-01" == str(
            PartialDate.months(PartialDate(year=2023, month=12), PartialDate(year=2024, month=1))
        )

    @pytest.mark.parametrize("text", ["2024-09/2024-08", "2024-08-30/2024-09", "2024/2025"])
    def test_a_span_ending_before_it_starts_or_not_of_months_is_refused(self, text: str) -> None:
        """A span of months runs forward, from a month to a month."""
        with pytest.raises(InvalidModelError):
            PartialDate.from_iso(text)


class TestSpan:
    def test_of_cuts_the_text(self) -> None:
        """Span.of keeps text[start:end] as its text."""
        text = 'Xi said "This is very good," and left.'
        span = Span.of("doc", text, 9, 26)
        assert "This is very good" == span.text
        assert text[span.start : span.end] == span.text


_TEXT = "x" * 20


def _first_out_of_order(blocks: list[Block]) -> int | None:
    """The index of the first readable block starting before an earlier readable one ends."""
    ends = [(i, b.start, b.end) for i, b in enumerate(blocks) if b.kind.is_readable]
    reached = None
    for index, start, end in ends:
        if reached is not None and start < reached:
            return index
        reached = end
    return None


_BLOCKS = st.lists(
    st.builds(
        lambda kind, a, b: Block(kind=kind, start=min(a, b), end=max(a, b)),
        st.sampled_from(BlockKind),
        st.integers(min_value=0, max_value=len(_TEXT)),
        st.integers(min_value=0, max_value=len(_TEXT)),
    ),
    max_size=6,
)


class TestSourceBlocks:
    @given(_BLOCKS)
    def test_readable_blocks_out_of_order_are_refused(self, blocks: list[Block]) -> None:
        """Refused exactly when a readable block starts before the last one ends, naming it."""
        first = _first_out_of_order(blocks)
        if first is None:
            assert tuple(blocks) == Source(id="s", text=_TEXT, blocks=tuple(blocks)).blocks
            return
        with pytest.raises(InvalidModelError) as caught:
            Source(id="s", text=_TEXT, blocks=tuple(blocks))
        assert f"readable block {first} " in str(caught.value)

    @given(des.sources())
    def test_generated_sources_have_readable_blocks_in_order(self, source: Source) -> None:
        """The library's strategy draws readable blocks in text order and apart."""
        assert None is _first_out_of_order(list(source.blocks))

    def test_overlapping_readable_blocks_are_refused_with_both_named(self) -> None:
        """The message names the offending block and the one it overlaps."""
        blocks = (
            Block(kind=BlockKind.BODY, start=0, end=10),
            Block(kind=BlockKind.BOILERPLATE, start=2, end=4),
            Block(kind=BlockKind.HEADING, start=5, end=12),
        )
        with pytest.raises(InvalidModelError) as caught:
            Source(id="s", text=_TEXT, blocks=blocks)
        assert (
            "Source 's': readable block 2 (heading 5-12) starts before the previous readable "
            "block (body 0-10) ends: readable blocks must be in text order and must not overlap"
        ) == str(caught.value)

    def test_other_blocks_may_lie_anywhere(self) -> None:
        """Page furniture may overlap or precede the readable blocks."""
        blocks = (
            Block(kind=BlockKind.BODY, start=5, end=10),
            Block(kind=BlockKind.BOILERPLATE, start=0, end=20),
            Block(kind=BlockKind.BODY, start=10, end=12),
        )
        assert blocks == Source(id="s", text=_TEXT, blocks=blocks).blocks


class TestVisitTimeline:
    def test_meetings_come_in_date_order_with_undated_last(self) -> None:
        """timeline() sorts by date and puts undated meetings at the end."""
        visit = Visit(
            id="v",
            visitor="antony-blinken",
            meetings=(
                Meeting(id="undated", participants=()),
                Meeting(id="mon", participants=(), date=PartialDate(year=2023, month=6, day=19)),
                Meeting(id="sun", participants=(), date=PartialDate(year=2023, month=6, day=18)),
            ),
        )
        assert ["sun", "mon", "undated"] == [item.ref for item in visit.timeline()]


class TestPartialDateOrder:
    @given(des.partial_dates(), des.partial_dates())
    def test_any_two_dates_of_any_precision_are_ordered(
        self, a: PartialDate, b: PartialDate
    ) -> None:
        """Mixed precisions compare without error, consistently with sort_key."""
        assert (a < b) == (a.sort_key() < b.sort_key())
        assert sorted([a, b]) == sorted([b, a])


class TestAllPositions:
    @given(des.extractions())
    def test_visits_first_then_those_of_no_visit(self, extraction: Extraction) -> None:
        """all_positions() gives every visit's positions in order, then the loose ones."""
        expected = [p for visit in extraction.visits for p in visit.positions]
        expected += list(extraction.positions)
        assert expected == list(extraction.all_positions())
