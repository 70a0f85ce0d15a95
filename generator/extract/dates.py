"""Date expressions -> `DateValue`, as precise as the text and no more.

`parse_date` takes a date expression as spaCy's DATE entity gives it ("April 19, 2016",
"in June and July", "on Friday") and returns a `DateValue` or None. Rules:

- explicit dates keep the precision of the text: "June 2016" is a month, "2016" a year;
- a month or a day without a year takes its year from `context` (an explicit date seen
  earlier in the article) or else from `publication`; a month later than the
  publication month then means the previous year;
- relative expressions ("on Monday", "yesterday", "last week", "earlier this year")
  resolve against `publication` only, and give None without it: the day a page was
  scraped, or today, is never an anchor;
- durations, frequencies, ages and open periods ("the past six months", "half-yearly",
  "the period ending in November", "since 2001") are not event dates: None.

`dateparser` (English only, absolute formats only, a year required) reads the explicit
formats the regular expressions do not know ("19.04.2016", "Sept. 22 2016").
"""
from __future__ import annotations

import calendar
import datetime as dt
import functools
import re

from generator.extract.date_words import (  # noqa: F401 (MONTHS, NUMBER_WORDS are used by others)
    AGO,
    DAY_MONTH,
    DAY_RANGE,
    DECADE,
    FULL_DAY,
    HALF,
    HALVES,
    ISO,
    LEADING,
    LENGTH,
    MONTH,
    MONTH_ONLY,
    MONTH_RANGE,
    MONTH_YEAR,
    MONTHS,
    NUMBER_WORDS,
    PART_OF_DAY,
    PLURAL_UNIT,
    QUARTER,
    QUARTERS,
    REJECT,
    RELATIVE,
    SEASON,
    SEASONS,
    TIME_WORD,
    WEEKDAY,
    WEEKDAY_RX,
    WEEKDAYS,
    YEAR,
    YEAR_RANGE,
)
from generator.model import DateValue


def parse_date(
    text: str, *, publication: DateValue | None = None, context: DateValue | None = None
) -> DateValue | None:
    """A `DateValue` for a date expression, or None when it is not a datable point or span."""
    raw = " ".join(text.split()).strip(" ,.;:()\"'“”‘’")
    norm = _normalise(raw)
    if not _datable(norm):
        return None
    anchor = context or publication
    basis = "inferred_from_context" if context else "inferred_from_publication"
    for rule in _RULES:
        found = rule(norm, publication, anchor, basis)
        if found is not None:
            start, end, precision, how = found
            if start > end:
                return None
            return DateValue(start, end, precision, how, raw)
    return _fallback(norm, raw)


def partial_day(text: str) -> str | None:
    """ "June 12", "the night of 12 June": a day of a month whose year the text does not
    give, as ISO 8601's yearless "--06-12"; None for anything else."""
    norm = _normalise(" ".join(text.split()).strip(" ,.;:()\"'“”‘’"))
    for rx in DAY_MONTH:
        m = rx.fullmatch(norm)
        if m and _safe_date(2000, MONTHS[m["m1"]], int(m["d1"])) is not None:  # 2000: Feb 29 exists
            return f"--{MONTHS[m['m1']]:02d}-{int(m['d1']):02d}"
    return None


def is_datable(text: str) -> bool:
    """False for durations, frequencies, ages and open periods ("the past six months"):
    expressions that never name the date of a happening, whatever the anchor."""
    return _datable(_normalise(" ".join(text.split()).strip(" ,.;:()\"'“”‘’")))


def _datable(norm: str) -> bool:
    if not norm:
        return False
    if norm in RELATIVE:
        return True
    if not TIME_WORD.search(norm):
        return False  # "the diplomatic quarter", "the Easter" tagged DATE by the NER
    return not (REJECT.search(norm) or PLURAL_UNIT.search(DECADE.sub("", norm))
                or LENGTH.search(norm))


def _normalise(text: str) -> str:
    t = text.lower().replace("’", "'").replace("—", "-").replace("–", "-")
    t = re.sub(r"\s*-\s*", "-", t)
    t = re.sub(r"(?<=[a-z])-(?=[a-z])", " ", t)  # mid-june, half-yearly, year-old
    t = re.sub(r"\s+", " ", t).strip(" ,.")
    t = re.sub(r"^(?:" + WEEKDAY + r")\.?,? (?=(?:the )?(?:[a-z]+\.? )?\d)", "", t)  # "tuesday, april 19"
    t = LEADING.sub("", t)
    t = PART_OF_DAY.sub("", t)  # "the night of june 12" is june 12
    if re.match(r"the (?:\d|" + MONTH.format("x") + ")", t) and not DECADE.fullmatch(t):
        t = t[4:]
    return t.strip(" ,.")


# --- rules: each returns (start, end, precision, basis) or None -----------------------------

