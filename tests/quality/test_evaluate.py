"""Tests for generator.quality.evaluate and generator.quality.gold: hand-built knowledge bases, tiny gold files."""
from __future__ import annotations

import calendar
import datetime as dt
import json
import textwrap
from pathlib import Path

import pytest

from generator.model import Actor, Article, DateValue, Event, EventMention, KnowledgeBase, Mention, Participant
from generator.quality.evaluate import ArticleScore, Counts, Ratio, normalise, score
from generator.quality.gold import Gold, GoldActor, GoldArticle, GoldError, GoldEvent, read_gold
from generator.quality.report import format_table, scores_to_dict

FIXTURES = Path(__file__).parent.parent / "fixtures" / "eval"


# -- builders ------------------------------------------------------------------------


def article(id: str, path: str | None = None, published: DateValue | None = None) -> Article:
    return Article(id=id, path=path or f"{id}.txt", title=id, paragraphs=("text",), content_hash="0",
                   published=published)


def day(text: str) -> DateValue:
    d = dt.date.fromisoformat(text)
    return DateValue(d, d, "day", "explicit", text)


def month(year: int, m: int) -> DateValue:
    last = calendar.monthrange(year, m)[1]
    return DateValue(dt.date(year, m, 1), dt.date(year, m, last), "month", "explicit")


def span(start: str, end: str) -> DateValue:
    return DateValue(dt.date.fromisoformat(start), dt.date.fromisoformat(end), "range", "explicit")


def mention(article_id: str, actor_id: str, text: str, sentence: int = 0) -> Mention:
    return Mention(article_id, sentence, 0, len(text), text, actor_id)


def event(id: str, type: str, date: DateValue | None, participants=(), sources=(("one", 0),)) -> Event:
    return Event(
        id=id, type=type, title=id, date=date, place=None,
        participants=tuple(Participant(p, "participant") for p in participants),
        sources=tuple(EventMention(a, s, type, "trigger", "evidence", date=date) for a, s in sources),
    )


def make_kb(articles, mentions=(), events=(), actors=()) -> KnowledgeBase:
    return KnowledgeBase(
        articles=tuple(sorted(articles, key=lambda a: a.id)),
        actors=tuple(Actor(id=i, name=i, kind=k) for i, k in sorted(actors)),
        mentions=tuple(sorted(mentions)),
        events=tuple(events),
    )


def gold_from(tmp_path: Path, text: str) -> Gold:
    path = tmp_path / "gold.yml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return read_gold(path)


ONE = article("one")

FOUR_ACTORS = textwrap.dedent("""\
    articles:
      - file: one.txt
        publication_date: null
        actors:
          - {name: Haqqani Network, kind: armed_group, surface_forms: [Haqqanis]}
          - {name: Pakistan, kind: state, surface_forms: [Pakistan]}
          - {name: Government of Afghanistan, kind: government, surface_forms: [Afghan government]}
          - {name: Hezb-e-Islami, kind: armed_group, surface_forms: [Hezb-e-Islami]}
        events:
    """)


def four_actors_with(*events: str) -> str:
    """The gold text of one article with four actors and these events (flow mappings)."""
    return FOUR_ACTORS + "".join(f"      - {e}\n" for e in events)


FOUR_MENTIONS = (
    mention("one", "haqqani-network", "Haqqanis"),
    mention("one", "pakistan", "Pakistan"),
    mention("one", "afghan-government", "Afghan government"),
    mention("one", "hezb-e-islami", "Hezb-e-Islami"),
)


# -- actors --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Haqqanis’", "haqqanis"),
        ("Pakistan’s", "pakistan"),
        ("Taliban's", "taliban"),
        ("  the   HAQQANI\n network ", "the haqqani network"),
        ("“Kabul”", '"kabul"'),
        ("Hezb-e-Islami", "hezb-e-islami"),
    ],
    ids=["curly-plural-possessive", "curly-possessive", "straight-possessive", "case-and-space", "curly-double",
         "unchanged"],
)
def test_normalise(text, expected):
    assert normalise(text) == expected


