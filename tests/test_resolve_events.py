import datetime as dt

import pytest

from generator.model import DateValue, EventMention, Participant
from generator.resolve_events import cluster_mentions, event_slug, event_title, resolve_events


def day(s, basis="explicit"):
    d = dt.date.fromisoformat(s)
    return DateValue(d, d, "day", basis, s)


def month(y, m):
    import calendar

    return DateValue(dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1]), "month", "explicit", "")


def em(article, sentence, type_, date=None, actors=(), place=None):
    return EventMention(
        article_id=article, sentence=sentence, type=type_, trigger="t", evidence="e", date=date,
        place=place, participants=tuple(Participant(a, r) for a, r in actors),
    )


NAMES = {"gov-af": "Government of Afghanistan", "hezb": "Hezb-e-Islami", "haq": "Haqqani Network",
         "nds": "National Directorate of Security", "pk": "Pakistan Armed Forces", "af": "Afghan Forces"}


def test_same_day_same_actor_across_articles_merges():
    a = em("a1", 3, "agreement", day("2016-09-22"), [("gov-af", "initiator"), ("hezb", "participant")])
    b = em("a2", 0, "agreement", day("2016-09-22"), [("hezb", "initiator")])
    (event,) = resolve_events([a, b], NAMES)
    assert event.id == "2016-09-22-agreement-between-government-of-afghanistan-and-hezb-e-islami"
    assert event.title == "Agreement between Government of Afghanistan and Hezb-e-Islami"
    assert [s.article_id for s in event.sources] == ["a1", "a2"]
    # a tie between roles goes to the stronger one
    assert event.participants == (Participant("gov-af", "initiator"), Participant("hezb", "initiator"))


def test_month_precision_report_joins_the_day_it_contains():
    a = em("a1", 1, "armed_clash", day("2016-06-12"), [("pk", "participant"), ("af", "participant")], "Torkham")
    b = em("a2", 4, "armed_clash", month(2016, 6), [("af", "participant")])
    (event,) = resolve_events([b, a], NAMES)
    assert event.date.iso() == "2016-06-12"
    assert event.place == "Torkham"


def test_clearly_different_days_never_merge():
    a = em("a1", 1, "attack", day("2016-04-19"), [("haq", "initiator")])
    b = em("a2", 1, "attack", day("2016-04-21"), [("haq", "initiator")])
    assert len(resolve_events([a, b], NAMES)) == 2


def test_different_families_do_not_merge_but_attack_and_explosion_do():
    a = em("a1", 1, "attack", day("2016-04-19"), [("haq", "initiator")])
    b = em("a2", 1, "explosion", day("2016-04-19"), [("haq", "participant")])
    c = em("a3", 1, "agreement", day("2016-04-19"), [("haq", "participant")])
    groups = cluster_mentions([a, b, c])
    assert sorted(len(g) for g in groups) == [1, 2]


def test_undated_reports_merge_only_within_one_article():
    a = em("a1", 1, "statement_or_report", None, [("nds", "initiator")])
    b = em("a1", 5, "statement_or_report", None, [("nds", "initiator")])
    c = em("a2", 0, "statement_or_report", None, [("nds", "initiator")])
    events = resolve_events([a, b, c], NAMES)
    assert sorted(len(e.sources) for e in events) == [1, 2]
    assert all(e.id.startswith("undated-") for e in events)
    assert len({e.id for e in events}) == 2


@pytest.mark.parametrize(
    "type_, actors, place, expected",
    [
        ("attack", [("haq", "initiator"), ("nds", "target")], "Kabul",
         "Haqqani Network attack on National Directorate of Security in Kabul"),
        ("attack", [], "Kabul", "Attack in Kabul"),
        ("statement_or_report", [("nds", "initiator")], None, "Statement by National Directorate of Security"),
        ("armed_clash", [("pk", "participant"), ("af", "participant")], "Torkham",
         "Armed clash between Pakistan Armed Forces and Afghan Forces in Torkham"),
    ],
    ids=["attack-with-roles", "attack-place-only", "report", "clash"],
)
def test_titles(type_, actors, place, expected):
    assert event_title(type_, [Participant(a, r) for a, r in actors], place, NAMES) == expected


def test_range_slug_has_no_slash():
    rng = DateValue(dt.date(2016, 6, 1), dt.date(2016, 7, 31), "range", "inferred_from_context")
    assert event_slug(rng, "Armed clash") == "2016-06-to-2016-07-armed-clash"


def test_order_of_input_does_not_change_output():
    ms = [
        em("a1", 1, "attack", day("2016-04-19"), [("haq", "initiator")]),
        em("a2", 2, "attack", day("2016-04-19"), [("haq", "initiator"), ("nds", "target")]),
        em("a3", 0, "agreement", day("2016-09-22"), [("gov-af", "initiator")]),
        em("a3", 4, "attack", None, [("haq", "initiator")]),
    ]
    assert resolve_events(ms, NAMES) == resolve_events(list(reversed(ms)), NAMES)


def test_undated_report_joins_the_one_dated_event_it_shares_actors_with():
    dated = em("a1", 1, "attack", day("2016-04-19"), [("haq", "initiator"), ("nds", "target")], "Kabul")
    other = em("a3", 1, "attack", day("2016-06-01"), [("pk", "initiator")])
    undated = em("a2", 4, "attack", None, [("haq", "initiator")], "Kabul")
    events = resolve_events([dated, other, undated], NAMES)
    merged = next(e for e in events if len(e.sources) == 2)
    assert [s.article_id for s in merged.sources] == ["a1", "a2"]
    assert merged.date.iso() == "2016-04-19"


def test_undated_report_with_two_equally_good_homes_stays_alone():
    a = em("a1", 1, "attack", day("2016-04-19"), [("haq", "initiator")])
    b = em("a3", 1, "attack", day("2016-06-01"), [("haq", "initiator")])
    undated = em("a2", 4, "attack", None, [("haq", "initiator")])
    assert len(resolve_events([a, b, undated], NAMES)) == 3


def test_undated_report_does_not_join_an_event_long_before_its_article():
    old = em("a1", 1, "attack", day("2016-04-19"), [("nds", "target")], "Kabul")
    undated = em("a2", 4, "attack", None, [("nds", "target")], "Kabul")
    published = {"a2": day("2017-05-31", "explicit")}
    assert len(resolve_events([old, undated], NAMES, published)) == 2
    assert len(resolve_events([old, undated], NAMES, {"a2": day("2016-04-20")})) == 1
