"""Typed relations between two actors, read from the events they share: who attacked, clashed
with, agreed with, met, arrested, protested against, accused or claimed an attack on whom.

From the point of view of the page's actor (`me`): "attacked" means it attacked the other actor,
"attacked by" the reverse. Each event counts once per relation.
"""
from __future__ import annotations

from collections import Counter

from generator.model import Event

ACTS = {  # event type -> (initiator's word, target's word)
    "attack": ("attacked", "attacked by"),
    "explosion": ("attacked", "attacked by"),
    "arrest": ("arrested", "arrested by"),
    "protest": ("protested against", "protested against by"),
}
TOGETHER = {"armed_clash": "clashed with", "agreement": "agreed with", "meeting_or_talks": "met"}


def _relations(me: str, other: str, event: Event) -> set[str]:
    mine = {p.role for p in event.participants if p.actor_id == me}
    theirs = {p.role for p in event.participants if p.actor_id == other}
    found: set[str] = set()
    if event.type in ACTS and mine and theirs:
        forward, backward = ACTS[event.type]
        if "initiator" in mine and "target" in theirs:
            found.add(forward)
        if "target" in mine and "initiator" in theirs:
            found.add(backward)
    if event.type in TOGETHER and mine and theirs:
        found.add(TOGETHER[event.type])
    for s in event.sources:
        if s.blamed_by == me and s.blamed_on == other:
            found.add("accused")
        if s.blamed_by == other and s.blamed_on == me:
            found.add("accused by")
        if s.claimed_by == me and "target" in theirs:
            found.add("claimed an attack on")
    return found


def typed_relations(me: str, other: str, events) -> tuple[tuple[str, int], ...]:
    """(relation, events) pairs, most events first, then by word."""
    counts: Counter = Counter()
    for event in events:
        counts.update(_relations(me, other, event))
    return tuple(sorted(counts.items(), key=lambda item: (-item[1], item[0])))
