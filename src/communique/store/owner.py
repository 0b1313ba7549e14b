"""Which process runs an ingest, and is it still there?

A run killed with ``kill -9`` (or by a power cut) never records its end: its row
stays 'running'.  Each run records its pid and host; the next run on the
archive marks a 'running' run 'interrupted' when its process is gone.  On
PostgreSQL the writer's advisory lock already says it: whoever holds it is the
only live writer.  A run started on another host (an SQLite file on a shared
disk) cannot be checked from here and is left as it is.
"""

from __future__ import annotations

import os
import socket
from datetime import datetime, timezone


def this_host() -> str:
    return socket.gethostname()[:255]


def alive(pid: int | None, host: str | None, started_at: datetime | None) -> bool:
    """Whether the process that started a run at ``started_at`` may still run it."""
    if pid is None:
        return False          # written before runs recorded their process: long gone
    if host != this_host():
        return True           # cannot tell from here
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass                  # someone else's process: it exists
    return not _reused(pid, started_at)


def _reused(pid: int, started_at: datetime | None) -> bool:
    """The pid now names a process born after the run started (pids are recycled)."""
    if started_at is None:
        return False
    try:
        import psutil
    except ImportError:  # pragma: no cover - psutil comes with dask[distributed]
        return False
    try:
        born = psutil.Process(pid).create_time()
    except (psutil.Error, OSError):
        return False
    if started_at.tzinfo is None:   # SQLite gives back the stored UTC time without its zone
        started_at = started_at.replace(tzinfo=timezone.utc)
    return born > started_at.timestamp() + 1.0
