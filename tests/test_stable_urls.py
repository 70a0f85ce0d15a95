"""Stable URLs: a page keeps its URL when files are added elsewhere; a newcomer whose id is
taken gets `-2` and a warning; a page whose URL must change (an actor renamed, events merged)
redirects through mkdocs-redirects. The memory is the URL map next to mkdocs.yml."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import cli
from generator.model import Article, DateValue, Event, EventMention, KnowledgeBase
from generator.read.articles import read_articles
from generator.render.context import page_path
from generator.resolve.urls import UrlMap, UrlMapError, from_json, stable_urls, to_json

CORPUS = Path(__file__).resolve().parent / "fixtures" / "corpus"
REPO = Path(__file__).resolve().parents[1]
FOLDERS = {"actors": "actors", "articles": "articles", "events": "events"}


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_a_colliding_newcomer_gets_the_suffix_and_the_old_file_keeps_its_id(tmp_path):
    write(tmp_path / "c" / "report.txt", "Old Report\n\nKABUL - One.\n")
    first, problems = read_articles(tmp_path / "c")
    assert [(a.path, a.id) for a in first] == [("report.txt", "report")] and problems == ()
    write(tmp_path / "c" / "a" / "Report.txt", "New Report\n\nKABUL - Two.\n")  # walks first
    previous = {a.path: a.id for a in first}
    second, problems = read_articles(tmp_path / "c", previous_ids=previous)
    assert sorted((a.path, a.id) for a in second) == [("a/Report.txt", "report-2"), ("report.txt", "report")]
    assert [(Path(p.path).name, p.line) for p in problems] == [("Report.txt", 1)]
    assert "duplicate id 'report' (also report.txt): using 'report-2'" in problems[0].message
    # without the memory the newcomer would have taken the URL
    fresh, _ = read_articles(tmp_path / "c")
    assert {a.path: a.id for a in fresh}["a/Report.txt"] == "report"


def _day(day: int) -> DateValue:
    d = dt.date(2016, 6, day)
    return DateValue(d, d, "day", "explicit")


def _event(event_id: str, title: str, *sources: tuple[str, int]) -> Event:
    reports = tuple(EventMention(a, s, "attack", "attacked", "text") for a, s in sources)
    return Event(event_id, "attack", title, _day(14), None, (), reports)


def _kb(*events: Event) -> KnowledgeBase:
    ids = sorted({s.article_id for e in events for s in e.sources})
    articles = tuple(Article(i, f"{i}.txt", i, ("x",), "h") for i in ids)
    return KnowledgeBase(articles, (), (), events)


BASE = "2016-06-14-attack-in-chaman"


def test_an_event_keeps_its_url_when_a_same_titled_event_is_added():
    title = "Attack in Chaman"
    before = _kb(_event(BASE, title, ("b", 1)), _event(f"{BASE}-2", title, ("c", 4)))
    kb, urls, problems = stable_urls(before, UrlMap(), FOLDERS, page_path)
    assert [e.id for e in kb.events] == [BASE, f"{BASE}-2"] and problems == ()
    previous = from_json(to_json(urls))  # through the file's form
    # a new article "a" reports a third attack; resolution sorts it first and names it BASE
    after = _kb(_event(BASE, title, ("a", 0)), _event(f"{BASE}-2", title, ("b", 1)),
                _event(f"{BASE}-3", title, ("c", 4)))
    kb, urls, problems = stable_urls(after, previous, FOLDERS, page_path)
    assert {e.sources[0].article_id: e.id for e in kb.events} == {"b": BASE, "c": f"{BASE}-2", "a": f"{BASE}-3"}
    (problem,) = problems
    assert problem.path == "a.txt" and f"events/{BASE}.md stays with the event published there before" in problem.message
    assert urls.redirects == {}


def test_merged_events_redirect_the_page_that_went_away():
    title = "Attack in Chaman"
    before = _kb(_event(BASE, title, ("b", 1)), _event(f"{BASE}-2", title, ("c", 4)))
    _, urls, _ = stable_urls(before, UrlMap(), FOLDERS, page_path)
    merged = _kb(_event(BASE, title, ("b", 1), ("c", 4)))
    kb, urls, _ = stable_urls(merged, urls, FOLDERS, page_path)
    assert [e.id for e in kb.events] == [BASE]
    assert urls.redirects == {f"events/{BASE}-2.md": f"events/{BASE}.md"}
    # retitled later: the old redirect follows the event to its new page
    retitled = _kb(_event("2016-06-14-clash-in-chaman", "Clash in Chaman", ("b", 1), ("c", 4)))
    kb, urls, _ = stable_urls(retitled, urls, FOLDERS, page_path)
    assert urls.redirects == {f"events/{BASE}-2.md": "events/2016-06-14-clash-in-chaman.md",
                              f"events/{BASE}.md": "events/2016-06-14-clash-in-chaman.md"}


def test_the_map_is_deterministic_and_a_broken_one_names_its_line():
    kb = _kb(_event(BASE, "Attack in Chaman", ("b", 1)))
    first = to_json(stable_urls(kb, UrlMap(), FOLDERS, page_path)[1])
    again = to_json(stable_urls(kb, from_json(first), FOLDERS, page_path)[1])
    assert first == again
    with pytest.raises(UrlMapError) as err:
        from_json(first.replace('"version"', '"version" 1,', 1))
    assert err.value.line == first[: first.index('"version"')].count("\n") + 1


def test_build_keeps_article_urls_and_redirects_a_renamed_actor(project):
    result = CliRunner().invoke(cli, ["build"])
    assert result.exit_code == 0, result.output
    article_page = project / "docs" / "articles" / "01-chaman-clash.md"
    original = article_page.read_text(encoding="utf-8")
    assert (project / "site" / "actors" / "taliban" / "index.html").is_file()
    assert json.loads((project / "reportsite-urls.json").read_text())["articles"]["01_chaman-clash.txt"] == \
        "01-chaman-clash"

    # a new file whose slug collides, walked first; and the Taliban renamed in the registry
    write(project / "articles" / "0" / "01 Chaman Clash.txt",
          "Another Report on Chaman\n\nCHAMAN - Traders said the crossing reopened on Monday after talks.\n")
    registry = project / "actors.yml"
    registry.write_text(registry.read_text().replace(
        "  - name: Taliban\n", "  - name: Afghan Taliban\n    aliases: [Taliban]\n"), encoding="utf-8")
    result = CliRunner().invoke(cli, ["build"])
    assert result.exit_code == 0, result.output
    assert "duplicate id '01-chaman-clash' (also 01_chaman-clash.txt): using '01-chaman-clash-2'" in result.output
    assert article_page.read_text(encoding="utf-8") == original  # same URL, same page
    assert "Another Report on Chaman" in (project / "docs" / "articles" / "01-chaman-clash-2.md").read_text()

    assert (project / "site" / "actors" / "afghan-taliban" / "index.html").is_file()
    redirect = (project / "site" / "actors" / "taliban" / "index.html").read_text(encoding="utf-8")
    assert '<meta http-equiv="refresh" content="0; url=../afghan-taliban/">' in redirect
    urls = json.loads((project / "reportsite-urls.json").read_text())
    assert urls["redirects"] == {"actors/taliban.md": "actors/afghan-taliban.md"}

    # a file moved and renamed: its old page redirects to its new one
    (project / "articles" / "02_chaman-followup.txt").rename(project / "articles" / "0" / "followup.txt")
    result = CliRunner().invoke(cli, ["build"])
    assert result.exit_code == 0, result.output
    moved = (project / "site" / "articles" / "02-chaman-followup" / "index.html").read_text(encoding="utf-8")
    assert '<meta http-equiv="refresh" content="0; url=../followup/">' in moved
    urls = json.loads((project / "reportsite-urls.json").read_text())
    assert urls["redirects"]["articles/02-chaman-followup.md"] == "articles/followup.md"

    # a third build with nothing changed writes the same map and keeps the redirect
    before = (project / "reportsite-urls.json").read_bytes()
    result = CliRunner().invoke(cli, ["build"])
    assert result.exit_code == 0, result.output
    assert (project / "reportsite-urls.json").read_bytes() == before
    assert (project / "site" / "actors" / "taliban" / "index.html").is_file()
