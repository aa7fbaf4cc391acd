"""The name index finds exactly what the alternation of its names finds, in any window."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from diplomatic_events.knowledge._index import _WALKS, NameIndex
from diplomatic_events.knowledge._layered_index import LayeredNameIndex
from diplomatic_events.knowledge._literal_index import LiteralIndex
from diplomatic_events.knowledge._spans import Spans
from diplomatic_events.knowledge._word_runs import _not_after

NAMES = [
    "U.S. State Department",
    "Xi Jinping",
    "O'Brien",
    "von der Leyen",
    "Jean-Yves",
    "U.S.",
    "Blinken",
    "Xi",
    "US",
    "Is",
]
PIECES = [*NAMES, "Jin", "Blinkens", "state department", "U.S", " ", "  ", "\n", ".", "-", "'"]
PIECES += ["’", ",", "x", "İs", "ſ", "XI", "us", "us.", "Xi  Jinping"]


MARKED = [*NAMES, "'Akilisi Pohiva", "’Uta", "(Xi)", "-Is", "Tonga"]
MARKED_PIECES = [*PIECES, "'Akilisi Pohiva", "Akilisi Pohiva", "’Uta", "Uta", "(Xi)", "(", ")"]
MARKED_PIECES += ["-Is", "''", "Tonga", "'Tonga"]
MARKED_TEXTS = st.lists(st.sampled_from(MARKED_PIECES), max_size=30).map("".join)


def _pattern(name: str) -> str:
    escaped = re.escape(name).replace("'", "['’]").replace(r"\ ", r"\s+")
    return re.sub(r"\\\.", r"\\.?", escaped)


def _alternation(flags: int, names: list[str] = NAMES) -> re.Pattern[str]:
    body = "|".join(_pattern(name) for name in names)
    return re.compile(rf"(?<![\w'’-])(?:{body})(?![\w-])", flags)


def _index(flags: int, names: list[str] = NAMES) -> NameIndex:
    return NameIndex(
        names,
        [_pattern(name) for name in names],
        left=r"[\w'’-]",
        right=r"[\w-]",
        flags=flags,
        dotted=True,
    )


TEXTS = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)


class TestNameIndex:
    @settings(max_examples=300, deadline=None)
    @given(text=TEXTS, edges=st.tuples(st.integers(0, 200), st.integers(0, 200)))
    def test_same_as_the_alternation_in_any_window(self, text: str, edges: tuple[int, int]) -> None:
        """Case-sensitive: every window gives the alternation's matches, in order."""
        start, end = sorted(min(edge, len(text)) for edge in edges)
        expected = [
            (m.start(), m.end(), m.group()) for m in _alternation(0).finditer(text, start, end)
        ]
        assert expected == _index(0).finditer(text, start, end)

    @settings(max_examples=300, deadline=None)
    @given(text=TEXTS, edges=st.tuples(st.integers(0, 200), st.integers(0, 200)))
    def test_same_as_the_alternation_ignoring_case(self, text: str, edges: tuple[int, int]) -> None:
        """Ignoring case ("ſ" is "s", "İ" is "i"): the alternation's matches, in order."""
        start, end = sorted(min(edge, len(text)) for edge in edges)
        pattern = _alternation(re.IGNORECASE)
        expected = [(m.start(), m.end(), m.group()) for m in pattern.finditer(text, start, end)]
        assert expected == _index(re.IGNORECASE).finditer(text, start, end)

    @settings(max_examples=300, deadline=None)
    @given(text=TEXTS, flags=st.sampled_from([0, re.IGNORECASE]))
    def test_the_table_lists_every_word_a_name_is_filed_under(self, text: str, flags: int) -> None:
        """The text's table (one split) holds each word start the word pattern finds where
        some name is filed under the word, with that word and those names."""
        index = _index(flags)
        expected: tuple[list[int], list[str], list[tuple[int, ...]]] = ([], [], [])
        for match in index._words.finditer(text):
            filed = index._filed(match.group(1))
            if filed:
                expected[0].append(match.start())
                expected[1].append(match.group(1))
                expected[2].append(filed)
        assert expected == index._table(text)

    @settings(max_examples=200, deadline=None)
    @given(
        text=TEXTS,
        windows=st.lists(st.tuples(st.integers(0, 200), st.integers(0, 200)), max_size=8),
    )
    def test_one_index_over_many_windows_of_a_text(
        self, text: str, windows: list[tuple[int, int]]
    ) -> None:
        """One index read over windows of one text in turn (what it keeps of the text's
        words shared): each window gives the alternation's matches."""
        index = _index(0)
        expected = []
        actual = []
        for edges in [(0, len(text)), *windows]:
            start, end = sorted(min(edge, len(text)) for edge in edges)
            found = _alternation(0).finditer(text, start, end)
            expected.append([(m.start(), m.end(), m.group()) for m in found])
            actual.append(index.finditer(text, start, end))
        assert expected == actual

    def test_a_window_ending_inside_a_longer_name(self) -> None:
        """After the whole text, a window ending between "Xi" and "Jinping" finds "Xi"."""
        index = _index(0)
        text = "Xi  Jinping met"
        index.finditer(text)
        assert [(0, 2, "Xi")] == index.finditer(text, 0, 3)

    def test_a_window_cutting_a_word(self) -> None:
        """A window ending inside "Blinkens" finds "Blinken", as the alternation does."""
        assert [(0, 7, "Blinken")] == _index(0).finditer("Blinkens met", 0, 7)

    @settings(max_examples=300, deadline=None)
    @given(
        text=MARKED_TEXTS,
        edges=st.tuples(st.integers(0, 200), st.integers(0, 200)),
        flags=st.sampled_from([0, re.IGNORECASE]),
    )
    def test_names_opening_with_a_mark_in_any_window(
        self, text: str, edges: tuple[int, int], flags: int
    ) -> None:
        """Names that open with no word character ("'Akilisi") are searched apart and merged
        in: every window gives the alternation's matches, in order."""
        start, end = sorted(min(edge, len(text)) for edge in edges)
        found = _alternation(flags, MARKED).finditer(text, start, end)
        expected = [(m.start(), m.end(), m.group()) for m in found]
        assert expected == _index(flags, MARKED).finditer(text, start, end)

    def test_a_name_opening_with_a_mark_keeps_the_others_filed(self) -> None:
        """One such name leaves the rest filed under their first words (no fallback to the
        alternation of every name), and both kinds are found."""
        index = _index(0, MARKED)
        text = "'Akilisi Pohiva met Xi Jinping in Tonga"
        assert ["Xi", "Tonga"] == index._table(text)[1]
        expected = [(0, 15, "'Akilisi Pohiva"), (20, 30, "Xi Jinping"), (34, 39, "Tonga")]
        assert expected == index.finditer(text)


