"""Who did what to whom, where, who says so, and how many died: roles around a trigger."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Span, Token

from generator.extract.events import lexicon as lx
from generator.extract.events.actor_index import ActorIndex, modifier_actors_direct, np_actors
from generator.extract.events.candidate import CLAUSE_DEPS, Candidate, child, is_passive, lemma
from generator.model import Participant

# Reduced relatives that describe the event itself: "a report released on Monday".
_DESCRIBING = (lx.PUBLISH_VERBS | {v for v, r in lx.LIGHT_VERBS.items() if r}) - {"lead"}
SYMMETRIC = ("armed_clash", "agreement", "meeting_or_talks")
PLACE_LABELS = ("GPE", "LOC", "FAC")


def scope(cand: Candidate, others: set[int]) -> set[int]:
    """Token indices that belong to the trigger's own phrase: its subtree without embedded
    clauses and without other triggers."""
    root = cand.verb if cand.verb is not None and cand.verb.is_ancestor(cand.head) else cand.head
    keep: set[int] = set()
    todo = [root]
    trigger_ids = {t.i for t in cand.words} | {cand.head.i} | ({cand.verb.i} if cand.verb else set())
    while todo:
        tok = todo.pop()
        keep.add(tok.i)
        for c in tok.children:
            if c.i in others and c.i not in trigger_ids:
                continue
            if c.dep_ in CLAUSE_DEPS and c.i not in trigger_ids and not (
                    c.dep_ == "acl" and c.pos_ in ("NOUN", "PROPN")) and not (
                    c.dep_ in ("relcl", "advcl") and lemma(c) in lx.CASUALTY_VERBS) and not (
                    c.dep_ == "acl" and c.tag_ == "VBN" and (lemma(c) in _DESCRIBING or tok.i not in trigger_ids)
                    ) and not (c.dep_ == "relcl" and tok == cand.head and lemma(c) in _DESCRIBING):
                continue  # but "a truck packed with explosives outside X on Tuesday" stays
            if c.dep_ == "conj" and (c.pos_ in ("VERB", "AUX") or tok == cand.head):
                continue  # "the agreement and the council's decision": another thing
            if c.dep_ == "dobj" and tok == cand.head and lemma(tok) in lx.TOPICAL_STATEMENTS:
                continue  # "denied any role in the May 31 bombing": the bombing's day, not the denial's
            todo.append(c)
    return keep


def clause_scope(cand: Candidate, others: set[int], statement: bool = False) -> tuple[Token | None, set[int]]:
    """The clause around an event noun: the nearest governing verb's phrase (not a reporting
    verb, whose date and place are those of the report)."""
    tok = cand.top
    while tok.head != tok:
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("prep", "pcomp"):
            break
    else:
        return None, set()
    if tok.pos_ not in ("VERB", "AUX") or (
            not statement and lemma(tok) in lx.REPORTING | lx.ACCUSING | {"claim", "deny"}):
        return None, set()
    fake = Candidate(cand.type, tok, [tok])
    return tok, scope(fake, others - {cand.head.i})


# --- participants -------------------------------------------------------------------------

def _antecedent(verb: Token, subj: Token | None) -> Token | None:
    """ "Bilal Anwar Kasi, ..., who was shot dead": a relative pronoun stands for the noun
    its clause describes."""
    if subj is None or verb.dep_ != "relcl" or subj.tag_ not in ("WP", "WDT") or subj.lower_ == "what":
        return subj
    noun = verb.head
    if subj.lower_ == "who":  # a person: "Kasi, the president of the Bar Association, who ..."
        up = noun
        while up.ent_type_ != "PERSON" and up.dep_ in ("pobj", "prep", "appos") and up.head != up:
            up = up.head
        if up.ent_type_ == "PERSON":
            return up
    return noun.head if noun.dep_ == "appos" else noun


def participants(cand: Candidate, index: ActorIndex, own: set[int],
                 pronoun_actor: str | None) -> tuple[Participant, ...]:
    roles: dict[str, str] = {}
    consumed: set[int] = set()  # tokens of noun phrases already read for a role

    def put(ids: Iterable[str], role: str | None) -> None:
        if role is None:
            return
        for a in ids:
            roles.setdefault(a, role)

    symmetric = cand.type in SYMMETRIC
    verb = cand.verb if cand.verb is not None else (cand.head if cand.head.pos_ == "VERB" else None)
    noun = cand.head if cand.head.pos_ != "VERB" else None
    if verb is not None:
        subj_role = cand.subject_role if cand.verb is not None else "initiator"
        subj = _subject(verb)
        # "who was beaten and shot dead by a mob": the second verb shares the first's passive
        shared = verb.dep_ == "conj" and verb.tag_ == "VBN" and is_passive(verb.head) and child(verb, "nsubj") is None
        passive = verb if is_passive(verb) else (verb.head if shared else None)
        if passive is not None:
            obj = _antecedent(passive, child(passive, "nsubjpass"))
            if obj is not None and obj != noun:
                put(np_actors(obj, index), "participant" if symmetric else "target")
                consumed |= _np_tokens(obj)
            for agent in (o for v in {verb, passive} for p in v.children if p.dep_ == "agent" for o in p.children):
                put(np_actors(agent, index), "initiator")
        elif subj is not None:
            subj = _antecedent(verb, subj)
            ids = np_actors(subj, index)
            if not ids and subj.lower_ in lx.PRONOUNS and pronoun_actor:
                ids = [pronoun_actor]
            both = len(ids) > 1
            mutual = cand.type == "armed_clash" or (symmetric and both)
            put(ids, "participant" if mutual and subj_role == "initiator" else subj_role)
            consumed |= _np_tokens(subj)
        obj = child(verb, "dobj", "dative")
        if obj is not None and obj != noun and obj.i in own:
            role = "participant" if symmetric or cand.type == "statement_or_report" else "target"
            put(np_actors(obj, index), role)
            consumed |= _np_tokens(obj)
    if noun is not None:
        ids = [a for a in modifier_actors_direct(noun, index)]
        put(ids, "participant" if symmetric and len(ids) > 1 else "initiator")
    for prep in sorted((index_tok for index_tok in _tokens(cand, own) if index_tok.dep_ in ("prep", "agent")),
                       key=lambda t: t.i):
        put_role = _prep_role(prep, cand, verb, noun)
        if put_role:
            for obj in (c for c in prep.children if c.dep_ in ("pobj", "pcomp")):
                put(np_actors(obj, index), put_role)
                consumed |= _np_tokens(obj)
    for res in _result_clauses(cand):
        for obj in _victims(res):
            put(np_actors(obj, index), "participant" if symmetric else "target")
            consumed |= _np_tokens(obj)
    for i in sorted(own):
        tok = cand.head.doc[i]
        if index.at(tok) and i not in consumed and not _in_place_or_time(tok, own):
            put([index.at(tok)], "participant")
    return tuple(sorted((Participant(a, r) for a, r in roles.items()),
                        key=lambda p: (("initiator", "target", "participant").index(p.role), p.actor_id)))


def _np_tokens(tok: Token) -> set[int]:
    """The noun phrase's own tokens (without clauses hanging off it)."""
    out, todo = set(), [tok]
    while todo:
        t = todo.pop()
        out.add(t.i)
        todo += [c for c in t.children if c.dep_ not in CLAUSE_DEPS + ("prep",) or
                 (c.dep_ == "prep" and c.lower_ == "of")]
    return out


