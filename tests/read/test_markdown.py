"""The Markdown reader: YAML front matter, Markdown stripped to its words, exact error lines."""
from __future__ import annotations

import datetime as dt
import hashlib
import logging
from pathlib import Path

import pytest

from generator.model import Article, DateValue
from generator.read.errors import ReadError, collect_warnings
from generator.read.markdown import read_markdown_article, strip_inline

FIXTURES = Path(__file__).parent.parent / "fixtures" / "readers"


def test_front_matter_fixture_is_read_whole():
    raw = (FIXTURES / "front_matter.md").read_bytes()
    date = dt.date(2016, 9, 22)
    assert read_markdown_article("front_matter.md", raw.decode("utf-8")) == Article(
        id="front-matter",
        path="front_matter.md",
        title="Peace Deal Signed With Armed Group",
        paragraphs=(
            "The Afghan government signed a peace agreement with Hezb-e-Islami on Thursday.",
            "The deal was welcomed by international partners, officials said.",
            "Prisoners will be released.",
            "Sanctions will be reviewed.",
        ),
        content_hash=hashlib.sha256(raw).hexdigest(),
        format="markdown",
        outlet="Example Daily",
        url="https://example.org/peace-deal",
        dateline="KABUL",
        wire="Pajhwok",
        published=DateValue(date, date, "day", "front_matter", "2016-09-22"),
        add_actors=("Hezb-e-Islami",),
        drop_actors=("Example Daily",),
        body_line=13,
    )


@pytest.mark.parametrize(
    "value, expected",
    [
        pytest.param("2016-06-14", ("2016-06-14", "2016-06-14", "day", "2016-06-14"), id="iso-day"),
        pytest.param("2016-06", ("2016-06-01", "2016-06-30", "month", "2016-06"), id="iso-month"),
        pytest.param("2016", ("2016-01-01", "2016-12-31", "year", "2016"), id="year-number"),
        pytest.param("'June 2016'", ("2016-06-01", "2016-06-30", "month", "June 2016"), id="month-name"),
        pytest.param("'June 14, 2016'", ("2016-06-14", "2016-06-14", "day", "June 14, 2016"), id="written-day"),
        pytest.param("2016-06-14T10:30:00Z", ("2016-06-14", "2016-06-14", "day", "2016-06-14T10:30:00Z"),
                     id="timestamp"),
    ],
)
def test_front_matter_date_precision(value, expected):
    article = read_markdown_article("a.md", f"---\ntitle: T\ndate: {value}\n---\nBody.\n")
    start, end, precision, text = expected
    assert article.published == DateValue(
        dt.date.fromisoformat(start), dt.date.fromisoformat(end), precision, "front_matter", text)


@pytest.mark.parametrize(
    "raw, line, message",
    [
        pytest.param("---\ntitle: T\ndate: 2016-06-14\nactors: [Taliban\n---\nBody.\n", 4,
                     "invalid YAML in front matter: expected ',' or ']', but got '<stream end>'",
                     id="unclosed-flow-list"),
        pytest.param("\n\n---\ntitle: T\noutlet: Example: Daily\n---\nBody.\n", 5,
                     "invalid YAML in front matter: mapping values are not allowed here",
                     id="leading-blank-lines-keep-line-numbers"),
        pytest.param("---\ntitle: T\nBody.\n", 1, "front matter is not closed: add a line '---' after it",
                     id="unclosed-front-matter"),
        pytest.param("---\n- a\n- b\n---\nBody.\n", 2,
                     "front matter must be a mapping of keys such as `title:` and `date:`", id="list-front-matter"),
        pytest.param("---\ndate: 2016\n---\nJust a paragraph.\n", 1,
                     "no title: add `title:` to the front matter or start with a '# Heading'", id="no-title"),
        pytest.param("---\ntitle: T\n---\n\n# T\n", 4, "no body text after the title 'T'", id="no-body"),
        pytest.param("", 1, "empty file", id="empty"),
    ],
)
def test_unreadable_markdown(raw, line, message):
    with pytest.raises(ReadError) as err:
        read_markdown_article("bad.md", raw)
    assert (err.value.line, err.value.message) == (line, message)


