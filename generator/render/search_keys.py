"""Search keys of actor and place pages (front matter `tags`, the field Material's search weighs most).

A word that is on its own the name of another page ("Taliban", "Pakistan") is left out of a
page's keys, so that a search for it puts that page first: "Taliban" finds the Taliban before
Tehrik-e-Taliban Pakistan, whose keys keep "Tehrik-e", "Pakistani", "TTP". The words are split
the way the search index splits them (spaces and hyphens).
"""
from __future__ import annotations

import re

SPLIT = re.compile(r"[\s\-]+")  # Material's default search separator


def words(name: str) -> list[str]:
    return [w for w in SPLIT.split(name) if w]


def claimed_words(names_by_page: dict[str, tuple[str, ...]]) -> dict[str, set[str]]:
    """One-word names -> the pages they name ("taliban" -> {"actors/taliban.md"})."""
    out: dict[str, set[str]] = {}
    for page, names in names_by_page.items():
        for name in names:
            parts = words(name)
            if len(parts) == 1:
                out.setdefault(parts[0].casefold(), set()).add(page)
    return out


def search_keys(page: str, names: tuple[str, ...], claimed: dict[str, set[str]]) -> tuple[str, ...]:
    """The page's names without the words that are another page's whole name, each word once
    (a page with ten "Pakistani ..." aliases must not outweigh Pakistan on "Pakistan"); a name
    left empty is dropped, the order is kept."""
    out: list[str] = []
    seen: set[str] = set()
    for name in names:
        kept = []
        for word in words(name):
            key = word.casefold()
            if key not in seen and page in claimed.get(key, {page}):
                seen.add(key)
                kept.append(word)
        if kept:
            out.append(" ".join(kept))
    return tuple(out)
