"""Contract checks for plug-in authors, and the runnable examples of the extending docs."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplomatic_events import (
    Block,
    BlockKind,
    ParseError,
    Pipeline,
    PipelineError,
    Stage,
    parse,
    read_source,
)
from diplomatic_events.knowledge import knowledge_from_toml, load_knowledge
from diplomatic_events.parsing import Document, default_pipeline
from diplomatic_events.sources import Layout, OutletAdapter, outlets, register_outlet
from diplomatic_events.testing.contracts import (
    EDGE_TEXTS,
    ContractError,
    check_knowledge_file,
    check_outlet_adapter,
    knowledge_file_problems,
    outlet_adapter_problems,
)
from diplomatic_events.typing import SourceId

BUILT_IN = sorted(outlets.names())

PAGE_TEXTS = (
    "Leaders meet for the first time in years\nBy Jane Roe\n"
    "Published June 19, 2023 5:50 pm ET\n"
    'The minister said the talks were "candid and constructive" on Monday evening.\n',
    "Advertisement\nSign in to continue\nA short page\n",
)


class TestBuiltInAdapters:
    @pytest.mark.parametrize("name", BUILT_IN)
    def test_keeps_the_contract_on_small_pages(self, name: str) -> None:
        """Every bundled adapter reads small pages and edge cases into a well-formed layout."""
        check_outlet_adapter(outlets.get(name), PAGE_TEXTS)

    @pytest.mark.parametrize("name", BUILT_IN)
    def test_keeps_the_contract_with_its_own_url(self, name: str) -> None:
        """Detection with the adapter's own URL stays in [0, 1]."""
        adapter = outlets.get(name)
        domain = adapter.rules.domains[0] if adapter.rules.domains else "example.org"
        assert () == outlet_adapter_problems(adapter, PAGE_TEXTS, url=f"https://{domain}/a")

    @settings(max_examples=25)
    @given(texts=st.lists(st.text(max_size=300), max_size=3), name=st.sampled_from(BUILT_IN))
    def test_keeps_the_contract_on_any_text(self, texts: list[str], name: str) -> None:
        """Any text is read into a layout whose offsets index it."""
        assert () == outlet_adapter_problems(outlets.get(name), texts)

    @settings(max_examples=25)
    @given(
        lines=st.lists(
            st.sampled_from(
                [
                    "Published June 19, 2023 5:50 pm",
                    "By Jane Roe and John Doe",
                    "published at 10:55 British Summer Time 19 June 2023",
                    "1. Talks open",
                    "Image caption, Leaders meet",
                    "Image source, Reuters",
                    "He said the talks were useful and would go on next month.",
                    "",
                    "\r",
                    "Advertisement",
                ]
            ),
            max_size=12,
        ),
        name=st.sampled_from(BUILT_IN),
    )
    def test_keeps_the_contract_on_page_like_text(self, lines: list[str], name: str) -> None:
        """Pages assembled from chrome, stamps and prose keep the contract."""
        assert () == outlet_adapter_problems(outlets.get(name), ["\n".join(lines)])


class _BrokenAdapter(OutletAdapter):
    """Breaks every clause it can: overlapping, out-of-bounds blocks, a naive date, a bad score."""

    def detect(self, text: str, url: str | None = None) -> float:
        return 1.5

    def layout(self, text: str, source_id: SourceId) -> Layout:
        return Layout(
            blocks=(
                Block(kind=BlockKind.BODY, start=0, end=len(text) + 5),
                Block(kind=BlockKind.BODY, start=0, end=1, entry=3),
            ),
            published=dt.datetime(2023, 6, 19, 12, 0),
        )


class _CrashingAdapter(OutletAdapter):
    """Raises an error that is not the library's."""

    def layout(self, text: str, source_id: SourceId) -> Layout:
        raise KeyError("oops")


class _RefusingAdapter(OutletAdapter):
    """Refuses every page with the library's own error, which the contract allows."""

    def layout(self, text: str, source_id: SourceId) -> Layout:
        raise ParseError("not one of our pages")


RULES = 'name = "broken"\ndisplay_name = "Broken"\ndomains = ["broken.example"]\n'


