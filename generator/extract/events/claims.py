"""Claims of responsibility that name no event: "The Islamic State group claimed responsibility"."""
from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.events import lexicon as lx
from generator.extract.events.candidate import lemma
from generator.extract.events.roles import ActorIndex, np_actors
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
