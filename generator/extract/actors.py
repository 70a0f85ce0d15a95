"""Actor mentions in one article: registry entities, capitals as governments, discovered names."""
from __future__ import annotations

import re
from collections.abc import Sequence

from slugify import slugify
from spacy.tokens import Span

from generator.extract import gazetteer, knowledge
from generator.extract.nlp import MEDIA_NAMES, ORG_CUES, SECURITY_HEADS, SECURITY_MODIFIERS
from generator.model import Article, DiscoveredName, Mention, Registry, Sentence

DISCOVERABLE = ("ORG", "PERSON")
# an article, or abbreviated ranks the NER keeps inside a name ("Gen. Nadeem Ahmed", "Lt. Gen. X")
_LEADING = re.compile(r"^(?:(?:the|a|an)\s+|(?:(?:Lt|Maj|Brig|Gen|Col|Capt|Dr|Mr|Mrs|Ms|Sen|Gov)\.\s*)+)",
                      re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?:['’]s|s['’]|['’])$")
_ACRONYM_DEF = re.compile(r"\(([A-Z][A-Za-z]*[A-Z](?:-[A-Z])?)\)")
_AGENT_VERB_DEPS = ("nsubj", "csubj")

# Well-known institutional metonyms: defaults that a registry entry for the same name overrides.
INSTITUTIONS = {
    "pentagon": "US Department of Defense",
    "white house": "US Government",
    "state department": "US Department of State",
    "kremlin": "Government of Russia",
    "downing street": "Government of the United Kingdom",
    "elysee": "Government of France",
    "élysée": "Government of France",
    "foggy bottom": "US Department of State",
    "zhongnanhai": "Government of China",
}
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
# Words before a single name that make it a person's name: "President Ghani", "Mullah Omar".
PERSON_TITLES = frozenset((
    "president", "mullah", "maulana", "maulvi", "general", "gen.", "gen", "mr", "mr.", "mrs", "ms",
    "dr", "dr.", "sheikh", "commander", "minister", "premier", "senator", "judge", "justice", "qari",
    "haji", "hafiz", "sardar", "chief", "secretary", "spokesman", "ambassador", "envoy", "governor",
    "colonel", "major", "lieutenant", "brigadier", "marshal", "king", "prince", "emir", "amir",
))


def discovered_id(name: str) -> str:
    return slugify(name) or "actor"


def _trim(ent: Span) -> tuple[int, int, str]:
    """Character offsets and text of an entity without a leading article or trailing possessive."""
    text, start = ent.text, ent.start_char
    lead = _LEADING.match(text)
    if lead:
        text, start = text[lead.end():], start + lead.end()
    text = _POSSESSIVE.sub("", text) if len(text) > 3 else text
    return start, start + len(text), text


def _is_agent(ent: Span) -> bool:
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


MILITARY_UNITS = ("corps", "brigade", "division", "regiment", "battalion", "squadron")


def _plausible_name(text: str, label: str) -> bool:
    if len(text) < 2 or not any(c.isupper() for c in text) or text[0] in "@#":
        return False  # "@MAS": a social-media handle
    if text in knowledge.TIME_ZONES or text.casefold() in knowledge.NOT_ACTORS:
        return False  # "12:00 GMT", "a Takfiri group"
    if knowledge.lookup(text) is not None:
        return True  # "G20", "M23"
    if " " not in text and text.isupper() and len(text) > 3 and gazetteer.lookup(text.title()) is not None:
        return False  # "JOHANNESBURG (AP)": a dateline
    if any(c.isdigit() for c in text) and not (label == "ORG" and text.split()[-1].casefold() in MILITARY_UNITS):
        return False  # numbers, except units: "10 Corps", "209th Shaheen Corps"
    if label == "PERSON" and text.isupper() and len(text) > 4:  # a shouted headline fragment
        return False
    return text.strip(" -–—:;,.").strip() == text


_THE_ENDINGS = ("Islands", "Netherlands", "Philippines", "Bahamas", "Maldives", "Comoros", "Seychelles",
                "Emirates", "States", "Republic", "Territory", "Kingdom")


def _government_of(country: str) -> str:
    """"Government of Pakistan", "Government of the United Arab Emirates", "Government of Belarus"."""
    if country.startswith("The "):
        country = country[4:]
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


def _place_actor(ent: Span, text: str, demonyms: dict[str, str]) -> tuple[str, str, int, str | None] | None:
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
        if capital_of and _is_agent(ent):
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
        if after == ent.end and following is not None and following.lower_ in _STATE_FORCE_HEADS:
            end = _forces_end(ent)
            if end is not None:  # "U.S. military", "US troops"
                return f"{adjective} security forces", "FORCES", end, None
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


def _group_plural(text: str) -> bool:
    """A plural proper name that is no nationality: "Haqqanis" (not "Afghans", "Pakistanis")."""
    return (text.endswith("s") and " " not in text and text[:1].isupper() and text[:-1] not in gazetteer.DEMONYMS
            and gazetteer.country(text[:-1]) is None)


def _titled(ent: Span) -> bool:
    """A name right after a person's title: "President Karzai", "spokesman Sediq Sediqqi"."""
    return ent.start > 0 and ent.doc[ent.start - 1].lower_ in PERSON_TITLES


def _bare_acronym(tok) -> bool:
    """An all-capital proper noun of 2-6 letters that names no country ("FRA", not "US")."""
    return (tok.pos_ == "PROPN" and 2 <= len(tok.text) <= 6 and tok.text.isalpha() and tok.text.isupper()
            and gazetteer.country(tok.text) is None and tok.text not in gazetteer.DEMONYMS
            and tok.text not in MEDIA_NAMES)


# Parts of a full name that do not identify a person on their own.
_COMMON_NAME_PARTS = PERSON_TITLES | frozenset((
    "mawlawi", "mawlavi", "maulvi", "sayed", "syed", "mohammad", "muhammad", "mohammed", "abdul", "abu",
    "bin", "ibn", "al", "el", "khan", "shah", "ahmad", "ahmed", "ali", "mir", "gul",
))


_ARTICLE_PREFIX = re.compile(r"^(?:al|el|ul|ad|ar|as|ash|at|az)[-‑]", re.IGNORECASE)


def _full_names(sentences: Sequence[tuple[Sentence, Span]], persons: set[str]) -> list[tuple[int, str, str, tuple[str, ...]]]:
    """(sentence, surname, full name or actor id, other name parts) for every person named in full."""
    names = []
    for sentence, span in sentences:
        for ent in span.ents:
            if ent.label_ == "PERSON" or (ent.label_ == "ACTOR" and ent.ent_id_ in persons):
                words = _trim(ent)[2].split()
                if len(words) > 1:
                    target = ent.ent_id_ if ent.label_ == "ACTOR" else None
                    parts = tuple(w.casefold() for w in words[:-1]
                                  if len(w) > 3 and w.casefold() not in _COMMON_NAME_PARTS)
                    names.append((sentence.index, words[-1].casefold(), target or " ".join(words), parts))
                    bare = _ARTICLE_PREFIX.sub("", words[-1])
                    if bare != words[-1] and len(bare) > 2:  # "Abadi" for "Haider al-Abadi"
                        names.append((sentence.index, bare.casefold(), target or " ".join(words), parts))
    return names


def _called_by_given_name(sentences: Sequence[tuple[Sentence, Span]],
                          names: list[tuple[int, str, str, tuple[str, ...]]]) -> set[str]:
    """The people the article also calls by a given name alone ("Shehbaz plans to contest"):
    news writing does so to tell apart two people who share a surname."""
    parts = {part: n[2] for n in names for part in n[3]}
    out = set()
    for _, span in sentences:
        for tok in span:
            key = tok.lower_
            if key in parts and tok.is_title and (tok.i + 1 >= len(tok.doc) or not tok.nbor(1).is_title) \
                    and (tok.i == 0 or not tok.nbor(-1).is_title):
                out.add(parts[key])
    return out


def _surname_target(names: list[tuple[int, str, str, tuple[str, ...]]], word: str, index: int,
                    by_given_name: set[str] = frozenset()) -> str | None:
    """The full name a lone name stands for.

    A surname: the nearest full name before it, else the only one after. When people who
    share it are named before, one the article calls by a given name elsewhere ("Shehbaz")
    is not the one the bare surname means. Another distinctive part of a full name
    ("Haibatullah" for "Mawlawi Haibatullah Akhundzada") only when a single person in the
    article has it.
    """
    key = word.casefold()
    before = [n for n in names if n[1] == key and n[0] <= index]
    if len({n[2] for n in before}) > 1 and any(n[2] not in by_given_name for n in before):
        before = [n for n in before if n[2] not in by_given_name]
    if before:
        return before[-1][2]
    after = {n[2] for n in names if n[1] == key}
    if len(after) == 1:
        return after.pop()
    if after or key in _COMMON_NAME_PARTS:
        return None
    given = {n[2] for n in names if key in n[3]}
    return given.pop() if len(given) == 1 else None


# Words of an office that the NER glues before a name: "Interior Minister Joseph X", "German
# Chancellor Angela Merkel". A name made only of them is a title, not an actor.
OFFICE_WORDS = frozenset((
    "president", "vice", "prime", "minister", "minster", "chancellor", "secretary", "cabinet", "interior",
    "foreign", "defence", "defense", "finance", "security", "deputy", "acting", "former", "state", "general",
    "commander", "chief", "spokesman", "spokeswoman", "ambassador", "envoy", "governor", "premier", "speaker",
    "home", "affairs", "internal", "justice", "attorney", "national", "police",
))
_FINAL_PUNCT = tuple(".!?\"'”’)…:")
# Nouns for an armed group described by its backer: "pro-Russian rebels", "Russia-backed separatists".
GROUP_PLURALS = frozenset((
    "separatists", "rebels", "insurgents", "militants", "militias", "militiamen", "gunmen", "fighters",
    "forces", "groups", "paramilitaries", "proxies",
))
GROUP_SINGULARS = frozenset(("separatist", "rebel", "insurgent", "militant", "militia", "paramilitary", "armed"))
_BACKED = frozenset(("backed", "supported", "allied", "aligned", "sponsored", "funded", "armed"))
# Bare nouns that stand for the described group named earlier or later in the article.
_BARE_GROUP = frozenset(("separatists", "rebels", "insurgents"))


def _strip_title(ent: Span, start: int, text: str) -> tuple[int, str]:
    """A PERSON entity without the office words the NER glued before the name:
    "Interior Minister Joseph Nkaissery" -> "Joseph Nkaissery"."""
    words = text.split(" ")
    k = 0
    while k < len(words) - 1 and (words[k].casefold().rstrip(".") in OFFICE_WORDS or words[k] in gazetteer.DEMONYMS):
        k += 1
    if k == 0 or len(words) - k < 2 or (k < 2 and words[0] not in gazetteer.DEMONYMS):
        return start, text  # "President Kenyatta", "General Soleimani" stay as written
    cut = len(" ".join(words[:k])) + 1
    return start + cut, text[cut:]


def _only_office(text: str) -> bool:
    """"German Chancellor", "Defence Secretary": a title with no name."""
    words = text.replace("-", " ").split()
    return bool(words) and words[-1].casefold() in OFFICE_WORDS - {"state", "general", "national", "police"} \
        and all(w.casefold().rstrip(".") in OFFICE_WORDS or w in gazetteer.DEMONYMS or gazetteer.country(w) for w in words)


def _credit_or_byline(ent: Span, last_paragraph: bool) -> bool:
    """A name that is no actor of the story: a byline alone on its line ("Andy Gregory"),
    a photo credit ("Ben Curtis/AP", "Mykola Lazarenk, AFP |", "REUTERS/Name"), a desk of an
    outlet ("RFE/RL's Ukrainian Service"), or a name cut off where a truncated page ends."""
    doc = ent.doc
    words = [t for t in doc if not t.is_punct and not t.is_space]
    if ent.label_ == "PERSON" and words and all(ent.start <= t.i < ent.end or t.lower_ == "by" for t in words):
        return True
    after = doc[ent.end] if ent.end < len(doc) else None
    before = doc[ent.start - 1] if ent.start > 0 else None
    if ent.label_ == "PERSON" and (ent[-1].text in ("/", "|") or after is not None and after.text in ("/", "|")):
        return True  # "Name/AP"
    if after is not None and after.text == "," and ent.end + 1 < len(doc) and doc[ent.end + 1].text.isupper():
        k = ent.end + 1
        while k < len(doc) and doc[k].ent_type_ == "MEDIA" and doc[k].text.isupper():
            k += 1
        if k > ent.end + 1 and (k == len(doc) or doc[k].text in ("|", "/")):
            return True  # "Name, AFP |": a photo credit
    if before is not None and before.text == "/" and ent.start > 1 and doc[ent.start - 2].ent_type_ == "MEDIA":
        return True
    if before is not None and before.tag_ == "POS" and ent.start > 1 and doc[ent.start - 2].ent_type_ == "MEDIA":
        return True
    if last_paragraph and ent.end == len(doc) and not doc.text.rstrip().endswith(_FINAL_PUNCT):
        return True
    return False


def _product(ent: Span) -> bool:
    """"a Boeing 777", "Airbus A320": a maker's name before a model number is no actor."""
    doc = ent.doc
    i = ent.end
    if i < len(doc) and doc[i].text in ("-", "–"):
        i += 1
    return i < len(doc) and _MODEL_NUMBER.fullmatch(doc[i].text) is not None and not _YEAR.fullmatch(doc[i].text)


_MODEL_NUMBER = re.compile(r"[A-Z]{0,2}-?\d{2,4}(?:-\d{1,3})?[A-Za-z]{0,3}")
_YEAR = re.compile(r"(?:19|20)\d\d")


def _code_after_place(tok_start: int, doc) -> bool:
    """"Baghdad International Airport (BGW)": a code in brackets after a place."""
    if tok_start < 2 or doc[tok_start - 1].text != "(":
        return False
    prev = doc[tok_start - 2]
    return prev.ent_type_ in ("FAC", "GPE", "LOC") or prev.lower_ in ("airport", "airbase", "base")


def _described_groups(span: Span) -> list[tuple[int, int, str]]:
    """Armed groups named by their backer: "pro-Russian rebels", "pro-Moscow separatists",
    "Russia-backed separatists", "Russian-backed separatist group". (start token, end token,
    canonical name "Pro-Russian separatists")."""
    doc = span.doc
    out = []
    for tok in span:
        i = tok.i
        country, j = None, None
        if tok.lower_ == "pro" and i + 2 < span.end and doc[i + 1].text == "-":
            country, j = _country_word(doc[i + 2].text), i + 3
        elif i + 2 < span.end and doc[i + 1].text == "-" and doc[i + 2].lower_ in _BACKED:
            country, j = _country_word(tok.text), i + 3
        if country is None and tok.ent_type_ in ("GPE", "LOC", "ORG", "NORP") and tok.pos_ == "PROPN" \
                and tok.text.istitle() and i + 1 < span.end and doc[i + 1].lower_ in ("rebels", "separatists") \
                and (i + 1 == len(doc) - 1 or doc[i + 2].lower_ not in GROUP_PLURALS) \
                and not _country_word(tok.text) and (i == 0 or doc[i - 1].ent_type_ != tok.ent_type_):
            out.append((i, i + 2, f"{tok.text} {doc[i + 1].lower_}"))  # "Donbass rebels", "Houthi rebels"
            continue
        if country is None or j is None or j >= span.end:
            continue
        noun = doc[j]
        end = None
        if noun.lower_ in GROUP_PLURALS and not (noun.lower_ == "forces" and tok.lower_ != "pro"):
            end = j + 1
        elif noun.lower_ in GROUP_SINGULARS and j + 1 < span.end and doc[j + 1].lower_ in GROUP_PLURALS | {"group"}:
            end = j + 2
        if end is None:
            continue
        adjective = gazetteer.demonym_of(country) or country
        kind = "militias" if "militia" in noun.lower_ else "separatists"
        out.append((i, end, f"Pro-{adjective} {kind}"))
    return out


def _country_word(text: str) -> str | None:
    """The country a name, a demonym or a capital stands for: "Moscow", "Russian", "Russia"."""
    place = gazetteer.country(text)
    if place is not None:
        return place.name
    return gazetteer.DEMONYMS.get(text) or gazetteer.capital_country(text)


def extract_mentions(
    article: Article, sentences: Sequence[tuple[Sentence, Span]], registry: Registry
) -> tuple[tuple[Mention, ...], tuple[DiscoveredName, ...]]:
    """Mentions of actors in the article's sentences, in text order.

    Registry entities carry their actor id; a capital that acts ("Kabul signed") is its
    government; countries and a nationality's forces are actors; other ORG and PERSON
    entities become discovered names. Surnames and acronyms defined in the text link back
    to the full name in the article; a lone surname with no full name is dropped.
    """
    metonyms = {m.casefold(): a.id for a in registry.actors for m in a.metonyms}
    demonyms = {d.casefold(): a.id for a in registry.actors for d in a.demonyms}
    persons = {a.id for a in registry.actors if a.kind == "person"}
    ignored = {n.casefold() for n in registry.ignore}
    full_names = _full_names(sentences, persons)
    by_given_name = _called_by_given_name(sentences, full_names)
    org_heads: dict[str, str] = {}  # "haqqani" -> id of "Haqqani Network" seen in this article
    acronyms: dict[str, str] = {}  # acronym defined in this article -> actor id
    mentions: list[Mention] = []
    discovered: list[DiscoveredName] = []
    last_paragraph = max((sentence.paragraph for sentence, _ in sentences), default=-1)
    described = {sentence.index: _described_groups(span) for sentence, span in sentences}
    group_names = [(index, name) for index, groups in described.items() for _, _, name in groups]

    def add(sentence: Sentence, span: Span, start: int, end: int, text: str, actor_id: str,
            label: str, new_name: str | None = None) -> None:
        offset = span.start_char
        if new_name is not None:
            discovered.append(DiscoveredName(new_name, label, article.id, sentence.index,
                                             start - offset, end - offset))
        after = span.doc.text[end:end + 14]
        acro = _ACRONYM_DEF.match(after.lstrip())
        if acro and after[: len(after) - len(after.lstrip())] in (" ", ""):
            acronyms.setdefault(acro.group(1), actor_id)
        words = text.split()
        if label in ("ORG", "ACTOR") and len(words) > 1 and words[0][:1].isupper():
            org_heads.setdefault(words[0].casefold(), actor_id)
        mentions.append(Mention(article.id, sentence.index, start - offset, end - offset, text, actor_id))

    def person_id(text: str, index: int) -> str | None:
        target = _surname_target(full_names, text, index, by_given_name)
        if target is None:
            return None
        return target if target in persons else discovered_id(target)

    def described_group(index: int) -> str | None:
        """The described group a bare "separatists" stands for: the last named before, else the first after."""
        before = [name for i, name in group_names if i <= index]
        if before:
            return before[-1]
        return group_names[0][1] if group_names else None

    for sentence, span in sentences:
        taken: set[int] = set()
        doc = span.doc
        for first, last, name in described[sentence.index]:
            taken.update(range(first, last))
            add(sentence, span, doc[first].idx, doc[last - 1].idx + len(doc[last - 1].text),
                doc[first:last].text, discovered_id(name), "GROUP", name)
        for ent in span.ents:
            if taken & set(range(ent.start, ent.end)):
                continue
            taken.update(range(ent.start, ent.end))
            start, end, text = _trim(ent)
            label = ent.label_
            if text.casefold() in ignored or label == "MEDIA":
                continue
            if label in DISCOVERABLE and (_credit_or_byline(ent, sentence.paragraph == last_paragraph)
                                          or _product(ent) or _only_office(text)
                                          or _code_after_place(ent.start, doc)):
                continue
            if label == "PERSON":
                start, text = _strip_title(ent, start, text)
            if label == "ORG" and ent.end < len(doc) and doc[ent.end].lower_ == "ministry" and doc[ent.end].is_lower:
                end = doc[ent.end].idx + len(doc[ent.end].text)  # "the Interior ministry"
                text = doc.text[start:end]
                taken.add(ent.end)
            institution = INSTITUTIONS.get(text.casefold())
            if label in ("ORG", "GPE", "LOC", "FAC") and " " not in text and gazetteer.lookup(text) is None \
                    and (target := person_id(text, sentence.index)) is not None:
                add(sentence, span, start, end, text, target, "PERSON")  # "Haibatullah" tagged as a place
            elif label == "ACTOR":
                add(sentence, span, start, end, text, ent.ent_id_, label)
            elif label == "GPE" and text.casefold() in metonyms and _is_agent(ent):
                add(sentence, span, start, end, text, metonyms[text.casefold()], label)
            elif text in acronyms:
                add(sentence, span, start, end, text, acronyms[text], label)
            elif institution is not None and label in ("ORG", "FAC", "GPE", "PERSON", "LOC"):
                add(sentence, span, start, end, text, discovered_id(institution), "ORG", institution)
            elif label in ("GPE", "NORP"):
                found = _place_actor(ent, text, demonyms)
                if found is not None:
                    name, kind_label, end, known = found
                    taken.update(t.i for t in span.doc[ent.end:] if t.idx < end)
                    text = span.doc.text[start:end]
                    if known:
                        add(sentence, span, start, end, text, known, "ACTOR")
                    else:
                        add(sentence, span, start, end, text, discovered_id(name), kind_label, name)
                elif label == "NORP" and text.endswith("s") and text[:-1].casefold() in org_heads:
                    add(sentence, span, start, end, text, org_heads[text[:-1].casefold()], label)  # "Haqqanis"
                elif label == "NORP" and _group_plural(text):
                    # kept only if resolution finds the group it stands for ("Haqqani Network")
                    add(sentence, span, start, end, text, discovered_id(text), label, text)
            elif label in DISCOVERABLE and _plausible_name(text, label):
                if label == "ORG" and _titled(ent) and not {t.lower_ for t in ent} & ORG_CUES:
                    label = "PERSON"  # "spokesman Sediq Sediqqi" tagged as an organisation
                if " " not in text and label == "PERSON":
                    titled = _titled(ent)
                    target = person_id(text, sentence.index)
                    if target is not None:
                        add(sentence, span, start, end, text, target, label)
                    elif text.endswith("s") and text[:-1].casefold() in org_heads:
                        add(sentence, span, start, end, text, org_heads[text[:-1].casefold()], label)
                    elif titled:
                        add(sentence, span, start, end, text, discovered_id(text), label, text)
                    # else: a lone surname ("Khan", "Haqqani") with no full name: not an actor
                else:
                    add(sentence, span, start, end, text, discovered_id(text), label, text)
        for tok in span:
            if tok.i not in taken and tok.lower_ in _BARE_GROUP and tok.pos_ == "NOUN" \
                    and (group := described_group(sentence.index)) is not None:
                add(sentence, span, tok.idx, tok.idx + len(tok.text), tok.text, discovered_id(group), "GROUP")
                continue
            # Surnames and acronyms the statistical NER did not tag on their own.
            if tok.i in taken or not tok.text[:1].isupper():
                continue
            actor_id = acronyms.get(tok.text)
            if actor_id is None and tok.is_title and tok.pos_ == "PROPN":
                actor_id = person_id(tok.text, sentence.index)
            if actor_id:
                add(sentence, span, tok.idx, tok.idx + len(tok.text), tok.text, actor_id, "")
            elif _bare_acronym(tok) and tok.text.casefold() not in ignored and tok.text not in knowledge.TIME_ZONES \
                    and not _code_after_place(tok.i, span.doc):
                # "the FRA" untagged: resolution joins it to the name with these initials, if any
                add(sentence, span, tok.idx, tok.idx + len(tok.text), tok.text, discovered_id(tok.text),
                    "ORG", tok.text)
    return tuple(sorted(mentions)), tuple(discovered)
