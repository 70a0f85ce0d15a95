"""Place pages: one per place that has events (country, province, city, crossing), with its
events, the actors in them and a map; the index of places; and the maps of other pages.

Places are the events' place names, one page per name up to case and spacing. Pure functions of
the `Lookup`; coordinates come from geo.py.
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict

from generator.model import Event
from generator.render.context import Ref, page_path
from generator.render.geo import locate, place_country, place_kind
from generator.render.labels import count
from generator.render.lookup import Lookup, place_key
from generator.render.place_context import EventMap, MapEvent, PlacePage, PlaceRow, PlacesIndexPage

PLACES = "places"  # under the events folder: events/places/<slug>.md


def places_folder(look: Lookup) -> str:
    return f"{look.settings.events_dir}/{PLACES}"


def place_ref(look: Lookup, place: str | None) -> Ref | None:
    """The page of the place of an event."""
    if not place or not place.strip():
        return None
    key = place_key(place)
    if key not in look.place_slugs:
        return None
    return Ref(page_path(places_folder(look), look.place_slugs[key]), look.place_names[key])


def _map_event(look: Lookup, event: Event) -> MapEvent | None:
    found = locate(event.place)
    if found is None:
        return None
    return MapEvent(look.event_ref(event), event.type, event.date, " ".join((event.place or "").split()),
                    found.latitude, found.longitude, found.kind)


def event_map(look: Lookup, events: list[Event]) -> EventMap | None:
    """The map of `events` (chronological), None when none of them can be placed."""
    placed = [m for m in (_map_event(look, e) for e in events) if m is not None]
    if not placed:
        return None
    unplaced = len(events) - len(placed)
    caption = f"{count(len(placed), 'event')} on the map"
    if unplaced:
        caption += f"; {count(unplaced, 'event')} without a known place or coordinates are listed only in the tables"
    caption += ". An event placed in a country is drawn at a point inside it. Country shapes: Natural Earth."
    return EventMap(tuple(placed), unplaced, count(len(placed), "event"), caption)


def _dates(events: list[Event]):
    dated = [e.date for e in events if e.date is not None]
    first = min(dated, key=lambda d: (d.start, d.end), default=None)
    last = max(dated, key=lambda d: (d.end, d.start), default=None)
    return first, last


def _events_by_place(look: Lookup) -> dict[str, list[Event]]:
    by_place: dict[str, list[Event]] = defaultdict(list)
    for event in look.events:  # chronological
        if event.place and event.place.strip():
            by_place[place_key(event.place)].append(event)
    return by_place


def place_pages(look: Lookup) -> list[PlacePage]:
    names, slugs = look.place_names, look.place_slugs
    index = Ref(f"{places_folder(look)}/index.md", "all places")
    pages = []
    for key, events in sorted(_events_by_place(look).items()):
        name = names[key]
        kind = place_kind(name)
        country = place_country(name) if kind != "country" else None
        counts = Counter(a for e in events for a in {p.actor_id for p in e.participants})
        refs = {a: look.actor_ref(a) for a in counts}
        actors = tuple((refs[a], counts[a]) for a in sorted(counts, key=lambda a: (-counts[a], refs[a].label.casefold(), a)))
        spellings = sorted({" ".join(e.place.split()) for e in events} - {name}, key=lambda n: (n.casefold(), n))
        first, last = _dates(events)
        pages.append(PlacePage(
            path=page_path(places_folder(look), slugs[key]),
            title=name,
            kind=kind,
            country=country,
            names=tuple(spellings),
            located=_map_event(look, events[0]),
            first=first,
            last=last,
            events=tuple(look.event_row(e) for e in events),
            actors=actors,
            map=event_map(look, events),
            index=index,
        ))
    return pages


def places_index(look: Lookup) -> PlacesIndexPage:
    rows = []
    for key, events in _events_by_place(look).items():
        ref = place_ref(look, events[0].place)
        kind = place_kind(ref.label)
        first, last = _dates(events)
        rows.append(PlaceRow(ref, kind, place_country(ref.label) if kind != "country" else None, len(events), first, last))
    rows.sort(key=lambda r: (r.ref.label.casefold(), r.ref.label))
    unplaced = sum(1 for e in look.events if not (e.place and e.place.strip()))
    return PlacesIndexPage(f"{places_folder(look)}/index.md", "Places", tuple(rows), unplaced,
                           event_map(look, look.events))


def events_geojson(look: Lookup) -> str:
    """The placed events as a GeoJSON FeatureCollection (RFC 7946: longitude first), chronological."""
    features = []
    for event in look.events:
        found = locate(event.place)
        if found is None:
            continue
        features.append({
            "type": "Feature",
            "id": event.id,
            "geometry": {"type": "Point", "coordinates": [found.longitude, found.latitude]},
            "properties": {
                "title": event.title, "type": event.type, "date": event.date.iso() if event.date else None,
                "place": event.place, "located": found.kind,
                "articles": len({s.article_id for s in event.sources}),
                "actors": sorted({p.actor_id for p in event.participants}),
            },
        })
    data = {"type": "FeatureCollection", "features": features}
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
