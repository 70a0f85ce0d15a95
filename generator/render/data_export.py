"""Data downloads: the knowledge base as JSON and CSV files a script can use, plus their page.

Every file is text with "\\n" line endings; JSON keys are sorted and rows come in a fixed order,
so two runs give the same bytes. CSV cells holding text from the articles that begin with a
character a spreadsheet would run as a formula (`= + - @`, tab, carriage return) get a leading
`'` (the usual guard against CSV injection); the JSON files keep every text exactly as found.
"""
from __future__ import annotations

import csv
import io
import json

from generator import gazetteer
from generator.model import DateValue, Event
from generator.render.context import Column, DataFile, DataPage
from generator.render.lookup import Lookup

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

EVENT_COLUMNS = (
    Column("id", "Event id; the event's page is `events/<id>/`."),
    Column("title", "The event's title, as on its page."),
    Column("date", "ISO date at its true precision: `2016-04-19` (day), `2016-06` (month), `2016` (year) "
                   "or an interval such as `2016-06/2016-07` (range). Empty when the sources give no date."),
    Column("precision", "`day`, `month`, `year` or `range`; empty when undated."),
    Column("type", "Event type: `attack`, `armed_clash`, `explosion`, `protest`, `agreement`, "
                   "`meeting_or_talks`, `statement_or_report`, `arrest`, `policy_decision`, `election`, `other`."),
    Column("place", "Place name as the sources give it; empty when none is stated."),
    Column("latitude", "Latitude in decimal degrees (WGS 84) of the place when the offline gazetteer knows it "
                       "as a city; empty for countries, regions and unknown places."),
    Column("longitude", "Longitude in decimal degrees, as `latitude`."),
    Column("participants", "Actors and their roles, `actor_id:role` separated by `;` "
                           "(roles: `initiator`, `target`, `participant`)."),
    Column("sources", "Ids of the articles that report the event, separated by `;`."),
    Column("killed", "Deaths as the sources state them (`28`, `at least 64`); several figures separated by "
                     "`;` when the sources disagree."),
    Column("wounded", "Injuries, as `killed`."),
    Column("articles", "Number of articles that report the event (an article reporting it in several sentences "
                       "counts once)."),
    Column("claimed_by", "Ids of the actors said to have claimed responsibility (\"X claimed the attack\"), "
                         "separated by `;`."),
    Column("blamed", "Blame and accusations, `blamer:blamed` separated by `;` (\"X accused Y of the attack\"; "
                     "`blamed` is empty when the text names no one)."),
    Column("cited_sources", "Ids of the actors cited only as sources of the account (\"according to X\", "
                            "\"X said\" when X is no side of the event), separated by `;`."),
    Column("representatives", "People who stand for an organisation that takes part, `person:organisation` "
                              "separated by `;` (a leader or spokesman is folded into the organisation's side)."),
)
MENTION_COLUMNS = (
    Column("article_id", "Id of the article; its page is `articles/<article_id>/`."),
    Column("sentence", "Index of the sentence in the article, counted from 0 across all paragraphs."),
    Column("start", "Offset of the first character of the mention in the sentence, counted from 0."),
    Column("end", "Offset just after the mention's last character."),
    Column("text", "The name as written in the article."),
    Column("actor_id", "Id of the actor it refers to; see `actors.json`."),
)
ACTOR_FIELDS = (
    Column("id", "Actor id; the actor's page is `actors/<id>/`."),
    Column("name", "Canonical name."),
    Column("kind", "`state`, `government`, `government_agency`, `armed_group`, `political_party`, "
                   "`international_org`, `person` or `other_org`."),
    Column("aliases", "Other names from the registry and the names the articles use."),
    Column("description", "Description from the registry (empty for discovered actors)."),
    Column("country", "Actor id of its state, or null."),
    Column("parent", "Actor id of the organisation it belongs to, or null."),
    Column("links", "Reference URLs from the registry."),
    Column("curated", "`true` when the actor is in the curated registry, `false` when it was discovered."),
    Column("mentions", "Number of mentions in all articles."),
    Column("articles", "Number of articles that mention it."),
    Column("events", "Number of events it takes part in."),
)
EVENT_FIELDS = (
    Column("id, type, title, place, latitude, longitude, articles", "As in `events.csv` (title: the generated "
           "event title)."),
    Column("date", "`{iso, start, end, precision, basis, text}` or null. `start` and `end` are the first and "
                   "last day covered; `basis` says where the date comes from (`explicit`, `front_matter`, "
                   "`inferred_from_publication`, `inferred_from_context`); `text` is the expression in the source."),
    Column("participants", "List of `{actor_id, role}`."),
    Column("sources", "One entry per report: `{article_id, sentence, evidence, trigger, date, place, killed, "
                      "wounded, claimed_by, blamed_by, blamed_on, source, representatives}`; `evidence` is the "
                      "sentence that reports the event (an article may report it in several sentences). "
                      "`claimed_by`: who claimed responsibility; `blamed_by` and `blamed_on`: who blamed whom; "
                      "`source`: an actor cited only as the source of the account; `representatives`: "
                      "`[person, organisation]` pairs. Each is an actor id, or null."),
)
ARTICLE_FIELDS = (
    Column("id, title, outlet, url, path", "The article, its publisher, original URL and file in `articles/`."),
    Column("published", "Publication date `{iso, ...}` as in `events.json`, or null when not stated."),
    Column("retrieved", "The date printed on a scraped page (the day it was retrieved, not published), or null."),
    Column("dateline, wire", "Dateline place and wire agency, when the article has them."),
)


