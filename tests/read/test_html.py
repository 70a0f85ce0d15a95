"""Saved web pages: trafilatura's main text and metadata, htmldate's publication date."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from generator.read.errors import ReadError
from generator.read.html import read_html_article, without_save_marks

FORMATS = Path(__file__).parent.parent / "fixtures" / "formats"


def read(name: str):
    return read_html_article(name, (FORMATS / name).read_text(encoding="utf-8"))


def test_page_gives_title_outlet_author_canonical_url_and_metadata_date():
    article = read("ceasefire.html")
    assert (article.id, article.format, article.title) == (
        "ceasefire", "html", "Ministry and rebels agree ceasefire in Lorem Valley")
    assert article.outlet == "The Example Courier"
    assert article.byline == "Jane Roe"
    assert article.url == "https://courier.example.org/2021/03/04/ceasefire-lorem-valley"
    assert (article.published.start, article.published.precision, article.published.basis) == (
        dt.date(2021, 3, 4), "day", "metadata")


def test_body_is_the_story_only_without_markup_menus_or_scripts():
    article = read("ceasefire.html")
    assert article.paragraphs[0].startswith("The Defence Ministry of Freedonia and the Valley Liberation Front")
    assert "according to a local hospital." in article.paragraphs[1]  # inline <em> kept as its words
    assert len(article.paragraphs) == 3
    text = " ".join(article.paragraphs)
    for leftover in ("<", ">", "alert", "injected", "color", "Home", "Most read", "Copyright", "By Jane Roe"):
        assert leftover not in text


def test_metadata_date_beats_a_date_in_the_text():
    # The story mentions 12 February 2021; the page's metadata says 4 March 2021.
    assert read("ceasefire.html").published.start == dt.date(2021, 3, 4)


def test_text_date_is_used_only_without_metadata_and_is_marked_inferred():
    article = read("market-protest.htm")
    assert article.published.start == dt.date(2019, 6, 15)
    assert article.published.basis == "inferred_from_context"
    assert article.paragraphs[0].startswith("Hundreds of traders marched")  # the "Posted" line is not body text
    assert article.url == "https://dispatch.example.net/news/market-protest"  # from the save tool's comment


SAVED_ONLY = """<!--
 Page saved with SingleFile
 url: https://dispatch.example.net/news/quiet
 saved date: Tue Jan 09 2024 09:30:00 GMT+0000 (Coordinated Universal Time)
-->
<html><head><title>Quiet night in the capital</title>
<meta name="savepage-date" content="2024-01-09T09:30:00Z"></head><body><article>
<h1>Quiet night in the capital</h1>
<p>No incidents were reported in the capital overnight, the interior ministry said in a short statement.</p>
<p>Shops reopened in the morning and buses ran on their usual routes across the city.</p>
</article></body></html>
"""


def test_the_save_time_is_never_the_publication_date():
    article = read_html_article("quiet.html", SAVED_ONLY)
    assert article.published is None
    assert "2024" not in without_save_marks(SAVED_ONLY)


def test_page_without_text_is_a_read_error():
    with pytest.raises(ReadError) as err:
        read_html_article("blank.html", "<html><head><title>Blank</title></head><body><div></div></body></html>")
    assert (err.value.line, err.value.message) == (1, "no article text found in the page")


def test_the_wayback_toolbar_and_its_capture_date_are_not_the_page():
    page = SAVED_ONLY.replace("<body>", "<body><!-- BEGIN WAYBACK TOOLBAR INSERT --><div>captured 20 March 2023"
                              "</div><!-- END WAYBACK TOOLBAR INSERT -->")
    article = read_html_article("quiet.html", page)
    assert article.published is None
    assert "captured" not in " ".join(article.paragraphs)
