"""Page clutter of scraped text: lines a news page shows around the story but that are not
the story, decided by their shape and the wording of widgets, never by an outlet's name.

Dropped: photo captions (a line ending in a photo credit such as "REUTERS/Name", "(AP Photo)",
"Handout via REUTERS"; a credit prefix "Name, AFP | ..."; "Media caption," and the line it
labels), lone photo credits, "• Published", view and comment counters, "This story is over N
years old.", notification / newsletter / donation / subscription prompts, comment forms,
related-article headings and the titles listed under them, share buttons, e-mail placeholders,
author boxes, embedded-post signatures ("— Name (@handle) July 17, 2014"), archive headers and
punctuation-only lines. Widget prefixes ("You're reading:", a leading bullet) are cut from the
line they stand before. A line that merely mentions a photo, a comment or an update is kept:
every rule needs the whole line (or its end) to have the widget's shape.
"""
from __future__ import annotations

import re

from generator.read.furniture import AGENCIES, agency_name, is_junk, split_wire_tag

_PHOTO_AGENCIES = sorted(
    {*AGENCIES, "getty images", "getty", "epa", "epa-efe", "ap photo", "afp photo", "reuters photo",
     "shutterstock", "handout", "pool", "sipa", "alamy", "ansa", "kyodo", "yonhap", "bloomberg",
     "anadolu agency", "iranian presidency", "nurphoto", "zuma press", "ria novosti"},
    key=len, reverse=True,
)
_AGENCY = "(?i:" + "|".join(re.escape(a) for a in _PHOTO_AGENCIES) + ")"
_AGENCY_UPPER = "|".join(re.escape(a.upper()) for a in _PHOTO_AGENCIES)  # "REUTERS/Name"
_NAME = r"(?:[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|al|van|von|bin|el)){0,4})"
_I = re.IGNORECASE

# The end of a caption: the photo credit after the caption's text.
_CAPTION_END = (
    re.compile(rf"\bvia\s+{_AGENCY}\.?\)?$", _I),  # "... Handout via REUTERS"
    re.compile(rf"\b(?:{_AGENCY_UPPER})\s*/\s*(?!{_AGENCY}\b){_NAME}\.?$"),  # "REUTERS/Name"
    re.compile(rf"\((?:{_AGENCY}\s+)?(?:photos?|images?|pictures?|file)(?:\s*/\s*[^()]*)?\)\.?$", _I),  # (AP Photo)
    re.compile(rf"\([^()]{{0,60}}/\s*{_AGENCY}(?:\s*/\s*{_AGENCY})*\)\.?$", _I),  # (NAME/AFP/Getty Images)
    re.compile(r"[.!?”\"]\s*(?:photo|image|picture|video)(?:\s+credit)?\s*:\s*[^.:]{1,60}$", _I),
    re.compile(r"[.!?”\"]\s*source\s*:\s*[^.:]{1,40}$", _I),  # "... airport. Source: Associated Press"
)
_CREDIT_PREFIX = re.compile(rf"^(?:{_NAME}\s*[,/]\s*)?{_AGENCY}(?:\s+photo)?\s*\|\s*(?P<rest>.+)$", _I)
_LONE_CREDIT = (
    re.compile(rf"^{_NAME}\s*/\s*{_AGENCY}(?:\s*/\s*{_AGENCY})*$"),  # "Ben Curtis/AP"
    re.compile(rf"^(?:{_AGENCY_UPPER})\s*/\s*{_NAME}$"),  # "REUTERS/Feisal Omar"
    re.compile(rf"^(?:(?:photo|image|picture)s?\s+(?:via|by|from)\s+.{{1,40}}|{_AGENCY}\s+via\s+{_AGENCY}"
               rf"|image\s+(?:source|copyright)\s*,?\s*:?.{{0,40}}|getty\s+images)$", _I),
)
# "Media caption," / "Image caption," label the line after them.
_CAPTION_LABEL = re.compile(r"^(?:media|image|video|photo|picture)\s+caption\s*[,:]?$", _I)

