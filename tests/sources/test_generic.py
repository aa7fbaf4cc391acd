"""The generic adapter on an outlet nobody wrote rules for."""

from __future__ import annotations

import datetime as dt

import pytest

from diplomatic_events.model import BlockKind, ContributorRole, Source
from diplomatic_events.parsing import parse
from diplomatic_events.sources import read_source

PAGE = (
    "Skip to content\n"
    "Ministers meet in Lisbon to discuss a fisheries deal\n"
    "By Ana Costa\n"
    "Posted: 3 March 2024 10:15 GMT\n"
    "\n"
    "Portuguese and Spanish ministers met on Sunday to discuss a fisheries deal, officials said.\n"
    "\n"
    "Advertisement\n"
    "Also Read | Another story about fish\n"
    "Sign in to comment on this story\n"
    "Officials shake hands in Lisbon, Portugal, March 3, 2024. John Doe/Reuters\n"
    "\n"
    '"We reached a good agreement," the Portuguese minister said after the long talks.\n'
    "Fishing quotas and ports\n"
    "The deal sets quotas for sardines and opens two ports to boats from both countries.\n"
    "Watch: ministers arrive 01:42\n"
    "Latest news\n"
)


def _kinds(source: Source) -> list[tuple[str, str]]:
    return [(block.kind.value, source.block_text(block)) for block in source.blocks]


class TestGenericAdapter:
    def test_chosen_for_unknown_outlet(self) -> None:
        """A page with no outlet evidence is read by the generic adapter."""
        source = read_source(PAGE)
        assert ("generic", None) == (source.outlet, source.outlet_name)

    def test_blocks(self) -> None:
        """Chrome is typed apart from the story and credits are cut off captions."""
        assert [
            ("boilerplate", "Skip to content"),
            ("headline", "Ministers meet in Lisbon to discuss a fisheries deal"),
            ("byline", "By Ana Costa"),
            ("metadata", "Posted: 3 March 2024 10:15 GMT"),
            ("body", PAGE.splitlines()[5]),
            ("boilerplate", "Advertisement"),
            ("related_link", "Also Read | Another story about fish"),
            ("boilerplate", "Sign in to comment on this story"),
            ("caption", "Officials shake hands in Lisbon, Portugal, March 3, 2024."),
            ("photo_credit", "John Doe/Reuters"),
            ("body", PAGE.splitlines()[12]),
            ("heading", "Fishing quotas and ports"),
            ("body", PAGE.splitlines()[14]),
            ("video_title", "Watch: ministers arrive 01:42"),
            ("boilerplate", "Latest news"),
        ] == _kinds(read_source(PAGE))

    def test_offsets_index_original(self) -> None:
        """Every block is a stretch of the original text."""
        source = read_source(PAGE)
        headline = source.blocks[1]
        assert (16, 68) == (headline.start, headline.end)
        assert source.headline is not None
        assert source.headline.text == PAGE[16:68]

    def test_publication_and_byline(self) -> None:
        """The posted line dates the page and the byline names its author."""
        source = read_source(PAGE)
        assert dt.datetime(2024, 3, 3, 10, 15, tzinfo=dt.UTC) == source.published
        assert [("Ana Costa", ContributorRole.AUTHOR)] == [
            (c.name, c.role) for c in source.contributors
        ]
        assert source.published_evidence is not None
        assert "Posted: 3 March 2024 10:15 GMT" == source.published_evidence.text

    def test_readable_blocks_have_no_chrome(self) -> None:
        """Only headline, body, heading and caption are readable."""
        kinds = {block.kind for block in read_source(PAGE).readable_blocks()}
        assert {BlockKind.HEADLINE, BlockKind.BODY, BlockKind.HEADING, BlockKind.CAPTION} == kinds

    def test_empty_text(self) -> None:
        """An empty text is a source with no blocks, not an error."""
        source = read_source("")
        assert ((), None, None) == (source.blocks, source.headline, source.published)


