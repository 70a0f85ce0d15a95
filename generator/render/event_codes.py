"""The one table that maps this project's event types and actor kinds to other coding schemes.

Event types -> ACLED disorder type, event type and sub-event type, CAMEO root codes and PLOVER
categories; actor kinds -> ACLED inter codes. An empty value means the type alone does not say
(an "attack" may be an ACLED battle, violence against civilians or remote violence, depending on
the target and the weapon, which the type does not record): the exports leave such fields empty
rather than guess. `docs/methodology.md` shows this table (`methodology_table()` writes it, and
a test keeps the page in step).
"""
from __future__ import annotations

from dataclasses import dataclass

from generator.model import ACTOR_KINDS, EVENT_TYPES


@dataclass(frozen=True)
class EventCodes:
    disorder: str = ""  # ACLED disorder_type
    acled: str = ""  # ACLED event_type
    sub_event: str = ""  # ACLED sub_event_type
    cameo: tuple[str, ...] = ()  # CAMEO root codes ("18" Assault ...)
    plover: tuple[str, ...] = ()  # PLOVER event categories


VIOLENCE, DEMONSTRATIONS, STRATEGIC = "Political violence", "Demonstrations", "Strategic developments"

EVENT_CODES: dict[str, EventCodes] = {
    "attack": EventCodes(VIOLENCE, "", "", ("18", "19"), ("ASSAULT",)),
    "armed_clash": EventCodes(VIOLENCE, "Battles", "Armed clash", ("19",), ("ASSAULT",)),
    "explosion": EventCodes(VIOLENCE, "Explosions/Remote violence", "", ("18",), ("ASSAULT",)),
    "protest": EventCodes(DEMONSTRATIONS, "Protests", "", ("14",), ("PROTEST",)),
    "agreement": EventCodes(STRATEGIC, "Strategic developments", "Agreement", ("05",), ("AGREE",)),
    "meeting_or_talks": EventCodes(STRATEGIC, "Strategic developments", "Other", ("04",), ("CONSULT",)),
    "statement_or_report": EventCodes("", "", "", ("01",), ()),
    "arrest": EventCodes(STRATEGIC, "Strategic developments", "Arrests", ("17",), ("COERCE",)),
    "policy_decision": EventCodes(),
    "election": EventCodes(),
    "other": EventCodes(),
}

CAMEO_ROOTS = {
    "01": "Make public statement", "04": "Consult", "05": "Engage in diplomatic cooperation",
    "14": "Protest", "17": "Coerce", "18": "Assault", "19": "Fight",
}

# ACLED inter codes: 1 State forces, 2 Rebel groups, 3 Political militias, 4 Identity militias,
# 5 Rioters, 6 Protesters, 7 Civilians, 8 External/Other forces. "state" marks the kinds that are
# state forces: 1 in their own country, 8 in another; empty when either country is unknown.
INTER_CODES: dict[str, str] = {
    "state": "state",
    "government": "state",
    "government_agency": "state",
    "armed_group": "2",
    "political_party": "",
    "international_org": "8",
    "person": "",
    "other_org": "",
}
PROTESTERS = "6"

assert set(EVENT_CODES) == set(EVENT_TYPES) and set(INTER_CODES) == set(ACTOR_KINDS)


def _or_dash(values: tuple[str, ...] | str) -> str:
    text = ", ".join(values) if isinstance(values, tuple) else values
    return text or "—"


def methodology_table() -> str:
    """The Markdown tables of event types and actor kinds shown on the methodology page."""
    rows = ["| Event type | ACLED disorder type | ACLED event type | ACLED sub-event type | CAMEO root | PLOVER |",
            "| --- | --- | --- | --- | --- | --- |"]
    for name in EVENT_TYPES:
        codes = EVENT_CODES[name]
        cameo = ", ".join(f"{c} {CAMEO_ROOTS[c]}" for c in codes.cameo)
        rows.append(f"| `{name}` | {_or_dash(codes.disorder)} | {_or_dash(codes.acled)} | "
                    f"{_or_dash(codes.sub_event)} | {_or_dash(cameo)} | {_or_dash(codes.plover)} |")
    rows += ["", "| Actor kind | ACLED inter code |", "| --- | --- |"]
    for kind in ACTOR_KINDS:
        code = INTER_CODES[kind]
        shown = "1 State forces in their own country, 8 External/Other forces elsewhere" if code == "state" else {
            "2": "2 Rebel groups", "8": "8 External/Other forces"}.get(code, "—")
        rows.append(f"| `{kind}` | {shown} |")
    return "\n".join(rows) + "\n"
