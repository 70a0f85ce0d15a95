"""A trigger candidate and the small parse helpers that every event rule uses."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

CLAUSE_DEPS = ("ccomp", "advcl", "relcl", "acl", "xcomp", "csubj", "csubjpass", "parataxis")


@dataclass
class Candidate:
    """A trigger: the event word, the words shown as trigger, and a governing light verb."""

    type: str
    head: Token
    words: list[Token]
    verb: Token | None = None  # "carried out" for "an attack", "signed" for "an agreement"
    subject_role: str | None = "initiator"  # role of `verb`'s subject
    weak: bool = False  # "killed" alone: only an event when nothing stronger is reported
    needs_actor_object: bool = False  # "told": a statement only when told to an actor
    needs_actor_subject: bool = False  # "X said on Sunday": a statement only when X is an actor
    merged: list["Candidate"] = field(default_factory=list)
    label: str | None = None  # trigger text when the words are not contiguous
    dependent: bool = False  # "Mansour's death": only a report of a happening others report

    @property
    def top(self) -> Token:
        return self.verb if self.verb is not None else self.head

    def trigger_text(self) -> str:
        if self.label:
            return self.label
        words = sorted({t.i: t for t in self.words}.values(), key=lambda t: t.i)
        first, last = words[0], words[-1]
        if last.i - first.i <= 7:
            return first.doc[first.i:last.i + 1].text
        return " ".join(t.text for t in words)


def lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def child(tok: Token, *deps: str) -> Token | None:
    return next((c for c in tok.children if c.dep_ in deps), None)


def children(tok: Token, *deps: str) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def prep_objects(tok: Token, *preps: str) -> list[Token]:
    return [o for p in tok.children if p.dep_ in ("prep", "agent") and p.lower_ in preps
            for o in p.children if o.dep_ in ("pobj", "pcomp")]


def is_passive(tok: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)


def is_place(tok: Token | None) -> bool:
    if tok is None:
        return False
    return tok.ent_type_ in ("GPE", "LOC", "FAC") or any(
        c.ent_type_ in ("GPE", "LOC", "FAC") for c in tok.children if c.dep_ == "compound")
