"""Outlet names: "The X" and "X" are one outlet, shown under one spelling everywhere."""
from __future__ import annotations

import dataclasses

from generator.render.lookup import outlet_key, outlet_names
from generator.render.site import render_site
from tests.site_fixtures import REGISTRY, knowledge_base, site_settings


def test_outlet_key_drops_a_leading_the_and_case():
    assert outlet_key("The Margalla Post") == outlet_key("margalla  Post") == "margalla post"
    assert outlet_key("The") == "the"  # a name that is only "The" stays itself


def test_one_spelling_per_outlet_most_used_first():
    articles = [dataclasses.replace(knowledge_base().articles[0], id=str(n), outlet=o)
                for n, o in enumerate(["Margalla Post", "The Margalla Post", "The Margalla Post", None, "Dawn"])]
    assert outlet_names(articles) == {"0": "The Margalla Post", "1": "The Margalla Post",
                                      "2": "The Margalla Post", "4": "Dawn"}


def test_articles_index_groups_the_two_spellings(tmp_path):
    kb = knowledge_base()
    articles = tuple(dataclasses.replace(a, outlet={"kabul-attack-report": "The Example Times",
                                                     "pentagon-report": "Example Times"}.get(a.id, a.outlet))
                     for a in kb.articles)
    pages = render_site(dataclasses.replace(kb, articles=articles), REGISTRY, site_settings(tmp_path))
    index = pages["articles/index.md"]
    assert "### The Example Times" in index and "### Example Times" not in index
    assert "from 2 outlets" in index
    assert "- **Outlet:** The Example Times" in pages["articles/pentagon-report.md"]
