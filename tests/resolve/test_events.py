import datetime as dt

import pytest

from generator.model import DateValue, EventMention, Participant
from generator.resolve.events import cluster_mentions, event_slug, event_title, resolve_events, resolve_events_checked
from generator.resolve.overrides import parse_overrides, read_overrides


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


# --- clustering rules (event_clusters) ---------------------------------------------------------

def rep(article, sentence, type_, trigger, evidence, date=None, actors=(), place=None):
    return EventMention(article_id=article, sentence=sentence, type=type_, trigger=trigger, evidence=evidence,
                        date=date, place=place, participants=tuple(Participant(a, r) for a, r in actors))


def groups_of(mentions, published=None):
    return sorted(sorted((m.article_id, m.sentence) for m in g) for g in cluster_mentions(mentions, published))


def test_a_month_report_naming_others_does_not_join_a_day_that_shares_nothing():
    summit = em("a1", 5, "meeting_or_talks", day("2016-12-03"))
    moscow = em("a2", 4, "meeting_or_talks", month(2016, 12), [("ru", "initiator"), ("cn", "participant")])
    assert len(cluster_mentions([moscow, summit])) == 2


def test_a_month_report_that_fits_two_days_equally_stays_apart():
    a = em("a1", 0, "agreement", day("2016-09-22"), [("gov-af", "initiator"), ("hezb", "participant")])
    b = em("a2", 0, "agreement", day("2016-09-29"), [("gov-af", "initiator"), ("hezb", "participant")])
    c = em("a3", 0, "agreement", month(2016, 9), [("hezb", "participant")])
    assert groups_of([a, b, c]) == [[("a1", 0)], [("a2", 0)], [("a3", 0)]]


def test_a_claim_of_the_same_article_joins_its_dated_event_without_actors():
    blast = rep("a1", 0, "attack", "car bomb killed", "A car bomb killed 22 people on March 31.", day("2017-03-31"))
    other = rep("a1", 2, "attack", "bomb killed", "A bomb killed 25 people in January.", month(2017, 1))
    claim = rep("a1", 1, "attack", "claimed the March bombing", "JuA claimed the March bombing.",
                month(2017, 3), [("jua", "initiator")])
    assert groups_of([blast, other, claim]) == [[("a1", 0), ("a1", 1)], [("a1", 2)]]


def test_definite_references_join_the_last_reported_happening():
    blast = rep("a1", 0, "attack", "exploded", "A truck bomb exploded in Kabul on Wednesday.",
                day("2017-05-31"), place="Kabul")
    planned = rep("a1", 3, "attack", "attack had been planned", "The NDS said the attack had been planned by X.",
                  actors=[("haq", "initiator")])
    claim = rep("a1", 4, "attack", "claimed responsibility", "Nobody else claimed responsibility, Y said.",
                actors=[("tal", "initiator")])
    assert groups_of([blast, planned, claim]) == [[("a1", 0), ("a1", 3), ("a1", 4)]]


def test_a_shooting_is_not_the_bombing_of_the_same_day():
    bombing = rep("a1", 0, "attack", "blew himself up", "A bomber blew himself up at the hospital on Monday.",
                  day("2016-08-08"), place="Quetta")
    shooting = rep("a1", 1, "attack", "shot", "He had been shot dead by gunmen earlier.")
    shooting_dated = rep("a2", 1, "attack", "shot", "A lawyer was shot dead on Monday.", day("2016-08-08"))
    assert len(cluster_mentions([bombing, shooting, shooting_dated])) == 3


def test_far_apart_towns_are_different_events():
    kabul = em("a1", 0, "attack", day("2017-04-21"), [("tal", "initiator")], "Kabul")
    mazar = em("a2", 0, "attack", day("2017-04-21"), [("tal", "initiator")], "Mazar-i-Sharif")
    district = em("a3", 0, "attack", day("2017-04-21"), [("tal", "initiator")], "Pul-e-Mahmood Khan")
    assert groups_of([kabul, mazar, district]) == [[("a1", 0), ("a3", 0)], [("a2", 0)]]


