"""Read a folder of articles: one reader per format, every bad file a Problem.

`.txt` files are scraped plain text (see text.py), `.md` / `.markdown` files
Markdown with YAML front matter (see markdown.py), `.html` / `.htm` saved web pages (html.py);
files that may hold many articles: `.jsonl` / `.ndjson` / `.json` scraper exports (jsonl.py)
and `.rss` / `.atom` / `.xml` saved feeds (feeds.py). Hidden files and folders
and other suffixes are ignored. A file that cannot be read is reported as
`path:line: message` and skipped; the rest are still read.
"""
from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from functools import partial
from pathlib import Path
from typing import Callable

from generator.model import Article, Problem
from generator.read.decode import decode_article
from generator.read.errors import ReadError
from generator.read.feeds import read_feed_articles
from generator.read.guard import read_guarded, within_limits
from generator.read.html import read_html_article
from generator.read.ids import unique_ids
from generator.read.jsonl import field_map, read_json_articles
from generator.read.limits import Limits
from generator.read.markdown import read_markdown_article
from generator.read.repeats import drop_repeats
from generator.read.text import read_text_article

__all__ = ["READERS", "ReadError", "read_articles"]

log = logging.getLogger(__name__)

READERS: dict[str, Callable[[str, str], Article]] = {
    ".markdown": read_markdown_article,
    ".md": read_markdown_article,
    ".txt": read_text_article,
    ".html": read_html_article,
    ".htm": read_html_article,
}
# Readers of files that may hold many articles: (path, text, shown path) -> articles and problems.
MANY_READERS: dict[str, Callable[..., list[Article | Problem]]] = {
    ".jsonl": read_json_articles,
    ".ndjson": read_json_articles,
    ".json": read_json_articles,
    ".rss": read_feed_articles,
    ".atom": read_feed_articles,
    ".xml": read_feed_articles,
}


def display_path(path: Path) -> str:
    """The path a user can open: relative to the working directory when inside it."""
    absolute = Path(os.path.abspath(path))
    try:
        return absolute.relative_to(Path(os.path.abspath(Path.cwd()))).as_posix()
    except ValueError:
        return absolute.as_posix()


def _article_files(folder: Path) -> list[Path]:
    files = []
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if any(part.startswith(".") for part in relative.parts):
            continue
        if path.suffix.lower() in READERS.keys() | MANY_READERS.keys() and path.is_file():
            files.append(path)
    return files


def _read_one(folder: Path, path: Path, fields: dict, limits: Limits) -> tuple[list[Article], list[Problem]]:
    """The articles of one file (none when it cannot be read) and its problems: the reason it
    was not read, or the bad values and over-long parts left out (see guard.py)."""
    shown = display_path(path)
    try:
        data = path.read_bytes()
    except OSError as err:
        return [], [Problem(shown, 1, f"cannot read file: {err.strerror or err}")]
    relative = path.relative_to(folder).as_posix()
    suffix = path.suffix.lower()
    if suffix in READERS:
        article, found = read_guarded(READERS[suffix], relative, data, limits)
        return ([article] if article is not None else []), [Problem(shown, line, msg) for line, msg in found]
    reader = partial(MANY_READERS[suffix], shown=shown)
    if MANY_READERS[suffix] is read_json_articles:
        reader = partial(read_json_articles, fields=fields, shown=shown)
    try:
        decoded = decode_article(data)
        items = reader(relative, decoded.text)
    except ReadError as err:
        return [], [Problem(shown, err.line, err.message)]
    problems = [Problem(shown, *decoded.warning)] if decoded.warning else []
    articles = []
    for item in items:
        if isinstance(item, Problem):
            problems.append(item)
            continue
        article, dropped = within_limits(item, decoded.text, limits)
        problems += [Problem(shown, line, msg) for line, msg in dropped]
        if article is not None:
            articles.append(article)
    return articles, problems


def read_articles(
    folder: Path, json_fields: Mapping[str, object] | None = None, *, limits: Limits | None = None,
    previous_ids: Mapping[str, str] | None = None,
) -> tuple[tuple[Article, ...], tuple[Problem, ...]]:
    """Every article under `folder` (sorted by id) and the problems met on the way.

    `json_fields` overrides keys of the field mapping of JSON exports (see jsonl.py);
    `previous_ids` (path -> id, from the URL map) keeps the ids of an earlier build."""
    folder = Path(folder)
    fields = field_map(json_fields)
    if not folder.is_dir():
        problem = Problem(display_path(folder), 1, "articles folder not found")
        log.warning("%s", problem)
        return (), (problem,)
    read: list[tuple[Path, Article]] = []
    problems: list[Problem] = []
    files = _article_files(folder)
    for path in files:
        found, trouble = _read_one(folder, path, fields, limits or Limits())
        problems.extend(trouble)
        read.extend((path, article) for article in found)
    read, repeats = drop_repeats(read, display_path)
    problems.extend(repeats)
    articles, duplicates = unique_ids(read, previous_ids or {}, display_path)
    problems.extend(duplicates)
    problems.sort(key=lambda p: (p.path, p.line, p.message))
    log.info("read %d of %d article files in %s (%d problems)",
             len({path for path, _ in read}), len(files), display_path(folder), len(problems))
    return tuple(sorted(articles, key=lambda a: a.id)), tuple(problems)
