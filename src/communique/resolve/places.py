"""Places: place names in the text resolved to GeoNames entries.

Toponyms come from, in order of trust: the press-agency date line ("KABUL,
Afghanistan"), names before a generic place word ("Balkh province", whatever
spaCy tagged them), the place mentions (GPE, LOC, FAC), the country adjectives
among NORP mentions ("Turkish" -> Turkey), and, kept only when they name a
well-known place, names spaCy tagged otherwise (a person "in Aleppo", an
organisation "Danbury", the "Kentucky" of "Kentucky State Police") or not at all
("fighting in Aleppo").  A name after a comma is the container of the one before
("Lewisburg, W.Va.").

Each toponym's gazetteer candidates are ranked with what the document says about
where it is (:mod:`.gazetteer.ranking`), in two passes: the first gathers the
countries, regions and points the text is sure of, the second decides with them.
One name keeps one reading per document, and its other occurrences in the text
are places too.  Every distinct location becomes one :class:`Place` with all its
mentions; a place mention the gazetteer lacks stays a Place with ``geonameid``
null and a reason (in ``doc.workspace.place_reasons``).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..document import Document, Mention, Place, Span
from ..pipeline import stage
from .gazetteer import HOW_ALIAS, HOW_NAME, Candidate, Entry, load_gazetteer, name_key
from .gazetteer.ranking import COHERENCE_KM, GENERIC_WORDS, Choice, Context, choose, distance_km

PLACE_LABELS = ("GPE", "LOC", "FAC")
PRECISION = {"city": "city", "admin1": "admin1", "admin2": "admin2", "country": "country",
             "region": "region", "continent": "region", "water": "region",
             "facility": "facility"}
# How specific a precision is, for picking the place of a span.
SPECIFICITY = {"facility": 6, "city": 5, "admin2": 4, "admin1": 3, "region": 2, "country": 1}

_GENERIC_AFTER = re.compile(r"\s+(?P<w>[A-Za-z]+)\b")
_GENERIC_BEFORE = re.compile(r"\b(?P<w>province|city|state|region|governorate|district|town|"
                             r"village|county)\s+of\s+$", re.I)
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|from|to|into|outside|across|around|towards?|"
                              r"through|inside|via|over)\s+(?:the\s+)?$", re.I)
_POSSESSIVE = re.compile(r"['’]s?$")
_TITLE = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sen|Rep|Gov|Gen|Col|Capt|Lt|Sgt|President|"
                    r"Minister|Premier|Mayor|Sheikh|Sir|Dame|Lady|Lord)\.?\s+[A-Z]")
# A short all-capital name ("US", "UK") only matches entries written that way or
# countries: "US" is not the French village of Us.
_SHORT = 3


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

    @property
    def key(self) -> str:
        return name_key(self.text)


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
_GENERIC_OPENING = re.compile(r"(?P<w>City|County|Province|State|Region|Governorate|District|"
                              r"Town|Village)\s+of\s+(?=[A-Z])")


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
    m = _GENERIC_BEFORE.search(text, max(0, start - 30), start)
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
            if whole and (m.label == "ORG" or _LOCATIVE_BEFORE.search(text, max(0, s - 12), s)
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


# Toponyms found without a place label: kept only when they name a well-known place.
GUESSED = ("recall", "embedded", "scan")


@functools.lru_cache(maxsize=1)
def _not_places() -> frozenset[str]:
    path = Path(__file__).with_name("gazetteer") / "not_places.txt"
    with path.open(encoding="utf-8") as fh:
        return frozenset(ln.strip().casefold() for ln in fh if ln.strip() and not ln.startswith("#"))


@functools.lru_cache(maxsize=1)
def _event_words() -> frozenset[str]:
    path = Path(__file__).with_name("gazetteer") / "event_words.txt"
    with path.open(encoding="utf-8") as fh:
        return frozenset(ln.strip().casefold() for ln in fh if ln.strip() and not ln.startswith("#"))


def _event_name(text: str) -> bool:
    """ "Great Return March", "Arab Spring": an event's name that spaCy tagged as a place."""
    words = text.split()
    return len(words) > 1 and words[-1].casefold() in _event_words()


def _common_word(text: str) -> bool:
    """ "University", "White", "March": a word that is a place's name only by chance."""
    words = text.split()
    return len(words) == 1 and words[0].casefold().strip(".,") in _not_places()


_COMMA_REGION = re.compile(r",\s+(?P<name>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)")
_AFTER_LOCATIVE = re.compile(r"\b(?:in|at|near|outside|from)\s+(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})\b")
_BEFORE_GENERIC = re.compile(r"\b(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})\s+(?P<w>province|district|"
                             r"governorate|county|County|Province|District|Governorate)\b")


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