class TestGenericChrome:
    def test_breadcrumb_and_stamp(self) -> None:
        """A breadcrumb is chrome; a bare date-and-time line dates the page in its zone."""
        text = (
            "Home / World / Asia\n"
            "Talks in Rome end with a deal on grain\n"
            "Thu 6 Apr 2023 12.43 BST\n"
            "The talks ended, officials said on Monday in a long statement to the press.\n"
        )
        source = read_source(text)
        assert ["boilerplate", "headline", "metadata", "body"] == [
            b.kind.value for b in source.blocks
        ]
        assert "2023-04-06T12:43:00+01:00" == (
            source.published.isoformat() if source.published else None
        )

    def test_credits_cut_from_captions(self) -> None:
        """Bracketed, labelled and slashed credits are cut off the caption they end."""
        text = (
            "The minister in Rome, Italy, on Friday. (Jane Doe/Pool Photo via AP)\n"
            "The minister in Rome. Photograph: Jane Doe/AFP/Getty Images\n"
            "The minister in Rome on Friday. REUTERS/Jane Doe\n"
        )
        source = read_source(text)
        assert [
            ("caption", "The minister in Rome, Italy, on Friday."),
            ("photo_credit", "(Jane Doe/Pool Photo via AP)"),
            ("caption", "The minister in Rome."),
            ("photo_credit", "Photograph: Jane Doe/AFP/Getty Images"),
            ("caption", "The minister in Rome on Friday."),
            ("photo_credit", "REUTERS/Jane Doe"),
        ] == [(b.kind.value, source.block_text(b)) for b in source.blocks]

    def test_a_command_named_with_a_slash_is_no_credit(self) -> None:
        """ "Commander, U.S. Naval Forces Southern Command/U.S. 4th Fleet, Rear Adm. Jo Lee,
        hosted ...": a sentence naming a command with a slash is the story, not a caption
        and a credit."""
        text = (
            BODY_LINE + "Commander, U.S. Naval Forces Southern Command/U.S. 4th Fleet, Rear Adm."
            " Jo Lee, hosted delegates from the Peruvian navy for the annual staff talks.\n"
        )
        source = read_source(text)
        assert ["body", "body"] == [b.kind.value for b in source.blocks]

    def test_a_slash_after_an_abbreviation_s_stop_is_no_credit(self) -> None:
        """ "..., and Commander, U.S. Naval Forces Southern Command/U.S. 4th Fleet, Rear Adm.
        Jo Lee.": the stop of "U.S." ends no caption's sentence, so what follows the slash is
        the story, not a credit, however short."""
        text = (
            BODY_LINE + "The ship welcomed the ambassador and Commander, U.S. Naval Forces"
            " Southern Command/U.S. 4th Fleet, Rear Adm. Jo Lee.\n"
        )
        source = read_source(text)
        assert ["body", "body"] == [b.kind.value for b in source.blocks]

    def test_an_organisation_s_photo_by_credit_is_cut_from_its_caption(self) -> None:
        """ "... Oct. 9, 2014. DoD photo by Air Force Master Sgt. Jane Doe": a caption whose
        day is the photo's, and its credit."""
        text = (
            "The minister, left, speaks with officials as he arrives in Bogota, Oct. 9, 2014."
            " DoD photo by Air Force Master Sgt. Jane Doe\n"
        )
        source = read_source(text)
        assert [
            (
                "caption",
                "The minister, left, speaks with officials as he arrives in Bogota, Oct. 9, 2014.",
            ),
            ("photo_credit", "DoD photo by Air Force Master Sgt. Jane Doe"),
        ] == [(b.kind.value, source.block_text(b)) for b in source.blocks]

    def test_credits_before_a_bar_are_cut_from_a_gallery_line(self) -> None:
        """ "Photo By Sgt. A | caption ... read more Photo By Sgt. A | caption": each credit
        before a bar is cut out, and what follows it is its caption."""
        text = (
            BODY_LINE + "Photo By Staff Sgt. Jane Doe | Gen. Ko Lee, left, greets a guest......"
            " read more Photo By Staff Sgt. Jane Doe | Gen. Ko Lee, left, greets a guest at the"
            " base, May 2, 2024.\n"
        )
        source = read_source(text)
        assert [
            ("body", BODY_LINE.strip()),
            ("photo_credit", "Photo By Staff Sgt. Jane Doe |"),
            ("caption", "Gen. Ko Lee, left, greets a guest...... read more"),
            ("photo_credit", "Photo By Staff Sgt. Jane Doe |"),
            ("caption", "Gen. Ko Lee, left, greets a guest at the base, May 2, 2024."),
        ] == [(b.kind.value, source.block_text(b).strip()) for b in source.blocks]

    def test_reporting_and_editing_credits(self) -> None:
        """ "Reporting by A; Editing by B" names a contributor and an editor."""
        text = BODY_LINE + "Reporting by Ana Costa; Editing by Li Wei\n"
        source = read_source(text)
        assert [("Ana Costa", "contributor"), ("Li Wei", "editor")] == [
            (c.name, c.role.value) for c in source.contributors
        ]


