"""Actor mentions in one article: registry entities, capitals as governments, discovered names."""
from __future__ import annotations

import re
from collections.abc import Sequence

from slugify import slugify
from spacy.tokens import Span

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


def extract_mentions(
    article: Article, sentences: Sequence[tuple[Sentence, Span]], registry: Registry
) -> tuple[tuple[Mention, ...], tuple[DiscoveredName, ...]]:
    """Mentions of actors in the article's sentences, in text order.

    Registry entities carry their actor id; a capital that acts ("Kabul signed") is its
    government; other ORG and PERSON entities become discovered names, with surnames and
    acronyms defined in the text linked back to the full name seen earlier in the article.
    """
    metonyms = {m.casefold(): a.id for a in registry.actors for m in a.metonyms}
    persons = {a.id for a in registry.actors if a.kind == "person"}
    ignored = {n.casefold() for n in registry.ignore}
    surnames: dict[str, str] = {}  # last word of a person's full name -> actor id
    acronyms: dict[str, str] = {}  # acronym defined in this article -> actor id
    mentions: list[Mention] = []
    discovered: list[DiscoveredName] = []
    for sentence, span in sentences:
        for ent in span.ents:
            start, end, text = _trim(ent)
            if text.casefold() in ignored:
                continue
            label, actor_id = ent.label_, None
            if label == "ACTOR":
                actor_id = ent.ent_id_
            elif label == "GPE" and text.casefold() in metonyms and _is_agent(ent):
                actor_id = metonyms[text.casefold()]
            elif text in acronyms:
                actor_id = acronyms[text]
            elif label in DISCOVERABLE and _plausible_name(text, label):
                words = text.split()
                if len(words) == 1 and text.casefold() in surnames:
                    actor_id = surnames[text.casefold()]
                else:
                    actor_id = discovered_id(text)
                    discovered.append(
                        DiscoveredName(text, label, article.id, sentence.index,
                                       start - span.start_char, end - span.start_char)
                    )
            if actor_id is None:
                continue
            words = text.split()
            if len(words) > 1 and (label == "PERSON" or actor_id in persons):
                surnames[words[-1].casefold()] = actor_id
            after = span.doc.text[end:end + 12]
            acro = _ACRONYM_DEF.match(after.lstrip())
            if acro and after[: len(after) - len(after.lstrip())] in (" ", ""):
                acronyms[acro.group(1)] = actor_id
            mentions.append(
                Mention(article.id, sentence.index, start - span.start_char, end - span.start_char,
                        text, actor_id)
            )
    return tuple(sorted(mentions)), tuple(discovered)
