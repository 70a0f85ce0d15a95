"""Date expressions -> DateValue: explicit, partial, relative, ranges, and what is not a date."""
from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.dates import is_datable, parse_date, partial_day
from generator.model import DateValue


def day(iso: str, basis: str = "explicit") -> DateValue:
    d = dt.date.fromisoformat(iso)
    return DateValue(d, d, "day", basis, iso)


PUB = day("2016-12-13")  # a Tuesday
CONTEXT = day("2016-04-19")


def iso(value: DateValue | None) -> tuple[str, str, str] | None:
    return None if value is None else (value.iso(), value.precision, value.basis)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("April 19, 2016", ("2016-04-19", "day", "explicit")),
        ("19 April 2016", ("2016-04-19", "day", "explicit")),
        ("September 22, 2016", ("2016-09-22", "day", "explicit")),
        ("on April 19th, 2016", ("2016-04-19", "day", "explicit")),
        ("Tuesday, April 19, 2016", ("2016-04-19", "day", "explicit")),
        ("the 19th of April, 2016", ("2016-04-19", "day", "explicit")),
        ("Sept. 22 2016", ("2016-09-22", "day", "explicit")),
        ("2016-04-19", ("2016-04-19", "day", "explicit")),
        ("19.04.2016", ("2016-04-19", "day", "explicit")),
        ("June 2016", ("2016-06", "month", "explicit")),
        ("in June 2016", ("2016-06", "month", "explicit")),
        ("early June 2016", ("2016-06", "month", "explicit")),
        ("2016", ("2016", "year", "explicit")),
        ("in 2016", ("2016", "year", "explicit")),
        ("the end of 2016", ("2016", "year", "explicit")),
        ("between 12 and 13 June 2016", ("2016-06-12/2016-06-13", "range", "explicit")),
        ("12-13 June 2016", ("2016-06-12/2016-06-13", "range", "explicit")),
        ("June 12-13, 2016", ("2016-06-12/2016-06-13", "range", "explicit")),
        ("June 30 to July 2, 2016", ("2016-06-30/2016-07-02", "range", "explicit")),
        ("June and July 2016", ("2016-06/2016-07", "range", "explicit")),
        ("December 2015 to February 2016", ("2015-12/2016-02", "range", "explicit")),
        ("the first half of 2016", ("2016-01/2016-06", "range", "explicit")),
        ("2015-16", ("2015/2016", "range", "explicit")),
        ("the 1990s", ("1990/1999", "range", "explicit")),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_explicit_dates_keep_the_precision_of_the_text(text, expected):
    for kwargs in ({}, {"publication": PUB}, {"context": CONTEXT}):
        value = parse_date(text, **kwargs)
        assert iso(value) == expected
        assert value.text == text.strip()


def test_whole_value_of_a_day():
    assert parse_date("April 19, 2016") == DateValue(
        dt.date(2016, 4, 19), dt.date(2016, 4, 19), "day", "explicit", "April 19, 2016")


def test_month_value_covers_the_whole_month():
    value = parse_date("February 2016")
    assert (value.start, value.end) == (dt.date(2016, 2, 1), dt.date(2016, 2, 29))


@pytest.mark.parametrize(
    "text, publication, context, expected",
    [
        ("in June and July", None, CONTEXT, ("2016-06/2016-07", "range", "inferred_from_context")),
        ("June", None, CONTEXT, ("2016-06", "month", "inferred_from_context")),
        ("mid-June", None, CONTEXT, ("2016-06", "month", "inferred_from_context")),
        ("June 12-13", None, CONTEXT, ("2016-06-12/2016-06-13", "range", "inferred_from_context")),
        ("May 5", None, CONTEXT, ("2016-05-05", "day", "inferred_from_context")),
        ("June", PUB, None, ("2016-06", "month", "inferred_from_publication")),
        # a month after the publication month is last year's
        ("November", day("2017-02-10"), None, ("2016-11", "month", "inferred_from_publication")),
        ("November", day("2017-02-10"), day("2017-01-05"), ("2016-11", "month", "inferred_from_context")),
        ("December to February", PUB, None, ("2015-12/2016-02", "range", "inferred_from_publication")),
        # a month earlier in the year than the context, but already past at publication: next year
        ("February", day("2017-05-04"), DateValue(dt.date(2016, 9, 1), dt.date(2016, 9, 30), "month",
                                                  "explicit", "September 2016"),
         ("2017-02", "month", "inferred_from_context")),
    ],
    ids=["june-and-july-context", "june-context", "mid-june", "day-range-context", "day-month-context",
         "june-publication", "november-before-february-publication", "november-context-capped",
         "winter-range", "forward-after-context"],
)
def test_partial_dates_take_the_year_from_context_or_publication(text, publication, context, expected):
    assert iso(parse_date(text, publication=publication, context=context)) == expected


