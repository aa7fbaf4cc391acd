"""Tests for the bundled office holders: dates, overlaps, names and resolution by title."""

from __future__ import annotations

import datetime as dt
import importlib.resources
import re
import tomllib
from collections import defaultdict
from functools import cache
from itertools import pairwise

import pytest

from diplomatic_events.knowledge import KnowledgeBase, load_knowledge, slug
from diplomatic_events.model import PartialDate, Role

# Titles several people hold at once by nature (a government has several vice premiers
# and a foreign ministry several spokespeople).
SHARED_TITLES = frozenset(
    {
        "vice premier",
        "state councilor",
        "deputy prime minister",
        "foreign ministry spokesperson",
        "foreign ministry spokeswoman",
        "senator",
    }
)
HANDOVER_DAYS = 3
"""Days two holders of one office may overlap: the outgoing one's last day is often the
incoming one's first, and a day is not always certain."""

NEVER = dt.date(9999, 12, 31)


@cache
def _knowledge() -> KnowledgeBase:
    return load_knowledge()


def _leaders_file() -> dict[str, object]:
    folder = importlib.resources.files("diplomatic_events.knowledge") / "data"
    return tomllib.loads((folder / "leaders.toml").read_text(encoding="utf-8"))


def _span(role: Role) -> tuple[dt.date, dt.date]:
    start = role.start.earliest() if role.start is not None else dt.date.min
    end = role.end.latest() if role.end is not None else NEVER
    return start, end


def _day(text: str) -> PartialDate:
    return PartialDate.of(dt.date.fromisoformat(text))


def _fold(name: str) -> str:
    return re.sub(r"\s+", " ", name.replace(".", "").replace("’", "'")).casefold().strip()


def _holders(title: str, country: str, day: str) -> list[str]:
    return sorted(actor.id for actor in _knowledge().holders([title], country, _day(day)))


def _described(text: str, day: str) -> list[str]:
    mentions = _knowledge().find_mentions(text, on=_day(day))
    return [m.actor for m in mentions if m.via == "description"]


class TestRoleDates:
    def test_every_role_starts_no_later_than_it_ends(self) -> None:
        """No bundled role ends before it starts."""
        backwards = [
            f"{actor.id}: {role.title}"
            for actor in _knowledge().actors
            for role in actor.roles
            if _span(role)[0] > _span(role)[1]
        ]
        assert [] == backwards

    def test_no_two_people_hold_one_office_at_once(self) -> None:
        """Holders of one title in one country follow each other (a handover aside)."""
        offices: dict[tuple[str | None, str, str | None], list[tuple[dt.date, dt.date, str]]]
        offices = defaultdict(list)
        for actor in _knowledge().actors:
            for role in actor.roles:
                if role.title.casefold() not in SHARED_TITLES:
                    key = (actor.country, role.title.casefold(), role.organization)
                    offices[key].append((*_span(role), actor.id))
        clashes = []
        for key, spans in offices.items():
            for first, (start, end, holder) in enumerate(spans):
                for other_start, other_end, other in spans[first + 1 :]:
                    overlap = (min(end, other_end) - max(start, other_start)).days
                    if holder != other and overlap > HANDOVER_DAYS:
                        clashes.append(f"{key}: {holder} and {other}")
        assert [] == clashes

    def test_one_person_does_not_hold_an_office_twice_at_once(self) -> None:
        """A person's terms in one office do not overlap (a typo in a year would)."""
        repeated = []
        for actor in _knowledge().actors:
            terms: dict[tuple[str, str | None], list[tuple[dt.date, dt.date]]] = defaultdict(list)
            for role in actor.roles:
                terms[(role.title, role.organization)].append(_span(role))
            for (title, _), spans in terms.items():
                ordered = sorted(spans)
                if any(later[0] < earlier[1] for earlier, later in pairwise(ordered)):
                    repeated.append(f"{actor.id}: {title}")
        assert [] == repeated


