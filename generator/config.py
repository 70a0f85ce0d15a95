"""The generator's settings: the `reportsite` block of `plugins:` in mkdocs.yml.

Both the CLI and the MkDocs plugin read them through `ReportsiteConfig`, then turn
them into a frozen `Settings` with absolute paths.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from pathlib import Path

from mkdocs.config import config_options as c
from mkdocs.config.base import Config

log = logging.getLogger("generator")
DEFAULT_REGISTRY = "actors.yml"


class ReportsiteConfig(Config):
    """Options of the `reportsite` MkDocs plugin."""

    articles = c.Type(str, default="articles")
    """Folder of articles, relative to mkdocs.yml."""
    registry = c.Optional(c.Type(str))
    """Actor registry, relative to mkdocs.yml; "none" to run without one. Not set: `actors.yml`
    when there is one, else none (an explicitly set registry that is missing is an error)."""
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
    json_fields = c.Type(dict, default={})
    """Keys of JSON / JSON Lines exports for title, text, date, url, outlet, author (see read/jsonl.py)."""
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
    json_fields: tuple[tuple[str, object], ...] = ()  # (value, key or keys) overrides for JSON exports
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
    registry = _registry_path(root, cfg.registry)
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
        json_fields=tuple(sorted((str(k), tuple(v) if isinstance(v, list) else v)
                                 for k, v in (cfg.json_fields or {}).items())),
        max_article_chars=cfg.max_article_chars,
        max_sentence_chars=cfg.max_sentence_chars,
        url_map=root / cfg.urls if cfg.urls else None,
    )


def _registry_path(root: Path, configured: str | None) -> Path | None:
    if configured is None:  # not set: the default file if the project has one
        default = root / DEFAULT_REGISTRY
        if default.is_file():
            return default
        log.info("reportsite: no actor registry (%s not found): only discovered actors", DEFAULT_REGISTRY)
        return None
    return None if configured.strip().lower() in ("", "none") else root / configured


def ensure_docs_dir(config_file: str | Path) -> Path | None:
    """Create the `docs_dir` of a mkdocs.yml when it is missing (it may hold only generated pages).

    Returns the folder it created, None when there was nothing to do or the file is unreadable
    (MkDocs then reports the problem itself).
    """
    from mkdocs.utils.yaml import yaml_load

    path = Path(config_file)
    try:
        with path.open("rb") as fh:
            data = yaml_load(fh)
    except Exception:  # noqa: BLE001 - any problem is MkDocs' to report, with its own message
        return None
    docs = data.get("docs_dir", "docs") if isinstance(data, dict) else None
    if not isinstance(docs, str) or not docs.strip():
        return None
    folder = path.resolve().parent / docs
    if folder.exists():
        return None
    try:
        folder.mkdir(parents=True)
    except OSError:
        return None  # MkDocs reports the missing folder
    log.info("reportsite: created the missing docs folder %s", folder)
    return folder


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
