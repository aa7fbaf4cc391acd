"""Scans that read only near a position, or a literal word, give what the patterns over the
whole text before it gave."""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from diplomatic_events import load_knowledge
from diplomatic_events.knowledge._actors import UPPER
from diplomatic_events.model import Actor, ActorKind
from diplomatic_events.parsing._attribution._state import _Governments
from diplomatic_events.parsing._attribution._text_scans import _masked, ending_at, only
from diplomatic_events.parsing._discovery._discover_checks import _one_word_cues
from diplomatic_events.parsing._discovery._labels import SPEAKER_LABEL, _label_at
from diplomatic_events.parsing._discovery._later_mentions import (
    _called_by_last_word,
    _ends_alone,
    _family_name_used,
)
from diplomatic_events.parsing._quotes import MarkPair, PairKind
from diplomatic_events.typing import ActorId

_KNOWLEDGE = load_knowledge()
_PIECES = st.sampled_from(
    ["Chen", "Jining", "Xi", "said", "told", "Chenx", "-", " ", "\u00a0", "\n", "a", ".", ":", "•"]
)
_TEXTS = st.lists(_PIECES, max_size=16).map("".join)
_NAMES = st.sampled_from(["Chen Jining", "Xi Chen", "Chen Chen", "Xi Jining Chen"])
_LAST_WORD = re.compile(r"([\w’'.-]+)?[\s•*\-–—]*$")


def _person(name: str) -> Actor:
    return Actor(id=ActorId("someone"), name=name, kind=ActorKind.PERSON)


class TestOnly:
    @given(_TEXTS, st.integers(0, 40), st.integers(0, 40), st.sampled_from([None, " \u00a0•-—"]))
    def test_same_as_stripping_the_span(
        self, text: str, start: int, end: int, chars: str | None
    ) -> None:
        """Whether a span holds only these characters is what stripping it says."""
        expected = not text[start:end].strip(chars)
        assert expected == only(text, start, end, chars)


class TestEndingAt:
    @given(_TEXTS, st.integers(0, 60), st.integers(1, 8))
    def test_same_match_as_over_the_whole_text_before(
        self, text: str, end: int, reach: int
    ) -> None:
        """The last word before a place is the one the pattern finds in all the text before it."""
        end = min(end, len(text))
        expected = _LAST_WORD.search(text[:end])
        actual = ending_at(_LAST_WORD, text, end, reach)
        assert expected is not None
        assert (expected.start(), expected.group(1)) == (actual.start(), actual.group(1))


class TestCalledByLastWord:
    @given(_TEXTS, _NAMES)
    def test_same_as_the_patterns_for_the_name(self, text: str, name: str) -> None:
        """The scan for the name's words says what a pattern compiled for them says."""
        tokens = name.split()
        first, last = re.escape(tokens[0]), re.escape(tokens[-1])
        rest = r"[ \u00a0]+".join(re.escape(t) for t in tokens[1:])
        before = re.escape(tokens[-2])
        last_alone = re.search(rf"(?<![\w-])(?<!{before}[ \u00a0]){last}(?![\w-])", text)
        first_alone = re.search(rf"(?<![\w-]){first}(?![\w-])(?![ \u00a0]+{rest})", text)
        expected = last_alone is not None and first_alone is None
        assert expected == _called_by_last_word(text, _person(name))


_ACTORS = st.lists(
    st.builds(
        lambda index, kind, country, name: Actor(
            id=ActorId(f"actor-{index}"), name=name, kind=kind, country=country
        ),
        st.integers(0, 9),
        st.sampled_from([ActorKind.INSTITUTION, ActorKind.PERSON]),
        st.sampled_from([None, "US", "CN", "FR"]),
        st.sampled_from(["US Government", "Chinese government", "Ministry", "Gov"]),
    ),
    max_size=8,
)