def _tokens(cand: Candidate, own: set[int]) -> list[Token]:
    doc = cand.head.doc
    return [doc[i] for i in own]


def _subject(verb: Token) -> Token | None:
    tok = verb
    for _ in range(4):
        subj = child(tok, "nsubj", "nsubjpass") if tok != verb else child(tok, "nsubj")
        if subj is not None and subj.lower_ in ("who", "which", "that") and tok.dep_ == "relcl":
            return tok.head  # "Ghani, who opened the session"
        if subj is not None:
            return subj
        if tok.dep_ in ("xcomp", "conj") or (tok.dep_ == "advcl" and tok.tag_ == "VBG"):
            tok = tok.head
        else:
            return None
    return None


def _prep_role(prep: Token, cand: Candidate, verb: Token | None, noun: Token | None) -> str | None:
    p = prep.lower_
    head = prep.head
    if head.dep_ == "acl" and head.tag_ == "VBN" and head.head.head in (verb, noun):
        head = head.head.head  # "set off a truck packed with explosives outside X"
    attached = head in (verb, noun) or (cand.verb is not None and head == cand.verb)
    typ = cand.type
    if not attached and typ == "attack" and verb is not None and head.dep_ == "dobj" and head.head == verb \
            and lemma(head) in lx.WEAPONS:
        attached = True  # "used a drone against the Taliban", "fired rockets at the base"
    if p in ("between", "among", "amongst"):
        return "participant"
    if p == "by" and (prep.dep_ == "agent" or attached):
        return "initiator" if attached else None
    if not attached:
        return None
    if p in ("against", "upon", "targeting"):
        return "participant" if typ in SYMMETRIC else "target"
    if p == "on" and any(o.lower_ == "behalf" for o in prep.children):
        return None
    if p == "on" and typ in ("attack", "policy_decision", "protest") and not _is_place_or_date(prep):
        return "target"
    if p in ("at", "outside", "inside", "near") and typ in ("attack", "explosion"):
        return "target"  # "a bomb outside a unit of the NDS"
    if p == "with" and (typ in SYMMETRIC or typ == "statement_or_report"):
        return "participant"
    if p == "of" and prep.head == noun:
        if typ in ("attack", "arrest", "policy_decision"):
            return "target"
        if typ in ("meeting_or_talks", "agreement"):
            return "participant"
    if p == "to" and typ == "statement_or_report":
        return "participant"
    if p == "to" and verb is not None and lemma(verb) == "fall":
        return "initiator"  # "Kunduz fell to the Taliban"
    return None


