"""Scraped pages as real news sites leave them: the scraper's date stamp, bylines with times and
zones, numeric dates, dates that are not publication dates, and page clutter around the story.
Every line here is written for the test."""
from __future__ import annotations

import datetime as dt

import pytest

from generator.read.clutter import clean, is_caption, is_photo_credit, is_widget, strip_prefix
from generator.read.dates import find_numeric_date, resolve_numeric
from generator.read.furniture import byline_info, split_glued_byline, split_wire_tag
from generator.read.text import read_text_article

LEAD = "Officials in the port city said on Monday that two ferries had been held overnight by the coast guard."
SECOND = "The harbour master said crews were safe and that talks with the owners would resume on Tuesday."
THIRD = "A spokesman for the shipping company declined to comment on the cargo the ferries carried."


def read(*lines: str):
    return read_text_article("page.txt", "\n".join(lines) + "\n")


def published(*lines: str) -> dt.date | None:
    article = read(*lines)
    return article.published and article.published.start


# --- the scraper's date stamp -------------------------------------------------------------------

def test_stamp_with_body_text_is_the_publication_date_and_the_text_stays_the_first_paragraph():
    article = read(f" date 2018-11-26 {LEAD}", SECOND, THIRD)
    assert article.published.start == dt.date(2018, 11, 26)
    assert article.published.basis == "explicit"
    assert article.retrieved is None
    assert article.paragraphs == (LEAD, SECOND, THIRD)
    assert article.title == "Officials in the port city said on Monday that two ferries had…"
    assert article.body_line == 1


def test_stamp_with_leftover_number_then_title_and_agency_byline():
    article = read(
        " date 2018-10-15 202",
        "Ferries Held Overnight in Port Dispute",
        "",
        "By The Associated Press October 15, 2018 9:40 pm 10/15/2018 09:40pm",
        f"PORTVILLE (AP) — {LEAD}",
        SECOND,
    )
    assert (article.title, article.published.start, article.byline, article.wire, article.dateline) == (
        "Ferries Held Overnight in Port Dispute", dt.date(2018, 10, 15), "The Associated Press", "AP", "PORTVILLE")
    assert article.paragraphs == (LEAD, SECOND)


@pytest.mark.parametrize("leftover", ["202", "202.5", ""])
def test_stamp_leftovers_are_not_a_title(leftover):
    article = read(f"date 2019-03-02 {leftover}", "Ferries Held Overnight", LEAD)
    assert (article.title, article.paragraphs, article.published.start) == (
        "Ferries Held Overnight", (LEAD,), dt.date(2019, 3, 2))


def test_stamp_followed_by_a_byline_on_the_same_line():
    article = read("date 2016-09-29 By Harbour Daily - Thu Sep 29 2016, 11:20 am", "Ferries Held", LEAD, SECOND)
    assert (article.byline, article.published.start, article.title, article.paragraphs) == (
        "Harbour Daily", dt.date(2016, 9, 29), "Ferries Held", (LEAD, SECOND))


def test_stamp_with_a_byline_run_into_the_first_paragraph():
    article = read(f"date 2022-05-16 By:Jane Roe, John Doe, {LEAD}", SECOND)
    assert (article.byline, article.paragraphs, article.published.start) == (
        "Jane Roe, John Doe", (LEAD, SECOND), dt.date(2022, 5, 16))


def test_a_by_colon_sentence_is_not_split_as_a_byline():
    assert split_glued_byline("By: Jane Roe, John Doe") is None
    assert split_glued_byline("By then, the ferries had left") is None


# --- bylines and date lines ---------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("By The Associated Press October 15, 2018 9:40 pm 10/15/2018 09:40pm",
                     ("The Associated Press", (1, dt.date(2018, 10, 15))), id="agency-byline-times"),
        pytest.param("15 Jan, 2019 08:05 / Updated 3 years ago", (None, (1, dt.date(2019, 1, 15))),
                     id="date-time-updated-ago"),
        pytest.param("Posted on June 13, 2016 by Jane Roe", (None, (0, dt.date(2016, 6, 13))), id="posted-on-by"),
        pytest.param("Updated: June 16, 2016 10:00 GMT", (None, (2, dt.date(2016, 6, 16))), id="updated"),
        pytest.param("Thu Sep 29 2016", (None, (1, dt.date(2016, 9, 29))), id="weekday-first"),
        pytest.param("Saturday 26 October 2019 07:10 BST", (None, (1, dt.date(2019, 10, 26))), id="weekday-time-zone"),
        pytest.param("PTI | Jun 15, 2016, 08:45 IST", (None, (1, dt.date(2016, 6, 15))), id="agency-date-zone"),
        pytest.param("By Staff Reporter | Published: Jan 1, 1970", ("Staff Reporter", (0, dt.date(1970, 1, 1))),
                     id="epoch-is-still-read-here-and-dropped-by-the-reader"),
        pytest.param("Ferries held on June 14, 2016 in the port", None, id="sentence-with-a-date"),
        pytest.param("Kabul, June 14, 2016", None, id="place-and-date"),
    ],
)
def test_date_lines(text, expected):
    info = byline_info(text, header=True)
    assert (info if info is None else (info[0], info[1] and (info[1][0], info[1][1].date))) == expected


