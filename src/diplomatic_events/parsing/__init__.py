"""From sources to the model: quotations, speakers, times, meetings, positions, visits."""

from diplomatic_events.parsing._api import (
    Input,
    Progress,
    parse,
    parse_each,
    parse_source,
    parse_visit,
    run_pipeline,
)
from diplomatic_events.parsing._pipeline import Document, Pipeline, Stage, default_pipeline, stages
from diplomatic_events.parsing._stream import parse_stream

__all__ = [
    "Document",
    "Input",
    "Pipeline",
    "Progress",
    "Stage",
    "default_pipeline",
    "parse",
    "parse_each",
    "parse_source",
    "parse_stream",
    "parse_visit",
    "run_pipeline",
    "stages",
]