def test_actor_found_after_normalisation_and_false_positive(tmp_path):
    gold = gold_from(tmp_path, """\
        articles:
          - file: one.txt
            publication_date: null
            actors:
              - {name: Haqqani Network, kind: armed_group, surface_forms: [Haqqani network]}
              - {name: Pakistan, kind: state, surface_forms: [Pakistan]}
              - {name: US Congress, kind: government_agency, surface_forms: [Congress]}
            events: []
        """)
    kb = make_kb([ONE], [
        mention("one", "haqqani-network", "HAQQANI  Network’s"),
        mention("one", "pakistan", "Pakistan's"),
        mention("one", "pentagon", "Pentagon"),
        mention("other", "us-congress", "Congress"),  # another article: not this article's actor
    ])
    scores = score(kb, gold)
    assert scores.actors == Counts(system=3, correct=2, gold=3, found=2)
    assert (scores.actors.precision, scores.actors.recall) == (2 / 3, 2 / 3)
    assert scores.actors.f1 == pytest.approx(2 / 3)
    result = scores.articles[0]
    assert result.missed_actors == ("US Congress",)
    assert result.false_positive_actors == ("pentagon",)
    assert result.actor_matches == (("Haqqani Network", "haqqani-network"), ("Pakistan", "pakistan"))


def test_other_forms_count_for_precision_only_and_formless_actors_not_for_recall(tmp_path):
    gold = gold_from(tmp_path, """\
        articles:
          - file: one.txt
            publication_date: null
            actors:
              - {name: Pakistan, kind: state, surface_forms: [Pakistan], other_forms: [Pakistani]}
              - {name: Afghan forces, kind: government_agency, surface_forms: [], other_forms: [Afghan]}
            events: []
        """)
    kb = make_kb([ONE], [mention("one", "pakistan", "Pakistani"), mention("one", "afghan-forces", "Afghan")])
    scores = score(kb, gold)
    assert scores.actors == Counts(system=2, correct=2, gold=1, found=0)
    assert (scores.actors.precision, scores.actors.recall, scores.actors.f1) == (1.0, 0.0, 0.0)
    assert scores.articles[0].missed_actors == ("Pakistan",)
    # other forms still map gold actors to system actors for event matching
    assert scores.articles[0].actor_matches == (("Pakistan", "pakistan"), ("Afghan forces", "afghan-forces"))
    assert scores.actor_kinds == Ratio(0, 0)  # nothing found, so no kind to judge


def test_kind_accuracy_over_found_actors(tmp_path):
    gold = gold_from(tmp_path, """\
        articles:
          - file: one.txt
            publication_date: null
            actors:
              - {name: Haqqani Network, kind: armed_group, surface_forms: [Haqqanis]}
              - {name: Pakistan, kind: state, surface_forms: [Pakistan]}
              - {name: Hekmatyar, kind: person, surface_forms: [Gulbadin Hekmatyar]}
              - {name: Taliban, kind: armed_group, surface_forms: [Taliban]}
            events: []
        """)
    kb = make_kb(
        [ONE],
        [mention("one", "haqqani-network", "Haqqanis"), mention("one", "pakistan", "Pakistan"),
         mention("one", "gulbadin-hekmatyar", "Gulbadin Hekmatyar")],
        actors=[("haqqani-network", "armed_group"), ("pakistan", "government")],  # hekmatyar has no page
    )
    scores = score(kb, gold)
    assert scores.actor_kinds == Ratio(1, 3)
    assert scores.actor_kinds.value == 1 / 3
    assert scores.articles[0].wrong_kinds == (("Pakistan", "state", "government"), ("Hekmatyar", "person", None))


def test_matched_actor_has_most_matching_mentions_ties_by_id(tmp_path):
    gold = gold_from(tmp_path, """\
        articles:
          - file: one.txt
            publication_date: null
            actors:
              - {name: Government of Afghanistan, kind: government, surface_forms: [Afghan government, Kabul]}
              - {name: NDS, kind: government_agency, surface_forms: [NDS]}
            events: []
        """)
    kb = make_kb([ONE], [
        mention("one", "kabul", "Kabul", 0),
        mention("one", "afghan-government", "Afghan government", 1),
        mention("one", "afghan-government", "Kabul", 2),
        mention("one", "nds-b", "NDS", 3),
        mention("one", "nds-a", "NDS", 4),
    ])
    scores = score(kb, gold)
    assert scores.articles[0].actor_matches == (("Government of Afghanistan", "afghan-government"), ("NDS", "nds-a"))
    assert scores.actors == Counts(system=4, correct=4, gold=2, found=2)