BODY_LINE = (
    "Ministers met in the capital to discuss trade and security, officials said on Monday.\n"
)


class TestRelatedList:
    def test_lines_under_a_related_header_are_links(self) -> None:
        """The short lines right under "More on this story" are related links, not body."""
        text = (
            "Ministers agree a fisheries deal\n"
            "\n"
            "Portuguese and Spanish ministers met on Sunday to discuss a fisheries deal.\n"
            "\n"
            "More on this story\n"
            " • Analysis: Why the 'sardine war' is over\n"
            "'We won': fishermen celebrate\n"
        )
        kinds = _kinds(read_source(text))
        assert [
            ("boilerplate", "More on this story"),
            ("related_link", "• Analysis: Why the 'sardine war' is over"),
            ("related_link", "'We won': fishermen celebrate"),
        ] == kinds[-3:]

    def test_related_materials_with_dates_are_links(self) -> None:
        """The dated titles under "Related materials" are links, so their dates date nothing."""
        text = (
            "Ministers agree a fisheries deal\n"
            "\n"
            "Portuguese and Spanish ministers met on Sunday to discuss a fisheries deal.\n"
            "\n"
            "Related materials\n"
            "Telephone conversation with the Prime Minister of Spain — August 2, 2023\n"
        )
        kinds = _kinds(read_source(text))
        assert "related_link" == kinds[-1][0]

    def test_a_blank_line_ends_the_list(self) -> None:
        """A paragraph after a blank line is the story again, not a link."""
        text = (
            "Ministers agree a fisheries deal\n"
            "\n"
            "Portuguese and Spanish ministers met on Sunday to discuss a fisheries deal.\n"
            "\n"
            "READ MORE\n"
            "Fishermen celebrate\n"
            "\n"
            "The Spanish minister said the ports would open in May, officials in Madrid said.\n"
        )
        kinds = _kinds(read_source(text))
        assert ("related_link", "body") == (kinds[-2][0], kinds[-1][0])


class TestDatelineStamp:
    def test_place_and_dots_before_an_update(self) -> None:
        """A place, a weekday date and a time split by dots is the first stamp, not the update."""
        text = (
            "Leaders agree on a fisheries deal\n"
            "Lisbon   ●   Tue, March 5, 2024   ●   09:30 am\n"
            "Updated: Wed, March 6, 2024   ●   11:00 am\n"
            "\n"
            "Portuguese and Spanish ministers met on Monday to discuss a fisheries deal.\n"
        )
        source = read_source(text)
        assert "2024-03-05" == (source.published.date().isoformat() if source.published else None)

    def test_a_bracketed_photo_line_is_a_caption(self) -> None:
        """ "[Photo: ...]" in the text is a caption, not body."""
        text = (
            "Leaders agree on a fisheries deal\n"
            "[Photo: Two ministers shake hands in Lisbon on March 4, 2024. (Agency)]\n"
            "\n"
            "Portuguese and Spanish ministers met on Monday to discuss a fisheries deal.\n"
        )
        source = read_source(text)
        assert ["caption", "body"] == [b.kind.value for b in source.blocks][1:]


