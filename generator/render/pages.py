"""Contexts of the entity pages: one actor, one event, one article.

Pure functions of the `Lookup`; every collection is sorted by an explicit key.
"""
from __future__ import annotations

from collections import Counter, defaultdict

from generator.extract.events.lexicon import VIOLENT
from generator.extract.places import places_clash
from generator.model import ROLES, Actor, Article, DateValue, Event, Mention
from generator.read.records import SOURCE_KINDS
from generator.render.context import (
    ActorPage,
    Alias,
    ArticlePage,
    Disagreement,
    EventPage,
    Figure,
    MentionedActor,
    MentioningArticle,
    Piece,
    Related,
    RelatedEvent,
    RoleGroup,
    page_path,
)
from generator.render.lookup import Lookup, date_key, place_key
from generator.render.reports import attributed, event_sources, representatives
from generator.render.text import safe_url
from generator.resolve.clusters import lineage

RELATED_EVENTS = 8  # related events listed on an event page
RELATED_DAYS = 90  # dated events further apart than this are not "related"
RELATION_ORDER = ("against", "targeted_by", "alongside")


def article_key(article: Article) -> tuple:
    return (date_key(article.published), article.id)


# --- actor ---------------------------------------------------------------------------------


def _first_and_last(dates: list[DateValue]) -> tuple[DateValue | None, DateValue | None]:
    if not dates:
        return None, None
    first = min(dates, key=lambda d: (d.start, d.end, d.precision, d.basis, d.text))
    last = max(dates, key=lambda d: (d.end, d.start, d.precision, d.basis, d.text))
    return first, last


def _aliases(actor: Actor, mentions: list[Mention]) -> tuple[Alias, ...]:
    seen = Counter(m.text for m in mentions)
    names = (set(actor.aliases) | set(seen)) - {actor.name}
    rows = [Alias(name, seen.get(name, 0)) for name in names if name.strip()]
    return tuple(sorted(rows, key=lambda a: (-a.mentions, a.text.casefold(), a.text)))


MARKUP = set("<>&\"'`")


def search_names(actor: Actor, aliases: tuple[Alias, ...]) -> tuple[str, ...]:
    """The names that find the actor in search: its name and aliases, but not the place names
    that stand for it ("Kabul" for the Afghan government), and none with markup characters
    (the list goes into front matter `tags`, which Material shows as plain text)."""
    places = {m.casefold() for m in actor.metonyms}
    seen: dict[str, str] = {}
    for name in (actor.name, *(a.text for a in aliases)):
        text = " ".join(name.split())
        if text and text.casefold() not in places and not MARKUP & set(text):
            seen.setdefault(text.casefold(), text)
    return tuple(sorted(seen.values(), key=lambda n: (n != actor.name, n.casefold(), n)))


def related_actors(look: Lookup, actor_id: str) -> tuple[Related, ...]:
    """The actors sharing events with `actor_id`, with how they relate and the shared events."""
    counts: dict[str, Counter] = defaultdict(Counter)
    shared: dict[str, list[Event]] = defaultdict(list)
    for event in look.events_by_actor.get(actor_id, []):  # chronological
        mine = {p.role for p in event.participants if p.actor_id == actor_id}
        others: dict[str, set[str]] = defaultdict(set)
        for p in event.participants:
            if p.actor_id != actor_id:
                others[p.actor_id].add(p.role)
        for other, theirs in sorted(others.items()):
            shared[other].append(event)
            against = "initiator" in mine and "target" in theirs
            targeted = "target" in mine and "initiator" in theirs
            counts[other]["against"] += against
            counts[other]["targeted_by"] += targeted
            counts[other]["alongside"] += not (against or targeted)
    rows = [
        Related(
            look.actor_ref(other),
            len(shared[other]),
            tuple((r, counts[other][r]) for r in RELATION_ORDER if counts[other][r]),
            tuple(look.event_ref(e) for e in shared[other]),
        )
        for other in shared
    ]
    return tuple(sorted(rows, key=lambda r: (-r.count, r.ref.label.casefold(), r.ref.path or r.ref.label)))


