"""Whether two place names are clearly different places, from the offline gazetteer:
cities by distance, countries by name, provinces by country or by the city they are named
after. Unknown names (a district, a building) are never clearly different."""
from __future__ import annotations

import math

from generator import gazetteer

FAR_KM = 50  # two towns further apart than this are different places


def places_clash(a: set[str], b: set[str]) -> bool:
    """Both sides name places the gazetteer knows, and every pair is clearly apart: Kabul and
    Mazar-i-Sharif, Quetta and Afghanistan. Unknown names (a district, a building) never clash."""
    if not a or not b or a & b:
        return False
    known_a = [g for g in map(gazetteer.lookup, sorted(a)) if g is not None]
    known_b = [g for g in map(gazetteer.lookup, sorted(b)) if g is not None]
    if not known_a or not known_b:
        return False
    towns_a = [g for g in known_a if g.kind == "city"]
    towns_b = [g for g in known_b if g.kind == "city"]
    if towns_a and towns_b:  # towns are the most precise: "Kabul" and "Gardez" beside "Paktia"
        return all(_apart(x, y) for x in towns_a for y in towns_b)
    return all(_apart(x, y) for x in known_a for y in known_b)


PROVINCE_KM = 250  # a province lies within this distance of the city it is named after


def _apart(x: gazetteer.Place, y: gazetteer.Place) -> bool:
    if x.kind == "province" or y.kind == "province":
        # no borders, so containment is unknown: Nangarhar and Jalalabad may be one place.
        # Different countries are apart (a province name several countries share: any of
        # them); so is a province named after a city far from the other place ("Kandahar
        # province" and Kabul, 480 km apart)
        if not gazetteer.countries_of(x) & gazetteer.countries_of(y):
            return True
        (sx, rx), (sy, ry) = _seat(x), _seat(y)
        return sx is not None and sy is not None and _km(sx, sy) > rx + ry
    if x.kind == "country" or y.kind == "country":
        return x.country != y.country
    if None in (x.latitude, x.longitude, y.latitude, y.longitude):
        return x.name != y.name
    return _km(x, y) > FAR_KM


def _seat(place: gazetteer.Place) -> tuple[gazetteer.Place | None, float]:
    """A point for a place and how far the place reaches from it: a city itself; a province
    the city of its name in the same country, if there is one."""
    if place.kind != "province":
        return (place, 0.0) if place.latitude is not None else (None, 0.0)
    town = gazetteer.city(place.name)
    if town is None or town.country != place.country or town.latitude is None:
        return None, 0.0
    return town, PROVINCE_KM


def _km(x: gazetteer.Place, y: gazetteer.Place) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (x.latitude, x.longitude, y.latitude, y.longitude))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))