def test_no_system_actors_gives_no_precision(tmp_path):
    gold = gold_from(tmp_path, FOUR_ACTORS)
    scores = score(make_kb([ONE]), gold)
    assert scores.actors == Counts(system=0, correct=0, gold=4, found=0)
    assert (scores.actors.precision, scores.actors.recall, scores.actors.f1) == (None, 0.0, None)


# -- events --------------------------------------------------------------------------


def test_strict_and_relaxed_event_matching(tmp_path):
    gold = gold_from(tmp_path, four_actors_with(
        "{key: nds-attack, type: attack, date: 2016-04-19, actors: [Haqqani Network]}",
        "{key: torkham, type: armed_clash, date: 2016-06, actors: [Pakistan]}",
        "{key: peace-deal, type: agreement, date: 2016-09-22, actors: [Government of Afghanistan, Hezb-e-Islami]}",
    ))
    kb = make_kb([ONE], FOUR_MENTIONS + (mention("one", "pentagon", "Pentagon"),), [
        event("2016-04-19-attack", "attack", day("2016-04-19"), ["haqqani-network"], [("one", 0)]),
        event("2016-06-15-armed-clash", "armed_clash", day("2016-06-15"), ["pakistan"], [("one", 1)]),
        event("2016-09-22-agreement", "agreement", day("2016-09-22"), ["pentagon"], [("one", 2)]),
        event("undated-protest", "protest", None, [], [("one", 3)]),
    ])
    scores = score(kb, gold)
    assert scores.events_strict == Counts(system=4, correct=1, gold=3, found=1)
    assert scores.events_relaxed == Counts(system=4, correct=2, gold=3, found=2)
    assert (scores.events_relaxed.precision, scores.events_relaxed.recall) == (0.5, 2 / 3)
    result = scores.articles[0]
    assert result.missed_events == ("peace-deal",)
    assert result.spurious_events == ("2016-09-22-agreement", "undated-protest")
    assert result.date_mismatches == (("torkham", "2016-06", "2016-06-15-armed-clash", "2016-06-15"),)
    assert scores.invented_precision == Ratio(1, 2)  # a day where the text gives a month


@pytest.mark.parametrize(
    ("participants", "matched"),
    [(["pentagon"], 0), (["hezb-e-islami"], 1), (["pentagon", "afghan-government"], 1), ([], 0)],
    ids=["unrelated", "one-of-two", "one-among-others", "none"],
)
def test_event_needs_one_participant_matched_to_a_gold_actor(tmp_path, participants, matched):
    gold = gold_from(tmp_path, four_actors_with(
        "{key: peace-deal, type: agreement, date: 2016-09-22, actors: [Government of Afghanistan, Hezb-e-Islami]}",
    ))
    kb = make_kb([ONE], FOUR_MENTIONS + (mention("one", "pentagon", "Pentagon"),),
                 [event("deal", "agreement", day("2016-09-22"), participants)])
    assert score(kb, gold).events_strict == Counts(system=1, correct=matched, gold=1, found=matched)


def test_gold_event_without_actors_matches_on_type_and_date(tmp_path):
    gold = gold_from(tmp_path, four_actors_with(
        "{key: blast, type: explosion, date: null, actors: []}",
    ))
    kb = make_kb([ONE], FOUR_MENTIONS, [event("undated-explosion", "explosion", None, [])])
    assert score(kb, gold).events_strict == Counts(system=1, correct=1, gold=1, found=1)


def test_mentions_of_one_event_in_one_article_count_once(tmp_path):
    gold = gold_from(tmp_path, four_actors_with(
        "{key: nds-attack, type: attack, date: 2016-04-19, actors: [Haqqani Network]}",
    ))
    kb = make_kb([ONE, article("two")], FOUR_MENTIONS, [
        event("2016-04-19-attack", "attack", day("2016-04-19"), ["haqqani-network"],
              [("one", 1), ("one", 2), ("one", 4), ("two", 0)]),
    ])
    scores = score(kb, gold)
    assert scores.events_strict == Counts(system=1, correct=1, gold=1, found=1)
    assert scores.events_relaxed == Counts(system=1, correct=1, gold=1, found=1)


