"""Roll-up: an actor page lists, apart from its own, the events of its units and members."""
from __future__ import annotations

import dataclasses

from generator.model import Actor, Event, Participant
from generator.render.lookup import Lookup
from generator.render.rollup import members, rolled_up
from generator.render.site import render_site
from tests.site_fixtures import ATTACK, REGISTRY, knowledge_base, site_settings


def test_taliban_page_shows_its_haqqani_network_attack_marked_as_such(tmp_path):
    pages = render_site(knowledge_base(), REGISTRY, site_settings(tmp_path))
    taliban = pages["actors/taliban.md"]
    section = taliban.split("## Events of its units and members", 1)[1]
    assert "1 more event in which Taliban does not take part itself, but one of its units, members" in section
    assert ("| 19 April 2016 | [Haqqani Network attack on the NDS in Kabul](../events/2016-04-19-attack-kabul.md) "
            "| Attack | [Haqqani Network](haqqani-network.md) | Kabul |") in section
    assert "- **Events:** 0 (and 1 through its units and members)" in taliban
    # the unit's own page has no roll-up, and the event is not counted as the Taliban's own
    assert "Events of its units" not in pages["actors/haqqani-network.md"]


def test_a_state_rolls_up_its_government_and_forces(tmp_path):
    kb = knowledge_base()
    state = Actor("afghanistan", "Afghanistan", "state")
    government = Actor("afghan-government", "Afghan government", "government", country="afghanistan")
    nds = next(a for a in kb.actors if a.id == "national-directorate-of-security")
    actors = tuple(sorted((*kb.actors, state, government), key=lambda a: a.id))
    look = Lookup(dataclasses.replace(kb, actors=actors), REGISTRY, site_settings(tmp_path))
    assert members(look, "afghanistan") == {"afghan-government", nds.id}  # the NDS through the government
    rows = rolled_up(look, "afghanistan")
    assert [r.row.ref.label for r in rows] == [ATTACK.title, "Exchanges of fire at the Torkham crossing"]
    assert [[t.label for t in r.through] for r in rows] == [["National Directorate of Security"], ["Afghan government"]]


def test_own_events_are_not_repeated_and_cycles_end(tmp_path):
    kb = knowledge_base()
    loop = tuple(dataclasses.replace(a, parent="haqqani-network") if a.id == "taliban" else a for a in kb.actors)
    joint = Event("2016-05-01-attack-x", "attack", "Joint attack", ATTACK.date, "Kabul",
                  (Participant("haqqani-network", "initiator"), Participant("taliban", "initiator")), ATTACK.sources[:1])
    look = Lookup(dataclasses.replace(kb, actors=loop, events=(*kb.events, joint)), REGISTRY, site_settings(tmp_path))
    assert members(look, "taliban") == {"haqqani-network"}
    assert [r.row.ref.label for r in rolled_up(look, "taliban")] == [ATTACK.title]  # not the joint one: its own
