"""A real `mkdocs build --strict` of the rendered fixture site with the repository's mkdocs.yml.

The `reportsite` plugin entry is removed from the copied config: the pages are rendered and
written here, so the build checks the templates' Markdown, links and nav, and the escaping of
the hostile article, in the HTML MkDocs Material really produces.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from mkdocs.utils.yaml import yaml_load

from tests.site_fixtures import build_site

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    site, stderr = build_site(tmp_path_factory.mktemp("project"))
    assert "WARNING" not in stderr, stderr
    return site


def test_repo_config_is_as_specified():
    config = yaml_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))  # MkDocs' loader: `!ENV`
    assert config["theme"]["name"] == "material"
    assert config["theme"]["font"] is False
    assert [list(item)[0] for item in config["nav"]] == [
        "Home", "Actors", "Events", "Articles", "Data", "Methodology", "About",
    ]
    assert config["nav"][2]["Events"] == [{"Chronology": "events/index.md"}, {"Timeline": "events/timeline.md"},
                                          {"Places": "events/places/index.md"}]
    assert config["extra_javascript"] == ["javascripts/chronology-filter.js"]
    for asset in config["extra_css"] + config["extra_javascript"]:
        assert (REPO / "docs" / asset).is_file(), asset
    assert {"search", "reportsite"} <= {p if isinstance(p, str) else next(iter(p)) for p in config["plugins"]}


def test_every_page_is_built(built):
    for page in ["index.html", "actors/haqqani-network/index.html", "events/2016-04-19-attack-kabul/index.html",
                 "articles/xss-test/index.html", "methodology/index.html", "about/index.html",
                 "events/timeline/index.html", "data/index.html", "data/events.csv", "data/events.json",
                 "data/actors.json", "data/mentions.csv", "javascripts/chronology-filter.js"]:
        assert (built / page).is_file(), page


def test_hostile_article_is_shown_not_run(built):
    html = (built / "articles" / "xss-test" / "index.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert "onclick=" not in html.replace("onclick=alert(1)&#125;", "").replace("onclick=alert(1)}", "")
    assert 'href="javascript:' not in html
    assert "<title>Script &lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt;" in html
    assert "<em>bold</em>" not in html and "<code>code</code>" not in html
    assert "<h1" in html and html.count("<h1") == 1  # '# Not a heading' stays a paragraph


def test_search_index_carries_no_markup_from_articles(built):
    index = json.loads((built / "search" / "search_index.json").read_text(encoding="utf-8"))
    text = json.dumps(index)
    assert "<script>alert" not in text and "<img src=x" not in text
    aliases = [d for d in index["docs"] if d["location"].startswith("actors/haqqani-network/")]
    assert any("Haqqanis" in d["text"] for d in aliases)


def test_entity_links_resolve_in_html(built):
    html = (built / "actors" / "haqqani-network" / "index.html").read_text(encoding="utf-8")
    hrefs = set(re.findall(r'href="(\.\./[^"#]+)"', html))
    assert "../../events/2016-04-19-attack-kabul/" in hrefs
    base = built / "actors" / "haqqani-network"
    for href in hrefs:
        assert (base / href / "index.html").resolve().is_file() or (base / href).resolve().is_file(), href


def _index(built: Path) -> list[dict]:
    return json.loads((built / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]


def test_search_finds_actors_by_alias_and_boosts_entity_pages(built):
    docs = _index(built)
    home = [d for d in docs if d["location"] == "actors/haqqani-network/"]
    assert len(home) == 1 and home[0]["boost"] == 2
    assert "Haqqanis" in home[0]["text"] and "Haqqani group" in home[0]["text"]
    assert home[0]["tags"] == ["Haqqani Network", "group", "Haqqanis"]  # the most weighted field: each word once
    nds = [d for d in docs if d["location"] == "actors/national-directorate-of-security/"]
    assert "NDS" in nds[0]["text"]
    assert {d.get("boost") for d in docs if d["location"].startswith("events/2016-04-19-attack-kabul/")} == {1.5}
    assert {d.get("boost") for d in docs if d["location"].startswith("articles/kabul-attack-report/")} == {0.5}


def test_search_index_leaves_out_article_bodies_and_duplicate_tables(built):
    docs = _index(built)
    article = " ".join(d["text"] for d in docs if d["location"].startswith("articles/kabul-attack-report/"))
    assert "The Haqqani Network attacked a National Directorate" in article  # the lead paragraph stays
    assert "denied any role" not in article  # the rest of the body does not
    assert "Taliban (1 mention)" not in article  # nor the list of actors
    actor = " ".join(d["text"] for d in docs if d["location"].startswith("actors/haqqani-network/"))
    assert "Pentagon told the US Congress" not in actor  # snippets of the articles that mention it
    assert "<svg" not in actor and "Arrows point" not in actor  # the diagram
    html = (built / "articles" / "kabul-attack-report" / "index.html").read_text(encoding="utf-8")
    assert "denied any role" in html  # excluded from search, not from the page


def test_sitemap_lists_every_page_under_site_url(built):
    sitemap = (built / "sitemap.xml").read_text(encoding="utf-8")
    locations = re.findall(r"<loc>([^<]+)</loc>", sitemap)
    assert "https://reportsite.example.org/actors/haqqani-network/" in locations
    assert len(locations) == len(list(built.rglob("index.html")))  # every page
    html = (built / "events" / "2016-04-19-attack-kabul" / "index.html").read_text(encoding="utf-8")
    assert '<meta name="description" content="Attack by Haqqani Network targeting National Directorate' in html


def test_site_requests_nothing_from_other_hosts(built):
    external = re.compile(r"""(?:src|href)=["'](?:https?:)?//(?!127\.0\.0\.1)""", re.I)
    for page in built.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        found = [m.group(0) for m in external.finditer(html)]
        # only links a reader clicks (<a href>) may leave the site, never assets
        assets = re.findall(r"""<(?:script|link|img|iframe|source)[^>]+(?:src|href)=["'](?:https?:)?//[^"']+""", html, re.I)
        assets = [a for a in assets if not a.startswith('<link rel="canonical"')]  # the page's own address, no request
        assert assets == [], (page, assets)
        assert all(f.lower().startswith("href=") for f in found), (page, found)
    css = "".join(p.read_text(encoding="utf-8", errors="replace") for p in built.rglob("*.css"))
    assert "fonts.googleapis" not in css and "@import url(http" not in css