def _spreads(t: Toponym) -> bool:
    """A reading sure enough to be given to the name's other occurrences: a place mention's,
    or a well-known place's found without a place label ("Aleppo" tagged as a person)."""
    if t.choice is None:
        return False
    if t.source in ("mention", "dateline"):
        return t.choice.confidence >= 0.6
    e = t.choice.entry
    return (t.source in ("recall", "scan") and t.generic is None and t.choice.confidence >= 0.9
            and (e.kind != "city" or e.population >= SPREAD_POPULATION))


SPREAD_POPULATION = 100_000


def propagate(doc: Document, toponyms: list[Toponym]) -> list[Toponym]:
    """Other occurrences of a name resolved as a place elsewhere in the text ("Aleppo"
    tagged once as a place, then as a person or not at all)."""
    text = doc.text
    persons = [(m.start, m.end) for m in doc.mentions if m.label == "PERSON"]
    spans = [(t.start, t.end) for t in toponyms]
    added: list[Toponym] = []
    by_text: dict[str, Toponym] = {}
    for t in toponyms:
        if _spreads(t):
            by_text.setdefault(t.text, t)
    for surface, t in by_text.items():
        if len(surface) < 3:
            continue
        forms = {surface, surface.upper()} if not surface.isupper() else {surface}
        for form in forms:
            for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text):
                s, e = m.start(), m.end()
                if any(a < e and s < b for a, b in spans):
                    continue
                if any(a <= s and e <= b and (b - a) > (e - s) for a, b in persons):
                    continue  # "Georgia Stevens": part of a person's name
                same = [m for m in doc.mentions if (m.start, m.end) == (s, e)]
                new = Toponym(s, e, text[s:e], "propagated", same, choice=t.choice)
                added.append(new)
                spans.append((s, e))
    return added


# -- resolving ------------------------------------------------------------------------
def _candidates(gaz, t: Toponym) -> list[Candidate]:
    if t.source in ("adjective", "embedded"):
        # (a region's adjective only where spaCy tagged it a nationality or place word:
        # the "African" of "African Union" is the organisation's name)
        e = gaz.adjective_place(t.text) if t.source == "adjective" else gaz.adjective_country(t.text)
        if e is not None:
            return [Candidate(e, HOW_NAME)]
    cands = gaz.lookup(t.text)
    if t.generic and t.text.split()[-1].lower() == t.generic:
        # "Karak district": the tables may name it with or without the word
        seen = {c.entry.key for c in cands}
        cands += [c for c in gaz.lookup(t.text.rsplit(None, 1)[0]) if c.entry.key not in seen]
    elif t.generic:
        # "Sabari district": GeoNames names many districts with the generic word
        seen = {c.entry.key for c in cands}
        cands += [c for c in gaz.lookup(f"{t.text} {t.generic}") if c.entry.key not in seen]
    if t.generic in GENERIC_WORDS and t.generic not in ("city", "town", "village", "region"):
        # "Saraj district" is a district, not the town of Saraj abroad
        fitting = [c for c in cands if c.entry.kind in GENERIC_WORDS[t.generic]]
        if fitting or t.source in GUESSED:
            cands = fitting
    if _common_word(t.text) and t.source != "dateline":
        return []
    if t.text.isupper() and len(t.key) <= _SHORT:
        cands = [c for c in cands if c.entry.kind != "city" or c.entry.name.isupper()]
    if t.source in GUESSED:
        # a name spaCy did not tag as a place: only by its own name, or by another of its
        # official names when a generic word says it is a place ("Karak district")
        cands = [c for c in cands if c.how <= HOW_NAME or c.entry.population >= 100_000
                 or (t.generic and c.how <= HOW_ALIAS)]
    return cands


# A reading this sure (its margin over the next one) tells the other names where the
# text is; a homonym picked on population alone ("Edmonton") does not.
CONTEXT_CONFIDENCE = 0.8


def _context(doc: Document, toponyms: list[Toponym], gaz, min_population: int,
             exclude: str | None = None) -> Context:
    ctx = Context(min_population=min_population)

    def add(country: str | None, w: float) -> None:
        if country:
            ctx.countries[country] = ctx.countries.get(country, 0.0) + w

    for t in toponyms:
        if t.key == exclude or t.choice is None:
            continue
        e = t.choice.entry
        sure = t.choice.confidence >= CONTEXT_CONFIDENCE
        if e.kind == "country":
            add(e.country, 0.6 if t.source == "adjective" else 1.0)
        elif sure and e.country:
            add(e.country, 0.5)
        # a region that is also a first-level division (the West Bank) counts as one
        first_level = e.kind == "admin1" or (e.kind == "region" and e.admin1 and e.country)
        if sure and first_level:
            ctx.admin1.add((e.country, e.admin1))
        if sure and (e.kind == "city" or first_level) and e.lat is not None:
            ctx.points.append((e.lat, e.lon))
        if t.source == "dateline" and e.country:
            ctx.dateline_country = ctx.dateline_country or e.country
    for aid in doc.issuers:
        actor = doc.actor(aid)
        if actor is not None and actor.country:
            add(actor.country, 0.5)
    return ctx


