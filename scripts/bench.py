#!/usr/bin/env python3
"""Benchmark the reportsite pipeline on a synthetic corpus (not part of the test suite).

    python scripts/bench.py                  # 200 articles
    python scripts/bench.py --articles 2000 --json bench.json

Writes N articles in the scraped-text format of the example corpus (masthead, repeated
title, dateline, wire tag) into a temporary folder, made by recombining sentence
templates about the actors of the registry, then times each stage through the library:
read, model load, extraction (spaCy), resolve, render, write and `mkdocs build`, and
prints words/s, pages, site size and Material's search-index bytes per page.

The site is built with the repository's mkdocs.yml, but with docs/ and site/ in the
temporary folder and the reportsite plugin disabled (the pages are already written).
"""
from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import hashlib
import json
import logging
import os
import random
import resource
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")

REPO = Path(__file__).resolve().parents[1]

# ---------------------------------------------------------------------------------------
# Synthetic corpus
# ---------------------------------------------------------------------------------------

# Used when the registry does not provide an actor of a kind (names from the seed article).
FALLBACK = {
    "state": ["Pakistan", "Afghanistan", "United States"],
    "government": ["Afghan government", "Kabul", "Pakistani government"],
    "government_agency": ["Pentagon", "National Directorate of Security", "NDS", "US Congress"],
    "armed_group": ["Haqqani Network", "Haqqanis", "Taliban", "Hezb-e-Islami", "ISIL-K", "al-Qaeda", "AQIS"],
    "person": ["Gulbuddin Hekmatyar", "Gulbadin Hekmatyar"],
}
PLACES = ["Kabul", "Torkham", "Jalalabad", "Kandahar", "Kunar", "Nangarhar", "Peshawar", "Quetta",
          "Helmand", "Ghazni", "Khost", "Paktia", "Kunduz", "Herat"]
DATELINES = ["WASHINGTON -", "KABUL (Reuters) -", "ISLAMABAD:", "WASHINGTON (Sputnik) —", "JALALABAD (Pajhwok):",
             "KANDAHAR -", "PESHAWAR:"]
WIRES = ["(Pajhwok)", "(Reuters)", "(AFP)", "(Xinhua)", ""]
OUTLETS = ["Editor in Chief: Moh. Reza Huwaida", "Daily Outlook Afghanistan", "The Frontier Post"]
TARGETS = ["checkpoint", "police station", "government building", "military convoy", "district headquarters",
           "border post", "National Directorate of Security (NDS) building"]
TOPICS = ["border management", "the peace process", "refugee returns", "counterterrorism cooperation",
          "trade through the Torkham crossing", "prisoner releases"]

SENTENCES = {
    "attack": [
        "{group} fighters attacked a {target} in {place} on {date}, killing {n} people, officials said.",
        "At least {n} people were killed when {group} militants stormed a {target} in {place} on {date}.",
        "A major {group} attack against a {target} in {place} on {date} left {n} dead, the report said.",
    ],
    "clash": [
        "{agency} and {state} forces exchanged fire at the {place} crossing in {month} {year}.",
        "Cross-border firing incidents in {month} and {month2} at the {place} crossing complicated efforts to "
        "increase cooperation between {state} and {state2}, {agency} said.",
        "Tensions over construction at the {place} border crossing in {month} {year} led to exchanges of gunfire "
        "between {state} and {state2} forces.",
    ],
    "agreement": [
        "On {date}, {government} signed a peace agreement with {group} led by {person}.",
        "{government} and {group} signed an agreement in {place} on {date}, officials said.",
    ],
    "talks": [
        "Officials from {state} and {state2} met in {place} on {weekday} to discuss {topic}.",
        "{person} held talks with {government} in {place} in {month} {year} on {topic}.",
    ],
    "report": [
        "{agency} told {agency2} in its latest half-yearly report that {state} had not made sustained efforts "
        "to disrupt {group}.",
        "{agency} said in a report released on {weekday} that {group} retained freedom of action from safe havens.",
    ],
    "arrest": [
        "{agency} arrested {n} suspected members of {group} in {place} on {date}.",
        "Security forces detained a senior {group} commander in {place} in {month} {year}, {agency} said.",
    ],
    "filler": [
        "The continued development of {group} highlighted the dynamic nature of the region's militant landscape, "
        "posing risks to the mission, it said.",
        "“{state} continues to be clear with {state2} about steps it should take to improve the security "
        "environment and deny safe havens to terrorist groups,” the report said.",
        "Despite complications, {state} continued to support an Afghan-led process for a negotiated resolution "
        "of the conflict, it said.",
        "Analysts said relations between {state} and {state2} had deteriorated since {month} {year}.",
        "Residents of {place} said the situation remained tense and schools were closed.",
        "Although {group}'s core leadership had been degraded, elements continued to seek safe haven on both "
        "sides of the border, it added.",
        "Attacks attributed to {group} continued to undermine the bilateral relationship more than any other "
        "issue, {agency} said, adding that military collaboration was critical to maintaining pressure.",
        "Occasional discussions at higher levels between {state} and {state2} on the shared threat from {group} "
        "were encouraging, the report said.",
        "A spokesman for {government} declined to comment on the report when contacted on {weekday}.",
        "Local elders in {place} called on both sides to protect civilians and to reopen the main road to trade.",
        "The United Nations has repeatedly warned that civilian casualties in {place} province remain high.",
        "Officials in {place} said hundreds of families had been displaced by the fighting since {month}.",
        "The report, which covers the six months ending in {month}, also assessed the capacity of the security "
        "forces of {state}.",
        "{person} has not commented publicly on the accusations, which his aides described as propaganda.",
    ],
}
HEADLINES = [
    "{state} Not Doing Enough to Disrupt {group}: {agency}",
    "{n} Killed in {group} Attack in {place}",
    "{government} Signs Peace Deal with {group}",
    "{state} and {state2} Trade Fire at {place}",
    "{agency} Report Criticises {state}",
]
EVENT_KINDS = ["attack", "clash", "agreement", "talks", "report", "arrest"]


