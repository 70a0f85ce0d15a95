"""A small hand-built KnowledgeBase for the site tests (render, write, mkdocs build).

Three articles (one full of HTML/Markdown injection attempts), five actors (one discovered),
three events (one undated, one whose two articles disagree on the death toll, one of them
reporting it in two sentences).
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from generator.config import Settings
from generator.model import (
    Actor,
    Article,
    Casualties,
    DateValue,
    Event,
    EventMention,
    Extraction,
    KnowledgeBase,
    Mention,
    Participant,
    Registry,
    Sentence,
)

XSS_SCRIPT = "<script>alert(1)</script>"
XSS_IMG = "<img src=x onerror=alert(1)>"


def day(y: int, m: int, d: int, basis: str = "explicit", text: str = "") -> DateValue:
    return DateValue(dt.date(y, m, d), dt.date(y, m, d), "day", basis, text)


APRIL_19 = day(2016, 4, 19, text="April 19, 2016")
JUNE_JULY = DateValue(dt.date(2016, 6, 1), dt.date(2016, 7, 31), "range", "explicit", "June and July 2016")

# article id -> paragraphs, each a list of sentences (joined with one space)
TEXTS = {
    "kabul-attack-report": [
        ["The Haqqani Network attacked a National Directorate of Security building in Kabul on "
         "April 19, 2016, killing 28 people."],
        ["Pakistan blamed the Haqqanis for the attack, the Taliban said.", "The Taliban denied any role."],
    ],
    "pentagon-report": [
        ["Pakistan has not made sustained efforts to disrupt the Haqqani network, the Pentagon told the US Congress."],
        ["A major Haqqani Network attack against an NDS building in Kabul on April 19, 2016 killed at "
         "least 64 people, the report said."],
        ["Cross-border firing incidents in June and July 2016 at the Torkham crossing involved Pakistan's border forces."],
    ],
    "xss-test": [
        [f"Pakistan said {XSS_SCRIPT} was found | in a file."],
        [f"{XSS_IMG} [click](javascript:alert(1)) *bold* _under_ `code` {{: onclick=alert(1)}}"],
        ["# Not a heading | a | table"],
        ["1. Tehrik-e-Nafaz leaders met Pakistan officials in Peshawar."],
    ],
}

SURFACES = {
    "haqqani-network": ("Haqqani Network", "Haqqani network", "Haqqanis"),
    "national-directorate-of-security": ("National Directorate of Security", "NDS"),
    "pakistan": ("Pakistan",),
    "taliban": ("Taliban",),
    "tehrik-e-nafaz": ("Tehrik-e-Nafaz",),
}

ACTORS = (
    Actor("haqqani-network", "Haqqani Network", "armed_group",
          aliases=("Haqqani group", "Haqqani network", "Haqqanis"),
          description="An insurgent group <b>allied</b> with the Taliban.",
          country="pakistan", parent="taliban",
          links=("https://en.wikipedia.org/wiki/Haqqani_network", "javascript:alert(1)")),
    Actor("national-directorate-of-security", "National Directorate of Security", "government_agency",
          aliases=("NDS",), country="afghanistan", parent="afghan-government"),
    Actor("pakistan", "Pakistan", "state"),
    Actor("taliban", "Taliban", "armed_group", aliases=("Afghan Taliban",)),
    Actor("tehrik-e-nafaz", "Tehrik-e-Nafaz", "other_org", curated=False),
)

REGISTRY = Registry(actors=tuple(sorted(
    [a for a in ACTORS if a.curated] + [Actor("afghan-government", "Afghan government", "government")],
    key=lambda a: a.id,
)))


def _sentences(article_id: str) -> tuple[Sentence, ...]:
    out = []
    for p, sentences in enumerate(TEXTS[article_id]):
        pos = 0
        for text in sentences:
            out.append(Sentence(len(out), p, pos, pos + len(text), text))
            pos += len(text) + 1
    return tuple(out)


def _mentions(article_id: str, sentences: tuple[Sentence, ...]) -> tuple[Mention, ...]:
    out = []
    for s in sentences:
        for actor_id, surfaces in SURFACES.items():
            for surface in surfaces:
                for m in re.finditer(rf"\b{re.escape(surface)}\b", s.text):
                    out.append(Mention(article_id, s.index, m.start(), m.end(), surface, actor_id))
    return tuple(sorted(out))


def _source(article_id: str, sentence: int, type_: str, trigger: str, **kw) -> EventMention:
    text = _sentences(article_id)[sentence].text
    return EventMention(article_id, sentence, type_, trigger, text, **kw)


ATTACK = Event(
    id="2016-04-19-attack-kabul",
    type="attack",
    title="Haqqani Network attack on the NDS in Kabul",
    date=APRIL_19,
    place="Kabul",
    participants=(Participant("haqqani-network", "initiator"), Participant("national-directorate-of-security", "target")),
    sources=(
        _source("kabul-attack-report", 0, "attack", "attacked", date=APRIL_19, place="Kabul",
                participants=(Participant("haqqani-network", "initiator"),
                              Participant("national-directorate-of-security", "target")),
                casualties=Casualties(killed="28")),
        # the same article again: one more sentence, not one more source
        _source("kabul-attack-report", 1, "attack", "attack",
                participants=(Participant("haqqani-network", "initiator"),),
                blamed_by="pakistan", blamed_on="haqqani-network", source="taliban"),
        _source("pentagon-report", 1, "attack", "attack", date=APRIL_19, place="Kabul",
                participants=(Participant("haqqani-network", "initiator"),
                              Participant("national-directorate-of-security", "target")),
                casualties=Casualties(killed="at least 64")),
    ),
)
CLASH = Event(
    id="2016-06-armed-clash-torkham",
    type="armed_clash",
    title="Exchanges of fire at the Torkham crossing",
    date=JUNE_JULY,
    place="Torkham",
    participants=(Participant("afghan-government", "participant"), Participant("pakistan", "participant")),
    sources=(_source("pentagon-report", 2, "armed_clash", "firing", date=JUNE_JULY, place="Torkham",
                     participants=(Participant("pakistan", "participant"),)),),
)
TALKS = Event(
    id="undated-meeting-or-talks-tehrik-e-nafaz-pakistan",
    type="meeting_or_talks",
    title="Tehrik-e-Nafaz leaders meet Pakistan officials",
    date=None,
    place="Peshawar",
    participants=(Participant("pakistan", "participant"), Participant("tehrik-e-nafaz", "participant")),
    sources=(_source("xss-test", 3, "meeting_or_talks", "met", place="Peshawar", source="pakistan",
                     participants=(Participant("pakistan", "participant"), Participant("tehrik-e-nafaz", "participant"))),),
)
EVENTS = (ATTACK, CLASH, TALKS)


def _article(article_id: str, **kw) -> Article:
    paragraphs = tuple(" ".join(p) for p in TEXTS[article_id])
    return Article(id=article_id, paragraphs=paragraphs, content_hash="0" * 64, **kw)


ARTICLES = (
    _article("kabul-attack-report", path="kabul-attack-report.md", format="markdown",
             title="Haqqani Network attack on NDS building in Kabul", outlet="Example Times",
             url="https://example.org/news/kabul-attack?id=1&src=rss", dateline="KABUL", wire="Reuters",
             published=day(2016, 4, 20, "front_matter", "2016-04-20")),
    _article("pentagon-report", path="000_pentagon.txt",
             title="Pakistan Not Doing Enough to Disrupt Haqqanis: Pentagon", outlet="Daily Outlook",
             dateline="WASHINGTON", wire="Pajhwok",
             retrieved=day(2024, 3, 29, "retrieved", "Friday, March 29th, 2024")),
    _article("xss-test", path="xss-test.md", format="markdown",
             title='Script <script>alert("title")</script> & "quotes" | pipes',
             outlet="Example *Wire* <b>", url="javascript:alert(1)", byline="By <i>Mallory</i>",
             published=DateValue(dt.date(2017, 1, 1), dt.date(2017, 1, 31), "month", "explicit", "January 2017")),
)


def knowledge_base() -> KnowledgeBase:
    extractions = []
    mentions = []
    for article in ARTICLES:
        sentences = _sentences(article.id)
        found = _mentions(article.id, sentences)
        mentions += found
        events = tuple(s for e in EVENTS for s in e.sources if s.article_id == article.id)
        extractions.append(Extraction(article.id, sentences, found, tuple(sorted(events, key=lambda s: s.sentence))))
    return KnowledgeBase(
        articles=tuple(sorted(ARTICLES, key=lambda a: a.id)),
        actors=tuple(sorted(ACTORS, key=lambda a: a.id)),
        mentions=tuple(sorted(mentions)),
        events=EVENTS,
        extractions=tuple(sorted(extractions, key=lambda x: x.article_id)),
    )


def site_settings(root: Path) -> Settings:
    root = Path(root).resolve()
    return Settings(root=root, docs_dir=root / "docs", articles=root / "articles", registry=None, templates=None)


REPO = Path(__file__).resolve().parents[1]
HAND_WRITTEN = ("about.md", "methodology.md", "stylesheets", "javascripts")


def config_without_plugin() -> dict:
    """The repository's mkdocs.yml without the `reportsite` plugin entry (the pages are written here)."""
    from mkdocs.utils.yaml import yaml_load

    config = yaml_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))  # MkDocs' loader: `!ENV`
    config["plugins"] = [p for p in config["plugins"] if not (isinstance(p, dict) and "reportsite" in p)]
    return config


def build_site(root: Path, kb: KnowledgeBase | None = None) -> tuple[Path, str]:
    """Render the fixture knowledge base into root/docs, run a real `mkdocs build --strict` into
    root/site; returns (site folder, mkdocs stderr). Raises AssertionError when the build fails."""
    import os
    import shutil
    import subprocess
    import sys

    import yaml

    from generator.render.site import render_site
    from generator.write import write_site

    settings = site_settings(root)
    settings.docs_dir.mkdir(parents=True)
    for name in HAND_WRITTEN:
        source = REPO / "docs" / name
        if source.is_dir():
            shutil.copytree(source, settings.docs_dir / name)
        elif source.is_file():
            shutil.copy(source, settings.docs_dir / name)
    write_site(render_site(kb or knowledge_base(), REGISTRY, settings), settings)
    (root / "mkdocs.yml").write_text(yaml.safe_dump(config_without_plugin(), allow_unicode=True), encoding="utf-8")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(root / "mkdocs.yml"), "-d", str(root / "site")],
        capture_output=True, text=True, env=env, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return root / "site", result.stderr
