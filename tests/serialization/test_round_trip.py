"""Serialization: lossless round trips and precise errors."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplomatic_events import (
    Actor,
    DocumentError,
    Duration,
    Event,
    Extraction,
    Interval,
    Meeting,
    MeetingReport,
    NonQuotation,
    PartialDate,
    Position,
    Report,
    Source,
    Span,
    Statement,
    Topic,
    Visit,
    from_dict,
    from_json,
    json_schema,
    to_dict,
    to_json,
)
from diplomatic_events.testing import strategies as des

ROUND_TRIPS: list[tuple[type[Any], st.SearchStrategy[Any]]] = [
    (Span, des.spans()),
    (Interval, des.intervals()),
    (Duration, des.durations()),
    (Actor, des.actors()),
    (Source, des.sources()),
    (Report, des.reports()),
    (Statement, des.statements()),
    (NonQuotation, des.non_quotations()),
    (Meeting, des.meetings()),
    (MeetingReport, des.meeting_reports()),
    (Event, des.events()),
    (Topic, des.topics()),
    (Position, des.positions()),
    (Visit, des.visits()),
    (Extraction, des.extractions()),
]


class TestRoundTrip:
    @pytest.mark.parametrize(
        ("cls", "strategy"), ROUND_TRIPS, ids=lambda v: getattr(v, "__name__", "")
    )
    def test_from_json_of_to_json_is_identity(
        self, cls: type[Any], strategy: st.SearchStrategy[Any]
    ) -> None:
        """from_json(to_json(x)) == x for every value the model allows."""

        @given(strategy)
        def check(value: Any) -> None:
            assert value == from_json(to_json(value), cls)
            assert value == from_dict(to_dict(value), cls)

        check()

    @given(des.partial_dates())
    def test_partial_dates_are_iso_strings(self, day: PartialDate) -> None:
        """A partial date serializes as an ISO string at its own precision."""
        assert day.isoformat() == to_dict(day)

    def test_datetimes_keep_their_offset(self) -> None:
        """Datetimes serialize as ISO 8601 with the offset."""
        import datetime as dt

        zone = dt.timezone(dt.timedelta(hours=8))
        meeting = Meeting(
            id="m", participants=(), start=dt.datetime(2023, 6, 19, 16, 34, tzinfo=zone)
        )
        assert "2023-06-19T16:34:00+08:00" == to_dict(meeting)["start"]

    def test_document_carries_schema_version(self) -> None:
        """Every document says which schema it follows."""
        assert 1 == json.loads(to_json(Extraction()))["schema_version"]


class TestErrors:
    def test_not_json_is_a_document_error(self) -> None:
        """Broken JSON says where it broke."""
        with pytest.raises(DocumentError, match="line 1 column"):
            from_json("{", Extraction)

    def test_model_violation_names_the_field_path(self) -> None:
        """A duration whose low exceeds its high is reported at its path."""
        document = {
            "meetings": [
                {"id": "m", "participants": []},
                {"id": "n", "participants": [], "duration": {"low_minutes": 9, "high_minutes": 2}},
            ]
        }
        with pytest.raises(DocumentError) as caught:
            from_dict(document, Extraction)
        assert any(path.endswith("@ $.meetings[1].duration") for path in caught.value.paths)
        assert "exceeds" in str(caught.value)

    def test_unknown_key_is_refused(self) -> None:
        """A misspelt key is an error, not silently dropped."""
        with pytest.raises(DocumentError, match="partcipants"):
            from_dict({"meetings": [{"id": "m", "partcipants": []}]}, Extraction)

    def test_wrong_type_is_refused(self) -> None:
        """A number where a string belongs names its path."""
        with pytest.raises(DocumentError, match=r"\$\.actors\[0\]\.name"):
            from_dict({"actors": [{"id": "a", "name": 3}]}, Extraction)

    def test_document_error_is_a_value_error(self) -> None:
        """Callers who know nothing of this library can catch ValueError."""
        with pytest.raises(ValueError, match="schema_version"):
            from_dict({"schema_version": 99}, Extraction)


class TestSchema:
    def test_schema_describes_every_model_class(self) -> None:
        """The schema has a definition for each class in the document."""
        definitions = json_schema()["$defs"]
        for name in ("Extraction", "Visit", "Meeting", "Statement", "Report", "Source", "Duration"):
            assert name in definitions

    def test_schema_properties_match_serialized_keys(self) -> None:
        """Each serialized key of a meeting is a property in the schema, and no more."""
        meeting = Meeting(id="m", participants=("a",))
        assert set(to_dict(meeting)) == set(json_schema()["$defs"]["Meeting"]["properties"])
