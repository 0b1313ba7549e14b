"""Who a thing judged does not accuse: its place and its victim.

"We condemn the war in X", "the horrors in A and B in X", "the fighting across X", "grain
shipped from X", "the occupied territories of X": X is where the thing happens.  "The
crises that X has been suffering", "the hardship endured by X", "X's plight", "the loss of
life of X's people", "the measures against X", "the attempts to destabilise X": X suffers it.
Neither is a target of the accusation; its doer
("Russia's war in X", "camps run by Y") still is.  And a warning that "the situation in X
could spill over" forecasts of a place; it threatens no one.  Word classes in
``data/judged_sides.toml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, fields
from pathlib import Path

from .clause_parts import is_actorish
from .cues import load_cues
from .ontology import read_data_toml

DATA = Path(__file__).parent / "data" / "judged_sides.toml"
# Words that end a walk up the parse: the word is in a clause of its own, not the thing's.
_CLAUSES = {"relcl", "acl", "advcl", "ccomp", "xcomp", "csubj", "ROOT"}


@dataclass(frozen=True)
class JudgedSides:
    locative_preps: frozenset[str]
    place_nouns: frozenset[str]
    victim_verbs: frozenset[str]
    victim_nouns: frozenset[str]
    done_to_preps: frozenset[str]
    doer_phrases: frozenset[str]
    harmed_people: frozenset[str]
    issue_nouns: frozenset[str]


@functools.cache
def load() -> JudgedSides:
    names = [f.name for f in fields(JudgedSides)]
    data = read_data_toml(DATA, keys=names)
    return JudgedSides(*(frozenset(data[k]) for k in names))


def _lemma(t) -> str:
    return (t.lemma_ or t.lower_).lower()


def placed_or_suffering(tok, head, names_actor) -> bool:
    """Whether word ``tok`` (a name inside the phrase headed by ``head``) is only where the
    thing judged happens or who suffers it.  ``names_actor(noun)``: whether a noun names an
    actor by itself ("the authorities in X": X says whose authorities, and stays)."""
    ws = load()
    x = tok
    owns = False   # passed an "of" owner ("the statement of X"): a place after it is the thing's
    named = True   # the object reached names X ("X", "the Government of X"), not a partner ("relations with X")
    for _ in range(20):
        if x == head or x.head == x:
            return False
        dep = x.dep_
        if dep == "dobj" and named and _clause_on_noun(x.head, head) and not _kept_from_acting(x.head):
            return True   # "the acts that target X", "the attempts to destabilise X": done to X
        if dep in ("nsubj", "nsubjpass"):
            # "the crises that X has been suffering" (a victim); "camps X runs" (a doer)
            return _lemma(x.head) in ws.victim_verbs
        if dep == "pobj":
            prep, owner = x.head, x.head.head
            if prep.lower_ == "of" and (owner.lower_ in ws.doer_phrases
                                        or f"{owner.head.lower_} {owner.lower_}" in ws.doer_phrases):
                return False   # "at the hands of X", "on the part of X": the doer
            if prep.dep_ == "agent" or prep.lower_ == "by":
                return owner.pos_ == "VERB" and _lemma(owner) in ws.victim_verbs
            if prep.lower_ in ws.locative_preps and not owns:
                return not (names_actor(owner) and not _owned(owner))
            if prep.lower_ in ws.done_to_preps and not names_actor(owner):
                return True   # "the measures against X": X suffers them
            if prep.lower_ == "from" and owner.tag_ == "VBN" and not owns:
                return True
            if prep.lower_ == "of" and (owner.lower_ in ws.place_nouns or owner.lower_ in ws.victim_nouns
                                        or _lemma(owner) in ws.victim_nouns):
                return True
            owns = owns or prep.lower_ == "of"
            named = named and prep.lower_ == "of"
            x = owner
            continue
        if dep == "poss" and (x.head.lower_ in ws.victim_nouns or _lemma(x.head) in ws.victim_nouns):
            return True   # "X's plight"
        if x is tok and dep in ("amod", "compound") and tok.ent_type_ == "NORP" and _nation_harmed(x.head, ws):
            return True   # "Palestinian civilians", "the occupied Palestinian territories"
        owns = owns or dep == "poss"
        if dep in _CLAUSES:
            return False
        x = x.head
    return False


def _clause_on_noun(v, head) -> bool:
    """Verb ``v`` heads a clause that tells of a noun inside the phrase of ``head`` ("the acts
    that target ...", "the attempts to destabilise ...", "the decision to try to isolate ..."),
    alone or through the verbs it is the infinitive or conjunct of: its object is whom the
    thing judged is done to, while the noun's own doer ("the attempts of X", "X's decision",
    "the militias that X arms") is left to the other rules.  Not when a verb of the chain has a
    subject other than the relative word: "the steps we took to restore ties with X" tells
    what its subject did, not what the noun does."""
    for _ in range(5):
        if _own_subject(v):
            return False
        if v.dep_ in ("xcomp", "conj") and v.head.pos_ in ("VERB", "AUX"):
            v = v.head
        else:
            break
    return (v.pos_ in ("VERB", "AUX") and v.dep_ in ("acl", "relcl") and v is not head
            and v.head.pos_ in ("NOUN", "PROPN", "PRON") and (v.head == head or head.is_ancestor(v.head)))


def _kept_from_acting(v) -> bool:
    """ "the paralysis that has prevented X from acting": verb ``v`` keeps its object from an
    act ("from" + a gerund), so the object is the one whose failing is deplored."""
    return any(c.dep_ == "prep" and c.lower_ == "from" and any(g.tag_ == "VBG" for g in c.children)
               for c in v.children)


def _own_subject(v) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "csubj") and c.tag_ not in ("WDT", "WP") for c in v.children)


def placed_situation(s) -> bool:
    """Subject ``s`` of a warning's content is a state of things told only by where it is ("we
    warned that the situation in X could spill over", "that the crisis in Y may spread"): a
    forecast about a place, no threat to anyone (a doer, "aggression by X", "X's forces",
    "the regime in X", stays)."""
    if s.pos_ != "NOUN" or is_actorish(s, load_cues().actor_nouns):
        return False
    preps = [c for c in s.children if c.dep_ == "prep"]
    return bool(preps) and all(c.lower_ in load().locative_preps for c in preps) \
        and not any(c.dep_ in ("poss", "compound") or (c.dep_ == "amod" and c.ent_type_) for c in s.children)


def _nation_harmed(noun, ws: JudgedSides) -> bool:
    """A noun a nationality adjective on which names the harmed or the question, not the doer
    ("Yemeni casualties", "the Cypriot question"; not "Russian forces", "Israeli strikes")."""
    words = {noun.lower_, _lemma(noun)}
    return bool(words & (ws.harmed_people | ws.victim_nouns | ws.place_nouns | ws.issue_nouns))


def _owned(noun) -> bool:
    """ "Russian forces", "X's troops": a noun with an owner of its own."""
    return any(c.dep_ == "poss" or (c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG"))
               for c in noun.children)


def not_accused(doc, head, base: int, ids: list[str], names_actor) -> set[str]:
    """The actors among ``ids`` (found for the phrase headed by ``head`` as the target of an
    accusation) that the phrase names only as a place or a victim: every mention of them
    inside the phrase is one (an actor with no mention there, reached through a pronoun or
    an earlier phrase, is left as found)."""
    sdoc = head.doc
    lo, hi = head.left_edge, head.right_edge
    start, end = base + lo.idx, base + hi.idx + len(hi)
    out = set()
    for aid in ids:
        a = doc.actor(aid)
        if a is None:
            continue
        toks = []
        for m in a.mentions:
            if start <= m.start and m.end <= end:
                span = sdoc.char_span(m.start - base, m.end - base, alignment_mode="expand")
                if span is not None and len(span):
                    toks.append(span.root)
        if toks and all(placed_or_suffering(t, head, names_actor) for t in toks):
            out.add(aid)
    return out


def drop_places_and_victims(doc, head, base: int, found, actor_nouns) -> None:
    """Take out of ``found`` (a condemnation's target phrase, headed by ``head``) the actors
    it names only as a place ("the war in X") or a victim ("the plight of X")."""
    gone = not_accused(doc, head, base, found.actors,
                       lambda n: n.pos_ == "NOUN" and is_actorish(n, actor_nouns))
    if gone:
        keep = [k for k, a in enumerate(found.actors) if a not in gone]
        found.actors[:] = [found.actors[k] for k in keep]
        found.spans[:] = [found.spans[k] for k in keep]