def _resolve_all(doc: Document, toponyms: list[Toponym], gaz, min_population: int) -> None:
    cands = {id(t): _candidates(gaz, t) for t in toponyms}
    # containers first (outer names carry no container), then the rest, twice
    containers = {id(t.container) for t in toponyms if t.container is not None}
    coherence = _coherence(toponyms, cands, min_population)
    for _round in range(2):
        contexts: dict[str, Context] = {}  # one per name and round: a name recurs often
        for t in sorted(toponyms, key=lambda t: t.container is not None):
            ctx = contexts.get(t.key)
            if ctx is None:
                ctx = contexts[t.key] = _context(doc, toponyms, gaz, min_population, exclude=t.key)
                ctx.coherence = coherence.get(t.key, {})
            container = t.container.choice.entry if t.container and t.container.choice else None
            t.choice = choose(cands[id(t)], ctx, container=container, generic=t.generic,
                              contains=id(t) in containers)
            if container is not None:
                free = choose(cands[id(t)], ctx, generic=t.generic, contains=id(t) in containers)
                if free and free.entry.kind in ("country", "continent", "region", "water"):
                    # "Russia, U.S. officials said": a country is nobody's contained place
                    t.choice, t.container = free, None
            if t.choice and container is None and _obscure(t.choice.entry, ctx):
                t.choice, t.reason = None, "only small places abroad bear this name"
            if (t.choice and t.source in GUESSED and t.generic is None
                    and not _well_known(t.choice.entry, ctx, t.source)):
                t.choice, t.reason = None, "not a place by its label, nor a well-known one"
    # One reading per name in a document: the one a container fixed ("Churchill, Man."),
    # else the surest.  A name with its own container or generic word keeps its reading.
    best: dict[str, tuple[tuple[bool, float], Choice]] = {}
    for t in toponyms:
        if t.choice and t.generic is None:
            rank = (t.container is not None and t.container.choice is not None,
                    t.choice.confidence)
            b = best.get(t.key)
            if b is None or rank > b[0]:
                best[t.key] = (rank, t.choice)
    for t in toponyms:
        if t.choice and t.container is None and t.generic is None and t.key in best:
            t.choice = best[t.key][1]
    # A name the gazetteer lacks may be another spelling of a place in a country the text
    # names outright ("Kfraya" for Kafrayā, Syria): the closest such name, held loosely.
    named = None
    for t in toponyms:
        if t.choice is None and not cands[id(t)] and t.source in ("mention", "dateline"):
            if named is None:
                ctx = _context(doc, toponyms, gaz, min_population)
                named = [a3 for a3, w in sorted(ctx.countries.items(), key=lambda kv: -kv[1])
                         if w >= 1.0][:3]
            e = gaz.fuzzy(t.text, named) if named else None
            if e is not None:
                t.choice = Choice(e, 0.0, FUZZY_CONFIDENCE, None)
    for t in toponyms:
        if t.choice is None and t.reason is None:
            t.reason = "not in the gazetteer" if not cands[id(t)] else "no reading fits"


FUZZY_CONFIDENCE = 0.4