def actor_page(look: Lookup, actor_id: str) -> ActorPage:
    actor = look.actors[actor_id]
    mentions = look.mentions_by_actor.get(actor_id, [])
    events = look.events_by_actor.get(actor_id, [])
    by_article: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_article[m.article_id].append(m)
    articles = []
    for article in sorted((look.articles[a] for a in by_article if a in look.articles), key=article_key):
        first = min(by_article[article.id])
        sentence = look.sentences.get((article.id, first.sentence))
        snippet = sentence.text if sentence is not None else first.text
        articles.append(MentioningArticle(look.article_ref(article.id), look.outlet(article.id), article.published,
                                          len(by_article[article.id]), snippet,
                                          first.sentence if sentence is not None else None))
    dates = [e.date for e in events if e.date is not None]
    dates += [a.published for a in (look.articles.get(x) for x in by_article) if a is not None and a.published]
    first_seen, last_seen = _first_and_last(dates)
    aliases = _aliases(actor, mentions)
    return ActorPage(
        path=page_path(look.settings.actors_dir, actor_id),
        title=actor.name,
        kind=actor.kind,
        curated=actor.curated,
        description=actor.description,
        aliases=aliases,
        names=search_names(actor, aliases),
        country=look.actor_ref(actor.country) if actor.country else None,
        parent=look.actor_ref(actor.parent) if actor.parent else None,
        links=tuple(u for u in actor.links if safe_url(u)),
        mentions=len(mentions),
        first_seen=first_seen,
        last_seen=last_seen,
        events=tuple(look.event_row(e, actor_id) for e in events),
        related=related_actors(look, actor_id),
        articles=tuple(articles),
        index=look.index_ref(look.settings.actors_dir, "all actors"),
    )


# --- event ---------------------------------------------------------------------------------


def _figures(look: Lookup, values: dict[object, set[str]], key) -> tuple[Figure, ...]:
    return tuple(
        Figure(value, tuple(look.article_ref(a) for a in sorted(articles)))
        for value, articles in sorted(values.items(), key=lambda item: key(item[0]))
    )


def disagreements(look: Lookup, event: Event) -> tuple[Disagreement, ...]:
    """Where the sources of one event state different dates, places or casualty figures."""
    out = []
    dates: dict[DateValue, set[str]] = defaultdict(set)
    for source in event.sources:
        if source.date is not None:
            dates[source.date].add(source.article_id)
    conflict = any(not a.overlaps(b) for a in dates for b in dates)
    if conflict:
        merged: dict[object, set[str]] = defaultdict(set)  # the same date from different bases: one figure
        shown: dict[str, DateValue] = {}
        for value, articles in dates.items():
            key = value.iso()
            shown.setdefault(key, value)
            merged[key] |= articles
        out.append(Disagreement("date", tuple(
            Figure(shown[k], tuple(look.article_ref(a) for a in sorted(merged[k])))
            for k in sorted(merged, key=lambda k: (shown[k].start, shown[k].end, k))
        )))
    places: dict[str, set[str]] = defaultdict(set)
    names: dict[str, str] = {}
    for source in event.sources:
        if source.place and source.place.strip():
            names.setdefault(place_key(source.place), source.place.strip())
            places[place_key(source.place)].add(source.article_id)
    if len(places) > 1 and any(places_clash({a}, {b}) for a in names.values() for b in names.values()):
        # "Asad Khel" and "Nangarhar", "Civil Hospital" and "Quetta": one inside the other, not a dispute
        out.append(Disagreement("place", tuple(
            Figure(names[k], tuple(look.article_ref(a) for a in sorted(places[k]))) for k in sorted(places)
        )))
    blame = _blame(look, event)
    if blame:
        out.append(Disagreement("responsibility", blame))
    for field in ("killed", "wounded"):
        figures: dict[object, set[str]] = defaultdict(set)
        for source in event.sources:
            value = getattr(source.casualties, field)
            if value and value.strip():
                figures[value.strip()].add(source.article_id)
        if len(figures) > 1:
            out.append(Disagreement(field, _figures(look, figures, lambda v: str(v))))
    return tuple(out)


