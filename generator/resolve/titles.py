"""Event titles that say what happened, who and where: "Al-Shabaab truck bombing in Mogadishu",
"Claim of responsibility by Islamic State", "Appointment of X by Y", never a bare type."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

from generator.extract.events.claims import is_claim
from generator.extract.events.lexicon import resignation
from generator.model import EventMention, Participant

TYPE_LABELS = {
    "attack": "Attack",
    "armed_clash": "Armed clash",
    "explosion": "Explosion",
    "protest": "Protest",
    "agreement": "Agreement",
    "meeting_or_talks": "Talks",
    "statement_or_report": "Statement",
    "arrest": "Arrest",
    "policy_decision": "Decision",
    "election": "Election",
    "other": "Event",
}

# What kind of act the reports name, most specific first: (pattern over the trigger, phrase).
_ACTS = tuple((re.compile(p, re.IGNORECASE), phrase) for p, phrase in (
    (r"\btruck[- ]?bomb", "truck bombing"), (r"\bcar[- ]?bomb", "car bombing"),
    (r"\bsuicide (?:bomb|attack|blast)|\bblew (?:himself|herself|themselves) up", "suicide bombing"),
    (r"\bdrone (?:strike|attack)", "drone strike"), (r"\bair ?strike|\baerial (?:bomb|attack)", "air strike"),
    (r"\bmissile", "missile strike"), (r"\brocket", "rocket attack"), (r"\bmortar|\bshell", "shelling"),
    (r"\bshot down|\bshoot(?:ing)? down|\bbrought down|\bdowning", "downing"),
    (r"\bmassacre", "massacre"), (r"\bkidnap|\babduct", "kidnapping"), (r"\bassassinat", "assassination"),
    (r"\bambush", "ambush"), (r"\braid", "raid"), (r"\bstorm|\bsiege", "assault"),
    (r"\bbomb", "bombing"), (r"\bshoot|\bgunfire|\bopened fire|\bgunm[ae]n", "shooting"),
))
_AGREEMENTS = ((re.compile(r"\bceasefire|\bcease-fire|\btruce", re.IGNORECASE), "ceasefire"),)
# What a decision or another happening was, from the words of its trigger.
_DEEDS = tuple((re.compile(p, re.IGNORECASE), phrase) for p, phrase in (
    (r"\bsummon", "summons of an envoy"), (r"\b(?:close|closed|closing|closure|shut|seal)", "closure"),
    (r"\bsanction", "sanctions"), (r"\bban", "ban"), (r"\b(?:expel|deport)", "expulsion"),
    (r"\b(?:forced|driven|pushed|chased) out\b", "expulsion"), (r"\bcurfew", "curfew"),
    (r"\bmourning", "mourning declared"), (r"\bemergency|\bmartial law", "emergency declared"),
    (r"\b(?:prisoner|captive|detainee|hostage)s? (?:swap|exchange)|\bswap|\bexchanged? (?:prisoners|captives)",
     "prisoner exchange"), (r"\breleas", "release"), (r"\bannex", "annexation"), (r"\bdesignat", "designation"),
    (r"\bdissol", "dissolution"), (r"\breopen", "reopening"), (r"\blift", "lifting"), (r"\bsuspen", "suspension"), (r"\boust", "ouster"),
    (r"\bveto", "veto"), (r"\bdisqualif", "disqualification"), (r"\brecall", "recall"),
    (r"\bcoup|\bputsch|\btoppl|\boverthr|\bdepos|\b(?:seiz|seized|took|grabb?ed|assumed) power", "coup"),
))
# What a statement was: "Condemnation by X", "Denial by Y" rather than "Statement by".
_SAYINGS = tuple((re.compile(p, re.IGNORECASE), phrase) for p, phrase in (
    (r"\bcondemn|\bdenounc", "condemnation"), (r"\bden(?:y|ied|ies)\b", "denial"),
    (r"\baccus|\bblam", "accusation"),
))
_NAMED = {"attack": _ACTS, "explosion": _ACTS, "agreement": _AGREEMENTS, "policy_decision": _DEEDS, "other": _DEEDS,
          "statement_or_report": _SAYINGS}
# "the bombing of the NDS office", "the downing of MH17"; but "an attack on", "a raid on"
_OF = {"truck bombing": "of", "car bombing": "of", "suicide bombing": "of", "bombing": "of", "shelling": "of",
       "downing": "of", "massacre": "of", "kidnapping": "of", "assassination": "of", "shooting": "of"}


def _most_named(patterns, mentions: Sequence[EventMention]) -> str | None:
    counts: Counter = Counter()
    for m in mentions:
        for rank, (rx, phrase) in enumerate(patterns):
            if rx.search(m.trigger):
                counts[(phrase, rank)] += 1
                break
    return sorted(counts, key=lambda k: (-counts[k], k[1]))[0][0] if counts else None


def act_of(event_type: str, mentions: Sequence[EventMention]) -> str | None:
    """The act most reports name ("truck bombing", "drone strike", "ceasefire", "closure"), or None."""
    return _most_named(_NAMED.get(event_type, ()), mentions)


_APPOINTED = re.compile(r"\b(?:appoint|named|nominat|chose|chosen|sworn|took office|made)", re.IGNORECASE)


def kind_of(mentions: Sequence[EventMention]) -> str | None:
    """What most reports call the act, where the type says too little: "appointment" for a
    decision that names someone to a post, "resignation" for leaving one."""
    for word, said in (("appointment", lambda m: bool(_APPOINTED.search(m.trigger))), ("resignation", resignation),
                       ("claim", is_claim)):
        if sum(map(said, mentions)) * 2 > len(mentions):
            return word
    return None


def event_title(event_type: str, participants: Sequence[Participant], place: str | None,
                names: Mapping[str, str], kind: str | None = None, act: str | None = None,
                trigger: str | None = None) -> str:
    """A readable title from type, participants and place ("Appointment of X by Y" when the
    reports say what kind of decision it was)."""
    def who(role: str) -> list[str]:
        return [names.get(p.actor_id, p.actor_id) for p in participants if p.role == role]

    initiators, targets, others = who("initiator"), who("target"), who("participant")
    label = act.capitalize() if act else TYPE_LABELS[event_type]
    sides = initiators + others + targets
    if kind == "appointment" and (targets or others):
        person = (targets or others)[0]
        return f"Appointment of {person}" + (f" by {initiators[0]}" if initiators else "")
    if kind == "claim" and initiators:
        return f"Claim of responsibility by {initiators[0]}"
    if kind == "resignation" and (initiators or sides):
        return f"Resignation of {(initiators or sides)[0]}"
    if event_type in ("agreement", "meeting_or_talks", "armed_clash") and len(sides) >= 2:
        title = f"{label} between {' and '.join(sides[:2])}" if len(sides) == 2 else \
            f"{label} between {', '.join(sides[:-1])} and {sides[-1]}"
    elif event_type == "statement_or_report" and sides:
        title = f"{label} by {sides[0]}"
    elif initiators and targets:
        title = f"{initiators[0]} {label.lower()} {_OF.get(act, 'on')} {targets[0]}"
    elif initiators:
        title = f"{label} by {initiators[0]}"
    elif targets:
        title = f"{label} {_OF.get(act, 'on')} {targets[0]}"
    elif others:
        title = f"{label} involving {', '.join(others[:2])}"
    else:
        title = label
    if place and place not in title:
        title += f" in {place}"
    if title == TYPE_LABELS[event_type] and trigger and trigger.lower() != title.lower():
        title += f" ({trigger})"  # nothing says who or where: at least what the report says
    return title
