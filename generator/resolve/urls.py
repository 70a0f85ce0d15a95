"""Stable URLs: the memory of earlier builds (the URL map) and the ids it keeps.

A page's URL is its entity's id. Ids are computed from content (an article's file name, an
actor's name, an event's date and title); where two entities would get the same id, the one a
previous build already published under it keeps it and the newcomer gets `-2`, `-3` ... with a
warning. Which entity is "the same" as in the previous build is decided by its evidence:

- an article by its file path (see `read.articles.unique_ids`);
- an event by the reports it is made of (`article path#sentence:trigger`), matched only to a
  previous event with the same computed id before its suffix (same date and title);
- an actor by its mentions (`article path#sentence:offset`);
- a moved or renamed article file by its content (sha256), for its redirect.

Where an id must change (an actor renamed, two events merged, an event whose date or title
changed), the old page redirects to the entity that now holds most of its evidence; redirects
are kept from build to build (followed to the live page) and written by mkdocs-redirects.

The map is JSON with sorted keys (`to_json` / `from_json`); two builds of the same input give
the same bytes. Everything here is pure.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from generator.model import Event, KnowledgeBase, Problem
from generator.resolve.events import event_slug

VERSION = 1
EVIDENCE_KEYS = 64  # evidence kept per entity in the map: enough to recognise it, a small file


@dataclass(frozen=True)
class Known:
    """An entity of the previous build: the id before any suffix, and its evidence."""

    base: str
    evidence: frozenset[str]


@dataclass(frozen=True)
class UrlMap:
    articles: Mapping[str, str] = field(default_factory=dict)  # article path -> id
    actors: Mapping[str, Known] = field(default_factory=dict)  # id -> evidence
    events: Mapping[str, Known] = field(default_factory=dict)  # id -> base, evidence
    redirects: Mapping[str, str] = field(default_factory=dict)  # old page -> live page ("events/x.md")
    contents: Mapping[str, str] = field(default_factory=dict)  # article id -> sha256 of its file


class UrlMapError(ValueError):
    """A URL map file that is not what `to_json` writes: `line` is 1-based."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(f"line {line}: {message}")
        self.line = line
        self.message = message


def to_json(url_map: UrlMap) -> str:
    def known(entries: Mapping[str, Known]) -> dict:
        return {k: {"base": v.base, "evidence": sorted(v.evidence)[:EVIDENCE_KEYS]} for k, v in entries.items()}

    data = {
        "about": "reportsite URL map: which page keeps which URL across builds; commit it with the site",
        "version": VERSION,
        "articles": dict(url_map.articles),
        "actors": known(url_map.actors),
        "events": known(url_map.events),
        "redirects": dict(url_map.redirects),
        "contents": dict(url_map.contents),
    }
    return json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def from_json(text: str) -> UrlMap:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise UrlMapError(err.lineno, f"not JSON: {err.msg}") from None
    if not isinstance(data, dict) or data.get("version") != VERSION:
        raise UrlMapError(1, f"not a reportsite URL map of version {VERSION}")

    def strings(key: str) -> dict[str, str]:
        value = data.get(key, {})
        if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
            raise UrlMapError(_line_of(text, key), f"`{key}` must map text to text")
        return value

    def known(key: str) -> dict[str, Known]:
        value = data.get(key, {})
        try:
            return {k: Known(str(v["base"]), frozenset(map(str, v["evidence"]))) for k, v in value.items()}
        except (AttributeError, KeyError, TypeError):
            raise UrlMapError(_line_of(text, key), f"`{key}` must map ids to {{base, evidence}}") from None

    return UrlMap(strings("articles"), known("actors"), known("events"), strings("redirects"), strings("contents"))


def _line_of(text: str, key: str) -> int:
    at = text.find(f'"{key}"')
    return text.count("\n", 0, at) + 1 if at >= 0 else 1


def _suffix_of(entity_id: str, base: str) -> bool:
    return entity_id == base or re.fullmatch(rf"{re.escape(base)}-\d+", entity_id) is not None


def keep_ids(
    new: Sequence[tuple[str, frozenset[str]]], previous: Mapping[str, Known], reserved: set[str]
) -> tuple[list[str], list[int]]:
    """Ids for `new` entities given as (base, evidence), in their order: an entity keeps the id
    of the previous entity with the same base that shares most evidence with it; the others get
    the base, or `base-2`, `base-3` ... when it is taken or `reserved`. Also returns the indexes
    of the newcomers that got a suffix because an earlier entity holds their base."""
    by_base: dict[str, list[str]] = defaultdict(list)
    for old_id, known in previous.items():
        if _suffix_of(old_id, known.base):
            by_base[known.base].append(old_id)
    pairs = sorted(
        (-len(evidence & previous[old_id].evidence), old_id, i)
        for i, (base, evidence) in enumerate(new) for old_id in by_base.get(base, ())
        if evidence & previous[old_id].evidence
    )
    ids: list[str | None] = [None] * len(new)
    used: set[str] = set()
    for _, old_id, i in pairs:
        if ids[i] is None and old_id not in used:
            ids[i] = old_id
            used.add(old_id)
    taken = used | reserved
    pushed: list[int] = []
    for i, (base, _) in enumerate(new):
        if ids[i] is not None:
            continue
        candidate, n = base, 1
        while candidate in taken:
            n += 1
            candidate = f"{base}-{n}"
        if n > 1 and base in used:
            pushed.append(i)
        ids[i] = candidate
        taken.add(candidate)
    return [i for i in ids if i is not None], pushed


