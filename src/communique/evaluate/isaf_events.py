"""ISAF press releases, the events part: event type and target group.

* ``event_type.accuracy``: the type of the release's main event (its most
  confident event) against the gold incident type: ``detention`` -> COERCE
  (the coder gives mode arrest, CAMEO 173); ``insurgentskilled``, ``airstrike``
  and ``civiliancasualty`` -> ASSAULT; ``captureandkill`` (a raid that killed
  some and detained others) and mixed records ("insurgentskilled;detention")
  accept either ASSAULT or COERCE, since both acts are in the text.
* ``target_group.accuracy``: records with a gold target group (empty ones are
  left out) whose every group is named by a target of the release's ASSAULT or
  COERCE events (actor name, aliases, or the words of the target phrase),
  through the name table ``isaf_groups.tsv``; ``target_group.recall`` counts
  groups rather than records.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path

from .metrics import Accuracy, confusion_rows

GROUPS_FILE = Path(__file__).with_name("isaf_groups.tsv")
TYPE_OF = {
    "detention": {"COERCE"},
    "insurgentskilled": {"ASSAULT"},
    "airstrike": {"ASSAULT"},
    "civiliancasualty": {"ASSAULT"},
    "captureandkill": {"ASSAULT", "COERCE"},
}


def load_groups(path: Path = GROUPS_FILE) -> dict[str, list[str]]:
    groups = {}
    with path.open(encoding="utf-8") as fh:
        for row in csv.reader((l for l in fh if l.strip() and not l.startswith("#")), delimiter="\t"):
            groups[row[0].strip()] = [n.strip() for n in row[1].split("|") if n.strip()]
    return groups


def _split(values) -> list[str]:
    return [p.strip() for v in values or [] for p in str(v).split(";") if p.strip()]


def main_event(doc):
    """The most confident event that the release says took place: a negated act ("no
    civilians were injured", "without firing") or one merely intended is never the news."""
    def took_place(e) -> bool:
        return not e.negated and e.status in ("asserted", "reported")

    return max(doc.events, key=lambda e: (took_place(e), e.confidence, -e.evidence.start)) \
        if doc.events else None


def _target_words(doc) -> str:
    """Names, aliases and phrase words of every target of the ASSAULT/COERCE events."""
    parts = []
    for e in doc.events:
        if e.type not in ("ASSAULT", "COERCE"):
            continue
        for aid in e.targets:
            a = doc.actor(aid)
            if a is not None:
                parts += [a.name, *a.aliases]
        parts += [doc.text[s.start:s.end] for s in e.fields.get("targets", [])]
    return " | ".join(parts).lower()


def _names(text: str, names: list[str]) -> bool:
    return any(re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", text) for n in names)


def score(records, docs, result):
    groups = load_groups()
    type_acc, group_acc, group_recall = Accuracy(), Accuracy(), Accuracy()
    pairs = []
    for rec, doc in zip(records, docs):
        gold = rec.get("gold") or {}
        gtypes = _split(gold.get("event_type"))
        allowed = set().union(*(TYPE_OF.get(t, set()) for t in gtypes)) if gtypes else set()
        if len(gtypes) > 1:
            allowed |= {"ASSAULT", "COERCE"}
        if allowed:
            e = main_event(doc)
            pred = e.type if e is not None else "NONE"
            type_acc.add(pred in allowed)
            pairs.append(("/".join(gtypes), pred))
        ggroups = _split(gold.get("target_group"))
        if ggroups:
            words = _target_words(doc)
            found = [_names(words, groups.get(g, [g])) for g in ggroups]
            group_acc.add(all(found))
            for f in found:
                group_recall.add(f)
    m = result.metrics
    m["event_type.accuracy"] = type_acc.value
    m["target_group.accuracy"] = group_acc.value
    m["target_group.recall"] = group_recall.value
    result.tables.append(("Event type confusions (gold -> main event)", ["gold", "predicted", "n"],
                          confusion_rows([(g, p) for g, p in pairs
                                          if p not in set().union(*(TYPE_OF.get(x, set()) for x in g.split("/")))],
                                         top=10)))
    result.notes.append(f"event type scored on {type_acc.total} records; target group on "
                        f"{group_acc.total} records with a gold group ({group_recall.total} groups)")
    result.notes.append("gold type counts: " + ", ".join(
        f"{k} {v}" for k, v in Counter(g for g, _ in pairs).most_common()))
