"""Per-article extraction: sentences, actor mentions, places and event mentions.

`extract_article` is a pure function of the article, the registry and the pipeline;
`extract_corpus` adds batching, a progress bar and a content-hash cache.
"""
from __future__ import annotations

import hashlib
import json
import logging
import pickle
from collections.abc import Iterable, Sequence
from dataclasses import asdict
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span
from tqdm import tqdm

from generator import __version__
from generator.extract.actors import extract_mentions
from generator.extract.events.mentions import extract_events
from generator.model import Article, Extraction, Problem, Registry, Sentence

log = logging.getLogger(__name__)


def _extractor_version() -> str:
    """The version and the source of every extraction module: any edit invalidates the cache."""
    here = Path(__file__).resolve().parent  # generator/extract
    digest = hashlib.sha256()
    for path in sorted(here.rglob("*.py")):
        digest.update(path.relative_to(here).as_posix().encode() + b"\0" + path.read_bytes())
    return f"{__version__}-{digest.hexdigest()[:16]}"


EXTRACTOR_VERSION = _extractor_version()
PLACE_LABELS = ("GPE", "LOC", "FAC")


def sentences_of(article: Article, docs: Sequence[Doc]) -> list[tuple[Sentence, Span]]:
    """Number the sentences of the article's paragraph docs in reading order."""
    pairs: list[tuple[Sentence, Span]] = []
    for p, doc in enumerate(docs):
        for span in doc.sents:
            text = span.text.strip()
            if not text:
                continue
            pairs.append((Sentence(len(pairs), p, span.start_char, span.end_char, span.text), span))
    return pairs


def extract_from_docs(article: Article, docs: Sequence[Doc], registry: Registry) -> Extraction:
    pairs = sentences_of(article, docs)
    mentions, discovered = extract_mentions(article, pairs, registry)
    events = extract_events(article, pairs, mentions)
    places = sorted({(s.index, ent.text) for s, span in pairs for ent in span.ents if ent.label_ in PLACE_LABELS})
    return Extraction(
        article_id=article.id,
        sentences=tuple(s for s, _ in pairs),
        mentions=mentions,
        events=tuple(events),
        discovered=discovered,
        places=tuple(places),
    )


def extract_article(nlp: Language, article: Article, registry: Registry) -> Extraction:
    return extract_from_docs(article, list(nlp.pipe(article.paragraphs)), registry)


def registry_fingerprint(registry: Registry) -> str:
    blob = json.dumps(asdict(registry), sort_keys=True, default=str).encode()
    return hashlib.sha256(blob).hexdigest()


def _cache_key(article: Article, fingerprint: str) -> str:
    parts = (EXTRACTOR_VERSION, fingerprint, article.content_hash, article.id, repr(article))
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


def extract_corpus(
    nlp_factory,
    articles: Sequence[Article],
    registry: Registry,
    cache: Path | None = None,
    progress: bool = False,
    problems: list[Problem] | None = None,
) -> tuple[Extraction, ...]:
    """Extract every article, reusing cached results keyed by content and registry.

    `nlp_factory` is called only when some article is not cached, so a warm rebuild
    never loads the model. An article whose extraction fails is kept with nothing
    extracted, and the failure is appended to `problems` as `path:1: message`.
    """
    fingerprint = registry_fingerprint(registry)
    results: dict[str, Extraction] = {}
    todo: list[Article] = []
    for article in articles:
        cached = _load(cache, _cache_key(article, fingerprint)) if cache else None
        if cached is not None:
            results[article.id] = cached
        else:
            todo.append(article)
    if todo:
        nlp = nlp_factory()
        bar = tqdm(total=len(todo), desc="extracting", unit="article", disable=not progress)
        for article, docs in _docs_per_article(nlp, todo):
            try:
                extraction = extract_from_docs(article, docs, registry)
            except Exception as exc:  # one bad article must not stop the corpus
                log.exception("%s: extraction failed", article.path)
                if problems is not None:
                    problems.append(Problem(article.path, article.body_line, f"extraction failed: {exc!r}"))
                results[article.id] = Extraction(article.id, (), (), ())
            else:
                results[article.id] = extraction
                if cache:
                    _store(cache, _cache_key(article, fingerprint), extraction)
            bar.update(1)
        bar.close()
    log.info("extracted %d articles (%d from cache)", len(articles), len(articles) - len(todo))
    return tuple(results[a.id] for a in sorted(articles, key=lambda a: a.id))


def _docs_per_article(nlp: Language, articles: Sequence[Article]) -> Iterable[tuple[Article, list[Doc]]]:
    """Run the pipeline over all paragraphs in one stream, regrouped per article."""
    texts = ((p, i) for i, a in enumerate(articles) for p in a.paragraphs)
    stream = nlp.pipe(texts, as_tuples=True, batch_size=64)
    for article in articles:
        yield article, [next(stream)[0] for _ in article.paragraphs]


def _load(cache: Path, key: str) -> Extraction | None:
    path = cache / key[:2] / f"{key}.pickle"
    try:
        with path.open("rb") as fh:
            value = pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        return None
    return value if isinstance(value, Extraction) else None


def _store(cache: Path, key: str, extraction: Extraction) -> None:
    path = cache / key[:2] / f"{key}.pickle"
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(pickle.dumps(extraction, protocol=pickle.HIGHEST_PROTOCOL))
    tmp.replace(path)
