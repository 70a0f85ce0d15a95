"""The whole pipeline on a small fixture corpus: golden tree, determinism, strict MkDocs build."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from generator.config import default_settings
from generator.pipeline import build_knowledge_base, generate

CORPUS = Path(__file__).resolve().parent / "fixtures" / "corpus"
GOLDEN = Path(__file__).resolve().parent / "fixtures" / "golden"
REPO = Path(__file__).resolve().parents[1]


def _site(tmp: Path) -> Path:
    """A copy of the fixture corpus with the repository's mkdocs.yml pointed at it."""
    shutil.copytree(CORPUS, tmp, dirs_exist_ok=True)
    (tmp / "docs").mkdir(exist_ok=True)
    for page in ("about.md", "methodology.md"):
        shutil.copy(REPO / "docs" / page, tmp / "docs" / page)
    for assets in ("stylesheets", "javascripts"):
        if (REPO / "docs" / assets).is_dir():
            shutil.copytree(REPO / "docs" / assets, tmp / "docs" / assets, dirs_exist_ok=True)
    shutil.copy(REPO / "mkdocs.yml", tmp / "mkdocs.yml")
    return tmp


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = _site(tmp_path_factory.mktemp("site"))
    settings = replace(default_settings(root), cache=None)
    kb, report = generate(settings)
    return root, settings, kb, report


def _tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name not in ("about.md", "methodology.md")
        and not {"stylesheets", "javascripts"} & set(p.parts)
    }


def test_bad_file_is_reported_and_the_rest_is_built(built):
    _, _, kb, _ = built
    assert [a.path for a in kb.articles] == ["01_chaman-clash.txt", "02_chaman-followup.txt", "03_moscow-talks.md"]
    assert len(kb.problems) == 1
    assert str(kb.problems[0]).split(":")[0].endswith("04_broken.md")
    assert str(kb.problems[0]).split(":")[1].isdigit()


def test_golden_tree(built):
    root, _, _, _ = built
    tree = _tree(root / "docs")
    if os.environ.get("REPORTSITE_UPDATE_GOLDEN"):
        shutil.rmtree(GOLDEN, ignore_errors=True)
        for rel, data in tree.items():
            (GOLDEN / rel).parent.mkdir(parents=True, exist_ok=True)
            (GOLDEN / rel).write_bytes(data)
    expected = _tree(GOLDEN)
    assert sorted(tree) == sorted(expected)
    for rel in sorted(tree):
        assert tree[rel].decode() == expected[rel].decode(), rel


def test_second_run_changes_no_byte(built, tmp_path):
    root, settings, _, _ = built
    before = _tree(root / "docs")
    mtimes = {p: p.stat().st_mtime_ns for p in (root / "docs").rglob("*") if p.is_file()}
    generate(settings)
    assert _tree(root / "docs") == before
    assert {p: p.stat().st_mtime_ns for p in (root / "docs").rglob("*") if p.is_file()} == mtimes
    # and a fresh copy built from scratch gives the same bytes
    other = _site(tmp_path / "again")
    generate(replace(default_settings(other), cache=None))
    assert _tree(other / "docs") == before


def test_cache_gives_the_same_knowledge_base(tmp_path):
    root = _site(tmp_path / "cached")
    settings = replace(default_settings(root), cache=tmp_path / "cache")
    first = build_knowledge_base(settings).kb
    assert any((tmp_path / "cache").rglob("*.pickle"))
    second = build_knowledge_base(settings).kb
    assert first == second


def test_strict_mkdocs_build_of_the_generated_site(built):
    root, _, _, _ = built
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q"],
        cwd=root, capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert result.returncode == 0, result.stderr
    html = (root / "site" / "articles" / "03-moscow-talks" / "index.html").read_text()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert(1)" not in html
    assert "<img src=x" not in html
