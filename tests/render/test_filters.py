"""Filters: escaping of untrusted text, URLs, links, dates and labels."""
from __future__ import annotations

import datetime as dt
from html.parser import HTMLParser

import markdown
import pytest
import yaml

from generator.model import DateValue
from generator.render.context import Piece, Ref
from generator.render.filters import (
    anchor_link,
    date_phrase,
    date_text,
    days_apart,
    escape_md,
    fm_title,
    link,
    link_anchor,
    links,
    month_label,
    paragraph,
    relation_label,
    relative,
    roles,
    safe_url,
    shorten,
    url_host,
    url_link,
)

EXTENSIONS = ["attr_list", "tables", "admonition", "md_in_html", "toc"]


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs += attrs

    def handle_data(self, data):
        self.text.append(data)


def _render(text: str) -> _Collect:
    parser = _Collect()
    parser.feed(markdown.markdown(text, extensions=EXTENSIONS))
    return parser


NASTY = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[click](javascript:alert(1))",
    "![img](https://evil.example/x.png)",
    "*bold* _under_ **strong** __strong__ `code`",
    "# heading",
    "## heading ##",
    "- list item",
    "+ list item",
    "* list item",
    "1. ordered",
    "2016) ordered",
    "> quote",
    "!!! note \"admonition\"",
    "text {: onclick=alert(1) }",
    "text {#id .class onmouseover=alert(1)}",
    "a | b | c",
    "&amp; &lt;b&gt; &#60;script&#62;",
    "back\\slash \\*not\\* escaped",
    "<https://autolink.example>",
    "[TOC]",
    "=== setext",
    "    indented code",
    "Tom's \"quoted\" text",
    "line\nbreak  \n# heading after newline",
    "ctrl\x02wzxhzdk:0\x03chars\x00",
]


@pytest.mark.parametrize("text", NASTY, ids=range(len(NASTY)))
def test_escaped_text_renders_literally_as_one_paragraph(text):
    html = _render(escape_md(text))
    expected = " ".join("".join(c for c in text if c >= " " or c in "\n\t").split())
    assert html.tags == ["p"]
    assert html.attrs == []
    assert "".join(html.text) == expected


@pytest.mark.parametrize("text", ["a | b", "<b>x</b> | `y`", "[x](y) | z"])
def test_escaped_text_stays_in_its_table_cell(text):
    table = f"| A | B |\n| --- | --- |\n| {escape_md(text)} | second |\n"
    parser = _Collect()
    parser.feed(markdown.markdown(table, extensions=EXTENSIONS))
    assert parser.tags.count("td") == 2
    assert [t for t in parser.tags if t not in ("table", "thead", "tbody", "tr", "th", "td")] == []
    assert text in "".join(parser.text)


def test_escape_md_exact_output():
    assert escape_md("<b>Tom & 'Jerry'</b> | [x]") == (
        "&lt;b&gt;Tom &amp; &#39;Jerry&#39;&lt;/b&gt; &#124; &#91;x&#93;"
    )
    assert escape_md("  1. first  ") == "1&#46; first"
    assert escape_md("-x", start=False) == "-x"
    assert escape_md(" a ", strip=False) == " a "
    assert escape_md(None) == ""


def test_fm_title_is_yaml_and_html_safe():
    title = 'Attack <script>alert("x")</script> & more: #1 | it\'s'
    value = yaml.safe_load(f"title: {fm_title(title)}")["title"]
    assert value == "Attack &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more: #1 | it&#39;s"


def test_fm_title_survives_yaml_special_characters():
    for title in ["yes", "null", "- item", "key: value", "[a, b]", "{a: b}", "@at", "%x", "multi\nline"]:
        value = yaml.safe_load(f"title: {fm_title(title)}\n")["title"]
        assert value == " ".join(title.split())


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/a?b=1&c=2", "https://example.org/a?b=1&c=2"),
        ("http://example.org", "http://example.org"),
        ("javascript:alert(1)", None),
        ("JAVASCRIPT:alert(1)", None),
        ("data:text/html,<script>", None),
        ("//example.org/x", None),
        ("/relative/path", None),
        ("https://", None),
        ("https://exa mple.org", None),
        ("", None),
        (None, None),
    ],
)
def test_safe_url_allows_only_http_and_https(url, expected):
    assert safe_url(url) == expected


def test_url_link_escapes_label_and_target():
    assert url_link("https://example.org/a_(b)?q=<x>|y") == (
        "[https://example.org/a&#95;(b)?q=&lt;x&gt;&#124;y](https://example.org/a_%28b%29?q=%3Cx%3E%7Cy)"
    )
    assert url_link("javascript:alert(1)") == ""
    assert url_link("https://example.org", "Ex*ample*") == "[Ex&#42;ample&#42;](https://example.org)"


def test_relative_links_between_pages():
    assert relative("actors/pakistan.md", "actors/taliban.md") == "pakistan.md"
    assert relative("events/e.md", "actors/taliban.md") == "../events/e.md"
    assert relative("actors/index.md", "index.md") == "actors/index.md"
    assert relative("index.md", "actors/x.md") == "../index.md"


