"""The scraped plain-text reader: masthead, title, dateline, byline, wire tag, junk lines."""
from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from generator.model import Article, DateValue
from generator.read.errors import ReadError
from generator.read.furniture import byline_info, is_junk, split_dateline, split_wire_tag
from generator.read.text import read_text_article

FIXTURES = Path(__file__).parent.parent / "fixtures" / "readers"
SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"


def day(value: str, basis: str, text: str) -> DateValue:
    date = dt.date.fromisoformat(value)
    return DateValue(date, date, "day", basis, text)


def read_fixture(name: str) -> Article:
    raw = (FIXTURES / name).read_bytes().decode("utf-8")
    return read_text_article(name, raw)


def test_seed_shaped_article_is_read_whole():
    raw = (FIXTURES / "border_report.txt").read_bytes()
    assert read_fixture("border_report.txt") == Article(
        id="border-report",
        path="border_report.txt",
        title="Border Talks Stall as Crossing Stays Shut: Officials",
        paragraphs=(
            "Talks between Afghan and Pakistani officials on reopening the Torkham crossing stalled on"
            " Thursday, US officials told reporters.",
            "“Neither side has offered a timetable,” a State Department spokesman said at a briefing in the capital.",
            "The closure has stranded hundreds of trucks carrying fruit and fuel, traders said, adding that"
            " losses were mounting by the",
            "Officials in Kabul said the Afghan government remained ready to resume talks “at any level” once"
            " firing along the border stopped.",
            "“We want calm on the border and trade to resume,” the spokesman said, adding that the United"
            " States backed direct contacts.",
        ),
        content_hash=hashlib.sha256(raw).hexdigest(),
        format="text",
        dateline="WASHINGTON",
        wire="Pajhwok",
        published=None,
        retrieved=day("2024-04-02", "retrieved", "Tuesday, April 2nd, 2024"),
        body_line=7,
    )


@pytest.mark.parametrize(
    "name, expected",
    [
        pytest.param(
            "reuters_dateline.txt",
            dict(title="Gunfire Exchanged at Border Crossing", dateline="KABUL", wire="Reuters", outlet=None,
                 byline=None, published=None, retrieved=None, body_line=3, count=3,
                 first="Afghan and Pakistani forces exchanged fire at a border crossing on Monday, officials on"
                       " both sides said.",
                 last="A Pakistani military spokesman said the work was needed for security."),
            id="reuters-dateline-without-year-gives-no-publication-date",
        ),
        pytest.param(
            "byline_dated.txt",
            dict(title="Crossing Reopens After Week of Closure", dateline="ISLAMABAD", wire=None,
                 outlet="Frontier Times", byline="Staff Reporter",
                 published=day("2016-06-21", "explicit", "June 21, 2016"),
                 retrieved=day("2024-03-27", "retrieved", "Wednesday, March 27, 2024"), body_line=6, count=3,
                 first="The main border crossing with Afghanistan reopened on Tuesday after a week-long closure,"
                       " officials said.",
                 last="Officials said talks would continue on the disputed construction work."),
            id="byline-date-is-published-masthead-is-retrieved",
        ),
        pytest.param(
            "agency_credit.txt",
            dict(title="Militants Attack Security Office in Capital", dateline="KABUL", wire="AFP", outlet=None,
                 byline=None, published=day("2016-04-20", "explicit", "20 Apr 2016"), retrieved=None,
                 body_line=8, count=2,
                 first="Militants stormed a security office in the Afghan capital on Tuesday, killing several"
                       " guards, officials said.",
                 last="The interior ministry said the attackers had been killed after a gunfight lasting"
                      " several hours."),
            id="agency-credit-at-top-and-updated-date",
        ),
    ],
)
def test_variant_fixtures(name, expected):
    article = read_fixture(name)
    assert dict(
        title=article.title, dateline=article.dateline, wire=article.wire, outlet=article.outlet,
        byline=article.byline, published=article.published, retrieved=article.retrieved,
        body_line=article.body_line, count=len(article.paragraphs), first=article.paragraphs[0],
        last=article.paragraphs[-1],
    ) == expected


