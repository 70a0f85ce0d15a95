"""Which event mentions report the same real-world happening: the clustering behind
`resolve_events`.

Rules, in order:

1. Dated reports are grouped first, days before months and years, so that a coarse report
   ("in December 2016") joins a day only when it fits one day better than any other.
   Two dated reports merge when their type family agrees, their dates agree (precision-aware:
   a month contains its days; two different days never merge), their means do not clash (a
   shooting is not a bombing), their doers do not clash (a Taliban raid is not a clash of two
   armies) and they share an actor (or the organisation it belongs to: US forces in
   Afghanistan are the US military) or the place. A coarse report that fits a draft and the
   signing equally is the signing, unless it says "draft". Reports of one article
   also merge without a shared actor when one side names none ("a car bomb killed 22 on
   March 31" ... "Jamaat-ul-Ahrar claimed the March bombing").
2. Undated reports: a definite reference ("the attack", "the fighting") is the happening the
   article last reported of that family. Other undated reports of an article start a group;
   each group joins the one cluster it clearly belongs to (shared actors and place, within
   the weeks before the article appeared when that date is known), or stands alone. Two
   undated groups of different articles, when neither article dates anything, merge only
   for violence at the same named place with an actor in common, or for the same person
   resigning; otherwise nothing shows they are the same.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from generator.extract.events.claims import is_claim
from generator.extract.events.lexicon import VIOLENT, family, resignation
from generator.extract.places import places_clash
from generator.model import DateValue, EventMention
from generator.resolve.coreference import anaphoric, antecedent, lead
from generator.resolve.date_index import DateIndex
from generator.resolve.reports import (
    clash,
    dates_agree,
    doers,
    holds_day,
    means,
    named_weekdays,
    participants_of,
    places_of,
    preliminary,
    targets,
)

UNDATED_WINDOW_DAYS = 45  # an undated report is about the weeks before its article appeared
PRECISION_RANK = {"day": 0, "range": 1, "month": 2, "year": 3}

def lineage(actor_ids: Iterable[str], parents: Mapping[str, str]) -> set[str]:
    """Actors with the organisations they belong to: what a unit does, its parent does too
    ("US forces in Afghanistan" and "the US military" dropping the same bomb)."""
    out: set[str] = set()
    for actor in actor_ids:
        while actor and actor not in out:
            out.add(actor)
            actor = parents.get(actor)
    return out


@dataclass
class _Cluster:
    """Reports of one happening, with what comparing them needs kept up to date as reports are
    added (`add`, `extend`): comparing a report with a cluster costs the same whatever the
    cluster's size, so clustering one long article stays linear in its reports per cluster."""

    mentions: list[EventMention] = field(default_factory=list)
    parents: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        given, self.mentions = self.mentions, []
        self.participants: set[str] = set()
        self.places: set[str] = set()
        self.articles: set[str] = set()
        self.means: set[str] = set()
        self.doers: set[str] = set()
        self.preliminary = False
        self._actors: set[str] | None = set()
        self._dated: dict[tuple, DateValue] = {}  # distinct (start, end, precision): all dates compare alike
        self._by_article: dict[str, set[str]] = {}
        self.dated_articles: set[str] = set()  # articles with a report dated finer than a year
        self.extend(given)

    def add(self, m: EventMention) -> None:
        self.mentions.append(m)
        ids = {p.actor_id for p in m.participants}
        self.participants |= ids
        self._by_article.setdefault(m.article_id, set()).update(ids)
        self.doers |= {p.actor_id for p in m.participants if p.role == "initiator"}
        if m.place:
            self.places.add(m.place)
        self.articles.add(m.article_id)
        self.means |= means(m)
        self.preliminary = self.preliminary or preliminary(m)
        if ids:
            self._actors = None  # recomputed with the lineage on next use
        if m.date is not None:
            self._dated.setdefault((m.date.start, m.date.end, m.date.precision), m.date)
            if m.date.precision != "year":
                self.dated_articles.add(m.article_id)

    def extend(self, mentions: Iterable[EventMention]) -> None:
        for m in mentions:
            self.add(m)

    @property
    def actors(self) -> set[str]:
        if self._actors is None:
            self._actors = lineage(self.participants, self.parents)
        return self._actors

    @property
    def dated(self) -> list[DateValue]:
        """The cluster's distinct dates (one per start, end and precision)."""
        return list(self._dated.values())

    def actors_in(self, article_id: str) -> set[str]:
        return self._by_article.get(article_id, set())

    def actors_of(self, mentions: Iterable[EventMention]) -> set[str]:
        """The actors of other reports, with their parents, as this cluster counts its own."""
        return lineage((p.actor_id for m in mentions for p in m.participants), self.parents)


