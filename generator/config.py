"""The generator's settings: the `reportsite` block of `plugins:` in mkdocs.yml.

Both the CLI and the MkDocs plugin read them through `ReportsiteConfig`, then turn
them into a frozen `Settings` with absolute paths.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class ReportsiteConfig(Config):
    """Options of the `reportsite` MkDocs plugin."""

    articles = c.Type(str, default="articles")
    """Folder of articles, relative to mkdocs.yml."""
    registry = c.Type(str, default="actors.yml")
    """Actor registry, relative to mkdocs.yml; "none" to run without one."""
    templates = c.Optional(c.Type(str))
    """Folder of Jinja2 templates; default: the templates bundled with reportsite."""
    actors_dir = c.Type(str, default="actors")
    """Folder under docs/ owned by the generator for actor pages."""
    events_dir = c.Type(str, default="events")
    """Folder under docs/ owned by the generator for event pages."""
    articles_dir = c.Type(str, default="articles")
    """Folder under docs/ owned by the generator for article pages."""
    data_dir = c.Type(str, default="data")
    """Folder under docs/ owned by the generator for data downloads."""
    min_mentions = c.Type(int, default=2)
    """A discovered (non-registry) actor gets a page with at least this many mentions ..."""
    min_articles = c.Type(int, default=2)
    """... or when mentioned in at least this many articles, or when it takes part in an event."""
    events_overrides = c.Type(str, default="events.yml")
    """Curator's event merges and splits, relative to mkdocs.yml (a missing file is fine)."""
    cache = c.Type(str, default=".reportsite-cache")
    """Folder for the per-article extraction cache, relative to mkdocs.yml; "" disables it."""
    urls = c.Type(str, default="reportsite-urls.json")
    """URL map (which page keeps which URL across builds, and redirects), relative to mkdocs.yml;
    "" disables it. Commit it with the site so that published URLs stay."""
    max_article_chars = c.Type(int, default=200_000)
    """An article's text is cut after this many characters (with a warning)."""
    max_sentence_chars = c.Type(int, default=2_000)
    """A sentence longer than this is left out of its article (with a warning)."""
    enabled = c.Type(bool, default=True)
    """Regenerate pages on `mkdocs build` / `mkdocs serve`."""


@dataclass(frozen=True)
class Settings:
    root: Path  # folder of mkdocs.yml
    docs_dir: Path
    articles: Path
    registry: Path | None
    templates: Path | None
    actors_dir: str = "actors"
    events_dir: str = "events"
    articles_dir: str = "articles"
    data_dir: str = "data"
    min_mentions: int = 2
    min_articles: int = 2
    cache: Path | None = None
    progress: bool = False
    events_overrides: Path | None = None
    max_article_chars: int = 200_000
    max_sentence_chars: int = 2_000
    url_map: Path | None = None  # the URL map file; None: no memory of earlier builds

    @property
    def owned_dirs(self) -> tuple[str, ...]:
        return (self.actors_dir, self.articles_dir, self.data_dir, self.events_dir)

    def with_overrides(self, **changes) -> "Settings":
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


def settings_from_plugin_config(cfg: ReportsiteConfig, config_file: str, docs_dir: str) -> Settings:
    root = Path(config_file).resolve().parent
    registry = None if cfg.registry.strip().lower() in ("", "none") else root / cfg.registry
    return Settings(
        root=root,
        docs_dir=Path(docs_dir).resolve(),
        articles=root / cfg.articles,
        registry=registry,
        templates=root / cfg.templates if cfg.templates else None,
        actors_dir=cfg.actors_dir,
        events_dir=cfg.events_dir,
        articles_dir=cfg.articles_dir,
        data_dir=cfg.data_dir,
        min_mentions=cfg.min_mentions,
        min_articles=cfg.min_articles,
        cache=root / cfg.cache if cfg.cache else None,
        events_overrides=root / cfg.events_overrides if cfg.events_overrides else None,
        max_article_chars=cfg.max_article_chars,
        max_sentence_chars=cfg.max_sentence_chars,
        url_map=root / cfg.urls if cfg.urls else None,
    )


def default_settings(root: Path, articles: Path | None = None, registry: Path | None | str = "actors.yml") -> Settings:
    """Settings without a mkdocs.yml (used by `evaluate` and by tests)."""
    root = root.resolve()
    if isinstance(registry, str):
        registry = None if registry.lower() == "none" else root / registry
    return Settings(
        root=root,
        docs_dir=root / "docs",
        articles=articles or root / "articles",
        registry=registry,
        templates=None,
        cache=None,
        events_overrides=root / "events.yml",
    )
