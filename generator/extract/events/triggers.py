"""Event triggers in a parsed sentence: which words report a happening and of which type.

Verbs are triggers by themselves ("attacked", "clashed") or with a fitting object ("closed
the border", "exchanged fire"); event nouns ("attack", "talks", "agreement") are triggers
when anchored to a happening: a light verb ("carried out an attack", "signed a deal"), an
occurrence ("the blast killed"), a date, or a named agent with a target or place. Whether
the sentence says the event happened is `factuality`'s question. Event nouns are in `nouns`."""
from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.events import lexicon as lx
from generator.extract.events.candidate import Candidate, child, children, is_passive, is_place, lemma, prep_objects
from generator.extract.events.nouns import noun_candidate

SKIP_ENTS = ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY")


def find_candidates(span: Span) -> list[Candidate]:
    """Every trigger of the sentence, in text order (not yet checked for factuality)."""
    found: list[Candidate] = []
    for tok in span:
        if tok.ent_type_ in SKIP_ENTS:
            continue
        cand = None
        if tok.pos_ == "VERB":
            cand = _verb_candidate(tok)
        elif tok.pos_ in ("NOUN", "PROPN") and not tok.ent_type_:
            cand = noun_candidate(tok)
        if cand is not None:
            found.append(cand)
    return found


def _object(tok: Token) -> Token | None:
    obj = child(tok, "dobj")
    if obj is None and is_passive(tok):
        obj = child(tok, "nsubjpass")
    return obj


def _verb_candidate(tok: Token) -> Candidate | None:
    lem = lemma(tok)
    if tok.dep_ in ("amod", "compound") and not (tok.tag_ == "VBD" and child(tok, "nsubj") is not None):
        return None  # but "since the state annexed the coastal province in 2014", misparsed as a modifier
    obj = _object(tok)
    obj_lemma = lemma(obj) if obj is not None else ""
    subj = child(tok, "nsubj")
    subj_lemma = lemma(subj) if subj is not None else ""
    prt = children(tok, "prt")
    if lem in ("force", "drive", "push", "chase", "oust") and any(c.lower_ == "out" for c in tok.children) \
            and prep_objects(tok, "of", "from") + [o for p in tok.children if p.lower_ == "out"
                                                   for q in p.children if q.lower_ in ("of", "from")
                                                   for o in q.children if o.dep_ == "pobj"]:
        return Candidate("other", tok, [tok, *[c for c in tok.children if c.lower_ == "out"]])  # "driven out of the capital"
    if _downed_aircraft(tok, lem, obj):
        return Candidate("attack", tok, [tok, *_down(tok)], label=f"{tok.text} down" if lem != "down" else None)
    if lem in lx.CONTROL_VERBS and obj_lemma == "control" and _controls_a_place(tok, obj):
        return Candidate("other", tok, [tok, obj])  # "took control of the city": a capture
    if lem in lx.CONTROL_VERBS and obj_lemma == "power":
        return Candidate("other", tok, [tok, obj])  # "the military seized power": a coup
    if lem in lx.TOPPLING and obj is not None and (_person(obj) or lemma(obj) in lx.POSTS | lx.RULERS):
        return Candidate("other", tok, [tok])  # "the army toppled Bashir", "overthrew the government"
    if lem in ("exchange", "swap", "trade") and obj_lemma in lx.RELEASABLE:
        return Candidate("other", tok, [tok, obj])  # "the two sides exchanged prisoners"
    if lem in ("announce", "unveil") and _announced_policy(tok, obj):
        return Candidate("policy_decision", tok, [tok])  # "the new strategy, announced last month"
    # before the reporting verbs: "announce" and "add" are reporting verbs too
    if obj_lemma == "signature" and lem in lx.SIGNATURE_VERBS:
        # "Ghani added his own signature", "put his signature to the draft"; not to a petition
        signed = prep_objects(tok, "to", "under") + prep_objects(obj, "to", "under")
        return Candidate("agreement", tok, [tok, obj]) if all(map(_agreed_thing, signed)) else None
    if lem in lx.OBJECT_VERBS and lx.OBJECT_VERBS[lem] == "statement_or_report":
        # "told the nation in a televised address": the address is the statement
        return _statement_in_report(tok) or _object_verb(tok, lem, obj, obj_lemma, subj_lemma, prt)
    if lem == "declare" and obj_lemma in ("victory", "win", "defeat", "end", "liberation"):
        return Candidate("statement_or_report", tok, [tok, obj], needs_actor_subject=True)  # "declared victory over"
    if lem in lx.POINTED_STATEMENTS:
        return _pointed_statement(tok, lem, subj)
    if lem in lx.REPORTING or lem in ("state",):
        return _statement_in_report(tok) or _dated_statement(tok, subj) or _announced_news(tok, lem, obj, subj)
    if lem in lx.PUBLISH_VERBS and obj_lemma in lx.REPORT_NOUNS:
        return Candidate("statement_or_report", tok, [tok, obj])
    if lem in lx.VERB_TRIGGERS:
        typ = lx.VERB_TRIGGERS[lem]
        if lem == "vote":  # "voters voted", but "parliament voted to ..." decides
            if subj_lemma in ("parliament", "lawmaker", "senate", "assembly", "council", "legislator"):
                typ = "policy_decision"
            elif subj_lemma not in ("voter", "people", "citizen", "afghans", "pakistanis", "resident"):
                return None
        if _misfit(tok, lem, typ, obj, subj):
            return None
        if lem == "host" and _host_is_a_place(tok, subj):
            typ = "other"  # "the air base, which hosted President Trump in 2018": a visit, not talks
        return Candidate(typ, tok, [tok, *prt])
    if lem in lx.OBJECT_VERBS:
        return _object_verb(tok, lem, obj, obj_lemma, subj_lemma, prt)
    if lem == "violate" and obj_lemma in ("ceasefire", "truce"):
        return Candidate("armed_clash", tok, [tok, obj])
    return None