class TestExcerptCutMidQuote:
    def test_a_last_line_opening_a_quotation_is_body(self) -> None:
        """An excerpt cut off inside a quotation ends with speech, not page furniture."""
        text = (
            "U.S., U.K. Senior Enlisted Leaders Showcase Unity, Partnership\n\n"
            "WASHINGTON -- The two senior enlisted leaders met on Monday for talks.\n\n"
            "Relying Upon Partners\n\n"
            "Haughton said he relies heavily on his friends across the services.\n\n"
            "“I couldn't have done my"
        )
        source = read_source(text)
        last = source.blocks[-1]
        assert (BlockKind.BODY, "“I couldn't have done my") == (
            last.kind,
            text[last.start : last.end],
        )


class TestExcerptCutMidSentence:
    @pytest.mark.parametrize(
        ("last", "is_body"),
        [
            (
                "Throughout the two-day visit, Brown met with key defense leaders, to include"
                " Minister Nyamaa, MAF chief of General Staff, Maj. Gen. Ga",
                True,
            ),
            ("News Archive Press Advisories News Releases Publications Transcripts", False),
            # a list of titled names is mostly capitals, but has a sentence's small words
            (
                "During his visit, Brown met with Mongolian Minister of Defense Tuvaan Nyamaa;"
                " Vice-Minister of Defense, Bold Ganbat; Lt. Gen. Dashzeveg Ganzorig,",
                True,
            ),
            # someone's words the excerpt cuts off, however few
            ("“Mongolia", True),
            ('Chancellor Merkel: "We stand up for', True),
        ],
    )
    def test_a_last_line_cut_inside_prose_is_body(self, last: str, is_body: bool) -> None:
        """An excerpt cut off inside a sentence of the story ends with the story; a last line
        of capitalised words (a menu) stays page furniture."""
        text = (
            "COMPACAF visit to Mongolia\n\n"
            "Gen. Ola Brown met with senior leaders from Mongolia, May 14, on his visit.\n\n" + last
        )
        block = read_source(text).blocks[-1]
        assert (last, is_body) == (text[block.start : block.end], block.kind is BlockKind.BODY)


class TestIndexStamp:
    def test_the_stamp_is_cut_off_as_metadata(self) -> None:
        """ " date 2017-08-08 Readout of ..." is a stamp and a headline, not one headline."""
        text = (
            " date 2017-08-08 Readout of the Secretary's Meeting With the Minister\n\n"
            "The Secretary met the Minister to discuss defense cooperation, officials said.\n"
        )
        source = read_source(text)
        assert [
            ("metadata", "date 2017-08-08"),
            ("headline", "Readout of the Secretary's Meeting With the Minister"),
        ] == _kinds(source)[:2]

    def test_the_stamp_dates_a_page_that_prints_no_date(self) -> None:
        """With no date of its own, the page takes the index's date."""
        text = " date 2017-08-08 Ministers Meet\n\nThe ministers met to talk trade, aides said.\n"
        assert dt.date(2017, 8, 8) == (read_source(text).published or dt.datetime.min).date()

    def test_the_page_s_own_date_wins(self) -> None:
        """A page that prints its publication line is dated by it, not by the stamp."""
        text = (
            " date 2015-04-10 Ministers Meet\n"
            "Posted: 3 March 2024 10:15 GMT\n\n"
            "The ministers met to discuss trade, aides said.\n"
        )
        assert dt.date(2024, 3, 3) == (read_source(text).published or dt.datetime.min).date()