def _is_place_or_date(prep: Token) -> bool:
    return any(o.ent_type_ in PLACE_LABELS + ("DATE", "TIME") for o in prep.children)


def _result_clauses(cand: Candidate) -> list[Token]:
    """ ", killing 12 policemen", "that resulted in casualties to X": the victims' clause."""
    out = []
    for tok in (cand.top, cand.head):
        for c in tok.children:
            if c.dep_ in ("advcl", "relcl", "conj") and lemma(c) in lx.CASUALTY_VERBS | lx.RESULT_VERBS:
                out.append(c)
    return list(dict.fromkeys(out))


def state_forces_clash(cand: Candidate) -> bool:
    """ "Afghan forces opened fire on Pakistani troops": armed forces on both sides make a clash."""
    verb = cand.top if cand.top.pos_ == "VERB" else None
    if verb is None:
        return False
    subj = _subject(verb)
    objs = [c for c in verb.children if c.dep_ == "dobj"] + [
        o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("on", "at", "against")
        for o in p.children if o.dep_ == "pobj"]
    return subj is not None and lemma(subj) in lx.STATE_FORCES and any(
        lemma(o) in lx.STATE_FORCES | {"post", "position", "checkpost"} for o in objs)


def _victims(res: Token) -> list[Token]:
    """ "killing 12 policemen" -> policemen; "resulted in casualties to X" -> casualties, X."""
    out = [c for c in res.children if c.dep_ in ("dobj", "nsubjpass")]
    out += [o for p in res.children if p.dep_ == "prep" and p.lower_ in ("to", "in", "among")
            for o in p.children if o.dep_ == "pobj" and lemma(o) in ("casualty", "death", "injury", "loss")]
    out += [o for t in list(out) for p in t.children if p.dep_ == "prep" and p.lower_ in ("to", "among")
            for o in p.children if o.dep_ == "pobj"]
    return out


def _in_place_or_time(tok: Token, own: set[int]) -> bool:
    """Inside "in Kabul", "over eastern Ukraine", "on Monday", "according to X" or a "led by X"
    description."""
    t = tok
    while t.i in own and t.head != t:
        if t == tok and t.dep_ == "pobj" and t.head.lower_ in lx.OVER_PREPS:
            return True  # not "arrested over the killing of X": X is whose killing it was
        if t.dep_ == "pobj" and t.head.lower_ in lx.PLACE_PREPS | {"according", "to", "from"}:
            if t.head.lower_ != "to" or lemma(t.head.head) == "accord":
                return True
        if t.dep_ in ("acl", "relcl", "appos") and t != tok:
            return True
        if t.dep_ == "agent" and lemma(t.head) in ("lead", "back", "support"):
            return True
        t = t.head
    return False


