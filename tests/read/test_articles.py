"""Reading a folder: one reader per suffix, bad files become problems, ids stay unique."""
from __future__ import annotations

import hashlib
import logging
from pathlib import Path

import pytest

from generator.model import Problem
from generator.read.articles import read_articles

FIXTURES = Path(__file__).parent.parent / "fixtures"
DATE_HINT = "(use YYYY-MM-DD, YYYY-MM, YYYY or a date such as 'June 14, 2016')"


def test_fixture_folder_reads_good_files_and_reports_bad_ones(monkeypatch, caplog):
    monkeypatch.chdir(FIXTURES)
    with caplog.at_level(logging.INFO, logger="generator.read.articles"):
        articles, problems = read_articles(Path("readers"))
    assert [(a.id, a.path, a.format) for a in articles] == [
        ("agency-credit", "agency_credit.txt", "text"),
        ("bad-date", "bad_date.md", "markdown"),  # only its bad date is left out
        ("border-report", "border_report.txt", "text"),
        ("byline-dated", "byline_dated.txt", "text"),
        ("front-matter", "front_matter.md", "markdown"),
        ("latin1", "latin1.txt", "text"),  # decoded as the detected encoding
        ("reuters-dateline", "reuters_dateline.txt", "text"),
    ]
    assert [str(p) for p in problems] == [
        f"readers/bad_date.md:3: front matter `date` is not a date: 'last spring' {DATE_HINT}: left out",
        "readers/broken_front_matter.md:4: invalid YAML in front matter: mapping values are not allowed here",
        "readers/empty.txt:1: empty file",
        "readers/latin1.txt:1: not UTF-8 (first at byte 3): decoded as cp1252 (detected); "
        "save the file as UTF-8 to be sure",
    ]
    by_path = {a.path: a for a in articles}
    assert by_path["bad_date.md"].published is None and by_path["bad_date.md"].title
    assert by_path["latin1.txt"].title == "Café Owners Count Losses"
    assert [r.getMessage() for r in caplog.records] == ["read 7 of 9 article files in readers (4 problems)"]


def test_content_hash_is_sha256_of_file_bytes():
    articles, _ = read_articles(FIXTURES / "readers")
    assert {a.path: a.content_hash for a in articles} == {
        a.path: hashlib.sha256((FIXTURES / "readers" / a.path).read_bytes()).hexdigest() for a in articles
    }


def write(root: Path, relative: str, text: str) -> None:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_duplicate_ids_get_suffixes_in_walk_order(tmp_path, monkeypatch):
    write(tmp_path, "corpus/a/report.txt", "First\n\nKABUL - One.\n")
    write(tmp_path, "corpus/b/Report.txt", "Second\n\nKABUL - Two.\n")
    write(tmp_path, "corpus/report.md", "# Third\n\nThree.\n")
    write(tmp_path, "corpus/report-2.txt", "Fourth\n\nFour.\n")
    write(tmp_path, "corpus/.git/ignored.txt", "Hidden\n\nNot read.\n")
    monkeypatch.chdir(tmp_path)
    articles, problems = read_articles(Path("corpus"))
    assert [(a.id, a.path, a.title) for a in articles] == [
        ("report", "a/report.txt", "First"),
        ("report-2", "report-2.txt", "Fourth"),
        ("report-3", "b/Report.txt", "Second"),
        ("report-4", "report.md", "Third"),
    ]
    assert problems == (
        Problem("corpus/b/Report.txt", 1,
                "duplicate id 'report' (also a/report.txt): using 'report-3'; rename the file to choose"),
        Problem("corpus/report.md", 1,
                "duplicate id 'report' (also a/report.txt): using 'report-4'; rename the file to choose"),
    )


def test_path_outside_working_directory_is_absolute(tmp_path, monkeypatch):
    write(tmp_path, "corpus/bad.md", "---\ntitle: [\n---\nBody\n")
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")
    articles, problems = read_articles(tmp_path / "corpus")
    assert (articles, [p.path for p in problems]) == ((), [(tmp_path / "corpus" / "bad.md").as_posix()])


@pytest.mark.parametrize("folder", [pytest.param("missing", id="missing-folder")])
def test_missing_folder_is_a_problem(tmp_path, monkeypatch, folder):
    monkeypatch.chdir(tmp_path)
    assert read_articles(Path(folder)) == ((), (Problem("missing", 1, "articles folder not found"),))