class TestSpeechOpeningNoHeadline:
    def test_a_first_line_ending_in_a_comma_is_no_headline(self) -> None:
        """ "President Putin: Mr President, friends," goes on in the next line: not a title."""
        text = (
            "President of Russia Vladimir Putin: Mr President, friends,\n"
            "I am happy to welcome you to the Kremlin.\n"
            "Italy is an old and highly reliable partner for Russia.\n"
        )
        assert "headline" not in [kind for kind, _ in _kinds(read_source(text))]

    def test_a_first_line_ending_in_a_colon_opens_the_speech(self) -> None:
        """ "A Downing Street spokesperson said:" introduces the quotation paragraphs after
        it: body, not a title, so they are the spokesperson's."""
        text = (
            "A Downing Street spokesperson said:\n\n"
            "“Prime Minister Jane Roe met President John Doe of Nigeria in Abuja today.\n\n"
            "“The leaders agreed to build on their growing commercial ties.”\n"
        )
        source = read_source(text, source_id="d")
        assert "headline" not in [kind for kind, _ in _kinds(source)]
        speakers = [s.speaker for s in parse([source]).statements if s.kind.is_quoted]
        assert ["unnamed-downing-street-spokesperson"] * 2 == speakers

    def test_short_labelled_speeches_after_the_title_are_the_body(self) -> None:
        """ "PRIME MINISTER SUNAK: Well, Joe, welcome." right after the title is speech, not
        page furniture, however short."""
        text = (
            "Number 10 Downing Street\n"
            "London, United Kingdom\n\n"
            "PRESIDENT BIDEN: All the flowers bloomed.\n\n"
            "PRIME MINISTER SUNAK: Well, Joe, welcome.\n\n"
            "It is great to have you here, back in Downing Street, for the first time as"
            " president, and we are very fortunate to have you here.\n"
        )
        kinds = {body: kind for kind, body in _kinds(read_source(text))}
        assert ("body", "body") == (
            kinds["PRESIDENT BIDEN: All the flowers bloomed."],
            kinds["PRIME MINISTER SUNAK: Well, Joe, welcome."],
        )


class TestArchiveBanner:
    def test_an_archived_site_s_banner_is_boilerplate(self) -> None:
        """The archive notice of a former administration's site, with its quoted "frozen in
        time", is page chrome, not the story."""
        text = (
            "Remarks by the President After Bilateral Meeting\n\n"
            "This is historical material “frozen in time”. The website is no longer updated"
            " and links to external websites may no longer function.\n\n"
            "The President met the Prime Minister in the Oval Office on Monday and said"
            " the talks were productive and friendly.\n"
        )
        kinds = {body[:20]: kind for kind, body in _kinds(read_source(text))}
        assert "boilerplate" == kinds["This is historical m"]


class TestLanguageSwitcher:
    def test_a_language_switcher_is_no_headline(self) -> None:
        """ "Other available languages: none" above a speech's title is a site's language
        menu, page chrome."""
        text = (
            "Other available languages: none\n\n"
            "Statement by the President at the joint press conference\n\n"
            "It is a real pleasure to be back in this city, which I know well, and to meet"
            " my friend the prime minister again.\n"
        )
        kinds = {body[:20]: kind for kind, body in _kinds(read_source(text))}
        assert ("boilerplate", "headline") == (
            kinds["Other available lang"],
            kinds["Statement by the Pre"],
        )


class TestMaintenanceNotice:
    def test_a_maintenance_notice_is_no_headline(self) -> None:
        """A site's downtime notice above the story is chrome; the story's title is the
        headline."""
        text = (
            "Maintenance window scheduled to begin at February 14th 2200 est. until 0400 est.\n\n"
            "Holsey visits Argentina to deepen defense ties\n\n"
            "BUENOS AIRES -- Adm. Alvin Holsey met with President Javier Milei on Tuesday to"
            " discuss regional security and the partnership between the two countries.\n"
        )
        kinds = {body[:20]: kind for kind, body in _kinds(read_source(text))}
        assert ("boilerplate", "headline") == (
            kinds["Maintenance window s"],
            kinds["Holsey visits Argent"],
        )


