"""What a new project holds: {project-relative posix path: bytes}, from the bundled files.

The project files live as package data in `files/`; their `%%NAME%%` markers are filled in
here. Two kinds of file are shared with the repository and copied into the wheel at build
time (pyproject.toml, `force-include`): the site's CSS/JS (`docs/stylesheets`,
`docs/javascripts` of the checkout) and the example corpus (`articles/`, `actors.yml`).
`bundled()` finds each in the installed package, else in the checkout: the one place that
knows where they are.
"""
from __future__ import annotations

import json
import re
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent  # generator/scaffold/
CHECKOUT = PACKAGE.parents[1]  # the repository, when running from a checkout
FILES = PACKAGE / "files"
ASSET_FOLDERS = ("stylesheets", "javascripts")  # under docs/ of the new project
EXAMPLE = ("articles", "actors.yml")
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown")


def bundled(name: str) -> Path:
    """A shared file or folder: `name` under the wheel's `generator/scaffold/bundled/`, else in the checkout.

    `name` is "stylesheets", "javascripts" (the checkout keeps them in docs/), "articles" or
    "actors.yml".
    """
    packaged = PACKAGE / "bundled" / name
    if packaged.exists():
        return packaged
    return CHECKOUT / ("docs/" + name if name in ASSET_FOLDERS else name)


def default_title(folder: Path) -> str:
    """ "my-conflict_site" -> "My conflict site" """
    words = re.sub(r"[-_.\s]+", " ", folder.name).strip()
    return (words[:1].upper() + words[1:]) or "Report site"


def requirement() -> str:
    """The line that installs this version of reportsite in the project's workflows."""
    try:
        return f"reportsite=={version('reportsite')}"
    except PackageNotFoundError:  # pragma: no cover - running from a bare checkout
        return "reportsite"


def asset_paths() -> dict[str, Path]:
    """{"stylesheets/extra.css": source, ...}: the CSS/JS the generated pages use, sorted."""
    found = {}
    for folder in ASSET_FOLDERS:
        root = bundled(folder)
        for path in sorted(root.rglob("*")) if root.is_dir() else ():
            if path.is_file() and not path.name.startswith("."):
                found[f"{folder}/{path.relative_to(root).as_posix()}"] = path
    return found


def example_paths() -> dict[str, Path]:
    """{"articles/001_x.txt": source, ..., "actors.yml": source}: the bundled example corpus."""
    articles = bundled("articles")
    found = {
        f"articles/{path.relative_to(articles).as_posix()}": path
        for path in sorted(articles.rglob("*"))
        if path.is_file() and path.suffix.lower() in ARTICLE_SUFFIXES
        and not any(part.startswith(".") for part in path.relative_to(articles).parts)
    }
    found["actors.yml"] = bundled("actors.yml")
    return found


def _markers(title: str, assets: list[str]) -> dict[str, str]:
    jinja = title if not re.search(r"[{}#%]", title) else "{{ " + json.dumps(title) + " }}"
    css = [a for a in assets if a.endswith(".css")]
    js = [a for a in assets if a.endswith(".js")]
    return {
        "%%TITLE_YAML%%": json.dumps(title),  # a JSON string is a YAML double-quoted scalar
        "%%TITLE_MD%%": jinja,  # in a Jinja template: plain text unless it holds Jinja syntax
        "%%TITLE%%": title,
        "%%EXTRA_CSS%%": "\n".join(f"  - {a}" for a in css) or "  []",
        "%%EXTRA_JAVASCRIPT%%": "\n".join(f"  - {a}" for a in js) or "  []",
        "%%REQUIREMENT%%": requirement(),
    }


def _fill(text: str, markers: dict[str, str]) -> str:
    return re.sub(r"%%[A-Z_]+%%", lambda m: markers[m.group(0)], text)


def project_files(title: str, example: bool = False) -> dict[str, bytes]:
    """Every file of a new project, path -> bytes, sorted by path."""
    title = " ".join(title.split())
    if not title:
        raise ValueError("the title is empty")
    assets = asset_paths()
    markers = _markers(title, list(assets))
    files: dict[str, bytes] = {}
    for path in sorted(FILES.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            text = path.read_text(encoding="utf-8")
            files[path.relative_to(FILES).as_posix()] = _fill(text, markers).encode("utf-8")
    for name, source in assets.items():
        files[f"docs/{name}"] = source.read_bytes()
    if example:
        for name, source in example_paths().items():
            files[name] = source.read_bytes()
    return dict(sorted(files.items()))
