"""Actor mentions with the real spaCy model and a small registry, on text written for these tests."""
import pytest

from generator.extract import extract_article
from generator.model import Actor, Article, Registry
from generator.nlp import load_nlp

REGISTRY = Registry(
    actors=(
        Actor("government-of-afghanistan", "Government of Afghanistan", "government",
              aliases=("Afghan government",), metonyms=("Kabul",)),
        Actor("government-of-pakistan", "Government of Pakistan", "government", metonyms=("Islamabad",)),
        Actor("haqqani-network", "Haqqani Network", "armed_group", aliases=("Haqqanis",)),
        Actor("us-department-of-defense", "US Department of Defense", "government_agency", aliases=("Pentagon",)),
        Actor("afghan-forces", "Afghan National Defense and Security Forces", "government_agency",
              demonyms=("Afghan",)),
        Actor("ashraf-ghani", "Ashraf Ghani", "person"),
    ),
    ignore=("Tolo News",),
)


@pytest.fixture(scope="module")
def registry_nlp():
    return load_nlp(REGISTRY)


def mentions_of(nlp, *paragraphs):
    article = Article("t", "t.txt", "T", tuple(paragraphs), "0")
    extraction = extract_article(nlp, article, REGISTRY)
    return [(m.sentence, m.text, m.actor_id) for m in extraction.mentions], extraction


def test_registry_aliases_possessives_and_case(registry_nlp):
    found, _ = mentions_of(registry_nlp, "The Haqqani network's fighters and the Haqqanis were blamed by the Pentagon.")
    assert found == [
        (0, "Haqqani network", "haqqani-network"),
        (0, "Haqqanis", "haqqani-network"),
        (0, "Pentagon", "us-department-of-defense"),
    ]


def test_capital_as_agent_is_the_government_but_stays_a_place_otherwise(registry_nlp):
    found, extraction = mentions_of(
        registry_nlp,
        "Islamabad rejected the charge on Tuesday.",
        "Hundreds of people marched in Kabul after the bombing.",
    )
    assert found == [(0, "Islamabad", "government-of-pakistan")]
    assert (1, "Kabul") in extraction.places


def test_demonym_forces_and_surname_after_full_name(registry_nlp):
    found, _ = mentions_of(
        registry_nlp,
        "Afghan forces repelled the assault, President Ashraf Ghani said.",
        "Ghani later visited the wounded.",
    )
    assert found == [
        (0, "Afghan forces", "afghan-forces"),
        (0, "Ashraf Ghani", "ashraf-ghani"),
        (1, "Ghani", "ashraf-ghani"),
    ]


def test_acronym_defined_in_text_links_to_the_full_name(registry_nlp):
    found, extraction = mentions_of(
        registry_nlp,
        "Officials of the Frontier Reconstruction Authority (FRA) met donors.",
        "The FRA said the money would arrive in March.",
    )
    ids = {actor_id for _, _, actor_id in found}
    assert ids == {"frontier-reconstruction-authority"}
    assert [text for _, text, _ in found] == ["Frontier Reconstruction Authority", "FRA", "FRA"]
    assert [d.text for d in extraction.discovered] == ["Frontier Reconstruction Authority"]


def test_outlets_are_not_actors(registry_nlp):
    found, extraction = mentions_of(registry_nlp, "A spokesman told Reuters and Tolo News that the Pentagon was wrong.")
    assert found == [(0, "Pentagon", "us-department-of-defense")]
    assert extraction.discovered == ()
