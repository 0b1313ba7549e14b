"""Places: place names in the text resolved to GeoNames entries.

Toponyms come from, in order of trust: the press-agency date line ("KABUL,
Afghanistan"), names before a generic place word ("Balkh province", whatever
spaCy tagged them), the place mentions (GPE, LOC, FAC), the country adjectives
among NORP mentions ("Turkish" -> Turkey), and, kept only when they name a
well-known place, names spaCy tagged otherwise (a person "in Aleppo", an
organisation "Danbury", the "Kentucky" of "Kentucky State Police") or not at all
("fighting in Aleppo").  A name after a comma is the container of the one before
("Lewisburg, W.Va."); :mod:`.toponyms` finds them.

Each toponym's gazetteer candidates are ranked with what the document says about
where it is (:mod:`.gazetteer.ranking`), in two passes: the first gathers the
countries, regions and points the text is sure of, the second decides with them.
One name keeps one reading per document, and its other occurrences in the text
are places too (:mod:`.place_readings`).  Every distinct location becomes one
:class:`Place` with all its mentions; a place mention the gazetteer lacks stays a
Place with ``geonameid`` null and a reason (in ``doc.workspace.place_reasons``).
"""

from __future__ import annotations

from ..config import Config, PlacesConfig
from ..document import Document, Place, Span
from ..pipeline import stage
from .gazetteer import Entry, load_gazetteer
from .place_readings import event_name, propagate, resolve_toponyms
from .toponyms import Toponym, find_toponyms, follows_locative

PRECISION = {"city": "city", "admin1": "admin1", "admin2": "admin2", "country": "country",
             "region": "region", "continent": "region", "water": "region",
             "facility": "facility"}
# How specific a precision is, for picking the place of a span.
SPECIFICITY = {"facility": 6, "city": 5, "admin2": 4, "admin1": 3, "region": 2, "country": 1}


def _is_person_name(doc: Document, t: Toponym) -> bool:
    """The same words name a person elsewhere in the text ("Michael Jordan", then "Jordan")."""
    return any(m.label == "PERSON" and t.text in m.text.split() and m.text != t.text
               for m in doc.mentions)


def _placed(doc: Document, t: Toponym) -> bool:
    """Words around the name that make it a place: a locative preposition, a container."""
    return (t.container is not None or t.generic is not None or t.source == "dateline"
            or follows_locative(doc.text, t.start))


def _place_of(entry: Entry, pid: str) -> Place:
    return Place(pid, entry.name, geonameid=entry.geonameid, country=entry.country,
                 admin1=entry.admin1 if entry.kind != "country" else None,
                 lat=entry.lat, lon=entry.lon, feature=entry.feature,
                 precision=PRECISION.get(entry.kind, "region"), confidence=0.0)


def resolve_places(doc: Document, min_population: int = 1000) -> Document:
    gaz = load_gazetteer()
    toponyms = find_toponyms(doc, gaz)
    resolve_toponyms(doc, toponyms, gaz, min_population)
    toponyms = sorted(toponyms + propagate(doc, toponyms), key=lambda t: t.start)
    places: dict[tuple, Place] = {}
    reasons: dict[str, str] = {}
    for t in toponyms:
        if t.choice is None and ((t.source not in ("mention", "dateline") and not t.worded)
                                 or event_name(t.text)
                                 or (t.mentions and all(m.label == "FAC" for m in t.mentions))):
            # a facility, an event or a guess the gazetteer does not know; a name that
            # "the village of" makes a place is kept, unresolved, so that what happened
            # there is not placed elsewhere
            continue
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
            if start <= s.start and s.end <= end:
                rank = (-SPECIFICITY.get(p.precision or "", 0), s.start, p.id)
                # (``keep`` asked only of a mention that would win: it reads the parse)
                if (best is None or rank < best) and (keep is None or keep(s.start, s.end)):
                    best = rank
    return best[2] if best else None


# Also reads structure's dateline_place when that stage ran (optional).
@stage("places", requires=("mentions",), sets=("places", "mentions.place", "place_reasons"))
def places_stage(settings: PlacesConfig, config: Config):
    """Place mentions resolved to GeoNames entries (offline gazetteer, document context)."""
    min_population = settings.min_population

    def places(doc: Document) -> Document:
        return resolve_places(doc, min_population)

    return places
