"""render_site on the hand-built knowledge base: golden pages, links, escaping, determinism.

Regenerate the golden pages deliberately with `REPORTSITE_UPDATE_GOLDEN=1 pytest tests/test_render.py`
and review the diff.
"""
from __future__ import annotations

import dataclasses
import os
import posixpath
import re
from pathlib import Path

import pytest
import yaml

from generator.model import KnowledgeBase, Registry
from generator.render import render_site, templates_dir
from site_fixtures import REGISTRY, XSS_IMG, XSS_SCRIPT, knowledge_base, site_settings

GOLDEN = Path(__file__).resolve().parent / "fixtures" / "site"
UPDATE = os.environ.get("REPORTSITE_UPDATE_GOLDEN") == "1"
LINK = re.compile(r"\]\(([^)\s]+)\)")


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> dict[str, str]:
    return render_site(knowledge_base(), REGISTRY, site_settings(tmp_path_factory.mktemp("site")))


def _front_matter(text: str) -> dict:
    assert text.startswith("---\n")
    head, _, _ = text[4:].partition("\n---\n")
    return yaml.safe_load(head)


@pytest.mark.parametrize(
    ("path", "golden"),
    [
        ("actors/haqqani-network.md", "actor-haqqani-network.md"),
        ("events/2016-04-19-attack-kabul.md", "event-2016-04-19-attack-kabul.md"),
        ("articles/xss-test.md", "article-xss-test.md"),
    ],
    ids=["actor", "event", "article"],
)
def test_page_matches_golden(pages, path, golden):
    file = GOLDEN / golden
    if UPDATE:
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text(pages[path], encoding="utf-8")
    assert pages[path] == file.read_text(encoding="utf-8")


def test_page_set(pages):
    assert sorted(pages) == [
        "actors/haqqani-network.md",
        "actors/index.md",
        "actors/national-directorate-of-security.md",
        "actors/pakistan.md",
        "actors/taliban.md",
        "actors/tehrik-e-nafaz.md",
        "articles/index.md",
        "articles/kabul-attack-report.md",
        "articles/pentagon-report.md",
        "articles/xss-test.md",
        "events/2016-04-19-attack-kabul.md",
        "events/2016-06-armed-clash-torkham.md",
        "events/index.md",
        "events/undated-meeting-or-talks-tehrik-e-nafaz-pakistan.md",
        "index.md",
    ]


def test_every_link_resolves_to_a_generated_page(pages):
    checked = 0
    for path, text in pages.items():
        for target in LINK.findall(text):
            if target.startswith(("http://", "https://")):
                continue
            resolved = posixpath.normpath(posixpath.join(posixpath.dirname(path), target))
            assert resolved in pages, f"{path} links to missing {target}"
            checked += 1
    assert checked > 50


def test_render_is_deterministic(tmp_path):
    settings = site_settings(tmp_path)
    first = render_site(knowledge_base(), REGISTRY, settings)
    second = render_site(knowledge_base(), REGISTRY, settings)
    assert first == second
    assert list(first) == sorted(first)


def test_untrusted_text_is_escaped_everywhere(pages):
    for path, text in pages.items():
        assert "<script" not in text, path
        assert "<img" not in text, path
        assert "<b>" not in text and "<i>" not in text, path
        assert "javascript:" not in text.replace("(javascript:alert(1))", ""), path
    article = pages["articles/xss-test.md"]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in article
    assert "&lt;img src=x onerror=alert(1)&gt;" in article
    assert "found &#124; in a file" in article
    assert XSS_SCRIPT not in article and XSS_IMG not in article


def test_front_matter_titles_and_boosts(pages):
    assert _front_matter(pages["actors/haqqani-network.md"]) == {"title": "Haqqani Network", "search": {"boost": 2}}
    assert _front_matter(pages["events/2016-04-19-attack-kabul.md"])["search"] == {"boost": 1.5}
    assert _front_matter(pages["articles/xss-test.md"]) == {
        "title": "Script &lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; &amp; &quot;quotes&quot; | pipes",
        "search": {"boost": 0.5},
    }
    assert _front_matter(pages["index.md"]) == {"title": "Home"}


def test_aliases_are_in_the_actor_page_body(pages):
    body = pages["actors/haqqani-network.md"].split("\n---\n", 1)[1]
    assert "**Also called:** Haqqani network (1×) · Haqqanis (1×) · Haqqani group" in body


def test_actor_links_only_to_existing_pages(pages):
    nds = pages["actors/national-directorate-of-security.md"]
    assert "- **Part of:** Afghan government\n" in nds  # in the registry, but without a page
    assert "- **Country:** afghanistan\n" in nds  # unknown id: shown, not linked
    clash = pages["events/2016-06-armed-clash-torkham.md"]
    assert "- **Participants:** Afghan government, [Pakistan](../actors/pakistan.md)\n" in clash