_WIDGETS = tuple(
    re.compile(p, _I)
    for p in (
        r"^[|•·●▪◦\-–—_*=~#/\\>]+$",  # a lone "|"
        r"^\d+\s*(?:min(?:ute)?s?|mins?)\.?\s+read$",  # "3 Min Read"
        r"^[•·]?\s*(?:published|updated|posted|last\s+updated)$",
        # counters: "32 views", "0 comment", "Comments (4)", "Comments"
        r"^\d[\d,.]*\s*[km]?\s+(?:views?|comments?|shares?|reads?|likes?|responses?|replies)$",
        r"^(?:views?|comments?|shares?|replies)\s*:?\s*\(?\d[\d,.]*[km]?\)?$",
        r"^(?:no|show|view|add|hide|load|see)?\s*(?:all\s+)?comments?$",
        r"^this\s+(?:story|article|post|page|content)\s+is\s+(?:over|more\s+than)\s+\w+\s+(?:years?|months?)\s+old\.?$",
        # notifications, newsletters, subscriptions, alerts
        r"^(?:stay\s+up\s+to\s+date|get|allow|turn\s+on|enable|receive|sign\s+up\s+for)\b.{0,80}\bnotifications?\b",
        r"^notifications?\s+can\s+be\b",
        r"^(?:sign\s+up|subscribe|register|join)\b.{0,100}\b(?:newsletters?|inbox|e-?mails?|alerts?|updates|free)\b",
        r"^(?:get|receive)\s+(?:our|the)\b.{0,60}\bnewsletters?\b",
        r"^(?:subscribe|sign\s+up|subscribe\s+now|sign\s+in|log\s?in|register)(?:\s+(?:now|today|here))?[.!]?$",
        r"^thanks?\s+(?:you\s+)?for\s+(?:signing\s+up|subscribing|registering)\b",
        r"^(?:already\s+(?:a\s+)?(?:subscriber|registered|have\s+an\s+account)|enter\s+your\s+e-?mail)\b",
        # comment forms
        r"^leave\s+a\s+(?:comment|reply)\b",
        r"^your\s+e-?mail\s+address\s+will\s+not\s+be\s+published\b",
        r"^required\s+fields\s+are\s+marked\b",
        r"^please\s+enter\s+(?:your|a\s+valid)\s+(?:comment|name|e-?mail)\b",
        r"^you\s+have\s+entered\s+an\s+incorrect\s+e-?mail\b",
        r"^save\s+my\s+name,?\s+e-?mail\b",
        r"^notify\s+me\s+of\s+(?:follow-up\s+comments|new\s+posts)\b",
        r"^(?:post|submit)\s+(?:a\s+|your\s+)?comment$|^cancel\s+reply$",
        r"^(?:name|e-?mail|website|comment)\s*\*?:?$",
        r"^(?:log\s?in|sign\s+in)\s+to\s+(?:leave\s+a\s+|post\s+a\s+)?comment\b",
        r"^this\s+site\s+uses\s+akismet\b",
        # related stories, read more, archive headers
        r"\bread\s+(?:more|the\s+full\s+story)\s+here\.?$",
        r"^click\s+here\s+to\s+(?:read|see|watch)\b",
        r"^showing\s+posts\s+(?:from|with|for)\b",
        # share buttons
        r"^(?:copy\s+link|link\s+copied|share\s+via\s+\w+|click\s+to\s+(?:share|email|print)\b.*"
        r"|\(?opens\s+in\s+(?:a\s+)?new\s+window\)?)$",
        # e-mail placeholders and lone addresses
        r"^(?:e-?mail\s*:?\s*)?\[?email(?:\s|&#160;)*protected\]?$",
        r"^(?:e-?mail\s*:?\s*)?[\w.+-]+@[\w-]+\.[\w.]+$",
        # author boxes
        r"^(?:author|authors|about\s+the\s+authors?|written\s+by|posted\s+by|more\s+by\s+this\s+author)\s*:?$",
        r"^(?:view\s+all\s+posts|all\s+posts|more\s+(?:articles|stories|posts))\s+(?:by|from)\b.{0,60}$",
        # site navigation and page chrome
        r"^skip\s+to\s+(?:main\s+)?(?:content|navigation)$|^back\s+to\s+top$|^(?:previous|next)\s+(?:article|post|story)$",
        r"^home\s*(?:[|>»/›]\s*[\w &'’-]{1,30}){1,5}$",  # breadcrumbs
        r"^loading\.*$|^continue\s+reading(?:\s+below)?\.?$|^listen\s+to\s+(?:this|the)\s+(?:article|story)\b.{0,20}$",
        r"^your\s+browser\s+does\s+not\s+support\b|^please\s+enable\s+javascript\b",
        r"^(?:we\s+use\s+cookies\b.{0,120}|accept(?:\s+all)?\s+cookies|cookie\s+(?:policy|settings))$",
        r"^(?:follow\s+(?:us|@\w+)\s+on\s+\w+|join\s+our\s+\w+\s+(?:channel|group)|download\s+(?:our|the)\s+app)\b.{0,40}$",
        r"^click\s+here\s+to\s+(?:subscribe|sign\s+up|join|download|follow)\b",
        # copyright and provenance footers
        r"^(?:©|\(c\)|copyright\s*(?:©|\(c\)|\d{4}))\s*.{0,80}$|^all\s+rights\s+reserved\.?$",
        r"^this\s+(?:article|story|post)\s+(?:was\s+)?(?:originally|first)\s+(?:published|appeared)\s+(?:on|in|at)\b.{0,80}$",
        r"^contact\s+the\s+(?:author|writer|reporter)\b.{0,60}$",
        # wire credits at the foot: "(Reporting by Jane Doe; Editing by John Roe)"
        r"^\(?(?:additional\s+)?(?:reporting|writing|editing)\s+by\b[^()]{0,160}(?:editing|writing)\s+by\b[^()]{0,80}\)?$",
        # a video teaser: "Watch: ..."
        r"^(?:watch|video|gallery|in\s+pictures)\s*:\s*\S(?:\s*\S+){0,11}$",
        # an embedded post's signature: "— Name (@handle) July 17, 2014"
        r"^[—–-]\s*[^()]{1,80}\(@\w{1,30}\)\s*.{0,40}\d{4}$",
        r"^pic\.twitter\.com/\S+$",
    )
)
_RELATED_HEADING = re.compile(
    r"^(?:related(?:\s+(?:stories|news|articles|posts|coverage|content|reading|links|topics))?"
    r"|(?:more|latest|top|popular|trending)\s+(?:stories|news|posts|articles|headlines)|more\s+(?:from|on)\s+.{1,40}"
    r"|most\s+(?:read|popular|viewed|shared)|trending(?:\s+now)?|you\s+may\s+also\s+like|recommended(?:\s+for\s+you)?"
    r"|read\s+(?:more|also|next)|also\s+read|see\s+also|what\s+to\s+read\s+next|don'?t\s+miss|editor'?s\s+picks)"
    r"\s*:?$", _I)
