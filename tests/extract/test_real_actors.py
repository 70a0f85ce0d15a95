"""Actor mentions in real-news phrasing, with and without a registry, on sentences written for these tests."""
import pytest

from generator.extract.corpus import extract_article
from generator.extract.nlp import load_nlp
from generator.model import Actor, Article, Registry

REGISTRY = Registry(actors=(
    Actor("united-states", "United States", "state", aliases=("US", "U.S.")),
    Actor("us-department-of-defense", "US Department of Defense", "government_agency",
          aliases=("Pentagon", "US military")),
))
EMPTY = Registry()


@pytest.fixture(scope="module")
def with_registry():
    return load_nlp(REGISTRY)


@pytest.fixture(scope="module")
def bare():
    return load_nlp(EMPTY)


def mentions(nlp, registry, *paragraphs):
    article = Article("t", "t.txt", "T", tuple(paragraphs), "0")
    return [(m.text, m.actor_id) for m in extract_article(nlp, article, registry).mentions]


def test_a_registry_country_before_military_is_its_registry_forces(with_registry):
    found = mentions(with_registry, REGISTRY, "The U.S. military said it had struck a convoy near the river.")
    assert ("U.S. military", "us-department-of-defense") in found
    assert ("U.S.", "united-states") not in found


def test_a_country_before_military_is_its_forces_without_registry(bare):
    found = mentions(bare, EMPTY, "The U.S. military said it had struck a convoy near the river.")
    assert ("U.S. military", "american-security-forces") in found


@pytest.mark.parametrize("registry_name", ["registry", "none"])
def test_a_country_as_nationality_of_citizens_is_no_actor(with_registry, bare, registry_name):
    nlp, registry = (with_registry, REGISTRY) if registry_name == "registry" else (bare, EMPTY)
    found = mentions(nlp, registry, "Two US citizens were among the passengers of the ferry, officials said.",
                     "A British national was also hurt in the crash.")
    assert not [m for m in found if m[1] in ("united-states", "united-kingdom")]
    kept = mentions(nlp, registry, "The US condemned the attack on the ferry.")
    assert ("US", "united-states") in kept


def test_a_quoted_nickname_inside_a_name_keeps_the_name_whole(bare):
    found = mentions(bare, EMPTY, 'The veteran commander Ahmed "Tiger" Hassan Ali told reporters the town had fallen.')
    assert found == [('Ahmed "Tiger" Hassan Ali', "ahmed-hassan-ali")]
    quoted = mentions(bare, EMPTY, "Ali Warsame said the word “Mercy” was painted on the wall.")
    assert ("Ali Warsame", "ali-warsame") in quoted


def test_a_name_after_a_title_and_the_body_it_is_held_at_is_a_person(bare):
    found = mentions(bare, EMPTY, "The envoy to the UN Maria Okonkwo told the meeting that the talks had failed.")
    assert ("Maria Okonkwo", "maria-okonkwo") in found


def test_names_in_an_unrelated_story_pasted_inside_a_page_are_no_actors(bare):
    found = mentions(
        bare, EMPTY,
        "Gunmen stormed a police station in the northern town on Friday, killing three officers, police said.",
        "Local Orchestra Wins Regional Music Award",
        "Violinist Clara Brandt of Austria and cellist Tomas Lindqvist of Sweden were praised by the jury.",
        "Police commander Yusuf Warsame said the gunmen fled into the forest after the raid.",
    )
    names = {m[0] for m in found}
    assert "Yusuf Warsame" in names
    assert not names & {"Clara Brandt", "Tomas Lindqvist", "Austria", "Sweden"}


def test_a_subheading_about_the_story_keeps_its_names(bare):
    found = mentions(
        bare, EMPTY,
        "Gunmen stormed a police station in the northern town on Friday, killing three officers, police said.",
        "Police Station Attack Draws Condemnation",
        "Governor Amina Farah condemned the attack on the police station.",
        "The gunmen fled into the forest after the raid.",
    )
    assert "Amina Farah" in {m[0] for m in found}
