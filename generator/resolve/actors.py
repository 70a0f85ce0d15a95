"""Corpus-wide actor resolution: discovered names -> canonical actors, kinds, thresholds."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from generator import gazetteer
from generator.extract import knowledge
from generator.model import ACTOR_KINDS, Actor, DiscoveredName, Extraction, Mention, Registry

_GROUP_WORDS = ("ansar|harkat|hezb|hizb|ittehad|ittihad|jaish|jamaat|jamiat|lashkar|mahaz|sipah|tahreek|"
                "tanzeem|tehreek|tehrik")
# Name cues, strongest first; the first that matches any form of an actor decides its kind.
_KIND_CUES: tuple[tuple[str, str], ...] = (
    (r"\b(party|league|tehreek-e-insaf|people's party)\b", "political_party"),
    (rf"\b(network|front|taliban|{_GROUP_WORDS}|brigade|militia|mujahideen|al[- ]qa'?[ei]?da|"
     r"islamic state|isis|isil|daesh|insurgents?|militants?)\b", "armed_group"),
    (r"\b(united nations|nato|world|european|organi[sz]ation of|red cross|red crescent|"
     r"security council|assistance mission|quadrilateral|trilateral|coordination group|contact group|"
     r"african union|arab league)\b|^un\b|^u\.n\.", "international_org"),
    (r"\b(government|administration|cabinet|congress|parliament|senate|national assembly)\b", "government"),
    (r"\b(ministry|department|directorate|agency|commission|police|army|forces|corps|court|council|"
     r"intelligence|bureau|office|command|guard|guards|inter-services|authority|committee)\b", "government_agency"),
)
_HYPHEN_CUE = re.compile(r"-(?:e|i|ul)-")
_FIXED = {"PERSON": "person", "STATE": "state", "GOVERNMENT": "government", "FORCES": "government_agency",
          "GROUP": "armed_group"}


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
    return kind_from_evidence(Counter({name: 1}), Counter({label: 1}))


def kind_from_evidence(forms: Counter, labels: Counter) -> str:
    """The kind of an actor from all its surface forms and the NER labels they got.

    A kind already decided by extraction (a country, a capital's government, forces) wins;
    then the strongest name cue found in any form ("Ministry", "Network", "-e-", "Party");
    then PERSON when most forms were tagged as people; else other_org.
    """
    for label in sorted(labels, key=lambda k: (-labels[k], k)):
        if label in ACTOR_KINDS:
            return label
        if label in _FIXED and label != "PERSON":
            return _FIXED[label]
    lowered = [f.casefold() for f in sorted(forms)]
    people = labels.get("PERSON", 0) * 2 > sum(labels.values())
    for pattern, kind in _KIND_CUES:
        if any(re.search(pattern, f) for f in lowered):
            return kind
    if people:
        return "person"
    if any(_HYPHEN_CUE.search(f) for f in lowered):
        return "armed_group"
    return "other_org"


_GROUP_HEADS = ("network", "group", "faction", "movement", "family", "clan")
_NOT_INITIALS = frozenset(("of", "in", "the", "for", "and", "on", "to", "e", "i", "ul", "ud", "al"))


def initials(name: str) -> str:
    """Initials of the capitalised words and hyphen parts: "Tehrik-e-Taliban Pakistan" -> "TTP"."""
    words = [w for w in re.split(r"[\s\-]+", name) if w]
    return "".join(w[0] for w in words if w not in _NOT_INITIALS and w[:1].isupper()).upper()


def _is_acronym(name: str) -> bool:
    """"NDS", "PML-N", "LeJ": short, letters only, starting and ending with a capital."""
    letters = name.replace("-", "").replace(".", "")
    capitals = sum(c.isupper() for c in letters)
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters[0].isupper() and letters[-1].isupper() \
        and capitals * 2 > len(letters)


def _capitals(name: str) -> str:
    return "".join(c for c in name if c.isupper())


def distinct_keys(registry: Registry) -> set[frozenset[str]]:
    """Pairs of variant keys the curator declared to be different actors."""
    return {frozenset((variant_key(a), variant_key(b))) for a, b in registry.distinct}


def discovered_aliases(
    discovered: Iterable[DiscoveredName], registry: Registry
) -> tuple[dict[str, str], dict[str, tuple[str, str]]]:
    """Map each discovered id to its canonical id, and name each canonical discovered actor.

    Returns (mapping discovered id -> canonical id, canonical id -> (name, kind)).
    Names whose variant keys coincide are one actor; a name that matches a registry name or
    alias is that actor (the curator wins). Across the corpus, a plural ("Haqqanis") joins
    the group named after it ("Haqqani Network") and an acronym joins the only name with
    those initials ("AQIS"). Names the registry ignores map to "" (no actor); pairs the
    registry declares `distinct` are never merged.
    """
    from generator.extract.actors import discovered_id

    apart = distinct_keys(registry)
    ignored = {variant_key(n) for n in registry.ignore}
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
    known: dict[str, knowledge.Known] = {}  # key -> built-in entry (when the registry does not know it)
    for key, surfaces in by_key.items():
        entry = next((e for e in map(knowledge.lookup, sorted(surfaces)) if e is not None), None)
        if entry is not None and key not in registry_keys:
            known[key] = entry
    parent: dict[str, str] = {}  # key -> key of the group it joins
    by_initials: dict[str, set[str]] = defaultdict(set)
    for key, surfaces in by_key.items():
        name = _best(surfaces)
        if " " in name or "-" in name:
            by_initials[initials(name)].add(key)
    surnames: dict[str, set[str]] = defaultdict(set)  # surname key -> keys of people named in full
    for key, surfaces in by_key.items():
        words = _best(surfaces).split()
        if len(words) >= 2 and labels[key].get("PERSON", 0) * 2 > sum(labels[key].values()):
            surnames[variant_key(re.sub(r"^(?:al|el)-", "", words[-1], flags=re.IGNORECASE))].add(key)
    for key in sorted(by_key):
        if key in registry_keys or key in ignored or key in known:
            continue
        name = _best(by_key[key])
        joins = None
        if " " not in name and len(surnames.get(key, ())) == 1 and key not in surnames[key]:
            joins = next(iter(surnames[key]))  # "Trump" where only "Donald Trump" is named in full
            labels[key] = Counter({"PERSON": sum(labels[key].values())})
        elif name.endswith("s") and " " not in name:
            heads = [key[:-1] + h for h in _GROUP_HEADS]
            joins = next((h for h in heads if h in by_key or h in registry_keys), None)
        elif _is_acronym(name):
            longs = by_initials.get(_capitals(name), set())
            joins = next(iter(longs)) if len(longs) == 1 else None
        if joins is not None and frozenset((key, joins)) not in apart:
            parent[key] = joins
    mapping: dict[str, str] = {}
    names: dict[str, tuple[str, str]] = {}
    forms: dict[str, Counter] = defaultdict(Counter)
    kinds: dict[str, Counter] = defaultdict(Counter)
    targets: dict[str, str] = {}
    for key in sorted(by_key):
        root = parent.get(key, key)
        if key in ignored:
            target = ""  # the curator's decision
        elif root in registry_keys:
            target = registry_keys[root]
        elif root in known:
            entry = known[root]
            curated = [registry_keys[k] for k in map(variant_key, (entry.name, *entry.aliases)) if k in registry_keys]
            if curated:
                target = curated[0]  # the registry knows the entry by another of its names
            else:
                target = discovered_id(entry.name)
                forms[target].update(by_key[key])
                kinds[target].update({entry.kind: 1000})
                names[target] = (entry.name, "")
        elif root == key and set(labels[key]) == {"NORP"}:
            target = ""  # a plural ("Haqqanis") with no group to join
        else:
            target = discovered_id(_best(by_key[root]))
            forms[target].update(by_key[key])
            kinds[target].update(labels[key])
            if root == key:
                names[target] = (_best(by_key[key]), "")
        targets[key] = target
        for surface in by_key[key]:
            mapping[discovered_id(surface)] = target
    for target, (name, _) in names.items():
        names[target] = (name, kind_from_evidence(forms[target], kinds[target]))
    return mapping, names


def _best(surfaces: Counter) -> str:
    """The canonical form: the most frequent, then the longest, then the first alphabetically."""
    return sorted(surfaces.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0][0]


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
            or (label.lower() == "person" and len(name.split()) >= 2 and counts[actor_id] >= 1)
            or (counts[actor_id] >= 1 and _certain(name, label))
        )
        if strong:
            chosen.append(Actor(id=actor_id, name=name, kind=guess_kind(name, label), curated=False))
    return tuple(sorted(chosen, key=lambda a: a.id))


def _certain(name: str, kind: str) -> bool:
    """An actor that needs one mention: a state or government from the gazetteer, a name of the
    built-in knowledge, a nationality's forces or a group described by its backer."""
    if kind in ("state", "government") or knowledge.lookup(name) is not None:
        return True
    words = name.split()
    if kind == "government_agency" and (words[0] in gazetteer.DEMONYMS or gazetteer.country(words[0])) \
            and words[-1] in ("forces", "Navy", "Guard", "Force"):
        return True
    if kind == "government_agency" and " Ministry of " in name and gazetteer.country(name.split(" Ministry of ")[0]):
        return True  # "Iraq Ministry of Health", from "the Iraqi health ministry"
    if kind in ("other_org", "government_agency") and _institution(words):
        return True  # "Kenya Red Cross", "Garissa University College", "Federal Aviation Administration"
    return kind == "armed_group" and (name.startswith("Pro-") or name.endswith((" rebels", " separatists")))


# Heads of a full institutional name: named once, it is still an actor of the story.
_INSTITUTION_HEADS = frozenset(("university", "college", "hospital", "cross", "crescent", "ministry", "council",
                                "commission", "administration", "institute", "committee", "cell"))
_JOINERS = frozenset(("of", "for", "and", "the", "on", "in", "&"))


def _institution(words: list[str]) -> bool:
    """Three or more words, capitalised but for joiners, ending in an institution's head:
    "Kenya Police College", "National Security and Defense Council"."""
    return len(words) >= 3 and words[-1].casefold() in _INSTITUTION_HEADS \
        and all(w[:1].isupper() or w in _JOINERS for w in words) and words[0] not in _JOINERS


def all_discovered(extractions: Sequence[Extraction]) -> tuple[DiscoveredName, ...]:
    return tuple(d for e in extractions for d in e.discovered)
