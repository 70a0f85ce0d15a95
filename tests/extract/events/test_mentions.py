"""Event mentions from parsed sentences: type, date, place, roles, attribution, casualties.

All sentences are written for these tests. Mentions are built from the registry's ACTOR
entities (and a capital as the subject of a verb, standing for its government), the way the
actor extractor hands them over: offsets relative to the sentence text.
"""
from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.events.casualties import find_casualties
from generator.extract.events.mentions import extract_events
from generator.extract.nlp import load_nlp
from generator.model import (
    Actor,
    Article,
    Casualties,
    DateValue,
    EventMention,
    Mention,
    Participant,
    Registry,
    Sentence,
)

ACTORS = {
    "afghan-army": ("Afghan army", ()),
    "afghan-forces": ("Afghan forces", ()),
    "afghan-government": ("Afghan government", ()),
    "foreign-office": ("Foreign Office", ()),
    "gulbuddin-hekmatyar": ("Gulbuddin Hekmatyar", ("Hekmatyar",)),
    "haqqani-network": ("Haqqani Network", ("Haqqanis",)),
    "hezb-e-islami": ("Hezb-e-Islami", ()),
    "india": ("India", ()),
    "interior-ministry": ("Interior Ministry", ()),
    "jamaat-ul-ahrar": ("Jamaat-ul-Ahrar", ()),
    "pakistan": ("Pakistan", ()),
    "pakistan-army": ("Pakistani troops", ()),
    "pentagon": ("Pentagon", ()),
    "police": ("police", ()),
    "pti": ("Pakistan Tehreek-e-Insaf", ("PTI",)),
    "taliban": ("Taliban", ()),
    "un-security-council": ("UN Security Council", ()),
    "united-states": ("United States", ("US",)),
    "us-congress": ("US Congress", ("Congress",)),
}
METONYMS = {"Kabul": "afghan-government", "Islamabad": "pakistan"}
REGISTRY = Registry(
    actors=tuple(Actor(i, name, "other_org", aliases=aliases) for i, (name, aliases) in sorted(ACTORS.items())),
    places=("Torkham", "Chaman", "Kunduz", "Helmand"),
)
WEDNESDAY = dt.date(2017, 5, 31)


@pytest.fixture(scope="module")
def nlp():
    return load_nlp(REGISTRY)


def published(day: dt.date | None) -> DateValue | None:
    return DateValue(day, day, "day", "explicit", day.isoformat()) if day else None


def extract(nlp, *paragraphs: str, pub: dt.date | None = None) -> tuple[EventMention, ...]:
    article = Article(id="a", path="a.txt", title="t", paragraphs=paragraphs, content_hash="h",
                      published=published(pub))
    pairs, mentions = [], []
    for p, doc in enumerate(nlp.pipe(paragraphs)):
        for span in doc.sents:
            sentence = Sentence(len(pairs), p, span.start_char, span.end_char, span.text)
            pairs.append((sentence, span))
            for ent in span.ents:
                actor = ent.ent_id_ if ent.label_ == "ACTOR" else None
                if ent.label_ == "GPE" and ent.text in METONYMS and ent.root.dep_ == "nsubj":
                    actor = METONYMS[ent.text]
                if actor:
                    start = ent.start_char - span.start_char
                    mentions.append(Mention("a", sentence.index, start, start + len(ent.text), ent.text, actor))
    return extract_events(article, pairs, sorted(mentions))


def summary(e: EventMention) -> dict:
    return {
        "type": e.type,
        "date": e.date.iso() if e.date else None,
        "place": e.place,
        "participants": {(p.actor_id, p.role) for p in e.participants},
        "claimed_by": e.claimed_by,
        "casualties": (e.casualties.killed, e.casualties.wounded),
        # a blame or a mere source only where the case expects one
        **{k: getattr(e, k) for k in ("blamed_by", "blamed_on", "source") if getattr(e, k)},
    }


def only(events: tuple[EventMention, ...]) -> dict:
    assert len(events) == 1, [(e.type, e.trigger) for e in events]
    return summary(events[0])


def test_attack_whole_value(nlp):
    text = ("Taliban fighters attacked a police checkpoint in Helmand on March 3, 2017, "
            "killing at least 12 policemen.")
    (event,) = extract(nlp, text)
    assert event == EventMention(
        article_id="a", sentence=0, type="attack", trigger="attacked", evidence=text,
        date=DateValue(dt.date(2017, 3, 3), dt.date(2017, 3, 3), "day", "explicit", "March 3, 2017"),
        place="Helmand",
        participants=(Participant("taliban", "initiator"), Participant("police", "target")),
        claimed_by=None,
        casualties=Casualties(killed="at least 12", wounded=None),
    )