def test_seed_article():
    seed = SEEDS / "000_7a97f8a84ed23738.txt"
    if not seed.exists():
        pytest.skip("the shared seed article is not next to this checkout")
    article = read_text_article(seed.name, seed.read_bytes().decode("utf-8"))
    assert (article.id, article.title, article.dateline, article.wire, article.published, article.retrieved,
            len(article.paragraphs), article.body_line) == (
        "000-7a97f8a84ed23738",
        "Pakistan Not Doing Enough to Disrupt Haqqanis: Pentagon",
        "WASHINGTON",
        "Pajhwok",
        None,
        day("2024-03-29", "retrieved", "Friday, March 29th, 2024"),
        12,
        7,
    )
    assert article.paragraphs[0].startswith("Pakistan has not made sustained efforts")
    assert article.paragraphs[-1].endswith("the report said.")


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("WASHINGTON - Pakistan has not", ("WASHINGTON", None, None, "Pakistan has not"), id="plain-dash"),
        pytest.param("KABUL (Reuters) - Officials said", ("KABUL", "Reuters", None, "Officials said"), id="agency"),
        pytest.param("ISLAMABAD: The ministry said", ("ISLAMABAD", None, None, "The ministry said"), id="colon"),
        pytest.param("WASHINGTON (Sputnik) — The report", ("WASHINGTON", "Sputnik", None, "The report"), id="em-dash"),
        pytest.param("KABUL, June 14 (Reuters) - Forces", ("KABUL", "Reuters", None, "Forces"), id="date-no-year"),
        pytest.param("KABUL, June 14, 2016 (Reuters) - Forces",
                     ("KABUL", "Reuters", day("2016-06-14", "explicit", "June 14, 2016"), "Forces"),
                     id="date-with-year"),
        pytest.param("PESHAWAR, Pakistan (AP) — Police", ("PESHAWAR", "AP", None, "Police"), id="region"),
        pytest.param("NEW YORK -- The council", ("NEW YORK", None, None, "The council"), id="two-words"),
        pytest.param("Kabul (Pajhwok Afghan News) - Police", ("Kabul", "Pajhwok", None, "Police"), id="title-case"),
        pytest.param("Lahore: The court ruled", ("Lahore", None, None, "The court ruled"), id="known-place-colon"),
        pytest.param("Doha/Kabul, Mar 2: Talks resumed", ("Doha/Kabul", None, None, "Talks resumed"), id="two-places"),
    ],
)
def test_split_dateline(text, expected):
    found = split_dateline(text)
    assert (found.place, found.wire, found.published, found.rest) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Officials: the talks failed", id="title-case-colon"),
        pytest.param("Analysis: Why the talks failed", id="label-colon"),
        pytest.param("Police/Army, Mar 2: Talks resumed", id="two-non-places"),
        pytest.param("BREAKING: talks failed", id="label"),
        pytest.param("WASHINGTON-based analysts said", id="hyphenated"),
        pytest.param("US - officials said", id="short-acronym"),
        pytest.param("On September 22, 2016, Kabul signed", id="sentence"),
    ],
)
def test_no_dateline(text):
    assert split_dateline(text) is None


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("By Staff Reporter | Published: June 14, 2016 10:32 PM",
                     ("Staff Reporter", (0, dt.date(2016, 6, 14))), id="byline-published"),
        pytest.param("Updated 15 Jun 2016", (None, (2, dt.date(2016, 6, 15))), id="updated"),
        pytest.param("By Ahmad Khan | Updated: June 15, 2016 | Published: June 14, 2016",
                     ("Ahmad Khan", (0, dt.date(2016, 6, 14))), id="published-beats-updated"),
        pytest.param("By Jane Doe, Staff Writer", ("Jane Doe", None), id="byline-without-date"),
        pytest.param("June 14, 2016 10:32 PM", (None, (1, dt.date(2016, 6, 14))), id="date-line-under-the-title"),
        pytest.param("By then, the Taliban had left", None, id="sentence-by-then"),
        pytest.param("By September, the group had grown", None, id="sentence-by-month"),
    ],
)
def test_byline_info(text, expected):
    info = byline_info(text, header=True)
    assert (info if info is None else (info[0], info[1] and (info[1][0], info[1][1].date))) == expected


