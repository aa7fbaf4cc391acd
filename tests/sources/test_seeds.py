"""Quality gate: the seed corpus read as it really comes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from diplomatic_events.model import BlockKind, ContributorRole, Source, SourceKind
from diplomatic_events.sources import read_source

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
_CHROME = (
    re.compile(r"(?i)advertisement"),
    re.compile(r"(?i)sign in|sign-up|log ?in\b"),
    re.compile(r"(?i)comments? (have|has) to be|commenting platform|enter your comment"),
    re.compile(r"\b\d{1,2}:\d{2}$"),
    re.compile(r"(?i)^also read\b"),
    re.compile(r"^Beryl TV"),
    re.compile(r"(?i)image source,|image caption,|media caption,|photo credit"),
    re.compile(r"(?i)bloggers like this|browser notifications|^watch cbs news$"),
    re.compile(r"published at \d{1,2}:\d{2}"),
)


def _seed(prefix: str) -> Source:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return read_source(path)


@pytest.fixture(scope="module")
def seeds() -> dict[str, Source]:
    return {prefix: _seed(prefix) for prefix in ("000", "001", "002", "003", "004")}


class TestSeeds:
    def test_outlets(self, seeds: dict[str, Source]) -> None:
        """Each seed is read by its outlet's adapter, found from evidence in the text."""
        expected = ["cbs-news", "cnn", "beryl-tv", "the-hindu", "bbc-live"]
        assert expected == [source.outlet for source in seeds.values()]

    def test_dated_from_text(self, seeds: dict[str, Source]) -> None:
        """Four seeds are dated from their text; the undated CNN text stays undated."""
        dates = {
            key: s.published.isoformat()[:10] if s.published else None for key, s in seeds.items()
        }
        assert {
            "000": "2023-06-19",
            "001": None,
            "002": "2023-06-19",
            "003": "2023-06-19",
            "004": "2023-06-19",
        } == dates

    def test_inferred_flags(self, seeds: dict[str, Source]) -> None:
        """Dates read from captions are flagged as inferred; printed ones are not."""
        assert [True, False, True, False, False] == [s.published_inferred for s in seeds.values()]

    def test_republication_page_date(self, seeds: dict[str, Source]) -> None:
        """The republishing copy keeps its header date as a conflicting page date."""
        copy = seeds["002"]
        assert (SourceKind.REPUBLICATION, "2024-04-29", True, "CBS News") == (
            copy.kind,
            copy.page_date.isoformat() if copy.page_date else None,
            copy.page_date_conflict,
            copy.original_outlet,
        )

    def test_cnn_contributors(self, seeds: dict[str, Source]) -> None:
        """CNN's "contributed to this report" names are contributors."""
        names = [c.name for c in seeds["001"].contributors if c.role is ContributorRole.CONTRIBUTOR]
        assert [
            "Steven Jiang",
            "Betsy Klein",
            "Philip Wang",
            "Nectar Gan",
            "Mengchen Zhang",
            "Martha Zhou",
        ] == names

    def test_live_page_people(self, seeds: dict[str, Source]) -> None:
        """The live page's editors (with "myself"), writers and entry authors are found."""
        live = seeds["004"]
        editors = {c.name for c in live.contributors if c.role is ContributorRole.EDITOR}
        writers = {c.name for c in live.contributors if c.role is ContributorRole.WRITER}
        reporters = {a.name for entry in live.entries for a in entry.authors}
        assert (4, 4, True) == (
            len(editors),
            len(writers),
            reporters <= {c.name for c in live.authors},
        )
        assert editors & reporters
        assert len(reporters) >= 3

    def test_live_entries(self, seeds: dict[str, Source]) -> None:
        """The live page has timestamped entries, newest first, and summary bullets."""
        live = seeds["004"]
        times = [entry.published for entry in live.entries]
        summary = [b for b in live.blocks if b.kind is BlockKind.SUMMARY and b.entry is None]
        assert (SourceKind.LIVE_PAGE, True, True) == (
            live.kind,
            len(times) >= 10 and times == sorted(times, reverse=True),  # type: ignore[type-var]
            len(summary) >= 5,
        )

    @pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
    def test_no_chrome_in_readable_blocks(self, seeds: dict[str, Source], prefix: str) -> None:
        """No ad, sign-in, comment, running time, related link or watermark is readable."""
        source = seeds[prefix]
        leaks = [
            source.block_text(block)
            for block in source.readable_blocks()
            for pattern in _CHROME
            if pattern.search(source.block_text(block))
        ]
        assert [] == leaks

    @pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
    def test_photo_credits_not_contributors(self, seeds: dict[str, Source], prefix: str) -> None:
        """Photographers named in credits are never contributors."""
        names = {person.name.lower() for person in seeds[prefix].authors}
        assert "leah millis" not in names