def _ranked(names: list[str], flags: int) -> NameIndex:
    ordered = sorted(set(names), key=lambda n: (-len(n), n))
    return NameIndex(
        ordered,
        [_pattern(name) for name in ordered],
        left=r"[\w'’-]",
        right=r"[\w-]",
        flags=flags,
        dotted=True,
    )


class TestNotAfter:
    @settings(max_examples=300, deadline=None)
    @given(
        text=MARKED_TEXTS,
        left=st.sampled_from([r"[\w'’-]", r"[\w’]", r"[’-]", r"[\w.]", r"[^’]"]),
        then=st.sampled_from(["", r"[\s\S]"]),
        flags=st.sampled_from([0, re.IGNORECASE]),
    )
    def test_the_same_positions_as_one_look_behind(
        self, text: str, left: str, then: str, flags: int
    ) -> None:
        """The look-behinds written to compile fast pass where the one look-behind does."""
        expected = [m.start() for m in re.finditer(rf"(?<!{left}{then})", text, flags)]
        actual = [m.start() for m in re.finditer(_not_after(left, then), text, flags)]
        assert expected == actual


class TestNamePatternsCompiledWhenTried:
    def test_an_index_compiles_no_name_it_has_not_tried(self) -> None:
        """Building an index compiles no name's own pattern; a search compiles only those
        of the names tried where the text has their first word."""
        names = ["Joe Biden", "Xi Jinping", "Wang Yi"]
        index = _index(re.IGNORECASE, names)
        before = sum(pattern is not None for pattern in index._compiled)
        found = index.finditer("Xi Jinping met Joe Biden.")
        after = sum(pattern is not None for pattern in index._compiled)
        assert (0, [(0, 10, "Xi Jinping"), (15, 24, "Joe Biden")], 2) == (before, found, after)

    def test_case_sensitive_names_are_walked_not_compiled(self) -> None:
        """Case-sensitive, the names tried are read into steps and none is compiled."""
        names = ["Joe Biden", "Xi Jinping", "Wang Yi"]
        index = _index(0, names)
        found = index.finditer("Xi Jinping met Joe Biden.")
        read = sum(steps is not None for steps in index._steps)
        compiled = sum(pattern is not None for pattern in index._compiled)
        assert ([(0, 10, "Xi Jinping"), (15, 24, "Joe Biden")], 2, 0) == (found, read, compiled)

    def test_a_name_tried_often_is_compiled(self) -> None:
        """A name walked as often as a walk is worth is compiled, and matches the same."""
        index = _index(0, ["Joe Biden", "Xi Jinping"])
        text = "Joe Biden met Xi Jinping."
        walked = [index._walk(1, text, 14, len(text)) for _ in range(_WALKS)]
        before = index._compiled[1] is not None
        compiled = index._walk(1, text, 14, len(text))
        after = index._compiled[1] is not None
        expected = (14, 24, "Xi Jinping")
        assert ([expected] * _WALKS, False, expected, True) == (walked, before, compiled, after)