def _controls_a_place(verb: Token, control: Token) -> bool:
    """ "control of the city", "control of a number of the city's main buildings" (the parser
    may hang "of" on the verb)."""
    return any(is_place(t) or lemma(t) in lx.PLACE_HEADS | lx.FACILITIES
               for o in prep_objects(control, "of", "over") + prep_objects(verb, "of", "over") for t in o.subtree)


def _host_is_a_place(verb: Token, subj: Token | None) -> bool:
    """The host of a visit is a place: "the base hosted X", "the airbase, which hosted X"."""
    hosts = [subj] if subj is not None else []
    if subj is not None and subj.tag_ == "WDT" and verb.dep_ == "relcl":
        # the noun the clause hangs on, or the one right before "which" (the parser may hang the
        # clause higher: "casualties at the airbase in Iraq, which hosted ...")
        before = [t for t in verb.doc[max(subj.i - 3, 0):subj.i] if not t.is_punct]
        hosts = [verb.head] + before[-1:]
    return any(is_place(h) or lemma(h) in lx.PLACE_HEADS | lx.FACILITIES or h.lower_ in lx.FACILITIES for h in hosts)


def _misfit(tok: Token, lem: str, typ: str, obj: Token | None, subj: Token | None) -> bool:
    """A trigger verb used in another sense: "attacked the decision", "met the deadline",
    "visited the base", "agreed to host the talks" (consent, not an agreement between sides)."""
    obj_lemma = lemma(obj) if obj is not None else ""
    if typ in lx.VIOLENT and (obj_lemma in lx.ABSTRACT_OBJECTS
                              or (subj is not None and lemma(subj) in lx.NATURAL_SUBJECTS)):
        return True
    if lem in ("order", "approve"):
        return obj is None and not children(tok, "xcomp", "ccomp")
    if lem == "meet":
        participle = tok.dep_ == "advcl" and tok.tag_ == "VBG"  # "Meeting in Kabul, the group said"
        return obj_lemma in lx.MEETABLE_NOT or (subj is None and obj is None and not participle)
    if lem in ("visit", "host"):
        return obj is None or not (obj.pos_ == "PROPN" or obj.ent_type_
                                   or obj_lemma in ("delegation", "leader", "talks"))
    if lem == "negotiate":
        return obj is None and not prep_objects(tok, "with", "between")
    if lem in ("rally", "demonstrate"):
        return obj is not None  # "rallied support", "demonstrated the potential"
    if lem == "agree":
        agreed = obj if obj is not None else (tok.head if tok.dep_ == "acl" and tok.tag_ == "VBN" else None)
        if agreed is not None and _agreed_thing(agreed):
            return False  # "a ceasefire was agreed", "the text, first agreed by negotiators"
        mutual = (subj is not None and any(c.dep_ == "conj" for c in subj.children)) \
            or prep_objects(tok, "with", "between") \
            or any(lemma(o) in lx.NOUN_TRIGGERS for o in prep_objects(tok, "on", "to"))
        return any(c.dep_ == "ccomp" for c in tok.children) or not mutual
    if lem == "fight":
        return obj is None and not prep_objects(tok, "with", "against", "between")
    return False