# --- attribution ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Attribution:
    """Who says an act happened, and how. `kind`: "claim" ("X claimed responsibility"), "blame"
    ("X accused Y of ...", `accused` Y), "say" ("X said ...", `verb` "say") or "according"
    ("according to X"); `pronoun`: whom a pronoun subject of the reported clause stands for."""

    kind: str | None = None
    who: str | None = None
    accused: str | None = None
    pronoun: str | None = None
    verb: str = ""
    remembered: bool = False  # `who` is the article's last source, for "the report", "they"


def attribution(cand: Candidate, index: ActorIndex, memory: str | None
                ) -> tuple[str | None, str | None, str | None]:
    """(who says so, initiator named by the claim, actor a pronoun subject stands for); see
    `attribution_of`, which also tells a claim from a blame and from a mere source."""
    found = attribution_of(cand, index, memory)
    return found.who, found.accused, found.pronoun


def attribution_of(cand: Candidate, index: ActorIndex, memory: str | None) -> Attribution:
    """ "X said ...": X says so. "X accused Y of ...": X blames, Y is the initiator. "X claimed
    responsibility for ...": X is both. A pronoun or "the report" as the reporting subject
    stands for the last source the article named (`memory`)."""
    tok = cand.top
    through_noun = None
    through_for = False  # "blamed X, a group based in Pakistan, for a raid": "for" misattached inside X
    while tok.head != tok:
        parent, hop = tok.head, tok.dep_
        pl = lemma(parent)
        through_for = through_for or (hop == "pobj" and parent.lower_ == "for")
        if pl in lx.ACCUSING and hop == "dobj" and through_for and parent.pos_ == "VERB":
            ids = np_actors(tok, index)
            return Attribution("blame", _reporter(parent, index, memory), ids[0] if ids else None, verb=pl)
        if pl == "responsibility" and hop == "prep" and tok.lower_ == "for":
            claimer = parent.head
            if lemma(claimer) in ("claim", "accept", "take") and through_noun is None:
                ids = np_actors(child(claimer, "nsubj"), index) if child(claimer, "nsubj") else []
                return Attribution("claim", ids[0], ids[0], verb=lemma(claimer)) if ids else Attribution()
        if pl in lx.ACCUSING and hop in ("prep",) and tok.lower_ in ("of", "for"):
            who = _reporter(parent, index, memory)
            accused = child(parent, "dobj")
            ids = np_actors(accused, index) if accused is not None else []
            return Attribution("blame", who, ids[0] if ids else None, verb=pl)
        if parent.pos_ in ("VERB", "AUX") and pl in lx.REPORTING and hop in ("ccomp", "parataxis", "dobj") and not (
                through_for and any(lemma(a) in lx.ACCUSING and a.pos_ == "VERB" for a in parent.ancestors)):
            who = _reporter(parent, index, memory)
            subj = _antecedent(parent, child(parent, "nsubj"))
            named = subj is not None and bool(np_actors(subj, index, conj=False))
            return Attribution("say", who, None, who, verb=pl, remembered=who is not None and not named)
        if parent.pos_ in ("NOUN", "PROPN") and parent != cand.head:
            through_noun = parent
        tok = parent
    for t in cand.head.sent:  # "according to X" anywhere in the sentence
        if t.lower_ == "according" and t.nbor(1).lower_ == "to" if t.i + 1 < len(t.doc) else False:
            objs = [o for o in t.nbor(1).children if o.dep_ == "pobj"]
            ids = np_actors(objs[0], index) if objs else []
            if ids:
                return Attribution("according", ids[0], verb="according to")
    return Attribution()


def _reporter(verb: Token, index: ActorIndex, memory: str | None) -> str | None:
    subj = _antecedent(verb, child(verb, "nsubj"))  # "India, which blamed ...": India
    if subj is None:
        return None
    ids = np_actors(subj, index, conj=False)
    if ids:
        return ids[0]
    if lemma(subj) in lx.SOURCE_NOUNS:
        return memory
    return None


def reporting_source(span: Span, index: ActorIndex) -> str | None:
    """The last actor the sentence names as the subject of a reporting verb."""
    found = None
    for tok in span:
        if tok.pos_ == "VERB" and lemma(tok) in lx.REPORTING | {"tell"}:
            subj = child(tok, "nsubj")
            ids = np_actors(subj, index, conj=False) if subj is not None else []
            if ids:
                found = ids[0]
    return found