def _date(value: DateValue | None) -> dict | None:
    if value is None:
        return None
    return {"iso": value.iso(), "start": value.start.isoformat(), "end": value.end.isoformat(),
            "precision": value.precision, "basis": value.basis, "text": value.text}


def _json(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def _csv(header: tuple[Column, ...], rows: list[list[object]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([c.name for c in header])
    for row in rows:
        writer.writerow(row)
    return buffer.getvalue()


def coordinates(place: str | None) -> tuple[float | None, float | None]:
    found = gazetteer.lookup(place) if place and place.strip() else None
    if found is None or found.latitude is None or found.longitude is None:
        return None, None
    return round(found.latitude, 5), round(found.longitude, 5)


def _figures(event: Event, field: str) -> list[str]:
    values = {getattr(s.casualties, field).strip() for s in event.sources if getattr(s.casualties, field)}
    return sorted(v for v in values if v)


def actors_json(look: Lookup) -> str:
    rows = []
    for actor_id in sorted(look.actors):
        actor = look.actors[actor_id]
        mentions = look.mentions_by_actor.get(actor_id, [])
        names = sorted((set(actor.aliases) | {m.text for m in mentions}) - {actor.name}, key=lambda n: (n.casefold(), n))
        rows.append({
            "id": actor.id, "name": actor.name, "kind": actor.kind, "aliases": names,
            "description": actor.description, "country": actor.country, "parent": actor.parent,
            "links": list(actor.links), "curated": actor.curated, "mentions": len(mentions),
            "articles": len({m.article_id for m in mentions}), "events": len(look.events_by_actor.get(actor_id, [])),
        })
    return _json(rows)


def events_json(look: Lookup, places: dict[str, tuple]) -> str:
    rows = []
    for event in look.events:
        latitude, longitude = places.get(event.place or "", (None, None))
        rows.append({
            "id": event.id, "type": event.type, "title": event.title, "date": _date(event.date),
            "place": event.place, "latitude": latitude, "longitude": longitude,
            "participants": [{"actor_id": p.actor_id, "role": p.role} for p in sorted(event.participants)],
            "articles": len({s.article_id for s in event.sources}),
            "sources": [
                {"article_id": s.article_id, "sentence": s.sentence, "evidence": s.evidence, "trigger": s.trigger,
                 "date": _date(s.date), "place": s.place, "killed": s.casualties.killed,
                 "wounded": s.casualties.wounded, "claimed_by": s.claimed_by, "blamed_by": s.blamed_by,
                 "blamed_on": s.blamed_on, "source": s.source,
                 "representatives": [list(pair) for pair in sorted(s.representatives)]}
                for s in sorted(event.sources, key=lambda s: (s.article_id, s.sentence, s.trigger))
            ],
        })
    return _json(rows)


def events_csv(look: Lookup, places: dict[str, tuple]) -> str:
    rows = []
    for event in look.events:
        latitude, longitude = places.get(event.place or "", (None, None))
        rows.append([
            event.id,
            _cell(event.title),
            event.date.iso() if event.date else "",
            event.date.precision if event.date else "",
            event.type,
            _cell(event.place),
            "" if latitude is None else f"{latitude:.5f}",
            "" if longitude is None else f"{longitude:.5f}",
            ";".join(f"{p.actor_id}:{p.role}" for p in sorted(event.participants)),
            ";".join(sorted({s.article_id for s in event.sources})),
            _cell(";".join(_figures(event, "killed"))),
            _cell(";".join(_figures(event, "wounded"))),
            len({s.article_id for s in event.sources}),
            ";".join(sorted({s.claimed_by for s in event.sources if s.claimed_by})),
            ";".join(sorted({f"{s.blamed_by}:{s.blamed_on or ''}" for s in event.sources if s.blamed_by})),
            ";".join(sorted({s.source for s in event.sources if s.source})),
            ";".join(sorted({f"{a}:{b}" for s in event.sources for a, b in s.representatives})),
        ])
    return _csv(EVENT_COLUMNS, rows)


def mentions_csv(look: Lookup) -> str:
    mentions = sorted(m for ms in look.mentions_by_article.values() for m in ms)
    rows = [[m.article_id, m.sentence, m.start, m.end, _cell(m.text), m.actor_id] for m in mentions]
    return _csv(MENTION_COLUMNS, rows)


def articles_json(look: Lookup) -> str:
    rows = [
        {"id": a.id, "title": a.title, "outlet": a.outlet, "url": a.url, "path": a.path,
         "published": _date(a.published), "retrieved": _date(a.retrieved), "dateline": a.dateline, "wire": a.wire}
        for a in sorted(look.articles.values(), key=lambda a: a.id)
    ]
    return _json(rows)


def data_files(look: Lookup) -> dict[str, str]:
    """The downloads, docs-relative path -> text."""
    folder = look.settings.data_dir
    places = {e.place: coordinates(e.place) for e in look.events if e.place}
    return {
        f"{folder}/actors.json": actors_json(look),
        f"{folder}/articles.json": articles_json(look),
        f"{folder}/events.csv": events_csv(look, places),
        f"{folder}/events.json": events_json(look, places),
        f"{folder}/mentions.csv": mentions_csv(look),
    }


def data_page(look: Lookup) -> DataPage:
    folder = look.settings.data_dir
    mentions = sum(len(ms) for ms in look.mentions_by_article.values())
    files = (
        DataFile(f"{folder}/events.csv", "events.csv", "One row per event, for spreadsheets and scripts.",
                 len(look.events), EVENT_COLUMNS),
        DataFile(f"{folder}/events.json", "events.json",
                 "A JSON list of events with every source report, its evidence sentence and its own date "
                 "and figures.", len(look.events), EVENT_FIELDS),
        DataFile(f"{folder}/actors.json", "actors.json", "A JSON list of the actors that have a page.",
                 len(look.actors), ACTOR_FIELDS),
        DataFile(f"{folder}/mentions.csv", "mentions.csv",
                 "One row per mention of an actor in an article, in article and sentence order.", mentions,
                 MENTION_COLUMNS),
        DataFile(f"{folder}/articles.json", "articles.json", "A JSON list of the source articles (without "
                 "their text).", len(look.articles), ARTICLE_FIELDS),
    )
    return DataPage(f"{folder}/index.md", "Data downloads", files)
