"""Curation aids: discovered actors a curator may want to add to the registry."""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

import yaml

from .config import Settings
from .model import KnowledgeBase, Registry
from .resolve_actors import all_discovered, discovered_aliases, guess_kind


@dataclass(frozen=True)
class Candidate:
    id: str
    name: str
    kind: str
    mentions: int
    articles: int
    forms: tuple[str, ...]  # surface forms seen, most frequent first
    samples: tuple[str, ...]  # up to two sentences mentioning it
    has_page: bool


def candidates(kb: KnowledgeBase, registry: Registry, settings: Settings, include_weak: bool = False) -> tuple[Candidate, ...]:
    """Discovered (non-registry) actors, most mentioned first."""
    mapping, names = discovered_aliases(all_discovered(kb.extractions), registry)
    sentences = {(e.article_id, s.index): s.text for e in kb.extractions for s in e.sentences}
    forms: dict[str, Counter] = defaultdict(Counter)
    articles: dict[str, set[str]] = defaultdict(set)
    samples: dict[str, list[str]] = defaultdict(list)
    for extraction in kb.extractions:
        for m in extraction.mentions:
            actor_id = mapping.get(m.actor_id, m.actor_id)
            if actor_id not in names:
                continue
            forms[actor_id][m.text] += 1
            articles[actor_id].add(m.article_id)
            text = sentences.get((m.article_id, m.sentence), "")
            if len(samples[actor_id]) < 2 and text not in samples[actor_id]:
                samples[actor_id].append(text)
    pages = {a.id for a in kb.actors}
    found = []
    for actor_id, (name, label) in names.items():
        if actor_id not in pages and not include_weak:
            continue
        counts = forms[actor_id]
        found.append(Candidate(
            id=actor_id, name=name, kind=guess_kind(name, label), mentions=sum(counts.values()),
            articles=len(articles[actor_id]),
            forms=tuple(f for f, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))),
            samples=tuple(samples[actor_id]), has_page=actor_id in pages,
        ))
    return tuple(sorted(found, key=lambda c: (-c.mentions, c.id)))


def format_candidates(found: tuple[Candidate, ...]) -> str:
    if not found:
        return "No discovered actors: every actor found is in the registry."
    lines = [f"{'mentions':>8} {'articles':>8}  {'kind':<18} name"]
    for c in found:
        mark = "" if c.has_page else "  (below threshold, no page)"
        lines.append(f"{c.mentions:>8} {c.articles:>8}  {c.kind:<18} {c.name}{mark}")
        for s in c.samples:
            lines.append(f"{'':>19}  > {s[:160]}")
    return "\n".join(lines)


def candidates_yaml(found: tuple[Candidate, ...]) -> str:
    """Registry entries ready to paste under `actors:` in actors.yml."""
    entries = []
    for c in found:
        entry = {"name": c.name, "kind": c.kind}
        aliases = [f for f in c.forms if f != c.name]
        if aliases:
            entry["aliases"] = aliases
        entries.append(entry)
    if not entries:
        return ""
    text = yaml.safe_dump(entries, sort_keys=False, allow_unicode=True, width=100)
    return "# Paste under `actors:` in actors.yml, then check each kind:\n" + text