def test_undated_reports_of_an_article_join_together_then_find_their_event():
    dated = em("a1", 0, "attack", day("2016-08-08"), [("jua", "initiator")], "Quetta")
    elsewhere = em("a3", 0, "attack", day("2017-02-13"), [("jua", "initiator")], "Lahore")
    bombing = rep("a2", 0, "attack", "suicide bombing", "The toll from Monday's suicide bombing rose.",
                  place="Quetta")
    claim = rep("a2", 1, "attack", "claimed the attack", "Both IS and JuA claimed the attack.",
                actors=[("is", "initiator"), ("jua", "initiator")])
    assert groups_of([dated, elsewhere, bombing, claim]) == [[("a1", 0), ("a2", 0), ("a2", 1)], [("a3", 0)]]


def test_undated_reports_wait_within_the_weeks_before_publication():
    old = em("a1", 0, "attack", day("2016-04-19"), [("haq", "initiator")], "Kabul")
    undated = em("a2", 3, "attack", None, [("haq", "initiator")], "Kabul")
    assert len(cluster_mentions([old, undated], {"a2": day("2016-05-10")})) == 1
    assert len(cluster_mentions([old, undated], {"a2": day("2017-05-10")})) == 2
    # no publication date: the article's own dated reports give the window
    near = em("a2", 0, "arrest", day("2017-05-02"), [("police", "initiator")])
    assert len(cluster_mentions([old, undated, near], {"a2": None})) == 3


def test_an_article_of_unknown_time_matches_only_violence_and_never_statements():
    talks = em("a1", 0, "meeting_or_talks", day("2017-03-20"), [("pk", "initiator"), ("af", "participant")])
    said = em("a1", 1, "statement_or_report", day("2017-03-20"), [("pk", "initiator")])
    clash = em("a1", 2, "armed_clash", day("2017-03-20"), [("pk", "participant"), ("af", "participant")])
    undated = [em("a2", i, t, None, [("pk", "initiator"), ("af", "participant")])
               for i, t in enumerate(("meeting_or_talks", "statement_or_report", "armed_clash"))]
    assert groups_of([talks, said, clash, *undated], {"a2": None}) == [
        [("a1", 0)], [("a1", 1)], [("a1", 2), ("a2", 2)], [("a2", 0)], [("a2", 1)]]
    # one actor in common and nothing else ("a Taliban car bomb" in an undated article) is not enough
    lone = em("a2", 2, "armed_clash", None, [("pk", "initiator")])
    assert groups_of([clash, lone], {"a2": None}) == [[("a1", 2)], [("a2", 2)]]


def test_a_place_that_differs_breaks_a_tie():
    torkham = em("a1", 0, "armed_clash", day("2016-06-12"), [("af", "participant")], "Torkham")
    chaman = em("a2", 0, "armed_clash", day("2017-05-05"), [("af", "participant")])
    undated = em("a3", 0, "armed_clash", None, [("af", "participant")], "Chaman")
    assert groups_of([torkham, chaman, undated]) == [[("a1", 0)], [("a2", 0), ("a3", 0)]]


# --- curator overrides (events.yml) ------------------------------------------------------------

def test_curator_merge_and_split_apply_to_the_automatic_ids():
    a = em("a1", 0, "agreement", day("2016-09-22"), [("gov-af", "initiator"), ("hezb", "participant")])
    b = em("a2", 0, "agreement", day("2016-09-29"), [("hezb", "initiator")])
    c = em("a3", 0, "attack", day("2016-04-19"), [("haq", "initiator")], "Kabul")
    d = em("a4", 0, "attack", day("2016-04-19"), [("haq", "initiator")], "Kabul")
    auto = resolve_events([a, b, c, d], NAMES)
    assert [len(e.sources) for e in auto] == [2, 1, 1]
    text = (
        "merge:\n"
        "  - [2016-09-22-agreement-between-government-of-afghanistan-and-hezb-e-islami,\n"
        "     2016-09-29-agreement-by-hezb-e-islami]\n"
        "split:\n"
        "  - 2016-04-19-attack-by-haqqani-network-in-kabul\n"
        "  - no-such-event\n"
    )
    overrides, problems = parse_overrides(text)
    assert problems == ()
    events, problems = resolve_events_checked([a, b, c, d], NAMES, None, overrides)
    assert sorted(tuple(s.article_id for s in e.sources) for e in events) == [("a1", "a2"), ("a3",), ("a4",)]
    assert [str(p) for p in problems] == ["events.yml:6: split: no event has the id 'no-such-event'"]


