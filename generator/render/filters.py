"""Jinja2 filters: every bit of formatting the templates need, and the escaping of untrusted text.

Templates only loop and branch; they call these named filters for everything else.

Escaping model: the templates render Markdown with autoescape off, so every piece of text that
comes from an article, the registry or the extraction (titles, names, sentences, places, URLs)
goes through `md` (Markdown body), `fm_title` (front matter) or `url_link` (external links).
`md` turns the HTML special characters into entities (so `<script>` is shown, never run) and
also every character Markdown or our extensions would interpret (`[`, `*`, `_`, backticks,
`{` for attr_list, `|` for tables, a leading `#`, `-`, `1.` ...). Numeric character references
are not Markdown syntax, so the result renders as exactly the original text.

The escaping functions live in render_text.py, the words for dates and codes in
render_labels.py; this module holds the link filters and the table of filters.
"""
from __future__ import annotations

import functools
import posixpath
from urllib.parse import quote, urlsplit

from generator.render.labels import (  # noqa: F401  (re-exported: the filters the templates use)
    BASIS_LABELS,
    EVENT_TYPE_LABELS,
    KIND_LABELS,
    PRECISION_LABELS,
    RELATION_LABELS,
    ROLE_LABELS,
    basis_label,
    count,
    date_phrase,
    date_text,
    days_apart,
    event_type_label,
    iso_date,
    kind_label,
    month_label,
    place_kind_label,
    precision_label,
    relation_label,
    role_label,
    role_preposition,
    roles,
)
from generator.render.sentence_md import anchor, marker
from generator.render.text import (  # noqa: F401
    clean_text,
    escape_leading,
    escape_md,
    fm_title,
    html_text,
    md,
    safe_url,
    shorten,
    yaml_str,
)


def _url_target(url: str) -> str:
    """Percent-encode what could end a Markdown link target or break a table."""
    return quote(url, safe="/:?#@!$&+,;=%-._~")


def url_link(url: object, label: object = None) -> str:
    """Filter `url_link`: `[label](url)` for http(s) URLs; "" for anything else."""
    good = safe_url(url)
    if good is None:
        return ""
    shown = escape_md(label if label not in (None, "") else good)
    return f"[{shown}]({_url_target(good)})"


def url_host(url: object) -> str:
    """Filter `url_host`: the host of an http(s) URL without "www." ("" when not a safe URL)."""
    good = safe_url(url)
    if good is None:
        return ""
    host = (urlsplit(good).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


@functools.lru_cache(maxsize=65536)
def relative(target: str, page: str) -> str:
    """Relative posix link from the page at `page` to `target` (both docs-relative paths)."""
    base = [p for p in posixpath.dirname(page).split("/") if p]
    parts = [p for p in target.split("/") if p]
    common = 0
    while common < min(len(base), len(parts) - 1) and base[common] == parts[common]:
        common += 1
    return quote("/".join([".."] * (len(base) - common) + parts[common:]), safe="/-._~")


def page_url(target: str, page: str) -> str:
    """The built address of docs page `target` relative to the built page `page` (directory
    URLs: `events/x.md` is served as `events/x/`)."""
    def folder(path: str) -> str:
        return posixpath.dirname(path) if path.endswith("index.md") or path == "index.md" else path.removesuffix(".md")

    here, there = folder(page), folder(target)
    rel = posixpath.relpath(there or ".", here or ".")
    return quote("./" if rel == "." else rel + "/", safe="/-._~")


def link(ref: object, page: str) -> str:
    """Filter `link`: a `Ref(path, label)` -> `[label](relative.md)`, or the escaped label when the
    target has no page."""
    path = getattr(ref, "path")
    label = escape_md(getattr(ref, "label")) or escape_md(path)
    if not path:
        return label
    return f"[{label}]({relative(path, page)})"


def link_anchor(ref: object, page: str, anchor: str, label: object) -> str:
    """Filter `link_anchor`: `[label](relative.md#anchor)` to a heading of the page `ref`."""
    text = escape_md(label)
    path = getattr(ref, "path")
    if not path:
        return text
    return f"[{text}]({relative(path, page)}#{quote(anchor, safe='-._~')})"


def anchor_link(label: str, anchor: str) -> str:
    """Filter `anchor_link`: `[label](#anchor)` to a heading of the same page; `label` is Markdown
    already (a label from our own tables), not untrusted text."""
    return f"[{label}](#{quote(anchor, safe='-._~')})"


def sentence_link(ref: object, page: str, sentence: object, label: object) -> str:
    """Filter `sentence_link`: `[label](article.md#s12)`, a link to one sentence of an article
    page (just the label when the article has no page; the article when `sentence` is None)."""
    if sentence is None:
        return link_text(ref, page, label)
    return link_anchor(ref, page, anchor(int(sentence)), label)  # type: ignore[arg-type]


def link_text(ref: object, page: str, label: object) -> str:
    """`[label](page.md)` to the page of `ref` with our own label."""
    text = escape_md(label)
    path = getattr(ref, "path")
    return f"[{text}]({relative(path, page)})" if path else text


def links(refs: object, page: str, last: str = " and ", sep: str = ", ") -> str:
    """Filter `links`: several refs -> "[A](a.md), [B](b.md) and C" (unlinked when without a page)."""
    parts = [link(ref, page) for ref in refs]  # type: ignore[attr-defined]
    if len(parts) < 2:
        return "".join(parts)
    return sep.join(parts[:-1]) + last + parts[-1]


def paragraph(pieces: object, page: str) -> str:
    """Filter `paragraph`: pieces with `.text`, `.ref` (a Ref or None) and `.sentence` -> one
    Markdown line, the linked pieces as relative links, every piece escaped, each sentence wrapped
    in the marker that sentence_md.py turns into an anchored span."""
    groups: list[tuple[int | None, list[str]]] = []
    for piece in pieces:  # type: ignore[attr-defined]
        text = escape_md(piece.text, start=False, strip=False)
        ref = piece.ref
        if ref is not None and ref.path:
            text = f"[{text}]({relative(ref.path, page)})"
        sentence = getattr(piece, "sentence", None)
        if groups and groups[-1][0] == sentence:
            groups[-1][1].append(text)
        else:
            groups.append((sentence, [text]))
    out = []
    for n, (sentence, parts) in enumerate(groups):
        text = "".join(parts)
        if n == 0:
            text = escape_leading(text.lstrip())
        if n == len(groups) - 1:
            text = text.rstrip()
        out.append(text if sentence is None or not text.strip() else marker(sentence, text))
    return "".join(out).strip()


FILTERS = {
    "md": md,
    "html": html_text,
    "url_host": url_host,
    "links": links,
    "link_anchor": link_anchor,
    "sentence_link": sentence_link,
    "anchor_link": anchor_link,
    "relative": relative,
    "date_phrase": date_phrase,
    "month_label": month_label,
    "days_apart": days_apart,
    "role_preposition": role_preposition,
    "fm_title": fm_title,
    "yaml_str": yaml_str,
    "url_link": url_link,
    "link": link,
    "shorten": shorten,
    "paragraph": paragraph,
    "roles": roles,
    "date": date_text,
    "iso": iso_date,
    "precision_label": precision_label,
    "basis_label": basis_label,
    "kind_label": kind_label,
    "place_kind_label": place_kind_label,
    "event_type_label": event_type_label,
    "role_label": role_label,
    "relation_label": relation_label,
    "count": count,
}
