"""write_site: owned places only, changed bytes only, stale files removed via the manifest."""
from __future__ import annotations

import json
import os

import pytest

from generator.write import MANIFEST, WriteReport, write_site
from tests.site_fixtures import site_settings

PAGES = {
    "index.md": "# Home\n",
    "actors/a.md": "# A\n",
    "actors/index.md": "# Actors\n",
    "events/2016-01-01-e.md": "# E – ünïcode\n",
    "data/events.json": '{"events": []}\n',
}


@pytest.fixture
def settings(tmp_path):
    s = site_settings(tmp_path)
    s.docs_dir.mkdir()
    (s.docs_dir / "about.md").write_text("hand-written\n", encoding="utf-8")
    return s


def test_first_run_writes_every_page_and_the_manifest(settings):
    report = write_site(PAGES, settings)
    assert report == WriteReport(written=tuple(sorted(PAGES)))
    for path, text in PAGES.items():
        assert (settings.docs_dir / path).read_bytes() == text.encode("utf-8")
    manifest = (settings.docs_dir / MANIFEST).read_text(encoding="utf-8")
    assert json.loads(manifest) == {"generator": "reportsite", "files": sorted(PAGES)}
    assert str(report) == "5 written, 0 unchanged, 0 removed"


def test_second_run_writes_nothing(settings):
    write_site(PAGES, settings)
    stamps = {p: os.stat(settings.docs_dir / p).st_mtime_ns for p in [*PAGES, MANIFEST]}
    report = write_site(PAGES, settings)
    assert report == WriteReport(unchanged=tuple(sorted(PAGES)))
    assert {p: os.stat(settings.docs_dir / p).st_mtime_ns for p in stamps} == stamps


def test_changed_page_is_rewritten_and_stale_pages_removed(settings):
    write_site(PAGES, settings)
    pages = dict(PAGES)
    del pages["events/2016-01-01-e.md"]
    pages["actors/a.md"] = "# A, changed\n"
    report = write_site(pages, settings)
    assert report.written == ("actors/a.md",)
    assert report.removed == ("events/2016-01-01-e.md",)
    assert not (settings.docs_dir / "events").exists()  # emptied folder pruned
    assert json.loads((settings.docs_dir / MANIFEST).read_text())["files"] == sorted(pages)


def test_hand_written_files_are_never_touched(settings):
    docs = settings.docs_dir
    (docs / "actors").mkdir()
    (docs / "actors" / "notes.md").write_text("mine\n", encoding="utf-8")
    write_site(PAGES, settings)
    write_site({"index.md": "# Home\n"}, settings)
    assert (docs / "about.md").read_text() == "hand-written\n"
    assert (docs / "actors" / "notes.md").read_text() == "mine\n"
    assert sorted(p.relative_to(docs).as_posix() for p in docs.rglob("*") if p.is_file()) == [
        MANIFEST, "about.md", "actors/notes.md", "index.md",
    ]


@pytest.mark.parametrize(
    "path",
    ["../x.md", "actors/../../x.md", "actors/../about.md", "/etc/passwd", "C:/x.md", "actors\\x.md",
     "about.md", "methodology.md", "stylesheets/extra.css", "actors", "actors/", "actors//x.md",
     "./actors/x.md", MANIFEST, ""],
)
def test_refuses_paths_outside_the_owned_places(settings, path):
    with pytest.raises(ValueError, match="refusing to write"):
        write_site({**PAGES, path: "x\n"}, settings)
    assert not (settings.docs_dir / "index.md").exists()  # nothing written before the check fails
    assert (settings.docs_dir / "about.md").read_text() == "hand-written\n"


def test_refuses_a_symlinked_folder_that_leads_outside(settings, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (settings.docs_dir / "actors").symlink_to(outside, target_is_directory=True)
    with pytest.raises(ValueError, match="outside"):
        write_site({"actors/a.md": "x\n"}, settings)
    assert list(outside.iterdir()) == []


def test_refuses_writing_one_file_twice(settings):
    with pytest.raises(ValueError, match="same file"):
        write_site({"actors/a.md": "1\n", "actors/A.md": "2\n"}, settings)


def test_manifest_entries_outside_the_owned_places_are_not_removed(settings):
    (settings.docs_dir / MANIFEST).write_text(json.dumps({"files": ["about.md", "../x.md"]}), encoding="utf-8")
    report = write_site({"index.md": "# Home\n"}, settings)
    assert report.removed == ()
    assert (settings.docs_dir / "about.md").exists()


def test_unreadable_manifest_is_ignored(settings):
    (settings.docs_dir / MANIFEST).write_text("{not json", encoding="utf-8")
    report = write_site({"index.md": "# Home\n"}, settings)
    assert report.written == ("index.md",)
    assert json.loads((settings.docs_dir / MANIFEST).read_text())["files"] == ["index.md"]