CASES = [
    pytest.param(
        "At least 28 people were killed and more than 320 wounded when a truck bomb exploded near "
        "a market in Kunduz on Tuesday.",
        {"type": "attack", "date": "2017-05-30", "place": "Kunduz", "participants": set(),
         "claimed_by": None, "casualties": ("at least 28", "more than 320")},
        id="explosion-weekday-before-publication"),
    pytest.param(
        "Clashes between the Afghan army and the Taliban in Kunduz on 3 May 2017 left 40 dead.",
        {"type": "armed_clash", "date": "2017-05-03", "place": "Kunduz",
         "participants": {("afghan-army", "participant"), ("taliban", "participant")},
         "claimed_by": None, "casualties": ("40", None)},
        id="clash-between-two-sides"),
    pytest.param(
        "Pakistan and India exchanged fire along the border on Sunday night, officials said.",
        {"type": "armed_clash", "date": "2017-05-28", "place": None,
         "participants": {("india", "participant"), ("pakistan", "participant")},
         "claimed_by": None, "casualties": (None, None)},
        id="exchange-of-fire"),
    pytest.param(
        "On May 4, 2017, Kabul signed a peace deal with the Hezb-e-Islami led by Gulbuddin Hekmatyar, "
        "the Interior Ministry said.",
        {"type": "agreement", "date": "2017-05-04", "place": None,
         "participants": {("afghan-government", "initiator"), ("hezb-e-islami", "participant")},
         "claimed_by": None, "source": "interior-ministry", "casualties": (None, None)},
        id="agreement-capital-as-government-leader-not-participant"),
    pytest.param(
        "The Interior Ministry said the Haqqani Network had carried out the bombing of a bank in "
        "Kunduz on 2 April 2017.",
        {"type": "attack", "date": "2017-04-02", "place": "Kunduz",
         "participants": {("haqqani-network", "initiator")},
         "claimed_by": None, "source": "interior-ministry", "casualties": (None, None)},
        id="attributed-claim-source-not-participant"),
    pytest.param(
        "The Foreign Office accused India of carrying out a drone strike in Kashmir on 5 April 2017.",
        {"type": "attack", "date": "2017-04-05", "place": "Kashmir",
         "participants": {("india", "initiator")},
         "claimed_by": None, "blamed_by": "foreign-office", "blamed_on": "india", "casualties": (None, None)},
        id="accusation"),
    pytest.param(
        "The Taliban claimed responsibility for the bombing, which killed five soldiers in Helmand on Sunday.",
        {"type": "attack", "date": "2017-05-28", "place": "Helmand",
         "participants": {("taliban", "initiator")},
         "claimed_by": "taliban", "casualties": ("five", None)},
        id="claim-of-responsibility"),
    pytest.param(
        "Five soldiers were killed in an ambush by the Taliban in Kunduz on Monday.",
        {"type": "attack", "date": "2017-05-29", "place": "Kunduz",
         "participants": {("taliban", "initiator")},
         "claimed_by": None, "casualties": ("five", None)},
        id="passive-victims-noun-event-by-agent"),
    pytest.param(
        "The police arrested three suspects in Peshawar on Monday.",
        {"type": "arrest", "date": "2017-05-29", "place": "Peshawar",
         "participants": {("police", "initiator")}, "claimed_by": None, "casualties": (None, None)},
        id="arrest"),
    pytest.param(
        "Thousands of PTI supporters protested in Lahore on Sunday against the Afghan government.",
        {"type": "protest", "date": "2017-05-28", "place": "Lahore",
         "participants": {("pti", "initiator"), ("afghan-government", "target")},
         "claimed_by": None, "casualties": (None, None)},
        id="protest"),
    pytest.param(
        "Pakistan closed the Torkham border on February 16, 2017.",
        {"type": "policy_decision", "date": "2017-02-16", "place": "Torkham",
         "participants": {("pakistan", "initiator")}, "claimed_by": None, "casualties": (None, None)},
        id="border-closure"),
    pytest.param(
        "The UN Security Council removed Gulbuddin Hekmatyar from its sanctions list on 3 February 2017.",
        {"type": "policy_decision", "date": "2017-02-03", "place": None,
         "participants": {("un-security-council", "initiator"), ("gulbuddin-hekmatyar", "target")},
         "claimed_by": None, "casualties": (None, None)},
        id="delisting"),
    pytest.param(
        "US and Taliban negotiators met in Doha on Saturday.",
        {"type": "meeting_or_talks", "date": "2017-05-27", "place": "Doha",
         "participants": {("united-states", "participant"), ("taliban", "participant")},
         "claimed_by": None, "casualties": (None, None)},
        id="meeting"),
    pytest.param(
        "The Pentagon told the US Congress on Friday that the border was still closed.",
        {"type": "statement_or_report", "date": "2017-05-26", "place": None,
         "participants": {("pentagon", "initiator"), ("us-congress", "participant")},
         "claimed_by": None, "casualties": (None, None)},
        id="statement-to-congress"),
    pytest.param(
        "In its annual report, the Pentagon said the group was still a threat.",
        {"type": "statement_or_report", "date": None, "place": None,
         "participants": {("pentagon", "initiator")}, "claimed_by": None, "casualties": (None, None)},
        id="said-in-a-report"),
    pytest.param(
        "The Foreign Office said on Sunday that the border would stay closed.",
        {"type": "statement_or_report", "date": "2017-05-28", "place": None,
         "participants": {("foreign-office", "initiator")}, "claimed_by": None, "casualties": (None, None)},
        id="dated-statement-of-a-named-body"),
    pytest.param(
        "Afghan forces opened fire on Pakistani troops near Chaman on Friday.",
        {"type": "armed_clash", "date": "2017-05-26", "place": "Chaman",
         "participants": {("afghan-forces", "participant"), ("pakistan-army", "participant")},
         "claimed_by": None, "casualties": (None, None)},
        id="forces-firing-on-forces-is-a-clash"),
    pytest.param(
        "Hekmatyar praised the peace deal that the Afghan government signed with Hezb-e-Islami on "
        "22 September 2016.",
        {"type": "agreement", "date": "2016-09-22", "place": None,
         "participants": {("afghan-government", "initiator"), ("hezb-e-islami", "participant")},
         "claimed_by": None, "casualties": (None, None)},
        id="agreement-in-a-relative-clause"),
    pytest.param(
        "The Interior Ministry said the attack had been planned by the Haqqani Network.",
        {"type": "attack", "date": None, "place": None,
         "participants": {("haqqani-network", "initiator")},
         "claimed_by": None, "source": "interior-ministry", "casualties": (None, None)},
        id="passive-planned-by"),
    pytest.param(
        "Pakistan summoned the Afghan ambassador on Monday.",
        {"type": "other", "date": "2017-05-29", "place": None,
         "participants": {("pakistan", "initiator")}, "claimed_by": None, "casualties": (None, None)},
        id="envoy-summoned"),
    pytest.param(
        "The Chaman crossing has been closed since 16 May 2017.",
        {"type": "policy_decision", "date": "2017-05-16", "place": None,
         "participants": set(), "claimed_by": None, "casualties": (None, None)},
        id="closed-since-a-date"),
    pytest.param(
        "A truce was agreed between the Taliban and the Afghan government in Helmand on Monday.",
        {"type": "agreement", "date": "2017-05-29", "place": "Helmand",
         "participants": {("taliban", "participant"), ("afghan-government", "participant")},
         "claimed_by": None, "casualties": (None, None)},
        id="passive-agreed-truce"),
    pytest.param(
        "The draft, agreed by mediators in Doha on 3 March 2017, was never published.",
        {"type": "agreement", "date": "2017-03-03", "place": "Doha",
         "participants": set(), "claimed_by": None, "casualties": (None, None)},
        id="participle-agreed-text"),
    pytest.param(
        "Hekmatyar added his signature to the accord in Kabul on Monday.",
        {"type": "agreement", "date": "2017-05-29", "place": "Kabul",
         "participants": {("gulbuddin-hekmatyar", "initiator")}, "claimed_by": None, "casualties": (None, None)},
        id="added-a-signature"),
    pytest.param(
        "On Monday the Taliban appointed Gulbuddin Hekmatyar as their envoy to the talks.",
        {"type": "policy_decision", "date": "2017-05-29", "place": None,
         "participants": {("taliban", "initiator"), ("gulbuddin-hekmatyar", "target")},
         "claimed_by": None, "casualties": (None, None)},
        id="appointed-as"),
    pytest.param(
        "On Monday the Taliban named Gulbuddin Hekmatyar as chairman of their council.",
        {"type": "policy_decision", "date": "2017-05-29", "place": None,
         "participants": {("taliban", "initiator"), ("gulbuddin-hekmatyar", "target")},
         "claimed_by": None, "casualties": (None, None)},
        id="named-to-a-post"),
    pytest.param(
        "Hekmatyar on Monday accused Pakistan of sheltering the Taliban, telling the US Congress that the "
        "militants would not last a month without their sanctuaries.",
        {"type": "statement_or_report", "date": "2017-05-29", "place": None,
         "participants": {("gulbuddin-hekmatyar", "initiator"), ("us-congress", "participant"),
                          ("pakistan", "participant"), ("taliban", "participant")},  # whom he accused, of what
         "claimed_by": None, "casualties": (None, None)},
        id="the-accuser-speaks-not-the-accused"),
    pytest.param(
        "On Friday the judges of the Supreme Court ruled that Hekmatyar could not stand for parliament.",
        {"type": "policy_decision", "date": "2017-05-26", "place": None, "participants": set(),
         "claimed_by": None, "casualties": (None, None)},
        id="a-court-ruling"),
    pytest.param(
        "Hekmatyar stepped down as leader of the Taliban on Monday.",
        {"type": "other", "date": "2017-05-29", "place": None,
         "participants": {("gulbuddin-hekmatyar", "initiator"), ("taliban", "participant")},
         "claimed_by": None, "casualties": (None, None)},
        id="stepped-down"),
    pytest.param(
        "On Monday the United States used a drone against a Taliban compound in Helmand.",
        {"type": "attack", "date": "2017-05-29", "place": "Helmand",
         "participants": {("united-states", "initiator"), ("taliban", "target")},
         "claimed_by": None, "casualties": (None, None)},
        id="used-a-weapon-against"),
    pytest.param(
        "Hekmatyar is widely credited with the military offensive against the Taliban in Helmand.",
        {"type": "attack", "date": None, "place": "Helmand", "participants": {("taliban", "target")},
         "claimed_by": None, "casualties": (None, None)},
        id="an-offensive-against-a-named-actor"),
    pytest.param(
        "On Monday a mob lynched a student at the university in Kunduz.",
        {"type": "attack", "date": "2017-05-29", "place": "Kunduz", "participants": set(),
         "claimed_by": None, "casualties": (None, None)},
        id="lynched"),
    pytest.param(
        "On Monday the Pentagon launched Operation Freedom's Sentinel across Afghanistan.",
        {"type": "attack", "date": "2017-05-29", "place": "Afghanistan",
         "participants": {("pentagon", "initiator")}, "claimed_by": None, "casualties": (None, None)},
        id="launched-a-named-operation"),
    pytest.param(
        "Hekmatyar had announced in January 2017 that he would not seek another term.",
        {"type": "statement_or_report", "date": "2017-01", "place": None,
         "participants": {("gulbuddin-hekmatyar", "initiator")}, "claimed_by": None, "casualties": (None, None)},
        id="announced-in-a-month"),
    pytest.param(
        "Lawyers across Helmand boycotted the courts on Tuesday to mourn their colleagues.",
        {"type": "protest", "date": "2017-05-30", "place": "Helmand", "participants": set(),
         "claimed_by": None, "casualties": (None, None)},
        id="boycotted"),
    pytest.param(
        "The US Congress withheld 300 million dollars in aid to Pakistan on Friday.",
        {"type": "policy_decision", "date": "2017-05-26", "place": None,
         "participants": {("us-congress", "initiator"), ("pakistan", "participant")},
         "claimed_by": None, "casualties": (None, None)},
        id="withheld-aid"),
    pytest.param(
        "Hekmatyar, who was made governor of Helmand on Monday, arrived in the province.",
        {"type": "policy_decision", "date": "2017-05-29", "place": None,  # the post's province, not a place
         "participants": {("gulbuddin-hekmatyar", "target")}, "claimed_by": None, "casualties": (None, None)},
        id="made-governor"),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_one_event_per_sentence(nlp, text, expected):
    """One event besides the claim of responsibility, a statement of its own (tested below)."""
    events = tuple(e for e in extract(nlp, text, pub=WEDNESDAY) if e.type != "statement_or_report"
                   or e.trigger not in ("claimed responsibility", "accused", "blamed") or expected["type"] == e.type)
    assert only(events) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Pakistan did not attack the border post, the ministry said.", id="negated"),
        pytest.param("No attacks were reported in Helmand on Monday.", id="no-attack"),
        pytest.param("The Taliban could attack the city if the talks fail.", id="hypothetical"),
        pytest.param("Officials fear that militants may launch fresh attacks.", id="feared"),
        pytest.param("The two sides will sign an agreement next week.", id="future"),
        pytest.param("Pakistan plans to reopen the Torkham border.", id="planned"),
        pytest.param("The two leaders are expected to meet in Doha on Friday.", id="expected"),
        pytest.param("Islamabad has repeatedly called for talks with the Taliban.", id="called-for"),
        pytest.param("Militants often attack convoys on the highway.", id="generic-present"),
        pytest.param("Did the army attack the village?", id="question"),
        pytest.param("The group remained the main threat in the region, the report said.", id="attribution-only"),
        pytest.param("The Haqqanis continued to plan attacks from safe havens.", id="planning"),
        pytest.param("Analysts said the attack planning had moved across the border.", id="compound-modifier"),
        pytest.param("A Foreign Office official said on Sunday that the talks had stalled.", id="anonymous-source"),
        pytest.param("The commission reviewed papers filed for the 2013 general election.", id="year-as-name"),
        pytest.param("President Ashraf Ghani visited the base on Saturday.", id="visit-is-not-talks"),
        pytest.param("Pakistan agreed to host the next round in Islamabad.", id="consent-not-agreement"),
        pytest.param("The plan was agreed to be a mistake by most analysts.", id="agreed-opinion"),
        pytest.param("The figures agreed by the two ministries will be published next week.", id="agreed-figures"),
        pytest.param("Hekmatyar put his signature to a petition against the curfew on Monday.", id="signed-a-petition"),
        pytest.param("On Monday the Pentagon named the Haqqani Network as the main threat.", id="named-as-a-threat"),
        pytest.param("The Taliban chose Helmand as the venue on Monday.", id="chose-a-place"),
        pytest.param("The Taliban ruled Kandahar on Monday as they had for years.", id="ruled-a-place"),
        pytest.param("On Monday the Taliban stepped up attacks in Helmand.", id="stepped-up"),
        pytest.param("Surgeons began the operation on Monday in Kunduz.", id="a-surgical-operation"),
        pytest.param("Attacks against the Taliban have increased in Helmand.", id="generic-attacks-against"),
    ],
)
def test_not_reported_as_happening(nlp, text):
    assert extract(nlp, text, pub=WEDNESDAY) == ()


