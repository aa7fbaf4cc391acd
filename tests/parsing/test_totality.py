"""Parser totality: any text in gives a model out, or one of the library's own errors."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diplomatic_events import DiplomaticEventsError, Extraction, from_json, parse, to_json

FRAGMENTS = st.sampled_from(
    [
        "Blinken",
        "Xi Jinping",
        "the top US diplomat",
        " said ",
        " told reporters ",
        '"',
        "“",
        "”",
        "‘",
        "’",
        "'",
        ", ",
        ". ",
        "\n\n",
        "on Monday",
        "June 19, 2023",
        "for nearly six hours",
        "at 4:34 p.m. local time",
        "in Beijing",
        "at the Great Hall of the People",
        "met with",
        "visit to China",
        "published at 14:27 British Summer Time 19 June 2023",
        "Updated - June 19, 2023 06:44 pm IST",
        "Taiwan",
        "does not support",
        "•",
        "Advertisement",
        "02:15",
        "\u00a0",
    ]
)

PAGE_LIKE = st.lists(FRAGMENTS, max_size=60).map("".join)


def _check(text: str) -> None:
    try:
        extraction = parse([text])
    except DiplomaticEventsError:
        return
    source = extraction.sources[0]
    for statement in extraction.all_statements():
        for report in statement.reports:
            assert source.text[report.start : report.end] == report.text
    for nonquote in extraction.non_quotations:
        span = nonquote.evidence
        assert source.text[span.start : span.end] == span.text
    assert extraction == from_json(to_json(extraction), Extraction)


class TestTotality:
    @settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow], deadline=None)
    @given(st.text(max_size=300))
    def test_any_text_parses_with_exact_offsets(self, text: str) -> None:
        """Arbitrary text: a model whose every offset cuts its own text, and which round-trips."""
        _check(text)

    @settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow], deadline=None)
    @given(PAGE_LIKE)
    def test_page_like_text_parses_with_exact_offsets(self, text: str) -> None:
        """Text built from the pieces real pages are made of reaches the deeper stages too."""
        _check(text)
