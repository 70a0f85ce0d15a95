"""Read a folder of articles: one reader per format, every bad file a Problem.

`.txt` files are scraped plain text (see text.py), `.md` / `.markdown` files
Markdown with YAML front matter (see markdown.py), `.html` / `.htm` saved web pages (html.py);
files that may hold many articles: `.jsonl` / `.ndjson` / `.json` scraper exports (jsonl.py)
and `.rss` / `.atom` / `.xml` saved feeds (feeds.py). Hidden files and folders
and other suffixes are ignored. A file that cannot be read is reported as
`path:line: message` and skipped; the rest are still read.
"""
from __future__ import annotations

import dataclasses
import logging
import os
from pathlib import Path
from functools import partial
from typing import Callable, Mapping

from generator.model import Article, Problem
from generator.read.errors import ReadError
from generator.read.feeds import read_feed_articles
from generator.read.html import read_html_article
from generator.read.jsonl import field_map, read_json_articles
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


def _read_one(folder: Path, path: Path, fields: dict) -> Article | Problem | list[Article | Problem]:
    shown = display_path(path)
    try:
        data = path.read_bytes()
    except OSError as err:
        return Problem(shown, 1, f"cannot read file: {err.strerror or err}")
    try:
        raw = data.decode("utf-8")
    except UnicodeDecodeError as err:
        return Problem(shown, 1, f"not UTF-8 text (byte {err.start})")
    suffix = path.suffix.lower()
    reader = READERS.get(suffix) or partial(MANY_READERS[suffix], shown=shown)
    if MANY_READERS.get(suffix) is read_json_articles:
        reader = partial(read_json_articles, fields=fields, shown=shown)
    try:
        return reader(path.relative_to(folder).as_posix(), raw)
    except ReadError as err:
        return Problem(shown, err.line, err.message)


def _unique_ids(read: list[tuple[Path, Article]]) -> tuple[list[Article], list[Problem]]:
    """Give later files with a taken id a suffix -2, -3 ... in walk order."""
    taken = {article.id for _, article in read}
    first: dict[str, str] = {}
    articles, problems = [], []
    for path, article in read:
        if article.id not in first:
            first[article.id] = article.path
            articles.append(article)
            continue
        n = 2
        while f"{article.id}-{n}" in taken:
            n += 1
        new_id = f"{article.id}-{n}"
        taken.add(new_id)
        entry = "#" in article.path  # one of many articles in a file: its title makes the id
        problems.append(Problem(
            display_path(path), article.body_line if entry else 1,
            f"duplicate id {article.id!r} (also {first[article.id]}): using {new_id!r}; "
            + ("change the title to choose" if entry else "rename the file to choose"),
        ))
        articles.append(dataclasses.replace(article, id=new_id))
    return articles, problems


def read_articles(folder: Path, json_fields: Mapping[str, object] | None = None,
                  ) -> tuple[tuple[Article, ...], tuple[Problem, ...]]:
    """Every article under `folder` (sorted by id) and the problems met on the way.

    `json_fields` overrides keys of the field mapping of JSON exports (see jsonl.py)."""
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
        result = _read_one(folder, path, fields)
        for item in result if isinstance(result, list) else [result]:
            if isinstance(item, Problem):
                problems.append(item)
            else:
                read.append((path, item))
    read, repeats = drop_repeats(read, display_path)
    problems.extend(repeats)
    articles, duplicates = _unique_ids(read)
    problems.extend(duplicates)
    problems.sort(key=lambda p: (p.path, p.line, p.message))
    log.info("read %d of %d article files in %s (%d problems)",
             len({path for path, _ in read}), len(files), display_path(folder), len(problems))
    return tuple(sorted(articles, key=lambda a: a.id)), tuple(problems)
