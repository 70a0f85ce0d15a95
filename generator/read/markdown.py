"""Reader for Markdown articles with YAML front matter.

    ---
    title: Border crossing closed after clash
    date: 2016-06-14            # YYYY-MM-DD, YYYY-MM, YYYY, "June 2016", "June 14, 2016"
    url: https://example.org/story
    outlet: Example Daily
    wire: AFP
    dateline: TORKHAM
    actors: {add: [Frontier Corps], drop: [Pentagon]}
    ---
    Body paragraphs, separated by blank lines.

Front matter values win over what the body suggests; the body's own dateline and
wire tag are still removed from the text. The file is split here rather than by
python-frontmatter's `loads` (which strips leading lines) so that every error
names the right line; the YAML itself is loaded by python-frontmatter's
`YAMLHandler` (PyYAML's safe loader).
"""
from __future__ import annotations

import calendar
import datetime as dt
import html
import logging
import re

import frontmatter
import yaml

from generator.model import Article, DateValue
from generator.read.dates import MONTH_RE, MONTHS, find_date
from generator.read.errors import ReadError, warn
from generator.read.furniture import split_dateline, split_wire_tag
from generator.read.text import article_id, content_hash, normalise

log = logging.getLogger(__name__)

KNOWN_KEYS = ("actors", "byline", "date", "dateline", "outlet", "retrieved", "title", "url", "wire")
_FENCE = re.compile(r"^\s*(```|~~~)")
_DELIMITER = re.compile(r"^-{3,}\s*$")
_CLOSING = re.compile(r"^(?:-{3,}|\.{3})\s*$")
_HEADING = re.compile(r"^\s{0,3}#{1,6}(?:\s+(?P<text>.*?))?(?:\s+#+)?\s*$")
_SETEXT = re.compile(r"^\s{0,3}(?:=+|-+)\s*$")
_RULE = re.compile(r"^\s{0,3}([-*_])(?:\s*\1){2,}\s*$")
_REFERENCE = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S+")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s+(?P<text>.*)$")
_QUOTE = re.compile(r"^\s*(?:>\s?)+")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~|])")
# A link target: `(url)`, `(<url>)` or `(url "title")`; the URL may hold balanced parentheses
# (Wikipedia: https://en.wikipedia.org/wiki/Foo_(bar)).
_TARGET = r"\((?:<[^>\n]*>|[^()\s]|\([^()\s]*\))*(?:\s+(?:\"[^\"]*\"|'[^']*'|\([^)]*\)))?\s*\)"
_INLINE = (
    (re.compile(r"<!--.*?-->"), ""),
    (re.compile(rf"\s*(?:!\[[^\]]*\]{_TARGET}|!\[[^\]]*\]\[[^\]]*\])"), ""),  # images are dropped
    (re.compile(r"\[\^[^\]]+\]"), ""),  # footnote references
    (re.compile(rf"\[([^\]]+)\]{_TARGET}|\[([^\]]+)\]\[[^\]]*\]"), r"\1\2"),  # links keep their text
    (re.compile(r"<((?:https?|mailto):[^>\s]+)>"), r"\1"),
    (re.compile(r"`([^`]+)`"), r"\1"),
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])"), r"\1"),
    (re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"), r"\1"),
)
_DATE_FORMS = "YYYY-MM-DD, YYYY-MM, YYYY or a date such as 'June 14, 2016'"


class _Loader(yaml.SafeLoader):
    """The safe loader, but timestamps stay text so that a bad date names its own key."""