def test_dated_agency_credit_gives_date_and_wire():
    article = read("Ferries Held", "PTI | Jun 15, 2016, 08:45 IST", LEAD)
    assert (article.published.start, article.wire, article.paragraphs) == (dt.date(2016, 6, 15), "PTI", (LEAD,))


def test_author_name_line_above_a_date_line():
    article = read("Ferries Held Overnight", "Crews safe, owners say", "Jane Roe",
                   "Saturday 07 September 2019 11:20 EDT", LEAD)
    assert (article.byline, article.published.start, article.paragraphs) == (
        "Jane Roe", dt.date(2019, 9, 7), ("Crews safe, owners say", LEAD))


def test_first_publication_beats_an_update():
    assert published("Ferries Held", "Updated: June 16, 2016 10:00", "Published: June 14, 2016", LEAD) == dt.date(
        2016, 6, 14)
    assert published("Ferries Held", "June 14, 2016", "Last updated: June 16, 2016", LEAD) == dt.date(2016, 6, 14)
    assert published("Ferries Held", "15 Jan, 2019 08:05 / Updated 3 years ago", LEAD) == dt.date(2019, 1, 15)


def test_a_date_line_after_the_story_has_begun_is_not_the_publication_date():
    assert published("Ferries Held", LEAD, "June 14, 2016", SECOND) is None


# --- numeric dates: day-month order decided honestly --------------------------------------------

@pytest.mark.parametrize(
    "lines, expected",
    [
        pytest.param(["Ferries Held", "20/04/2016", LEAD], dt.date(2016, 4, 20), id="day-over-12"),
        pytest.param(["Ferries Held", "04/20/2016", LEAD], dt.date(2016, 4, 20), id="month-first-day-over-12"),
        pytest.param(["Ferries Held", "04/05/2016", LEAD], None, id="ambiguous-left-unknown"),
        pytest.param(["date 2016-05-04 202", "Ferries Held", "04/05/2016", LEAD], dt.date(2016, 5, 4),
                     id="stamp-of-the-same-day"),
        pytest.param(["Ferries Held", "04/05/2016", LEAD, "A similar dispute was settled on 25/12/2015."],
                     dt.date(2016, 5, 4), id="page-writes-day-first"),
        pytest.param(["Ferries Held", "04/05/2016", LEAD, "A similar dispute was settled on 12/25/2015."],
                     dt.date(2016, 4, 5), id="page-writes-month-first"),
        pytest.param(["Ferries Held", "05.04.2016 10:32", LEAD, "The deal of 25.12.2015 still holds."],
                     dt.date(2016, 4, 5), id="dotted-with-time"),
        pytest.param(["Ferries Held", "01/01/1970", LEAD], None, id="epoch"),
    ],
)
def test_numeric_date_line(lines, expected):
    assert published(*lines) == expected


def test_resolve_numeric_needs_a_reason():
    numeric = find_numeric_date("03/04/2017")
    assert resolve_numeric(numeric, [], set()) is None
    assert resolve_numeric(numeric, [], {"dmy", "mdy"}) is None
    assert resolve_numeric(numeric, [dt.date(2017, 3, 4)], set()).date == dt.date(2017, 3, 4)
    assert resolve_numeric(numeric, [], {"dmy"}).date == dt.date(2017, 4, 3)


# --- dates that are not publication dates -------------------------------------------------------

@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Smoke rises over the harbour in a frame from video recorded on January 8, 2020."
                     " Example Press/Handout via REUTERS", id="caption"),
        pytest.param("— Jane Roe (@janeroe_news) July 17, 2014", id="embedded-post"),
        pytest.param("Showing posts from June 14, 2016", id="archive-header"),
        pytest.param("Jan 1, 1970", id="epoch-placeholder"),
        pytest.param("By Staff Reporter | Published: Jan 1, 1970", id="epoch-in-a-byline"),
    ],
)
def test_not_a_publication_date(line):
    article = read("Ferries Held Overnight", line, LEAD, SECOND)
    assert article.published is None
    assert article.paragraphs == (LEAD, SECOND)


