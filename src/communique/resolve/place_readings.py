"""Readings of toponyms: each name's gazetteer candidates ranked with what the
document says about where it is (:mod:`.gazetteer.ranking`).

Two passes: the first gathers the countries, regions and points the text is sure
of, the second decides with them.  One name keeps one reading per document, and its
other occurrences in the text are places too (:func:`propagate`).  A name spaCy did
not tag as a place counts only when it names a well-known place.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from ..document import Document
from .gazetteer import HOW_ALIAS, HOW_NAME, Candidate, Entry
from .gazetteer.ranking import (COHERENCE_KM, GENERIC_WORDS, SETTLEMENT_WORDS, Choice, Context, choose,
                                distance_km, generic_word_regex)
from .toponyms import Toponym

# A short all-capital name ("US", "UK") only matches entries written that way or
# countries: "US" is not the French village of Us.
_SHORT = 3


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


def event_name(text: str) -> bool:
    """ "Great Return March", "Arab Spring": an event's name that spaCy tagged as a place."""
    words = text.split()
    return len(words) > 1 and words[-1].casefold() in _event_words()


def _common_word(text: str) -> bool:
    """ "University", "White", "March": a word that is a place's name only by chance."""
    words = text.split()
    return len(words) == 1 and words[0].casefold().strip(".,") in _not_places()


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


_WORDISH = re.compile(r"[\w-]")


def occurrences(text: str, form: str):
    """The spans of ``form`` in ``text`` with no word character or hyphen on either side: the
    matches of ``re.finditer(rf"(?<![\\w-]){re.escape(form)}(?![\\w-])", text)``, found with
    ``str.find`` (one regular expression per name scanned every text at the regex engine's pace)."""
    n, at = len(form), 0
    if not n:
        return
    while (s := text.find(form, at)) != -1:
        e = s + n
        if (s and _WORDISH.match(text, s - 1)) or _WORDISH.match(text, e):
            at = s + 1
            continue
        yield s, e
        at = e


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
            for s, e in occurrences(text, form):
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
    if t.generic in GENERIC_WORDS and t.generic not in SETTLEMENT_WORDS and t.generic != "region":
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


def resolve_toponyms(doc: Document, toponyms: list[Toponym], gaz, min_population: int) -> None:
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
            if (t.choice and container is None and _compass_only(t.text)
                    and not ctx.countries.get(t.choice.entry.country or "")):
                # "the Northern Region": many states have one; only a country the text
                # names says whose
                t.choice, t.reason = None, "a direction that names no place without its country"
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

_COMPASS = re.compile(r"(?i)(?:the\s+)?(?:(?:north|south)(?:[ -]?(?:east|west))?|east|west|central|"
                      r"(?:north|south)(?:[ -]?(?:east|west))?ern|eastern|western|upper|lower)"
                      rf"(?:\s+(?:{generic_word_regex(bodies=True)}|provinces|regions))?")


def _compass_only(text: str) -> bool:
    """A name that is only a direction, with or without a generic word ("Northern",
    "the Eastern Region", "South-West")."""
    return bool(_COMPASS.fullmatch(text.strip()))


def _obscure(e: Entry, ctx: Context) -> bool:
    return (e.kind == "city" and e.population < OBSCURE_POPULATION
            and not ctx.countries.get(e.country or "") and e.country != ctx.dateline_country)
