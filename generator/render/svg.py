"""Diagrams drawn at build time as inline SVG: no JavaScript, no request to any host.

Two filters: `relation_svg` (an actor and the actors it shares events with) and `timeline_svg`
(one year's events counted by month and type). Every text that reaches the SVG goes through
`html_text`, so a name like `<script>` is drawn, never run. Each diagram is a `<figure>` raw
HTML block (no blank line inside, so Markdown leaves it alone) marked `data-search-exclude`:
the table printed beside it carries the same data for readers, screen readers and search.
"""
from __future__ import annotations

import calendar
import math

from generator.render.filters import page_url
from generator.render.labels import EVENT_TYPE_LABELS
from generator.render.text import clean_text, html_text

MAX_NODES = 10  # related actors drawn around the centre; the table lists all of them
LABEL_CHARS = 24
MIN_LABEL_PX = 11  # smallest label size on screen (phones): the diagram scrolls in its frame below that
CHAR_WIDTH = 6.6  # average width of a 12px sans-serif character, in SVG units

TYPE_COLOURS = {
    "attack": "#c62828",
    "armed_clash": "#ef6c00",
    "explosion": "#6a1b9a",
    "protest": "#f9a825",
    "agreement": "#2e7d32",
    "meeting_or_talks": "#1565c0",
    "statement_or_report": "#00838f",
    "arrest": "#5d4037",
    "policy_decision": "#546e7a",
    "election": "#ad1457",
    "other": "#9e9e9e",
}
EDGE_COLOURS = {"against": "#c62828", "targeted": "#c62828", "mixed": "#6a1b9a", "alongside": "#757575"}


def _n(x: float) -> str:
    """A coordinate with at most one decimal, the same bytes on every run."""
    text = f"{x:.1f}"
    return text[:-2] if text.endswith(".0") else text


def _min_width(width: float) -> int:
    """The narrowest a diagram may be drawn so its 12-unit labels stay at least 11 px."""
    return math.ceil(width * MIN_LABEL_PX / 12)


def _label(text: object, width: int = LABEL_CHARS) -> str:
    text = clean_text(text)
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _type_label(kind: str) -> str:
    return EVENT_TYPE_LABELS.get(kind) or kind.replace("_", " ").capitalize()


def _room(anchor: str, x: float, width: int) -> int:
    """How many characters of a label fit between `x` and the edge of the drawing."""
    space = {"start": width - x, "end": x, "middle": 2 * min(x, width - x)}[anchor] - 4
    return max(8, min(LABEL_CHARS + 12, int(space / CHAR_WIDTH)))


def _edge_kind(relations: tuple[tuple[str, int], ...]) -> str:
    kinds = {name for name, n in relations if n}
    if kinds == {"against"}:
        return "against"
    if kinds == {"targeted_by"}:
        return "targeted"
    if kinds <= {"alongside"}:
        return "alongside"
    return "mixed"


def _box_exit(dx: float, dy: float, half_w: float, half_h: float) -> float:
    """Distance along the unit direction (dx, dy) from a box centre to its edge."""
    options = []
    if abs(dx) > 1e-9:
        options.append(half_w / abs(dx))
    if abs(dy) > 1e-9:
        options.append(half_h / abs(dy))
    return min(options) if options else 0.0