def _blame(look: Lookup, event: Event) -> tuple[Figure, ...]:
    """Who did it, by source, when two sources of a violent event name doers that have no
    one in common ("the Haqqani Network" against "Lashkar-e-Taiba"). A source naming one
    more doer than another, or a unit of the other's doer, is not a disagreement."""
    if event.type not in VIOLENT:
        return ()
    doers: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for source in event.sources:
        named = tuple(sorted({p.actor_id for p in source.participants if p.role == "initiator"}))
        if named:
            doers[named].add(source.article_id)
    whole = {named: lineage(named, look.parents) for named in doers}  # ISKP is part of Islamic State
    if not any(not whole[a] & whole[b] for a in doers for b in doers):
        return ()
    labels = {named: " and ".join(r.label for r in look.actor_refs(named)) for named in doers}
    return tuple(Figure(labels[named], tuple(look.article_ref(a) for a in sorted(doers[named])))
                 for named in sorted(doers, key=lambda n: (labels[n].casefold(), n)))


def days_apart(a: DateValue, b: DateValue) -> int:
    """0 when the two dates overlap, else the days between the nearest ends."""
    if a.overlaps(b):
        return 0
    return min(abs((a.start - b.end).days), abs((b.start - a.end).days))


def related_events(look: Lookup, event: Event) -> tuple[RelatedEvent, ...]:
    """Events sharing an actor or the place, close in time (or reported by a common article when
    one of them is undated): the nearest first, then the most shared actors, then by date and id."""
    mine = {p.actor_id for p in event.participants}
    place = place_key(event.place) if event.place else None
    articles = sorted({s.article_id for s in event.sources})
    candidates: dict[str, Event] = {}
    if event.date is not None:
        for actor_id in sorted(mine):
            candidates.update((e.id, e) for e in look.near("actor", actor_id, event.date, RELATED_DAYS))
        if place:
            candidates.update((e.id, e) for e in look.near("place", place, event.date, RELATED_DAYS))
    for article_id in articles:  # an undated event is related only to events of the same article
        candidates.update((e.id, e) for e in look.events_by_article.get(article_id, [])
                          if e.date is None or event.date is None)
    found = []
    for other in candidates.values():
        if other.id == event.id:
            continue
        shared = mine & {p.actor_id for p in other.participants}
        same_place = bool(place and other.place and place_key(other.place) == place)
        if not (shared or same_place):
            continue
        days = None
        if event.date is not None and other.date is not None:
            days = days_apart(event.date, other.date)
            if days > RELATED_DAYS:
                continue
        found.append((days is None, days or 0, -len(shared), not same_place, date_key(other.date), other.id,
                      other, shared, same_place, days))
    found.sort(key=lambda item: item[:6])
    return tuple(
        RelatedEvent(look.event_row(other), look.actor_refs(shared), same_place, days)
        for *_, other, shared, same_place, days in found[:RELATED_EVENTS]
    )


def event_page(look: Lookup, event: Event) -> EventPage:
    roles = []
    represented = {person for person, _ in representatives(look, event)}  # shown with their organisation
    for role in ROLES:
        ids = {p.actor_id for p in event.participants if p.role == role and p.actor_id not in represented}
        if ids:
            roles.append(RoleGroup(role, look.actor_refs(ids)))
    sources = event_sources(look, event)
    return EventPage(
        path=page_path(look.settings.events_dir, event.id),
        title=event.title or event.id,
        type=event.type,
        date=event.date,
        place=event.place,
        roles=tuple(roles),
        casualties=tuple(r for s in sources for r in s.reports if r.killed or r.wounded),
        sources=tuple(sources),
        reports=sum(len(s.reports) for s in sources),
        attributed=attributed(look, event),
        disagreements=disagreements(look, event),
        related=related_events(look, event),
        index=look.index_ref(look.settings.events_dir, "all events"),
    )


# --- article -------------------------------------------------------------------------------


