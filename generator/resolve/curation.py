"""Curation aids: discovered actors a curator may want to add to the registry."""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

import yaml

from generator.config import Settings
from generator.model import ACTOR_KINDS, KnowledgeBase, Registry
from generator.resolve.actors import all_discovered, discovered_aliases, guess_kind


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
            id=actor_id, name=name, kind=label if label in ACTOR_KINDS else guess_kind(name, label),
            mentions=sum(counts.values()),
            articles=len(articles[actor_id]),
            forms=tuple(f for f, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))),
            samples=tuple(samples[actor_id]), has_page=actor_id in pages,
        ))
    return tuple(sorted(found, key=lambda c: (-c.mentions, c.id)))


def _short(text: str, width: int = 150) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def format_candidates(found: tuple[Candidate, ...]) -> str:
    """A table of discovered actors: counts, kind, id, the forms seen and sample sentences."""
    if not found:
        return "No discovered actors: every actor found is in the registry."
    with_page = sum(c.has_page for c in found)
    lines = [
        f"{len(found)} discovered actors not in the registry ({with_page} with a page).",
        "",
        f"{'mentions':>8} {'articles':>8}  {'kind':<18} name [id]",
    ]
    for c in found:
        mark = "" if c.has_page else "  (below threshold, no page)"
        lines.append(f"{c.mentions:>8} {c.articles:>8}  {c.kind:<18} {c.name} [{c.id}]{mark}")
        others = [f for f in c.forms if f != c.name]
        if others:
            lines.append(f"{'':>19}  also: {', '.join(others)}")
        for sample in c.samples:
            lines.append(f"{'':>19}  > {_short(sample)}")
    return "\n".join(lines)


def _entry(c: Candidate) -> dict[str, object]:
    """A registry entry: capitals become `metonyms`, nationality forms `demonyms`, the rest `aliases`.

    Case variants of the name are left out (registry names match in any case), and so are a
    person's lone surnames (they are linked to the full name in each article).
    """
    from generator import gazetteer

    entry: dict[str, object] = {"name": c.name, "kind": c.kind}
    aliases, metonyms, demonyms = [], [], []
    seen = {c.name.casefold()}
    for form in c.forms:
        first = form.split()[0]
        if form.casefold() in seen:
            continue
        seen.add(form.casefold())
        if c.kind == "government" and gazetteer.capital_country(form):
            metonyms.append(form)
        elif c.id.endswith("security-forces") and first in gazetteer.DEMONYMS:
            if first not in demonyms:
                demonyms.append(first)
        elif not (c.kind == "person" and " " not in form):
            aliases.append(form)
    for key, values in (("aliases", aliases), ("metonyms", metonyms), ("demonyms", demonyms)):
        if values:
            entry[key] = values
    return entry


def candidates_yaml(found: tuple[Candidate, ...]) -> str:
    """Registry entries ready to paste under `actors:` in actors.yml (same indentation)."""
    if not found:
        return ""
    lines = [
        "# Paste under `actors:` in actors.yml and check each kind. To reject a name instead,",
        "# add it under `ignore:`; to keep two names apart, add the pair under `distinct:`;",
        "# to make a name an alias of an existing actor, add it to that actor's `aliases:`.",
    ]
    for c in found:
        text = yaml.safe_dump([_entry(c)], sort_keys=False, allow_unicode=True, width=1000,
                              default_flow_style=None)
        lines.append(f"  # {c.mentions} mention{'s' if c.mentions != 1 else ''} in {c.articles} "
                     f"article{'s' if c.articles != 1 else ''}")
        lines.extend("  " + line for line in text.rstrip("\n").splitlines())
    return "\n".join(lines) + "\n"