_APPEAL_HEADING = re.compile(
    r"^(?:your\s+support\s+(?:helps|makes|matters)|support\s+(?:our|independent|quality|free)\b.{0,40}journalism"
    r"|please\s+(?:consider\s+)?(?:donating|donate|supporting\s+us|support\s+us)|donate(?:\s+(?:now|today))?[.!]?$"
    r"|make\s+a\s+(?:donation|contribution)|become\s+a\s+(?:member|supporter|subscriber|patron))", _I)
_APPEAL = re.compile(r"\b(?:we|our|us|your|you)\b|\b(?:We|Our|Your|You)\b")
_QUOTES = re.compile(r"[\"“”]")
_PREFIXES = (
    re.compile(r"^(?:you'?re|you\s+are)\s+(?:reading|viewing)\s*:\s*", _I),
    re.compile(r"^[•·●▪◦]\s*"),
)
_PHOTO_PREFIX = re.compile(r"^(?:[Pp]hoto|[Ii]mage|[Vv]ideo)\s+(?=[A-Z][a-z]*\s)")
_SOURCE = re.compile(r"^(?:source|sources|courtesy)\s*:\s*[^.:]{1,40}$", _I)
SENTENCE_END = re.compile(r"[.!?][\"”’')]*$")  # a line that ends like a sentence


