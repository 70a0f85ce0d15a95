"""Reader for scraped plain-text articles: the seed's format and real scraped news pages.

A scraped page looks like this (every part but the body is optional):

    date 2018-11-26 ...                               <- the scraper's stamp: a publication date
    Editor in Chief: ... Friday, March 29th, 2024      <- masthead: the scrape date
    Pakistan Not Doing Enough ...                     <- title (often repeated)
    By Staff Reporter | Published: June 14, 2016      <- byline with the publication date
    Jane Roe / Saturday 26 October 2019 07:10 BST      <- or an author line and a date line
    WASHINGTON - Pakistan has not ...                 <- dateline, then one paragraph a line
    ... the report said. (Pajhwok)                    <- wire tag

The masthead date is when the page was scraped: it becomes `retrieved`, never
`published`. A publication date is the scraper's stamp, a date with its year in a
byline, a dated credit or a date line in the header (the lines above the first
sentence of the story), or a dateline's; a "Published" date beats the stamp, a
byline date and the header's date line, which beat an "Updated" date. A numeric
date ("20/04/2016") counts only where its day-month order is decided. Dates in
captions, embedded posts and the story itself never count. A page whose stamp line
or first line is already the story has no title line: that paragraph stays in the
body and the title is made of its first words. Page clutter is dropped by
`clutter.clean`. Nothing here "fixes" the text: quotes and cut sentences stay as
written; only whitespace is normalised.
"""
from __future__ import annotations

import difflib
import hashlib
import re
from pathlib import PurePosixPath

from slugify import slugify

from generator.model import Article
from generator.read.clutter import SENTENCE_END, clean
from generator.read.dates import (
    NUMERIC_DATE,
    FoundDate,
    NumericDate,
    dateline_year,
    day_value,
    find_numeric_date,
    is_placeholder,
    resolve_numeric,
    scrape_stamp,
)
from generator.read.errors import ReadError
from generator.read.furniture import (
    agency_name,
    byline_info,
    credit_line,
    dated_credit,
    is_junk,
    masthead,
    numeric_date_line,
    split_dateline,
    split_glued_byline,
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


_HEADER_LINES = 6  # the header (bylines, date lines) ends at the story's first sentence, or after this many lines
_STAMP_NOISE = re.compile(r"^[\d.,:;\s]*$")  # "date 2018-10-15 202": the scraper's leftovers
_PERSON = re.compile(r"^[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|de|al|van|von|bin|el)){1,3}$")


def _is_prose(text: str, words: int = 8) -> bool:
    """A sentence of the story (ends like a sentence, `words` words or more), not page furniture."""
    return len(text.split()) >= words and bool(SENTENCE_END.search(text))


def _is_title_repeat(text: str, title: str) -> bool:
    """The title again, also with a small spelling difference ("Seperatists" / "Separatists")."""
    if _same(text, title):
        return True
    a, b = text.casefold(), title.casefold()
    return min(len(a), len(b)) >= 20 and difflib.SequenceMatcher(None, a, b).ratio() >= 0.92


def _title_from(text: str) -> str:
    """A title for a page that has none: the first words of its first paragraph."""
    sentence = re.split(r"(?<=[.!?])\s+", text, maxsplit=1)[0]
    words = sentence.split()
    return " ".join(words[:12]).rstrip(",;:") + ("…" if len(words) > 12 else "")


def _header_line(text: str, header: bool) -> tuple[str | None, str | None, tuple[int, FoundDate] | None] | None:
    """(author, wire, (priority, date)) for a byline, credit or date line, else None."""
    info = byline_info(text, header=header)
    if info is None:
        return None
    author, date = info
    wire = dated_credit(text) if date else None
    if author and agency_name(author):
        wire = agency_name(author)
    return author, wire, date


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
    numeric: list[NumericDate] = []
    lead: tuple[int, str] | None = None  # body text on the scraper's stamp line: the page has no title
    stamp = scrape_stamp(items[0][1])
    if stamp:
        dates.append((1, stamp[0]))
        rest, pos = stamp[1], 1
        if rest and not _STAMP_NOISE.match(rest):
            if info := _header_line(rest, header=True):
                byline, wire = info[0], info[1]
                if info[2]:
                    dates.append(info[2])
            elif glued := split_glued_byline(rest):
                byline, lead = glued[0], (items[0][0], glued[1])
            elif SENTENCE_END.search(rest) or len(rest.split()) > 20:
                lead = (items[0][0], rest)
            else:
                items[0] = (items[0][0], rest)  # "date 2018-11-26 <title>": the title follows the stamp
                pos = 0
    else:
        top = masthead(items[0][1]) if len(items) > 1 and not _same(items[0][1], items[1][1]) else None
        if top:
            retrieved, outlet = day_value(top[0], "retrieved"), top[1]
            pos = 1
    rest_items = clean(items[pos:])
    pos = 0
    title: str | None = None
    if lead is None:
        while pos < len(rest_items) and (is_junk(rest_items[pos][1]) or credit_line(rest_items[pos][1])):
            wire = wire or credit_line(rest_items[pos][1])
            pos += 1
        if pos == len(rest_items):
            raise ReadError(items[-1][0], "no title or body text")
        title_line, title = rest_items[pos]
        if _is_prose(title, words=20) or len(title) > 200:
            title = None  # the page starts with its first paragraph: keep it in the body
        else:
            pos += 1
    else:
        title_line = lead[0]

    paragraphs: list[tuple[int, str]] = [lead] if lead else []
    in_header = lead is None
    body = rest_items[pos:]
    previous = None
    for index, (number, text) in enumerate(body):
        repeated, previous = text == previous, text
        if repeated:
            if paragraphs and paragraphs[-1][1] == text and not SENTENCE_END.search(text):
                paragraphs.pop()  # a caption shown twice
            continue
        if title and (_same(text, title) or (in_header and _is_title_repeat(text, title))):
            continue
        if is_junk(text):
            continue
        if info := _header_line(text, header=in_header):
            byline, wire = byline or info[0], wire or info[1]
            if info[2]:
                dates.append(info[2])
            continue
        if in_header and (found := numeric_date_line(text)):
            numeric.append(found)
            continue
        if in_header and _PERSON.match(text) and not credit_line(text) and index + 1 < len(body) and (
                (nxt := _header_line(body[index + 1][1], header=True)) and nxt[2] and not nxt[0]
                or numeric_date_line(body[index + 1][1])):
            byline = byline or text  # an author's name on its own line above a bare date line
            continue
        if credit := (credit_line(text) if in_header else agency_name(text)):
            wire = wire or credit
            continue
        if in_header and (glued := split_glued_byline(text)):
            byline, text = byline or glued[0], glued[1]
        if _is_prose(text) or len(paragraphs) >= _HEADER_LINES:
            in_header = False
        paragraphs.append((number, text))
    if not paragraphs:
        raise ReadError(title_line, f"no body text after the title {title!r}")
    if numeric:
        known = [d.date for _, d in dates]
        orders = {o for _, t in items for m in NUMERIC_DATE.finditer(t)
                  if (o := find_numeric_date(m.group(0)).order())}
        dates.extend((1, f) for n in numeric if (f := resolve_numeric(n, known, orders)))
    dates = [d for d in dates if not is_placeholder(d[1])]

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
        title=title or _title_from(texts[0]),
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
