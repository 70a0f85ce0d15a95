"""Render the knowledge base into Markdown pages and data files: contexts -> Jinja2 -> text.

`render_site` is pure apart from loading templates: it returns {docs-relative path: text}.
Lookups are computed once (`Lookup`), then one context per page: the index pages here, the
entity pages in render_pages.py, the data downloads in data_export.py.
"""
from __future__ import annotations

import calendar
import datetime as dt
import logging
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path

import jinja2

from generator.config import Settings
from generator.model import ACTOR_KINDS, EVENT_TYPES, DateValue, KnowledgeBase, Registry
from generator.render.context import (
    ActorPage,
    ActorRow,
    ActorsIndexPage,
    ArticlePage,
    ArticleRow,
    ArticlesIndexPage,
    Column,
    DataFile,
    DataPage,
    EventPage,
    EventsIndexPage,
    HomePage,
    KindGroup,
    MonthGroup,
    Option,
    OutletGroup,
    TimelineMonth,
    TimelinePage,
    TimelineYear,
    YearGroup,
)
from generator.render.describe import describe
from generator.render.downloads import data_files, data_page
from generator.render.feeds import actor_feed, feed_files, feed_path
from generator.render.filters import FILTERS
from generator.render.lookup import Lookup
from generator.render.map_svg import map_svg
from generator.render.pages import actor_page, article_key, article_page, event_page
from generator.render.people import people
from generator.render.place_context import PlacePage, PlacesIndexPage
from generator.render.places import event_map, events_geojson, place_pages, place_ref, places_index
from generator.render.relations import typed_relations
from generator.render.rollup import rolled_up
from generator.render.search_keys import claimed_words, search_keys
from generator.render.svg import SVG_FILTERS

log = logging.getLogger(__name__)

TEMPLATES = {
    HomePage: "home.md.j2",
    ActorsIndexPage: "actors_index.md.j2",
    ActorPage: "actor.md.j2",
    EventsIndexPage: "events_index.md.j2",
    TimelinePage: "timeline.md.j2",
    EventPage: "event.md.j2",
    ArticlesIndexPage: "articles_index.md.j2",
    ArticlePage: "article.md.j2",
    DataPage: "data_index.md.j2",
    PlacePage: "place.md.j2",
    PlacesIndexPage: "places_index.md.j2",
}
FEED_FIELDS = (
    Column("id", "`tag:` URI ending in the event id (stable across builds)."),
    Column("title, link", "The event's title and page."),
    Column("published, updated", "First and last day of the event's date."),
    Column("summary", "Type, actors, place, date and the number of reporting articles."),
    Column("category", "The event type code."),
)
GEOJSON_FIELDS = (
    Column("id", "Event id, as in `events.csv`."),
    Column("geometry", "A point, `[longitude, latitude]` (WGS 84): the city, or a point inside the country."),
    Column("title, type, date, place, articles", "As in `events.csv`."),
    Column("located", "`city` or `country`: what the point stands for."),
    Column("actors", "Ids of the actors taking part."),
)
HOME_LIMIT = 10  # latest events and most active actors on the home page
TIMELINE_PAGE = "timeline"  # events/timeline.md


def templates_dir() -> Path:
    """The bundled templates: `generator/templates` in a wheel, else `<checkout>/templates`."""
    package = Path(__file__).resolve().parents[1]  # generator/
    packaged = package / "templates"
    if packaged.is_dir():
        return packaged
    return package.parent / "templates"


def make_env(folder: Path) -> jinja2.Environment:
    """Templates from `folder` first, then the bundled ones: a project overrides only what it has."""
    folders = dict.fromkeys(str(f) for f in (folder, templates_dir()))
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader([jinja2.FileSystemLoader(f) for f in folders]),
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # Markdown output; untrusted text goes through the `md` filter
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(FILTERS)
    env.filters.update(SVG_FILTERS)
    env.filters["map_svg"] = map_svg
    return env


def render_site(kb: KnowledgeBase, registry: Registry, settings: Settings) -> dict[str, str]:
    """Every generated page and data file: docs-relative posix path -> text, sorted by path."""
    env = make_env(settings.templates or templates_dir())
    look = Lookup(kb, registry, settings)
    pages: dict[str, str] = {}
    for context in map(describe, with_search_keys(build_contexts(look))):
        if context.path in pages:
            raise ValueError(f"two pages would be written to {context.path}")
        template = env.get_template(TEMPLATES[type(context)])
        pages[context.path] = template.render(page=context)
    geojson = {f"{look.settings.data_dir}/events.geojson": events_geojson(look)}  # described in datapackage.json
    for path, text in {**data_files(look, geojson), **feed_files(look)}.items():
        if path in pages:
            raise ValueError(f"two pages would be written to {path}")
        pages[path] = text
    log.debug("rendered %d pages and data files", len(pages))
    return dict(sorted(pages.items()))