def _shared(actors: set[str], places: set[str], cluster: _Cluster, direct: bool = False) -> int:
    """How much reports have in common with a cluster: shared actors (with the organisations
    they belong to, unless `direct`), plus one for the place."""
    theirs = cluster.participants if direct else cluster.actors
    return len(actors & theirs) + (1 if places & cluster.places else 0)


def _doers_clash(mentions: Sequence[EventMention], cluster: _Cluster) -> bool:
    """Both sides say who did it, and neither's doer takes part in the other at all: a
    Taliban raid is not the clash two armies fought. (Blame that differs between sources
    names the same two sides, so it does not clash.)"""
    mine, theirs = lineage(doers(mentions), cluster.parents), lineage(cluster.doers, cluster.parents)
    if not mine or not theirs:
        return False
    return not mine & cluster.actors and not theirs & cluster.actors_of(mentions)


def _fit(actors: set[str], places: set[str], cluster: _Cluster, direct: bool = False) -> float:
    """What decides between candidate clusters: what is shared, less half a point when both
    sides name places and none is the same ("Chaman" is a worse fit for "Torkham" than for
    a report that names no place)."""
    return _shared(actors, places, cluster, direct) - (
        0.5 if places and cluster.places and not places & cluster.places else 0)


def _compatible(m: EventMention, cluster: _Cluster) -> bool:
    """A dated report and a cluster: same family, agreeing dates, no clash of means, and
    something in common."""
    if family(m.type) != family(cluster.mentions[0].type) or clash(means(m), cluster.means):
        return False
    if places_clash(places_of([m]), cluster.places) or _doers_clash([m], cluster):
        return False
    dated = cluster.dated
    if m.date is None or not dated or not all(dates_agree(m.date, d) for d in dated):
        return False
    if _shared(cluster.actors_of([m]), places_of([m]), cluster) > 0:
        return True
    if m.article_id in cluster.articles and (not m.participants or not cluster.actors_in(m.article_id)):
        return True  # one article's reports of one time, one of them naming no one
    # nothing in common but the time: only a report without participants, on the very same day
    return not m.participants and m.date.precision == "day" and all(
        d.precision == "day" and d.start == m.date.start for d in dated)


def _best_dated_home(m: EventMention, clusters: list[_Cluster]) -> _Cluster | None:
    """The compatible cluster sharing most with a dated report; a report of a coarser date
    that fits several clusters equally well starts its own."""
    scored = [(c, (_fit(c.actors_of([m]), places_of([m]), c), m.article_id in c.articles,
                   preliminary(m) == c.preliminary))
              for c in clusters if _compatible(m, c)]
    if not scored:
        return None
    best = max(n for _, n in scored)
    top = [c for c, n in scored if n == best]
    return top[0] if len(top) == 1 or m.date.precision == "day" else None


def article_window(article_id: str, mentions: Sequence[EventMention],
                   published: DateValue | None) -> DateValue | None:
    """When an undated report of an article can have happened: the weeks before the article
    appeared; without a publication date, the weeks around the dates the article reports;
    None when the article dates nothing."""
    slack = dt.timedelta(days=UNDATED_WINDOW_DAYS)
    if published is not None:
        return DateValue(published.start - slack, published.end, "range", "inferred_from_publication")
    dated = [m.date for m in mentions if m.article_id == article_id and m.date is not None
             and m.date.precision in ("day", "month")]
    if not dated:
        return None
    return DateValue(min(d.start for d in dated) - slack, max(d.end for d in dated) + slack,
                     "range", "inferred_from_context")


