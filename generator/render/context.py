"""Page contexts: one frozen dataclass per page kind, built from the knowledge base.

Everything a template receives is in these classes (as `page`). Text fields hold raw, untrusted
text; the templates escape it with the `md` / `fm_title` filters (and the SVG filters escape
what they draw). A `Ref` with `path=None` is an entity without a page: templates show its label
without a link, so every link resolves.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from generator.model import DateValue

if TYPE_CHECKING:
    from generator.render.people import Person
    from generator.render.place_context import EventMap
    from generator.render.rollup import RolledUpEvent


@dataclass(frozen=True)
class Ref:
    """A link to a generated page, or just a name when `path` is None."""

    path: str | None  # docs-relative posix path, e.g. "actors/haqqani-network.md"
    label: str  # text to show (untrusted)


@dataclass(frozen=True)
class Piece:
    """A run of paragraph text, linked to `ref` when it names an actor."""

    text: str
    ref: Ref | None = None
    sentence: int | None = None  # index of the sentence it belongs to (its anchor); None between sentences


@dataclass(frozen=True)
class EventRow:
    """An event in a table or list."""

    ref: Ref
    type: str  # one of EVENT_TYPES
    date: DateValue | None
    place: str | None
    sources: int  # number of reporting articles
    roles: tuple[str, ...] = ()  # roles of the actor whose page lists it
    actors: tuple[Ref, ...] = ()  # participants, by name
    actor_ids: tuple[str, ...] = ()  # participant ids, sorted (for the chronology filter)


@dataclass(frozen=True)
class ActorRow:
    """An actor in a table."""

    ref: Ref
    kind: str
    curated: bool
    events: int  # events it takes part in
    mentions: int  # mentions in all articles
    articles: int  # articles that mention it


@dataclass(frozen=True)
class KindGroup:
    kind: str  # one of ACTOR_KINDS (or an unknown kind, sorted last)
    anchor: str  # heading id on the actors index
    actors: tuple[ActorRow, ...]


@dataclass(frozen=True)
class Alias:
    text: str
    mentions: int  # how often this exact surface form was seen (0: registry alias only)


@dataclass(frozen=True)
class Related:
    """Another actor that shares events with the page's actor."""

    ref: Ref
    count: int  # shared events
    relations: tuple[tuple[str, int], ...]  # ("against" | "targeted_by" | "alongside", events)
    events: tuple[Ref, ...]  # the shared events, chronological
    typed: tuple[tuple[str, int], ...] = ()  # ("attacked", "met", "accused by" ..., events), relations.py


@dataclass(frozen=True)
class MentioningArticle:
    ref: Ref
    outlet: str | None
    published: DateValue | None
    mentions: int
    snippet: str  # the first sentence of the article that mentions the actor
    sentence: int | None = None  # its index in the article (anchor on the article page)


@dataclass(frozen=True)
class MentionedActor:
    ref: Ref
    mentions: int


@dataclass(frozen=True)
class RoleGroup:
    role: str  # one of ROLES
    actors: tuple[Ref, ...]


@dataclass(frozen=True)
class Report:
    """One sentence of an article that reports the event, with what it says about who did it
    and who says so."""

    article: Ref
    evidence: str  # the sentence (untrusted)
    sentence: int  # its index in the article: the anchor of the sentence on the article page
    trigger: str
    date: DateValue | None  # the date this sentence gives
    claimed_by: Ref | None  # who claimed responsibility ("X claimed the attack")
    blamed_by: Ref | None  # who blamed or accused another ...
    blamed_on: Ref | None  # ... and whom ("X accused Y of the attack")
    source: Ref | None  # a mere source: "according to X", "X said" (X no side of the event)
    representatives: tuple[tuple[Ref, Ref], ...]  # (person, the organisation they stand for)
    killed: str | None
    wounded: str | None


@dataclass(frozen=True)
class Source:
    """One article's report of an event: every sentence of it that reports the event."""

    article: Ref
    outlet: str | None
    published: DateValue | None
    url: str | None  # the article's original URL (http(s) only)
    reports: tuple[Report, ...]  # in sentence order

    @property
    def evidence(self) -> str:
        return self.reports[0].evidence


