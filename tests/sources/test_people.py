"""Authors and contributors: bylines, contributor lines, editors and writers."""

from __future__ import annotations

from diplomatic_events.model import ContributorRole, Source
from diplomatic_events.sources import read_source

BODY = "Ministers met in the capital to discuss trade and security, officials said on Monday.\n"


def _people(source: Source) -> list[tuple[str, str]]:
    return [(person.name, person.role.value) for person in source.contributors]


class TestContributors:
    def test_byline(self) -> None:
        """A "By" line names the authors, with evidence offsets."""
        text = "Talks resume after long pause in the capital\nBy Ana Costa and Li Wei\n" + BODY
        source = read_source(text)
        assert [("Ana Costa", "author"), ("Li Wei", "author")] == _people(source)
        evidence = source.contributors[1].evidence
        assert evidence is not None
        assert (text.index("Li Wei"), "Li Wei") == (
            evidence.start,
            evidence.text,
        )

    def test_contributed_line_drops_outlet_possessive(self) -> None:
        """ "Outlet's A, B and C contributed to this report" names A, B and C."""
        text = BODY + "Globe’s Ana Costa, Li Wei and Omar Haddad contributed to this report.\n"
        assert [
            ("Ana Costa", "contributor"),
            ("Li Wei", "contributor"),
            ("Omar Haddad", "contributor"),
        ] == _people(read_source(text))

    def test_editors_and_writers(self) -> None:
        """A page's editors and writers are named with their roles."""
        text = (
            BODY
            + "This page was edited by Ana Costa and Li Wei."
            + " The writers were Omar Haddad and Eva Berg.\n"
        )
        assert [
            ("Ana Costa", "editor"),
            ("Li Wei", "editor"),
            ("Omar Haddad", "writer"),
            ("Eva Berg", "writer"),
        ] == _people(read_source(text))

    def test_photo_credit_is_not_a_contributor(self) -> None:
        """A photographer named in a credit is not a contributor."""
        text = BODY + "The minister arrives in Rome, Italy. Jane Doe/AP\nJohn Roe/Reuters\n"
        assert [] == _people(read_source(text))

    def test_contributor_lines_are_not_readable(self) -> None:
        """Bylines and contributor lines never reach the extractors."""
        text = (
            "Talks resume after long pause in the capital\nBy Ana Costa\n"
            + BODY
            + "Li Wei contributed to this report.\n"
        )
        source = read_source(text)
        readable = [source.block_text(block) for block in source.readable_blocks()]
        assert ["Talks resume after long pause in the capital", BODY.strip()] == readable

    def test_authors_merge_entry_reporters(self) -> None:
        """Source.authors includes live-entry reporters once each."""
        text = (
            "1. Talks beginpublished at 09:05 British Summer Time 4 July 2024\n\n"
            "Ana Costa\nDiplomatic correspondent\n\n"
            + BODY
            + "2. Talks endpublished at 10:05 British Summer Time 4 July 2024\n\n"
            "Ana Costa\nDiplomatic correspondent\n\n" + BODY
        )
        source = read_source(text)
        assert [("Ana Costa", ContributorRole.REPORTER, "Diplomatic correspondent")] == [
            (a.name, a.role, a.title) for a in source.authors
        ]
