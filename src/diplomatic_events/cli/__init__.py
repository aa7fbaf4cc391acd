"""The ``diplomatic-events`` command: a thin shell over the public API."""

from diplomatic_events.cli._main import main, run

__all__ = ["main", "run"]
