"""Jinja2 filters: every bit of formatting the templates need, and the escaping of untrusted text.

Templates only loop and branch; they call these named filters for everything else.

Escaping model: the templates render Markdown with autoescape off, so every piece of text that
comes from an article, the registry or the extraction (titles, names, sentences, places, URLs)
goes through `md` (Markdown body), `fm_title` (front matter) or `url_link` (external links).
`md` turns the HTML special characters into entities (so `<script>` is shown, never run) and
also every character Markdown or our extensions would interpret (`[`, `*`, `_`, backticks,
`{` for attr_list, `|` for tables, a leading `#`, `-`, `1.` ...). Numeric character references
are not Markdown syntax, so the result renders as exactly the original text.
"""
from __future__ import annotations

import datetime as dt
import json
import posixpath
import re
import unicodedata
from urllib.parse import quote, urlsplit

from .model import DateValue

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


def relative(target: str, page: str) -> str:
    """Relative posix link from the page at `page` to `target` (both docs-relative paths)."""
    base = posixpath.dirname(page) or "."
    return quote(posixpath.relpath(target, base), safe="/-._~")


def link(ref: object, page: str) -> str:
    """Filter `link`: a `Ref(path, label)` -> `[label](relative.md)`, or the escaped label when the
    target has no page."""
    path = getattr(ref, "path")
    label = escape_md(getattr(ref, "label")) or escape_md(path)
    if not path:
        return label
    return f"[{label}]({relative(path, page)})"


def paragraph(pieces: object, page: str) -> str:
    """Filter `paragraph`: pieces with `.text` and `.ref` (a Ref or None) -> one Markdown line,
    the linked pieces as relative links, every piece escaped."""
    out = []
    for piece in pieces:  # type: ignore[attr-defined]
        text = escape_md(piece.text, start=False, strip=False)
        ref = piece.ref
        if ref is not None and ref.path:
            out.append(f"[{text}]({relative(ref.path, page)})")
        else:
            out.append(text)
    return escape_leading("".join(out).strip())


def roles(codes: object) -> str:
    """Filter `roles`: role codes -> "Initiator, target"."""
    labels = [role_label(code) for code in codes]  # type: ignore[attr-defined]
    return ", ".join(labels[:1] + [label.lower() for label in labels[1:]])


def shorten(text: object, width: int = 240) -> str:
    """Trim text to about `width` characters on a word boundary, with an ellipsis."""
    text = clean_text(text)
    if len(text) <= width:
        return text
    cut = text[:width].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"


# --- dates ---------------------------------------------------------------------------------


def _month(day: dt.date) -> str:
    return day.strftime("%B")


def _whole_months(start: dt.date, end: dt.date) -> bool:
    import calendar

    return start.day == 1 and end.day == calendar.monthrange(end.year, end.month)[1]


def _range_text(start: dt.date, end: dt.date) -> str:
    if _whole_months(start, end):
        if start.month == 1 and end.month == 12:
            return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
        if (start.year, start.month) == (end.year, end.month):
            return f"{_month(start)} {start.year}"
        if start.year == end.year:
            return f"{_month(start)}–{_month(end)} {end.year}"
        return f"{_month(start)} {start.year}–{_month(end)} {end.year}"
    if start == end:
        return f"{start.day} {_month(start)} {start.year}"
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {_month(end)} {end.year}"
    if start.year == end.year:
        return f"{start.day} {_month(start)}–{end.day} {_month(end)} {end.year}"
    return f"{start.day} {_month(start)} {start.year}–{end.day} {_month(end)} {end.year}"


def date_text(value: DateValue | None, missing: str = "undated") -> str:
    """Filter `date`: a DateValue at its true precision ("19 April 2016", "June 2016", "2016",
    "June–July 2016"); `missing` when there is no date."""
    if value is None:
        return missing
    start = value.start
    if value.precision == "day":
        return f"{start.day} {_month(start)} {start.year}"
    if value.precision == "month":
        return f"{_month(start)} {start.year}"
    if value.precision == "year":
        return str(start.year)
    return _range_text(value.start, value.end)


def iso_date(value: DateValue | None) -> str:
    """Filter `iso`: the DateValue's gold-file form, "" when missing."""
    return "" if value is None else value.iso()


PRECISION_LABELS = {
    "day": "exact day",
    "month": "month only",
    "year": "year only",
    "range": "date range",
}

BASIS_LABELS = {
    "explicit": "stated in the text",
    "front_matter": "given in the article's front matter",
    "inferred_from_publication": "inferred from the publication date",
    "inferred_from_context": "inferred from the surrounding text",
    "retrieved": "date the page was retrieved, not its publication date",
}


def precision_label(precision: str) -> str:
    return PRECISION_LABELS.get(precision, precision)


def basis_label(basis: str) -> str:
    return BASIS_LABELS.get(basis, basis)


# --- labels --------------------------------------------------------------------------------

KIND_LABELS = {
    "state": ("State", "States"),
    "government": ("Government", "Governments"),
    "government_agency": ("Government agency", "Government agencies"),
    "armed_group": ("Armed group", "Armed groups"),
    "political_party": ("Political party", "Political parties"),
    "international_org": ("International organisation", "International organisations"),
    "person": ("Person", "People"),
    "other_org": ("Other organisation", "Other organisations"),
}

EVENT_TYPE_LABELS = {
    "attack": "Attack",
    "armed_clash": "Armed clash",
    "explosion": "Explosion",
    "protest": "Protest",
    "agreement": "Agreement",
    "meeting_or_talks": "Meeting or talks",
    "statement_or_report": "Statement or report",
    "arrest": "Arrest",
    "policy_decision": "Policy decision",
    "election": "Election",
    "other": "Other event",
}

ROLE_LABELS = {
    "initiator": ("Initiator", "Initiators"),
    "target": ("Target", "Targets"),
    "participant": ("Participant", "Participants"),
}

RELATION_LABELS = {
    "against": "acted against it",
    "targeted_by": "was targeted by it",
    "alongside": "took part alongside it",
}


def _humanise(code: str) -> str:
    return code.replace("_", " ").capitalize()


def kind_label(kind: str, plural: bool = False) -> str:
    labels = KIND_LABELS.get(kind)
    return labels[1 if plural else 0] if labels else escape_md(_humanise(kind))


def event_type_label(kind: str) -> str:
    return EVENT_TYPE_LABELS.get(kind) or escape_md(_humanise(kind))


def role_label(role: str, plural: bool = False) -> str:
    labels = ROLE_LABELS.get(role)
    return labels[1 if plural else 0] if labels else escape_md(_humanise(role))


def relation_label(relation: str) -> str:
    return RELATION_LABELS.get(relation, escape_md(relation))


def count(n: int, singular: str, plural: str | None = None) -> str:
    """Filter `count`: "1 event", "3 events"."""
    return f"{n} {singular if n == 1 else (plural or singular + 's')}"


FILTERS = {
    "md": md,
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
    "event_type_label": event_type_label,
    "role_label": role_label,
    "relation_label": relation_label,
    "count": count,
}
