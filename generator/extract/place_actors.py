"""Places and nationalities as actors: a country is a state, a capital that acts is its
government ("Kiev accused Moscow"), a nationality or a country before a forces noun is its
forces ("Afghan troops", "U.S. military", "the Ukrainian navy"), and a nationality before a
field and "ministry" is that country's ministry."""
from __future__ import annotations

from spacy.tokens import Span

from generator import gazetteer
from generator.extract.nlp import SECURITY_HEADS, SECURITY_MODIFIERS

_AGENT_VERB_DEPS = ("nsubj", "csubj")
# Verbs whose object is treated as a political actor: "asked Kabul to investigate".
POLITICAL_VERBS = frozenset((
    "accuse", "ask", "back", "blame", "caution", "condemn", "criticise", "criticize", "invite",
    "lobby", "persuade", "press", "pressure", "pressurize", "rebuke", "reassure", "support", "tell",
    "thank", "urge", "warn", "call", "praise", "fault", "chide", "inform", "notify", "brief", "consult",
))
RELATION_NOUNS = frozenset((
    "relations", "ties", "talks", "tension", "tensions", "dialogue", "rift", "dispute", "conflict", "war",
    "ceasefire", "agreement", "deal", "negotiations", "standoff", "stand-off", "confrontation", "escalation",
))
# "accusations from Kiev", "the response from Washington": a stance that comes from a government.
STANCE_NOUNS = frozenset((
    "accusation", "accusations", "response", "reaction", "statement", "pressure", "demand", "demands",
    "criticism", "warning", "warnings", "protest", "request", "support", "approval", "objection", "objections",
    "claim", "claims", "call", "calls", "assurance", "assurances", "message", "signal", "signals", "threat",
    "threats", "denial", "condemnation", "retaliation", "offer", "proposal",
))
# "the Afghan government", "the Pakistani administration": the country's government.
GOVERNMENT_HEADS = frozenset(("government", "administration", "cabinet"))
# After a capital only: "the Kiev authorities" (readers do not count "Iraqi authorities" as the government).
CAPITAL_GOVERNMENT_HEADS = GOVERNMENT_HEADS | {"authorities"}
# Branches of a country's armed forces that are actors of their own: "the Ukrainian navy".
BRANCHES = {("navy",): "Navy", ("naval", "forces"): "Navy", ("coast", "guard"): "Coast Guard",
            ("coast", "guards"): "Coast Guard", ("air", "force"): "Air Force"}
# Heads that are the forces only when they are not a modifier: "Iranian military" (not
# "Iranian military activities").
_MODIFIER_HEADS = frozenset(("military", "army", "police", "security", "government"))
# Nouns after "Afghan (border|security)" that make the phrase the country's forces.
FORCE_HEADS = frozenset(h for h in SECURITY_HEADS if h not in ("officials", "security"))


def is_agent(ent: Span) -> bool:
    """A place name used as a political actor.

    The subject of a verb or a passive agent ("Kabul signed", "was rejected by Islamabad"),
    the object of a political verb ("asked Kabul to investigate"), or a side of a relation
    ("relations between Kabul and Islamabad").
    """
    root = ent.root
    doc = ent.doc
    if ent.start == 0 and ent.end < len(doc) and doc[ent.end].text in (":", "-", "–", "—"):
        return False  # "MINSK: ...", a dateline
    while root.dep_ == "conj" and root.head != root:
        root = root.head
    head = root.head
    if root.dep_ in _AGENT_VERB_DEPS and head.pos_ in ("VERB", "AUX"):
        return True
    if root.dep_ == "dobj" and head.pos_ == "VERB" and any(c.dep_ == "xcomp" for c in head.children):
        return True  # "prompting Moscow to block the strait"
    if root.dep_ == "pobj" and head.lower_ == "from" and head.head.lower_ in STANCE_NOUNS:
        return True
    if root.dep_ == "pobj" and head.lower_ == "by" and head.dep_ == "agent":
        return True
    if root.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in POLITICAL_VERBS:
        return True  # "urged Islamabad to act", "Islamabad had been informed"
    if root.dep_ == "pobj" and head.lower_ in ("on", "upon") and head.head.lemma_.lower() in POLITICAL_VERBS:
        return True  # "called on Islamabad"
    if root.dep_ == "pobj" and head.lower_ in ("between", "with") and head.head.lower_ in RELATION_NOUNS:
        return True
    return False


_THE_ENDINGS = ("Islands", "Netherlands", "Philippines", "Bahamas", "Maldives", "Comoros", "Seychelles",
                "Emirates", "States", "Republic", "Territory", "Kingdom")


def _government_of(country: str) -> str:
    """"Government of Pakistan", "Government of the United Arab Emirates", "Government of Belarus"."""
    country = country.removeprefix("The ")
    plural = country.startswith(("United ", "Republic ")) or country.endswith(_THE_ENDINGS)
    return f"Government of {'the ' if plural else ''}{country}"


def _forces_end(ent: Span) -> int | None:
    """End offset of "Afghan forces", "Afghan border guards", "Afghan and Pakistani forces".

    Skips coordinated nationality adjectives and modifiers; the first other word must be a
    forces noun ("Afghan security officials" are not forces). None when it is not.
    """
    doc = ent.doc
    i = ent.end
    while i < len(doc):
        tok = doc[i]
        low = tok.lower_
        if i == ent.end and tok.tag_ == "POS":
            i += 1  # "Sudan's army"
            continue
        if low in FORCE_HEADS:
            nxt = doc[i + 1] if i + 1 < len(doc) else None
            if low in _MODIFIER_HEADS and nxt is not None and nxt.pos_ == "NOUN" and nxt.lower_ not in FORCE_HEADS:
                return None  # "Iranian military commander"
            return tok.idx + len(tok.text)
        if low in ("and", "or", ",") or tok.text in gazetteer.DEMONYMS:
            i += 1
            continue
        if low in SECURITY_MODIFIERS or low == "armed":
            nxt = doc[i + 1] if i + 1 < len(doc) else None
            if low == "security" and (nxt is None or nxt.pos_ not in ("NOUN", "PROPN")):
                return tok.idx + len(tok.text)  # "Afghan security said"
            i += 1
            continue
        return None
    return None