def test_chronology_rows_carry_filter_data_and_work_without_javascript(built):
    html = (built / "events" / "index.html").read_text(encoding="utf-8")
    assert '<form class="rs-filter" hidden' in html  # shown only by the script
    assert html.count('<span class="rs-row"') == 3
    assert 'data-actors="haqqani-network national-directorate-of-security"' in html
    assert '<option value="haqqani-network">Haqqani Network (1)</option>' in html
    assert 'href="2016-04-19-attack-kabul/"' in html  # rows link to the events without JavaScript
    assert 'id="2016-04"' in html and 'id="undated"' in html
    assert 'src="../javascripts/chronology-filter.js"' in html


def test_diagrams_are_inline_svg_with_a_table(built):
    actor = (built / "actors" / "haqqani-network" / "index.html").read_text(encoding="utf-8")
    start = actor.index('<figure class="rs-graph"')
    figure = actor[start:actor.index("</figure>", start)]
    assert "<svg" in figure and "National Directorate of Security</text>" in figure
    assert "<table>" in actor[actor.index("</figure>", start):]
    timeline = (built / "events" / "timeline" / "index.html").read_text(encoding="utf-8")
    assert timeline.count('<figure class="rs-timeline"') == 1 and timeline.count("<table>") == 1
    assert 'href="../#2016-04"' in timeline  # month rows link to the chronology


def test_downloads_page_links_every_file(built):
    html = (built / "data" / "index.html").read_text(encoding="utf-8")
    for name in ("events.csv", "events.json", "actors.json", "mentions.csv", "articles.json"):
        assert f'href="../{name}"' in html or f'href="{name}"' in html, name
        assert (built / "data" / name).is_file(), name
    for column in ("id", "date", "precision", "type", "place", "latitude", "longitude", "participants",
                   "sources", "killed", "wounded", "article_id", "sentence", "start", "end", "text", "actor_id"):
        assert f"<code>{column}</code>" in html, column
