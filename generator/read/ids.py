"""Unique article ids (URL slugs) for a folder: a file keeps the id an earlier build gave it
(the URL map's `articles`: path -> id); the others get their own id or, when it is taken, a
suffix -2, -3 ... in walk order, with a warning."""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Mapping
from pathlib import Path

from generator.model import Article, Problem


def unique_ids(read: list[tuple[Path, Article]], previous: Mapping[str, str],
               shown: Callable[[Path], str]) -> tuple[list[Article], list[Problem]]:
    """The articles (in walk order) with unique ids, and a problem per renamed newcomer;
    `shown(path)` is the path a message names."""
    kept: dict[str, str] = {}  # path -> id kept from the previous build
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
        entry = "#" in article.path  # one of many articles in a file: its title makes the id
        problems.append(Problem(
            shown(path), article.body_line if entry else 1,
            f"duplicate id {article.id!r} (also {first.get(article.id) or holder[article.id]}): using {new_id!r}; "
            + ("change the title to choose" if entry else "rename the file to choose"),
        ))
        articles.append(dataclasses.replace(article, id=new_id))
    return articles, problems
