"""An XSS corpus through the whole pipeline, opened in a real browser.

Hostile markup (script tags, event handlers, `javascript:` and `data:` URLs, SVG, iframes,
Jinja and Markdown injection, attr_list and admonition syntax) is put where users put text:
scraped article text, Markdown bodies, front-matter values, registry fields and file names.
`reportsite build` reads it, renders it and runs a real `mkdocs build --strict`; Debian's
chromium then opens every generated page. Every payload only sets `window.__pwned` or opens a
dialog, so "nothing executed" is checked directly; the DOM of the page content must hold no
element or attribute that came from the payloads, and the payloads must still be readable as
text (escaped, not silently dropped).
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import cli
from tests.test_browser import CHROMIUM, CHROMIUM_ARGS, TIMEOUT_MS, Watch, serving

pytestmark = pytest.mark.browser
REPO = Path(__file__).resolve().parents[1]

PWN = "window.__pwned=1"
PAYLOADS = [
    f"<script>{PWN}</script>",
    f"<img src=x onerror={PWN}>",
    f"<svg onload={PWN}><circle r=9 /></svg>",
    f"<svg><script>{PWN}</script></svg>",
    f'<a href="javascript:{PWN}">link</a>',
    f"[md link](javascript:{PWN})",
    f"[data link](data:text/html,<script>{PWN}</script>)",
    f"![md image](javascript:{PWN})",
    f"<iframe src=\"javascript:{PWN}\"></iframe>",
    f"<details open ontoggle={PWN}>",
    f'<div markdown="1" onclick="{PWN}">*div*</div>',
    f'{{: onclick="{PWN}" }}',
    "{{ lipsum.__globals__ }} {% for x in range(3) %}J{% endfor %}",
    f'!!! note "<script>{PWN}</script>"',
    f"<style>body{{background:url(javascript:{PWN})}}</style>",
    f"&lt;script&gt;{PWN}&lt;/script&gt;",
    "<!-- comment --> ` code ` | table | cell |",
]
REGISTRY = f"""\
actors:
  - name: Taliban
    kind: armed_group
    description: "<script>{PWN}</script> fought <img src=x onerror={PWN}> [x](javascript:{PWN})"
    aliases: ["Taliban <svg onload={PWN}>"]
    links: ["javascript:{PWN}", "data:text/html,<script>{PWN}</script>", "https://example.org/a\\"onmouseover=\\"{PWN}"]
  - name: "Haqqani Network <img src=x onerror={PWN}>"
    kind: armed_group
    aliases: [Haqqani Network, Haqqanis]
    country: Pakistan
  - name: Pakistan
    kind: state
  - name: Afghanistan
    kind: state
    description: "{{{{ config }}}} {{% include 'x' %}}"
