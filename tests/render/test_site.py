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

from generator.model import KnowledgeBase, Participant, Registry
from generator.render.site import render_site, templates_dir
from tests.site_fixtures import REGISTRY, XSS_IMG, XSS_SCRIPT, knowledge_base, site_settings

GOLDEN = Path(__file__).resolve().parent.parent / "fixtures" / "site"
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
        "data/acled.csv",
        "data/actors.json",
        "data/articles.json",
        "data/datapackage.json",
        "data/entities.ftm.jsonl",
        "data/events.csv",
        "data/events.geojson",
        "data/events.json",
        "data/feeds/actor-haqqani-network.xml",
        "data/feeds/actor-national-directorate-of-security.xml",
        "data/feeds/actor-pakistan.xml",
        "data/feeds/events.xml",
        "data/index.md",
        "data/mentions.csv",
        "events/2016-04-19-attack-kabul.md",
        "events/2016-06-armed-clash-torkham.md",
        "events/index.md",
        "events/places/index.md",
        "events/places/kabul.md",
        "events/places/peshawar.md",
        "events/places/torkham.md",
        "events/timeline.md",
        "events/undated-meeting-or-talks-tehrik-e-nafaz-pakistan.md",
        "index.md",
    ]


def _anchors(text: str) -> set[str]:
    """Heading ids: explicit `{ #id }` ones, else the slug of the heading (lower case, dashes);
    and the sentence anchors of an article page (`{s3{...}}` becomes `id="s3"`)."""
    ids = {f"s{n}" for n in re.findall(r"\{s(\d+)\{", text)}
    for heading in re.findall(r"^#+ (.+)$", text, re.M):
        explicit = re.search(r"\{ ?#([\w-]+) ?\}\s*$", heading)
        ids.add(explicit.group(1) if explicit else re.sub(r"[^\w\s-]", "", heading).strip().lower().replace(" ", "-"))
    return ids


def test_every_link_resolves_to_a_generated_page(pages):
    checked = anchored = 0
    for path, text in pages.items():
        if not path.endswith(".md"):
            continue
        for target in LINK.findall(text):
            if target.startswith(("http://", "https://")):
                continue
            file, _, anchor = target.partition("#")
            resolved = posixpath.normpath(posixpath.join(posixpath.dirname(path), file)) if file else path
            assert resolved in pages, f"{path} links to missing {target}"
            if anchor:
                assert anchor in _anchors(pages[resolved]), f"{path} links to missing anchor {target}"
                anchored += 1
            checked += 1
    assert checked > 50 and anchored >= 5
    assert "../articles/pentagon-report.md#s1" in pages["events/2016-04-19-attack-kabul.md"]


def test_render_is_deterministic(tmp_path):
    settings = site_settings(tmp_path)
    first = render_site(knowledge_base(), REGISTRY, settings)
    second = render_site(knowledge_base(), REGISTRY, settings)
    assert first == second
    assert list(first) == sorted(first)


def test_untrusted_text_is_escaped_everywhere(pages):
    for path, text in pages.items():
        if not path.endswith(".md"):
            continue  # data files keep the text exactly (see test_data_export.py)
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
    actor = _front_matter(pages["actors/haqqani-network.md"])
    assert actor.pop("description") == ("An insurgent group &lt;b&gt;allied&lt;/b&gt; with the Taliban. Named in 2 "
                                        "articles (19 April 2016 to 20 April 2016), 1 event with sources.")
    assert actor == {
        "title": "Haqqani Network", "search": {"boost": 2}, "tags": ["Haqqani Network", "group", "Haqqanis"],
    }
    assert _front_matter(pages["events/2016-04-19-attack-kabul.md"])["search"] == {"boost": 1.5}
    article = _front_matter(pages["articles/xss-test.md"])
    assert article.pop("description") == ("Source article (Example *Wire* &lt;b&gt;, January 2017): Pakistan said "
                                          "&lt;script&gt;alert(1)&lt;/script&gt; was found | in a file.")
    assert article == {
        "title": "Script &lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; &amp; &quot;quotes&quot; | pipes",
        "search": {"boost": 0.5},
    }
    assert _front_matter(pages["index.md"])["title"] == "Home"


def test_every_page_has_its_own_meta_description(pages):
    described = {p: _front_matter(t).get("description") for p, t in pages.items() if p.endswith(".md")}
    assert all(described.values()), [p for p, d in described.items() if not d]
    assert len(set(described.values())) == len(described)  # no two pages share one
    assert described["events/2016-04-19-attack-kabul.md"] == (
        "Attack by Haqqani Network targeting National Directorate of Security in Kabul on 19 April 2016. "
        "Reported by 2 articles.")
    assert "&lt;script&gt;" in described["articles/xss-test.md"] and "<script" not in described["articles/xss-test.md"]


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
    latest = re.findall(r"^\| ([^|]+) \| \[", home.split("## Latest events", 1)[1], re.M)
    assert latest[:2] == ["June–July 2016", "19 April 2016"]


