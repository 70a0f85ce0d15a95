"""Which actor each token of a sentence names, from the actor mentions of the sentence."""
from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Span, Token

from generator import gazetteer
from generator.extract.events import lexicon as lx
from generator.extract.events.candidate import lemma
from generator.model import Mention

CORE_DEPS = ("compound", "amod", "nmod", "poss", "flat", "nummod", "quantmod", "det", "case",
             "npadvmod", "punct")

# a name glued to one of these describes someone else: "Somalia-based", "Iran-backed", "US-led"
_AFFILIATION = re.compile(
    r"-(?:based|backed|led|linked|allied|affiliated|aligned|born|sponsored|funded|supported|trained|"
    r"armed|controlled|held|run|owned|inspired|leaning|friendly|installed)\b", re.IGNORECASE)


class ActorIndex:
    """Actor ids of the sentence's tokens, from the mentions' sentence-relative offsets."""

    def __init__(self, span: Span, mentions: Iterable[Mention]):
        self.by_token: dict[int, str] = {}
        base = span.start_char
        for m in mentions:
            if _AFFILIATION.match(span.text[m.end:]):
                continue  # "a Somalia-based group", "Iran-backed militias": the group acts, not the state
            for tok in span:
                start = tok.idx - base
                if start < m.end and start + len(tok.text) > m.start and not tok.is_punct:
                    self.by_token[tok.i] = m.actor_id

    def at(self, tok: Token) -> str | None:
        found = self.by_token.get(tok.i)
        if found is None and tok.ent_type_ == "ACTOR" and tok.ent_iob_ != "O":
            # a hyphen inside "Jamaat-ul-Ahrar" may head the phrase: it names the whole entity
            ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
            found = next((self.by_token[t.i] for t in ent if t.i in self.by_token), None) if ent else None
        return found


def np_actors(tok: Token, index: ActorIndex, conj: bool = True) -> list[str]:
    """Actors named by the noun phrase headed by `tok` (and its conjuncts)."""
    ids: list[str] = []
    if index.at(tok):
        ids.append(index.at(tok))
    else:
        for app in (c for c in tok.children if c.dep_ == "appos"):
            ids += [a for a in [index.at(app)] if a]
        if not ids:
            ids += modifier_actors(tok, index)
    if conj:
        for c in tok.children:
            if c.dep_ == "conj":
                ids += np_actors(c, index)
    return list(dict.fromkeys(ids))


def modifier_actors(tok: Token, index: ActorIndex) -> list[str]:
    """Actors among a noun's modifiers: "a Haqqani Network attack", "Pakistan's decision"; not a
    country ranking its worst ("Somalia's deadliest attack in a decade" happened in Somalia)."""
    ids: list[str] = []
    todo = [c for c in tok.children if c.dep_ in CORE_DEPS and not _ranking_place(tok, c)]
    todo += [o for p in tok.children if p.dep_ == "prep" and (
             p.lower_ == "of" or p.lower_ == "from" and lemma(tok) in lx.PEOPLE_GROUPS)
             for o in p.children if o.dep_ == "pobj"]
    while todo:
        t = todo.pop(0)
        if index.at(t):
            ids.append(index.at(t))
            todo += [c for c in t.children if c.dep_ == "conj"]
            continue
        todo += [c for c in t.children if c.dep_ in CORE_DEPS + ("conj",)]
    return ids


def _ranking_place(noun: Token, modifier: Token) -> bool:
    """ "Somalia's deadliest attack in a decade": the country where it happened, ranking it."""
    ranked = any(c.tag_ == "JJS" or c.lower_ in ("worst", "first", "latest") for c in noun.children if c.dep_ == "amod")
    return ranked and modifier.dep_ == "poss" and bool(
        modifier.ent_type_ in ("GPE", "LOC") or gazetteer.lookup(modifier.text))


def modifier_actors_direct(noun: Token, index: ActorIndex) -> list[str]:
    ids: list[str] = []
    todo = [c for c in noun.children if c.dep_ in ("compound", "poss", "nmod", "amod") and not _ranking_place(noun, c)]
    while todo:
        t = todo.pop(0)
        if index.at(t):
            ids.append(index.at(t))
        else:
            todo += [c for c in t.children if c.dep_ in ("compound", "poss", "nmod", "amod", "conj")]
    return list(dict.fromkeys(ids))
