"""Word lists for event extraction: trigger lemmas, light verbs, factuality cues.

Lemmas are lower-case spaCy lemmas. Types are those of `model.EVENT_TYPES`.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from generator.model import EventMention

VIOLENT = ("attack", "armed_clash", "explosion")

# Type families, shared by extraction and resolution: reports of one happening may type it
# differently ("the attack", "the blast", "the fighting").
FAMILIES = {"attack": "violence", "explosion": "violence", "armed_clash": "violence"}


def family(event_type: str) -> str:
    return FAMILIES.get(event_type, event_type)


_RESIGN = re.compile(r"\b(?:resign(?:s|ed|ing)?|resignation|step(?:s|ped)? down|quit)\b", re.IGNORECASE)


def resignation(m: EventMention) -> bool:
    """ "Habibi resigned", "stepped down as defence minister"."""
    return m.type == "other" and bool(_RESIGN.search(m.trigger))


# Verbs that report an event by themselves (subject = initiator unless noted).
VERB_TRIGGERS = {
    "attack": "attack", "assault": "attack", "ambush": "attack", "raid": "attack",
    "storm": "attack", "bomb": "attack", "shell": "attack", "target": "attack",
    "strike": "attack", "shoot": "attack", "behead": "attack", "kidnap": "attack",
    "abduct": "attack", "overrun": "attack", "assassinate": "attack", "massacre": "attack",
    "lynch": "attack", "murder": "attack", "boycott": "protest", "invade": "attack", "bombard": "attack",
    "torch": "attack", "raze": "attack", "riot": "protest",
    "clash": "armed_clash", "skirmish": "armed_clash", "fight": "armed_clash",
    "battle": "armed_clash",
    "explode": "explosion", "detonate": "explosion",
    "protest": "protest", "demonstrate": "protest", "rally": "protest", "march": "protest",
    "agree": "agreement", "initial": "agreement",
    "meet": "meeting_or_talks", "negotiate": "meeting_or_talks", "visit": "meeting_or_talks",
    "host": "meeting_or_talks",
    "arrest": "arrest", "detain": "arrest", "apprehend": "arrest", "nab": "arrest",
    "ban": "policy_decision", "impose": "policy_decision", "designate": "policy_decision",
    "sanction": "policy_decision", "delist": "policy_decision", "disqualify": "policy_decision",
    "approve": "policy_decision", "order": "policy_decision", "blacklist": "policy_decision",
    "expel": "policy_decision", "deport": "policy_decision", "veto": "policy_decision",
    "outlaw": "policy_decision",
    "elect": "election", "vote": "election", "annex": "other",
}
# Verbs that are triggers only with a fitting object (checked in event_triggers).
OBJECT_VERBS = {
    "close": "policy_decision", "shut": "policy_decision", "reopen": "policy_decision",
    "seal": "policy_decision", "lift": "policy_decision", "suspend": "policy_decision", "dissolve": "policy_decision",
    "pass": "policy_decision", "adopt": "policy_decision", "recall": "policy_decision",
    "remove": "policy_decision", "release": "policy_decision", "declare": "policy_decision",
    "capture": "attack", "seize": "attack", "open": "attack", "exchange": "armed_clash",
    "trade": "armed_clash", "fire": "attack", "drop": "attack",
    "return": "armed_clash", "set": "explosion",
    "blow": "explosion", "go": "explosion", "tell": "statement_or_report",
    "testify": "statement_or_report", "brief": "statement_or_report",
    "win": "election", "kill": "attack", "wound": "attack", "injure": "attack",
    "summon": "other", "resign": "other", "sign": "agreement", "ink": "agreement",
    "appoint": "policy_decision", "name": "policy_decision", "nominate": "policy_decision",
    "choose": "policy_decision", "select": "policy_decision",
    "step": "other", "oust": "other", "rule": "policy_decision", "use": "attack",
    "withhold": "policy_decision", "retake": "attack", "recapture": "attack", "take": "policy_decision",
    "destroy": "attack", "fall": "other", "land": "explosion", "execute": "attack",
    "sit": "meeting_or_talks", "make": "policy_decision",
    "hit": "explosion", "cast": "election", "block": "policy_decision", "swear": "policy_decision", "address": "statement_or_report",
}
# Who rules ("the court ruled that ..."): the ruling is a decision; "the Taliban ruled" is not
RULING_BODIES = {"court", "judge", "bench", "tribunal", "commission", "justice"}
APPOINTING = {"appoint", "name", "nominate", "choose", "select", "make", "swear", "take"}
# "appointed X as the new chief of army staff", "named as his deputies": posts one is given
POSTS = {
    "chief", "leader", "head", "chairman", "chairperson", "chair", "president", "minister",
    "deputy", "commander", "governor", "envoy", "ambassador", "successor", "spokesman",
    "spokesperson", "director", "secretary", "adviser", "advisor", "emir", "amir", "commissioner",
    "judge", "coordinator", "representative", "mayor", "premier", "speaker", "general", "justice",
}
CLOSABLE_VERBS = {"close", "shut", "seal"}
CLOSABLE = {
    "border", "crossing", "gate", "embassy", "consulate", "airspace", "route", "road", "highway",
    "port", "office", "mission", "market", "school", "frontier", "pass", "checkpoint", "trade",
    "university", "college", "campus", "airport",
}
LIFTABLE = {"sanction", "ban", "restriction", "curfew", "embargo", "blockade", "lockdown", "veto"}
SUSPENDABLE = {"aid", "talks", "flight", "cooperation", "trade", "operation", "relation", "tie", "constitution",
               "assistance", "dialogue", "negotiation", "agreement", "treaty", "membership"}
OPERATION_VERBS = {"launch", "begin", "start", "conduct", "mount", "expand"}  # ... an operation
OBJECT_VERBS.update(dict.fromkeys(OPERATION_VERBS, "attack"))
SIGNATURE_VERBS = {"add", "put", "affix", "append", "place"}  # "added his signature" signs
SIGNABLE = {"draft", "document", "text", "memorandum", "declaration", "mou", "charter", "protocol",
            "roadmap", "communique", "communiqué"}
PASSABLE = {"law", "bill", "resolution", "budget", "amendment", "motion", "ordinance", "act"}
DECLARABLE = {"emergency", "curfew", "law", "war", "ceasefire", "truce", "mourning", "holiday"}
RECALLABLE = {"ambassador", "envoy", "diplomat", "high commissioner", "commissioner", "charge",
              "chargé", "affaires", "attache", "attaché"}
# Verbs whose named subject makes a statement that is news by itself, dated or not.
POINTED_STATEMENTS = {"accuse", "blame", "call", "urge", "ask", "request", "condemn", "denounce", "deny"}
# Statements about another act, named by their object: its date and place are the act's.
TOPICAL_STATEMENTS = {"condemn", "denounce", "deny"}
# Verbs of an official statement when the speaker is named and the verb has its own date.
STATEMENT_VERBS = {"say", "announce", "confirm", "state", "declare", "reject", "dismiss", "deny"}
AIRCRAFT = {"plane", "airliner", "jet", "aircraft", "helicopter", "drone", "airplane", "warplane", "fighter",
            "bomber", "transport", "chopper", "flight", "uav", "boeing", "airbus"}
RELEASABLE = {"prisoner", "detainee", "captive", "hostage", "inmate"}
MUNITIONS = {"shell", "rocket", "missile", "mortar", "round", "bomb", "artillery", "grenade"}
WEAPONS = MUNITIONS | {"weapon", "drone", "explosive", "munition", "gas"}  # "used the largest conventional weapon"
WITHHELD = {"aid", "fund", "funding", "payment", "reimbursement", "money", "dollar", "assistance",
            "certification", "support", "salary", "tranche"}  # "$300 million ... was withheld"
CROWDS = {"protester", "demonstrator", "marcher", "mourner", "crowd", "rally", "protest", "march"}
# "the attack had been planned by X": said of an attack that happened
PLOT_VERBS = {"plan", "orchestrate", "mastermind", "organise", "organize", "order"}
ANONYMOUS_SPEAKERS = {"official", "spokesman", "spokesperson", "spokeswoman", "source", "officer",
                      "aide", "diplomat", "resident", "witness"}
AUDIENCES = {"conference", "summit", "session", "meeting", "assembly", "gathering", "parliament",
             "congress", "senate", "lawmakers", "committee", "council", "jirga", "legislators"}
FIRE_WORDS = {"fire", "gunfire", "shot", "shots", "fires", "artillery", "mortar", "rocket"}
STATE_FORCES = {"force", "troop", "soldier", "guard", "army", "military", "police", "policeman",
                "personnel", "corps", "side"}
PEOPLE_GROUPS = {"official", "delegation", "diplomat", "representative", "envoy", "troop", "force",
                 "leader", "negotiator", "member", "delegate", "minister", "soldier", "fighter"}
PERSON_WORDS = {
    "suspect", "militant", "commander", "leader", "fighter", "man", "woman", "member",
    "insurgent", "terrorist", "official", "activist", "journalist", "soldier", "people",
    "person", "facilitator", "operative", "bomber", "chief", "spokesman", "cleric",
}
LEGISLATURES = {"congress", "parliament", "senate", "assembly", "committee", "lawmakers",
                "council", "legislators", "jirga"}
REPORT_NOUNS = {"report", "statement", "communique", "communiqué", "release", "declaration",
                "assessment", "testimony", "review", "document", "letter", "findings", "speech",
                "address", "interview"}
SOCIAL_MEDIA = {"twitter", "facebook", "telegram", "instagram", "youtube", "weibo"}
# places that host a visit: "the air base, which hosted President Trump"
CALLING_VERBS = {"call", "convene", "chair", "summon"}  # ... a meeting, a session
BLOCKABLE = {"access", "passage", "strait", "road", "route", "entry", "entrance", "port", "crossing", "border",
             "highway", "bridge", "waterway", "channel"}
CONTROL_VERBS = {"take", "seize", "gain", "wrest", "assume", "grab"}  # "took control of the city", "seized power"
TOPPLING = {"topple", "overthrow", "depose"}  # "toppled the president": a coup
RULERS = {"government", "regime", "cabinet", "junta", "monarchy", "king", "ruler", "dictator", "leadership"}
FACILITIES = {"airbase", "facility", "installation", "ship", "carrier", "embassy", "hospital"}
PUBLISH_VERBS = {"release", "publish", "issue", "submit", "present", "unveil", "table",
                 "deliver", "send"}

# Event nouns.
NOUN_TRIGGERS = {
    "attack": "attack", "assault": "attack", "ambush": "attack", "raid": "attack",
    "strike": "attack", "airstrike": "attack", "bombing": "attack", "offensive": "attack",
    "killing": "attack", "assassination": "attack", "massacre": "attack", "shooting": "attack",
    "kidnapping": "attack", "abduction": "attack", "incursion": "attack", "onslaught": "attack",
    "invasion": "attack", "bombardment": "attack",
    "clash": "armed_clash", "skirmish": "armed_clash", "fighting": "armed_clash",
    "firefight": "armed_clash", "gunfight": "armed_clash", "gunbattle": "armed_clash",
    "battle": "armed_clash", "shelling": "armed_clash", "firing": "armed_clash",
    "hostility": "armed_clash", "exchange": "armed_clash",
    "blast": "explosion", "explosion": "explosion", "detonation": "explosion",
    "protest": "protest", "rally": "protest", "demonstration": "protest", "march": "protest",
    "sit-in": "protest", "riot": "protest", "uprising": "protest", "coup": "other", "putsch": "other",
    "agreement": "agreement", "deal": "agreement", "accord": "agreement", "pact": "agreement",
    "treaty": "agreement", "ceasefire": "agreement", "truce": "agreement",
    "memorandum": "agreement",
    "talk": "meeting_or_talks", "meeting": "meeting_or_talks",
    "negotiation": "meeting_or_talks", "summit": "meeting_or_talks",
    "conference": "meeting_or_talks", "dialogue": "meeting_or_talks", "visit": "meeting_or_talks",
    "consultation": "meeting_or_talks", "session": "meeting_or_talks", "contact": "meeting_or_talks",
    "decision": "policy_decision",
    "arrest": "arrest", "detention": "arrest",
    "ban": "policy_decision", "closure": "policy_decision", "designation": "policy_decision",
    "curfew": "policy_decision", "lockdown": "policy_decision",
    "annexation": "other",
    "election": "election", "poll": "election", "referendum": "election", "vote": "election",
    "ballot": "election",
}
# People nouns whose act is the event: "a suicide bomber set off ...", "protesters marched".
AGENT_NOUNS = {"bomber", "protester", "demonstrator"}
LABOUR_STRIKE = {"general", "hunger", "labour", "labor", "transport", "teachers", "workers"}
MILITARY_STRIKE = {"air", "drone", "missile", "rocket", "military", "artillery", "aerial",
                   "retaliatory", "precision", "surgical", "us", "israeli", "pre-emptive"}
PRESS_WORDS = {"press", "news"}
# Nouns that carry an event only with a fitting modifier: "firing incidents".
CARRIER_NOUNS = {"incident", "incidents", "exchange", "exchanges", "violation", "violations", "round", "rounds",
                 "swap", "swaps"}
TALK_WORDS = {"talk", "talks", "negotiation", "negotiations", "consultation", "consultations", "dialogue"}
CARRIER_MODIFIERS = {"firing": "armed_clash", "shooting": "armed_clash", "gunfire": "armed_clash",
                     "border": "armed_clash", "ceasefire": "armed_clash"}

# Light verbs whose object is an event noun: the role of their subject.
LIGHT_VERBS = {
    "carry": "initiator", "launch": "initiator", "conduct": "initiator", "stage": "initiator",
    "mount": "initiator", "hold": "initiator", "sign": "initiator", "reach": "initiator",
    "conclude": "initiator", "strike": "initiator", "ink": "initiator", "seal": "initiator",
    "organise": "initiator", "organize": "initiator", "perpetrate": "initiator",
    "commit": "initiator", "execute": "initiator", "lead": "initiator", "make": "initiator",
    "orchestrate": "initiator", "mastermind": "initiator", "broker": "initiator", "mediate": "initiator",
    "finalise": "initiator", "finalize": "initiator", "announce": "initiator",
    "impose": "initiator", "declare": "initiator", "order": "initiator", "begin": "initiator",
    "start": "initiator", "resume": "initiator", "open": "initiator", "initial": "initiator",
    "attend": "participant", "join": "participant", "host": "participant",
    "survive": "target", "repel": "target", "repulse": "target", "face": "target",
    "suffer": "target",
    "claim": "initiator",
    "condemn": None, "denounce": None, "witness": None, "investigate": None, "welcome": None,
    "praise": None, "report": None, "confirm": None, "see": None, "mark": None,
}
# Verbs whose subject is an event noun that happened.
OCCURRENCE_VERBS = {
    "take", "occur", "happen", "erupt", "break", "kill", "wound", "injure", "hit", "rock",
    "target", "destroy", "damage", "claim", "leave", "continue", "begin", "start", "end",
    "resume", "result", "cause", "shake", "strike", "go", "last", "flare", "intensify", "trigger",
    "spark", "force", "prompt", "come",
}
# Verbs that put their complement event into the world: "led to exchanges of fire".
RESULT_VERBS = {"lead", "result", "trigger", "spark", "cause", "prompt", "provoke", "follow",
                "precede"}
CASUALTY_VERBS = {"kill", "wound", "injure", "die", "hurt"}
ACCIDENTS = {"accident", "crash", "flood", "earthquake", "avalanche", "landslide", "collision",
             "fire", "storm", "stampede"}

REPORTING = {"dismiss", "reject", 
    "say", "tell", "report", "claim", "allege", "add", "state", "announce", "confirm", "note",
    "write", "insist", "assert", "believe", "warn", "explain", "disclose", "reveal", "argue",
    "maintain", "acknowledge", "admit", "observe", "conclude",
}
ACCUSING = {"accuse", "blame", "charge", "hold", "implicate"}
SOURCE_NOUNS = {"report", "statement", "document", "study", "assessment", "communique",
                "review", "it", "they", "letter", "testimony"}
PRONOUNS = {"it", "they", "we", "he", "she"}

MODALS = {"could", "would", "might", "may", "should", "must", "will", "shall", "'ll", "wo",
          "ca", "can", "'d"}
CONDITIONAL_MARKS = {"if", "unless", "whether", "lest"}
# Governors whose complement did not (yet) happen.
NONFACTUAL = {
    "plan", "intend", "expect", "set", "aim", "seek", "want", "hope", "threaten", "vow",
    "pledge", "promise", "propose", "prepare", "consider", "call", "urge", "demand", "ask",
    "warn", "fear", "plot", "need", "prevent", "avoid", "stop", "deter", "refrain", "fail",
    "refuse", "deny", "foil", "thwart", "avert", "reject", "oppose", "discuss", "push",
    "press", "wish", "decide", "agree", "allow", "authorize", "authorise",
    "approve", "order", "recommend", "suggest", "require", "encourage", "help",
}
# Governors of an infinitive that did happen: "continued to attack".
FACTIVE_INFINITIVE = {"continue", "begin", "start", "manage", "resume", "go", "proceed",
                      "keep", "come", "happen", "force", "prompt"}
NONFACTUAL_NOUN_HEADS = {
    "threat", "risk", "fear", "possibility", "plan", "prospect", "danger", "warning", "plot",
    "rumour", "rumor", "call", "demand", "bid", "planning", "preparation", "need", "prevention",
    "wave", "spate", "series", "campaign", "number", "kind", "type", "form", "role",
}
NONFACTUAL_MODIFIERS = {
    "planned", "proposed", "possible", "potential", "future", "upcoming", "expected", "likely",
    "imminent", "failed", "foiled", "thwarted", "would-be", "prospective", "hypothetical",
    "next", "further", "coming", "any",
}
FUTURE_WORDS = ("next", "tomorrow", "coming", "upcoming", "later this", "later in the")
ABSTRACT_OBJECTS = {
    "decision", "policy", "plan", "remark", "statement", "report", "idea", "move", "comment",
    "claim", "proposal", "law", "bill", "government", "corruption", "poverty", "terrorism",
    "extremism", "problem", "issue", "record", "deal", "agreement", "balance", "tone", "chord",
    "note", "terror", "crime", "narcotic", "drug", "virus", "disease", "inflation",
}
MEETABLE_NOT = {"demand", "need", "target", "criterion", "expectation", "requirement", "deadline",
                "standard", "goal", "end", "cost", "obligation"}
NATURAL_SUBJECTS = {"earthquake", "quake", "flood", "storm", "lightning", "cyclone", "drought"}
VIOLENT_AGENTS = {"militant", "insurgent", "gunman", "attacker", "bomber", "fighter",
                  "terrorist", "rebel", "force", "troop", "soldier", "police", "jet", "drone",
                  "aircraft", "plane", "helicopter", "army", "military"}
TRIGGER_MODIFIERS = {
    "air", "drone", "suicide", "peace", "cross-border", "border", "rocket", "missile", "mortar",
    "artillery", "car", "truck", "roadside", "bomb", "ceasefire", "trade", "military", "armed",
    "terrorist", "terror", "militant", "insurgent", "gun", "bilateral", "trilateral",
    "presidential", "parliamentary", "general", "local", "provincial", "mass", "street",
    "cross", "-", "firing", "gunfire", "sectarian", "twin",
}
TARGET_PREPS = {"on", "against", "at", "outside", "near", "inside", "among"}
SHOOTING = {"open", "shoot", "shooting", "firing"}
PLACE_PREPS = {"in", "at", "near", "outside", "inside", "along", "across", "into", "around",
               "within", "throughout"}
# "shot down over eastern Ukraine", "seized off the coast of Crimea": where, never who
OVER_PREPS = {"over", "off", "above", "beyond"}
PLACE_HEADS = {
    "crossing", "border", "checkpoint", "district", "province", "village", "city", "town",
    "camp", "base", "airport", "market", "mosque", "bazaar", "area", "region", "valley",
    "gate", "post", "port", "pass", "square", "road", "highway", "compound", "building",
    "shrine", "centre", "center", "headquarters", "outpost", "garrison",
}
POLICIES = {"strategy", "policy", "plan", "measure", "programme", "program", "ban", "sanction", "curfew",
            "reform", "budget", "law", "decree", "order", "ceasefire"}  # "announced a new strategy"
DESTROYABLE = {"hospital", "building", "house", "home", "school", "bridge", "vehicle", "tank", "truck",
               "convoy", "mosque", "shrine", "clinic", "office", "compound", "checkpoint", "post", "base"}
TAKING_VERBS = {"capture", "seize", "retake", "recapture", "overrun", "storm", "attack", "shell", "bomb",
                "raid"}  # "stormed Kunduz": the object is where it happened
ROADSIDE_DEVICES = {"mine", "ied", "landmine", "bomb", "device"}  # "their vehicle hit a mine"
BAD_DATE_PREPS = {"since", "until", "till", "by", "before", "after", "for", "through",
                  "throughout", "over", "within", "from", "to", "ahead"}
PERIOD_VERBS = {"end", "cover", "last", "finish", "run", "span"}  # not "began in 2014": when it started

# what went off was placed there by someone: "a bomb exploded", "a roadside bomb blast" is an attack,
# unlike "a gas cylinder exploded"
PLANTED_EXPLOSIVES = {"bomb", "ied", "explosive", "mine", "landmine", "grenade", "device", "bomber"}

# auxiliaries that make an act not (yet) real: "will claim", "may sign", "would hold"
FUTURE_AUX = {"will", "shall", "would", "may", "might", "could", "should", "must", "'ll", "wo"}

# "hosted envoys for talks", "convened the parties for talks": the talks took place
CONVENING_VERBS = {"host", "convene", "gather", "assemble", "bring"}