def test_events_index_groups_by_year_and_month_with_undated_last(pages):
    text = pages["events/index.md"]
    headings = re.findall(r"^#+ .*$", text, re.M)
    assert headings == ["# Chronology", "## 2016 { #2016 }", "### April 2016 { #2016-04 }",
                        "### June 2016 { #2016-06 }", "## Undated { #undated }"]


def test_articles_index_orders_by_date_unknown_last(pages):
    rows = re.findall(r"^\| ([^|]+) \| \[[^\]]*\]\(([^)]+)\)", pages["articles/index.md"], re.M)
    assert rows == [
        ("20 April 2016", "kabul-attack-report.md"),
        ("January 2017", "xss-test.md"),
        ("not stated", "pentagon-report.md"),
    ]


def test_article_links_first_mention_per_paragraph(pages):
    text = pages["articles/kabul-attack-report.md"]
    assert ("{s1{[Pakistan](../actors/pakistan.md) blamed the [Haqqanis](../actors/haqqani-network.md) for the "
            "attack, the [Taliban](../actors/taliban.md) said.}} {s2{The Taliban denied any role.}}") in text
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
    assert sorted(p for p in pages if p.endswith(".md")) == [
        "actors/index.md", "articles/index.md", "data/index.md", "events/index.md", "events/places/index.md",
        "events/timeline.md", "index.md",
    ]
    assert "No events yet." in pages["events/index.md"]
    assert "<form" not in pages["events/index.md"]
    assert "No dated events yet." in pages["index.md"]
    assert "No dated events yet." in pages["events/timeline.md"]
    assert pages["data/events.csv"].count("\n") == 1  # the header only
    assert pages["data/actors.json"] == "[]\n"


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
        "actor.md.j2", "actors_index.md.j2", "article.md.j2", "articles_index.md.j2", "data_index.md.j2",
        "event.md.j2", "events_index.md.j2", "home.md.j2", "partials/front_matter.md.j2", "partials/map.md.j2",
        "partials/tables.md.j2", "place.md.j2", "places_index.md.j2", "timeline.md.j2",
    ]


def test_every_context_field_reaches_its_template():
    from generator.render.site import TEMPLATES

    for context, name in TEMPLATES.items():
        text = (templates_dir() / name).read_text(encoding="utf-8")
        unused = [f.name for f in dataclasses.fields(context) if f"page.{f.name}" not in text]
        assert unused == [], f"{name} ignores {unused}"


# --- entity page details -------------------------------------------------------------------


def _with_events(*events) -> KnowledgeBase:
    kb = knowledge_base()
    return dataclasses.replace(kb, events=(*kb.events, *events))


def _event(base, **changes):
    return dataclasses.replace(base, **changes)


def test_related_events_share_actors_or_place_close_in_time_in_a_fixed_order(tmp_path):
    from generator.model import Participant
    from tests.site_fixtures import ATTACK, day

    near = _event(ATTACK, id="2016-05-01-attack-kabul", title="Second attack", date=day(2016, 5, 1), place="Jalalabad")
    same_place = _event(ATTACK, id="2016-04-25-protest-kabul", title="Protest in Kabul", type="protest",
                        date=day(2016, 4, 25), participants=(Participant("taliban", "participant"),))
    far = _event(ATTACK, id="2017-01-01-attack-kabul", title="Much later", date=day(2017, 1, 1))
    pages = render_site(_with_events(near, same_place, far), REGISTRY, site_settings(tmp_path))
    text = pages["events/2016-04-19-attack-kabul.md"]
    section = text.split("## Related events", 1)[1]
    rows = re.findall(r"^\| ([^|]+) \| \[([^\]]+)\]", section, re.M)
    assert rows == [("25 April 2016", "Protest in Kabul"), ("1 May 2016", "Second attack")]
    assert "| same place; 6 days apart |" in section
    assert ("shared actors: [Haqqani Network](../actors/haqqani-network.md), [National Directorate of Security]"
            "(../actors/national-directorate-of-security.md); 12 days apart |") in section
    assert "Much later" not in section  # more than 90 days away
    assert "## Related events" not in pages["events/2016-06-armed-clash-torkham.md"]  # empty: left out


