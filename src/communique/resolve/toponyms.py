"""Toponyms: the words of a text that may name a place, before any reading.

From, in order of trust: the press-agency date line ("KABUL, Afghanistan"), names
before a generic place word ("Balkh province", whatever spaCy tagged them), the
place mentions (GPE, LOC, FAC), the country adjectives among NORP mentions
("Turkish" -> Turkey), and, kept later only when they name a well-known place,
names spaCy tagged otherwise (a person "in Aleppo", an organisation "Danbury",
the "Kentucky" of "Kentucky State Police") or not at all ("fighting in Aleppo").
A name after a comma is the container of the one before ("Lewisburg, W.Va.").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..document import Document, Mention
from .gazetteer import HOW_ALIAS, HOW_NAME, name_key
from .gazetteer.ranking import GENERIC_WORDS, Choice, generic_word_regex

PLACE_LABELS = ("GPE", "LOC", "FAC")

_GENERIC_AFTER = re.compile(r"\s+(?P<w>[A-Za-z]+)\b")
# "the province of X", "the hamlet of X": any generic place word (gazetteer.ranking.GENERIC_WORDS)
# (and the later names of a list: "the villages of X and Y")
_GENERIC_BEFORE = re.compile(
    rf"\b(?P<w>(?i:{generic_word_regex()}|state))(?i:e?s)?\s+of\s+"
    r"(?:[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}(?:,\s+|,?\s+and\s+))*$")
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|from|to|into|outside|across|around|towards?|"
                              r"through|inside|via|over)\s+(?:the\s+)?$", re.I)
_POSSESSIVE = re.compile(r"['’]s?$")
_TITLE = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sen|Rep|Gov|Gen|Col|Capt|Lt|Sgt|President|"
                    r"Minister|Premier|Mayor|Sheikh|Sir|Dame|Lady|Lord)\.?\s+[A-Z]")


@dataclass
class Toponym:
    start: int
    end: int
    text: str
    source: str  # dateline | mention | adjective | container | recall | embedded | scan | propagated
    mentions: list[Mention] = field(default_factory=list)
    generic: str | None = None           # "province" in "Helmand province"
    container: Toponym | None = None     # "West Virginia" in "Lewisburg, West Virginia"
    choice: Choice | None = None
    reason: str | None = None
    # named a place by a generic word and "of" before it ("the village of X"): kept as a
    # place even when the gazetteer does not know it
    worded: bool = False

    @property
    def key(self) -> str:
        # (asked tens of thousands of times per hundred statements while readings are
        # weighed: kept beside the text it was made from, made again if the text changes)
        got = self.__dict__.get("_key")
        if got is None or got[0] is not self.text:
            got = self.__dict__["_key"] = (self.text, name_key(self.text))
        return got[1]


# -- finding toponyms ---------------------------------------------------------------
def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading "the" and a trailing possessive from a span."""
    s = text[start:end]
    m = re.match(r"(?i)the\s+", s)
    if m and len(s) > m.end():
        start += m.end()
    m = re.search(r"-(?:area|based|born|bound|style|led|backed)$", text[start:end])
    if m:
        end = start + m.start()
    m = _POSSESSIVE.search(text[start:end])
    if m and end - start > m.end() - m.start() + 1:
        end -= m.end() - m.start()
    while end > start and text[end - 1] in " ,;:":
        end -= 1
    return start, end


def _split_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """ "Lewisburg, West Virginia" -> the two names' spans."""
    parts, pos = [], start
    for piece in text[start:end].split(","):
        s, e = pos, pos + len(piece)
        pos = e + 1
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            parts.append((s, e))
    return parts


# "City of Montreal", "County of Brant": the generic word opens the name.
_GENERIC_OPENING = re.compile(rf"(?P<w>{generic_word_regex().title()}|State)\s+of\s+(?=[A-Z])")


def _generic_of(text: str, start: int, end: int) -> tuple[int, int, str | None]:
    """A generic place word inside or beside the name, and the name without it."""
    m = _GENERIC_OPENING.match(text, start, end)
    if m and m.end() < end:
        return m.end(), end, m.group("w").lower()
    words = text[start:end].split()
    if len(words) > 1 and words[-1].lower() in GENERIC_WORDS:
        return start, end, words[-1].lower()
    m = _GENERIC_AFTER.match(text, end)
    if m and m.group("w").lower() in GENERIC_WORDS and not m.group("w").isupper():
        return start, end, m.group("w").lower()
    m = _GENERIC_BEFORE.search(text, max(0, start - 60), start)
    if m:
        return start, end, m.group("w").lower()
    return start, end, None


# A press-agency date line the structure stage left: "BERLIN —", "DETROIT (AP) -".
_AGENCY = re.compile(r"(?m)(?:^|(?<=[.!?] ))(?P<place>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}"
                     r"(?:, [A-Z][\w.]+(?: [A-Z][\w.]+)?)?)\s*(?:\([A-Za-z. ]+\)\s*)?[—–-]{1,2}\s")
