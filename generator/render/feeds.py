"""Atom feeds of events, made with feedgen: one of all dated events (newest first) and one per
actor with dated events.

Deterministic: every timestamp comes from the events' dates (never the clock), entries are in a
fixed order, and ids are `tag:` URIs built from the event ids. Links are relative to the feed's
own address (`data/feeds/events.xml`), so the feeds need no `site_url`.
"""
from __future__ import annotations

import datetime as dt

from feedgen.feed import FeedGenerator

from generator.model import Event
from generator.render.filters import relative
from generator.render.labels import count, date_phrase, event_type_label
from generator.render.lookup import Lookup
from generator.render.text import clean_text

FEEDS = "feeds"  # under the data folder
TAG = "tag:reportsite.invalid,2016:"  # `tag:` URI authority and date (RFC 4151); ids stay the same across builds
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)


def feed_path(data_dir: str, name: str) -> str:
    return f"{data_dir}/{FEEDS}/{name}.xml"


def page_url(page: str, here: str) -> str:
    """The address of the built page `page` (docs-relative .md) relative to the file `here`."""
    link = relative(page, here)
    if link.endswith("index.md"):
        return link.removesuffix("index.md") or "./"
    return link.removesuffix(".md") + "/"


def _stamp(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc)


def newest_first(events: list[Event]) -> list[Event]:
    dated = [e for e in events if e.date is not None]
    return sorted(dated, key=lambda e: (e.date.end, e.date.start, e.id), reverse=True)


def summary(look: Lookup, event: Event) -> str:
    """"Attack by Haqqani Network targeting NDS in Kabul on 19 April 2016. Reported by 2 articles." """
    text = event_type_label(event.type)
    for role, word in (("initiator", " by "), ("target", " targeting "), ("participant", " involving ")):
        ids = {p.actor_id for p in event.participants if p.role == role}
        if ids:
            names = [clean_text(r.label) for r in look.actor_refs(ids)]
            text += word + (", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0])
    if event.place:
        text += f" in {clean_text(event.place)}"
    text += f" {date_phrase(event.date)}"
    return f"{text}. Reported by {count(len({s.article_id for s in event.sources}), 'article')}."


def atom(look: Lookup, path: str, title: str, subtitle: str, page: str, events: list[Event]) -> str:
    """One Atom feed at `path` (docs-relative), linking to `page` and listing `events` newest first."""
    feed = FeedGenerator()
    feed.id(TAG + path.removesuffix(".xml"))
    feed.title(clean_text(title))
    feed.subtitle(clean_text(subtitle))
    feed.link(href=page_url(page, path), rel="alternate")
    feed.link(href=path.rsplit("/", 1)[-1], rel="self")
    feed.generator("reportsite")
    entries = newest_first(events)
    feed.updated(_stamp(entries[0].date.end) if entries else EPOCH)
    for event in entries:
        entry = feed.add_entry(order="append")
        ref = look.event_ref(event)
        entry.id(TAG + "events/" + event.id)
        entry.title(clean_text(ref.label))
        entry.link(href=page_url(ref.path, path), rel="alternate")
        entry.published(_stamp(event.date.start))
        entry.updated(_stamp(event.date.end))
        entry.summary(summary(look, event))
        entry.category(term=event.type, label=event_type_label(event.type))
    return feed.atom_str(pretty=True).decode("utf-8")


def feed_files(look: Lookup) -> dict[str, str]:
    """docs-relative path -> Atom XML: all events, then one feed per actor with dated events."""
    s = look.settings
    out = {feed_path(s.data_dir, "events"): atom(
        look, feed_path(s.data_dir, "events"), "Events", "Newest events first, with their actors, place and sources.",
        f"{s.events_dir}/index.md", look.events)}
    for actor_id in sorted(look.actors):
        events = look.events_by_actor.get(actor_id, [])
        if any(e.date is not None for e in events):
            ref = look.actor_ref(actor_id)
            path = actor_feed(s.data_dir, actor_id)
            out[path] = atom(look, path, f"Events: {ref.label}", f"Newest events of {ref.label} first.",
                             ref.path, events)
    return out


def actor_feed(data_dir: str, actor_id: str) -> str:
    return feed_path(data_dir, f"actor-{actor_id}")
