"""Every data download and its page: the project's own files (`data_export`) plus the exports for
other tools: the ACLED-style table (`acled`), FollowTheMoney entities (`ftm`) and the
Frictionless data package that describes all of them (`datapackage`)."""
from __future__ import annotations

from collections.abc import Mapping

from dataclasses import replace

from generator.render.acled import ACLED_COLUMNS, acled_row
from generator.render.context import Column, DataFile, DataPage
from generator.render.data_export import _cell, _csv, coordinates
from generator.render.data_export import data_files as own_files
from generator.render.data_export import data_page as own_page
from generator.render.datapackage import datapackage_json
from generator.render.event_codes import EVENT_CODES
from generator.render.ftm import entities, entities_jsonl
from generator.render.lookup import Lookup

FTM_FIELDS = (
    Column("id", "Entity id: `rs-actor-<actor id>`, `rs-event-<event id>`, `rs-article-<article id>`, "
                 "`rs-place-<slug>`, `rs-report-<event id>-<article id>`, `rs-mention-<article id>-<actor id>`."),
    Column("schema", "The FollowTheMoney schema, one of those below."),
    Column("properties", "Property name -> list of values, as FollowTheMoney defines them."),
    Column("Person, PublicBody, Organization", "Actors: people; states, governments and government agencies; "
           "every other kind. `name`, `alias`, `description`, `country` (ISO code), `parent`, `sourceUrl`."),
    Column("Address", "A place named by the sources: `full` (as written), `country`, `latitude`, `longitude`."),
    Column("Event", "An event: `name` (title), `date` or `startDate` / `endDate`, `location`, `addressEntity`, "
                    "`country`, `organizer` (initiators), `involved` (targets and participants), `summary`."),
    Column("Article", "A source article: `title`, `publisher`, `author`, `publishedAt`, `sourceUrl`."),
    Column("Documentation", "An article reports an event: `document`, `entity`, `role` = `report`, `summary` "
                            "(the sentences)."),
    Column("Mention", "An article names an actor: `document`, `resolved`, `name` (the names it uses), "
                      "`detectedSchema`."),
)
PACKAGE_FIELDS = (
    Column("resources", "One entry per download: `name`, `path`, `format`, `mediatype`, `title`, `description`, "
                        "and for tables a `schema` of `fields` (`name`, `type`, `description`), `primaryKey` and "
                        "`foreignKeys`."),
    Column("profile", "`data-package` (Frictionless Data Package)."),
)


def _places(look: Lookup) -> dict[str, tuple]:
    return {e.place: coordinates(e.place) for e in look.events if e.place}


def _acled_rows(look: Lookup) -> list[list[object]]:
    places = _places(look)
    return [row for e in look.events if (row := acled_row(look, e, places, _cell)) is not None]


def _extra(look: Lookup, files: dict[str, str] | None = None) -> tuple[DataFile, ...]:
    """The entries of the ACLED table and the entities on the downloads page (counted in `files`
    when they are at hand)."""
    folder = look.settings.data_dir
    acled = DataFile(
        f"{folder}/acled.csv", "acled.csv",
        "The events in the column layout of [ACLED](https://acleddata.com/) data, with this project's types and "
        "actor kinds mapped to ACLED's through the table on the methodology page. A field the articles do not "
        "decide is empty, never guessed; `fatalities` is the lowest reported figure. Statements, elections, policy "
        "decisions and other events without an ACLED counterpart are left out.",
        sum(1 for e in look.events if EVENT_CODES[e.type].disorder), ACLED_COLUMNS)
    entity_count = (files[f"{folder}/entities.ftm.jsonl"].count("\n") if files
                    else len(entities(look, _places(look))))
    ftm = DataFile(
        f"{folder}/entities.ftm.jsonl", "entities.ftm.jsonl",
        "[FollowTheMoney](https://followthemoney.tech/) entities, one JSON object a line, to load into Aleph or "
        "OpenAleph (`ftm store write`, `alephclient write-entities`).", entity_count, FTM_FIELDS)
    return acled, ftm


def data_files(look: Lookup, more: Mapping[str, str] | None = None) -> dict[str, str]:
    """The downloads, docs-relative path -> text; `more` (other JSON downloads, such as the events
    GeoJSON) is described in the data package too."""
    folder = look.settings.data_dir
    files = {**own_files(look), **(more or {})}
    files[f"{folder}/acled.csv"] = _csv(ACLED_COLUMNS, _acled_rows(look))
    files[f"{folder}/entities.ftm.jsonl"] = entities_jsonl(look, _places(look))
    described = (*own_page(look).files, *_extra(look, files))
    files[f"{folder}/datapackage.json"] = datapackage_json(files, described, "Data downloads of this site")
    return files


def data_page(look: Lookup) -> DataPage:
    page = own_page(look)
    folder = look.settings.data_dir
    extra = _extra(look)
    package = DataFile(
        f"{folder}/datapackage.json", "datapackage.json",
        "A [Frictionless](https://frictionlessdata.io/) data package that describes every download above: its "
        "fields, their types and meanings, primary and foreign keys (`frictionless validate datapackage.json`, "
        "or `Package('datapackage.json')` in Python).", len(page.files) + len(extra), PACKAGE_FIELDS)
    return replace(page, files=(*page.files, *extra, package))
