"""`reportsite actors`: the curation listing and registry YAML, run through the real CLI and model."""
from __future__ import annotations

import textwrap

import pytest
import yaml
from click.testing import CliRunner

from generator.cli import cli

ARTICLE_1 = """\
---
title: "Donors meet reconstruction body"
date: 2016-05-02
---

Officials of the Frontier Reconstruction Authority (FRA) met donors in Peshawar on Monday, Reuters reported.

The FRA said the money for the Khyber Bridge Fund would arrive in June.

Governor Abdul Rahimi said the Khyber Bridge Fund had already paid for two schools. Rahimi thanked the donors.
"""

ARTICLE_2 = """\
---
title: "Reconstruction body criticised"
date: 2016-06-10
---

Traders accused the FRA of favouring contractors close to Governor Abdul Rahimi, Reuters said.

The Khyber Bridge Fund did not respond to questions.
"""

REGISTRY = """\
actors:
  - name: Khyber Bridge Fund
    kind: other_org
ignore: [Reuters]
"""


@pytest.fixture()
def corpus(tmp_path, monkeypatch):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "01_donors.md").write_text(ARTICLE_1, encoding="utf-8")
    (tmp_path / "articles" / "02_criticised.md").write_text(ARTICLE_2, encoding="utf-8")
    (tmp_path / "actors.yml").write_text(REGISTRY, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _run(*args: str):
    result = CliRunner().invoke(cli, ["actors", "--articles", "articles", *args])
    assert result.exit_code == 0, result.output
    return result.output


def _yaml_part(output: str) -> list[dict]:
    start = output.index("# Paste under")
    return yaml.safe_load(textwrap.dedent(output[start:].split("\n", 3)[3]))


def test_lists_discovered_actors_with_counts_forms_and_samples(corpus):
    output = _run()
    table = output[: output.index("# Paste under")]
    # the authority: named in full once, then by its acronym three times in two articles
    line = next(line for line in table.splitlines() if "Frontier Reconstruction Authority" in line)
    assert line.split()[:3] == ["4", "2", "government_agency"]
    assert "also: FRA" in table
    assert "> Officials of the Frontier Reconstruction Authority (FRA) met donors" in table
    # the governor: full name in both articles plus a surname
    assert any(line.split()[:3] == ["3", "2", "person"] and "Abdul Rahimi" in line for line in table.splitlines())
    # a registry actor and an ignored outlet are never candidates
    assert "[khyber-bridge-fund]" not in table
    assert "[reuters]" not in output and "name: Reuters" not in output


def test_yaml_is_ready_to_paste_and_valid(corpus):
    entries = {e["name"]: e for e in _yaml_part(_run())}
    assert entries["Frontier Reconstruction Authority"] == {
        "name": "Frontier Reconstruction Authority", "kind": "government_agency", "aliases": ["FRA"]}
    assert entries["Abdul Rahimi"] == {"name": "Abdul Rahimi", "kind": "person"}  # no lone surname alias


def test_curator_decisions_win(corpus):
    registry = textwrap.dedent("""\
        actors:
          - name: Khyber Bridge Fund
            kind: other_org
          - name: Frontier Reconstruction Authority
            kind: government_agency
            aliases: [FRA]
        ignore: [Reuters, Abdul Rahimi]
        distinct: [[Abdul Rahimi, Rahimi]]
        """)
    (corpus / "actors.yml").write_text(registry, encoding="utf-8")
    output = _run("--all")
    assert "Frontier Reconstruction Authority" not in output  # now curated
    assert "Abdul Rahimi" not in output  # ignored by the curator
    assert "No discovered actors" in output


def test_no_registry_lists_everything_discovered(corpus):
    output = _run("--registry", "none", "--all")
    names = {e["name"] for e in _yaml_part(output)}
    assert {"Frontier Reconstruction Authority", "Khyber Bridge Fund", "Abdul Rahimi"} <= names
