"""Read a folder of articles: one reader per format, every bad file a Problem.

`.txt` files are scraped plain text (see read_text.py), `.md` / `.markdown` files
Markdown with YAML front matter (see read_markdown.py). Hidden files and folders
and other suffixes are ignored. A file that cannot be read is reported as
`path:line: message` and skipped; the rest are still read.
"""
from __future__ import annotations

import dataclasses
import logging
import os
from pathlib import Path
from typing import Callable

from generator.model import Article, Problem
from generator.read.errors import ReadError
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


def _read_one(folder: Path, path: Path) -> Article | Problem:
    shown = display_path(path)
    try:
        data = path.read_bytes()
    except OSError as err:
        return Problem(shown, 1, f"cannot read file: {err.strerror or err}")
    try:
        raw = data.decode("utf-8")
    except UnicodeDecodeError as err:
        return Problem(shown, 1, f"not UTF-8 text (byte {err.start})")
    reader = READERS[path.suffix.lower()]
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
        problems.append(Problem(
            display_path(path), 1,
            f"duplicate id {article.id!r} (also {first[article.id]}): using {new_id!r}; rename the file to choose",
        ))
        articles.append(dataclasses.replace(article, id=new_id))
    return articles, problems


def read_articles(folder: Path) -> tuple[tuple[Article, ...], tuple[Problem, ...]]:
    """Every article under `folder` (sorted by id) and the problems met on the way."""
    folder = Path(folder)
    if not folder.is_dir():
        problem = Problem(display_path(folder), 1, "articles folder not found")
        log.warning("%s", problem)
        return (), (problem,)
    read: list[tuple[Path, Article]] = []
    problems: list[Problem] = []
    files = _article_files(folder)
    for path in files:
        result = _read_one(folder, path)
        if isinstance(result, Problem):
            problems.append(result)
        else:
            read.append((path, result))
    articles, duplicates = _unique_ids(read)
    problems.extend(duplicates)
    problems.sort(key=lambda p: (p.path, p.line, p.message))
    log.info("read %d of %d article files in %s (%d problems)",
             len(articles), len(files), display_path(folder), len(problems))
    return tuple(sorted(articles, key=lambda a: a.id)), tuple(problems)