def moved(previous: Mapping[str, Known], live: Mapping[str, frozenset[str]]) -> dict[str, str]:
    """Previous ids that are gone -> the live id holding most of their evidence (if any)."""
    holders: dict[str, set[str]] = defaultdict(set)
    for entity_id, evidence in live.items():
        for key in evidence:
            holders[key].add(entity_id)
    found: dict[str, str] = {}
    for old_id, known in sorted(previous.items()):
        if old_id in live:
            continue
        counts: dict[str, int] = defaultdict(int)
        for key in known.evidence:
            for entity_id in holders.get(key, ()):
                counts[entity_id] += 1
        if counts:
            found[old_id] = min(counts, key=lambda e: (-counts[e], e))
    return found


def event_evidence(event: Event, paths: Mapping[str, str]) -> frozenset[str]:
    return frozenset(f"{paths.get(s.article_id, s.article_id)}#{s.sentence}:{s.trigger}" for s in event.sources)


def _sample(evidence: frozenset[str]) -> frozenset[str]:
    return frozenset(sorted(evidence)[:EVIDENCE_KEYS])


def stable_urls(
    kb: KnowledgeBase, previous: UrlMap, folders: Mapping[str, str], page_path
) -> tuple[KnowledgeBase, UrlMap, tuple[Problem, ...]]:
    """The knowledge base with event ids kept from the previous build, the new URL map (with
    redirects for every page whose URL changed) and a warning per newcomer pushed to `-N`.
    `folders` gives the docs folders of "actors", "articles" and "events"; `page_path(folder, id)`
    the page."""
    paths = {a.id: a.path for a in kb.articles}
    body_lines = {a.id: a.body_line for a in kb.articles}
    bases = [event_slug(e.date, e.title) for e in kb.events]
    evidence = [event_evidence(e, paths) for e in kb.events]
    # A newcomer never takes a URL that redirects, or one whose event lives on in another
    # (merged or retitled): that URL is about to redirect.
    folder = f"{folders['events']}/"
    reserved = {old.removeprefix(folder).removesuffix(".md") for old in previous.redirects if old.startswith(folder)}
    all_evidence = frozenset().union(*evidence) if evidence else frozenset()
    reserved |= {i for i, known in previous.events.items() if known.evidence & all_evidence}
    ids, pushed = keep_ids(list(zip(bases, evidence)), previous.events, reserved)
    events = [replace(e, id=i) for e, i in zip(kb.events, ids)]
    problems = []
    for i in pushed:
        source = kb.events[i].sources[0]
        problems.append(Problem(
            paths.get(source.article_id, source.article_id), body_lines.get(source.article_id, 1),
            f"event {events[i].title!r} gets the URL {page_path(folders['events'], ids[i])}: "
            f"{page_path(folders['events'], bases[i])} stays with the event published there before",
        ))
    events.sort(key=lambda e: (e.date is None, e.date.start.isoformat() if e.date else "", e.id))
    live_events = {i: _sample(ev) for i, ev in zip(ids, evidence)}

    mentions: dict[str, set[str]] = defaultdict(set)
    for m in kb.mentions:
        if m.sentence >= 0:
            mentions[m.actor_id].add(f"{paths.get(m.article_id, m.article_id)}#{m.sentence}:{m.start}")
    live_actors = {a.id: _sample(frozenset(mentions.get(a.id, ()))) for a in kb.actors}

    redirects: dict[str, str] = dict(previous.redirects)
    by_content = {a.content_hash: a.id for a in sorted(kb.articles, key=lambda a: a.id)}
    live_articles = {a.id for a in kb.articles}
    for old_id, digest in sorted(previous.contents.items()):
        if old_id not in live_articles and by_content.get(digest):
            redirects[page_path(folders["articles"], old_id)] = page_path(folders["articles"], by_content[digest])
    for kind, prev, live in (("events", previous.events, live_events), ("actors", previous.actors, live_actors)):
        for old_id, new_id in moved(prev, live).items():
            redirects[page_path(folders[kind], old_id)] = page_path(folders[kind], new_id)
    live_pages = {page_path(folders["events"], i) for i in live_events} | {
        page_path(folders["actors"], i) for i in live_actors} | {
        page_path(folders["articles"], i) for i in live_articles}
    redirects = _settle(redirects, live_pages)
    new_map = UrlMap(
        articles={a.path: a.id for a in kb.articles},
        actors={i: Known(i, ev) for i, ev in live_actors.items()},
        events={i: Known(b, live_events[i]) for i, b in zip(ids, bases)},
        redirects=redirects,
        contents={a.id: a.content_hash for a in kb.articles},
    )
    return replace(kb, events=tuple(events), problems=(*kb.problems, *problems)), new_map, tuple(problems)


def _settle(redirects: Mapping[str, str], live: set[str]) -> dict[str, str]:
    """Redirects followed to a live page; those from a live page or to no live page dropped."""
    settled: dict[str, str] = {}
    for old in sorted(redirects):
        if old in live:
            continue
        target, seen = redirects[old], {old}
        while target in redirects and target not in live and target not in seen:
            seen.add(target)
            target = redirects[target]
        if target in live:
            settled[old] = target
    return dict(sorted(settled.items()))
