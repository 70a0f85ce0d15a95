"""The same article read twice (two saved copies of a feed, a feed entry and its saved page) is kept once.

Two articles are the same when they name the same original URL (scheme, host and a trailing
slash aside; the fragment ignored). The full text wins over a feed's summary; otherwise the
first in walk order is kept. Each copy left out is reported at its own `path:line`. Articles
without a URL are never taken for copies.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable
from urllib.parse import urlsplit

from generator.model import Article, Problem


def url_key(url: str | None) -> str | None:
    if not url or not url.strip():
        return None
    parts = urlsplit(url.strip())
    if not parts.netloc:
        return None
    host = parts.netloc.lower().removeprefix("www.")
    return f"{host}{parts.path.rstrip('/')}" + (f"?{parts.query}" if parts.query else "")


def drop_repeats(read: list[tuple[Path, Article]], shown: Callable[[Path], str],
                 ) -> tuple[list[tuple[Path, Article]], list[Problem]]:
    """`read` (path, article) in walk order without the later copies, and a problem for each."""
    best: dict[str, int] = {}
    for index, (_, article) in enumerate(read):
        key = url_key(article.url)
        if key is None:
            continue
        if key not in best or (read[best[key]][1].excerpt and not article.excerpt):
            best[key] = index
    kept, problems = [], []
    for index, (path, article) in enumerate(read):
        key = url_key(article.url)
        if key is None or best[key] == index:
            kept.append((path, article))
            continue
        other = read[best[key]][1]
        entry = f"entry {article.path.rsplit('#', 1)[1]}: " if "#" in article.path else ""
        problems.append(Problem(shown(path), article.body_line,
                                f"{entry}the same article (URL {article.url}) as {other.path}: read once"))
    return kept, problems
