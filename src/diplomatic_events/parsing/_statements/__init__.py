"""Quotations and speakers of one source, and joining one utterance across sources.

:func:`extract_statements` reads only the readable blocks: it finds every pair of
quotation marks, recognises people the knowledge does not know, attributes each
quotation and records every other pair as a :class:`NonQuotation`, so that no pair of
marks is silently lost. :func:`merge_statements` joins reports of the same words by the
same speaker into one :class:`Statement`.

The package's modules: ``_extract`` (one source's people, mentions and statements),
``_unsaid`` (pairs of marks that quote no one), ``_repeated`` (headlines and repeated
quotations) and ``_merge`` (one utterance across sources).
"""

from diplomatic_events.parsing._statements._extract import (
    People,
    SourceStatements,
    attribute_statements,
    extract_statements,
    find_actor_mentions,
    find_people,
)
from diplomatic_events.parsing._statements._merge import merge_statements

__all__ = [
    "People",
    "SourceStatements",
    "attribute_statements",
    "extract_statements",
    "find_actor_mentions",
    "find_people",
    "merge_statements",
]
