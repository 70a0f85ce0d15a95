"""The events as an ACLED-style CSV (`acled.csv`): ACLED's columns, this project's knowledge.

Types and inter codes come from the one table in `event_codes.py`. A field the articles do not
decide stays empty, never guessed: an attack's ACLED event type (it depends on the target and
the weapon), a date coarser than a month, the inter code of state forces whose country or the
event's country is unknown. Fatalities follow ACLED's conservative rule: the lowest figure any
source reports, counting only figures that are a number or a lower bound ("at least 28", "more
than 20"); upper bounds ("up to 30") and vague counts ("dozens") are not figures. Events whose
type has no ACLED counterpart (statements, elections, policy decisions, other) are left out.
"""
from __future__ import annotations

import functools
import re

from slugify import slugify

from generator.model import Event
from generator.render.context import Column
from generator.render.data_export import gazetteer  # the gazetteer where the other downloads find it
from generator.render.event_codes import EVENT_CODES, INTER_CODES, PROTESTERS
from generator.render.lookup import Lookup

ACLED_COLUMNS = (
    Column("event_id_cnty", "This site's event id (ACLED's own ids are a country code and a number); the event's "
                            "page is `events/<id>/`."),
    Column("event_date", "`YYYY-MM-DD`: the day of the event (`time_precision` 1), the first day of a span of up "
                         "to a week (2) or the first day of the month when only the month is known (3); empty for "
                         "undated events and coarser dates."),
    Column("time_precision", "1 day, 2 within a week, 3 within a month (ACLED's codes); empty with `event_date`."),
    Column("disorder_type", "`Political violence`, `Demonstrations` or `Strategic developments` (see the "
                            "methodology page for the table of types)."),
    Column("event_type", "ACLED event type mapped from the event type; empty for an `attack`, whose ACLED type "
                         "depends on its target and weapon."),
    Column("sub_event_type", "ACLED sub-event type where the event type decides it (`Armed clash`, `Agreement`, "
                             "`Arrests`, `Other`), else empty."),
    Column("actor1", "Name of the first actor: the first initiator, or the first participant when none is named; "
                     "`Protesters` for a protest."),
    Column("assoc_actor_1", "The other actors on the first side (for a protest, the named protesters), separated "
                            "by `; `."),
    Column("inter1", "ACLED inter code of `actor1` from its kind: 1 state forces in their own country, 2 rebel "
                     "groups (armed groups), 6 protesters, 8 external/other forces (state forces abroad, "
                     "international organisations); empty when the kind does not decide."),
    Column("actor2", "Name of the first target, or of the next participant."),
    Column("assoc_actor_2", "The other actors on the second side, separated by `; `."),
    Column("inter2", "ACLED inter code of `actor2`, as `inter1`."),
    Column("interaction", "The two inter codes, lower first (`12`), or `inter1` followed by 0 for a sole actor; "
                          "empty when an inter code is empty."),
    Column("country", "Country of the place, when the offline gazetteer knows the place."),
    Column("admin1", "Province or region, when the place is one."),
    Column("admin2", "Always empty: the articles' places are not resolved to districts."),
    Column("location", "The place as the sources give it."),
    Column("latitude", "As in `events.csv`: known for cities only."),
    Column("longitude", "As `latitude`."),
    Column("geo_precision", "1 when the place is a town with coordinates, 3 when it is a province or region; empty "
                            "otherwise."),
    Column("source", "Outlets of the reporting articles, separated by `; `."),
    Column("source_scale", "Always empty: the scale of an outlet is not known."),
    Column("notes", "The sentence of the first report (by article id) that reports the event."),
    Column("fatalities", "The lowest number of deaths any source reports (ACLED's conservative rule); empty when no "
                         "source gives a number."),
)

_QUALIFIED = re.compile(r"^(?:(?P<lower>at least|more than|over)|(?P<upper>nearly|almost|up to|as many as|fewer "
                        r"than|less than|at most)|(?:around|about|some|approximately|roughly|an estimated))?\s*"
                        r"(?P<count>.+)$", re.IGNORECASE)
_UNITS = {w: n for n, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                                     "fourteen fifteen sixteen seventeen eighteen nineteen".split())}
_TENS = {w: 10 * n for n, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), start=2)}


