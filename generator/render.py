"""Render the knowledge base into Markdown pages: contexts -> Jinja2 templates -> text.

`render_site` is pure apart from loading templates: it returns {docs-relative path: Markdown}.
Lookups are computed once (`Lookup`), then one context per page (see render_context.py).
"""
from __future__ import annotations

import calendar
import datetime as dt
import logging
from collections import Counter, defaultdict
from pathlib import Path

import jinja2

from .config import Settings
from .filters import FILTERS, safe_url
from .model import ACTOR_KINDS, ROLES, Actor, Article, DateValue, Event, KnowledgeBase, Mention, Registry
from .render_context import (
    ActorPage, ActorRow, ActorsIndexPage, Alias, ArticlePage, ArticleRow, ArticlesIndexPage,
    Disagreement, EventPage, EventRow, EventsIndexPage, Figure, HomePage, KindGroup,
    MentionedActor, MentioningArticle, MonthGroup, Piece, Related, RoleGroup, Source,
    Lookup, YearGroup, date_key, page_path,
)

log = logging.getLogger(__name__)

TEMPLATES = {
    HomePage: "home.md.j2",
    ActorsIndexPage: "actors_index.md.j2",
    ActorPage: "actor.md.j2",
    EventsIndexPage: "events_index.md.j2",
    EventPage: "event.md.j2",
    ArticlesIndexPage: "articles_index.md.j2",
    ArticlePage: "article.md.j2",
}
HOME_LIMIT = 10  # latest events and most active actors on the home page


def templates_dir() -> Path:
    """The bundled templates: `generator/templates` in a wheel, else `<checkout>/templates`."""
    packaged = Path(__file__).resolve().parent / "templates"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "templates"


def make_env(folder: Path) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(folder)),
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # Markdown output; untrusted text goes through the `md` filter
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(FILTERS)
    return env


def render_site(kb: KnowledgeBase, registry: Registry, settings: Settings) -> dict[str, str]:
    """Every generated page: docs-relative posix path -> Markdown text, sorted by path."""
    env = make_env(settings.templates or templates_dir())
    pages: dict[str, str] = {}
    for context in build_contexts(kb, registry, settings):
        if context.path in pages:
            raise ValueError(f"two pages would be written to {context.path}")
        template = env.get_template(TEMPLATES[type(context)])
        pages[context.path] = template.render(page=context)
    log.debug("rendered %d pages", len(pages))
    return dict(sorted(pages.items()))


def build_contexts(kb: KnowledgeBase, registry: Registry, settings: Settings) -> list:
    """One context per page; the order does not matter (render_site sorts by path)."""
    look = Lookup(kb, registry, settings)
    contexts: list = [home(look), actors_index(look), events_index(look), articles_index(look)]
    contexts += [actor_page(look, actor_id) for actor_id in sorted(look.actors)]
    contexts += [event_page(look, event) for event in look.events]
    contexts += [article_page(look, article) for article in sorted(kb.articles, key=lambda a: a.id)]
    return contexts


def home(look: Lookup) -> HomePage:
    dated = [e for e in look.events if e.date is not None]
    first = min((e.date for e in dated), key=lambda d: (d.start, d.end), default=None)
    last = max((e.date for e in dated), key=lambda d: (d.end, d.start), default=None)
    latest = sorted(dated, key=lambda e: (e.date.end, e.date.start, e.id), reverse=True)[:HOME_LIMIT]
    rows = {a: look.actor_row(a) for a in look.actors}
    active = [rows[a] for a in sorted(rows, key=lambda a: (-rows[a].events, -rows[a].mentions, a))][:HOME_LIMIT]
    s = look.settings
    return HomePage(
        path="index.md",
        title="Home",
        articles=len(look.articles),
        actors=len(look.actors),
        events=len(look.events),
        undated=len(look.events) - len(dated),
        first=first,
        last=last,
        latest=tuple(look.event_row(e) for e in latest),
        active=tuple(active),
        actors_index=look.index_ref(s.actors_dir, "Actors"),
        events_index=look.index_ref(s.events_dir, "Events"),
        articles_index=look.index_ref(s.articles_dir, "Articles"),
    )


def actors_index(look: Lookup) -> ActorsIndexPage:
    by_kind: dict[str, list[ActorRow]] = defaultdict(list)
    for actor_id in sorted(look.actors):
        by_kind[look.actors[actor_id].kind].append(look.actor_row(actor_id))
    order = {kind: n for n, kind in enumerate(ACTOR_KINDS)}
    kinds = sorted(by_kind, key=lambda k: (order.get(k, len(order)), k))
    groups = tuple(
        KindGroup(k, tuple(sorted(by_kind[k], key=lambda r: (r.ref.label.casefold(), r.ref.path or ""))))
        for k in kinds
    )
    return ActorsIndexPage(f"{look.settings.actors_dir}/index.md", "Actors", len(look.actors), groups)


