"""The output contract ``communique.document/1``: a :class:`Document` as JSON and back.

The one place that decides the contract's shape: ``communique extract`` prints
``to_dict``, the store writes it, the web app and the demo read documents back
through ``from_dict``/``to_dict``.  Fields may be added in later versions, never
renamed; ``from_dict`` ignores keys it does not know and gives missing ones their
defaults, so it reads documents written by older and newer versions alike.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import fields
from typing import Any

from .document import (Actor, DateMention, DocError, Document, Event, Evidence, Mention, Place,
                       Removed, Role, Section, Source, Span)

SCHEMA = "communique.document/1"


class ContractError(ValueError):
    """A dict that is no ``communique.document/1`` document."""


# -- Document -> dict --------------------------------------------------------------------------
def _conf(x: float | None) -> float | None:
    return None if x is None else round(x, 3)


def span_dict(s: Span) -> dict[str, int]:
    return {"start": s.start, "end": s.end}


def evidence_dict(ev: Evidence) -> dict[str, Any]:
    return {"start": ev.start, "end": ev.end, "text": ev.text}


def source_dict(s: Source) -> dict[str, Any]:
    return {f.name: getattr(s, f.name) for f in fields(s) if getattr(s, f.name) is not None}


def actor_dict(a: Actor) -> dict[str, Any]:
    return {"id": a.id, "name": a.name, "kind": a.kind, "country": a.country, "sector": a.sector,
            "wikidata": a.wikidata, "aliases": list(a.aliases),
            "roles": [{"title": r.title, "of": r.of} for r in a.roles],
            "mentions": [span_dict(m) for m in a.mentions], "confidence": _conf(a.confidence),
            "known": a.known}


def place_dict(p: Place) -> dict[str, Any]:
    return {"id": p.id, "name": p.name, "geonameid": p.geonameid, "country": p.country,
            "admin1": p.admin1, "lat": p.lat, "lon": p.lon, "feature": p.feature,
            "precision": p.precision, "mentions": [span_dict(m) for m in p.mentions],
            "confidence": _conf(p.confidence), "reason": p.reason}


def date_dict(d: DateMention) -> dict[str, Any]:
    out = {"start": d.start, "end": d.end, "text": d.text, "value": d.value, "precision": d.precision}
    if d.reason:
        out["reason"] = d.reason
    return out


def event_dict(e: Event) -> dict[str, Any]:
    return {"id": e.id, "type": e.type, "mode": e.mode, "cameo": e.cameo,
            "sources": list(e.sources), "targets": list(e.targets), "date": e.date,
            "date_precision": e.date_precision, "place": e.place, "status": e.status,
            "claimed_by": list(e.claimed_by), "negated": e.negated,
            "evidence": evidence_dict(e.evidence), "confidence": _conf(e.confidence),
            "field_evidence": {k: [span_dict(s) for s in v] for k, v in e.fields.items()},
            "pattern": e.pattern, "main": e.main,
            "evidence_more": [evidence_dict(ev) for ev in e.evidence_more]}


def mention_dict(m: Mention) -> dict[str, Any]:
    return {"start": m.start, "end": m.end, "label": m.label, "text": m.text, "role": m.role,
            "long_form": m.long_form, "actor": m.actor, "place": m.place}


def error_dict(e: DocError) -> dict[str, Any]:
    out = {"code": e.code, "message": e.message}
    if e.stage:
        out["stage"] = e.stage
    return out


def to_dict(doc: Document, omit: Iterable[str] = ()) -> dict[str, Any]:
    """``doc`` as a ``communique.document/1`` dict.

    ``omit``: keys to leave out, as ``"document.<key>"`` or ``"<list>.<key>"``
    (``"events.main"``), for a reader that does not keep them: a missing key says
    "not known", where a default value would say something false."""
    out = {
        "schema": SCHEMA,
        "document": {
            "id": doc.id, "source": source_dict(doc.source), "title": doc.title,
            "published": doc.published, "published_from": doc.published_from,
            "language": doc.language, "issuers": list(doc.issuers),
            "issuer_evidence": [dict(e) for e in doc.issuer_evidence], "text": doc.text,
            "sections": [{"name": s.name, "start": s.start, "end": s.end} for s in doc.sections],
            "removed": [{"start": r.start, "end": r.end, "reason": r.reason} for r in doc.removed],
        },
        "actors": [actor_dict(a) for a in doc.actors],
        "places": [place_dict(p) for p in doc.places],
        "dates": [date_dict(d) for d in doc.dates],
        "events": [event_dict(e) for e in doc.events],
        "mentions": [mention_dict(m) for m in doc.mentions],
        "errors": [error_dict(e) for e in doc.errors],
    }
    for path in omit:
        part, _, key = path.partition(".")
        if part not in out or part == "schema" or not key:
            raise ValueError(f"omit: {path!r} names no field of the contract")
        for item in [out[part]] if part == "document" else out[part]:
            item.pop(key, None)
    return out


# -- dict -> Document --------------------------------------------------------------------------
def _make(cls, data: dict[str, Any], what: str, **given):
    """``cls`` from the keys of ``data`` it has (others ignored), ``given`` overriding."""
    if not isinstance(data, dict):
        raise ContractError(f"{what}: expected an object, got {type(data).__name__}")
    names = {f.name for f in fields(cls)}
    try:
        return cls(**{**{k: v for k, v in data.items() if k in names}, **given})
    except TypeError as exc:  # a required field is missing
        raise ContractError(f"{what}: {exc}") from None


def _spans(items, what: str) -> list[Span]:
    return [_make(Span, s, what) for s in items or []]


def _evidence(data, what: str) -> Evidence:
    return _make(Evidence, data, what)


def from_dict(data: dict[str, Any], raw: str | None = None) -> Document:
    """The :class:`Document` a ``communique.document/1`` dict describes.

    ``raw``: the decoded input, which the contract does not carry; without it the
    clean text stands in.  Transient state (segments, stages done, workspace) starts
    empty.  Raises :class:`ContractError` naming the part that is not valid."""
    if not isinstance(data, dict):
        raise ContractError(f"a document must be an object, got {type(data).__name__}")
    schema = data.get("schema", SCHEMA)
    if schema != SCHEMA:
        raise ContractError(f"schema {schema!r} is not {SCHEMA!r}")
    d = data.get("document") or {}
    text = d.get("text") or ""
    where = f"document {d.get('id')!r}"
    doc = _make(Document, {k: v for k, v in d.items()
                           if k not in ("source", "sections", "removed", "issuers", "issuer_evidence")},
                where, raw=text if raw is None else raw, text=text,
                source=_make(Source, d.get("source") or {}, f"{where} source"),
                issuers=list(d.get("issuers") or []),
                issuer_evidence=[dict(e) for e in d.get("issuer_evidence") or []],
                sections=[_make(Section, s, f"{where} section") for s in d.get("sections") or []],
                removed=[_make(Removed, r, f"{where} removed") for r in d.get("removed") or []])
    doc.actors = [_make(Actor, a, f"{where} actor {a.get('id')!r}",
                        roles=[_make(Role, r, "role") for r in a.get("roles") or []],
                        mentions=_spans(a.get("mentions"), "actor mention"),
                        aliases=list(a.get("aliases") or []))
                  for a in data.get("actors") or []]
    doc.places = [_make(Place, p, f"{where} place {p.get('id')!r}",
                        mentions=_spans(p.get("mentions"), "place mention"))
                  for p in data.get("places") or []]
    doc.dates = [_make(DateMention, x, f"{where} date") for x in data.get("dates") or []]
    doc.events = [_event(e, f"{where} event {e.get('id')!r}") for e in data.get("events") or []]
    doc.mentions = [_make(Mention, m, f"{where} mention") for m in data.get("mentions") or []]
    doc.errors = [_make(DocError, e, f"{where} error") for e in data.get("errors") or []]
    return doc


def _event(e: dict[str, Any], what: str) -> Event:
    if not isinstance(e, dict):
        raise ContractError(f"{what}: expected an object")
    return _make(Event, {k: v for k, v in e.items() if k != "field_evidence"}, what,
                 evidence=_evidence(e.get("evidence"), f"{what} evidence"),
                 fields={k: _spans(v, f"{what} field_evidence") for k, v in
                         (e.get("field_evidence") or {}).items()},
                 sources=list(e.get("sources") or []), targets=list(e.get("targets") or []),
                 claimed_by=list(e.get("claimed_by") or []),
                 evidence_more=[_evidence(x, f"{what} evidence_more") for x in e.get("evidence_more") or []])