def actor_names(registry) -> dict[str, list[str]]:
    """Names and aliases by kind, from the registry, filled up with the seed's names."""
    names: dict[str, list[str]] = {kind: list(values) for kind, values in FALLBACK.items()}
    if registry is not None:
        for actor in registry.actors:
            kind = actor.kind if actor.kind in names else None
            if kind:
                names[kind].extend([actor.name, *actor.aliases])
    return {kind: sorted(set(values)) for kind, values in names.items()}


def _slots(rng: random.Random, names: dict[str, list[str]], places: list[str]) -> dict[str, str]:
    day = dt.date(2014, 1, 1) + dt.timedelta(days=rng.randrange(0, 5 * 365))
    month2 = dt.date(2000, (day.month % 12) + 1, 1)
    states = rng.sample(names["state"], 2) if len(names["state"]) > 1 else names["state"] * 2
    agencies = rng.sample(names["government_agency"], 2) if len(names["government_agency"]) > 1 else names["government_agency"] * 2
    return {
        "group": rng.choice(names["armed_group"]),
        "state": states[0],
        "state2": states[1],
        "agency": agencies[0],
        "agency2": agencies[1],
        "government": rng.choice(names["government"]),
        "person": rng.choice(names["person"]),
        "place": rng.choice(places),
        "target": rng.choice(TARGETS),
        "topic": rng.choice(TOPICS),
        "n": str(rng.randrange(2, 60)),
        "date": f"{day:%B} {day.day}, {day.year}",
        "month": f"{day:%B}",
        "month2": f"{month2:%B}",
        "year": str(day.year),
        "weekday": f"{day:%A}",
    }


def make_article(rng: random.Random, names: dict[str, list[str]], places: list[str]) -> str:
    """One scraped page: masthead with a retrieval date, title twice, dateline, body, wire tag."""
    slots = _slots(rng, names, places)
    title = rng.choice(HEADLINES).format(**slots)
    retrieved = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(0, 300))
    masthead = f"{rng.choice(OUTLETS)} {retrieved:%A}, {retrieved:%B} {retrieved.day}th, {retrieved.year}"
    fillers = rng.sample(SENTENCES["filler"], len(SENTENCES["filler"]))  # no filler twice in an article
    paragraphs = []
    for _ in range(rng.randrange(10, 17)):
        kind = rng.choice(EVENT_KINDS) if rng.random() < 0.5 or not fillers else "filler"
        template = fillers.pop() if kind == "filler" else rng.choice(SENTENCES[kind])
        sentences = [template.format(**_slots(rng, names, places))]
        if fillers and rng.random() < 0.5:
            sentences.append(fillers.pop().format(**_slots(rng, names, places)))
        paragraphs.append(" ".join(sentences))
    paragraphs[0] = f"{rng.choice(DATELINES)} {paragraphs[0]}"
    wire = rng.choice(WIRES)
    if wire:
        paragraphs[-1] = f"{paragraphs[-1]} {wire}"
    return f"{masthead}\n\n{title}\n\n{title}\n\n" + "\n".join(paragraphs) + "\n"


