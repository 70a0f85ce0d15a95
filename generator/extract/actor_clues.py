"""Clues in real news pages about which names are actors: office words glued before a name,
photo credits and bylines, makers before a model number, codes in brackets, and armed groups
described by their backer ("pro-Russian rebels", "Russia-backed separatists")."""
from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Span

from generator import gazetteer

# Words of an office that the NER glues before a name: "Interior Minister Joseph X", "German
# Chancellor Angela Merkel". A name made only of them is a title, not an actor.
OFFICE_WORDS = frozenset((
    "president", "vice", "prime", "minister", "minster", "chancellor", "secretary", "cabinet", "interior",
    "foreign", "defence", "defense", "finance", "security", "deputy", "acting", "former", "state", "general",
    "commander", "chief", "spokesman", "spokeswoman", "ambassador", "envoy", "governor", "premier", "speaker",
    "home", "affairs", "internal", "justice", "attorney", "national", "police",
))
_FINAL_PUNCT = tuple(".!?\"'”’)…:")
# Nouns for an armed group described by its backer: "pro-Russian rebels", "Russia-backed separatists".
GROUP_PLURALS = frozenset((
    "separatists", "rebels", "insurgents", "militants", "militias", "militiamen", "gunmen", "fighters",
    "forces", "groups", "paramilitaries", "proxies",
))
GROUP_SINGULARS = frozenset(("separatist", "rebel", "insurgent", "militant", "militia", "paramilitary", "armed"))
_BACKED = frozenset(("backed", "supported", "allied", "aligned", "sponsored", "funded", "armed"))
# Bare nouns that stand for the described group named earlier or later in the article.
BARE_GROUP = frozenset(("separatists", "rebels", "insurgents"))


def strip_title(ent: Span, start: int, text: str) -> tuple[int, str]:
    """A PERSON entity without the office words the NER glued before the name:
    "Interior Minister Joseph Nkaissery" -> "Joseph Nkaissery"."""
    words = text.split(" ")
    k = 0
    while k < len(words) - 1 and (words[k].casefold().rstrip(".") in OFFICE_WORDS or words[k] in gazetteer.DEMONYMS):
        k += 1
    if k == 0 or len(words) - k < 2 or (k < 2 and words[0] not in gazetteer.DEMONYMS):
        return start, text  # "President Kenyatta", "General Soleimani" stay as written
    cut = len(" ".join(words[:k])) + 1
    return start + cut, text[cut:]


def only_office(text: str) -> bool:
    """"German Chancellor", "Defence Secretary": a title with no name."""
    words = text.replace("-", " ").split()
    return bool(words) and words[-1].casefold() in OFFICE_WORDS - {"state", "general", "national", "police"} \
        and all(w.casefold().rstrip(".") in OFFICE_WORDS or w in gazetteer.DEMONYMS or gazetteer.country(w) for w in words)


def credit_or_byline(ent: Span, last_paragraph: bool) -> bool:
    """A name that is no actor of the story: a byline alone on its line ("Andy Gregory"),
    a photo credit ("Ben Curtis/AP", "Mykola Lazarenk, AFP |", "REUTERS/Name"), a desk of an
    outlet ("RFE/RL's Ukrainian Service"), or a name cut off where a truncated page ends."""
    doc = ent.doc
    words = [t for t in doc if not t.is_punct and not t.is_space]
    if ent.label_ == "PERSON" and words and all(ent.start <= t.i < ent.end or t.lower_ == "by" for t in words):
        return True
    after = doc[ent.end] if ent.end < len(doc) else None
    before = doc[ent.start - 1] if ent.start > 0 else None
    if ent.label_ == "PERSON" and (ent[-1].text in ("/", "|") or after is not None and after.text in ("/", "|")):
        return True  # "Name/AP"
    if after is not None and after.text == "," and ent.end + 1 < len(doc) and doc[ent.end + 1].text.isupper():
        k = ent.end + 1
        while k < len(doc) and doc[k].ent_type_ == "MEDIA" and doc[k].text.isupper():
            k += 1
        if k > ent.end + 1 and (k == len(doc) or doc[k].text in ("|", "/")):
            return True  # "Name, AFP |": a photo credit
    if before is not None and before.text == "/" and ent.start > 1 and doc[ent.start - 2].ent_type_ == "MEDIA":
        return True
    if before is not None and before.tag_ == "POS" and ent.start > 1 and doc[ent.start - 2].ent_type_ == "MEDIA":
        return True
    if last_paragraph and ent.end == len(doc) and not doc.text.rstrip().endswith(_FINAL_PUNCT):
        return True
    return False


