"""The curated actor registry (`actors.yml`): read, validate, and turn into a `Registry`.

    actors:
      - name: Haqqani Network
        id: haqqani-network          # optional; default: slug of the name
        kind: armed_group            # one of model.ACTOR_KINDS
        aliases: [Haqqanis, Haqqani network]
        description: ...
        country: Afghanistan         # name, alias or id of another actor
        parent: Taliban
        links: [https://...]
        metonyms: [Kabul]
        demonyms: [Afghan]
    ignore: [Pajhwok, Reuters]       # names that are never actors
    distinct: [[Taliban, Tehrik-e-Taliban Pakistan]]
    places: [Torkham]

Validation collects every problem, each naming `actors.yml:LINE`. An entry with a
structural problem (no name, no or unknown kind, bad id, duplicate name or id) is
left out; a problem in one field (unknown key, wrong type, an alias another actor
already claims, an unknown country or parent) drops only that value. Valid actors
are always returned.
"""
from __future__ import annotations

import difflib
import logging
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from slugify import slugify

from generator.model import ACTOR_KINDS, Actor, Problem, Registry

log = logging.getLogger(__name__)

TOP_KEYS = ("actors", "distinct", "ignore", "places")
ACTOR_KEYS = ("aliases", "country", "demonyms", "description", "id", "kind", "links", "metonyms", "name", "parent")
LIST_KEYS = ("aliases", "demonyms", "links", "metonyms")
_STR = "tag:yaml.org,2002:str"
_NULL = "tag:yaml.org,2002:null"


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _hint(word: str, choices: tuple[str, ...]) -> str:
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else f" (allowed: {', '.join(choices)})"


@dataclass
class _Entry:
    line: int
    name: str = ""
    name_line: int = 0
    id: str = ""
    id_line: int = 0
    kind: str = ""
    description: str = ""
    refs: dict[str, tuple[str, int]] = field(default_factory=dict)  # country/parent -> (text, line)
    lists: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    ok: bool = True