_Loader.add_constructor("tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node))


def strip_inline(text: str) -> str:
    """The words of one Markdown paragraph without its markup."""
    escaped: list[str] = []

    def hold(m: re.Match) -> str:
        escaped.append(m.group(1))
        return f"\ue000{len(escaped) - 1}\ue001"

    text = _ESCAPE.sub(hold, text)
    for pattern, replacement in _INLINE:
        text = pattern.sub(replacement, text)
    text = re.sub("\ue000(\\d+)\ue001", lambda m: escaped[int(m.group(1))], text)
    return normalise(html.unescape(text))


def markdown_blocks(lines: list[str], first_line: int) -> list[tuple[int, str, bool]]:
    """(line, text, is_heading) for each paragraph, heading or list item of a Markdown body."""
    blocks: list[tuple[int, str, bool]] = []
    current: list[str] = []
    start = first_line
    in_fence = False

    def flush(heading: bool = False) -> None:
        text = strip_inline(" ".join(current))
        if text:
            blocks.append((start, text, heading))
        current.clear()

    for number, line in enumerate(lines, start=first_line):
        if _FENCE.match(line):
            flush()
            in_fence = not in_fence
            continue
        if in_fence or _REFERENCE.match(line):
            continue  # code is not article text
        if not line.strip():
            flush()
            continue
        if current and _SETEXT.match(line):
            flush(heading=True)
            continue
        if _RULE.match(line):
            flush()
            continue
        if m := _HEADING.match(line):
            flush()
            start, current[:] = number, [m.group("text") or ""]
            flush(heading=True)
            continue
        line = _QUOTE.sub("", line)
        if m := _LIST_ITEM.match(line):
            flush()
            line = m.group("text")
        if not current:
            start = number
        current.append(line.strip())
    flush()
    return blocks


def parse_date_text(text: str) -> tuple[dt.date, dt.date, str] | None:
    """(start, end, precision) for a front-matter date string; None when it is not a date."""
    text = text.strip()
    if m := re.fullmatch(r"(\d{4})(?:-(\d{2}))?", text):
        year, month = int(m.group(1)), m.group(2)
        if not month:
            return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"
        return _month(year, int(month))
    if m := re.fullmatch(rf"{MONTH_RE},?\s+(?P<year>\d{{4}})", text, re.IGNORECASE):
        return _month(int(m.group("year")), MONTHS[m.group("month")[:3].lower()])
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?", text):
        try:
            day = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
        return day, day, "day"
    found = find_date(text)
    if found and not (text[: found.start] + text[found.end:]).strip(" ,"):
        return found.date, found.date, "day"
    return None


def _month(year: int, month: int) -> tuple[dt.date, dt.date, str] | None:
    if not 1 <= month <= 12:
        return None
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1]), "month"


def _date_value(value: object, basis: str) -> DateValue | None:
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return DateValue(value, value, "day", basis, value.isoformat())
    if isinstance(value, int) and not isinstance(value, bool) and 1000 <= value <= 9999:
        value = str(value)
    if isinstance(value, str) and (parsed := parse_date_text(value)):
        return DateValue(parsed[0], parsed[1], parsed[2], basis, value.strip())
    return None


def _split_front_matter(lines: list[str]) -> tuple[int, int] | None:
    """(index of the opening `---`, index of the closing one), or None without front matter."""
    opening = next((i for i, line in enumerate(lines) if line.strip("\ufeff \t\r")), None)
    if opening is None or not _DELIMITER.match(lines[opening].lstrip("\ufeff")):
        return None
    for i in range(opening + 1, len(lines)):
        if _CLOSING.match(lines[i]):
            return opening, i
    raise ReadError(opening + 1, "front matter is not closed: add a line '---' after it")


def _key_lines(fm_text: str, offset: int) -> dict[str, int]:
    node = yaml.compose(fm_text, Loader=yaml.SafeLoader)
    if not isinstance(node, yaml.MappingNode):
        return {}
    return {str(k.value): k.start_mark.line + offset for k, _ in node.value}


def _text(meta: dict, key: str, lines: dict[str, int], path: str) -> str | None:
    """A text value; a value of another type is left out with a warning."""
    value = meta.get(key)
    if value is None:
        return None
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return normalise(str(value)) or None
    warn(path, lines.get(key, 1), f"front matter `{key}` must be text, not {type(value).__name__}: left out")
    return None


