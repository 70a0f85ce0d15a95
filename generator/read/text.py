"""Reader for scraped plain-text articles: the seed's format.

A scraped page looks like this (every part but the title and body is optional):

    Editor in Chief: ... Friday, March 29th, 2024      <- masthead: the scrape date
    Pakistan Not Doing Enough ...                     <- title (often repeated)
    By Staff Reporter | Published: June 14, 2016      <- byline with the publication date
    WASHINGTON - Pakistan has not ...                 <- dateline, then one paragraph a line
    ... the report said. (Pajhwok)                    <- wire tag

The masthead date is when the page was scraped: it becomes `retrieved`, never
`published`. Only a date stated with its year in a byline or dateline is a
publication date. Nothing here "fixes" the text: quotes and cut sentences stay
as written; only whitespace is normalised.
"""
from __future__ import annotations

import hashlib
import re
from pathlib import PurePosixPath

from slugify import slugify

from generator.model import Article
from generator.read.dates import FoundDate, dateline_year, day_value
from generator.read.errors import ReadError
from generator.read.furniture import (
    agency_name,
    byline_info,
    credit_line,
    is_junk,
    masthead,
    split_dateline,
    split_wire_tag,
)

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x7f\u200b\ufeff]")


def normalise(line: str) -> str:
    """One paragraph's whitespace collapsed; invisible control characters removed."""
    return " ".join(_CONTROL.sub(" ", line).split())


def _same(a: str, b: str) -> bool:
    return a.casefold() == b.casefold()


def article_id(path: str) -> str:
    return slugify(PurePosixPath(path).stem) or "article"


def content_hash(raw: str) -> str:
    """sha256 of the file's text as read (undecodable bytes kept by surrogateescape)."""
    return hashlib.sha256(raw.encode("utf-8", "surrogateescape")).hexdigest()


def read_text_article(path: str, raw: str) -> Article:
    """Read one scraped plain-text article; `path` is relative to the articles folder."""
    raw_lines = raw.split("\n")
    for number, line in enumerate(raw_lines, start=1):
        if "\x00" in line:
            raise ReadError(number, "binary file (NUL byte), not text")
    items = [(n, normalise(line)) for n, line in enumerate(raw_lines, start=1) if normalise(line)]
    if not items:
        raise ReadError(1, "empty file")

    pos, retrieved, outlet, wire, byline = 0, None, None, None, None
    dates: list[tuple[int, FoundDate]] = []
    top = masthead(items[0][1]) if len(items) > 1 and not _same(items[0][1], items[1][1]) else None
    if top:
        retrieved, outlet = day_value(top[0], "retrieved"), top[1]
        pos = 1
    while pos < len(items) and (is_junk(items[pos][1]) or credit_line(items[pos][1])):
        wire = wire or credit_line(items[pos][1])
        pos += 1
    if pos == len(items):
        raise ReadError(items[-1][0], "no title or body text")
    title_line, title = items[pos]
    pos += 1

    paragraphs: list[tuple[int, str]] = []
    in_header = True
    for number, text in items[pos:]:
        if _same(text, title) or is_junk(text):
            continue
        if credit := (credit_line(text) if in_header else agency_name(text)):
            wire = wire or credit
            continue
        info = byline_info(text, header=in_header)
        if info:
            byline = byline or info[0]
            if info[1]:
                dates.append(info[1])
            continue
        in_header = False
        paragraphs.append((number, text))
    if not paragraphs:
        raise ReadError(title_line, f"no body text after the title {title!r}")

    body_line = paragraphs[0][0]
    dateline = split_dateline(paragraphs[0][1])
    place = None
    if dateline:
        place, wire = dateline.place, dateline.wire or wire
        if dateline.published:
            dates.append((1, FoundDate(dateline.published.start, dateline.published.text, 0, 0, False)))
        paragraphs[0] = (paragraphs[0][0], dateline.rest)
        if dateline.month_day and not dates:
            dates_from_body = dateline_year(dateline.month_day, [t for _, t in paragraphs], retrieved)
            if dates_from_body:
                dates.append((3, dates_from_body))
    last, tag = split_wire_tag(paragraphs[-1][1])
    if tag:
        wire = wire or tag
        paragraphs[-1] = (paragraphs[-1][0], last)
    texts = tuple(text for _, text in paragraphs if text)
    if not texts:
        raise ReadError(body_line, "no body text after the dateline")

    published = None
    if dates:
        best = min(dates, key=lambda d: d[0])  # min() keeps the first of equal priority
        published = day_value(best[1], "explicit" if best[0] < 3 else "inferred_from_context")
    return Article(
        id=article_id(path),
        path=path,
        title=title,
        paragraphs=texts,
        content_hash=content_hash(raw),
        format="text",
        outlet=outlet,
        dateline=place,
        wire=wire,
        byline=byline,
        published=published,
        retrieved=retrieved,
        body_line=body_line,
    )
