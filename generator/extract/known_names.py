"""Where the built-in organisation names (`knowledge`) occur in a parsed text.

`known_spans` finds them with a token matcher and keeps those that no registry entity
overlaps and that are not part of a longer name the statistical NER found; the name repair
(`nlp.repair_names`) makes them organisations.
"""
from __future__ import annotations

import functools

import spacy
from spacy.matcher import Matcher

from generator import gazetteer
from generator.extract import knowledge


@functools.lru_cache(maxsize=1)
def _known_patterns() -> tuple[tuple[str, tuple[list[dict], ...]], ...]:
    """Token patterns for the built-in names (`knowledge`), grouped by entry."""
    tokenizer = spacy.blank("en").tokenizer
    grouped: dict[str, list[list[dict]]] = {}
    for name, entry in knowledge.ruler_names():
        tokens = [t.text for t in tokenizer(name)]
        exact = name.replace(".", "").replace("-", "").isupper()
        grouped.setdefault(entry.name, []).append(
            [{"TEXT": t} for t in tokens] if exact else [{"LOWER": t.lower()} for t in tokens])
    return tuple((name, tuple(patterns)) for name, patterns in sorted(grouped.items()))


_KNOWN_MATCHERS: dict[int, Matcher] = {}


def known_spans(doc, ents) -> list[tuple[int, int]]:
    """Spans of built-in organisation names, longest first, that no registry entity overlaps
    and that do not sit inside a longer name the NER found ("Kenya Red Cross" stays whole;
    a nationality before the name is no part of it: "Iraqi Hashd al-Shaabi")."""
    matcher = _KNOWN_MATCHERS.get(id(doc.vocab))
    if matcher is None:
        matcher = Matcher(doc.vocab)
        for name, patterns in _known_patterns():
            matcher.add(name, list(patterns))
        _KNOWN_MATCHERS[id(doc.vocab)] = matcher
    found = sorted({(s, e) for _, s, e in matcher(doc)}, key=lambda p: (-(p[1] - p[0]), p[0]))
    out: list[tuple[int, int]] = []
    for start, end in found:
        if any(s < end and start < e for s, e in out):
            continue
        if start > 1 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ \
                and doc[start - 2].lower_ in ("pro", "anti", "non", "ex"):
            continue  # "pro-Hezbollah", "anti-ISIS": part of a longer word
        clash = False
        for e in ents:
            if not (e.start < end and start < e.end):
                continue
            if e.label_ in ("ACTOR", "MEDIA") or e.ent_id_:
                # a registry name wins, unless it is only a part of the built-in name ("U.S." in
                # "U.S. Africa Command")
                if not (start <= e.start and e.end <= end and (e.start, e.end) != (start, end)) or e.label_ == "MEDIA":
                    clash = True
                    break
                continue
            extra = [t for t in doc[e.start:e.end] if t.i < start or t.i >= end]
            if any(t.text[:1].isupper() and t.text not in gazetteer.DEMONYMS and gazetteer.country(t.text) is None
                   and t.lower_ not in ("the", "al", "el") for t in extra if t.is_alpha):
                clash = True  # a longer name: "Kenya Red Cross", "National Security Council"
                break
        if not clash:
            out.append((start, end))
    return out
