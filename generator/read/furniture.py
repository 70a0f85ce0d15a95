"""Page furniture of scraped text: mastheads, bylines and date stamps, datelines, wire
credits and tags, and the clutter lines (captions, related links, share buttons) to drop."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from generator import gazetteer
from generator.model import DateValue
from generator.read.dates import (
    MONTH_RE,
    MONTHS,
    NUMERIC_DATE,
    ORD,
    FoundDate,
    NumericDate,
    find_date,
    find_numeric_date,
    is_placeholder,
    resolve_numeric,
)

# Wire agencies and how they are credited -> the short name used as `wire`.
AGENCIES = {
    "pajhwok": "Pajhwok", "pajhwok afghan news": "Pajhwok", "pajhwok news": "Pajhwok",
    "afp": "AFP", "agence france-presse": "AFP", "agence france presse": "AFP",
    "reuters": "Reuters", "thomson reuters": "Reuters",
    "ap": "AP", "associated press": "AP", "the associated press": "AP",
    "app": "APP", "associated press of pakistan": "APP",
    "sputnik": "Sputnik", "xinhua": "Xinhua", "anadolu": "Anadolu", "anadolu agency": "Anadolu",
    "ians": "IANS", "pti": "PTI", "ani": "ANI", "dpa": "dpa", "efe": "EFE", "upi": "UPI",
    "bakhtar": "Bakhtar", "bakhtar news agency": "Bakhtar", "khaama press": "Khaama Press",
    "irna": "IRNA", "tass": "TASS", "nni": "NNI", "agencies": "Agencies",
}

_MASTHEAD_WORDS = re.compile(
    r"\b(editor|chief|publisher|e-?paper|today|established|founded|subscribe|log\s?in|home)\b",
    re.IGNORECASE,
)
_SEGMENT_SPLIT = re.compile(r"\s*(?:\||·|•|\s[-–—]\s)\s*")
_JUNK = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        # photo captions: "Photo: ...", "File photo", "(Photo credit: ...)", "Image courtesy ..."
        r"^\(?(?:file\s+)?(?:photo|image|picture|pic)s?\b\s*(?:[:|/–—-]|credit|courtesy|by\b|$)",
        r"^file\s+photo\b",
        # related-stories lines left by the scraper
        r"^(?:related(?:\s+(?:stories|news|articles|posts))?|also\s+read|read\s+also|read\s+more"
        r"|see\s+also|more\s+on\s+this|recommended|you\s+may\s+also\s+like)\s*(?:[:>|–—-]|$)",
        # share buttons, alone or in a row
        r"^(?:(?:share|tweet|print|email|e-mail|whatsapp|facebook|twitter|linkedin|telegram"
        r"|pinterest|reddit)(?:\s+this)?(?:\s+(?:article|story|post))?(?:\s+on)?[\s:|,!]*)+$",
        r"^advertisement$",
        r"^(?:tags?|topics?|filed\s+under|categories)\s*:",
        r"^leave\s+a\s+(?:comment|reply)\b",
        # a lone URL
        r"^<?(?:https?://|www\.)\S+>?$",
    )
)
_CALENDAR_WORD = (r"(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
                  r"[a-z]*\.?,?\s+\d)")
_BY = re.compile(
    rf"^(?:By|Written\s+by|Reported\s+by|Posted\s+by)\s+(?P<name>{_CALENDAR_WORD}[A-Z][\w.'’/-]*"
    rf"(?:\s+(?:{_CALENDAR_WORD}[A-Z][\w.'’/-]*|and|of|in|&|de|al|bin|ul|el))*)"
    r"\s*(?P<rest>(?:$|[|,;/–—-]|\s(?:published|updated|posted|on)\b|\s+(?=[A-Z][a-z]{2,8}\.?,?\s+\d|\d)).*)$"
)
_BYLINE_WORDS = re.compile(
    r"\b(published|updated|posted|staff|reporter|correspondent|writer|editor|desk|bureau)\b",
    re.IGNORECASE,
)
_STAFF = re.compile(r"\s+(?:staff(?:\s+(?:writers?|reporters?))?|news\s+desk|desk|bureau)$", re.IGNORECASE)
_STAMP = re.compile(
    r"^(?P<label>first\s+published|published|posted|last\s+updated|updated|last\s+modified|modified)"
    r"(?:\s+(?:by\s+[\w.'’ -]{1,40}?\s+)?on)?\s*[:\-–—]?\s*",
    re.IGNORECASE,
)
_TIME = re.compile(r"^(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?$", re.IGNORECASE)
_CALENDAR_WORDS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "then", "now", "late", "early", "mid",
}
_NOT_PLACES = {
    "BREAKING", "UPDATE", "UPDATED", "EXCLUSIVE", "ANALYSIS", "OPINION", "EDITORIAL", "NOTE",
    "WATCH", "VIDEO", "PHOTOS", "LIVE", "BREAKING NEWS", "COMMENT", "Q", "A",
}
_DATELINE = re.compile(
    r"^(?:(?P<caps>[A-Z][A-Z'’.\-]+(?:\s+[A-Z][A-Z'’.\-]+){0,3})"
    r"|(?P<titled>[A-Z][a-z'’.\-]+(?:\s+[A-Z][a-z'’.\-]+){0,2}(?:/[A-Z][a-z'’.\-]+(?:\s+[A-Z][a-z'’.\-]+)?)?))"
    r"(?P<region>,\s*[A-Z][A-Za-z'’.\-]+(?:\s+[A-Z][A-Za-z'’.\-]+){0,2})??"
    rf"(?P<date>,\s*{MONTH_RE}\s+(?P<day>\d{{1,2}}){ORD}(?:,?\s+(?P<year>\d{{4}}))?)?"
    r"(?:\s*\((?P<wire>[^()]{1,40})\))?"
    r"(?P<sep>\s*(?:--|[-–—:])(?:\s+|$)|\s*[–—])"
)
_NAMEISH = re.compile(r"^[A-Z][\w&'’./-]*(?:\s+[A-Z&][\w&'’./-]*){0,3}$")
_WIRE_TAG = re.compile(r"(?<=[.!?\"”’'])\s*\((?P<tag>[^()]{1,50})\)\s*$")
_WIRE_DASH = re.compile(r"(?<=[.!?\"”’'])\s*(?:--|[-–—])\s*(?P<tag>[A-Za-z][\w .'-]{1,30})\s*$")
_WIRE_SOURCE = re.compile(r"(?<=[.!?\"”’'])\s*source\s*:\s*(?P<tag>[A-Za-z][\w .'-]{1,30})\s*$", re.IGNORECASE)
_INPUTS_FROM = re.compile(r"^(?:with\s+)?(?:additional\s+)?(?:inputs?|reporting)\s+(?:from|by)\s+",
                          re.IGNORECASE)


def agency_name(text: str) -> str | None:
    """The short wire name for a credit such as "Pajhwok Afghan News", "By AFP", "(Reuters)"."""
    credit = text.strip(" ()[]-–—:.")
    credit = re.sub(r"^(?:by|source|courtesy|credit)\s*[:\-–—]?\s*", "", credit, flags=re.IGNORECASE)
    credit = _INPUTS_FROM.sub("", credit).strip(" ()[]-–—:.")
    credit = _STAFF.sub("", credit)  # "Reuters Staff", "AFP Staff Writer"
    return AGENCIES.get(credit.lower())


def credit_line(text: str) -> str | None:
    """The agency of a credit line: "AFP", "Pajhwok Afghan News", "Dawn.com | Reuters"."""
    if agency := agency_name(text):
        return agency
    segments = [s for s in re.split(r"\s*[|/]\s*", text) if s.strip()]
    if 1 < len(segments) <= 3 and all(len(s.split()) <= 4 for s in segments):
        return next((a for a in map(agency_name, segments) if a), None)
    return None


def is_junk(text: str) -> bool:
    return any(p.search(text) for p in _JUNK)


def _stamp(text: str) -> tuple[int, FoundDate] | None:
    """A "Published: <date>" / "Updated <date>" line: (priority, date); lower priority wins."""
    m = _STAMP.match(text)
    found = find_date(text[m.end():]) if m else None
    if m and found is None and (numeric := find_numeric_date(text[m.end():])) is not None and numeric.start == 0:
        found = resolve_numeric(numeric, [], set())  # "Published on 20.04.2019": only when the numbers decide
    if not m or not found or found.start > 0 or len(text) > 100:
        return None
    return (2 if re.search(r"updated|modified", m.group("label"), re.IGNORECASE) else 0), found


def byline_info(text: str, header: bool) -> tuple[str | None, tuple[int, FoundDate] | None] | None:
    """(author, (priority, date)) when `text` is a byline or date line, else None.

    A bare date line ("June 14, 2016 10:32 PM") is recognised only in the header
    (`header`) and gives no date: it may as well be the page's date as the article's.
    """
    if len(text) > 160:
        return None
    stamp = _stamp(text)
    if stamp:
        return None, stamp
    if credited := _credited_stamp(text):
        return credited
    m = _BY.match(text)
    if m and m.group("name").split()[0].lower() not in _CALENDAR_WORDS:
        rest = m.group("rest").strip(" |,;/–—-")
        if not rest or _BYLINE_WORDS.search(rest) or find_date(rest) or agency_name(rest):
            parts = re.split(r"\s*[|;]\s*|,\s+(?=[A-Z][a-z]+\s*:)", rest)
            stamps = [s for s in map(_stamp, parts) if s]
            if not stamps and (found := find_date(rest)):
                stamps = [(1, found)]
            return m.group("name"), min(stamps, key=lambda s: s[0]) if stamps else None
    if header and (found := find_date(text)) and date_line_rest(text[: found.start] + " | " + text[found.end:]):
        # A date line under the title ("Saturday 26 October 2019 07:10 BST") dates the article.
        return None, (None if is_placeholder(found) else (1, found))
    return None


_TIMES = re.compile(
    r"(?<![\w:])(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?"
    r"(?:\s*\(?(?-i:[A-Z]{2,4})(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?\)?)?(?![\w:])", re.IGNORECASE)
_AGO = re.compile(r"^(?:(?:last\s+)?updated|published|posted)?\s*:?\s*(?:\d+|an?|one)\s+"
                  r"(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago$", re.IGNORECASE)
_LABEL = re.compile(r"^(?:(?:last\s+)?updated|published|posted|on|date|time|(?-i:[A-Z]{2,4}))\s*:?$", re.IGNORECASE)


def date_line_rest(rest: str) -> bool:
    """Whether what is left of a line beside its date is only page furniture: times and zones,
    the same date written with numbers, "Updated 5 years ago", an agency ("PTI | Jun 15, 2016")."""
    while found := find_date(rest):  # "June 14, 2016 | Updated: June 16, 2016"
        rest = rest[: found.start] + " | " + rest[found.end:]
    rest = _TIMES.sub(" ", NUMERIC_DATE.sub(" ", rest))
    for segment in re.split(r"\s*[|/·•,]\s*|\s+[-–—]\s+", rest):
        segment = segment.strip(" -–—()[]:;")
        if segment and not (_AGO.match(segment) or _LABEL.match(segment) or agency_name(segment)):
            return False
    return True


def numeric_date_line(text: str) -> NumericDate | None:
    """A header line that is a numeric date ("20/04/2016", "20.04.2016 10:32"), else None."""
    found = find_numeric_date(text)
    if found and date_line_rest(text[: found.start] + " | " + text[found.end:]):
        return found
    return None


def _credited_stamp(text: str) -> tuple[str | None, tuple[int, FoundDate]] | None:
    """ "Our Correspondent | Published: January 11, 2016": a credit without "By" beside a
    publication stamp. Every other segment must be short and name a writer or desk."""
    if _BY.match(text):
        return None
    segments = [s.strip() for s in re.split(r"\s+[|·•]\s+", text) if s.strip()]
    if len(segments) < 2 or len(segments) > 4:
        return None
    stamps = [s for s in map(_stamp, segments) if s]
    others = [s for s in segments if not _stamp(s) and not _TIME.match(s)]
    if not stamps or not others or not all(
            len(s.split()) <= 5 and (_BYLINE_WORDS.search(s) or _NAMEISH.match(s)) for s in others):
        return None
    return others[0], min(stamps, key=lambda s: s[0])


def masthead(text: str) -> tuple[FoundDate, str | None] | None:
    """(scrape date, outlet) when `text` is a masthead line with a date, else None."""
    found = find_date(text)
    if not found or _STAMP.match(text) or text.startswith("By "):
        return None
    rest = (text[: found.start] + " | " + text[found.end:]).strip(" |-–—·,:")
    beside = text[max(0, found.start - 3): found.start] + text[found.end: found.end + 3]
    if not (found.weekday or not rest or _MASTHEAD_WORDS.search(rest) or re.search(r"[|·•]", beside)):
        return None
    outlet = None
    for segment in _SEGMENT_SPLIT.split(rest):
        segment = segment.strip(" ,:")
        if segment and ":" not in segment and not _MASTHEAD_WORDS.search(segment) and not _TIME.match(segment):
            outlet = segment
            break
    return found, outlet


@dataclass(frozen=True)
class Dateline:
    place: str
    wire: str | None
    published: DateValue | None
    rest: str
    month_day: tuple[int, int] | None = None  # "Feb 17" written without a year


def split_dateline(text: str) -> Dateline | None:
    """Split "KABUL, June 14 (Reuters) - The ..." into its parts; None when there is none."""
    m = _DATELINE.match(text)
    if not m:
        return None
    place = m.group("caps") or m.group("titled")
    if m.group("caps"):
        letters = re.sub(r"[^A-Z]", "", place)
        if place in _NOT_PLACES or len(letters) < 3:
            return None
    elif not (m.group("wire") or m.group("date") or re.match(r"\s+[-–—](?:\s|$)", m.group("sep"))
              or all(gazetteer.lookup(name) for name in place.split("/"))):
        return None  # "Officials: ..." is not a dateline; "Kabul (AFP) -", "Kabul - ", "Minsk: " are
    elif "/" in place and not all(gazetteer.lookup(name) for name in place.split("/")):
        return None  # "Kabul/Islamabad, June 3:" names two places; "Q/A, June 3:" none
    wire = None
    if m.group("wire"):
        tag = m.group("wire").strip()
        wire = agency_name(tag) or (tag if _NAMEISH.match(tag) else None)
        if wire is None:
            return None
    published, month_day = None, None
    if m.group("date") and not m.group("year"):
        month_day = (MONTHS[m.group("month")[:3].lower()], int(m.group("day")))
    if m.group("year"):
        try:
            day = dt.date(int(m.group("year")), MONTHS[m.group("month")[:3].lower()], int(m.group("day")))
        except ValueError:
            day = None
        if day:
            published = DateValue(day, day, "day", "explicit", m.group("date").lstrip(", "))
    return Dateline(place.strip(), wire, published, text[m.end():].strip(), month_day)


def split_wire_tag(text: str) -> tuple[str, str | None]:
    """("... the report said.", "Pajhwok") for "... the report said. (Pajhwok)"."""
    m = _WIRE_TAG.search(text)
    if m:
        tag = m.group("tag").strip()
        wire = agency_name(tag) or (tag if _NAMEISH.match(tag) else None)
        if wire:
            return text[: m.start()].rstrip(), wire
    m = _WIRE_DASH.search(text) or _WIRE_SOURCE.search(text)
    if m and (wire := agency_name(m.group("tag"))):
        return text[: m.start()].rstrip(), wire
    return text, None


_GLUED_BY = re.compile(
    r"^By\s*:\s*(?P<names>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}(?:\s*(?:,|and|&)\s*[A-Z][\w'’.-]+"
    r"(?:\s+[A-Z][\w'’.-]+){1,3})*)\s*,\s*(?P<rest>[A-Z\"“‘'].*)$"
)


def split_glued_byline(text: str) -> tuple[str, str] | None:
    """("Jane Doe, John Roe", "The council met ...") for "By:Jane Doe, John Roe, The council met
    ...": a byline the page ran into the first paragraph. The rest must read as a paragraph."""
    m = _GLUED_BY.match(text)
    if not m or len(m.group("rest").split()) < 8:
        return None
    return m.group("names"), m.group("rest")


def dated_credit(text: str) -> str | None:
    """The agency of a dated credit line ("PTI | Jun 15, 2016, 08:45 IST"), else None."""
    segments = [s for s in re.split(r"\s*[|·•]\s*", text) if s.strip()]
    return next((a for a in map(agency_name, segments) if a), None) if len(segments) > 1 else None
