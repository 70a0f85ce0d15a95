"""Event mentions: for each sentence that reports something happening, its type, date,
place, participants with roles, who claims it, and casualties as stated.

The work is split in several modules of this package: `triggers` and `nouns` find trigger
words and `factuality` checks that the sentence says the event happened; `roles` reads the
parse around a trigger for participants and attribution, `place`, `casualties` and `claims`
for where, tolls and claims of responsibility; `dates` resolves the sentence's dates through
the article and `offsets` counts days from another happening; `merge` merges the triggers
of one happening. This module describes each trigger and builds the `EventMention`s.
"""
from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Span, Token

from generator.extract.events import lexicon as lx
from generator.extract.events.actor_index import ActorIndex, modifier_actors_direct
from generator.extract.events.candidate import Candidate, lemma, prep_objects
from generator.extract.events.casualties import assign_casualties, casualties_of, find_casualties
from generator.extract.events.claims import claim_statements, responsibility_claims, said
from generator.extract.events.dates import DateSlot, day_hint, pick_date, same_time, sentence_dates
from generator.extract.events.factuality import is_factual
from generator.extract.events.merge import Found, merge_found, sorted_participants
from generator.extract.events.nouns import anchor_noun
from generator.extract.events.offsets import LAST_DAY, offset_date
from generator.extract.events.place import find_place
from generator.extract.events.roles import (
    attribution,
    clause_scope,
    participants,
    reporting_source,
    scope,
    state_forces_clash,
)
from generator.extract.events.sides import speaker_sides
from generator.extract.events.triggers import find_candidates
from generator.model import Article, DateValue, EventMention, Mention, Participant, Sentence

log = logging.getLogger(__name__)

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
    previous: set[DateValue] = set()  # the days of the sentence before
    talks: tuple[Participant, ...] = ()  # the sides of the last talks the article reported
    perpetrator: str | None = None  # the initiator of the last violent act the article reported
    recent: dict[str, DateValue] = {}  # event family -> the last day the article dated for it
    events: list[EventMention] = []
    for sentence, span in sentences:
        first = len(events)  # this sentence's events are appended after this point
        index = ActorIndex(span, by_sentence.get(sentence.index, ()))
        slots, context = sentence_dates(span, article.published, context)
        found = sentence_events(span, index, slots, article.published, memory)
        same_time(found, span.text, days, previous)
        _offsets(found, recent)
        found = [f for f in found if _worth_reporting(f)]
        talks = _same_series(found, talks)
        previous = {f.date for f in found if f.date is not None and f.date.precision == "day"}
        perpetrator = _same_group(found, perpetrator)
        days |= {f.date for f in found if f.date is not None and f.date.precision == "day"}
        sides = speaker_sides(span, index)  # who leads or speaks for whom, once per sentence
        if not any(f.cand.type in lx.VIOLENT for f in found):
            events += responsibility_claims(article.id, sentence, span, index, sides[1])
            _follow_up_toll(events, sentence, span.text)
        for f in found:
            events.append(said(EventMention(
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
            ), [f.cand, *f.cand.merged], sides, index, memory))
        events += claim_statements([e for e in events[first:] if e.sentence == sentence.index])
        stated = [p.actor_id for f in found if f.cand.type == "statement_or_report"
                  for p in f.participants if p.role == "initiator"]
        memory = stated[0] if stated else (reporting_source(span, index) or memory)
    log.debug("%s: %d event mentions", article.id, len(events))
    return tuple(sorted(events, key=lambda e: (e.sentence, e.type, e.trigger, e.place or "")))


_SERIES = {"previous", "last", "earlier", "next", "latest", "first", "second", "third", "fourth", "fifth",
           "sixth", "new", "same"}


def _same_series(found: list[Found], talks: tuple[Participant, ...]) -> tuple[Participant, ...]:
    """ "Meeting in Kabul for the fourth time, the group said ... The previous session, held in
    Islamabad on February 6, ...": a session or round of a series, naming no one, is held by
    the sides of the article's last talks. Returns the sides of this sentence's last talks."""
    for f in found:
        if f.cand.type != "meeting_or_talks":
            continue
        head = f.cand.head
        if not f.participants and talks and lemma(head) in ("session", "round", "meeting", "talk") and any(
                c.lower_ in _SERIES for c in head.children if c.dep_ in ("amod", "det")):
            f.participants = talks
        if f.participants:
            talks = f.participants
    return talks