def _explicit_day(t, pub, anchor, basis):
    m = ISO.fullmatch(t)
    if m:
        return _day(int(m["y1"]), int(m["mm"]), int(m["d1"]), "explicit")
    for rx in FULL_DAY:
        m = rx.fullmatch(t)
        if m:
            return _day(int(m["y1"]), MONTHS[m["m1"]], int(m["d1"]), "explicit")
    return None


def _day_range(t, pub, anchor, basis):
    for rx in DAY_RANGE:
        m = rx.fullmatch(t)
        if not m:
            continue
        d = m.groupdict()
        m2 = MONTHS[d["m2"]] if d.get("m2") else None
        m1 = MONTHS[d["m1"]] if d.get("m1") else m2
        m2 = m2 or m1
        year = d.get("y2") or d.get("y1")
        if year:
            y2 = int(year)
            y1 = int(d["y1"]) if d.get("y1") else (y2 if m1 <= m2 else y2 - 1)
            how = "explicit"
        else:
            y2 = _infer_year(m2, pub, anchor)
            if y2 is None:
                return None
            y1, how = (y2 if m1 <= m2 else y2 - 1), basis
        start, end = _safe_date(y1, m1, int(d["d1"])), _safe_date(y2, m2, int(d["d2"]))
        if start is None or end is None:
            return None
        return start, end, "range" if start != end else "day", how
    return None


def _day_month(t, pub, anchor, basis):
    for rx in DAY_MONTH:
        m = rx.fullmatch(t)
        if m:
            month = MONTHS[m["m1"]]
            year = _infer_year(month, pub, anchor)
            return None if year is None else _day(year, month, int(m["d1"]), basis)
    return None


def _month_range(t, pub, anchor, basis):
    m = MONTH_RANGE.fullmatch(t)
    if not m:
        return None
    m1, m2 = MONTHS[m["m1"]], MONTHS[m["m2"]]
    if m["y2"]:
        y2, how = int(m["y2"]), "explicit"
    else:
        y2, how = _infer_year(m2, pub, anchor), basis
        if y2 is None:
            return None
    y1 = int(m["y1"]) if m["y1"] else (y2 if m1 <= m2 else y2 - 1)
    return dt.date(y1, m1, 1), _month_end(y2, m2), "range", how


def _month_year(t, pub, anchor, basis):
    m = MONTH_YEAR.fullmatch(t)
    if not m:
        return None
    year, month = int(m["y1"]), MONTHS[m["m1"]]
    return dt.date(year, month, 1), _month_end(year, month), "month", "explicit"


def _month_only(t, pub, anchor, basis):
    m = MONTH_ONLY.fullmatch(t)
    if not m or t in ("mar", "jun", "jan"):
        return None
    month = MONTHS[m["m1"]]
    if m["rel"] in ("last ", "past ", "this "):
        if pub is None:
            return None
        year = pub.start.year if m["rel"] == "this " else (
            pub.start.year if month < pub.start.month else pub.start.year - 1)
        return dt.date(year, month, 1), _month_end(year, month), "month", "inferred_from_publication"
    year = _infer_year(month, pub, anchor)
    if year is None:
        return None
    return dt.date(year, month, 1), _month_end(year, month), "month", basis


_OF_YEAR = re.compile(r"^(?P<rest>.+?),? (?:of )?(?P<which>last|this) year$")


