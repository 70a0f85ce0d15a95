"""Claims of responsibility: "The Islamic State group claimed responsibility" (naming no event),
and the claim itself as a statement of the group that makes it."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Span, Token

from generator.extract.events import lexicon as lx
from generator.extract.events.actor_index import ActorIndex, np_actors
from generator.extract.events.candidate import Candidate, lemma
from generator.extract.events.roles import attribution_of
from generator.extract.events.sides import fold_speakers
from generator.model import EventMention, Participant, Sentence


def responsibility_claims(article_id: str, sentence: Sentence, span: Span, index: ActorIndex,
                          speaks: dict[str, str]) -> list[EventMention]:
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
            # "Taliban spokesman X claimed responsibility": `speaks`, who speaks for whom in the sentence
            reps = tuple((a, speaks[a]) for a in sorted(set(ids)) if a in speaks)
            out.append(EventMention(
                article_id=article_id, sentence=sentence.index, type="attack",
                trigger=f"{tok.text} responsibility", evidence=sentence.text,
                participants=tuple(Participant(a, "initiator") for a in sorted(set(ids) | {o for _, o in reps})),
                claimed_by=speaks.get(ids[0], ids[0]), representatives=reps))
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


ATTRIBUTED = ("claimed_by", "blamed_by", "blamed_on", "source")  # EventMention fields naming an actor


# --- who says so: a claim, a blame, or a mere source ------------------------------------------

# "X said it carried out the attack", "X admitted ...": a speaker who did the act claims it
_OWNING = {"say", "claim", "admit", "acknowledge", "confirm", "announce", "state", "tell", "report", "add",
           "insist", "assert", "disclose", "reveal", "write"}
# "X alleged that Y fired first", "X claimed Y carried out the raid": laying the act at Y's door
_ALLEGING = {"allege", "claim"}


def said(m: EventMention, cands: Sequence[Candidate], sides: tuple[dict[str, str], dict[str, str]],
         index: ActorIndex, memory: str | None) -> EventMention:
    """The event mention with its attribution told apart and representatives folded in.

    `m.claimed_by` comes in as whoever says so; it goes out split into `claimed_by` (who
    claimed responsibility: "X claimed the attack", "X said it carried out the attack"),
    `blamed_by`/`blamed_on` ("X accused Y of the attack", "X alleged that Y fired") and
    `source` ("according to X", "X said Y attacked": X is no side of the act). A speaker is
    never made an initiator of the act it reports (see `roles.attribution`)."""
    pronoun = any(_pronoun_subject(c) for c in cands)
    fields = _split(m, cands, index, memory, pronoun)
    leads, speaks = sides  # `sides.speaker_sides` of the sentence
    parts, reps = fold_speakers(m.participants, leads, speaks)
    for key, who in fields.items():  # "Taliban spokesman X claimed responsibility": the Taliban did
        if who in speaks:
            fields[key] = speaks[who]
            reps = tuple(sorted(set(reps) | {(who, speaks[who])}))
    return replace(m, participants=parts, representatives=reps, **fields)


def _split(m: EventMention, cands: Sequence[Candidate], index: ActorIndex, memory: str | None,
           pronoun: bool) -> dict:
    who = m.claimed_by
    out: dict = {"claimed_by": None}
    if who is None:
        return out
    found = next((a for a in (attribution_of(c, index, memory) for c in cands) if a.who == who), None)
    initiators = [p.actor_id for p in m.participants if p.role == "initiator"]
    if found is None or found.kind == "claim":
        out["claimed_by"] = who  # "X claimed the attack", "the same faction claimed ..."
    elif found.kind == "blame":
        out["blamed_by"], out["blamed_on"] = who, found.accused
    elif who in initiators:
        # "the Taliban said they attacked the base": a side telling of its own violent act claims it;
        # "Kabul said it signed the deal" is no mere source either
        if m.type in lx.VIOLENT and found.verb in _OWNING and (pronoun or not found.remembered):
            out["claimed_by"] = who
    elif found.verb in _ALLEGING and m.type in lx.VIOLENT and initiators:
        out["blamed_by"], out["blamed_on"] = who, initiators[0]  # "X alleged that Y fired first"
    elif who not in {p.actor_id for p in m.participants}:
        out["source"] = who  # a side that tells of the act (its target, a party to talks) is no mere source
    return out


def _pronoun_subject(c: Candidate) -> bool:
    subj = next((s for s in c.top.children if s.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.lower_ in lx.PRONOUNS
