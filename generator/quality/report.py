"""Show scores: the fixed-width table of `reportsite evaluate` and its `--json` form."""
from __future__ import annotations

from generator.quality.evaluate import ArticleScore, Counts, Ratio, Scores

__all__ = ["format_table", "scores_to_dict"]


def _num(value: float | None) -> str:
    return "-" if value is None else f"{value:.4f}"


def format_table(scores: Scores, limit: int = 40) -> str:
    """A fixed-width table of the metrics, then up to `limit` lines of per-article misses (no final newline)."""
    lines = [f"{'metric':<22}{'precision':>10}{'recall':>10}{'F1':>10}  counts"]
    for label, c in (("actors", scores.actors), ("events (strict)", scores.events_strict),
                     ("events (relaxed)", scores.events_relaxed)):
        counts = f"tp {c.correct}, fp {c.fp}, fn {c.fn}"
        if c.correct != c.found:
            counts += f" (found {c.found} of {c.gold} gold)"
        lines.append(f"{label:<22}{_num(c.precision):>10}{_num(c.recall):>10}{_num(c.f1):>10}  {counts}")
    lines += ["", f"{'metric':<22}{'value':>10}  counts"]
    for label, r, unit in (
        ("actor kinds", scores.actor_kinds, "found actors with the gold kind"),
        ("invented precision", scores.invented_precision, "dated matches too precise (lower is better)"),
        ("event merging", scores.merging, "events in 2+ articles merged right"),
        ("over-merging", scores.over_merging, "matched events spanning 2+ keys (lower is better)"),
        ("publication dates", scores.publication_dates, "articles right"),
    ):
        lines.append(f"{label:<22}{_num(r.value):>10}  {r.count}/{r.total} {unit}")
    misses = [f"missing file: {f}" for f in scores.missing_files]
    for a in scores.articles:
        misses += [f"{a.file}: {line}" for line in _article_misses(a)]
    if misses:
        lines += ["", "per-article misses:"]
        lines += [f"  {m}" for m in misses[:limit]]
        if len(misses) > limit:
            lines.append(f"  ... {len(misses) - limit} more (use --json for all)")
    return "\n".join(lines)


def _article_misses(a: ArticleScore) -> list[str]:
    out = []
    if a.article_id is None:
        return out
    if a.missed_actors:
        out.append("missed actors: " + ", ".join(a.missed_actors))
    if a.false_positive_actors:
        out.append("false-positive actors: " + ", ".join(a.false_positive_actors))
    out += [f"wrong kind: {name} is {gold}, system says {system or '-'}" for name, gold, system in a.wrong_kinds]
    if a.missed_events:
        out.append("missed events: " + ", ".join(a.missed_events))
    if a.spurious_events:
        out.append("spurious events: " + ", ".join(a.spurious_events))
    out += [f"wrong date: {key} is {gold or '-'}, {eid} says {system or '-'}"
            for key, gold, eid, system in a.date_mismatches]
    gold, system = a.publication_date
    if gold != system:
        out.append(f"publication date: gold {gold or '-'}, system {system or '-'}")
    return out


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def scores_to_dict(scores: Scores) -> dict:
    """The scores as plain data for JSON (numbers rounded to 4 decimals)."""

    def counts(c: Counts) -> dict:
        return {"precision": _round(c.precision), "recall": _round(c.recall), "f1": _round(c.f1),
                "tp": c.correct, "fp": c.fp, "fn": c.fn, "system": c.system, "gold": c.gold, "found": c.found}

    def ratio(r: Ratio) -> dict:
        return {"value": _round(r.value), "count": r.count, "total": r.total}

    return {
        "actors": counts(scores.actors),
        "actor_kinds": ratio(scores.actor_kinds),
        "events_strict": counts(scores.events_strict),
        "events_relaxed": counts(scores.events_relaxed),
        "invented_precision": ratio(scores.invented_precision),
        "merging": ratio(scores.merging),
        "over_merging": ratio(scores.over_merging),
        "publication_dates": ratio(scores.publication_dates),
        "missing_files": list(scores.missing_files),
        "articles": [_article_dict(a) for a in scores.articles],
    }


def _article_dict(a: ArticleScore) -> dict:
    return {
        "file": a.file,
        "article_id": a.article_id,
        "actor_matches": dict(a.actor_matches),
        "missed_actors": list(a.missed_actors),
        "false_positive_actors": list(a.false_positive_actors),
        "wrong_kinds": [{"actor": n, "gold": g, "system": s} for n, g, s in a.wrong_kinds],
        "missed_events": list(a.missed_events),
        "spurious_events": list(a.spurious_events),
        "date_mismatches": [{"key": k, "gold": g, "event": e, "system": s} for k, g, e, s in a.date_mismatches],
        "publication_date": {"gold": a.publication_date[0], "system": a.publication_date[1]},
        "event_matches": [{"key": k, "event": e} for k, e in a.event_matches],
    }