def strip_prefix(text: str) -> str:
    """The line without a widget's prefix: "You're reading: X" -> "X", "• X" -> "X", and
    "Photo There was no claim ..." -> "There was no claim ..." (the word before a sentence)."""
    for pattern in _PREFIXES:
        text = pattern.sub("", text, count=1)
    m = _PHOTO_PREFIX.match(text)
    if m and len(text.split()) >= 9 and SENTENCE_END.search(text):
        text = text[m.end():]
    return text


def is_caption(text: str) -> bool:
    """A photo caption: a line ending in a photo credit, or starting with one ("Name, AFP | ...")."""
    if any(p.search(text) for p in _CAPTION_END):
        return True
    m = _CREDIT_PREFIX.match(text)
    return bool(m and len(m.group("rest").split()) >= 5 and re.search(r"\b[a-z]{3,}\b", m.group("rest")))


def is_photo_credit(text: str) -> bool:
    """A photo credit on its own line: "Ben Curtis/AP", "REUTERS/Name", "Photo via Reuters"."""
    return (any(p.match(text) for p in _LONE_CREDIT) and not agency_name(text)
            and not SENTENCE_END.search(text))


def is_widget(text: str) -> bool:
    """A widget's line: a prompt, a form, a counter, a share row (never a line over 30 words)."""
    return is_junk(text) or (len(text.split()) <= 30 and any(p.search(text) for p in _WIDGETS))


def _title_like(text: str) -> bool:
    return len(text.split()) <= 16 and not SENTENCE_END.search(text)


def clean(items: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """`items` (line number, text) without the page's clutter lines, prefixes cut.

    The last line is never taken for a caption by its "Source: X" or "(Reuters/AP)" end: there it
    is the story's own credit, which the wire-tag reader handles.
    """
    kept: list[tuple[int, str]] = []
    skip_next = False
    block: str | None = None  # "appeal" / "related": lines under such a heading are dropped too
    block_left = 0
    for index, (number, raw) in enumerate(items):
        text = strip_prefix(raw)
        last = index == len(items) - 1
        if skip_next:
            skip_next = False
            continue
        if block and block_left > 0:
            block_left -= 1
            if block == "appeal" and _APPEAL.search(text) and not _QUOTES.search(text) and not is_caption(text):
                continue
            if block == "related" and _title_like(text) and not is_widget(text):
                continue
            block = None
        if not text:
            continue
        if _CAPTION_LABEL.match(text):
            skip_next = True
            continue
        if _APPEAL_HEADING.match(text) and len(text.split()) <= 20:
            block, block_left = "appeal", 8
            continue
        if _RELATED_HEADING.match(text):
            block, block_left = "related", 10
            continue
        if is_widget(text) or (_SOURCE.match(text) and not agency_name(text)):
            continue  # a lone "Source: BBC" (an agency's credit is left for the wire reader)
        if is_photo_credit(text):
            continue
        caption = is_caption(text) and not (
            last and (re.search(r"source\s*:\s*[^.:]{1,40}$", text, _I) or split_wire_tag(text)[1]))
        if caption:
            if kept and text.startswith(kept[-1][1]) and kept[-1][1] != text:
                kept.pop()  # the same caption just above, without its credit
            continue
        kept.append((number, text))
    return kept