def events_index(look: Lookup) -> EventsIndexPage:
    years: dict[int, dict[int | None, list[EventRow]]] = defaultdict(lambda: defaultdict(list))
    undated = []
    for event in look.events:
        if event.date is None:
            undated.append(look.event_row(event))
            continue
        d = event.date
        whole_years = (d.start.month, d.start.day, d.end.month, d.end.day) == (1, 1, 12, 31)
        month = None if d.precision == "year" or (d.precision == "range" and whole_years) else d.start.month
        years[d.start.year][month].append(look.event_row(event))
    groups = []
    for year in sorted(years):
        months = []
        for month in sorted(years[year], key=lambda m: (m is None, m or 0)):
            label = None if month is None else _month_value(year, month)
            months.append(MonthGroup(label, tuple(years[year][month])))
        groups.append(YearGroup(year, tuple(months)))
    return EventsIndexPage(f"{look.settings.events_dir}/index.md", "Events", len(look.events), tuple(groups), tuple(undated))


def _month_value(year: int, month: int) -> DateValue:
    last = calendar.monthrange(year, month)[1]
    return DateValue(dt.date(year, month, 1), dt.date(year, month, last), "month", "explicit")


def _article_key(article: Article) -> tuple:
    return (date_key(article.published), article.id)


def articles_index(look: Lookup) -> ArticlesIndexPage:
    rows = tuple(
        ArticleRow(look.article_ref(a.id), a.outlet, a.published, len(look.events_by_article.get(a.id, [])))
        for a in sorted(look.articles.values(), key=_article_key)
    )
    return ArticlesIndexPage(f"{look.settings.articles_dir}/index.md", "Articles", len(rows), rows)


def _first_and_last(dates: list[DateValue]) -> tuple[DateValue | None, DateValue | None]:
    if not dates:
        return None, None
    first = min(dates, key=lambda d: (d.start, d.end, d.precision, d.basis, d.text))
    last = max(dates, key=lambda d: (d.end, d.start, d.precision, d.basis, d.text))
    return first, last


def _aliases(actor: Actor, mentions: list[Mention]) -> tuple[Alias, ...]:
    seen = Counter(m.text for m in mentions)
    names = (set(actor.aliases) | set(seen)) - {actor.name}
    rows = [Alias(name, seen.get(name, 0)) for name in names if name.strip()]
    return tuple(sorted(rows, key=lambda a: (-a.mentions, a.text.casefold(), a.text)))


def _related(look: Lookup, actor_id: str) -> tuple[Related, ...]:
    counts: dict[str, Counter] = defaultdict(Counter)
    shared: dict[str, set[str]] = defaultdict(set)
    for event in look.events_by_actor.get(actor_id, []):
        mine = {p.role for p in event.participants if p.actor_id == actor_id}
        others: dict[str, set[str]] = defaultdict(set)
        for p in event.participants:
            if p.actor_id != actor_id:
                others[p.actor_id].add(p.role)
        for other, theirs in others.items():
            shared[other].add(event.id)
            against = "initiator" in mine and "target" in theirs
            targeted = "target" in mine and "initiator" in theirs
            counts[other]["against"] += against
            counts[other]["targeted_by"] += targeted
            counts[other]["alongside"] += not (against or targeted)
    order = ("against", "targeted_by", "alongside")
    rows = [
        Related(look.actor_ref(other), len(shared[other]), tuple((r, counts[other][r]) for r in order if counts[other][r]))
        for other in shared
    ]
    return tuple(sorted(rows, key=lambda r: (-r.events, r.ref.label.casefold(), r.ref.path or r.ref.label)))


def actor_page(look: Lookup, actor_id: str) -> ActorPage:
    actor = look.actors[actor_id]
    mentions = look.mentions_by_actor.get(actor_id, [])
    events = look.events_by_actor.get(actor_id, [])
    by_article: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_article[m.article_id].append(m)
    articles = []
    for article in sorted((look.articles[a] for a in by_article if a in look.articles), key=_article_key):
        first = min(by_article[article.id])
        sentence = look.sentences.get((article.id, first.sentence))
        snippet = sentence.text if sentence is not None else first.text
        articles.append(MentioningArticle(look.article_ref(article.id), article.outlet, article.published,
                                          len(by_article[article.id]), snippet))
    dates = [e.date for e in events if e.date is not None]
    dates += [a.published for a in (look.articles.get(x) for x in by_article) if a is not None and a.published]
    first_seen, last_seen = _first_and_last(dates)
    return ActorPage(
        path=page_path(look.settings.actors_dir, actor_id),
        title=actor.name,
        kind=actor.kind,
        curated=actor.curated,
        description=actor.description,
        aliases=_aliases(actor, mentions),
        country=look.actor_ref(actor.country) if actor.country else None,
        parent=look.actor_ref(actor.parent) if actor.parent else None,
        links=tuple(u for u in actor.links if safe_url(u)),
        mentions=len(mentions),
        first_seen=first_seen,
        last_seen=last_seen,
        events=tuple(look.event_row(e, actor_id) for e in events),
        related=_related(look, actor_id),
        articles=tuple(articles),
        index=look.index_ref(look.settings.actors_dir, "all actors"),
    )


