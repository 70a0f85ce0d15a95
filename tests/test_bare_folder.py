"""Defaults that let a bare folder build (issue 15): no docs/, no registry, no templates.

The folder a new user makes by hand: `articles/` and a three-line mkdocs.yml. Real CLI
(in-process), real spaCy, real `mkdocs build --strict`.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import cli
from generator.config import ReportsiteConfig, settings_from_plugin_config

CORPUS = Path(__file__).resolve().parent / "fixtures" / "corpus"
BARE = "site_name: Bare\ntheme: material\nplugins: [search, reportsite]\n"


@pytest.fixture
def bare(tmp_path, monkeypatch) -> Path:
    (tmp_path / "articles").mkdir()
    for name in ("01_chaman-clash.txt", "02_chaman-followup.txt", "03_moscow-talks.md"):
        shutil.copy(CORPUS / "articles" / name, tmp_path / "articles" / name)
    (tmp_path / "mkdocs.yml").write_text(BARE)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _settings(root: Path, **options):
    cfg = ReportsiteConfig()
    cfg.load_dict(options)
    errors, _ = cfg.validate()
    assert errors == []
    return settings_from_plugin_config(cfg, str(root / "mkdocs.yml"), str(root / "docs"))


def test_a_bare_folder_builds_with_strict(bare):
    result = CliRunner().invoke(cli, ["build"])
    assert result.exit_code == 0, result.output
    assert "created the missing docs folder" in result.output
    assert "no actor registry (actors.yml not found): only discovered actors" in result.output
    assert (bare / "site" / "index.html").is_file()
    # discovered actors have pages; the bundled templates made them
    assert (bare / "docs" / "actors" / "pakistan.md").is_file()
    assert (bare / "site" / "actors" / "pakistan" / "index.html").is_file()
    assert "# Actors, events and sources" in (bare / "docs" / "index.md").read_text()


def test_an_unset_registry_is_actors_yml_when_present(bare):
    assert _settings(bare).registry is None
    shutil.copy(CORPUS / "actors.yml", bare / "actors.yml")
    assert _settings(bare).registry == bare / "actors.yml"
    result = CliRunner().invoke(cli, ["build", "--no-site"])
    assert result.exit_code == 0, result.output
    assert "no actor registry" not in result.output
    assert f"registry {bare / 'actors.yml'}: " in result.output


def test_a_configured_registry_that_is_missing_stays_an_error(bare):
    (bare / "mkdocs.yml").write_text(BARE.replace("[search, reportsite]", "\n  - search\n  - reportsite:\n"
                                                  "      registry: curated.yml\n"))
    assert _settings(bare, registry="curated.yml").registry == bare / "curated.yml"
    result = CliRunner().invoke(cli, ["build", "--no-site"])
    assert result.exit_code == 1
    assert "curated.yml: actor registry not found" in result.output
    assert "Traceback" not in result.output
    assert _settings(bare, registry="none").registry is None


def test_a_project_template_overrides_only_its_page(bare):
    (bare / "templates").mkdir()
    (bare / "templates" / "home.md.j2").write_text(
        '{% from "partials/front_matter.md.j2" import front_matter %}{{ front_matter(page.title) }}\n\n'
        "# Our own home\n\n{{ page.articles }} articles.\n")
    (bare / "mkdocs.yml").write_text(BARE.replace("[search, reportsite]", "\n  - search\n  - reportsite:\n"
                                                  "      templates: templates\n"))
    result = CliRunner().invoke(cli, ["build", "--no-site"])
    assert result.exit_code == 0, result.output
    assert "# Our own home\n\n3 articles." in (bare / "docs" / "index.md").read_text()
    assert "**Kind:**" in (bare / "docs" / "actors" / "pakistan.md").read_text()  # bundled actor template


def test_ensure_docs_dir_follows_the_config_and_leaves_broken_files_to_mkdocs(tmp_path):
    from generator.config import ensure_docs_dir

    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: x\ndocs_dir: !ENV [REPORTSITE_TEST_DOCS, pages]\n")
    assert ensure_docs_dir(config) == tmp_path / "pages" and (tmp_path / "pages").is_dir()
    assert ensure_docs_dir(config) is None  # already there
    config.write_text("site_name: [unclosed\n")
    assert ensure_docs_dir(config) is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mkdocs.yml", "pages"]