class TestBrokenAdapter:
    def test_contract_fails(self) -> None:
        """A broken adapter fails the contract with a ContractError (an AssertionError)."""
        with pytest.raises(AssertionError) as caught:
            check_outlet_adapter(_BrokenAdapter.from_toml(RULES), ["Some text."])
        assert isinstance(caught.value, ContractError)

    def test_every_clause_is_reported(self) -> None:
        """Each broken clause is named for the first text."""
        problems = outlet_adapter_problems(_BrokenAdapter.from_toml(RULES), ["Some text."])
        first = [p.removeprefix("text 0 ('Some text.'): ") for p in problems if "text 0" in p]
        assert [
            "detect() gave 1.5, not a number in [0, 1]",
            "detect() gave 1.5, not a number in [0, 1]",
            "block 0 (body 0-15) ends past the text's 10 characters",
            "block 1 (body 0-1) starts before the previous block ends (15)",
            "block 1 (body 0-1) names missing live entry 3",
            "published 2023-06-19T12:00:00 has no time zone",
            "published is set but published_date is not",
        ] == first

    def test_other_errors_propagate_with_a_note(self) -> None:
        """An error that is not the library's escapes, noting which text raised it."""
        with pytest.raises(KeyError) as caught:
            check_outlet_adapter(_CrashingAdapter.from_toml(RULES), ["Some text."])
        assert ["raised by _CrashingAdapter('broken') on text 0 ('Some text.')"] == (
            caught.value.__notes__
        )

    def test_library_errors_are_allowed(self) -> None:
        """Refusing a page with a DiplomaticEventsError keeps the contract."""
        assert () == outlet_adapter_problems(_RefusingAdapter.from_toml(RULES), ["x"])

    def test_own_domain_must_match(self) -> None:
        """An adapter whose URL matching ignores its domains is reported."""

        class Blind(OutletAdapter):
            def matches_url(self, url: str) -> bool:
                return False

        assert ("does not match a URL on its own domain 'broken.example'",) == (
            outlet_adapter_problems(Blind.from_toml(RULES))
        )

    def test_edge_texts_always_run(self) -> None:
        """The edge texts are checked even when the caller gives none."""
        seen: list[str] = []

        class Recording(OutletAdapter):
            def detect(self, text: str, url: str | None = None) -> float:
                seen.append(text)
                return 0.0

        outlet_adapter_problems(Recording.from_toml(RULES))
        assert list(EDGE_TEXTS) == seen[::2]


def _bundled(name: str) -> str:
    return str(files("diplomatic_events.knowledge").joinpath("data", name))


class TestKnowledgeFile:
    @pytest.mark.parametrize(
        "name",
        ["actors.toml", "descriptions.toml", "attribution.toml", "topics.toml", "hedges.toml"],
    )
    def test_bundled_files_keep_the_contract(self, name: str) -> None:
        """Every shipped knowledge file passes the check."""
        check_knowledge_file(_bundled(name))

    def test_silent_surprises_are_reported(self, tmp_path: Path) -> None:
        """A file that loads but misleads is reported clause by clause."""
        path = tmp_path / "visit.toml"
        path.write_text(
            '[[actors]]\nid = "ana-lima"\nname = "Ana Lima"\ncountry = "BRA"\ngender = "f"\n'
            'roles = [{ title = "Envoy", start = "2024-01-01", end = "2023-01-01" }]\n'
            '[[actors]]\nid = "ana-lima"\nname = "Ana Lima"\n'
            '[[actors]]\nid = "bo-lima"\nname = "Bo Lima"\naliases = ["Ana Lima"]\n'
            '[[descriptions]]\nwords = ["chief herald"]\ntitles = ["Chief Herald"]\n',
            encoding="utf-8",
        )
        assert (
            "actor 'ana-lima': country 'BRA' is not a two-letter code",
            "actor 'ana-lima': gender 'f' is not 'male' or 'female'",
            "actor 'ana-lima': role 'Envoy' ends before it starts",
            "actor 'ana-lima' appears twice; the later entry wins",
            "name 'ana lima' belongs to both 'ana-lima' and 'bo-lima'",
            "description 0 (chief herald): no known actor holds any of its titles ['Chief Herald']",
        ) == knowledge_file_problems(path)

    def test_unknown_key_is_reported(self, tmp_path: Path) -> None:
        """A typo is reported with the file and the key."""
        path = tmp_path / "typo.toml"
        path.write_text('[[actors]]\nid = "x"\nnmae = "X"\n', encoding="utf-8")
        (problem,) = knowledge_file_problems(path)
        assert ("typo.toml" in problem, "nmae" in problem) == (True, True)

    def test_check_raises(self, tmp_path: Path) -> None:
        """check_knowledge_file raises a ContractError listing the problems."""
        path = tmp_path / "broken.toml"
        path.write_text("not = [toml", encoding="utf-8")
        with pytest.raises(ContractError, match="not a TOML file"):
            check_knowledge_file(path)

    def test_missing_file(self, tmp_path: Path) -> None:
        """A missing file is one problem, not a crash."""
        assert 1 == len(knowledge_file_problems(tmp_path / "absent.toml"))

    def test_topics_file(self, tmp_path: Path) -> None:
        """A topics file is read by the topics loader; a word matching empty text is reported."""
        path = tmp_path / "topics.toml"
        path.write_text(
            '[[topics]]\nid = "grain"\nlabel = "Grain exports"\nwords = ["grain", "s?"]\n',
            encoding="utf-8",
        )
        assert (f"{path}: topics[0] (id 'grain'): word 's?': matches empty text",) == (
            knowledge_file_problems(path)
        )

    def test_bad_hedge(self, tmp_path: Path) -> None:
        """A hedges file is read by the hedge loader, which names the unknown hedge."""
        path = tmp_path / "hedges.toml"
        path.write_text("[hedges.roughly]\nlow = 0.5\n", encoding="utf-8")
        (problem,) = knowledge_file_problems(path)
        assert "unknown hedge 'roughly'" in problem