def _down(verb: Token) -> list[Token]:
    """The "down" of "stepped down", "sat down" (a particle or, for the parser, an adverb)."""
    return [c for c in verb.children if c.lower_ == "down" and c.dep_ in ("prt", "advmod")]


def _downed_aircraft(verb: Token, lem: str, obj: Token | None) -> bool:
    """ "shot down a helicopter", "the airliner was brought down", "forces had downed a plane"."""
    if obj is None or lemma(obj) not in lx.AIRCRAFT:
        return False
    return lem == "down" or (lem in ("shoot", "bring", "take") and bool(_down(verb)))


def _announced_policy(verb: Token, obj: Token | None) -> bool:
    """ "unveiled a new strategy", "the strategy, announced last month": a policy made public."""
    thing = obj if obj is not None else (verb.head if verb.dep_ == "acl" and verb.tag_ == "VBN" else None)
    return thing is not None and lemma(thing) in lx.POLICIES


def _military_operation(verb: Token, obj: Token) -> bool:
    """ "Operation Radd-ul-Fasaad", "a military operation against militants"."""
    first = obj.left_edge
    named = first.lower_ == "operation" and first.is_title and first.i < obj.i
    military = lemma(obj) == "operation" and (
        bool(prep_objects(obj, "against") or prep_objects(verb, "against"))
        or any(lemma(c) in ("military", "army", "security", "counter-terrorism") for c in obj.children))
    return named or military


def _person(tok: Token | None) -> bool:
    """A named person (or a registry actor) as the one given a post."""
    return tok is not None and tok.ent_type_ in ("PERSON", "ACTOR") and tok.pos_ == "PROPN"


def _post(verb: Token, obj: Token | None) -> bool:
    """ "as the new chief of army staff", "named chairman", "as his deputies"."""
    held = prep_objects(verb, "as") + [c for c in verb.children if c.dep_ in ("oprd", "xcomp", "attr")]
    if obj is not None:
        held += [c for c in obj.children if c.dep_ == "appos"]
    return any(lemma(w) in lx.POSTS for t in held for w in t.subtree)  # "as the party's choice for prime minister"


def _agreed_thing(tok: Token) -> bool:
    """What sides agree on as a text: "the draft", "a ceasefire", "the deal"."""
    lem = lemma(tok)
    return lem in lx.SIGNABLE or lx.NOUN_TRIGGERS.get(lem) == "agreement"


