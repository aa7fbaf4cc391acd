"""Cutting a run of capitalised words into the runs of one titled person each.

A run is cut at a "to" that does not follow a title naming a posting ("President Biden to
Host Prime Minister Kishida"), after a word that ends a sentence ("Foreign Secretary.
Latin America"), and at the "and" between two titled people ("Prime Minister A and
Defense Minister B"), a plural title then standing before each name. ``_titled`` reads a
title and a name in each piece.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from diplomatic_events.knowledge._grammar import grammar
from diplomatic_events.parsing._discovery._titles import _JOINER_WORDS, _is_office_word

_SENTENCE_WORD = re.compile(r"[^\W\d_]{5,}\.")
"""A word of five letters or more with a full stop ("Secretary.") ends a sentence, unlike an
abbreviation ("Gen.", "Sgt.", "Jr.") or an initial."""


def _posting_segments(parts: list[re.Match[str]]) -> list[list[re.Match[str]]]:
    """A run cut at each "to" that does not follow a title naming a posting: "Ambassador to
    the United Nations Kelly Craft" is one run, "President Biden to Host Prime Minister
    Kishida" two."""
    postings = grammar().posting_titles
    segments: list[list[re.Match[str]]] = [[]]
    for part in parts:
        if part.group() == "to" and (
            not segments[-1] or segments[-1][-1].group().rstrip(".") not in postings
        ):
            segments.append([])
            continue
        segments[-1].append(part)
    return [segment for segment in segments if segment]


def _sentence_segments(parts: list[re.Match[str]]) -> list[list[re.Match[str]]]:
    """A run of capitalised words cut after each word that ends a sentence: "... since
    becoming Foreign Secretary. Latin America is" holds no title before a name."""
    segments: list[list[re.Match[str]]] = [[]]
    for part in parts:
        segments[-1].append(part)
        if _SENTENCE_WORD.fullmatch(part.group()):
            segments.append([])
    return [segment for segment in segments if segment]


def _and_segments(
    parts: list[re.Match[str]],
    title_words: frozenset[str],
    country_of: Callable[[str], str | None],
) -> list[list[re.Match[str]]]:
    """A run of two titled people cut at their "and": "Iraqi Prime Minister Haider al-Abadi
    and Defense Minister Arfan al-Hayali" is two, while "Minister of Foreign Affairs and Trade
    Jane Doe" (no name before the "and") is one."""
    segments: list[list[re.Match[str]]] = [[]]
    plurals = grammar().plural_titles
    for index, part in enumerate(parts):
        left = segments[-1]
        if part.group() == "and" and left and index + 1 < len(parts):
            last = left[-1].group().rstrip(".")
            # "Tom Ridge and the Mexican Secretary of the Interior Santiago Creel": the word
            # after the article opens the next person's title
            after = (
                index + 2
                if parts[index + 1].group() == "the" and index + 2 < len(parts)
                else index + 1
            )
            following = parts[after].group()
            plural = next((p for p in left if p.group() in plurals), None)
            if (
                plural is not None
                and plural is not left[-1]
                and last not in title_words
                and last not in _JOINER_WORDS
                and following.rstrip(".") not in title_words
            ):
                # "Ministers Rimbink Pato and Justin Tkatchenko": the plural title is each
                # name's
                segments.append([plural])
                continue
            if (
                following.endswith(".")
                and following.rstrip(".") in title_words
                and last not in title_words
                and last not in _JOINER_WORDS
            ):
                # an abbreviated rank after "and" opens the next person's title, though no
                # office word came before it: "Song Young-Moo and Gen. Lee Sun-Jin" (after
                # an office word, "Command and Maj. Gen.", the reading below decides)
                segments.append([])
                continue
            if (
                last not in title_words
                and last not in _JOINER_WORDS
                # one word after "for" is a field, not a name ("Secretary of the Interior for
                # Insular and International Affairs Doug Domenech"), unless a country
                and not (len(left) >= 2 and left[-2].group() == "for" and country_of(last) is None)
                and any(_is_office_word(p.group(), title_words) for p in left)
                and (following.rstrip(".") in title_words or country_of(following) is not None)
            ):
                segments.append([])
                continue
        left.append(part)
    return [segment for segment in segments if segment]
