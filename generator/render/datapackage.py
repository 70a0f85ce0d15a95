"""A Frictionless data package (`datapackage.json`) that describes every data download.

Each CSV, JSON and JSON Lines download is a tabular resource: its fields in file order with
the meaning the downloads page gives them, a type read off the values (`integer`, `number`,
`boolean`, `object`, `array`, else `string`), the primary key `id` (or `event_id_cnty`) where
the file has one, and foreign keys between the files (mentions -> actors and articles, the
ACLED table -> events). A JSON download that is not a list of records (a GeoJSON map, for one)
is described as a plain file. Built from the files themselves, so a column added to a download
is described without touching this module; `frictionless` validates the package in the tests.
"""
from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Mapping, Sequence

from generator.render.context import DataFile

PRIMARY_KEYS = ("id", "event_id_cnty")
# (file, field) -> (file, field) it refers to; kept only when both files are downloads.
FOREIGN_KEYS = {
    ("mentions.csv", "actor_id"): ("actors.json", "id"),
    ("mentions.csv", "article_id"): ("articles.json", "id"),
    ("acled.csv", "event_id_cnty"): ("events.csv", "id"),
    ("events.csv", "id"): ("events.json", "id"),
}
MEDIA = {"csv": "text/csv", "json": "application/json", "jsonl": "application/jsonl",
         "geojson": "application/geo+json"}


def resource_name(file_name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", file_name.lower()).strip("-")


def _type(values: Sequence[object]) -> str:
    present = [v for v in values if v not in (None, "")]
    if not present:
        return "string"
    kinds = {type(v) for v in present}
    if kinds == {bool}:
        return "boolean"
    if kinds == {int}:
        return "integer"
    if kinds <= {int, float}:
        return "number"
    if kinds == {dict}:
        return "object"
    if kinds == {list}:
        return "array"
    if kinds == {str} and all(re.fullmatch(r"-?\d+", v) for v in present):
        return "integer"
    if kinds == {str} and all(re.fullmatch(r"-?\d+(?:\.\d+)?", v) for v in present):
        return "number"
    return "string"


def _records(name: str, text: str) -> tuple[list[str], list[dict]] | None:
    """(field names in order, records) of a tabular download; None for any other file."""
    if name.endswith(".csv"):
        rows = list(csv.reader(io.StringIO(text)))
        header = rows[0] if rows else []
        return header, [dict(zip(header, row)) for row in rows[1:]]
    if name.endswith(".jsonl"):
        records = [json.loads(line) for line in text.splitlines() if line.strip()]
    elif name.endswith(".json"):
        records = json.loads(text)
        if not isinstance(records, list):
            return None
    else:
        return None
    if not all(isinstance(r, dict) for r in records):
        return None
    fields: dict[str, None] = {}
    for record in records:
        fields.update(dict.fromkeys(record))
    return list(fields), records


def _meanings(described: DataFile | None) -> dict[str, str]:
    meanings = {}
    for column in described.columns if described else ():
        for name in column.name.split(", "):
            meanings[name.strip()] = column.meaning
    return meanings


def _resource(path: str, text: str, described: DataFile | None) -> dict:
    name = path.rsplit("/", 1)[-1]
    fmt = name.rsplit(".", 1)[-1]
    resource = {"name": resource_name(name), "path": name, "format": fmt, "mediatype": MEDIA.get(fmt, "text/plain"),
                "encoding": "utf-8"}
    if described:
        resource["title"], resource["description"] = described.title, described.description
    table = _records(name, text)
    if table is None:
        resource["type"] = "file"
        return resource
    header, records = table
    meanings = _meanings(described)
    fields = []
    for field in header:
        entry = {"name": field, "type": _type([r.get(field) for r in records])}
        if field in meanings:
            entry["description"] = meanings[field]
        fields.append(entry)
    resource["type"] = "table"
    resource["schema"] = {"fields": fields}
    if name.endswith(".csv"):
        resource["dialect"] = {"csv": {"delimiter": ",", "lineTerminator": "\n", "quoteChar": '"'}}
    key = next((k for k in PRIMARY_KEYS if k in header), None)
    if key and not name.endswith(".jsonl"):
        resource["schema"]["primaryKey"] = [key]
    return resource


def datapackage_json(files: Mapping[str, str], described: Sequence[DataFile], title: str) -> str:
    """The package of `files` (docs-relative path -> text), all in one folder; `described` are
    the downloads page's entries, whose meanings become the field descriptions."""
    by_path = {d.path: d for d in described}
    resources = [_resource(path, text, by_path.get(path)) for path, text in sorted(files.items())]
    names = {r["path"]: r for r in resources}
    for (source, field), (target, target_field) in sorted(FOREIGN_KEYS.items()):
        if source in names and target in names and "schema" in names[source] and "schema" in names[target]:
            names[source]["schema"].setdefault("foreignKeys", []).append({
                "fields": [field], "reference": {"resource": names[target]["name"], "fields": [target_field]}})
    package = {"name": "reportsite-data", "title": title, "profile": "data-package",
               "resources": resources}
    return json.dumps(package, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