@pytest.mark.parametrize(
    "text, message",
    [
        pytest.param("merge: [[only-one]]\n", "events.yml:1: a merge entry is a list of two or more event ids",
                     id="merge-of-one"),
        pytest.param("split: x\n", "events.yml:1: `split:` must be a list", id="split-not-a-list"),
        pytest.param("mrege: []\n", "events.yml:1: unknown key 'mrege' (expected merge, split)", id="typo"),
        pytest.param("merge: [\n", "events.yml:2: invalid YAML", id="bad-yaml"),
    ],
)
def test_bad_override_entries_are_reported_with_their_line(text, message):
    overrides, problems = parse_overrides(text)
    assert str(problems[0]).startswith(message)
    assert overrides.merge == () and overrides.split == ()


def test_a_missing_overrides_file_is_no_problem(tmp_path):
    assert read_overrides(tmp_path / "events.yml") == (read_overrides(None)[0], ())


# -- organisations, doers, drafts ------------------------------------------------------

PARENTS = {"usfor-a": "us-dod", "ghani": "gov-af", "hekmatyar": "hezb", "atmar": "gov-af"}


def test_a_unit_and_its_parent_organisation_report_one_strike():
    unit = em("a1", 2, "attack", day("2017-04-13"), [("usfor-a", "initiator")], "Nangarhar")
    parent = em("a2", 0, "attack", day("2017-04-13"), [("us-dod", "initiator")], "Asad Khel")
    assert len(cluster_mentions([unit, parent], parents=PARENTS)) == 1
    assert len(cluster_mentions([unit, parent])) == 2  # without the registry's parents: nothing shared


def test_a_member_joins_its_organisations_report_in_the_same_article_only():
    deal = em("a1", 0, "agreement", day("2016-09-22"), [("gov-af", "participant"), ("hezb", "participant")])
    member = em("a1", 1, "agreement", None, [("atmar", "initiator")])
    other = em("a2", 3, "agreement", None, [("ghani", "initiator")])  # another article: no
    groups = cluster_mentions([deal, member, other], {"a2": day("2016-09-25")}, parents=PARENTS)
    assert sorted(len(g) for g in groups) == [1, 2]
    assert any(member in g and deal in g for g in groups)


def test_doers_that_take_no_part_in_each_other_do_not_merge():
    clash = em("a1", 0, "armed_clash", day("2016-06-12"), [("pk", "initiator"), ("af", "participant")])
    raid = em("a2", 0, "attack", day("2016-06-12"), [("taliban", "initiator"), ("af", "target")])
    blame = em("a3", 0, "armed_clash", day("2016-06-12"), [("af", "initiator"), ("pk", "target")])
    groups = cluster_mentions([clash, raid, blame])
    assert sorted(sorted(m.article_id for m in g) for g in groups) == [["a1", "a3"], ["a2"]]


def _deal(article, sentence, date, actors, evidence):
    return EventMention(article_id=article, sentence=sentence, type="agreement", trigger="signed",
                        evidence=evidence, date=date,
                        participants=tuple(Participant(a, "participant") for a in actors))