def test_link_escapes_label_and_drops_missing_targets():
    assert link(Ref("actors/a.md", "A <b>"), "events/e.md") == "[A &lt;b&gt;](../actors/a.md)"
    assert link(Ref(None, "Afghan *government*"), "events/e.md") == "Afghan &#42;government&#42;"


def test_paragraph_links_pieces_and_escapes_the_rest():
    pieces = (Piece("- "), Piece("Kabul", Ref("actors/afghan-government.md", "Afghan government")),
              Piece(" said <b>no</b> | ok "))
    assert paragraph(pieces, "articles/x.md") == (
        "&#45; [Kabul](../actors/afghan-government.md) said &lt;b&gt;no&lt;/b&gt; &#124; ok"
    )


def d(*args) -> dt.date:
    return dt.date(*args)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (DateValue(d(2016, 4, 19), d(2016, 4, 19), "day", "explicit"), "19 April 2016"),
        (DateValue(d(2016, 6, 1), d(2016, 6, 30), "month", "explicit"), "June 2016"),
        (DateValue(d(2016, 1, 1), d(2016, 12, 31), "year", "explicit"), "2016"),
        (DateValue(d(2016, 6, 1), d(2016, 7, 31), "range", "explicit"), "June–July 2016"),
        (DateValue(d(2016, 12, 1), d(2017, 1, 31), "range", "explicit"), "December 2016–January 2017"),
        (DateValue(d(2016, 1, 1), d(2017, 12, 31), "range", "explicit"), "2016–2017"),
        (DateValue(d(2016, 4, 19), d(2016, 4, 22), "range", "explicit"), "19–22 April 2016"),
        (DateValue(d(2016, 4, 30), d(2016, 5, 2), "range", "explicit"), "30 April–2 May 2016"),
        (DateValue(d(2016, 12, 30), d(2017, 1, 2), "range", "explicit"), "30 December 2016–2 January 2017"),
        (None, "undated"),
    ],
    ids=["day", "month", "year", "months", "months-years", "years", "days", "days-months", "days-years", "none"],
)
def test_date_text_keeps_the_true_precision(value, expected):
    assert date_text(value) == expected


def test_date_text_missing_label():
    assert date_text(None, "not stated") == "not stated"


def test_roles_and_shorten():
    assert roles(("initiator", "target")) == "Initiator, target"
    assert shorten("word " * 100, 20) == "word word word word…"
    assert shorten("short") == "short"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (DateValue(d(2016, 4, 19), d(2016, 4, 19), "day", "explicit"), "on 19 April 2016"),
        (DateValue(d(2016, 6, 1), d(2016, 6, 30), "month", "explicit"), "in June 2016"),
        (DateValue(d(2016, 1, 1), d(2016, 12, 31), "year", "explicit"), "in 2016"),
        (DateValue(d(2016, 6, 1), d(2016, 7, 31), "range", "explicit"), "in June–July 2016"),
        (DateValue(d(2016, 4, 19), d(2016, 4, 22), "range", "explicit"), "on 19–22 April 2016"),
        (None, ""),
    ],
    ids=["day", "month", "year", "months", "days", "none"],
)
def test_date_phrase(value, expected):
    assert date_phrase(value) == expected


def test_small_text_filters():
    assert month_label(6, 2016) == "June 2016"
    assert month_label(0, 2016) == "2016, month not known"
    assert [days_apart(n) for n in (None, 0, 1, 12)] == ["", "same time", "1 day apart", "12 days apart"]
    assert url_host("https://www.Example.org/a?b") == "example.org"
    assert url_host("javascript:alert(1)") == ""


def test_links_join_refs_with_escaped_labels():
    refs = (Ref("actors/a.md", "A"), Ref(None, "B <b>"), Ref("actors/c.md", "C"))
    assert links(refs, "events/e.md") == "[A](../actors/a.md), B &lt;b&gt; and [C](../actors/c.md)"
    assert links(refs[:2], "events/e.md", "; ", "; ") == "[A](../actors/a.md); B &lt;b&gt;"
    assert links(refs[:1], "events/e.md") == "[A](../actors/a.md)"
    assert links((), "events/e.md") == ""


def test_anchor_links():
    assert link_anchor(Ref("events/index.md", "chronology"), "events/timeline.md", "2016-06", "June *2016*") == (
        "[June &#42;2016&#42;](index.md#2016-06)"
    )
    assert link_anchor(Ref(None, "x"), "events/timeline.md", "a", "June") == "June"
    assert anchor_link("States", "kind-1") == "[States](#kind-1)"


def test_relation_labels_say_who_acted_on_whom():
    assert relation_label("against", "Haqqani *Network*") == "targeted by Haqqani &#42;Network&#42;"
    assert relation_label("targeted_by", "NDS") == "acted against NDS"
    assert relation_label("alongside", "NDS") == "alongside NDS"
    assert relation_label("odd_one", "<b>") == "Odd one (&lt;b&gt;)"
