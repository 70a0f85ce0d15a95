"""Reader for scraper exports: JSON Lines (`.jsonl`, `.ndjson`) and JSON (`.json`) files of articles.

news-please, `trafilatura --json` and similar tools write one JSON object per article: a JSON
Lines file holds one a line, a JSON file one object, a list of them, or `{"articles": [...]}`.
Each object's values are found through a field mapping: for each of the six values, the keys
tried in order (the first that holds a value wins). The defaults cover news-please and
trafilatura; the plugin option `json_fields` replaces the keys of any value:

    json_fields:
      text: [body, maintext]     # a key or a list of keys
      date: published_at

The save time (`date_download`, news-please's time of the crawl) is never a publication date.
Every message names `path:line` of the object; every article of a file that holds many gets the
id `<file slug>-<title slug>`.
"""
from __future__ import annotations

import json
from collections.abc import Mapping

from generator.model import Article, Problem
from generator.read.errors import ReadError
from generator.read.records import Record, date_value, entry_id, record_article, with_title
from generator.read.text import article_id

DEFAULT_FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("title", "title_page", "title_rss", "headline"),
    "text": ("maintext", "text", "raw_text", "content", "body"),
    "date": ("date_publish", "date", "published", "pubdate", "date_published"),
    "url": ("url", "source", "canonical_url", "link"),
    "outlet": ("outlet", "sitename", "source_domain", "source-hostname", "hostname", "publisher"),
    "author": ("authors", "author", "byline"),
}


def field_map(overrides: Mapping[str, object] | None) -> dict[str, tuple[str, ...]]:
    """The default mapping with the user's keys for some values; ValueError on a bad override."""
    fields = dict(DEFAULT_FIELDS)
    for name, keys in (overrides or {}).items():
        if name not in DEFAULT_FIELDS:
            raise ValueError(f"json_fields: unknown value {name!r} (known: {', '.join(DEFAULT_FIELDS)})")
        if isinstance(keys, str):
            keys = [keys]
        if not isinstance(keys, (list, tuple)) or not keys or not all(isinstance(k, str) and k for k in keys):
            raise ValueError(f"json_fields: {name} must be a key or a list of keys, not {keys!r}")
        fields[name] = tuple(keys)
    return fields


def _value(obj: dict, keys: tuple[str, ...]) -> object:
    for key in keys:
        value = obj.get(key)
        if value not in (None, "", []):
            return value
    return None


def _text(value: object) -> str | None:
    if isinstance(value, list):  # news-please's authors
        value = ", ".join(str(v) for v in value if isinstance(v, (str, int, float)) and str(v).strip())
    return str(value) if isinstance(value, (str, int, float)) and not isinstance(value, bool) else None


def _objects(raw: str, jsonl: bool) -> list[tuple[int, object]]:
    """(line, value) of each top-level object; ReadError at the line of a syntax error."""
    decoder = json.JSONDecoder()
    if jsonl:
        found = []
        for number, line in enumerate(raw.split("\n"), start=1):
            if line.strip():
                try:
                    found.append((number, json.loads(line)))
                except json.JSONDecodeError as err:
                    raise ReadError(number, f"invalid JSON: {err.msg} (column {err.colno})") from None
        return found
    try:
        start = len(raw) - len(raw.lstrip())
        value, _ = decoder.raw_decode(raw, start)
    except json.JSONDecodeError as err:
        raise ReadError(err.lineno, f"invalid JSON: {err.msg} (column {err.colno})") from None
    if isinstance(value, dict) and isinstance(value.get("articles"), list):
        start = raw.index("[", raw.index('"articles"'))
        value = value["articles"]
    if not isinstance(value, list):
        return [(raw.count("\n", 0, start) + 1, value)]
    return list(zip(_element_lines(raw, start, decoder), value))


def _element_lines(raw: str, start: int, decoder: json.JSONDecoder) -> list[int]:
    """The line of each element of the JSON array that opens at `start`."""
    lines, pos = [], start + 1
    while True:
        while pos < len(raw) and raw[pos] in " \t\r\n,":
            pos += 1
        if pos >= len(raw) or raw[pos] == "]":
            return lines
        lines.append(raw.count("\n", 0, pos) + 1)
        _, pos = decoder.raw_decode(raw, pos)


def read_json_articles(path: str, raw: str, fields: Mapping[str, tuple[str, ...]] | None = None,
                       shown: str | None = None) -> list[Article | Problem]:
    """Every article of one export file, and a Problem for each object that is not one."""
    fields = fields or DEFAULT_FIELDS
    shown = shown or path
    if not raw.strip():
        raise ReadError(1, "empty file")
    objects = _objects(raw, jsonl=not path.lower().endswith(".json"))
    many = len(objects) > 1
    results: list[Article | Problem] = []
    for number, (line, obj) in enumerate(objects, start=1):
        if not isinstance(obj, dict):
            results.append(Problem(shown, line, f"entry {number}: expected a JSON object, not {type(obj).__name__}"))
            continue
        values = {name: _value(obj, keys) for name, keys in fields.items()}
        date = date_value(values["date"]) if values["date"] is not None else None
        if values["date"] is not None and date is None:
            results.append(Problem(shown, line, f"entry {number}: not a date: {values['date']!r} (left unknown)"))
        record = with_title(Record(title=_text(values["title"]), text=_text(values["text"]), date=date,
                                   url=_text(values["url"]), outlet=_text(values["outlet"]),
                                   author=_text(values["author"])))
        try:
            results.append(record_article(
                record, id=entry_id(path, record.title, number) if many else article_id(path),
                path=f"{path}#{number}" if many else path, format="json", line=line,
                raw=json.dumps(obj, sort_keys=True, ensure_ascii=False)))
        except ReadError as err:
            keys = ", ".join(fields["text"] if err.message.startswith("no text") else fields["title"] + fields["text"])
            results.append(Problem(shown, err.line, f"entry {number}: {err.message} (keys tried: {keys})"))
    return results