def _object_verb(tok, lem, obj, obj_lemma, subj_lemma, prt) -> Candidate | None:
    typ = lx.OBJECT_VERBS[lem]
    subj = child(tok, "nsubj")
    # who is given a post or removed: the object, else "named X chairman" parsed as oprd, else
    # the noun a participle describes ("Sharif, ousted as prime minister ...")
    given = obj or child(tok, "oprd") or (tok.head if tok.dep_ == "acl" and tok.tag_ == "VBN" else None)
    prts = {p.lower_ for p in prt}
    obj_words = {obj_lemma, obj.lower_} if obj is not None else set()
    if obj is not None:
        obj_words |= {lemma(c) for c in obj.children if c.dep_ == "compound"}
        obj_words |= {lemma(o) for o in prep_objects(obj, "of")}  # "a day of mourning"
    checks = {
        "close": lambda: obj_words & lx.CLOSABLE or is_place(obj),
        "lift": lambda: obj_words & lx.LIFTABLE,
        "dissolve": lambda: bool(obj_words & (lx.RULERS | lx.LEGISLATURES | {"party", "constitution"})),
        "suspend": lambda: obj_words & lx.SUSPENDABLE,
        "pass": lambda: obj_words & lx.PASSABLE,
        "adopt": lambda: obj_words & lx.PASSABLE,
        "declare": lambda: obj_words & lx.DECLARABLE,
        "recall": lambda: obj_words & lx.RECALLABLE,
        "release": lambda: obj_words & lx.RELEASABLE,
        "remove": lambda: any(lemma(o) in ("list", "sanction") or
                              any(lemma(c) == "sanction" for c in o.children)
                              for o in prep_objects(tok, "from")),
        "open": lambda: obj_lemma == "fire",
        "set": lambda: "off" in prts and obj is not None,
        "exchange": lambda: obj_words & lx.FIRE_WORDS,
        "trade": lambda: obj_words & lx.FIRE_WORDS,
        "fire": lambda: obj_words & lx.MUNITIONS or (obj is None and prep_objects(tok, "on", "at")),
        "drop": lambda: obj_words & lx.MUNITIONS and bool(prep_objects(tok, "on")),
        "withhold": lambda: bool(obj_words & lx.WITHHELD),
        "block": lambda: bool(obj_words & lx.BLOCKABLE) and subj_lemma not in lx.CROWDS | {"protester", "demonstrator"},
        "hit": lambda: bool(obj_words & lx.ROADSIDE_DEVICES) and subj_lemma not in lx.ROADSIDE_DEVICES,
        "cast": lambda: bool(obj_words & {"ballot", "vote"}),
        "destroy": lambda: bool(obj_words & lx.DESTROYABLE) and subj_lemma not in lx.NATURAL_SUBJECTS,
        "land": lambda: subj_lemma in lx.MUNITIONS and obj is None,  # "two rockets landed near the airport"
        "execute": lambda: obj_lemma in lx.PERSON_WORDS or _person(obj),  # not "executed the plan"
        # "Kunduz fell to the Taliban": a place taken; not "prices fell"
        "fall": lambda: subj is not None and (subj_lemma in lx.PLACE_HEADS or is_place(subj))
        and bool(prep_objects(tok, "to")),
        "swear": lambda: "in" in prts or any(c.dep_ == "advmod" and c.lower_ == "in" for c in tok.children),
        "take": lambda: obj_lemma == "office",  # "took office as governor"
        "address": lambda: obj is not None and (lemma(obj) in lx.AUDIENCES | lx.LEGISLATURES | lx.CROWDS
                                                or bool(obj.ent_type_) or lemma(obj) in ("nation", "supporter")),
        "use": lambda: bool(obj_words & lx.WEAPONS) and bool(prep_objects(tok, "on", "against", "in")),
        "blow": lambda: "up" in prts,
        "go": lambda: "off" in prts and subj_lemma in ("bomb", "device", "ied", "explosive",
                                                         "mine", "charge", "grenade"),
        "tell": lambda: obj is not None,
        "summon": lambda: obj_words & lx.RECALLABLE,
        "sign": lambda: obj_words & lx.SIGNABLE and obj_lemma not in lx.NOUN_TRIGGERS,
        "resign": lambda: obj is None,
        "step": lambda: obj is None and bool(_down(tok)),  # "Sharif stepped down"
        "sit": lambda: bool(_down(tok)) and bool(prep_objects(tok, "with")),  # "sat down with Pence"
        # "Akhtar, who has been made president of ..."
        "make": lambda: (is_passive(tok) or _person(obj)) and any(
            c.dep_ in ("oprd", "xcomp", "attr") and lemma(c) in lx.POSTS for c in tok.children),
        "launch": lambda: obj is not None and _military_operation(tok, obj),  # "launched Operation Zarb-e-Azb"
        "oust": lambda: _person(given) or lemma(given) in lx.POSTS | {"government", "cabinet"} if given else False,
        "rule": lambda: subj_lemma in lx.RULING_BODIES or (subj is not None and any(
            lemma(o) in lx.RULING_BODIES for o in prep_objects(subj, "of"))),
        "return": lambda: obj is None and any(is_place(o) for o in prep_objects(tok, "to")),
        "brief": lambda: obj is not None,
        "testify": lambda: True,
        "win": lambda: obj_words & {"election", "vote", "poll", "seat", "majority", "referendum"},
        "kill": lambda: True, "wound": lambda: True, "injure": lambda: True,
        "appoint": lambda: _person(given) or _post(tok, given),
        "name": lambda: _person(given) and _post(tok, given),
        "choose": lambda: _person(given),
    }
    for alias in lx.OPERATION_VERBS:
        checks[alias] = checks["launch"]
    checks["nominate"] = checks["name"]
    checks["select"] = checks["choose"]
    for alias in ("shut", "reopen", "seal"):
        checks[alias] = checks["close"]
    checks["ink"] = checks["sign"]
    if typ == "policy_decision" and subj_lemma in lx.NOUN_TRIGGERS:
        return None  # "fighting shut the route": a consequence, not a decision
    if lem in ("close", "shut", "reopen") and obj is None and subj_lemma in lx.CLOSABLE:
        return Candidate(typ, tok, [tok, *prt])  # "the crossing reopened"
    if lem in ("capture", "seize", "retake", "recapture"):
        if obj is None:
            return None
        if obj_lemma in lx.PERSON_WORDS or obj.ent_type_ in ("PERSON", "ACTOR") and lem == "capture":
            return Candidate("arrest", tok, [tok, *prt])
        if obj_lemma in lx.PLACE_HEADS or is_place(obj):
            return Candidate("other", tok, [tok, *prt])  # a town taken: a capture, not the fighting
        return None
    if not checks.get(lem, lambda: False)():
        return None
    words = [tok, *prt]
    if lem in ("step", "sit"):
        words += [c for c in _down(tok) if c not in words]
    if lem == "return" and obj_lemma == "fire":
        return Candidate("armed_clash", tok, [tok, obj])  # "returned fire"
    if lem == "return":
        typ = "other"  # "returned to Kabul"
    if lem == "oust" and any(lemma(o) in lx.RULING_BODIES for o in [subj, *prep_objects(tok, "by")] if o is not None):
        typ = "policy_decision"  # "ousted by the Supreme Court": a ruling; by the army: a coup
    if (lem in ("open", "exchange", "trade") or lem in lx.OPERATION_VERBS) and obj is not None:
        words.append(obj)
    if lem in ("kill", "wound", "injure"):
        return Candidate("attack", tok, words, weak=True)
    return Candidate(typ, tok, words, needs_actor_object=lem in ("tell", "brief"))


