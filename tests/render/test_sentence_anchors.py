"""Sentence anchors: every sentence of an article page gets an id, and the evidence links to it."""
from __future__ import annotations

import dataclasses

import markdown

from generator.render.context import Piece, Ref
from generator.render.filters import paragraph
from generator.render.sentence_md import SentenceExtension
from generator.render.site import render_site
from tests.site_fixtures import REGISTRY, knowledge_base, site_settings


def _html(text: str) -> str:
    return markdown.markdown(text, extensions=[SentenceExtension(), "attr_list", "md_in_html"])


def test_each_sentence_becomes_an_anchored_span_with_its_links_inside():
    line = paragraph((Piece("Kabul said so.", None, 4), Piece(" "), Piece("The ", None, 5),
                      Piece("Taliban", Ref("actors/taliban.md", "Taliban"), 5), Piece(" denied it.", None, 5)),
                     "articles/x.md")
    assert line == "{s4{Kabul said so.}} {s5{The [Taliban](../actors/taliban.md) denied it.}}"
    assert _html(line) == ('<p><span class="rs-sentence" id="s4">Kabul said so.</span> '
                           '<span class="rs-sentence" id="s5">The <a href="../actors/taliban.md">Taliban</a> '
                           'denied it.</span></p>')


def test_article_text_cannot_forge_an_anchor_or_markup():
    hostile = '{s7{<b onclick="x()">fake</b>}} [a](javascript:x)'
    html = _html(paragraph((Piece(hostile, None, 0),), "articles/x.md"))
    assert html.count("<span") == 1 and 'id="s0"' in html and 'id="s7"' not in html
    assert "<b" not in html and "<a" not in html


def test_every_sentence_of_the_fixture_articles_has_its_anchor(tmp_path):
    kb = knowledge_base()
    pages = render_site(kb, REGISTRY, site_settings(tmp_path))
    for extraction in kb.extractions:
        text = pages[f"articles/{extraction.article_id}.md"].split("## Text", 1)[1]
        html = _html(text.split("## ", 1)[0])
        for sentence in extraction.sentences:
            assert f'id="s{sentence.index}"' in html, (extraction.article_id, sentence.index)


def test_sentence_offsets_that_disagree_are_found_by_their_text(tmp_path):
    kb = knowledge_base()
    shifted = tuple(
        dataclasses.replace(x, sentences=tuple(dataclasses.replace(s, start=s.start + 3, end=s.end + 3)
                                               for s in x.sentences))
        if x.article_id == "kabul-attack-report" else x
        for x in kb.extractions)
    pages = render_site(dataclasses.replace(kb, extractions=shifted), REGISTRY, site_settings(tmp_path))
    assert "{s2{The Taliban denied any role.}}" in pages["articles/kabul-attack-report.md"]


def test_evidence_and_casualty_figures_link_to_their_sentence(tmp_path):
    pages = render_site(knowledge_base(), REGISTRY, site_settings(tmp_path))
    event = pages["events/2016-04-19-attack-kabul.md"]
    # each quoted report links to its own sentence, the figures to the sentence that states them
    assert "killing 28 people. <small class=\"rs-in-context\">([in the article](../articles/kabul-attack-report.md#s0))" in event
    assert "the Taliban said. <small class=\"rs-in-context\">([in the article](../articles/kabul-attack-report.md#s1))" in event
    assert "at least 64 killed, according to" in event and "([the sentence](../articles/pentagon-report.md#s1))" in event
    actor = pages["actors/taliban.md"]
    assert "[Pakistan blamed the Haqqanis for the attack, the Taliban said.](../articles/kabul-attack-report.md#s1)" in actor