@pytest.mark.parametrize("text", [
    "The Interior Ministry denied carrying out any airstrikes in Kunduz.",
    "Kabul denied that its forces had shelled villages in Kunar.",
])
def test_a_denied_act_is_not_reported_but_the_denial_is(nlp, text):
    (denial,) = extract(nlp, text, pub=WEDNESDAY)
    assert denial.type == "statement_or_report" and denial.trigger.startswith("denied")
    assert denial.place is None


def test_relative_dates_stay_unresolved_without_publication(nlp):
    (statement,) = extract(nlp, "The Pentagon told the US Congress on Friday that the border was closed.")
    assert statement.type == "statement_or_report" and statement.date is None


def test_no_date_is_not_the_publication_date(nlp):
    (attack,) = extract(nlp, "Taliban fighters attacked a police checkpoint in Helmand.", pub=WEDNESDAY)
    assert attack.date is None


def test_month_takes_its_year_from_an_earlier_explicit_date(nlp):
    events = extract(nlp, "Fighting between Pakistan and the Afghan army broke out at the Chaman crossing "
                          "on 12 June 2017.",
                     "Clashes between the two armies erupted again near Chaman in August, officials said.")
    assert [(e.sentence, e.type, e.date.iso(), e.date.basis, e.place) for e in events] == [
        (0, "armed_clash", "2017-06-12", "explicit", "Chaman"),
        (1, "armed_clash", "2017-08", "inferred_from_context", "Chaman"),
    ]


