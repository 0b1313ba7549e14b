"""The archive's tables.  Plain tables any SQL tool can read.

Keys are readable strings: a document's ``id`` is ``Document.content_id()`` (a
hash of its normalised text); actors, places and events are keyed
``<document id>/<local id>`` so a join never needs the document to disambiguate.
JSON columns hold only lists that are never queried (aliases, mention spans).
The full-text index is not here: it is dialect-specific and made by the
migration (SQLite FTS5 table ``documents_fts``; PostgreSQL column ``search``).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (JSON, BigInteger, Boolean, DateTime, Float, ForeignKey, Index, Integer,
                        LargeBinary, SmallInteger, String, Text)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


ID = String(80)


class Run(Base):
    """One `communique ingest` invocation and its summary."""

    __tablename__ = "runs"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    coding_version: Mapped[str] = mapped_column(String(64))
    sources: Mapped[list] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(16))  # running | done | failed | interrupted
    # Counts so far: updated in the transaction of every batch written.
    ingested: Mapped[int] = mapped_column(Integer, default=0)
    known: Mapped[int] = mapped_column(Integer, default=0)
    failed: Mapped[int] = mapped_column(Integer, default=0)
    recoded: Mapped[int] = mapped_column(Integer, default=0)
    # The process running it: a 'running' run whose process is gone was killed.
    pid: Mapped[int | None] = mapped_column(Integer)
    host: Mapped[str | None] = mapped_column(String(255))


class Cluster(Base):
    """A group: near-duplicate documents (kind 'duplicate') or one event told by
    several documents (kind 'event').  ``size`` counts distinct documents."""

    __tablename__ = "clusters"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), index=True)
    key: Mapped[str] = mapped_column(Text)
    size: Mapped[int] = mapped_column(Integer, default=1)
    first_document_id: Mapped[str] = mapped_column(ID)


class DocumentRow(Base):
    __tablename__ = "documents"
    # Integer row number: the rowid the SQLite full-text table points at.
    num: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(ID, unique=True)
    record_id: Mapped[str | None] = mapped_column(Text)
    source_path: Mapped[str | None] = mapped_column(Text)
    source_url: Mapped[str | None] = mapped_column(Text)
    source_format: Mapped[str] = mapped_column(String(16))
    source_encoding: Mapped[str | None] = mapped_column(String(40))
    source_record: Mapped[str | None] = mapped_column(Text)
    source_line: Mapped[int | None] = mapped_column(Integer)
    source_sitename: Mapped[str | None] = mapped_column(Text)
    source_title_hint: Mapped[str | None] = mapped_column(Text)
    source_published_hint: Mapped[str | None] = mapped_column(String(10))
    source_date_hint: Mapped[str | None] = mapped_column(String(10))
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(10), index=True)
    published_from: Mapped[str | None] = mapped_column(String(40))
    language: Mapped[str | None] = mapped_column(String(8))
    issuers: Mapped[list] = mapped_column(JSON)
    sections: Mapped[list] = mapped_column(JSON)
    removed: Mapped[list] = mapped_column(JSON)
    text: Mapped[str] = mapped_column(Text)
    raw: Mapped[str] = mapped_column(Text)  # the decoded input, so --recode needs no source
    coding_version: Mapped[str] = mapped_column(String(64), index=True)
    coded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    previous_version: Mapped[str | None] = mapped_column(String(64))
    previous_coded_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    duplicate_of: Mapped[str | None] = mapped_column(ID, ForeignKey("documents.id"), index=True)
    similarity: Mapped[float | None] = mapped_column(Float)
    cluster_id: Mapped[str | None] = mapped_column(ID, ForeignKey("clusters.id"), index=True)


class InputRow(Base):
    """Every input seen, keyed before parsing (hash of the bytes, or the URL), so a
    second run skips known inputs without reading them as documents."""

    __tablename__ = "inputs"
    key: Mapped[str] = mapped_column(ID, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))     # file | jsonl | url
    label: Mapped[str] = mapped_column(Text)          # path, path:line or URL
    status: Mapped[str] = mapped_column(String(16))   # coded | known | failed
    document_id: Mapped[str | None] = mapped_column(ID, ForeignKey("documents.id"), index=True)
    run_id: Mapped[int | None] = mapped_column(Integer, ForeignKey("runs.id"))
    seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class ActorRow(Base):
    __tablename__ = "actors"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    document_id: Mapped[str] = mapped_column(ID, ForeignKey("documents.id"), index=True)
    local_id: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(Text, index=True)
    kind: Mapped[str | None] = mapped_column(String(24))
    country: Mapped[str | None] = mapped_column(String(8), index=True)
    sector: Mapped[str | None] = mapped_column(String(16))
    wikidata: Mapped[str | None] = mapped_column(String(24))
    known: Mapped[bool] = mapped_column(Boolean)
    confidence: Mapped[float | None] = mapped_column(Float)
    aliases: Mapped[list] = mapped_column(JSON)
    roles: Mapped[list] = mapped_column(JSON)
    mentions: Mapped[list] = mapped_column(JSON)


class PlaceRow(Base):
    __tablename__ = "places"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    document_id: Mapped[str] = mapped_column(ID, ForeignKey("documents.id"), index=True)
    local_id: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(Text, index=True)
    geonameid: Mapped[int | None] = mapped_column(Integer)
    country: Mapped[str | None] = mapped_column(String(8), index=True)
    admin1: Mapped[str | None] = mapped_column(Text)
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    feature: Mapped[str | None] = mapped_column(String(16))
    precision: Mapped[str | None] = mapped_column(String(16))
    confidence: Mapped[float | None] = mapped_column(Float)
    mentions: Mapped[list] = mapped_column(JSON)


class DateRow(Base):
    __tablename__ = "dates"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[str] = mapped_column(ID, ForeignKey("documents.id"), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    value: Mapped[str | None] = mapped_column(String(10))
    precision: Mapped[str | None] = mapped_column(String(8))
    reason: Mapped[str | None] = mapped_column(Text)


class MentionRow(Base):
    __tablename__ = "mentions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[str] = mapped_column(ID, ForeignKey("documents.id"), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    role: Mapped[str | None] = mapped_column(Text)
    long_form: Mapped[str | None] = mapped_column(Text)
    actor_id: Mapped[str | None] = mapped_column(ID)
    place_id: Mapped[str | None] = mapped_column(ID)


class EventRow(Base):
    __tablename__ = "events"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    document_id: Mapped[str] = mapped_column(ID, ForeignKey("documents.id"), index=True)
    local_id: Mapped[str] = mapped_column(String(40))
    type: Mapped[str] = mapped_column(String(24))  # indexed with document_id, below
    mode: Mapped[str | None] = mapped_column(String(40))
    cameo: Mapped[str | None] = mapped_column(String(8))  # indexed with document_id, below
    date: Mapped[str | None] = mapped_column(String(10), index=True)
    date_precision: Mapped[str | None] = mapped_column(String(8))
    place_id: Mapped[str | None] = mapped_column(ID, ForeignKey("places.id"), index=True)
    status: Mapped[str] = mapped_column(String(16))
    negated: Mapped[bool] = mapped_column(Boolean)
    confidence: Mapped[float | None] = mapped_column(Float)
    evidence_start: Mapped[int] = mapped_column(Integer)
    evidence_end: Mapped[int] = mapped_column(Integer)
    evidence_text: Mapped[str] = mapped_column(Text)
    field_evidence: Mapped[dict] = mapped_column(JSON)
    pattern: Mapped[str | None] = mapped_column(Text)
    cluster_id: Mapped[str | None] = mapped_column(ID, ForeignKey("clusters.id"), index=True)


class EventActorRow(Base):
    """Who did what to whom: role is 'source', 'target' or 'claimed_by'."""

    __tablename__ = "event_actors"
    event_id: Mapped[str] = mapped_column(ID, ForeignKey("events.id"), primary_key=True)
    actor_id: Mapped[str] = mapped_column(ID, ForeignKey("actors.id"), primary_key=True)
    role: Mapped[str] = mapped_column(String(16), primary_key=True)
    position: Mapped[int] = mapped_column(SmallInteger)


class ErrorRow(Base):
    __tablename__ = "errors"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    run_id: Mapped[int | None] = mapped_column(Integer, ForeignKey("runs.id"), index=True)
    source: Mapped[str] = mapped_column(Text)
    document_id: Mapped[str | None] = mapped_column(ID)
    code: Mapped[str] = mapped_column(String(40), index=True)
    message: Mapped[str] = mapped_column(Text)
    stage: Mapped[str | None] = mapped_column(String(40))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class MinHashRow(Base):
    """A document's MinHash signature (uint64 values, little-endian bytes)."""

    __tablename__ = "minhashes"
    document_id: Mapped[str] = mapped_column(ID, ForeignKey("documents.id"), primary_key=True)
    num_perm: Mapped[int] = mapped_column(SmallInteger)
    signature: Mapped[bytes] = mapped_column(LargeBinary)


class LshBandRow(Base):
    """LSH buckets of the signatures: a new document looks up its own buckets
    instead of comparing itself with every stored document."""

    __tablename__ = "lsh_bands"
    band: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    bucket: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    document_id: Mapped[str] = mapped_column(ID, ForeignKey("documents.id"), primary_key=True,
                                             index=True)


class EntityNameRow(Base):
    """Each distinct actor or place name once (kind 'actor' or 'place'), kept exact
    by triggers on ``actors`` and ``places`` (migration 0002): a substring filter
    scans these names, not one actor row per document."""

    __tablename__ = "entity_names"
    kind: Mapped[str] = mapped_column(String(8), primary_key=True)
    name: Mapped[str] = mapped_column(Text, primary_key=True)


Index("ix_event_actors_event_role", EventActorRow.event_id, EventActorRow.role)
# Search (migration 0002): covering indexes, so filters read no table rows.
Index("ix_event_actors_actor_event", EventActorRow.actor_id, EventActorRow.event_id)
Index("ix_events_type_document", EventRow.type, EventRow.document_id)
Index("ix_events_cameo_document", EventRow.cameo, EventRow.document_id)
Index("ix_documents_num_id", DocumentRow.num, DocumentRow.id, DocumentRow.published)
