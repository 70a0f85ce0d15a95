"""Event mentions: for each sentence that reports something happening, its type, date,
place, participants with roles, who claims it, and casualties as stated.

The work is split in three modules: `event_triggers` finds trigger words and checks that
the sentence says the event happened; `event_roles` reads the parse around a trigger for
participants, attribution, place and casualties; this module resolves dates through the
article (an explicit date earlier in the article is the context of "in June"), merges the
triggers of one happening, and builds the `EventMention`s.
"""
from __future__ import annotations

import logging
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from . import event_lexicon as lx
from .dates import is_datable, parse_date, partial_day
from .event_casualties import casualties_of, find_casualties
from .event_claims import responsibility_claims
from .event_place import find_place
from .event_roles import (
    ActorIndex, attribution, clause_scope, modifier_actors_direct, participants, reporting_source,
    scope, state_forces_clash,
)
from .event_clusters import family
from .event_factuality import is_factual
from .event_offsets import offset_date
from .event_triggers import Candidate, anchor_noun, find_candidates, lemma, prep_objects
from .model import Article, Casualties, DateValue, EventMention, Mention, Participant, Sentence

log = logging.getLogger(__name__)

TYPE_PRIORITY = ("attack", "armed_clash", "explosion")


@dataclass
class DateSlot:
    """A date expression of the sentence: its tokens and what it resolves to."""

    start: int  # token index in the doc
    end: int
    text: str
    usable: bool  # a point or span in time, not a duration or an open period
    value: DateValue | None
    since: DateValue | None = None  # "shut since February 16": the start of a state


@dataclass
class Found:
    cand: Candidate
    own: set[int]
    date: DateValue | None
    place: str | None
    participants: tuple[Participant, ...]
    claimed_by: str | None
    casualties: Casualties = Casualties()
    dated: bool = False  # a date expression was found, resolved or not
    day_hint: str | None = None  # "June 12" without a year: "--06-12"


