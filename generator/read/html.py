"""Reader for saved web pages (`.html`, `.htm`): trafilatura for the story, htmldate for its date.

trafilatura (`bare_extraction`) finds the main text, leaving out menus, comments and the rest of
the page around the story, and reads the title, site name, author and canonical URL from the
page's metadata. Only its plain text reaches the site: the page's own markup, scripts and styles
never do.

The publication date comes from htmldate: first from the page's metadata and markup alone
(`<meta property="article:published_time">`, `<time datetime>`, JSON-LD, the URL ...); only
when those hold none, a date guessed from the page's text (marked as inferred). The time the
page was saved is never the publication date: the marks browsers and save tools leave (the
`<!-- saved from url=... -->` and SingleFile comments, `savepage-*` meta tags, the Wayback
Machine's toolbar) are removed
before the date is looked for; their URL is used only when the page names no canonical URL.
"""
from __future__ import annotations

import logging
import re

import htmldate
import trafilatura

from generator.model import Article
from generator.read.errors import ReadError
from generator.read.records import Record, date_value, record_article
from generator.read.text import article_id

_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_WAYBACK = re.compile(r"<!--\s*BEGIN WAYBACK TOOLBAR INSERT\s*-->.*?<!--\s*END WAYBACK TOOLBAR INSERT\s*-->",
                      re.DOTALL | re.IGNORECASE)
_SAVE_META = re.compile(r"<meta\b[^>]*\bname\s*=\s*[\"']?savepage-[^>]*>", re.IGNORECASE)
_SAVED_FROM = re.compile(r"<!--\s*(?:saved from url=\(\d+\)|Page saved with SingleFile\s+url:\s*)(https?://\S+?)\s",
                         re.IGNORECASE)

for _name in ("trafilatura", "htmldate", "courlan"):
    logging.getLogger(_name).setLevel(logging.ERROR)  # their notes on odd markup are not the user's problem


def without_save_marks(raw: str) -> str:
    """The page without comments, the `savepage-*` meta tags save tools add and the Wayback
    Machine's toolbar (its capture dates are not the page's)."""
    return _SAVE_META.sub("", _COMMENT.sub("", _WAYBACK.sub("", raw)))


def _date(page: str, url: str | None):
    for extensive, basis in ((False, "metadata"), (True, "inferred_from_context")):
        found = htmldate.find_date(page, extensive_search=extensive, original_date=True, url=url,
                                   outputformat="%Y-%m-%d")
        if found:
            return date_value(found, basis)
    return None


def read_html_article(path: str, raw: str) -> Article:
    """Read one saved web page."""
    if "\x00" in raw:
        raise ReadError(raw[: raw.index("\x00")].count("\n") + 1, "binary file (NUL byte), not a web page")
    if not raw.strip():
        raise ReadError(1, "empty file")
    page = without_save_marks(raw)
    saved_from = _SAVED_FROM.search(raw)
    doc = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False, include_tables=False,
                                      include_images=False, deduplicate=False)
    if doc is None or not (doc.text or "").strip():
        raise ReadError(1, "no article text found in the page")
    url = doc.url or (saved_from.group(1) if saved_from else None)
    record = Record(title=doc.title, text=doc.text, date=_date(page, doc.url), url=url,
                    outlet=doc.sitename, author=doc.author)
    return record_article(record, id=article_id(path), path=path, format="html", line=1, raw=raw)
