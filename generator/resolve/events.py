"""Corpus-wide event resolution: event mentions -> one Event per real-world happening."""
from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from slugify import slugify

from generator.extract.events.lexicon import family, resignation  # noqa: F401 (re-exported)
from generator.extract.events.sides import event_sides
from generator.model import DateValue, Event, EventMention, Participant, Problem
from generator.resolve.clusters import PRECISION_RANK, cluster_mentions
from generator.resolve.overrides import EventOverrides
from generator.resolve.titles import TYPE_LABELS, act_of, event_title, kind_of  # noqa: F401 (re-exported)

ROLE_RANK = {"initiator": 0, "target": 1, "participant": 2}


def _pick_date(mentions: Sequence[EventMention]) -> DateValue | None:
    dates = [m.date for m in mentions if m.date is not None]
    if not dates:
        return None
    counts = Counter(d.iso() for d in dates)
    return sorted(dates, key=lambda d: (PRECISION_RANK[d.precision], -counts[d.iso()], d.start, d.basis))[0]


def _pick_type(mentions: Sequence[EventMention]) -> str:
    counts = Counter(m.type for m in mentions)
    order = ("attack", "armed_clash", "explosion")
    return sorted(counts, key=lambda t: (-counts[t], order.index(t) if t in order else 9, t))[0]


def _pick_participants(mentions: Sequence[EventMention]) -> tuple[Participant, ...]:
    roles: dict[str, Counter] = {}
    for m in mentions:
        for p in m.participants:
            roles.setdefault(p.actor_id, Counter())[p.role] += 1
    chosen = []
    for actor_id, counter in roles.items():
        role = sorted(counter, key=lambda r: (-counter[r], ROLE_RANK[r]))[0]
        chosen.append(Participant(actor_id, role))
    return tuple(sorted(chosen, key=lambda p: (ROLE_RANK[p.role], p.actor_id)))


def _pick_place(mentions: Sequence[EventMention]) -> str | None:
    counts = Counter(m.place for m in mentions if m.place)
    return sorted(counts, key=lambda p: (-counts[p], p))[0] if counts else None


def event_slug(date: DateValue | None, title: str) -> str:
    prefix = date.iso().replace("/", "-to-") if date else "undated"
    return f"{prefix}-{slugify(title, max_length=80, word_boundary=True)}"


def _build(groups: Sequence[Sequence[EventMention]], names: Mapping[str, str],
           represents: Mapping[str, str] | None = None) -> tuple[Event, ...]:
    """Events from groups of reports, with ids that are unique and stable."""
    events: list[Event] = []
    used: Counter = Counter()
    for group in groups:
        group = sorted(group, key=lambda x: (x.article_id, x.sentence, x.type))
        date = _pick_date(group)
        participants, sides = event_sides(_pick_participants(group), represents or {}, group)  # leader with party
        place = _pick_place(group)
        event_type = _pick_type(group)
        title = event_title(event_type, sides, place, names, kind_of(group), act_of(event_type, group),
                            group[0].trigger)
        base = event_slug(date, title)
        used[base] += 1
        event_id = base if used[base] == 1 else f"{base}-{used[base]}"
        events.append(Event(event_id, event_type, title, date, place, participants, tuple(group)))
    return tuple(sorted(events, key=lambda e: (e.date is None, e.date.start.isoformat() if e.date else "", e.id)))


def resolve_events(
    mentions: Sequence[EventMention],
    names: Mapping[str, str],
    published: Mapping[str, DateValue | None] | None = None,
    overrides: EventOverrides | None = None,
    parents: Mapping[str, str] | None = None,
) -> tuple[Event, ...]:
    """Merge event mentions into events with ids that are unique and stable."""
    return resolve_events_checked(mentions, names, published, overrides, parents)[0]


def resolve_events_checked(
    mentions: Sequence[EventMention],
    names: Mapping[str, str],
    published: Mapping[str, DateValue | None] | None = None,
    overrides: EventOverrides | None = None,
    parents: Mapping[str, str] | None = None,
    represents: Mapping[str, str] | None = None,
) -> tuple[tuple[Event, ...], tuple[Problem, ...]]:
    """`resolve_events`, then the curator's merges and splits; problems name the overrides
    file's lines whose event ids no automatic event has."""
    events = _build(cluster_mentions(mentions, published, parents), names, represents)
    if overrides is None or not (overrides.merge or overrides.split):
        return events, ()
    groups = {e.id: list(e.sources) for e in events}
    problems: list[Problem] = []

    def unknown(event_id: str, what: str) -> None:
        problems.append(Problem(overrides.path, overrides.line_of(event_id),
                                f"{what}: no event has the id {event_id!r}"))

    for event_id in overrides.split:
        if event_id not in groups:
            unknown(event_id, "split")
            continue
        reports = groups.pop(event_id)
        for article in sorted({m.article_id for m in reports}):
            groups[f"{event_id}#{article}"] = [m for m in reports if m.article_id == article]
    for ids in overrides.merge:
        missing = [i for i in ids if i not in groups]
        for event_id in missing:
            unknown(event_id, "merge")
        if missing:
            continue
        for other in ids[1:]:
            groups[ids[0]] += groups.pop(other)
    return _build([groups[k] for k in sorted(groups)], names, represents), tuple(problems)
