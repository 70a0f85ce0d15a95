"""Page contexts: one frozen dataclass per page kind, built from the knowledge base.

Everything a template receives is in these classes (as `page`). Text fields hold raw, untrusted
text; the templates escape it with the `md` / `fm_title` filters. A `Ref` with `path=None` is an
entity without a page: templates show its label without a link, so every link resolves.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from .config import Settings
from .model import ROLES, Actor, DateValue, Event, KnowledgeBase, Mention, Registry


@dataclass(frozen=True)
class Ref:
    """A link to a generated page, or just a name when `path` is None."""

    path: str | None  # docs-relative posix path, e.g. "actors/haqqani-network.md"
    label: str  # text to show (untrusted)


@dataclass(frozen=True)
class Piece:
    """A run of paragraph text, linked to `ref` when it names an actor."""

    text: str
    ref: Ref | None = None


@dataclass(frozen=True)
class EventRow:
    """An event in a table or list."""

    ref: Ref
    type: str  # one of EVENT_TYPES
    date: DateValue | None
    place: str | None
    sources: int  # number of reports
    roles: tuple[str, ...] = ()  # roles of the actor whose page lists it


@dataclass(frozen=True)
class ActorRow:
    """An actor in a table."""

    ref: Ref
    kind: str
    curated: bool
    events: int  # events it takes part in
    mentions: int  # mentions in all articles
    articles: int  # articles that mention it


@dataclass(frozen=True)
class KindGroup:
    kind: str  # one of ACTOR_KINDS (or an unknown kind, sorted last)
    actors: tuple[ActorRow, ...]


@dataclass(frozen=True)
class Alias:
    text: str
    mentions: int  # how often this exact surface form was seen (0: registry alias only)


@dataclass(frozen=True)
class Related:
    """Another actor that shares events with the page's actor."""

    ref: Ref
    events: int  # shared events
    relations: tuple[tuple[str, int], ...]  # ("against" | "targeted_by" | "alongside", events)


@dataclass(frozen=True)
class MentioningArticle:
    ref: Ref
    outlet: str | None
    published: DateValue | None
    mentions: int
    snippet: str  # the first sentence of the article that mentions the actor


@dataclass(frozen=True)
class MentionedActor:
    ref: Ref
    mentions: int


@dataclass(frozen=True)
class RoleGroup:
    role: str  # one of ROLES
    actors: tuple[Ref, ...]


@dataclass(frozen=True)
class Source:
    """One article's report of an event."""

    article: Ref
    outlet: str | None
    published: DateValue | None
    evidence: str  # the sentence (untrusted)
    trigger: str
    date: DateValue | None  # the date this source gives
    claimed_by: Ref | None
    killed: str | None
    wounded: str | None


@dataclass(frozen=True)
class Figure:
    value: str  # a casualty figure as stated ("at least 28")
    articles: tuple[Ref, ...]  # the sources that state it


@dataclass(frozen=True)
class Disagreement:
    field: str  # "killed" | "wounded"
    figures: tuple[Figure, ...]


@dataclass(frozen=True)
class MonthGroup:
    month: DateValue | None  # month precision; None: the month is not known
    events: tuple[EventRow, ...]


@dataclass(frozen=True)
class YearGroup:
    year: int
    months: tuple[MonthGroup, ...]


@dataclass(frozen=True)
class ArticleRow:
    ref: Ref
    outlet: str | None
    published: DateValue | None
    events: int


# --- pages ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class HomePage:
    path: str
    title: str
    articles: int
    actors: int
    events: int
    undated: int  # events without a date
    first: DateValue | None  # date of the earliest event
    last: DateValue | None  # date of the latest event
    latest: tuple[EventRow, ...]  # newest dated events first
    active: tuple[ActorRow, ...]  # most events, then most mentions, then id
    actors_index: Ref
    events_index: Ref
    articles_index: Ref


@dataclass(frozen=True)
class ActorsIndexPage:
    path: str
    title: str
    total: int
    groups: tuple[KindGroup, ...]  # in ACTOR_KINDS order


