"""Acceptance on the real scraped seed article (reference material beside the checkout)."""
from __future__ import annotations

import shutil
from dataclasses import replace

import pytest

from generator.config import default_settings
from generator.pipeline import build_knowledge_base
from generator.render.site import render_site


@pytest.fixture(scope="module")
def seed_kb(seed_dir, repo, tmp_path_factory):
    root = tmp_path_factory.mktemp("seed")
    (root / "articles").mkdir()
    for path in seed_dir.glob("*.txt"):
        shutil.copy(path, root / "articles" / path.name)
    settings = replace(default_settings(root, registry=str(repo / "actors.yml")), cache=None)
    built = build_knowledge_base(settings)
    return built, settings


def test_seed_actors(seed_kb):
    built, _ = seed_kb
    ids = {a.id for a in built.kb.actors}
    assert {"pakistan", "haqqani-network", "us-department-of-defense", "taliban", "hezb-e-islami",
            "gulbuddin-hekmatyar"} <= ids
    forms = {m.text for m in built.kb.mentions if m.actor_id == "haqqani-network"}
    assert {"Haqqani network", "Haqqani Network"} <= forms
    assert {m.text for m in built.kb.mentions if m.actor_id == "us-department-of-defense"} == {"Pentagon"}
    assert "Kabul" in {m.text for m in built.kb.mentions if m.actor_id == "government-of-afghanistan"}


def test_seed_events_are_dated_honestly(seed_kb):
    built, _ = seed_kb
    (article,) = built.kb.articles
    assert article.published is None and article.retrieved.iso() == "2024-03-29"
    by_date = {(e.date.iso() if e.date else None, e.type): e for e in built.kb.events}
    agreement = by_date[("2016-09-22", "agreement")]
    assert {p.actor_id for p in agreement.participants} >= {"government-of-afghanistan", "hezb-e-islami"}
    attack = by_date[("2016-04-19", "attack")]
    assert ("haqqani-network", "initiator") in {(p.actor_id, p.role) for p in attack.participants}
    assert attack.place == "Kabul"
    for event in built.kb.events:
        assert event.date is None or event.date.start.year in (2016, 2017), event.id
        assert event.date is None or event.date.start.isoformat() != "2024-03-29"


def test_seed_pages_link_each_other(seed_kb):
    built, settings = seed_kb
    pages = render_site(built.kb, built.registry, settings)
    haqqani = pages["actors/haqqani-network.md"]
    assert "Haqqanis" in haqqani  # the alias is on the page, so search finds it
    attack_id = next(e.id for e in built.kb.events if e.type == "attack")
    assert f"{attack_id}.md" in haqqani
    assert "../articles/000-7a97f8a84ed23738.md" in pages[f"events/{attack_id}.md"]
    assert "../actors/haqqani-network.md" in pages[f"events/{attack_id}.md"]