def test_relaxed_matching_keeps_the_pairs_whose_dates_agree(tmp_path):
    gold = gold_from(tmp_path, four_actors_with(
        "{key: first, type: attack, date: 2016-05-01, actors: [Haqqani Network]}",
        "{key: second, type: attack, date: 2016-05-02, actors: [Haqqani Network]}",
        "{key: third, type: attack, date: 2016-05-09, actors: [Haqqani Network]}",
    ))
    kb = make_kb([ONE], FOUR_MENTIONS, [
        event("e-a", "attack", day("2016-05-01"), ["haqqani-network"], [("one", 3)]),
        event("e-b", "attack", day("2016-05-02"), ["haqqani-network"], [("one", 0)]),
        event("e-c", "attack", None, ["haqqani-network"], [("one", 1)]),
    ])
    scores = score(kb, gold)
    # greedy in file order would give "first" the earliest sentence's event (e-b, dated the 2nd)
    assert scores.articles[0].event_matches == (("first", "e-a"), ("second", "e-b"), ("third", "e-c"))
    assert scores.articles[0].date_mismatches == (("third", "2016-05-09", "e-c", None),)
    assert scores.events_strict == Counts(system=3, correct=2, gold=3, found=2)
    assert scores.events_relaxed == Counts(system=3, correct=3, gold=3, found=3)


def test_invented_precision(tmp_path):
    gold = gold_from(tmp_path, """\
        articles:
          - file: one.txt
            publication_date: null
            actors: []
            events:
              - {key: a, type: attack, date: null, actors: []}
              - {key: b, type: protest, date: null, actors: []}
              - {key: c, type: armed_clash, date: 2016-06/2016-07, actors: []}
              - {key: d, type: arrest, date: 2016-05-02, actors: []}
              - {key: e, type: election, date: 2016, actors: []}
        """)
    kb = make_kb([ONE], (), [
        event("a", "attack", day("2016-04-19")),  # dated where the text cannot date it: invented
        event("b", "protest", None),  # both undated: not counted
        event("c", "armed_clash", month(2016, 6)),  # one month picked out of a range: invented
        event("d", "arrest", None),  # less precise: not invented
        event("e", "election", span("2016-03-01", "2016-04-30")),  # range is as coarse as a year
    ])
    scores = score(kb, gold)
    assert scores.events_relaxed == Counts(system=5, correct=5, gold=5, found=5)
    assert scores.invented_precision == Ratio(2, 4)


# -- merging -------------------------------------------------------------------------


def _two_article_deal(second_key: str) -> str:
    return f"""\
        articles:
          - file: one.txt
            publication_date: null
            actors: [{{name: Hezb-e-Islami, kind: armed_group, surface_forms: [Hezb-e-Islami]}}]
            events: [{{key: peace-deal, type: agreement, date: null, actors: [Hezb-e-Islami]}}]
          - file: two.txt
            publication_date: null
            actors: [{{name: Hezb-e-Islami, kind: armed_group, surface_forms: [Hezb-e-Islami]}}]
            events: [{{key: {second_key}, type: agreement, date: null, actors: [Hezb-e-Islami]}}]
        """


@pytest.mark.parametrize(
    ("second_key", "events", "merging", "over_merging"),
    [
        ("peace-deal", [("deal", [("one", 0), ("two", 0)])], Ratio(1, 1), Ratio(0, 1)),
        ("peace-deal", [("deal-a", [("one", 0)]), ("deal-b", [("two", 0)])], Ratio(0, 1), Ratio(0, 2)),
        ("peace-deal", [("deal-a", [("one", 0)])], Ratio(0, 1), Ratio(0, 1)),
        ("other-deal", [("deal", [("one", 0), ("two", 0)])], Ratio(0, 0), Ratio(1, 1)),
    ],
    ids=["merged", "split", "one-report-missed", "two-events-merged"],
)
def test_merging(tmp_path, second_key, events, merging, over_merging):
    gold = gold_from(tmp_path, _two_article_deal(second_key))
    kb = make_kb(
        [ONE, article("two")],
        [mention("one", "hezb-e-islami", "Hezb-e-Islami"), mention("two", "hezb-e-islami", "Hezb-e-Islami")],
        [event(eid, "agreement", None, ["hezb-e-islami"], sources) for eid, sources in events],
    )
    scores = score(kb, gold)
    assert (scores.merging, scores.over_merging) == (merging, over_merging)


# -- publication dates and missing files ---------------------------------------------


