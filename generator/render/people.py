"""The people of an organisation: those the registry puts in it (`parent`), and those who, in the
reports of its events, speak or act for it (a spokesman, a leader folded into its side)."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from generator.render.context import Ref
from generator.render.lookup import Lookup


@dataclass(frozen=True)
class Person:
    ref: Ref
    registry: bool  # the registry places the person in the organisation
    events: int  # events in which the person stood for the organisation


def people(look: Lookup, actor_id: str) -> tuple[Person, ...]:
    """People tied to the organisation, the most events first, then by name."""
    listed = {a for a, parent in look.parents.items()
              if parent == actor_id and a in look.actors and look.actors[a].kind == "person"}
    spoke: Counter = Counter()
    for event in look.events:
        pairs = {pair for s in event.sources for pair in s.representatives if pair[1] == actor_id}
        spoke.update({person for person, _ in pairs if person != actor_id})
    ids = listed | set(spoke)
    rows = [Person(look.actor_ref(p), p in listed, spoke[p]) for p in ids]
    return tuple(sorted(rows, key=lambda r: (-r.events, r.ref.label.casefold(), r.ref.path or "")))
