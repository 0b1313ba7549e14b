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
from typing import Annotated

from sqlalchemy import (JSON, BigInteger, Boolean, DateTime, Float, ForeignKey, Index, Integer,
                        LargeBinary, SmallInteger, String, Text)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    # The SQL type of each Python type a column is annotated with: a plain
    # ``title: Mapped[str | None]`` is a nullable TEXT column.  mapped_column() is written
    # only where a column differs (a length, a key, an index, a default).
    type_annotation_map = {
        str: Text, int: Integer, float: Float, bool: Boolean,
        datetime: DateTime(timezone=True), list: JSON, dict: JSON,
    }


# A row key ("<document id>/<local id>", or a document's content id).
Key = Annotated[str, mapped_column(String(80))]
# The document a row belongs to (indexed: every per-document read filters on it).
DocumentKey = Annotated[str, mapped_column(String(80), ForeignKey("documents.id"), index=True)]
# A date as text: YYYY-MM-DD, YYYY-MM or YYYY.
Day = Annotated[str, mapped_column(String(10))]
# A short code word: a kind, a status, a format, a role.
Word = Annotated[str, mapped_column(String(16))]
# The coder's version string (communique.version.coding_version()).
Version = Annotated[str, mapped_column(String(64))]


class Run(Base):
    """One `communique ingest` invocation and its summary."""

    __tablename__ = "runs"
    id: Mapped[int] = mapped_column(primary_key=True)
    started_at: Mapped[datetime]
    finished_at: Mapped[datetime | None]
    coding_version: Mapped[Version]
    sources: Mapped[list]
    status: Mapped[Word]  # running | done | failed | interrupted
    # Counts so far: updated in the transaction of every batch written.
    ingested: Mapped[int] = mapped_column(default=0)
    known: Mapped[int] = mapped_column(default=0)
    failed: Mapped[int] = mapped_column(default=0)
    recoded: Mapped[int] = mapped_column(default=0)
    # The process running it: a 'running' run whose process is gone was killed.
    pid: Mapped[int | None]
    host: Mapped[str | None] = mapped_column(String(255))


class Cluster(Base):
    """A group: near-duplicate documents (kind 'duplicate') or one event told by
    several documents (kind 'event').  ``size`` counts distinct documents."""

    __tablename__ = "clusters"
    id: Mapped[Key] = mapped_column(primary_key=True)
    kind: Mapped[Word] = mapped_column(index=True)
    key: Mapped[str]
    size: Mapped[int] = mapped_column(default=1)
    first_document_id: Mapped[Key]


class DocumentRow(Base):
    """A coded document: its source, clean text, structure and coding version."""

    __tablename__ = "documents"
    # Integer row number: the rowid the SQLite full-text table points at.
    num: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    id: Mapped[Key] = mapped_column(unique=True)
    record_id: Mapped[str | None]
    source_path: Mapped[str | None]
    source_url: Mapped[str | None]
    source_format: Mapped[Word]
    source_encoding: Mapped[str | None] = mapped_column(String(40))
    source_record: Mapped[str | None]
    source_line: Mapped[int | None]
    source_sitename: Mapped[str | None]
    source_title_hint: Mapped[str | None]
    source_published_hint: Mapped[Day | None]
    source_date_hint: Mapped[Day | None]
    title: Mapped[str | None]
    published: Mapped[Day | None] = mapped_column(index=True)
    published_from: Mapped[str | None] = mapped_column(String(40))
    language: Mapped[str | None] = mapped_column(String(8))
    issuers: Mapped[list]
    sections: Mapped[list]
    removed: Mapped[list]
    text: Mapped[str]
    raw: Mapped[str]  # the decoded input, so --recode needs no source
    coding_version: Mapped[Version] = mapped_column(index=True)
    coded_at: Mapped[datetime]
    previous_version: Mapped[Version | None]
    previous_coded_at: Mapped[datetime | None]
    duplicate_of: Mapped[DocumentKey | None]
    similarity: Mapped[float | None]
    cluster_id: Mapped[Key | None] = mapped_column(ForeignKey("clusters.id"), index=True)


class InputRow(Base):
    """Every input seen, keyed before parsing (hash of the bytes, or the URL), so a
    second run skips known inputs without reading them as documents."""

    __tablename__ = "inputs"
    key: Mapped[Key] = mapped_column(primary_key=True)
    kind: Mapped[Word]          # file | jsonl | url
    label: Mapped[str]          # path, path:line or URL
    status: Mapped[Word]        # coded | known | failed
    document_id: Mapped[DocumentKey | None]
    run_id: Mapped[int | None] = mapped_column(ForeignKey("runs.id"))
    seen_at: Mapped[datetime]


class _Named:
    """What an actor and a place row share: a document's entity, named, perhaps of a
    country, with its spans in the text."""

    id: Mapped[Key] = mapped_column(primary_key=True)
    document_id: Mapped[DocumentKey]
    local_id: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(index=True)
    country: Mapped[str | None] = mapped_column(String(8), index=True)
    confidence: Mapped[float | None]
    mentions: Mapped[list]


