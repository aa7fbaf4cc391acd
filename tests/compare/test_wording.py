"""Spelling variety and lemmas, read from the shipped data file."""

from __future__ import annotations

import pytest

from diplomatic_events.compare._wording import _vocabulary, lemma, same_lemma, spelling_variants


class TestDataFile:
    def test_the_shipped_wording_file_loads(self) -> None:
        """wording.toml parses into rules, pairs and lemmas."""
        vocabulary = _vocabulary()
        assert (True, True, True) == (
            bool(vocabulary.rules),
            bool(vocabulary.pairs),
            bool(vocabulary.lemmas),
        )


class TestSpellingVariants:
    @pytest.mark.parametrize(
        ("british", "american"),
        [
            ("stabilise", "stabilize"),
            ("organisation", "organization"),
            ("analysed", "analyzed"),
            ("spiralling", "spiraling"),
            ("travelled", "traveled"),
            ("honours", "honors"),
            ("centre", "center"),
            ("defence", "defense"),
            ("dialogue", "dialog"),
            ("programme", "program"),
        ],
    )
    def test_british_and_american_forms_match(self, british: str, american: str) -> None:
        """Each British spelling folds to its American form."""
        assert spelling_variants(british, american)

    @pytest.mark.parametrize(
        ("first", "second"),
        [("four", "for"), ("hour", "hor"), ("filled", "filed"), ("rise", "rize"), ("same", "same")],
    )
    def test_different_words_do_not_match(self, first: str, second: str) -> None:
        """Short words and different words are not spelling variants."""
        assert not spelling_variants(first, second)


class TestLemma:
    @pytest.mark.parametrize(
        ("first", "second"),
        [
            ("have", "had"),
            ("relation", "relations"),
            ("reach", "reached"),
            ("agree", "agreed"),
            ("stop", "stopped"),
            ("country", "countries"),
            ("is", "was"),
        ],
    )
    def test_forms_of_one_lemma(self, first: str, second: str) -> None:
        """Tense and number variants share a lemma."""
        assert same_lemma(first, second)

    def test_unrelated_words_have_other_lemmas(self) -> None:
        """ "on" and "one" are not one lemma."""
        assert ("on", False) == (lemma("on"), same_lemma("on", "one"))
