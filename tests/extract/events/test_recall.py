"""Events that news tells in passing or in its own turns of phrase: captures, background
acts with a year, statements on social media, meetings called, visits, proposals.

All sentences are written for these tests (actors from `test_mentions`' registry).
"""
from __future__ import annotations

import pytest

from tests.extract.events.test_mentions import WEDNESDAY, extract, nlp  # noqa: F401 (fixture)


def types(events) -> list[str]:
    return [e.type for e in events]


@pytest.mark.parametrize("text", [
    "The Taliban captured Kunduz on Monday.",
    "Afghan forces recaptured the district centre in Helmand on Monday.",
])
def test_a_town_taken_is_a_capture_not_an_attack(nlp, text):
    assert types(extract(nlp, text, pub=WEDNESDAY)) == ["other"]


def test_a_clause_verb_parsed_as_a_modifier_is_still_a_verb(nlp):
    text = ("The clash raised tensions that have soared since Pakistan annexed India's Northern Province in 2014 "
            "and backed a rebel insurgency.")
    events = extract(nlp, text, pub=WEDNESDAY)
    assert "other" in types(events)
