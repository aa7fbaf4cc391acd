"""Error messages are bounded whatever the input quoted in them."""

from __future__ import annotations

import pytest

from diplomatic_events.exceptions import (
    MESSAGE_LIMIT,
    BatchError,
    DocumentError,
    InputError,
    ParseError,
    shorten,
)


class TestShorten:
    def test_short_text_is_kept(self) -> None:
        """Text within the limit is returned unchanged."""
        assert "a short message" == shorten("a short message")

    def test_long_text_keeps_head_tail_and_lengths(self) -> None:
        """Long text keeps its head and tail around an ellipsis saying what was cut."""
        assert "aaaaaaaaaa…[4980 of 5000 characters cut]…bbbbbbbbbb" == shorten(
            "a" * 2500 + "b" * 2500, 40
        )


class TestBoundedErrors:
    @pytest.mark.parametrize("cls", [InputError, ParseError, DocumentError])
    def test_every_error_is_bounded(self, cls: type[Exception]) -> None:
        """A 10 MB message is cut to the limit by the base class."""
        assert MESSAGE_LIMIT >= len(str(cls("x" * 10_000_000)))

    def test_document_paths_are_bounded(self) -> None:
        """Each of a DocumentError's paths is bounded too."""
        error = DocumentError("bad", paths=("y" * 10_000 + " @ $.x",))
        assert (True, True) == (
            len(error.paths[0]) <= MESSAGE_LIMIT,
            error.paths[0].endswith("@ $.x"),
        )

    def test_batch_error_keeps_its_errors(self) -> None:
        """BatchError still groups its errors."""
        group = BatchError("2 of 2 inputs could not be read", [InputError("a"), InputError("b")])
        assert ("2 of 2 inputs could not be read", 2) == (group.message, len(group.exceptions))
