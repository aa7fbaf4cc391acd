"""The whole error hierarchy of :mod:`diplomatic_events`.

Every error the library raises on purpose derives from :class:`DiplomaticEventsError`;
specific errors also derive from the built-in they resemble, so ``except ValueError``
keeps working for callers who do not know this library.

Messages are bounded: a value quoted in a message (a 100 MB string, say) is cut to
:data:`MESSAGE_LIMIT` characters with an ellipsis and its length, so an error never
carries a copy of the input.

What each entry point raises
----------------------------

Each entry point raises only the exceptions listed here, whatever its input (any bytes,
any text, any JSON, any file); anything else is a bug. Every message names the input (the
file, ``<bytes>``, the JSON path, the knowledge file and entry) and the place in it. The
fuzz suite (``tests/fuzz``) holds the library to this table.

.. list-table::
   :header-rows: 1
   :widths: 30 70

   * - entry point
     - raises
   * - ``read_source``
     - :class:`InputError` (wrong type; missing, unreadable or non-regular file: a
       directory, named pipe or device is refused at once, never opened for reading; over
       the size limit, default 20 MiB, see ``max_bytes``; bytes that are not text);
       :class:`UnknownPluginError` when ``outlet=`` names no adapter
   * - ``decode_bytes``
     - :class:`InputError`
   * - ``parse``, ``parse_source``, ``run_pipeline``
     - :class:`InputError` (one bad input, with a note naming it, or ``jobs=`` not a
       positive integer); :class:`BatchError` (several, one error each);
       :class:`PipelineError` for a misassembled ``pipeline=`` (or, with ``jobs`` above 1,
       a stage a worker process cannot receive); errors of your own stages pass through
       unchanged
   * - ``parse_visit``
     - as ``parse``, and :class:`ParseError` when the inputs report no visit
   * - ``from_json``, ``from_dict``
     - :class:`DocumentError` (not JSON, undecodable bytes by byte offset, numbers too long,
       nesting too deep, wrong shapes, evidence that does not cut from its source), with
       ``paths``
   * - ``load_knowledge``, ``load_topics``, ``load_hedge_rules``, ``load_places``,
       ``load_event_cues``
     - :class:`DataFileError` naming the file and the entry, raised when the file is
       loaded (never later, while parsing)
   * - ``diplomatic-events`` (``cli.main``)
     - returns an exit status and prints one line per error or warning
       (``diplomatic-events: error: ...``, ``diplomatic-events: warning: ...``): 0 success,
       1 bad input, 2 bad usage, 70 internal error (a bug: one line asking you to report
       it, never a traceback), 130 interrupted

Warnings: :class:`~diplomatic_events.sources.DecodingWarning` when bytes are decoded with
the fallback encoding; the command line prints it as one line.
"""

from __future__ import annotations

__all__ = [
    "MESSAGE_LIMIT",
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
    "shorten",
]

MESSAGE_LIMIT = 1000
"""The most characters an error message keeps (see :func:`shorten`)."""


def shorten(text: str, limit: int = MESSAGE_LIMIT) -> str:
    """``text`` when short, else its head and tail around an ellipsis that says how much is gone.

    >>> shorten("x" * 5000, 40)
    'xxxxxxxxxxxxxx…[4974 of 5000 characters cut]…xxxxxxxxxxxx'
    """
    if len(text) <= limit:
        return text
    keep = max(limit - 48, limit // 2)
    head, tail = keep - keep // 2, keep // 2
    cut = len(text) - head - tail
    return f"{text[:head]}…[{cut} of {len(text)} characters cut]…{text[len(text) - tail :]}"


class DiplomaticEventsError(Exception):
    """Base class of every error raised on purpose by this library.

    Text arguments are bounded with :func:`shorten`.
    """

    def __init__(self, *args: object) -> None:
        super().__init__(*(shorten(arg) if isinstance(arg, str) else arg for arg in args))


class InvalidModelError(DiplomaticEventsError, ValueError):
    """A model value would be impossible (a span that ends before it starts, ...)."""


class DocumentError(DiplomaticEventsError, ValueError):
    """A JSON document is malformed or breaks the model.

    ``paths`` lists each offending field as a JSONPath-like string (``$.meetings[2].duration``).
    """

    def __init__(self, message: str, *, paths: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.paths = tuple(shorten(path) for path in paths)


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
