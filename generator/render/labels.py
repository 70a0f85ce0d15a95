"""Words the pages use for dates, kinds, types, roles and relations (formatting filters).

Dates are shown at their true precision ("19 April 2016", "June 2016", "2016", "June–July 2016");
labels come from fixed tables, and a code outside them is humanised and escaped.
"""
from __future__ import annotations

import datetime as dt

from generator.model import DateValue
from generator.render.text import clean_text, escape_md

# --- dates ---------------------------------------------------------------------------------


def _month(day: dt.date) -> str:
    return day.strftime("%B")


def _whole_months(start: dt.date, end: dt.date) -> bool:
    import calendar

    return start.day == 1 and end.day == calendar.monthrange(end.year, end.month)[1]


def _range_text(start: dt.date, end: dt.date) -> str:
    if _whole_months(start, end):
        if start.month == 1 and end.month == 12:
            return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
        if (start.year, start.month) == (end.year, end.month):
            return f"{_month(start)} {start.year}"
        if start.year == end.year:
            return f"{_month(start)}–{_month(end)} {end.year}"
        return f"{_month(start)} {start.year}–{_month(end)} {end.year}"
    if start == end:
        return f"{start.day} {_month(start)} {start.year}"
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {_month(end)} {end.year}"
    if start.year == end.year:
        return f"{start.day} {_month(start)}–{end.day} {_month(end)} {end.year}"
    return f"{start.day} {_month(start)} {start.year}–{end.day} {_month(end)} {end.year}"


def date_text(value: DateValue | None, missing: str = "undated") -> str:
    """Filter `date`: a DateValue at its true precision ("19 April 2016", "June 2016", "2016",
    "June–July 2016"); `missing` when there is no date."""
    if value is None:
        return missing
    start = value.start
    if value.precision == "day":
        return f"{start.day} {_month(start)} {start.year}"
    if value.precision == "month":
        return f"{_month(start)} {start.year}"
    if value.precision == "year":
        return str(start.year)
    return _range_text(value.start, value.end)


def date_phrase(value: DateValue | None) -> str:
    """Filter `date_phrase`: "on 19 April 2016", "in June 2016", "in June–July 2016", "" when unknown."""
    if value is None:
        return ""
    text = date_text(value)
    return f"on {text}" if value.precision == "day" or text[:1].isdigit() and " " in text else f"in {text}"


def month_label(month: int, year: int) -> str:
    """Filter `month_label`: 6, 2016 -> "June 2016"; 0 -> "2016, month not known"."""
    if not month:
        return f"{year}, month not known"
    return f"{dt.date(year, month, 1).strftime('%B')} {year}"


def days_apart(days: int | None) -> str:
    """Filter `days_apart`: 0 -> "same time", 1 -> "1 day apart", None -> ""."""
    if days is None:
        return ""
    if days == 0:
        return "same time"
    return f"{days} day apart" if days == 1 else f"{days} days apart"


def iso_date(value: DateValue | None) -> str:
    """Filter `iso`: the DateValue's gold-file form, "" when missing."""
    return "" if value is None else value.iso()


PRECISION_LABELS = {
    "day": "exact day",
    "month": "month only",
    "year": "year only",
    "range": "date range",
}

BASIS_LABELS = {
    "explicit": "stated in the text",
    "front_matter": "given in the article's header",
    "metadata": "given in the metadata of the page, export or feed",
    "inferred_from_publication": "inferred from the publication date",
    "inferred_from_context": "inferred from the surrounding text",
    "retrieved": "date the page was retrieved, not its publication date",
}


def precision_label(precision: str) -> str:
    return PRECISION_LABELS.get(precision, precision)


def basis_label(basis: str) -> str:
    return BASIS_LABELS.get(basis, basis)


# --- labels --------------------------------------------------------------------------------

KIND_LABELS = {
    "state": ("State", "States"),
    "government": ("Government", "Governments"),
    "government_agency": ("Government agency", "Government agencies"),
    "armed_group": ("Armed group", "Armed groups"),
    "political_party": ("Political party", "Political parties"),
    "international_org": ("International organisation", "International organisations"),
    "person": ("Person", "People"),
    "other_org": ("Other organisation", "Other organisations"),
}

EVENT_TYPE_LABELS = {
    "attack": "Attack",
    "armed_clash": "Armed clash",
    "explosion": "Explosion",
    "protest": "Protest",
    "agreement": "Agreement",
    "meeting_or_talks": "Meeting or talks",
    "statement_or_report": "Statement or report",
    "arrest": "Arrest",
    "policy_decision": "Policy decision",
    "election": "Election",
    "other": "Other event",
}

ROLE_LABELS = {
    "initiator": ("Initiator", "Initiators"),
    "target": ("Target", "Targets"),
    "participant": ("Participant", "Participants"),
}

# How the actor of a table row relates to the actor whose page it is (`name`).
RELATION_LABELS = {
    "against": "targeted by {name}",  # the page's actor was initiator, this one target
    "targeted_by": "acted against {name}",  # this one was initiator, the page's actor target
    "alongside": "alongside {name}",
}

ROLE_PREPOSITIONS = {"initiator": "by", "target": "targeting", "participant": "involving"}


def _humanise(code: str) -> str:
    return code.replace("_", " ").capitalize()


def kind_label(kind: str, plural: bool = False) -> str:
    labels = KIND_LABELS.get(kind)
    return labels[1 if plural else 0] if labels else escape_md(_humanise(kind))


def event_type_label(kind: str) -> str:
    return EVENT_TYPE_LABELS.get(kind) or escape_md(_humanise(kind))


def role_label(role: str, plural: bool = False) -> str:
    labels = ROLE_LABELS.get(role)
    return labels[1 if plural else 0] if labels else escape_md(_humanise(role))


def relation_label(relation: str, name: object = "it") -> str:
    """Filter `relation_label`: "target of Haqqani Network" (the name escaped)."""
    label = RELATION_LABELS.get(relation, _humanise(relation) + " ({name})")
    return escape_md(label.format(name=clean_text(name)), start=False)


PLACE_KIND_LABELS = {"country": "Country", "province": "Province or region", "city": "City or town",
                     "place": "Place (crossing, district, village ...)"}


def place_kind_label(kind: str) -> str:
    return PLACE_KIND_LABELS.get(kind) or escape_md(_humanise(kind))


def role_preposition(role: str) -> str:
    """Filter `role_preposition`: the word that introduces actors of a role in a sentence."""
    return ROLE_PREPOSITIONS.get(role, "involving")


def count(n: int, singular: str, plural: str | None = None) -> str:
    """Filter `count`: "1 event", "3 events"."""
    return f"{n} {singular if n == 1 else (plural or singular + 's')}"


def roles(codes: object) -> str:
    """Filter `roles`: role codes -> "Initiator, target"."""
    labels = [role_label(code) for code in codes]  # type: ignore[attr-defined]
    return ", ".join(labels[:1] + [label.lower() for label in labels[1:]])