def _sentence_spans(look: Lookup, article: Article) -> dict[int, list[tuple[int, int, int]]]:
    """Paragraph -> (start, end, sentence index) of each sentence found in the paragraph text."""
    spans: dict[int, list[tuple[int, int, int]]] = defaultdict(list)
    for (article_id, index), sentence in look.sentences.items():
        if article_id != article.id or not 0 <= sentence.paragraph < len(article.paragraphs):
            continue
        text = article.paragraphs[sentence.paragraph]
        start = sentence.start
        if text[start:start + len(sentence.text)] != sentence.text:
            start = text.find(sentence.text)  # offsets disagree: find the sentence itself
            if start < 0 or not sentence.text:
                continue
        spans[sentence.paragraph].append((start, start + len(sentence.text), index))
    return spans


def _split_at_sentences(pieces: list[Piece], sentences: list[tuple[int, int, int]]) -> list[Piece]:
    """Cut the pieces of one paragraph at sentence bounds and tag each with its sentence."""
    bounds, pos = [], 0
    for start, end, index in sorted(sentences):
        if start >= pos and end > start:
            bounds.append((start, end, index))
            pos = end
    out, pos = [], 0
    for piece in pieces:
        start, end = pos, pos + len(piece.text)
        pos = end
        cuts = sorted({start, end} | {b for s, e, _ in bounds for b in (s, e) if start < b < end})
        for a, b in zip(cuts, cuts[1:]):
            index = next((i for s, e, i in bounds if s <= a and b <= e), None)
            out.append(Piece(piece.text[a - start:b - start], piece.ref, index))
    return out


def _linked_paragraphs(look: Lookup, article: Article) -> tuple[tuple[Piece, ...], ...]:
    """Split each paragraph into pieces, linking the first mention of each actor per paragraph;
    every piece knows its sentence, so the page gives each sentence an anchor."""
    spans: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
    for m in look.mentions_by_article.get(article.id, []):
        sentence = look.sentences.get((article.id, m.sentence))
        if sentence is None or not 0 <= sentence.paragraph < len(article.paragraphs):
            continue
        text = article.paragraphs[sentence.paragraph]
        start = sentence.start + m.start
        if text[start:start + len(m.text)] != m.text:
            offset = text.find(sentence.text)  # offsets disagree: find the sentence itself
            start = offset + m.start if offset >= 0 else -1
            if start < 0 or text[start:start + len(m.text)] != m.text:
                continue
        spans[sentence.paragraph].append((start, start + len(m.text), m.actor_id))
    sentences = _sentence_spans(look, article)
    paragraphs = []
    for n, text in enumerate(article.paragraphs):
        pieces, pos, linked = [], 0, set()
        for start, end, actor_id in sorted(spans.get(n, []), key=lambda s: (s[0], -s[1], s[2])):
            if actor_id in linked or start < pos or end <= start:
                continue
            linked.add(actor_id)
            if start > pos:
                pieces.append(Piece(text[pos:start]))
            pieces.append(Piece(text[start:end], look.actor_ref(actor_id)))
            pos = end
        if pos < len(text):
            pieces.append(Piece(text[pos:]))
        if pieces:
            paragraphs.append(tuple(_split_at_sentences(pieces, sentences.get(n, []))))
    return tuple(paragraphs)


def article_page(look: Lookup, article: Article) -> ArticlePage:
    counts = Counter(m.actor_id for m in look.mentions_by_article.get(article.id, []))
    actors = sorted(counts, key=lambda a: (-counts[a], look.actors[a].name.casefold(), a))
    return ArticlePage(
        path=page_path(look.settings.articles_dir, article.id),
        title=article.title or article.id,
        source_path=article.path,
        outlet=look.outlet(article.id),
        url=safe_url(article.url),
        dateline=article.dateline,
        wire=article.wire,
        byline=article.byline,
        published=article.published,
        retrieved=article.retrieved,
        paragraphs=_linked_paragraphs(look, article),
        actors=tuple(MentionedActor(look.actor_ref(a), counts[a]) for a in actors),
        events=tuple(look.event_row(e) for e in look.events_by_article.get(article.id, [])),
        index=look.index_ref(look.settings.articles_dir, "all articles"),
        source_kind=SOURCE_KINDS.get(article.format, article.format),
        excerpt=article.excerpt,
    )
