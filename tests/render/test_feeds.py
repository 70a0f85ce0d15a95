"""Atom feeds of events (feedgen): newest first, per actor, deterministic, linked from the pages."""
from __future__ import annotations

import dataclasses
import posixpath
import xml.etree.ElementTree as ET

import pytest

from generator.render.site import render_site
from tests.site_fixtures import ATTACK, CLASH, REGISTRY, knowledge_base, site_settings

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> dict[str, str]:
    return render_site(knowledge_base(), REGISTRY, site_settings(tmp_path_factory.mktemp("feeds")))


def _entries(text: str) -> list[dict[str, str]]:
    root = ET.fromstring(text.encode("utf-8"))
    assert root.tag == f"{ATOM}feed"
    return [{"id": e.findtext(f"{ATOM}id"), "title": e.findtext(f"{ATOM}title"),
             "updated": e.findtext(f"{ATOM}updated"), "link": e.find(f"{ATOM}link").get("href"),
             "summary": e.findtext(f"{ATOM}summary")} for e in root.iter(f"{ATOM}entry")]


def test_events_feed_lists_dated_events_newest_first(pages):
    entries = _entries(pages["data/feeds/events.xml"])
    assert [e["title"] for e in entries] == [CLASH.title, ATTACK.title]  # the undated talks are left out
    assert entries[0]["updated"] == "2016-07-31T00:00:00+00:00" and entries[1]["updated"] == "2016-04-19T00:00:00+00:00"
    assert entries[1]["id"].endswith(":events/2016-04-19-attack-kabul")
    assert entries[1]["summary"] == ("Attack by Haqqani Network targeting National Directorate of Security in Kabul "
                                     "on 19 April 2016. Reported by 2 articles.")
    root = ET.fromstring(pages["data/feeds/events.xml"].encode())
    assert root.findtext(f"{ATOM}updated") == "2016-07-31T00:00:00+00:00"  # from the events, not the clock


def test_entry_links_resolve_to_event_pages(pages):
    for path in [p for p in pages if p.startswith("data/feeds/")]:
        for entry in _entries(pages[path]):
            target = posixpath.normpath(posixpath.join(posixpath.dirname(path), entry["link"]))
            assert target.endswith("/") is False and f"{target}.md" in pages, (path, entry["link"])


def test_each_actor_with_dated_events_has_a_feed_linked_from_its_page(pages):
    assert [e["title"] for e in _entries(pages["data/feeds/actor-pakistan.xml"])] == [CLASH.title]
    assert "[Atom feed of these events](../data/feeds/actor-pakistan.xml)" in pages["actors/pakistan.md"]
    assert "data/feeds/actor-tehrik-e-nafaz.xml" not in pages  # its only event is undated
    assert "Atom feed" not in pages["actors/tehrik-e-nafaz.md"]
    assert "[Atom feed of events](data/feeds/events.xml)" in pages["index.md"]


def test_feeds_are_deterministic_and_escape_titles(tmp_path):
    kb = knowledge_base()
    hostile = dataclasses.replace(ATTACK, title='Attack <script>alert(1)</script> & "more"')
    kb = dataclasses.replace(kb, events=(hostile, *kb.events[1:]))
    first = render_site(kb, REGISTRY, site_settings(tmp_path / "a"))
    second = render_site(kb, REGISTRY, site_settings(tmp_path / "b"))
    feeds = {p: t for p, t in first.items() if p.startswith("data/feeds/")}
    assert feeds == {p: t for p, t in second.items() if p.startswith("data/feeds/")}
    assert "<script>" not in feeds["data/feeds/events.xml"]
    assert _entries(feeds["data/feeds/events.xml"])[1]["title"] == 'Attack <script>alert(1)</script> & "more"'
