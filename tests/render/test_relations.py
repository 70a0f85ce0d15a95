"""Typed relations from shared events: attacked / attacked by, clashed with, met, accused."""
from __future__ import annotations

import dataclasses

from generator.render.relations import typed_relations
from generator.render.site import render_site
from tests.site_fixtures import ATTACK, CLASH, REGISTRY, TALKS, knowledge_base, site_settings


def test_relations_are_read_from_roles_and_event_types():
    assert typed_relations("haqqani-network", "national-directorate-of-security", [ATTACK]) == (("attacked", 1),)
    assert typed_relations("national-directorate-of-security", "haqqani-network", [ATTACK]) == (("attacked by", 1),)
    assert typed_relations("pakistan", "afghan-government", [CLASH]) == (("clashed with", 1),)
    assert typed_relations("pakistan", "tehrik-e-nafaz", [TALKS]) == (("met", 1),)
    # the second report of the attack: Pakistan blamed the Haqqani Network
    blamed = dataclasses.replace(ATTACK, participants=(*ATTACK.participants,
                                                       dataclasses.replace(ATTACK.participants[0], actor_id="pakistan")))
    assert ("accused", 1) in typed_relations("pakistan", "haqqani-network", [blamed])
    assert ("accused by", 1) in typed_relations("haqqani-network", "pakistan", [blamed])
    assert typed_relations("pakistan", "taliban", [ATTACK, CLASH]) == ()


def test_actor_page_says_what_happened(tmp_path):
    pages = render_site(knowledge_base(), REGISTRY, site_settings(tmp_path))
    assert "| Haqqani Network attacked it (1) |" in pages["actors/haqqani-network.md"]
    assert "| Pakistan met it (1) |" in pages["actors/pakistan.md"]
