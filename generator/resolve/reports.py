"""What one event report says that clustering compares: how the act was done, whether it is a
draft, who took part and who did it, where."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from generator.extract.events.lexicon import family
from generator.model import DateValue, EventMention

MEANS = {
    "explosive": re.compile(r"bomb|blast|explo|blew|suicide|detonat|\bied\b", re.IGNORECASE),
    "firearm": re.compile(r"\bshot\b|shoot|\bgun|\bfired?\b|firing|sniper", re.IGNORECASE),
    "air": re.compile(r"drone|air ?strike|missile", re.IGNORECASE),
    # a military campaign is never one bombing: "launched an operation" ... "the suicide bombing"
    "campaign": re.compile(r"\boperation|offensive|campaign|crackdown", re.IGNORECASE),
}
PRELIMINARY = re.compile(r"\b(?:draft|initial(?:l)?ed|preliminary|in principle|first agreed)\b", re.IGNORECASE)


def means(m: EventMention) -> set[str]:
    """How the act was done, as far as its trigger says: explosive, firearm, air."""
    return {name for name, rx in MEANS.items() if rx.search(m.trigger)}


def preliminary(m: EventMention) -> bool:
    """A step before the act itself: "signed a draft agreement", "the text, first agreed by
    negotiators". A report that says no such thing ("signed a peace deal in September") is
    about the act, not the draft."""
    return family(m.type) == "agreement" and bool(PRELIMINARY.search(m.evidence))


def clash(a: set[str], b: set[str]) -> bool:
    return bool(a and b and not a & b)


def participants_of(mentions: Iterable[EventMention]) -> set[str]:
    return {p.actor_id for m in mentions for p in m.participants}


def doers(mentions: Iterable[EventMention]) -> set[str]:
    return {p.actor_id for m in mentions for p in m.participants if p.role == "initiator"}


def places_of(mentions: Iterable[EventMention]) -> set[str]:
    return {m.place for m in mentions if m.place}


def targets(mentions: Iterable[EventMention]) -> set[str]:
    return {p.actor_id for m in mentions for p in m.participants if p.role == "target"}


def named_weekdays(mentions: Iterable[EventMention]) -> set[int]:
    """The weekdays (Monday 0) that undated reports name: their "W2" day hints."""
    return {int(m.day_hint[1:]) - 1 for m in mentions if m.day_hint and m.day_hint.startswith("W")}


def holds_day(hint: str, date: DateValue) -> bool:
    """Whether a date can be the yearless day `hint` ("--06-12") of some year."""
    month, day = int(hint[2:4]), int(hint[5:7])
    for year in range(date.start.year, date.end.year + 1):
        try:
            if date.start <= dt.date(year, month, day) <= date.end:
                return True
        except ValueError:  # February 29 of a common year
            continue
    return False


def dates_agree(a: DateValue | None, b: DateValue | None) -> bool:
    """Two dates that can be one day: the same day, or one contains the other."""
    if a is None or b is None:
        return False
    if a.precision == b.precision == "day":
        return a.start == b.start
    return a.contains(b) or b.contains(a)
