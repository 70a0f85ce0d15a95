"""Contexts of the maps and the place pages (see context.py for the conventions)."""
from __future__ import annotations

from dataclasses import dataclass

from generator.model import DateValue
from generator.render.context import EventRow, Ref


@dataclass(frozen=True)
class MapEvent:
    """An event with coordinates: one dot on a map."""

    ref: Ref
    type: str
    date: DateValue | None
    place: str
    latitude: float
    longitude: float
    located: str  # "city" (the city's coordinates) | "country" (a point inside the country)


@dataclass(frozen=True)
class EventMap:
    """The events of a page that can be drawn on its map, and how many cannot."""

    events: tuple[MapEvent, ...]  # chronological
    unplaced: int  # events with no place, or a place without coordinates
    count_label: str  # "3 events"
    caption: str  # plain text under the map


@dataclass(frozen=True)
class PlaceRow:
    ref: Ref
    kind: str  # "country" | "province" | "city" | "place"
    country: str | None
    events: int
    first: DateValue | None
    last: DateValue | None


@dataclass(frozen=True)
class PlacePage:
    path: str
    title: str  # the place name as the sources spell it most often
    kind: str  # "country" | "province" | "city" | "place"
    country: str | None  # the country it is in (None for a country, or when not known)
    names: tuple[str, ...]  # the spellings the sources use
    located: MapEvent | None  # None: no coordinates
    first: DateValue | None
    last: DateValue | None
    events: tuple[EventRow, ...]  # chronological
    actors: tuple[tuple[Ref, int], ...]  # actors taking part in its events, with their number of events
    map: EventMap | None
    index: Ref
    meta_description: str = ""  # front matter `description` (describe.py)
    keys: tuple[str, ...] = ()  # search keys (front matter `tags`, search_keys.py)


@dataclass(frozen=True)
class PlacesIndexPage:
    path: str
    title: str
    places: tuple[PlaceRow, ...]  # by name
    unplaced: int  # events with no place
    map: EventMap | None
    meta_description: str = ""  # front matter `description` (describe.py)
