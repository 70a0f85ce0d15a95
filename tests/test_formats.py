"""A mixed folder (text, saved web pages, a news-please JSON Lines file, an RSS feed, a custom
export read through the plugin's field mapping) built end to end with `reportsite build`
(real spaCy, real `mkdocs build --strict`); the exports checked with their own libraries."""
from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from mkdocs.utils.yaml import yaml_load

from generator.cli import cli
from tests.export_checks import check_datapackage, check_ftm

REPO = Path(__file__).resolve().parents[1]
FORMATS = REPO / "tests" / "fixtures" / "formats"
CUSTOM = {"headline": "Curfew lifted in Sit after a week", "story": "The curfew in Sit was lifted on Sunday.\n"
          "Schools will reopen on Monday, the provincial governor said.", "published_at": "2021-03-07",
          "title": "not the title"}


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    root = tmp_path_factory.mktemp("mixed")
    shutil.copytree(FORMATS, root / "articles")
    (root / "articles" / "custom.jsonl").write_text(json.dumps(CUSTOM) + "\n", encoding="utf-8")
    shutil.copytree(REPO / "docs", root / "docs", ignore=shutil.ignore_patterns(
        "index.md", "actors", "events", "articles", "data", ".reportsite-manifest.json"))
    config = yaml_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))  # MkDocs' loader: `!ENV`
    for plugin in config["plugins"]:
        if isinstance(plugin, dict) and "reportsite" in plugin:
            plugin["reportsite"]["json_fields"] = {"title": ["headline", "title"], "text": ["story", "maintext"],
                                                   "date": ["published_at", "date_publish"]}
    (root / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    runner = CliRunner()
    cwd = os.getcwd()
    os.chdir(root)
    try:
        result = runner.invoke(cli, ["build", "--registry", "none"])
        again = runner.invoke(cli, ["build", "--registry", "none", "--no-site"])
    finally:
        os.chdir(cwd)
    return root, result, again


def _page(root: Path, article_id: str) -> str:
    return (root / "site" / "articles" / article_id / "index.html").read_text(encoding="utf-8")


def _text(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def test_mixed_folder_builds_strict_and_reports_bad_entries(project):
    root, result, again = project
    assert result.exit_code == 0, result.output
    assert "articles/courier.rss:22: entry 3: no title and no text" in result.output
    assert ("articles/newsplease.jsonl:3: entry 3: no text for the article 'An entry without its text' "
            "(keys tried: story, maintext)") in result.output
    assert "read 6 of 6 article files in articles (2 problems)" in result.output
    assert "reportsite: 8 articles" in result.output
    assert "0 written" in again.output  # a second build gives the same bytes


@pytest.mark.parametrize("article_id, title, published, body, kind", [
    ("ceasefire", "Ministry and rebels agree ceasefire in Lorem Valley", "4 March 2021",
     "agreed a ceasefire on Wednesday after three weeks of fighting", "saved web page (HTML)"),
    ("market-protest", "Traders protest new market tax in Ipsum", "15 June 2019",
     "Hundreds of traders marched through the centre of Ipsum", "saved web page (HTML)"),
    ("newsplease-rebels-shell-army-base-near-dolor", "Rebels shell army base near Dolor", "2 November 2020",
     "shelled an army base near Dolor on Sunday", "scraper export (JSON / JSON Lines)"),
    ("newsplease-talks-on-prisoner-release-open-in-amet", "Talks on prisoner release open in Amet", None,
     "opened talks on a prisoner exchange in Amet", "scraper export (JSON / JSON Lines)"),
    ("courier-governor-dismisses-police-chief-of-sit", "Governor dismisses police chief of Sit", "5 March 2021",
     "dismissed the provincial police chief on Thursday", "news feed entry (RSS / Atom)"),
    ("courier-election-commission-sets-date-for-vote", "Election commission sets date for vote", "6 March 2021",
     "the parliamentary election will be held in October", "news feed entry (RSS / Atom), the feed's summary only"),
    ("custom", "Curfew lifted in Sit after a week", "7 March 2021", "The curfew in Sit was lifted on Sunday.",
     "scraper export (JSON / JSON Lines)"),
    ("001-border-clash", "Army and rebels clash near the border", None,
     "Soldiers of the Freedonian army clashed with fighters", "scraped text file"),
])
def test_each_article_page_has_title_date_body_and_kind_of_source(project, article_id, title, published, body, kind):
    root = project[0]
    text = _text(_page(root, article_id))
    assert f"<h1 id=" in _page(root, article_id) and title in text
    assert (f"Published: {published}" in text) if published else ("Published: not stated in the text" in text)
    assert body in text
    assert f"Kind of source: {kind}" in text


def test_no_markup_from_pages_or_feeds_reaches_the_site(project):
    root = project[0]
    for article_id in ("ceasefire", "courier-governor-dismisses-police-chief-of-sit"):
        html = _page(root, article_id)
        assert "alert(" not in html and "document.write" not in html and "injected" not in html
    assert "Copyright" not in _text(_page(root, "ceasefire")) and "Most read" not in _text(_page(root, "ceasefire"))


def test_exports_of_the_mixed_site_validate(project):
    root = project[0]
    data = root / "site" / "data"
    entities = check_ftm((data / "entities.ftm.jsonl").read_text(encoding="utf-8"))
    assert {e["schema"] for e in entities} >= {"Organization", "Event", "Article", "Documentation", "Mention"}
    article = next(e for e in entities if e["id"] == "rs-article-ceasefire")
    assert article["properties"]["publishedAt"] == ["2021-03-04"]
    assert article["properties"]["publisher"] == ["The Example Courier"]
    package = check_datapackage(data)
    assert {r["path"] for r in package["resources"]} >= {"acled.csv", "entities.ftm.jsonl", "events.csv"}
    rows = list(csv.DictReader(io.StringIO((data / "acled.csv").read_text(encoding="utf-8"), newline="")))
    assert rows and all(r["disorder_type"] for r in rows)
    assert "statement_or_report" not in (data / "acled.csv").read_text(encoding="utf-8")


def test_a_bad_field_mapping_is_a_clear_error(tmp_path, monkeypatch):
    (tmp_path / "articles").mkdir()
    (tmp_path / "docs").mkdir()
    config = yaml_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))  # MkDocs' loader: `!ENV`
    config["plugins"] = ["search", {"reportsite": {"json_fields": {"headline": "h1"}}}]
    config.pop("nav", None)
    (tmp_path / "mkdocs.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["build", "--no-site", "--registry", "none"])
    assert result.exit_code == 1
    assert "mkdocs.yml: json_fields: unknown value 'headline' (known: title, text, date, url, outlet, author)" in (
        result.output)
    assert "Traceback" not in result.output