class TestGovernmentSiteChrome:
    PAGE = (
        "An official website of the United States Government \n"
        "Here's how you know\n\n"
        "Official websites use .gov\n\n"
        ".gov website belongs to an official government organization in the United States.\n\n"
        "Secure .gov websites use HTTPS\n\n"
        "A lock ( lock ) or https:// means you’ve safely connected to the .gov website."
        " Share sensitive information only on official, secure websites.\n\n"
        "Home : Media : News\n\n"
        "News | Aug. 16, 2018\n\n"
        "Ministers Meet in Buenos Aires\n\n"
        "The two defense ministers meet in Buenos Aires to reaffirm their long-standing"
        " relationship, officials said on Thursday.\n"
    )

    def test_the_banner_and_breadcrumbs_are_chrome_and_the_title_is_the_headline(self) -> None:
        """The federal sites' "official website" banner, a breadcrumb split by colons and a
        section label before the date are chrome and stamp; the story's title is the
        headline."""
        kinds = [kind for kind, _ in _kinds(read_source(self.PAGE))]
        assert [*["boilerplate"] * 7, "metadata", "headline", "body"] == kinds

    def test_image_markup_and_an_archive_s_banner_are_chrome(self) -> None:
        """An image carried as "<image>![alt](url)</image>" and the archive notice after the
        archive's name are page chrome, so the alt text's quotation marks quote no one."""
        text = (
            '<image>![Ministers Meet "Again" in Oslo](s3://images/1.png)</image>\n\n'
            "National Archives This is historical material “frozen in time”. The website is"
            " no longer updated and links may not work.\n\n"
            "Ministers Meet in Oslo\n\n"
            "The two defense ministers met in Oslo on Thursday to reaffirm their long-standing"
            " relationship, officials said.\n"
        )
        kinds = [kind for kind, _ in _kinds(read_source(text))]
        assert ["boilerplate", "boilerplate", "headline", "body"] == kinds

    def test_a_long_credit_line_ending_in_a_date_is_the_stamp(self) -> None:
        """ "By U.S. Africa Command Public Affairs ... Stuttgart, Germany Nov 19, 2020" is the
        page's stamp, not a heading the meeting finder could take a day from."""
        text = (
            "AFRICOM commander visits Niger\n\n"
            "By U.S. Africa Command Public Affairs United States Africa Command Stuttgart,"
            " Germany Nov 19, 2020\n\n"
            "The commander travelled to West Africa Nov. 15-19 to discuss security issues"
            " across the region with leaders.\n"
        )
        kinds = [kind for kind, _ in _kinds(read_source(text))]
        assert ["headline", "metadata", "body"] == kinds

    def test_a_short_line_going_on_from_a_comma_is_speech(self) -> None:
        """ "Putin: Mr President, friends," then "Let me welcome you to Moscow." is one
        speech: the short sentence is read, not dropped as page chrome."""
        text = (
            "Beginning of conversation with the President of Ruritania\n\n"
            "President of Russia Vladimir Putin: Mr President, friends,\n\n"
            "Let me welcome you to Moscow.\n\n"
            "We are acquainted, but this is your first trip to this country as head of state,"
            " and we are glad to see you here today.\n"
        )
        kinds = {body[:12]: kind for kind, body in _kinds(read_source(text))}
        assert "summary" == kinds["Let me welco"]

    def test_a_label_and_address_ending_in_a_comma_before_the_prose_is_speech(self) -> None:
        """ "Putin: Mr Chairman," on a line of its own under the title and the date, right
        before the speech goes on, is the speech's first line (its label says who speaks),
        not page chrome."""
        text = (
            "Beginning of conversation with the President of Ruritania\n\n"
            "April 25, 2019, Vladivostok\n\n"
            "President of Russia Vladimir Putin: Mr Chairman,\n\n"
            "I am very pleased to meet with you in Russia. Our colleagues agreed to hold this"
            " meeting a long time ago.\n"
        )
        kinds = {body[:12]: kind for kind, body in _kinds(read_source(text))}
        assert "body" == kinds["President of"]

    def test_a_label_and_an_address_over_two_lines_before_the_prose_are_speech(self) -> None:
        """ "Putin: Mrs Federal Chancellor," / "Ladies and Gentlemen," over the prose: the
        label and the address going on are the speech's first lines; a contact line ending
        in a colon above a lead-in ending in one stays page chrome."""
        text = (
            "Press Conference following Russian-Ruritanian Consultations\n\n"
            "April 27, 2006, Tomsk\n\n"
            "President Vladimir Putin: Mrs Federal Chancellor,\n\n"
            "Ladies and Gentlemen,\n\n"
            "This round of intergovernmental consultations has just ended. It has been the"
            " most representative round so far.\n"
        )
        kinds = {body[:12]: kind for kind, body in _kinds(read_source(text))}
        assert ("body", "body") == (kinds["President Vl"], kinds["Ladies and G"])
        contact = (
            "Administrator Green's Meetings at the Ministerial in Paris\n\n"
            "Office of Press Relations\n\nTelephone: +1.202.712.4320 | Email:\n\n"
            "The following is attributable to Spokesperson Tom Babington:\n\n"
            "On July 4-5, Administrator Mark Green met with representatives of many"
            " countries in Paris.\n"
        )
        kinds = {body[:12]: kind for kind, body in _kinds(read_source(contact))}
        assert ("boilerplate", "body") == (kinds["Telephone: +"], kinds["The followin"])

    def test_a_sentence_repeating_the_headline_is_the_story(self) -> None:
        """ "Vladimir Putin had a meeting with Prime Minister of Japan Shinzo Abe." under the
        title "Meeting with Prime Minister of Japan Shinzo Abe" is the story's first
        sentence, not a watermark."""
        text = (
            "Official website of the President of Russia\n\n"
            "Meeting with Prime Minister of Japan Shinzo Abe\n\n"
            "Vladimir Putin had a meeting with Prime Minister of Japan Shinzo Abe.\n\n"
            "They discussed the current aspects of bilateral relations.\n"
        )
        kinds = {body[:20]: kind for kind, body in _kinds(read_source(text))}
        assert ("boilerplate", "headline", "body") == (
            kinds["Official website of "],
            kinds["Meeting with Prime M"],
            kinds["Vladimir Putin had a"],
        )


