"""Gold annotation files for `reportsite evaluate`: reading and validation.

A gold file lists hand-annotated articles with their actors and events::

    articles:
      - file: 000_seed.txt
        publication_date: null
        actors:
          - name: Haqqani Network
            kind: armed_group
            surface_forms: [Haqqanis, Haqqani network]
            other_forms: []
        events:
          - key: hezb-peace-deal-2016-09-22
            type: agreement
            date: "2016-09-22"
            actors: [Government of Afghanistan, Hezb-e-Islami]

`read_gold` validates the whole file, collects every problem and raises one
`GoldError` whose message has one `path:line: message` line per problem.
"""
from __future__ import annotations

import calendar
import datetime as dt
import difflib
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import yaml

from generator.model import ACTOR_KINDS, EVENT_TYPES, DateValue, Problem

_DATE_FORMS = "YYYY, YYYY-MM, YYYY-MM-DD or an interval START/END of those"
_SINGLE_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class GoldActor:
    name: str
    kind: str  # one of model.ACTOR_KINDS
    surface_forms: tuple[str, ...]  # exact strings in the text; must be found
    other_forms: tuple[str, ...] = ()  # adjectival / coordinated forms, matching only
    line: int = 0


@dataclass(frozen=True)
class GoldEvent:
    key: str  # same key in two articles = the same real-world event
    type: str  # one of model.EVENT_TYPES
    date: str | None  # canonical DateValue.iso() form, None when the text cannot date it
    actors: tuple[str, ...]  # names from the article's actors
    line: int = 0


@dataclass(frozen=True)
class GoldArticle:
    file: str  # posix path relative to the articles folder (= Article.path)
    publication_date: str | None  # YYYY-MM-DD or None
    actors: tuple[GoldActor, ...]
    events: tuple[GoldEvent, ...]
    line: int = 0


@dataclass(frozen=True)
class Gold:
    path: str
    articles: tuple[GoldArticle, ...]  # in file order


