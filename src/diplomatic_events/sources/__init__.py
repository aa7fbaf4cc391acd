"""Reading raw reports: decoding, blocks with offsets, outlet adapters."""

from diplomatic_events.sources._read import read_source

__all__ = ["read_source"]
