"""Front-matter overrides applied during resolution."""
from __future__ import annotations

from pathlib import Path

from generator.config import default_settings
from generator.model import Actor, Article, Extraction, Mention, Registry, Sentence
from generator.resolve.corpus import resolve_corpus

REGISTRY = Registry(actors=(
    Actor("hezb-e-islami", "Hezb-e-Islami", "armed_group", aliases=("Hizb-i-Islami",)),
    Actor("us-department-of-defense", "US Department of Defense", "government_agency", aliases=("Pentagon",)),
    Actor("gulbuddin-hekmatyar", "Gulbuddin Hekmatyar", "person"),
))


def _resolve(article: Article):
    extraction = Extraction(
        article.id,
        (Sentence(0, 0, 0, 40, "The Pentagon praised Hizb-i-Islami today."),),
        (Mention(article.id, 0, 4, 12, "Pentagon", "us-department-of-defense"),
         Mention(article.id, 0, 21, 34, "Hizb-i-Islami", "hezb-e-islami")),
        (),
    )
    return resolve_corpus([article], [extraction], REGISTRY, default_settings(Path("/tmp")))


def test_front_matter_drop_and_add():
    article = Article("a", "a.md", "T", ("The Pentagon praised Hizb-i-Islami today.",), "h",
                      add_actors=("gulbuddin hekmatyar", "Nobody Known"), drop_actors=("Pentagon",))
    kb = _resolve(article)
    assert [(m.actor_id, m.sentence, m.text) for m in kb.mentions] == [
        ("gulbuddin-hekmatyar", -1, ""),
        ("hezb-e-islami", 0, "Hizb-i-Islami"),
    ]
    assert [a.id for a in kb.actors] == ["gulbuddin-hekmatyar", "hezb-e-islami"]


def test_without_overrides_every_mention_stays():
    kb = _resolve(Article("a", "a.md", "T", ("x",), "h"))
    assert [m.actor_id for m in kb.mentions] == ["us-department-of-defense", "hezb-e-islami"]