def _home_for_group(group: list[EventMention], clusters: list[_Cluster],
                    windows: Mapping[str, DateValue | None]) -> _Cluster | None:
    """An undated group of one article joins the one cluster it clearly belongs to, or none.

    Candidates share the type family and an actor or the place, and are dated or come from
    the same article. When the article's publication date is known, the event must have
    happened in the weeks before it. A cluster with a report from the same article wins;
    otherwise the best candidate must be unique. A draft and the act itself are not joined,
    nor reports whose doers take no part in each other.
    """
    article, fam = group[0].article_id, family(group[0].type)
    span = windows.get(article)
    places = places_of(group)
    group_means = {w for m in group for w in means(m)}

    hints = {m.day_hint for m in group if m.day_hint and m.day_hint.startswith("--")}
    # the weekdays the group names, give or take a day (midnight, time zones: "late Saturday" is "early Sunday")
    weekdays = {(day + k) % 7 for day in named_weekdays(group) for k in (-1, 0, 1)}

    def elsewhere_ok(c: _Cluster) -> bool:
        """Another article's event: dated, in the weeks before this article appeared; when
        this article's time is unknown (no publication date, no dated report: `span` None),
        only violence, which place and means tell apart. What someone said is never matched
        undated."""
        if fam == "statement_or_report":
            return False
        if not c.dated:
            # two undated reports, their articles of the same weeks or both of unknown time:
            # violence at the same named place with the same actor (the 209th Corps base at
            # Mazar-i-Sharif), or with the same two actors (a group and the college it stormed),
            # or the same person resigning (one leaves a post once)
            theirs = [windows.get(a) for a in c.articles]
            if (span is None) != all(w is None for w in theirs):
                return False
            if span is not None and not all(w.start <= span.end and w.end >= span.start for w in theirs):
                return False
            if fam == "violence":
                shared = participants_of(group) & c.participants
                theirs_days = named_weekdays(c.mentions)
                if weekdays and theirs_days and not weekdays & theirs_days:
                    return False
                return bool(shared) and (bool(places & c.places) or len(shared) >= 2) \
                    and not places_clash(places, c.places)
            if fam in ("agreement", "meeting_or_talks"):  # the same deal or talks: the same two sides or more
                return len(participants_of(group) & participants_of(c.mentions)) >= 2 \
                    and not places_clash(places, c.places)
            if fam == "arrest":  # the same person detained
                return bool(targets(group) & targets(c.mentions))
            return (all(map(resignation, group)) and all(map(resignation, c.mentions))
                    and bool(doers(group) & c.doers))
        if hints:  # "June 12" without a year: a cluster dated to some June 12
            return all(holds_day(h, d) for h in hints for d in c.dated)
        days = {d.start.weekday() for d in c.dated if d.precision == "day"}
        if weekdays and days and not weekdays & days:
            return False  # "gunmen stormed the mall on Saturday" is not a Tuesday's attack
        if span is None:
            if all(d.precision == "year" for d in c.dated):
                return False  # only a background year ("the 2013 attack"): nothing ties them
            # talks, decisions, deals recur between the same parties. Violence needs more than
            # one actor in common ("the Taliban" alone is not enough): the same place, a second
            # actor, a place of its own that does not clash, or the death of the very person
            shared = participants_of(group) & c.actors
            if fam == "arrest":
                return bool(targets(group) & targets(c.mentions))  # "Bashir was detained": once
            return fam == "violence" and bool(
                places & c.places or len(shared) >= 2 or (places and shared) or all(m.dependent for m in group))
        return all(d.start <= span.end and d.end >= span.start for d in c.dated)

    def fit(c: _Cluster) -> float | None:
        """What the group shares with a candidate, or None when it is no candidate. Within
        the article a member stands for its organisation ("Atmar put his signature to the
        draft" beside "the government signed a draft"); across articles only the same
        actors count."""
        own = article in c.articles
        actors = c.actors_of(group) if own else participants_of(group)
        if fam != family(c.mentions[0].type) or _shared(actors, places, c, direct=not own) <= 0:
            return None
        if stage != c.preliminary or _doers_clash(group, c):
            return None
        if fam == "statement_or_report" and not doers(group) & doers(c.mentions):
            return None  # what one side said is not what another said ("the Taliban denied", "the NDS blamed")
        if clash(group_means, c.means) or places_clash(places, c.places) or not (own or elsewhere_ok(c)):
            return None
        return _fit(actors, places, c, direct=not own)

    stage = any(map(preliminary, group))
    scored = [(c, n) for c, n in ((c, fit(c)) for c in clusters) if n is not None]
    if not scored:
        return _single_home_in_article(group, clusters)
    same_article = [(c, n) for c, n in scored if article in c.articles]
    pool = same_article or scored
    best = max(n for _, n in pool)
    top = [c for c, n in pool if n == best]
    return top[0] if len(top) == 1 else None





