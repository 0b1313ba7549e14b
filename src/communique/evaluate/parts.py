"""The fixed split of every dev set into a part to read and a part only to score.

Tuning looks at errors of the ``read`` part only; the ``scored`` part measures whether a change
carries to text nobody tuned on.  The rule is a salted hash of the record id, so it is independent
of the dev/holdout split (``sha1(id) % 3``) and never changes when records are added.
"""

from __future__ import annotations

import hashlib

READ = "read"
SCORED = "scored"
PARTS = (READ, SCORED)
_SALT = "communique-part:"


def part_of(record_id: str) -> str:
    """``"read"`` or ``"scored"`` for a gold record id (about half each)."""
    digest = hashlib.sha1((_SALT + str(record_id)).encode("utf-8")).hexdigest()
    return READ if int(digest, 16) % 2 == 0 else SCORED
