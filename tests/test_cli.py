"""The command line, run in-process with click's CliRunner on the fixture corpus."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from generator.cli import cli

CORPUS = Path(__file__).resolve().parent / "fixtures" / "corpus"
REPO = Path(__file__).resolve().parents[1]


def test_build_reports_bad_files_and_builds_the_rest(project):
    result = CliRunner().invoke(cli, ["build"])
    assert result.exit_code == 0, result.output
    assert "articles/04_broken.md:3: invalid YAML in front matter" in result.output, result.output
    assert (project / "site" / "actors" / "pakistan-army" / "index.html").is_file()
    assert (project / "docs" / "articles" / "01-chaman-clash.md").is_file()
    assert not (project / "docs" / "articles" / "04-broken.md").exists()


def test_build_from_another_folder_without_registry(project, tmp_path_factory):
    other = tmp_path_factory.mktemp("other")
    shutil.copy(project / "articles" / "01_chaman-clash.txt", other / "only.txt")
    result = CliRunner().invoke(cli, ["build", "--no-site", "--articles", str(other), "--registry", "none"])
    assert result.exit_code == 0, result.output
    pages = sorted(p.name for p in (project / "docs" / "articles").glob("*.md"))
    assert pages == ["index.md", "only.md"]
    assert "1 articles" in result.output


def test_missing_articles_folder_is_a_message_not_a_traceback(project):
    shutil.rmtree(project / "articles")
    result = CliRunner().invoke(cli, ["build", "--no-site"])
    assert result.exit_code == 1
    assert "articles folder not found" in result.output
    assert "Traceback" not in result.output


def test_evaluate_json_on_the_fixture_gold(project):
    result = CliRunner().invoke(cli, ["evaluate", "--gold", "gold.yml", "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output[result.output.index("{"):])
    assert scores["publication_dates"] == {"count": 2, "total": 2, "value": 1.0}
    assert scores["actors"]["gold"] == 8
    assert scores["actors"]["recall"] >= 0.75
    assert scores["events_relaxed"]["gold"] == 2
    table = CliRunner().invoke(cli, ["evaluate", "--gold", "gold.yml"]).output
    assert "events (strict)" in table and "publication dates" in table


def test_evaluate_with_a_broken_gold_file_names_the_line(project):
    (project / "bad.yml").write_text("articles:\n  - file: x.txt\n    publication_date: 2016\n")
    result = CliRunner().invoke(cli, ["evaluate", "--gold", "bad.yml"])
    assert result.exit_code == 1
    assert "bad.yml:" in result.output and "Traceback" not in result.output


def test_actors_lists_discovered_candidates_as_registry_yaml(project):
    result = CliRunner().invoke(cli, ["actors", "--all", "--registry", "none"])
    assert result.exit_code == 0, result.output
    assert "- name: Pakistan" in result.output
    assert "kind: state" in result.output


def test_serve_regenerates_and_serves_the_site(project):
    """`reportsite serve` builds the pages and answers on localhost; no rebuild loop."""
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(
        [sys.executable, "-m", "generator.cli", "serve", "-a", f"127.0.0.1:{port}"],
        cwd=project, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    try:
        body = ""
        for _ in range(120):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/actors/pakistan-army/", timeout=2) as r:
                    body = r.read().decode()
                break
            except OSError:
                time.sleep(0.5)
        assert "Pakistan Army" in body
        assert (project / "docs" / "actors" / "pakistan-army.md").is_file()
    finally:
        proc.terminate()
        output = proc.communicate(timeout=20)[0]
    assert output.count("Building documentation") == 1, output


def test_curator_event_overrides_split_and_unknown_ids(project):
    result = CliRunner().invoke(cli, ["build", "--no-site"])
    clash = next(p.stem for p in (project / "docs" / "events").glob("2017-05-05-*.md"))
    (project / "events.yml").write_text(f"split:\n  - {clash}\n  - no-such-event\n")
    result = CliRunner().invoke(cli, ["build", "--no-site"])
    assert result.exit_code == 0, result.output
    assert "events.yml:3:" in result.output
    assert len(list((project / "docs" / "events").glob("2017-05-05-*.md"))) == 2
