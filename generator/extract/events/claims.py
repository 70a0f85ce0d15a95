"""Claims of responsibility: "The Islamic State group claimed responsibility" (naming no event),
and the claim itself as a statement of the group that makes it."""
from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Span, Token

from generator.extract.events import lexicon as lx
from generator.extract.events.actor_index import ActorIndex
from generator.extract.events.candidate import lemma
from generator.extract.events.roles import np_actors
from generator.model import EventMention, Participant, Sentence


def responsibility_claims(article_id: str, sentence: Sentence, span: Span, index: ActorIndex
                          ) -> list[EventMention]:
    """ "The Islamic State group claimed responsibility" with no event named: the claimer says
    it carried out the attack the article reports. An undated attack with the claimer as
    initiator, which resolution joins to the article's last violent event."""
    out = []
    for tok in span:
        if lemma(tok) not in ("claim", "accept") or tok.pos_ != "VERB" or not is_factual_verb(tok):
            continue
        if not any(c.dep_ == "dobj" and c.lower_ == "responsibility" for c in tok.children):
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        ids = np_actors(subj, index) if subj is not None else []
        if ids:
            out.append(EventMention(
                article_id=article_id, sentence=sentence.index, type="attack",
                trigger=f"{tok.text} responsibility", evidence=sentence.text,
                participants=tuple(Participant(a, "initiator") for a in sorted(set(ids))), claimed_by=ids[0]))
    return out


def is_factual_verb(tok: Token) -> bool:
    """Not "did not claim", "may claim", "will claim"."""
    return not any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in lx.FUTURE_AUX) for c in tok.children)


CLAIM_TRIGGER = "claimed responsibility"
_CLAIM = re.compile(
    r"\b(?:claim(?:s|ed|ing)?|accept(?:s|ed|ing)?|t(?:ook|akes?|aking)|admit(?:s|ted)?)\b[^.;]{0,60}?"
    r"\bresponsibility\b|\b(?:was|were|has been|had been) claimed by\b|\bclaimed (?:the|an?|its)\b",
    re.IGNORECASE)


def is_claim(m: EventMention) -> bool:
    """A claim of responsibility as a statement (not the act it claims)."""
    return m.type == "statement_or_report" and m.trigger == CLAIM_TRIGGER


def claim_statements(events: Sequence[EventMention]) -> list[EventMention]:
    """ "Al-Shabaab claimed responsibility for the attack": besides the attack it claims, the
    claim is a statement of its own by the group that makes it (one per claimant and sentence).
    A source that only says what happened ("police said ...") claims nothing of the kind."""
    out: dict[tuple[int, str], EventMention] = {}
    for m in events:
        if m.claimed_by is None or m.type not in lx.VIOLENT or not _CLAIM.search(m.evidence):
            continue
        out.setdefault((m.sentence, m.claimed_by), EventMention(
            article_id=m.article_id, sentence=m.sentence, type="statement_or_report", trigger=CLAIM_TRIGGER,
            evidence=m.evidence, participants=(Participant(m.claimed_by, "initiator"),)))
    return [out[k] for k in sorted(out)]