WRAPPED = (
    "Prime Minister Jane Roe will travel to Melbourne\n"
    "on Tuesday 5 March to meet with her Southeast Asian\n"
    "counterparts.\n"
    "“Southeast Asia is\n"
    "incredibly important for New Zealand. The ASEAN bloc is our\n"
    "third largest goods export market,” Ms Roe\n"
    "says.\n"
    "Exports to ASEAN have grown by\n"
    "28 per cent, totalling 9.65 billion dollars in 2022.\n"
)


class TestHardWrappedText:
    def test_the_lines_of_a_paragraph_are_one_block(self) -> None:
        """A press release wrapped at a fixed width, sentences going on in lower case on the
        next line: each paragraph is one block, its line breaks kept in the text."""
        source = read_source(WRAPPED)
        assert [
            "Prime Minister Jane Roe will travel to Melbourne\non Tuesday 5 March to meet with"
            " her Southeast Asian\ncounterparts.",
            "“Southeast Asia is\nincredibly important for New Zealand. The ASEAN bloc is our\n"
            "third largest goods export market,” Ms Roe\nsays.",
            "Exports to ASEAN have grown by\n28 per cent, totalling 9.65 billion dollars in 2022.",
        ] == [WRAPPED[b.start : b.end] for b in source.readable_blocks()]

    def test_a_short_line_opening_a_quotation_goes_on(self) -> None:
        """ "“Meeting in person with Minister" (five words) then "Goyal will be ...": the
        quotation left open goes on, so the two lines are one paragraph."""
        text = WRAPPED + "“Meeting in person with Minister\nGoyal will be essential for us.”\n"
        blocks = [text[b.start : b.end] for b in read_source(text).readable_blocks()]
        assert "“Meeting in person with Minister\nGoyal will be essential for us.”" == blocks[-1]

    def test_a_text_with_one_paragraph_per_line_is_left_alone(self) -> None:
        """Lines that each end a sentence, or only once go on in lower case, stay blocks."""
        text = (
            "Ministers met in Canberra\n"
            "on Tuesday.\n"
            "They discussed trade and security at length with officials.\n"
            "The talks ended at noon.\n"
        )
        assert 4 == len(read_source(text).blocks)

    def test_a_line_ending_in_a_word_no_sentence_ends_with_goes_on(self) -> None:
        """One line broken by hand in a text that is otherwise one paragraph per line:
        "thanks to" / "Army Lt. Gen. ..." is one sentence, so the general is the object of
        its subject's thanks, not the subject of a sentence of his own."""
        text = (
            "Minister Thanks Troops\n"
            "\n"
            "The minister thanked the United States today for its support.\n"
            "\n"
            "Wardak gave special thanks to\n"
            "Army Lt. Gen. Karl Eikenberry, who joined him at the podium.\n"
            "\n"
            "The visit ended at noon.\n"
        )
        blocks = [text[b.start : b.end] for b in read_source(text).readable_blocks()]
        assert (
            "Wardak gave special thanks to\nArmy Lt. Gen. Karl Eikenberry, who joined him at"
            " the podium." in blocks
        )

    def test_a_word_only_ending_a_longer_one_does_not_join(self) -> None:
        """ "Toronto" ends in "to" but is no such word, and a stop ends the line: a
        headline over its first paragraph stays a block of its own."""
        text = "Leaders meet in Toronto\nThe two met today.\nThey talked of trade.\n"
        assert 3 == len(read_source(text).blocks)

    def test_two_lines_going_on_in_lower_case_of_a_dozen_give_the_wrapping_away(self) -> None:
        """A short story wrapped at a fixed width whose sentences go on in lower case only
        twice in a dozen lines is still wrapped: "... said John" / "Roe, the desk officer."
        is one paragraph."""
        text = (
            "Army Europe Public Affairs\n"
            "WIESBADEN, Germany - Chief of the Army Lt. Gen. Tunde\n"
            "Bakare traveled to Wiesbaden July 28, to meet with officials.\n"
            "Lt. Gen. Kofi Mensah hosted the delegation and led discussions.\n"
            '"The delegation gave an outstanding briefing," said John\n'
            'Roe, the country desk officer. "Noticeably, they identify\n'
            "their personnel as their greatest asset, which echoes the Army's\n"
            'priorities."\n'
            "At the conclusion of the visit, the two generals exchanged gifts.\n"
            "The visit was the general's first to the headquarters this year.\n"
            "Both sides agreed to meet again in the coming months in Athens.\n"
            "The next talks will focus on training and on exercises.\n"
        )
        blocks = [text[b.start : b.end] for b in read_source(text).readable_blocks()]
        assert any(
            b.startswith('"The delegation gave') and b.endswith('priorities."') for b in blocks
        )

    def test_a_quotation_over_wrapped_lines_is_found_whole(self) -> None:
        """The quotation opened on one line and closed three lines on is one statement."""
        extraction = parse([read_source(WRAPPED, source_id="w")])
        quoted = [s.reports[0].text for s in extraction.statements if s.kind.is_quoted]
        assert [
            "Southeast Asia is\nincredibly important for New Zealand. The ASEAN bloc is our\n"
            "third largest goods export market,"
        ] == quoted


