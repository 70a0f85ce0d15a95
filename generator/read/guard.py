"""One file's bytes -> an article, guarded: decoded (detecting a non-UTF-8 encoding), cut to
the size limits, with every bad value a reader leaves out collected as a (line, message)
warning. Used by `articles.read_articles` for every reader."""
from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable

from generator.model import Article
from generator.read.decode import decode_article
from generator.read.errors import ReadError, collect_warnings
from generator.read.limits import Limits, cut_text, limit_paragraphs

Warning_ = tuple[int, str]  # (1-based line, message)


def read_guarded(reader: Callable[[str, str], Article], relative: str, data: bytes,
                 limits: Limits) -> tuple[Article | None, list[Warning_]]:
    """(article, warnings), or (None, warnings ending with the reason it was not read)."""
    warnings: list[Warning_] = []
    try:
        decoded = decode_article(data)
        raw, cut = cut_text(decoded.text, limits)
        warnings += [w for w in (decoded.warning, cut) if w]
        with collect_warnings() as collected:
            article = reader(relative, raw)
        warnings += collected
    except ReadError as err:
        return None, [*warnings, (err.line, err.message)]
    article, dropped = within_limits(article, raw, limits)
    warnings += dropped
    if article is None:
        return None, warnings
    return dataclasses.replace(article, content_hash=hashlib.sha256(data).hexdigest()), warnings


def within_limits(article: Article, raw: str, limits: Limits) -> tuple[Article | None, list[Warning_]]:
    """The article without its over-long sentences, its long paragraphs split (see limits.py);
    None when nothing is left."""
    paragraphs, dropped = limit_paragraphs(article.paragraphs, limits)
    warnings = []
    for first_words, length in dropped:
        at = raw.find(first_words)
        line = raw.count("\n", 0, at) + 1 if at >= 0 else article.body_line
        warnings.append((line, f"sentence of {length:,} characters left out "
                               f"(over the limit of {limits.max_sentence_chars:,}, max_sentence_chars)"))
    if not paragraphs:
        return None, [*warnings, (article.body_line, "no body text within the limits")]
    if paragraphs == article.paragraphs:
        return article, warnings
    return dataclasses.replace(article, paragraphs=paragraphs), warnings
