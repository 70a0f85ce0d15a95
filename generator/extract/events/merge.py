"""One happening told by several triggers of a sentence ("Afghan forces opened fire ... the
clashes") becomes one event: what each trigger found, and how they are merged."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from generator.extract.events import lexicon as lx
from generator.extract.events.candidate import Candidate, lemma
from generator.model import Casualties, DateValue, Participant

TYPE_PRIORITY = ("attack", "armed_clash", "explosion")  # which trigger leads when several merge

@dataclass
class Found:
    """What one trigger of a sentence says: its words, date, place, participants, figures."""

    cand: Candidate
    own: set[int]
    date: DateValue | None
    place: str | None
    participants: tuple[Participant, ...]
    claimed_by: str | None
    casualties: Casualties = Casualties()
    dated: bool = False  # a date expression was found, resolved or not
    day_hint: str | None = None  # "June 12" without a year: "--06-12"


def _related(a: Found, b: Found) -> bool:
    """One trigger governs the other, directly or through the verb of its clause."""
    ha, hb = a.cand.head, b.cand.head
    if hb in ha.conjuncts:
        return True
    for x, y in ((a, b), (b, a)):
        for gov in (x.cand.head, x.cand.top, _clause_verb(x.cand.top)):
            if gov is not None and (gov.is_ancestor(y.cand.head) or gov == y.cand.head):
                return True
    return a.cand.type == b.cand.type and a.date is not None and a.date == b.date


_SEQUENCE_PREPS = ("after", "before", "following", "since")
# "in retaliation for the killing of ...", "in response to the shelling": the act answered
_ANSWERED = {"retaliation", "revenge", "reprisal", "response", "reaction", "answer"}


def _sequenced(a: Found, b: Found) -> bool:
    """ "police fired on protesters ... after Wednesday's truck bombing", "... in retaliation for
    the killing of ...": one act told as coming after (or before, or answering) the other is a
    different happening."""
    for x in (a, b):
        head = x.cand.head
        if head.dep_ == "pobj" and head.head.lower_ in _SEQUENCE_PREPS:
            return True
        if head.dep_ == "pobj" and head.head.lower_ in ("for", "to") and lemma(head.head.head) in _ANSWERED:
            return True
        if head.dep_ == "dobj" and lemma(head.head) == "avenge":
            return True
    return False


def _clause_verb(tok: Token) -> Token | None:
    while tok.head != tok:
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("prep", "pcomp"):
            return None if lemma(tok) in lx.REPORTING else tok
    return None


def _compatible_dates(a: DateValue | None, b: DateValue | None, violent: bool = False) -> bool:
    """Same time, or for violence a few days apart ("opened fire late on Sunday ... exchanged
    fire for a second day on Monday" is one clash)."""
    if a is None or b is None or a.overlaps(b):
        return True
    if violent and a.precision == b.precision == "day":
        return abs((a.start - b.start).days) <= 3
    return False


def merge_found(found: list[Found]) -> list[Found]:
    """One happening reported by several triggers of a sentence becomes one event."""
    # acts that leave victims: violence, and a protest met with force ("police fired on protesters")
    strong = [f for f in found if not f.cand.weak and (f.cand.type in lx.VIOLENT or f.cand.type == "protest")]
    for weak in [f for f in found if f.cand.weak]:
        # "X was killed on May 21 when a drone struck": the victim and date join the strike,
        # rather than an act told as coming before ("... after Wednesday's truck bombing")
        told = [g for g in strong if not _sequenced(g, weak)] or strong
        into = next((g for g in told if _related(g, weak)), told[0] if told else None)
        if into is not None:
            _absorb(into, weak)
            found.remove(weak)
    out: list[Found] = []
    for f in sorted(found, key=lambda f: (_rank(f), f.cand.head.i)):
        target = None
        for g in out:
            same = lx.family(g.cand.type) == lx.family(f.cand.type)
            raid = (f.cand.head.lower_ in ("raid", "raids") and g.cand.type == "arrest") or (
                g.cand.head.lower_ in ("raid", "raids") and f.cand.type == "arrest")
            violent = same and f.cand.type in lx.VIOLENT
            if (same or raid) and _related(g, f) and not _sequenced(g, f) and \
                    _compatible_dates(g.date, f.date, violent) and (
                    g.place is None or f.place is None or g.place == f.place):
                target = g
                break
        if target is None:
            out.append(f)
            continue
        if f.cand.type == "arrest" and target.cand.type != "arrest":  # a raid that made arrests
            out[out.index(target)], (target, f) = f, (f, target)
        _absorb(target, f)
    return sorted(out, key=lambda f: f.cand.head.i)


def _absorb(target: Found, f: Found) -> None:
    if target.date is not None and f.date is not None and not target.date.overlaps(f.date):
        start, end = min(target.date.start, f.date.start), max(target.date.end, f.date.end)
        basis = target.date.basis if target.date.basis == f.date.basis else "inferred_from_context"
        target.date = DateValue(start, end, "range", basis, f"{target.date.text}; {f.date.text}")
    target.date = target.date or f.date
    target.dated = target.dated or f.dated
    target.day_hint = target.day_hint or f.day_hint
    target.place = target.place or f.place
    roles = {p.actor_id: p.role for p in f.participants}
    roles.update({p.actor_id: p.role for p in target.participants})
    target.participants = sorted_participants(roles)
    target.claimed_by = target.claimed_by or f.claimed_by
    target.own |= f.own
    target.cand.merged.append(f.cand)


def _rank(f: Found) -> tuple:
    """Which trigger names the merged event: attack, then clash, then explosion; but
    "opened fire" joins a clash rather than making it an attack."""
    t = f.cand.type
    order = TYPE_PRIORITY.index(t) if t in TYPE_PRIORITY else 9
    if t == "attack" and lemma(f.cand.head) in lx.SHOOTING:
        order = 1.5
    return (f.cand.weak, order,
            f.cand.head.pos_ != "VERB" and f.cand.verb is None)


def sorted_participants(roles: dict[str, str]) -> tuple[Participant, ...]:
    order = ("initiator", "target", "participant")
    return tuple(sorted((Participant(a, r) for a, r in roles.items()),
                        key=lambda p: (order.index(p.role), p.actor_id)))
