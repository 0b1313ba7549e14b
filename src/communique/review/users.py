"""Editors and their tokens.

A token is shown once when the user is made; the database keeps only a salted
scrypt hash.  Tokens look like ``cq_<id>_<secret>``: the id finds the row, so a
login costs one hash, not one per user.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import unicodedata
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import CommuniqueError
from .models import ROLES, LoginSession, User, utcnow

# scrypt cost: ~16 MB and a few tens of ms per check, enough against offline guessing
# of a 256-bit secret many times over, cheap enough for an interactive login.
SCRYPT = {"n": 2**14, "r": 8, "p": 1}
SESSION_HOURS = 12


def _hash(token: str, salt: bytes) -> str:
    return hashlib.scrypt(token.encode(), salt=salt, dklen=32, **SCRYPT).hex()


def check_name(name: str) -> str:
    """A user name as it will be shown: 1 to 80 visible characters.

    Control characters (newlines, ANSI escapes) and invisible format characters
    (bidi overrides such as U+202E, zero-width marks) are refused: in a page, a
    log line or a terminal they make a name read as something else."""
    name = name.strip()
    bad = [c for c in name if unicodedata.category(c) in ("Cc", "Cf", "Co", "Cs", "Cn", "Zl", "Zp")]
    if bad:
        codes = ", ".join(dict.fromkeys(f"U+{ord(c):04X}" for c in bad))
        raise CommuniqueError(f"user name {name!r}: control or invisible characters ({codes}) "
                              "are not allowed; use letters, digits, spaces and punctuation")
    if not name or len(name) > 80:
        raise CommuniqueError(f"user name {name!r}: give 1 to 80 characters")
    return name


def add_user(session: Session, name: str, role: str = "editor") -> str:
    """Create a user and return their token (the only time it exists in clear)."""
    name = check_name(name)
    if role not in ROLES:
        raise CommuniqueError(f"role {role!r}: choose one of {', '.join(ROLES)}")
    if session.scalar(select(User).where(User.name == name)):
        raise CommuniqueError(f"user {name!r} exists already (use `communique user token` for a new token)")
    token, token_id, salt = _new_token()
    session.add(User(name=name, role=role, token_id=token_id, token_salt=salt.hex(),
                     token_hash=_hash(token, salt)))
    session.commit()
    return token


def new_token(session: Session, name: str) -> str:
    """Replace a user's token; the old one stops working."""
    user = session.scalar(select(User).where(User.name == name))
    if user is None:
        raise CommuniqueError(f"no user named {name!r}")
    token, token_id, salt = _new_token()
    user.token_id, user.token_salt, user.token_hash = token_id, salt.hex(), _hash(token, salt)
    session.execute(LoginSession.__table__.delete().where(LoginSession.user_id == user.id))
    session.commit()
    return token


def _new_token() -> tuple[str, str, bytes]:
    token_id = secrets.token_hex(6)
    token = f"cq_{token_id}_{secrets.token_urlsafe(32)}"
    return token, token_id, secrets.token_bytes(16)


def list_users(session: Session) -> list[User]:
    return list(session.scalars(select(User).order_by(User.name)))


def set_disabled(session: Session, name: str, disabled: bool = True) -> None:
    user = session.scalar(select(User).where(User.name == name))
    if user is None:
        raise CommuniqueError(f"no user named {name!r}")
    user.disabled = disabled
    if disabled:
        session.execute(LoginSession.__table__.delete().where(LoginSession.user_id == user.id))
    session.commit()


# Tokens already checked by scrypt in this process: sha256(token) -> the stored hash it
# matched.  An API client sending its bearer token on every request then costs one
# scrypt, not one per request.  The user row is still read each time, so a disabled
# user or a replaced token is refused at once.
_VERIFIED: dict[str, str] = {}
_VERIFIED_MAX = 1024


def token_owner(session: Session, token: str) -> User | None:
    """The user a token names by its id part, without checking its secret
    (to count failed logins per account)."""
    parts = (token or "").strip().split("_", 2)
    if len(parts) != 3 or parts[0] != "cq":
        return None
    return session.scalar(select(User).where(User.token_id == parts[1]))


def check_token(session: Session, token: str) -> User | None:
    """The active user holding ``token``, or None."""
    token = (token or "").strip()
    parts = token.split("_", 2)
    if len(parts) != 3 or parts[0] != "cq":
        return None
    user = session.scalar(select(User).where(User.token_id == parts[1]))
    if user is None or user.disabled:
        return None
    quick = hashlib.sha256(token.encode()).hexdigest()
    if _VERIFIED.get(quick) == user.token_hash:
        return user
    given = _hash(token, bytes.fromhex(user.token_salt))
    if not hmac.compare_digest(given, user.token_hash):
        return None
    if len(_VERIFIED) >= _VERIFIED_MAX:
        _VERIFIED.clear()
    _VERIFIED[quick] = user.token_hash
    return user


def open_session(session: Session, user: User) -> tuple[str, str]:
    """Start a browser session: returns (cookie secret, CSRF token)."""
    secret, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    session.add(LoginSession(id_hash=hashlib.sha256(secret.encode()).hexdigest(), user_id=user.id,
                             csrf=csrf, expires_at=utcnow() + timedelta(hours=SESSION_HOURS)))
    session.commit()
    return secret, csrf


def session_user(session: Session, secret: str | None) -> tuple[User, LoginSession] | None:
    if not secret:
        return None
    row = session.get(LoginSession, hashlib.sha256(secret.encode()).hexdigest())
    if row is None or row.expires_at < utcnow():
        return None
    user = session.get(User, row.user_id)
    if user is None or user.disabled:
        return None
    return user, row


def close_session(session: Session, secret: str | None) -> None:
    if secret:
        row = session.get(LoginSession, hashlib.sha256(secret.encode()).hexdigest())
        if row is not None:
            session.delete(row)
            session.commit()
