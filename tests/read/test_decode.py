"""Encodings: UTF-8 as is, other encodings detected (with a warning naming them), binary data
rejected on the line of its first bad byte."""
from __future__ import annotations

from pathlib import Path

import pytest

from generator.read.articles import read_articles
from generator.read.decode import decode_article
from generator.read.errors import ReadError

CYRILLIC = ("Министр иностранных дел заявил, что переговоры продолжатся в Стамбуле на следующей неделе. "
            "Делегации обсудят обмен пленными и гуманитарные коридоры.")
WESTERN = "Le ministre a déclaré que les négociations reprendraient à Genève la semaine prochaine, « sans délai »."


def test_utf8_is_read_without_warning():
    assert decode_article("Café – “quoted”".encode()).warning is None


@pytest.mark.parametrize("text, encoding", [(CYRILLIC, "cp1251"), (WESTERN, "cp1252")])
def test_other_encodings_are_detected_and_named_with_the_line(text, encoding):
    data = ("Title line\n\nFirst plain line.\n" + text + "\n").encode(encoding)
    decoded = decode_article(data)
    assert decoded.text.endswith(text + "\n")
    assert decoded.encoding == encoding
    line, message = decoded.warning
    assert line == 4 and f"decoded as {encoding}" in message


def test_binary_data_names_the_line_of_its_first_bad_byte():
    data = b"Title\n\nA clean first line.\nAnother clean line.\n" + bytes(range(0x80, 0x100)) * 4
    with pytest.raises(ReadError) as err:
        decode_article(data)
    assert err.value.line == 5  # not line 1
    assert "not text" in err.value.message


def test_a_folder_with_a_latin1_file_and_a_binary_one(tmp_path: Path):
    (tmp_path / "a.txt").write_bytes(("Talks\n\n" + WESTERN + "\n").encode("cp1252"))
    (tmp_path / "b.txt").write_bytes(b"Title\n\nline\nline\nline\n\x00\xff\xfe\x81" * 40)
    articles, problems = read_articles(tmp_path)
    assert [a.id for a in articles] == ["a"] and articles[0].paragraphs == (WESTERN,)
    assert [(Path(p.path).name, p.line, p.message.split(":")[0]) for p in problems] == [
        ("a.txt", 3, "not UTF-8 (first at byte 22)"),
        ("b.txt", 6, "not text"),
    ]