def test_masthead_date_stays_the_scrape_date():
    article = read("Harbour Daily | Monday, April 1, 2024", "Ferries Held", LEAD)
    assert (article.published, article.retrieved.start) == (None, dt.date(2024, 4, 1))


# --- clutter ------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "• Published", "Published", "32 views", "0 comment", "1,204 Views", "Comments", "Comments (4)",
        "This story is over 5 years old.", "This article is more than 2 years old",
        "Stay up to date with notifications from Harbour Daily", "Notifications can be turned off in your settings.",
        "Sign up for our free morning newsletter", "Subscribe to our newsletter", "Get the Harbour Daily newsletter",
        "Subscribe", "Leave a Reply", "Leave a comment", "Your email address will not be published. Required fields are marked *",
        "Please enter your comment!", "Please enter your name here", "Save my name, email, and website in this browser",
        "Post Comment", "Cancel reply", "Name *", "Email *",
        "Ferry owners were questioned last year. Read more here.", "Related: Port talks stall",
        "Share this article", "Share on Facebook Twitter WhatsApp", "Copy link", "Click to share on Twitter (Opens in new window)",
        "[email protected]", "Email: [email protected]", "desk@example.org",
        "Author", "About the author", "View all posts by Jane Roe",
        "|", "— Jane Roe (@janeroe) July 17, 2014", "Showing posts from June 2016",
    ],
)
def test_widgets_are_clutter(text):
    assert is_widget(text)


@pytest.mark.parametrize(
    "text",
    [
        "A photo released by the ministry showed the damaged bridge, officials said.",
        "The death toll was updated on Monday to 42, the ministry said.",
        "Officials said comments made by the envoy were not helpful.",
        "The ministry said it would share the findings with the families.",
        "Subscribers to the port's alert service were told to stay away from the docks, police said.",
        "Published reports said the ferries carried fuel.",
        "He told Reuters the talks had stalled.",
        "The author of the report, a former harbour master, said the rules were unclear.",
        "Residents said they had read more than a dozen warnings before the storm.",
    ],
)
def test_news_paragraphs_are_not_clutter(text):
    assert not is_widget(text) and not is_caption(text) and not is_photo_credit(text)
    assert clean([(1, text)]) == [(1, text)]


@pytest.mark.parametrize(
    "text",
    [
        "A general view shows the harbour after the fire, March 3, 2018. REUTERS/Jane Roe",
        "Smoke rises over the harbour. Example Press/Handout via REUTERS",
        "Qassem Example, a port official, speaks to reporters. Source: Associated Press",
        "A ship blocks the passage near the port, Sunday, Nov. 25, 2018. (AP Photo)",
        "A ship blocks the passage near the port. (AP Photo/John Doe)",
        "A convoy leaves the prison (JOHN DOE/AFP/Getty Images)",
        "John Doe, AFP | The two leaders shake hands before the talks in the capital",
        "Crews unload the ferry. Photo: Jane Roe",
    ],
)
def test_captions(text):
    assert is_caption(text)


@pytest.mark.parametrize("text", ["Jane Roe/AP", "REUTERS/Jane Roe", "Photo via Reuters", "Image source, AP",
                                  "Getty Images"])
def test_lone_photo_credits(text):
    assert is_photo_credit(text)


def test_agency_credit_lines_are_not_photo_credits():
    assert not is_photo_credit("AFP") and not is_photo_credit("Example.com | Reuters")
    assert not is_caption("PTI | Jun 15, 2016, 08:45 IST")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("You're reading: Ferries Held Overnight", "Ferries Held Overnight"),
        ("• Ceasefire to begin at midnight", "Ceasefire to begin at midnight"),
        ("Photo Nobody has yet said who planted the device found near the ferry pier.",
         "Nobody has yet said who planted the device found near the ferry pier."),
        ("Photos show the damage to the building.", "Photos show the damage to the building."),
        ("Photo: Trucks queue", "Photo: Trucks queue"),
    ],
)
def test_widget_prefixes_are_cut(text, expected):
    assert strip_prefix(text) == expected


