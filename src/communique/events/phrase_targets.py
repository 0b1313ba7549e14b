"""The target an act's prepositional phrase names, when nothing else names one.

PETRARCH-2 reads the target of a verb from the noun phrases it governs and, when none of them
names an actor, from its prepositional phrases (``PETRtree.VerbPhrase.get_lower``: "warned of
consequences for X", "lodged a complaint about X", "offered mediation for X").  Here, after the
patterns' own targets and the clause's, an act told by a verb with a doer and still no target
takes the first actor with a country that the actors stage found in a prepositional phrase of
the verb (the phrases of its object are left to the patterns: taking them too cost PLOVER's
target precision on dev).  Not:

- a phrase of cause (cause_phrases.cause_word, word class ``cause_prepositions``: "withdrew
  due to attacks from X", "recalled its envoy on account of a decision by X"): it says why
  the act was done, not at whom;
- a phrase of the word class ``no_target_preps``: an agent or an origin ("by", "from": the
  doer's side), a place ("in", "at", ...: places are read by :mod:`locative` and
  :mod:`place_actors`, which know when a place is a target and when it is only where the act
  happened), a time, a co-doer, a source; nor one whose head is of ``no_target_heads`` ("with
  the support of X", "on behalf of X");
- a phrase of time: its noun a unit of time or a date ("on the first day of the talks with X",
  "on Monday");
- a "with" phrase of an act not done together (mutual_acts.is_joint): a companion, no
  partner ("voted with X against the resolution", "condemned the coup together with X");
- a "for" phrase of an act of material conflict (the ontology's quad class: an assault, a
  fight, coercion, a protest) or of a verb of the class ``acting_for`` (serving, working,
  lobbying for someone): the side the act is done for, or its cause, never the one it is aimed
  at ("fought for X", "protested for X", "lobbied for X");
- the partner of an accord the verb acts on, a "with" phrase the parser hangs on the verb right
  after an object of the class ``accords`` ("attacked the deal with X", "approved the contract
  with X": the phrase is the accord's, whose party is not what the act is aimed at);
- the end of a range whose start is a "from" phrase of the same verb (word class
  ``range_ends``): "wars are fought from X to Y" names an extent or a route, not whom the
  act is aimed at;
- for a warning, the holder of a thing at stake ("warned of the consequences for X's unity":
  clause_targets.holder_harmed, whom the warning fears for);
- a statement's act (its doer the issuer): clause_targets has read its whole clause, phrases
  too, and what it left out it left out on purpose ("we thank the donors for their aid to
  many countries, particularly X").

A two-word preposition ("walked out of the talks with X", "stayed away from"; the parser
hangs the second word under the first) is followed to its phrase; either word of the class
``no_target_preps`` stops it ("away from", "ahead of"), and after it the phrase's own head is
no target (where the doer leaves: "withdrew out of X"), only an actor named inside the phrase.

Never the doer itself.
"""

from __future__ import annotations

from ..document import Document, Event, Span
from .cause_phrases import cause_word
from .clause_parts import lemma_of, pobj
from .clause_targets import holder_harmed
from .mutual_acts import is_joint
from .ontology import material_conflict_types
from .patterns import load_word_classes
from .removals import removes_people

_TIME_ENTITIES = ("DATE", "TIME")


def prepositional_target(doc: Document, e: Event, t, base: int) -> None:
    """Give ``e`` (coded on verb ``t``; ``base``: offset of the parse in ``doc.text``) the
    actor of a prepositional phrase of its verb as target (see the module)."""
    if not e.sources or e.targets or t.pos_ != "VERB":
        return
    if doc.issuers and set(e.sources) <= set(doc.issuers):
        return   # a statement's act: clause_targets read its clause
    classes = load_word_classes()
    skip, helpers = set(classes["no_target_preps"]), set(classes["no_target_heads"])
    times, accords = set(classes["time_units"]), set(classes["accords"])
    objects = [c for c in t.children if c.dep_ == "dobj"]
    # "for X" of a fight or of serving names the side acted for (or a cause), no target
    for_side = e.type in material_conflict_types() or lemma_of(t) in classes["acting_for"]
    # "from X to Y": the range's end is no target
    range_from = min((c.i for c in t.children if c.dep_ == "prep" and c.lower_ == "from"), default=None)
    range_ends = set(classes["range_ends"])
    # "deported thousands to X": where the ones removed are sent, no target
    sent_to = set(classes["destination_preps"]) if removes_people(t) else set()
    for first in t.children:
        pr = preposition_of(first)
        if pr is None or first.lower_ in skip or pr.lower_ in skip:
            continue
        if cause_word(first) or cause_word(pr):
            continue   # "withdrew due to attacks from X": why, not at whom
        if pr.lower_ == "with" and not is_joint(e.type, e.cameo):
            continue   # a companion of an act not done together: "voted with X against ..."
        if range_from is not None and range_from < pr.i and pr.lower_ in range_ends:
            continue   # "fought from X to Y": an extent, no target
        if pr.lower_ in sent_to:
            continue   # "deported thousands to X": a destination, no target
        if pr.lower_ == "for" and for_side:
            continue   # "fought for X", "lobbied for X": the side acted for
        po = pobj(pr)
        if po is None or po.dep_ != "pobj":
            continue   # none, or a clause ("by firing")
        head = lemma_of(po)
        if head in helpers or head in times or po.ent_type_ in _TIME_ENTITIES:
            continue
        if pr.lower_ == "with" and any(o.right_edge.i + 1 == pr.i and lemma_of(o) in accords
                                       for o in objects):
            continue   # the accord's partner: "attacked the deal with X"
        # after "out of", "away from" the phrase's own head is where the doer leaves or comes
        # from (a place, as after "from"): only an actor named inside its phrase is aimed at
        head_ok = pr is first
        h0, h1 = base + po.idx, base + po.idx + len(po)
        s0 = base + po.sent.doc[po.left_edge.i].idx
        last = po.sent.doc[po.right_edge.i]
        s1 = base + last.idx + len(last)
        for m in sorted((m for m in doc.mentions if s0 <= m.start and m.end <= s1), key=lambda m: m.start):
            a = doc.actor(m.actor) if m.actor else None
            if a is None or not a.country or m.actor in e.sources:
                continue
            if not head_ok and m.start <= h0 and h1 <= m.end:
                continue   # "withdrew out of Syria"
            if e.type == "THREATEN" and holder_harmed(t.doc, m.start - base, m.end - base):
                continue   # "warned of the consequences for X's unity"
            e.targets = [m.actor]
            e.fields["targets"] = [Span(m.start, m.end)]
            return


def preposition_of(w):
    """The preposition of the phrase that word ``w`` of a verb heads: ``w`` itself, or for a
    two-word preposition (a particle, adverb or preposition whose only child is a preposition:
    "walked out of", "stayed away from", "moved ahead of") the second word; else None."""
    if w.dep_ == "prep" and any(c.dep_ == "pobj" for c in w.children):
        return w
    if w.dep_ in ("prep", "prt", "advmod"):
        kids = list(w.children)
        if len(kids) == 1 and kids[0].dep_ == "prep":
            return kids[0]
    return w if w.dep_ == "prep" else None