@pytest.mark.parametrize(
    "text, junk",
    [
        pytest.param("Photo: Trucks queue at the gate", True, id="photo"),
        pytest.param("File photo", True, id="file-photo"),
        pytest.param("Image courtesy AFP", True, id="image-courtesy"),
        pytest.param("Related: Traders count losses", True, id="related"),
        pytest.param("Tags: Taliban, Pakistan, Torkham", True, id="tags"),
        pytest.param("Also read: Capital tightens security", True, id="also-read"),
        pytest.param("Share this", True, id="share"),
        pytest.param("Share on Facebook Twitter WhatsApp", True, id="share-row"),
        pytest.param("https://example.org/story", True, id="lone-url"),
        pytest.param("Photos show the damage to the building.", False, id="prose-photos"),
        pytest.param("Relatedly, officials said talks resumed.", False, id="prose-relatedly"),
    ],
)
def test_is_junk(text, junk):
    assert is_junk(text) is junk


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("the report said. (Pajhwok)", ("the report said.", "Pajhwok"), id="pajhwok"),
        pytest.param("he said.” (AFP)", ("he said.”", "AFP"), id="after-quote"),
        pytest.param("officials said. — AFP", ("officials said.", "AFP"), id="dash-credit"),
        pytest.param("it said. (With inputs from Reuters)", ("it said.", "Reuters"), id="inputs-from"),
        pytest.param("Al Qaeda in the Indian Subcontinent (AQIS)", ("Al Qaeda in the Indian Subcontinent (AQIS)", None),
                     id="acronym-is-not-a-tag"),
    ],
)
def test_split_wire_tag(text, expected):
    assert split_wire_tag(text) == expected


def test_masthead_date_never_becomes_published_and_dated_dateline_does():
    raw = "Daily Example | Monday, April 1, 2024\nTitle Here\nKABUL, June 14, 2016 (AFP) - Forces clashed.\n"
    article = read_text_article("x.txt", raw)
    assert (article.outlet, article.retrieved, article.published, article.wire) == (
        "Daily Example",
        day("2024-04-01", "retrieved", "Monday, April 1, 2024"),
        day("2016-06-14", "explicit", "June 14, 2016"),
        "AFP",
    )


def test_crlf_and_whitespace_are_normalised_per_paragraph():
    raw = "A Title\r\n\r\nKABUL -  Forces\u00a0clashed   at the\tborder.\r\nSecond  line.\r\n"
    article = read_text_article("dir/Some File.txt", raw)
    assert (article.id, article.paragraphs, article.content_hash) == (
        "some-file",
        ("Forces clashed at the border.", "Second line."),
        hashlib.sha256(raw.encode()).hexdigest(),
    )


@pytest.mark.parametrize(
    "raw, line, message",
    [
        pytest.param("", 1, "empty file", id="empty"),
        pytest.param("\n  \n\t\n", 1, "empty file", id="blank"),
        pytest.param("Only A Title\n\n", 1, "no body text after the title 'Only A Title'", id="title-only"),
        pytest.param("Editor: X Friday, March 29th, 2024\nTitle\nTitle\n", 2,
                     "no body text after the title 'Title'", id="masthead-and-title-only"),
        pytest.param("Title\nbody\n\x00\x01\x02", 3, "binary file (NUL byte), not text", id="binary"),
        pytest.param("Title\nKABUL -\n", 2, "no body text after the dateline", id="dateline-only"),
    ],
)
def test_unreadable_text(raw, line, message):
    with pytest.raises(ReadError) as err:
        read_text_article("bad.txt", raw)
    assert (err.value.line, err.value.message) == (line, message)


def test_outlet_and_agency_credit_line_and_trailing_additional_reporting():
    raw = (
        "Crossing To Reopen, Officials Say\n"
        "Example.com | Reuters\n"
        "Published June 18, 2016\n"
        "ISLAMABAD: Both sides agreed on Saturday to reopen the crossing.\n"
        "Officials said talks would continue.\n"
        "— Additional reporting by AFP\n"
    )
    article = read_text_article("credit.txt", raw)
    assert (article.wire, article.dateline, article.published, article.paragraphs, article.body_line) == (
        "Reuters",
        "ISLAMABAD",
        day("2016-06-18", "explicit", "June 18, 2016"),
        ("Both sides agreed on Saturday to reopen the crossing.", "Officials said talks would continue."),
        4,
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Our Correspondent | Published: January 11, 2016",
                     ("Our Correspondent", (0, dt.date(2016, 1, 11))), id="credit-without-by"),
        pytest.param("Web Desk | 09:15 AM | Updated: March 3, 2017",
                     ("Web Desk", (2, dt.date(2017, 3, 3))), id="desk-time-updated"),
        pytest.param("Traders said the gate was calm | Published: June 15, 2016", None,
                     id="long-prose-segment-is-not-a-credit"),
    ],
)
def test_credit_line_with_publication_stamp(text, expected):
    info = byline_info(text, header=True)
    assert (info if info is None else (info[0], info[1] and (info[1][0], info[1][1].date))) == expected


