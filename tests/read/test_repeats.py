"""The same article saved twice is read once: the full text over a feed's summary."""
from __future__ import annotations

from pathlib import Path

from generator.read.articles import read_articles
from generator.read.repeats import url_key

ITEM = "<item><title>{title}</title><link>{link}</link><description>{text}</description>{full}</item>"
FULL = "<content:encoded><![CDATA[<p>{text}</p>]]></content:encoded>"


def feed(*items: str) -> str:
    return ("<?xml version='1.0'?>\n<rss version='2.0' xmlns:content='http://purl.org/rss/1.0/modules/content/'>"
            "<channel><title>Desk</title>\n" + "\n".join(items) + "\n</channel></rss>\n")


def test_a_later_copy_of_the_same_url_is_dropped_with_its_line(tmp_path):
    text = "The council met on Monday to discuss the budget for the coming year."
    (tmp_path / "a-monday.rss").write_text(feed(
        ITEM.format(title="Council meets", link="https://desk.example.org/council", text=text, full="")), "utf-8")
    (tmp_path / "b-tuesday.rss").write_text(feed(
        ITEM.format(title="Budget talks", link="https://desk.example.org/budget", text="Talks on the budget.", full=""),
        ITEM.format(title="Council meets", link="http://www.desk.example.org/council/", text=text,
                    full=FULL.format(text=text + " It will meet again on Friday."))), "utf-8")
    articles, problems = read_articles(tmp_path)
    council = [a for a in articles if a.title == "Council meets"]
    assert len(articles) == 2 and len(council) == 1
    assert council[0].path == "b-tuesday.rss#2" and not council[0].excerpt  # the full text wins
    [problem] = problems
    assert problem.path.endswith("a-monday.rss") and problem.line == 3
    assert problem.message == ("entry 1: the same article (URL https://desk.example.org/council) as "
                               "b-tuesday.rss#2: read once")


def test_url_key_ignores_scheme_www_slash_and_fragment_but_not_the_query():
    assert url_key("https://www.Example.org/a/?id=1#top") == url_key("http://example.org/a?id=1") == "example.org/a?id=1"
    assert url_key("https://example.org/a?id=2") != url_key("https://example.org/a?id=1")
    assert url_key("javascript:alert(1)") is None and url_key(None) is None


def test_two_entries_with_one_title_get_suffixed_ids_and_a_message_at_the_entry(tmp_path):
    (tmp_path / "live.rss").write_text(feed(
        ITEM.format(title="Live updates", link="https://desk.example.org/live-1", text="Morning: roads closed.", full=""),
        ITEM.format(title="Live updates", link="https://desk.example.org/live-2", text="Evening: roads open.", full="")),
        "utf-8")
    articles, problems = read_articles(tmp_path)
    assert [(a.id, a.path) for a in articles] == [("live-live-updates", "live.rss#1"), ("live-live-updates-2", "live.rss#2")]
    assert [(p.line, p.message) for p in problems] == [
        (4, "duplicate id 'live-live-updates' (also live.rss#1): using 'live-live-updates-2'; change the title to choose")]
