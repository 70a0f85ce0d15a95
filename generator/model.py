"""Domain types shared by every stage: frozen dataclasses holding sorted tuples.

Nothing here does I/O. Every collection that leaves a stage is a tuple sorted by
an explicit key, so two runs give identical bytes.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

ACTOR_KINDS = (
    "state",
    "government",
    "government_agency",
    "armed_group",
    "political_party",
    "international_org",
    "person",
    "other_org",
)

EVENT_TYPES = (
    "attack",
    "armed_clash",
    "explosion",
    "protest",
    "agreement",
    "meeting_or_talks",
    "statement_or_report",
    "arrest",
    "policy_decision",
    "election",
    "other",
)

ROLES = ("initiator", "target", "participant")

PRECISIONS = ("day", "month", "year", "range")

BASES = (
    "explicit",
    "front_matter",
    "metadata",
    "inferred_from_publication",
    "inferred_from_context",
    "retrieved",
)


@dataclass(frozen=True, order=True)
class DateValue:
    """A date as precise as its text allows.

    `start` and `end` are the first and last day covered (inclusive).
    "June 2016" is month precision: start 2016-06-01, end 2016-06-30.
    "June and July 2016" is a range: start 2016-06-01, end 2016-07-31.
    """

    start: dt.date
    end: dt.date
    precision: str  # one of PRECISIONS
    basis: str  # one of BASES
    text: str = ""

    def iso(self) -> str:
        """The gold-file form: YYYY, YYYY-MM, YYYY-MM-DD or an ISO interval."""
        if self.precision == "day":
            return self.start.isoformat()
        if self.precision == "month":
            return self.start.strftime("%Y-%m")
        if self.precision == "year":
            return f"{self.start.year:04d}"
        return f"{_bound(self.start, self.end, True)}/{_bound(self.start, self.end, False)}"

    def contains(self, other: "DateValue") -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: "DateValue") -> bool:
        return self.start <= other.end and other.start <= self.end


def _bound(start: dt.date, end: dt.date, first: bool) -> str:
    """Render one end of a range at the coarsest precision that is exact."""
    import calendar

    whole_months = start.day == 1 and end.day == calendar.monthrange(end.year, end.month)[1]
    whole_years = whole_months and start.month == 1 and end.month == 12
    day = start if first else end
    if whole_years:
        return f"{day.year:04d}"
    if whole_months:
        return day.strftime("%Y-%m")
    return day.isoformat()


@dataclass(frozen=True)
class Problem:
    """A problem with an input file, reported as `path:line: message`."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


@dataclass(frozen=True)
class Article:
    id: str  # slug, unique in the corpus
    path: str  # path relative to the articles folder, posix separators
    title: str
    paragraphs: tuple[str, ...]  # cleaned body text (no masthead, title, dateline, wire tag)
    content_hash: str  # sha256 of the raw file bytes
    format: str = "text"  # "text" | "markdown" | "html" | "json" | "feed" (read.records.SOURCE_KINDS)
    outlet: str | None = None  # publisher / masthead name
    url: str | None = None
    dateline: str | None = None  # "WASHINGTON", "KABUL"
    wire: str | None = None  # wire agency: "Pajhwok", "Reuters"
    byline: str | None = None
    published: DateValue | None = None  # never a scraped page date
    retrieved: DateValue | None = None  # a scraped masthead / page date
    add_actors: tuple[str, ...] = ()  # front matter overrides: names to add
    drop_actors: tuple[str, ...] = ()  # front matter overrides: names to drop
    body_line: int = 1  # 1-based line in the file where the body starts (for messages)
    excerpt: bool = False  # the text is a feed's summary of the article, not its full text


