"""The meta description of each page (front matter `description`), from the page's own content.

Search engines and link previews show it; Material writes it into `<meta name="description">`.
Plain text of at most about 160 characters; the template escapes it with `fm_title`.
"""
from __future__ import annotations

from dataclasses import replace

from generator.render.context import (
    ActorPage,
    ActorsIndexPage,
    ArticlePage,
    ArticlesIndexPage,
    DataPage,
    EventPage,
    EventsIndexPage,
    HomePage,
    TimelinePage,
)
from generator.render.labels import count, date_phrase, date_text, event_type_label, kind_label
from generator.render.place_context import PlacePage, PlacesIndexPage
from generator.render.text import clean_text, shorten

WIDTH = 160


def _names(refs) -> str:
    labels = [clean_text(r.label) for r in refs]
    if len(labels) < 2:
        return "".join(labels)
    return ", ".join(labels[:-1]) + " and " + labels[-1]


def _span(first, last) -> str:
    if first is None:
        return ""
    a, b = date_text(first), date_text(last)
    return f" ({a})" if a == b else f" ({a} to {b})"


def describe_actor(page: ActorPage) -> str:
    head = clean_text(page.description) or f"{page.title}: {kind_label(page.kind).lower()}"
    tail = f"Named in {count(len(page.articles), 'article')}{_span(page.first_seen, page.last_seen)}"
    tail += f", {count(len(page.events), 'event')} with sources." if page.events else "."
    return shorten(f"{head.rstrip('.')}. {tail}", WIDTH)


def describe_event(page: EventPage) -> str:
    text = event_type_label(page.type)
    for group in page.roles:
        text += {"initiator": " by ", "target": " targeting "}.get(group.role, " involving ") + _names(group.actors)
    if page.place:
        text += f" in {clean_text(page.place)}"
    text += f" {date_phrase(page.date)}" if page.date is not None else ", date not known"
    return shorten(f"{text}. Reported by {count(len(page.sources), 'article')}.", WIDTH)


def describe_article(page: ArticlePage) -> str:
    where = ", ".join(x for x in (clean_text(page.outlet), date_text(page.published, "")) if x)
    first = "".join(p.text for p in page.paragraphs[0]) if page.paragraphs else ""
    head = f"Source article ({where})" if where else "Source article"
    return shorten(f"{head}: {clean_text(first)}", WIDTH)


def describe_place(page: PlacePage) -> str:
    where = f", {page.country}" if page.country else ""
    return shorten(f"{page.title}{where}: {count(len(page.events), 'event')}{_span(page.first, page.last)} and "
                   f"{count(len(page.actors), 'actor')} taking part, with their sources.", WIDTH)


def describe(page):
    """The page with its `description` filled in."""
    if isinstance(page, ActorPage):
        text = describe_actor(page)
    elif isinstance(page, EventPage):
        text = describe_event(page)
    elif isinstance(page, ArticlePage):
        text = describe_article(page)
    elif isinstance(page, PlacePage):
        text = describe_place(page)
    elif isinstance(page, PlacesIndexPage):
        text = f"The {count(len(page.places), 'place')} where events happened, on a map and in a table."
    elif isinstance(page, HomePage):
        text = (f"{count(page.actors, 'actor')} and {count(page.events, 'event')} from "
                f"{count(page.articles, 'news article')}, each fact linked to the sentence that states it.")
    elif isinstance(page, ActorsIndexPage):
        text = f"All {count(page.total, 'actor')} by kind: states, governments, armed groups, parties, people."
    elif isinstance(page, EventsIndexPage):
        text = f"Chronology of {count(page.total, 'event')} by month, with their places, actors and sources."
    elif isinstance(page, TimelinePage):
        text = f"Timeline of {count(page.total, 'event')}: events per month and type."
    elif isinstance(page, ArticlesIndexPage):
        text = f"The {count(page.total, 'source article')} by date and outlet."
    elif isinstance(page, DataPage):
        text = "The events, actors, mentions and articles as CSV, JSON, GeoJSON and Atom feeds."
    else:
        return page
    return replace(page, meta_description=shorten(text, WIDTH))