def test_a_coarse_report_of_a_signing_is_the_signing_not_the_draft():
    draft = _deal("a1", 0, day("2016-09-22"), ["gov-af", "hezb"], "The two sides signed a draft accord.")
    signing = _deal("a2", 0, day("2016-09-29"), ["gov-af", "hezb"], "Kabul signed the accord with Hezb.")
    later = _deal("a3", 4, month(2016, 9), ["hekmatyar", "ghani"], "Hekmatyar signed a deal with Ghani in September.")
    draft_again = _deal("a4", 1, month(2016, 9), ["hezb"], "Hezb initialled the draft in September.")
    groups = cluster_mentions([draft, signing, later, draft_again], parents=PARENTS)
    assert sorted(sorted(m.article_id for m in g) for g in groups) == [["a1", "a4"], ["a2", "a3"]]


def test_an_undated_signing_does_not_join_its_articles_draft():
    draft = _deal("a1", 0, day("2016-09-22"), ["gov-af", "hezb"], "The draft was signed by both sides.")
    signing = _deal("a1", 3, None, ["ghani", "gov-af"], "Ghani added his signature to the accord.")
    assert len(cluster_mentions([draft, signing], parents=PARENTS)) == 2


def test_a_yearless_day_joins_the_event_dated_to_that_day_only():
    from dataclasses import replace
    torkham = em("a1", 0, "armed_clash", day("2016-06-12"), [("pk", "participant"), ("af", "participant")])
    chaman = em("a2", 0, "armed_clash", day("2017-05-05"), [("pk", "participant"), ("af", "participant")])
    hinted = replace(em("a3", 2, "armed_clash", None, [("af", "initiator")]), day_hint="--06-12")
    groups = cluster_mentions([torkham, chaman, hinted])  # a3 has no publication date
    assert sorted(sorted(m.article_id for m in g) for g in groups) == [["a1", "a3"], ["a2"]]
    unhinted = em("a3", 2, "armed_clash", None, [("af", "initiator")])
    assert len(cluster_mentions([torkham, chaman, unhinted])) == 3  # two candidates: no way to choose
    elsewhere = replace(hinted, day_hint="--07-01")
    assert len(cluster_mentions([torkham, chaman, elsewhere])) == 3


def test_a_death_joins_the_strike_that_killed_the_person_and_is_no_event_alone():
    from dataclasses import replace
    strike = em("a1", 0, "attack", day("2016-05-21"), [("us", "initiator"), ("mansour", "target")])
    death = replace(em("a2", 3, "attack", month(2016, 5), [("mansour", "target")]), dependent=True)
    (group,) = cluster_mentions([strike, death])
    assert group == [strike, death]
    other = replace(em("a3", 1, "attack", month(2013, 4), [("omar", "target")]), dependent=True)
    assert cluster_mentions([strike, death, other]) == [[strike, death]]


def test_two_undated_reports_of_violence_merge_only_at_one_place_with_an_actor_in_common():
    a = em("a1", 0, "attack", None, [("taliban", "initiator"), ("corps", "target")], "Mazar-i-Sharif")
    b = em("a2", 4, "attack", None, [("corps", "target")], "Mazar-i-Sharif")
    assert len(cluster_mentions([a, b])) == 1
    elsewhere = em("a2", 4, "attack", None, [("corps", "target")], "Kunduz")
    assert len(cluster_mentions([a, elsewhere])) == 2
    talks = [em("a1", 0, "meeting_or_talks", None, [("taliban", "participant")], "Doha"),
             em("a2", 1, "meeting_or_talks", None, [("taliban", "participant")], "Doha")]
    assert len(cluster_mentions(talks)) == 2  # talks recur between the same parties
    # an article with a publication date places its report in time: no guess across articles
    assert len(cluster_mentions([a, b], {"a2": day("2017-04-28")})) == 2