def _coherence(toponyms: list[Toponym], cands: dict, min_population: int) -> dict:
    """name key -> {entry key: how many other names of the text can be read as a place
    within COHERENCE_KM of that entry}.  Local news names places near one another."""
    readings: dict[str, list[Entry]] = {}
    for t in toponyms:
        got = readings.setdefault(t.key, [])
        for c in cands[id(t)][:30]:
            e = c.entry
            if e.kind in ("city", "admin2") and e.lat is not None and e.population >= min_population:
                got.append(e)
    grid: dict[tuple[int, int], list[tuple[Entry, str]]] = {}
    for key, entries in readings.items():
        for e in entries:
            grid.setdefault((int(e.lat // 1), int(e.lon // 1)), []).append((e, key))
    out: dict[str, dict] = {}
    for key, entries in readings.items():
        for e in entries:
            cell = (int(e.lat // 1), int(e.lon // 1))
            near = {k for dy in (-1, 0, 1) for dx in (-1, 0, 1)
                    for o, k in grid.get((cell[0] + dy, cell[1] + dx), ())
                    if k != key and (distance_km(e, o) or 0.0) < COHERENCE_KM}
            if near:
                out.setdefault(key, {})[e.key] = len(near)
    return out


# A place this small, in a country the text never points to, is more likely a
# word spaCy mistook for a place ("Malia and Sasha") than the place itself.
OBSCURE_POPULATION = 15_000


def _well_known(e: Entry, ctx: Context, source: str) -> bool:
    """Enough for a name spaCy did not tag as a place to count as one."""
    if e.kind == "city":
        in_context = bool(ctx.countries.get(e.country or ""))
        if source == "scan":
            return e.population >= 100_000 or (in_context and e.population >= 15_000)
        return e.population >= RECALL_POPULATION or in_context
    return e.kind != "admin2"


RECALL_POPULATION = 50_000


def _obscure(e: Entry, ctx: Context) -> bool:
    return (e.kind == "city" and e.population < OBSCURE_POPULATION
            and not ctx.countries.get(e.country or "") and e.country != ctx.dateline_country)


def _is_person_name(doc: Document, t: Toponym) -> bool:
    """The same words name a person elsewhere in the text ("Michael Jordan", then "Jordan")."""
    return any(m.label == "PERSON" and t.text in m.text.split() and m.text != t.text
               for m in doc.mentions)


def _placed(doc: Document, t: Toponym) -> bool:
    """Words around the name that make it a place: a locative preposition, a container."""
    return (t.container is not None or t.generic is not None or t.source == "dateline"
            or bool(_LOCATIVE_BEFORE.search(doc.text, max(0, t.start - 12), t.start)))


def _place_of(entry: Entry, pid: str) -> Place:
    return Place(pid, entry.name, geonameid=entry.geonameid, country=entry.country,
                 admin1=entry.admin1 if entry.kind != "country" else None,
                 lat=entry.lat, lon=entry.lon, feature=entry.feature,
                 precision=PRECISION.get(entry.kind, "region"), confidence=0.0)


def resolve_places(doc: Document, min_population: int = 1000) -> Document:
    gaz = load_gazetteer()
    toponyms = find_toponyms(doc, gaz)
    _resolve_all(doc, toponyms, gaz, min_population)
    toponyms = sorted(toponyms + propagate(doc, toponyms), key=lambda t: t.start)
    places: dict[tuple, Place] = {}
    reasons: dict[str, str] = {}
    for t in toponyms:
        if t.choice is None and (t.source not in ("mention", "dateline") or _event_name(t.text)
                                 or all(m.label == "FAC" for m in t.mentions)):
            continue  # a facility, an event or a guess the gazetteer does not know
        if t.choice is not None:
            key = t.choice.entry.key
            conf = t.choice.confidence
            if _is_person_name(doc, t):
                if not _placed(doc, t):
                    continue  # "Jordan said": the person of that name, not the country
                conf *= 0.6
            elif t.source == "recall":
                conf *= 0.6
        else:
            key = ("unresolved", t.key)
            conf = 0.0
        p = places.get(key)
        if p is None:
            pid = f"p{len(places) + 1}"
            if t.choice is not None:
                p = _place_of(t.choice.entry, pid)
            else:
                p = Place(pid, t.text, confidence=0.0)
                reasons[pid] = t.reason or "not resolved"
            places[key] = p
        p.confidence = max(p.confidence, conf)
        if not any(s.start == t.start and s.end == t.end for s in p.mentions):
            p.mentions.append(Span(t.start, t.end))
        for m in t.mentions:
            m.place = p.id
    doc.places = list(places.values())
    for p in doc.places:
        p.mentions.sort(key=lambda s: s.start)
        if p.id in reasons:
            _set_reason(p, reasons[p.id])
    doc.workspace.place_reasons = reasons
    return doc


def _set_reason(place: Place, reason: str) -> None:
    # Place gains a ``reason`` field in a later document version; until then the
    # reason lives in doc.workspace.place_reasons.
    if "reason" in getattr(Place, "__slots__", ()):
        place.reason = reason  # type: ignore[attr-defined]


def place_for_span(doc: Document, start: int, end: int, keep=None) -> str | None:
    """The id of the most specific place mentioned inside ``[start, end)``, if any.

    For the event coder: an event's sentence or clause in, its place out.  Among
    places of equal precision the one mentioned first wins; unresolved names
    never do.  ``keep(start, end)``, when given, says which mentions may be chosen
    (the event coder passes the event's own words, :mod:`communique.events.attach`).
    """
    best: tuple[int, int, str] | None = None
    for p in doc.places:
        if p.geonameid is None and p.lat is None:
            continue
        for s in p.mentions:
            if start <= s.start and s.end <= end and (keep is None or keep(s.start, s.end)):
                rank = (-SPECIFICITY.get(p.precision or "", 0), s.start, p.id)
                if best is None or rank < best:
                    best = rank
    return best[2] if best else None


# Also reads structure's dateline_place when that stage ran (optional).
@stage("places", requires=("mentions",), sets=("places", "mentions.place", "place_reasons"))
def places_stage(settings, config):
    """Place mentions resolved to GeoNames entries (offline gazetteer, document context)."""
    min_population = settings.min_population

    def places(doc: Document) -> Document:
        return resolve_places(doc, min_population)

    return places