class TestNames:
    def test_every_name_and_alias_names_one_actor(self) -> None:
        """No name or alias is shared by two bundled actors."""
        owners: dict[str, set[str]] = defaultdict(set)
        for actor in _knowledge().actors:
            for name in actor.names():
                owners[_fold(name)].add(actor.id)
        assert {} == {name: ids for name, ids in owners.items() if len(ids) > 1}

    def test_every_name_starts_with_a_word(self) -> None:
        """Every bundled name and alias opens with a letter or digit: a name that opens
        with a mark ("'Akilisi Pohiva") cannot be filed under its first word, and the name
        index then falls back to one alternation of every name (the parse ran 2.5 times
        slower)."""
        opening = [
            name
            for actor in _knowledge().actors
            for name in actor.names()
            if not name[:1].isalnum()
        ]
        assert [] == opening

    def test_leaders_ids_are_slugs_of_names(self) -> None:
        """Each id in leaders.toml is the slug of the person's name."""
        actors = _leaders_file()["actors"]
        assert isinstance(actors, list)
        assert [] == [a["id"] for a in actors if slug(a["name"]) != a["id"]]

    def test_leaders_does_not_replace_an_actor(self) -> None:
        """No id in leaders.toml is also in actors.toml (the later entry would replace it)."""
        folder = importlib.resources.files("diplomatic_events.knowledge") / "data"
        earlier = tomllib.loads((folder / "actors.toml").read_text(encoding="utf-8"))
        actors = _leaders_file()["actors"]
        assert isinstance(actors, list)
        assert set() == {a["id"] for a in earlier["actors"]} & {a["id"] for a in actors}

    def test_a_month_is_not_a_prime_minister(self) -> None:
        """ "May" alone is a month, never Theresa May."""
        mentions = _knowledge().find_mentions("Talks resume on May 5 in London.")
        assert [] == [m.actor for m in mentions]

    def test_a_title_and_surname_name_her(self) -> None:
        """ "Mrs May" names Theresa May."""
        mentions = _knowledge().find_mentions("Mrs May said the talks would resume.")
        assert ["theresa-may"] == [m.actor for m in mentions]

    def test_an_administrator_by_title_and_surname(self) -> None:
        """ "Administrator Power" names Samantha Power; "the power of" names no one."""
        text = "Administrator Power met the president. The power of example matters."
        mentions = _knowledge().find_mentions(text, on=PartialDate(year=2022, month=4, day=6))
        assert ["samantha-power"] == [m.actor for m in mentions]

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Kendall noted the alliance's strength.", "frank-kendall"),
            ("Gen. Mark A. Milley met his counterpart.", "mark-milley"),
            ("Marine Corps Gen. Joe Dunford met him.", "joseph-dunford"),
            ("Gen. Erik Kurilla met the minister.", "michael-kurilla"),
            ("Langley said the partnership matters.", "michael-langley"),
        ],
    )
    def test_service_chiefs_and_secretaries_by_name(self, text: str, expected: str) -> None:
        """The service secretaries, the Chairmen of the Joint Chiefs and the combatant
        commanders are known by their names, their initials and their surnames."""
        mentions = _knowledge().find_mentions(text, on=PartialDate(year=2024, month=5, day=6))
        assert [expected] == [m.actor for m in mentions]

    def test_a_gulf_ruler_by_sheikh_and_given_name(self) -> None:
        """ "Sheikh Tamim" and "Tamim bin Hamad Al-Thani" name the Emir of Qatar."""
        text = "Sheikh Tamim met him. Tamim bin Hamad Al-Thani spoke."
        mentions = _knowledge().find_mentions(text, on=PartialDate(year=2022, month=1, day=31))
        assert ["tamim-bin-hamad-al-thani"] * 2 == [m.actor for m in mentions]

    def test_a_japanese_name_family_name_first(self) -> None:
        """Japanese government texts write "Hamada Yasukazu" for Yasukazu Hamada."""
        mentions = _knowledge().find_mentions("Minister Hamada Yasukazu welcomed him.")
        assert ["yasukazu-hamada"] == [m.actor for m in mentions]


class TestHolders:
    @pytest.mark.parametrize(
        ("title", "country", "day", "expected"),
        [
            ("Prime Minister", "GB", "2018-03-12", ["theresa-may"]),
            ("Prime Minister", "GB", "2022-10-01", ["liz-truss"]),
            ("Secretary of Defense", "US", "2017-06-01", ["jim-mattis"]),
            ("Secretary of Defense", "US", "2014-03-01", ["chuck-hagel"]),
            ("Secretary of Defense", "US", "2019-03-01", ["patrick-shanahan"]),
            ("Chancellor", "DE", "2015-06-01", ["angela-merkel"]),
            ("Premier", "CN", "2010-05-01", ["wen-jiabao"]),
            ("External Affairs Minister", "IN", "2016-01-01", ["sushma-swaraj"]),
            ("Foreign Minister", "JP", "2015-01-01", ["fumio-kishida"]),
            ("Foreign Secretary", "GB", "2017-01-01", ["boris-johnson"]),
            ("King", "GB", "2023-05-06", ["charles-iii"]),
            ("President", "KR", "2015-01-01", ["park-geun-hye"]),
            ("Prime Minister", "PK", "2023-10-01", ["anwaar-ul-haq-kakar"]),
        ],
    )
    def test_holder_on_a_day(self, title: str, country: str, day: str, expected: list[str]) -> None:
        """The holder of an office on a day, through the public API."""
        assert expected == _holders(title, country, day)

    def test_a_handover_day_has_two_holders(self) -> None:
        """On the day Johnson succeeded May both held the office."""
        assert ["boris-johnson", "theresa-may"] == _holders("Prime Minister", "GB", "2019-07-24")

    def test_an_acting_president_is_not_the_president(self) -> None:
        """While Rousseff was suspended, Temer was Acting President and she President."""
        assert ["dilma-rousseff"] == _holders("President", "BR", "2016-06-15")
        assert ["michel-temer"] == _holders("Acting President", "BR", "2016-06-15")


