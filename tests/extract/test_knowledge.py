"""The built-in organisation knowledge: lookups, and the names it makes the model see."""
import pytest

from generator.extract import knowledge
from generator.extract.corpus import extract_article
from generator.model import Article, Registry


@pytest.mark.parametrize(
    "name, canonical, kind",
    [
        ("al-Shabab", "Al-Shabaab", "armed_group"),
        ("Al Shabaab", "Al-Shabaab", "armed_group"),
        ("Daesh", "Islamic State", "armed_group"),
        ("ISIL", "Islamic State", "armed_group"),
        ("UN", "United Nations", "international_org"),
        ("North Atlantic Treaty Organisation", "NATO", "international_org"),
        ("FSB", "Federal Security Service", "government_agency"),
        ("Hashd al-Shaabi", "Popular Mobilization Forces", "armed_group"),
        ("Kata’ib Hezbollah", "Kataib Hezbollah", "armed_group"),
    ],
)
def test_lookup_gives_the_canonical_name_and_kind(name, canonical, kind):
    entry = knowledge.lookup(name)
    assert entry is not None and (entry.name, entry.kind) == (canonical, kind)


def test_acronyms_match_only_in_capitals_and_unknown_names_not_at_all():
    assert knowledge.lookup("IS") is not None
    assert knowledge.lookup("is") is None
    assert knowledge.lookup("Un") is None
    assert knowledge.lookup("Acme Consulting") is None


def test_every_entry_has_a_known_kind_and_no_alias_is_claimed_twice():
    from generator.model import ACTOR_KINDS

    seen = {}
    for entry in knowledge.ENTRIES:
        assert entry.kind in ACTOR_KINDS
        for name in (entry.name, *entry.aliases):
            owner = seen.setdefault(knowledge.key(name), entry.name)
            assert owner == entry.name, f"{name} is claimed by {owner} and {entry.name}"


def _mentions(nlp, *paragraphs):
    article = Article("k", "k.txt", "K", tuple(paragraphs), "0")
    extraction = extract_article(nlp, article, Registry())
    return {(m.text, m.actor_id) for m in extraction.mentions}, extraction


def test_a_known_group_the_model_calls_a_person_is_an_organisation(nlp):
    _, extraction = _mentions(nlp, "Al-Shabab claimed the ambush near the river crossing.")
    assert {(d.text, d.label) for d in extraction.discovered} == {("Al-Shabab", "ORG")}


def test_a_nationality_glued_to_a_known_name_is_not_part_of_it(nlp):
    found, _ = _mentions(nlp, "The convoy belonged to the Iraqi Hashd al-Shaabi, officials said.")
    assert any(text == "Hashd al-Shaabi" for text, _ in found)


def test_a_known_name_inside_a_longer_name_leaves_the_longer_name_whole(nlp):
    found, _ = _mentions(nlp, "Volunteers of the Kenya Red Cross carried the wounded to the clinic.")
    assert ("Kenya Red Cross", "kenya-red-cross") in found