def _offsets(found: list[Found], recent: dict[str, DateValue]) -> None:
    """ "a day after US forces dropped the bomb": days counted from another dated happening
    (see `offsets`); then the article's last dated day of each kind moves on."""
    dated = {i: f.date for f in found if f.date is not None and f.date.precision == "day"
             for i in (f.cand.top.i, f.cand.head.i)}
    for f in found:
        if f.date is None:
            f.date = offset_date(f.cand.top, dated, recent)
            f.dated = f.dated or f.date is not None
    days = {lx.family(f.cand.type): f.date for f in found if f.date is not None and f.date.precision == "day"}
    recent.update(days)
    if days:
        recent[LAST_DAY] = max(days.values(), key=lambda d: d.start)


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
                f.participants = sorted_participants(roles)
                if lemma(f.cand.top) == "claim":
                    f.claimed_by = perpetrator
        perpetrator = next((p.actor_id for p in f.participants if p.role == "initiator"), perpetrator)
    return perpetrator


# --- events of one sentence ------------------------------------------------------------------

def sentence_events(span: Span, index: ActorIndex, slots: Sequence[DateSlot],
                    publication: DateValue | None, memory: str | None) -> list[Found]:
    cands = find_candidates(span)
    tops = {c.head.i for c in cands}
    kept: list[Candidate] = []
    for c in cands:
        if c.head.pos_ != "VERB":
            own = scope(c, tops - {c.head.i})
            has_date, _ = pick_date([s for s in slots if not _year_label(s, c)], own, c.head.i)
            agent = bool(modifier_actors_direct(c.head, index) or any(
                index.by_token.get(t.i) for o in prep_objects(c.head, "by") for t in o.subtree)) and bool(
                prep_objects(c.head, "against", "on", "in", "at", "near", "with", "of"))
            # "the military offensive against the Taliban": one act against a named actor
            against = c.type in lx.VIOLENT and c.head.tag_ == "NN" and any(
                index.by_token.get(t.i) for o in prep_objects(c.head, "against") for t in o.subtree)
            if not anchor_noun(c, has_date, agent or against):
                continue
        if is_factual(c):
            kept.append(c)
    kept = _drop_objects(kept)
    strong = [c for c in kept if not c.weak]  # "killed" does not cut a clause off its event
    tops = {c.head.i for c in strong} | {c.verb.i for c in strong if c.verb is not None}
    found = [f for f in (_describe(c, tops, span, index, slots, publication, memory) for c in kept) if f]
    found = merge_found(found)
    assign_casualties(found, span)
    found = _drop_attributions(found, span)
    _when_dates(found, slots)
    if len(found) == 1:
        _sole_event_date(found[0], slots)
    return found  # checked by `_worth_reporting` once dates told by other acts are known


def _when_dates(found: list[Found], slots: Sequence[DateSlot]) -> None:
    """ "the heaviest loss since April, when Taliban gunmen killed 140 soldiers": a clause
    that says when of a date happened on that date, even after "since"."""
    for f in found:
        if f.date is not None:
            continue
        verb = f.cand.top if f.cand.top.pos_ in ("VERB", "AUX") else f.cand.top.head
        if verb.dep_ not in ("relcl", "advcl") or not any(
                c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children):
            continue
        slot = next((s for s in slots if s.start <= verb.head.i < s.end), None)
        if slot is not None and (slot.value or slot.since) is not None:
            f.date, f.dated = slot.value or slot.since, True