class TestListsAfterALeadIn:
    PAGE = (
        "Admiral visits Australia\n"
        "\n"
        "The admiral traveled to Australia, June 15-22, 2024, to affirm the alliance.\n"
        "\n"
        "Officials he met with include:\n"
        "\n"
        "Gen. Angus Campbell, Chief of Defence Force\n"
        "\n"
        "Greg Moriarty, Secretary of Defence\n"
        "\n"
        "He then traveled to Perth to tour the naval base, where he was briefed.\n"
        "\n"
        "Here are the highlights of the week:\n"
        "\n"
        "The Admiral Traveled to Perth\n"
        "\n"
        "The admiral toured the base and met sailors on the pier there.\n"
    )

    def test_the_lines_a_lead_in_opens_are_its_list_s_items(self) -> None:
        """Short capitalised lines under "Officials he met with include:" are the list's
        items, read as the story's text, not crossheads; a single such line before its
        paragraph ("The Admiral Traveled to Perth") stays a crosshead."""
        kinds = {text: kind for kind, text in _kinds(read_source(self.PAGE))}
        assert ("body", "body", "heading") == (
            kinds["Gen. Angus Campbell, Chief of Defence Force"],
            kinds["Greg Moriarty, Secretary of Defence"],
            kinds["The Admiral Traveled to Perth"],
        )