def product_name(ent: Span) -> bool:
    """"a Boeing 777", "Airbus A320": a maker's name before a model number is no actor."""
    doc = ent.doc
    i = ent.end
    if i < len(doc) and doc[i].text in ("-", "–"):
        i += 1
    return i < len(doc) and _MODEL_NUMBER.fullmatch(doc[i].text) is not None and not _YEAR.fullmatch(doc[i].text)


_MODEL_NUMBER = re.compile(r"[A-Z]{0,2}-?\d{2,4}(?:-\d{1,3})?[A-Za-z]{0,3}")
_YEAR = re.compile(r"(?:19|20)\d\d")


def code_after_place(tok_start: int, doc) -> bool:
    """"Baghdad International Airport (BGW)": a code in brackets after a place."""
    if tok_start < 2 or doc[tok_start - 1].text != "(":
        return False
    prev = doc[tok_start - 2]
    return prev.ent_type_ in ("FAC", "GPE", "LOC") or prev.lower_ in ("airport", "airbase", "base")


def described_groups(span: Span) -> list[tuple[int, int, str]]:
    """Armed groups named by their backer: "pro-Russian rebels", "pro-Moscow separatists",
    "Russia-backed separatists", "Russian-backed separatist group". (start token, end token,
    canonical name "Pro-Russian separatists")."""
    doc = span.doc
    out = []
    for tok in span:
        i = tok.i
        country, j = None, None
        if tok.lower_ == "pro" and i + 2 < span.end and doc[i + 1].text == "-":
            country, j = country_word(doc[i + 2].text), i + 3
        elif i + 2 < span.end and doc[i + 1].text == "-" and doc[i + 2].lower_ in _BACKED:
            country, j = country_word(tok.text), i + 3
        if country is None and tok.ent_type_ in ("GPE", "LOC", "ORG", "NORP") and tok.pos_ == "PROPN" \
                and tok.text.istitle() and i + 1 < span.end and doc[i + 1].lower_ in ("rebels", "separatists") \
                and (i + 1 == len(doc) - 1 or doc[i + 2].lower_ not in GROUP_PLURALS) \
                and not country_word(tok.text) and (i == 0 or doc[i - 1].ent_type_ != tok.ent_type_):
            out.append((i, i + 2, f"{tok.text} {doc[i + 1].lower_}"))  # "Donbass rebels", "Houthi rebels"
            continue
        if country is None or j is None or j >= span.end:
            continue
        noun = doc[j]
        end = None
        if noun.lower_ in GROUP_PLURALS and not (noun.lower_ == "forces" and tok.lower_ != "pro"):
            end = j + 1
        elif noun.lower_ in GROUP_SINGULARS and j + 1 < span.end and doc[j + 1].lower_ in GROUP_PLURALS | {"group"}:
            end = j + 2
        if end is None:
            continue
        adjective = gazetteer.demonym_of(country) or country
        kind = "militias" if "militia" in noun.lower_ else "separatists"
        out.append((i, end, f"Pro-{adjective} {kind}"))
    return out


def country_word(text: str) -> str | None:
    """The country a name, a demonym or a capital stands for: "Moscow", "Russian", "Russia"."""
    place = gazetteer.country(text)
    if place is not None:
        return place.name
    return gazetteer.DEMONYMS.get(text) or gazetteer.capital_country(text)


_OPEN_QUOTES = frozenset(("“", '"', "‘"))
_CLOSE_QUOTES = frozenset(("”", '"', "’"))
NICKNAME = re.compile(r"\s*[“\"‘][^”\"’]{1,30}[”\"’]\s*")