places: [Kabul, Torkham]
"""


def _story(marks: list[str]) -> list[str]:
    """News sentences with the payloads between them, so that actors and events are found."""
    lines = []
    for n, mark in enumerate(marks):
        lines.append(f"KABUL - The Taliban attacked a checkpoint in Kabul on June {n % 27 + 1}, 2016, "
                     f"killing {n + 2} police officers, officials said.")
        lines.append(f"Pakistan condemned the attack {mark} and the Haqqani Network denied it.")
    return lines


def _corpus(root: Path) -> None:
    articles = root / "articles"
    articles.mkdir()
    text = "\n\n".join([f"Attack <script>{PWN}</script> in Kabul", *_story(PAYLOADS[:9])]) + "\n"
    (articles / "01_text.txt").write_text(text, encoding="utf-8")
    front = (
        "---\n"
        f"title: 'Haqqanis <img src=x onerror={PWN}> accused'\n"
        f"url: 'javascript:{PWN}'\n"
        f"outlet: '<svg onload={PWN}>'\n"
        f"byline: '<script>{PWN}</script>'\n"
        f"dateline: '<iframe src=javascript:{PWN}>'\n"
        f"wire: '[wire](javascript:{PWN})'\n"
        "date: 2016-06-20\n"
        f"actors: {{add: ['<b onmouseover={PWN}>x</b>', Taliban]}}\n"
        "---\n"
    )
    body = "\n\n".join(_story(PAYLOADS[9:]))
    (articles / "02_front.md").write_text(front + body + "\n", encoding="utf-8")
    # a file name with markup in it (legal on POSIX)
    (articles / f"<img src=x onerror={PWN}>.txt").write_text(
        "Talks in Torkham\n\n" + "\n\n".join(_story(PAYLOADS[:3])) + "\n", encoding="utf-8")
    (root / "actors.yml").write_text(REGISTRY, encoding="utf-8")


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    root = tmp_path_factory.mktemp("xss")
    _corpus(root)
    shutil.copytree(REPO / "docs", root / "docs", ignore=shutil.ignore_patterns(
        "index.md", "actors", "events", "articles", "data", ".reportsite-manifest.json"))
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    result = CliRunner().invoke(cli, ["build", "-f", str(root / "mkdocs.yml"), "-d", str(root / "site")])
    assert result.exit_code == 0, result.output  # a real `mkdocs build --strict`
    return root


@pytest.fixture(scope="module")
def served(hostile_site):
    site = hostile_site / "site"
    with serving(site) as url:
        yield url, site


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).is_file():
        pytest.skip(f"{CHROMIUM} is not installed")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


# What may not be in the page content: any element the payloads could create, any inline
# handler, any script URL. (The theme's own scripts live outside `.md-content`.)
LEAKS = """() => {
  const content = document.querySelector('.md-content') || document.body;
  const found = [];
  for (const el of content.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    if (['script', 'iframe', 'object', 'embed', 'style', 'b'].includes(tag)) found.push(tag);
    // the map's own table folds in a <details class="rs-map-list">; any other is a payload's
    if (tag === 'details' && el.className !== 'rs-map-list') found.push(tag);
    if (tag === 'img' && !el.getAttribute('src')?.startsWith('../')) found.push('img ' + el.getAttribute('src'));
    for (const attr of el.getAttributeNames()) {
      const value = el.getAttribute(attr) || '';
      if (attr.startsWith('on')) found.push(tag + ' ' + attr);
      if (/^\\s*(javascript|data|vbscript):/i.test(value)) found.push(tag + ' ' + attr + '=' + value);
    }
    if (tag === 'svg' && el.querySelector('script, foreignObject')) found.push('svg with script');
  }
  return found;
}"""


def _pages(site: Path) -> list[str]:
    pages = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))
    return [p for p in pages if not p.startswith(("assets/", "search/")) and p != "404.html"]


def test_hostile_corpus_builds_and_nothing_executes_in_any_page(served, browser):
    base, site = served
    pages = _pages(site)
    generated = [p for p in pages if p.split("/")[0] in ("actors", "events", "articles", "data")]
    assert len(generated) >= 8, pages  # the corpus did produce actor, event and article pages
    context = browser.new_context()
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    watch = Watch(page)
    leaks: dict[str, list[str]] = {}
    for path in pages:
        page.goto(f"{base}/{path}")
        page.wait_for_load_state("load")
        page.mouse.move(200, 300)  # hover handlers, if any had leaked
        assert page.evaluate("() => window.__pwned") is None, f"a payload ran on {path}"
        if found := page.evaluate(LEAKS):
            leaks[path] = found
    context.close()
    assert leaks == {}
    watch.check()


def test_payloads_are_shown_as_text(served, browser):
    base, site = served
    context = browser.new_context()
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    articles = {p for p in _pages(site) if p.startswith("articles/") and p != "articles/index.html"}
    texts = {}
    for path in sorted(articles):
        page.goto(f"{base}/{path}")
        texts[path] = page.locator(".md-content").text_content()
    context.close()
    text_page = texts["articles/01-text/index.html"]
    assert f"Attack <script>{PWN}</script> in Kabul" in text_page  # the title, as text
    for payload in (f"<img src=x onerror={PWN}>", f"[md link](javascript:{PWN})", f"<svg onload={PWN}><circle r=9 /></svg>"):
        assert payload in text_page, payload
    front_page = texts["articles/02-front/index.html"]
    assert f"Haqqanis <img src=x onerror={PWN}> accused" in front_page
    # Jinja not run (the Markdown body's `__x__` is bold, so only the underscores go)
    assert "{{ lipsum.globals }} {% for x in range(3) %}J{% endfor %}" in front_page
    assert f'{{: onclick="{PWN}" }}' in front_page
    named = [p for p in texts if p.startswith("articles/img-src-x-onerror")]
    assert len(named) == 1  # the file with markup in its name became an ordinary page