class TestDescriptions:
    @pytest.mark.parametrize(
        ("text", "day", "expected"),
        [
            (
                "British officials said the Prime Minister held a bilateral meeting.",
                "2018-03-12",
                ["theresa-may"],
            ),
            ("The Australian defence minister arrived on Monday.", "2016-05-02", ["marise-payne"]),
            ("The Indian foreign minister arrived on Monday.", "2015-03-02", ["sushma-swaraj"]),
            ("The British defence secretary arrived on Monday.", "2020-03-02", ["ben-wallace"]),
            ("The German chancellor arrived on Monday.", "2012-03-02", ["angela-merkel"]),
            (
                "The Philippine defense secretary arrived on Monday.",
                "2018-03-05",
                ["delfin-lorenzana"],
            ),
            ("The Saudi king received him on Wednesday.", "2016-04-20", ["salman-bin-abdulaziz"]),
            ("The Japanese emperor received him.", "2018-03-02", ["akihito"]),
            (
                "He welcomed the emir of Qatar to the Pentagon.",
                "2018-04-09",
                ["tamim-bin-hamad-al-thani"],
            ),
        ],
    )
    def test_description_names_the_holder(self, text: str, day: str, expected: list[str]) -> None:
        """A description resolves to the holder of its title on the story day."""
        assert expected == _described(text, day)

    def test_the_holder_on_the_day_among_two_named_holders(self) -> None:
        """A story naming Defense Secretary Carter and Gen. Lloyd Austin (secretary only from
        2021): "the secretary" in 2015 is Carter, not the Secretary of State of the day."""
        text = (
            "Defense Secretary Ash Carter met Army Gen. Lloyd J. Austin in Kabul. "
            '"A lot has changed," the secretary said.'
        )
        assert ["ash-carter"] == _described(text, "2015-02-21")

    def test_no_holder_on_the_day_among_two_ever_holders(self) -> None:
        """A 2016 story naming Lai Ching-te (president from 2024) and Hu Jintao (until 2013):
        "the president" is neither of them."""
        text = (
            "Hu Jintao was mentioned. The delegation met with Tainan Mayor William Lai Ching-te."
            " The delegation later toured the president's garden."
        )
        assert [] == _described(text, "2016-06-02")

    def test_the_owner_of_a_place_is_the_holder_the_sentence_names(self) -> None:
        """ "President Tsai Ing-wen hosted the delegation at the president's office": the
        office is hers, not a second president's (Lai Ching-te, president from 2024)."""
        text = (
            "The delegation met with Tainan Mayor William Lai Ching-te. President Tsai Ing-wen"
            " hosted the delegation at the president's office."
        )
        assert ["tsai-ing-wen"] == _described(text, "2016-06-02")

    def test_a_word_of_another_name_is_no_surname_that_names_a_holder(self) -> None:
        """ "KMT Vice Chairman Jason Hu Chih-chiang" names no Hu Jintao, so "the president"
        of 2010 is not him."""
        text = (
            "The delegation met KMT Vice Chairman Jason Hu Chih-chiang in Taipei. The president"
            " said ties were strong."
        )
        assert [] == _described(text, "2010-06-01")

    def test_of_two_named_secretaries_the_one_named_last(self) -> None:
        """ "The secretary" in a story naming Secretary of State Pompeo and Secretary of
        Defense Esper is the one named last before it, not the first title tried."""
        text = (
            "Secretary of State Mike Pompeo and Secretary of Defense Mark Esper arrived. "
            "Esper spoke first. The secretary said ties were strong."
        )
        assert ["mark-esper"] == _described(text, "2020-10-27")
