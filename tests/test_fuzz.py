"""Property-based tests (hypothesis) of everything that reads a user's file: the text and
Markdown readers, front matter, the byte decoder, a folder of articles, the actor registry and
the events overrides file.

The property: no input crashes a reader; an input is either read (with sane results) or
rejected with `path:line: message` whose line lies inside the file. The default run draws a
small, fixed sample (a few seconds); `pytest -m slow tests/test_fuzz.py` draws 12,000 inputs.
"""
from __future__ import annotations

import re
import string
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.model import Article, Problem
from generator.read.articles import read_articles
from generator.read.decode import decode_article
from generator.read.errors import ReadError, collect_warnings
from generator.read.markdown import KNOWN_KEYS, read_markdown_article
from generator.read.text import read_text_article
from generator.registry import parse_registry
from generator.resolve.overrides import parse_overrides

SLOW_EXAMPLES = 2_000  # per target: 6 targets, 12,000 inputs in the slow run
QUICK_EXAMPLES = 25

# Lines shaped like what real pages and hand-written files hold, to reach the readers' rules.
LINES = [
    "Editor in Chief: Moh. Reza Huwaida Friday, March 29th, 2024", "date 2018-11-26 By Staff Reporter",
    "By The Associated Press March 3, 2017 9:40 pm", "PTI | Jun 15, 2016, 08:45 IST", "20/04/2016",
    "KABUL (Reuters) - Officials said the talks would resume.", "ISLAMABAD: The ministry denied it.",
    "The Taliban attacked a checkpoint in Kunduz on Monday, killing five policemen. (Pajhwok)",
    "Photo: REUTERS/Name", "Share this:", "Related Articles", "Leave a Reply", "32 views", "|",
    "---", "...", "title: Talks resume", "date: 2016-13-45", "date: last spring", "actors: {add: [x]}",
    "# Heading", "Heading\n=======", "```", "> quoted", "- item", "1. item", "[^1]", "[ref]: http://x",
    "[link](https://en.wikipedia.org/wiki/Foo_(bar))", "![img](http://x/a_(1).png \"t\")", "<!-- c -->",
    "<script>alert(1)</script>", "{{ 7*7 }}", "{% raw %}", "\ufeff", "\x00", "\r", "\t", "\u200b",
    "**bold** _it_ `code` ~~s~~", "\\*escaped\\*", "Ünïcödé – “quotes” — ‘single’ …",
]
line = st.one_of(st.sampled_from(LINES), st.text(max_size=60),
                 st.text(alphabet=string.ascii_letters + " .,:-|#*_[]()!", max_size=80))
document = st.lists(line, max_size=25).flatmap(
    lambda lines: st.sampled_from(["\n", "\n\n", "\r\n"]).map(lambda sep: sep.join(lines)))

scalar = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6), st.floats(allow_nan=False),
                   st.text(max_size=30), st.dates().map(str), st.sampled_from(["2016", "2016-06", "June 14, 2016"]))
value = st.recursive(scalar, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=10), inner, max_size=4)), max_leaves=12)
front_matter = st.dictionaries(st.one_of(st.sampled_from(KNOWN_KEYS), st.text(max_size=10)), value, max_size=8)

ACTOR_KEYS = ["name", "id", "kind", "aliases", "description", "country", "parent", "links", "metonyms",
              "demonyms", "other"]
KINDS = ["state", "government", "government_agency", "armed_group", "person", "other_org", "spaceship"]
actor_entry = st.dictionaries(st.sampled_from(ACTOR_KEYS), st.one_of(value, st.sampled_from(KINDS)), max_size=7)
registry_doc = st.fixed_dictionaries({}, optional={
    "actors": st.one_of(st.lists(actor_entry, max_size=6), value),
    "ignore": value, "places": value, "distinct": st.one_of(st.lists(st.lists(st.text(max_size=8), max_size=3)), value),
    "extra": value,
})
event_id = st.one_of(st.sampled_from(["2016-06-14-attack-in-kabul", "undated-talks"]), st.text(max_size=20))
overrides_doc = st.fixed_dictionaries({}, optional={
    "merge": st.one_of(st.lists(st.lists(event_id, max_size=4), max_size=4), value),
    "split": st.one_of(st.lists(event_id, max_size=4), value), "other": value,
})


def _yaml(data: object) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def _lines(text: str) -> int:
    """Lines as YAML (and most editors) count them: a lone CR, NEL, LS and PS also end a line."""
    return len(re.split(r"\r\n|[\r\n\x85\u2028\u2029]", text))