@pytest.mark.parametrize(
    "raw, line, message, check",
    [
        pytest.param("---\ntitle: T\nurl: https://x\ndate: last spring\n---\nBody.\n", 4,
                     "front matter `date` is not a date: 'last spring' (use YYYY-MM-DD, YYYY-MM, YYYY or a date"
                     " such as 'June 14, 2016'): left out", lambda a: a.published is None and a.url == "https://x",
                     id="date-not-a-date"),
        pytest.param("---\ntitle: T\ndate: 2016-13-45\nretrieved: 2016-06-15\n---\nBody.\n", 3,
                     "front matter `date` is not a date: '2016-13-45' (use YYYY-MM-DD, YYYY-MM, YYYY or a date"
                     " such as 'June 14, 2016'): left out",
                     lambda a: a.published is None and a.retrieved.start == dt.date(2016, 6, 15), id="impossible-date"),
        pytest.param("---\ntitle: T\n\nactors: Taliban\n---\nBody.\n", 4,
                     "front matter `actors` must be a mapping: {add: [...], drop: [...]}: left out",
                     lambda a: a.add_actors == () and a.title == "T", id="actors-not-mapping"),
        pytest.param("---\ntitle: [a, b]\n---\n# Heading\n\nBody.\n", 2,
                     "front matter `title` must be text, not list: left out", lambda a: a.title == "Heading",
                     id="title-not-text"),
        pytest.param("---\ntitle: T\noutlet: {a: 1}\nactors: {add: 5}\n---\nBody.\n", 3,
                     "front matter `outlet` must be text, not dict: left out",
                     lambda a: a.outlet is None and a.paragraphs == ("Body.",), id="outlet-not-text"),
    ],
)
def test_a_bad_value_drops_only_that_value(raw, line, message, check):
    with collect_warnings() as warnings:
        article = read_markdown_article("bad.md", raw)
    assert (line, message) in warnings
    assert check(article)


def test_links_whose_url_holds_parentheses_keep_only_their_text():
    raw = ("# T\n\nThe [Durand Line](https://en.wikipedia.org/wiki/Durand_Line_(border)) runs south; "
           "see [map](<https://example.org/a (b)>) and ![photo](https://example.org/p_(1).jpg \"Pass (north)\") "
           "[Torkham (crossing)](https://en.wikipedia.org/wiki/Torkham_(town) \"Torkham\").\n")
    article = read_markdown_article("links.md", raw)
    assert article.paragraphs == ("The Durand Line runs south; see map and Torkham (crossing).",)


def test_title_falls_back_to_first_heading_without_front_matter():
    raw = "# Talks *Resume* in Doha\n\nDOHA (AFP) - Delegates met.\n\n## Background\n\nTalks began in 2018.\n"
    article = read_markdown_article("talks.md", raw)
    assert (article.title, article.paragraphs, article.dateline, article.wire, article.published, article.body_line) == (
        "Talks Resume in Doha",
        ("Delegates met.", "Background", "Talks began in 2018."),
        "DOHA",
        "AFP",
        None,
        3,
    )


def test_front_matter_overrides_body_dateline_and_wire():
    raw = "---\ntitle: T\ndateline: Torkham\nwire: Xinhua\n---\nKABUL (AFP) - Forces clashed. (Reuters)\n"
    article = read_markdown_article("t.md", raw)
    assert (article.dateline, article.wire, article.paragraphs) == ("Torkham", "Xinhua", ("Forces clashed.",))


def test_unknown_front_matter_key_is_a_warning(caplog):
    raw = "---\ntitle: T\ncolour: red\n---\nBody.\n"
    with caplog.at_level(logging.WARNING, logger="generator.read.markdown"):
        article = read_markdown_article("t.md", raw)
    assert article.paragraphs == ("Body.",)
    assert [r.getMessage() for r in caplog.records] == [
        "t.md:3: unknown front matter key 'colour' ignored"
        " (known: actors, byline, date, dateline, outlet, retrieved, title, url, wire)"
    ]


@pytest.mark.parametrize(
    "markdown, text",
    [
        pytest.param("**Bold** and *italic* and __strong__ and _em_", "Bold and italic and strong and em", id="emphasis"),
        pytest.param("See [the report](https://x.org/r) now", "See the report now", id="link"),
        pytest.param("A photo ![alt text](p.jpg) here.", "A photo here.", id="image-dropped"),
        pytest.param("snake_case and 5 * 3 stay", "snake_case and 5 * 3 stay", id="not-emphasis"),
        pytest.param(r"Escaped \*stars\* stay", "Escaped *stars* stay", id="escapes"),
        pytest.param("Use `code` and &amp; more", "Use code and & more", id="code-html-entities"),
        # HTML in an article is text the article states: kept verbatim, escaped when rendered
        pytest.param("It said <script>alert(1)</script> and <b>x</b>", "It said <script>alert(1)</script> and <b>x</b>",
                     id="html-is-kept-as-text"),
        pytest.param("“Curly” quotes and ’ stay", "“Curly” quotes and ’ stay", id="curly-quotes"),
    ],
)
def test_strip_inline(markdown, text):
    assert strip_inline(markdown) == text
