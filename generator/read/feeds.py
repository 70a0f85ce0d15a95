"""Reader for saved news feeds (`.rss`, `.atom`, `.xml`): one article per entry, through feedparser.

An entry's full text (`<content:encoded>`, Atom `<content>`) is used where the feed has it;
otherwise its summary (`<description>`, `<summary>`), and the article is marked as a summary
(`Article.excerpt`), which its page says. HTML in either is turned into text. The publication
date is the entry's `published` / `pubDate` (an `updated` date is not a publication date); the
outlet is the feed's title; the author and link are the entry's; an entry without a title
is titled by the first words of its text. Every message names
`path:line` of the entry's `<item>` / `<entry>` and its number; every article gets the id
`<file slug>-<title slug>` and the path `<file>#<entry number>`.
"""
from __future__ import annotations

import datetime as dt
import re

import feedparser

from generator.model import Article, DateValue, Problem
from generator.read.errors import ReadError
from generator.read.records import Record, date_value, entry_id, fragment_text, record_article, with_title

_ENTRY_TAG = re.compile(r"<(?:[\w.-]+:)?(?:item|entry)[\s>/]")


def _entry_lines(raw: str) -> list[int]:
    return [raw.count("\n", 0, m.start()) + 1 for m in _ENTRY_TAG.finditer(raw)]


def _published(entry) -> DateValue | None:
    """The entry's publication date on the day it was written in (feedparser's own parse is in UTC)."""
    if found := date_value(entry.get("published")):
        return found
    parsed = entry.get("published_parsed")
    if not parsed:
        return None
    day = dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    return DateValue(day, day, "day", "metadata", entry.get("published", day.isoformat()))


def _full_text(entry) -> str | None:
    for content in entry.get("content") or ():
        if (content.get("value") or "").strip():
            return fragment_text(content["value"])
    return None


def read_feed_articles(path: str, raw: str, shown: str | None = None) -> list[Article | Problem]:
    """Every entry of one saved RSS or Atom feed as an article, and a Problem for each bad entry."""
    shown = shown or path
    if not raw.strip():
        raise ReadError(1, "empty file")
    feed = feedparser.parse(raw, sanitize_html=True, resolve_relative_uris=False)
    if not feed.entries:
        if feed.bozo:
            err = feed.bozo_exception
            line = getattr(err, "getLineNumber", lambda: 1)() or 1
            raise ReadError(line, f"not a readable RSS or Atom feed: {getattr(err, 'getMessage', lambda: err)()}")
        raise ReadError(1, "feed without entries" if feed.version else "not an RSS or Atom feed")
    lines = _entry_lines(raw)
    outlet = fragment_text(feed.feed.get("title", "")) or None
    results: list[Article | Problem] = []
    for number, entry in enumerate(feed.entries, start=1):
        line = lines[number - 1] if number <= len(lines) else 1
        full = _full_text(entry)
        summary = fragment_text(entry.get("summary", "")) if full is None else None
        record = with_title(Record(title=fragment_text(entry.get("title", "")), text=full or summary,
                                   date=_published(entry), url=entry.get("link"), outlet=outlet,
                                   author=entry.get("author")))
        try:
            results.append(record_article(
                record, id=entry_id(path, record.title, number), path=f"{path}#{number}", format="feed", line=line,
                raw=repr(sorted((k, str(v)) for k, v in entry.items())), excerpt=full is None))
        except ReadError as err:
            results.append(Problem(shown, err.line, f"entry {number}: {err.message}"))
    return results
