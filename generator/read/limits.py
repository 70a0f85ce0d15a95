"""Size limits for one article: what a pathological file (a 5 MB dump, a table exported as one
endless "sentence") may cost the pipeline.

- `cut_text`: the file's text is cut after `max_article_chars` characters, at a line end, before
  any reader sees it (every reader's cost then stays bounded);
- `limit_paragraphs`: a sentence longer than `max_sentence_chars` is left out, and a paragraph is
  split at sentence ends into pieces of at most `_PIECE` characters (spaCy parses a paragraph as
  one document: pieces keep that cost linear and under spaCy's own length limit).

Every cut is a warning (line, message); the rest of the article is read. All pure functions.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

MAX_ARTICLE_CHARS = 200_000
MAX_SENTENCE_CHARS = 2_000
_PIECE = 20_000  # characters per paragraph piece handed to spaCy
_SENTENCE = re.compile(r".+?(?:[.!?][\"”’')\]]*(?=\s)|$)", re.DOTALL)


@dataclass(frozen=True)
class Limits:
    max_article_chars: int = MAX_ARTICLE_CHARS
    max_sentence_chars: int = MAX_SENTENCE_CHARS


def cut_text(text: str, limits: Limits) -> tuple[str, tuple[int, str] | None]:
    """The text up to the limit (cut at a line end when there is one) and the warning, if cut."""
    limit = limits.max_article_chars
    if len(text) <= limit:
        return text, None
    end = text.rfind("\n", 0, limit + 1)
    end = end if end > 0 else limit
    line = text.count("\n", 0, end) + 1
    return text[:end], (line, f"article is {len(text):,} characters, over the limit of {limit:,}: "
                              f"the text after line {line} is left out (max_article_chars)")


def sentences(paragraph: str) -> list[str]:
    """The paragraph cut after each sentence end (the pieces keep their spacing)."""
    return [m.group(0) for m in _SENTENCE.finditer(paragraph) if m.group(0).strip()]


def limit_paragraphs(paragraphs: tuple[str, ...], limits: Limits) -> tuple[tuple[str, ...], list[tuple[str, int]]]:
    """Paragraphs without over-long sentences and split into pieces; (first words, length) of
    every sentence left out."""
    kept: list[str] = []
    dropped: list[tuple[str, int]] = []
    for paragraph in paragraphs:
        if len(paragraph) <= limits.max_sentence_chars:
            kept.append(paragraph)
            continue
        piece: list[str] = []
        size = 0
        for sentence in sentences(paragraph):
            if len(sentence.strip()) > limits.max_sentence_chars:
                dropped.append((sentence.strip()[:40], len(sentence.strip())))
                continue
            if piece and size + len(sentence) > _PIECE:
                kept.append("".join(piece).strip())
                piece, size = [], 0
            piece.append(sentence)
            size += len(sentence)
        if "".join(piece).strip():
            kept.append("".join(piece).strip())
    return tuple(kept), dropped
