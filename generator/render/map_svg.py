"""The map of events, drawn at build time as inline SVG: country shapes from Natural Earth
(geo.py), one dot per placed event, each dot a link to its event page.

No tiles, no script, no request to any host: the drawing is part of the page. Every text that
reaches the SVG goes through `html_text`. The figure is followed on the page by a table of the
same events (for screen readers, search and readers who prefer a list).
"""
from __future__ import annotations

import math

from generator.render.filters import page_url
from generator.render.geo import within
from generator.render.labels import date_text
from generator.render.place_context import EventMap
from generator.render.svg import TYPE_COLOURS, _n, _type_label
from generator.render.text import clean_text, html_text

WIDTH = 640  # SVG units; the figure is at most 40rem wide, so 1 unit is at most 1 px
FONT = 22  # country labels: at 390 px wide the map is ~350 px, still 12 px text
DOT = 8
MIN_SPAN = 8.0  # degrees: a single place still shows its region
PAD = 0.25  # of the span, around the dots
REACH = 20.0  # degrees of latitude from the median event; events further away sit on the edge


def _core(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The points within REACH degrees of the median point: one far-away event (a statement in
    Washington on a map of Afghanistan) must not shrink the rest to a speck."""
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    lat, lon = lats[len(lats) // 2], lons[len(lons) // 2]
    near = [p for p in points if abs(p[0] - lat) <= REACH and abs(p[1] - lon) <= REACH * 1.5]
    return near if len(near) * 2 >= len(points) else points


def _extent(points: list[tuple[float, float]]) -> tuple[float, float, float, float]:
    points = _core(points)
    lats = [p[0] for p in points]
    lons = [p[1] for p in points]
    south, north, west, east = min(lats), max(lats), min(lons), max(lons)
    mid = math.cos(math.radians((south + north) / 2))
    span_x = max((east - west) * mid, MIN_SPAN * mid)
    span_y = max(north - south, MIN_SPAN * 0.6)
    span_y = max(span_y, span_x * 0.55)  # not wider than about 16:9
    span_x = max(span_x, span_y * 1.1)
    cx, cy = (west + east) / 2, (south + north) / 2
    half_x, half_y = span_x / mid / 2 * (1 + PAD), span_y / 2 * (1 + PAD)
    south, north = max(-85.0, cy - half_y), min(85.0, cy + half_y)
    return cx - half_x, south, cx + half_x, north


def _projector(west: float, south: float, east: float, north: float):
    mid = math.cos(math.radians((south + north) / 2))
    scale = WIDTH / ((east - west) * mid)
    height = (north - south) * scale

    def project(lon: float, lat: float) -> tuple[float, float]:
        return (lon - west) * mid * scale, (north - lat) * scale

    return project, height, scale


def _rings(geometry):
    for polygon in getattr(geometry, "geoms", [geometry]):
        if polygon.geom_type == "Polygon" and not polygon.is_empty:
            yield polygon.exterior.coords
            for ring in polygon.interiors:
                yield ring.coords
        elif hasattr(polygon, "geoms"):
            yield from _rings(polygon)


def _countries(box: tuple[float, float, float, float], project, scale: float) -> tuple[list[str], list[str]]:
    import shapely

    west, south, east, north = box
    tolerance = 1.2 / scale  # about one SVG unit
    paths, labels = [], []
    area = (east - west) * (north - south)
    for country in within(*box):
        clipped = shapely.clip_by_rect(country.geometry, west, south, east, north)
        if clipped.is_empty:
            continue
        simple = clipped.simplify(tolerance, preserve_topology=True)
        d = []
        for ring in _rings(simple):
            points = [project(x, y) for x, y in ring]
            if len(points) < 3:
                continue
            d.append("M" + " ".join(f"{_n(x)},{_n(y)}" for x, y in points) + "Z")
        if d:
            paths.append(f'<path d="{"".join(d)}"/>')
        if clipped.area > area * 0.04:
            point = clipped.representative_point()
            x, y = project(point.x, point.y)
            labels.append(f'<text x="{_n(x)}" y="{_n(y)}" text-anchor="middle">{html_text(country.name)}</text>')
    return paths, labels


def map_svg(events: EventMap | None, page: str) -> str:
    """Filter `map_svg`: the map figure of `events` on the page at `page` ("" without placed events)."""
    if events is None or not events.events:
        return ""
    box = _extent([(e.latitude, e.longitude) for e in events.events])
    project, height, scale = _projector(*box)
    paths, labels = _countries(box, project, scale)
    ident = "rs-map-" + page.removesuffix(".md").replace("/", "-")
    out = [
        f'<figure class="rs-map" data-search-exclude>',
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {_n(height)}" role="group" '
        f'aria-labelledby="{ident}-title">',
        f'<title id="{ident}-title">Map of {events.count_label}: each dot is an event and links to its page</title>',
        f'<rect width="{WIDTH}" height="{_n(height)}" class="rs-map-sea" fill="#dde9f2"/>',
        f'<g class="rs-map-land" aria-hidden="true" fill="#f3f0e8" stroke="#8c8578" stroke-width="1" '
        f'stroke-linejoin="round">{"".join(paths)}</g>',
        f'<g class="rs-map-labels" aria-hidden="true" font-size="{FONT}" fill="#4a4a4a">{"".join(labels)}</g>',
        '<g class="rs-map-dots" stroke="#ffffff" stroke-width="2">',
    ]
    seen: dict[tuple[float, float], int] = {}
    for event in events.events:
        x, y = project(event.longitude, event.latitude)
        outside = not (0 <= x <= WIDTH and 0 <= y <= height)
        x, y = min(max(x, DOT + 2), WIDTH - DOT - 2), min(max(y, DOT + 2), height - DOT - 2)
        k = seen.get((x, y), 0)
        seen[(x, y)] = k + 1
        if k:  # more events at one place: a small spiral around it, so each dot stays clickable
            angle, radius = k * 2.39996, DOT * 1.6 * math.sqrt(k)
            x, y = x + radius * math.cos(angle), y + radius * math.sin(angle)
        label = clean_text(f"{event.ref.label}, {date_text(event.date)}, {event.place}"
                           + (" (outside the map area, shown at its edge)" if outside else ""))
        colour = TYPE_COLOURS.get(event.type, TYPE_COLOURS["other"])
        out.append(
            f'<a href="{page_url(event.ref.path, page)}" aria-label="{html_text(label)}" class="rs-map-dot">'
            f'<circle cx="{_n(x)}" cy="{_n(y)}" r="{DOT}" fill="{colour}"'
            + (' stroke="#1b1b1b" stroke-dasharray="3 2"' if outside else '') + '>'
            f'<title>{html_text(label)} ({html_text(_type_label(event.type))})</title></circle></a>')
    out += ["</g>", "</svg>",
            f'<figcaption>{html_text(events.caption)}</figcaption>', "</figure>"]
    return "\n".join(out)
