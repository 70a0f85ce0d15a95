"""What `reportsite new` writes: generator/scaffold/project.py, checked file by file (no spaCy here)."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from mkdocs.utils.yaml import yaml_load

from generator.model import ACTOR_KINDS
from generator.registry import ACTOR_KEYS, TOP_KEYS, parse_registry
from generator.render.site import make_env, templates_dir
from generator.scaffold.project import asset_paths, default_title, example_paths, project_files, requirement

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def files() -> dict[str, bytes]:
    return project_files("Sahel watch: 2024")


def _text(files: dict[str, bytes], name: str) -> str:
    return files[name].decode("utf-8")


def _mkdocs(files: dict[str, bytes]) -> dict:
    return yaml_load(files["mkdocs.yml"])  # MkDocs' loader: `!ENV`


def test_a_new_project_has_every_part(files):
    assert set(files) >= {
        "mkdocs.yml", "actors.yml", "articles/README", "docs/about.md", "docs/methodology.md",
        "templates/home.md.j2", ".github/workflows/pages.yml", ".github/workflows/tests.yml",
        ".gitignore", "requirements.txt", "README.md",
    }
    # no articles and no leftover markers
    assert not [n for n in files if n.startswith("articles/") and n != "articles/README"]
    assert not [n for n, data in files.items() if re.search(rb"%%[A-Z_]+%%", data)]


def test_mkdocs_yml_has_the_title_the_plugin_and_what_the_pages_need(files):
    config = _mkdocs(files)
    assert config["site_name"] == "Sahel watch: 2024"
    plugin = next(p["reportsite"] for p in config["plugins"] if isinstance(p, dict) and "reportsite" in p)
    assert plugin["articles"] == "articles" and plugin["registry"] == "actors.yml"
    assert plugin["templates"] == "templates"
    # The same extensions, nav and exclusions the example site needs (they must not drift apart).
    example = yaml_load((REPO / "mkdocs.yml").read_text())
    for key in ("markdown_extensions", "nav", "not_in_nav", "validation", "extra_css", "extra_javascript"):
        assert config[key] == example[key], key
    # every stylesheet and script listed is written into docs/
    for asset in config["extra_css"] + config["extra_javascript"]:
        assert files[f"docs/{asset}"] == (REPO / "docs" / asset).read_bytes()


@pytest.mark.parametrize("title", ['He said "no": {{ 7*7 }} {% raw %} #1', "Ukraine – Russia, 2022–"])
def test_any_title_stays_literal(title):
    files = project_files(title)
    assert _mkdocs(files)["site_name"] == title
    home = make_env(templates_dir()).from_string(_text(files, "templates/home.md.j2"))
    assert _render_heading(home) == f"# {title}"


def _render_heading(template) -> str:
    """The home template's first heading, rendered with the real filters and an empty site."""
    from generator.render.context import HomePage, Ref

    ref = Ref("actors/index.md", "Actors")
    page = HomePage("index.md", "Home", 0, 0, 0, 0, None, None, None, None, (), (), (), ref, ref, ref, ref, ref)
    text = template.render(page=page)
    return next(line for line in text.splitlines() if line.startswith("# "))


def test_the_starter_registry_is_empty_and_its_comments_teach_a_valid_schema(files):
    text = _text(files, "actors.yml")
    registry, problems = parse_registry(text, "actors.yml")
    assert registry.actors == () and problems == ()
    comments = "\n".join(line for line in text.splitlines() if line.startswith("#"))
    for word in (*ACTOR_KINDS, *ACTOR_KEYS, *TOP_KEYS):
        assert re.search(rf"\b{word}\b", comments), f"the comments do not mention {word}"
    # the commented example, uncommented, is a registry without a single problem
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if "example entry" in line)
    end = next(i for i, line in enumerate(lines) if "A problem in this file" in line)
    entries = [line[1:] for line in lines[start + 1:end] if line.startswith("#   ")]
    tail = [line[2:] for line in lines if re.match(r"# (ignore|distinct|places):|#   - \[", line)]
    example, problems = parse_registry("actors:\n" + "\n".join(entries) + "\n" + "\n".join(tail), "x.yml")
    assert problems == ()
    assert len(example.actors) == 4 and example.ignore and example.distinct and example.places
    nlf = next(a for a in example.actors if a.id == "nlf")
    assert nlf.kind == "armed_group" and "NLF" in nlf.aliases


