"""Who says so: a claim of responsibility, a blame ("X accused Y"), a mere source ("according
to X", "X said"); and people who stand for an organisation (a leader, a spokesman) on its side.

All sentences are written for these tests.
"""
from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.events.actor_index import ActorIndex
from generator.extract.events.mentions import extract_events
from generator.extract.events.sides import event_sides, fold_representatives, fold_speakers, speaker_sides
from generator.extract.nlp import load_nlp
from generator.model import Actor, Article, DateValue, EventMention, Mention, Participant, Registry, Sentence
from generator.resolve.events import resolve_events, resolve_events_checked

ACTORS = {
    "afghan-forces": ("Afghan forces", "armed_group", ()),
    "afghan-government": ("Afghan government", "government", ("Kabul",)),
    "gulbuddin-hekmatyar": ("Gulbuddin Hekmatyar", "person", ("Hekmatyar",)),
    "haqqani-network": ("Haqqani Network", "armed_group", ()),
    "hezb-e-islami": ("Hezb-e-Islami", "political_party", ()),
    "india": ("India", "state", ()),
    "interior-ministry": ("Interior Ministry", "government_agency", ()),
    "pakistan": ("Pakistan", "state", ()),
    "pentagon": ("Pentagon", "government_agency", ()),
    "police": ("police", "government_agency", ()),
    "taliban": ("Taliban", "armed_group", ()),
    "zabihullah-mujahid": ("Zabihullah Mujahid", "person", ()),
}
REGISTRY = Registry(
    actors=tuple(Actor(i, name, kind, aliases=aliases) for i, (name, kind, aliases) in sorted(ACTORS.items())),
    places=("Kunduz", "Helmand", "Chaman"),
)
WEDNESDAY = dt.date(2017, 5, 31)


@pytest.fixture(scope="module")
def nlp():
    return load_nlp(REGISTRY)


def extract(nlp, *paragraphs: str) -> tuple[EventMention, ...]:
    day = DateValue(WEDNESDAY, WEDNESDAY, "day", "explicit", WEDNESDAY.isoformat())
    article = Article(id="a", path="a.txt", title="t", paragraphs=paragraphs, content_hash="h", published=day)
    pairs, mentions = [], []
    for p, doc in enumerate(nlp.pipe(paragraphs)):
        for span in doc.sents:
            sentence = Sentence(len(pairs), p, span.start_char, span.end_char, span.text)
            pairs.append((sentence, span))
            for ent in span.ents:
                if ent.label_ == "ACTOR":
                    start = ent.start_char - span.start_char
                    mentions.append(Mention("a", sentence.index, start, start + len(ent.text), ent.text, ent.ent_id_))
    return extract_events(article, pairs, sorted(mentions))


def said(e: EventMention) -> dict:
    return {"type": e.type, "initiators": {p.actor_id for p in e.participants if p.role == "initiator"},
            **{k: getattr(e, k) for k in ("claimed_by", "blamed_by", "blamed_on", "source") if getattr(e, k)}}


def the_act(events: tuple[EventMention, ...]) -> dict:
    acts = [e for e in events if e.type != "statement_or_report"]
    assert len(acts) == 1, [(e.type, e.trigger) for e in events]
    return said(acts[0])