def test_open_period_is_not_the_event_date(nlp):
    (statement,) = extract(nlp, "The Pentagon said in its report for the period ending in November that "
                                "the group was still active.", pub=WEDNESDAY)
    assert (statement.type, statement.date) == ("statement_or_report", None)


def test_two_different_events_in_one_sentence(nlp):
    events = extract(nlp, "Relations soured after a Haqqani Network attack on a hotel in Kabul on "
                          "January 20, 2017, and again after border clashes with India in June 2017.")
    assert [summary(e) for e in events] == [
        {"type": "armed_clash", "date": "2017-06", "place": None,
         "participants": {("india", "participant")}, "claimed_by": None, "casualties": (None, None)},
        {"type": "attack", "date": "2017-01-20", "place": "Kabul",
         "participants": {("haqqani-network", "initiator")}, "claimed_by": None,
         "casualties": (None, None)},
    ]


def test_triggers_of_one_happening_make_one_event(nlp):
    events = extract(nlp, "A suicide bomber blew himself up at a rally in Quetta on 12 May 2017, killing "
                          "at least 25 people in the deadliest attack this year.", pub=WEDNESDAY)
    assert only(events) == {"type": "attack", "date": "2017-05-12", "place": "Quetta",
                            "participants": set(), "claimed_by": None,
                            "casualties": ("at least 25", None)}


def test_report_pronoun_source_is_the_last_named_source(nlp):
    events = extract(nlp, "The Pentagon said in a report on Friday that violence had increased.",
                     "Taliban fighters stormed a base in Helmand on 2 March 2017, the report said.",
                     pub=WEDNESDAY)
    assert [(e.type, e.claimed_by, e.source, e.date.iso()) for e in events] == [
        ("statement_or_report", None, None, "2017-05-26"),
        ("attack", None, "pentagon", "2017-03-02"),
    ]


def test_events_are_sorted_and_carry_their_evidence(nlp):
    first = "Police arrested two militants in Kunduz on 1 May 2017."
    second = "The Taliban attacked a police post in Helmand on 2 May 2017."
    events = extract(nlp, f"{second} {first}", first)
    assert [(e.sentence, e.type, e.evidence) for e in events] == [
        (0, "attack", second), (1, "arrest", first), (2, "arrest", first)]
    assert all(e.article_id == "a" for e in events)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("At least 28 people were killed and more than 320 wounded.",
         [("killed", "at least 28"), ("wounded", "more than 320")]),
        ("Gunmen opened fire, killing 45 people and wounding 12 others.", [("killed", "45"), ("wounded", "12")]),
        ("The clashes left 40 dead.", [("killed", "40")]),
        ("Five soldiers were killed.", [("killed", "five")]),
        ("The death toll has risen to 1,064, officials said.", [("killed", "1,064")]),
        ("The number of people killed in the bombing has risen to 64.", [("killed", "64")]),
        ("He was killed two years ago.", []),
        ("Both sides suffered casualties.", []),
    ],
    ids=["passive-pair", "participles", "left-dead", "number-word", "toll-thousands", "number-of-killed",
         "not-a-count", "no-number"],
)
def test_casualties_as_stated(text, expected):
    assert [(kind, count) for _, kind, count in find_casualties(text)] == expected


def test_a_masthead_date_left_in_the_text_is_no_context(nlp):
    events = extract(nlp, "Chief Editor: A. N. Writer Friday, March 29th, 2024",
                     "Cross-border firing in June and July at the Chaman crossing hurt trade, the Pentagon said.")
    assert [(e.type, e.date, e.place, e.claimed_by, e.source) for e in events] == [
        ("armed_clash", None, "Chaman", None, "pentagon")]


def test_bare_responsibility_claim_names_the_attacker(nlp):
    events = extract(nlp, "A bomb exploded outside a mosque in Kunduz on 4 May 2017, killing nine people.",
                     "The Taliban claimed responsibility.", pub=WEDNESDAY)
    assert [(e.sentence, e.type, e.date and e.date.iso(), {(p.actor_id, p.role) for p in e.participants},
             e.claimed_by) for e in events] == [
        (0, "attack", "2017-05-04", set(), None),  # a bomb going off is an attack, not an accident
        (1, "attack", None, {("taliban", "initiator")}, "taliban"),
        (1, "statement_or_report", None, {("taliban", "initiator")}, None),  # the claim itself
    ]


@pytest.mark.parametrize("text", [
    pytest.param("Jamaat-ul-Ahrar claimed responsibility for the bombing of the market in Kunduz.", id="for-the-act"),
    pytest.param("The bombing of the market was claimed by Jamaat-ul-Ahrar.", id="passive"),
    pytest.param("Jamaat-ul-Ahrar claimed the bombing of the market.", id="claimed-the-act"),
])
def test_a_claim_of_responsibility_is_a_statement_of_the_claimant(nlp, text):
    events = extract(nlp, text, pub=WEDNESDAY)
    claims = [e for e in events if e.type == "statement_or_report"]
    assert [(e.trigger, {(p.actor_id, p.role) for p in e.participants}) for e in claims] == [
        ("claimed responsibility", {("jamaat-ul-ahrar", "initiator")})]
    assert any(e.type == "attack" and e.claimed_by == "jamaat-ul-ahrar" for e in events)


@pytest.mark.parametrize("text", [
    pytest.param("The Pentagon said the Taliban carried out the bombing in Kunduz.", id="a-source-is-no-claimant"),
    pytest.param("The Taliban denied any role in the bombing in Kunduz.", id="denial"),
])
def test_no_claim_statement(nlp, text):
    assert [e for e in extract(nlp, text, pub=WEDNESDAY) if e.trigger == "claimed responsibility"] == []


@pytest.mark.parametrize("text", [
    pytest.param("The Taliban did not claim responsibility.", id="negated"),
    pytest.param("The Taliban may claim responsibility.", id="modal"),
    pytest.param("Nobody claimed responsibility.", id="no-actor"),
])
def test_no_responsibility_claim(nlp, text):
    assert extract(nlp, "A bomb exploded in Kunduz on 4 May 2017.", text, pub=WEDNESDAY)[1:] == ()


def test_a_gas_explosion_stays_an_explosion(nlp):
    (event,) = extract(nlp, "A gas cylinder exploded in a restaurant in Kunduz on 4 May 2017.", pub=WEDNESDAY)
    assert event.type == "explosion"


