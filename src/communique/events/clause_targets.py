"""The one an issuer's act is about when its own phrases named no one: the actors named in
the act's clause.

"We will continue the negotiations under the auspices of X", "we have imposed sanctions that
are taking a toll on the Russian economy": the act's pattern reads its target from its object
or a preposition of its own; when the statement names the other party in another phrase of
the clause, that party is the one the act is about.  Only for a statement's own act (its one
source an issuer) with no target read otherwise (a generic one, "the donor community", is kept
alone: the names beside it are often places or members the project's conventions keep out).
The clause is the trigger word's subtree without: its subject's phrase, the subject of a
clause it is about ("we welcome that X and Y signed"), a coordinated clause with an act of its
own ("... and call for X to withdraw"), what one is thanked for.  An actor among the sources
or the issuers is never taken.  A place the clause names is taken ("we call for an end to the
war in X": X), as event data codes the country an act is about.  Not for rejections (the rejected act's
victim or place is no one rejected: tests/test_condemnation_targets.py); for an accusation,
only outside the phrases that locate what is deplored or name its victim ("in / from / of /
against / on / to / about / over ...": referents.py's rule that a place or victim is no one
accused), so "we deplore the paralysis that has prevented the Security Council from acting"
accuses the Council.
"""

from __future__ import annotations

from ..document import Span
from .clause_parts import is_actorish
from .cues import load_cues
from . import judged_sides
from .judged_sides import placed_or_suffering
from .patterns import load_word_classes

_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")


def clause_targets(doc, e, token, base: int, acts=frozenset()) -> None:
    """Fill ``e.targets`` (and its ``targets`` evidence) with the actors of the act's clause,
    when it has none; ``acts``: the token indices of the sentence's act words."""
    if not e.sources or not doc.issuers or not set(e.sources) <= set(doc.issuers):
        return
    if e.targets:
        return
    if e.type == "REJECT":
        return   # what is rejected names its target by referents.py's rules, or no one
    if len(e.sources) > 1:
        return   # a joint act of several issuers ("X and Y held a meeting"): its parties are they
    own = set(e.sources) | set(doc.issuers)
    # (nor the subject of a clause the act is about: "we welcome that X and Y signed the
    # accord" welcomes a happening, whose doers are told, not addressed)
    out = {w.i for c in token.children if c.dep_ in _SUBJECTS for w in c.subtree}
    out |= {w.i for c in token.children if c.dep_ == "ccomp"
            for s in c.children if s.dep_ in _SUBJECTS for w in s.subtree}
    # nor the parties of another act in a clause coordinated with it: "we welcome the truce and
    # call for X to withdraw" (X is called on, not welcomed)
    out |= {w.i for c in token.children if c.dep_ in ("conj", "parataxis") and c.pos_ in ("VERB", "AUX")
            and any(w.i in acts for w in c.subtree) for w in c.subtree}
    # nor those of an act told in an adverbial clause of its own, whose verb or that verb's
    # object is the other act's word: "we condemn the attacks, reaffirming our support for the
    # measures taken by X" (X is supported), "we welcome the truce, urging X to withdraw" (not
    # a bare past participle, which the parser hangs there from a list done to the object:
    # "we stand with those who are harassed, jailed ... like the students in X")
    out |= {w.i for c in token.children if c.dep_ == "advcl" and c.pos_ in ("VERB", "AUX") and c.tag_ != "VBN"
            and any(a.i in acts for a in (c, *c.children)) for w in c.subtree}
    # nor the one spoken for: "on behalf of President X and the people of Y, I thank Z" (the
    # speaker's own side, word class spoken_for_nouns)
    spoken_for = load_word_classes()["spoken_for_nouns"]
    out |= {w.i for p in token.subtree if p.lower_ in spoken_for for w in p.subtree}
    # nor who does the same: "we reiterate our concern about X, as did Y" / "as Y did last
    # week" (a clause of comparison whose verb stands for the act: word class pro_verbs)
    pro = load_word_classes()["pro_verbs"]
    out |= {w.i for c in token.subtree if c.dep_ == "advcl" and (c.lemma_ or c.lower_).lower() in pro
            and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children) for w in c.subtree}
    if e.type == "THREATEN":
        # nor what a warning forecasts of a place: "we warned that the conflict in X could
        # spread to Y" (neither X nor Y is threatened)
        out |= {w.i for c in token.children if c.dep_ == "ccomp"
                and any(s.dep_ in _SUBJECTS and judged_sides.placed_situation(s) for s in c.children)
                for w in c.subtree}
    if e.type == "SUPPORT":
        # nor what one is thanked or praised for: "we thank the donors for their aid to many
        # countries, particularly X" (X is no one thanked)
        out |= {w.i for c in token.children if c.dep_ == "prep" and c.lower_ == "for" for w in c.subtree}
    # nor the one a relational noun relates to: "we thank X's partners / the donors of X" names
    # others than X, whom it leaves unnamed (word class relational_nouns, as referents.py reads it)
    relational = load_word_classes()["relational_nouns"]
    out |= {w.i for n in token.subtree if n.pos_ == "NOUN" and (n.lemma_ or n.lower_).lower() in relational
            for c in n.children if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of")
            for w in c.subtree}
    if e.type == "ACCUSE":
        locating = load_word_classes()["locating_or_victim_preps"]
        out |= {x.i for p in token.subtree if p.dep_ == "prep" and p.lower_ in locating
                for x in p.subtree}
        out |= {x.i for x in conflict_sides(token)}
    lo, hi = base + token.left_edge.idx, base + token.right_edge.idx + len(token.right_edge)
    cut = [(base + token.doc[i].idx, base + token.doc[i].idx + len(token.doc[i])) for i in out]
    spans = []
    for m in doc.mentions:
        if not m.actor or m.actor in own or not (lo <= m.start and m.end <= hi):
            continue
        if any(a <= m.start < b for a, b in cut):
            continue
        if e.type == "ACCUSE" and _harmed(token, m.start - base, m.end - base):
            continue   # "we condemn the acts that target X's civilians": X suffers them
        if e.type == "THREATEN" and holder_harmed(token.doc, m.start - base, m.end - base):
            continue   # "we warn of the consequences for X's unity": X would suffer them
        if m.actor not in e.targets:
            e.targets.append(m.actor)
            spans.append(Span(m.start, m.end))
    if spans:
        e.fields["targets"] = spans


