"""The committed real-news manifest and gold agree: every gold article is a manifest page of
that split, every page of a split has gold, and the gold files pass the gold reader's checks.
(The pages themselves are not in the repository.)"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator.quality.gold import read_gold

REALNEWS = Path(__file__).resolve().parents[2] / "realnews"
MANIFEST = yaml.safe_load((REALNEWS / "manifest.yml").read_text(encoding="utf-8"))
SPLITS = sorted({entry["split"] for entry in MANIFEST})


def test_every_page_is_listed_once_with_its_provenance():
    files = [entry["file"] for entry in MANIFEST]
    assert len(files) == len(set(files))
    for entry in MANIFEST:
        assert {"file", "split", "outlet", "url", "title", "sha256"} <= set(entry), entry["file"]
        assert len(entry["sha256"]) == 64


@pytest.mark.parametrize("split", SPLITS)
def test_gold_covers_exactly_the_pages_of_its_split(split):
    gold = read_gold(REALNEWS / f"{split}.yml")
    pages = {entry["file"] for entry in MANIFEST if entry["split"] == split}
    assert {article.file for article in gold.articles} == pages
