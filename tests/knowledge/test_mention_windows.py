"""A window inside one read already is read out of it only where a reading of its own finds
the same (``knowledge._mention_windows``)."""

from __future__ import annotations

import pytest

from diplomatic_events.knowledge import KnowledgeBase, _mentions, load_knowledge
from diplomatic_events.knowledge._actors import Mention
from diplomatic_events.knowledge._mention_index import _index
from diplomatic_events.knowledge._mention_windows import ANY_DAY, Windows
from diplomatic_events.knowledge._text_cache import TextCache
from diplomatic_events.model import PartialDate

_TEXT = (
    "Secretary of State Antony Blinken met Wang Yi in Beijing on Monday. Blinken told "
    "China's top diplomat that the talks were useful. Later, Wang said the two sides agreed.\n"
)
_DAY = PartialDate(year=2023, month=6, day=19)


@pytest.fixture(scope="module")
def knowledge() -> KnowledgeBase:
    """The bundled knowledge."""
    return load_knowledge()


def _sentences() -> list[tuple[int, int]]:
    first = _TEXT.index("Blinken told")
    second = _TEXT.index("Later,")
    return [(0, first - 1), (first, second - 1), (second, len(_TEXT) - 1)]


def _read_alone(
    knowledge: KnowledgeBase, start: int, end: int, on: PartialDate | None
) -> list[Mention]:
    """The window's mentions read with nothing read before."""
    held = _mentions._WINDOWS
    _mentions._WINDOWS = TextCache(size=4)
    try:
        return knowledge.find_mentions(_TEXT, start, end, on=on)
    finally:
        _mentions._WINDOWS = held


def _windows(knowledge: KnowledgeBase) -> Windows:
    windows: Windows = _mentions._WINDOWS.get(f"windows:{knowledge.token()}", _TEXT, Windows)
    return windows


class TestWindowsWithin:
    def test_sentences_of_a_block_read_out_of_it(self, knowledge: KnowledgeBase) -> None:
        """Each sentence of a block read already is read out of the block's mentions, and
        they are what the sentence read alone names."""
        fresh = knowledge.with_actors([], {"antony-blinken": "male"})  # windows of its own
        fresh.find_mentions(_TEXT, 0, len(_TEXT) - 1, on=_DAY)
        expected = [_read_alone(knowledge, start, end, _DAY) for start, end in _sentences()]
        inside = [
            _windows(fresh).within(_TEXT, start, end, _DAY, _mentions._GAP)
            for start, end in _sentences()
        ]
        actual = [fresh.find_mentions(_TEXT, start, end, on=_DAY) for start, end in _sentences()]
        assert [list(found[1]) for found in inside if found is not None] == expected
        assert expected == actual

    def test_each_window_its_own_matches(self, knowledge: KnowledgeBase) -> None:
        """Sentences of two blocks, the first naming no one, are each read out of their own
        block: a block whose scans matched nothing keeps no matches of another's."""
        text = "Talks went on. Nothing was agreed.\n" + _TEXT
        fresh = knowledge.with_actors([], {"wang-yi": "female", "antony-blinken": "male"})
        first = text.index("\n")
        fresh.find_mentions(text, 0, first, on=_DAY)
        fresh.find_mentions(text, first + 1, len(text) - 1, on=_DAY)
        fresh.find_mentions(text, 0, text.index(" Nothing"), on=_DAY)  # of the first block
        start, end = (first + 1 + at for at in _sentences()[1])
        held = _mentions._WINDOWS
        _mentions._WINDOWS = TextCache(size=4)
        try:
            expected = knowledge.find_mentions(text, start, end, on=_DAY)
        finally:
            _mentions._WINDOWS = held
        assert expected == fresh.find_mentions(text, start, end, on=_DAY)

    def test_a_window_cutting_a_name_is_read_anew(self, knowledge: KnowledgeBase) -> None:
        """A window ending between a name's words ("Antony | Blinken") is not read out of
        the block: the block's match of the whole name crosses its end."""
        fresh = knowledge.with_actors([], {"wang-yi": "male"})
        fresh.find_mentions(_TEXT, 0, len(_TEXT) - 1, on=_DAY)
        end = _TEXT.index(" Blinken met")
        assert _windows(fresh).within(_TEXT, 0, end, _DAY, _mentions._GAP) is None
        assert _read_alone(knowledge, 0, end, _DAY) == fresh.find_mentions(_TEXT, 0, end, on=_DAY)

    def test_a_window_ending_in_a_word_is_read_anew(self, knowledge: KnowledgeBase) -> None:
        """A window ending after a word ("Later, Wang | said") is not read out of the block:
        a look-ahead after a surname or title may read on past its end."""
        fresh = knowledge.with_actors([], {"wang-yi": "male"})
        fresh.find_mentions(_TEXT, 0, len(_TEXT) - 1, on=_DAY)
        start, end = _sentences()[2][0], _TEXT.index(" said the two")
        assert _windows(fresh).within(_TEXT, start, end, _DAY, _mentions._GAP) is None
        assert _read_alone(knowledge, start, end, _DAY) == fresh.find_mentions(
            _TEXT, start, end, on=_DAY
        )

    def test_another_day_is_read_anew(self, knowledge: KnowledgeBase) -> None:
        """A block whose description was resolved on one day serves no sentence read on
        another: the day may change whom it names."""
        fresh = knowledge.with_actors([], {"wang-yi": "female"})
        fresh.find_mentions(_TEXT, 0, len(_TEXT) - 1, on=_DAY)
        start, end = _sentences()[1]
        other = PartialDate(year=2012, month=1, day=2)
        assert _windows(fresh).within(_TEXT, start, end, other, _mentions._GAP) is None

    def test_a_sentence_whose_reading_looked_at_no_day_serves_another_day(
        self, knowledge: KnowledgeBase
    ) -> None:
        """A block read on one day serves a sentence read on another when no match in the
        sentence had the day looked at (names in full), as the sentence read alone names."""
        fresh = knowledge.with_actors([], {"antony-blinken": "female"})
        fresh.find_mentions(_TEXT, 0, len(_TEXT) - 1, on=_DAY)
        start, end = _sentences()[0]
        other = PartialDate(year=2012, month=1, day=2)
        inside = _windows(fresh).within(_TEXT, start, end, other, _mentions._GAP)
        assert inside is not None
        assert (ANY_DAY, _read_alone(knowledge, start, end, other)) == (
            inside[0],
            list(inside[1]),
        )

    def test_a_surname_of_several_people_is_read_anew_on_another_day(
        self, knowledge: KnowledgeBase
    ) -> None:
        """A sentence naming a surname several known people bear ("Wang") is read anew on
        another day: the day may decide which of them it is."""
        fresh = knowledge.with_actors([], {"antony-blinken": "female"})
        fresh.find_mentions(_TEXT, 0, len(_TEXT) - 1, on=_DAY)
        start, end = _sentences()[2]
        other = PartialDate(year=2012, month=1, day=2)
        assert _windows(fresh).within(_TEXT, start, end, other, _mentions._GAP) is None


