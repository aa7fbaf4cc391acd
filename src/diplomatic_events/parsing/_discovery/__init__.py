"""Recognising people the knowledge files do not know, from the way the text introduces them.

Four shapes, all read from data (titles, cue words, country words): a title before a
name ("Vice Premier He Lifeng", "his spokeswoman Cerstin Gammelin"), a name with an
appositive title ("Yang Tao, director-general of ..."), a name in commas after a title
("a spokesperson, Wang Wenbin, said"), and a name next to a cue
("says Su Xiaohui from the ..."). A discovered person gets the slug of the name as a
stable id and the country named nearby, which decides the name order ("Yang" for Yang Tao).

``_words`` holds the name shapes and word lists, ``_patterns`` the patterns that introduce
a name, ``_titles`` the title words the readers share, ``_titled`` the reader of names after
a run of title words (``_run_segments`` cuts a run into one person's pieces),
``_comma_titled`` the reader of names after an office and a comma, ``_names`` the checks
that capitalised words make a new name (name keys among them), ``_countries`` the readers
of a person's country, ``_headings`` the reading of names in title-case headings,
``_later_mentions`` the passes over a person named again by one word or a pronoun,
``_discover`` the discovery itself, ``_discover_checks`` the questions it asks of the page
and the knowledge, ``_institutions`` the state offices and named bodies it recognises and
``_labels`` the people transcripts introduce by their speaker labels.
"""

from __future__ import annotations

from diplomatic_events.parsing._discovery._discover import Discovery, discover_people
from diplomatic_events.parsing._discovery._institutions import country_adjective
from diplomatic_events.parsing._discovery._words import NICKNAME

__all__ = ["NICKNAME", "Discovery", "country_adjective", "discover_people"]