# "Danbury, Connecticut": a name followed by a comma and a capitalised word.
_COMMA_PLACE = re.compile(r",\s+(?:[A-Z][a-z]+\.?\s?){1,3}(?:[,.;:)]|\s+[a-z]|$)")


def _agency_dateline(text: str) -> tuple[int, int] | None:
    m = _AGENCY.search(text, 0, 600)
    return (m.start("place"), m.end("place")) if m else None


def _is_adjective(gaz, word: str, regions: bool = False) -> bool:
    """A country adjective ("Turkish"), or with ``regions`` a continent's or region's
    ("European", "West African"), not a plural noun for its people ("Americans")."""
    of = gaz.adjective_place if regions else gaz.adjective_country
    if of(word) is None:
        return False
    return not (word.endswith("s") and of(word[:-1]) is not None)


# "South East" + "Asian": a place name that opens an adjective ("South East Asian city")
_ADJECTIVE_TAIL = re.compile(r"[ -](?P<w>[A-Z][a-z]+)\b")


def _adjective_with_tail(gaz, text: str, start: int, end: int) -> int | None:
    m = _ADJECTIVE_TAIL.match(text, end)
    if m and _is_adjective(gaz, text[start:m.end()], regions=True):
        return m.end()
    return None


def _leading_place(gaz, text: str, start: int, end: int) -> tuple[int, int] | None:
    """ "U.S. Transportation Department", "Danbury police", "Air Berlin" -> the place name
    inside an organisation's name: its first (or, after one word, second) one to three
    capitalised words, when they name a place."""
    words = list(re.finditer(r"[A-Z][\w.'’-]*", text[start:end]))
    for first in (0, 1):
        if first and (len(words) < 2 or text[start + words[0].end():start + words[1].start()].strip()):
            break   # the second word only right after the first ("Air Berlin", not "Group of 77 and China")
        for n in (3, 2, 1):
            if first + n > len(words) or (first == 0 and n == len(words)):
                continue
            ws = words[first:first + n]
            if any(text[start + a.end():start + b.start()].strip() for a, b in zip(ws, ws[1:])):
                continue
            s, e = start + ws[0].start(), start + ws[-1].end()
            if _is_adjective(gaz, text[s:e]) or any(c.how <= HOW_ALIAS for c in gaz.lookup(text[s:e])):
                return s, e
    return None


def _trailing_place(gaz, text: str, start: int, end: int) -> tuple[int, int] | None:
    """ "University of Manitoba", "Hospital in Winnipeg" -> the place after "of"/"in"."""
    m = re.search(r"\s(?:of|in)\s+(?:the\s+)?(?P<name>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2})$",
                  text[start:end])
    if not m:
        return None
    s, e = start + m.start("name"), start + m.end("name")
    if any(c.how <= HOW_ALIAS and c.entry.kind != "admin2" for c in gaz.lookup(text[s:e])):
        return s, e
    return None


