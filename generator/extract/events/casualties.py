"""Casualties as stated in a sentence: "killed 64", "at least 28 people were killed",
"more than 320 wounded" -> Casualties(killed="at least 28", wounded="more than 320")."""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

from generator.extract.events import lexicon as lx
from generator.model import Casualties

if TYPE_CHECKING:
    from spacy.tokens import Span

    from generator.extract.events.merge import Found

_QUAL = (r"(?:at least|more than|over|nearly|almost|around|about|some|up to|as many as|"
         r"approximately|roughly|an estimated|fewer than|less than|at most)")
_NUMWORD = (r"(?:\d+(?:,\d{3})*|a dozen|dozens|hundreds|scores|one|two|three|four|five|six|seven|eight|"
            r"nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
            r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?:[ -](?:one|two|three|"
            r"four|five|six|seven|eight|nine))?")
_COUNT = rf"(?P<count>(?:{_QUAL} )?{_NUMWORD})"
_NP = r"(?P<np>(?: (?!(?:were|was|have|had|are|is|and|in|on|at|when|after)\b)[A-Za-z-]+){0,4}?)"
_AUXS = r"(?: (?:were|was|have been|had been|has been|had|have|has|are|is|got|been|being|reportedly|also|later|all|were also|allegedly))*"
_HURT = r"(?P<verb>killed|dead|died|wounded|injured|hurt)"
_BEFORE = re.compile(rf"\b{_COUNT}{_NP}{_AUXS} {_HURT}\b", re.IGNORECASE)
_AFTER = re.compile(rf"\b(?P<verb>killed|killing|kills|kill|wounded|wounding|injured|injuring|left)"
                    rf" {_COUNT}{_NP}(?: (?P<state>dead|wounded|injured))?\b", re.IGNORECASE)
_TOLL = re.compile(rf"\b(?:(?:death )?toll|number of (?:people |those |civilians )?(?:killed|dead))"
                   rf"(?: [\w'’-]+){{0,20}}? (?:to|at|of|reached) {_COUNT}\b", re.IGNORECASE)
_NOT_PEOPLE = re.compile(r"\b(?:years?|months?|days?|weeks?|hours?|minutes?|km|kilometres?|"
                         r"miles?|percent|per|times|of the)\b", re.IGNORECASE)


def find_casualties(text: str) -> list[tuple[int, str, str]]:
    """(offset, "killed" | "wounded", count as written) in text order."""
    found: list[tuple[int, int, str, str]] = []
    for rx in (_BEFORE, _AFTER, _TOLL):
        for m in rx.finditer(text):
            count = " ".join(m["count"].split())
            if re.fullmatch(r"(?:19|20)\d\d", count) or _NOT_PEOPLE.search(m.groupdict().get("np") or "") \
                    or _NOT_PEOPLE.match(text[m.end("count"):].lstrip()):
                continue  # "in 2016", "two years ago"
            verb = (m.groupdict().get("verb") or "killed").lower()
            if verb == "left":
                verb = (m["state"] or "").lower()
                if not verb:
                    continue
            kind = "killed" if verb in ("killed", "killing", "kills", "kill", "dead", "died") else "wounded"
            count = re.sub(rf"^(?:{_QUAL}|[A-Za-z]+)", lambda q: q.group(0).lower(), count,
                           flags=re.IGNORECASE)
            found.append((m.start("count"), m.end("count"), kind, count))
    kept: list[tuple[int, int, str, str]] = []
    for item in sorted(set(found)):  # "left 40 dead" is read twice: keep one
        if not any(k[2] == item[2] and k[0] < item[1] and item[0] < k[1] for k in kept):
            kept.append(item)
    return [(start, kind, count) for start, _, kind, count in kept]


def casualties_of(found: Sequence[tuple[int, str, str]]) -> Casualties:
    killed = next((c for _, k, c in found if k == "killed"), None)
    wounded = next((c for _, k, c in found if k == "wounded"), None)
    return Casualties(killed=killed, wounded=wounded)


def assign_casualties(found: list[Found], span: Span) -> None:
    """Give each toll of the sentence to the nearest violent trigger."""
    # violence, and a protest met with force ("police fired on protesters, killing seven")
    violent = [f for f in found if f.cand.type in lx.VIOLENT or f.cand.type == "protest"]
    if not violent:
        return
    per: dict[int, list[tuple[int, str, str]]] = defaultdict(list)
    for offset, kind, count in find_casualties(span.text):
        pos = span.start_char + offset
        nearest = min(range(len(violent)), key=lambda k: (abs(violent[k].cand.head.idx - pos), k))
        per[nearest].append((offset, kind, count))
    for k, items in per.items():
        violent[k].casualties = casualties_of(items)