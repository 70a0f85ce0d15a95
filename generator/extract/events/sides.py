"""People who stand for an organisation: a leader, a spokesman, a negotiator is on the side of
the organisation they lead or speak for, never its counterpart ("an agreement between the
party and its leader"). The text says so ("X, the leader of Y", "Y spokesman X") or the
registry does (a person's `parent`)."""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from spacy.tokens import Span, Token

from generator.extract.events.actor_index import ActorIndex
from generator.extract.events.candidate import lemma
from generator.model import EventMention, Participant

REPRESENTING = {"leader", "chief", "head", "spokesman", "spokeswoman", "spokesperson", "commander", "founder",
                "chairman", "chairwoman", "chair", "emir", "amir", "negotiator", "representative", "envoy",
                "deputy", "secretary", "official", "member", "minister", "president", "premier", "boss"}
# who only ever acts for the organisation: what a spokesman does, the organisation does
SPEAKING = {"spokesman", "spokeswoman", "spokesperson", "negotiator", "representative", "envoy", "emissary"}
ORDER = ("initiator", "target", "participant")


def speaker_sides(span: Span, index: ActorIndex) -> tuple[dict[str, str], dict[str, str]]:
    """Person -> organisation the sentence says they lead or speak for: "X, the leader of Y",
    "X, Y's spokesman", "X, a spokesman for Y", "Y's leader X", "Y spokesman X", "the leader of
    Y, X", "Y and its leader, X"; and the same
    for those who only speak for it (spokesmen, negotiators, envoys)."""
    sides: dict[str, str] = {}
    speaks: dict[str, str] = {}
    for tok in span:
        if lemma(tok) not in REPRESENTING or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        orgs = _org_of(tok, index)
        person = _person_of(tok, index)
        if orgs and person and person not in orgs:
            sides.setdefault(person, orgs[0])
            if lemma(tok) in SPEAKING:
                speaks.setdefault(person, orgs[0])
    return sides, speaks


def _org_of(tok: Token, index: ActorIndex) -> list[str]:
    ids = []
    for c in tok.children:
        if c.dep_ in ("poss", "compound", "nmod", "amod") and index.at(c) and index.at(c) != index.at(tok):
            ids.append(index.at(c))
        elif c.dep_ == "prep" and c.lower_ in ("of", "for"):
            ids += [index.at(o) for o in c.children if o.dep_ == "pobj" and index.at(o)]
    if not ids and tok.dep_ in ("conj", "appos") and index.at(tok.head) and any(
            c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children):
        ids.append(index.at(tok.head))  # "Hezb-e-Islami and its leader, X"
    return ids


def _person_of(tok: Token, index: ActorIndex) -> str | None:
    if tok.dep_ in ("appos", "compound") and index.at(tok.head) and index.at(tok.head) != index.at(tok):
        return index.at(tok.head)  # "X, the leader of Y"; "Y spokesman X"
    app = next((c for c in tok.children if c.dep_ == "appos" and index.at(c)), None)
    return index.at(app) if app is not None else None  # "the leader of Y, X"; "Y's leader, X"


def fold_speakers(parts: Sequence[Participant], sides: Mapping[str, str], speaks: Mapping[str, str] | None = None
                  ) -> tuple[tuple[Participant, ...], tuple[tuple[str, str], ...]]:
    """Participants with each person who stands for another participant put on that
    participant's side (the same role; the organisation takes the person's role when it had
    none stronger: "the leader signed" is the party signing), and each who only speaks for an
    organisation joined by it; and the (person, organisation) pairs. The person stays listed,
    as the organisation's representative."""
    roles = {p.actor_id: p.role for p in parts}
    reps = []
    for person, org in sorted((speaks or {}).items()):
        if person in roles and org not in roles:
            roles[org] = roles[person]  # "Taliban spokesman X claimed the attack": the Taliban did
    for person, org in sorted({**sides, **(speaks or {})}.items()):
        if person in roles and org in roles and person != org:
            if roles[org] == "participant" and roles[person] != "participant":
                roles[org] = roles[person]
            roles[person] = roles[org]
            reps.append((person, org))
    if not reps:
        return tuple(parts), ()
    folded = tuple(sorted((Participant(a, r) for a, r in roles.items()), key=lambda p: (ORDER.index(p.role), p.actor_id)))
    return folded, tuple(reps)


def fold_representatives(m: EventMention, parents: Mapping[str, str], persons: Iterable[str]) -> EventMention:
    """The registry's word for it: a person whose `parent` organisation takes part in the same
    report is that organisation's representative, not its counterpart."""
    persons = set(persons)
    sides = {a: parents[a] for a in {p.actor_id for p in m.participants} if a in persons and a in parents}
    parts, reps = fold_speakers(m.participants, sides)
    if not reps:
        return m
    return replace(m, participants=parts, representatives=tuple(sorted(set(m.representatives) | set(reps))))


def event_sides(parts: Sequence[Participant], represents: Mapping[str, str], reports: Iterable[EventMention]
                ) -> tuple[tuple[Participant, ...], tuple[Participant, ...]]:
    """An event's participants with each representative on their organisation's side, and the
    sides alone (without the representatives: what the event's title names). Representatives
    are those the reports name and persons whose registry `parent` takes part too."""
    parts, reps = fold_speakers(parts, _pairs(parts, represents, reports))
    people = {person for person, _ in reps}
    return parts, tuple(p for p in parts if p.actor_id not in people)


def event_representatives(parts: Sequence[Participant], represents: Mapping[str, str],
                          reports: Iterable[EventMention]) -> tuple[tuple[str, str], ...]:
    """The (person, organisation) pairs of an event whose participants are `parts`."""
    return tuple(sorted(fold_speakers(parts, _pairs(parts, represents, reports))[1]))


def _pairs(parts: Sequence[Participant], represents: Mapping[str, str], reports: Iterable[EventMention]
           ) -> dict[str, str]:
    pairs = {a: represents[a] for a in sorted({p.actor_id for p in parts}) if a in represents}
    for m in sorted(reports, key=lambda m: (m.article_id, m.sentence)):
        for person, org in m.representatives:
            pairs.setdefault(person, org)
    return pairs
