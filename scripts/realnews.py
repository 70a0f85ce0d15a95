"""Check a folder of gathered real-news pages against realnews/manifest.yml and lay them out
as the folders `reportsite evaluate` reads, one per split (DEST/dev, DEST/dev2, DEST/blind).

    python scripts/realnews.py PAGES_DIR DEST_DIR

The pages are not in this repository (they are not ours); realnews/README.md says how to
gather them again. A page whose bytes differ from the manifest's sha256 is reported (a
re-gathered excerpt may differ by invisible characters) and still copied.
"""
from __future__ import annotations

import hashlib
import shutil
import sys
from pathlib import Path

import yaml

MANIFEST = Path(__file__).resolve().parents[1] / "realnews" / "manifest.yml"


def main(pages: Path, dest: Path) -> int:
    entries = yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))
    missing, changed = [], []
    for split in sorted({e["split"] for e in entries}):
        (dest / split).mkdir(parents=True, exist_ok=True)
    for entry in entries:
        source = pages / entry["file"]
        if not source.is_file():
            missing.append(entry["file"])
            continue
        if hashlib.sha256(source.read_bytes()).hexdigest() != entry["sha256"]:
            changed.append(entry["file"])
        shutil.copyfile(source, dest / entry["split"] / entry["file"])
    for name in missing:
        print(f"{MANIFEST}: missing page {name}", file=sys.stderr)
    for name in changed:
        print(f"{MANIFEST}: {name}: bytes differ from the manifest's sha256", file=sys.stderr)
    splits = ", ".join(f"{dest}/{s}" for s in sorted({e["split"] for e in entries}))
    print(f"{len(entries) - len(missing)} of {len(entries)} pages laid out in {splits}")
    return 1 if missing else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