@pytest.mark.parametrize("text, expected", [
    pytest.param("The Taliban claimed responsibility for the bombing of a checkpoint in Helmand on Sunday.",
                 {"type": "attack", "initiators": {"taliban"}, "claimed_by": "taliban"}, id="claimed-responsibility"),
    pytest.param("The Taliban said they had attacked a police post in Kunduz on Monday.",
                 {"type": "attack", "initiators": {"taliban"}, "claimed_by": "taliban"}, id="says-it-did-it"),
    pytest.param("The Interior Ministry accused the Haqqani Network of bombing a bank in Kunduz on 2 May 2017.",
                 {"type": "attack", "initiators": {"haqqani-network"}, "blamed_by": "interior-ministry",
                  "blamed_on": "haqqani-network"}, id="accused-of"),
    pytest.param("India blamed the Haqqani Network for a raid on an army base in Kunduz on 2 May 2017.",
                 {"type": "attack", "initiators": {"haqqani-network"}, "blamed_by": "india",
                  "blamed_on": "haqqani-network"}, id="blamed-for"),
    pytest.param("According to the police, the Taliban attacked a hotel in Kunduz on Tuesday.",
                 {"type": "attack", "initiators": {"taliban"}, "source": "police"}, id="according-to"),
    pytest.param("Taliban fighters stormed a base in Helmand on Monday, the Pentagon said.",
                 {"type": "attack", "initiators": {"taliban"}, "source": "pentagon"}, id="said-after"),
    pytest.param("The police said the Taliban had attacked a checkpoint in Helmand on Monday.",
                 {"type": "attack", "initiators": {"taliban"}, "source": "police"}, id="said-before"),
    pytest.param("Gunmen attacked a hotel in Kunduz on Tuesday, the police said.",
                 {"type": "attack", "initiators": set(), "source": "police"}, id="speaker-is-no-initiator"),
])
def test_claim_blame_and_source_are_told_apart(nlp, text, expected):
    assert the_act(extract(nlp, text)) == expected


def test_a_claim_is_also_a_statement_of_the_claimant_but_a_source_makes_none(nlp):
    claimed = extract(nlp, "The Taliban claimed responsibility for the bombing of a checkpoint in Helmand on Sunday.")
    assert [(e.type, e.trigger, {p.actor_id for p in e.participants}) for e in claimed
            if e.type == "statement_or_report"] == [("statement_or_report", "claimed responsibility", {"taliban"})]
    sourced = extract(nlp, "Taliban fighters stormed a base in Helmand on Monday, the Pentagon said.")
    assert [e.type for e in sourced] == ["attack"]


def test_no_event_says_claimed_by_for_a_mere_source(nlp):
    for text in ("According to the police, the Taliban attacked a hotel in Kunduz on Tuesday.",
                 "The Interior Ministry accused the Haqqani Network of bombing a bank in Kunduz on 2 May 2017.",
                 "Gunmen attacked a hotel in Kunduz on Tuesday, the police said."):
        assert all(e.claimed_by is None for e in extract(nlp, text)), text


def test_a_spokesman_claims_for_his_group_and_is_listed_as_its_representative(nlp):
    events = extract(nlp, "Taliban spokesman Zabihullah Mujahid claimed responsibility for the attack on a police "
                          "post in Kunduz on Monday.")
    act = next(e for e in events if e.type == "attack")
    assert act.claimed_by == "taliban"
    assert act.representatives == (("zabihullah-mujahid", "taliban"),)
    # on the Taliban's side, not a second party
    assert {p.actor_id for p in act.participants if p.role == "initiator"} == {"taliban", "zabihullah-mujahid"}


def test_a_bare_claim_by_a_spokesman_is_his_group_s_claim(nlp):
    events = extract(nlp, "Gunmen attacked a police post in Kunduz on Monday.",
                     "Taliban spokesman Zabihullah Mujahid claimed responsibility.")
    claim = next(e for e in events if e.sentence == 1 and e.type == "attack")
    assert claim.claimed_by == "taliban"
    assert claim.representatives == (("zabihullah-mujahid", "taliban"),)
    statement = next(e for e in events if e.type == "statement_or_report")
    assert [p.actor_id for p in statement.participants] == ["taliban"]


def test_a_leader_named_as_such_is_on_his_party_s_side(nlp):
    (deal,) = extract(nlp, "The Afghan government signed a peace deal with Hezb-e-Islami and its leader, "
                           "Gulbuddin Hekmatyar, on 4 May 2017.")
    roles = {p.actor_id: p.role for p in deal.participants}
    assert roles["gulbuddin-hekmatyar"] == roles["hezb-e-islami"]
    assert deal.representatives == (("gulbuddin-hekmatyar", "hezb-e-islami"),)


