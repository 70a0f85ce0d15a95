"""Which actor each token of a sentence names, from the actor mentions of the sentence."""
from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Span, Token

from generator.model import Mention

# a name glued to one of these describes someone else: "Somalia-based", "Iran-backed", "US-led"
_AFFILIATION = re.compile(
    r"-(?:based|backed|led|linked|allied|affiliated|aligned|born|sponsored|funded|supported|trained|"
    r"armed|controlled|held|run|owned|inspired|leaning|friendly|installed)\b", re.IGNORECASE)


class ActorIndex:
    """Actor ids of the sentence's tokens, from the mentions' sentence-relative offsets."""

    def __init__(self, span: Span, mentions: Iterable[Mention]):
        self.by_token: dict[int, str] = {}
        base = span.start_char
        for m in mentions:
            if _AFFILIATION.match(span.text[m.end:]):
                continue  # "a Somalia-based group", "Iran-backed militias": the group acts, not the state
            for tok in span:
                start = tok.idx - base
                if start < m.end and start + len(tok.text) > m.start and not tok.is_punct:
                    self.by_token[tok.i] = m.actor_id

    def at(self, tok: Token) -> str | None:
        found = self.by_token.get(tok.i)
        if found is None and tok.ent_type_ == "ACTOR" and tok.ent_iob_ != "O":
            # a hyphen inside "Jamaat-ul-Ahrar" may head the phrase: it names the whole entity
            ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
            found = next((self.by_token[t.i] for t in ent if t.i in self.by_token), None) if ent else None
        return found
