"""Actor mentions in one article: registry entities, capitals as governments, discovered names."""
from __future__ import annotations

import re
from collections.abc import Sequence

from slugify import slugify
from spacy.tokens import Span

from generator import gazetteer
from generator.extract import knowledge
from generator.extract.actor_clues import (
    BARE_GROUP,
    NICKNAME,
    code_after_place,
    credit_or_byline,
    described_groups,
    only_office,
    pasted_story,
    product_name,
    strip_title,
)
from generator.extract.nlp import MEDIA_NAMES, ORG_CUES
from generator.extract.place_actors import is_agent, nationality_use, place_actor, state_forces
from generator.model import Article, DiscoveredName, Mention, Registry, Sentence

DISCOVERABLE = ("ORG", "PERSON")
# an article, or abbreviated ranks the NER keeps inside a name ("Gen. Nadeem Ahmed", "Lt. Gen. X")
_LEADING = re.compile(r"^(?:(?:the|a|an)\s+|(?:(?:Lt|Maj|Brig|Gen|Col|Capt|Dr|Mr|Mrs|Ms|Sen|Gov)\.\s*)+)",
                      re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?:['’]s|s['’]|['’])$")
_ACRONYM_DEF = re.compile(r"\(([A-Z][A-Za-z]*[A-Z](?:-[A-Z])?)\)")

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


def _group_plural(text: str) -> bool:
    """A plural proper name that is no nationality: "Haqqanis" (not "Afghans", "Pakistanis")."""
    return (text.endswith("s") and " " not in text and text[:1].isupper() and text[:-1] not in gazetteer.DEMONYMS
            and gazetteer.country(text[:-1]) is None)


def _titled(ent: Span) -> bool:
    """A name right after a person's title: "President Karzai", "spokesman Sediq Sediqqi", or
    after a title and the body it is held at: "the ambassador to the UN Jane Doe"."""
    doc = ent.doc
    if ent.start > 0 and doc[ent.start - 1].lower_ in PERSON_TITLES:
        return True
    i = ent.start
    while i > 0 and ent.start - i < 4 and doc[i - 1].ent_type_ and doc[i - 1].text[:1].isupper():
        i -= 1  # the body: "UN", "the United Nations"
    i -= 1 if i > 0 and doc[i - 1].lower_ == "the" else 0
    return ent.start - i >= 1 and i > 1 and doc[i - 1].lower_ == "to" and doc[i - 2].lower_ in PERSON_TITLES


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


def _registry_countries(registry: Registry) -> dict[str, str]:
    """Registry actor id -> the name of the country it belongs to (its `country`, else its
    parent's; the registry has already resolved both to actor ids)."""
    by_id = {a.id: a for a in registry.actors}
    out: dict[str, str] = {}
    for a in registry.actors:
        seen, cur = set(), a
        while cur is not None and cur.id not in seen and not cur.country:
            seen.add(cur.id)
            cur = by_id.get(cur.parent) if cur.parent else None
        if cur is not None and cur.country:
            out[a.id] = by_id[cur.country].name if cur.country in by_id else cur.country
    return out


def _foreign_qualifier(ent: Span, country: str | None) -> bool:
    """A registry name right after a nationality or country that is not the actor's own
    ("British Foreign Office", "Kenya's Interior Ministry" is not; only the adjective counts)."""
    if country is None or ent.start == 0 or not ent.text[:1].isupper():
        return False
    before = ent.doc[ent.start - 1]
    named = gazetteer.DEMONYMS.get(before.text) or (before.text if before.ent_type_ == "GPE" else None)
    if named is None:
        return False
    place = gazetteer.country(named)
    return place is not None and place.name.casefold() != country.casefold() and \
        named.casefold() != country.casefold()


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
    countries = _registry_countries(registry)
    demonyms = {d.casefold(): a.id for a in registry.actors for d in a.demonyms}
    persons = {a.id for a in registry.actors if a.kind == "person"}
    states = {a.id: a.name for a in registry.actors if a.kind == "state"}
    registry_names = {knowledge.key(n): a.id for a in registry.actors for n in (a.name, *a.aliases)}
    ignored = {n.casefold() for n in registry.ignore}
    full_names = _full_names(sentences, persons)
    by_given_name = _called_by_given_name(sentences, full_names)
    org_heads: dict[str, str] = {}  # "haqqani" -> id of "Haqqani Network" seen in this article
    acronyms: dict[str, str] = {}  # acronym defined in this article -> actor id
    mentions: list[Mention] = []
    discovered: list[DiscoveredName] = []
    last_paragraph = max((sentence.paragraph for sentence, _ in sentences), default=-1)
    described = {sentence.index: described_groups(span) for sentence, span in sentences}
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

    pasted = pasted_story(sentences, article.title)
    for sentence, span in sentences:
        if sentence.paragraph in pasted:
            continue  # a prize announcement pasted inside a bombing report
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
            if label in DISCOVERABLE and (credit_or_byline(ent, sentence.paragraph == last_paragraph)
                                          or product_name(ent) or only_office(text)
                                          or code_after_place(ent.start, doc)):
                continue
            if label == "PERSON":
                start, text = strip_title(ent, start, text)
            if label == "ORG" and ent.end < len(doc) and doc[ent.end].lower_ == "ministry" and doc[ent.end].is_lower:
                end = doc[ent.end].idx + len(doc[ent.end].text)  # "the Interior ministry"
                text = doc.text[start:end]
                taken.add(ent.end)
            institution = INSTITUTIONS.get(text.casefold())
            if label in ("ORG", "GPE", "LOC", "FAC") and " " not in text and gazetteer.lookup(text) is None \
                    and (target := person_id(text, sentence.index)) is not None:
                add(sentence, span, start, end, text, target, "PERSON")  # "Haibatullah" tagged as a place
            elif label == "ACTOR" and _foreign_qualifier(ent, countries.get(ent.ent_id_)):
                # "the British Foreign Office" is not the registry's Pakistani "Foreign Office"
                first = doc[ent.start - 1]
                name = doc.text[first.idx:end]
                taken.add(first.i)
                add(sentence, span, first.idx, end, name, discovered_id(name), "ORG", name)
            elif label == "ACTOR" and ent.ent_id_ in states and nationality_use(ent):
                continue  # "a US citizen"
            elif label == "ACTOR" and ent.ent_id_ in states \
                    and (forces := state_forces(ent, states[ent.ent_id_])) is not None:
                # "U.S. military": the registry's name for it, else the country's forces
                taken.update(t.i for t in doc[ent.end:] if t.idx < forces[1])
                text = doc.text[start:forces[1]]
                known = registry_names.get(knowledge.key(text)) or demonyms.get(
                    (gazetteer.demonym_of(states[ent.ent_id_]) or "").casefold())  # "Pakistan's army"
                if known is not None:
                    add(sentence, span, start, forces[1], text, known, "ACTOR")
                else:
                    add(sentence, span, start, forces[1], text, discovered_id(forces[0]), "FORCES", forces[0])
            elif label == "ACTOR":
                add(sentence, span, start, end, text, ent.ent_id_, label)
            elif label == "GPE" and text.casefold() in metonyms and is_agent(ent):
                add(sentence, span, start, end, text, metonyms[text.casefold()], label)
            elif text in acronyms:
                add(sentence, span, start, end, text, acronyms[text], label)
            elif institution is not None and label in ("ORG", "FAC", "GPE", "PERSON", "LOC"):
                add(sentence, span, start, end, text, discovered_id(institution), "ORG", institution)
            elif label in ("GPE", "NORP"):
                found = place_actor(ent, text, demonyms)
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
                    name = NICKNAME.sub(" ", text).strip() if label == "PERSON" else text  # no "Farmajo"
                    add(sentence, span, start, end, text, discovered_id(name), label, name)
        for tok in span:
            if tok.i not in taken and tok.lower_ in BARE_GROUP and tok.pos_ == "NOUN" \
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
                    and not code_after_place(tok.i, span.doc):
                # "the FRA" untagged: resolution joins it to the name with these initials, if any
                add(sentence, span, tok.idx, tok.idx + len(tok.text), tok.text, discovered_id(tok.text),
                    "ORG", tok.text)
    return tuple(sorted(mentions)), tuple(discovered)
