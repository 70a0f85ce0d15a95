"""Score a knowledge base against hand-annotated gold files (`reportsite evaluate`).

`score(kb, gold)` is pure. Counts are micro-averaged over the gold articles;
only articles listed in the gold file are scored. See `score` for the rules.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath

from generator.model import Article, Event, KnowledgeBase
from generator.quality.gold import Gold, GoldArticle, GoldError, GoldEvent, parse_date, read_gold

__all__ = [
    "ArticleScore", "Counts", "Gold", "GoldError", "Ratio", "Scores", "normalise", "read_gold", "score",
]

_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "`": "'", "´": "'",
                         "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"'})
_RANK = {"range": 0, "year": 0, "month": 1, "day": 2}  # how precise a date is


@dataclass(frozen=True)
class Counts:
    """Precision over system items, recall over gold items."""

    system: int  # system items
    correct: int  # system items judged right (true positives)
    gold: int  # gold items
    found: int  # gold items found

    @property
    def fp(self) -> int:
        return self.system - self.correct

    @property
    def fn(self) -> int:
        return self.gold - self.found

    @property
    def precision(self) -> float | None:
        return self.correct / self.system if self.system else None

    @property
    def recall(self) -> float | None:
        return self.found / self.gold if self.gold else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class Ratio:
    count: int
    total: int

    @property
    def value(self) -> float | None:
        return self.count / self.total if self.total else None


@dataclass(frozen=True)
class ArticleScore:
    """What went wrong in one gold article."""

    file: str
    article_id: str | None  # None when the file is not in the knowledge base
    actor_matches: tuple[tuple[str, str], ...]  # (gold name, system actor id), gold order
    missed_actors: tuple[str, ...]  # gold names with surface forms that were not found
    false_positive_actors: tuple[str, ...]  # system actor ids, sorted
    wrong_kinds: tuple[tuple[str, str, str | None], ...]  # (gold name, gold kind, system kind)
    missed_events: tuple[str, ...]  # gold keys without even a relaxed match
    spurious_events: tuple[str, ...]  # system event ids without even a relaxed match, sorted
    date_mismatches: tuple[tuple[str, str | None, str, str | None], ...]  # (key, gold, event id, system)
    publication_date: tuple[str | None, str | None]  # (gold, system)
    event_matches: tuple[tuple[str, str], ...] = ()  # (gold key, system event id), relaxed matches


@dataclass(frozen=True)
class Scores:
    actors: Counts
    actor_kinds: Ratio  # found gold actors whose matched system actor has the gold kind
    events_strict: Counts
    events_relaxed: Counts
    invented_precision: Ratio  # relaxed matches whose system date is more precise than gold (lower is better)
    merging: Ratio  # gold keys in 2+ articles matched to one system event in every article
    over_merging: Ratio  # matched system events matched to 2+ gold keys (lower is better)
    publication_dates: Ratio
    articles: tuple[ArticleScore, ...]  # sorted by file
    missing_files: tuple[str, ...]  # gold files not in the knowledge base, sorted


@dataclass(frozen=True)
class _SystemEvent:
    """A system event as seen from one article (all its mentions there count once)."""

    id: str
    sentence: int  # first sentence of the article that reports it
    type: str
    date: str | None
    precision: str | None
    participants: frozenset[str]


@dataclass(frozen=True)
class _Result:
    score: ArticleScore
    actors: Counts
    kinds: Ratio
    strict: Counts
    relaxed: Counts
    invented: Ratio
    keys: tuple[str, ...]  # gold event keys of the article
    pairs: tuple[tuple[GoldEvent, _SystemEvent], ...]  # relaxed matches
    published: bool


def normalise(text: str) -> str:
    """Compare names case-insensitively, straight quotes, collapsed spaces, no trailing possessive."""
    text = " ".join(text.translate(_QUOTES).casefold().split())
    if text.endswith("'s"):
        text = text[:-2]
    elif text.endswith("'"):
        text = text[:-1]
    return text.rstrip()


def score(kb: KnowledgeBase, gold: Gold) -> Scores:
    """Score `kb` against `gold`.

    Actors: a gold actor is found when a system actor of the article has a mention equal
    (after `normalise`) to one of its surface forms; a system actor is right when one of
    its mentions equals a surface or other form of any gold actor of the article.
    Events: a gold event matches a system event reported by the article with the same
    type, the same date (strict only) and a participant that is the matched system actor
    of one of the gold event's actors (waived when the gold event lists no actors);
    greedy one-to-one, gold in file order, system by (first sentence, event id).
    """
    by_path = {_posix(a.path): a for a in kb.articles}
    kinds = {a.id: a.kind for a in kb.actors}
    mentions: dict[str, list] = defaultdict(list)
    for m in kb.mentions:
        if m.sentence >= 0:  # front-matter `add` entries are not mentions in the text
            mentions[m.article_id].append(m)
    events: dict[str, dict[str, _SystemEvent]] = defaultdict(dict)
    for event in kb.events:
        by_article: dict[str, list] = defaultdict(list)
        for source in event.sources:
            by_article[source.article_id].append(source)
        for article_id, sources in by_article.items():
            events[article_id][event.id] = _system_event(event, sources)

    results = []
    for gold_article in sorted(gold.articles, key=lambda g: g.file):
        article = by_path.get(gold_article.file)
        if article is None:
            results.append(_score_article(gold_article, None, [], {}, kinds))
        else:
            results.append(_score_article(gold_article, article, mentions[article.id], events[article.id], kinds))

    merging, over_merging = _merging(results)
    return Scores(
        actors=_sum_counts(r.actors for r in results),
        actor_kinds=_sum_ratio(r.kinds for r in results),
        events_strict=_sum_counts(r.strict for r in results),
        events_relaxed=_sum_counts(r.relaxed for r in results),
        invented_precision=_sum_ratio(r.invented for r in results),
        merging=merging,
        over_merging=over_merging,
        publication_dates=Ratio(sum(r.published for r in results), len(results)),
        articles=tuple(r.score for r in results),
        missing_files=tuple(r.score.file for r in results if r.score.article_id is None),
    )


def _score_article(
    gold: GoldArticle,
    article: Article | None,
    mentions: list,
    events: dict[str, _SystemEvent],
    kinds: dict[str, str],
) -> _Result:
    texts: dict[str, Counter] = defaultdict(Counter)  # system actor id -> normalised mention texts
    for m in mentions:
        texts[m.actor_id][normalise(m.text)] += 1
    all_forms = {normalise(f) for a in gold.actors for f in a.surface_forms + a.other_forms}
    correct_ids = {aid for aid, c in texts.items() if any(t in all_forms for t in c)}
    false_positives = tuple(sorted(set(texts) - correct_ids))

    matches: dict[str, str] = {}
    found, missed, wrong_kinds = [], [], []
    for actor in gold.actors:
        best = _best_actor(texts, actor.surface_forms)
        if best is not None:
            found.append(actor.name)
            system_kind = kinds.get(best)
            if system_kind != actor.kind:
                wrong_kinds.append((actor.name, actor.kind, system_kind))
        else:
            best = _best_actor(texts, actor.other_forms)  # used for events only
            if actor.surface_forms:
                missed.append(actor.name)
        if best is not None:
            matches[actor.name] = best
    counted = sum(1 for a in gold.actors if a.surface_forms)  # found implies surface forms

    system = sorted(events.values(), key=lambda e: (e.sentence, e.id))
    strict = _match(gold.events, system, matches, use_date=True)
    relaxed = _match(gold.events, system, matches, use_date=False, first=strict)
    matched_ids = {s.id for _, s in relaxed}
    matched_keys = {g.key for g, _ in relaxed}

    invented = Ratio(
        sum(1 for g, s in relaxed if _invents(g.date, s)),
        sum(1 for g, s in relaxed if g.date is not None or s.date is not None),
    )
    system_published = article.published.iso() if article and article.published else None
    article_score = ArticleScore(
        file=gold.file,
        article_id=article.id if article else None,
        actor_matches=tuple((a.name, matches[a.name]) for a in gold.actors if a.name in matches),
        missed_actors=tuple(missed),
        false_positive_actors=false_positives,
        wrong_kinds=tuple(wrong_kinds),
        missed_events=tuple(g.key for g in gold.events if g.key not in matched_keys),
        spurious_events=tuple(sorted(s.id for s in system if s.id not in matched_ids)),
        date_mismatches=tuple((g.key, g.date, s.id, s.date) for g, s in relaxed if g.date != s.date),
        publication_date=(gold.publication_date, system_published),
        event_matches=tuple((g.key, s.id) for g, s in relaxed),
    )
    return _Result(
        score=article_score,
        actors=Counts(len(texts), len(correct_ids), counted, len(found)),
        kinds=Ratio(len(found) - len(wrong_kinds), len(found)),
        strict=Counts(len(system), len(strict), len(gold.events), len(strict)),
        relaxed=Counts(len(system), len(relaxed), len(gold.events), len(relaxed)),
        invented=invented,
        keys=tuple(g.key for g in gold.events),
        pairs=tuple(relaxed),
        published=article is not None and system_published == gold.publication_date,
    )


def _best_actor(texts: dict[str, Counter], forms: tuple[str, ...]) -> str | None:
    """The system actor with most mentions equal to one of `forms`; ties by id."""
    wanted = {normalise(f) for f in forms}
    counts = {aid: sum(n for t, n in c.items() if t in wanted) for aid, c in texts.items()}
    ranked = sorted((-n, aid) for aid, n in counts.items() if n)
    return ranked[0][1] if ranked else None


def _system_event(event: Event, sources: list) -> _SystemEvent:
    """One system event as one article reports it.

    The date is the most precise date this article's own reports give (the article is
    scored on what its text allows, not on what other sources add); type and participants
    are the merged event's.
    """
    dates = sorted((s.date for s in sources if s.date is not None),
                   key=lambda d: (-_RANK[d.precision], d.precision != "range", d.start))
    date = dates[0] if dates else None
    return _SystemEvent(
        id=event.id,
        sentence=min(s.sentence for s in sources),
        type=event.type,
        date=date.iso() if date else None,
        precision=date.precision if date else None,
        participants=frozenset(p.actor_id for p in event.participants),
    )


def _match(
    gold: tuple[GoldEvent, ...], system: list[_SystemEvent], actors: dict[str, str], use_date: bool,
    first: Sequence[tuple[GoldEvent, _SystemEvent]] = (),
) -> list[tuple[GoldEvent, _SystemEvent]]:
    """Greedy one-to-one matching: gold in file order takes the first free system event that
    fits. Pairs in `first` (the strict pairs, when matching without dates) are kept, so that
    an event whose date agrees is never taken by another gold event of the same type."""
    pairs = list(first)
    used = {s.id for _, s in pairs}
    done = {g.key for g, _ in pairs}
    for g in gold:
        if g.key in done:
            continue
        wanted = {actors[name] for name in g.actors if name in actors}
        for s in system:
            if s.id in used or s.type != g.type or (use_date and s.date != g.date):
                continue
            if g.actors and not wanted & s.participants:
                continue
            used.add(s.id)
            pairs.append((g, s))
            break
    order = {g.key: i for i, g in enumerate(gold)}
    return sorted(pairs, key=lambda p: order[p[0].key])


def _invents(gold_date: str | None, system: _SystemEvent) -> bool:
    """True when the system date is more precise than the gold date allows."""
    if system.precision is None:
        return False
    if gold_date is None:
        return True
    parsed = parse_date(gold_date)
    return parsed is not None and _RANK[system.precision] > _RANK[parsed.precision]


def _merging(results: list[_Result]) -> tuple[Ratio, Ratio]:
    """Gold keys in 2+ articles merged into one system event; system events spanning 2+ keys."""
    articles_per_key: dict[str, int] = Counter()
    for r in results:
        for key in r.keys:
            articles_per_key[key] += 1
    matched: dict[str, list[str]] = defaultdict(list)  # key -> system event ids
    keys_per_event: dict[str, set[str]] = defaultdict(set)
    for r in results:
        for g, s in r.pairs:
            matched[g.key].append(s.id)
            keys_per_event[s.id].add(g.key)
    shared = [k for k, n in articles_per_key.items() if n >= 2]
    right = sum(1 for k in shared if len(matched[k]) == articles_per_key[k] and len(set(matched[k])) == 1)
    over = sum(1 for keys in keys_per_event.values() if len(keys) >= 2)
    return Ratio(right, len(shared)), Ratio(over, len(keys_per_event))


def _sum_counts(items) -> Counts:
    items = list(items)
    return Counts(*(sum(getattr(c, f) for c in items) for f in ("system", "correct", "gold", "found")))


def _sum_ratio(items) -> Ratio:
    items = list(items)
    return Ratio(sum(r.count for r in items), sum(r.total for r in items))


def _posix(path: str) -> str:
    return PurePosixPath(path.replace("\\", "/")).as_posix()
