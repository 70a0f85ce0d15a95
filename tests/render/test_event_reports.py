"""Event pages: counts of articles (not sentences), every sentence of each article, and who says
so, each with its own label: a claim of responsibility, a blame, a mere source, a representative."""
from __future__ import annotations

import dataclasses

import pytest

from generator.model import Actor, Participant
from generator.render.site import render_site
from tests.site_fixtures import ATTACK, REGISTRY, XSS_IMG, XSS_SCRIPT, knowledge_base, site_settings

PAGE = "events/2016-04-19-attack-kabul.md"


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> dict[str, str]:
    return render_site(knowledge_base(), REGISTRY, site_settings(tmp_path_factory.mktemp("site")))


def _render(tmp_path, event, actors=()):
    kb = knowledge_base()
    kb = dataclasses.replace(kb, events=(event, *kb.events[1:]),
                             actors=tuple(sorted((*kb.actors, *actors), key=lambda a: a.id)))
    return render_site(kb, REGISTRY, site_settings(tmp_path))


def test_counts_are_articles_not_sentences(pages):
    page = pages[PAGE]
    assert len(ATTACK.sources) == 3  # two sentences of one article, one of another
    assert "Reported by 2 articles." in page.split("\n\n")[2]
    assert "- **Reported by:** 2 articles (3 sentences)\n" in page
    assert page.count('<div class="rs-source" markdown>') == 2
    first = page.split('<div class="rs-source" markdown>')[1]
    assert first.count("\n> ") == 2  # both sentences of the article, under one heading
    # the chronology, the tables and the data count articles too
    assert "| Kabul | 2 |" in pages["events/index.md"]
    assert "| Date | Event | Type | Actors | Place | Articles |" in pages["events/index.md"]
    assert "| Date | Event | Type | Role | Place | Articles |" in pages["actors/haqqani-network.md"]


def test_blame_and_source_have_their_own_labels_and_never_claimed_by(pages):
    page = pages[PAGE]
    assert ("- **Blamed by:** [Pakistan](../actors/pakistan.md) on [Haqqani Network](../actors/haqqani-network.md)"
            " (1 article)\n") in page
    assert "- **Source (according to):** [Taliban](../actors/taliban.md) (1 article)\n" in page
    assert "- **Source:** [Taliban](../actors/taliban.md) (according to)\n" in page
    assert all("Claimed by" not in text for text in pages.values())
    assert "Claimed responsibility" not in page
    talks = pages["events/undated-meeting-or-talks-tehrik-e-nafaz-pakistan.md"]
    assert "- **Source:** [Pakistan](../actors/pakistan.md) (according to)\n" in talks


def test_a_claim_of_responsibility_is_labelled_as_such(tmp_path):
    claimed = dataclasses.replace(ATTACK.sources[-1], claimed_by="haqqani-network")
    pages = _render(tmp_path, dataclasses.replace(ATTACK, sources=(*ATTACK.sources[:-1], claimed)))
    page = pages[PAGE]
    assert "- **Claimed responsibility:** [Haqqani Network](../actors/haqqani-network.md) (1 article)\n" in page
    assert "- **Claimed responsibility:** [Haqqani Network](../actors/haqqani-network.md)\n" in page
    infobox = page.split("<div class=\"rs-infobox\"")[1].split("</div>")[0]
    assert infobox.index("Claimed responsibility") < infobox.index("Blamed by") < infobox.index("Source (according")


def test_a_leader_is_shown_as_his_group_s_representative_not_a_second_side(tmp_path):
    leader = Actor("mullah-x", "Mullah X", "person", parent="taliban")
    event = dataclasses.replace(ATTACK, participants=(
        Participant("haqqani-network", "initiator"), Participant("mullah-x", "initiator"),
        Participant("taliban", "initiator"), Participant("national-directorate-of-security", "target")))
    reports = tuple(dataclasses.replace(s, participants=event.participants) for s in ATTACK.sources)
    page = _render(tmp_path, dataclasses.replace(event, sources=reports), [leader])[PAGE]
    assert "- **Representatives:** [Mullah X](../actors/mullah-x.md) for [Taliban](../actors/taliban.md) (2 articles)\n" in page
    initiators = next(line for line in page.splitlines() if line.startswith("- **Initiators:**"))
    assert "Mullah X" not in initiators and "Taliban" in initiators
    assert "Mullah X" not in page.split("\n\n")[2]  # nor in the summary sentence


def test_every_sentence_of_an_article_is_escaped(tmp_path):
    hostile = dataclasses.replace(ATTACK.sources[1], evidence=f"{XSS_SCRIPT} | {XSS_IMG} [x](javascript:alert(1))")
    page = _render(tmp_path, dataclasses.replace(ATTACK, sources=(ATTACK.sources[0], hostile, ATTACK.sources[2])))[PAGE]
    assert XSS_SCRIPT not in page and XSS_IMG not in page and "](javascript:" not in page