@pytest.mark.parametrize(
    "text, place",
    [
        pytest.param("Gunmen attacked a hospital in the city of Herat on 4 May 2017.", "Herat", id="city-of"),
        pytest.param("The Taliban claimed the Easter Sunday bombing of a market in Kunduz on 4 May 2017.",
                     "Kunduz", id="holiday-is-no-place"),
        pytest.param("The bombing of the Sehwan shrine on 4 May 2017 killed 80 people.", "Sehwan",
                     id="bombing-of-a-shrine"),
        pytest.param("Pakistan sealed the border after the suicide bombing of the Sehwan shrine.", "Sehwan",
                     id="after-the-bombing-it-happened"),
    ],
)
def test_event_places(nlp, text, place):
    events = [e for e in extract(nlp, text, pub=WEDNESDAY) if e.type == "attack"]
    assert [e.place for e in events] == [place]


@pytest.mark.parametrize(
    "paragraphs",
    [
        pytest.param(("The Taliban attacked a police post in Kunduz on 2 May 2017, and Pakistan closed the "
                      "Torkham border the same day.",), id="same-sentence"),
        pytest.param(("The Taliban attacked a police post in Kunduz on 2 May 2017.",
                      "Hours after the attack, Pakistan closed the Torkham border."), id="hours-after"),
    ],
)
def test_an_act_within_hours_of_a_dated_act_has_its_day(nlp, paragraphs):
    events = extract(nlp, *paragraphs)
    assert [(e.type, e.date.iso(), e.date.basis) for e in events] == [
        ("attack", "2017-05-02", "explicit"), ("policy_decision", "2017-05-02", "inferred_from_context")]


def test_hours_after_without_a_dated_act_stays_undated(nlp):
    (closure,) = extract(nlp, "Pakistan closed the Torkham border hours after the attack.", pub=WEDNESDAY)
    assert closure.date is None


def test_hours_after_with_two_earlier_days_stays_undated(nlp):
    events = extract(nlp, "The Taliban attacked a police post in Kunduz on 2 May 2017.",
                     "On 29 April 2017 the Taliban had attacked a checkpoint in Helmand.",
                     "Hours after the attack, Pakistan closed the Torkham border.")
    assert [(e.type, e.date and e.date.iso()) for e in events][-1] == ("policy_decision", None)


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("A bomb exploded in Kunduz on 2 May 2017, killing 64 people, the Interior Ministry said.",
                     [("attack", None, None, "interior-ministry")], id="toll-said"),
        pytest.param("The Taliban attacked a police post in Helmand on 2 May 2017, the Pentagon said in a "
                     "statement.", [("attack", None, None, "pentagon")], id="act-said"),
        pytest.param("The Interior Ministry said on Wednesday that 36 militants had been killed.", [],
                     id="toll-alone"),
        pytest.param("The Interior Ministry accused the Taliban of killing 12 policemen in Helmand on "
                     "2 May 2017.", [("attack", None, "interior-ministry", None), ("statement_or_report", None, None, None)],
                     id="accusing-is-a-blame-and-a-statement"),
        pytest.param("The Interior Ministry confirmed the death on Friday.", [], id="confirmed-the-death"),
        pytest.param("The Pentagon said on Friday that the Haqqani Network remained the main threat.",
                     [("statement_or_report", None, None, None)], id="a-finding-stays-a-statement"),
    ],
)
def test_saying_an_act_or_a_toll_is_attribution_not_a_statement(nlp, text, expected):
    assert [(e.type, e.claimed_by, e.blamed_by, e.source) for e in extract(nlp, text, pub=WEDNESDAY)] == expected


def test_hosting_envoys_for_talks_is_talks_and_a_future_host_is_not(nlp):
    (talks,) = extract(nlp, "Pakistan hosted envoys from the United States and India on 2 May 2017 for talks.")
    assert (talks.type, talks.date.iso(), {p.actor_id for p in talks.participants}) == (
        "meeting_or_talks", "2017-05-02", {"pakistan", "united-states", "india"})
    assert extract(nlp, "Pakistan will host envoys from India next week for talks.", pub=WEDNESDAY) == ()


def test_a_killing_earlier_in_the_day_has_the_day_of_the_story(nlp):
    events = extract(nlp, "A suicide bomber struck a market in Quetta on 8 August 2016.",
                     "The Taliban had shot dead a police chief in Quetta earlier in the day.")
    assert [(e.type, e.date.iso()) for e in events] == [("attack", "2016-08-08"), ("attack", "2016-08-08")]


def test_the_same_group_is_the_last_named_attacker(nlp):
    events = extract(nlp, "The Taliban attacked a police post in Helmand on 2 May 2017.",
                     "The same group claimed the bombing of a market in Kunduz in March.",
                     "A different group attacked a checkpoint in Kunduz on 3 May 2017.")
    claims = [e for e in events if e.type == "statement_or_report"]
    assert [(c.sentence, c.participants) for c in claims] == [(1, (Participant("taliban", "initiator"),))]
    events = [e for e in events if e not in claims]
    assert [(e.date.iso(), {(p.actor_id, p.role) for p in e.participants}, e.claimed_by) for e in events] == [
        ("2017-05-02", {("taliban", "initiator"), ("police", "target")}, None),
        ("2017-03", {("taliban", "initiator")}, "taliban"),
        ("2017-05-03", set(), None),
    ]


def test_a_hyphenated_group_name_is_the_subject_it_heads(nlp):
    (attack,) = extract(nlp, "Jamaat-ul-Ahrar said it carried out the attack on the base in Kunduz on 2 May 2017.")
    assert ({(p.actor_id, p.role) for p in attack.participants}, attack.claimed_by) == (
        {("jamaat-ul-ahrar", "initiator")}, "jamaat-ul-ahrar")


def test_a_toll_in_the_next_sentence_belongs_to_the_act_before(nlp):
    events = extract(nlp, "A suicide bomber struck a market in Quetta on 8 August 2016.",
                     "The toll has since risen to 74, and officials say more than 100 people were wounded.",
                     "Separately, 12 people were wounded in a road accident.")
    assert [(e.sentence, e.casualties) for e in events] == [(0, Casualties("74", "more than 100"))]


def test_an_act_something_came_after_happened(nlp):
    (attack,) = extract(nlp, "The talks came six days after a truck bomb attack on a police post in Kunduz, "
                             "on May 25, killed 64 people.", pub=WEDNESDAY)
    assert summary(attack) == {"type": "attack", "date": "2017-05-25", "place": "Kunduz",
                               "participants": {("police", "target")}, "claimed_by": None,
                               "casualties": ("64", None)}
    # a bare "after an attack" says too little to be reported
    assert [e.type for e in extract(nlp, "Pakistan closed the border after an attack.", pub=WEDNESDAY)] == [
        "policy_decision"]


def test_the_only_event_takes_the_one_date_further_down_its_clause(nlp):
    (attack,) = extract(nlp, "A suicide bomber blew himself up among policemen leaving a checkpoint in Kunduz "
                             "on Tuesday afternoon, killing at least 20 people.", pub=WEDNESDAY)
    assert attack.date.iso() == "2017-05-30"


def test_an_act_told_as_coming_after_another_is_a_different_happening(nlp):
    events = extract(nlp, "A protester was killed on Tuesday when police fired on crowds demanding security "
                          "after Saturday's truck bombing in Kunduz.", pub=WEDNESDAY)
    # firing on crowds is a protest met with force (the type the gold gives it)
    assert sorted((e.type, e.date.iso()) for e in events) == [("attack", "2017-05-27"), ("protest", "2017-05-30")]


