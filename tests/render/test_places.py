"""Place pages, the map of events (inline SVG from Natural Earth shapes) and the events GeoJSON."""
from __future__ import annotations

import dataclasses
import json
import re
import xml.etree.ElementTree as ET

import pytest

from generator.render.geo import locate, place_kind
from generator.render.map_svg import page_url
from generator.render.site import render_site
from tests.site_fixtures import ATTACK, REGISTRY, knowledge_base, site_settings

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> dict[str, str]:
    return render_site(knowledge_base(), REGISTRY, site_settings(tmp_path_factory.mktemp("places")))


def _svg(text: str) -> ET.Element:
    found = re.search(r"<svg .*?</svg>", text, re.S)
    assert found, "no map"
    return ET.fromstring(found.group(0))


def test_places_come_from_the_gazetteer_and_natural_earth():
    kabul = locate("Kabul")
    assert (kabul.kind, round(kabul.latitude), round(kabul.longitude)) == ("city", 35, 69)
    pakistan = locate("Pakistan")  # a country: a point inside its Natural Earth shape
    assert pakistan.kind == "country" and 24 < pakistan.latitude < 37 and 61 < pakistan.longitude < 77
    assert locate("Torkham") is None and locate("") is None
    assert [place_kind(p) for p in ("Pakistan", "Nangarhar", "Kabul", "Torkham")] == [
        "country", "province", "city", "place"]


def test_a_page_per_place_with_its_events_and_actors(pages):
    kabul = pages["events/places/kabul.md"]
    assert "- **Kind of place:** City or town\n- **Country:** Afghanistan\n" in kabul
    assert "| [Haqqani Network attack on the NDS in Kabul](../2016-04-19-attack-kabul.md) |" in kabul
    assert "| [Haqqani Network](../../actors/haqqani-network.md) | 1 |" in kabul
    torkham = pages["events/places/torkham.md"]
    assert "not known to the offline gazetteer, so not on the map" in torkham and "<svg" not in torkham
    index = pages["events/places/index.md"]
    assert re.findall(r"^\| \[([^\]]+)\]", index, re.M) == ["Kabul", "Peshawar", "Torkham"]
    event = pages["events/2016-04-19-attack-kabul.md"]
    assert "- **Place:** [Kabul](places/kabul.md)\n" in event


def test_map_has_one_linked_dot_per_placed_event(pages):
    svg = _svg(pages["index.md"])
    dots = svg.findall(f".//{SVG}a")
    assert [d.get("href") for d in dots] == ["events/2016-04-19-attack-kabul/",
                                            "events/undated-meeting-or-talks-tehrik-e-nafaz-pakistan/"]
    assert all(d.find(f"{SVG}circle") is not None for d in dots)
    assert len(svg.findall(f".//{SVG}path")) >= 2  # country shapes
    labels = [t.text for t in svg.iter(f"{SVG}text")]
    assert "Afghanistan" in labels and "Pakistan" in labels
    actor = _svg(pages["actors/haqqani-network.md"])
    assert [d.get("href") for d in actor.findall(f".//{SVG}a")] == ["../../events/2016-04-19-attack-kabul/"]


def test_events_at_one_place_get_dots_of_their_own(tmp_path):
    kb = knowledge_base()
    twin = dataclasses.replace(ATTACK, id="2016-04-20-attack-kabul", title="Second attack in Kabul")
    pages = render_site(dataclasses.replace(kb, events=(ATTACK, twin, *kb.events[1:])), REGISTRY,
                        site_settings(tmp_path))
    circles = _svg(pages["events/places/kabul.md"]).findall(f".//{SVG}circle")
    assert len(circles) == 2
    assert {(c.get("cx"), c.get("cy")) for c in circles}.__len__() == 2  # side by side, both clickable


def test_map_text_is_escaped(tmp_path):
    kb = knowledge_base()
    hostile = dataclasses.replace(ATTACK, title='<script>alert(1)</script> "x"')
    pages = render_site(dataclasses.replace(kb, events=(hostile, *kb.events[1:])), REGISTRY, site_settings(tmp_path))
    svg = _svg(pages["index.md"])  # parses: nothing broke out of its attribute or element
    assert svg.find(f".//{SVG}a").get("aria-label").startswith('<script>alert(1)</script> "x"')
    assert "<script>" not in pages["index.md"]


def test_page_url_is_relative_to_the_built_page():
    assert page_url("events/x.md", "index.md") == "events/x/"
    assert page_url("events/x.md", "events/places/kabul.md") == "../../x/"
    assert page_url("events/places/index.md", "actors/a.md") == "../../events/places/"


def test_events_geojson_has_a_point_per_placed_event(pages):
    data = json.loads(pages["data/events.geojson"])
    assert data["type"] == "FeatureCollection"
    assert [f["id"] for f in data["features"]] == ["2016-04-19-attack-kabul",
                                                  "undated-meeting-or-talks-tehrik-e-nafaz-pakistan"]
    kabul = data["features"][0]
    assert kabul["geometry"] == {"type": "Point", "coordinates": [69.17233, 34.52813]}
    assert kabul["properties"]["located"] == "city" and kabul["properties"]["articles"] == 2
    assert "[events.geojson](events.geojson)" in pages["data/index.md"]
