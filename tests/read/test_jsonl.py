"""Scraper exports: news-please and trafilatura JSON, JSON Lines, and the field mapping."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from generator.model import Article, Problem
from generator.read.articles import read_articles
from generator.read.jsonl import DEFAULT_FIELDS, field_map, read_json_articles

FORMATS = Path(__file__).parent.parent / "fixtures" / "formats"


def test_news_please_lines_become_articles_with_stable_ids_and_entry_paths():
    raw = (FORMATS / "newsplease.jsonl").read_text(encoding="utf-8")
    first, second, bad = read_json_articles("newsplease.jsonl", raw)
    assert (first.id, first.path, first.format, first.body_line) == (
        "newsplease-rebels-shell-army-base-near-dolor", "newsplease.jsonl#1", "json", 1)
    assert first.title == "Rebels shell army base near Dolor"
    assert first.paragraphs == ("Fighters of the Valley Liberation Front shelled an army base near Dolor on Sunday, "
                                "the army said.", "Two soldiers were wounded in the attack, a military spokesman said.")
    assert (first.dateline, first.byline, first.outlet) == ("DOLOR", "Sam Writer", "wire.example.com")
    assert first.published.start == dt.date(2020, 11, 2)
    assert first.url == "https://wire.example.com/rebels-shell-base"
    # date_download is the crawl time, never the publication date
    assert second.published is None and second.byline is None
    assert bad == Problem("newsplease.jsonl", 3, "entry 3: no text for the article 'An entry without its text' "
                                                 "(keys tried: maintext, text, raw_text, content, body)")
    again = read_json_articles("newsplease.jsonl", raw)
    assert [a.id for a in again[:2]] == [first.id, second.id]


TRAFILATURA = {"title": "Curfew lifted in Amet", "author": "Desk", "hostname": "daily.example.com",
               "date": "2022-05-01", "source": "https://daily.example.com/curfew", "source-hostname": "Example Daily",
               "text": "The curfew in Amet was lifted on Sunday.\nMarkets reopened.", "raw_text": "ignored"}


def test_trafilatura_json_file_is_one_article_named_after_its_file():
    [article] = read_json_articles("curfew.json", json.dumps(TRAFILATURA))
    assert isinstance(article, Article)
    assert (article.id, article.path, article.title) == ("curfew", "curfew.json", "Curfew lifted in Amet")
    assert article.paragraphs == ("The curfew in Amet was lifted on Sunday.", "Markets reopened.")
    assert (article.url, article.outlet, article.published.iso()) == (
        "https://daily.example.com/curfew", "Example Daily", "2022-05-01")


def test_json_list_names_the_line_of_each_entry():
    raw = '[\n  {"title": "One", "text": "First story text."},\n  7,\n  {"title": "Two", "text": "Second."}\n]\n'
    one, seven, two = read_json_articles("list.json", raw)
    assert (one.id, one.body_line, two.id, two.body_line) == ("list-one", 2, "list-two", 4)
    assert seven == Problem("list.json", 3, "entry 2: expected a JSON object, not int")


def test_user_mapping_replaces_the_keys_of_a_value(tmp_path):
    (tmp_path / "feed.jsonl").write_text(json.dumps(
        {"headline_en": "Bridge reopened", "body": "The bridge reopened.", "title": "wrong", "when": "2021-07-09"}
    ) + "\n", encoding="utf-8")
    articles, problems = read_articles(tmp_path, {"title": "headline_en", "date": ["when"]})
    assert problems == ()
    assert (articles[0].title, articles[0].published.iso()) == ("Bridge reopened", "2021-07-09")
    assert field_map({"text": ["body"]})["text"] == ("body",)
    assert field_map(None) == DEFAULT_FIELDS


@pytest.mark.parametrize("overrides, message", [
    ({"headline": "x"}, "json_fields: unknown value 'headline' (known: title, text, date, url, outlet, author)"),
    ({"text": []}, "json_fields: text must be a key or a list of keys, not []"),
])
def test_bad_mapping_is_a_clear_error(overrides, message):
    with pytest.raises(ValueError) as err:
        field_map(overrides)
    assert str(err.value) == message


def test_broken_line_names_its_line(tmp_path):
    (tmp_path / "x.jsonl").write_text('{"title": "A", "text": "B c."}\n{"title": \n', encoding="utf-8")
    articles, problems = read_articles(tmp_path)
    assert articles == ()
    assert len(problems) == 1 and problems[0].line == 2 and problems[0].message.startswith("invalid JSON: ")


def test_html_in_an_exports_text_becomes_text_and_rfc822_dates_are_read():
    record = {"title": "Bridge reopened", "content": "<p>The bridge <b>reopened</b> on Friday.</p><p>Traffic resumed.</p>",
              "published": "Fri, 09 Jul 2021 18:00:00 GMT"}
    [article] = read_json_articles("bridge.json", json.dumps(record))
    assert article.paragraphs == ("The bridge reopened on Friday.", "Traffic resumed.")
    assert article.published.iso() == "2021-07-09"