def conflict_sides(token) -> list:
    """The words naming the sides of a conflict in the clause of ``token``: the "between"
    phrase of a noun of conflict ("the escalation between X and Y"; word class conflict_nouns)."""
    conflicts = load_word_classes()["conflict_nouns"]
    return [w for n in token.subtree if n.lower_ in conflicts
            for c in n.children if c.dep_ == "prep" and c.lower_ == "between" for w in c.subtree]


def holder_harmed(tdoc, start: int, end: int) -> bool:
    """The mention at ``start``-``end`` of the parse names who holds a thing harmed ("X's
    unity", "the security of X"; judged_sides victim_nouns): whom a warning fears for, not
    whom it threatens ("we warn X", "against any aggression from X" stay)."""
    span = tdoc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    r, victims = span.root, judged_sides.load().victim_nouns
    held = r.head.head if r.dep_ == "pobj" and r.head.lower_ == "of" else r.head if r.dep_ == "poss" else None
    return held is not None and held.pos_ == "NOUN" and (held.lemma_ or held.lower_).lower() in victims


def _harmed(token, start: int, end: int) -> bool:
    """The mention at ``start``-``end`` of the parse names, in the clause of the accusing word
    ``token``, only whom the thing deplored harms or where it happens (judged_sides: "the steps
    that undermine X's sovereignty", "X students being barred", "threats against X")."""
    span = token.doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    nouns = load_cues().actor_nouns
    return placed_or_suffering(span.root, token, lambda n: n.pos_ == "NOUN" and is_actorish(n, nouns))
