"""The vocabulary and patterns of date expressions: month, weekday and number words, and the
regular expressions `dates` matches a normalised expression against."""
from __future__ import annotations

import re

MONTHS = {
    name: i
    for i, names in enumerate(
        (
            (), ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        )
    )
    for name in names
}
WEEKDAYS = {
    name: i
    for i, names in enumerate(
        (("monday", "mon"), ("tuesday", "tue", "tues"), ("wednesday", "wed"),
         ("thursday", "thu", "thurs"), ("friday", "fri"), ("saturday", "sat"), ("sunday", "sun"))
    )
    for name in names
}
WEEKDAY_NAMES = frozenset(name for name in WEEKDAYS if name.endswith("day"))  # written in full
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}
HALVES = {"first": (1, 6), "second": (7, 12)}
QUARTERS = {"first": (1, 3), "second": (4, 6), "third": (7, 9), "fourth": (10, 12), "last": (10, 12)}

MONTH = r"(?P<{0}>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
WEEKDAY = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
DAY = r"(?P<{0}>[0-3]?\d)(?:st|nd|rd|th)?"
YEAR = r"(?P<{0}>(?:19|20)\d\d)"
PART = r"(?:(?:early|mid|late|the (?:start|beginning|middle|end) of|the (?:first|second) half of)[\s-]+)?"


def rx(pattern: str) -> re.Pattern:
    """Compile a full-match pattern; {m1} {d1} {y1}... expand to named groups."""
    names = set(re.findall(r"\{([mdy]\d)\}", pattern))
    for name in names:
        kind = {"m": MONTH, "d": DAY, "y": YEAR}[name[0]]
        pattern = pattern.replace("{" + name + "}", kind.format(name))
    return re.compile(pattern)


# Ordered: the first match wins.
ISO = rx(r"{y1}-(?P<mm>[01]\d)-{d1}")
DAY_RANGE = (
    rx(r"(?:between |from )?{d1}(?: {m1})?,? ?(?:-|–|to|and|until) ?{d2} {m2},? ?(?:{y2})?"),
    rx(r"(?:between |from )?{m1} {d1}(?:,? {y1})?,? ?(?:-|–|to|and|until) ?(?:{m2} )?{d2},? ?(?:{y2})?"),
)
FULL_DAY = (
    rx(r"{m1} {d1},? {y1}"),
    rx(r"(?:the )?{d1}(?: of)? {m1},? {y1}"),
)
DAY_MONTH = (rx(r"{m1} {d1}"), rx(r"(?:the )?{d1}(?: of)? {m1}"))
MONTH_RANGE = rx(
    r"(?:between |from )?" + PART + r"{m1}(?:,? {y1})? ?(?:-|–|to|and|through|until) ?" + PART
    + r"{m2}(?:,? (?:of )?{y2})?"
)
MONTH_YEAR = rx(PART + r"{m1},? (?:of )?{y1}")
MONTH_ONLY = rx(r"(?P<rel>last |this |past )?" + PART + r"{m1}")
YEAR_RANGE = rx(r"(?:between |from )?{y1} ?(?:-|–|/|to|and|until) ?(?P<y2>(?:19|20)?\d\d)")
SEASON = rx(r"(?:the )?(?P<season>spring|summer|autumn|fall)(?: of)? {y1}")
HALF = rx(r"the (?P<half>first|second) half of {y1}")
QUARTER = rx(r"the (?P<q>first|second|third|fourth|last) quarter of {y1}")
YEAR = rx(PART + r"(?:the year )?{y1}")
DECADE = re.compile(r"the (?:early |mid-|late )?(?P<dec>(?:19|20)\d0)s")
WEEKDAY_RX = re.compile(
    r"(?P<rel>last |this |past |next )?(?P<wd>" + WEEKDAY + r")\.?"
    r"(?:'s)?(?: (?:morning|afternoon|evening|night|noon))?"
)
AGO = re.compile(r"(?P<n>\d+|" + "|".join(NUMBER_WORDS) + r") (?P<unit>day|week|month|year)s? ago")
RELATIVE = {
    "today": ("day", 0), "this morning": ("day", 0), "this afternoon": ("day", 0),
    "this evening": ("day", 0), "tonight": ("day", 0), "yesterday": ("day", -1),
    "yesterday morning": ("day", -1), "yesterday afternoon": ("day", -1),
    "yesterday evening": ("day", -1), "the day before yesterday": ("day", -2),
    "tomorrow": ("day", 1), "last night": ("night", -1),
    "this week": ("week_to_date", 0), "last week": ("week", -1), "next week": ("week", 1),
    "earlier this week": ("week_to_date", 0), "last weekend": ("weekend", -1),
    "this weekend": ("weekend", 0),
    "this month": ("month", 0), "last month": ("month", -1), "next month": ("month", 1),
    "earlier this month": ("month_to_date", 0), "early last month": ("month", -1),
    "late last month": ("month", -1), "earlier last month": ("month", -1),
    "this year": ("year", 0), "last year": ("year", -1), "next year": ("year", 1),
    "earlier this year": ("year_to_date", 0), "early last year": ("year", -1),
    "late last year": ("year", -1), "earlier last year": ("year", -1),
}
# Durations, frequencies, ages, open periods: not the date of a happening.
REJECT = re.compile(
    r"\b(?:since|until|till|before|after|by|within|over|for|throughout|ending|ended|ends|"
    r"starting|period|lasting|long|old|aged?|every|each|per|recent(?:ly)?|past|"
    r"(?:half-?|bi-?)?(?:yearly|annual(?:ly)?|monthly|weekly|daily|quarterly)|"
    r"biannual|decades?|centur(?:y|ies)|years?-old|"
    r"(?:the )?(?:last|next|coming|first|few|several) (?:\d+ |(?:" + "|".join(NUMBER_WORDS) + r") )?"
    r"(?:days|weeks|months|years|hours))\b"
)
# Something that names a time: a number, a month or weekday, a unit, a season or a relative word.
TIME_WORD = re.compile(
    r"\d|\b(?:" + "|".join(sorted(set(MONTHS) | set(WEEKDAYS), key=len, reverse=True)) + r")\b|"
    r"\b(?:day|days|week|weeks|weekend|month|months|year|years|decade|century|night|morning|"
    r"afternoon|evening|noon|midnight|hours?|today|tonight|yesterday|tomorrow|spring|summer|autumn|"
    r"fall|winter|half|quarter of|ramadan|eid|ago|earlier|later|recently)\b")
PLURAL_UNIT = re.compile(r"\b(?:days|weeks|months|years|hours|minutes)\b(?! ago)")
# "two-day", "a week", "less than a month": lengths of time, not dates
LENGTH = re.compile(
    r"\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|few|couple of|half)"
    r" (?:day|week|month|year|hour|decade|night)\b(?! (?:ago|earlier|before|later))")
PART_OF_DAY = re.compile(r"^(?:the )?(?:night|morning|evening|afternoon|(?:early|small) hours) of (?=\S)")
LEADING = re.compile(r"^(?:(?:on|in|at|during|of|from|around|about)\s+)+")