def test_disagreements_on_date_and_place_name_each_source(tmp_path):
    from tests.site_fixtures import ATTACK, day

    other = dataclasses.replace(ATTACK.sources[-1], date=day(2016, 4, 21), place="Quetta")
    event = _event(ATTACK, sources=(ATTACK.sources[0], other))
    kb = knowledge_base()
    pages = render_site(dataclasses.replace(kb, events=(event, *kb.events[1:])), REGISTRY, site_settings(tmp_path))
    box = pages["events/2016-04-19-attack-kabul.md"].split('!!! warning "Sources disagree"', 1)[1].split("## Sources")[0]
    lines = [line.strip() for line in box.strip().splitlines() if line.strip()]
    assert [line.split(":")[0] for line in lines] == ["Date", "Place", "Killed"]
    assert lines[0].startswith("Date: 19 April 2016 ([Haqqani Network attack on NDS building in Kabul]")
    assert "; 21 April 2016 ([Pakistan Not Doing Enough" in lines[0]
    assert lines[1].startswith("Place: Kabul ([") and "; Quetta ([" in lines[1]
    # a place inside the other ("Kabul city", a district) is not a dispute
    inside = dataclasses.replace(ATTACK.sources[-1], place="Pul-e-Mahmood Khan")
    event = _event(ATTACK, sources=(ATTACK.sources[0], inside))
    pages = render_site(dataclasses.replace(kb, events=(event, *kb.events[1:])), REGISTRY, site_settings(tmp_path))
    assert "\n    Place: " not in pages["events/2016-04-19-attack-kabul.md"]


def test_event_infobox_lists_casualties_by_source_and_summary_names_roles(pages):
    text = pages["events/2016-04-19-attack-kabul.md"]
    assert ("    - 28 killed, according to [Haqqani Network attack on NDS building in Kabul]"
            "(../articles/kabul-attack-report.md) ([the sentence](../articles/kabul-attack-report.md#s0))\n") in text
    assert "    - at least 64 killed, according to [Pakistan Not Doing Enough" in text
    assert text.split("\n\n")[2].startswith("Attack by [Haqqani Network](../actors/haqqani-network.md) targeting ")
    assert "[original at example.org](https://example.org/news/kabul-attack?id=1&src=rss)" in text
    assert "Casualties" not in pages["events/2016-06-armed-clash-torkham.md"]


def test_related_actors_table_says_who_acted_on_whom(pages):
    haqqani = pages["actors/haqqani-network.md"]
    assert ("| [National Directorate of Security](national-directorate-of-security.md) | targeted by Haqqani Network (1)"
            " | Haqqani Network attacked it (1) | 1 | [Haqqani Network attack on the NDS in Kabul]"
            "(../events/2016-04-19-attack-kabul.md) |") in haqqani
    nds = pages["actors/national-directorate-of-security.md"]
    assert ("| [Haqqani Network](haqqani-network.md) | acted against National Directorate of Security (1) | "
            "National Directorate of Security attacked by it (1) | 1 |") in nds
    pakistan = pages["actors/pakistan.md"]
    assert "| Afghan government | alongside Pakistan (1) | Pakistan clashed with it (1) | 1 |" in pakistan


def test_empty_sections_are_left_out(pages):
    taliban = pages["actors/taliban.md"]  # mentioned, but in no event
    assert "## Events\n" not in taliban and "## Related actors" not in taliban and "<svg" not in taliban
    assert "## Articles that mention it" in taliban
    assert "No " not in taliban


def test_relation_diagram_escapes_names_and_matches_the_table():
    from html.parser import HTMLParser

    from generator.render.context import Ref, Related
    from generator.render.svg import MAX_NODES, relation_svg

    hostile = Ref("actors/x.md", XSS_SCRIPT + ' & "quotes"')
    rows = [Related(hostile, 3, (("against", 2), ("alongside", 1)), ())]
    rows += [Related(Ref(None, f"Actor {n}"), 1, (("alongside", 1),), ()) for n in range(MAX_NODES + 2)]
    svg = relation_svg(rows, "<b>Centre</b>")

    class Tags(HTMLParser):
        tags: list[str] = []

        def handle_starttag(self, tag, attrs):
            self.tags.append(tag)

    parser = Tags()
    parser.feed(svg)
    assert "script" not in parser.tags and "b" not in parser.tags
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;" in svg
    assert "&lt;b&gt;Centre&lt;/b&gt;" in svg
    assert svg.count("<circle") == MAX_NODES  # the rest are in the table only
    assert "3 more actors are only in the table" in svg
    assert "\n\n" not in svg  # a blank line would end Markdown's raw HTML block
    assert svg.startswith('<figure class="rs-graph" data-search-exclude>')
    assert 'marker-start="url(#rs-rel-arrow-mixed)"' in svg  # against and alongside: mixed
    assert relation_svg([], "x") == ""


def test_timeline_counts_events_by_month_and_type(pages):
    text = pages["events/timeline.md"]
    assert "| Month | Attack | Armed clash | All |" in text
    assert "| [April 2016](index.md#2016-04) | 1 | 0 | 1 |" in text
    assert "| [June 2016](index.md#2016-06) | 0 | 1 | 1 |" in text
    assert "| **Total** | **1** | **1** | **2** |" in text
    assert "1 event without a date\nis not counted" in text
    svg = text[text.index("<figure"):text.index("</figure>")]
    assert "<title>April 2016: Attack: 1</title>" in svg and "<title>June 2016: Armed clash: 1</title>" in svg


