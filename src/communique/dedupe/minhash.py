"""MinHash signatures of word shingles, and the LSH banding that finds candidates.

datasketch computes the signatures and picks the (bands, rows) split that best
approximates the Jaccard threshold.  The bands are stored as rows in the archive
(``lsh_bands``), so a later run finds a new document's candidates with one indexed
lookup instead of comparing it with every stored document; only candidates are
then compared, by their estimated Jaccard similarity.
"""

from __future__ import annotations

import hashlib
import re
import struct
from dataclasses import dataclass
from functools import cached_property

import numpy as np
from datasketch import MinHash
from datasketch.lsh import _optimal_param

_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, size: int) -> set[bytes]:
    """Overlapping runs of ``size`` words, case-folded."""
    words = _WORD.findall(text.casefold())
    if len(words) < size:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i:i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


def signature(text: str, num_perm: int = 128, shingle_words: int = 5) -> np.ndarray:
    """The MinHash hash values (uint64) of the text's word shingles."""
    mh = MinHash(num_perm=num_perm, seed=1)
    grams = shingles(text, shingle_words)
    if grams:
        mh.update_batch(list(grams))
    return mh.hashvalues.astype(np.uint64)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.count_nonzero(a == b)) / len(a)


def to_bytes(sig: np.ndarray) -> bytes:
    return sig.astype("<u8").tobytes()


def from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(data, dtype="<u8").astype(np.uint64)


@dataclass(frozen=True)
class LshScheme:
    threshold: float = 0.8
    num_perm: int = 128

    @cached_property
    def params(self) -> tuple[int, int]:
        """(bands, rows per band), as datasketch's MinHashLSH would choose them."""
        return _optimal_param(self.threshold, self.num_perm, 0.5, 0.5)

    def buckets(self, sig: np.ndarray) -> list[tuple[int, int]]:
        """(band, bucket) pairs; a bucket is a signed 64-bit hash of the band's values."""
        bands, rows = self.params
        out = []
        for band in range(bands):
            chunk = sig[band * rows:(band + 1) * rows].astype("<u8").tobytes()
            digest = hashlib.blake2b(chunk, digest_size=8).digest()
            out.append((band, struct.unpack("<q", digest)[0]))
        return out