def test_discovered_actor_is_marked(pages):
    assert '!!! note "Discovered actor"' in pages["actors/tehrik-e-nafaz.md"]
    assert "Discovered actor" not in pages["actors/pakistan.md"]
    assert "| [Tehrik-e-Nafaz](tehrik-e-nafaz.md) (discovered) | 1 | 1 | 1 |" in pages["actors/index.md"]


def test_home_counts_period_and_rankings(pages):
    home = pages["index.md"]
    assert "3 news articles. It describes\n5 actors and 3 events, from 19 April 2016 to June–July 2016 (1 event without a date)." in home
    active = re.findall(r"^\| \[([^\]]+)\]\(actors/", home, re.M)
    assert active == ["Pakistan", "Haqqani Network", "National Directorate of Security", "Tehrik-e-Nafaz", "Taliban"]
    latest = re.findall(r"^\| ([^|]+) \| \[", home, re.M)
    assert latest[:2] == ["June–July 2016", "19 April 2016"]


def test_events_index_groups_by_year_and_month_with_undated_last(pages):
    text = pages["events/index.md"]
    headings = re.findall(r"^#+ .*$", text, re.M)
    assert headings == ["# Events", "## 2016", "### April 2016", "### June 2016", "## Undated"]


def test_articles_index_orders_by_date_unknown_last(pages):
    rows = re.findall(r"^\| ([^|]+) \| \[[^\]]*\]\(([^)]+)\)", pages["articles/index.md"], re.M)
    assert rows == [
        ("20 April 2016", "kabul-attack-report.md"),
        ("January 2017", "xss-test.md"),
        ("not stated", "pentagon-report.md"),
    ]


def test_article_links_first_mention_per_paragraph(pages):
    text = pages["articles/kabul-attack-report.md"]
    assert ("Officials said the [Haqqanis](../actors/haqqani-network.md) had planned the attack for weeks. "
            "The [Taliban](../actors/taliban.md) denied any role.") in text
    pentagon = pages["articles/pentagon-report.md"]
    assert "- **Published:** not stated in the text\n" in pentagon
    assert "- **Retrieved:** 29 March 2024" in pentagon


def test_event_disagreement_lists_both_figures(pages):
    text = pages["events/2016-04-19-attack-kabul.md"]
    assert '!!! warning "Sources disagree"' in text
    assert "Killed: 28 ([" in text and "; at least 64 ([" in text
    assert "Sources disagree" not in pages["events/2016-06-armed-clash-torkham.md"]


def test_offsets_that_do_not_match_the_text_are_not_linked(tmp_path):
    kb = knowledge_base()
    shifted = tuple(dataclasses.replace(m, start=m.start + 1, end=m.end + 1) if m.article_id == "kabul-attack-report"
                    else m for m in kb.mentions)
    pages = render_site(dataclasses.replace(kb, mentions=shifted), REGISTRY, site_settings(tmp_path))
    text = pages["articles/kabul-attack-report.md"].split("## Text", 1)[1].split("## Events", 1)[0]
    assert "](../actors/" not in text
    assert "The Haqqani Network attacked" in text


def test_empty_knowledge_base_renders_index_pages(tmp_path):
    pages = render_site(KnowledgeBase((), (), (), ()), Registry(), site_settings(tmp_path))
    assert sorted(pages) == ["actors/index.md", "articles/index.md", "events/index.md", "index.md"]
    assert "No events yet." in pages["events/index.md"]
    assert "No dated events yet." in pages["index.md"]


def test_custom_template_folder_and_owned_dirs(tmp_path):
    folder = tmp_path / "templates"
    folder.mkdir()
    for template in templates_dir().rglob("*.j2"):
        target = folder / template.relative_to(templates_dir())
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(template.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "actor.md.j2").write_text("custom {{ page.title | md }}\n", encoding="utf-8")
    settings = dataclasses.replace(site_settings(tmp_path), templates=folder, actors_dir="who")
    pages = render_site(knowledge_base(), REGISTRY, settings)
    assert pages["who/taliban.md"] == "custom Taliban\n"
    assert "[Haqqani Network](../who/haqqani-network.md)" in pages["articles/kabul-attack-report.md"]


def test_bundled_templates_exist():
    names = sorted(p.relative_to(templates_dir()).as_posix() for p in templates_dir().rglob("*.j2"))
    assert names == [
        "actor.md.j2", "actors_index.md.j2", "article.md.j2", "articles_index.md.j2", "event.md.j2",
        "events_index.md.j2", "home.md.j2", "partials/front_matter.md.j2", "partials/tables.md.j2",
    ]


def test_every_context_field_reaches_its_template():
    from generator.render import TEMPLATES

    for context, name in TEMPLATES.items():
        text = (templates_dir() / name).read_text(encoding="utf-8")
        unused = [f.name for f in dataclasses.fields(context) if f"page.{f.name}" not in text]
        assert unused == [], f"{name} ignores {unused}"