def test_a_day_without_a_year_is_kept_as_a_hint_not_a_date(nlp):
    (clash,) = extract(nlp, "The clashes broke out near Chaman on the night of May 4, when Afghan forces "
                            "opened fire on Pakistani troops.")
    assert clash.date is None and clash.day_hint == "--05-04"
    (dated,) = extract(nlp, "The clashes broke out near Chaman on the night of May 4, 2017.")
    assert dated.date.iso() == "2017-05-04" and dated.day_hint is None


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        pytest.param(("Taliban and US negotiators met in Doha on Friday.",
                      "The meeting took place a day after Pakistani troops fired on Afghan forces near Chaman."),
                     "2017-05-25", id="a-day-after-a-definite-reference"),
        pytest.param(("A suicide bomber attacked a shrine in Helmand on Monday.",
                      "Pakistan closed the Torkham border two days after the bombing."),
                     "2017-05-31", id="two-days-after-the-bombing"),
        pytest.param(("The Taliban attacked a police post in Kunduz on Monday.",
                      "A day later, gunmen stormed a school in Helmand, killing four guards."),
                     "2017-05-30", id="a-day-later"),
        pytest.param(("On Friday the judges of the court ruled that Hekmatyar could not stand.",
                      "Hekmatyar stepped down the same evening, taking his cabinet with him."),
                     "2017-05-26", id="the-same-evening"),
    ],
)
def test_a_day_counted_from_another_dated_happening(nlp, paragraphs, expected):
    events = extract(nlp, *paragraphs, pub=WEDNESDAY)
    later = [e for e in events if e.sentence == 1]
    assert [e.date.iso() for e in later] == [expected]
    assert later[0].date.basis == "inferred_from_context"


@pytest.mark.parametrize(
    "paragraphs",
    [
        pytest.param(("Pakistan closed the Torkham border two days after the bombing.",), id="nothing-dated-before"),
        pytest.param(("A suicide bomber attacked a shrine in Helmand on Monday.",
                      "Pakistan closed the Torkham border weeks after the bombing."), id="weeks-are-not-days"),
        pytest.param(("Taliban and US negotiators met in Doha on Friday.",
                      "Pakistan closed the Torkham border a day after a bombing."), id="indefinite-reference"),
    ],
)
def test_no_day_without_a_dated_reference_and_a_count_of_days(nlp, paragraphs):
    events = extract(nlp, *paragraphs, pub=WEDNESDAY)
    assert [e.date for e in events if e.sentence == len(paragraphs) - 1 and e.type == "policy_decision"] == [None]


def test_a_named_persons_death_is_a_dependent_report_of_violence(nlp):
    strike, death = extract(nlp, "The movement chose a new leader after Gulbuddin Hekmatyar's death in a drone "
                                 "strike in March.", "Gulbuddin Hekmatyar's death in March weakened the Haqqani Network.",
                            pub=WEDNESDAY)
    assert (strike.type, strike.dependent, strike.date.iso()) == ("attack", False, "2017-03")
    assert (death.type, death.dependent, death.date.iso()) == ("attack", True, "2017-03")
    assert death.participants == (Participant("gulbuddin-hekmatyar", "target"),)
    assert extract(nlp, "Officials said the death toll rose in March.", pub=WEDNESDAY) == ()


def test_a_noun_event_under_a_future_or_negated_verb_did_not_happen(nlp):
    assert extract(nlp, "His office said Hekmatyar will chair a meeting of the council on Tuesday.", pub=WEDNESDAY) == ()
    assert extract(nlp, "The Taliban did not launch an attack on Kunduz on Monday.", pub=WEDNESDAY) == ()
    (held,) = extract(nlp, "The Taliban held a meeting in Doha on Monday.", pub=WEDNESDAY)
    assert held.type == "meeting_or_talks"


def test_days_after_counted_on_the_number_of_days(nlp):
    events = extract(nlp, "A bomb killed 24 people on a bus in Kabul on Monday.",
                     "A day after the Kabul bombing, Taliban fighters stormed an army camp in Helmand.", pub=WEDNESDAY)
    assert [(e.sentence, e.date.iso()) for e in events] == [(0, "2017-05-29"), (1, "2017-05-30")]


def test_who_stands_for_the_person_its_clause_describes(nlp):
    paragraph = "Lawyers carried the body of Salim Ezadyar, a well-known lawyer, who was shot dead by gunmen on Monday."
    doc = nlp(paragraph)
    span = next(doc.sents)
    person = next(e for e in span.ents if e.label_ == "PERSON")
    article = Article(id="a", path="a.txt", title="t", paragraphs=(paragraph,), content_hash="h",
                      published=published(WEDNESDAY))
    sentence = Sentence(0, 0, span.start_char, span.end_char, span.text)
    mention = Mention("a", 0, person.start_char, person.end_char, person.text, "salim-ezadyar")
    (shot,) = extract_events(article, [(sentence, span)], [mention])
    assert (shot.type, shot.participants) == ("attack", (Participant("salim-ezadyar", "target"),))


def test_a_session_of_a_series_is_held_by_the_sides_of_the_last_talks(nlp):
    first, previous = extract(nlp, "Taliban and US negotiators met in Doha on Saturday.",
                              "The previous session, held in Islamabad on May 6, adopted a roadmap.", pub=WEDNESDAY)
    assert previous.participants == first.participants and previous.date.iso() == "2017-05-06"
    (alone,) = extract(nlp, "The previous session, held in Islamabad on May 6, adopted a roadmap.", pub=WEDNESDAY)
    assert alone.participants == ()


def test_a_verb_joined_to_a_passive_is_passive_too(nlp):
    events = extract(nlp, "Police said Hekmatyar was beaten and shot dead by the Taliban in Kunduz on Monday.",
                     pub=WEDNESDAY)
    shot = next(e for e in events if e.type == "attack")
    assert set(shot.participants) == {Participant("gulbuddin-hekmatyar", "target"), Participant("taliban", "initiator")}


