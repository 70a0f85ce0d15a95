"""The built site in a real browser: Debian's chromium, headless, driven by Playwright.

The fixture knowledge base (tests/site_fixtures.py) is rendered, written and built with a real
`mkdocs build --strict`, served by Python's http.server on 127.0.0.1, and read the way a reader
would: search for an alias, follow links actor -> event -> article, filter the chronology, open the
hostile article. Every test also checks that nothing failed in the page (console errors, uncaught
exceptions), that every request stayed on 127.0.0.1 and that no dialog (`alert`) ever opened.
Screenshots of the home, an actor and an event page go to test-artifacts/ at the repository root.
"""
from __future__ import annotations

import contextlib
import functools
import http.server
import os
import shutil
import threading
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.site_fixtures import REPO, XSS_IMG, XSS_SCRIPT, build_site

pytestmark = pytest.mark.browser

# Debian's chromium; another build with REPORTSITE_CHROMIUM=/path/to/chromium. Never `playwright install`.
CHROMIUM = os.environ.get("REPORTSITE_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
ARTIFACTS = REPO / "test-artifacts"
TIMEOUT_MS = 10_000


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the signature of the base class
        pass


@contextlib.contextmanager
def serving(site: Path):
    """Serve a built site on a free loopback port; yields its base URL."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    return build_site(tmp_path_factory.mktemp("browser-site"))[0]


@pytest.fixture(scope="module")
def base_url(site):
    with serving(site) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).is_file():
        if os.environ.get("CI"):  # .ci/run installs it: a missing browser there is a failure
            pytest.fail(f"{CHROMIUM} is not installed (apt-get install chromium)")
        pytest.skip(f"{CHROMIUM} is not installed")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Watch:
    """What a page did: requests, console errors, uncaught exceptions, dialogs."""

    def __init__(self, page) -> None:
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        page.on("request", lambda request: self.requests.append(request.url))
        page.on("console", lambda message: self.errors.append(message.text) if message.type == "error" else None)
        page.on("pageerror", lambda error: self.errors.append(str(error)))
        page.on("dialog", self._dialog)

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def check(self) -> None:
        assert self.requests, "no request was recorded"
        outside = [url for url in self.requests if urlsplit(url).hostname != "127.0.0.1"]
        assert outside == [], f"requests left 127.0.0.1: {outside}"
        assert self.errors == [], self.errors
        assert self.dialogs == [], f"a dialog opened: {self.dialogs}"


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    watch = Watch(page)
    yield page, watch
    context.close()


def _heading(page) -> str:
    """The page's h1 without its permalink sign."""
    return page.locator("article h1").inner_text().removesuffix("¶").strip()


def test_alias_search_then_actor_event_article(page, base_url):
    page, watch = page
    page.goto(f"{base_url}/")
    search = page.locator("input.md-search__input")
    search.click()
    search.type("Haqqanis", delay=20)
    first = page.locator(".md-search-result__item > a.md-search-result__link").first
    first.wait_for()
    assert urlsplit(first.get_attribute("href")).path == "/actors/haqqani-network/"
    first.click()
    page.wait_for_url("**/actors/haqqani-network/**")
    assert _heading(page) == "Haqqani Network"
    assert "Haqqanis" in page.locator(".rs-infobox").inner_text()

    page.locator("article a[href*='events/2016-04-19-attack-kabul']").first.click()
    page.wait_for_url("**/events/2016-04-19-attack-kabul/")
    assert _heading(page) == "Haqqani Network attack on the NDS in Kabul"
    assert "at least 64 killed" in page.locator(".rs-infobox").inner_text()

    page.locator(".rs-source a[href*='articles/kabul-attack-report']").first.click()
    page.wait_for_url("**/articles/kabul-attack-report/")
    assert _heading(page) == "Haqqani Network attack on NDS building in Kabul"
    assert "The Taliban denied any role." in page.locator("article").inner_text()
    watch.check()


@pytest.mark.parametrize(("query", "path"), [("NDS", "/actors/national-directorate-of-security/"),
                                             ("Afghan Taliban", "/actors/taliban/")])
def test_other_aliases_rank_the_actor_first(page, base_url, query, path):
    page, watch = page
    page.goto(f"{base_url}/events/")
    search = page.locator("input.md-search__input")
    search.click()
    search.type(query, delay=20)
    first = page.locator(".md-search-result__item > a.md-search-result__link").first
    first.wait_for()
    assert urlsplit(first.get_attribute("href")).path == path
    watch.check()


def test_hostile_article_is_shown_as_text_and_runs_nothing(page, base_url):
    page, watch = page
    page.goto(f"{base_url}/articles/xss-test/")
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(300)  # time for an injected handler to fire, if there were one
    text = page.locator("article").inner_text()
    assert XSS_SCRIPT in text and XSS_IMG in text
    assert "[click](javascript:alert(1))" in text and "*bold*" in text
    assert _heading(page) == 'Script <script>alert("title")</script> & "quotes" | pipes'
    assert page.title().startswith('Script <script>alert("title")</script>')
    assert page.locator("article script, article img, article [onerror], article [onclick]").count() == 0
    assert page.locator("a[href^='javascript:']").count() == 0
    watch.check()


def test_chronology_filter_by_type_and_actor(page, base_url):
    page, watch = page
    page.goto(f"{base_url}/events/")
    form = page.locator("form.rs-filter")
    form.wait_for(state="visible")
    rows = page.locator("tr:has(span.rs-row)")
    assert rows.count() == 3

    def visible() -> list[str]:
        return [t for t in page.locator("tr:has(span.rs-row):visible td:nth-child(2)").all_inner_texts()]

    page.select_option("#rs-filter-type", "attack")
    assert visible() == ["Haqqani Network attack on the NDS in Kabul"]
    assert page.locator(".rs-filter-status").inner_text() == "Showing 1 of 3 events."
    assert page.locator("[id='2016-06']").is_hidden() and page.locator("#undated").is_hidden()
    assert "type=attack" in page.url

    page.select_option("#rs-filter-type", "")
    page.select_option("#rs-filter-actor", "pakistan")
    assert visible() == ["Exchanges of fire at the Torkham crossing", "Tehrik-e-Nafaz leaders meet Pakistan officials"]

    page.locator("form.rs-filter button[type=reset]").click()
    page.wait_for_function("document.querySelectorAll('tr:has(span.rs-row)[hidden]').length === 0")
    assert len(visible()) == 3
    watch.check()


def test_chronology_filter_is_reachable_by_keyboard(page, base_url):
    page, watch = page
    page.goto(f"{base_url}/events/?actor=haqqani-network")
    page.locator("form.rs-filter").wait_for(state="visible")
    assert page.locator("tr:has(span.rs-row):visible").count() == 1  # the choice came from the address
    for _ in range(80):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "rs-filter-type":
            break
    else:
        pytest.fail("the event type filter is not reachable with the Tab key")
    page.keyboard.press("ArrowDown")  # "All types" -> the first type
    page.wait_for_function("document.querySelector('#rs-filter-type').value !== ''")
    watch.check()


def test_chronology_without_javascript_lists_everything(browser, base_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{base_url}/events/")
    assert page.locator("form.rs-filter").is_hidden()
    assert page.locator("tr:has(span.rs-row):visible").count() == 3
    assert page.locator("a[href='2016-04-19-attack-kabul/']").count() == 1
    context.close()


@pytest.mark.parametrize(
    ("name", "path", "heading"),
    [
        ("home", "/", "Actors, events and sources"),
        ("actor", "/actors/haqqani-network/", "Haqqani Network"),
        ("event", "/events/2016-04-19-attack-kabul/", "Haqqani Network attack on the NDS in Kabul"),
    ],
)
def test_screenshots(page, base_url, name, path, heading):
    page, watch = page
    page.goto(f"{base_url}{path}")
    page.wait_for_load_state("networkidle")
    assert _heading(page) == heading
    ARTIFACTS.mkdir(exist_ok=True)
    target = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(target), full_page=True)
    assert target.stat().st_size > 10_000
    watch.check()


def test_evidence_link_lands_on_the_highlighted_sentence(page, base_url):
    page, watch = page
    page.goto(f"{base_url}/events/2016-04-19-attack-kabul/")
    quote = page.locator("blockquote", has_text="killed at least 64 people")
    quote.locator(".rs-in-context a").click()
    page.wait_for_url("**/articles/pentagon-report/#s1")
    target = page.locator(":target")
    assert target.count() == 1
    assert target.get_attribute("id") == "s1"
    assert target.inner_text() == ("A major Haqqani Network attack against an NDS building in Kabul on April 19, "
                                   "2016 killed at least 64 people, the report said.")
    page.wait_for_function("document.querySelector(':target').getBoundingClientRect().top >= 0")
    box = target.bounding_box()
    assert 0 <= box["y"] < 900  # scrolled into view, below the top edge
    marked = target.evaluate("e => [getComputedStyle(e).backgroundColor, getComputedStyle(e).outlineStyle]")
    other = page.locator("#s0").evaluate("e => getComputedStyle(e).backgroundColor")
    assert marked[0] != other and marked[1] == "solid"  # highlighted; the other sentences are not
    # the casualty figure on the event page links to the same sentence
    page.go_back()
    page.locator(".rs-infobox a", has_text="the sentence").nth(1).click()
    page.wait_for_url("**/articles/pentagon-report/#s1")
    assert page.locator(":target").get_attribute("id") == "s1"
    watch.check()


def _placed_events() -> int:
    from generator.render.geo import locate
    from tests.site_fixtures import EVENTS

    return sum(1 for e in EVENTS if locate(e.place) is not None)


def test_map_draws_one_dot_per_placed_event_and_the_dots_link(page, base_url):
    page, watch = page
    page.goto(f"{base_url}/")
    dots = page.locator("figure.rs-map a.rs-map-dot")
    assert dots.count() == _placed_events() == 2  # Kabul and Peshawar; Torkham has no coordinates
    assert page.locator("figure.rs-map .rs-map-land path").count() >= 2  # Afghanistan and Pakistan drawn
    box = page.locator("figure.rs-map svg").bounding_box()
    assert box["width"] > 300 and box["height"] > 150
    rows = page.locator(".rs-map-list tbody tr")
    assert rows.count() == 2  # the same events as a table
    kabul = page.locator("a.rs-map-dot[aria-label^='Haqqani Network attack on the NDS in Kabul']")
    kabul.locator("circle").click()
    page.wait_for_url("**/events/2016-04-19-attack-kabul/")
    assert _heading(page) == "Haqqani Network attack on the NDS in Kabul"
    page.locator(".rs-infobox a", has_text="Kabul").first.click()  # the place links to its page
    page.wait_for_url("**/events/places/kabul/")
    assert _heading(page) == "Kabul"
    assert page.locator("figure.rs-map a.rs-map-dot").count() == 1
    page.locator("figure.rs-map a.rs-map-dot circle").click()
    page.wait_for_url("**/events/2016-04-19-attack-kabul/")
    watch.check()


@pytest.fixture(scope="module")
def lookalike_url(tmp_path_factory):
    """The fixture site plus Tehrik-e-Taliban Pakistan, whose names all contain "Taliban"."""
    import dataclasses

    from generator.model import Actor
    from tests.site_fixtures import knowledge_base

    kb = knowledge_base()
    ttp = Actor("tehrik-e-taliban-pakistan", "Tehrik-e-Taliban Pakistan", "armed_group",
                aliases=("Pakistani Taliban", "Tehreek-e-Taliban Pakistan", "Tehrik-i-Taliban Pakistan", "TTP"),
                description="Pakistani Taliban umbrella group; not the Afghan Taliban.", country="pakistan")
    kb = dataclasses.replace(kb, actors=tuple(sorted((*kb.actors, ttp), key=lambda a: a.id)))
    site = build_site(tmp_path_factory.mktemp("lookalike"), kb)[0]
    with serving(site) as url:
        yield url, site


@pytest.mark.parametrize(("query", "path"), [("Taliban", "/actors/taliban/"),
                                             ("Haqqanis", "/actors/haqqani-network/"),
                                             ("TTP", "/actors/tehrik-e-taliban-pakistan/"),
                                             ("Kabul", "/events/places/kabul/")])
def test_search_puts_the_exact_name_first(page, lookalike_url, query, path):
    page, watch = page
    base_url, _ = lookalike_url
    page.goto(f"{base_url}/")
    search = page.locator("input.md-search__input")
    search.click()
    search.type(query, delay=20)
    first = page.locator(".md-search-result__item > a.md-search-result__link").first
    first.wait_for()
    assert urlsplit(first.get_attribute("href")).path == path
    watch.check()


def test_search_index_stays_within_1_5_kb_per_page(lookalike_url):
    import json

    _, site = lookalike_url
    docs = json.loads((site / "search" / "search_index.json").read_bytes())["docs"]
    generated = [d for d in docs if not d["location"].startswith(("about/", "methodology/"))]  # hand-written
    pages = {d["location"].split("#")[0] for d in generated}
    assert len(pages) == len(list(site.rglob("index.html"))) - 2
    size = sum(len(json.dumps(d, ensure_ascii=False, separators=(",", ":")).encode()) for d in generated)
    assert size / len(pages) <= 1536, size / len(pages)


PHONE = {"width": 390, "height": 844}
REVIEWED = [("home", "/"), ("actor", "/actors/haqqani-network/"), ("event", "/events/2016-04-19-attack-kabul/"),
            ("place", "/events/places/kabul/"), ("chronology", "/events/"), ("timeline", "/events/timeline/"),
            ("article", "/articles/pentagon-report/")]

# Elements of the page (inside the content) that reach past the right edge of the viewport, unless
# they sit inside a frame of their own that scrolls sideways and itself fits (a diagram at >= 11 px).
OVERFLOW_JS = """() => {
  const width = document.documentElement.clientWidth;
  const scrolls = e => { for (let p = e.parentElement; p; p = p.parentElement) {
      const s = getComputedStyle(p).overflowX;
      if ((s === 'auto' || s === 'scroll') && p.getBoundingClientRect().right <= width + 1) return true; }
    return false; };
  return [...document.querySelectorAll('.md-content *')].filter(e => {
    const r = e.getBoundingClientRect();
    return r.width > 0 && r.right > width + 1 && !scrolls(e);
  }).map(e => e.tagName.toLowerCase() + '.' + e.getAttribute('class') + ' ' + Math.round(e.getBoundingClientRect().right));
}"""

# The smallest label of every diagram, in CSS pixels as drawn (font size times the SVG's scale).
LABELS_JS = """() => [...document.querySelectorAll('.md-content figure svg')].map(svg => {
  const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
  const sizes = [...svg.querySelectorAll('text')].map(t => parseFloat(getComputedStyle(t).fontSize) * scale);
  return sizes.length ? Math.min(...sizes) : 99;
})"""


@pytest.mark.parametrize(("name", "path"), REVIEWED, ids=[n for n, _ in REVIEWED])
def test_phone_width_nothing_overflows_and_labels_are_readable(browser, base_url, name, path):
    context = browser.new_context(viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    watch = Watch(page)
    page.goto(f"{base_url}{path}")
    page.wait_for_load_state("networkidle")
    assert page.evaluate(OVERFLOW_JS) == []
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    assert all(size >= 11 for size in page.evaluate(LABELS_JS)), page.evaluate(LABELS_JS)
    cells = page.locator(".md-content td[data-label]")
    if cells.count():  # tables stack: each value shows its column heading
        before = cells.first.evaluate("e => getComputedStyle(e, '::before').content")
        assert before.strip('"').endswith(": ") and before.strip('"')[:-2] == cells.first.get_attribute("data-label")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}-phone.png"), full_page=True)
    watch.check()
    context.close()


AXE_THEME_ISSUES = {
    # Material's own chrome, not this project's markup: the search overlay has role="dialog" without a name.
    "aria-dialog-name": ".md-search",
}


@pytest.mark.parametrize(("name", "path"), REVIEWED[:5], ids=[n for n, _ in REVIEWED[:5]])
def test_axe_finds_no_violation_in_the_project_markup(page, base_url, name, path):
    import axe_playwright_python

    page, watch = page
    page.goto(f"{base_url}{path}")
    page.wait_for_load_state("networkidle")
    page.add_script_tag(path=str(Path(axe_playwright_python.__file__).parent / "axe.min.js"))  # inline, no request
    run = """async (context) => (await axe.run(context)).violations.map(v => ({
        id: v.id, targets: v.nodes.map(n => n.target.join(' '))}))"""
    assert page.evaluate(run, ".md-content") == []  # everything the generator writes
    theme = page.evaluate(run, "html")
    for violation in theme:  # the rest of the page: only the known theme issues
        assert violation["id"] in AXE_THEME_ISSUES, violation
        assert all(t.startswith(AXE_THEME_ISSUES[violation["id"]]) for t in violation["targets"]), violation
    watch.check()


def test_relation_diagram_node_opens_the_actor_page(page, base_url):
    page, watch = page
    page.goto(f"{base_url}/actors/haqqani-network/")
    page.locator("figure.rs-graph a.rs-graph-node[aria-label='National Directorate of Security'] circle").click()
    page.wait_for_url("**/actors/national-directorate-of-security/")
    assert _heading(page) == "National Directorate of Security"
    watch.check()
