"""Corpus extraction: batching, cache, and one failing article not stopping the rest."""
from __future__ import annotations

from generator.extract import corpus as extract
from generator.model import Article, Registry


def _articles():
    return [
        Article("a", "a.txt", "A", ("The Taliban attacked a checkpoint in Kandahar on May 3, 2016.",), "ha"),
        Article("b", "b.txt", "B", ("Officials met in Kabul.", "Nothing else happened."), "hb"),
    ]


def test_a_failing_article_is_reported_and_the_rest_extracted(nlp, monkeypatch):
    real = extract.extract_events

    def fragile(article, sentences, mentions):
        if article.id == "a":
            raise ValueError("boom")
        return real(article, sentences, mentions)

    monkeypatch.setattr(extract, "extract_events", fragile)
    problems: list = []
    a, b = extract.extract_corpus(lambda: nlp, _articles(), Registry(), problems=problems)
    assert (a.article_id, a.sentences, a.mentions) == ("a", (), ())
    assert [s.text for s in b.sentences] == ["Officials met in Kabul.", "Nothing else happened."]
    assert [str(p) for p in problems] == ["a.txt:1: extraction failed: ValueError('boom')"]


def test_cache_is_used_and_model_not_loaded_when_warm(nlp, tmp_path):
    first = extract.extract_corpus(lambda: nlp, _articles(), Registry(), cache=tmp_path)

    def no_model():
        raise AssertionError("the model must not be loaded on a warm cache")

    assert extract.extract_corpus(no_model, _articles(), Registry(), cache=tmp_path) == first