def _statement_in_report(tok: Token) -> Candidate | None:
    """ "X said in its report / a statement": a statement, not a mere attribution."""
    for noun in prep_objects(tok, "on"):
        # "wrote on Twitter", "announced on Facebook"; "said on Twitter that ..." only quotes, as "said"
        if noun.lower_ in lx.SOCIAL_MEDIA and lemma(tok) != "say":
            return Candidate("statement_or_report", tok, [tok], label=f"{tok.text} on {noun.text}",
                             needs_actor_subject=True)
    for noun in prep_objects(tok, "in"):
        if lemma(noun) in lx.REPORT_NOUNS:
            prep = noun.head
            phrase = (f"in {tok.doc[prep.i + 1:noun.i + 1].text}" if 0 < noun.i - prep.i <= 7
                      else f"in {noun.text}")
            return Candidate("statement_or_report", tok, [tok, prep, noun], label=f"{tok.text} {phrase}")
    return None


def _announced_news(tok: Token, lem: str, obj: Token | None, subj: Token | None) -> Candidate | None:
    """ "The airline announced the loss of the plane": a named actor makes news known (checked
    against the mentions later); not "announced that ...", which reports what it says."""
    if lem != "announce" or obj is None or obj.pos_ != "NOUN" or subj is None or subj.pos_ not in ("PROPN", "NOUN"):
        return None
    if lemma(subj) in lx.ANONYMOUS_SPEAKERS or tok.dep_ not in ("ROOT", "conj") or is_passive(tok):
        return None
    return Candidate("statement_or_report", tok, [tok], needs_actor_subject=True)