@dataclass(frozen=True)
class Attributed:
    """Who says who did it, over the event's reports: a claim of responsibility ("claimed"),
    a blame ("blamed": `actor` blamed `on`) or a mere source ("source")."""

    kind: str  # "claimed" | "blamed" | "source" | "represented"
    actor: Ref
    on: Ref | None  # blamed: whom; represented: the organisation the person stands for
    articles: tuple[Ref, ...]  # the articles that say so


@dataclass(frozen=True)
class Figure:
    value: str | DateValue  # a casualty figure as stated ("at least 28"), a place, or a date
    articles: tuple[Ref, ...]  # the sources that state it


@dataclass(frozen=True)
class Disagreement:
    field: str  # "date" | "place" | "responsibility" | "killed" | "wounded"
    figures: tuple[Figure, ...]


@dataclass(frozen=True)
class RelatedEvent:
    """An event that shares actors or the place with the page's event, close in time."""

    row: EventRow
    shared: tuple[Ref, ...]  # actors taking part in both
    same_place: bool
    days: int | None  # days between the two events (0: overlapping); None when one is undated


@dataclass(frozen=True)
class MonthGroup:
    anchor: str  # heading id: "2016-06", "2016-month-unknown"
    month: DateValue | None  # month precision; None: the month is not known
    events: tuple[EventRow, ...]


@dataclass(frozen=True)
class YearGroup:
    year: int
    months: tuple[MonthGroup, ...]


@dataclass(frozen=True)
class Option:
    """A choice of the chronology filter."""

    value: str  # event type code or actor id
    label: str  # untrusted for actors
    count: int


@dataclass(frozen=True)
class TimelineMonth:
    month: int  # 1-12; 0: the month is not known
    anchor: str  # the month's heading id on the chronology
    counts: tuple[int, ...]  # events per type, in the order of TimelineYear.types
    total: int


@dataclass(frozen=True)
class TimelineYear:
    """Events of one year counted by month and type (for the timeline chart and its table)."""

    year: int
    types: tuple[str, ...]  # event types present this year, in EVENT_TYPES order
    months: tuple[TimelineMonth, ...]  # months with events, in order; month 0 last
    totals: tuple[int, ...]  # events per type over the year
    total: int


@dataclass(frozen=True)
class ArticleRow:
    ref: Ref
    outlet: str | None
    published: DateValue | None
    events: int


@dataclass(frozen=True)
class OutletGroup:
    outlet: str | None  # None: outlet not known
    first: DateValue | None
    last: DateValue | None
    rows: tuple[ArticleRow, ...]


@dataclass(frozen=True)
class Column:
    name: str
    meaning: str  # Markdown written by us (trusted)


@dataclass(frozen=True)
class DataFile:
    path: str  # docs-relative, e.g. "data/events.csv"
    title: str
    description: str  # Markdown written by us (trusted)
    rows: int
    columns: tuple[Column, ...]


# --- pages ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class HomePage:
    path: str
    title: str
    articles: int
    actors: int
    events: int
    undated: int  # events without a date
    first: DateValue | None  # date of the earliest event
    last: DateValue | None  # date of the latest event
    published_first: DateValue | None  # earliest publication date of an article
    published_last: DateValue | None  # latest publication date of an article
    types: tuple[Option, ...]  # events by type, most frequent first
    latest: tuple[EventRow, ...]  # newest dated events first
    active: tuple[ActorRow, ...]  # most events, then most mentions, then id
    actors_index: Ref
    events_index: Ref
    timeline: Ref
    articles_index: Ref
    data: Ref
    feed: str = ""  # docs-relative path of the Atom feed of events
    map: EventMap | None = None  # all events
    places_index: Ref | None = None
    meta_description: str = ""  # front matter `description` (describe.py)


