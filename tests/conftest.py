"""Shared fixtures: one spaCy pipeline per test session, paths to fixtures."""
from __future__ import annotations

import os
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
