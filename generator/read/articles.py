"""Read a folder of articles: one reader per format, every bad file a Problem.

`.txt` files are scraped plain text (see read_text.py), `.md` / `.markdown` files
Markdown with YAML front matter (see read_markdown.py). Hidden files and folders
and other suffixes are ignored. A file that cannot be read is reported as
`path:line: message` and skipped; the rest are still read.
"""
from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Callable

from generator.model import Article, Problem
from generator.read.errors import ReadError
from generator.read.guard import read_guarded
from generator.read.ids import unique_ids
from generator.read.limits import Limits
from generator.read.markdown import read_markdown_article
from generator.read.text import read_text_article

__all__ = ["READERS", "ReadError", "read_articles"]

log = logging.getLogger(__name__)

READERS: dict[str, Callable[[str, str], Article]] = {
    ".markdown": read_markdown_article,
    ".md": read_markdown_article,
    ".txt": read_text_article,
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
        if path.suffix.lower() in READERS and path.is_file():
            files.append(path)
    return files


def _read_one(folder: Path, path: Path, limits: Limits) -> tuple[Article | None, list[Problem]]:
    """The article of one file (None when it cannot be read) and its problems: the reason it
    was not read, or the bad values and over-long parts left out of it (see guard.py)."""
    shown = display_path(path)
    try:
        data = path.read_bytes()
    except OSError as err:
        return None, [Problem(shown, 1, f"cannot read file: {err.strerror or err}")]
    reader = READERS[path.suffix.lower()]
    article, found = read_guarded(reader, path.relative_to(folder).as_posix(), data, limits)
    return article, [Problem(shown, line, message) for line, message in found]


def read_articles(
    folder: Path, *, limits: Limits | None = None, previous_ids: Mapping[str, str] | None = None,
) -> tuple[tuple[Article, ...], tuple[Problem, ...]]:
    """Every article under `folder` (sorted by id) and the problems met on the way;
    `previous_ids` (path -> id, from the URL map) keeps the ids of an earlier build."""
    folder = Path(folder)
    if not folder.is_dir():
        problem = Problem(display_path(folder), 1, "articles folder not found")
        log.warning("%s", problem)
        return (), (problem,)
    read: list[tuple[Path, Article]] = []
    problems: list[Problem] = []
    files = _article_files(folder)
    for path in files:
        article, found = _read_one(folder, path, limits or Limits())
        problems.extend(found)
        if article is not None:
            read.append((path, article))
    articles, duplicates = unique_ids(read, previous_ids or {}, display_path)
    problems.extend(duplicates)
    problems.sort(key=lambda p: (p.path, p.line, p.message))
    log.info("read %d of %d article files in %s (%d problems)",
             len(articles), len(files), display_path(folder), len(problems))
    return tuple(sorted(articles, key=lambda a: a.id)), tuple(problems)