@dataclass(frozen=True)
class Actor:
    id: str  # slug
    name: str
    kind: str  # one of ACTOR_KINDS
    aliases: tuple[str, ...] = ()
    description: str = ""
    country: str | None = None  # actor id of the state, if any
    parent: str | None = None  # actor id of the parent organisation
    links: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()  # place names that stand for this actor as an agent ("Kabul")
    demonyms: tuple[str, ...] = ()  # "Afghan forces" -> this actor (security forces)
    curated: bool = True  # from the registry; False = discovered
    line: int = 0  # line in actors.yml


@dataclass(frozen=True)
class Registry:
    actors: tuple[Actor, ...] = ()  # sorted by id
    ignore: tuple[str, ...] = ()  # names never to treat as actors
    distinct: tuple[tuple[str, str], ...] = ()  # pairs of names that are different actors
    places: tuple[str, ...] = ()  # extra place names

    def by_id(self) -> dict[str, Actor]:
        return {a.id: a for a in self.actors}


@dataclass(frozen=True)
class Sentence:
    index: int  # 0-based in the article
    paragraph: int  # 0-based paragraph index
    start: int  # character offset within the paragraph
    end: int
    text: str


@dataclass(frozen=True, order=True)
class Mention:
    article_id: str
    sentence: int
    start: int  # character offset within the sentence text
    end: int
    text: str  # surface text as written
    actor_id: str  # canonical actor id (registry id or discovered slug)


@dataclass(frozen=True, order=True)
class Participant:
    actor_id: str
    role: str  # one of ROLES


@dataclass(frozen=True)
class Casualties:
    killed: str | None = None  # as stated: "28", "at least 28"
    wounded: str | None = None


@dataclass(frozen=True)
class EventMention:
    """One article's report of something happening, from one sentence."""

    article_id: str
    sentence: int
    type: str  # one of EVENT_TYPES
    trigger: str
    evidence: str  # the sentence text
    date: DateValue | None = None
    place: str | None = None
    participants: tuple[Participant, ...] = ()
    claimed_by: str | None = None  # actor id of who claimed responsibility ("X claimed the attack")
    casualties: Casualties = field(default_factory=Casualties)
    day_hint: str | None = None  # "--06-12": the day "June 12" names when its year is unknown
    dependent: bool = False  # "Mansour's death": kept only as one more report of an event others report
    blamed_by: str | None = None  # actor id of who blamed or accused another ("X accused Y of the attack")
    blamed_on: str | None = None  # actor id of whom `blamed_by` blamed (Y, an initiator of the act)
    source: str | None = None  # actor id of a mere source: "according to X", "X said" when X is no party
    representatives: tuple[tuple[str, str], ...] = ()  # (person id, organisation id): a leader or
    # spokesman folded into the side of the organisation they lead or speak for


@dataclass(frozen=True)
class DiscoveredName:
    """An entity the NER found that the registry does not know."""

    text: str
    label: str  # spaCy label: ORG, PERSON, NORP, GPE ...
    article_id: str
    sentence: int
    start: int
    end: int


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one article (pure function of article + registry)."""

    article_id: str
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...]
    events: tuple[EventMention, ...]
    discovered: tuple[DiscoveredName, ...] = ()
    places: tuple[tuple[int, str], ...] = ()  # (sentence index, place name)


@dataclass(frozen=True)
class Event:
    id: str  # slug beginning with the date ("2016-09-22-agreement-...") or "undated-..."
    type: str
    title: str
    date: DateValue | None
    place: str | None
    participants: tuple[Participant, ...]
    sources: tuple[EventMention, ...]  # sorted by (article_id, sentence)


@dataclass(frozen=True)
class KnowledgeBase:
    articles: tuple[Article, ...]  # sorted by id
    actors: tuple[Actor, ...]  # sorted by id; only those that get a page
    mentions: tuple[Mention, ...]  # sorted; only mentions of actors in `actors`
    events: tuple[Event, ...]  # sorted by (date, id); undated last
    extractions: tuple[Extraction, ...] = ()  # sorted by article id
    problems: tuple[Problem, ...] = ()