def _disagreements(look: Lookup, event: Event) -> tuple[Disagreement, ...]:
    out = []
    for field in ("killed", "wounded"):
        figures: dict[str, set[str]] = defaultdict(set)
        for source in event.sources:
            value = getattr(source.casualties, field)
            if value:
                figures[value.strip()].add(source.article_id)
        if len(figures) > 1:
            out.append(Disagreement(field, tuple(
                Figure(value, tuple(look.article_ref(a) for a in sorted(articles)))
                for value, articles in sorted(figures.items())
            )))
    return tuple(out)


def event_page(look: Lookup, event: Event) -> EventPage:
    roles = []
    for role in ROLES:
        ids = sorted({p.actor_id for p in event.participants if p.role == role})
        if ids:
            refs = sorted((look.actor_ref(i) for i in ids), key=lambda r: (r.label.casefold(), r.path or r.label))
            roles.append(RoleGroup(role, tuple(refs)))
    sources = []
    for s in sorted(event.sources, key=lambda s: (s.article_id, s.sentence)):
        article = look.articles.get(s.article_id)
        sources.append(Source(
            article=look.article_ref(s.article_id),
            outlet=article.outlet if article else None,
            published=article.published if article else None,
            evidence=s.evidence,
            trigger=s.trigger,
            date=s.date,
            claimed_by=look.actor_ref(s.claimed_by) if s.claimed_by else None,
            killed=s.casualties.killed,
            wounded=s.casualties.wounded,
        ))
    return EventPage(
        path=page_path(look.settings.events_dir, event.id),
        title=event.title or event.id,
        type=event.type,
        date=event.date,
        place=event.place,
        roles=tuple(roles),
        sources=tuple(sources),
        disagreements=_disagreements(look, event),
        index=look.index_ref(look.settings.events_dir, "all events"),
    )


def _linked_paragraphs(look: Lookup, article: Article) -> tuple[tuple[Piece, ...], ...]:
    """Split each paragraph into pieces, linking the first mention of each actor per paragraph."""
    spans: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
    for m in look.mentions_by_article.get(article.id, []):
        sentence = look.sentences.get((article.id, m.sentence))
        if sentence is None or not 0 <= sentence.paragraph < len(article.paragraphs):
            continue
        text = article.paragraphs[sentence.paragraph]
        start = sentence.start + m.start
        if text[start:start + len(m.text)] != m.text:
            offset = text.find(sentence.text)  # offsets disagree: find the sentence itself
            start = offset + m.start if offset >= 0 else -1
            if start < 0 or text[start:start + len(m.text)] != m.text:
                continue
        spans[sentence.paragraph].append((start, start + len(m.text), m.actor_id))
    paragraphs = []
    for n, text in enumerate(article.paragraphs):
        pieces, pos, linked = [], 0, set()
        for start, end, actor_id in sorted(spans.get(n, []), key=lambda s: (s[0], -s[1], s[2])):
            if actor_id in linked or start < pos or end <= start:
                continue
            linked.add(actor_id)
            if start > pos:
                pieces.append(Piece(text[pos:start]))
            pieces.append(Piece(text[start:end], look.actor_ref(actor_id)))
            pos = end
        if pos < len(text):
            pieces.append(Piece(text[pos:]))
        if pieces:
            paragraphs.append(tuple(pieces))
    return tuple(paragraphs)


def article_page(look: Lookup, article: Article) -> ArticlePage:
    counts = Counter(m.actor_id for m in look.mentions_by_article.get(article.id, []))
    actors = sorted(counts, key=lambda a: (-counts[a], look.actors[a].name.casefold(), a))
    return ArticlePage(
        path=page_path(look.settings.articles_dir, article.id),
        title=article.title or article.id,
        source_path=article.path,
        outlet=article.outlet,
        url=safe_url(article.url),
        dateline=article.dateline,
        wire=article.wire,
        byline=article.byline,
        published=article.published,
        retrieved=article.retrieved,
        paragraphs=_linked_paragraphs(look, article),
        actors=tuple(MentionedActor(look.actor_ref(a), counts[a]) for a in actors),
        events=tuple(look.event_row(e) for e in look.events_by_article.get(article.id, [])),
        index=look.index_ref(look.settings.articles_dir, "all articles"),
    )
