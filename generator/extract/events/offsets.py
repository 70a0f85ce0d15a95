"""Dates told as an offset from another happening: "the talks took place a day after US
forces dropped the bomb", "Pakistan closed the border two days after the bombing".

The other happening is an event of the same sentence with a day date, or a definite
reference ("the talks", "the bombing") to the last happening of that kind the article
dated to a day; "a day later" counts from the last day the article dated. Only whole days count: "weeks after" is not precise enough for a day, and
without a dated reference the event stays undated.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from spacy.tokens import Token

from generator.extract.dates import NUMBER_WORDS
from generator.extract.events import lexicon as lx
from generator.extract.events.candidate import lemma
from generator.extract.events.lexicon import family
from generator.model import DateValue

_ORDER = {"after": 1, "before": -1}
_DEFINITE = {"the", "this", "that", "these", "those", "its", "their"}
_LATER = {"later": 1, "earlier": -1}
LAST_DAY = "*"  # key of `recent` for the last day the article dated, whatever happened then


def offset_date(top: Token, dated: Mapping[int, DateValue], recent: Mapping[str, DateValue]
                ) -> DateValue | None:
    """The day of the happening whose clause or noun is `top`, told as an offset from
    another; None when the sentence tells no such thing or the other is not dated.

    `dated` maps the token index of the sentence's other events (their clause or noun) to
    their day; `recent` maps an event family to the last day the article dated for it.
    """
    # "A day later, suicide bombers struck": days from the last day the article dated
    for adv in top.children:
        if adv.dep_ == "advmod" and adv.lower_ in _LATER:
            days = _days(adv, top)
            # "Sharif, ousted a day earlier, on Saturday named ...": the sentence's other dated act
            ref = next((d for i, d in sorted(dated.items()) if i != top.i), recent.get(LAST_DAY))
            if days is not None and ref is not None:
                return _shift(ref, _LATER[adv.lower_] * days, f"{_phrase(days)} {adv.lower_}")
    # "X happened a day after Y did": top is Y's clause, told before X
    mark = next((c for c in top.children if c.dep_ == "mark" and c.lower_ in _ORDER), None)
    if top.dep_ == "advcl" and mark is not None:
        days = _days(top, top.head, mark)
        ref = _reference(top.head, dated, recent, subject=True)
        if days is not None and ref is not None:
            return _shift(ref, -_ORDER[mark.lower_] * days, f"{_phrase(days)} {mark.lower_}")
    # "X happened two days after the bombing" / "... a day before the talks opened"
    # the prep hangs on the verb, or on the count of days ("A day after the Kabul bombing, ...")
    preps = list(top.children) + [p for d in top.children if d.dep_ == "npadvmod" and lemma(d) == "day"
                                  for p in d.children]
    for prep in preps:
        if prep.dep_ != "prep" or prep.lower_ not in _ORDER:
            continue
        other = next((o for o in prep.children if o.dep_ == "pobj"), None)
        ref = _reference(other, dated, recent, subject=False) if other is not None else None
        days = _days(prep, top)
        if days is not None and ref is not None:
            return _shift(ref, _ORDER[prep.lower_] * days, f"{_phrase(days)} {prep.lower_}")
    for clause in top.children:
        mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ in _ORDER), None)
        if clause.dep_ != "advcl" or mark is None:
            continue
        days = _days(clause, top, mark)
        ref = _reference(clause, dated, recent, subject=True)
        if days is not None and ref is not None:
            return _shift(ref, _ORDER[mark.lower_] * days, f"{_phrase(days)} {mark.lower_}")
    return None


def _days(*heads: Token) -> int | None:
    """ "a day", "two days", "3 days": an npadvmod of one of `heads`."""
    for head in heads:
        for c in head.children:
            if c.dep_ != "npadvmod" or lemma(c) != "day":
                continue
            count = next((n for n in c.children if n.dep_ in ("det", "nummod")), None)
            if count is None:
                return None
            if count.lower_ in NUMBER_WORDS:
                return NUMBER_WORDS[count.lower_]
            return int(count.text) if count.text.isdigit() and int(count.text) <= 31 else None
    return None


def _reference(tok: Token, dated: Mapping[int, DateValue], recent: Mapping[str, DateValue],
               subject: bool) -> DateValue | None:
    """The day of the happening `tok` stands for: an event of the sentence at `tok` (or
    its subject noun), else a definite event noun's last dated happening of its kind."""
    if tok.i in dated:
        return dated[tok.i]
    noun = tok
    if subject:
        noun = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if noun is None:
            return None
        if noun.i in dated:
            return dated[noun.i]
    kind = lx.NOUN_TRIGGERS.get(lemma(noun))
    if kind is None or not any(c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE for c in noun.children):
        return None
    return recent.get(family(kind))


def _shift(ref: DateValue, days: int, words: str) -> DateValue:
    day = ref.start + dt.timedelta(days=days)
    return DateValue(day, day, "day", "inferred_from_context", words)


def _phrase(days: int) -> str:
    return "a day" if days == 1 else f"{days} days"