# --------------------------------------------------------------------------------------
# The examples of docs/extending.md, run as written there.

GAZETTE_RULES = """\
name = "harbour-gazette"
display_name = "The Harbour Gazette"
domains = ["harbourgazette.example"]
timezone = "Pacific/Auckland"
strong_evidence = ["(?m)^The Harbour Gazette — independent since 1901$"]
weak_evidence = ["\\\\bHarbour Gazette\\\\b"]
boilerplate = ["^The Harbour Gazette — independent since 1901$", "(?i)^gazette club members\\\\b"]
credit_agencies = ["Gazette Pictures"]

[zone_abbreviations]
NZST = "Pacific/Auckland"
"""
GAZETTE_PAGE = (
    "The Harbour Gazette — independent since 1901\n"
    "Ministers sign a shipping pact in Wellington\n"
    "Published 4 March 2024, 10:15 NZST\n"
    "Ministers signed a shipping pact on Monday after two days of talks, officials said.\n"
    "Gazette Club members get more\n"
)


@pytest.fixture
def gazette() -> Iterator[OutletAdapter]:
    adapter = OutletAdapter.from_toml(GAZETTE_RULES)
    register_outlet("harbour-gazette", adapter)
    yield adapter
    outlets.unregister("harbour-gazette")


class TestExtendingExamples:
    def test_outlet_from_toml(self, gazette: OutletAdapter) -> None:
        """The documented rules file yields an adapter that claims and reads its pages."""
        source = read_source(GAZETTE_PAGE)
        assert (
            "harbour-gazette",
            "The Harbour Gazette",
            dt.datetime(2024, 3, 4, 10, 15, tzinfo=dt.timezone(dt.timedelta(hours=13))),
            ["boilerplate", "headline", "metadata", "body", "boilerplate"],
        ) == (
            source.outlet,
            source.outlet_name,
            source.published,
            [block.kind.value for block in source.blocks],
        )

    def test_outlet_keeps_the_contract(self, gazette: OutletAdapter) -> None:
        """The documented adapter passes the contract check."""
        check_outlet_adapter(gazette, [GAZETTE_PAGE])

    def test_knowledge_file(self, tmp_path: Path) -> None:
        """The documented visit file adds actors that are then found in text."""
        path = tmp_path / "wellington-2024.toml"
        path.write_text(
            "[[actors]]\n"
            'id = "aroha-ngata"\n'
            'name = "Aroha Ngata"\n'
            'country = "NZ"\n'
            'gender = "female"\n'
            'aliases = ["Minister Ngata"]\n'
            "roles = [\n"
            '  { title = "Foreign Minister", organization = "New Zealand", start = 2023-11-27 },\n'
            "]\n\n"
            "[countries.NZ]\n"
            'names = ["New Zealand", "New Zealander", "Wellington"]\n',
            encoding="utf-8",
        )
        check_knowledge_file(path)
        knowledge = load_knowledge(path)
        text = "Aroha Ngata met reporters. Ngata said talks went well."
        assert [("aroha-ngata", 0, 11), ("aroha-ngata", 27, 32)] == [
            (m.actor, m.start, m.end) for m in knowledge.find_mentions(text)
        ]

    def test_custom_stage(self) -> None:
        """The documented stage runs after the statements and filters what they found."""

        def drop_short_quotes(document: Document) -> None:
            found = document.get("statements")
            kept = tuple(s for s in found.statements if len(s.text.split()) >= 4)
            document.results["statements"] = attrs.evolve(found, statements=kept)

        short_quotes = Stage(
            name="drop-short-quotes",
            run=drop_short_quotes,
            requires=frozenset({"statements"}),
        )
        pipeline = default_pipeline().insert_after("statements", short_quotes)
        text = 'He said "no," and then: "we agreed on the need to keep talking," in Beijing.'
        expected = (
            "text",
            "quotes",
            "people",
            "mentions",
            "statements",
            "drop-short-quotes",
            "time",
            "meetings",
            "positions",
        )
        assert expected == pipeline.names()
        assert (2, ["we agreed on the need to keep talking,"]) == (
            len(parse([text]).all_statements()),
            [s.text for s in parse([text], pipeline=pipeline).all_statements()],
        )

    def test_misordered_stage_is_refused(self) -> None:
        """A stage that needs statements cannot come first."""
        with pytest.raises(PipelineError):
            Pipeline([Stage(name="x", run=lambda d: None, requires=frozenset({"statements"}))])


