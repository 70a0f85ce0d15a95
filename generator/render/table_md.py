"""A Python-Markdown extension: each table cell carries its column's heading (`data-label`).

On a phone the stylesheet stacks table rows into blocks and prints the heading before each
value (`td::before { content: attr(data-label) }`), so no table scrolls sideways and no value is
cut. The labels are the header cells' text, set at build time: no script.

Enabled by the example `mkdocs.yml` (`markdown_extensions: - generator.render.table_md`); the
plugin adds it when a site's config does not list it.
"""
from __future__ import annotations

from markdown import Extension
from markdown.treeprocessors import Treeprocessor

NAME = "generator.render.table_md"


def _text(element) -> str:
    return " ".join("".join(element.itertext()).split())


class _LabelProcessor(Treeprocessor):
    def run(self, root):
        for table in root.iter("table"):
            head = table.find("thead")
            if head is None or head.find("tr") is None:
                continue
            labels = [_text(th) for th in head.find("tr")]
            for body in table.iter("tbody"):
                for row in body.iter("tr"):
                    for cell, label in zip(row, labels):
                        if label and cell.tag in ("td", "th"):
                            cell.set("data-label", label)


class TableLabelExtension(Extension):
    def extendMarkdown(self, md):  # noqa: N802 - Python-Markdown's name
        md.treeprocessors.register(_LabelProcessor(md), "rs_table_labels", 1)  # after inline and attr_list


def makeExtension(**kwargs):  # noqa: N802 - the entry point Python-Markdown looks for
    return TableLabelExtension(**kwargs)
