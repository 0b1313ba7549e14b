"""Choosing among the knowledge base's matches for a name mention: a known name followed by
words of its other names, the reading the document's own words favour, and the fit of the
parser's entity label with the entry's kind."""

from __future__ import annotations

from ..document import Document
from .kb import KBEntry, KnowledgeBase, Match
from .kb.normalize import key
from .kb.words import guess_kind


def prefix_match(kb: KnowledgeBase, text: str) -> list[Match]:
    """ "Hamas Islamic Resistance": a known name followed only by words of its other names."""
    words = text.split()
    for n in range(len(words) - 1, 0, -1):
        head = " ".join(words[:n])
        for m in kb.exact(head):
            if m.entry.kind in ("country", "person"):
                continue
            known = {w for name in m.entry.all_names for w in key(name).split()}
            rest = key(" ".join(words[n:])).split()
            if rest and all(w in known or guess_kind(w, None)[0] != "organization"
                            or w in ("movement",) for w in rest):
                return [Match(m.entry, "prefix", round(m.score * 0.9, 3))]
    return []


def in_context(doc: Document, matches: list[Match]) -> list[Match]:
    """Order equally good matches of an ambiguous name (RSF, PLC) by the document.

    An entry whose full name is written in the text wins; then one whose country
    is already among the document's actors.  An unresolved tie lowers the score.
    """
    if len(matches) < 2 or matches[0].score != matches[1].score:
        return matches
    low = doc.text.casefold()
    countries = {a.country for a in doc.actors if a.country}

    def rank(m: Match) -> tuple[int, int]:
        named = any(len(n) > 5 and n.casefold() in low for n in (m.entry.name, *m.entry.aliases))
        return (0 if named else 1, 0 if m.entry.country in countries else 1)

    ranked = sorted(matches, key=rank)
    if rank(ranked[0]) == rank(ranked[1]):
        ranked[0] = Match(ranked[0].entry, ranked[0].how, round(ranked[0].score * 0.7, 3))
    return ranked


def label_fit(entry: KBEntry, label: str) -> float:
    """How well the NER label agrees with the entry's kind (Jordan the person vs the country)."""
    if label == "PERSON":
        return 0.6 if entry.kind != "person" else 1.0
    if entry.kind == "person":
        return 0.7
    return 1.0


def choose_match(matches: list[Match], label: str) -> Match | None:
    if not matches:
        return None
    if label == "PERSON":
        persons = [m for m in matches if m.entry.kind == "person"]
        if persons:
            return persons[0]
    elif label in ("ORG", "NORP"):
        non_person = [m for m in matches if m.entry.kind != "person"]
        if non_person:
            return non_person[0]
    return matches[0]
