"""Date expressions of a sentence, resolved in reading order through the article (an
explicit date earlier in the article is the context of "in June"), and which of them is an
event's date: the nearest usable one; a day named without a year is kept as a hint; an act
told as following another "within hours" has that act's day."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Span

from generator.extract.date_words import WEEKDAY_NAMES, WEEKDAYS
from generator.extract.dates import is_datable, parse_date, partial_day
from generator.extract.events import lexicon as lx
from generator.extract.events.candidate import lemma
from generator.model import DateValue


@dataclass
class DateSlot:
    """A date expression of the sentence: its tokens and what it resolves to."""

    start: int  # token index in the doc
    end: int
    text: str
    usable: bool  # a point or span in time, not a duration or an open period
    value: DateValue | None
    since: DateValue | None = None  # "shut since February 16": the start of a state
    owner: int | None = None  # "following Sunday's incident": the noun whose day it is, and only its


# --- dates ---------------------------------------------------------------------------------

_DAY_WORDS = (r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|"
              r"tonight|night)\b")
_CUT_WORDS = ("after", "before", "since", "until", "following", "when", "while")
_PARTS_OF_DAY = ("night", "morning", "evening", "afternoon", "hours")  # "the night of May 4"
_RANGE_JOINERS = ("and", "to", "-", "–", "through", "until", "or")


_FUTURE_AUX = {"will", "shall", "'ll", "wo"}


def _future_weekday(root) -> bool:
    """A weekday hanging on a verb in the future ("will hold ... on Monday", "is to meet on
    Friday"): the next such day, which the publication date alone does not fix."""
    if root.lower_ not in WEEKDAY_NAMES:
        return False
    verb = root.head.head if root.dep_ == "pobj" else root.head
    return any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in verb.children) or (
        any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and lemma(verb.head) == "be")


def sentence_dates(span: Span, publication: DateValue | None, context: DateValue | None
                   ) -> tuple[list[DateSlot], DateValue | None]:
    """The sentence's date expressions, resolved in reading order; and the new context
    (the last explicit date so far)."""
    doc = span.doc
    ents = [e for e in span.ents if e.label_ == "DATE" or (
        e.label_ == "TIME" and re.search(_DAY_WORDS, e.text, re.IGNORECASE))]
    groups: list[list[int]] = []  # [start, end] token ranges, neighbours joined ("June and July")
    for e in ents:
        start, end = e.start, e.end
        cut = next((t.i for t in e[1:] if t.lower_ in _CUT_WORDS), None)
        if cut is not None:
            end = cut  # "September 22 after months of talks"
        if groups and start - groups[-1][1] == 1 and (doc[start - 1].lower_ in _RANGE_JOINERS or (
                doc[start - 1].lower_ == "of" and doc[groups[-1][1] - 1].lower_ in _PARTS_OF_DAY)):
            groups[-1][1] = end
            continue
        while start - 1 >= span.start and start - 2 >= span.start and doc[start].like_num and (
                doc[start - 1].lower_ in _RANGE_JOINERS and doc[start - 2].like_num):
            start -= 2
        if start - 1 >= span.start and doc[start - 1].lower_ in ("between", "from") and start != e.start:
            start -= 1
        groups.append([start, end])
    slots: list[DateSlot] = []
    for start, end in groups:
        text = doc[start:end].text
        usable = is_datable(text) and _date_context_ok(doc[start:end])
        value = parse_date(text, publication=publication, context=context) if usable else None
        root = doc[start:end].root
        if value is not None and value.basis == "inferred_from_publication" and _future_weekday(root):
            value = None  # "will hold a meeting on Monday": not the Monday before the article
        since = None
        if root.dep_ == "pobj" and root.head.lower_ == "since" and is_datable(text):
            since = parse_date(text, publication=publication, context=context)
        if value is not None and value.basis == "explicit" and value.precision in ("day", "month") \
                and any(t.pos_ in ("VERB", "AUX") for t in span):
            # "in 2001", "the 1980s" are background, not the story's time; and a verbless line
            # ("Editor in Chief: ... Friday, March 29th, 2024") is a masthead or byline, not news
            context = value
        owner = root.head.i if root.dep_ == "poss" and root.head.dep_ == "pobj" and root.head.head.lower_ in (
            "after", "following", "since", "before") else None
        slots.append(DateSlot(start, end, text, usable, value, since, owner))
    return slots, context