class _Checker:
    """Collects problems while walking the YAML node tree."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[Problem] = []

    def problem(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.path, line, message))

    def text(self, node: yaml.Node, what: str) -> str | None:
        """A non-empty string scalar, or None after reporting why not."""
        if isinstance(node, yaml.ScalarNode) and node.tag == _STR and " ".join(node.value.split()):
            return " ".join(node.value.split())
        if isinstance(node, yaml.ScalarNode) and node.tag != _STR and node.tag != _NULL:
            self.problem(_line(node), f"{what} must be text, not {node.value!r} (quote it: \"{node.value}\")")
        else:
            self.problem(_line(node), f"{what} must be a non-empty text")
        return None

    def texts(self, node: yaml.Node, what: str) -> list[tuple[str, int]]:
        """A list of strings as [(text, line)]; null is an empty list."""
        if isinstance(node, yaml.ScalarNode) and node.tag == _NULL:
            return []
        if not isinstance(node, yaml.SequenceNode):
            self.problem(_line(node), f"{what} must be a list of strings, e.g. [a, b]")
            return []
        items = []
        for item in node.value:
            if (text := self.text(item, f"each item of {what}")) is not None:
                items.append((text, _line(item)))
        return items

    def mapping(self, node: yaml.MappingNode, allowed: tuple[str, ...], where: str) -> dict[str, tuple[yaml.Node, yaml.Node]]:
        """Keys of a mapping with their nodes; unknown and duplicate keys are reported."""
        keys: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        for key_node, value_node in node.value:
            key = str(key_node.value) if isinstance(key_node, yaml.ScalarNode) else "?"
            if key in keys:
                self.problem(_line(key_node), f"duplicate key {key!r}{where} (first at line {_line(keys[key][0])})")
            elif key not in allowed:
                self.problem(_line(key_node), f"unknown key {key!r}{where}{_hint(key, allowed)}")
            else:
                keys[key] = (key_node, value_node)
        return keys


def _entry(check: _Checker, node: yaml.Node) -> _Entry | None:
    if not isinstance(node, yaml.MappingNode):
        check.problem(_line(node), "each actor must be a mapping with at least `name:` and `kind:`")
        return None
    entry = _Entry(line=_line(node))
    name_node = next((v for k, v in node.value if getattr(k, "value", None) == "name"), None)
    label = f" in actor {name_node.value!r}" if isinstance(name_node, yaml.ScalarNode) and name_node.value else " in actor"
    keys = check.mapping(node, ACTOR_KEYS, label)
    if "name" not in keys:
        check.problem(entry.line, "actor without a name (add `name:`)")
        return None
    name = check.text(keys["name"][1], "name")
    if name is None:
        return None
    entry.name, entry.name_line = name, _line(keys["name"][0])
    entry.id, entry.id_line = slugify(name), entry.name_line
    if "id" in keys:
        given = check.text(keys["id"][1], f"id of {name!r}")
        entry.id_line = _line(keys["id"][0])
        if given is None:
            entry.ok = False
        elif slugify(given) != given:
            check.problem(entry.id_line, f"id {given!r} of {name!r} is not a slug (use {slugify(given)!r})")
            entry.ok = False
        else:
            entry.id = given
    if not entry.id:
        check.problem(entry.name_line, f"name {name!r} gives an empty id (add `id:`)")
        entry.ok = False
    if "kind" not in keys:
        check.problem(entry.line, f"actor {name!r} has no kind (add `kind:`, one of: {', '.join(ACTOR_KINDS)})")
        entry.ok = False
    elif (kind := check.text(keys["kind"][1], f"kind of {name!r}")) is None:
        entry.ok = False
    elif kind not in ACTOR_KINDS:
        close = difflib.get_close_matches(kind, ACTOR_KINDS, n=1, cutoff=0.6)
        hint = f"did you mean {close[0]!r}? " if close else ""
        check.problem(_line(keys["kind"][1]),
                      f"unknown kind {kind!r} for {name!r} ({hint}allowed: {', '.join(ACTOR_KINDS)})")
        entry.ok = False
    else:
        entry.kind = kind
    if "description" in keys and not (keys["description"][1].tag == _NULL):
        entry.description = check.text(keys["description"][1], f"description of {name!r}") or ""
    for key in ("country", "parent"):
        if key in keys and keys[key][1].tag != _NULL:
            if (text := check.text(keys[key][1], f"{key} of {name!r}")) is not None:
                entry.refs[key] = (text, _line(keys[key][1]))
    for key in LIST_KEYS:
        entry.lists[key] = check.texts(keys[key][1], f"{key} of {name!r}") if key in keys else []
    return entry


def _unique(check: _Checker, entries: list[_Entry]) -> list[_Entry]:
    """Entries whose name and id are not taken by an earlier entry."""
    names: dict[str, _Entry] = {}
    ids: dict[str, _Entry] = {}
    kept = []
    for entry in entries:
        if (other := names.get(entry.name.casefold())) is not None:
            check.problem(entry.name_line, f"duplicate actor name {entry.name!r} (first at line {other.name_line})")
            continue
        names[entry.name.casefold()] = entry
        if not entry.ok:
            continue
        if (other := ids.get(entry.id)) is not None:
            check.problem(entry.id_line, f"duplicate actor id {entry.id!r}: {entry.name!r} and {other.name!r}"
                                         f" (line {other.name_line}); set a distinct `id:`")
            continue
        ids[entry.id] = entry
        kept.append(entry)
    return kept


def _actors(check: _Checker, entries: list[_Entry], left_out: set[str]) -> tuple[Actor, ...]:
    """Actors of the valid `entries`; references to `left_out` names (already reported) become None."""
    claimed: dict[str, _Entry] = {e.name.casefold(): e for e in entries}
    lookup: dict[str, _Entry] = {**claimed, **{e.id: e for e in entries}}
    aliases: dict[str, tuple[str, ...]] = {}
    for entry in entries:
        kept: list[str] = []
        for alias, line in entry.lists["aliases"]:
            owner = claimed.setdefault(alias.casefold(), entry)
            if owner is not entry:
                what = "the name" if owner.name.casefold() == alias.casefold() else "an alias"
                check.problem(line, f"alias {alias!r} of {entry.name!r} is already {what} of {owner.name!r}"
                                    f" (line {owner.name_line})")
            elif alias != entry.name and alias not in kept:
                kept.append(alias)
        aliases[entry.id] = tuple(kept)
    for alias, owner in claimed.items():
        lookup.setdefault(alias, owner)
    actors = []
    for entry in entries:
        refs: dict[str, str | None] = {"country": None, "parent": None}
        for key, (text, line) in entry.refs.items():
            target = lookup.get(text) or lookup.get(text.casefold())
            if target is None and {text, text.casefold()} & left_out:
                continue
            if target is None:
                names = tuple(sorted(e.name for e in entries))
                close = difflib.get_close_matches(text, names, n=1, cutoff=0.6)
                hint = f" (did you mean {close[0]!r}?)" if close else " (add it to `actors`)"
                check.problem(line, f"{key} {text!r} of {entry.name!r} is not an actor in the registry{hint}")
            elif target is entry:
                check.problem(line, f"{key} of {entry.name!r} names the actor itself")
            else:
                refs[key] = target.id
        actors.append(Actor(
            id=entry.id, name=entry.name, kind=entry.kind, aliases=aliases[entry.id],
            description=entry.description, country=refs["country"], parent=refs["parent"],
            links=_dedupe(entry.lists["links"]), metonyms=_dedupe(entry.lists["metonyms"]),
            demonyms=_dedupe(entry.lists["demonyms"]), curated=True, line=entry.line,
        ))
    return tuple(sorted(actors, key=lambda a: a.id))


def _dedupe(items: list[tuple[str, int]]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(text for text, _ in items))


def _distinct(check: _Checker, node: yaml.Node) -> tuple[tuple[str, str], ...]:
    if not isinstance(node, yaml.SequenceNode):
        check.problem(_line(node), "distinct must be a list of pairs, e.g. [[Taliban, Tehrik-e-Taliban Pakistan]]")
        return ()
    pairs = set()
    for item in node.value:
        names = check.texts(item, "each pair in distinct")
        if isinstance(item, yaml.SequenceNode) and len(item.value) != 2:
            check.problem(_line(item), f"each pair in distinct must have exactly 2 names, not {len(item.value)}")
        elif len(names) == 2:
            pairs.add(tuple(sorted(name for name, _ in names)))
    return tuple(sorted(pairs))


def parse_registry(text: str, path: str) -> tuple[Registry, tuple[Problem, ...]]:
    """Validate registry YAML `text`; `path` is only used in problems."""
    check = _Checker(path)
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        return Registry(), (Problem(path, mark.line + 1 if mark else 1, f"invalid YAML: {err.problem or err.context}"),)
    except yaml.reader.ReaderError as err:  # a control character: not YAML text
        return Registry(), (Problem(path, text.count("\n", 0, err.position) + 1, f"invalid YAML: {err.reason}"
                                    f" (character #x{err.character:04x})"),)
    if root is None:
        return Registry(), ()
    if not isinstance(root, yaml.MappingNode):
        check.problem(_line(root), f"the registry must be a mapping with the keys {', '.join(TOP_KEYS)}")
        return Registry(), tuple(check.problems)
    keys = check.mapping(root, TOP_KEYS, " at the top level")
    entries: list[_Entry] = []
    if "actors" in keys:
        node = keys["actors"][1]
        if isinstance(node, yaml.SequenceNode):
            entries = [e for e in (_entry(check, item) for item in node.value) if e is not None]
        elif node.tag != _NULL:
            check.problem(_line(node), "actors must be a list of actor entries (- name: ...)")
    kept = _unique(check, entries)
    left_out = {key for e in entries if e not in kept for key in (e.id, e.name.casefold())} - {
        key for e in kept for key in (e.id, e.name.casefold())}
    actors = _actors(check, kept, left_out)
    ignore = check.texts(keys["ignore"][1], "ignore") if "ignore" in keys else []
    places = check.texts(keys["places"][1], "places") if "places" in keys else []
    distinct = _distinct(check, keys["distinct"][1]) if "distinct" in keys else ()
    registry = Registry(
        actors=actors,
        ignore=tuple(sorted({t for t, _ in ignore})),
        distinct=distinct,
        places=tuple(sorted({t for t, _ in places})),
    )
    return registry, tuple(sorted(check.problems, key=lambda p: (p.line, p.message)))


def read_registry(path: Path | None) -> tuple[Registry, tuple[Problem, ...]]:
    """The registry at `path` (None: an empty registry) and every problem found in it."""
    if path is None:
        return Registry(), ()
    shown = str(path)
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        return Registry(), (Problem(shown, 1, "registry file not found"),)
    except OSError as err:
        return Registry(), (Problem(shown, 1, f"cannot read registry: {err.strerror or err}"),)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        return Registry(), (Problem(shown, 1, f"not UTF-8 text (byte {err.start})"),)
    registry, problems = parse_registry(text, shown)
    log.info("registry %s: %d actors, %d problems", shown, len(registry.actors), len(problems))
    return registry, problems
