"""A real `mkdocs build --strict` of the rendered fixture site with the repository's mkdocs.yml.

The `reportsite` plugin entry is removed from the copied config: the pages are rendered and
written here, so the build checks the templates' Markdown, links and nav, and the escaping of
the hostile article, in the HTML MkDocs Material really produces.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generator.render import render_site
from generator.write import write_site
from site_fixtures import REGISTRY, knowledge_base, site_settings

REPO = Path(__file__).resolve().parents[1]
HAND_WRITTEN = ("about.md", "methodology.md", "stylesheets")


def _config_without_plugin() -> dict:
    config = yaml.safe_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    config["plugins"] = [p for p in config["plugins"] if not (isinstance(p, dict) and "reportsite" in p)]
    return config


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("project")
    settings = site_settings(root)
    settings.docs_dir.mkdir()
    for name in HAND_WRITTEN:
        source = REPO / "docs" / name
        if source.is_dir():
            shutil.copytree(source, settings.docs_dir / name)
        else:
            shutil.copy(source, settings.docs_dir / name)
    write_site(render_site(knowledge_base(), REGISTRY, settings), settings)
    (root / "mkdocs.yml").write_text(yaml.safe_dump(_config_without_plugin(), allow_unicode=True), encoding="utf-8")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(root / "mkdocs.yml"), "-d", str(root / "site")],
        capture_output=True, text=True, env=env, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr, result.stderr
    return root / "site"


def test_repo_config_is_as_specified():
    config = yaml.safe_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    assert config["theme"]["name"] == "material"
    assert config["theme"]["font"] is False
    assert [list(item)[0] for item in config["nav"]] == ["Home", "Actors", "Events", "Articles", "Methodology", "About"]
    assert {"search", "reportsite"} <= {p if isinstance(p, str) else next(iter(p)) for p in config["plugins"]}


def test_every_page_is_built(built):
    for page in ["index.html", "actors/haqqani-network/index.html", "events/2016-04-19-attack-kabul/index.html",
                 "articles/xss-test/index.html", "methodology/index.html", "about/index.html"]:
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
