"""Corpus-wide actor resolution: discovered names -> canonical actors, kinds, thresholds."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from .model import Actor, DiscoveredName, Extraction, Mention, Registry

_KIND_CUES: tuple[tuple[str, str], ...] = (
    (r"\b(government|administration|cabinet)\b", "government"),
    (r"\b(ministry|department|directorate|agency|commission|police|army|forces|corps|court|"
     r"parliament|senate|congress|assembly|intelligence|bureau|office|command|guard|guards)\b",
     "government_agency"),
    (r"\b(party|league|tehreek-e-insaf|people's party)\b", "political_party"),
    (r"\b(network|front|taliban|tehrik|tehreek|lashkar|jaish|jamaat|jamaat-ul|brigade|militia|"
     r"mujahideen|al[- ]qa'?e?ida|islamic state|isis|isil|daesh|hezb|hizb)\b|-[ei]-|-ul-", "armed_group"),
    (r"\b(united nations|nations|nato|union|organi[sz]ation|council|alliance|bank|fund|"
     r"red cross|red crescent|mission)\b", "international_org"),
)


def variant_key(name: str) -> str:
    """A key under which spelling variants of one name coincide.

    Case, hyphens, spaces, apostrophes and a leading "the" are ignored, and common
    transliteration pairs are folded (Gulbadin/Gulbuddin, Hizb/Hezb, -i-/-e-, Qaida/Qaeda).
    """
    key = name.casefold()
    key = re.sub(r"^the\s+", "", key)
    key = re.sub(r"['’`]", "", key)
    key = re.sub(r"[-\s]+([ie])[-\s]+", "e", key)
    key = re.sub(r"[^a-z0-9]", "", key)
    for a, b in (("hizb", "hezb"), ("qaida", "qaeda"), ("uddin", "udin"), ("adin", "udin"),
                 ("oo", "u"), ("ou", "u"), ("ee", "i")):
        key = key.replace(a, b)
    return key


def guess_kind(name: str, label: str) -> str:
    """The kind of a discovered actor from its NER label and name cues."""
    fixed = {"PERSON": "person", "STATE": "state", "GOVERNMENT": "government", "FORCES": "government_agency"}
    if label in fixed:
        return fixed[label]
    lowered = name.casefold()
    for pattern, kind in _KIND_CUES:
        if re.search(pattern, lowered):
            return kind
    return "other_org"


def discovered_aliases(
    discovered: Iterable[DiscoveredName], registry: Registry
) -> tuple[dict[str, str], dict[str, tuple[str, str]]]:
    """Map each discovered id to its canonical id, and name each canonical discovered actor.

    Returns (mapping discovered id -> canonical id, canonical id -> (name, label)).
    A discovered name whose variant key equals a registry name or alias maps to that actor.
    """
    from .extract_actors import discovered_id

    registry_keys: dict[str, str] = {}
    for actor in registry.actors:
        for name in (actor.name, *actor.aliases):
            registry_keys.setdefault(variant_key(name), actor.id)
    by_key: dict[str, Counter] = defaultdict(Counter)
    labels: dict[str, Counter] = defaultdict(Counter)
    for d in discovered:
        key = variant_key(d.text)
        by_key[key][d.text] += 1
        labels[key][d.label] += 1
    mapping: dict[str, str] = {}
    names: dict[str, tuple[str, str]] = {}
    for key in sorted(by_key):
        surfaces = by_key[key]
        if key in registry_keys:
            target = registry_keys[key]
        else:
            name = sorted(surfaces.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
            label = sorted(labels[key].items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
            target = discovered_id(name)
            names[target] = (name, label)
        for surface in surfaces:
            mapping[discovered_id(surface)] = target
    return mapping, names


def select_actors(
    registry: Registry,
    names: dict[str, tuple[str, str]],
    mentions: Sequence[Mention],
    participants: set[str],
    min_mentions: int,
    min_articles: int,
) -> tuple[Actor, ...]:
    """Registry actors that are mentioned, plus discovered actors with enough evidence."""
    counts = Counter(m.actor_id for m in mentions)
    articles: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        articles[m.actor_id].add(m.article_id)
    chosen = [a for a in registry.actors if counts[a.id] or a.id in participants]
    taken = {a.id for a in registry.actors}
    for actor_id, (name, label) in sorted(names.items()):
        if actor_id in taken:
            continue
        strong = (
            counts[actor_id] >= min_mentions
            or len(articles[actor_id]) >= min_articles
            or actor_id in participants
        )
        if strong:
            chosen.append(Actor(id=actor_id, name=name, kind=guess_kind(name, label), curated=False))
    return tuple(sorted(chosen, key=lambda a: a.id))


def all_discovered(extractions: Sequence[Extraction]) -> tuple[DiscoveredName, ...]:
    return tuple(d for e in extractions for d in e.discovered)
