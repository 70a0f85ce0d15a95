"""Write a new project's files into a folder: the only module of `reportsite new` that writes.

A folder that holds anything (other than an empty repository's `.git`) is refused unless
forced; forced, files of the same name are replaced and nothing else is touched. Every
target must stay inside the folder, also through symlinks.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path, PurePosixPath

IGNORED = (".git",)  # `git init` or an empty clone first is fine


class ScaffoldError(Exception):
    """The project cannot be written; nothing or only part of it was written (the message says)."""


@dataclass(frozen=True)
class Created:
    root: Path
    written: tuple[str, ...]  # project-relative paths, new files
    replaced: tuple[str, ...]  # existing files written over (only with force)


def existing_entries(folder: Path) -> tuple[str, ...]:
    """What the folder already holds (names, sorted), `.git` left out; () when it does not exist."""
    if not folder.exists():
        return ()
    if not folder.is_dir():
        raise ScaffoldError(f"{folder}: exists and is not a folder")
    return tuple(sorted(p.name for p in folder.iterdir() if p.name not in IGNORED))


def _target(root: Path, name: str) -> Path:
    pure = PurePosixPath(name)
    if pure.is_absolute() or ".." in pure.parts:
        raise ScaffoldError(f"{name}: not a path inside the project")
    target = root.joinpath(*pure.parts)
    if not target.resolve().is_relative_to(root.resolve()):
        raise ScaffoldError(f"{target}: leads outside {root} (a symlink?); not written")
    return target


def create_project(root: Path, files: dict[str, bytes], force: bool = False) -> Created:
    """Write `files` ({posix path: bytes}) under `root`, creating it; ScaffoldError if refused."""
    present = existing_entries(root)
    if present and not force:
        shown = ", ".join(present[:5]) + (" ..." if len(present) > 5 else "")
        raise ScaffoldError(f"{root}: folder is not empty ({shown}); use --force to write into it "
                            "(files of the same name are then replaced)")
    targets = {name: _target(root, name) for name in files}
    conflicts = [name for name, target in targets.items() if target.exists() and not target.is_file()]
    if conflicts:
        raise ScaffoldError(f"{root}: {', '.join(conflicts)}: exists and is not a file; nothing written")
    written, replaced = [], []
    try:
        for name, target in targets.items():
            (replaced if target.exists() else written).append(name)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(files[name])
    except OSError as err:
        raise ScaffoldError(f"{err.filename or root}: cannot write: {err.strerror or err}") from err
    return Created(root, tuple(written), tuple(replaced))