def relation_svg(related, name: object, page: str | None = None, ident: str = "rs-rel") -> str:
    """Filter `relation_svg`: the page's actor in the middle, related actors around it; with
    `page` (the docs path of the page it is drawn on) each related actor with a page is a link.

    Arrows run from initiator to target; grey dashed lines join actors that took part in the
    same events; purple lines mix both; the width grows with the number of shared events.
    """
    everyone = tuple(related)
    related = everyone[:MAX_NODES]
    if not related:
        return ""
    width, height = 640, 340
    cx, cy, rx, ry = width / 2, height / 2, 175, 125
    centre = _label(name, 28)
    half_w, half_h = CHAR_WIDTH * len(centre) / 2 + 10, 13
    hidden = len(everyone) - len(related)
    out = [
        '<figure class="rs-graph" data-search-exclude>',
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="{"group" if page else "img"}" '
        f'style="min-width:{_min_width(width)}px" aria-labelledby="{ident}-title {ident}-desc" font-size="12">',
        f'<title id="{ident}-title">Actors linked to {html_text(name)}</title>',
        f'<desc id="{ident}-desc">{len(everyone)} {"actor shares" if len(everyone) == 1 else "actors share"} events with {html_text(name)}; '
        f'the table with the diagram lists the same relations.</desc>',
        "<defs>",
    ]
    for kind in ("against", "mixed"):
        out.append(f'<marker id="{ident}-arrow-{kind}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" '
                   f'markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" '
                   f'fill="{EDGE_COLOURS[kind]}"/></marker>')
    out.append("</defs>")
    nodes = []
    count = len(related)
    top, bottom = cy - half_h, cy + half_h
    for n, rel in enumerate(related):
        angle = -math.pi / 2 + 2 * math.pi * n / count
        dx, dy = math.cos(angle), math.sin(angle)
        x, y = cx + rx * dx, cy + ry * dy
        kind = _edge_kind(rel.relations)
        # unit vector from the centre to the node (the ellipse stretches it)
        length = math.hypot(x - cx, y - cy)
        ux, uy = (x - cx) / length, (y - cy) / length
        start = _box_exit(ux, uy, half_w, half_h) + 3
        x1, y1 = cx + ux * start, cy + uy * start
        x2, y2 = x - ux * 9, y - uy * 9
        stroke = _n(min(1.5 + 0.75 * (rel.count - 1), 6))
        attrs = f'stroke="{EDGE_COLOURS[kind]}" stroke-width="{stroke}"'
        if kind == "alongside":
            attrs += ' stroke-dasharray="5 4"'
        elif kind == "against":
            attrs += f' marker-end="url(#{ident}-arrow-against)"'
        elif kind == "targeted":
            attrs += f' marker-start="url(#{ident}-arrow-against)"'
        else:
            attrs += f' marker-start="url(#{ident}-arrow-mixed)" marker-end="url(#{ident}-arrow-mixed)"'
        out.append(f'<line x1="{_n(x1)}" y1="{_n(y1)}" x2="{_n(x2)}" y2="{_n(y2)}" {attrs}/>')
        mx, my = (x1 + x2) / 2, (y1 + y2) / 2
        out.append(f'<text class="rs-graph-count" x="{_n(mx)}" y="{_n(my + 4)}" text-anchor="middle" '
                   f'fill="currentColor">{rel.count}</text>')
        anchor = "start" if dx > 0.25 else "end" if dx < -0.25 else "middle"
        lx = x + (10 if anchor == "start" else -10 if anchor == "end" else 0)
        ly = y + 4 + (16 if dy > 0.7 else -12 if dy < -0.7 else 0)
        top, bottom = min(top, y - 8, ly - 13), max(bottom, y + 8, ly + 5)
        href = page_url(rel.ref.path, page) if page and rel.ref.path else None
        if href:
            nodes.append(f'<a href="{href}" class="rs-graph-node" aria-label="{html_text(rel.ref.label)}">')
        nodes.append(f'<circle cx="{_n(x)}" cy="{_n(y)}" r="6" fill="{EDGE_COLOURS[kind]}"/>')
        nodes.append(f'<text x="{_n(lx)}" y="{_n(ly)}" text-anchor="{anchor}" fill="currentColor">'
                     f'<title>{html_text(rel.ref.label)}</title>{html_text(_label(rel.ref.label, _room(anchor, lx, width)))}</text>')
        if href:
            nodes.append("</a>")
    out += nodes
    out.append(f'<rect class="rs-graph-self" x="{_n(cx - half_w)}" y="{_n(cy - half_h)}" width="{_n(2 * half_w)}" '
               f'height="{_n(2 * half_h)}" rx="13"/>')
    out.append(f'<text x="{_n(cx)}" y="{_n(cy + 4)}" text-anchor="middle" font-weight="bold" '
               f'class="rs-graph-self-label">{html_text(centre)}</text>')
    out.append("</svg>")
    top, bottom = max(0.0, top - 6), min(float(height), bottom + 6)  # crop the empty margins
    out[1] = out[1].replace(f'viewBox="0 0 {width} {height}"', f'viewBox="0 {_n(top)} {width} {_n(bottom - top)}"')
    caption = "Arrows point from initiator to target; dashed lines join actors that took part in the same events"
    if hidden:
        caption += f"; {hidden} more actors are only in the table"
    out.append(f"<figcaption>{caption}. Numbers: shared events.</figcaption>")
    out.append("</figure>")
    return "\n".join(out)


