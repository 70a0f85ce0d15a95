"""Roll-up: the events an actor takes part in through its units and members.

An organisation's units and members are the actors whose registry `parent` chain leads to it
(the Haqqani Network is part of the Taliban; the Pakistan Army of the Pakistan Armed Forces of the
Government of Pakistan), including people tied to it by the extraction (a spokesman). A state also
rolls up its government and government agencies (its forces, its ministries) and their units.
The actor page lists these events apart from its own, each with the unit or member it came through.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from generator.render.context import EventRow, Ref
from generator.render.lookup import Lookup

STATE_ORGANS = ("government", "government_agency")


@dataclass(frozen=True)
class RolledUpEvent:
    row: EventRow
    through: tuple[Ref, ...]  # the units or members taking part, by name


def members(look: Lookup, actor_id: str) -> set[str]:
    """Every actor below `actor_id`: its units and members, theirs, and so on (never itself)."""
    children: dict[str, set[str]] = defaultdict(set)
    for child, parent in look.parents.items():
        children[parent].add(child)
    actor = look.actors.get(actor_id)
    start = set(children.get(actor_id, ()))
    if actor is not None and actor.kind == "state":
        start |= {a.id for a in look.actors.values()
                  if a.country == actor_id and a.kind in STATE_ORGANS and a.id != actor_id}
    found: set[str] = set()
    todo = sorted(start)
    while todo:
        current = todo.pop()
        if current in found or current == actor_id:
            continue
        found.add(current)
        todo.extend(sorted(children.get(current, ())))
    return found


def rolled_up(look: Lookup, actor_id: str) -> tuple[RolledUpEvent, ...]:
    """The events of the actor's units and members that it does not take part in itself,
    chronological, each with the units or members that do."""
    own = {e.id for e in look.events_by_actor.get(actor_id, [])}
    below = members(look, actor_id)
    through: dict[str, set[str]] = defaultdict(set)
    for member in sorted(below):
        for event in look.events_by_actor.get(member, []):
            if event.id not in own:
                through[event.id].add(member)
    return tuple(RolledUpEvent(look.event_row(e), look.actor_refs(through[e.id]))
                 for e in look.events if e.id in through)
