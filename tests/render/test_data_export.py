"""Data downloads: events/actors/articles JSON, events and mentions CSV, their documentation page."""
from __future__ import annotations

import csv
import dataclasses
import io
import json

import pytest

from generator.model import Casualties
from generator.render.data_export import EVENT_COLUMNS, MENTION_COLUMNS
from generator.render.site import render_site
from tests.site_fixtures import REGISTRY, XSS_SCRIPT, knowledge_base, site_settings


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> dict[str, str]:
    return render_site(knowledge_base(), REGISTRY, site_settings(tmp_path_factory.mktemp("data")))


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_events_csv_has_the_documented_columns_and_values(pages):
    text = pages["data/events.csv"]
    assert text.splitlines()[0] == (
        "id,title,date,precision,type,place,latitude,longitude,participants,sources,killed,wounded,"
        "articles,claimed_by,blamed,cited_sources,representatives"
    )
    assert [c.name for c in EVENT_COLUMNS] == text.splitlines()[0].split(",")
    rows = _rows(text)
    assert rows[0] == {
        "id": "2016-04-19-attack-kabul", "title": "Haqqani Network attack on the NDS in Kabul", "date": "2016-04-19", "precision": "day", "type": "attack",
        "place": "Kabul", "latitude": "34.52813", "longitude": "69.17233",
        "participants": "haqqani-network:initiator;national-directorate-of-security:target",
        "sources": "kabul-attack-report;pentagon-report", "killed": "28;at least 64", "wounded": "",
        "articles": "2",  # three reporting sentences, two articles
        "claimed_by": "", "blamed": "pakistan:haqqani-network", "cited_sources": "taliban", "representatives": "",
    }
    assert rows[1]["date"] == "2016-06/2016-07" and rows[1]["precision"] == "range"
    assert rows[1]["latitude"] == rows[1]["longitude"] == ""  # Torkham: not in the offline gazetteer
    assert rows[2]["date"] == rows[2]["precision"] == ""  # undated, listed last
    assert [r["id"] for r in rows] == [e.id for e in knowledge_base().events]


def test_mentions_csv_lists_every_mention_with_offsets_into_the_sentence(pages):
    rows = _rows(pages["data/mentions.csv"])
    kb = knowledge_base()
    assert [c.name for c in MENTION_COLUMNS] == list(rows[0])
    assert len(rows) == len(kb.mentions)
    sentences = {(x.article_id, s.index): s.text for x in kb.extractions for s in x.sentences}
    for row in rows:
        sentence = sentences[(row["article_id"], int(row["sentence"]))]
        assert sentence[int(row["start"]):int(row["end"])] == row["text"]
    assert {"article_id": "pentagon-report", "sentence": "1", "start": "42", "end": "45", "text": "NDS",
            "actor_id": "national-directorate-of-security"} in rows


def test_json_files_are_sorted_and_keep_text_exactly(pages):
    actors = json.loads(pages["data/actors.json"])
    assert [a["id"] for a in actors] == sorted(a["id"] for a in actors)
    haqqani = next(a for a in actors if a["id"] == "haqqani-network")
    assert haqqani["aliases"] == ["Haqqani group", "Haqqani network", "Haqqanis"]
    assert haqqani["description"] == "An insurgent group <b>allied</b> with the Taliban."  # data, not HTML
    assert (haqqani["mentions"], haqqani["articles"], haqqani["events"], haqqani["curated"]) == (4, 2, 1, True)
    events = json.loads(pages["data/events.json"])
    attack = events[0]
    assert attack["date"]["iso"] == "2016-04-19" and attack["date"]["precision"] == "day"
    assert [s["killed"] for s in attack["sources"]] == ["28", None, "at least 64"]
    assert attack["articles"] == 2 and attack["sources"][1]["blamed_by"] == "pakistan"
    assert (attack["sources"][1]["blamed_on"], attack["sources"][1]["source"]) == ("haqqani-network", "taliban")
    articles = json.loads(pages["data/articles.json"])
    xss = next(a for a in articles if a["id"] == "xss-test")
    assert xss["title"].startswith("Script <script>") and xss["published"]["iso"] == "2017-01"
    for name in ("actors.json", "events.json", "articles.json"):
        text = pages[f"data/{name}"]
        assert text == json.dumps(json.loads(text), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def test_files_are_deterministic_with_unix_line_endings(tmp_path):
    first = render_site(knowledge_base(), REGISTRY, site_settings(tmp_path))
    second = render_site(knowledge_base(), REGISTRY, site_settings(tmp_path))
    for name in ("actors.json", "articles.json", "events.csv", "events.json", "mentions.csv"):
        text = first[f"data/{name}"]
        assert text == second[f"data/{name}"]
        assert "\r" not in text and text.endswith("\n")


def test_csv_guards_against_formulas_but_json_does_not(tmp_path):
    kb = knowledge_base()
    attack = kb.events[0]
    source = dataclasses.replace(attack.sources[0], casualties=Casualties(killed="=HYPERLINK(1)"))
    event = dataclasses.replace(attack, place="@SUM(A1)", sources=(source,))
    pages = render_site(dataclasses.replace(kb, events=(event, *kb.events[1:])), REGISTRY, site_settings(tmp_path))
    row = _rows(pages["data/events.csv"])[0]
    assert row["place"] == "'@SUM(A1)" and row["killed"] == "'=HYPERLINK(1)"
    assert json.loads(pages["data/events.json"])[0]["place"] == "@SUM(A1)"


def test_hostile_text_is_quoted_not_broken(tmp_path):
    kb = knowledge_base()
    event = dataclasses.replace(kb.events[0], place=f'Kabul, "north"\n{XSS_SCRIPT}')
    pages = render_site(dataclasses.replace(kb, events=(event, *kb.events[1:])), REGISTRY, site_settings(tmp_path))
    rows = _rows(pages["data/events.csv"])
    assert len(rows) == 3 and rows[0]["place"] == f'Kabul, "north"\n{XSS_SCRIPT}'


def test_downloads_page_documents_every_column_and_links_every_file(pages):
    text = pages["data/index.md"]
    for column in (*EVENT_COLUMNS, *MENTION_COLUMNS):
        assert f"| `{column.name}` |" in text, column.name
    for name in ("events.csv", "events.json", "actors.json", "mentions.csv", "articles.json"):
        assert f"[Download {name}]({name})" in text
    assert "(3 rows)" in text and "(14 rows)" in text and "(5 entries)" in text