class TestWindowsReadForAHomeCountry:
    def test_a_block_the_home_country_did_not_decide_serves_a_reader_without_one(
        self, knowledge: KnowledgeBase
    ) -> None:
        """A block read for a home country that decided nothing in it ("China's top
        diplomat" has a country word) serves the sentences a reader without one asks for."""
        fresh = knowledge.with_actors([], {"wang-yi": "male"})
        fresh.find_mentions(_TEXT, 0, len(_TEXT) - 1, on=_DAY, home="US")
        start, end = _sentences()[1]
        inside = _windows(fresh).within(_TEXT, start, end, _DAY, _mentions._GAP)
        assert inside is not None
        assert _read_alone(knowledge, start, end, _DAY) == list(inside[1])

    def test_a_block_the_home_country_decided_is_read_anew(self, knowledge: KnowledgeBase) -> None:
        """A block where the home country named an office's holder ("The Prime Minister" of
        a Downing Street page) serves no reader without one: it may name someone else."""
        text = "The Prime Minister met Prime Minister Fumio Kishida in Hiroshima. They talked.\n"
        on = PartialDate(year=2023, month=5, day=18)
        fresh = knowledge.with_actors([], {"fumio-kishida": "male"})
        fresh.find_mentions(text, 0, len(text) - 1, on=on, home="GB")
        windows: Windows = _mentions._WINDOWS.get(f"windows:{fresh.token()}", text, Windows)
        assert windows.within(text, 0, text.index(" They"), on, _mentions._GAP) is None

    def test_a_sentence_the_home_country_decided_nothing_in_serves_a_reader_without_one(
        self, knowledge: KnowledgeBase
    ) -> None:
        """A sentence of that block naming its people by name ("Fumio Kishida thanked him")
        is read out of it by a reader without a home country."""
        text = "The Prime Minister met Fumio Kishida in Hiroshima. Fumio Kishida thanked him.\n"
        on = PartialDate(year=2023, month=5, day=18)
        fresh = knowledge.with_actors([], {"fumio-kishida": "male"})
        fresh.find_mentions(text, 0, len(text) - 1, on=on, home="GB")
        windows: Windows = _mentions._WINDOWS.get(f"windows:{fresh.token()}", text, Windows)
        start = text.index("Fumio Kishida thanked")
        inside = windows.within(text, start, len(text) - 1, on, _mentions._GAP)
        assert inside is not None
        assert ["fumio-kishida"] == [mention.actor for mention in inside[1]]


def _scanned(knowledge: KnowledgeBase, lo: int, hi: int) -> tuple[list[Mention], list[int]]:
    """A window's names and matches, scanned alone."""
    layers = _mentions._scan_names(knowledge, _index(knowledge), _BLOCKS, lo, hi)
    mentions = [mention for _, _, found in layers for mention in found]
    return mentions, [at for starts, ends, _ in layers for at in _pairs(starts, ends)]


def _pairs(starts: list[int], ends: list[int]) -> list[int]:
    return [at for pair in zip(starts, ends, strict=True) for at in pair]


_BLOCKS = "Talks in Beijing\n\n" + _TEXT + "\nThe U.S. Department of State and Antony\nBlinken.\n"


class TestWholeNames:
    def test_a_block_s_names_read_out_of_the_whole_text(self, knowledge: KnowledgeBase) -> None:
        """A block's names are the whole text's between its edges, as its own scan finds."""
        whole = _mentions._whole_names(knowledge, _index(knowledge), _BLOCKS)
        lo = _BLOCKS.index("Secretary")
        hi = lo + len(_TEXT) - 1
        assert _scanned(knowledge, lo, hi) == whole.within(_BLOCKS, lo, hi)

    def test_a_name_across_the_edge_is_scanned(self, knowledge: KnowledgeBase) -> None:
        """A block ending inside a name the whole text holds ("Antony | Blinken", a line
        break between) is scanned alone."""
        whole = _mentions._whole_names(knowledge, _index(knowledge), _BLOCKS)
        lo = _BLOCKS.index("The U.S.")
        hi = _BLOCKS.index("\nBlinken")
        assert whole.within(_BLOCKS, lo, hi) is None
