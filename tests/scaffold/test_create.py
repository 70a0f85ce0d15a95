"""Writing a new project: generator/scaffold/create.py and the `reportsite new` command (in-process)."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import cli
from generator.scaffold.create import ScaffoldError, create_project

FILES = {"mkdocs.yml": b"site_name: x\n", "docs/about.md": b"# About\n", "articles/README": b"read me\n"}


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_writes_every_file_into_a_new_or_empty_folder(tmp_path):
    created = create_project(tmp_path / "a" / "site", FILES)
    assert _tree(tmp_path / "a" / "site") == FILES
    assert sorted(created.written) == sorted(FILES) and created.replaced == ()
    (tmp_path / "empty" / ".git").mkdir(parents=True)  # `git init` first is fine
    create_project(tmp_path / "empty", FILES)
    assert (tmp_path / "empty" / "docs" / "about.md").read_bytes() == b"# About\n"


def test_refuses_a_non_empty_folder_and_changes_nothing(tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(ScaffoldError, match=r"not empty \(notes\.txt\).*--force"):
        create_project(tmp_path, FILES)
    assert _tree(tmp_path) == {"notes.txt": b"mine"}
    with pytest.raises(ScaffoldError, match="not a folder"):
        create_project(tmp_path / "notes.txt", FILES)


def test_force_replaces_files_of_the_same_name_and_keeps_the_rest(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "about.md").write_text("old")
    (tmp_path / "docs" / "mine.md").write_text("mine")
    created = create_project(tmp_path, FILES, force=True)
    assert created.replaced == ("docs/about.md",)
    assert _tree(tmp_path) == {**FILES, "docs/mine.md": b"mine"}


def test_never_writes_outside_the_folder(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    project = tmp_path / "project"
    project.mkdir()
    (project / "docs").symlink_to(outside, target_is_directory=True)
    with pytest.raises(ScaffoldError, match="outside"):
        create_project(project, FILES, force=True)
    with pytest.raises(ScaffoldError, match="inside the project"):
        create_project(tmp_path / "p2", {"../escape.txt": b"x"})
    assert list(outside.iterdir()) == [] and not (tmp_path / "escape.txt").exists()
    assert not (project / "mkdocs.yml").exists(), "nothing is written when one target is refused"


def test_new_command_writes_a_project_and_a_second_run_refuses(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["new", "sahel-watch"])
    assert result.exit_code == 0, result.output
    assert "Created a reportsite project in sahel-watch" in result.output
    assert 'site_name: "Sahel watch"' in (tmp_path / "sahel-watch" / "mkdocs.yml").read_text()
    before = _tree(tmp_path / "sahel-watch")
    (tmp_path / "sahel-watch" / "docs" / "about.md").write_text("edited")

    again = CliRunner().invoke(cli, ["new", "sahel-watch", "--title", "Other"])
    assert again.exit_code == 1
    assert "folder is not empty" in again.output and "--force" in again.output
    assert "Traceback" not in again.output
    assert (tmp_path / "sahel-watch" / "docs" / "about.md").read_text() == "edited"

    forced = CliRunner().invoke(cli, ["new", "sahel-watch", "--title", "Other", "--force"])
    assert forced.exit_code == 0, forced.output
    assert f"replaced {Path('sahel-watch') / 'docs' / 'about.md'}" in forced.output
    after = _tree(tmp_path / "sahel-watch")
    assert set(after) == set(before)
    assert after["docs/about.md"] == before["docs/about.md"].replace(b"Sahel watch", b"Other")
    assert 'site_name: "Other"' in after["mkdocs.yml"].decode()


def test_new_command_with_the_example(tmp_path, repo):
    result = CliRunner().invoke(cli, ["new", str(tmp_path / "ex"), "--example", "--title", "Example"])
    assert result.exit_code == 0, result.output
    copied = sorted(p.name for p in (tmp_path / "ex" / "articles").iterdir() if p.name != "README")
    assert copied == sorted(p.name for p in (repo / "articles").iterdir())
    assert (tmp_path / "ex" / "actors.yml").read_bytes() == (repo / "actors.yml").read_bytes()


def test_readme_documents_the_new_command_and_its_options(repo):
    readme = (repo / "README.md").read_text()
    section = readme.split("### Start a project", 1)[1].split("\n### ", 1)[0]
    command = cli.commands["new"]
    for param in command.params:
        for flag in param.opts:
            if flag.startswith("--"):
                assert flag in section, f"README does not document {flag}"
    assert "reportsite new DIR" in section
    quick = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    assert "reportsite new" in quick and "pip install -e . && reportsite build" in quick
