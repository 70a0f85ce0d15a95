"""Where an event happened: a place attached to the trigger with in/at/near."""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Token

from generator.extract.events import lexicon as lx
from generator.extract.events.candidate import lemma

if TYPE_CHECKING:
    from generator.extract.events.actor_index import ActorIndex

PLACE_LABELS = ("GPE", "LOC", "FAC")
# the small model takes "Easter Sunday" or "Eid" for a facility: days, not places
_TIME_NAMES = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|easter|christmas|eid|"
    r"ramadan|ramazan|muharram|ashura|nowruz|new year)\b", re.IGNORECASE)
# "in the city of Quetta", "the province of Helmand": a generic noun naming its place with "of"
_GENERIC_PLACES = {"city", "town", "province", "district", "village", "region", "capital", "area",
                   "valley", "port"}

def find_place(tokens: Sequence[Token], own: set[int], index: ActorIndex) -> str | None:
    """The nearest place attached with in/at/near (or to a verb with over/off: "shot down over
    eastern Ukraine"), breadth-first from the trigger."""
    if not tokens:
        return None
    doc = tokens[0].doc
    seen: set[int] = set()
    level = list(tokens)
    depth = 0
    while level and depth < 8:
        depth += 1
        nxt = []
        for tok in level:
            if tok.i in seen:
                continue
            seen.add(tok.i)
            if tok.dep_ == "prep" and (tok.lower_ in lx.PLACE_PREPS or _violence_of(tok, tokens)
                                       or (tok.lower_ in lx.OVER_PREPS and tok.head.pos_ == "VERB")):
                for o in tok.children:
                    name = _place_name(o) if o.dep_ == "pobj" else None
                    if name:
                        return name
            if tok.dep_ == "compound" and tok.ent_type_ in PLACE_LABELS and not index.at(tok) \
                    and tok.head in tokens and not _TIME_NAMES.search(_ent_text(tok)):
                return _ent_text(tok)
            if tok.dep_ == "dobj" and tok.head in tokens and lemma(tok) in lx.CLOSABLE | lx.PLACE_HEADS:
                name = _place_name(tok)  # "closed the Torkham border"
                if name:
                    return name
            if tok.dep_ == "nsubj" and tok.head in tokens and lemma(tok.head) == "fall" \
                    and tok.ent_type_ in PLACE_LABELS and not index.at(tok):
                return _ent_text(tok)  # "Kunduz fell to the Taliban"
            if tok.dep_ == "dobj" and tok.head in tokens and lemma(tok.head) in lx.TAKING_VERBS \
                    and tok.ent_type_ in PLACE_LABELS and not index.at(tok):
                return _ent_text(tok)  # "the Taliban captured Kunduz": the place taken
            nxt += [c for c in tok.children if c.i in own and c.dep_ != "pcomp"]
        level = nxt
    del doc
    return None


def _violence_of(prep: Token, tokens: Sequence[Token]) -> bool:
    """ "the bombing of the Sehwan shrine": what a violent act noun is "of" is where it struck."""
    head = prep.head
    return prep.lower_ == "of" and head in tokens and head.pos_ == "NOUN" and \
        lx.NOUN_TRIGGERS.get(lemma(head)) in lx.VIOLENT


def _place_name(tok: Token) -> str | None:
    if tok.ent_type_ in PLACE_LABELS and _TIME_NAMES.search(_ent_text(tok)):
        return None
    if lemma(tok) in _GENERIC_PLACES:
        named = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj" and g.ent_type_ in PLACE_LABELS]
        if named:
            return _ent_text(named[0])
    if tok.ent_type_ == "ACTOR" and _inside_ent(tok.head):
        return None  # "US forces in Afghanistan": the place is part of an actor's name
    if tok.ent_type_ in PLACE_LABELS or (tok.ent_type_ == "ACTOR" and tok.head.lower_ == "in"):
        return _ent_text(tok)
    if (tok.ent_type_ == "ORG" and tok.head.lower_ in ("in", "near") and tok.pos_ == "PROPN"
            and not tok.text.isupper() and _ent_text(tok) == tok.text):
        return tok.text  # the small model often takes a town for an organisation: "in Quetta"
    mods = [c for c in tok.children if c.dep_ in ("compound", "nmod", "amod")]
    mods += [g for c in mods for g in c.children if g.dep_ in ("compound", "nmod", "amod")]
    for c in mods:  # "the Chaman crossing", and "the Chaman crossing trade"
        if c.ent_type_ in PLACE_LABELS:
            return _ent_text(c)
    if lemma(tok) in lx.PLACE_HEADS:
        names = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"
                 and c.ent_type_ not in ("ACTOR", "NORP", "PERSON", "DATE")]
        if names:
            return " ".join(c.text for c in sorted({t for n in names for t in n.subtree
                                                    if t.pos_ == "PROPN"}, key=lambda t: t.i))
    return None


def _inside_ent(tok: Token) -> bool:
    return any(ent.start <= tok.i < ent.end for ent in tok.doc.ents)


def _ent_text(tok: Token) -> str:
    for ent in tok.doc.ents:
        if ent.start <= tok.i < ent.end:
            return re.sub(r"^(?:the|The)\s+", "", ent.text)
    return tok.text
