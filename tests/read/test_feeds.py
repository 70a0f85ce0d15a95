"""Saved RSS / Atom feeds: one article per entry, full text or the summary marked as such."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from generator.model import Problem
from generator.read.errors import ReadError
from generator.read.feeds import read_feed_articles

FORMATS = Path(__file__).parent.parent / "fixtures" / "formats"


def test_rss_entries_with_full_text_or_summary():
    raw = (FORMATS / "courier.rss").read_text(encoding="utf-8")
    full, summary, bad = read_feed_articles("courier.rss", raw)
    assert (full.id, full.path, full.format, full.body_line) == (
        "courier-governor-dismisses-police-chief-of-sit", "courier.rss#1", "feed", 8)
    assert full.paragraphs == ("The governor of Sit province dismissed the provincial police chief on Thursday "
                               "after a string of attacks on checkpoints.",
                               "A new chief will be named within a week, the governor's office said.")
    assert not full.excerpt
    assert (full.outlet, full.byline, full.url) == (
        "The Example Courier", "Ann Other", "https://courier.example.org/2021/03/05/police-chief-dismissed")
    assert (full.published.start, full.published.basis) == (dt.date(2021, 3, 5), "metadata")
    assert summary.excerpt
    assert summary.paragraphs == ("The election commission of Freedonia said on Saturday that the parliamentary "
                                  "election will be held in October.",)
    assert summary.published.start == dt.date(2021, 3, 6)
    assert bad == Problem("courier.rss", 22, "entry 3: no title and no text")


ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Valley Monitor</title>
  <updated>2021-04-02T10:00:00Z</updated>
  <entry>
    <title>Roads reopen after floods</title>
    <link href="https://monitor.example.org/roads"/>
    <published>2021-04-01T08:00:00Z</published>
    <updated>2021-04-02T10:00:00Z</updated>
    <content type="html">&lt;p&gt;The main roads of the valley reopened on Thursday.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Only updated</title>
    <updated>2021-04-02T10:00:00Z</updated>
    <summary>An entry with an update time and no publication date.</summary>
  </entry>
</feed>
"""


def test_atom_published_date_is_used_and_an_update_time_never_is():
    roads, updated = read_feed_articles("monitor.atom", ATOM)
    assert (roads.title, roads.outlet, roads.published.iso(), roads.url) == (
        "Roads reopen after floods", "Valley Monitor", "2021-04-01", "https://monitor.example.org/roads")
    assert roads.paragraphs == ("The main roads of the valley reopened on Thursday.",)
    assert updated.published is None and updated.excerpt
    assert (roads.body_line, updated.body_line) == (5, 12)


def test_not_a_feed_is_a_read_error():
    with pytest.raises(ReadError) as err:
        read_feed_articles("notes.xml", "<notes><note>buy milk</note></notes>\n")
    assert err.value.message in ("not an RSS or Atom feed", "feed without entries")


def test_publication_day_is_the_day_in_the_feeds_own_zone():
    raw = ("<rss version='2.0'><channel><title>Night Desk</title><item><title>Late vote count</title>"
           "<pubDate>Fri, 05 Mar 2021 23:30:00 -0500</pubDate>"
           "<description>Counting went on late into the night in the capital.</description></item></channel></rss>")
    [article] = read_feed_articles("night.rss", raw)
    assert article.published.iso() == "2021-03-05"  # 04:30 UTC on the 6th


def test_an_untitled_item_is_titled_by_its_first_words():
    raw = ("<rss version='2.0'><channel><title>Notes</title><item><link>https://notes.example.org/1</link>"
           "<description>Police closed the northern bridge after a bomb threat on Monday. It reopened at noon."
           "</description></item></channel></rss>")
    [article] = read_feed_articles("notes.rss", raw)
    assert article.title == "Police closed the northern bridge after a bomb threat on Monday."
    assert article.id == "notes-police-closed-the-northern-bridge-after-a-bomb"
    assert article.paragraphs == ("Police closed the northern bridge after a bomb threat on Monday. It reopened at noon.",)


def test_a_one_line_untitled_item_keeps_its_line_as_title_and_text():
    raw = ("<rss version='2.0'><channel><title>Notes</title><item>"
           "<description>Curfew lifted in the capital.</description></item></channel></rss>")
    [article] = read_feed_articles("notes.rss", raw)
    assert (article.title, article.paragraphs) == ("Curfew lifted in the capital.", ("Curfew lifted in the capital.",))


def test_external_entities_are_never_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET-4711", encoding="utf-8")
    raw = (f'<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM "{secret.as_uri()}">]>\n'
           '<rss version="2.0"><channel><title>T</title><item><title>Entity &x; test</title>'
           "<description>Body &x; here, and more words.</description></item></channel></rss>\n")
    [article] = read_feed_articles("x.rss", raw)
    assert "TOPSECRET" not in article.title + " ".join(article.paragraphs)
