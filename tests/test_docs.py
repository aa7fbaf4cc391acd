"""The docs say what the code does: tables in the docs are checked against the data."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from diplomatic_events import HEDGE_RULES, Hedge

DOCS = Path(__file__).resolve().parent.parent / "docs"


def _hedge_rows() -> dict[str, str]:
    text = (DOCS / "reconstruction.md").read_text(encoding="utf-8")
    table = text.split("<!-- hedge-table", 1)[1]
    rows = re.findall(r"^\| (\w+) \| (\[[^\]]+\]) \|", table, flags=re.MULTILINE)
    return {hedge: interval for hedge, interval in rows if hedge != "hedge"}


def _factor(text: str) -> float:
    text = text.strip()
    if text in {"n", ""}:
        return 1.0
    if text == "0":
        return 0.0
    numerator, denominator = text.removesuffix(" n").split("/")
    return int(numerator) / int(denominator)


@pytest.mark.skipif(not DOCS.is_dir(), reason="installed without the source tree")
class TestHedgeTable:
    def test_docs_table_lists_every_hedge_with_a_rule(self) -> None:
        """Every hedge in HEDGE_RULES has a row in the docs, and no row is left over."""
        assert {hedge.value for hedge in HEDGE_RULES} - {Hedge.RANGE.value} <= set(_hedge_rows())

    def test_docs_intervals_match_the_rules(self) -> None:
        """The factors written in the docs are the ones the code uses."""
        for name, interval in _hedge_rows().items():
            rule = HEDGE_RULES[Hedge(name)]
            low, high = interval.strip("[]").split(",")
            assert pytest.approx(rule.low) == _factor(low), name
            if high.strip() == "∞":
                assert rule.high is None, name
            else:
                assert pytest.approx(rule.high) == _factor(high), name


def _articles_page() -> str:
    return (DOCS / "articles.md").read_text(encoding="utf-8")


@pytest.mark.skipif(not DOCS.is_dir(), reason="installed without the source tree")
class TestArticlesPage:
    def test_table_columns_are_the_codes(self) -> None:
        """The columns documented for each table are those the tables have, in order."""
        from diplomatic_events.tables import COLUMNS

        table = _articles_page().split("<!-- table-columns", 1)[1]
        rows = re.findall(r"^\| (\w+) \| ([\w, ]+) \|$", table, flags=re.MULTILINE)
        documented = {name: tuple(cells.split(", ")) for name, cells in rows if name != "table"}
        assert COLUMNS == documented

    def test_places_example_loads(self, tmp_path: Path) -> None:
        """The places-file example is valid knowledge: Badagry with its time zone."""
        from diplomatic_events import load_knowledge

        block = _articles_page().split("```toml\n", 1)[1].split("```", 1)[0]
        (tmp_path / "places.toml").write_text(block, encoding="utf-8")
        city = load_knowledge(tmp_path / "places.toml").places.city("Badagry")
        assert load_knowledge().places.city("Badagry") is None  # the example adds a place
        assert city is not None
        assert ("NG", "Africa/Lagos") == (city.country, city.timezone)