class GoldError(ValueError):
    """A gold file that cannot be used; `problems` holds every problem found."""

    def __init__(self, problems: tuple[Problem, ...]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def parse_date(text: str) -> DateValue | None:
    """Parse a gold date (YYYY, YYYY-MM, YYYY-MM-DD, START/END); None when malformed."""
    parts = text.split("/")
    if len(parts) == 1:
        return _parse_single(text)
    if len(parts) != 2:
        return None
    first, last = _parse_single(parts[0]), _parse_single(parts[1])
    if first is None or last is None or first.start > last.end:
        return None
    return DateValue(first.start, last.end, "range", "explicit", text)


def _parse_single(text: str) -> DateValue | None:
    match = _SINGLE_DATE.fullmatch(text.strip())
    if not match:
        return None
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        if day is not None:
            start = end = dt.date(year, month, day)
            return DateValue(start, end, "day", "explicit", text)
        if month is not None:
            last = calendar.monthrange(year, month)[1]
            return DateValue(dt.date(year, month, 1), dt.date(year, month, last), "month", "explicit", text)
        return DateValue(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", "explicit", text)
    except (ValueError, calendar.IllegalMonthError):
        return None


def read_gold(path: Path | str) -> Gold:
    """Read and validate a gold file; raise GoldError listing every problem."""
    reader = _Reader(str(path))
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError((Problem(str(path), 1, f"cannot read gold file: {exc}"),)) from exc
    loader = yaml.SafeLoader(text)
    try:
        root = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        raise GoldError((Problem(str(path), line, f"invalid YAML: {exc.problem or exc}"),)) from exc
    finally:
        loader.dispose()
    gold = reader.read(root)
    if reader.problems:
        raise GoldError(tuple(sorted(reader.problems, key=lambda p: p.line)))
    return gold


class _Reader:
    """Walks the composed YAML nodes, keeping their line numbers for messages."""

    def __init__(self, path: str):
        self.path = path
        self.problems: list[Problem] = []
        self._constructor = yaml.constructor.SafeConstructor()

    def error(self, node: yaml.Node, message: str) -> None:
        self.problems.append(Problem(self.path, node.start_mark.line + 1, message))

    def read(self, root: yaml.Node | None) -> Gold:
        if root is None:
            self.problems.append(Problem(self.path, 1, "empty gold file; expected a mapping with key 'articles'"))
            return Gold(self.path, ())
        fields = self.mapping(root, "gold file", required=("articles",), optional=())
        if fields is None:
            return Gold(self.path, ())
        articles: list[GoldArticle] = []
        seen: dict[str, int] = {}
        for node in self.sequence(fields.get("articles"), "articles"):
            article = self.article(node)
            if article is None:
                continue
            if article.file in seen:
                self.error(node, f"duplicate file '{article.file}' (first at line {seen[article.file]})")
                continue
            seen[article.file] = article.line
            articles.append(article)
        return Gold(self.path, tuple(articles))

    def article(self, node: yaml.Node) -> GoldArticle | None:
        fields = self.mapping(node, "article", required=("file", "publication_date", "actors", "events"))
        if fields is None:
            return None
        file = self.string(fields.get("file"), "file")
        published = self.publication_date(fields.get("publication_date"))
        actors: list[GoldActor] = []
        names: set[str] = set()  # also names of invalid actors, so events report only their own faults
        for actor_node in self.sequence(fields.get("actors"), "actors"):
            name, actor = self.actor(actor_node)
            if name in names:
                self.error(actor_node, f"duplicate actor name '{name}' in this article")
                continue
            if name is not None:
                names.add(name)
            if actor is not None:
                actors.append(actor)
        events: list[GoldEvent] = []
        for event_node in self.sequence(fields.get("events"), "events"):
            event = self.event(event_node, names)
            if event is None:
                continue
            if any(e.key == event.key for e in events):
                self.error(event_node, f"duplicate event key '{event.key}' in this article")
                continue
            events.append(event)
        if file is None:
            return None
        file = PurePosixPath(file.replace("\\", "/")).as_posix()
        return GoldArticle(file, published, tuple(actors), tuple(events), node.start_mark.line + 1)

    def actor(self, node: yaml.Node) -> tuple[str | None, GoldActor | None]:
        fields = self.mapping(node, "actor", required=("name", "kind", "surface_forms"), optional=("other_forms",))
        if fields is None:
            return None, None
        name = self.string(fields.get("name"), "name")
        kind = self.choice(fields.get("kind"), "actor kind", ACTOR_KINDS)
        surface = self.strings(fields.get("surface_forms"), "surface_forms")
        other = self.strings(fields.get("other_forms"), "other_forms") if "other_forms" in fields else ()
        if name is None or kind is None or "surface_forms" not in fields:
            return name, None
        return name, GoldActor(name, kind, surface, other, node.start_mark.line + 1)

    def event(self, node: yaml.Node, names: set[str]) -> GoldEvent | None:
        fields = self.mapping(node, "event", required=("key", "type", "date", "actors"))
        if fields is None:
            return None
        key = self.string(fields.get("key"), "key")
        kind = self.choice(fields.get("type"), "event type", EVENT_TYPES)
        date, date_ok = self.event_date(fields.get("date"))
        actors = self.strings(fields.get("actors"), "actors")
        ok = True
        actors_node = fields.get("actors")
        if isinstance(actors_node, yaml.SequenceNode):
            for item in actors_node.value:
                value = self.scalar(item)
                if isinstance(value, str) and value not in names:
                    self.error(item, f"event actor '{value}' is not in this article's actors list")
                    ok = False
        if key is None or kind is None or not date_ok or not ok:
            return None
        return GoldEvent(key, kind, date, actors, node.start_mark.line + 1)

    def publication_date(self, node: yaml.Node | None) -> str | None:
        if node is None:
            return None
        value = self.scalar(node)
        if value is None:
            return None
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            return value.isoformat()
        if isinstance(value, str) and _DAY.fullmatch(value) and _parse_single(value):
            return value
        self.error(node, f"malformed publication_date '{_show(node)}'; expected YYYY-MM-DD or null")
        return None

    def event_date(self, node: yaml.Node | None) -> tuple[str | None, bool]:
        """The canonical iso form of an event date and whether it is valid."""
        if node is None:
            return None, False
        value = self.scalar(node)
        if value is None:
            return None, True
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            return value.isoformat(), True
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        parsed = parse_date(value) if isinstance(value, str) else None
        if parsed is None:
            self.error(node, f"malformed date '{_show(node)}'; expected {_DATE_FORMS}, or null")
            return None, False
        return parsed.iso(), True

    # -- generic node helpers -------------------------------------------------

    def mapping(
        self,
        node: yaml.Node | None,
        what: str,
        required: tuple[str, ...],
        optional: tuple[str, ...] = (),
    ) -> dict[str, yaml.Node] | None:
        if not isinstance(node, yaml.MappingNode):
            if node is not None:
                self.error(node, f"{what} must be a mapping")
            return None
        fields: dict[str, yaml.Node] = {}
        allowed = required + optional
        for key_node, value_node in node.value:
            key = self.scalar(key_node)
            if not isinstance(key, str) or key not in allowed:
                close = difflib.get_close_matches(_show(key_node), allowed, n=1)
                hint = f"did you mean '{close[0]}'?" if close else f"expected one of: {', '.join(allowed)}"
                self.error(key_node, f"unknown key '{_show(key_node)}' in {what}; {hint}")
            elif key in fields:
                self.error(key_node, f"duplicate key '{key}' in {what}")
            else:
                fields[key] = value_node
        for key in required:
            if key not in fields:
                self.error(node, f"missing key '{key}' in {what}")
        return fields

    def sequence(self, node: yaml.Node | None, what: str) -> list[yaml.Node]:
        if node is None:
            return []
        if isinstance(node, yaml.ScalarNode) and self.scalar(node) is None:
            return []  # `events:` left empty
        if not isinstance(node, yaml.SequenceNode):
            self.error(node, f"'{what}' must be a list")
            return []
        return list(node.value)

    def scalar(self, node: yaml.Node) -> object:
        if not isinstance(node, yaml.ScalarNode):
            return node  # a collection: callers treat it as a wrong type
        try:
            return self._constructor.construct_object(node, deep=True)
        except (ValueError, yaml.YAMLError):
            return node.value  # e.g. an impossible timestamp like 2016-13-01: validated as text

    def string(self, node: yaml.Node | None, what: str) -> str | None:
        if node is None:
            return None
        value = self.scalar(node)
        if not isinstance(value, str) or not value.strip():
            self.error(node, f"'{what}' must be a non-empty string")
            return None
        return value.strip()

    def strings(self, node: yaml.Node | None, what: str) -> tuple[str, ...]:
        values = []
        for item in self.sequence(node, what):
            value = self.string(item, f"{what} item")
            if value is not None:
                values.append(value)
        return tuple(values)

    def choice(self, node: yaml.Node | None, what: str, allowed: tuple[str, ...]) -> str | None:
        if node is None:
            return None
        value = self.scalar(node)
        if value not in allowed:
            self.error(node, f"unknown {what} '{_show(node)}'; expected one of: {', '.join(allowed)}")
            return None
        return value


def _show(node: yaml.Node) -> str:
    """The text of a node as written, for messages."""
    if isinstance(node, yaml.ScalarNode):
        return node.value
    return "<list>" if isinstance(node, yaml.SequenceNode) else "<mapping>"
