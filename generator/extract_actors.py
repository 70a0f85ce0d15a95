"""Actor mentions in one article: registry entities, capitals as governments, discovered names."""
from __future__ import annotations

import re
from collections.abc import Sequence

from slugify import slugify
from spacy.tokens import Span

from . import gazetteer
from .nlp import SECURITY_HEADS, SECURITY_MODIFIERS
from .model import Article, DiscoveredName, Mention, Registry, Sentence

DISCOVERABLE = ("ORG", "PERSON")
_LEADING = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?:['’]s|s['’]|['’])$")
_ACRONYM_DEF = re.compile(r"\(([A-Z][A-Za-z]*[A-Z](?:-[A-Z])?)\)")
_AGENT_VERB_DEPS = ("nsubj", "csubj")


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
    """A place name used as the doer of an act: the subject of a verb, or a passive agent."""
    root = ent.root
    while root.dep_ == "conj" and root.head != root:
        root = root.head
    if root.dep_ in _AGENT_VERB_DEPS and root.head.pos_ in ("VERB", "AUX"):
        return True
    return root.dep_ == "pobj" and root.head.lower_ == "by" and root.head.dep_ == "agent"


def _plausible_name(text: str, label: str) -> bool:
    if len(text) < 2 or not any(c.isupper() for c in text) or any(c.isdigit() for c in text):
        return False
    if label == "PERSON" and text.isupper() and len(text) > 4:  # a shouted headline fragment
        return False
    return text.strip(" -–—:;,.").strip() == text


def _place_actor(ent: Span, text: str) -> tuple[str, str, int] | None:
    """A country, a capital acting for its government, or a nationality's forces.

    Returns (canonical name, kind label, end offset) or None when the entity is just a place.
    """
    if ent.label_ == "GPE":
        capital_of = gazetteer.capital_country(text)
        if capital_of and _is_agent(ent):
            return f"Government of {capital_of}", "GOVERNMENT", ent.end_char
        place = gazetteer.country(text)
        if place is not None:
            return place.name, "STATE", ent.end_char
        return None
    country = gazetteer.DEMONYMS.get(text)
    following = ent.doc[ent.end: ent.end + 2]
    heads = [t for t in following if t.lower_ in SECURITY_HEADS and t.lower_ != "officials"]
    if country is None or not heads:
        return None
    if following[0].lower_ not in SECURITY_HEADS and following[0].lower_ not in SECURITY_MODIFIERS:
        return None
    return f"{text} security forces", "FORCES", heads[0].idx + len(heads[0].text)


def extract_mentions(
    article: Article, sentences: Sequence[tuple[Sentence, Span]], registry: Registry
) -> tuple[tuple[Mention, ...], tuple[DiscoveredName, ...]]:
    """Mentions of actors in the article's sentences, in text order.

    Registry entities carry their actor id; a capital that acts ("Kabul signed") is its
    government; countries and a nationality's forces are actors; other ORG and PERSON
    entities become discovered names. Surnames and acronyms defined in the text link back
    to the full name seen earlier in the article.
    """
    metonyms = {m.casefold(): a.id for a in registry.actors for m in a.metonyms}
    persons = {a.id for a in registry.actors if a.kind == "person"}
    ignored = {n.casefold() for n in registry.ignore}
    surnames: dict[str, str] = {}  # last word of a person's full name -> actor id
    acronyms: dict[str, str] = {}  # acronym defined in this article -> actor id
    mentions: list[Mention] = []
    discovered: list[DiscoveredName] = []

    def add(sentence: Sentence, span: Span, start: int, end: int, text: str, actor_id: str,
            label: str, new_name: str | None = None) -> None:
        offset = span.start_char
        if new_name is not None:
            discovered.append(DiscoveredName(new_name, label, article.id, sentence.index,
                                             start - offset, end - offset))
        words = text.split()
        if len(words) > 1 and (label == "PERSON" or actor_id in persons):
            surnames[words[-1].casefold()] = actor_id
        after = span.doc.text[end:end + 14]
        acro = _ACRONYM_DEF.match(after.lstrip())
        if acro and after[: len(after) - len(after.lstrip())] in (" ", ""):
            acronyms.setdefault(acro.group(1), actor_id)
        mentions.append(Mention(article.id, sentence.index, start - offset, end - offset, text, actor_id))

    for sentence, span in sentences:
        taken: set[int] = set()
        for ent in span.ents:
            taken.update(range(ent.start, ent.end))
            start, end, text = _trim(ent)
            label = ent.label_
            if text.casefold() in ignored or label == "MEDIA":
                continue
            if label == "ACTOR":
                add(sentence, span, start, end, text, ent.ent_id_, label)
            elif label == "GPE" and text.casefold() in metonyms and _is_agent(ent):
                add(sentence, span, start, end, text, metonyms[text.casefold()], label)
            elif text in acronyms:
                add(sentence, span, start, end, text, acronyms[text], label)
            elif label in ("GPE", "NORP"):
                found = _place_actor(ent, text)
                if found is not None:
                    name, kind_label, end = found
                    taken.update(t.i for t in span.doc[ent.end:] if t.idx < end)
                    add(sentence, span, start, end, span.doc.text[start:end], discovered_id(name),
                        kind_label, name)
            elif label in DISCOVERABLE and _plausible_name(text, label):
                if " " not in text and text.casefold() in surnames:
                    add(sentence, span, start, end, text, surnames[text.casefold()], label)
                else:
                    add(sentence, span, start, end, text, discovered_id(text), label, text)
        for tok in span:
            # Surnames and acronyms the statistical NER did not tag on their own.
            if tok.i in taken or not tok.text[:1].isupper():
                continue
            actor_id = acronyms.get(tok.text) or (surnames.get(tok.text.casefold()) if tok.is_title else None)
            if actor_id:
                add(sentence, span, tok.idx, tok.idx + len(tok.text), tok.text, actor_id, "")
    return tuple(sorted(mentions)), tuple(discovered)
