"""People of an organisation: registry members and those who stand for it in its events."""
from __future__ import annotations

import dataclasses

from generator.model import Actor
from generator.render.lookup import Lookup
from generator.render.people import people
from generator.render.site import render_site
from tests.site_fixtures import ATTACK, REGISTRY, knowledge_base, site_settings


def _kb():
    kb = knowledge_base()
    persons = (Actor("zabihullah-mujahid", "Zabihullah Mujahid", "person", parent="taliban"),
               Actor("sirajuddin-haqqani", "Sirajuddin Haqqani", "person"))
    spoke = dataclasses.replace(ATTACK.sources[0], representatives=(("sirajuddin-haqqani", "haqqani-network"),))
    attack = dataclasses.replace(ATTACK, sources=(spoke, *ATTACK.sources[1:]))
    return dataclasses.replace(kb, actors=tuple(sorted((*kb.actors, *persons), key=lambda a: a.id)),
                               events=(attack, *kb.events[1:]))


def test_registry_members_and_representatives(tmp_path):
    look = Lookup(_kb(), REGISTRY, site_settings(tmp_path))
    assert [(p.ref.label, p.registry, p.events) for p in people(look, "taliban")] == [("Zabihullah Mujahid", True, 0)]
    assert [(p.ref.label, p.registry, p.events) for p in people(look, "haqqani-network")] == [
        ("Sirajuddin Haqqani", False, 1)]
    assert people(look, "pakistan") == ()


def test_actor_page_lists_its_people(tmp_path):
    pages = render_site(_kb(), REGISTRY, site_settings(tmp_path))
    assert "- [Sirajuddin Haqqani](sirajuddin-haqqani.md): stood for Haqqani Network in 1 event\n" in pages[
        "actors/haqqani-network.md"]
    assert "- [Zabihullah Mujahid](zabihullah-mujahid.md): listed as a member in the registry\n" in pages[
        "actors/taliban.md"]
    assert "## People" not in pages["actors/pakistan.md"]
