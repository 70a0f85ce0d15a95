import pytest

from generator.model import Actor, DiscoveredName, Mention, Registry
from generator.resolve.actors import discovered_aliases, guess_kind, select_actors, variant_key


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
    assert names == {"gulbuddin-hekmatyar": ("Gulbuddin Hekmatyar", "person")}


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


def test_a_person_named_in_full_once_is_an_actor_a_single_name_is_not():
    names = {"full": ("Humayun Azizi", "person"), "single": ("Raziq", "person"), "org": ("Once Named", "ORG")}
    mentions = [Mention("a1", 0, 0, 5, "x", a) for a in names]
    actors = select_actors(Registry(), names, mentions, set(), min_mentions=2, min_articles=2)
    assert [a.id for a in actors] == ["full"]


def _names(*items):
    return [DiscoveredName(text, label, article, 0, 0, len(text)) for text, label, article in items]


def test_kind_uses_every_form_and_label():
    # One form looks like a person's name to the NER, another carries the group cue.
    found = _names(("Lashkar-e-Jhangvi", "PERSON", "a1"), ("Lashkar-e-Jhangvi", "PERSON", "a2"),
                   ("lashkar-e-jhangvi", "ORG", "a3"))
    _, names = discovered_aliases(found, Registry())
    assert names == {"lashkar-e-jhangvi": ("Lashkar-e-Jhangvi", "armed_group")}


def test_plural_joins_the_group_named_after_it_and_acronym_joins_its_long_form():
    found = _names(("Mehsud Network", "ORG", "a1"), ("Mehsuds", "ORG", "a2"),
                   ("Frontier Reconstruction Authority", "ORG", "a1"), ("FRA", "ORG", "a3"))
    mapping, names = discovered_aliases(found, Registry())
    assert mapping["mehsuds"] == "mehsud-network"
    assert mapping["fra"] == "frontier-reconstruction-authority"
    assert set(names) == {"mehsud-network", "frontier-reconstruction-authority"}
    assert names["mehsud-network"][1] == "armed_group"


def test_distinct_pairs_are_never_merged_and_ignored_names_are_dropped():
    registry = Registry(distinct=(("FRA", "Frontier Reconstruction Authority"),), ignore=("Khyber Mail",))
    found = _names(("Frontier Reconstruction Authority", "ORG", "a1"), ("FRA", "ORG", "a3"),
                   ("Khyber Mail", "ORG", "a1"), ("KHYBER MAIL", "ORG", "a2"))
    mapping, names = discovered_aliases(found, registry)
    assert mapping["fra"] == "fra"
    assert mapping["khyber-mail"] == ""
    assert set(names) == {"fra", "frontier-reconstruction-authority"}


def test_a_registry_alias_wins_over_discovery():
    registry = Registry(actors=(Actor("us-dod", "US Department of Defense", "government_agency",
                                      aliases=("Defense Department",)),))
    found = _names(("US Department of Defense", "ORG", "a1"), ("the Defense Department", "ORG", "a2"))
    mapping, names = discovered_aliases(found, registry)
    assert mapping == {"us-department-of-defense": "us-dod", "the-defense-department": "us-dod"}
    assert names == {}


@pytest.mark.parametrize(
    "name, label, kind",
    [
        ("High Peace Council", "ORG", "government_agency"),
        ("UN Security Council", "ORG", "international_org"),
        ("Quadrilateral Coordination Group", "ORG", "international_org"),
        ("Human Rights Watch", "ORG", "other_org"),
        ("US Congress", "ORG", "government"),
        ("al-Qaeda", "ORG", "armed_group"),
        ("Zia-ul-Haq", "PERSON", "person"),
        ("Jamaat-ul-Ahrar", "PERSON", "armed_group"),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_guess_kind_more_cues(name, label, kind):
    assert guess_kind(name, label) == kind


def test_plural_nationality_like_names_need_a_group_and_mixed_case_acronyms_join():
    found = _names(("Mehsuds", "NORP", "a1"), ("Achakzais", "NORP", "a2"), ("Mehsud Network", "ORG", "a3"),
                   ("Lashkar-e-Jhangvi", "ORG", "a1"), ("LeJ", "ORG", "a2"))
    mapping, names = discovered_aliases(found, Registry())
    assert mapping["mehsuds"] == "mehsud-network"
    assert mapping["achakzais"] == ""  # no group of that name: not an actor
    assert mapping["lej"] == "lashkar-e-jhangvi"
    assert set(names) == {"mehsud-network", "lashkar-e-jhangvi"}


def _discovered(*names: tuple[str, str]) -> list[DiscoveredName]:
    return [DiscoveredName(text, label, f"a{i}", 0, 0, len(text)) for i, (text, label) in enumerate(names)]


def test_built_in_knowledge_names_and_kinds_discovered_names():
    mapping, names = discovered_aliases(_discovered(("al-Shabab", "PERSON"), ("Al Shabaab", "ORG"), ("Daesh", "ORG")),
                                        Registry())
    assert mapping["al-shabab"] == mapping["al-shabaab"] == "al-shabaab"
    assert names["al-shabaab"] == ("Al-Shabaab", "armed_group")
    assert names["islamic-state"] == ("Islamic State", "armed_group")


def test_the_registry_wins_over_built_in_knowledge_even_by_another_alias():
    registry = Registry(actors=(Actor("shabaab", "Harakat al-Shabaab al-Mujahideen", "armed_group",
                                      aliases=("Al-Shabaab",)),))
    mapping, names = discovered_aliases(_discovered(("al-Shabab", "ORG")), registry)
    assert mapping["al-shabab"] == "shabaab"
    assert "al-shabaab" not in names


def test_a_lone_surname_joins_the_only_person_named_in_full_in_the_corpus():
    mapping, names = discovered_aliases(_discovered(("Marta Kowalczyk", "PERSON"), ("Kowalczyk", "ORG")), Registry())
    assert mapping["kowalczyk"] == "marta-kowalczyk"
    assert names["marta-kowalczyk"][1] == "person"


def test_states_and_known_organisations_need_one_mention():
    names = {"ghana": ("Ghana", "state"), "nato": ("NATO", "international_org"), "acme": ("Acme", "other_org")}
    mentions = [Mention("a", 0, 0, 4, n, i) for i, (n, _) in names.items()]
    chosen = {a.id for a in select_actors(Registry(), names, mentions, set(), 2, 2)}
    assert chosen == {"ghana", "nato"}


def test_a_full_institutional_name_needs_one_mention_a_short_or_lowercase_one_does_not():
    names = {"college": ("Lakeside Teachers College", "other_org"),
             "council": ("National Water and Energy Council", "government_agency"),
             "short": ("Orion Hospital", "other_org"),
             "lower": ("the new hospital", "other_org"),
             "firm": ("Brightline Logistics Group", "other_org")}
    mentions = [Mention("a", 0, 0, 4, n, i) for i, (n, _) in names.items()]
    chosen = {a.id for a in select_actors(Registry(), names, mentions, set(), 2, 2)}
    assert chosen == {"college", "council"}


def test_a_committee_is_a_government_agency():
    assert guess_kind("Joint Planning Committee", "ORG") == "government_agency"
