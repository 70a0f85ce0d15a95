"""Event nouns: "attack", "talks", "agreement", "exchanges of fire", and whether a noun is
anchored to a happening (a light verb, an occurrence, a date, or an agent with a target)."""
from __future__ import annotations

from spacy.tokens import Token

from generator.extract.date_words import WEEKDAY_NAMES
from generator.extract.events import lexicon as lx
from generator.extract.events.candidate import Candidate, child, children, lemma, prep_objects


def _modifiers(tok: Token) -> list[Token]:
    return [c for c in tok.children
            if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i and not c.ent_type_
            and c.lower_ in lx.TRIGGER_MODIFIERS]


def noun_candidate(tok: Token) -> Candidate | None:
    lem, low = lemma(tok), tok.lower_
    if lem in lx.CARRIER_NOUNS or low in lx.CARRIER_NOUNS:
        return _carrier(tok)
    if tok.dep_ in ("compound", "amod") and lemma(tok.head) not in lx.CARRIER_NOUNS:
        return None
    if lem == "bomber" and any(c.lower_ == "suicide" for c in tok.children):
        return Candidate("attack", tok, [*_modifiers(tok), tok]) if tok.dep_.startswith("nsubj") else None
    if lem in ("protester", "demonstrator") and tok.dep_ == "nsubj" and tok.head.pos_ == "VERB":
        return Candidate("protest", tok, [tok])
    if lem == "death":
        return _death(tok)
    typ = lx.NOUN_TRIGGERS.get(lem)
    if typ is None:
        return None
    mods = {lemma(c) for c in tok.children if c.dep_ in ("compound", "amod", "nmod")}
    if lem == "strike":
        if mods & lx.LABOUR_STRIKE or (tok.head.lower_ == "on" and lemma(tok.head.head) == "go"):
            typ = "protest"
        elif not (mods & lx.MILITARY_STRIKE or prep_objects(tok, "on", "against")):
            return None
    if lem == "talk" and low != "talks":
        return None
    if lem == "poll" and (low != "polls" or "opinion" in mods):
        return None
    if lem == "conference" and mods & lx.PRESS_WORDS:
        return None
    if lem == "deal" and mods & {"great", "good"}:
        return None
    if lem in ("firing",) and tok.dep_ == "compound":
        return None
    return Candidate(typ, tok, [*_modifiers(tok), tok])


def _death(tok: Token) -> Candidate | None:
    """ "Mullah Akhtar Mansour's death in May": the death of a named person may be how an
    article refers to the strike or attack that killed them, or a natural death. It is kept
    only as a report of a violent event that other reports make (`dependent`)."""
    whose = [c for c in tok.children if c.dep_ == "poss"] + prep_objects(tok, "of")
    if not any(w.ent_type_ in ("PERSON", "ACTOR") for w in whose):
        return None
    how = [o for o in prep_objects(tok, "in", "by") if lx.NOUN_TRIGGERS.get(lemma(o)) in lx.VIOLENT]
    if how:  # "death in a drone strike": the sentence itself says it was violent
        return Candidate("attack", tok, [tok, *how])
    return Candidate("attack", tok, [tok], dependent=True)


def _carrier(tok: Token) -> Candidate | None:
    """ "exchanges of gunfire", "firing incidents", "ceasefire violations", "a round of talks"."""
    fire = [o for o in prep_objects(tok, "of") if lemma(o) in lx.FIRE_WORDS or o.lower_ in lx.FIRE_WORDS]
    if fire:
        return Candidate("armed_clash", tok, [tok, fire[0]])
    if lemma(tok) in ("exchange", "swap") and (
            any(lemma(c) in lx.RELEASABLE for c in tok.children if c.dep_ in ("compound", "amod", "nmod"))
            or any(lemma(o) in lx.RELEASABLE for o in prep_objects(tok, "of"))):
        return Candidate("other", tok, [*_modifiers(tok), tok], label=_swap_label(tok))  # a prisoner swap
    talks = [o for o in prep_objects(tok, "of") if o.lower_ in lx.TALK_WORDS]
    if talks and lemma(tok) == "round":
        return Candidate("meeting_or_talks", tok, [tok, talks[0]])
    if lemma(tok) == "round":
        return None
    mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod")
            and c.lower_ in lx.CARRIER_MODIFIERS]
    if mods and lemma(tok) != "exchange":
        return Candidate(lx.CARRIER_MODIFIERS[mods[-1].lower_], tok, [*_modifiers(tok), *mods, tok])
    return None


_DAY_WORDS = {*WEEKDAY_NAMES, "yesterday", "today", "tonight", "weekend"}
_AFTERMATH = {"toll", "victim", "aftermath", "wake", "scene", "site", "survivor", "casualty", "anniversary"}
_DURATIONS = {"hour", "day", "week", "month", "year", "round", "night", "decade"}