def _dated_statement(tok: Token, subj: Token | None) -> Candidate | None:
    """ "The Foreign Office said on Sunday that ...": an official statement with its own date.
    Only a named subject counts (checked against the mentions later); "officials said" does not."""
    if lemma(tok) not in lx.STATEMENT_VERBS or subj is None or subj.pos_ not in ("PROPN", "NOUN"):
        return None
    if lemma(subj) in lx.ANONYMOUS_SPEAKERS:
        return None  # "a security official said on Saturday": a source, not a statement
    if tok.dep_ not in ("ROOT", "conj") or not any(o.ent_type_ == "DATE" for o in _time_adjuncts(tok)):
        return None
    return Candidate("statement_or_report", tok, [tok], needs_actor_subject=True)


_HABITUAL = {"repeatedly", "often", "long", "frequently", "always", "consistently", "regularly", "routinely"}


def _pointed_statement(tok: Token, lem: str, subj: Token | None) -> Candidate | None:
    """ "Kiev accused Moscow of ...", "the EU called for restraint", "Ghani condemned the attack",
    "the Taliban denied involvement": a named actor's accusation, call, condemnation or denial is
    the news itself, with or without a date. Only in a main clause, and only a named subject (checked against the mentions later):
    "officials blamed ..." is a source, not a statement; "said X accused Y" reports the accusation
    in the clause that says it."""
    if subj is None or subj.pos_ not in ("PROPN", "NOUN") or lemma(subj) in lx.ANONYMOUS_SPEAKERS:
        return None
    if tok.dep_ not in ("ROOT", "conj", "ccomp") or tok.tag_ in ("VB", "VBG"):
        return None  # not "to accuse", "accusing ..."
    if any(c.lower_ in _HABITUAL for c in tok.children if c.dep_ == "advmod"):
        return None  # "has repeatedly called for talks": a position, not one statement
    if lem == "call" and not [o for o in prep_objects(tok, "for", "on") if o.ent_type_ not in ("DATE", "TIME")]:
        return None  # "called for restraint", "called on both sides"; not "called it a provocation"
    if lem in ("ask", "request") and not (child(tok, "dobj") is not None and children(tok, "xcomp", "ccomp")):
        return None  # "asked the council to impose a curfew"; not "asked about the raid"
    if lem in ("condemn", "denounce", "deny") and not children(tok, "dobj", "ccomp", "xcomp"):
        return None  # "condemned the attack", "denied that ...", "denied carrying out"; not "was condemned"
    return Candidate("statement_or_report", tok, [tok, *children(tok, "prt")], needs_actor_subject=True)


def _time_adjuncts(tok: Token) -> list[Token]:
    """ "said on Sunday", "said Sunday", and "The government on Sunday said"."""
    subj = child(tok, "nsubj")
    return [c for c in tok.children if c.dep_ == "npadvmod"] + prep_objects(tok, "on", "in") + (
        prep_objects(subj, "on") if subj is not None else [])  # and "announced in January"


