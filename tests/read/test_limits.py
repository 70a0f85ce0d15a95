"""Limits for one article: a huge file is cut, an endless sentence left out, each with path:line."""
from __future__ import annotations

from pathlib import Path

from generator.read.articles import read_articles
from generator.read.limits import Limits, limit_paragraphs

SENTENCE = "Officials in Kabul said talks with the delegation from Islamabad would resume next week."


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_a_huge_article_is_cut_at_the_limit_with_the_line_of_the_cut(tmp_path):
    lines = [f"{SENTENCE} ({n})" for n in range(60_000)]  # about 5.8 MB, one paragraph a line
    write(tmp_path / "corpus" / "huge.txt", "Huge Report\n\n" + "\n".join(lines) + "\n")
    limits = Limits(max_article_chars=100_000, max_sentence_chars=2_000)
    articles, problems = read_articles(tmp_path / "corpus", limits=limits)
    (article,) = articles
    kept = sum(len(p) for p in article.paragraphs)
    assert 90_000 < kept <= 100_000  # what is read is proportional to the limit, not to the file
    (problem,) = problems
    kept_lines = 2 + len(article.paragraphs)  # title, blank line, then one paragraph a line
    assert problem.path.endswith("corpus/huge.txt") and problem.line == kept_lines
    assert "over the limit of 100,000" in problem.message and "max_article_chars" in problem.message


def test_a_larger_limit_reads_proportionally_more(tmp_path):
    write(tmp_path / "c" / "a.txt", "Report\n\n" + "\n".join(f"{SENTENCE} ({n})" for n in range(5_000)) + "\n")
    small, _ = read_articles(tmp_path / "c", limits=Limits(max_article_chars=50_000))
    large, _ = read_articles(tmp_path / "c", limits=Limits(max_article_chars=200_000))
    assert len(large[0].paragraphs) >= 3.9 * len(small[0].paragraphs)


def test_an_endless_sentence_is_left_out_and_the_rest_kept(tmp_path):
    endless = "and the list went on " * 500  # 10,500 characters without a sentence end
    write(tmp_path / "c" / "a.md", f"# Report\n\n{SENTENCE}\n\nIntro. {endless}\n\n{SENTENCE}\n")
    articles, problems = read_articles(tmp_path / "c", limits=Limits(max_sentence_chars=2_000))
    assert articles[0].paragraphs == (SENTENCE, "Intro.", SENTENCE)
    assert [(p.line, p.message) for p in problems] == [
        (5, "sentence of 10,499 characters left out (over the limit of 2,000, max_sentence_chars)")]


def test_long_paragraphs_are_split_into_bounded_pieces_without_losing_text():
    paragraph = " ".join(f"{SENTENCE[:-1]} number {n}." for n in range(2_000))  # 200 KB, one paragraph
    kept, dropped = limit_paragraphs((paragraph,), Limits())
    assert dropped == []
    assert max(len(p) for p in kept) <= 20_000
    assert " ".join(kept) == paragraph
    assert len(kept) >= len(paragraph) // 20_000
