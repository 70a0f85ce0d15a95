"""Read a folder of articles: one reader per format, every bad file a Problem.

`.txt` files are scraped plain text (see read_text.py), `.md` / `.markdown` files
Markdown with YAML front matter (see read_markdown.py). Hidden files and folders
and other suffixes are ignored. A file that cannot be read is reported as
`path:line: message` and skipped; the rest are still read.
"""
from __future__ import annotations

import dataclasses
import hashlib
import logging
import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Callable

from generator.model import Article, Problem
from generator.read.decode import decode_article
from generator.read.errors import ReadError, collect_warnings
from generator.read.limits import Limits, cut_text, limit_paragraphs
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
    was not read, or the bad values and over-long parts left out of it."""
    shown = display_path(path)
    try:
        data = path.read_bytes()
    except OSError as err:
        return None, [Problem(shown, 1, f"cannot read file: {err.strerror or err}")]
    warnings: list[tuple[int, str]] = []
    try:
        decoded = decode_article(data)
        raw, cut = cut_text(decoded.text, limits)
        warnings += [w for w in (decoded.warning, cut) if w]
        with collect_warnings() as collected:
            article = READERS[path.suffix.lower()](path.relative_to(folder).as_posix(), raw)
        warnings += collected
    except ReadError as err:
        return None, [Problem(shown, line, message) for line, message in warnings] + [
            Problem(shown, err.line, err.message)]
    paragraphs, dropped = limit_paragraphs(article.paragraphs, limits)
    for first_words, length in dropped:
        at = raw.find(first_words)
        line = raw.count("\n", 0, at) + 1 if at >= 0 else article.body_line
        warnings.append((line, f"sentence of {length:,} characters left out "
                               f"(over the limit of {limits.max_sentence_chars:,}, max_sentence_chars)"))
    if not paragraphs:
        return None, [Problem(shown, line, message) for line, message in warnings] + [
            Problem(shown, article.body_line, "no body text within the limits")]
    article = dataclasses.replace(article, paragraphs=paragraphs, content_hash=hashlib.sha256(data).hexdigest())
    return article, [Problem(shown, line, message) for line, message in warnings]


def _unique_ids(read: list[tuple[Path, Article]], previous: Mapping[str, str]) -> tuple[list[Article], list[Problem]]:
    """Unique ids: a file keeps the id an earlier build gave it (`previous`: path -> id); the
    others get their own id or, when it is taken, a suffix -2, -3 ... in walk order."""
    kept: dict[str, str] = {}  # path -> id
    for _, article in sorted(read, key=lambda pa: pa[1].path):
        old = previous.get(article.path)
        if old and old not in kept.values() and re.fullmatch(rf"{re.escape(article.id)}(?:-\d+)?", old):
            kept[article.path] = old
    holder = {i: p for p, i in kept.items()}
    taken = {article.id for _, article in read} | set(holder)
    first: dict[str, str] = {}
    articles, problems = [], []
    for path, article in read:
        if article.path in kept:
            articles.append(dataclasses.replace(article, id=kept[article.path]))
            continue
        if article.id not in first and article.id not in holder:
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
            f"duplicate id {article.id!r} (also {first.get(article.id) or holder[article.id]}): using {new_id!r}; "
            "rename the file to choose",
        ))
        articles.append(dataclasses.replace(article, id=new_id))
    return articles, problems


def read_articles(
    folder: Path, limits: Limits | None = None, previous_ids: Mapping[str, str] | None = None,
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
    articles, duplicates = _unique_ids(read, previous_ids or {})
    problems.extend(duplicates)
    problems.sort(key=lambda p: (p.path, p.line, p.message))
    log.info("read %d of %d article files in %s (%d problems)",
             len(articles), len(files), display_path(folder), len(problems))
    return tuple(sorted(articles, key=lambda a: a.id)), tuple(problems)
