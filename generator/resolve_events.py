"""Corpus-wide event resolution: event mentions -> one Event per real-world happening."""
from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from slugify import slugify

from .model import DateValue, Event, EventMention, Participant

FAMILIES = {
    "attack": "violence",
    "explosion": "violence",
    "armed_clash": "violence",
}
UNDATED_WINDOW_DAYS = 45  # an undated report is about the weeks before its article appeared
ROLE_RANK = {"initiator": 0, "target": 1, "participant": 2}
PRECISION_RANK = {"day": 0, "range": 1, "month": 2, "year": 3}
TYPE_LABELS = {
    "attack": "Attack",
    "armed_clash": "Armed clash",
    "explosion": "Explosion",
    "protest": "Protest",
    "agreement": "Agreement",
    "meeting_or_talks": "Talks",
    "statement_or_report": "Statement",
    "arrest": "Arrest",
    "policy_decision": "Decision",
    "election": "Election",
    "other": "Event",
}


def family(event_type: str) -> str:
    return FAMILIES.get(event_type, event_type)


@dataclass
class _Cluster:
    mentions: list[EventMention] = field(default_factory=list)

    @property
    def actors(self) -> set[str]:
        return {p.actor_id for m in self.mentions for p in m.participants}

    @property
    def places(self) -> set[str]:
        return {m.place for m in self.mentions if m.place}

    @property
    def articles(self) -> set[str]:
        return {m.article_id for m in self.mentions}


def _dates_agree(a: DateValue | None, b: DateValue | None) -> bool:
    if a is None or b is None:
        return False
    if a.precision == b.precision == "day":
        return a.start == b.start
    return a.contains(b) or b.contains(a)


def _shared(m: EventMention, cluster: _Cluster) -> int:
    """How much a report has in common with a cluster: shared actors, plus one for the place."""
    actors = {p.actor_id for p in m.participants}
    return len(actors & cluster.actors) + (1 if m.place and m.place in cluster.places else 0)


def _compatible(m: EventMention, cluster: _Cluster) -> bool:
    """Two dated reports: same type family, agreeing dates, a shared actor or place."""
    if family(m.type) != family(cluster.mentions[0].type):
        return False
    dated = [c.date for c in cluster.mentions if c.date is not None]
    if m.date is None or not dated:
        return False
    if not all(_dates_agree(m.date, d) for d in dated):
        return False
    return _shared(m, cluster) > 0 or not m.participants


def _near_publication(cluster: _Cluster, published: DateValue | None) -> bool:
    """An undated report of an article is about something shortly before it appeared."""
    if published is None:
        return True
    dated = [c.date for c in cluster.mentions if c.date is not None]
    return all(
        d.start <= published.end and d.end >= published.start - dt.timedelta(days=UNDATED_WINDOW_DAYS)
        for d in dated
    )


def _home_for_undated(m: EventMention, clusters: list[_Cluster], published: DateValue | None) -> _Cluster | None:
    """An undated report joins the one cluster it clearly belongs to, or none.

    Candidates share the type family and an actor or the place, and are dated or come
    from the same article (two undated reports in different articles are never merged:
    nothing shows they are the same happening). When the article's publication date is
    known, the event must have happened in the weeks before it. A cluster with a report
    from the same article wins; otherwise the best candidate must be unique.
    """
    scored = [
        (c, _shared(m, c)) for c in clusters
        if family(m.type) == family(c.mentions[0].type) and _shared(m, c) > 0
        and (m.article_id in c.articles or any(x.date is not None for x in c.mentions))
        and (m.article_id in c.articles or _near_publication(c, published))
    ]
    if not scored:
        return None
    same_article = [(c, n) for c, n in scored if m.article_id in c.articles]
    pool = same_article or scored
    best = max(n for _, n in pool)
    top = [c for c, n in pool if n == best]
    return top[0] if len(top) == 1 else None


def _mention_key(m: EventMention) -> tuple:
    date = m.date
    return (
        date is None,
        date.start.isoformat() if date else "",
        PRECISION_RANK[date.precision] if date else 9,
        m.article_id,
        m.sentence,
        m.type,
    )


def cluster_mentions(
    mentions: Sequence[EventMention], published: Mapping[str, DateValue | None] | None = None
) -> list[list[EventMention]]:
    """Group event mentions that report the same happening; deterministic.

    Dated reports are grouped first; then each undated report joins the cluster it
    clearly belongs to, or starts its own.
    """
    clusters: list[_Cluster] = []
    ordered = sorted(mentions, key=_mention_key)
    for m in (x for x in ordered if x.date is not None):
        home = next((c for c in clusters if _compatible(m, c)), None)
        if home is None:
            clusters.append(_Cluster([m]))
        else:
            home.mentions.append(m)
    for m in (x for x in ordered if x.date is None):
        home = _home_for_undated(m, clusters, (published or {}).get(m.article_id))
        if home is None:
            clusters.append(_Cluster([m]))
        else:
            home.mentions.append(m)
    return [sorted(c.mentions, key=lambda x: (x.article_id, x.sentence, x.type)) for c in clusters]


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


def event_title(event_type: str, participants: Sequence[Participant], place: str | None,
                names: Mapping[str, str]) -> str:
    """A readable title from type, participants and place."""
    def who(role: str) -> list[str]:
        return [names.get(p.actor_id, p.actor_id) for p in participants if p.role == role]

    initiators, targets, others = who("initiator"), who("target"), who("participant")
    label = TYPE_LABELS[event_type]
    sides = initiators + others + targets
    if event_type in ("agreement", "meeting_or_talks", "armed_clash") and len(sides) >= 2:
        title = f"{label} between {' and '.join(sides[:2])}" if len(sides) == 2 else \
            f"{label} between {', '.join(sides[:-1])} and {sides[-1]}"
    elif event_type == "statement_or_report" and sides:
        title = f"{label} by {sides[0]}"
    elif initiators and targets:
        title = f"{initiators[0]} {label.lower()} on {targets[0]}"
    elif initiators:
        title = f"{label} by {initiators[0]}"
    elif targets:
        title = f"{label} on {targets[0]}"
    elif others:
        title = f"{label} involving {', '.join(others[:2])}"
    else:
        title = label
    if place and place not in title:
        title += f" in {place}"
    return title


def event_slug(date: DateValue | None, title: str) -> str:
    prefix = date.iso().replace("/", "-to-") if date else "undated"
    return f"{prefix}-{slugify(title, max_length=80, word_boundary=True)}"


def resolve_events(
    mentions: Sequence[EventMention],
    names: Mapping[str, str],
    published: Mapping[str, DateValue | None] | None = None,
) -> tuple[Event, ...]:
    """Merge event mentions into events with ids that are unique and stable."""
    events: list[Event] = []
    used: Counter = Counter()
    for group in cluster_mentions(mentions, published):
        date = _pick_date(group)
        participants = _pick_participants(group)
        place = _pick_place(group)
        event_type = _pick_type(group)
        title = event_title(event_type, participants, place, names)
        base = event_slug(date, title)
        used[base] += 1
        event_id = base if used[base] == 1 else f"{base}-{used[base]}"
        events.append(Event(event_id, event_type, title, date, place, participants, tuple(group)))
    return tuple(sorted(events, key=lambda e: (e.date is None, e.date.start.isoformat() if e.date else "", e.id)))