def figure(text: str) -> int | None:
    """The number of a casualty figure as written, for the lowest-figure rule; None for an upper
    bound or a vague count."""
    m = _QUALIFIED.match(text.strip())
    if not m or m.group("upper"):
        return None
    count = m.group("count").strip().lower()
    if re.fullmatch(r"\d+(?:,\d{3})*", count):
        return int(count.replace(",", ""))
    if count == "a dozen":
        return 12
    if count == "hundred":
        return None
    words = re.split(r"[ -]", count)
    if len(words) == 1 and (words[0] in _UNITS or words[0] in _TENS):
        return _UNITS.get(words[0], _TENS.get(words[0]))
    if len(words) == 2 and words[0] in _TENS and words[1] in _UNITS and 0 < _UNITS[words[1]] < 10:
        return _TENS[words[0]] + _UNITS[words[1]]
    return None


@functools.lru_cache(maxsize=4096)
def place_of(name: str | None) -> gazetteer.Place | None:
    """The gazetteer's place of a name (cached: many events share a place)."""
    return gazetteer.lookup(name) if name and name.strip() else None


def fatalities(event: Event) -> int | None:
    figures = [f for s in event.sources if s.casualties.killed and (f := figure(s.casualties.killed)) is not None]
    return min(figures) if figures else None


def event_date(event: Event) -> tuple[str, str]:
    """(event_date, time_precision) by ACLED's codes; empty when coarser than a month."""
    date = event.date
    if date is None:
        return "", ""
    if date.precision == "day":
        return date.start.isoformat(), "1"
    if (date.end - date.start).days < 7:
        return date.start.isoformat(), "2"
    if (date.start.year, date.start.month) == (date.end.year, date.end.month):
        return date.start.replace(day=1).isoformat(), "3"
    return "", ""


def _country_of(look: Lookup, actor_id: str) -> str | None:
    actor = look.actors.get(actor_id) or look.registry.get(actor_id)
    if actor is None:
        return None
    return actor.id if actor.kind == "state" else actor.country


def inter_code(look: Lookup, actor_id: str, country: str | None) -> str:
    actor = look.actors.get(actor_id) or look.registry.get(actor_id)
    code = INTER_CODES.get(actor.kind, "") if actor else ""
    if code != "state":
        return code
    own = _country_of(look, actor_id)
    if own is None or country is None:
        return ""
    return "1" if own == slugify(country) else "8"


def _name(look: Lookup, actor_id: str) -> str:
    actor = look.actors.get(actor_id) or look.registry.get(actor_id)
    return actor.name if actor else actor_id


def _sides(look: Lookup, event: Event) -> tuple[list[str], list[str]]:
    def by_role(role: str) -> list[str]:
        return sorted({p.actor_id for p in event.participants if p.role == role},
                      key=lambda a: (_name(look, a).casefold(), a))
    initiators, targets, others = by_role("initiator"), by_role("target"), by_role("participant")
    first = initiators or others[:1]
    second = targets or [a for a in others if a not in first]
    return first, second


def acled_row(look: Lookup, event: Event, places: dict[str, tuple], cell) -> list[object] | None:
    codes = EVENT_CODES[event.type]
    if not codes.disorder:
        return None
    place = place_of(event.place)
    country = place.country if place else None
    first, second = _sides(look, event)
    names1, names2 = [_name(look, a) for a in first], [_name(look, a) for a in second]
    inter1 = inter_code(look, first[0], country) if first else ""
    if event.type == "protest":
        names1, inter1 = ["Protesters", *names1], PROTESTERS
    inter2 = inter_code(look, second[0], country) if second else ""
    if not inter1 or (second and not inter2):
        interaction = ""
    else:
        interaction = "".join(sorted([inter1, inter2])) if second else f"{inter1}0"
    latitude, longitude = places.get(event.place or "", (None, None))
    precision = "1" if latitude is not None else ("3" if place and place.kind == "province" else "")
    articles = sorted({s.article_id for s in event.sources})
    outlets = sorted({look.articles[a].outlet for a in articles if a in look.articles and look.articles[a].outlet})
    first_report = min(event.sources, key=lambda s: (s.article_id, s.sentence))
    killed = fatalities(event)
    return [
        event.id, *event_date(event), codes.disorder, codes.acled, codes.sub_event,
        cell(names1[0] if names1 else ""), cell("; ".join(names1[1:])), inter1,
        cell(names2[0] if names2 else ""), cell("; ".join(names2[1:])), inter2, interaction,
        country or "", place.name if place and place.kind == "province" else "", "", cell(event.place),
        "" if latitude is None else f"{latitude:.5f}", "" if longitude is None else f"{longitude:.5f}", precision,
        cell("; ".join(outlets)), "", cell(first_report.evidence), "" if killed is None else killed,
    ]
