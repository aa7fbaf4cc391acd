"""Knowledge files are validated when loaded; each error names the file and the entry."""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

import pytest

from diplomatic_events.exceptions import DataFileError
from diplomatic_events.knowledge import load_knowledge, word_pattern
from diplomatic_events.knowledge._topics import compile_words
from diplomatic_events.model import EventKind


def _file(tmp_path: Path, text: str, name: str = "mine.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _load_error(path: Path) -> str:
    with pytest.raises(DataFileError) as caught:
        load_knowledge(path)
    return str(caught.value)


class TestLoadTimeValidation:
    def test_unknown_zone_word_is_refused_at_load(self, tmp_path: Path) -> None:
        """A zone word naming no IANA zone fails when loaded, naming file, entry and zone."""
        path = _file(tmp_path, '[zones]\n"MST" = "Mars/Olympus_Mons"\n')
        assert f"{path}: zones.'MST': unknown time zone 'Mars/Olympus_Mons'" == _load_error(path)

    def test_unknown_city_zone_is_refused_at_load(self, tmp_path: Path) -> None:
        """A city's unknown zone names the file, the city entry and the zone."""
        path = _file(tmp_path, '[[cities]]\nname = "Foo"\ncountry = "US"\ntimezone = "No/Where"\n')
        assert f"{path}: unknown time zone 'No/Where' @ $.cities[0]" == _load_error(path)

    def test_zone_that_is_a_directory_is_refused(self, tmp_path: Path) -> None:
        """A zone key that names a folder of the zone database is refused, not an OSError."""
        path = _file(tmp_path, '[zones]\n"AM" = "America"\n')
        assert "zones.'AM': unknown time zone 'America'" in _load_error(path)

    def test_empty_actor_name(self, tmp_path: Path) -> None:
        """name = "" is refused naming the file and the actor entry."""
        path = _file(
            tmp_path, '[[actors]]\nid = "a"\nname = "Someone"\n[[actors]]\nid = "b"\nname = ""\n'
        )
        assert f"{path}: name must not be empty @ $.actors[1]" == _load_error(path)

    def test_empty_alias(self, tmp_path: Path) -> None:
        """An empty alias would match everywhere: refused with its entry."""
        path = _file(tmp_path, '[[actors]]\nid = "a"\nname = "A B"\naliases = ["AB", " "]\n')
        assert f"{path}: aliases[1] must not be empty @ $.actors[0]" == _load_error(path)

    def test_bad_topic_word(self, tmp_path: Path) -> None:
        """A topic word "[" is refused naming the file, the topic entry and the word."""
        path = _file(tmp_path, '[[topics]]\nid = "t"\nlabel = "T"\nwords = ["ok", "["]\n')
        assert _load_error(path).startswith(f"{path}: topics[0] (id 't'): word '[': ")

    def test_bad_stance_cue(self, tmp_path: Path) -> None:
        """A stance cue that breaks the syntax names the file and the stance."""
        path = _file(tmp_path, '[stances]\nsupports = ["back (a|"]\n')
        assert _load_error(path).startswith(f"{path}: stances.supports: word 'back (a|': ")

    def test_negative_hedge_factor(self, tmp_path: Path) -> None:
        """A hedge with low = -1 is refused naming the file and the hedge."""
        path = _file(tmp_path, '[hedges.about]\nwords = ["about"]\nlow = -1\nhigh = 2\n')
        assert f"{path}: hedges.about: low must be a finite number >= 0, got -1" == (
            _load_error(path)
        )

    def test_nan_hedge_factor(self, tmp_path: Path) -> None:
        """TOML's nan is not a factor."""
        path = _file(tmp_path, '[hedges.about]\nwords = ["about"]\nlow = 1\nhigh = nan\n')
        assert "hedges.about: high must be a finite number >= 0" in _load_error(path)

    @pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
    def test_knowledge_pipe_is_refused(self, tmp_path: Path) -> None:
        """A named pipe given as a knowledge file is refused, not read."""
        pipe = tmp_path / "pipe.toml"
        os.mkfifo(pipe)
        assert f"{pipe}: cannot be read: not a regular file" == _load_error(pipe)

    @pytest.mark.parametrize("opening", ["[", "{a = "])
    def test_deep_nesting(self, tmp_path: Path, opening: str) -> None:
        """5,000 nested arrays or tables are a DataFileError, not a RecursionError."""
        closing = "]" if opening == "[" else "}"
        path = _file(tmp_path, "x = " + opening * 5_000 + "1" + closing * 5_000)
        assert _load_error(path).startswith(f"{path}: not a TOML file: ")

    def test_not_utf8(self, tmp_path: Path) -> None:
        """A knowledge file that is not UTF-8 is a DataFileError naming it."""
        path = tmp_path / "latin.toml"
        path.write_bytes(b'titles = ["caf\xe9"]\n')
        assert _load_error(path).startswith(f"{path}: not a TOML file")


class TestTopicWords:
    def test_catastrophic_regex_is_refused_at_load(self, tmp_path: Path) -> None:
        """The classic "(a+)+$" is not a word of the syntax: refused when loaded."""
        path = _file(tmp_path, '[[topics]]\nid = "t"\nlabel = "T"\nwords = ["(a+)+$"]\n')
        message = _load_error(path)
        assert message.startswith(f"{path}: topics[0] (id 't'): word '(a+)+$': '(' at 0 needs")

    @pytest.mark.parametrize(
        "word", ["a*", "a+", "a? a? a? a? a", "(a|aa|aaa)*", "a?" * 30 + "a" * 30, "x* y* z*"]
    )
    def test_no_word_backtracks(self, word: str) -> None:
        """Words built to backtrack match a hostile text of 1 MB in well under a second."""
        pattern = compile_words((word,), "test")
        text = ("a" * 5_000 + " ") * 200 + "!"
        started = time.perf_counter()
        pattern.search(text)
        assert time.perf_counter() - started < 1.0

    def test_loaded_hostile_words_stay_quick(self, tmp_path: Path) -> None:
        """The topic pattern parse uses, from a user file built to backtrack, stays linear."""
        path = _file(
            tmp_path, '[[topics]]\nid = "t"\nlabel = "T"\nwords = ["a?a?a?a?a?a?a?a?aaaaaaaa*"]\n'
        )
        pattern = load_knowledge(path).topics.patterns["t"]
        started = time.perf_counter()
        pattern.search(("a" * 3_000 + " ") * 300 + "!")
        assert time.perf_counter() - started < 1.0

    def test_user_topics_use_the_syntax(self, tmp_path: Path) -> None:
        """A topic of the user's file, in the guarded syntax, is compiled for parse."""
        path = _file(tmp_path, '[[topics]]\nid = "whales"\nlabel = "Whaling"\nwords = ["whal*"]\n')
        match = load_knowledge(path).topics.patterns["whales"].search("we oppose Whaling now")
        assert "Whaling" == (match.group() if match else None)

    @pytest.mark.parametrize(
        ("word", "regex"),
        [
            ("Taiwan Strait", r"Taiwan\s++Strait"),
            ("Uyghurs?", r"Uyghurs?+"),
            ("defen[cs]e", "defen[cs]e"),
            ("decoupl*", r"decoupl\w*+"),
            ("technolog+", r"technolog\w++"),
            ("den(y|ies|ied)", "den(?>ied|ies|y)"),
            ("support(s|ed)?", "support(?>ed|s)?+"),
            ("back(s|ed) !(by)", r"back(?>ed|s)(?!\s++(?:by)\b)"),
            ("U.S.", r"U\.S\."),
            (r"a\?", r"a\?"),
        ],
    )
    def test_syntax(self, word: str, regex: str) -> None:
        """Each construct of the syntax compiles to its possessive or atomic form."""
        assert regex == word_pattern(word)

    @pytest.mark.parametrize(
        ("word", "text", "found"),
        [
            ("decoupl*", "a decoupling of trade", "decoupling"),
            ("call* (on|for)", "she called  for calm", "called  for"),
            ("Uyghurs?", "the Uyghur people", "Uyghur"),
            ("(on|one)", "only one", "one"),
            ("back(s|ed) !(by)", "backed by many, backed it", "backed"),
            ("press(ed|es) !(conference)", "a press conference; pressed for", "pressed"),
        ],
    )
    def test_matches(self, word: str, text: str, found: str) -> None:
        """Words find what they say, on word boundaries, case-insensitively."""
        match = compile_words((word,), "test").search(text)
        assert found == (match.group() if match else None)

    @pytest.mark.parametrize(
        "word", ["", " ", "a*b", "*", "?", "a)", "[a-z]", "(a|(b))", "a\\", "a!(b)", "a !(b) c"]
    )
    def test_malformed_words(self, word: str) -> None:
        """Words that break the syntax are refused with a ValueError saying where."""
        with pytest.raises(ValueError, match=re.compile(r"empty|at \d+")):
            word_pattern(word)


class TestEventCues:
    def test_nested_repetition_is_refused(self, tmp_path: Path) -> None:
        """An event cue "(a+)+$" is refused at load, naming the file, the kind and the cue."""
        path = _file(tmp_path, '[kinds]\nmeeting = ["met", "(a+)+$"]\n')
        assert _load_error(path).startswith(
            f"{path}: kinds.meeting: cue '(a+)+$': a repetition inside an unbounded repetition"
        )

    def test_back_reference_is_refused(self, tmp_path: Path) -> None:
        """A back reference in a cue is refused."""
        path = _file(tmp_path, 'delegation = ["(with)\\\\s+\\\\1"]\n[kinds]\nmeeting = ["met"]\n')
        assert "delegation: cue '(with)\\\\s+\\\\1': a back reference" in _load_error(path)

    def test_bounded_repetition_is_kept(self, tmp_path: Path) -> None:
        """Bounded repetitions such as the bundled "(?:\\w+\\s+){0,4}" still load."""
        path = _file(
            tmp_path, '[kinds]\nplanned = ["invited\\\\s+(?:\\\\w+\\\\s+){0,4}to\\\\s+visit"]\n'
        )
        pattern = load_knowledge(path).event_cues.kinds[EventKind.PLANNED]
        match = pattern.search("she invited the Chinese minister to visit")
        assert "invited the Chinese minister to visit" == (match.group() if match else None)
