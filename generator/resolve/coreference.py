"""One article telling one happening again: which undated reports of an article refer to a
report it made before ("the attack", "the fighting", or more violence told without anything that
tells it apart). `clusters` groups them before it looks across articles."""
from __future__ import annotations

import re
from collections.abc import Sequence

from generator.extract.events.lexicon import family
from generator.extract.places import places_clash
from generator.model import EventMention
from generator.resolve.reports import clash, doers, means, participants_of, places_of

_DEFINITE = re.compile(
    r"\b(?:the|this|that|these|those|its|their|(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]s)\s+"
    r"(?:[\w-]+\s+){0,2}?"
    r"(attacks?|bombings?|blasts?|explosions?|assaults?|strikes?|raids?|ambush|shooting|"
    r"clash(?:es)?|fighting|violence|killings?|agreement|deal|accord|talks|meeting|conference|"
    r"closure|decision)\b",
    re.IGNORECASE,
)

_DEFINITE_AGENTS = re.compile(r"\b(?:the|The)\s+(?:[\w-]+\s+)?(?:attackers?|bombers?|gunmen|gunman|assailants?)\b")


def anaphoric(m: EventMention) -> bool:
    """ "claimed the attack", "in the fighting": a definite reference to a happening."""
    if m.trigger.lower().endswith(" responsibility"):
        return True  # "X claimed responsibility": for the attack just reported
    if family(m.type) == "violence" and _DEFINITE_AGENTS.search(m.evidence):
        return True  # "the attackers targeted ...", "the bomber struck ..." 
    return any(x.group(1).lower() in m.trigger.lower() for x in _DEFINITE.finditer(m.evidence))


def antecedent(m: EventMention, containers: Sequence[list[EventMention]]) -> list[EventMention] | None:
    """The container of the article's last earlier report of the same family."""
    best, where = None, None
    for box in containers:
        for x in box:
            if x is m or x.article_id != m.article_id or x.sentence > m.sentence or x.dependent:
                continue  # a death ("since Mansour's death") is not what "the assault" refers to
            if family(x.type) != family(m.type) or clash(means(m), means(x)):
                continue
            if best is None or x.sentence > best.sentence:
                best, where = x, box
    return where


_DISTINCT = re.compile(r"\b(?:another|second|third|separate|previous|earlier|similar|prior|other)\b", re.IGNORECASE)


# "only days earlier", "a week after", "last year", "in 2013": the sentence tells of another time
_ANOTHER_TIME = re.compile(
    r"\b(?:earlier|ago|previous(?:ly)?|before|after|since|last (?:week|month|year)|"
    r"(?:days?|weeks?|months?|years?) (?:earlier|later|before|after)|(?:in|since) (?:19|20)\d\d)\b",
    re.IGNORECASE)


def lead(m: EventMention, containers: Sequence[list[EventMention]]) -> list[EventMention] | None:
    """Undated violence an article tells again ("gunmen stormed the university" ... "there
    was still shooting"): the article's first report of violence that is undated or dated to
    a day, when nothing tells them apart (no clash of place, means or doers, and no "another",
    "a second" ...). A background event dated only to a month or a year ("the 2013 attack")
    is no lead; what the article reports first is what the rest tells again."""
    if family(m.type) != "violence" or m.dependent or _DISTINCT.search(_before_trigger(m)) \
            or _ANOTHER_TIME.search(m.evidence):
        return None
    best, where = None, None
    for box in containers:
        for x in box:
            if x is m or x.article_id != m.article_id or x.sentence > m.sentence or x.dependent:
                continue
            if not _same_kind(m.type, x.type) or (x.date is not None and x.date.precision != "day"):
                continue
            if best is None or (x.sentence, x.trigger) < (best.sentence, best.trigger):
                best, where = x, box
    if where is None:
        return None
    if clash(means(m), {w for x in where for w in means(x)}) or places_clash(places_of([m]), places_of(where)):
        return None
    mine, theirs = doers([m]), doers(where)
    if mine and theirs and not mine & participants_of(where) and not theirs & participants_of([m]):
        return None
    return where


def _same_kind(a: str, b: str) -> bool:
    """An attack told again as a blast is one happening; a clash of two sides is not an attack."""
    return a == b or {a, b} == {"attack", "explosion"}


def _before_trigger(m: EventMention) -> str:
    """The words of the evidence just before the trigger ("a second blast" -> "a second")."""
    at = m.evidence.find(m.trigger)
    return m.evidence[max(0, at - 30):at] if at >= 0 else ""
