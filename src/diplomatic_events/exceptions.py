"""The whole error hierarchy of :mod:`diplomatic_events`.

Every error the library raises on purpose derives from :class:`DiplomaticEventsError`;
specific errors also derive from the built-in they resemble, so ``except ValueError``
keeps working for callers who do not know this library.
"""

from __future__ import annotations

__all__ = [
    "BatchError",
    "DataFileError",
    "DiplomaticEventsError",
    "DocumentError",
    "InputError",
    "InvalidModelError",
    "MissingExtraError",
    "ParseError",
    "PipelineError",
    "PluginConflictError",
    "UnknownPluginError",
]


class DiplomaticEventsError(Exception):
    """Base class of every error raised on purpose by this library."""


class InvalidModelError(DiplomaticEventsError, ValueError):
    """A model value would be impossible (a span that ends before it starts, ...)."""


class DocumentError(DiplomaticEventsError, ValueError):
    """A JSON document is malformed or breaks the model.

    ``paths`` lists each offending field as a JSONPath-like string (``$.meetings[2].duration``).
    """

    def __init__(self, message: str, *, paths: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.paths = paths


class InputError(DiplomaticEventsError, ValueError):
    """Raw input cannot be read (missing file, undecodable bytes, wrong type)."""


class MissingExtraError(DiplomaticEventsError, ImportError):
    """An optional dependency is needed and not installed; the message names the extra.

    .. versionadded:: 0.1.0
    """


class ParseError(DiplomaticEventsError, ValueError):
    """A text could not be turned into a model; ``source`` and ``offset`` say where."""

    def __init__(
        self, message: str, *, source: str | None = None, offset: int | None = None
    ) -> None:
        where = ""
        if source is not None:
            where = f"{source}" + (f" at character {offset}" if offset is not None else "") + ": "
        super().__init__(where + message)
        self.source = source
        self.offset = offset


class DataFileError(DiplomaticEventsError, ValueError):
    """A knowledge data file (actors, topics, hedges) is malformed; says which file and key."""


class PipelineError(DiplomaticEventsError, ValueError):
    """A pipeline is misassembled: a stage needs something no earlier stage provides."""


class UnknownPluginError(DiplomaticEventsError, LookupError):
    """No plug-in is registered under that name; the message lists the names that exist."""


class PluginConflictError(DiplomaticEventsError, ValueError):
    """Two plug-ins were registered under one name."""


class BatchError(ExceptionGroup, DiplomaticEventsError):
    """Several inputs of one batch failed; ``exceptions`` holds one error per input.

    Each inner error carries a note naming its input, so nothing is lost by failing early.
    """