def test_publication_dates_and_missing_file(tmp_path):
    gold = gold_from(tmp_path, """\
        articles:
          - {file: one.txt, publication_date: 2016-12-09, actors: [], events: []}
          - {file: two.txt, publication_date: 2016-12-09, actors: [], events: []}
          - {file: three.txt, publication_date: null, actors: [], events: []}
          - file: missing.txt
            publication_date: null
            actors: [{name: Taliban, kind: armed_group, surface_forms: [Taliban]}]
            events: [{key: kunduz, type: attack, date: null, actors: [Taliban]}]
        """)
    kb = make_kb([
        article("one", published=day("2016-12-09")),
        article("two", published=month(2016, 12)),  # month precision never equals a day
        article("three"),
    ])
    scores = score(kb, gold)
    assert scores.publication_dates == Ratio(2, 4)
    assert scores.missing_files == ("missing.txt",)
    assert scores.actors == Counts(system=0, correct=0, gold=1, found=0)
    assert scores.events_strict == Counts(system=0, correct=0, gold=1, found=0)
    assert scores.articles[0] == ArticleScore(
        file="missing.txt", article_id=None, actor_matches=(), missed_actors=("Taliban",),
        false_positive_actors=(), wrong_kinds=(), missed_events=("kunduz",), spurious_events=(),
        date_mismatches=(), publication_date=(None, None),
    )
    assert [a.publication_date for a in scores.articles[1:]] == [
        ("2016-12-09", "2016-12-09"), (None, None), ("2016-12-09", "2016-12")]


# -- whole report on the fixture ------------------------------------------------------


def fixture_kb() -> KnowledgeBase:
    return make_kb(
        [article("one", "a/one.txt", day("2016-12-09")), article("two", "two.md"), article("extra")],
        [
            mention("one", "haqqani-network", "Haqqanis", 1),
            mention("one", "pakistan", "Pakistani", 2),
            mention("one", "afghan-government", "Kabul", 3),
            mention("one", "pentagon", "Pentagon", 0),
            mention("two", "hezb-e-islami", "Hezb-e-Islami's", 0),
            mention("two", "afghan-government", "Afghan government", 0),
            mention("extra", "taliban", "Taliban", 0),
        ],
        [
            event("2016-04-19-attack", "attack", day("2016-04-19"), ["haqqani-network"], [("one", 1)]),
            event("2016-06-armed-clash", "armed_clash", month(2016, 6), ["pakistan"], [("one", 2), ("one", 5)]),
            event("2016-09-22-agreement", "agreement", day("2016-09-22"), ["afghan-government", "hezb-e-islami"],
                  [("one", 3), ("two", 0)]),
            event("undated-statement", "statement_or_report", None, ["pentagon"], [("one", 0)]),
        ],
        actors=[("haqqani-network", "armed_group"), ("pakistan", "state"), ("afghan-government", "government"),
                ("hezb-e-islami", "armed_group"), ("pentagon", "government_agency"), ("taliban", "armed_group")],
    )


def test_scores_to_dict_on_fixture():
    scores = score(fixture_kb(), read_gold(FIXTURES / "gold.yml"))
    result = scores_to_dict(scores)
    articles = result.pop("articles")
    assert result == {
        "actors": {"precision": 0.8333, "recall": 0.5714, "f1": 0.678, "tp": 5, "fp": 1, "fn": 3,
                   "system": 6, "gold": 7, "found": 4},
        "actor_kinds": {"value": 0.75, "count": 3, "total": 4},
        "events_strict": {"precision": 0.4, "recall": 0.4, "f1": 0.4, "tp": 2, "fp": 3, "fn": 3,
                          "system": 5, "gold": 5, "found": 2},
        "events_relaxed": {"precision": 0.8, "recall": 0.8, "f1": 0.8, "tp": 4, "fp": 1, "fn": 1,
                           "system": 5, "gold": 5, "found": 4},
        "invented_precision": {"value": 0.5, "count": 2, "total": 4},
        "merging": {"value": 1.0, "count": 1, "total": 1},
        "over_merging": {"value": 0.0, "count": 0, "total": 3},
        "publication_dates": {"value": 0.6667, "count": 2, "total": 3},
        "missing_files": ["missing.txt"],
    }
    assert [a["file"] for a in articles] == ["a/one.txt", "missing.txt", "two.md"]
    assert articles[0] == {
        "file": "a/one.txt",
        "article_id": "one",
        "actor_matches": {"Haqqani Network": "haqqani-network", "Pakistan": "pakistan",
                          "Government of Afghanistan": "afghan-government"},
        "missed_actors": ["Pakistan", "Hezb-e-Islami"],
        "false_positive_actors": ["pentagon"],
        "wrong_kinds": [],
        "missed_events": [],
        "spurious_events": ["undated-statement"],
        "date_mismatches": [{"key": "torkham-clashes", "gold": "2016-06/2016-07",
                             "event": "2016-06-armed-clash", "system": "2016-06"}],
        "publication_date": {"gold": "2016-12-09", "system": "2016-12-09"},
        "event_matches": [{"event": "2016-04-19-attack", "key": "nds-attack"},
                          {"event": "2016-06-armed-clash", "key": "torkham-clashes"},
                          {"event": "2016-09-22-agreement", "key": "peace-deal"}],
    }
    assert articles[2]["wrong_kinds"] == [{"actor": "Hezb-e-Islami", "gold": "political_party",
                                           "system": "armed_group"}]
    assert json.loads(json.dumps(scores_to_dict(scores), sort_keys=True)) == scores_to_dict(scores)


