"""Escaping of untrusted text for Markdown, HTML and YAML, and the URL check.

The templates render Markdown with autoescape off, so every piece of text that comes from an
article, the registry or the extraction goes through one of these functions (as the `md`,
`html` and `fm_title` filters, or inside the link filters). See filters.py for the model.
"""
from __future__ import annotations

import json
import re
import unicodedata
from urllib.parse import urlsplit

# Characters that are always replaced by a character reference in Markdown text.
_ALWAYS = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    '"': "&quot;",
    "'": "&#39;",
    "\\": "&#92;",
    "`": "&#96;",
    "*": "&#42;",
    "_": "&#95;",
    "[": "&#91;",
    "]": "&#93;",
    "{": "&#123;",
    "}": "&#125;",
    "|": "&#124;",
    "#": "&#35;",
}
_TABLE = str.maketrans(_ALWAYS)

# Characters that start a block (list, heading, admonition, setext underline ...) at the
# beginning of a line; escaped when they begin the text.
_LEADING = {"-": "&#45;", "+": "&#43;", "=": "&#61;", "!": "&#33;", ":": "&#58;"}
_ORDERED = re.compile(r"^(\d+)([.)])")

# Characters PyYAML refuses, plus C0/C1 controls (Python-Markdown uses STX/ETX internally).
_BAD_CHARS = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]"
)
_SPACE = re.compile(r"\s+")

_HTML = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"})


def clean_text(text: object) -> str:
    """Untrusted text as one line: no control characters, whitespace runs collapsed, trimmed."""
    if text is None:
        return ""
    text = unicodedata.normalize("NFC", str(text))
    text = _BAD_CHARS.sub("", text)
    return _SPACE.sub(" ", text).strip()


def escape_md(text: object, *, start: bool = True, strip: bool = True) -> str:
    """Escape untrusted text for Markdown inline context (also safe inside a table cell).

    `start`: the text begins a line, so a leading block marker is escaped too.
    `strip`: trim the ends (off for pieces of a paragraph joined by the caller).
    """
    if text is None:
        return ""
    raw = unicodedata.normalize("NFC", str(text))
    raw = _BAD_CHARS.sub("", raw)
    raw = _SPACE.sub(" ", raw)
    if strip:
        raw = raw.strip()
    out = raw.translate(_TABLE)
    return escape_leading(out) if start else out


def escape_leading(out: str) -> str:
    """Escape a block marker (`-`, `+`, `=`, `!`, `:`, `1.`) at the start of escaped text."""
    if not out:
        return out
    ordered = _ORDERED.match(out)
    if ordered:
        dot = "&#46;" if ordered.group(2) == "." else "&#41;"
        return ordered.group(1) + dot + out[ordered.end():]
    if out[0] in _LEADING:
        return _LEADING[out[0]] + out[1:]
    return out


def md(text: object) -> str:
    """Filter `md`: untrusted text -> Markdown that shows it literally."""
    return escape_md(text)


def html_text(text: object) -> str:
    """Untrusted text -> HTML text (entities for `& < > " '`), one line."""
    return clean_text(text).translate(_HTML)


def yaml_str(text: object) -> str:
    """A YAML double-quoted scalar (JSON string syntax is valid YAML)."""
    return json.dumps(clean_text(text), ensure_ascii=False)


def fm_title(text: object) -> str:
    """Filter `fm_title`: a page title for front matter.

    MkDocs Material puts `page.meta.title` into `<title>` and the header without escaping, so the
    value is HTML-escaped first, then quoted for YAML.
    """
    return yaml_str(html_text(text))


def safe_url(url: object) -> str | None:
    """An external URL if it is http(s) with a host, else None (javascript:, data:, relative ...)."""
    text = clean_text(url)
    if not text or " " in text:
        return None
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return text


def shorten(text: object, width: int = 240) -> str:
    """Trim text to about `width` characters on a word boundary, with an ellipsis."""
    text = clean_text(text)
    if len(text) <= width:
        return text
    cut = text[:width].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"
