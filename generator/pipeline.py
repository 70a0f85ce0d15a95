"""The whole pipeline: read -> extract -> resolve -> render -> write.

Only this module and the readers/writer touch the filesystem.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field

from generator.config import Settings
from generator.extract.corpus import extract_corpus
from generator.extract.nlp import load_nlp
from generator.model import KnowledgeBase, Problem, Registry
from generator.read.articles import read_articles
from generator.read.jsonl import field_map
from generator.read.limits import Limits
from generator.registry import read_registry
from generator.render.context import page_path
from generator.resolve.corpus import resolve_corpus
from generator.resolve.overrides import read_overrides
from generator.resolve.urls import UrlMap, UrlMapError, from_json, stable_urls, to_json

log = logging.getLogger("generator")


class PipelineError(Exception):
    """A problem that stops the run (as opposed to a bad file, which is skipped)."""


@dataclass(frozen=True)
class Built:
    registry: Registry
    kb: KnowledgeBase
    urls: UrlMap = field(default_factory=UrlMap)


def load_url_map(settings: Settings) -> UrlMap:
    """The URL map of the previous build (empty when there is none)."""
    path = settings.url_map
    if path is None or not path.is_file():
        return UrlMap()
    try:
        return from_json(path.read_text(encoding="utf-8"))
    except UrlMapError as err:
        raise PipelineError(f"{path}:{err.line}: {err.message} (delete the file to start a new map)") from None
    except (OSError, UnicodeDecodeError) as err:
        raise PipelineError(f"{path}:1: cannot read the URL map: {err}") from None


def save_url_map(settings: Settings, url_map: UrlMap) -> None:
    """Write the URL map when its bytes changed (through a temporary file: never half-written)."""
    path = settings.url_map
    if path is None:
        return
    text = to_json(url_map)
    if path.is_file() and path.read_text(encoding="utf-8") == text:
        return
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


def build_knowledge_base(settings: Settings) -> Built:
    if not settings.articles.is_dir():
        raise PipelineError(f"{settings.articles}: articles folder not found")
    if settings.registry is not None and not settings.registry.is_file():
        raise PipelineError(f"{settings.registry}: actor registry not found (use --registry none to run without one)")
    try:
        field_map(dict(settings.json_fields))
    except ValueError as err:
        raise PipelineError(f"mkdocs.yml: {err}") from None
    registry, registry_problems = read_registry(settings.registry)
    previous = load_url_map(settings)
    articles, article_problems = read_articles(
        settings.articles, dict(settings.json_fields),
        limits=Limits(settings.max_article_chars, settings.max_sentence_chars), previous_ids=previous.articles)
    overrides, override_problems = read_overrides(settings.events_overrides)
    problems: list[Problem] = [*registry_problems, *article_problems, *override_problems]
    for problem in problems:
        log.warning("%s", problem)
    extractions = extract_corpus(
        lambda: load_nlp(registry), articles, registry, settings.cache, settings.progress, problems
    )
    kb = resolve_corpus(articles, extractions, registry, settings, problems, overrides)
    folders = {"actors": settings.actors_dir, "articles": settings.articles_dir, "events": settings.events_dir}
    kb, urls, _ = stable_urls(kb, previous, folders, page_path)
    for problem in kb.problems[len(problems):]:
        log.warning("%s", problem)
    return Built(registry, kb, urls)


def generate(settings: Settings):
    """Build the knowledge base and write the generated pages; returns (kb, write report)."""
    from generator.render.site import render_site
    from generator.write import write_site

    built = build_knowledge_base(settings)
    pages = render_site(built.kb, built.registry, settings)
    report = write_site(pages, settings)
    save_url_map(settings, built.urls)
    kb = built.kb
    log.info(
        "reportsite: %d articles, %d actors, %d events, %d problems; %s",
        len(kb.articles), len(kb.actors), len(kb.events), len(kb.problems), report,
    )
    return kb, report
