"""Reading raw reports: decoding, blocks with offsets, outlet adapters.

:func:`read_source` is the entry point for text and files; :func:`read_html` reads HTML pages
(the ``[html]`` extra), :func:`read_record` news-API records and :func:`read_manifest` a
list of files with their metadata. An outlet adapter is chosen by the caller's
``outlet=`` name, else the ``url=`` domain, else evidence in the text, else the generic
adapter; add one with :func:`register_outlet` or the ``diplomatic_events.outlets``
entry-point group.
"""

from diplomatic_events.sources._adapter import GenericAdapter, OutletAdapter
from diplomatic_events.sources._decode import (
    DEFAULT_MAX_BYTES,
    FALLBACK_ENCODING,
    DecodingWarning,
    decode_bytes,
    input_limit,
)
from diplomatic_events.sources._html import read_html
from diplomatic_events.sources._layout import Layout
from diplomatic_events.sources._manifest import (
    REPORT_SUFFIXES,
    ManifestEntry,
    count_report_files,
    iter_report_files,
    load_manifest,
    manifest_entries,
    read_manifest,
    report_files,
)
from diplomatic_events.sources._read import read_source
from diplomatic_events.sources._records import read_record
from diplomatic_events.sources._registry import (
    ENTRY_POINT_GROUP,
    choose_adapter,
    outlets,
    register_outlet,
)
from diplomatic_events.sources._rules import OutletRules, load_rules

__all__ = [
    "DEFAULT_MAX_BYTES",
    "ENTRY_POINT_GROUP",
    "FALLBACK_ENCODING",
    "REPORT_SUFFIXES",
    "DecodingWarning",
    "GenericAdapter",
    "Layout",
    "ManifestEntry",
    "OutletAdapter",
    "OutletRules",
    "choose_adapter",
    "count_report_files",
    "decode_bytes",
    "input_limit",
    "iter_report_files",
    "load_manifest",
    "load_rules",
    "manifest_entries",
    "outlets",
    "read_html",
    "read_manifest",
    "read_record",
    "read_source",
    "register_outlet",
    "report_files",
]