def place_actor(ent: Span, text: str, demonyms: dict[str, str]) -> tuple[str, str, int, str | None] | None:
    """A country, a capital acting for its government, or a nationality's forces.

    Returns (canonical name, kind label, end offset, registry id or None), or None when
    the entity is just a place.
    """
    doc = ent.doc
    following = doc[ent.end] if ent.end < len(doc) else None
    if ent.label_ == "GPE":
        capital_of = gazetteer.capital_country(text)
        if capital_of and following is not None and following.lower_ in CAPITAL_GOVERNMENT_HEADS:
            return _government_of(capital_of), "GOVERNMENT", following.idx + len(following.text), None
        if capital_of and is_agent(ent):
            return _government_of(capital_of), "GOVERNMENT", ent.end_char, None
        place = gazetteer.country(text)
        if place is None and text not in gazetteer.DEMONYMS:
            return None
    if ent.label_ == "GPE" and place is not None:
        if following is not None and following.lower_ in GOVERNMENT_HEADS:
            return _government_of(place.name), "GOVERNMENT", following.idx + len(following.text), None
        adjective = gazetteer.demonym_of(place.name) or place.name
        after = ent.end + 1 if following is not None and following.tag_ == "POS" else ent.end
        branch = _branch(doc, after)
        if branch is not None:  # "Russian coast guard", "Ukraine's navy"
            return f"{adjective} {branch[0]}", "FORCES", branch[1], None
        forces = state_forces(ent, place.name)
        if forces is not None:  # "U.S. military", "Pakistan's army": the registry's forces of that nationality
            return forces[0], "FORCES", forces[1], demonyms.get((gazetteer.demonym_of(place.name) or "").casefold())
        if nationality_use(ent):
            return None  # "a US citizen": a nationality adjective
        return place.name, "STATE", ent.end_char, None
    country = gazetteer.DEMONYMS.get(text)
    if country is None and text.casefold() not in demonyms:
        return None
    if country is not None and following is not None and following.lower_ in GOVERNMENT_HEADS \
            and not (ent.end + 1 < len(doc) and doc[ent.end + 1].lower_ in FORCE_HEADS):
        return _government_of(country), "GOVERNMENT", following.idx + len(following.text), None
    if country is not None:
        branch = _branch(doc, ent.end)
        if branch is not None:
            return f"{text} {branch[0]}", "FORCES", branch[1], None
        ministry = _ministry(doc, ent.end)
        if ministry is not None:  # "the Iraqi health ministry"
            return f"{country} Ministry of {ministry[0]}", "ORG", ministry[1], None
    end = _forces_end(ent)
    if end is None:
        return None
    if ent.end < len(ent.doc) and ent.doc[ent.end].lower_ in ("and", "or", ","):
        end = ent.end_char  # the first of coordinated nationalities: "Afghan" in "Afghan and Pakistani forces"
    return f"{text} security forces", "FORCES", end, demonyms.get(text.casefold())


# After a country's name ("U.S. military"); "US troops" stays the state, as readers annotate it.
_STATE_FORCE_HEADS = frozenset(("military", "army", "forces"))
# Nouns after a country's name that make it a nationality adjective: "a US citizen", "UK nationals".
NATIONALITY_NOUNS = frozenset((
    "citizen", "citizens", "national", "nationals", "passport", "passports", "passport-holder",
    "passport-holders", "resident", "residents", "tourist", "tourists",
))


def nationality_use(ent: Span) -> bool:
    """"a US citizen", "23 US citizens": a country's name used as a nationality adjective alone."""
    doc = ent.doc
    return ent.end < len(doc) and doc[ent.end].lower_ in NATIONALITY_NOUNS and doc[ent.end].pos_ in ("NOUN", "PROPN")


def state_forces(ent: Span, country: str) -> tuple[str, int] | None:
    """"U.S. military", "the Russian army", "Sudan's army" after a country's name: the forces' name and end
    offset."""
    doc = ent.doc
    at = ent.end + 1 if ent.end < len(doc) and doc[ent.end].tag_ == "POS" else ent.end  # "Sudan's army"
    if at < len(doc) and doc[at].lower_ in _STATE_FORCE_HEADS:
        end = _forces_end(ent)
        if end is not None:
            return f"{gazetteer.demonym_of(country) or country} security forces", end
    return None


def _branch(doc, i: int) -> tuple[str, int] | None:
    """A branch of the armed forces at token i ("navy", "coast guard"): its name and end offset."""
    for words, name in BRANCHES.items():
        toks = doc[i:i + len(words)]
        if len(toks) == len(words) and tuple(t.lower_ for t in toks) == words:
            return name, toks[-1].idx + len(toks[-1].text)
    return None


def _ministry(doc, i: int) -> tuple[str, int] | None:
    """"health ministry" at token i: the ministry's field and its end offset."""
    if i + 1 < len(doc) and doc[i].pos_ == "NOUN" and doc[i].is_lower and doc[i + 1].lower_ == "ministry":
        return doc[i].text.title(), doc[i + 1].idx + len(doc[i + 1].text)
    return None