def find_toponyms(doc: Document, gaz) -> list[Toponym]:
    text = doc.text
    found: list[Toponym] = []

    def overlapping(s: int, e: int) -> Toponym | None:
        return next((t for t in found if t.start < e and s < t.end), None)

    dl = doc.workspace.dateline_place or _agency_dateline(text)
    if dl:
        chain = [Toponym(s, e, text[s:e], "dateline") for s, e in _split_parts(text, *dl)]
        for inner, outer in zip(chain, chain[1:]):
            inner.container = outer
        found.extend(chain)

    # "Balkh province": whatever spaCy made of the name, the generic word makes it a place
    for s, e, generic in _scan(text, generic=True):
        if overlapping(s, e) is None:
            inside = [m for m in doc.mentions if s <= m.start and m.end <= e + len(generic) + 1
                      and m.label != "DATE"]
            found.append(Toponym(s, e, text[s:e], "scan", inside, generic))
    for s, e, generic in _generic_of_lists(text):
        if overlapping(s, e) is None:
            inside = [m for m in doc.mentions if s <= m.start and m.end <= e and m.label != "DATE"]
            found.append(Toponym(s, e, text[s:e], "scan", inside, generic, worded=True))

    for m in doc.mentions:
        if m.label in PLACE_LABELS and _TITLE.match(m.text):
            continue  # "Ms Raggi": a person spaCy took for a place
        if m.label in PLACE_LABELS:
            s, e = _trim(text, m.start, m.end)
            tail = _adjective_with_tail(gaz, text, s, e)
            if tail is not None and overlapping(s, tail) is None:
                inside = [x for x in doc.mentions if s <= x.start and x.end <= tail]
                found.append(Toponym(s, tail, text[s:tail], "adjective", inside or [m]))
                continue
            parts = _split_parts(text, s, e)
            chain = []
            for ps, pe in parts:
                hit = overlapping(ps, pe)
                if hit is not None:
                    hit.mentions.append(m)
                    chain.append(hit)
                    continue
                ps, pe, generic = _generic_of(text, ps, pe)
                t = Toponym(ps, pe, text[ps:pe], "mention", [m], generic)
                found.append(t)
                chain.append(t)
            for inner, outer in zip(chain, chain[1:]):
                inner.container = inner.container or outer
        elif overlapping(m.start, m.end) is not None:
            continue
        elif m.label == "NORP" and _is_adjective(gaz, m.text, regions=True):
            if overlapping(m.start, m.end) is None:
                found.append(Toponym(m.start, m.end, m.text, "adjective", [m]))
        elif m.label in ("PERSON", "ORG"):
            s, e = _trim(text, m.start, m.end)
            if overlapping(s, e) is not None:
                continue
            whole = any(c.how <= HOW_NAME for c in gaz.lookup(text[s:e]))
            if whole and (m.label == "ORG" or follows_locative(text, s)
                          or _COMMA_PLACE.match(text, e)):
                found.append(Toponym(s, e, text[s:e], "recall", [m]))
            elif m.label == "ORG":
                for head in (_leading_place(gaz, text, s, e), _trailing_place(gaz, text, s, e)):
                    if head and overlapping(*head) is None:
                        found.append(Toponym(*head, text[head[0]:head[1]], "embedded", [m]))
        elif m.label == "NORP" and overlapping(m.start, m.end) is None and any(
                c.how <= HOW_NAME and (c.entry.kind != "city" or c.entry.population >= 100_000)
                for c in gaz.lookup(m.text)):
            # "Aleppo" tagged as a nationality (a group's name is never a small town's)
            found.append(Toponym(m.start, m.end, m.text, "recall", [m]))

    taken = [(m.start, m.end) for m in doc.mentions if m.label not in ("DATE", "CARDINAL")]
    for s, e, generic in _scan(text, generic=False):
        if overlapping(s, e) is None and not any(a < e and s < b for a, b in taken):
            found.append(Toponym(s, e, text[s:e], "scan", generic=generic))

    found.sort(key=lambda t: t.start)
    # "Churchill, Man.": a region or country named after a comma that no mention covers
    for t in list(found):
        m = _COMMA_REGION.match(text, t.end)
        if m and t.source != "adjective" and overlapping(m.start("name"), m.end("name")) is None:
            words = m.group("name")
            if any(c.entry.kind in ("admin1", "country") and c.how <= HOW_ALIAS
                   for c in gaz.lookup(words)):
                found.append(Toponym(m.start("name"), m.end("name"), words, "container"))
    found.sort(key=lambda t: t.start)
    # "Alvin, Texas": a place right after a comma is the container of the one before.
    for a, b in zip(found, found[1:]):
        if (a.container is None and re.fullmatch(r",\s*", text[a.end:b.start])
                and b.source != "adjective"):
            a.container = b
    return found


_COMMA_REGION = re.compile(r",\s+(?P<name>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)")
_AFTER_LOCATIVE = re.compile(r"\b(?:in|at|near|outside|from)\s+(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})\b")
_BEFORE_GENERIC = re.compile(r"\b(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})\s+(?P<w>province|district|"
                             r"governorate|county|County|Province|District|Governorate)\b")


_NAME = r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}"
# "the villages of Dravna and Oster", "the towns of A, B and C": every name of the list
# is a place of that kind, whatever spaCy tagged it (bodies' heads such as "State of"
# and "Department of" are left out).
_AFTER_GENERIC_OF = re.compile(
    rf"\b(?P<w>(?i:{generic_word_regex()}))(?i:e?s)?\s+of\s+(?P<names>{_NAME}(?:(?:,\s+|,?\s+and\s+){_NAME})*)")
_LISTED_NAME = re.compile(_NAME)
# What every match of _AFTER_GENERIC_OF holds: a text without it is not searched for the generic
# words (most short texts: their alternation tried at every word is most of the scan's time)
_OF_A_NAME = re.compile(r"\sof\s+[A-Z]")


def _generic_of_lists(text: str):
    """The names after a generic place word and "of" ("the villages of X and Y")."""
    if not _OF_A_NAME.search(text):
        return
    for m in _AFTER_GENERIC_OF.finditer(text):
        if m.group("w")[0].isupper():
            continue   # "City of London Police", "Province of X Council": often a body's name
        word = m.group("w").lower()
        for n in _LISTED_NAME.finditer(text, m.start("names"), m.end("names")):
            yield n.start(), n.end(), word


def _scan(text: str, generic: bool):
    """Capitalised words that stand where places stand: before a generic place word
    ("Chimtal district", "Balkh province"), or right after a locative preposition
    ("in Aleppo")."""
    if generic:
        for m in _BEFORE_GENERIC.finditer(text):
            yield m.start("name"), m.end("name"), m.group("w").lower()
    else:
        for m in _AFTER_LOCATIVE.finditer(text):
            yield m.start("name"), m.end("name"), None


def worded_as_place(text: str, start: int, end: int) -> bool:
    """The words around a name say it is a place, whatever the gazetteer knows: a
    locative preposition before it ("in X") or a generic place word ("X district",
    "the village of X")."""
    return follows_locative(text, start) or _generic_of(text, start, end)[2] is not None


def follows_locative(text: str, start: int) -> bool:
    """A locative preposition ("in", "near", "from the") right before ``start``."""
    return bool(_LOCATIVE_BEFORE.search(text, max(0, start - 12), start))