def test_plural_acts_with_nothing_of_their_own_are_a_summary_not_an_event(nlp):
    events = extract(nlp, "Violence fell sharply before this month's attacks.", pub=WEDNESDAY)
    assert [e for e in events if e.type == "attack"] == []
    (raids,) = extract(nlp, "Taliban raids in Helmand on Monday killed four guards.", pub=WEDNESDAY)
    assert raids.place == "Helmand"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In a speech to the US Congress on Tuesday, Hekmatyar warned Pakistan.", "statement_or_report"),
        ("Hekmatyar addressed the US Congress on Tuesday.", "statement_or_report"),
        ("Six soldiers died when their vehicle hit a mine in Helmand on Monday.", "explosion"),
        ("The Taliban seized the district centre in Helmand on Monday.", "other"),  # a capture
        ("Voters in Helmand cast ballots on Saturday in the parliamentary election.", "election"),
        ("Hekmatyar was sworn in as governor of Helmand on Monday.", "policy_decision"),
        ("Hekmatyar took office as governor of Helmand on Monday.", "policy_decision"),
        ("A US gunship destroyed the hospital in Kunduz on Monday.", "attack"),
        ("Kunduz fell to the Taliban on Monday.", "other"),
        ("On Monday the Pentagon unveiled a new strategy for Afghanistan.", "policy_decision"),
        ("Hekmatyar sat down with Pentagon officials for about 45 minutes on Monday.", "meeting_or_talks"),
        ("The two sides held a second round of talks in Kunduz on Monday.", "meeting_or_talks"),
        ("Two rockets landed near the airport in Kunduz on Monday.", "explosion"),
        ("The Taliban executed three men in Helmand on Monday.", "attack"),
    ],
    ids=["in-a-speech", "addressed", "hit-a-mine", "seized-a-centre", "cast-ballots", "sworn-in", "took-office",
         "destroyed-a-hospital", "fell-to", "unveiled-a-strategy", "sat-down-with", "round-of-talks",
         "rockets-landed", "executed-men"],
)
def test_common_news_phrasings(nlp, text, expected):
    assert [e.type for e in extract(nlp, text, pub=WEDNESDAY)] == [expected]


@pytest.mark.parametrize("text", [
    "The bomb hit the convoy in Helmand on Monday.",  # the bomb is the subject: an attack verb elsewhere
    "Hekmatyar took the oath quietly, officials said.",
    "Hekmatyar addressed the problem on Monday.",
    "Floods destroyed hundreds of houses in Helmand on Monday.",
    "Prices fell to a record low in Kabul on Monday.",
    "Hekmatyar sat down on a chair in Kabul on Monday.",
    "The army executed the plan in Helmand on Monday.",
    "The plane landed in Kabul on Monday.",
    "Ten rounds of ammunition were found in Kabul on Monday.",
])
def test_near_misses_of_those_phrasings(nlp, text):
    assert [e.type for e in extract(nlp, text, pub=WEDNESDAY) if e.type in ("explosion", "policy_decision",
                                                                            "statement_or_report")] == []


@pytest.mark.parametrize(("text", "place"), [
    ("Gunmen killed at least 50 villagers in Sar-e Pul on Saturday.", "Sar-e Pul"),
    ("Militants stormed a checkpoint near Pul-i-Khumri on Saturday.", "Pul-i-Khumri"),
    ("The Taliban captured Kunduz on Monday.", "Kunduz"),
])
def test_places_the_small_model_misses(nlp, text, place):
    (event,) = extract(nlp, text, pub=WEDNESDAY)
    assert event.place == place


def test_people_had_died_is_a_toll():
    assert find_casualties("Officials said more than 150 people had died in the bombing.") == [
        (15, "killed", "more than 150")]


def test_blame_reaches_the_act_through_a_long_apposition_and_a_relative_clause(nlp):
    (raid,) = extract(nlp, "Tension rose with India, which blamed the Haqqani Network, a militant group based in "
                           "Pakistan, for a September raid on an army base at Uri in Kashmir that killed 19 soldiers.",
                      pub=WEDNESDAY)
    assert (raid.claimed_by, raid.blamed_by, raid.blamed_on, raid.participants) == (
        None, "india", "haqqani-network", (Participant("haqqani-network", "initiator"),))


def test_blame_is_not_cut_off_by_a_reporting_verb_inside_the_blamed_phrase(nlp):
    (bombing,) = extract(nlp, "Officials have blamed the Haqqani Network, a faction of the Taliban that they say "
                              "operates from bases in Afghanistan, for the suicide bombing of a rally in Kabul on Monday.",
                         pub=WEDNESDAY)
    assert bombing.participants == (Participant("haqqani-network", "initiator"),)


def test_a_protest_met_with_force_keeps_its_toll(nlp):
    (protest,) = extract(nlp, "On Friday police opened fire on protesters marching towards the palace, killing seven "
                              "people.", pub=WEDNESDAY)
    assert (protest.type, protest.casualties.killed) == ("protest", "seven")


def test_an_appointees_description_is_not_where_the_appointment_was_made(nlp):
    (named,) = extract(nlp, "Hekmatyar, the commander of the army's corps in Kunduz, was appointed on Monday as "
                            "director general of the Pentagon.", pub=WEDNESDAY)
    assert (named.type, named.place) == ("policy_decision", None)
    (met,) = extract(nlp, "Hekmatyar, the commander of the army's corps in Kunduz, met Taliban envoys on Monday.",
                     pub=WEDNESDAY)
    assert met.type == "meeting_or_talks"


def test_a_when_clause_happened_on_the_date_it_hangs_on_even_after_since(nlp):
    (attack,) = extract(nlp, "It was the heaviest loss suffered by the army since April, when Taliban gunmen "
                             "killed 140 soldiers at a base in Helmand.", pub=WEDNESDAY)
    assert (attack.date.iso(), attack.casualties.killed) == ("2017-04", "140")


def test_a_rally_a_bomber_struck_is_the_target_not_a_protest(nlp):
    (attack,) = extract(nlp, "On Monday a bomber struck a protest by teachers outside the assembly in Kunduz, "
                             "killing 13 people.", pub=WEDNESDAY)
    assert (attack.type, attack.casualties.killed) == ("attack", "13")


@pytest.mark.parametrize("text", [
    pytest.param("A Pakistan-based group attacked a police post in Kunduz on 2 May 2017.", id="based"),
    pytest.param("India-backed fighters attacked a police post in Kunduz on 2 May 2017.", id="backed"),
])
def test_a_state_glued_to_based_or_backed_is_not_the_doer(nlp, text):
    (event,) = extract(nlp, text, pub=WEDNESDAY)
    assert not {p.actor_id for p in event.participants} & {"pakistan", "india"}


@pytest.mark.parametrize("text, speaker", [
    pytest.param("The Afghan government accused Pakistan of sheltering the Haqqani Network.", "afghan-government",
                 id="accused"),
    pytest.param("The Pentagon blamed the Haqqani Network for the raid.", "pentagon", id="blamed"),
    pytest.param("The UN Security Council called for restraint on both sides.", "un-security-council", id="called-for"),
])
def test_an_accusation_or_a_call_by_a_named_actor_is_a_statement(nlp, text, speaker):
    statements = [e for e in extract(nlp, text, pub=WEDNESDAY) if e.type == "statement_or_report"]
    assert [(p.actor_id, p.role) for e in statements for p in e.participants if p.role == "initiator"] == [
        (speaker, "initiator")]


@pytest.mark.parametrize("text", [
    pytest.param("Officials blamed the Haqqani Network for the raid.", id="anonymous-source"),
    pytest.param("President Ashraf Ghani condemned the attack.", id="condemnation"),
    pytest.param("The Pentagon called it a provocation.", id="called-it"),
])
def test_no_pointed_statement(nlp, text):
    assert [e for e in extract(nlp, text, pub=WEDNESDAY) if e.type == "statement_or_report"] == []