def with_types(look: Lookup, actor_id: str, related: tuple) -> tuple:
    """The related actors of an actor page with their typed relations (attacked, met ...)."""
    events = look.events_by_actor.get(actor_id, [])
    by_ref = {look.actor_ref(i): i for i in sorted({p.actor_id for e in events for p in e.participants})}
    out = []
    for rel in related:
        other = by_ref.get(rel.ref)
        shared = [e for e in events if any(p.actor_id == other for p in e.participants)]
        out.append(replace(rel, typed=typed_relations(actor_id, other, shared)) if other else rel)
    return tuple(out)


def with_search_keys(contexts: list) -> list:
    """Actor and place pages with search keys that leave other pages' one-word names to them."""
    pages = [c for c in contexts if isinstance(c, (ActorPage, PlacePage))]
    claimed = claimed_words({c.path: c.names if isinstance(c, ActorPage) else (c.title, *c.names) for c in pages})
    out = []
    for c in contexts:
        if isinstance(c, ActorPage):
            c = replace(c, names=search_keys(c.path, c.names, claimed))
        elif isinstance(c, PlacePage):
            c = replace(c, keys=search_keys(c.path, (c.title, *c.names), claimed))
        out.append(c)
    return out


def build_contexts(look: Lookup) -> list:
    """One context per page; the order does not matter (render_site sorts by path)."""
    contexts: list = [home(look), actors_index(look), events_index(look), timeline(look),
                      articles_index(look), data_with_feeds(look)]
    feeds = feed_files(look)
    contexts += [replace(page, feed=path if path in feeds else None, related=with_types(look, a, page.related),
                         map=event_map(look, look.events_by_actor.get(a, [])), rolled_up=rolled_up(look, a),
                         people=people(look, a))
                 for page, path, a in ((actor_page(look, a), actor_feed(look.settings.data_dir, a), a)
                                       for a in sorted(look.actors))]
    contexts += [replace(event_page(look, event), place_ref=place_ref(look, event.place)) for event in look.events]
    contexts += [places_index(look), *place_pages(look)]
    contexts += [article_page(look, article) for article in sorted(look.articles.values(), key=lambda a: a.id)]
    return contexts


def data_with_feeds(look: Lookup) -> DataPage:
    """The data page, with the Atom feeds listed after the data files."""
    page = data_page(look)
    dated = sum(1 for e in look.events if e.date is not None)
    feed = DataFile(feed_path(look.settings.data_dir, "events"), "feeds/events.xml",
                    "An Atom feed of the dated events, newest first; each actor with dated events has its own "
                    "feed, `feeds/actor-<actor id>.xml`, linked from its page.", dated, FEED_FIELDS)
    placed = events_geojson(look).count('"type": "Feature"')
    geojson = DataFile(f"{look.settings.data_dir}/events.geojson", "events.geojson",
                       "The events that have coordinates, as GeoJSON points (the map's dots), for GIS tools.",
                       placed, GEOJSON_FIELDS)
    return replace(page, files=page.files + (geojson, feed))


def type_options(look: Lookup, by_count: bool = False) -> tuple[Option, ...]:
    counts = Counter(e.type for e in look.events)
    order = {t: n for n, t in enumerate(EVENT_TYPES)}
    types = sorted(counts, key=lambda t: (-counts[t] if by_count else 0, order.get(t, len(order)), t))
    return tuple(Option(t, t, counts[t]) for t in types)


def home(look: Lookup) -> HomePage:
    dated = [e for e in look.events if e.date is not None]
    first = min((e.date for e in dated), key=lambda d: (d.start, d.end), default=None)
    last = max((e.date for e in dated), key=lambda d: (d.end, d.start), default=None)
    latest = sorted(dated, key=lambda e: (e.date.end, e.date.start, e.id), reverse=True)[:HOME_LIMIT]
    published = [a.published for a in look.articles.values() if a.published is not None]
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
        published_first=min(published, key=lambda d: (d.start, d.end), default=None),
        published_last=max(published, key=lambda d: (d.end, d.start), default=None),
        types=type_options(look, by_count=True),
        latest=tuple(look.event_row(e) for e in latest),
        active=tuple(active),
        actors_index=look.index_ref(s.actors_dir, "Actors"),
        events_index=look.index_ref(s.events_dir, "Chronology"),
        timeline=look.index_ref(s.events_dir, "Timeline", TIMELINE_PAGE),
        articles_index=look.index_ref(s.articles_dir, "Articles"),
        data=look.index_ref(s.data_dir, "Data downloads"),
        feed=feed_path(s.data_dir, "events"),
        map=event_map(look, look.events),
        places_index=look.index_ref(f"{s.events_dir}/places", "Places"),
    )


