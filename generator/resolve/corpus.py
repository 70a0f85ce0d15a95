"""Whole-corpus resolution: extractions -> the knowledge base every page is rendered from."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from generator.config import Settings
from generator.extract.events.claims import ATTRIBUTED
from generator.extract.events.sides import fold_representatives
from generator.model import Article, EventMention, Extraction, KnowledgeBase, Mention, Participant, Problem, Registry
from generator.resolve.actors import all_discovered, discovered_aliases, select_actors
from generator.resolve.events import resolve_events_checked
from generator.resolve.overrides import EventOverrides


def _remap_event(
    em: EventMention, mapping: dict[str, str], keep: set[str] | None = None, drop: set[str] = frozenset()
) -> EventMention:
    """Participants and claimant under their canonical ids, less dropped or page-less actors."""
    seen: dict[str, Participant] = {}
    for p in em.participants:
        actor_id = mapping.get(p.actor_id, p.actor_id)
        if actor_id in drop or (keep is not None and actor_id not in keep):
            continue
        seen.setdefault(actor_id, Participant(actor_id, p.role))
    said = {k: mapping.get(getattr(em, k), getattr(em, k)) if getattr(em, k) else None for k in ATTRIBUTED}
    said = {k: None if keep is not None and v not in keep else v for k, v in said.items()}
    reps = tuple(sorted({(mapping.get(a, a), mapping.get(b, b)) for a, b in em.representatives}))
    reps = tuple(r for r in reps if keep is None or (r[0] in keep and r[1] in keep))
    return replace(em, participants=tuple(sorted(seen.values())), representatives=reps, **said)


def _registry_names(registry: Registry) -> dict[str, str]:
    """Casefolded name, id and aliases of every registry actor -> its id."""
    return {n.casefold(): a.id for a in registry.actors for n in (a.name, a.id, *a.aliases)}


def _dropped(article: Article, by_name: dict[str, str]) -> set[str]:
    """Actor ids (and raw names) a front-matter `actors: drop:` list removes from this article."""
    wanted = {n.casefold() for n in article.drop_actors}
    return {by_name[n] for n in wanted if n in by_name} | wanted


def _added(article: Article, by_name: dict[str, str], mentioned: set[str]) -> list[Mention]:
    """Front-matter `actors: add:` names as article-level mentions (sentence -1, empty span).

    They make the article count as one that concerns the actor even where the text only
    implies it; names the registry does not know are ignored.
    """
    ids = {by_name[n.casefold()] for n in article.add_actors if n.casefold() in by_name}
    return [Mention(article.id, -1, 0, 0, "", actor_id) for actor_id in sorted(ids - mentioned)]


def resolve_corpus(
    articles: Sequence[Article],
    extractions: Sequence[Extraction],
    registry: Registry,
    settings: Settings,
    problems: Sequence[Problem] = (),
    overrides: EventOverrides | None = None,
) -> KnowledgeBase:
    mapping, names = discovered_aliases(all_discovered(extractions), registry)
    by_article = {a.id: a for a in articles}
    by_name = _registry_names(registry)
    mentions: list[Mention] = []
    event_mentions: list[EventMention] = []
    for extraction in extractions:
        article = by_article[extraction.article_id]
        dropped = _dropped(article, by_name)
        own = [
            replace(m, actor_id=mapping.get(m.actor_id, m.actor_id)) for m in extraction.mentions
        ]
        own = [m for m in own if m.actor_id not in dropped and m.text.casefold() not in dropped]
        mentions.extend(own)
        mentions.extend(_added(article, by_name, {m.actor_id for m in own}))
        event_mentions.extend(_remap_event(em, mapping, drop=dropped) for em in extraction.events)
    participants = {p.actor_id for em in event_mentions for p in em.participants}
    actors = select_actors(registry, names, mentions, participants, settings.min_mentions, settings.min_articles)
    keep = {a.id for a in actors}
    mentions = [m for m in mentions if m.actor_id in keep]
    parents, persons = {a.id: a.parent for a in actors if a.parent}, {a.id for a in actors if a.kind == "person"}
    event_mentions = [fold_representatives(_remap_event(em, {}, keep), parents, persons) for em in event_mentions]
    published = {a.id: a.published for a in articles}
    events, event_problems = resolve_events_checked(
        event_mentions, {a.id: a.name for a in actors}, published, overrides,
        parents=parents, represents={p: parents[p] for p in persons if p in parents},
    )
    return KnowledgeBase(
        articles=tuple(sorted(articles, key=lambda a: a.id)),
        actors=actors,
        mentions=tuple(sorted(mentions)),
        events=events,
        extractions=tuple(sorted(extractions, key=lambda e: e.article_id)),
        problems=(*problems, *event_problems),
    )