def _single_home_in_article(group: list[EventMention], clusters: list[_Cluster]) -> _Cluster | None:
    """Undated violence that shares nothing with any cluster ("the attack was planned by X"
    beside a dated explosion without actors) joins its own article's dated event of that
    family when the article reports exactly one and the means agree. Not talks, decisions
    or statements: an article often reports several sessions or steps of one story."""
    if family(group[0].type) != "violence":
        return None
    group_means = {w for m in group for w in means(m)}
    own = [c for c in clusters if family(group[0].type) == family(c.mentions[0].type)
           and group[0].article_id in c.dated_articles]  # "the 2013 attack" is background, not what the article tells
    if len(own) != 1 or clash(group_means, own[0].means) or places_clash(places_of(group), own[0].places):
        return None
    return own[0]


def _mention_key(m: EventMention) -> tuple:
    date = m.date
    return (
        date is None,
        PRECISION_RANK[date.precision] if date else 9,  # days first: coarser reports join them
        date.start.isoformat() if date else "",
        m.article_id,
        m.sentence,
        m.type,
    )


def cluster_mentions(
    mentions: Sequence[EventMention], published: Mapping[str, DateValue | None] | None = None,
    parents: Mapping[str, str] | None = None,
) -> list[list[EventMention]]:
    """Group event mentions that report the same happening; deterministic. `parents` maps
    an actor to the organisation it belongs to (the registry's `parent`)."""
    parents = parents or {}
    claims = [m for m in mentions if is_claim(m)]
    mentions = [m for m in mentions if not is_claim(m)]
    clusters: list[_Cluster] = []
    ordered = sorted(mentions, key=_mention_key)
    index = DateIndex()
    for m in (x for x in ordered if x.date is not None):
        home = _best_dated_home(m, [clusters[i] for i in index.candidates(m)])
        if home is None:
            clusters.append(_Cluster([m], parents))
            index.add(m, len(clusters) - 1)
        else:
            home.add(m)
    groups: list[list[EventMention]] = []
    undated = sorted((x for x in mentions if x.date is None), key=lambda x: (x.article_id, x.sentence, x.type))
    owner = {id(c.mentions): c for c in clusters}
    # the containers holding a report of each article, in container order: antecedent and lead
    # only look at the article's own reports, so the others need not be scanned
    boxes_of: dict[str, list[list[EventMention]]] = {}
    for c in clusters:
        for article in sorted(c.articles):
            boxes_of.setdefault(article, []).append(c.mentions)
    for m in undated:
        containers = boxes_of.get(m.article_id, [])
        box = antecedent(m, containers) if anaphoric(m) else lead(m, containers)
        if box is None:
            groups.append([m])
            boxes_of.setdefault(m.article_id, []).append(groups[-1])
        elif id(box) in owner:
            owner[id(box)].add(m)
        else:
            box.append(m)
    by_article: dict[str, list[EventMention]] = {}
    for m in mentions:
        by_article.setdefault(m.article_id, []).append(m)
    windows = {a: article_window(a, own, (published or {}).get(a)) for a, own in sorted(by_article.items())}
    for group in groups:
        home = _home_for_group(group, clusters, windows)
        if home is None:
            clusters.append(_Cluster(group, parents))
        else:
            home.extend(group)
    out = [sorted(c.mentions, key=lambda x: (x.article_id, x.sentence, x.type)) for c in clusters
           if not all(m.dependent for m in c.mentions)]  # a death no other report makes an event of
    return out + _claim_groups(claims, out, parents)


def _claim_groups(claims: Sequence[EventMention], groups: Sequence[Sequence[EventMention]],
                  parents: Mapping[str, str]) -> list[list[EventMention]]:
    """Claims of responsibility: one group claiming one happening made one claim, however many
    articles tell it and whether its spokesman or a branch is named (the organisation at the
    top of the claimant's lineage). The claimed happening is the violence its sentence reports;
    a claim whose act is not found is one claim per article and claimant."""
    act_of: dict[tuple[str, int], int] = {}
    for number, group in enumerate(groups):
        for m in group:
            if m.type in VIOLENT:
                act_of.setdefault((m.article_id, m.sentence), number)
    merged: dict[tuple, list[EventMention]] = {}
    for m in sorted(claims, key=lambda x: (x.article_id, x.sentence)):
        act = act_of.get((m.article_id, m.sentence))
        tops = {a for a in lineage(doers([m]), parents) if a not in parents}
        key = (tuple(sorted(tops)), ("act", act) if act is not None else ("article", m.article_id))
        merged.setdefault(key, []).append(m)
    return [sorted(g, key=lambda x: (x.article_id, x.sentence, x.type)) for _, g in sorted(merged.items(), key=str)]
