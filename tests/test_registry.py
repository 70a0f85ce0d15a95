"""The actor registry: a valid file round-trips; every error names actors.yml:LINE."""
from __future__ import annotations

from pathlib import Path

import pytest

from generator.model import ACTOR_KINDS, Actor, Problem, Registry
from generator.registry import read_registry

FIXTURES = Path(__file__).parent / "fixtures" / "registry"
KINDS = ", ".join(ACTOR_KINDS)


def test_valid_registry_round_trip():
    registry, problems = read_registry(FIXTURES / "actors.yml")
    assert problems == ()
    assert registry == Registry(
        actors=(
            Actor(id="afghan-government", name="Afghan government", kind="government", country="afghanistan",
                  metonyms=("Kabul",), line=18),
            Actor(id="afghanistan", name="Afghanistan", kind="state", demonyms=("Afghan",), line=15),
            Actor(id="haqqani-network", name="Haqqani Network", kind="armed_group",
                  aliases=("Haqqanis", "Haqqani network"), description="An armed group allied with the Taliban.",
                  country="afghanistan", parent="taliban", links=("https://example.org/haqqani",), line=3),
            Actor(id="national-directorate-of-security", name="National Directorate of Security",
                  kind="government_agency", aliases=("NDS",), parent="afghan-government", line=23),
            Actor(id="taliban", name="Taliban", kind="armed_group", aliases=("Afghan Taliban",), line=11),
        ),
        ignore=("Pajhwok", "Reuters"),
        distinct=(("Taliban", "Tehrik-e-Taliban Pakistan"),),
        places=("Kabul", "Torkham"),
    )


def test_no_registry_is_empty():
    assert read_registry(None) == (Registry(), ())