def write_corpus(folder: Path, count: int, seed: int, registry) -> tuple[int, int]:
    """Write `count` articles; returns (articles, words)."""
    rng = random.Random(seed)
    names = actor_names(registry)
    places = sorted({*PLACES, *(registry.places if registry is not None else ())})
    folder.mkdir(parents=True, exist_ok=True)
    words = 0
    for i in range(count):
        text = make_article(rng, names, places)
        digest = hashlib.sha256(text.encode()).hexdigest()[:16]
        (folder / f"{i:04d}_{digest}.txt").write_text(text, encoding="utf-8")
        words += len(text.split())
    return count, words


# ---------------------------------------------------------------------------------------
# Timing
# ---------------------------------------------------------------------------------------


class Timer:
    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    def __call__(self, name: str, fn: Callable, *args, **kwargs):
        print(f"  {name} ...", end="", flush=True, file=sys.stderr)
        start = time.perf_counter()
        result = fn(*args, **kwargs)
        self.seconds[name] = time.perf_counter() - start
        print(f" {self.seconds[name]:.2f} s", file=sys.stderr)
        return result


class _CountWarnings(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def load_site_config(config_file: Path, docs_dir: Path, site_dir: Path, strict: bool):
    """The repository's MkDocs config pointed at the temporary docs/ and site/."""
    from mkdocs.config import load_config

    cfg = load_config(str(config_file), docs_dir=str(docs_dir), site_dir=str(site_dir), strict=strict)
    plugin = cfg.plugins.get("reportsite")
    if plugin is not None:
        plugin.config.enabled = False  # pages are written by the benchmark itself
    return cfg, plugin


def copy_hand_written(src: Path, dst: Path, owned: tuple[str, ...]) -> None:
    """Copy docs/ without what the generator owns (its folders, index.md, the manifest)."""
    from generator.write import MANIFEST, OWNED_TOP_LEVEL

    dst.mkdir(parents=True, exist_ok=True)
    if not src.is_dir():
        return
    for item in sorted(src.iterdir()):
        if item.name in owned or item.name in OWNED_TOP_LEVEL or item.name == MANIFEST:
            continue
        if item.is_dir():
            shutil.copytree(item, dst / item.name)
        else:
            shutil.copy2(item, dst / item.name)


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def run(args: argparse.Namespace, work: Path) -> dict:
    from generator.config import default_settings, settings_from_plugin_config
    from generator.extract.corpus import extract_article
    from generator.extract.nlp import load_nlp
    from generator.read.articles import read_articles
    from generator.registry import read_registry
    from generator.render.site import render_site
    from generator.resolve.corpus import resolve_corpus
    from generator.write import write_site

    config_file = args.config.resolve()
    docs_dir, site_dir, articles_dir = work / "docs", work / "site", work / "articles"
    registry_path = None if str(args.registry).lower() == "none" else args.registry.resolve()
    if registry_path is not None and not registry_path.is_file():
        logging.warning("%s not found: running without a registry", registry_path)
        registry_path = None
    timer = Timer()

    # Settings: from the plugin block of mkdocs.yml, with the temporary folders and no cache.
    docs_dir.mkdir(parents=True, exist_ok=True)
    if config_file.is_file():
        cfg, plugin = load_site_config(config_file, docs_dir, site_dir, args.strict)
        base = (settings_from_plugin_config(plugin.config, str(config_file), str(docs_dir))
                if plugin is not None else default_settings(config_file.parent))
    else:
        cfg, base = None, default_settings(REPO)
    settings = dataclasses.replace(base, docs_dir=docs_dir, articles=articles_dir, registry=registry_path,
                                   cache=None, progress=False)

    registry_for_corpus = read_registry(registry_path)[0] if registry_path else None
    n_articles, n_words = write_corpus(articles_dir, args.articles, args.seed, registry_for_corpus)
    copy_hand_written(config_file.parent / "docs", docs_dir, settings.owned_dirs)
    print(f"corpus: {n_articles} articles, {n_words} words in {articles_dir}", file=sys.stderr)

    def read():
        registry, registry_problems = read_registry(settings.registry)
        articles, article_problems = read_articles(settings.articles)
        return registry, articles, (*registry_problems, *article_problems)

    registry, articles, problems = timer("read", read)
    body_words = sum(len(p.split()) for a in articles for p in a.paragraphs)
    nlp = timer("load model", load_nlp, registry)

    def extract():
        try:
            from generator.extract.corpus import extract_corpus
        except ImportError:  # only the per-article function
            return tuple(extract_article(nlp, a, registry) for a in articles)
        return extract_corpus(lambda: nlp, articles, registry, None, False)

    extractions = timer("extract", extract)
    kb = timer("resolve", resolve_corpus, articles, extractions, registry, settings)
    pages = timer("render", render_site, kb, registry, settings)
    timer("write", write_site, pages, settings)

    if args.pipeline:
        from generator.pipeline import build_knowledge_base

        built = timer("build_knowledge_base", build_knowledge_base, settings)
        whole = getattr(built, "kb", built)
        assert len(whole.events) == len(kb.events), "pipeline and stages disagree"

    warnings = _CountWarnings()
    md_pages = sum(1 for _ in docs_dir.rglob("*.md"))
    if cfg is not None:
        from mkdocs.commands.build import build as mkdocs_build

        mkdocs_logger = logging.getLogger("mkdocs")
        mkdocs_logger.addHandler(warnings)
        try:
            timer("mkdocs build", mkdocs_build, cfg)
        finally:
            mkdocs_logger.removeHandler(warnings)

    search_index = site_dir / "search" / "search_index.json"
    index_bytes = search_index.stat().st_size if search_index.is_file() else 0
    stages = ("read", "extract", "resolve", "render", "write", "mkdocs build")
    total = sum(timer.seconds.get(s, 0.0) for s in (*stages, "load model"))
    return {
        "articles": len(articles),
        "problems": len(problems) + len(kb.problems),
        "words": body_words,
        "actors": len(kb.actors),
        "mentions": len(kb.mentions),
        "events": len(kb.events),
        "seconds": {name: round(value, 3) for name, value in timer.seconds.items()},
        "total_seconds": round(total, 3),
        "extract_words_per_second": round(body_words / timer.seconds["extract"]) if timer.seconds["extract"] else None,
        "total_words_per_second": round(body_words / total) if total else None,
        "rendered_pages": len(pages),
        "markdown_pages": md_pages,
        "html_pages": sum(1 for _ in site_dir.rglob("*.html")) if site_dir.is_dir() else 0,
        "site_mb": round(folder_bytes(site_dir) / 1e6, 2) if site_dir.is_dir() else 0.0,
        "docs_mb": round(folder_bytes(docs_dir) / 1e6, 2),
        "search_index_bytes": index_bytes,
        "search_index_bytes_per_page": round(index_bytes / md_pages) if md_pages else None,
        "mkdocs_warnings": len(warnings.messages),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }


def report(figures: dict) -> str:
    s = figures["seconds"]
    lines = [
        f"articles {figures['articles']}, words {figures['words']}, problems {figures['problems']}",
        f"actors {figures['actors']}, mentions {figures['mentions']}, events {figures['events']}",
        "",
        f"{'stage':<22}{'seconds':>10}",
    ]
    lines += [f"{name:<22}{value:>10.2f}" for name, value in s.items()]
    lines += [
        f"{'total':<22}{figures['total_seconds']:>10.2f}",
        "",
        f"extraction              {figures['extract_words_per_second']} words/s",
        f"whole build             {figures['total_words_per_second']} words/s",
        f"pages                   {figures['rendered_pages']} generated files, {figures['markdown_pages']} Markdown, "
        f"{figures['html_pages']} HTML",
        f"docs size               {figures['docs_mb']} MB",
        f"site size               {figures['site_mb']} MB",
        f"search index            {figures['search_index_bytes']} bytes, "
        f"{figures['search_index_bytes_per_page']} bytes/page",
        f"mkdocs warnings         {figures['mkdocs_warnings']}",
        f"peak RSS                {figures['peak_rss_mb']} MB",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=200, help="number of synthetic articles (default 200)")
    parser.add_argument("--seed", type=int, default=1, help="random seed of the corpus (default 1)")
    parser.add_argument("--config", type=Path, default=REPO / "mkdocs.yml", help="MkDocs config (default: the repo's)")
    parser.add_argument("--registry", type=Path, default=REPO / "actors.yml", help="actor registry, or `none`")
    parser.add_argument("--strict", action="store_true", help="mkdocs build --strict (fail on warnings)")
    parser.add_argument("--pipeline", action="store_true", help="also time build_knowledge_base() end to end")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it (default: a temporary folder)")
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")

    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        if any(args.keep.iterdir()):
            parser.error(f"{args.keep} is not empty")
        figures = run(args, args.keep.resolve())
    else:
        with tempfile.TemporaryDirectory(prefix="reportsite-bench-") as tmp:
            figures = run(args, Path(tmp))
    print(report(figures))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
