"""Near-duplicate documents (MinHash LSH) and event clusters (same event, several tellings)."""

from .events import event_cluster_id, event_cluster_key
from .minhash import LshScheme, signature, similarity

__all__ = ["LshScheme", "signature", "similarity", "event_cluster_id", "event_cluster_key"]