def test_format_table_on_fixture():
    table = format_table(score(fixture_kb(), read_gold(FIXTURES / "gold.yml")))
    assert table == textwrap.dedent("""\
        metric                 precision    recall        F1  counts
        actors                    0.8333    0.5714    0.6780  tp 5, fp 1, fn 3 (found 4 of 7 gold)
        events (strict)           0.4000    0.4000    0.4000  tp 2, fp 3, fn 3
        events (relaxed)          0.8000    0.8000    0.8000  tp 4, fp 1, fn 1

        metric                     value  counts
        actor kinds               0.7500  3/4 found actors with the gold kind
        invented precision        0.5000  2/4 dated matches too precise (lower is better)
        event merging             1.0000  1/1 events in 2+ articles merged right
        over-merging              0.0000  0/3 matched events spanning 2+ keys (lower is better)
        publication dates         0.6667  2/3 articles right

        per-article misses:
          missing file: missing.txt
          a/one.txt: missed actors: Pakistan, Hezb-e-Islami
          a/one.txt: false-positive actors: pentagon
          a/one.txt: spurious events: undated-statement
          a/one.txt: wrong date: torkham-clashes is 2016-06/2016-07, 2016-06-armed-clash says 2016-06
          two.md: wrong kind: Hezb-e-Islami is political_party, system says armed_group
          two.md: wrong date: peace-deal is 2016, 2016-09-22-agreement says 2016-09-22
        """).rstrip("\n")


def test_format_table_limits_miss_lines():
    table = format_table(score(fixture_kb(), read_gold(FIXTURES / "gold.yml")), limit=2)
    assert table.splitlines()[-3:] == [
        "  missing file: missing.txt",
        "  a/one.txt: missed actors: Pakistan, Hezb-e-Islami",
        "  ... 5 more (use --json for all)",
    ]


def test_score_is_deterministic_and_ignores_unlisted_articles():
    gold = read_gold(FIXTURES / "gold.yml")
    kb = fixture_kb()
    assert score(kb, gold) == score(kb, gold)
    assert "extra" not in {a.article_id for a in score(kb, gold).articles}


# -- reading gold files ---------------------------------------------------------------


def test_read_gold_fixture():
    path = FIXTURES / "gold.yml"
    assert read_gold(path) == Gold(str(path), (
        GoldArticle("a/one.txt", "2016-12-09", (
            GoldActor("Haqqani Network", "armed_group", ("Haqqanis", "Haqqani network"), (), 6),
            GoldActor("Pakistan", "state", ("Pakistan",), ("Pakistani",), 9),
            GoldActor("Government of Afghanistan", "government", ("Afghan government", "Kabul"), (), 13),
            GoldActor("Hezb-e-Islami", "armed_group", ("Hezb-e-Islami",), (), 16),
        ), (
            GoldEvent("nds-attack", "attack", "2016-04-19", ("Haqqani Network",), 20),
            GoldEvent("torkham-clashes", "armed_clash", "2016-06/2016-07", ("Pakistan",), 24),
            GoldEvent("peace-deal", "agreement", "2016-09-22", ("Government of Afghanistan", "Hezb-e-Islami"), 28),
        ), 3),
        GoldArticle("two.md", None, (
            GoldActor("Hezb-e-Islami", "political_party", ("Hezb-e-Islami’s",), (), 35),
            GoldActor("Government of Afghanistan", "government", ("Afghan government",), (), 38),
        ), (
            GoldEvent("peace-deal", "agreement", "2016", ("Hezb-e-Islami",), 42),
        ), 32),
        GoldArticle("missing.txt", "2017-01-02", (
            GoldActor("Taliban", "armed_group", ("Taliban",), (), 49),
            GoldActor("Afghan forces", "government_agency", (), ("Afghan",), 52),
        ), (
            GoldEvent("kunduz", "attack", None, (), 57),
        ), 46),
    ))


