"""Hedged durations and the interval arithmetic they rely on."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplomatic_events.knowledge._hedges import HEDGE_RULES, load_hedge_rules
from diplomatic_events.model import Hedge, Interval
from diplomatic_events.parsing._quantities import _duration, _pattern, find_durations
from diplomatic_events.typing import SourceId

SOURCE = SourceId("test")


class TestFindDurations:
    @pytest.mark.parametrize(
        ("text", "wording", "low", "high", "hedge"),
        [
            ("They met for nearly six hours.", "nearly six hours", 300, 360, Hedge.NEARLY),
            ("It lasted five and a half hours.", "five and a half hours", 330, 330, Hedge.EXACT),
            ("It ran more than five hours.", "more than five hours", 300, None, Hedge.MORE_THAN),
            ("They talked for about three hours.", "about three hours", 150, 210, Hedge.ABOUT),
            ("a roughly three-hour meeting", "roughly three-hour", 150, 210, Hedge.ABOUT),
            ("the 35-minute session", "35-minute", 35, 35, Hedge.EXACT),
            ("it lasted roughly half an hour", "roughly half an hour", 25, 35, Hedge.ABOUT),
            ("followed by a two-hour dinner", "two-hour", 120, 120, Hedge.EXACT),
            ("a two-day visit", "two-day", 2880, 2880, Hedge.EXACT),
            ("they talked for hours", "for hours", 120, None, Hedge.VAGUE),
            ("talks went hours longer than planned", "hours longer", 120, None, Hedge.VAGUE),
            ("two to three hours of talks", "two to three hours", 120, 180, Hedge.RANGE),
            ("it took under an hour", "under an hour", 0, 60, Hedge.LESS_THAN),
            ("almost 40 minutes", "almost 40 minutes", 33.333, 40, Hedge.NEARLY),
        ],
    )
    def test_reads_each_hedge(
        self, text: str, wording: str, low: float, high: float | None, hedge: Hedge
    ) -> None:
        """Each wording gives the interval the hedge table sets."""
        (found,) = find_durations(SOURCE, text)
        assert (wording, low, high, hedge) == (
            found.text,
            found.low_minutes,
            found.high_minutes,
            found.hedge,
        )

    def test_evidence_points_into_the_text(self) -> None:
        """The span's offsets cut the wording out of the original text."""
        text = "Modi and Scholz met for about 90 minutes."
        (found,) = find_durations(SOURCE, text)
        assert found.evidence is not None
        assert (24, 40) == (found.evidence.start, found.evidence.end)
        assert text[24:40] == found.text

    def test_numbers_without_a_unit_are_not_durations(self) -> None:
        """Ages and percentages carry no unit of time."""
        assert () == find_durations(SOURCE, "Americans aged 18-49 and 50% of trade")


class TestHedgeRules:
    def test_every_hedge_has_a_rule(self) -> None:
        """The bundled table covers every hedge the model knows."""
        assert set(Hedge) - {Hedge.RANGE} == set(HEDGE_RULES)

    def test_a_user_file_replaces_a_rule(self, tmp_path: object) -> None:
        """A user's TOML changes what "about" means."""
        from pathlib import Path

        path = Path(str(tmp_path)) / "hedges.toml"
        path.write_text('[hedges.about]\nwords = ["about"]\nlow = 0.9\nhigh = 1.1\n')
        rules = load_hedge_rules(path)
        (found,) = find_durations(SOURCE, "about 100 minutes", rules=rules)
        assert (90, 110) == (found.low_minutes, found.high_minutes)


_bounds = st.one_of(st.none(), st.integers(min_value=0, max_value=1000))


@st.composite
def intervals(draw: st.DrawFn) -> Interval:
    low, high = draw(_bounds), draw(_bounds)
    if low is not None and high is not None and low > high:
        low, high = high, low
    return Interval(low=low, high=high)


class TestIntervalLaws:
    @given(intervals(), intervals())
    def test_intersection_is_commutative(self, a: Interval, b: Interval) -> None:
        """a ∩ b == b ∩ a."""
        assert a.intersection(b) == b.intersection(a)

    @given(intervals(), intervals(), intervals())
    def test_intersection_is_associative(self, a: Interval, b: Interval, c: Interval) -> None:
        """(a ∩ b) ∩ c == a ∩ (b ∩ c)."""
        ab, bc = a.intersection(b), b.intersection(c)
        left = None if ab is None else ab.intersection(c)
        right = None if bc is None else a.intersection(bc)
        assert left == right

    @given(intervals(), st.integers(min_value=0, max_value=1000))
    def test_intersection_with_itself_keeps_its_members(self, a: Interval, value: int) -> None:
        """A member of a is a member of a ∩ a."""
        both = a.intersection(a)
        assert both is not None
        assert a.contains(value) == both.contains(value)

    @given(intervals())
    def test_an_interval_is_compatible_with_itself(self, a: Interval) -> None:
        """Every interval can be true together with itself."""
        assert a.is_compatible_with(a)


_PIECES = ["two", "TWO", "hours", "HOURS", "Hours", "-hour", "day", "Sunday", "for", "about"]
_PIECES += ["minutes", "MIN", "weeks", "longer", " ", "  ", "-", ",", "half an", "a", "ſ", "3"]


class TestUnitGate:
    @given(st.lists(st.sampled_from(_PIECES), max_size=12), st.integers(0, 40), st.integers(0, 80))
    def test_the_same_as_scanning_every_window(self, pieces: list[str], a: int, b: int) -> None:
        """A window is read the same whether or not it is first checked for a unit of time."""
        text = "".join(pieces)
        start, end = min(a, b, len(text)), min(max(a, b), len(text))
        expected = tuple(
            duration
            for match in _pattern(HEDGE_RULES).finditer(text, start, end)
            if (duration := _duration(SOURCE, text, match, HEDGE_RULES)) is not None
        )
        assert expected == find_durations(SOURCE, text, start, end)

    def test_a_unit_in_capitals(self) -> None:
        """ "TWO HOURS" in a headline is a length of time."""
        assert ["TWO HOURS"] == [d.text for d in find_durations(SOURCE, "TALKS LAST TWO HOURS")]
