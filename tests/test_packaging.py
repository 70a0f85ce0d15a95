"""Packaging: the wheel carries the templates and works when installed, not only from the checkout.

Builds a wheel of the project, installs it (without dependencies, offline) into a fresh
venv, and runs the installed package from an unrelated folder. The new venv sees the
dependencies of the running environment through a `.pth` file but not the editable
install of this checkout, so `generator` can only come from the wheel.
"""
from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
TEMPLATES = REPO / "templates"
TIMEOUT = 300


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP")}
    env.update(PIP_NO_INPUT="1", PIP_DISABLE_PIP_VERSION_CHECK="1", NO_MKDOCS_2_WARNING="1")
    return env


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    result = subprocess.run(args, cwd=cwd, env=_env(), capture_output=True, text=True, timeout=TIMEOUT)
    assert result.returncode == 0, f"{args} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}"
    return result


def _template_files() -> list[str]:
    return sorted(
        p.relative_to(TEMPLATES).as_posix()
        for p in TEMPLATES.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    )


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """A wheel of this checkout. Offline when hatchling is importable, else pip fetches it from PyPI."""
    out = tmp_path_factory.mktemp("wheelhouse")
    args = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(REPO)]
    if importlib.util.find_spec("hatchling") is not None:
        args.insert(4, "--no-build-isolation")
    _run(args, cwd=out)
    wheels = sorted(out.glob("reportsite-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory) -> Path:
    """A fresh venv with the wheel installed (no dependencies, no index); returns its python."""
    venv = tmp_path_factory.mktemp("venv") / "env"
    _run([sys.executable, "-m", "venv", "--system-site-packages", "--without-pip", str(venv)], cwd=venv.parent)
    python = venv / "bin" / "python"
    purelib = Path(_run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                        cwd=venv.parent).stdout.strip())
    # Make the running environment's dependencies importable. A path line in a .pth file
    # adds the folder without running that folder's own .pth files, so the editable
    # install of this checkout stays invisible.
    parent = sorted({sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]})
    (purelib / "_reportsite_test_deps.pth").write_text("".join(f"{p}\n" for p in parent))
    _run([sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet",
          "--no-deps", "--no-index", str(wheel)], cwd=venv.parent)
    return python


def test_wheel_contents(wheel: Path):
    names = set(zipfile.ZipFile(wheel).namelist())
    templates = _template_files()
    assert templates, "templates/ is empty"
    missing = [t for t in templates if f"generator/templates/{t}" not in names]
    assert missing == [], f"templates missing from the wheel: {missing}"
    for module in ("__init__", "cli", "config", "model", "plugin", "write", "pipeline",
                   "read/__init__", "extract/events/__init__", "resolve/__init__", "render/site",
                   "quality/evaluate"):
        assert f"generator/{module}.py" in names
    assert not [n for n in names if n.startswith(("tests/", "articles/", "docs/", "templates/"))]
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]

    dist_info = next(n.split("/")[0] for n in names if n.endswith(".dist-info/METADATA"))
    entry_points = zipfile.ZipFile(wheel).read(f"{dist_info}/entry_points.txt").decode()
    assert "reportsite = generator.cli:main" in entry_points
    assert "reportsite = generator.plugin:ReportsitePlugin" in entry_points


