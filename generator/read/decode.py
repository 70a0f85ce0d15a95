"""Bytes of an article file -> text: UTF-8, else the encoding charset-normalizer detects.

A file that is not UTF-8 is decoded with the detected encoding and a warning that names it and
the line of the first byte that is not UTF-8; a file no encoding fits (binary data) is a
`ReadError` on that same line.
"""
from __future__ import annotations

import codecs
from dataclasses import dataclass

import charset_normalizer

from generator.read.errors import ReadError


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # "utf-8" or the detected encoding's Python name
    warning: tuple[int, str] | None = None  # (line, message) when the file was not UTF-8


def line_of(data: bytes, offset: int) -> int:
    """1-based line of the byte at `offset`."""
    return data.count(b"\n", 0, offset) + 1


# Where the detector finds several encodings equally likely (short texts), the one news pages
# use most wins: Western, Central European, Cyrillic, Arabic, Greek, Turkish Windows pages.
_USUAL = ("cp1252", "cp1250", "cp1251", "cp1256", "cp1253", "cp1254", "koi8_r", "iso8859_15")


def _detect(data: bytes) -> tuple[str, str] | None:
    """(text, encoding) as charset-normalizer reads `data`; None for data that is not text."""
    matches = list(charset_normalizer.from_bytes(data))
    if not matches:
        return None

    def rank(match) -> tuple:
        usual = [_USUAL.index(e) for e in match.could_be_from_charset if e in _USUAL]
        return (match.chaos, -match.coherence, min(usual, default=len(_USUAL)), match.encoding)

    best = min(matches, key=rank)
    usual = sorted((e for e in best.could_be_from_charset if e in _USUAL), key=_USUAL.index)
    encoding = usual[0] if usual else best.encoding
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        text, encoding = str(best), best.encoding
    if "\x00" in text:
        return None
    return text, codecs.lookup(encoding).name


def decode_article(data: bytes) -> Decoded:
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as err:
        first_bad = err.start
    line = line_of(data, first_bad)
    found = _detect(data)
    if found is None:
        raise ReadError(line, f"not text: byte {first_bad} (line {line}) is not UTF-8 "
                              "and no text encoding fits the file")
    text, encoding = found
    return Decoded(text, encoding, (
        line, f"not UTF-8 (first at byte {first_bad}): decoded as {encoding} (detected); "
              "save the file as UTF-8 to be sure"))
