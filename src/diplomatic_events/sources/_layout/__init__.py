"""The general reading of a page: lines to typed blocks, live entries, dates and people.

Every rule here is about page structure in general (a running time, a credit line, a
numbered entry with a "published at" stamp); what differs between outlets comes in as
:class:`OutletRules` data.

One reader makes one pass over a page, in layers: ``_base`` (lines and the reader's state),
``_entries`` (live entries and their stamps), ``_credits`` (credits, bylines, publication
and date lines), ``_lines`` (what each other line is, the headline and the rest) and
``_assemble`` (blocks, entries, people and dates out).
``_patterns`` holds the patterns they share.
"""

from __future__ import annotations

from diplomatic_events.sources._layout._assemble import Layout, lay_out

__all__ = ["Layout", "lay_out"]