def test_example_corpus_only_on_request(files):
    with_example = project_files("Example", example=True)
    bundled = example_paths()
    articles = sorted(n for n in bundled if n.startswith("articles/"))
    assert articles == sorted(p.relative_to(REPO).as_posix() for p in (REPO / "articles").iterdir()
                              if p.suffix in (".txt", ".md"))
    for name in articles:
        assert with_example[name] == (REPO / name).read_bytes()
    assert with_example["actors.yml"] == (REPO / "actors.yml").read_bytes()
    assert files["actors.yml"] != with_example["actors.yml"]
    # the example domain stays out of a project that did not ask for it
    assert b"Haqqani" not in b"".join(files.values()) and b"Torkham" not in b"".join(files.values())


def test_assets_are_read_from_one_place():
    assets = asset_paths()
    assert assets, "no CSS/JS found"
    assert set(assets) == {p.relative_to(REPO / "docs").as_posix()
                           for folder in ("stylesheets", "javascripts") for p in (REPO / "docs" / folder).rglob("*")
                           if p.is_file()}


def test_requirements_pin_the_running_version(files):
    from importlib.metadata import version

    assert requirement() == f"reportsite=={version('reportsite')}"
    assert requirement() in _text(files, "requirements.txt").splitlines()


def test_default_title_from_the_folder_name(tmp_path):
    assert default_title(tmp_path / "my-conflict_site") == "My conflict site"
    with pytest.raises(ValueError):
        project_files("   ")


def _run_steps(workflow: dict) -> list[str]:
    return [" ".join(s["run"].split()) for job in workflow["jobs"].values() for s in job["steps"] if "run" in s]


def test_workflows_install_from_requirements_build_and_deploy(files, tmp_path):
    pages = yaml.safe_load(files[".github/workflows/pages.yml"])
    check = yaml.safe_load(files[".github/workflows/tests.yml"])
    for workflow in (pages, check):
        steps = _run_steps(workflow)
        assert steps.index("pip install -r requirements.txt") < steps.index("reportsite build")
    assert set(check[True]) >= {"push", "pull_request"}  # YAML 1.1 reads `on` as True
    assert pages[True]["push"]["branches"] == ["main"]
    upload = next(s for s in pages["jobs"]["build"]["steps"] if "upload-pages-artifact" in s.get("uses", ""))
    assert upload["with"]["path"] == "site"
    assert [s["uses"] for s in pages["jobs"]["deploy"]["steps"]] == ["actions/deploy-pages@v4"]
    # valid GitHub workflows (check-jsonschema's vendored schema; offline)
    paths = []
    for name in (".github/workflows/pages.yml", ".github/workflows/tests.yml"):
        path = tmp_path / Path(name).name
        path.write_bytes(files[name])
        paths.append(str(path))
    result = subprocess.run([sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-workflows",
                             *paths], capture_output=True, text=True, timeout=120, check=False,
                            env={"PATH": "/usr/bin:/bin", "HTTPS_PROXY": "http://127.0.0.1:9",
                                 "HTTP_PROXY": "http://127.0.0.1:9"})
    assert result.returncode == 0, result.stdout + result.stderr


def test_gitignore_covers_what_the_generator_and_mkdocs_write(files, tmp_path):
    """Real git decides: generated places, site/ and the cache are ignored; the project files are not."""
    (tmp_path / ".gitignore").write_bytes(files[".gitignore"])
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    generated = ["docs/index.md", "docs/actors/x.md", "docs/events/index.md", "docs/articles/a.md",
                 "docs/data/events.csv", "docs/.reportsite-manifest.json", "site/index.html",
                 ".reportsite-cache/ab.json"]
    kept = [n for n in files if n != ".gitignore"]
    result = subprocess.run(["git", "-C", str(tmp_path), "check-ignore", "--no-index", *generated, *kept],
                            capture_output=True, text=True, check=False)
    assert sorted(result.stdout.split()) == sorted(generated)
