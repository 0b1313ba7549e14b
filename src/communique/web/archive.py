"""What the pages read, as one small interface over the archive.

:class:`Archive` is the read side the web app and the gold export use.  Rows
are plain dicts in the ``communique.document/1`` vocabulary.  Two
implementations: :class:`MemoryArchive` over coded document dicts (tests,
quick looks at a JSONL file) and the store-backed one in ``store_archive.py``.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any, Protocol

from ..review.vocab import DATE_RE
from . import exporting
from .snippets import make, score


@dataclass
class Filters:
    """The filters shared by search, the events table, the timeline and the map.

    Actors and places are named by their canonical name: ids are local to a
    document, names are what is shared across the archive.
    """

    q: str | None = None
    type: str | None = None
    actor: str | None = None
    place: str | None = None
    source: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    # Review state of coded events: unreviewed, confirmed, corrected or rejected.
    review: str | None = None

    @classmethod
    def of(cls, **kw) -> "Filters":
        return cls(**{f.name: (str(kw[f.name]).strip() or None) if kw.get(f.name) else None
                      for f in fields(cls)})

    def as_params(self) -> dict[str, str]:
        return {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name)}


def valid_date(value: str) -> bool:
    """YYYY, YYYY-MM or YYYY-MM-DD naming a real day (the date filters' values)."""
    if not DATE_RE.match(value):
        return False
    try:
        len(value) < 10 or date.fromisoformat(value)
    except ValueError:
        return False
    return True


def query_error(q: str | None) -> str | None:
    """Why the query language cannot search for ``q`` (no words in it, too many terms),
    or None: a page, the API and an export say so instead of showing no events."""
    from ..store.errors import StoreError
    from ..store.query import parse

    if not q:
        return None
    try:
        parse(q)
    except StoreError as exc:
        return str(exc)
    return None


def implausible_date(when: str | None, published: str | None, today: str | None = None) -> str | None:
    """Why an event's date cannot be right as a past event, or None: later than today
    ("in the future") or than its document's publication ("after publication").
    Dates of any precision compare as text (2025-07 is after 2025-06-15, 2025-06 is not)."""
    if not when:
        return None
    if when > (today or date.today().isoformat()):
        return "in the future"
    if published and when > published:
        return "after publication"
    return None


def date_order(when: str | None, published: str | None) -> tuple[int, str]:
    """Sort key, descending: plausible dates first (newest first), then implausible ones."""
    return (0 if implausible_date(when, published) else 1, when or published or "")


@dataclass
class Page:
    total: int
    rows: list[dict[str, Any]]
    facets: dict[str, list[tuple[str, str, int]]] = field(default_factory=dict)


class Archive(Protocol):
    def document(self, document_id: str) -> dict | None: ...
    def search(self, f: Filters, offset: int, limit: int) -> Page: ...
    def events(self, f: Filters, offset: int, limit: int) -> Page: ...
    def actor(self, name: str) -> dict | None: ...
    def timeline(self, f: Filters, granularity: str) -> list[tuple[str, str, int]]: ...
    def places(self, f: Filters) -> list[dict]: ...
    def export(self, fmt: str, f: Filters, out) -> int: ...


def source_label(doc: dict) -> str:
    """The facet value naming where a document came from."""
    src = doc["document"].get("source") or {}
    return src.get("sitename") or src.get("format") or "text"


def period(date: str | None, granularity: str) -> str | None:
    if not date:
        return None
    return {"year": date[:4], "month": date[:7], "day": date[:10]}[granularity] \
        if len(date) >= {"year": 4, "month": 7, "day": 10}[granularity] else None


class MemoryArchive:
    """An archive held in memory: coded documents as ``to_dict()`` dicts."""

    def __init__(self, docs: list[dict], decisions: dict[tuple[str, str], str] | None = None):
        self.docs = {d["document"]["id"]: d for d in docs}
        # (document id, event id) -> review decision, for the review filter.
        self.decisions = decisions or {}
        # (document id, event id) -> type given by a reviewer, for the type filter.
        self.types: dict[tuple[str, str], str] = {}

    def with_reviews(self, db) -> "MemoryArchive":
        """The same documents, seeing the review decisions stored in ``db``."""
        from ..review.models import ReviewedEvent

        view = MemoryArchive([])
        view.docs = self.docs
        rows = list(db.query(ReviewedEvent))
        view.decisions = {(r.document_id, r.event_id): r.decision for r in rows}
        view.types = {(r.document_id, r.event_id): r.current.get("type") for r in rows}
        return view

    def add(self, doc: dict) -> None:
        self.docs[doc["document"]["id"]] = doc

    # -- helpers -----------------------------------------------------------
    def _event_rows(self):
        for doc in self.docs.values():
            yield from self._event_rows_of(doc)

    @staticmethod
    def _doc_matches(doc: dict, f: Filters) -> bool:
        d = doc["document"]
        if f.q and f.q.casefold() not in (d.get("text", "") + " " + (d.get("title") or "")).casefold():
            return False
        if f.source and source_label(doc) != f.source:
            return False
        return True

    def _event_matches(self, row: dict, f: Filters) -> bool:
        e = row["event"]
        if f.review and self.decisions.get((row["document_id"], e["id"]), "unreviewed") != f.review:
            return False
        if f.type and self.types.get((row["document_id"], e["id"]), e.get("type")) != f.type:
            return False
        if f.actor and f.actor not in [row["actor_names"].get(a) for a in e.get("sources", []) + e.get("targets", [])]:
            return False
        if f.place and row["place_name"] != f.place:
            return False
        if f.date_from and (row["date"] or "") < f.date_from:
            return False
        if f.date_to and (row["date"] or "9999")[:len(f.date_to)] > f.date_to:
            return False
        return True

    def _matching_events(self, f: Filters):
        return [row for doc, row in self._event_rows()
                if self._doc_matches(doc, f) and self._event_matches(row, f)]

    # -- the interface -----------------------------------------------------
    def document(self, document_id: str) -> dict | None:
        return self.docs.get(document_id)

    def search(self, f: Filters, offset: int = 0, limit: int = 20) -> Page:
        event_filter = any((f.type, f.actor, f.place, f.date_from, f.date_to))
        hits, counts = [], defaultdict(Counter)
        for doc in self.docs.values():
            if not self._doc_matches(doc, f):
                continue
            rows = [r for _, r in self._event_rows_of(doc)]
            matching = [r for r in rows if self._event_matches(r, f)]
            if event_filter and not matching:
                continue
            d = doc["document"]
            hits.append({"document_id": d["id"], "title": d.get("title"), "published": d.get("published"),
                         "source": source_label(doc), "events": len(matching),
                         "snippet": snippet(d.get("text", ""), f.q),
                         "_score": score(d.get("text", ""), d.get("title"), f.q) if f.q else 0})
            counts["source"][source_label(doc)] += 1
            for r in matching:
                e = r["event"]
                counts["type"][e["type"]] += 1
                for name in dict.fromkeys(r["actor_names"][a] for a in e.get("sources", []) + e.get("targets", [])):
                    counts["actor"][name] += 1
                if r["place_name"]:
                    counts["place"][r["place_name"]] += 1
        # Newest first, and with a query the best match first.
        hits.sort(key=lambda h: (h["published"] or "", h["document_id"]), reverse=True)
        hits.sort(key=lambda h: h.pop("_score"), reverse=True)
        facets = {k: [(v, v, n) for v, n in c.most_common(15)] for k, c in counts.items()}
        return Page(len(hits), hits[offset:offset + limit], facets)

    def _event_rows_of(self, doc):
        d = doc["document"]
        actors = {a["id"]: a["name"] for a in doc.get("actors", [])}
        places = {p["id"]: p["name"] for p in doc.get("places", [])}
        for e in doc.get("events", []):
            names = {a: actors.get(a, a) for a in e.get("sources", []) + e.get("targets", [])}
            yield doc, {"document_id": d["id"], "title": d.get("title"), "published": d.get("published"),
                        "event": e, "date": e.get("date") or d.get("published"), "source": source_label(doc),
                        "actor_names": names, "place_name": places.get(e.get("place"))}

    def events(self, f: Filters, offset: int = 0, limit: int = 50) -> Page:
        rows = self._matching_events(f)
        # Newest first, but dates that cannot be right yet (2063) do not lead the table.
        rows.sort(key=lambda r: (*date_order(r["event"].get("date"), r["published"]), r["document_id"],
                                 r["event"]["id"]), reverse=True)
        return Page(len(rows), rows[offset:offset + limit])

    def actor(self, name: str) -> dict | None:
        found, as_source, as_target, documents = None, [], [], 0
        aliases, roles = set(), []
        partners: dict[str, Counter] = defaultdict(Counter)
        for doc in self.docs.values():
            local = {a["id"] for a in doc.get("actors", []) if a["name"] == name}
            if not local:
                continue
            documents += 1
            for a in doc["actors"]:
                if a["id"] in local:
                    found = found or a
                    aliases.update(a.get("aliases", []))
                    roles += [r for r in a.get("roles", []) if r not in roles]
            for _, row in self._event_rows_of(doc):
                e, names = row["event"], row["actor_names"]
                if local & set(e.get("sources", [])):
                    as_source.append(row)
                    for t in e.get("targets", []):
                        partners[names[t]]["out"] += 1
                if local & set(e.get("targets", [])):
                    as_target.append(row)
                    for src in e.get("sources", []):
                        partners[names[src]]["in"] += 1
        if found is None:
            return None
        partners.pop(name, None)
        return {**{k: v for k, v in found.items() if k != "mentions"}, "aliases": sorted(aliases),
                "roles": roles, "documents": documents, "as_source": as_source, "as_target": as_target,
                "partners": [{"name": p, "out": c["out"], "in": c["in"]}
                             for p, c in sorted(partners.items(), key=lambda kv: -sum(kv[1].values()))]}

    def timeline(self, f: Filters, granularity: str = "month") -> list[tuple[str, str, int]]:
        c = Counter()
        for r in self._matching_events(f):
            p = period(r["date"], granularity)
            if p:
                c[(p, r["event"]["type"])] += 1
        return [(p, t, n) for (p, t), n in sorted(c.items())]

    def places(self, f: Filters) -> list[dict]:
        counts = Counter(r["place_name"] for r in self._matching_events(f) if r["place_name"])
        out = {}
        for doc in self.docs.values():
            for p in doc.get("places", []):
                if p["name"] in counts and p["name"] not in out:
                    out[p["name"]] = {"name": p["name"], "country": p.get("country"),
                                      "lat": p.get("lat"), "lon": p.get("lon"), "count": counts[p["name"]]}
        return sorted(out.values(), key=lambda p: -p["count"])

    def export_formats(self) -> list[str]:
        return exporting.formats()

    def export(self, fmt: str, f: Filters, out) -> int:
        return exporting.export(self, fmt, f, out)


def snippet(text: str, q: str | None, width: int = 240) -> str:
    """A piece of the text around the best match of ``q``, matches marked (see snippets.py)."""
    return make(text, q, width)