@dataclass(frozen=True)
class ActorsIndexPage:
    path: str
    title: str
    total: int
    groups: tuple[KindGroup, ...]  # in ACTOR_KINDS order
    meta_description: str = ""  # front matter `description` (describe.py)


@dataclass(frozen=True)
class ActorPage:
    path: str
    title: str  # the actor's name
    kind: str
    curated: bool
    description: str
    aliases: tuple[Alias, ...]
    names: tuple[str, ...]  # name and aliases for the search index (front matter `tags`), no markup characters
    country: Ref | None
    parent: Ref | None
    links: tuple[str, ...]  # http(s) URLs only
    mentions: int
    first_seen: DateValue | None
    last_seen: DateValue | None
    events: tuple[EventRow, ...]  # chronological
    related: tuple[Related, ...]  # most shared events first
    articles: tuple[MentioningArticle, ...]
    index: Ref
    feed: str | None = None  # docs-relative path of its Atom feed (None: no dated events)
    map: EventMap | None = None  # its events
    rolled_up: tuple[RolledUpEvent, ...] = ()  # events of its units and members (rollup.py)
    people: tuple[Person, ...] = ()  # leaders, spokesmen, members (people.py)
    meta_description: str = ""  # front matter `description` (describe.py)


@dataclass(frozen=True)
class EventsIndexPage:
    path: str
    title: str
    total: int
    years: tuple[YearGroup, ...]
    undated: tuple[EventRow, ...]
    types: tuple[Option, ...]  # filter choices, in EVENT_TYPES order
    actors: tuple[Option, ...]  # filter choices, by name
    timeline: Ref
    meta_description: str = ""  # front matter `description` (describe.py)


@dataclass(frozen=True)
class TimelinePage:
    path: str
    title: str
    total: int
    undated: int
    years: tuple[TimelineYear, ...]
    chronology: Ref
    meta_description: str = ""  # front matter `description` (describe.py)


@dataclass(frozen=True)
class EventPage:
    path: str
    title: str
    type: str
    date: DateValue | None
    place: str | None
    roles: tuple[RoleGroup, ...]  # in ROLES order, only roles with actors
    casualties: tuple[Report, ...]  # the reports that give a casualty figure
    sources: tuple[Source, ...]  # one per reporting article
    reports: int  # sentences that report the event, over all articles
    attributed: tuple[Attributed, ...]  # claims, then blames, then sources, then representatives
    disagreements: tuple[Disagreement, ...]
    related: tuple[RelatedEvent, ...]
    index: Ref
    place_ref: Ref | None = None  # the page of its place
    meta_description: str = ""  # front matter `description` (describe.py)


@dataclass(frozen=True)
class ArticlesIndexPage:
    path: str
    title: str
    total: int
    rows: tuple[ArticleRow, ...]  # by publication date, unknown dates last
    outlets: tuple[OutletGroup, ...]  # by outlet name, unknown outlet last
    meta_description: str = ""  # front matter `description` (describe.py)


@dataclass(frozen=True)
class ArticlePage:
    path: str
    title: str
    source_path: str
    outlet: str | None
    url: str | None  # http(s) only
    dateline: str | None
    wire: str | None
    byline: str | None
    published: DateValue | None
    retrieved: DateValue | None
    paragraphs: tuple[tuple[Piece, ...], ...]
    actors: tuple[MentionedActor, ...]
    events: tuple[EventRow, ...]
    index: Ref
    source_kind: str = ""  # which kind of source the article came from (read.records.SOURCE_KINDS)
    excerpt: bool = False  # the text is a feed's summary, not the full article
    meta_description: str = ""  # front matter `description` (describe.py)


@dataclass(frozen=True)
class DataPage:
    path: str
    title: str
    files: tuple[DataFile, ...]
    meta_description: str = ""  # front matter `description` (describe.py)


def page_path(folder: str, entity_id: str) -> str:
    # An entity called "index" (or "timeline") must not take the place of a generated index page.
    name = f"{entity_id}-entity" if entity_id in ("index", "timeline") else entity_id
    return f"{folder}/{name}.md"
