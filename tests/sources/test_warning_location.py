"""The decoding warning points at the caller's line, not at library code."""

from __future__ import annotations

import pytest

from diplomatic_events import DecodingWarning, read_source
from diplomatic_events.sources import decode_bytes


class TestWarningLocation:
    def test_read_source_warning_names_this_file(self) -> None:
        """read_source(bytes) warns from the line that called it."""
        with pytest.warns(DecodingWarning) as caught:
            read_source(b"caf\xe9 au lait")
        assert __file__ == caught[0].filename

    def test_decode_bytes_warning_names_this_file(self) -> None:
        """decode_bytes warns from the line that called it."""
        with pytest.warns(DecodingWarning) as caught:
            decode_bytes(b"caf\xe9")
        assert __file__ == caught[0].filename