DOCS = Path(__file__).resolve().parents[2] / "docs"


def _toml_blocks(page: str) -> list[str]:
    text = (DOCS / page).read_text(encoding="utf-8")
    return re.findall(r"```toml\n(.*?)```", text, re.DOTALL)


@pytest.mark.skipif(not DOCS.is_dir(), reason="the docs are not next to the tests")
class TestDocsSnippets:
    @pytest.mark.parametrize("page", ["knowledge.md"])
    def test_knowledge_snippets_keep_the_contract(self, page: str, tmp_path: Path) -> None:
        """Every TOML example of the knowledge page loads with no problems."""
        for number, block in enumerate(_toml_blocks(page)):
            path = tmp_path / f"example-{number}.toml"
            path.write_text(block, encoding="utf-8")
            assert () == knowledge_file_problems(path)

    def test_extending_snippets_load(self, tmp_path: Path) -> None:
        """The extending page's rules and knowledge examples load; entry points name groups."""
        kinds = []
        for block in _toml_blocks("extending.md"):
            if block.startswith("# harbour-gazette.toml"):
                kinds.append(OutletAdapter.from_toml(block).name)
            elif block.startswith("# wellington-2024.toml"):
                path = tmp_path / "wellington-2024.toml"
                path.write_text(block, encoding="utf-8")
                check_knowledge_file(path)
                kinds.append("knowledge")
            else:
                group = re.match(r'\[project\.entry-points\."(diplomatic_events\.\w+)"\]', block)
                assert group is not None
                kinds.append(group.group(1))
        assert [
            "harbour-gazette",
            "diplomatic_events.outlets",
            "knowledge",
            "diplomatic_events.knowledge",
            "diplomatic_events.stages",
        ] == kinds

    def test_month_precision_role_dates(self) -> None:
        """Role dates may be given to the month, as the knowledge page says."""
        knowledge = knowledge_from_toml(
            '[[actors]]\nid = "a-b"\nname = "A B"\n'
            'roles = [{ title = "Envoy", start = "2021-01" }]\n'
        )
        assert "2021-01" == str(knowledge.actors[0].roles[0].start)

    def test_gazette_rules_match_the_docs(self) -> None:
        """The rules the tests run are the ones the extending page shows."""
        assert GAZETTE_RULES == _toml_blocks("extending.md")[0].split("\n", 1)[1]