class ActorRow(_Named, Base):
    """An actor of a document (contract ``actors``): who acts, is acted on or claims."""

    __tablename__ = "actors"
    kind: Mapped[str | None] = mapped_column(String(24))
    sector: Mapped[Word | None]
    wikidata: Mapped[str | None] = mapped_column(String(24))
    known: Mapped[bool]
    aliases: Mapped[list]
    roles: Mapped[list]


class PlaceRow(_Named, Base):
    """A place of a document (contract ``places``), with its gazetteer entry when found."""

    __tablename__ = "places"
    geonameid: Mapped[int | None]
    admin1: Mapped[str | None]
    lat: Mapped[float | None]
    lon: Mapped[float | None]
    feature: Mapped[Word | None]
    precision: Mapped[Word | None]


class _Span:
    """What a date and a mention row share: a stretch of a document's text."""

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[DocumentKey]
    start: Mapped[int]
    end: Mapped[int]
    text: Mapped[str]


class DateRow(_Span, Base):
    """A date expression of a document and the day, month or year it stands for."""

    __tablename__ = "dates"
    value: Mapped[Day | None]
    precision: Mapped[str | None] = mapped_column(String(8))
    reason: Mapped[str | None]


class MentionRow(_Span, Base):
    """A named-entity mention, with the actor or place it was resolved to."""

    __tablename__ = "mentions"
    label: Mapped[Word]
    role: Mapped[str | None]
    long_form: Mapped[str | None]
    actor_id: Mapped[Key | None]
    place_id: Mapped[Key | None]


class EventRow(Base):
    """An event of a document (contract ``events``); its actors are in ``event_actors``.
    review/state.py and the reader list these columns in this order."""

    __tablename__ = "events"
    id: Mapped[Key] = mapped_column(primary_key=True)
    document_id: Mapped[DocumentKey]
    local_id: Mapped[str] = mapped_column(String(40))
    # None: a CAMEO code with no PLOVER type (mode "only"); indexed with document_id, below
    type: Mapped[str | None] = mapped_column(String(24))
    mode: Mapped[str | None] = mapped_column(String(40))
    cameo: Mapped[str | None] = mapped_column(String(8))  # indexed with document_id, below
    date: Mapped[Day | None] = mapped_column(index=True)
    date_precision: Mapped[str | None] = mapped_column(String(8))
    place_id: Mapped[Key | None] = mapped_column(ForeignKey("places.id"), index=True)
    status: Mapped[Word]
    negated: Mapped[bool]
    confidence: Mapped[float | None]
    evidence_start: Mapped[int]
    evidence_end: Mapped[int]
    evidence_text: Mapped[str]
    field_evidence: Mapped[dict]
    pattern: Mapped[str | None]
    cluster_id: Mapped[Key | None] = mapped_column(ForeignKey("clusters.id"), index=True)


class EventActorRow(Base):
    """Who did what to whom: role is 'source', 'target' or 'claimed_by'."""

    __tablename__ = "event_actors"
    event_id: Mapped[Key] = mapped_column(ForeignKey("events.id"), primary_key=True)
    actor_id: Mapped[Key] = mapped_column(ForeignKey("actors.id"), primary_key=True)
    role: Mapped[Word] = mapped_column(primary_key=True)
    position: Mapped[int] = mapped_column(SmallInteger)


class ErrorRow(Base):
    __tablename__ = "errors"
    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("runs.id"), index=True)
    source: Mapped[str]
    document_id: Mapped[Key | None]
    code: Mapped[str] = mapped_column(String(40), index=True)
    message: Mapped[str]
    stage: Mapped[str | None] = mapped_column(String(40))
    at: Mapped[datetime]


class MinHashRow(Base):
    """A document's MinHash signature (uint64 values, little-endian bytes)."""

    __tablename__ = "minhashes"
    document_id: Mapped[Key] = mapped_column(ForeignKey("documents.id"), primary_key=True)
    num_perm: Mapped[int] = mapped_column(SmallInteger)
    signature: Mapped[bytes] = mapped_column(LargeBinary)


class LshBandRow(Base):
    """LSH buckets of the signatures: a new document looks up its own buckets
    instead of comparing itself with every stored document."""

    __tablename__ = "lsh_bands"
    band: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    bucket: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    document_id: Mapped[DocumentKey] = mapped_column(primary_key=True)


class EntityNameRow(Base):
    """Each distinct actor or place name once (kind 'actor' or 'place'), kept exact
    by triggers on ``actors`` and ``places`` (migration 0002): a substring filter
    scans these names, not one actor row per document."""

    __tablename__ = "entity_names"
    kind: Mapped[str] = mapped_column(String(8), primary_key=True)
    name: Mapped[str] = mapped_column(primary_key=True)

Index("ix_event_actors_event_role", EventActorRow.event_id, EventActorRow.role)
# Search (migration 0002): covering indexes, so filters read no table rows.
Index("ix_event_actors_actor_event", EventActorRow.actor_id, EventActorRow.event_id)
Index("ix_events_type_document", EventRow.type, EventRow.document_id)
Index("ix_events_cameo_document", EventRow.cameo, EventRow.document_id)
Index("ix_documents_num_id", DocumentRow.num, DocumentRow.id, DocumentRow.published)
