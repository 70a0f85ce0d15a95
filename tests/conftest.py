"""Shared fixtures: one spaCy pipeline per test session, paths to fixtures."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")

REPO = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEEDS = REPO.parent / "shared" / "seeds"


@pytest.fixture(scope="session")
def nlp():
    """The real spaCy pipeline, without a registry."""
    from generator.extract.nlp import load_nlp

    return load_nlp(None)


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO


@pytest.fixture(scope="session")
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def seed_dir() -> Path:
    """The scraped seed article beside the checkout (reference material); skip when absent."""
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not beside this checkout")
    return SEEDS


@pytest.fixture
def project(tmp_path, monkeypatch):
    """The fixture corpus as a project of its own (articles, registry, the example's mkdocs.yml and
    hand-written pages) in a temporary folder, which is the working directory."""
    repo_root = Path(__file__).resolve().parents[1]
    shutil.copytree(repo_root / "tests" / "fixtures" / "corpus", tmp_path, dirs_exist_ok=True)
    shutil.copytree(repo_root / "docs", tmp_path / "docs", ignore=shutil.ignore_patterns(
        "index.md", "actors", "events", "articles", "data", ".reportsite-manifest.json"))
    shutil.copy(repo_root / "mkdocs.yml", tmp_path / "mkdocs.yml")
    monkeypatch.chdir(tmp_path)
    return tmp_path