def test_dateline_without_year_takes_the_latest_year_the_body_writes():
    raw = ("Frontier Daily | Tuesday, May 7th, 2024\nBlast at Market\n"
           "QUETTA, Pakistan, Aug 8 (Reuters) - A bomb hit a hospital on Monday.\n"
           "It was the worst attack in the province in 2016, after a series of killings in 2013.\n")
    article = read_text_article("x.txt", raw)
    assert article.published == DateValue(dt.date(2016, 8, 8), dt.date(2016, 8, 8), "day",
                                           "inferred_from_context", "Aug 8")
    assert article.dateline == "QUETTA" and article.wire == "Reuters"


def test_dateline_without_year_and_no_year_in_the_body_stays_unknown():
    raw = "Frontier Daily | Tuesday, May 7th, 2024\nBlast at Market\nQUETTA, Aug 8 (Reuters) - A bomb hit.\n"
    assert read_text_article("x.txt", raw).published is None


def test_dateline_year_never_after_the_scrape_date():
    raw = ("Frontier Daily | Tuesday, May 7th, 2024\nTalks\n"
           "KABUL, Dec 20 (AFP) - Officials met in 2023 and plan elections in 2024.\n")
    assert read_text_article("x.txt", raw).published.start == dt.date(2023, 12, 20)


@pytest.mark.parametrize("stamp, expected", [
    pytest.param("Published 2019-04-20T10:00:00Z", "2019-04-20", id="iso-timestamp"),
    pytest.param("Published on 20/04/2019", "2019-04-20", id="numeric-decided-by-its-numbers"),
    pytest.param("Published on 04/05/2019", None, id="numeric-undecided"),
])
def test_publication_stamps_with_timestamps_and_numbers(stamp, expected):
    article = read_text_article("x.txt", f"A title of a story\n{stamp}\nGunmen attacked a police post on Saturday, "
                                         "officials said.\nMore text follows here.")
    assert (article.published.iso() if article.published else None) == expected


@pytest.mark.parametrize("lines, expected", [
    pytest.param("Posted by admin on January 15, 2019", "2019-01-15", id="posted-by-on"),
    pytest.param("Written by Jane Doe, 15 January 2019", "2019-01-15", id="written-by"),
    pytest.param("Published January 15, 2019\nLast modified on January 16, 2019", "2019-01-15", id="modified-loses"),
])
def test_more_byline_and_stamp_shapes(lines, expected):
    article = read_text_article("x.txt", f"A title about an attack\n{lines}\nGunmen attacked a hotel on Tuesday, "
                                         "officials said.\nMore text follows about the siege.")
    assert article.published.iso() == expected
    assert article.paragraphs[0].startswith("Gunmen")


@pytest.mark.parametrize("line, wire", [
    pytest.param("3 Min Read", None, id="reading-time"),
    pytest.param("Reuters Staff", "Reuters", id="agency-staff"),
    pytest.param("AFP Staff Writer", "AFP", id="agency-staff-writer"),
])
def test_reading_times_and_agency_staff_credits_are_not_news(line, wire):
    article = read_text_article("x.txt", f"A title about an attack\nJanuary 15, 2019\n{line}\nGunmen attacked a hotel on "
                                         "Tuesday, officials said.\nMore text follows about the siege.")
    assert article.paragraphs[0].startswith("Gunmen") and article.wire == wire


def test_a_paragraph_about_staff_and_reading_is_kept():
    text = "A title about an attack\nThe embassy said 3 staff read the statement aloud before leaving.\nMore text."
    assert read_text_article("x.txt", text).paragraphs[0].startswith("The embassy said 3 staff")


@pytest.mark.parametrize("line", [
    "Skip to main content", "Home > World > Africa", "Copyright © 2019 Example Media. All rights reserved.",
    "Follow us on Twitter", "Join our WhatsApp channel", "(Reporting by Jane Doe; Editing by John Roe)",
    "This article was originally published on Example.", "We use cookies to improve your experience.",
    "Watch: Gunmen storm hotel", "Previous article", "Continue reading below", "Listen to this article",
])
def test_page_chrome_and_footers_are_clutter(line):
    text = f"A title about an attack\nGunmen attacked a hotel on Tuesday, officials said.\n{line}\nMore text follows."
    assert line not in read_text_article("x.txt", text).paragraphs


@pytest.mark.parametrize("line", [
    "Copyright disputes have long divided the two countries, officials said.",
    "Home Minister Rajnath Singh said the attackers would be found.",
    "Watch groups said the vote was fair.",
    "We use force only in self-defence, the army said in a statement on Monday.",
    "Follow-up raids were carried out in the city, police said.",
])
def test_news_that_starts_like_chrome_is_kept(line):
    text = f"A title about an attack\nGunmen attacked a hotel on Tuesday, officials said.\n{line}\nMore text follows."
    assert line in read_text_article("x.txt", text).paragraphs
