"""Indexes over the knowledge base, built once per render, and the references between pages."""
from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from dataclasses import replace

from slugify import slugify

from generator.config import Settings
from generator.model import ROLES, Actor, DateValue, Event, KnowledgeBase, Mention, Registry
from generator.render.context import ActorRow, EventRow, Ref, page_path


class Lookup:
    """Indexes over the knowledge base, built once per render."""

    def __init__(self, kb: KnowledgeBase, registry: Registry, settings: Settings) -> None:
        self.kb = kb
        self.settings = settings
        self.actors = {a.id: a for a in kb.actors}
        self.parents = {a.id: a.parent for a in kb.actors if a.parent}  # unit -> organisation
        self.registry = registry.by_id()
        self.articles = {a.id: a for a in kb.articles}
        self.events = sorted(kb.events, key=lambda e: (date_key(e.date), e.id))
        self.sentences = {(x.article_id, s.index): s for x in kb.extractions for s in x.sentences}
        self.mentions_by_actor: dict[str, list[Mention]] = defaultdict(list)
        self.mentions_by_article: dict[str, list[Mention]] = defaultdict(list)
        for m in sorted(kb.mentions):
            if m.actor_id in self.actors:
                self.mentions_by_actor[m.actor_id].append(m)
                self.mentions_by_article[m.article_id].append(m)
        self.events_by_actor: dict[str, list[Event]] = defaultdict(list)
        self.events_by_article: dict[str, list[Event]] = defaultdict(list)
        self.events_by_place: dict[str, list[Event]] = defaultdict(list)
        for event in self.events:
            for actor_id in sorted({p.actor_id for p in event.participants}):
                self.events_by_actor[actor_id].append(event)
            for article_id in sorted({s.article_id for s in event.sources}):
                self.events_by_article[article_id].append(event)
            if event.place:
                self.events_by_place[place_key(event.place)].append(event)
        self.outlets = outlet_names(kb.articles)
        self.place_names = place_names(self.events)  # place key -> the spelling most events use
        self.place_slugs = place_slugs(self.place_names)  # place key -> slug of its page
        self._actor_refs: dict[str, Ref] = {}
        self._rows: dict[str, EventRow] = {}
        self._windows: dict[tuple[str, str], tuple[list[Event], list[int], int]] = {}

    def near(self, kind: str, key: str, date: DateValue, days: int) -> list[Event]:
        """Dated events of an actor (`kind` "actor") or a place ("place") whose dates come within
        `days` of `date`: a window of the events sorted by start, found by bisection."""
        window = self._windows.get((kind, key))
        if window is None:
            source = self.events_by_actor if kind == "actor" else self.events_by_place
            dated = [e for e in source.get(key, []) if e.date is not None]
            dated.sort(key=lambda e: (e.date.start, e.date.end, e.id))
            starts = [e.date.start.toordinal() for e in dated]
            span = max((e.date.end.toordinal() - e.date.start.toordinal() for e in dated), default=0)
            window = self._windows[(kind, key)] = (dated, starts, span)
        dated, starts, span = window
        lo = bisect_left(starts, date.start.toordinal() - days - span)
        hi = bisect_right(starts, date.end.toordinal() + days)
        return dated[lo:hi]

    def outlet(self, article_id: str) -> str | None:
        """The article's outlet under one spelling for all its articles ("The X" and "X" are one)."""
        return self.outlets.get(article_id)

    def actor_ref(self, actor_id: str) -> Ref:
        ref = self._actor_refs.get(actor_id)
        if ref is None:
            actor = self.actors.get(actor_id)
            if actor is not None:
                ref = Ref(page_path(self.settings.actors_dir, actor_id), actor.name)
            else:
                ref = Ref(None, actor_name(self.registry.get(actor_id), actor_id))
            self._actor_refs[actor_id] = ref
        return ref

    def actor_refs(self, actor_ids) -> tuple[Ref, ...]:
        """Refs of several actors, sorted by name."""
        refs = (self.actor_ref(a) for a in sorted(set(actor_ids)))
        return tuple(sorted(refs, key=lambda r: (r.label.casefold(), r.label, r.path or "")))

    def event_ref(self, event: Event) -> Ref:
        return Ref(page_path(self.settings.events_dir, event.id), event.title or event.id)

    def article_ref(self, article_id: str) -> Ref:
        article = self.articles.get(article_id)
        if article is None:
            return Ref(None, article_id)
        return Ref(page_path(self.settings.articles_dir, article_id), article.title or article_id)

    def index_ref(self, folder: str, label: str, name: str = "index") -> Ref:
        return Ref(f"{folder}/{name}.md", label)

    def event_row(self, event: Event, actor_id: str | None = None) -> EventRow:
        row = self._rows.get(event.id)
        if row is None:
            ids = tuple(sorted({p.actor_id for p in event.participants}))
            articles = {s.article_id for s in event.sources}
            row = self._rows[event.id] = EventRow(self.event_ref(event), event.type, event.date, event.place,
                                                  len(articles), (), self.actor_refs(ids), ids)
        if actor_id is None:
            return row
        roles = tuple(r for r in ROLES if any(p.actor_id == actor_id and p.role == r for p in event.participants))
        return replace(row, roles=roles)

    def actor_row(self, actor_id: str) -> ActorRow:
        mentions = self.mentions_by_actor.get(actor_id, [])
        return ActorRow(
            self.actor_ref(actor_id),
            self.actors[actor_id].kind,
            self.actors[actor_id].curated,
            len(self.events_by_actor.get(actor_id, [])),
            len(mentions),
            len({m.article_id for m in mentions}),
        )


