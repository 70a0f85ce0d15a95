import pytest

from generator.model import Actor, DiscoveredName, Mention, Registry
from generator.resolve_actors import discovered_aliases, guess_kind, select_actors, variant_key


@pytest.mark.parametrize(
    "a, b",
    [
        ("Hezb-e-Islami", "Hizb-i-Islami"),
        ("Hezb-e-Islami", "Hezb-i-Islami"),
        ("al Qaeda", "al-Qaida"),
        ("Gulbadin Hekmatyar", "Gulbuddin Hekmatyar"),
        ("the Haqqani Network", "Haqqani network"),
    ],
    ids=["hizb-i", "hezb-i", "qaida", "gulbadin", "the-and-case"],
)
def test_variants_share_a_key(a, b):
    assert variant_key(a) == variant_key(b)


@pytest.mark.parametrize(
    "a, b",
    [("Taliban", "Tehrik-e-Taliban Pakistan"), ("Haqqani Network", "Sirajuddin Haqqani"), ("al-Qaeda", "AQIS")],
    ids=["taliban-ttp", "network-person", "aq-aqis"],
)
def test_names_sharing_a_word_stay_apart(a, b):
    assert variant_key(a) != variant_key(b)


@pytest.mark.parametrize(
    "name, label, kind",
    [
        ("Sirajuddin Haqqani", "PERSON", "person"),
        ("Ministry of Interior", "ORG", "government_agency"),
        ("Pakistan People's Party", "ORG", "political_party"),
        ("Jamaat-ul-Ahrar", "ORG", "armed_group"),
        ("Lashkar-e-Jhangvi", "ORG", "armed_group"),
        ("United Nations Assistance Mission", "ORG", "international_org"),
        ("Acme Consulting", "ORG", "other_org"),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_guess_kind(name, label, kind):
    assert guess_kind(name, label) == kind


def test_discovered_variants_merge_and_registry_wins():
    registry = Registry(actors=(Actor("hezb-e-islami", "Hezb-e-Islami", "armed_group"),))
    found = [
        DiscoveredName("Hizb-i-Islami", "ORG", "a1", 0, 0, 13),
        DiscoveredName("Gulbadin Hekmatyar", "PERSON", "a1", 0, 20, 38),
        DiscoveredName("Gulbuddin Hekmatyar", "PERSON", "a2", 1, 0, 19),
        DiscoveredName("Gulbuddin Hekmatyar", "PERSON", "a3", 1, 0, 19),
    ]
    mapping, names = discovered_aliases(found, registry)
    assert mapping == {
        "hizb-i-islami": "hezb-e-islami",
        "gulbadin-hekmatyar": "gulbuddin-hekmatyar",
        "gulbuddin-hekmatyar": "gulbuddin-hekmatyar",
    }
    assert names == {"gulbuddin-hekmatyar": ("Gulbuddin Hekmatyar", "PERSON")}


def test_threshold_for_discovered_actors():
    registry = Registry(actors=(Actor("pakistan", "Pakistan", "state"), Actor("china", "China", "state")))
    names = {"often": ("Often Named", "ORG"), "once": ("Once Named", "ORG"), "actor": ("Event Actor", "PERSON"),
             "spread": ("Spread Out", "ORG")}
    mentions = [Mention("a1", i, 0, 5, "Often", "often") for i in range(3)]
    mentions += [Mention("a1", 0, 0, 5, "Once", "once"), Mention("a1", 0, 0, 5, "Pakistan", "pakistan")]
    mentions += [Mention("a1", 0, 0, 5, "Spread", "spread"), Mention("a2", 0, 0, 5, "Spread", "spread")]
    actors = select_actors(registry, names, mentions, {"actor"}, min_mentions=3, min_articles=2)
    assert [(a.id, a.kind, a.curated) for a in actors] == [
        ("actor", "person", False),
        ("often", "other_org", False),
        ("pakistan", "state", True),
        ("spread", "other_org", False),
    ]
