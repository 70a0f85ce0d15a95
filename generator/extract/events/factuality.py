"""Whether a sentence says an event happened: not negated ("did not attack", "no attack",
"denied that ..."), hypothetical ("could", "if"), planned or future ("plans to", "is expected
to", "will"), generic ("militants attack convoys") or asked ("Did the army attack?")."""
from __future__ import annotations

from spacy.tokens import Token

from generator.extract.events import lexicon as lx
from generator.extract.events.candidate import CLAUSE_DEPS, Candidate, lemma


def is_factual(cand: Candidate) -> bool:
    """Reported as having happened: not negated, hypothetical, planned or generic."""
    sent = cand.head.sent
    if sent.text.rstrip().endswith("?"):
        return False
    chain = [cand.head] + ([cand.verb] if cand.verb is not None else [])
    if cand.head.pos_ != "VERB" and cand.head.dep_ in ("nsubj", "nsubjpass") and cand.verb is None:
        chain.append(cand.head.head)  # "the meeting would go ahead"
    if cand.head.dep_ == "pcomp" and cand.head.head.head.pos_ in ("NOUN", "PROPN"):
        return False  # "support for lifting sanctions", "talks on ending the war"
    if cand.head.pos_ != "VERB":
        if any(c.lower_ in ("no", "any") and c.dep_ == "det" for c in cand.head.children):
            return False
        if any(c.lower_ in lx.NONFACTUAL_MODIFIERS for c in cand.head.children
               if c.dep_ in ("amod", "compound", "det", "nummod")):
            return False
    for tok in chain:
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        if not _asserted(tok):
            return False
    if cand.head.pos_ == "VERB" and cand.head.tag_ in ("VBZ", "VBP"):
        return False  # "militants attack convoys": generic present, not a report
    return _governors_allow(chain[-1], cand)


def _asserted(tok: Token) -> bool:
    for c in tok.children:
        if c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in ("never",)):
            return False
        if c.dep_ == "aux" and c.lower_ in lx.MODALS:
            return False
        if c.dep_ == "aux" and c.lower_ == "to" and tok.dep_ in CLAUSE_DEPS:
            if lemma(tok.head) not in lx.FACTIVE_INFINITIVE:
                return False
        if c.dep_ == "mark" and c.lower_ in lx.CONDITIONAL_MARKS:
            return False
        if c.dep_ == "npadvmod" and c.lower_ in ("tomorrow",):
            return False
    if tok.tag_ == "VB" and not any(c.dep_ in ("aux", "auxpass") for c in tok.children) \
            and tok.dep_ not in ("conj",):
        return False  # bare infinitive or imperative
    return True


def _modal_or_negated(verb: Token) -> bool:
    return any((c.dep_ == "aux" and c.lower_ in lx.MODALS) or c.dep_ == "neg"
               or (c.dep_ == "advmod" and c.lower_ == "never") for c in verb.children)


def _governors_allow(tok: Token, cand: Candidate) -> bool:
    """Walk up to the reporting verb or root; stop at a noun that embeds the event."""
    while tok.dep_ != "ROOT" and tok.head != tok:
        parent, hop = tok.head, tok.dep_
        pl = lemma(parent)
        if hop == "pobj" and parent.lower_ in ("after", "following", "since") and cand.type in lx.VIOLENT:
            return True  # "protesters demanding security after Wednesday's bombing": it happened
        if pl in lx.REPORTING and hop in ("ccomp", "parataxis", "advcl", "dobj"):
            return True
        if parent.pos_ in ("NOUN", "PROPN") and parent != cand.head:
            return pl not in lx.NONFACTUAL_NOUN_HEADS
        if parent.pos_ in ("VERB", "AUX"):
            if hop in ("dobj", "nsubj", "nsubjpass", "attr") and tok == cand.head and _modal_or_negated(parent):
                return False  # "he will chair a meeting", "the talks could resume", "did not hold talks"
            if pl in lx.NONFACTUAL and hop in ("xcomp", "ccomp", "dobj", "pcomp", "prep",
                                               "nsubjpass", "advcl"):
                if not (hop == "advcl" and not any(c.dep_ == "aux" and c.lower_ == "to"
                                                   for c in tok.children)):
                    return False
            if hop in ("xcomp", "ccomp") and not _asserted(parent) and pl not in lx.FACTIVE_INFINITIVE:
                return False
            if hop == "advcl" and any(c.dep_ == "mark" and c.lower_ in lx.CONDITIONAL_MARKS
                                      for c in tok.children):
                return False
            if hop == "advcl" and tok.tag_ == "VBD" and any(c.dep_ == "mark" and c.lower_ in ("after", "since", "because")
                                                           for c in tok.children):
                return True  # "expected to request martial law after Russian ships fired on ...": it did
            if hop == "conj" and not _asserted(parent):
                return False
        tok = parent
    return True