def test_chronology_filter_choices_and_row_data(pages):
    text = pages["events/index.md"]
    assert '<option value="pakistan">Pakistan (2)</option>' in text
    assert '<option value="meeting_or_talks">Meeting or talks (1)</option>' in text
    assert ('| <span class="rs-row" data-type="armed_clash" data-actors="afghan-government pakistan"></span>'
            "June–July 2016 | [Exchanges of fire at the Torkham crossing](2016-06-armed-clash-torkham.md) | "
            "Armed clash | Afghan government, [Pakistan](../actors/pakistan.md) | Torkham |") in text


def test_chronology_filter_options_escape_actor_names(tmp_path):
    kb = knowledge_base()
    actors = tuple(dataclasses.replace(a, name='Pakistan <img src=x onerror=alert(1)> "x"') if a.id == "pakistan"
                   else a for a in kb.actors)
    pages = render_site(dataclasses.replace(kb, actors=actors), REGISTRY, site_settings(tmp_path))
    text = pages["events/index.md"]
    assert '<option value="pakistan">Pakistan &lt;img src=x onerror=alert(1)&gt; &quot;x&quot; (2)</option>' in text
    assert "<img" not in text


def test_articles_index_groups_by_outlet(pages):
    text = pages["articles/index.md"].split("## By outlet", 1)[1]
    assert re.findall(r"^### (.+)$", text, re.M) == [
        "Daily Outlook", "Example &#42;Wire&#42; &lt;b&gt;", "Example Times",
    ]
    assert "| Example Times | 1 | 20 April 2016 | 20 April 2016 |" in text


def test_article_body_is_searchable_only_in_its_first_paragraph(pages):
    text = pages["articles/kabul-attack-report.md"].split("## Text", 1)[1].split("## Events", 1)[0]
    first, rest = text.split('<div class="rs-article-text" markdown data-search-exclude>')
    assert "The [Haqqani Network](../actors/haqqani-network.md) attacked" in first
    assert "blamed the [Haqqanis]" in rest and rest.rstrip().endswith("</div>")


def test_search_tags_hold_names_but_no_markup_or_place_names(tmp_path):
    kb = knowledge_base()
    actors = tuple(dataclasses.replace(a, aliases=(*a.aliases, "Kabul", "<b>Bad</b>", "Tom's"), metonyms=("Kabul",))
                   if a.id == "pakistan" else a for a in kb.actors)
    pages = render_site(dataclasses.replace(kb, actors=actors), REGISTRY, site_settings(tmp_path))
    text = pages["actors/pakistan.md"]
    assert _front_matter(text)["tags"] == ["Pakistan"]
    assert "&lt;b&gt;Bad&lt;/b&gt;" in text and "Tom&#39;s" in text and "Kabul" in text  # still on the page


def test_disagreement_on_who_did_it_names_each_sources_doers(tmp_path):
    from tests.site_fixtures import ATTACK

    blamed = dataclasses.replace(ATTACK.sources[-1], participants=(
        Participant("pakistan", "initiator"), Participant("national-directorate-of-security", "target")))
    event = _event(ATTACK, sources=(ATTACK.sources[0], blamed))
    kb = knowledge_base()
    pages = render_site(dataclasses.replace(kb, events=(event, *kb.events[1:])), REGISTRY, site_settings(tmp_path))
    box = pages["events/2016-04-19-attack-kabul.md"].split('!!! warning "Sources disagree"', 1)[1].split("## Sources")[0]
    line = next(x.strip() for x in box.splitlines() if x.strip().startswith("Responsibility:"))
    assert line.startswith("Responsibility: Haqqani Network ([Haqqani Network attack on NDS building in Kabul]")
    assert "; Pakistan ([Pakistan Not Doing Enough" in line
    page = pages["events/2016-04-19-attack-kabul.md"]
    assert "(sources disagree on who did it)" in page.split("\n\n")[2]  # the summary sentence
    assert "(named by different sources)" in page
    # one more doer named by one source is not a disagreement
    both = dataclasses.replace(blamed, participants=(Participant("haqqani-network", "initiator"),
                                                     Participant("pakistan", "initiator")))
    event = _event(ATTACK, sources=(ATTACK.sources[0], both))
    pages = render_site(dataclasses.replace(kb, events=(event, *kb.events[1:])), REGISTRY, site_settings(tmp_path))
    assert "Responsibility:" not in pages["events/2016-04-19-attack-kabul.md"]
    assert "sources disagree on who" not in pages["events/2016-04-19-attack-kabul.md"]
