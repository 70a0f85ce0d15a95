"""The site's knowledge as FollowTheMoney entities (`entities.ftm.json`, JSON Lines) for Aleph / OpenAleph.

One entity a line, `{"id", "schema", "properties"}` with every property a list of strings, as
`ftm` and Aleph import them:

- actors: `Person` (person), `PublicBody` (state, government, government agency) or
  `Organization` (armed group, party, international and other organisation), with name,
  aliases, description, country (ISO code), parent organisation and reference links;
- places: `Address` (the place as written, its country and coordinates when known);
- events: `Event` (title, date or start/end date, place, country, initiators as `organizer`,
  other sides as `involved`, a summary of type and figures);
- articles: `Article` (title, publisher, author, publication date, original URL);
- every report of an event in an article: `Documentation` (document: the article, entity: the
  event, role `report`, summary: the sentence); every actor named in an article: `Mention`
  (document, resolved actor, the names used).

Ids are `rs-<kind>-<site id>` (a Documentation's and a Mention's are made of the ids they join),
so two builds give the same ids and lines. The library itself is needed only to check the file
(the tests validate it with `followthemoney`).
"""
from __future__ import annotations

import json

import pycountry
from slugify import slugify

from generator.model import Actor, Article, DateValue, Event
from generator.render.acled import place_of
from generator.render.lookup import Lookup

SCHEMA_OF_KIND = {
    "person": "Person",
    "state": "PublicBody",
    "government": "PublicBody",
    "government_agency": "PublicBody",
}


def actor_id(actor_id: str) -> str:
    return f"rs-actor-{actor_id}"


def _iso(country: str | None) -> str | None:
    if not country:
        return None
    try:
        return pycountry.countries.lookup(country).alpha_2.lower()
    except LookupError:
        return None


def _entity(entity_id: str, schema: str, **properties) -> dict:
    props = {}
    for name, values in properties.items():
        values = [values] if values is None or isinstance(values, str) else values
        kept = sorted({str(v) for v in values if v not in (None, "")})
        if kept:
            props[name] = kept
    return {"id": entity_id, "schema": schema, "properties": props}


def _actor_country(look: Lookup, actor: Actor) -> str | None:
    if actor.kind == "state":
        return _iso(actor.name)
    country = look.actors.get(actor.country or "") or look.registry.get(actor.country or "")
    return _iso(country.name) if country else None


def _actors(look: Lookup) -> dict[str, Actor]:
    """The actors with a page, and the registry actors that take part in an event without one."""
    found = dict(look.actors)
    for event in look.events:
        for p in event.participants:
            if p.actor_id not in found and p.actor_id in look.registry:
                found[p.actor_id] = look.registry[p.actor_id]
    return found


def _actor(look: Lookup, actor: Actor, actors: dict[str, Actor]) -> dict:
    schema = SCHEMA_OF_KIND.get(actor.kind, "Organization")
    parent = actor.parent if actor.parent in actors and schema != "Person" else None
    parent = actor_id(parent) if parent and actors[parent].kind != "person" else None
    return _entity(actor_id(actor.id), schema, name=actor.name, alias=list(actor.aliases),
                   description=actor.description, country=_actor_country(look, actor), parent=parent,
                   sourceUrl=[u for u in actor.links if u.startswith(("http://", "https://"))])


def _dates(date: DateValue | None) -> dict:
    if date is None:
        return {}
    if date.precision != "range":
        return {"date": date.iso()}
    start, end = date.iso().split("/")
    return {"startDate": start, "endDate": end}


def _place(name: str, places: dict[str, tuple]) -> dict:
    found = place_of(name)
    latitude, longitude = places.get(name, (None, None))
    return _entity(f"rs-place-{slugify(name) or 'place'}", "Address", full=name, country=_iso(found.country) if found else None,
                   latitude=None if latitude is None else f"{latitude:.5f}",
                   longitude=None if longitude is None else f"{longitude:.5f}")


def _event(event: Event, actors: dict[str, Actor]) -> dict:
    known = [p for p in event.participants if p.actor_id in actors]
    initiators = sorted({actor_id(p.actor_id) for p in known if p.role == "initiator"})
    others = sorted({actor_id(p.actor_id) for p in known if p.role != "initiator"})
    killed = sorted({s.casualties.killed for s in event.sources if s.casualties.killed})
    summary = f"Type: {event.type}." + (f" Killed, as reported: {'; '.join(killed)}." if killed else "")
    found = place_of(event.place)
    return _entity(f"rs-event-{event.id}", "Event", name=event.title, summary=summary, location=event.place,
                   addressEntity=f"rs-place-{slugify(event.place) or 'place'}" if event.place else None,
                   country=_iso(found.country) if found else None, organizer=initiators, involved=others,
                   **_dates(event.date))


def _article(article: Article) -> dict:
    return _entity(f"rs-article-{article.id}", "Article", title=article.title, name=article.title,
                   publisher=article.outlet, author=article.byline,
                   publishedAt=article.published.iso() if article.published and article.published.precision != "range"
                   else None,
                   sourceUrl=article.url if article.url and article.url.startswith(("http://", "https://")) else None)


def entities(look: Lookup, places: dict[str, tuple]) -> list[dict]:
    """Every entity, in a fixed order: actors, places, events, articles, documentation, mentions."""
    actors = _actors(look)
    found = [_actor(look, actors[a], actors) for a in sorted(actors)]
    by_id: dict[str, str] = {}
    for name in sorted({e.place for e in look.events if e.place}):
        by_id.setdefault(slugify(name) or "place", name)  # "Kabul" and "kabul" are one place
    found += [_place(name, places) for name in by_id.values()]
    found += [_event(e, actors) for e in look.events]
    found += [_article(look.articles[a]) for a in sorted(look.articles)]
    for event in look.events:
        by_article: dict[str, list[str]] = {}
        for s in sorted(event.sources, key=lambda s: (s.article_id, s.sentence)):
            by_article.setdefault(s.article_id, []).append(s.evidence)
        for article, sentences in sorted(by_article.items()):
            found.append(_entity(f"rs-report-{event.id}-{article}", "Documentation", document=f"rs-article-{article}",
                                 entity=f"rs-event-{event.id}", role="report", summary=" ".join(sentences)))
    for article in sorted(look.mentions_by_article):
        names: dict[str, set[str]] = {}
        for m in look.mentions_by_article[article]:
            names.setdefault(m.actor_id, set()).add(m.text)
        for actor, texts in sorted(names.items()):
            schema = SCHEMA_OF_KIND.get(look.actors[actor].kind, "Organization")
            found.append(_entity(f"rs-mention-{article}-{actor}", "Mention", document=f"rs-article-{article}",
                                 resolved=actor_id(actor), name=sorted(texts), detectedSchema=schema))
    return found


def entities_jsonl(look: Lookup, places: dict[str, tuple]) -> str:
    return "".join(json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n" for e in entities(look, places))
