"""From sources to the model: quotations, speakers, times, meetings, positions, visits."""

from diplomatic_events.parsing._api import Input, parse, parse_source, parse_visit

__all__ = ["Input", "parse", "parse_source", "parse_visit"]