@dataclass(frozen=True)
class ActorPage:
    path: str
    title: str  # the actor's name
    kind: str
    curated: bool
    description: str
    aliases: tuple[Alias, ...]
    country: Ref | None
    parent: Ref | None
    links: tuple[str, ...]  # http(s) URLs only
    mentions: int
    first_seen: DateValue | None
    last_seen: DateValue | None
    events: tuple[EventRow, ...]  # chronological
    related: tuple[Related, ...]
    articles: tuple[MentioningArticle, ...]
    index: Ref


@dataclass(frozen=True)
class EventsIndexPage:
    path: str
    title: str
    total: int
    years: tuple[YearGroup, ...]
    undated: tuple[EventRow, ...]


@dataclass(frozen=True)
class EventPage:
    path: str
    title: str
    type: str
    date: DateValue | None
    place: str | None
    roles: tuple[RoleGroup, ...]  # in ROLES order, only roles with actors
    sources: tuple[Source, ...]
    disagreements: tuple[Disagreement, ...]
    index: Ref


@dataclass(frozen=True)
class ArticlesIndexPage:
    path: str
    title: str
    total: int
    rows: tuple[ArticleRow, ...]  # by publication date, unknown dates last


@dataclass(frozen=True)
class ArticlePage:
    path: str
    title: str
    source_path: str
    outlet: str | None
    url: str | None  # http(s) only
    dateline: str | None
    wire: str | None
    byline: str | None
    published: DateValue | None
    retrieved: DateValue | None
    paragraphs: tuple[tuple[Piece, ...], ...]
    actors: tuple[MentionedActor, ...]
    events: tuple[EventRow, ...]
    index: Ref


def page_path(folder: str, entity_id: str) -> str:
    # An entity called "index" must not take the place of the folder's index page.
    name = f"{entity_id}-entity" if entity_id == "index" else entity_id
    return f"{folder}/{name}.md"


class Lookup:
    """Indexes over the knowledge base, built once per render."""

    def __init__(self, kb: KnowledgeBase, registry: Registry, settings: Settings) -> None:
        self.kb = kb
        self.settings = settings
        self.actors = {a.id: a for a in kb.actors}
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
        for event in self.events:
            for actor_id in sorted({p.actor_id for p in event.participants}):
                self.events_by_actor[actor_id].append(event)
            for article_id in sorted({s.article_id for s in event.sources}):
                self.events_by_article[article_id].append(event)

    def actor_ref(self, actor_id: str) -> Ref:
        actor = self.actors.get(actor_id)
        if actor is not None:
            return Ref(page_path(self.settings.actors_dir, actor_id), actor.name)
        return Ref(None, actor_name(self.registry.get(actor_id), actor_id))

    def event_ref(self, event: Event) -> Ref:
        return Ref(page_path(self.settings.events_dir, event.id), event.title or event.id)

    def article_ref(self, article_id: str) -> Ref:
        article = self.articles.get(article_id)
        if article is None:
            return Ref(None, article_id)
        return Ref(page_path(self.settings.articles_dir, article_id), article.title or article_id)

    def index_ref(self, folder: str, label: str) -> Ref:
        return Ref(f"{folder}/index.md", label)

    def event_row(self, event: Event, actor_id: str | None = None) -> EventRow:
        roles = ()
        if actor_id is not None:
            roles = tuple(r for r in ROLES if any(p.actor_id == actor_id and p.role == r for p in event.participants))
        articles = {s.article_id for s in event.sources}
        return EventRow(self.event_ref(event), event.type, event.date, event.place, len(articles), roles)

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


def date_key(value: DateValue | None) -> tuple:
    """Chronological sort key; missing dates last."""
    if value is None:
        return (1, dt.date.max, dt.date.max)
    return (0, value.start, value.end)


def actor_name(actor: Actor | None, actor_id: str) -> str:
    return actor.name if actor is not None else actor_id
