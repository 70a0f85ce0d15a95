"""One article record (a saved page, an export entry, a feed entry) -> `Article`.

The readers for saved web pages, scraper exports and feeds all end here with the same six
values: title, text, publication date, URL, outlet and author. The text is split into
paragraphs (one a line; HTML fragments from feeds are turned into text first, so no markup
reaches the site), the story's dateline and closing wire tag are split off as in the other
readers, and the article gets a stable id: the slug of its file name for a file that holds one
article, the file's slug plus the slug of its title for a file that holds many.
"""
from __future__ import annotations

import datetime as dt
import email.utils
import re
from dataclasses import dataclass, replace
from pathlib import PurePosixPath

import lxml.html
from lxml.etree import ParserError
from slugify import slugify

from generator.model import Article, DateValue
from generator.read.clutter import clean
from generator.read.errors import ReadError
from generator.read.furniture import byline_info, split_dateline, split_wire_tag
from generator.read.markdown import parse_date_text
from generator.read.text import _title_from, content_hash, normalise

# The kinds of source an article can come from: Article.format -> what its page says.
SOURCE_KINDS = {
    "text": "scraped text file",
    "markdown": "Markdown file with front matter",
    "html": "saved web page (HTML)",
    "json": "scraper export (JSON / JSON Lines)",
    "feed": "news feed entry (RSS / Atom)",
}
_MARKUP = re.compile(r"</?(?:p|br|div|span|a|em|strong|b|i|li|ul|ol|h[1-6]|blockquote|figure|img)\b[^>]*>", re.I)
_BLOCK_END = re.compile(r"(?i)<\s*(?:br\s*/?|/p|/div|/li|/h[1-6]|/blockquote|/tr|/pre)\s*>")
_ID_WORDS = 8  # words of the title in the id of an article from a file that holds many


@dataclass(frozen=True)
class Record:
    """The values one source gives for an article; every one may be missing."""

    title: str | None = None
    text: str | None = None
    date: DateValue | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None


def fragment_text(fragment: str) -> str:
    """The words of an HTML fragment (a feed's summary or content), one block a line."""
    if "<" not in fragment and "&" not in fragment:
        return fragment
    marked = _BLOCK_END.sub("\n", fragment)
    try:
        return lxml.html.fragment_fromstring(marked, create_parent="div").text_content()
    except (ParserError, ValueError):
        return re.sub(r"<[^>]*>", " ", marked)


def paragraphs_of(text: str) -> list[str]:
    """Non-empty lines, whitespace normalised, without page clutter; text with HTML tags in it
    (some scrapers keep them) is turned into text first."""
    if _MARKUP.search(text):
        text = fragment_text(text)
    lines = [p for p in (normalise(line) for line in text.splitlines()) if p]
    return [t for _, t in clean(list(enumerate(lines)))]


def _without_header(paragraphs: list[str], title: str) -> list[str]:
    """The story without the title repeated above it and the byline and date lines under it."""
    if len(paragraphs) > 1 and paragraphs[0].casefold() == title.casefold():
        paragraphs = paragraphs[1:]
    while len(paragraphs) > 1 and len(paragraphs[0].split()) <= 12 and byline_info(paragraphs[0], header=True):
        paragraphs = paragraphs[1:]
    return paragraphs


def date_value(value: object, basis: str = "metadata") -> DateValue | None:
    """A publication date from an export's or a feed's value: ISO text (its own day, whatever the
    zone), an RFC 822 date, "June 14, 2016", a date or a datetime; else None."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return DateValue(value, value, "day", basis, value.isoformat())
    if not isinstance(value, str) or not value.strip():
        return None
    if parsed := parse_date_text(value):
        return DateValue(parsed[0], parsed[1], parsed[2], basis, value.strip())
    try:  # RFC 822, as feeds and e-mail write it: "Fri, 05 Mar 2021 23:30:00 -0500", the day where it was written
        day = email.utils.parsedate_to_datetime(value.strip()).date()
    except (TypeError, ValueError, IndexError):
        return None
    return DateValue(day, day, "day", basis, value.strip())


def with_title(record: Record) -> Record:
    """A record without a title (an RSS item may have none) titled by the first words of its text."""
    if normalise(record.title or "") or not (paragraphs := paragraphs_of(record.text or "")):
        return record
    return replace(record, title=_title_from(paragraphs[0]))


def entry_id(path: str, title: str | None, number: int) -> str:
    """Stable id of the `number`-th article of a file that holds many: file slug + title slug."""
    stem = slugify(PurePosixPath(path).stem) or "articles"
    words = slugify(title or "").split("-")[:_ID_WORDS]
    return f"{stem}-{'-'.join(words)}" if words and words[0] else f"{stem}-{number}"


def record_article(record: Record, *, id: str, path: str, format: str, line: int,
                   raw: str, excerpt: bool = False) -> Article:
    """The `Article` of one record; ReadError(line, ...) when it has no title or no text."""
    record = with_title(record)
    title = normalise(record.title or "")
    if not title:
        raise ReadError(line, "no title and no text")
    paragraphs = _without_header(paragraphs_of(record.text or ""), title)
    if not paragraphs:
        raise ReadError(line, f"no text for the article {title!r}")
    dateline = wire = None
    if found := split_dateline(paragraphs[0]):
        dateline, wire = found.place, found.wire
        paragraphs[0] = found.rest
    last, tag = split_wire_tag(paragraphs[-1])
    paragraphs[-1], wire = last, wire or tag
    texts = tuple(p for p in paragraphs if p)
    if not texts:
        raise ReadError(line, f"no text for the article {title!r} after its dateline")
    return Article(
        id=id,
        path=path,
        title=title,
        paragraphs=texts,
        content_hash=content_hash(raw),
        format=format,
        outlet=normalise(record.outlet or "") or None,
        url=normalise(record.url or "") or None,
        dateline=dateline,
        wire=wire,
        byline=normalise(record.author or "") or None,
        published=record.date,
        body_line=line,
        excerpt=excerpt,
    )