def _told_as_happened(tok: Token, cand: Candidate) -> bool:
    """Ways news tells of a happening without a light verb: "Sunday's truck bombing", "the death
    toll from the bombing", "the victims of the blasts", "after the blast", "the bombing was the
    deadliest", "after 16 hours of talks", "during five years of fighting"."""
    head, dep = tok.head, tok.dep_
    if any(c.dep_ == "poss" and (c.lower_.rstrip("'s’") in _DAY_WORDS or c.ent_type_ == "DATE") for c in tok.children):
        return True
    definite = any(c.lower_ in ("the", "this", "that", "its", "their", "these", "those") and c.dep_ == "det"
                   for c in tok.children)
    if dep == "pobj" and head.dep_ == "prep":
        gov = head.head
        if head.lower_ in ("from", "of", "in") and lemma(gov) in _AFTERMATH:
            return True
        if head.lower_ in ("after", "following", "since", "during") and definite and cand.type in lx.VIOLENT \
                and not any(c.dep_ in ("npadvmod", "advmod") for c in head.children) \
                and lemma(gov) not in _DURATIONS:
            return True  # not "two days after the bombing": that counts from an act told before
        if head.lower_ == "of" and lemma(gov) in _DURATIONS and gov.dep_ == "pobj" and gov.head.lower_ in (
                "after", "following", "during", "from", "in") and cand.type == "meeting_or_talks":
            return True
    if dep in ("nsubj", "nsubjpass") and lemma(head) == "be" and any(
            c.tag_ == "JJS" or any(g.tag_ == "JJS" for g in c.children) for c in head.children
            if c.dep_ in ("attr", "acomp")) and definite:
        return True  # "the bombing was the deadliest in Iraq this year"
    return False


def _swap_label(tok: Token) -> str:
    mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i]
    start = min([tok.i, *(c.i for c in mods)])
    return tok.doc[start:tok.i + 1].text


def anchor_noun(cand: Candidate, has_date: bool, agent_with_object: bool) -> bool:
    """Whether an event noun reports a specific happening; sets `cand.verb` for light verbs."""
    tok = cand.head
    if cand.type == "statement_or_report" or tok.pos_ == "VERB":
        return True
    if cand.verb is not None:
        return True
    head, dep = tok.head, tok.dep_
    while dep == "conj" and head.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj"):
        head, dep = head.head, head.dep_
    hl = lemma(head)
    if _told_as_happened(tok, cand):
        return True
    if lemma(tok) in lx.AGENT_NOUNS and dep == "nsubj" and head.pos_ == "VERB":
        cand.verb = head  # "a suicide bomber set off a truck": the bomber's act is the event
        cand.subject_role = None
        cand.words = [*cand.words, head, *children(head, "prt")]
        return True
    definite = any(c.lower_ in ("the", "this", "that", "its", "their") for c in tok.children)
    if dep == "nsubjpass" and head.pos_ == "VERB" and (
            lx.LIGHT_VERBS.get(hl) == "initiator" or (hl in lx.PLOT_VERBS and definite)):
        cand.verb = head  # "the attack was carried out by X": X through the passive agent
        cand.subject_role = None
        cand.words = [*cand.words, head, *children(head, "prt")]
        return True
    if dep == "dobj" and hl in lx.CALLING_VERBS and head.pos_ == "VERB" and cand.type == "meeting_or_talks" \
            and not children(head, "oprd", "xcomp", "ccomp", "attr"):  # not "called the meeting a waste"
        cand.verb = head  # "called an emergency meeting with the council": he held it
        cand.subject_role = "initiator"
        cand.words = [head, *cand.words]
        return True
    if dep == "dobj" and hl in lx.LIGHT_VERBS and head.pos_ == "VERB" and lx.LIGHT_VERBS[hl]:
        if hl != "carry" or any(p.lower_ == "out" for p in children(head, "prt")):
            cand.verb = head
            cand.subject_role = lx.LIGHT_VERBS[hl]
            cand.words = [head, *children(head, "prt"), *cand.words]
            return True
    for acl in children(tok, "acl"):
        if lemma(acl) in lx.LIGHT_VERBS and acl.tag_ == "VBN":
            cand.verb = acl
            cand.subject_role = None  # a reduced relative has no subject of its own
            return True
    for rel in children(tok, "relcl"):
        if lx.LIGHT_VERBS.get(lemma(rel)) == "initiator" and child(rel, "nsubj") is not None:
            cand.verb = rel  # "the agreement he signed with Ghani in September"
            cand.subject_role = "initiator"
            return True
    if dep in ("nsubj", "nsubjpass") and hl in lx.OCCURRENCE_VERBS and head.tag_ not in ("VBZ", "VBP"):
        return True
    if dep == "pobj" and head.dep_ in ("prep", "agent"):
        gov = head.head
        if head.lower_ in ("in", "during") and lemma(gov) in lx.CASUALTY_VERBS:
            return True
        if head.lower_ in ("to", "in", "into") and lemma(gov) in lx.RESULT_VERBS:
            return True
        if head.lower_ == "for" and lemma(gov) == "responsibility":
            return True
        if head.lower_ in ("for", "of") and lemma(gov) in lx.ACCUSING:
            return True
        if head.lower_ == "for" and lemma(gov) in lx.CONVENING_VERBS and gov.pos_ == "VERB" \
                and cand.type == "meeting_or_talks":
            cand.verb = gov  # "Russia hosted envoys from six states on Friday for talks"
            cand.subject_role = lx.LIGHT_VERBS.get(lemma(gov)) or "initiator"
            cand.words = [gov, *cand.words]
            return True
        if head.lower_ in ("after", "following", "since") and cand.type in lx.VIOLENT and any(
                c.dep_ == "prep" and c.lower_ in ("of", "in", "at", "on", "near") for c in tok.children):
            return True  # "sealed the border after the bombing of the Sehwan shrine": it happened
        if head.lower_ in ("after", "following") and cand.type == "meeting_or_talks" and any(
                c.dep_ in ("amod", "compound", "prep") for c in tok.children):
            return True  # "agreed a deal after marathon overnight talks": the talks took place
    if dep == "dobj" and hl in lx.RESULT_VERBS:
        return True
    return has_date or agent_with_object