def test_read_gold_reports_every_problem_with_path_and_line():
    path = FIXTURES / "bad_gold.yml"
    with pytest.raises(GoldError) as info:
        read_gold(path)
    assert str(info.value).splitlines() == [
        f"{path}:3: malformed publication_date '2016-13-01'; expected YYYY-MM-DD or null",
        f"{path}:6: unknown actor kind 'militia'; expected one of: state, government, government_agency, "
        "armed_group, political_party, international_org, person, other_org",
        f"{path}:10: unknown event type 'bombing'; expected one of: attack, armed_clash, explosion, protest, "
        "agreement, meeting_or_talks, statement_or_report, arrest, policy_decision, election, other",
        f"{path}:11: malformed date '19 April 2016'; expected YYYY, YYYY-MM, YYYY-MM-DD or an interval "
        "START/END of those, or null",
        f"{path}:12: event actor 'Pakistan' is not in this article's actors list",
        f"{path}:13: missing key 'key' in event",
    ]
    assert [(p.line, p.path) for p in info.value.problems][:1] == [(3, str(path))]


ARTICLE = "articles:\n  - file: one.txt\n    publication_date: null\n"
ACTOR = "    actors:\n      - {name: Taliban, kind: armed_group, surface_forms: [Taliban]}\n"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "1: empty gold file; expected a mapping with key 'articles'"),
        ("article: []\n", "1: unknown key 'article' in gold file; did you mean 'articles'?\n"
         "{path}:1: missing key 'articles' in gold file"),
        ("articles: [\n", "2: invalid YAML: expected the node content, but found '<stream end>'"),
        (ARTICLE + "    actors: []\n", "2: missing key 'events' in article"),
        (ARTICLE + "    actors:\n      - {name: Taliban, kind: armed_group, surface_form: [Taliban]}\n"
         "    events: []\n",
         "5: unknown key 'surface_form' in actor; did you mean 'surface_forms'?\n"
         "{path}:5: missing key 'surface_forms' in actor"),
        (ARTICLE + ACTOR + "    events:\n      - {key: k, type: bombing, date: null, actors: []}\n",
         "7: unknown event type 'bombing'; expected one of: attack, armed_clash, explosion, protest, agreement, "
         "meeting_or_talks, statement_or_report, arrest, policy_decision, election, other"),
        (ARTICLE + ACTOR + "    events:\n      - {key: k, type: attack, date: 2016-6, actors: []}\n",
         "7: malformed date '2016-6'; expected YYYY, YYYY-MM, YYYY-MM-DD or an interval START/END of those, "
         "or null"),
        (ARTICLE + ACTOR + "    events:\n      - {key: k, type: attack, date: 2016-02-30, actors: []}\n",
         "7: malformed date '2016-02-30'; expected YYYY, YYYY-MM, YYYY-MM-DD or an interval START/END of those, "
         "or null"),
        (ARTICLE + ACTOR + "    events:\n      - {key: k, type: attack, date: 2016-07/2016-06, actors: []}\n",
         "7: malformed date '2016-07/2016-06'; expected YYYY, YYYY-MM, YYYY-MM-DD or an interval START/END of "
         "those, or null"),
        (ARTICLE + ACTOR + "    events:\n      - key: k\n        type: attack\n        date: null\n"
         "        actors:\n          - Taliban\n          - Talibans\n",
         "12: event actor 'Talibans' is not in this article's actors list"),
        (ARTICLE.replace("null", "2016-12") + "    actors: []\n    events: []\n",
         "3: malformed publication_date '2016-12'; expected YYYY-MM-DD or null"),
        (ARTICLE + "    actors: []\n    events: []\n" + ARTICLE.replace("articles:\n", "") +
         "    actors: []\n    events: []\n",
         "6: duplicate file 'one.txt' (first at line 2)"),
        (ARTICLE + ACTOR + "      - {name: Taliban, kind: armed_group, surface_forms: []}\n    events: []\n",
         "6: duplicate actor name 'Taliban' in this article"),
        (ARTICLE + "    actors: []\n    events: []\n    notes: x\n",
         "6: unknown key 'notes' in article; expected one of: file, publication_date, actors, events"),
        (ARTICLE + "    actors: Taliban\n    events: []\n", "4: 'actors' must be a list"),
    ],
    ids=["empty", "top-level-key", "yaml-syntax", "missing-key", "unknown-actor-key", "event-type",
         "date-shape", "date-calendar", "date-interval-order", "event-actor", "publication-month",
         "duplicate-file", "duplicate-actor", "unknown-article-key", "actors-not-list"],
)
def test_read_gold_errors(tmp_path, text, message):
    path = tmp_path / "gold.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(GoldError) as info:
        read_gold(path)
    assert str(info.value) == f"{path}:" + message.format(path=path)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2016-09-22", "2016-09-22"), ('"2016-09-22"', "2016-09-22"), ("2016", "2016"), ("2016-06", "2016-06"),
     ("2016-06-01/2016-07-31", "2016-06/2016-07"), ("2016-04-19/2016-04-21", "2016-04-19/2016-04-21"),
     ("null", None)],
    ids=["yaml-date", "string-date", "year-int", "month", "interval-canonical", "day-interval", "null"],
)
def test_read_gold_event_dates(tmp_path, value, expected):
    gold = gold_from(tmp_path, ARTICLE + "    actors: []\n    events:\n"
                     f"      - {{key: k, type: attack, date: {value}, actors: []}}\n")
    assert gold.articles[0].events[0].date == expected


