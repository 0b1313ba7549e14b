"""Choosing among the knowledge base's matches for a name mention: a known name followed by
words of its other names, the reading the document's own words favour, and the fit of the
parser's entity label with the entry's kind."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

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


def in_context(doc: Document, matches: list[Match], at: tuple[int, int] | None = None) -> list[Match]:
    """Order equally good matches of an ambiguous name (RSF, PLC) by the document.

    An entry whose full name is written in the text wins; then one whose country
    is already among the document's actors; then one whose kind the words around the
    mention at ``at`` (its sentence, else the text) tell (kb/acronym_contexts.txt: "RSF
    drones" are the armed group, "RSF said journalists" the press body).  An acronym
    still tied, unless one of its readings is a state, is left unresolved (no match): it is
    never read as the wrong body.  Another name still tied keeps its first match with a
    lower score.
    """
    if len(matches) < 2 or matches[0].score != matches[1].score:
        return matches
    low = doc.text.casefold()
    countries = {a.country for a in doc.actors if a.country}
    told = _kinds_told(doc.text, at)

    def rank(m: Match) -> tuple[int, int, int, int]:
        named = any(len(n) > 5 and n.casefold() in low for n in (m.entry.name, *m.entry.aliases))
        state = m.entry.kind == "country"
        # (a state fights too: words of armed violence fit it as they fit an armed group; with
        # nothing else to tell, a state named by its acronym is the common reading, "the PRC")
        fits = m.entry.kind in told or (state and "armed_group" in told)
        return (0 if named else 1, 0 if m.entry.country in countries else 1,
                0 if fits else 1, 0 if state else 1)

    ranked = sorted(matches, key=rank)
    if rank(ranked[0]) == rank(ranked[1]):
        # (two readings of one kind, "PLC" the Palestinian or the Yemeni council: no words
        # can tell them apart, so the first is kept with a lower score as for any name)
        if ranked[0].how == "acronym" and ranked[0].entry.kind != ranked[1].entry.kind:
            return []
        ranked[0] = Match(ranked[0].entry, ranked[0].how, round(ranked[0].score * 0.7, 3))
    return ranked


@lru_cache(maxsize=1)
def _context_words() -> dict[str, str]:
    path = Path(__file__).with_name("kb") / "acronym_contexts.txt"
    rows = (ln.split("#", 1)[0].split() for ln in path.read_text().splitlines())
    return {r[1]: r[0] for r in rows if len(r) == 2}


_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")
# The words on either side of an acronym read as its own phrase ("the RSF's drones", "AUC
# paramilitaries", "the AUC chairperson").
_PHRASE_WORDS = 2
_WORD = re.compile(r"\S+")


def _word_edge(text: str, at: int, n: int, bound: int) -> int:
    """The offset ``n`` words after (n > 0) or before (n < 0) offset ``at``, kept inside ``bound``."""
    if n > 0:
        ends = [m.end() for m in _WORD.finditer(text, at, bound)][:n]
        return ends[-1] if ends else at
    starts = [m.start() for m in _WORD.finditer(text, bound, at)][n:]
    return starts[0] if starts else at


def _kinds_told(text: str, at: tuple[int, int] | None) -> set[str]:
    """The kinds of body the words of the mention's own phrase tell (the words right beside
    it: "RSF drones", "the AUC chairperson"), else those of its sentence, else those of the
    text; words that tell two kinds tell none. (The phrase first: in "the AUC chairperson
    condemned the attack" the attack condemned is not what the condemner is.)"""
    words = _context_words()
    spans = [(0, len(text))]
    if at is not None:
        starts = [m.end() for m in _SENTENCE_END.finditer(text, 0, at[0])]
        end = _SENTENCE_END.search(text, at[1])
        s0, e0 = (starts[-1] if starts else 0), (end.end() if end else len(text))
        spans.insert(0, (s0, e0))
        spans.insert(0, (_word_edge(text, at[0], -_PHRASE_WORDS, s0), _word_edge(text, at[1], _PHRASE_WORDS, e0)))
    for s, e in spans:
        kinds = {words[w] for w in re.findall(r"[a-z]+", text[s:e].lower()) if w in words}
        if kinds:
            return kinds if len(kinds) == 1 else set()
    return set()


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