def test_a_cluttered_page_keeps_every_news_paragraph():
    article = read(
        "Stay up to date with notifications from Harbour Daily",
        "Notifications can be turned off in your settings.",
        "This story is over 5 years old.",
        "You're reading: Ferries Held Overnight in Port Dispute",
        "Ferries Held Overnight in Port Dispute",
        "Ferries Held Overnite in Port Dispute",
        "  • Published",
        "Media caption,",
        "Watch: crews leave the ferry",
        "Crews leave the ferry at dawn",
        "Crews leave the ferry at dawn",
        "|",
        "Jane Roe/AP",
        "32 views",
        LEAD,
        "A ferry waits at the quay. (Harbour Daily/JOHN DOE/AFP/Getty Images)",
        SECOND,
        "Your support helps us keep our reporters in the field",
        "We rely on readers like you to keep our reporting free for everyone.",
        "Your donation allows us to keep sending reporters to the docks.",
        "Your support matters more than ever.",
        THIRD,
        "“We will not give up,” a crew member said.",
        "Related Articles",
        "Port strike enters second week",
        "Harbour master resigns",
        "Share this article",
        "Author",
        "Leave a Reply",
        "Your email address will not be published. Required fields are marked *",
        "Please enter your comment!",
    )
    assert article.title == "Ferries Held Overnight in Port Dispute"
    assert article.paragraphs == (LEAD, SECOND, THIRD, "“We will not give up,” a crew member said.")


def test_a_caption_shown_twice_is_dropped_but_a_repeated_paragraph_is_kept_once():
    article = read("Ferries Held", "Crews leave the ferry at dawn", "Crews leave the ferry at dawn", LEAD, LEAD, SECOND)
    assert article.paragraphs == (LEAD, SECOND)


def test_caption_without_its_credit_just_above_it_goes_too():
    article = read("Ferries Held", LEAD, "A ferry waits at the quay", "A ferry waits at the quay (JOHN DOE/AFP/Getty Images)",
                   SECOND)
    assert article.paragraphs == (LEAD, SECOND)


def test_page_without_a_title_line_keeps_its_first_paragraph():
    article = read("At least twelve ferries were held overnight in the port after a dispute over fees, the harbour"
                   " master said on Monday.", SECOND)
    assert article.paragraphs[0].startswith("At least twelve ferries")
    assert article.title == "At least twelve ferries were held overnight in the port after a…"


def test_lone_source_line_is_dropped_and_a_source_at_the_end_of_the_story_is_its_wire():
    article = read("Ferries Held", LEAD, SECOND, "Source: Harbour Wire")
    assert article.paragraphs == (LEAD, SECOND)
    article = read("Ferries Held", LEAD, f"{SECOND} Source: AFP")
    assert (article.paragraphs, article.wire) == ((LEAD, SECOND), "AFP")
    assert split_wire_tag(f"{SECOND} Source: Reuters") == (SECOND, "Reuters")


def test_appeal_block_stops_at_the_story():
    article = read("Ferries Held", LEAD, "Support independent journalism", "We need your help to keep reporting.",
                   "“We need your support,” the mayor told residents on Tuesday.", SECOND)
    assert article.paragraphs == (LEAD, "“We need your support,” the mayor told residents on Tuesday.", SECOND)


def test_stamp_followed_by_a_title_on_the_same_line():
    article = read("date 2018-11-26 Ferries Held Overnight in Port Dispute", LEAD, SECOND)
    assert (article.title, article.paragraphs, article.published.start) == (
        "Ferries Held Overnight in Port Dispute", (LEAD, SECOND), dt.date(2018, 11, 26))


def test_date_line_with_its_update_date():
    assert published("Ferries Held", "June 14, 2016 | Updated: June 16, 2016", LEAD) == dt.date(2016, 6, 14)


def test_a_date_line_far_below_the_title_is_not_in_the_header():
    lines = ["Ferries Held"] + [f"Crews leave ferry number {n}" for n in range(1, 8)] + ["June 14, 2016", LEAD]
    assert published(*lines) is None


def test_agency_credit_above_a_byline_is_the_wire_not_the_author():
    article = read("Ferries Held", "Pajhwok Afghan News", "By Staff Reporter | Published: February 7, 2017 8:40 PM",
                   LEAD)
    assert (article.wire, article.byline, article.published.start) == ("Pajhwok", "Staff Reporter",
                                                                        dt.date(2017, 2, 7))


def test_a_wire_tag_ending_the_story_is_not_a_caption():
    article = read("Ferries Held", LEAD, f"{SECOND} (Reuters/AP)")
    assert (article.paragraphs, article.wire) == ((LEAD, SECOND), "Reuters/AP")
