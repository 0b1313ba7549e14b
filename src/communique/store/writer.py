"""The single writer: outcomes of coding go into the archive, one batch per transaction.

Only the main process writes (workers only code, like datasette's
``execute_write_fn``).  A batch is one transaction: the documents, their
annotations, the inputs marked as seen, the full-text index and the clusters
commit together or not at all, so a run killed at any point and started again
ends with exactly what an uninterrupted run gives.  Inside a batch each document
has its own savepoint: a document the database refuses is recorded as an error
and the rest of the batch goes on.  Errors of the storage itself (disk full,
lock) roll the whole batch back.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from typing import Any

from sqlalchemy import Connection, and_, delete, insert, or_, select, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import OperationalError

from ..config import StoreConfig, default_config
from ..dedupe import LshScheme, event_cluster_id, event_cluster_key, signature, similarity
from ..dedupe.minhash import from_bytes, to_bytes
from .archive import Archive, classify, now
from .models import (ActorRow, Cluster, DateRow, DocumentRow, ErrorRow, EventActorRow, EventRow,
                     InputRow, LshBandRow, MentionRow, MinHashRow, PlaceRow, Run)

log = logging.getLogger(__name__)

# Rows go in as Core inserts on each model's __table__ (parameter lists, no ORM
# unit of work).
_SQL_DOC_EXISTS = text("SELECT 1 FROM documents WHERE id = :id")


# -- what the coder hands the writer --------------------------------------------
@dataclass
class Coded:
    """A document coded from a new input."""
    key: str | None
    kind: str
    label: str
    content_id: str
    doc: dict[str, Any]            # contract.to_dict(Document)
    raw: str = ""                  # Document.raw, kept so --recode needs no source


@dataclass
class Recoded:
    """A stored document coded again with the current pipeline."""
    document_id: str
    doc: dict[str, Any]
    raw: str = ""
    label: str = ""


@dataclass
class Failed:
    key: str | None
    kind: str
    label: str
    code: str
    message: str
    stage: str | None = None
    remember: bool = False         # a failure of the content itself: skip it next time
    document_id: str | None = None


@dataclass
class Counts:
    """What a batch counts, and what a run's summary adds up batch by batch."""
    ingested: int = 0
    known: int = 0
    failed: int = 0
    recoded: int = 0
    duplicates: int = 0

    def add_counts(self, other: Counts) -> None:
        for f in fields(Counts):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))


@dataclass
class BatchResult(Counts):
    failures: list[Failed] = field(default_factory=list)


