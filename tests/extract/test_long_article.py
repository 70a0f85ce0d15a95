"""One long article costs work in proportion to its length: the steps that used to read the
whole article again for each headline or sentence now read it once (counted, never timed)."""
from __future__ import annotations

import spacy

from generator.extract import actor_clues
from generator.model import Sentence


def _sentences(paragraphs: list[str]):
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    out = []
    for p, text in enumerate(paragraphs):
        doc = nlp(text)
        out.append((Sentence(p, p, 0, len(text), text), doc[:]))
    return out


def test_pasted_story_reads_each_paragraph_a_bounded_number_of_times(monkeypatch):
    seen = []
    original = actor_clues._content_words
    monkeypatch.setattr(actor_clues, "_content_words", lambda tokens: seen.append(len(list(tokens))) or original(tokens))
    paragraphs = []
    for n in range(400):  # a page of many stories: a headline, then its paragraph
        paragraphs.append(f"Market Prices Rise Again In Town Number {n}")
        paragraphs.append(f"Traders said prices rose again in the town market, number {n}.")
    sentences = _sentences(paragraphs)
    tokens = sum(len(span) for _, span in sentences)
    actor_clues.pasted_story(sentences, "Market prices")
    assert sum(seen) <= 2 * tokens  # was about one pass over the article per headline (400 x)