@pytest.mark.parametrize("text", ["June", "in June and July", "June 12-13", "May 5", "November"])
def test_partial_dates_without_an_anchor_are_unresolved(text):
    assert parse_date(text) is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("on Monday", ("2016-12-12", "day")),  # published on a Tuesday: the day before
        ("Monday", ("2016-12-12", "day")),
        ("on Tuesday", ("2016-12-13", "day")),  # the publication day itself
        ("on Wednesday", ("2016-12-07", "day")),  # never a day after publication
        ("Friday night", ("2016-12-09", "day")),
        ("Friday's", ("2016-12-09", "day")),
        ("last Tuesday", ("2016-12-06", "day")),
        ("yesterday", ("2016-12-12", "day")),
        ("the day before yesterday", ("2016-12-11", "day")),
        ("today", ("2016-12-13", "day")),
        ("last night", ("2016-12-12/2016-12-13", "range")),
        ("two days ago", ("2016-12-11", "day")),
        ("last week", ("2016-12-05/2016-12-11", "range")),
        ("this week", ("2016-12-12/2016-12-13", "range")),
        ("last month", ("2016-11", "month")),
        ("earlier this month", ("2016-12-01/2016-12-13", "range")),
        ("this year", ("2016", "year")),
        ("last year", ("2015", "year")),
        ("earlier this year", ("2016-01-01/2016-12-13", "range")),
        ("three years ago", ("2013", "year")),
        ("last June", ("2016-06", "month")),
        ("last December", ("2015-12", "month")),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_relative_expressions_resolve_against_the_publication_date(text, expected):
    value = parse_date(text, publication=PUB, context=CONTEXT)
    assert (value.iso(), value.precision, value.basis) == (*expected, "inferred_from_publication")


@pytest.mark.parametrize(
    "text", ["on Monday", "yesterday", "last week", "earlier this year", "last month", "this year",
             "on Friday", "two days ago"])
def test_relative_expressions_without_publication_are_unresolved(text):
    # an explicit date earlier in the article is no anchor for "on Friday"; nor is today
    assert parse_date(text) is None
    assert parse_date(text, context=CONTEXT) is None


@pytest.mark.parametrize("text", ["on Monday", "yesterday", "last week", "two days ago"])
def test_day_relative_expressions_need_a_day_precise_publication(text):
    june = DateValue(dt.date(2016, 6, 1), dt.date(2016, 6, 30), "month", "explicit", "June 2016")
    assert parse_date(text, publication=june) is None


def test_month_relative_expressions_with_a_month_precise_publication():
    june = DateValue(dt.date(2016, 6, 1), dt.date(2016, 6, 30), "month", "explicit", "June 2016")
    assert iso(parse_date("last month", publication=june)) == ("2016-05", "month", "inferred_from_publication")
    # never finer than what is known: the month, not "June 1 to publication day"
    assert iso(parse_date("earlier this month", publication=june)) == ("2016-06", "month",
                                                                        "inferred_from_publication")
    assert iso(parse_date("earlier this year", publication=june)) == ("2016", "year",
                                                                       "inferred_from_publication")


@pytest.mark.parametrize(
    "text",
    ["the past six months", "half-yearly", "its latest half-yearly", "six months", "two years",
     "25-year-old", "the period ending in November", "since 2001", "until June 2016", "by 2020",
     "recent years", "decades", "the last two weeks", "annual", "the two-day", "less than a week",
     "a day after", "every year", "04/05/2016", "the time", "the same day", ""],
)
def test_durations_frequencies_ages_and_open_periods_are_not_dates(text):
    assert parse_date(text, publication=PUB, context=CONTEXT) is None


def test_is_datable_separates_unresolved_dates_from_durations():
    assert is_datable("on Friday") and is_datable("June") and is_datable("April 19, 2016")
    assert not is_datable("the past six months") and not is_datable("half-yearly")
    assert not is_datable("a week")


@pytest.mark.parametrize(
    "text, publication, expected",
    [
        ("the night of June 12", PUB, ("2016-06-12", "day", "inferred_from_publication")),
        ("on the morning of 3 May 2017", None, ("2017-05-03", "day", "explicit")),
        ("the evening of Monday", PUB, ("2016-12-12", "day", "inferred_from_publication")),
        ("the night of June 12", None, None),
    ],
    ids=["night-of-partial", "morning-of-explicit", "evening-of-weekday", "night-of-without-anchor"],
)
def test_a_part_of_a_day_is_that_day(text, publication, expected):
    assert iso(parse_date(text, publication=publication)) == expected


@pytest.mark.parametrize(
    ("text", "hint"),
    [("June 12", "--06-12"), ("the night of 3 March", "--03-03"), ("on December 31", "--12-31"),
     ("February 29", "--02-29"), ("June 12, 2016", None), ("June", None), ("Friday", None),
     ("February 30", None)],
)
def test_partial_day_is_the_yearless_day_a_text_names(text, hint):
    assert partial_day(text) == hint


@pytest.mark.parametrize("text", ["the diplomatic quarter", "Easter", "the holidays"])
def test_words_the_ner_tags_as_dates_without_naming_a_time_are_not_datable(text):
    assert not is_datable(text)


@pytest.mark.parametrize(("text", "iso"), [
    ("September 28 last year", "2015-09-28"), ("in June of this year", "2016-06"), ("June 12 this year", "2016-06-12"),
])
def test_a_partial_date_of_last_or_this_year(text, iso):
    pub = DateValue(dt.date(2016, 10, 4), dt.date(2016, 10, 4), "day", "explicit", "4 October 2016")
    assert parse_date(text, publication=pub).iso() == iso
    assert parse_date(text) is None  # no publication date: no year