def _of_a_named_year(t, pub, anchor, basis):
    """ "September 28 last year", "in June of this year": a partial date whose year is told
    relative to the publication (no publication date: no date)."""
    m = _OF_YEAR.match(t)
    if not m or pub is None:
        return None
    year = pub.start.year - (1 if m["which"] == "last" else 0)
    anchor_year = DateValue(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", "explicit", str(year))
    for rule in (_day_month, _month_only, _day_range, _month_range):
        found = rule(m["rest"], None, anchor_year, "inferred_from_publication")
        if found is not None:
            start, end, precision, _ = found
            return start, end, precision, "inferred_from_publication"
    return None


def _years(t, pub, anchor, basis):
    m = YEAR_RANGE.fullmatch(t)
    if m:
        y1 = int(m["y1"])
        y2 = int(m["y2"]) if len(m["y2"]) == 4 else (y1 // 100) * 100 + int(m["y2"])
        if y2 <= y1:
            return None
        return dt.date(y1, 1, 1), dt.date(y2, 12, 31), "range", "explicit"
    m = SEASON.fullmatch(t)
    if m:
        a, b = SEASONS[m["season"]]
        return dt.date(int(m["y1"]), a, 1), _month_end(int(m["y1"]), b), "range", "explicit"
    m = HALF.fullmatch(t) or QUARTER.fullmatch(t)
    if m:
        a, b = HALVES[m["half"]] if "half" in m.groupdict() else QUARTERS[m["q"]]
        return dt.date(int(m["y1"]), a, 1), _month_end(int(m["y1"]), b), "range", "explicit"
    m = YEAR.fullmatch(t)
    if m:
        year = int(m["y1"])
        return dt.date(year, 1, 1), dt.date(year, 12, 31), "year", "explicit"
    m = DECADE.fullmatch(t)
    if m:
        dec = int(m["dec"])
        return dt.date(dec, 1, 1), dt.date(dec + 9, 12, 31), "range", "explicit"
    return None


def _relative(t, pub, anchor, basis):
    """Expressions that only make sense against the publication date."""
    rel = RELATIVE.get(t)
    m_wd = WEEKDAY_RX.fullmatch(t)
    m_ago = AGO.fullmatch(t)
    if rel is None and m_wd is None and m_ago is None:
        return None
    if pub is None:
        return None
    how = "inferred_from_publication"
    day = pub.start
    day_precise = pub.precision == "day"
    if m_wd:
        if not day_precise:
            return None
        back = (day.weekday() - WEEKDAYS[m_wd["wd"]]) % 7
        if m_wd["rel"] in ("last ", "past ") and back == 0:
            back = 7
        if m_wd["rel"] == "next ":
            back = -((WEEKDAYS[m_wd["wd"]] - day.weekday()) % 7 or 7)
        target = day - dt.timedelta(days=back)
        return target, target, "day", how
    if m_ago:
        n = int(m_ago["n"]) if m_ago["n"].isdigit() else NUMBER_WORDS[m_ago["n"]]
        rel = (m_ago["unit"], -n)
    unit, offset = rel
    if unit in ("day", "night", "week", "week_to_date", "weekend") and not day_precise:
        return None
    if unit in ("month", "month_to_date") and pub.precision not in ("day", "month"):
        return None
    if unit == "day":
        target = day + dt.timedelta(days=offset)
        return target, target, "day", how
    if unit == "night":
        return day - dt.timedelta(days=1), day, "range", how
    if unit in ("week", "week_to_date", "weekend"):
        monday = day - dt.timedelta(days=day.weekday()) + dt.timedelta(weeks=offset)
        if unit == "week_to_date":
            return monday, day, "range", how
        if unit == "weekend":
            saturday = monday + dt.timedelta(days=5)
            return saturday, saturday + dt.timedelta(days=1), "range", how
        return monday, monday + dt.timedelta(days=6), "range", how
    if unit in ("month", "month_to_date"):
        total = day.year * 12 + day.month - 1 + offset
        year, month = divmod(total, 12)
        if unit == "month_to_date" and day_precise:
            return dt.date(day.year, day.month, 1), day, "range", how
        return dt.date(year, month + 1, 1), _month_end(year, month + 1), "month", how
    if unit == "year_to_date" and day_precise:
        return dt.date(day.year, 1, 1), day, "range", how
    year = day.year + offset
    return dt.date(year, 1, 1), dt.date(year, 12, 31), "year", how


_RULES = (_explicit_day, _day_range, _day_month, _month_range, _month_year, _years, _relative,
          _month_only, _of_a_named_year)


# --- helpers --------------------------------------------------------------------------------

def _infer_year(month: int, pub: DateValue | None, anchor: DateValue | None) -> int | None:
    """The year of a month named without one: the anchor's, or the year before when that
    would put the month after the publication."""
    if anchor is None:
        return None
    year = anchor.start.year if anchor is not pub else pub.end.year
    if anchor is not pub and pub is not None and dt.date(year, month, 1) < anchor.start.replace(day=1) \
            and dt.date(year + 1, month, 1) <= pub.end:
        year += 1  # "signed in September 2016 ... the decision in February" (published in May 2017)
    if pub is not None and dt.date(year, month, 1) > pub.end:
        year -= 1
    return year


def _day(year: int, month: int, day: int, how: str):
    date = _safe_date(year, month, day)
    return None if date is None else (date, date, "day", how)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


@functools.lru_cache(maxsize=1)
def _parser():
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=["en"],
        settings={
            "PARSERS": ["custom-formats", "absolute-time"],
            "REQUIRE_PARTS": ["year"],
            "PREFER_DAY_OF_MONTH": "first",
            "RELATIVE_BASE": dt.datetime(1900, 1, 1),  # never today
        },
    )


_NUMERIC = re.compile(r"(\d{1,2})[./-](\d{1,2})[./-]\d{2,4}")


def _fallback(norm: str, raw: str) -> DateValue | None:
    """Explicit formats the rules above do not know; a year must be written."""
    if not re.search(r"\b(?:19|20)\d\d\b", norm) or len(norm) > 40:
        return None
    numeric = _NUMERIC.fullmatch(norm)
    if numeric and int(numeric[1]) <= 12 and int(numeric[2]) <= 12 and numeric[1] != numeric[2]:
        return None  # 04/05/2016: April 5 or 4 May?
    data = _parser().get_date_data(norm)
    if data is None or data.date_obj is None:
        return None
    day = data.date_obj.date()
    if data.period == "day":
        return DateValue(day, day, "day", "explicit", raw)
    if data.period == "month":
        return DateValue(day.replace(day=1), _month_end(day.year, day.month), "month", "explicit", raw)
    if data.period == "year":
        return DateValue(dt.date(day.year, 1, 1), dt.date(day.year, 12, 31), "year", "explicit", raw)
    return None