@pytest.mark.parametrize("text", [
    pytest.param("Pakistan and the Taliban began a prisoner swap on 2 May 2017.", id="swap-noun"),
    pytest.param("The Taliban and the Afghan government exchanged prisoners in Kunduz on 2 May 2017.", id="exchanged"),
    pytest.param("Pakistan annexed the border strip in 2016.", id="annexed"),
])
def test_swaps_and_annexations_are_other_events(nlp, text):
    assert [e.type for e in extract(nlp, text, pub=WEDNESDAY)] == ["other"]


def test_an_exchange_of_fire_is_still_a_clash(nlp):
    assert [e.type for e in extract(nlp, "Afghan forces and Pakistani troops exchanged fire at Torkham on "
                                         "2 May 2017.", pub=WEDNESDAY)] == ["armed_clash"]


def test_a_weekday_without_a_publication_date_is_kept_as_a_hint(nlp):
    (event,) = extract(nlp, "Gunmen attacked a hotel in Kunduz on Tuesday.")
    assert (event.date, event.day_hint) == (None, "W2")
    (dated,) = extract(nlp, "Gunmen attacked a hotel in Kunduz on Tuesday.", pub=WEDNESDAY)
    assert (dated.date.iso(), dated.day_hint) == ("2017-05-30", None)


@pytest.mark.parametrize("text", [
    pytest.param("Taliban fighters shot down a helicopter in Helmand on 2 May 2017.", id="shot-down"),
    pytest.param("A military transport plane was brought down over Kunduz on 2 May 2017.", id="brought-down"),
    pytest.param("Taliban fighters downed a helicopter in Helmand on 2 May 2017.", id="downed"),
])
def test_downing_an_aircraft_is_an_attack(nlp, text):
    assert [e.type for e in extract(nlp, text, pub=WEDNESDAY)] == ["attack"]


def test_the_price_brought_down_is_no_attack(nlp):
    assert extract(nlp, "The government brought down the price of fuel on 2 May 2017.", pub=WEDNESDAY) == ()


@pytest.mark.parametrize("text, type_", [
    pytest.param("The toll from Sunday's truck bombing in Kunduz rose to 40.", "attack", id="weekday-possessive"),
    pytest.param("Relatives searched hospitals for the victims of the blast in Kunduz.", "explosion", id="victims-of"),
    pytest.param("The bombing in Kunduz was the deadliest in the province this year.", "attack", id="deadliest"),
    pytest.param("The deal came after 16 hours of talks in Kabul.", "meeting_or_talks", id="hours-of-talks"),
])
def test_events_told_as_having_happened_without_a_light_verb(nlp, text, type_):
    assert type_ in [e.type for e in extract(nlp, text, pub=WEDNESDAY)]


def test_an_act_after_which_something_is_expected_did_happen(nlp):
    events = extract(nlp, "Pakistan is expected to close the border after Taliban fighters attacked a post in "
                          "Kunduz on 2 May 2017.", pub=WEDNESDAY)
    assert [(e.type, e.date.iso()) for e in events if e.type == "attack"] == [("attack", "2017-05-02")]
    assert "policy_decision" not in [e.type for e in events]  # the closure is only expected


def test_forced_to_open_fire_did_open_fire(nlp):
    events = extract(nlp, "The border guards said they were forced to open fire on the boats in Kunduz on "
                          "2 May 2017.", pub=WEDNESDAY)
    assert [e.type for e in events] == ["attack"]


@pytest.mark.parametrize("text, speaker", [
    pytest.param("Hekmatyar told the nation in a televised address that the war was over.", "gulbuddin-hekmatyar",
                 id="told-in-an-address"),
    pytest.param("The Afghan government declared victory over the Taliban in Kunduz.", "afghan-government",
                 id="declared-victory"),
    pytest.param("The Pentagon asked Congress to approve new funds for the Afghan army.", "pentagon",
                 id="asked-to"),
])
def test_more_statements_of_named_actors(nlp, text, speaker):
    statements = [e for e in extract(nlp, text, pub=WEDNESDAY) if e.type == "statement_or_report"]
    assert [p.actor_id for e in statements for p in e.participants if p.role == "initiator"] == [speaker]


def test_asking_about_something_is_no_statement(nlp):
    assert [e for e in extract(nlp, "The Pentagon asked about the raid.", pub=WEDNESDAY)
            if e.type == "statement_or_report"] == []


@pytest.mark.parametrize("text", [
    pytest.param("The Taliban were largely forced out of Kunduz by military operations in 2011.", id="forced-out-of"),
    pytest.param("In 2011, the militants were driven out of Kandahar by a joint offensive of the two armies.",
                 id="driven-out-of"),
])
def test_a_group_driven_out_of_a_place_is_an_other_event_with_its_year(nlp, text):
    assert [(e.type, e.date.iso()) for e in extract(nlp, text, pub=WEDNESDAY)] == [("other", "2011")]


def test_forced_out_of_office_without_a_place_is_not_this_rule(nlp):
    assert [e.trigger for e in extract(nlp, "Prices forced many traders out in 2011.", pub=WEDNESDAY)] == []


def test_a_country_ranking_its_deadliest_attack_is_not_the_attacker(nlp):
    events = extract(nlp, "More than 300 people died in Pakistan's deadliest attack in a decade on 2 May 2017.",
                     pub=WEDNESDAY)
    assert events and all("pakistan" not in {p.actor_id for p in e.participants if p.role == "initiator"}
                          for e in events)


def test_a_countrys_decision_is_still_the_countrys(nlp):
    events = extract(nlp, "Pakistan's shelling of the border villages on 2 May 2017 killed five people.", pub=WEDNESDAY)
    assert ("pakistan", "initiator") in {(p.actor_id, p.role) for e in events for p in e.participants}


def test_a_weekday_of_a_future_act_is_not_the_one_before_the_article(nlp):
    events = extract(nlp, "The UN Security Council will convene in a special session on Monday because Pakistani troops "
                          "attacked a post in Kunduz on 2 May 2017, the Pentagon wrote on Twitter.", pub=WEDNESDAY)
    assert "2017-05-29" not in {e.date.iso() for e in events if e.date}


def test_a_meeting_following_sundays_incident_is_not_dated_to_sunday(nlp):
    events = extract(nlp, "Hekmatyar called an emergency meeting with the Taliban in Kabul following Sunday's "
                          "incident.", pub=WEDNESDAY)
    assert [e.date for e in events if e.type == "meeting_or_talks"] == [None]


@pytest.mark.parametrize("text, type_", [
    pytest.param("Pakistani troops invaded the border district in Kunduz on 2 May 2017.", "attack", id="invaded"),
    pytest.param("Taliban fighters torched a school in Kunduz on 2 May 2017.", "attack", id="torched"),
    pytest.param("Riots broke out in Kunduz on 2 May 2017.", "protest", id="riots"),
    pytest.param("A truce brokered by Pakistan took effect in Kunduz on 2 May 2017.", "agreement", id="brokered"),
])
def test_more_words_of_real_news(nlp, text, type_):
    assert type_ in [e.type for e in extract(nlp, text, pub=WEDNESDAY)]