def test_each_article_is_scored_on_the_date_its_own_report_gives(tmp_path):
    """A merged event dated by another source does not make an undated report 'dated'."""
    two = article("two")
    merged = Event(
        id="2016-04-19-attack", type="attack", title="t", date=day("2016-04-19"), place=None,
        participants=(Participant("haqqani-network", "initiator"),),
        sources=(EventMention("one", 0, "attack", "t", "e", date=day("2016-04-19")),
                 EventMention("two", 0, "attack", "t", "e", date=None)),
    )
    kb = make_kb([ONE, two], [mention("one", "haqqani-network", "Haqqanis"),
                              mention("two", "haqqani-network", "Haqqanis")], [merged])
    gold = gold_from(tmp_path, """\
        articles:
          - file: one.txt
            publication_date: null
            actors: [{name: Haqqani Network, kind: armed_group, surface_forms: [Haqqanis]}]
            events: [{key: k, type: attack, date: "2016-04-19", actors: [Haqqani Network]}]
          - file: two.txt
            publication_date: null
            actors: [{name: Haqqani Network, kind: armed_group, surface_forms: [Haqqanis]}]
            events: [{key: k, type: attack, date: null, actors: [Haqqani Network]}]
        """)
    scores = score(kb, gold)
    assert (scores.events_strict.correct, scores.events_strict.gold) == (2, 2)
    assert scores.invented_precision.count == 0
    assert scores.merging.value == 1.0


@pytest.mark.parametrize(("gold_file", "articles_dir"), [
    ("gold/example.yml", "articles"),
    ("heldout/gold.yml", "heldout/articles"),
    ("heldout/round2/gold.yml", "heldout/round2/articles"),
    ("heldout/round3/gold.yml", "heldout/round3/articles"),
])
def test_the_bundled_gold_files_are_valid_and_cover_their_articles(repo, gold_file, articles_dir):
    gold = read_gold(repo / gold_file)
    files = sorted(p.name for p in (repo / articles_dir).iterdir() if p.suffix in (".txt", ".md"))
    assert sorted(a.file for a in gold.articles) == files
    for article in gold.articles:  # every surface form is a string of the article's text
        text = (repo / articles_dir / article.file).read_text(encoding="utf-8")
        missing = [f for a in article.actors for f in a.surface_forms if f not in text]
        assert missing == [], (article.file, missing)
