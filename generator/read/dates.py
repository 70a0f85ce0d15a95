"""Publication dates as pages write them: full dates with a year, found in a line."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from generator.model import DateValue

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
MONTH_RE = (
    r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?P<weekday>(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?"
ORD = r"(?:st|nd|rd|th)?"
# Dates that carry a year, most common shapes first; numeric D/M/Y is ambiguous and skipped.
_DATES_WITH_YEAR = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        rf"\b{_WEEKDAY}{MONTH_RE}\s+(?P<day>\d{{1,2}}){ORD},?\s+(?P<year>\d{{4}})\b",
        rf"\b{_WEEKDAY}(?P<day>\d{{1,2}}){ORD}\s+(?:of\s+)?{MONTH_RE},?\s+(?P<year>\d{{4}})\b",
        r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?!\d)",  # also "2019-04-20T10:00:00Z"
        r"\b(?P<year>\d{4})/(?P<month>\d{1,2})/(?P<day>\d{1,2})\b",
    )
)


@dataclass(frozen=True)
class FoundDate:
    date: dt.date
    text: str
    start: int
    end: int
    weekday: bool


def find_date(text: str) -> FoundDate | None:
    """The first valid full date (day, month and year) written in `text`."""
    found: list[FoundDate] = []
    for pattern in _DATES_WITH_YEAR:
        for m in pattern.finditer(text):
            month = m.group("month")
            number = int(month) if month.isdigit() else MONTHS[month[:3].lower()]
            try:
                day = dt.date(int(m.group("year")), number, int(m.group("day")))
            except ValueError:
                continue
            weekday = bool(m.groupdict().get("weekday"))
            found.append(FoundDate(day, m.group(0).strip().rstrip(","), m.start(), m.end(), weekday))
            break
    return min(found, key=lambda f: f.start) if found else None


def day_value(found: FoundDate, basis: str) -> DateValue:
    return DateValue(found.date, found.date, "day", basis, found.text)


_BODY_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def dateline_year(month_day: tuple[int, int], paragraphs: list[str], retrieved: DateValue | None
                  ) -> FoundDate | None:
    """The publication date of a dateline written without a year ("SEHWAN, Feb 17 (AFP) -").

    Its year is the latest year the body writes ("the deadliest attack so far in 2017") that
    puts the dateline on or before the day the page was scraped. None when the body states no
    year: the scrape date is never an anchor.
    """
    month, day = month_day
    years = sorted({int(y) for text in paragraphs for y in _BODY_YEAR.findall(text)}, reverse=True)
    for year in years:
        try:
            date = dt.date(year, month, day)
        except ValueError:
            continue
        if retrieved is None or date <= retrieved.start:
            return FoundDate(date, f"{date.strftime('%b')} {day}", 0, 0, False)
    return None


# "1970-01-01" and "Jan 1, 1970" are what a page shows when its date field was empty.
PLACEHOLDER = dt.date(1970, 1, 1)


def is_placeholder(found: FoundDate) -> bool:
    return found.date == PLACEHOLDER


# The stamp a scraper writes before a page: "date 2018-11-26 <rest of the first line>".
_SCRAPE_STAMP = re.compile(r"^date\s+(?P<iso>\d{4}-\d{2}-\d{2})\b[\s:|,-]*(?P<rest>.*)$", re.IGNORECASE)


def scrape_stamp(text: str) -> tuple[FoundDate, str] | None:
    """(date, rest of the line) for a "date 2018-11-26 ..." stamp line, else None."""
    m = _SCRAPE_STAMP.match(text)
    if not m:
        return None
    try:
        day = dt.date.fromisoformat(m.group("iso"))
    except ValueError:
        return None
    if day == PLACEHOLDER:
        return None
    return FoundDate(day, m.group("iso"), m.start("iso"), m.end("iso"), False), m.group("rest").strip()


NUMERIC_DATE = re.compile(r"(?<![\d/.-])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<year>(?:19|20)\d\d)(?![\d/-]|\.\d)")


@dataclass(frozen=True)
class NumericDate:
    """A date written "20/04/2016" or "04/20/2016": which number is the day is not written."""
    a: int
    b: int
    year: int
    text: str
    start: int
    end: int

    def readings(self) -> dict[str, dt.date]:
        """The valid readings: {"dmy": ..., "mdy": ...}; one or two (or none)."""
        found = {}
        for order, (day, month) in (("dmy", (self.a, self.b)), ("mdy", (self.b, self.a))):
            try:
                found[order] = dt.date(self.year, month, day)
            except ValueError:
                pass
        return found

    def order(self) -> str | None:
        """The order the numbers themselves decide ("dmy" when the first is over 12), else None."""
        readings = self.readings()
        if len(readings) == 1:
            return next(iter(readings))
        return None


def find_numeric_date(text: str) -> NumericDate | None:
    m = NUMERIC_DATE.search(text)
    if not m:
        return None
    return NumericDate(int(m.group("a")), int(m.group("b")), int(m.group("year")), m.group(0), m.start(), m.end())


def resolve_numeric(numeric: NumericDate, known: list[dt.date], orders: set[str]) -> FoundDate | None:
    """The date of a numeric date, decided honestly: by its own numbers (a value over 12), else by
    the page's other dates (a written date of the same day, or the order the page's unambiguous
    numeric dates use); None when nothing decides between day-month and month-day."""
    readings = numeric.readings()
    if not readings:
        return None
    if len(readings) == 1 or numeric.a == numeric.b:
        date = next(iter(readings.values()))
    else:
        same_day = {o for o, d in readings.items() if d in known}
        if len(same_day) == 1:
            date = readings[same_day.pop()]
        elif len(orders) == 1 and (order := next(iter(orders))) in readings:
            date = readings[order]
        else:
            return None
    if date == PLACEHOLDER:
        return None
    return FoundDate(date, numeric.text, numeric.start, numeric.end, False)