def actors_index(look: Lookup) -> ActorsIndexPage:
    by_kind: dict[str, list[ActorRow]] = defaultdict(list)
    for actor_id in sorted(look.actors):
        by_kind[look.actors[actor_id].kind].append(look.actor_row(actor_id))
    order = {kind: n for n, kind in enumerate(ACTOR_KINDS)}
    kinds = sorted(by_kind, key=lambda k: (order.get(k, len(order)), k))
    groups = tuple(
        KindGroup(k, f"kind-{n}", tuple(sorted(by_kind[k], key=lambda r: (r.ref.label.casefold(), r.ref.path or ""))))
        for n, k in enumerate(kinds, 1)
    )
    return ActorsIndexPage(f"{look.settings.actors_dir}/index.md", "Actors", len(look.actors), groups)


def _month_of(value: DateValue) -> int:
    """The month an event is filed under: its first month, 0 when only the year is known."""
    whole_years = (value.start.month, value.start.day, value.end.month, value.end.day) == (1, 1, 12, 31)
    if value.precision == "year" or (value.precision == "range" and whole_years):
        return 0
    return value.start.month


def month_anchor(year: int, month: int) -> str:
    """Heading id of a month on the chronology: "2016-06"; "2016-month-unknown" for month 0."""
    return f"{year:04d}-{month:02d}" if month else f"{year:04d}-month-unknown"


def _month_value(year: int, month: int) -> DateValue:
    last = calendar.monthrange(year, month)[1]
    return DateValue(dt.date(year, month, 1), dt.date(year, month, last), "month", "explicit")


def _by_year_and_month(look: Lookup) -> tuple[dict[int, dict[int, list]], list]:
    years: dict[int, dict[int, list]] = defaultdict(lambda: defaultdict(list))
    undated = []
    for event in look.events:  # chronological
        if event.date is None:
            undated.append(event)
        else:
            years[event.date.start.year][_month_of(event.date)].append(event)
    return years, undated


def events_index(look: Lookup) -> EventsIndexPage:
    years, undated = _by_year_and_month(look)
    groups = []
    for year in sorted(years):
        months = []
        for month in sorted(years[year], key=lambda m: (m == 0, m)):
            rows = tuple(look.event_row(e) for e in years[year][month])
            months.append(MonthGroup(month_anchor(year, month), _month_value(year, month) if month else None, rows))
        groups.append(YearGroup(year, tuple(months)))
    counts = Counter(p for e in look.events for p in {p.actor_id for p in e.participants})
    refs = {a: look.actor_ref(a) for a in counts}
    actors = tuple(Option(a, refs[a].label, counts[a])
                   for a in sorted(counts, key=lambda a: (refs[a].label.casefold(), refs[a].label, a)))
    return EventsIndexPage(
        path=f"{look.settings.events_dir}/index.md",
        title="Chronology",
        total=len(look.events),
        years=tuple(groups),
        undated=tuple(look.event_row(e) for e in undated),
        types=type_options(look),
        actors=actors,
        timeline=look.index_ref(look.settings.events_dir, "timeline", TIMELINE_PAGE),
    )


def timeline(look: Lookup) -> TimelinePage:
    years, undated = _by_year_and_month(look)
    order = {t: n for n, t in enumerate(EVENT_TYPES)}
    out = []
    for year in sorted(years):
        types = sorted({e.type for events in years[year].values() for e in events},
                       key=lambda t: (order.get(t, len(order)), t))
        months = []
        for month in sorted(years[year], key=lambda m: (m == 0, m)):
            counts = Counter(e.type for e in years[year][month])
            months.append(TimelineMonth(month, month_anchor(year, month), tuple(counts[t] for t in types),
                                        len(years[year][month])))
        totals = tuple(sum(m.counts[n] for m in months) for n in range(len(types)))
        out.append(TimelineYear(year, tuple(types), tuple(months), totals, sum(totals)))
    return TimelinePage(
        path=f"{look.settings.events_dir}/{TIMELINE_PAGE}.md",
        title="Timeline",
        total=len(look.events),
        undated=len(undated),
        years=tuple(out),
        chronology=look.index_ref(look.settings.events_dir, "chronology"),
    )


def articles_index(look: Lookup) -> ArticlesIndexPage:
    articles = sorted(look.articles.values(), key=article_key)
    rows = tuple(
        ArticleRow(look.article_ref(a.id), look.outlet(a.id), a.published, len(look.events_by_article.get(a.id, [])))
        for a in articles
    )
    by_outlet: dict[str | None, list[ArticleRow]] = defaultdict(list)
    for row in rows:
        by_outlet[row.outlet.strip() if row.outlet and row.outlet.strip() else None].append(row)
    outlets = []
    for outlet in sorted(by_outlet, key=lambda o: (o is None, (o or "").casefold(), o or "")):
        dates = [r.published for r in by_outlet[outlet] if r.published is not None]
        first = min(dates, key=lambda d: (d.start, d.end), default=None)
        last = max(dates, key=lambda d: (d.end, d.start), default=None)
        outlets.append(OutletGroup(outlet, first, last, tuple(by_outlet[outlet])))
    return ArticlesIndexPage(f"{look.settings.articles_dir}/index.md", "Articles", len(rows), rows, tuple(outlets))