def _names(value: object, line: int, key: str, path: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        warn(path, line, f"front matter `actors.{key}` must be a list of names: left out")
        return ()
    return tuple(sorted({normalise(v) for v in value if normalise(v)}))


def _actors(value: object, line: int, path: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    if value is None:
        return (), ()
    if isinstance(value, list):
        return _names(value, line, "add", path), ()
    if not isinstance(value, dict):
        warn(path, line, "front matter `actors` must be a mapping: {add: [...], drop: [...]}: left out")
        return (), ()
    for key in sorted(set(value) - {"add", "drop"}, key=str):
        warn(path, line, f"unknown key {key!r} under `actors` ignored (use add or drop)")
    return _names(value.get("add"), line, "add", path), _names(value.get("drop"), line, "drop", path)


def read_markdown_article(path: str, raw: str) -> Article:
    """Read one Markdown article with optional YAML front matter."""
    if "\x00" in raw:
        raise ReadError(raw[: raw.index("\x00")].count("\n") + 1, "binary file (NUL byte), not text")
    lines = raw.split("\n")
    if not raw.strip("\ufeff \t\r\n"):
        raise ReadError(1, "empty file")
    meta: dict = {}
    key_lines: dict[str, int] = {}
    body_from = 0
    if bounds := _split_front_matter(lines):
        opening, closing = bounds
        fm_text = "\n".join(lines[opening + 1: closing])
        first = opening + 2  # 1-based file line of the first YAML line
        try:
            loaded = frontmatter.YAMLHandler().load(fm_text, Loader=_Loader)
            key_lines = _key_lines(fm_text, first)
        except yaml.MarkedYAMLError as err:
            mark = err.problem_mark or err.context_mark
            line = first + mark.line if mark else opening + 1
            raise ReadError(line, f"invalid YAML in front matter: {err.problem or err.context}") from None
        except yaml.reader.ReaderError as err:  # a control character
            raise ReadError(first + fm_text.count("\n", 0, err.position),
                            f"invalid YAML in front matter: {err.reason} (character #x{err.character:04x})") from None
        except yaml.YAMLError as err:
            raise ReadError(opening + 1, f"invalid YAML in front matter: {err}") from None
        if loaded is not None and not isinstance(loaded, dict):
            raise ReadError(first, "front matter must be a mapping of keys such as `title:` and `date:`")
        meta = {str(k): v for k, v in (loaded or {}).items()}
        body_from = closing + 1
    for key in sorted(set(meta) - set(KNOWN_KEYS)):
        warn(path, key_lines.get(key, 1), f"unknown front matter key {key!r} ignored (known: {', '.join(KNOWN_KEYS)})")

    dates = {}
    for key, basis in (("date", "front_matter"), ("retrieved", "retrieved")):
        if meta.get(key) is not None:
            dates[key] = _date_value(meta[key], basis)
            if dates[key] is None:  # only this value is left out
                warn(path, key_lines.get(key, 1),
                     f"front matter `{key}` is not a date: {meta[key]!r} (use {_DATE_FORMS}): left out")
    add, drop = _actors(meta.get("actors"), key_lines.get("actors", 1), path)

    blocks = markdown_blocks(lines[body_from:], body_from + 1)
    title = _text(meta, "title", key_lines, path)
    if blocks and blocks[0][2] and (title is None or blocks[0][1].casefold() == strip_inline(title).casefold()):
        title = title or blocks[0][1]
        blocks = blocks[1:]
    if not title:
        raise ReadError(1, "no title: add `title:` to the front matter or start with a '# Heading'")
    if not blocks:
        raise ReadError(body_from + 1, f"no body text after the title {title!r}")

    paragraphs = [(line, text) for line, text, _ in blocks]
    dateline, wire = None, None
    if not blocks[0][2] and (found := split_dateline(paragraphs[0][1])):
        dateline, wire = found.place, found.wire
        paragraphs[0] = (paragraphs[0][0], found.rest)
    if not blocks[-1][2]:
        last, tag = split_wire_tag(paragraphs[-1][1])
        paragraphs[-1] = (paragraphs[-1][0], last)
        wire = wire or tag
    texts = tuple(text for _, text in paragraphs if text)
    if not texts:
        raise ReadError(blocks[0][0], "no body text after the dateline")
    return Article(
        id=article_id(path),
        path=path,
        title=title,
        paragraphs=texts,
        content_hash=content_hash(raw),
        format="markdown",
        outlet=_text(meta, "outlet", key_lines, path),
        url=_text(meta, "url", key_lines, path),
        dateline=_text(meta, "dateline", key_lines, path) or dateline,
        wire=_text(meta, "wire", key_lines, path) or wire,
        byline=_text(meta, "byline", key_lines, path),
        published=dates.get("date"),
        retrieved=dates.get("retrieved"),
        add_actors=add,
        drop_actors=drop,
        body_line=blocks[0][0],
    )
