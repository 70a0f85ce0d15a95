"""A huge article through read, extract and resolve: the work done is set by the limits, not by
the file's size (counted in sentences and reports, never timed)."""
from __future__ import annotations

from dataclasses import replace

from generator.config import default_settings
from generator.pipeline import build_knowledge_base

SENTENCE = "The Taliban attacked a checkpoint in Kandahar on Monday, officials said"


def test_a_megabyte_article_is_cut_to_the_limit_before_extraction(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    lines = [f"{SENTENCE} ({n})." for n in range(15_000)]  # about 1.2 MB
    (articles / "huge.txt").write_text("Huge Report\n\n" + "\n".join(lines) + "\n", encoding="utf-8")
    (articles / "small.md").write_text(f"# Small\n\n{SENTENCE}.\n", encoding="utf-8")
    settings = replace(default_settings(tmp_path, articles=articles, registry="none"), max_article_chars=4_000)
    kb = build_knowledge_base(settings).kb
    sentences = {x.article_id: len(x.sentences) for x in kb.extractions}
    per_line = len(lines[0]) + 1
    assert 4_000 // per_line - 2 <= sentences["huge"] <= 4_000 // per_line + 1  # ~50, not 15,000
    assert sentences["small"] == 1
    reports = sum(len(e.sources) for e in kb.events)
    assert reports <= sentences["huge"] + 1
    (problem,) = [p for p in kb.problems if "max_article_chars" in p.message]
    assert problem.path.endswith("articles/huge.txt") and problem.line == 2 + sentences["huge"]
