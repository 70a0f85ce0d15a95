"""What each article says about an event: its sentences, who claimed it, who blamed whom, who is
only cited as a source, and who stood for an organisation (the event page's sources)."""
from __future__ import annotations

from collections import defaultdict

from generator.extract.events.sides import event_representatives
from generator.model import Event, EventMention
from generator.render.context import Attributed, Ref, Report, Source
from generator.render.lookup import Lookup
from generator.render.text import safe_url


def representatives(look: Lookup, event: Event) -> tuple[tuple[str, str], ...]:
    """(person, organisation) pairs of the event: a leader or spokesman on the side of the
    organisation they stand for (the reports say so, or the registry's `parent` of a person)."""
    persons = {a: look.parents[a] for a in look.parents if a in look.actors and look.actors[a].kind == "person"}
    return event_representatives(event.participants, persons, event.sources)


def event_sources(look: Lookup, event: Event) -> tuple[Source, ...]:
    """One entry per reporting article, each with every sentence of it that reports the event."""
    reports: dict[str, list[Report]] = defaultdict(list)
    for s in sorted(event.sources, key=lambda s: (s.article_id, s.sentence, s.type, s.trigger)):
        reports[s.article_id].append(_report(look, s))
    sources = []
    for article_id in sorted(reports):
        article = look.articles.get(article_id)
        sources.append(Source(
            article=look.article_ref(article_id),
            outlet=look.outlet(article_id),
            published=article.published if article else None,
            url=safe_url(article.url) if article else None,
            reports=_distinct(reports[article_id]),
        ))
    return tuple(sources)


def _report(look: Lookup, s: EventMention) -> Report:
    def ref(actor_id: str | None) -> Ref | None:
        return look.actor_ref(actor_id) if actor_id else None

    return Report(
        article=look.article_ref(s.article_id),
        evidence=s.evidence,
        sentence=s.sentence,
        trigger=s.trigger,
        date=s.date,
        claimed_by=ref(s.claimed_by),
        blamed_by=ref(s.blamed_by),
        blamed_on=ref(s.blamed_on),
        source=ref(s.source),
        representatives=tuple((look.actor_ref(a), look.actor_ref(b)) for a, b in sorted(s.representatives)),
        killed=s.casualties.killed,
        wounded=s.casualties.wounded,
    )


def _distinct(reports: list[Report]) -> tuple[Report, ...]:
    """One entry per sentence: two triggers of one sentence ("attacked ... the assault") make one
    report, with what either says."""
    out: dict[str, Report] = {}
    for r in reports:
        seen = out.get(r.evidence)
        if seen is None:
            out[r.evidence] = r
            continue
        out[r.evidence] = Report(
            seen.article, seen.evidence, seen.sentence, seen.trigger if r.trigger in seen.trigger.split("; ") else
            f"{seen.trigger}; {r.trigger}", seen.date or r.date, seen.claimed_by or r.claimed_by,
            seen.blamed_by or r.blamed_by, seen.blamed_on or r.blamed_on, seen.source or r.source,
            tuple(dict.fromkeys(seen.representatives + r.representatives)),
            seen.killed or r.killed, seen.wounded or r.wounded)
    return tuple(out.values())


ATTRIBUTION_ORDER = ("claimed", "blamed", "source", "represented")


def attributed(look: Lookup, event: Event) -> tuple[Attributed, ...]:
    """Who claimed the event, who blamed whom, who is cited as a source, and who stood for an
    organisation, over all the reports, each with the articles that say so."""
    found: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    pairs = representatives(look, event)
    for s in event.sources:
        if s.claimed_by:
            found[("claimed", s.claimed_by, "")].add(s.article_id)
        if s.blamed_by:
            found[("blamed", s.blamed_by, s.blamed_on or "")].add(s.article_id)
        if s.source:
            found[("source", s.source, "")].add(s.article_id)
        named = {p.actor_id for p in s.participants} | {a for pair in s.representatives for a in pair}
        for person, org in pairs:
            if person in named:
                found[("represented", person, org)].add(s.article_id)
    rows = [Attributed(kind, look.actor_ref(actor), look.actor_ref(on) if on else None,
                       tuple(look.article_ref(a) for a in sorted(articles)))
            for (kind, actor, on), articles in found.items()]
    return tuple(sorted(rows, key=lambda r: (ATTRIBUTION_ORDER.index(r.kind), r.actor.label.casefold(),
                                             r.actor.label, r.on.label if r.on else "")))