class TestLayeredNameIndex:
    @settings(max_examples=400, deadline=None)
    @given(
        data=st.data(),
        text=MARKED_TEXTS,
        edges=st.tuples(st.integers(0, 200), st.integers(0, 200)),
        flags=st.sampled_from([0, re.IGNORECASE]),
    )
    def test_same_as_one_index_and_as_the_alternation(
        self, data: st.DataObject, text: str, edges: tuple[int, int], flags: int
    ) -> None:
        """Names shared out between two layers (some opening with a mark, in either layer)
        find what one index of them all finds, and what their alternation (longest name
        first) finds."""
        names = data.draw(st.sampled_from([NAMES, MARKED]))
        split = data.draw(st.lists(st.booleans(), min_size=len(names), max_size=len(names)))
        start, end = sorted(min(edge, len(text)) for edge in edges)
        base = [name for name, extra in zip(names, split, strict=True) if not extra] or ["Is"]
        added = [name for name, extra in zip(names, split, strict=True) if extra] or ["US"]
        layered = LayeredNameIndex(
            _ranked(base, flags), _ranked(added, flags), lambda n: (-len(n), n)
        )
        ordered = sorted(set(base + added), key=lambda n: (-len(n), n))
        found = _alternation(flags, ordered).finditer(text, start, end)
        alternation = [(m.start(), m.end(), m.group()) for m in found]
        one_index = _ranked(base + added, flags).finditer(text, start, end)
        assert (alternation, alternation) == (one_index, layered.finditer(text, start, end))


PLACES = ["Beijing", "Washington, D.C.", "U.S.", "New York", "York", "Diaoyutai State Guesthouse"]
PLACE_PIECES = [*PLACES, "Beijinger", "Yorkshire", "Washington", "D.C", " ", ".", ",", "x", "-"]
PLACE_TEXTS = st.lists(st.sampled_from(PLACE_PIECES), max_size=30).map("".join)


class TestLiteralIndex:
    @settings(max_examples=300, deadline=None)
    @given(text=PLACE_TEXTS, edges=st.tuples(st.integers(0, 200), st.integers(0, 200)))
    def test_same_as_each_names_pattern(self, text: str, edges: tuple[int, int]) -> None:
        """For every name, every window gives what the name's own pattern finds."""
        start, end = sorted(min(edge, len(text)) for edge in edges)
        index = LiteralIndex(PLACES, left=r"[\w.]")
        for name in PLACES:
            pattern = re.compile(rf"(?<![\w.]){re.escape(name)}(?![\w])")
            expected = [match.span() for match in pattern.finditer(text, start, end)]
            assert expected == index.finditer(name, text, start, end)

    @settings(max_examples=300, deadline=None)
    @given(
        text=PLACE_TEXTS,
        edges=st.tuples(st.integers(0, 200), st.integers(0, 200)),
        left=st.sampled_from([r"[\w.]", r"[.]"]),
    )
    def test_the_names_in_a_window_hold_every_name_found_there(
        self, text: str, edges: tuple[int, int], left: str
    ) -> None:
        """in_window names every name finditer finds in the window (and perhaps more)."""
        start, end = sorted(min(edge, len(text)) for edge in edges)
        index = LiteralIndex(PLACES, left=left)
        window = index.in_window(text, start, end)
        assert window is not None
        found = {name for name in PLACES if index.finditer(name, text, start, end)}
        assert found <= window


class TestSpans:
    def test_overlap_with_the_span_before(self) -> None:
        """A span reaching into the tested one overlaps; one ending at its start does not."""
        spans = Spans([(0, 5), (10, 20)])
        assert [True, False, True, False] == [
            spans.overlaps(4, 6),
            spans.overlaps(5, 10),
            spans.overlaps(19, 30),
            spans.overlaps(20, 30),
        ]


class TestFillMemo:
    def test_a_full_memo_is_emptied_before_the_text_s_keys(self) -> None:
        """A memo that would outgrow its limit keeps only the new text's keys."""
        from diplomatic_events.knowledge._text_cache import fill_memo

        memo = {"a": 1, "b": 1}
        fill_memo(memo, ["b", "c", "d"], 3, len)
        assert {"b": 1, "c": 1, "d": 1} == memo

    def test_keys_held_are_not_computed_again(self) -> None:
        """A key the memo holds keeps its value; only the missing are computed."""
        from diplomatic_events.knowledge._text_cache import fill_memo

        memo = {"ab": 7}
        fill_memo(memo, ["ab", "c"], 10, len)
        assert {"ab": 7, "c": 1} == memo