def timeline_svg(year) -> str:
    """Filter `timeline_svg`: one year as stacked bars, one per month, coloured by event type."""
    months = {m.month: m.counts for m in year.months}
    columns = list(range(1, 13)) + ([0] if 0 in months else [])
    peak = max((m.total for m in year.months), default=0) or 1
    left, top, bar_h, col_w = 34, 22, 150, 44
    width = left + col_w * len(columns) + 10
    legend_rows = (len(year.types) + 3) // 4
    height = top + bar_h + 30 + 22 * legend_rows
    ident = f"rs-timeline-{year.year}"
    out = [
        '<figure class="rs-timeline" data-search-exclude>',
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
        f'style="min-width:{_min_width(width)}px" aria-labelledby="{ident}-title" font-size="12">',
        f'<title id="{ident}-title">Events in {year.year} by month and type ({year.total} events); '
        f'the table below gives the same counts.</title>',
    ]
    base = top + bar_h
    out.append(f'<line x1="{left}" y1="{base}" x2="{width - 10}" y2="{base}" stroke="currentColor" '
               f'stroke-opacity="0.4"/>')
    for step in sorted({peak, (peak + 1) // 2}):
        y = base - bar_h * step / peak
        out.append(f'<text x="{left - 6}" y="{_n(y + 4)}" text-anchor="end" fill="currentColor" '
                   f'fill-opacity="0.7">{step}</text>')
        out.append(f'<line x1="{left}" y1="{_n(y)}" x2="{width - 10}" y2="{_n(y)}" stroke="currentColor" '
                   f'stroke-opacity="0.12"/>')
    for n, month in enumerate(columns):
        x = left + n * col_w + 8
        label = calendar.month_abbr[month] if month else "?"
        name = f"{calendar.month_name[month]} {year.year}" if month else f"{year.year}, month not known"
        out.append(f'<text x="{_n(x + (col_w - 16) / 2)}" y="{base + 16}" text-anchor="middle" '
                   f'fill="currentColor">{label}</text>')
        y = float(base)
        for kind, value in zip(year.types, months.get(month, ())):
            if not value:
                continue
            h = bar_h * value / peak
            y -= h
            what = f"{_type_label(kind)}: {value}"
            out.append(f'<rect x="{_n(x)}" y="{_n(y)}" width="{col_w - 16}" height="{_n(h)}" '
                       f'fill="{TYPE_COLOURS.get(kind, "#9e9e9e")}"><title>{html_text(name)}: '
                       f'{html_text(what)}</title></rect>')
        total = sum(months.get(month, ()))
        if total:
            out.append(f'<text x="{_n(x + (col_w - 16) / 2)}" y="{_n(y - 5)}" text-anchor="middle" '
                       f'fill="currentColor">{total}</text>')
    for n, kind in enumerate(year.types):
        x = left + (n % 4) * 150
        y = base + 34 + (n // 4) * 22
        out.append(f'<rect x="{x}" y="{y - 10}" width="12" height="12" fill="{TYPE_COLOURS.get(kind, "#9e9e9e")}"/>')
        out.append(f'<text x="{x + 17}" y="{y}" fill="currentColor">{html_text(_type_label(kind))}</text>')
    out.append("</svg>")
    out.append("</figure>")
    return "\n".join(out)


SVG_FILTERS = {"relation_svg": relation_svg, "timeline_svg": timeline_svg}
