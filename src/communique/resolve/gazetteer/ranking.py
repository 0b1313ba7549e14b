"""Choosing among the gazetteer entries a place name may denote.

A candidate's score adds a prior (what kind of place it is, how many people live
there, how the name matched) to evidence from the document: the countries and
first-level regions it already names, an explicit container ("Hebron, West Bank",
"Alvin, Texas"), a generic word after the name ("Helmand province"), the date
line.  The margin over the runner-up gives the confidence.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from .index import HOW_ALIAS, HOW_ALTERNATE, HOW_CURATED, Candidate, Entry

# Prior by kind: a bare name that is a country's name almost always means the country.
# A first-level region outranks a town of the same name; a city's prior grows with
# the log of its population (1.5 + 9 for a million people), a capital's a bit more.
KIND_PRIOR = {"country": 12.0, "continent": 10.0, "region": 10.0, "water": 10.0, "facility": 10.0,
              "admin1": 10.5, "admin2": 5.0, "city": 1.5}
# A curated reading (regions.tsv) is what the name means; an alternate name (a former
# or foreign name) yields to any place that bears the name.
HOW_PRIOR = {HOW_CURATED: 4.0, HOW_ALIAS: -0.5, HOW_ALTERNATE: -4.0}
POPULATION_WEIGHT = 1.5
CAPITAL_BONUS = 2.5
COUNTRY_IN_CONTEXT = 5.0
ADMIN1_IN_CONTEXT = 2.5
CONTAINER_MATCH = 20.0
GENERIC_FIT = 8.0
CONTAINER_ROLE = 3.0
EPONYMOUS_PENALTY = 5.0
NEAR_KM = 300.0
# Spatial coherence: local news names places near one another.
COHERENCE_KM = 60.0
COHERENCE_BONUS = 1.0
COHERENCE_MAX = 3.0
NEAR_BONUS = 1.0
# Kinds that contain other places: what a name after a comma usually is ("Alvin, Texas").
CONTAINER_KINDS = ("country", "admin1", "admin2", "region")

# Nouns of settlements ("the hamlet of X", "X township"): populated places, whatever their size.
SETTLEMENT_WORDS = ("city", "town", "village", "hamlet", "settlement", "township", "suburb",
                    "neighbourhood", "neighborhood", "locality")
# Generic words beside a name (administrative divisions and settlements) and the kinds of
# place they fit.  One class for every rule that reads "<word> of X" or "X <word>".
GENERIC_WORDS = {
    "province": ("admin1", "admin2"), "provinces": ("admin1",), "state": ("admin1",),
    "region": ("admin1", "region"), "governorate": ("admin1",), "oblast": ("admin1",),
    "prefecture": ("admin1",), "territory": ("admin1",), "department": ("admin1",),
    "county": ("admin2",), "district": ("admin2", "admin1"), "parish": ("admin2",),
    "subdistrict": ("admin2", "city"), "municipality": ("admin2", "city"),
    "commune": ("admin2", "city"),
    **{w: ("city",) for w in SETTLEMENT_WORDS},
}


# Generic words that also head the names of bodies ("the Department of Defense",
# "the State of Qatar", "Territory of ..."): "<word> of X" does not make X a place.
BODY_HEADS = ("department", "state", "territory")


def generic_word_regex(*, bodies: bool = False) -> str:
    """The generic words as a regular-expression alternation (singular forms), without
    those that also head names of bodies unless ``bodies``."""
    words = [w for w in GENERIC_WORDS if w != "provinces" and (bodies or w not in BODY_HEADS)]
    return "|".join(sorted(words, key=len, reverse=True))


@dataclass
class Context:
    """What the document says about where it is."""

    countries: dict[str, float] = field(default_factory=dict)   # alpha3 -> weight
    admin1: set[tuple[str, str]] = field(default_factory=set)   # (alpha3, admin1 name)
    points: list[tuple[float, float]] = field(default_factory=list)
    dateline_country: str | None = None
    min_population: int = 1000
    # entry key -> how many other names of the text can be read as places near it
    coherence: dict[tuple, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Choice:
    entry: Entry
    score: float
    confidence: float
    runner_up: Entry | None


def city_prior(population: int, min_population: int) -> float:
    prior = KIND_PRIOR["city"] + POPULATION_WEIGHT * math.log10(population + 1)
    return prior - 3.0 if population < min_population else prior


def prior(c: Candidate, min_population: int) -> float:
    e = c.entry
    base = city_prior(e.population, min_population) if e.kind == "city" else KIND_PRIOR[e.kind]
    if e.feature == "PPLC":
        base += CAPITAL_BONUS
    return base + HOW_PRIOR.get(c.how, 0.0)


def within(e: Entry, container: Entry) -> bool:
    """True when ``e`` lies inside ``container`` (as far as the tables tell)."""
    if container.kind == "country":
        return e.country == container.country
    if container.kind == "admin1":
        return e.country == container.country and (e.admin1 == container.admin1
                                                   or e.admin1 == container.name)
    if container.kind in ("region", "continent", "water") and container.lat is not None:
        return e.country is not None and container.country in (None, e.country)
    return False


# Degrees of latitude a little over NEAR_KM: a great-circle distance is at least the
# difference in latitude times the earth's radius.
_NEAR_LAT = 1.01 * math.degrees(NEAR_KM / 6371.0)


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def distance_km(a: Entry | tuple, b: Entry | tuple) -> float | None:
    pa = (a.lat, a.lon) if isinstance(a, Entry) else a
    pb = (b.lat, b.lon) if isinstance(b, Entry) else b
    if None in pa or None in pb:
        return None
    return _km(pa, pb)


def score(c: Candidate, ctx: Context, *, container: Entry | None = None,
          generic: str | None = None, contains: bool = False) -> float:
    e = c.entry
    s = prior(c, ctx.min_population)
    if e.country and e.kind != "country":
        s += COUNTRY_IN_CONTEXT * min(1.0, ctx.countries.get(e.country, 0.0))
        if ctx.dateline_country == e.country:
            s += 1.0
    if e.kind in ("city", "admin2") and (e.country, e.admin1) in ctx.admin1:
        s += ADMIN1_IN_CONTEXT
    if container is not None:
        s += CONTAINER_MATCH if within(e, container) else -CONTAINER_MATCH
    if generic:
        kinds = GENERIC_WORDS.get(generic, ())
        if e.kind in kinds:
            s += GENERIC_FIT
        elif kinds:
            s -= GENERIC_FIT / 2
    if contains and e.kind in CONTAINER_KINDS:
        s += CONTAINER_ROLE
    if e.kind == "city" and ctx.points and e.lat is not None:
        # (a point farther in latitude alone than NEAR_KM, with a margin, is not near:
        # the distance is not worked out)
        if any(abs(e.lat - p[0]) < _NEAR_LAT and _km((e.lat, e.lon), p) < NEAR_KM
               for p in ctx.points):
            s += NEAR_BONUS
    close = ctx.coherence.get(e.key, 0)
    if close:
        s += min(COHERENCE_MAX, COHERENCE_BONUS * close)
    return s


def eponymous(e: Entry, cands: list[Candidate]) -> bool:
    """An admin area named after a city inside it (Hebron governorate, Kabul province):
    the bare name means the city unless a generic word says otherwise."""
    return e.kind in ("admin1", "admin2") and not e.curated and any(
        c.entry.kind == "city" and c.entry.country == e.country
        and c.entry.admin1 in (e.admin1, e.name) and c.entry.population >= 1000
        for c in cands)


def choose(cands: list[Candidate], ctx: Context, **kw) -> Choice | None:
    """The best candidate, with a confidence from its margin over the next distinct one."""
    if not cands:
        return None
    if kw.get("container") is None and not kw.get("generic") and any(
            c.entry.kind == "country" and c.how <= HOW_ALIAS for c in cands):
        # a country's name means the country; the town of Mexico, New York needs its state
        cands = [c for c in cands if c.entry.kind not in ("city", "admin2")]
    penalty = {id(c): EPONYMOUS_PENALTY for c in cands
               if not kw.get("generic") and eponymous(c.entry, cands)}
    scored = sorted(((score(c, ctx, **kw) - penalty.get(id(c), 0.0), c) for c in cands),
                    key=lambda t: -t[0])
    best_s, best = scored[0]
    runner = scored[1] if len(scored) > 1 else None
    margin = best_s - runner[0] if runner else 6.0
    confidence = 1.0 / (1.0 + math.exp(-(margin - 0.5)))
    if best.how == HOW_ALTERNATE:
        confidence *= 0.9
    return Choice(best.entry, best_s, round(min(0.99, confidence), 3),
                  runner[1].entry if runner else None)