class Writer:
    def __init__(self, archive: Archive, run_id: int | None, version: str,
                 settings: StoreConfig | None = None):
        settings = settings or default_config().store
        self.archive = archive
        self.run_id = run_id
        self.version = version
        self.dialect = archive.dialect
        self.dedupe = settings.near_duplicates
        self.scheme = LshScheme(settings.duplicate_threshold, settings.minhash_permutations)
        self.shingle_words = settings.shingle_words
        # Statements built once: executed with parameters they compile once too.
        dialect_insert = postgresql.insert if self.dialect == "postgresql" else sqlite.insert
        upsert = dialect_insert(InputRow.__table__)
        self._upsert_input = upsert.on_conflict_do_update(
            index_elements=["key"],
            set_={c: upsert.excluded[c] for c in ("kind", "label", "status", "document_id",
                                                  "run_id", "seen_at")})
        self._insert_cluster = dialect_insert(Cluster.__table__).on_conflict_do_nothing(
            index_elements=["id"])

    # -- public -----------------------------------------------------------------
    def write(self, outcomes: Iterable[Coded | Recoded | Failed], *, skipped: int = 0) -> BatchResult:
        """Write one batch in one transaction, with the run's counts so far; ``skipped``
        inputs were known before parsing (they only count)."""
        result = BatchResult()
        touched: set[str] = set()
        with self.archive.transaction() as conn:
            stamp = now()
            for item in outcomes:
                if isinstance(item, Failed):
                    self._failed(conn, item, stamp, result)
                    continue
                try:
                    with conn.begin_nested():
                        if isinstance(item, Coded):
                            self._coded(conn, item, stamp, result, touched)
                        else:
                            self._recoded(conn, item, stamp, result, touched)
                except Exception as exc:  # noqa: BLE001 - one document never stops the batch
                    if isinstance(exc, OperationalError) or classify(exc, "") is not None:
                        raise  # storage trouble: the whole batch rolls back
                    log.debug("document refused by the database", exc_info=True)
                    key = item.key if isinstance(item, Coded) else None
                    kind = item.kind if isinstance(item, Coded) else "recode"
                    self._failed(conn, Failed(key, kind, item.label, "store.invalid",
                                              f"the archive refused it: {_short(exc)}",
                                              stage="store"), stamp, result)
            self._resize_event_clusters(conn, touched)
            if self.run_id is not None:
                # In the batch's own transaction: a killed run's counts are what it committed.
                conn.execute(update(Run).where(Run.id == self.run_id).values(
                    ingested=Run.ingested + result.ingested,
                    known=Run.known + result.known + skipped,
                    failed=Run.failed + result.failed, recoded=Run.recoded + result.recoded))
        return result

    # -- outcomes -----------------------------------------------------------------
    def _failed(self, conn: Connection, f: Failed, stamp, result: BatchResult) -> None:
        result.failed += 1
        result.failures.append(f)
        conn.execute(insert(ErrorRow.__table__), dict(
            run_id=self.run_id, source=f.label, document_id=f.document_id, code=f.code,
            message=f.message, stage=f.stage, at=stamp))
        if f.key and f.remember:
            self._mark_input(conn, f.key, f.kind, f.label, "failed", None, stamp)

    def _coded(self, conn: Connection, c: Coded, stamp, result: BatchResult, touched: set[str]) -> None:
        cid = c.content_id
        exists = conn.execute(_SQL_DOC_EXISTS, {"id": cid}).first()
        if exists:
            result.known += 1
            if c.key:
                self._mark_input(conn, c.key, c.kind, c.label, "known", cid, stamp)
            return
        d = c.doc
        row = _document_row(cid, d, c.raw, self.version, stamp)
        num = conn.execute(insert(DocumentRow.__table__), row).inserted_primary_key[0]
        self._index_text(conn, num, row["title"], row["text"])
        self._insert_annotations(conn, cid, d, touched)
        self._insert_errors(conn, cid, d, c.label, stamp)
        if self.dedupe:
            result.duplicates += self._near_duplicate(conn, cid, row["text"])
        if c.key:
            self._mark_input(conn, c.key, c.kind, c.label, "coded", cid, stamp)
        result.ingested += 1

    def _recoded(self, conn: Connection, r: Recoded, stamp, result: BatchResult, touched: set[str]) -> None:
        old = conn.execute(select(DocumentRow.num, DocumentRow.title, DocumentRow.text,
                                  DocumentRow.coding_version, DocumentRow.coded_at)
                           .where(DocumentRow.id == r.document_id)).one()
        touched.update(c for c in conn.scalars(
            select(EventRow.cluster_id).where(EventRow.document_id == r.document_id)) if c)
        self._delete_annotations(conn, r.document_id)
        row = _document_row(r.document_id, r.doc, r.raw, self.version, stamp)
        for keep in ("id", "raw"):
            row.pop(keep)
        row.update(previous_version=old.coding_version, previous_coded_at=old.coded_at)
        conn.execute(update(DocumentRow).where(DocumentRow.id == r.document_id).values(row))
        if (old.title, old.text) != (row["title"], row["text"]):
            self._unindex_text(conn, old.num, old.title, old.text)
            self._index_text(conn, old.num, row["title"], row["text"])
        self._insert_annotations(conn, r.document_id, r.doc, touched)
        self._insert_errors(conn, r.document_id, r.doc, r.label, stamp)  # the old ones went with the old coding
        result.recoded += 1

    # -- pieces -------------------------------------------------------------------
    def _mark_input(self, conn, key, kind, label, status, document_id, stamp) -> None:
        conn.execute(self._upsert_input, dict(
            key=key, kind=kind, label=label, status=status, document_id=document_id,
            run_id=self.run_id, seen_at=stamp))

    def _index_text(self, conn, num, title, body) -> None:
        if self.dialect == "sqlite":  # PostgreSQL's tsvector column is generated
            conn.execute(text("INSERT INTO documents_fts(rowid, title, text) VALUES (:n, :t, :b)"),
                         {"n": num, "t": title or "", "b": body})

    def _unindex_text(self, conn, num, title, body) -> None:
        if self.dialect == "sqlite":
            conn.execute(text("INSERT INTO documents_fts(documents_fts, rowid, title, text) "
                              "VALUES ('delete', :n, :t, :b)"),
                         {"n": num, "t": title or "", "b": body})

    def _insert_annotations(self, conn, cid: str, d: dict[str, Any], touched: set[str]) -> None:
        actors = _unique_ids(d.get("actors", []))
        places = _unique_ids(d.get("places", []))
        events = _unique_ids(d.get("events", []))
        actor_ids = {a["id"]: f"{cid}/{a['id']}" for a in actors}
        place_ids = {p["id"]: f"{cid}/{p['id']}" for p in places}
        if actors:
            conn.execute(insert(ActorRow.__table__), [_actor_row(cid, a) for a in actors])
        if places:
            conn.execute(insert(PlaceRow.__table__), [_place_row(cid, p) for p in places])
        if d.get("dates"):
            conn.execute(insert(DateRow.__table__), [
                {"document_id": cid, "start": x["start"], "end": x["end"], "text": x["text"],
                 "value": x.get("value"), "precision": x.get("precision"), "reason": x.get("reason")}
                for x in d["dates"]])
        if d.get("mentions"):
            conn.execute(insert(MentionRow.__table__), [
                {"document_id": cid, "start": m["start"], "end": m["end"], "label": m["label"],
                 "text": m["text"], "role": m.get("role"), "long_form": m.get("long_form"),
                 "actor_id": actor_ids.get(m.get("actor")), "place_id": place_ids.get(m.get("place"))}
                for m in d["mentions"]])
        if not events:
            return
        by_actor = {a["id"]: a for a in actors}
        by_place = {p["id"]: p for p in places}
        rows, links = [], []
        for e in events:
            key = event_cluster_key(e, by_actor, by_place)
            cluster = event_cluster_id(key)
            self._ensure_cluster(conn, cluster, "event", key, cid)
            touched.add(cluster)
            ev = e.get("evidence") or {}
            eid = f"{cid}/{e['id']}"
            rows.append({
                "id": eid, "document_id": cid, "local_id": e["id"],
                "type": e["type"],
                "mode": e.get("mode"), "cameo": e.get("cameo"), "date": e.get("date"),
                "date_precision": e.get("date_precision"), "place_id": place_ids.get(e.get("place")),
                "status": e.get("status") or "asserted", "negated": bool(e.get("negated")),
                "confidence": e.get("confidence"), "evidence_start": ev.get("start", 0),
                "evidence_end": ev.get("end", 0), "evidence_text": ev.get("text", ""),
                "field_evidence": e.get("field_evidence") or {}, "pattern": e.get("pattern"),
                "cluster_id": cluster,
            })
            seen = set()
            for role, ids in (("source", e.get("sources", [])), ("target", e.get("targets", [])),
                              ("claimed_by", e.get("claimed_by", []))):
                for pos, local in enumerate(ids):
                    if local in actor_ids and (local, role) not in seen:
                        seen.add((local, role))
                        links.append({"event_id": eid, "actor_id": actor_ids[local],
                                      "role": role, "position": pos})
        conn.execute(insert(EventRow.__table__), rows)
        if links:
            conn.execute(insert(EventActorRow.__table__), links)

    def _insert_errors(self, conn, cid: str, d: dict, label: str, stamp) -> None:
        for err in d.get("errors", []):  # warnings on a coded document, read back with it
            conn.execute(insert(ErrorRow.__table__), dict(
                run_id=self.run_id, source=label, document_id=cid, code=err.get("code", "?"),
                message=err.get("message", ""), stage=err.get("stage"), at=stamp))

    def _delete_annotations(self, conn, cid: str) -> None:
        events = select(EventRow.id).where(EventRow.document_id == cid).scalar_subquery()
        conn.execute(delete(EventActorRow).where(EventActorRow.event_id.in_(events)))
        for table in (EventRow, MentionRow, DateRow, ActorRow, PlaceRow):
            conn.execute(delete(table).where(table.document_id == cid))
        conn.execute(delete(ErrorRow).where(ErrorRow.document_id == cid))

    def _ensure_cluster(self, conn, cluster_id: str, kind: str, key: str, first: str) -> None:
        conn.execute(self._insert_cluster, dict(id=cluster_id, kind=kind, key=key, size=1,
                                                first_document_id=first))

    def _resize_event_clusters(self, conn, touched: set[str]) -> None:
        # Sizes are recounted, never incremented, so a batch redone after a crash
        # cannot count a document twice.
        ids = sorted(touched)
        for i in range(0, len(ids), 500):
            conn.execute(text(
                "UPDATE clusters SET size = (SELECT COUNT(DISTINCT document_id) FROM events "
                "WHERE events.cluster_id = clusters.id) WHERE id IN :ids"
            ).bindparams(_expanding("ids")), {"ids": ids[i:i + 500]})
            # A recoded document may leave an event cluster with no event.
            conn.execute(text("DELETE FROM clusters WHERE kind = 'event' AND size = 0 AND id IN :ids")
                         .bindparams(_expanding("ids")), {"ids": ids[i:i + 500]})

    def _near_duplicate(self, conn, cid: str, body: str) -> int:
        """Store the document's signature; link it to a near-identical stored one."""
        sig = signature(body, self.scheme.num_perm, self.shingle_words)
        buckets = self.scheme.buckets(sig)
        candidates = list(conn.scalars(
            select(LshBandRow.document_id).distinct().where(or_(*[
                and_(LshBandRow.band == b, LshBandRow.bucket == k) for b, k in buckets]))))
        best, best_sim = None, 0.0
        if candidates:
            for doc_id, blob in conn.execute(select(MinHashRow.document_id, MinHashRow.signature)
                                             .where(MinHashRow.document_id.in_(candidates))):
                sim = similarity(sig, from_bytes(blob))
                if sim > best_sim or (sim == best_sim and best is not None and doc_id < best):
                    best, best_sim = doc_id, sim
        conn.execute(insert(MinHashRow.__table__),
                     dict(document_id=cid, num_perm=self.scheme.num_perm, signature=to_bytes(sig)))
        conn.execute(insert(LshBandRow.__table__), [{"band": b, "bucket": k, "document_id": cid}
                                                    for b, k in sorted(set(buckets))])
        if best is None or best_sim < self.scheme.threshold:
            return 0
        canonical = conn.scalar(select(DocumentRow.duplicate_of).where(DocumentRow.id == best)) or best
        cluster = "dup_" + canonical.removeprefix("doc_")
        self._ensure_cluster(conn, cluster, "duplicate", canonical, canonical)
        conn.execute(update(DocumentRow).where(DocumentRow.id == canonical).values(cluster_id=cluster))
        conn.execute(update(DocumentRow).where(DocumentRow.id == cid).values(
            duplicate_of=canonical, similarity=round(best_sim, 4), cluster_id=cluster))
        conn.execute(text("UPDATE clusters SET size = (SELECT COUNT(*) FROM documents "
                          "WHERE documents.cluster_id = clusters.id) WHERE id = :c"), {"c": cluster})
        return 1