def test_every_problem_is_collected_and_valid_actors_kept(monkeypatch):
    monkeypatch.chdir(FIXTURES)
    registry, problems = read_registry(Path("bad.yml"))
    assert [str(p) for p in problems] == [
        "bad.yml:4: unknown key 'alias' in actor 'Taliban' (did you mean 'aliases'?)",
        f"bad.yml:6: unknown kind 'militia' for 'Haqqani Network' (allowed: {KINDS})",
        "bad.yml:7: actor without a name (add `name:`)",
        "bad.yml:10: aliases of 'Pakistan' must be a list of strings, e.g. [a, b]",
        "bad.yml:11: duplicate actor name 'Taliban' (first at line 2)",
        "bad.yml:15: alias 'Afghan Taliban' of 'Tehrik-e-Taliban Pakistan' is already the name of"
        " 'Afghan Taliban' (line 17)",
        "bad.yml:16: country 'Pakistn' of 'Tehrik-e-Taliban Pakistan' is not an actor in the registry"
        " (did you mean 'Pakistan'?)",
        "bad.yml:20: unknown key 'region' at the top level (allowed: actors, distinct, ignore, places)",
    ]
    assert [(a.id, a.aliases, a.country) for a in registry.actors] == [
        ("afghan-taliban", (), None),
        ("pakistan", (), None),
        ("taliban", (), None),
        ("tehrik-e-taliban-pakistan", ("TTP",), None),
    ]
    assert registry.places == ("Torkham",)


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("actor:\n  - name: X\n", ["actors.yml:1: unknown key 'actor' at the top level"
                                               " (did you mean 'actors'?)"], id="unknown-top-level-key"),
        pytest.param("actors:\n  - kind: state\n", ["actors.yml:2: actor without a name (add `name:`)"],
                     id="actor-without-name"),
        pytest.param("actors:\n  - name: X\n    kind: army\n",
                     [f"actors.yml:3: unknown kind 'army' for 'X' (allowed: {KINDS})"], id="unknown-kind"),
        pytest.param("actors:\n  - name: X\n    kind: armed_grup\n",
                     [f"actors.yml:3: unknown kind 'armed_grup' for 'X' (did you mean 'armed_group'? allowed: {KINDS})"],
                     id="misspelt-kind"),
        pytest.param("actors:\n  - name: X\n", [f"actors.yml:2: actor 'X' has no kind (add `kind:`, one of: {KINDS})"],
                     id="missing-kind"),
        pytest.param("actors:\n  - name: X\n    kind: state\n    descripton: y\n",
                     ["actors.yml:4: unknown key 'descripton' in actor 'X' (did you mean 'description'?)"],
                     id="unknown-actor-key"),
        pytest.param("actors:\n  - name: X\n    kind: state\n    aliases: Y\n",
                     ["actors.yml:4: aliases of 'X' must be a list of strings, e.g. [a, b]"], id="aliases-not-list"),
        pytest.param("actors:\n  - name: X\n    kind: state\n    aliases:\n      - Y\n      - 2016\n",
                     ["actors.yml:6: each item of aliases of 'X' must be text, not '2016' (quote it: \"2016\")"],
                     id="alias-not-string"),
        pytest.param("actors:\n  - name: No\n    kind: state\n",
                     ["actors.yml:2: name must be text, not 'No' (quote it: \"No\")"], id="name-parsed-as-bool"),
        pytest.param("actors:\n  - name: X\n    kind: state\n  - name: x\n    kind: state\n",
                     ["actors.yml:4: duplicate actor name 'x' (first at line 2)"], id="duplicate-name"),
        pytest.param("actors:\n  - name: Al Qaeda\n    kind: armed_group\n  - name: Al-Qaeda\n    kind: armed_group\n",
                     ["actors.yml:4: duplicate actor id 'al-qaeda': 'Al-Qaeda' and 'Al Qaeda' (line 2);"
                      " set a distinct `id:`"], id="duplicate-id"),
        pytest.param("actors:\n  - name: X\n    kind: state\n    id: Not A Slug\n",
                     ["actors.yml:4: id 'Not A Slug' of 'X' is not a slug (use 'not-a-slug')"], id="bad-id"),
        pytest.param("actors:\n  - name: X\n    kind: state\n    aliases: [Z]\n"
                     "  - name: Y\n    kind: state\n    aliases: [z]\n",
                     ["actors.yml:7: alias 'z' of 'Y' is already an alias of 'X' (line 2)"], id="alias-claimed-twice"),
        pytest.param("actors:\n  - name: X\n    kind: armed_group\n    country: Narnia\n    parent: X\n",
                     ["actors.yml:4: country 'Narnia' of 'X' is not an actor in the registry (add it to `actors`)",
                      "actors.yml:5: parent of 'X' names the actor itself"], id="unknown-country-and-self-parent"),
        pytest.param("actors:\n  - name: X\n    kind: state\n  bad: [\n",
                     ["actors.yml:4: invalid YAML: expected <block end>, but found '?'"], id="malformed-yaml"),
        pytest.param("distinct: [[A, B, C], [D]]\n",
                     ["actors.yml:1: each pair in distinct must have exactly 2 names, not 1",
                      "actors.yml:1: each pair in distinct must have exactly 2 names, not 3"], id="distinct-not-pairs"),
        pytest.param("- just\n- a list\n",
                     ["actors.yml:1: the registry must be a mapping with the keys actors, distinct, ignore, places"],
                     id="not-a-mapping"),
        pytest.param("ignore: [Reuters]\nignore: [AFP]\n",
                     ["actors.yml:2: duplicate key 'ignore' at the top level (first at line 1)"], id="duplicate-key"),
    ],
)
def test_registry_errors_name_their_line(tmp_path, monkeypatch, text, expected):
    (tmp_path / "actors.yml").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    _, problems = read_registry(Path("actors.yml"))
    assert [str(p) for p in problems] == expected


def test_reference_by_alias_and_id_and_invalid_entries_left_out(tmp_path):
    path = tmp_path / "actors.yml"
    path.write_text(
        "actors:\n"
        "  - name: United States\n    id: usa\n    kind: state\n    aliases: [US]\n"
        "  - name: Pentagon\n    kind: government_agency\n    country: US\n    parent: Broken\n"
        "  - name: Broken\n    kind: nonsense\n",
        encoding="utf-8",
    )
    registry, problems = read_registry(path)
    assert [(a.id, a.country, a.parent) for a in registry.actors] == [("pentagon", "usa", None), ("usa", None, None)]
    assert [(p.line, p.message) for p in problems] == [(11, f"unknown kind 'nonsense' for 'Broken' (allowed: {KINDS})")]


@pytest.mark.parametrize(
    "content, expected",
    [
        pytest.param(None, Problem("actors.yml", 1, "registry file not found"), id="missing"),
        pytest.param(b"actors:\n  - name: Caf\xe9\n", Problem("actors.yml", 1, "not UTF-8 text (byte 21)"),
                     id="not-utf8"),
        pytest.param(b"", None, id="empty-file"),
    ],
)
def test_unreadable_registry_file(tmp_path, monkeypatch, content, expected):
    monkeypatch.chdir(tmp_path)
    if content is not None:
        Path("actors.yml").write_bytes(content)
    assert read_registry(Path("actors.yml")) == (Registry(), (expected,) if expected else ())