class TestGovernments:
    @given(_ACTORS, st.lists(st.sampled_from(["US", "CN", "FR", "DE"]), max_size=6))
    def test_same_as_a_scan_for_each_question(
        self, actors: list[Actor], countries: list[str]
    ) -> None:
        """Each country's government is the first institution of it whose name ends in
        "government", whatever was asked before."""
        expected = [
            next(
                (
                    a.id
                    for a in actors
                    if a.country == country
                    and a.kind is ActorKind.INSTITUTION
                    and a.name.casefold().endswith("government")
                ),
                None,
            )
            for country in countries
        ]
        governments = _Governments(actors=actors)
        assert expected == [governments.of(country) for country in countries]


class TestEndsAlone:
    @example(text="Chen Jining-Chen Jining Chen", names=["Chen Jining", "Chen"])
    @given(_TEXTS, st.lists(st.sampled_from(["Chen Jining", "Chen", "Jining", "Xi", "n J"])))
    def test_same_as_the_pattern_of_the_names(self, text: str, names: list[str]) -> None:
        """The names found standing alone end where the alternation of them, in their order,
        ends its matches."""
        alternatives = "|".join(re.escape(name) for name in names)
        pattern = rf"(?<![\w-])(?:{alternatives})(?![\w-])"
        expected = [match.end() for match in re.finditer(pattern, text)] if names else []
        assert expected == list(_ends_alone(text, names))


class TestFamilyNameUsed:
    @example(text="said Jining", name="Xi Jining Chen")  # a middle word used alone
    @given(_TEXTS, _NAMES)
    def test_same_as_the_patterns_for_the_name(self, text: str, name: str) -> None:
        """The first word used alone before a cue ("Chen told"), or after one ("said Chen",
        the cue within 20 characters), is found as patterns for it find it; failing that, a
        middle word so used ("Vizcarra said" of "José Vizcarra Álvarez")."""
        cues = _one_word_cues(_KNOWLEDGE)
        words = name.split()
        first, last = words[0], words[-1]
        after_cue = re.compile(rf"(?<![\w-])(?:{cues})[ \u00a0]+$")

        def alone(word: str) -> bool:
            whole = rf"(?<![\w-]){re.escape(word)}(?![ \u00a0]+{UPPER})"
            for found in re.finditer(rf"(?={whole})", text):
                at, end = found.start(), found.start() + len(word)
                if re.match(rf"[ \u00a0]+(?:{cues})(?![\w-])", text[end:]):
                    return True
                if not re.match(r"[\w-]", text[end:]) and after_cue.search(
                    text, max(0, at - 20), at
                ):
                    return True
            return False

        middle = next(
            (w for w in words[1:-1] if w[:1].isupper() and not w.endswith(".") and alone(w)),
            None,
        )
        expected = None if alone(last) else first if alone(first) else middle
        assert expected == _family_name_used(text, _person(name), _KNOWLEDGE, cues)


class TestLabelAt:
    @given(
        st.lists(
            st.sampled_from(["SECRETARY", "AUSTIN", " ", ":", "(retranslated)", "Hi"]), max_size=8
        ).map("".join)
    )
    def test_same_as_the_label_pattern(self, text: str) -> None:
        """A block's speaker label is the one the label pattern finds at its start."""
        expected = SPEAKER_LABEL.match(text, 0, len(text))
        actual = _label_at(text, 0, len(text))
        assert (expected and expected.span()) == (actual and actual.span())


_INSIDE_QUOTATION = re.compile(r"[^.!?\n]")


class TestMasked:
    @given(
        st.text(alphabet="ab .!?\n\r’“é\x00\u2028", max_size=40),
        st.lists(st.tuples(st.integers(0, 45), st.integers(0, 45)), max_size=4),
    )
    def test_same_as_blanking_each_character_of_a_quotation_with_a_pattern(
        self, text: str, spans: list[tuple[int, int]]
    ) -> None:
        """Every character inside a quotation but ``.!?`` and a line break becomes ``\x00``,
        as a replacement of each by the pattern ``[^.!?\n]`` made it."""
        pairs = [
            MarkPair(start=a, end=b, open_at=a, close_at=b, block=0, kind=PairKind.QUOTE)
            for a, b in spans
        ]
        pieces = list(text)
        for a, b in sorted(spans):
            for at in range(a, min(b, len(text))):
                pieces[at] = _INSIDE_QUOTATION.sub("\x00", pieces[at])
        assert "".join(pieces) == _masked(text, pairs)