# -- rows ------------------------------------------------------------------------
def _document_row(cid: str, d: dict[str, Any], raw: str, version: str, stamp) -> dict[str, Any]:
    doc = d["document"]
    src = doc.get("source") or {}
    return {
        "id": cid, "record_id": doc.get("id"),
        "source_path": src.get("path"), "source_url": src.get("url"),
        "source_format": src.get("format") or "text", "source_encoding": src.get("encoding"),
        "source_record": src.get("record"), "source_line": src.get("line"),
        "source_sitename": src.get("sitename"), "source_title_hint": src.get("title_hint"),
        "source_published_hint": src.get("published_hint"), "source_date_hint": src.get("date_hint"),
        "title": doc.get("title"), "published": doc.get("published"),
        "published_from": doc.get("published_from"), "language": doc.get("language"),
        "issuers": list(doc.get("issuers") or []), "sections": list(doc.get("sections") or []),
        "removed": list(doc.get("removed") or []), "text": doc.get("text") or "",
        "raw": raw or doc.get("text") or "",
        "coding_version": version, "coded_at": stamp,
    }


def _actor_row(cid: str, a: dict[str, Any]) -> dict[str, Any]:
    return {"id": f"{cid}/{a['id']}", "document_id": cid, "local_id": a["id"], "name": a["name"],
            "kind": a.get("kind"), "country": a.get("country"), "sector": a.get("sector"),
            "wikidata": a.get("wikidata"), "known": bool(a.get("known")),
            "confidence": a.get("confidence"), "aliases": list(a.get("aliases") or []),
            "roles": list(a.get("roles") or []), "mentions": list(a.get("mentions") or [])}


def _place_row(cid: str, p: dict[str, Any]) -> dict[str, Any]:
    return {"id": f"{cid}/{p['id']}", "document_id": cid, "local_id": p["id"], "name": p["name"],
            "geonameid": p.get("geonameid"), "country": p.get("country"), "admin1": p.get("admin1"),
            "lat": p.get("lat"), "lon": p.get("lon"), "feature": p.get("feature"),
            "precision": p.get("precision"), "confidence": p.get("confidence"),
            "mentions": list(p.get("mentions") or [])}


def _unique_ids(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Items with ids made unique (a repeated id gets '#2', '#3'): one bad id from a
    stage must not make the database refuse the whole document."""
    seen: dict[str, int] = {}
    out = []
    for item in items:
        local = str(item.get("id"))
        if local in seen:
            seen[local] += 1
            item = {**item, "id": f"{local}#{seen[local]}"}
        else:
            seen[local] = 1
        out.append(item)
    return out


def _expanding(name: str):
    from sqlalchemy import bindparam
    return bindparam(name, expanding=True)


def _short(exc: BaseException) -> str:
    return " ".join(str(getattr(exc, "orig", None) or exc).split())[:300]
