"""Curator overrides for events: a hand-kept file that extraction never writes.

`events.yml` beside `actors.yml`:

    # one happening that the automatic merge left as several events
    merge:
      - [2016-09-22-agreement-between-government-of-afghanistan-and-hezb-e-islami,
         2016-09-agreement-between-gulbuddin-hekmatyar-and-ashraf-ghani]
    # an event that mixes different happenings: one event per reporting article
    split:
      - 2016-04-19-attack-in-kabul

Ids are the ids the automatic resolution gives (the slugs in the site's event URLs). An id
that no event has is a problem `events.yml:line: ...`, and that entry is skipped; the rest of
the file still applies.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from generator.model import Problem


@dataclass(frozen=True)
class EventOverrides:
    merge: tuple[tuple[str, ...], ...] = ()  # each: event ids that are one happening
    split: tuple[str, ...] = ()  # event ids to break up, one event per article
    lines: tuple[tuple[str, int], ...] = ()  # (event id, line in the file) for messages
    path: str = "events.yml"

    def line_of(self, event_id: str) -> int:
        return next((n for i, n in self.lines if i == event_id), 1)


def read_overrides(path: Path | None) -> tuple[EventOverrides, tuple[Problem, ...]]:
    """The curator's merge/split file; a missing file is no overrides and no problem."""
    if path is None or not path.is_file():
        return EventOverrides(), ()
    try:
        return parse_overrides(path.read_text(encoding="utf-8"), path.name)
    except (OSError, UnicodeDecodeError) as exc:
        return EventOverrides(path=path.name), (Problem(path.name, 1, f"cannot read: {exc}"),)


def parse_overrides(text: str, name: str = "events.yml") -> tuple[EventOverrides, tuple[Problem, ...]]:
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", 0) + 1
        return EventOverrides(path=name), (Problem(name, line, f"invalid YAML: {exc}"),)
    problems: list[Problem] = []
    merge: list[tuple[str, ...]] = []
    split: list[str] = []
    lines: list[tuple[str, int]] = []
    if root is None:
        return EventOverrides(path=name), ()
    if not isinstance(root, yaml.MappingNode):
        return EventOverrides(path=name), (Problem(name, root.start_mark.line + 1,
                                                   "expected a mapping with `merge:` and `split:`"),)
    for key, value in root.value:
        where = key.start_mark.line + 1
        if key.value not in ("merge", "split"):
            problems.append(Problem(name, where, f"unknown key {key.value!r} (expected merge, split)"))
            continue
        if not isinstance(value, yaml.SequenceNode):
            problems.append(Problem(name, where, f"`{key.value}:` must be a list"))
            continue
        for item in value.value:
            at = item.start_mark.line + 1
            if key.value == "split":
                if isinstance(item, yaml.ScalarNode) and item.value:
                    split.append(item.value)
                    lines.append((item.value, at))
                else:
                    problems.append(Problem(name, at, "a split entry is one event id"))
                continue
            ids = [i.value for i in item.value if isinstance(i, yaml.ScalarNode) and i.value] \
                if isinstance(item, yaml.SequenceNode) else []
            if len(ids) < 2 or len(ids) != len(item.value):
                problems.append(Problem(name, at, "a merge entry is a list of two or more event ids"))
                continue
            merge.append(tuple(ids))
            lines += [(i.value, i.start_mark.line + 1) for i in item.value]
    return EventOverrides(tuple(merge), tuple(split), tuple(lines), name), tuple(problems)