def extract_events(
    article: Article, sentences: Sequence[tuple[Sentence, Span]], mentions: Sequence[Mention]
) -> tuple[EventMention, ...]:
    """Event mentions of an article, sorted by sentence, type and trigger."""
    by_sentence: dict[int, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_sentence[m.sentence].append(m)
    context: DateValue | None = None
    memory: str | None = None  # the last source the article named ("the Pentagon said")
    days: set[DateValue] = set()  # the days of the events the article dated so far
    perpetrator: str | None = None  # the initiator of the last violent act the article reported
    recent: dict[str, DateValue] = {}  # event family -> the last day the article dated for it
    events: list[EventMention] = []
    for sentence, span in sentences:
        index = ActorIndex(span, by_sentence.get(sentence.index, ()))
        slots, context = sentence_dates(span, article.published, context)
        found = sentence_events(span, index, slots, article.published, memory)
        _same_time(found, span.text, days)
        _offsets(found, recent)
        perpetrator = _same_group(found, perpetrator)
        days |= {f.date for f in found if f.date is not None and f.date.precision == "day"}
        if not any(f.cand.type in lx.VIOLENT for f in found):
            events += responsibility_claims(article.id, sentence, span, index)
            _follow_up_toll(events, sentence, span.text)
        for f in found:
            events.append(EventMention(
                article_id=article.id,
                sentence=sentence.index,
                type=f.cand.type,
                trigger=f.cand.trigger_text(),
                evidence=sentence.text,
                date=f.date,
                place=f.place,
                participants=f.participants,
                claimed_by=f.claimed_by,
                casualties=f.casualties,
                day_hint=f.day_hint if f.date is None else None,
                dependent=f.cand.dependent and all(m.dependent for m in f.cand.merged),
            ))
        stated = [p.actor_id for f in found if f.cand.type == "statement_or_report"
                  for p in f.participants if p.role == "initiator"]
        memory = stated[0] if stated else (reporting_source(span, index) or memory)
    log.debug("%s: %d event mentions", article.id, len(events))
    return tuple(sorted(events, key=lambda e: (e.sentence, e.type, e.trigger, e.place or "")))


_SAME_TIME = re.compile(
    r"\b(?:within (?:hours|minutes)|(?:hours|minutes) (?:later|after(?= the\b))|"
    r"(?:earlier|later) (?:that|the same|in the) day|the same day)\b", re.IGNORECASE)


def _same_time(found: list[Found], text: str, earlier: set[DateValue]) -> None:
    """"...disqualified him on Friday, and Sharif resigned within hours", "Hours after the
    blast, Pakistan shut its border": an undated act told as following another within hours
    has that act's day: the other dated act of the sentence, else the one day the article
    has dated so far (with two days, which act is meant is unclear: no date)."""
    if not _SAME_TIME.search(text):
        return
    here = [f.date for f in found if f.date is not None and f.date.precision == "day"]
    before = {(d.start, d.end) for d in earlier}
    if here:
        day = here[0]
    elif len(before) == 1:
        day = next(iter(earlier))
    else:
        return
    for f in found:
        if f.date is None:
            f.date = DateValue(day.start, day.end, "day", "inferred_from_context", _SAME_TIME.search(text)[0])


def _offsets(found: list[Found], recent: dict[str, DateValue]) -> None:
    """ "a day after US forces dropped the bomb": days counted from another dated happening
    (see `event_offsets`); then the article's last dated day of each kind moves on."""
    dated = {i: f.date for f in found if f.date is not None and f.date.precision == "day"
             for i in (f.cand.top.i, f.cand.head.i)}
    for f in found:
        if f.date is None:
            f.date = offset_date(f.cand.top, dated, recent)
    recent.update({family(f.cand.type): f.date for f in found if f.date is not None and f.date.precision == "day"})


def _follow_up_toll(events: list[EventMention], sentence: Sentence, text: str) -> None:
    """ "A bomber struck ... . The toll has since risen to 74, and officials say more than
    100 were wounded.": figures in the sentence right after a violent act without figures
    are that act's, as this source states them."""
    found = find_casualties(text)
    if not found or not events:
        return
    last = events[-1]
    if last.sentence != sentence.index - 1 or last.type not in lx.VIOLENT or \
            last.casualties.killed or last.casualties.wounded:
        return
    events[-1] = replace(last, casualties=casualties_of(found))


_GROUP_NOUNS = {"faction", "group", "outfit", "organisation", "organization", "movement", "network"}


def _same_group(found: list[Found], perpetrator: str | None) -> str | None:
    """ "The same faction claimed the Easter bombing": the subject is the group the article
    last named as the author of a violent act. Returns the new last author."""
    for f in found:
        if f.cand.type not in lx.VIOLENT:
            continue
        if perpetrator and not any(p.role == "initiator" for p in f.participants):
            subj = next((c for c in f.cand.top.children if c.dep_ == "nsubj"), None)
            if subj is not None and lemma(subj) in _GROUP_NOUNS and any(
                    c.lower_ == "same" for c in subj.children):
                roles = {p.actor_id: p.role for p in f.participants}
                roles[perpetrator] = "initiator"
                f.participants = _sorted_participants(roles)
                if lemma(f.cand.top) == "claim":
                    f.claimed_by = perpetrator
        perpetrator = next((p.actor_id for p in f.participants if p.role == "initiator"), perpetrator)
    return perpetrator


# --- dates ---------------------------------------------------------------------------------

_DAY_WORDS = (r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|"
              r"tonight|night)\b")
_CUT_WORDS = ("after", "before", "since", "until", "following", "when", "while")
_PARTS_OF_DAY = ("night", "morning", "evening", "afternoon", "hours")  # "the night of May 4"
_RANGE_JOINERS = ("and", "to", "-", "–", "through", "until", "or")


def sentence_dates(span: Span, publication: DateValue | None, context: DateValue | None
                   ) -> tuple[list[DateSlot], DateValue | None]:
    """The sentence's date expressions, resolved in reading order; and the new context
    (the last explicit date so far)."""
    doc = span.doc
    ents = [e for e in span.ents if e.label_ == "DATE" or (
        e.label_ == "TIME" and re.search(_DAY_WORDS, e.text, re.IGNORECASE))]
    groups: list[list[int]] = []  # [start, end] token ranges, neighbours joined ("June and July")
    for e in ents:
        start, end = e.start, e.end
        cut = next((t.i for t in e[1:] if t.lower_ in _CUT_WORDS), None)
        if cut is not None:
            end = cut  # "September 22 after months of talks"
        if groups and start - groups[-1][1] == 1 and (doc[start - 1].lower_ in _RANGE_JOINERS or (
                doc[start - 1].lower_ == "of" and doc[groups[-1][1] - 1].lower_ in _PARTS_OF_DAY)):
            groups[-1][1] = end
            continue
        while start - 1 >= span.start and start - 2 >= span.start and doc[start].like_num and (
                doc[start - 1].lower_ in _RANGE_JOINERS and doc[start - 2].like_num):
            start -= 2
        if start - 1 >= span.start and doc[start - 1].lower_ in ("between", "from") and start != e.start:
            start -= 1
        groups.append([start, end])
    slots: list[DateSlot] = []
    for start, end in groups:
        text = doc[start:end].text
        usable = is_datable(text) and _date_context_ok(doc[start:end])
        value = parse_date(text, publication=publication, context=context) if usable else None
        root = doc[start:end].root
        since = None
        if root.dep_ == "pobj" and root.head.lower_ == "since" and is_datable(text):
            since = parse_date(text, publication=publication, context=context)
        if value is not None and value.basis == "explicit" and value.precision in ("day", "month") \
                and any(t.pos_ in ("VERB", "AUX") for t in span):
            # "in 2001", "the 1980s" are background, not the story's time; and a verbless line
            # ("Editor in Chief: ... Friday, March 29th, 2024") is a masthead or byline, not news
            context = value
        slots.append(DateSlot(start, end, text, usable, value, since))
    return slots, context


def _date_context_ok(span: Span) -> bool:
    """Not "since 2001", "by June", "the period ending in November", "for two years"."""
    root = span.root
    head = root.head
    if root.dep_ == "pobj" and head.dep_ in ("prep", "agent"):
        if head.lower_ in lx.BAD_DATE_PREPS:
            return False
        gov = head.head
        if lemma(gov) in lx.PERIOD_VERBS or lemma(gov) == "period":
            return False
    return True


def _pick_date(slots: Sequence[DateSlot], tokens: set[int], anchor: int) -> tuple[bool, DateValue | None]:
    """(found an expression, its value): the usable date expression nearest the trigger."""
    best = _pick_slot(slots, tokens, anchor)
    return (False, None) if best is None else (True, best.value)


def _pick_slot(slots: Sequence[DateSlot], tokens: set[int], anchor: int) -> DateSlot | None:
    inside = [s for s in slots if s.usable and any(i in tokens for i in range(s.start, s.end))]
    if not inside:
        return None
    return min(inside, key=lambda s: (min(abs(i - anchor) for i in range(s.start, s.end)), s.start))


def _day_hint(slots: Sequence[DateSlot], tokens: set[int]) -> str | None:
    """ "on the night of June 12" in an article that gives no year: "--06-12"."""
    return next((h for s in slots if s.usable and s.value is None and any(i in tokens for i in range(s.start, s.end))
                 for h in [partial_day(s.text)] if h), None)


# --- events of one sentence ------------------------------------------------------------------

def sentence_events(span: Span, index: ActorIndex, slots: Sequence[DateSlot],
                    publication: DateValue | None, memory: str | None) -> list[Found]:
    cands = find_candidates(span)
    tops = {c.head.i for c in cands}
    kept: list[Candidate] = []
    for c in cands:
        if c.head.pos_ != "VERB":
            own = scope(c, tops - {c.head.i})
            has_date, _ = _pick_date([s for s in slots if not _year_label(s, c)], own, c.head.i)
            agent = bool(modifier_actors_direct(c.head, index) or any(
                index.by_token.get(t.i) for o in prep_objects(c.head, "by") for t in o.subtree)) and bool(
                prep_objects(c.head, "against", "on", "in", "at", "near", "with", "of"))
            if not anchor_noun(c, has_date, agent):
                continue
        if is_factual(c):
            kept.append(c)
    kept = _drop_objects(kept)
    strong = [c for c in kept if not c.weak]  # "killed" does not cut a clause off its event
    tops = {c.head.i for c in strong} | {c.verb.i for c in strong if c.verb is not None}
    found = [f for f in (_describe(c, tops, span, index, slots, publication, memory) for c in kept) if f]
    found = _merge(found)
    _assign_casualties(found, span)
    found = _drop_attributions(found, span)
    if len(found) == 1:
        _sole_event_date(found[0], slots)
    return [f for f in found if _worth_reporting(f)]


def _sole_event_date(f: Found, slots: Sequence[DateSlot]) -> None:
    """The only event of a sentence takes the one date its words carry further down ("blew
    himself up among employees leaving the Supreme Court on Tuesday"). Not the place: a
    place deep in the clause is as often where the attackers came from."""
    subtree = {t.i for t in f.cand.top.subtree}
    if f.date is None and not f.dated:
        inside = [s for s in slots if s.usable and s.value is not None and s.start in subtree]
        if len(inside) == 1:
            f.date, f.dated = inside[0].value, True


_ATTRIBUTING = {"say", "tell", "confirm", "add", "report", "state"}
_DEATH_NOUNS = {"death", "killing", "toll", "casualty"}


def _drop_attributions(found: list[Found], span: Span) -> list[Found]:
    """ "The toll has risen to 64, the Interior Ministry said"; "the bomb struck Achin, US
    forces said in a statement": saying so is who claims the act or the toll, not an event
    of its own. Accusing, rejecting, denying and announcing stay statements."""
    violent = [f.cand.head.i for f in found if f.cand.type in lx.VIOLENT]
    tolls = [span.start_char + offset for offset, _, _ in find_casualties(span.text)]
    out = []
    for f in found:
        head = f.cand.head
        if f.cand.type == "statement_or_report" and lemma(head) in _ATTRIBUTING:
            said = [t for t in head.subtree if t.i != head.i and not _inside(t, head)]
            idx = {t.i for t in said}
            if any(i in idx for i in violent) or any(t.idx <= pos < t.idx + len(t) for t in said for pos in tolls):
                continue
            if any(c.dep_ == "dobj" and lemma(c) in _DEATH_NOUNS for c in head.children):
                continue  # "confirmed the death": as "confirmed that he was killed"
        out.append(f)
    return out


def _inside(tok: Token, head: Token) -> bool:
    """The speaker's own words around the verb ("the ministry", "in a statement", "on Friday")."""
    while tok.head.i != head.i:
        tok = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass", "prep", "npadvmod", "advmod", "aux", "punct", "dative")


def _worth_reporting(f: Found) -> bool:
    """Drop what says too little to be an event: a lone "killed" with no date or place, a
    participle ("sanctions imposed on X") or bare noun with nothing attached."""
    c = f.cand
    weak = c.weak and all(m.weak for m in c.merged)
    if (weak or (c.head.dep_ == "acl" and not c.merged)) and not (f.date or f.place):
        return False
    if f.date is not None and (f.date.end - f.date.start).days > 366 and not f.participants:
        return False  # "during the civil war of the 1990s": background, not a dated event
    return bool(f.participants or f.dated or f.place or f.casualties.killed or f.casualties.wounded)


def _year_label(slot: DateSlot, c: Candidate) -> bool:
    """ "the 2013 general election": a year naming the event, not a report that it happened."""
    tok = c.head.doc[slot.start]
    return (slot.end - slot.start == 1 and tok.head == c.head and tok.text.isdigit()
            and tok.dep_ in ("compound", "nummod", "amod"))


def _describe(c: Candidate, tops: set[int], span: Span, index: ActorIndex, slots: Sequence[DateSlot],
              publication: DateValue | None, memory: str | None) -> Found | None:
    others = tops - {c.head.i} - ({c.verb.i} if c.verb is not None else set())
    own = scope(c, others)
    for s in slots:
        if any(i in own for i in range(s.start, s.end)) and s.usable:
            low = s.text.lower()
            if any(w in low for w in lx.FUTURE_WORDS):
                return None
            if s.value is not None and publication is not None and s.value.start > publication.end:
                return None
    found_date, date = _pick_date(slots, own, c.head.i)
    if not found_date and lemma(c.head) in lx.CLOSABLE_VERBS:
        # "the crossings had been shut since February 16": closed on February 16
        since = [s.since for s in slots if s.since and any(i in own for i in range(s.start, s.end))]
        found_date, date = bool(since), (since[0] if since else None)
    # an event noun or gerund ("Fighting broke out on ..."), or "killed on May 21 when a drone struck"
    fallback = c.top.pos_ != "VERB" or c.top.dep_ in ("advcl", "nsubj", "nsubjpass", "csubj", "pobj", "dobj")
    clause_head, near = (clause_scope(c, others, statement=c.type == "statement_or_report")
                         if fallback else (None, set()))
    if not found_date:
        _, date = _pick_date(slots, near - own, c.head.i)
    tokens = [c.top, c.head] if c.top != c.head else [c.head]
    place = find_place(tokens, own, index)
    if place is None and clause_head is not None:
        place = find_place([clause_head], near - own, index)
    claimed_by, accused, pronoun_actor = attribution(c, index, memory)
    parts = participants(c, index, own, pronoun_actor)
    roles = {p.actor_id: p.role for p in parts}
    if accused:
        roles[accused] = "initiator"
    if claimed_by and claimed_by != accused and claimed_by != pronoun_actor:
        roles.pop(claimed_by, None)
    if c.dependent:
        roles = {a: "target" for a in roles}  # whose death it was
    parts = _sorted_participants(roles)
    typ = c.type
    if typ == "explosion" and (any(p.role == "initiator" for p in parts) or
                               any(w.lower_ == "suicide" for w in c.head.subtree) or _planted(c.head)):
        typ = "attack"
    if c.head.lower_ == "shelling" and "initiator" in roles.values() and "target" in roles.values():
        typ = "attack"
    if typ == "attack" and state_forces_clash(c):
        typ = "armed_clash"
        parts = _sorted_participants({a: "participant" for a in roles})
    c.type = typ
    if c.verb is not None and lemma(c.verb) == "claim" and "initiator" in roles.values():
        claimed_by = next(a for a, r in roles.items() if r == "initiator")  # "X claimed the attack"
    if typ == "statement_or_report":
        if "initiator" not in roles.values():
            return None
        if c.needs_actor_subject and not _subject_is_actor(c, index):
            return None
        if c.needs_actor_object and not (set(roles.values()) - {"initiator"} or _legislature(c)):
            return None
        claimed_by = None if claimed_by in roles else claimed_by
    if c.weak and any(lemma(o) in lx.ACCIDENTS for o in prep_objects(c.head, "in")):
        return None
    return Found(c, own, date, place, parts, claimed_by, dated=found_date,
                 day_hint=None if date is not None else _day_hint(slots, own) or _day_hint(slots, near - own))


def _planted(head: Token) -> bool:
    """ "two bombs exploded", "a roadside bomb blast": a device someone set off."""
    words = [t for c in head.children if c.dep_ in ("nsubj", "compound") for t in c.subtree]
    return any(lemma(t) in lx.PLANTED_EXPLOSIVES for t in words)


def _subject_is_actor(c: Candidate, index: ActorIndex) -> bool:
    subj = next((s for s in c.head.children if s.dep_ == "nsubj"), None)
    return subj is not None and any(index.at(t) for t in subj.subtree)


def _legislature(c: Candidate) -> bool:
    """ "told Congress", "told a joint session of parliament"."""
    obj = next((o for o in c.head.children if o.dep_ in ("dobj", "dative")), None)
    words = {lemma(obj)} | {lemma(o) for o in prep_objects(obj, "of")} if obj is not None else set()
    return bool(words & (lx.LEGISLATURES | lx.AUDIENCES))


def _sorted_participants(roles: dict[str, str]) -> tuple[Participant, ...]:
    order = ("initiator", "target", "participant")
    return tuple(sorted((Participant(a, r) for a, r in roles.items()),
                        key=lambda p: (order.index(p.role), p.actor_id)))


def _drop_objects(cands: list[Candidate]) -> list[Candidate]:
    """ "struck a rally", "a bomber blew himself up at a rally": the rally is where or what
    the attack hit, not a separate protest."""
    objects = set()
    for c in cands:
        if c.type not in lx.VIOLENT:
            continue
        for o in c.top.children:
            if o.dep_ in ("dobj", "nsubjpass") or (o.dep_ == "prep" and o.lower_ in lx.TARGET_PREPS):
                objects |= {o.i} | {g.i for g in o.children if g.dep_ == "pobj"}
    return [c for c in cands if not (c.head.i in objects and c.verb is None and c.type not in lx.VIOLENT)]


def _family(t: str) -> str:
    return "violent" if t in lx.VIOLENT else t


def _related(a: Found, b: Found) -> bool:
    """One trigger governs the other, directly or through the verb of its clause."""
    ha, hb = a.cand.head, b.cand.head
    if hb in ha.conjuncts:
        return True
    for x, y in ((a, b), (b, a)):
        for gov in (x.cand.head, x.cand.top, _clause_verb(x.cand.top)):
            if gov is not None and (gov.is_ancestor(y.cand.head) or gov == y.cand.head):
                return True
    return a.cand.type == b.cand.type and a.date is not None and a.date == b.date


_SEQUENCE_PREPS = ("after", "before", "following", "since")


def _sequenced(a: Found, b: Found) -> bool:
    """ "police fired on protesters ... after Wednesday's truck bombing": one act told as
    coming after (or before) the other is a different happening."""
    for x in (a, b):
        head = x.cand.head
        if head.dep_ == "pobj" and head.head.lower_ in _SEQUENCE_PREPS:
            return True
    return False


def _clause_verb(tok: Token) -> Token | None:
    while tok.head != tok:
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("prep", "pcomp"):
            return None if lemma(tok) in lx.REPORTING else tok
    return None


def _compatible_dates(a: DateValue | None, b: DateValue | None, violent: bool = False) -> bool:
    """Same time, or for violence a few days apart ("opened fire late on Sunday ... exchanged
    fire for a second day on Monday" is one clash)."""
    if a is None or b is None or a.overlaps(b):
        return True
    if violent and a.precision == b.precision == "day":
        return abs((a.start - b.start).days) <= 3
    return False


def _merge(found: list[Found]) -> list[Found]:
    """One happening reported by several triggers of a sentence becomes one event."""
    strong = [f for f in found if not f.cand.weak and f.cand.type in lx.VIOLENT]
    for weak in [f for f in found if f.cand.weak]:
        # "X was killed on May 21 when a drone struck": the victim and date join the strike
        into = next((g for g in strong if _related(g, weak)), strong[0] if strong else None)
        if into is not None:
            _absorb(into, weak)
            found.remove(weak)
    out: list[Found] = []
    for f in sorted(found, key=lambda f: (_rank(f), f.cand.head.i)):
        target = None
        for g in out:
            same = _family(g.cand.type) == _family(f.cand.type)
            raid = (f.cand.head.lower_ in ("raid", "raids") and g.cand.type == "arrest") or (
                g.cand.head.lower_ in ("raid", "raids") and f.cand.type == "arrest")
            violent = same and f.cand.type in lx.VIOLENT
            if (same or raid) and _related(g, f) and not _sequenced(g, f) and \
                    _compatible_dates(g.date, f.date, violent) and (
                    g.place is None or f.place is None or g.place == f.place):
                target = g
                break
        if target is None:
            out.append(f)
            continue
        if f.cand.type == "arrest" and target.cand.type != "arrest":  # a raid that made arrests
            out[out.index(target)], (target, f) = f, (f, target)
        _absorb(target, f)
    return sorted(out, key=lambda f: f.cand.head.i)


def _absorb(target: Found, f: Found) -> None:
    if target.date is not None and f.date is not None and not target.date.overlaps(f.date):
        start, end = min(target.date.start, f.date.start), max(target.date.end, f.date.end)
        basis = target.date.basis if target.date.basis == f.date.basis else "inferred_from_context"
        target.date = DateValue(start, end, "range", basis, f"{target.date.text}; {f.date.text}")
    target.date = target.date or f.date
    target.dated = target.dated or f.dated
    target.day_hint = target.day_hint or f.day_hint
    target.place = target.place or f.place
    roles = {p.actor_id: p.role for p in f.participants}
    roles.update({p.actor_id: p.role for p in target.participants})
    target.participants = _sorted_participants(roles)
    target.claimed_by = target.claimed_by or f.claimed_by
    target.own |= f.own
    target.cand.merged.append(f.cand)


def _rank(f: Found) -> tuple:
    """Which trigger names the merged event: attack, then clash, then explosion; but
    "opened fire" joins a clash rather than making it an attack."""
    t = f.cand.type
    order = TYPE_PRIORITY.index(t) if t in TYPE_PRIORITY else 9
    if t == "attack" and lemma(f.cand.head) in lx.SHOOTING:
        order = 1.5
    return (f.cand.weak, order,
            f.cand.head.pos_ != "VERB" and f.cand.verb is None)


def _assign_casualties(found: list[Found], span: Span) -> None:
    violent = [f for f in found if f.cand.type in lx.VIOLENT]
    if not violent:
        return
    per: dict[int, list[tuple[int, str, str]]] = defaultdict(list)
    for offset, kind, count in find_casualties(span.text):
        pos = span.start_char + offset
        nearest = min(range(len(violent)), key=lambda k: (abs(violent[k].cand.head.idx - pos), k))
        per[nearest].append((offset, kind, count))
    for k, items in per.items():
        violent[k].casualties = casualties_of(items)