def _sole_event_date(f: Found, slots: Sequence[DateSlot]) -> None:
    """The only event of a sentence takes the one date its words carry further down ("blew himself up
    among employees leaving the Supreme Court on Tuesday"); not the place (often where attackers came from)."""
    subtree = {t.i for t in f.cand.top.subtree}
    if f.date is None and not f.dated and lemma(f.cand.head) not in lx.TOPICAL_STATEMENTS:
        inside = [s for s in slots if s.usable and s.value is not None and s.start in subtree
                  and (s.owner is None or s.owner == f.cand.head.i)]
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
    if c.head.tag_ == "NNS" and c.verb is None and not c.merged and not (f.participants or f.place):
        return False  # "before this month's attacks": a summary of acts told elsewhere
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
    found_date, date = pick_date(slots, own, c.head.i)
    if not found_date and lemma(c.head) in lx.CLOSABLE_VERBS:
        # "the crossings had been shut since February 16": closed on February 16
        since = [s.since for s in slots if s.since and any(i in own for i in range(s.start, s.end))]
        found_date, date = bool(since), (since[0] if since else None)
    # an event noun ("Fighting broke out on"), "killed when a drone struck", a verb parsed as a modifier
    fallback = c.top.pos_ != "VERB" or c.top.dep_ in ("advcl", "nsubj", "nsubjpass", "csubj", "pobj", "dobj") \
        or (c.top.dep_ == "amod" and any(ch.dep_ == "nsubj" for ch in c.top.children))
    clause_head, near = (clause_scope(c, others, statement=c.type == "statement_or_report")
                         if fallback else (None, set()))
    if not found_date:
        _, date = pick_date(slots, near - own, c.head.i)
    tokens = [c.top, c.head] if c.top != c.head else [c.head]
    if lemma(c.head) in lx.APPOINTING:
        # "appointed X, the commander of the corps in Karachi, ...": a place inside the
        # appointee's description is not where the decision was made; only the verb's own
        own_place = {c.head.i} | {t.i for p in c.head.children if p.dep_ == "prep" for t in p.subtree}
        place = find_place(tokens, own & own_place, index)
    else:
        place = find_place(tokens, own, index)
        if place is None and clause_head is not None:
            place = find_place([clause_head], near - own, index)
    claimed_by, accused, pronoun_actor = attribution(c, index, memory)
    speaker = None
    if c.type == "statement_or_report" and accused:
        # "Ghani accused Pakistan of waging war ..., telling the conference that ...": the
        # accused is who waged the war, not who spoke; the speaker is the one accusing
        speaker, claimed_by, accused = claimed_by, None, None
    parts = participants(c, index, own, pronoun_actor)
    roles = {p.actor_id: p.role for p in parts}
    if accused:
        roles[accused] = "initiator"
    if speaker:
        roles = {a: r for a, r in roles.items() if r != "initiator"} | {speaker: "initiator"}
    if claimed_by and claimed_by != accused and claimed_by != pronoun_actor:
        roles.pop(claimed_by, None)
    if c.dependent:
        roles = {a: "target" for a in roles}  # whose death it was
    parts = sorted_participants(roles)
    typ = c.type
    if typ == "explosion" and (any(p.role == "initiator" for p in parts) or
                               any(w.lower_ == "suicide" for w in c.head.subtree) or _planted(c.head)):
        typ = "attack"
    if c.head.lower_ == "shelling" and "initiator" in roles.values() and "target" in roles.values():
        typ = "attack"
    if typ == "attack" and _on_a_crowd(c):
        typ = "protest"  # "police opened fire on protesters": a protest met with force
    if typ == "attack" and state_forces_clash(c):
        typ = "armed_clash"
        parts = sorted_participants({a: "participant" for a in roles})
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
                 day_hint=None if date is not None else day_hint(slots, own) or day_hint(slots, near - own))


def _on_a_crowd(c: Candidate) -> bool:
    """ "opened fire on protesters", "fired at the march", "shot mourners"."""
    top = c.top
    hit = [o for o in top.children if o.dep_ == "dobj"] + prep_objects(top, "on", "at", "into")
    if lemma(top) in ("open", "fire") or lemma(c.head) in ("fire", "firing"):
        return any(lemma(o) in lx.CROWDS for o in hit)
    return False


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


def _drop_objects(cands: list[Candidate]) -> list[Candidate]:
    """ "struck a rally", "a bomber blew himself up at a rally": the rally is where or what
    the attack hit, not a separate protest."""
    objects, tops = set(), set()
    for c in cands:
        if c.type not in lx.VIOLENT:
            continue
        tops.add(c.top.i)
        for o in c.top.children:
            if o.dep_ in ("dobj", "nsubjpass") or (o.dep_ == "prep" and o.lower_ in lx.TARGET_PREPS):
                objects |= {o.i} | {g.i for g in o.children if g.dep_ == "pobj"}
    # the violent verb itself is no light verb of the rally it struck ("struck a protest")
    return [c for c in cands if not (c.head.i in objects and (c.verb is None or c.verb.i in tops)
                                     and c.type not in lx.VIOLENT)]