def test_installed_package_finds_its_templates(installed: Path, tmp_path: Path):
    site_packages = Path(_run([str(installed), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                              cwd=tmp_path).stdout.strip())
    code = "from generator.render.site import templates_dir; import generator; print(templates_dir()); print(generator.__file__)"
    out = _run([str(installed), "-c", code], cwd=tmp_path).stdout.split("\n")
    templates, module = Path(out[0]).resolve(), Path(out[1]).resolve()
    assert module.is_relative_to(site_packages.resolve()), f"generator imported from {module}, not the wheel"
    assert templates == (site_packages / "generator" / "templates").resolve()
    found = sorted(p.relative_to(templates).as_posix() for p in templates.rglob("*") if p.is_file())
    assert found == _template_files()


def test_installed_console_script(installed: Path, tmp_path: Path):
    script = installed.parent / "reportsite"
    assert script.is_file()
    result = _run([str(script), "--help"], cwd=tmp_path)
    for command in ("build", "serve", "evaluate", "actors", "new"):
        assert command in result.stdout, result.stdout


# --- reportsite new, from the installed wheel -------------------------------------------------

SCAFFOLD = REPO / "generator" / "scaffold"
CORPUS = REPO / "tests" / "fixtures" / "corpus" / "articles"


def test_wheel_carries_the_project_files_assets_and_example(wheel: Path):
    names = set(zipfile.ZipFile(wheel).namelist())
    files = sorted(p.relative_to(REPO).as_posix() for p in (SCAFFOLD / "files").rglob("*") if p.is_file())
    assert ".github/workflows/pages.yml" in "\n".join(files) and "generator/scaffold/files/.gitignore" in files
    assert [f for f in files if f not in names] == []
    shared = {"docs/stylesheets": "stylesheets", "docs/javascripts": "javascripts", "articles": "articles"}
    for folder, packaged in shared.items():
        expected = [f"generator/scaffold/bundled/{packaged}/{p.relative_to(REPO / folder).as_posix()}"
                    for p in (REPO / folder).rglob("*") if p.is_file()]
        assert expected and [e for e in expected if e not in names] == [], folder
    assert "generator/scaffold/bundled/actors.yml" in names


def _reportsite(installed: Path, args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(installed.parent / "reportsite"), *args], cwd=cwd, env=_env(),
                          capture_output=True, text=True, timeout=TIMEOUT, check=False)


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _fetch(url: str, proc: subprocess.Popen) -> str:
    """The page at `url` once the server answers (it first regenerates and builds the site)."""
    import time
    import urllib.request

    for _ in range(240):
        if proc.poll() is not None:
            break
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return response.read().decode("utf-8")
        except OSError:
            time.sleep(0.5)
    proc.terminate()
    raise AssertionError(f"{url} never answered:\n{proc.communicate(timeout=30)[0]}")


def test_new_project_from_the_wheel_builds_strict_and_serves(installed: Path, tmp_path: Path):
    """The issue's check: `reportsite new mysite`, copy articles, `reportsite build`, `mkdocs serve`."""
    assert not tmp_path.resolve().is_relative_to(REPO)
    created = _reportsite(installed, ["new", "mysite", "--title", "Border watch"], cwd=tmp_path)
    assert created.returncode == 0, created.stdout + created.stderr
    site = tmp_path / "mysite"
    for name in ("01_chaman-clash.txt", "02_chaman-followup.txt", "03_moscow-talks.md"):
        shutil.copy(CORPUS / name, site / "articles" / name)

    built = _reportsite(installed, ["build"], cwd=site)  # mkdocs build --strict
    log = built.stdout + built.stderr
    assert built.returncode == 0, log
    assert "registry " in log and ": 0 actors, 0 problems" in log  # the starter registry: no curated actors
    assert "read 3 of 3 article files" in log
    home = (site / "site" / "index.html").read_text()
    assert "Border watch" in home and "Edit this introduction" in home
    assert 'href="stylesheets/extra.css"' in home and "javascripts/chronology-filter.js" in home
    pakistan = (site / "site" / "actors" / "pakistan" / "index.html").read_text()
    assert "rs-infobox" in pakistan and "<strong>Kind:</strong>" in pakistan and "!!! " not in pakistan
    assert (site / "site" / "about" / "index.html").is_file() and (site / "site" / "methodology" / "index.html").is_file()
    assert (site / "site" / "stylesheets" / "extra.css").read_bytes() == (REPO / "docs/stylesheets/extra.css").read_bytes()
    assert len(list((site / "site" / "articles").glob("*/index.html"))) == 3

    # a second `new` refuses and changes nothing
    before = {p: p.read_bytes() for p in site.rglob("*") if p.is_file() and "site" not in p.relative_to(site).parts[:1]}
    again = _reportsite(installed, ["new", "mysite"], cwd=tmp_path)
    assert again.returncode == 1
    assert "folder is not empty" in again.stderr and "--force" in again.stderr and "Traceback" not in again.stderr
    assert {p: p.read_bytes() for p in before} == before

    # mkdocs serve (the plugin regenerates the pages) serves the project
    port = _free_port()
    proc = subprocess.Popen([str(installed), "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"], cwd=site,
                            env=_env(), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        assert "Pakistan" in _fetch(f"http://127.0.0.1:{port}/actors/pakistan/", proc)
        assert "About this site" in _fetch(f"http://127.0.0.1:{port}/about/", proc)
    finally:
        proc.terminate()
        proc.communicate(timeout=30)