@pytest.mark.parametrize("text, sides, speaks", [
    pytest.param("Taliban spokesman Zabihullah Mujahid spoke to reporters.",
                 {"zabihullah-mujahid": "taliban"}, {"zabihullah-mujahid": "taliban"}, id="title-before-name"),
    pytest.param("Zabihullah Mujahid, a spokesman for the Taliban, spoke to reporters.",
                 {"zabihullah-mujahid": "taliban"}, {"zabihullah-mujahid": "taliban"}, id="spokesman-for"),
    pytest.param("Gulbuddin Hekmatyar, the leader of Hezb-e-Islami, spoke to reporters.",
                 {"gulbuddin-hekmatyar": "hezb-e-islami"}, {}, id="leader-of"),
    pytest.param("Gulbuddin Hekmatyar and the Taliban spoke to reporters.", {}, {}, id="no-such-words"),
])
def test_who_the_text_says_stands_for_whom(nlp, text, sides, speaks):
    doc = nlp(text)
    span = doc[:]
    mentions = [Mention("a", 0, e.start_char, e.end_char, e.text, e.ent_id_) for e in doc.ents if e.label_ == "ACTOR"]
    assert speaker_sides(span, ActorIndex(span, mentions)) == (sides, speaks)


def test_folding_a_person_into_an_organisation_takes_the_stronger_role():
    parts = (Participant("gulbuddin-hekmatyar", "initiator"), Participant("afghan-government", "initiator"),
             Participant("hezb-e-islami", "participant"))
    folded, reps = fold_speakers(parts, {"gulbuddin-hekmatyar": "hezb-e-islami"})
    assert {(p.actor_id, p.role) for p in folded} == {
        ("gulbuddin-hekmatyar", "initiator"), ("afghan-government", "initiator"), ("hezb-e-islami", "initiator")}
    assert reps == (("gulbuddin-hekmatyar", "hezb-e-islami"),)
    # a person whose organisation does not take part is left alone (the leader killed in a strike)
    alone = (Participant("pakistan", "initiator"), Participant("gulbuddin-hekmatyar", "target"))
    assert fold_speakers(alone, {"gulbuddin-hekmatyar": "hezb-e-islami"}) == (alone, ())


def _mention(article: str, *parts: tuple[str, str]) -> EventMention:
    day = DateValue(dt.date(2016, 9, 29), dt.date(2016, 9, 29), "day", "explicit", "29 September 2016")
    return EventMention(article, 0, "agreement", "signed", "(evidence)", date=day,
                        participants=tuple(Participant(a, r) for a, r in parts))


def test_the_registry_parent_keeps_a_leader_from_being_his_party_s_counterpart():
    names = {i: name for i, (name, _, _) in ACTORS.items()}
    a = _mention("a", ("afghan-government", "initiator"), ("gulbuddin-hekmatyar", "participant"))
    b = _mention("b", ("afghan-government", "initiator"), ("hezb-e-islami", "participant"))
    ((event,), _) = resolve_events_checked([a, b], names, represents={"gulbuddin-hekmatyar": "hezb-e-islami"})
    assert event.title == "Agreement between Afghan government and Hezb-e-Islami"
    assert "Hekmatyar" not in event.title
    # the leader still takes part (his page lists the deal), on his party's side
    assert {(p.actor_id, p.role) for p in event.participants} == {
        ("afghan-government", "initiator"), ("gulbuddin-hekmatyar", "participant"), ("hezb-e-islami", "participant")}
    (plain,) = resolve_events([a, b], names)
    assert "Gulbuddin Hekmatyar" in plain.title  # without the registry's word, nothing is folded


def test_one_report_folds_by_the_registry_parent_and_the_sides_leave_the_person_out():
    m = _mention("a", ("gulbuddin-hekmatyar", "initiator"), ("hezb-e-islami", "participant"),
                 ("afghan-government", "participant"))
    folded = fold_representatives(m, {"gulbuddin-hekmatyar": "hezb-e-islami"}, {"gulbuddin-hekmatyar"})
    assert folded.representatives == (("gulbuddin-hekmatyar", "hezb-e-islami"),)
    parts, sides = event_sides(folded.participants, {}, [folded])
    assert [p.actor_id for p in sides] == ["hezb-e-islami", "afghan-government"]
    assert fold_representatives(m, {}, set()) is m