def test_a_death_is_not_what_a_later_definite_reference_points_to():
    from dataclasses import replace
    death = replace(em("a1", 3, "attack", None, [("mansour", "target")]), dependent=True)
    assault = replace(em("a1", 5, "attack", None, [("corps", "target")], "Mazar-i-Sharif"),
                      trigger="assault", evidence="The announcement came after the assault on the corps.")
    strike = em("a2", 0, "attack", day("2016-05-21"), [("us", "initiator"), ("mansour", "target")])
    groups = cluster_mentions([death, assault, strike])
    assert sorted(sorted((m.article_id, m.sentence) for m in g) for g in groups) == [
        [("a1", 3), ("a2", 0)], [("a1", 5)]]


def test_the_same_person_resigning_in_two_undated_articles_is_one_resignation():
    from dataclasses import replace
    a = replace(em("a1", 9, "other", None, [("habibi", "initiator")]), trigger="resigned")
    b = replace(em("a2", 6, "other", None, [("habibi", "initiator"), ("shahim", "participant")]),
                trigger="stepped down")
    assert len(cluster_mentions([a, b])) == 1
    summoned = replace(b, trigger="summoned")
    assert len(cluster_mentions([a, summoned])) == 2  # a summons recurs


def test_the_bombing_is_not_the_military_operation_told_before_it():
    from dataclasses import replace
    operation = replace(em("a1", 0, "attack", None, [("pk", "initiator")]), trigger="launched a nationwide operation")
    bombing = replace(em("a1", 5, "attack", None, [], "Lahore"), trigger="suicide bombing",
                      evidence="Officials blamed a faction for the suicide bombing of a rally in Lahore.")
    assert len(cluster_mentions([operation, bombing])) == 2


def test_titles_say_appointment_or_resignation_when_the_reports_do():
    from dataclasses import replace
    named = replace(em("a1", 0, "policy_decision", day("2016-11-26"), [("pk", "initiator"), ("haq", "target")]),
                    trigger="appointed")
    (event,) = resolve_events([named], NAMES)
    assert event.title == "Appointment of Haqqani Network by Pakistan Armed Forces"
    quit_ = replace(em("a1", 1, "other", day("2016-11-26"), [("af", "initiator")]), trigger="stepped down")
    (event,) = resolve_events([quit_], NAMES)
    assert event.title == "Resignation of Afghan Forces"
    banned = replace(named, trigger="banned")
    assert resolve_events([banned], NAMES)[0].title == "Pakistan Armed Forces ban on Haqqani Network"


def test_what_one_side_said_is_not_what_another_said_in_the_same_article():
    # a denial and a blame naming a unit of the denier: two statements, even with shared lineage
    denial = em("a", 0, "statement_or_report", actors=[("tal", "initiator")])
    blame = em("a", 1, "statement_or_report", actors=[("nds", "initiator"), ("haq", "participant")])
    again = em("a", 2, "statement_or_report", actors=[("tal", "initiator")])
    groups = sorted(sorted((m.article_id, m.sentence) for m in g)
                    for g in cluster_mentions([denial, blame, again], {"a": None}, parents={"haq": "tal"}))
    assert groups == [[("a", 0), ("a", 2)], [("a", 1)]]


def test_undated_deals_of_the_same_sides_and_arrests_of_the_same_person_merge_across_articles():
    # articles of unknown time: nothing says they are apart, and the same sides or the same detainee say they are one
    deal_a = em("a", 0, "agreement", actors=[("arm", "participant"), ("aze", "participant"), ("rus", "participant")])
    deal_b = em("b", 3, "agreement", actors=[("arm", "participant"), ("aze", "participant")])
    one_side = em("c", 1, "agreement", actors=[("arm", "participant")])
    held_a = em("a", 2, "arrest", actors=[("army", "initiator"), ("bashir", "target")])
    held_b = em("b", 5, "arrest", actors=[("bashir", "target")])
    other = em("c", 4, "arrest", actors=[("army", "initiator"), ("minister", "target")])
    groups = groups_of([deal_a, deal_b, one_side, held_a, held_b, other], {"a": None, "b": None, "c": None})
    assert [("a", 0), ("b", 3)] in groups and [("a", 2), ("b", 5)] in groups
    assert [("c", 1)] in groups and [("c", 4)] in groups