def check_read(reader, path: str, raw: str) -> None:
    """One reader on one input: an article with a title and body, or a ReadError inside the file."""
    try:
        with collect_warnings() as warnings:
            article = reader(path, raw)
    except ReadError as err:
        assert 1 <= err.line <= _lines(raw), (err.line, raw)
        assert err.message.strip()
        return
    assert isinstance(article, Article)
    assert article.title.strip() and article.paragraphs and all(p.strip() for p in article.paragraphs)
    assert all(1 <= line <= _lines(raw) and message for line, message in warnings)


def check_problems(problems, path: str, text: str) -> None:
    for problem in problems:
        assert isinstance(problem, Problem) and problem.path == path and problem.message.strip()
        assert 1 <= problem.line <= _lines(text), (problem, text)
        assert str(problem).startswith(f"{path}:{problem.line}: ")


def text_reader(raw: str) -> None:
    check_read(read_text_article, "page.txt", raw)


def markdown_reader(raw: str) -> None:
    check_read(read_markdown_article, "page.md", raw)


def front_matter_reader(data: tuple[dict, str]) -> None:
    meta, body = data
    check_read(read_markdown_article, "page.md", f"---\n{_yaml(meta)}---\n{body}")


def decoder(data: bytes) -> None:
    try:
        decoded = decode_article(data)
    except ReadError as err:
        assert 1 <= err.line <= data.count(b"\n") + 1 and err.message
        return
    assert isinstance(decoded.text, str)
    if decoded.warning is not None:
        assert 1 <= decoded.warning[0] <= data.count(b"\n") + 1


def registry_reader(text: str) -> None:
    registry, problems = parse_registry(text, "actors.yml")
    check_problems(problems, "actors.yml", text)
    assert len({a.id for a in registry.actors}) == len(registry.actors)


def overrides_reader(text: str) -> None:
    _, problems = parse_overrides(text, "events.yml")
    check_problems(problems, "events.yml", text)


TARGETS = {
    "text": (text_reader, document),
    "markdown": (markdown_reader, document),
    "front-matter": (front_matter_reader, st.tuples(front_matter, document)),
    "bytes": (decoder, st.one_of(st.binary(max_size=300), document.map(lambda t: t.encode("utf-8", "surrogatepass")),
                                 document.map(lambda t: t.encode("cp1252", "replace")))),
    "registry": (registry_reader, st.one_of(registry_doc.map(_yaml), document)),
    "overrides": (overrides_reader, st.one_of(overrides_doc.map(_yaml), document)),
}


def _run(name: str, examples: int, derandomize: bool) -> int:
    check, strategy = TARGETS[name]
    seen = []

    @settings(max_examples=examples, deadline=None, derandomize=derandomize, database=None,
              suppress_health_check=list(HealthCheck))
    @given(strategy)
    def run(data) -> None:
        seen.append(1)
        check(data)

    run()
    return len(seen)


@pytest.mark.parametrize("name", sorted(TARGETS))
def test_fuzz_sample(name):
    assert _run(name, QUICK_EXAMPLES, derandomize=True) >= QUICK_EXAMPLES


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(TARGETS))
def test_fuzz_many(name, capsys):
    count = _run(name, SLOW_EXAMPLES, derandomize=False)
    with capsys.disabled():
        print(f"\nfuzz {name}: {count} inputs, no crash")
    assert count >= SLOW_EXAMPLES


@settings(max_examples=10, deadline=None, derandomize=True, database=None,
          suppress_health_check=list(HealthCheck))
@given(st.lists(st.tuples(st.sampled_from(["a.txt", "b.md", "sub/c.txt", "d.markdown"]),
                          st.one_of(document.map(str.encode), st.binary(max_size=200))), max_size=4))
def test_fuzz_folder_every_problem_names_a_line_inside_its_file(tmp_path_factory, files):
    folder = tmp_path_factory.mktemp("fuzz")
    written: dict[str, bytes] = {}
    for name, data in files:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
        written[name] = data
    articles, problems = read_articles(folder)
    for problem in problems:
        name = Path(problem.path).resolve().relative_to(folder.resolve()).as_posix()
        assert 1 <= problem.line <= written[name].count(b"\n") + 1, problem
    assert len({a.id for a in articles}) == len(articles)
    assert {a.path for a in articles} <= set(written)