def nickname_names(doc) -> list[tuple[int, int]]:
    """Token spans of full names with a quoted nickname inside: 'Ahmed "Tiger" Hassan Ali'.

    Capitalised proper nouns before the quote (at most three, no title) and after it (at
    most two), one or two capitalised words in quotes, and a person's name on either side."""
    out = []
    for tok in doc:
        if tok.text not in _OPEN_QUOTES or tok.i == 0:
            continue
        close = next((j for j in range(tok.i + 2, min(tok.i + 4, len(doc))) if doc[j].text in _CLOSE_QUOTES), None)
        if close is None or not all(t.is_title for t in doc[tok.i + 1:close]):
            continue
        start = tok.i
        while start > 0 and tok.i - start < 3 and _name_word(doc[start - 1]):
            start -= 1
        end = close + 1
        while end < len(doc) and end - close <= 2 and _name_word(doc[end]):
            end += 1
        person = any(t.ent_type_ == "PERSON" for t in (*doc[start:tok.i], *doc[close + 1:end]))
        if start < tok.i and end > close + 1 and person:
            out.append((start, end))
    return out


def _name_word(tok) -> bool:
    from generator.extract.nlp import HONORIFICS

    return tok.pos_ == "PROPN" and tok.is_title and tok.lower_ not in HONORIFICS and tok.lower_ not in OFFICE_WORDS


def held_at_split(ent: Span) -> int | None:
    """"the ambassador to the UN Jane Doe" tagged as one organisation: the token where the
    person's name begins, when the words before it are a known body or an acronym."""
    from generator.extract import knowledge
    from generator.extract.nlp import TITLE_WORDS

    doc = ent.doc
    first = ent.start + 1 if doc[ent.start].lower_ == "the" else ent.start
    k = ent.start - 1
    k -= 1 if k >= 0 and doc[k].lower_ == "the" else 0
    if k < 1 or doc[k].lower_ != "to" or doc[k - 1].lower_ not in TITLE_WORDS:
        return None
    for cut in (ent.end - 2, ent.end - 3):
        body = doc[first:cut].text
        if cut > first and all(t.pos_ == "PROPN" and t.is_title for t in doc[cut:ent.end]) \
                and (knowledge.lookup(body) is not None or body.isupper()):
            return cut
    return None


def _content_words(tokens) -> set[str]:
    return {w for t in tokens if t.pos_ in ("NOUN", "PROPN", "VERB", "ADJ") and t.is_alpha and not t.is_stop
            and len(t.text) > 2 for w in (t.lower_, t.lemma_.lower())}


def pasted_story(sentences, title: str) -> set[int]:
    """Paragraphs of an unrelated story pasted inside a page: a headline in the body (title-case
    words, no final punctuation, not the first paragraph) and the paragraph after it, when the
    two share no noun, verb or adjective with the title and the rest of the article. Names in
    them are no actors of the story."""
    paragraphs: dict[int, list] = {}
    for sentence, span in sentences:
        paragraphs.setdefault(sentence.paragraph, []).append(span)
    order = sorted(paragraphs)
    out: set[int] = set()
    # each paragraph's content words, and in how many paragraphs each word is: "the rest of the
    # article" is then known for any two paragraphs without reading the article again (linear)
    words_of = {p: _content_words([t for s in paragraphs[p] for t in s]) for p in order}
    spread = Counter(w for p in order for w in words_of[p])
    in_title = set(re.findall(r"[a-z]+", title.casefold()))
    for h, nxt in zip(order[1:], order[2:]):
        spans = paragraphs[h]
        words = [t for s in spans for t in s if t.is_alpha]
        text = " ".join(s.text for s in spans).strip()
        if len(spans) != 1 or len(words) < 4 or text.endswith(_FINAL_PUNCT) \
                or sum(t.text[:1].isupper() for t in words) * 3 < len(words) * 2:
            continue
        inserted = words_of[h] | words_of[nxt]
        elsewhere = any(w in in_title or spread[w] - (w in words_of[h]) - (w in words_of[nxt]) > 0
                        for w in inserted)
        if inserted and not elsewhere:
            out.update((h, nxt))
    return out
