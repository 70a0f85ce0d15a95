"""A Python-Markdown extension: sentence anchors on article pages.

The article template writes each sentence as `{s12{...}}` (see the `paragraph` filter); this
extension turns it into `<span class="rs-sentence" id="s12">...</span>` as a real element of the
Markdown tree, so MkDocs' link validation sees the anchor and links such as
`../articles/x.md#s12` are checked. Untrusted text can never produce the marker: the `md`
escaping turns every `{` and `}` of article text into a character reference.

Enabled by the example `mkdocs.yml` (`markdown_extensions: - generator.render.sentence_md`);
the plugin adds it when a site's config does not list it.
"""
from __future__ import annotations

import xml.etree.ElementTree as etree

from markdown import Extension
from markdown.inlinepatterns import InlineProcessor

SENTENCE_RE = r"\{s(\d{1,6})\{(.*?)\}\}"
NAME = "generator.render.sentence_md"


def anchor(index: int) -> str:
    """The id of sentence `index` (0-based, as in `mentions.csv`) on its article page."""
    return f"s{index}"


def marker(index: int, markdown: str) -> str:
    """`markdown` (already escaped) wrapped as sentence `index`."""
    return f"{{s{index}{{{markdown}}}}}"


class _SentenceProcessor(InlineProcessor):
    def handleMatch(self, m, data):  # noqa: N802 - Python-Markdown's name
        span = etree.Element("span")
        span.set("class", "rs-sentence")
        span.set("id", anchor(int(m.group(1))))
        span.text = m.group(2)  # further inline patterns (links, entities) run on it
        return span, m.start(0), m.end(0)


class SentenceExtension(Extension):
    def extendMarkdown(self, md):  # noqa: N802 - Python-Markdown's name
        # Before every other inline pattern, so the links inside a sentence are parsed inside the span.
        md.inlinePatterns.register(_SentenceProcessor(SENTENCE_RE, md), "rs_sentence", 200)


def makeExtension(**kwargs):  # noqa: N802 - the entry point Python-Markdown looks for
    return SentenceExtension(**kwargs)