def _date_context_ok(span: Span) -> bool:
    """Not "since 2001", "by June", "the period ending in November", "for two years"."""
    root = span.root
    head = root.head
    if root.dep_ == "pobj" and head.dep_ in ("prep", "agent"):
        if head.lower_ in lx.BAD_DATE_PREPS:
            return False
        gov = head.head
        if lemma(gov) in lx.PERIOD_VERBS or lemma(gov) == "period":
            return False
    return True


def pick_date(slots: Sequence[DateSlot], tokens: set[int], anchor: int) -> tuple[bool, DateValue | None]:
    """(found an expression, its value): the usable date expression nearest the trigger."""
    best = pick_slot(slots, tokens, anchor)
    return (False, None) if best is None else (True, best.value)


def pick_slot(slots: Sequence[DateSlot], tokens: set[int], anchor: int) -> DateSlot | None:
    inside = [s for s in slots if s.usable and any(i in tokens for i in range(s.start, s.end))
              and (s.owner is None or s.owner == anchor)]
    if not inside:
        return None
    return min(inside, key=lambda s: (min(abs(i - anchor) for i in range(s.start, s.end)), s.start))


def day_hint(slots: Sequence[DateSlot], tokens: set[int]) -> str | None:
    """ "on the night of June 12" in an article that gives no year: "--06-12"; "on Tuesday" in
    an article whose publication date is unknown: "W2" (ISO weekday 2). Resolution uses it to
    keep a Saturday's attack apart from a Tuesday's."""
    return next((h for s in slots if s.usable and s.value is None and any(i in tokens for i in range(s.start, s.end))
                 for h in [partial_day(s.text) or _weekday_hint(s.text)] if h), None)


_WEEKDAY_ONLY = re.compile(
    r"^(?:(?:on|late|early|last|this|from)\s+)*(?:(?:late|early) )?(monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)(?:'s)?(?:\s+(?:morning|afternoon|evening|night))?$", re.IGNORECASE)


def _weekday_hint(text: str) -> str | None:
    m = _WEEKDAY_ONLY.match(" ".join(text.split()))
    return f"W{WEEKDAYS[m.group(1).lower()] + 1}" if m else None  # ISO weekdays count from 1


_SAME_TIME = re.compile(
    r"\b(?:within (?:hours|minutes)|(?:hours|minutes) (?:later|after(?= the\b))|"
    r"(?:earlier|later) (?:that|the same|in the) day|"
    r"(?:the same|that|later that|earlier that) (?:day|morning|afternoon|evening|night))\b", re.IGNORECASE)

_SAME_DAY = re.compile(r"\b(?:the same|that|later that|earlier that) (?:day|morning|afternoon|evening|night)\b",
                       re.IGNORECASE)


def same_time(found: Sequence, text: str, earlier: set[DateValue], previous: set[DateValue] = frozenset()
              ) -> None:
    """"...disqualified him on Friday, and Sharif resigned within hours", "Hours after the
    blast, Pakistan shut its border", "Sharif stepped down the same evening": an undated act
    told as following another within hours has that act's day: the other dated act of the
    sentence, else the one day the sentence before dated, else the one day the article has
    dated so far (with two days, which act is meant is unclear: no date)."""
    if not _SAME_TIME.search(text):
        return
    here = [f.date for f in found if f.date is not None and f.date.precision == "day"]
    if here:
        day = here[0]
    elif len({(d.start, d.end) for d in previous}) == 1 and _SAME_DAY.search(text):
        day = next(iter(previous))  # "the same evening": the day the sentence before told
    elif len({(d.start, d.end) for d in earlier}) == 1:
        day = next(iter(earlier))
    else:
        return
    for f in found:
        if f.date is None:
            f.date = DateValue(day.start, day.end, "day", "inferred_from_context", _SAME_TIME.search(text)[0])
