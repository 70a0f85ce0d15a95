"""An article telling one happening again in several sentences: one event, with every sentence."""
from generator.model import DateValue, EventMention, Participant
from generator.resolve.clusters import cluster_mentions
from tests.resolve.test_events import day


def em(sentence, type_, trigger, evidence, date=None, actors=(), place=None, article="a1"):
    return EventMention(article_id=article, sentence=sentence, type=type_, trigger=trigger, evidence=evidence,
                        date=date, place=place, participants=tuple(Participant(a, r) for a, r in actors))


def _sizes(mentions):
    return sorted(len(c) for c in cluster_mentions(mentions))


def test_undated_violence_told_again_is_one_happening():
    lead = em(0, "attack", "stormed", "Gunmen stormed a college in the north of the country.",
              actors=[("grp", "initiator")])
    again = em(4, "attack", "shooting", "Shooting went on through the night, witnesses said.")
    fire = em(6, "attack", "opened fire", "The attackers opened fire on students in a dormitory.")
    assert _sizes([lead, again, fire]) == [3]


def test_a_second_blast_or_another_time_is_not_the_lead():
    lead = em(0, "explosion", "explosion", "An explosion tore through a market in the capital.")
    second = em(3, "explosion", "blast", "About an hour later a second blast hit a bus station.")
    earlier = em(5, "attack", "stormed", "Only days earlier, militia members had stormed an embassy.")
    assert _sizes([lead, second, earlier]) == [1, 1, 1]


def test_a_background_event_dated_to_a_year_is_no_lead():
    old = em(1, "attack", "carried out the 2013 mall attack", "The group carried out the 2013 mall attack.",
             date=DateValue(day("2013-01-01").start, day("2013-12-31").start, "year", "explicit", "2013"))
    new = em(3, "attack", "launched a deadly attack", "Armed men raided a guesthouse by the lake.")
    assert _sizes([old, new]) == [1, 1]


def test_a_clash_is_not_merged_into_an_attack_and_doers_that_differ_stay_apart():
    attack = em(0, "attack", "raided", "Rebels raided a police post.", actors=[("rebels", "initiator")])
    clash = em(2, "armed_clash", "clashes", "Clashes were reported elsewhere in the province.")
    other = em(3, "attack", "bombed", "Government jets bombed a rebel camp.", actors=[("army", "initiator")])
    assert _sizes([attack, clash, other]) == [1, 1, 1]


def test_other_articles_are_not_joined_by_this_rule():
    a = em(0, "attack", "stormed", "Gunmen stormed a college.")
    b = em(0, "attack", "stormed", "Gunmen stormed a college.", article="a2")
    assert _sizes([a, b]) == [1, 1]


def _claim(article, sentence, who):
    return em(sentence, "statement_or_report", "claimed responsibility", "X claimed responsibility.",
              actors=[(who, "initiator")], article=article)


def test_one_group_claiming_one_happening_is_one_claim_across_articles():
    act1 = em(0, "attack", "bombing", "A bombing hit a market.", date=day("2017-05-04"), place="Kunduz",
              actors=[("grp", "initiator")], article="a1")
    act2 = em(2, "attack", "bombing", "The group claimed the bombing.", date=day("2017-05-04"), place="Kunduz",
              actors=[("grp", "initiator")], article="a2")
    rival = _claim("a2", 2, "other-grp")
    groups = cluster_mentions([act1, act2, _claim("a1", 0, "spokesman"), _claim("a2", 2, "grp"), rival],
                              parents={"spokesman": "grp"})
    claims = sorted(sorted((m.article_id, m.participants[0].actor_id) for m in g) for g in groups
                    if g[0].type == "statement_or_report")
    # the spokesman speaks for his group: one claim; a rival group's claim is another
    assert claims == [[("a1", "spokesman"), ("a2", "grp")], [("a2", "other-grp")]]


def _undated_elsewhere(weekday_hint, place="Nairobi"):
    return EventMention(article_id="a2", sentence=0, type="attack", trigger="attacked", evidence="e", place=place,
                        participants=(Participant("grp", "initiator"),), day_hint=weekday_hint)


def test_an_undated_attack_on_another_weekday_is_not_a_dated_one():
    dated = em(0, "attack", "attacked", "e", date=day("2019-01-15"), place="Nairobi",  # a Tuesday
               actors=[("grp", "initiator")], article="a1")
    assert _sizes([dated, _undated_elsewhere("W6")]) == [1, 1]  # told as a Saturday's
    assert _sizes([dated, _undated_elsewhere("W2")]) == [2]  # told as a Tuesday's


def test_an_undated_attack_from_an_article_of_unknown_time_does_not_join_a_background_year():
    year = DateValue(day("2013-01-01").start, day("2013-12-31").start, "year", "explicit", "2013")
    old = em(0, "attack", "attack", "e", date=year, place="Nairobi", actors=[("grp", "initiator")], article="a1")
    assert _sizes([old, _undated_elsewhere(None)]) == [1, 1]


def test_undated_reports_of_two_articles_of_unknown_time_merge_on_two_shared_actors():
    a = em(0, "attack", "stormed", "e", actors=[("grp", "initiator"), ("college", "target")], article="a1")
    b = em(0, "attack", "attack", "e", actors=[("grp", "initiator"), ("college", "target")], article="a2")
    c = em(0, "attack", "attack", "e", actors=[("grp", "initiator")], article="a3")  # the group alone: no
    assert _sizes([a, b, c]) == [1, 2]


def test_midnight_tolerance_saturday_night_is_sunday_morning():
    a = EventMention(article_id="a1", sentence=0, type="attack", trigger="bombing", evidence="e", place="Karrada",
                     participants=(Participant("grp", "initiator"),), day_hint="W7")
    b = EventMention(article_id="a2", sentence=0, type="attack", trigger="bombing", evidence="e", place="Karrada",
                     participants=(Participant("grp", "initiator"),), day_hint="W6")
    c = EventMention(article_id="a3", sentence=0, type="attack", trigger="bombing", evidence="e", place="Karrada",
                     participants=(Participant("grp", "initiator"),), day_hint="W3")
    assert _sizes([a, b, c]) == [1, 2]
