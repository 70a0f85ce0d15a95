"""Relation diagram nodes link to the related actors' pages (only those that have one)."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from generator.render.site import render_site
from tests.site_fixtures import REGISTRY, knowledge_base, site_settings

SVG = "{http://www.w3.org/2000/svg}"


def test_relation_diagram_nodes_are_links_to_actor_pages(tmp_path):
    pages = render_site(knowledge_base(), REGISTRY, site_settings(tmp_path))
    text = pages["actors/haqqani-network.md"]
    start = text.index('<figure class="rs-graph"')
    svg = ET.fromstring(re.search(r"<svg .*?</svg>", text[start:], re.S).group(0))
    assert svg.get("role") == "group"  # links inside: not an image
    links = {a.get("aria-label"): a.get("href") for a in svg.iter(f"{SVG}a")}
    assert links == {"National Directorate of Security": "../national-directorate-of-security/"}
    pakistan = pages["actors/pakistan.md"]  # the Afghan government has no page: drawn, not linked
    start = pakistan.index('<figure class="rs-graph"')
    svg = ET.fromstring(re.search(r"<svg .*?</svg>", pakistan[start:], re.S).group(0))
    labels = " ".join("".join(t.itertext()) for t in svg.iter(f"{SVG}text"))
    linked = {a.get("aria-label") for a in svg.iter(f"{SVG}a")}
    assert "Afghan government" in labels and "Afghan government" not in linked
    assert "Tehrik-e-Nafaz" in linked