def place_names(events) -> dict[str, str]:
    """Place key -> the spelling most events use (then the first in sort order)."""
    spellings: dict[str, Counter] = defaultdict(Counter)
    for event in events:
        if event.place and event.place.strip():
            spellings[place_key(event.place)][" ".join(event.place.split())] += 1
    return {key: sorted(c, key=lambda n: (-c[n], n))[0] for key, c in spellings.items()}


def place_slugs(names: dict[str, str]) -> dict[str, str]:
    """Place key -> a unique slug ("Torkham" -> "torkham"; a clash gets "-2", "-3" ...)."""
    out: dict[str, str] = {}
    used: set[str] = set()
    for key in sorted(names):
        base = slugify(names[key]) or "place"
        slug, n = base, 1
        while slug in used:
            n += 1
            slug = f"{base}-{n}"
        used.add(slug)
        out[key] = slug
    return out


def outlet_key(name: str) -> str:
    """"The Margalla Post", "Margalla Post" and "margalla  post" -> "margalla post"."""
    words = name.split()
    if len(words) > 1 and words[0].casefold() == "the":
        words = words[1:]
    return " ".join(words).casefold()


def outlet_names(articles) -> dict[str, str]:
    """Article id -> its outlet's name, one spelling per outlet: the one most articles use, on a
    tie the one with "The", then the first in sort order."""
    spellings: dict[str, Counter] = defaultdict(Counter)
    for a in articles:
        if a.outlet and a.outlet.strip():
            spellings[outlet_key(a.outlet)][" ".join(a.outlet.split())] += 1
    chosen = {key: sorted(c, key=lambda n: (-c[n], not n.casefold().startswith("the "), n))[0]
              for key, c in spellings.items()}
    return {a.id: chosen[outlet_key(a.outlet)] for a in articles if a.outlet and a.outlet.strip()}


def date_key(value: DateValue | None) -> tuple:
    """Chronological sort key; missing dates last."""
    if value is None:
        return (1, dt.date.max, dt.date.max)
    return (0, value.start, value.end)


def place_key(place: str) -> str:
    return " ".join(place.split()).casefold()


def actor_name(actor: Actor | None, actor_id: str) -> str:
    return actor.name if actor is not None else actor_id
