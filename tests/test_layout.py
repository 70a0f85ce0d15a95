"""The package layout shows the pipeline: a stage imports only from earlier stages and from
the shared modules, and no module outgrows the size guide."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "generator"
# Pipeline order; the shared modules (model, config, registry) come before every stage, the
# spine and the faces (pipeline, write, cli, plugin) after all of them.
ORDER = {"model": 0, "config": 0, "registry": 0, "gazetteer": 0, "read": 1, "extract": 2, "resolve": 3,
         "render": 4, "quality": 5, "write": 6, "pipeline": 7, "cli": 8, "plugin": 8, "scaffold": 8,
         "__init__": 0}
MAX_LINES = 400


def _stage(module: str) -> str:
    """"generator.extract.events.roles" -> "extract"."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "templates" not in p.parts)


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("generator"):
            found.add(node.module)
            found.update(f"{node.module}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("generator"))
    return {m for m in found if m == "generator" or _stage(m) in ORDER}


@pytest.mark.parametrize("path", _modules(), ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_no_module_imports_from_a_later_stage(path: Path):
    own = path.relative_to(PACKAGE).parts[0].removesuffix(".py")
    later = sorted(m for m in _imports(path) if m != "generator" and ORDER[_stage(m)] > ORDER[own])
    assert later == [], f"{path.relative_to(PACKAGE)} imports from a later stage: {later}"


def test_every_stage_is_a_package_that_says_what_goes_in_and_out():
    for stage in ("read", "extract", "extract/events", "resolve", "render", "quality"):
        init = PACKAGE / stage / "__init__.py"
        assert init.is_file(), stage
        assert ast.get_docstring(ast.parse(init.read_text())), f"{stage}/__init__.py has no docstring"
        assert "->" in ast.get_docstring(ast.parse(init.read_text())) or stage == "extract/events"


@pytest.mark.parametrize("path", _modules(), ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_modules_stay_under_the_size_guide(path: Path):
    assert len(path.read_text().splitlines()) <= MAX_LINES


def test_the_checker_sees_a_later_stage_import(tmp_path: Path):
    bad = tmp_path / "x.py"
    bad.write_text("from generator.resolve.clusters import lineage\nfrom generator.model import Event\n")
    assert {m for m in _imports(bad) if ORDER[_stage(m)] > ORDER["extract"]} == {
        "generator.resolve.clusters", "generator.resolve.clusters.lineage"}
