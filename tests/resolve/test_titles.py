"""Titles say what happened, who and where; never a bare type."""
import pytest

from generator.model import EventMention, Participant
from generator.resolve.titles import act_of, event_title

NAMES = {"grp": "Al-Shabaab", "nds": "NDS office", "us": "United States"}


def _m(trigger, type_="attack"):
    return EventMention(article_id="a", sentence=0, type=type_, trigger=trigger, evidence="e")


@pytest.mark.parametrize("triggers, type_, expected", [
    (["truck bombing", "attack", "blast"], "attack", "truck bombing"),
    (["drone strike", "airstrike", "air strike"], "attack", "air strike"),  # most reports say so
    (["shot down"], "attack", "downing"),
    (["ceasefire", "agreed"], "agreement", "ceasefire"),
    (["attacked", "attack"], "attack", None),
    (["talks"], "meeting_or_talks", None),
    (["condemned", "said"], "statement_or_report", "condemnation"),
    (["denied"], "statement_or_report", "denial"),
    (["blamed", "accused"], "statement_or_report", "accusation"),
    (["said"], "statement_or_report", None),
])
def test_the_act_most_reports_name(triggers, type_, expected):
    assert act_of(type_, [_m(t, type_) for t in triggers]) == expected


@pytest.mark.parametrize("act, parts, place, trigger, expected", [
    ("truck bombing", [("grp", "initiator"), ("nds", "target")], "Kabul", "truck bombing",
     "Al-Shabaab truck bombing of NDS office in Kabul"),
    ("air strike", [("us", "initiator"), ("grp", "target")], None, "airstrike", "United States air strike on Al-Shabaab"),
    (None, [], None, "stormed", "Attack (stormed)"),
    ("shooting", [], "Nairobi", "opened fire", "Shooting in Nairobi"),
])
def test_titles_name_the_act(act, parts, place, trigger, expected):
    participants = [Participant(a, r) for a, r in parts]
    assert event_title("attack", participants, place, NAMES, act=act, trigger=trigger) == expected


@pytest.mark.parametrize("triggers, type_, expected", [
    (["summoned"], "other", "summons of an envoy"),
    (["shut", "closure"], "policy_decision", "closure"),
    (["prisoner swap"], "other", "prisoner exchange"),
    (["annexed"], "other", "annexation"),
    (["driven out"], "other", "expulsion"),
    (["decided"], "policy_decision", None),
])
def test_what_a_decision_or_another_happening_was(triggers, type_, expected):
    assert act_of(type_, [_m(t, type_) for t in triggers]) == expected


def test_a_deed_titles_its_event():
    title = event_title("other", [Participant("us", "initiator")], None, NAMES, act="summons of an envoy")
    assert title == "Summons of an envoy by United States"


def test_a_coup_is_named_a_coup():
    assert act_of("other", [_m("seized power", "other"), _m("coup", "other")]) == "coup"
