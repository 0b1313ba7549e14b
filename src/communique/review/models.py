"""Tables of the review workbench.

They live beside the archive's tables (created by the Alembic branch
``review``) but reference archive rows only by their string ids, so the review
log survives a re-ingest of a document and never alters the coded original.
"""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import JSON, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

ROLES = ("viewer", "editor")
# confirmed / corrected / rejected: decisions on a coded event; added: an event the coder missed.
DECISIONS = ("confirmed", "corrected", "rejected", "added")


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


class ReviewBase(DeclarativeBase):
    pass


class User(ReviewBase):
    __tablename__ = "review_users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    # The token is "cq_<token_id>_<secret>"; only a salted scrypt hash of it is kept.
    token_id: Mapped[str] = mapped_column(String(32), unique=True, index=True)
    token_hash: Mapped[str] = mapped_column(String(128))
    token_salt: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    disabled: Mapped[bool] = mapped_column(default=False)


class LoginSession(ReviewBase):
    """A browser session after a token login; the cookie holds the secret, the table its hash."""

    __tablename__ = "review_sessions"

    id_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("review_users.id", ondelete="CASCADE"))
    csrf: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(DateTime)


class ReviewedEvent(ReviewBase):
    """The current reviewed state of one event: the coded original and the values now."""

    __tablename__ = "review_events"
    __table_args__ = (UniqueConstraint("document_id", "event_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[str] = mapped_column(String(64), index=True)
    event_id: Mapped[str] = mapped_column(String(64))
    decision: Mapped[str] = mapped_column(String(16), index=True)
    original: Mapped[dict | None] = mapped_column(JSON, nullable=True)  # None for added events
    current: Mapped[dict] = mapped_column(JSON)
    reviewer: Mapped[str] = mapped_column(String(80))
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Change(ReviewBase):
    """One field changed by one person at one time: the audit log, never rewritten."""

    __tablename__ = "review_changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[str] = mapped_column(String(64), index=True)
    event_id: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(16))
    field: Mapped[str | None] = mapped_column(String(32), nullable=True)
    old: Mapped[object | None] = mapped_column(JSON, nullable=True)
    new: Mapped[object | None] = mapped_column(JSON, nullable=True)
    user: Mapped[str] = mapped_column(String(80))
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)
