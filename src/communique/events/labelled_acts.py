"""Statement acts the parser's tree hides in a second word: a judgement said by a verb of
labelling ("called the attack cowardly", "described the sanctions as illegal", "branded the
vote illegitimate") and a second statement verb taken for a noun ("welcomes X and thanks Y")."""

from __future__ import annotations

from dataclasses import replace

from .demands import negation_of
from .matcher import Trigger
from .stance_data import Stances

# Where a verb of labelling hangs the judgement: its predicate, or a clause whose subject is
# the thing labelled ("branded the vote illegitimate"), or an adverb the tagger made of it.
_PREDICATE_DEPS = ("oprd", "ccomp", "xcomp", "acomp", "advmod")


def labelled_judgement(t, st: Stances) -> Trigger | None:
    """The judgement a verb of labelling (word class labelling_verbs) gives the thing it labels:
    the judged adjective's type, from the labeller to that thing (the doer of the act it names
    is found as for any act judged); None when no judged adjective is said of it."""
    if negation_of(t) is not None:
        return None
    labelled = next((c for c in t.children if c.dep_ in ("dobj", "obj")), None)
    found = []
    for c in t.children:
        if c.dep_ in _PREDICATE_DEPS:
            found.append(c)
            if c.dep_ == "ccomp" and labelled is None:
                labelled = next((s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")), None)
        elif c.dep_ == "prep" and c.lower_ == "as":   # "described X as illegal"
            found += [g for g in c.children if g.dep_ in ("pobj", "amod", "acomp")]
    if labelled is not None:
        # "called the decision illegal": the tagger's post-nominal modifier; "described the
        # sanctions imposed by X as illegal": "as" hung on the phrase's last verb; "call the
        # decision by X to close the border irresponsible": an adjective ending the phrase
        # (no noun after it to modify) is said of the whole
        found += [a for a in labelled.children if a.dep_ == "amod" and a.i > labelled.i]
        found += [g for c in labelled.subtree if c.dep_ == "prep" and c.lower_ == "as"
                  for g in c.children if g.dep_ in ("pobj", "amod", "acomp")]
        last = max((w for w in labelled.subtree if not w.is_punct), key=lambda w: w.i)
        if last.pos_ == "ADJ" and last.i > labelled.i:
            found.append(last)
    found += [x for w in found for x in w.conjuncts]
    judged = next((w for w in found if w.lower_ in st.judged), None)
    if judged is None or labelled is None:
        return None
    p = st.judged[judged.lower_]
    p = replace(p, id=p.id + "/labelled", text="<label> X (as) " + judged.lower_)
    return Trigger(t, p, p.type, None, p.cameo, None, [t, judged], target_at=labelled)


def second_verb_misread(t):
    """ "X welcomes A and thanks B for C": the second of two coordinated present-tense verbs,
    taken for a plural noun joined to the first verb's object ("thanks" a conjunct of A with B
    its object, or a modifier of B joined to A); the first may be an infinitive of a request
    ("urges X to allow A and thanks B").  Its subject is the first verb's; the one named
    after it is its target.  (subject, target) or None."""
    named = None
    if t.dep_ == "conj":
        obj = t.head
        named = next((c for c in t.children if c.dep_ in ("dobj", "appos") and c.i > t.i), None)
    elif t.dep_ == "compound" and t.head.dep_ == "conj" and t.head.pos_ == "PROPN" and t.head.i == t.i + 1:
        obj, named = t.head.head, t.head
    else:
        return None
    verb = obj.head
    if verb.tag_ == "VB" and verb.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        verb = verb.head   # "urges X to allow access and thanks Y": the one who urges thanks
    if named is None or obj.dep_ != "dobj" or verb.tag_ not in ("VBZ", "VBP") or not any(
            c.dep_ == "cc" and c.lower_ == "and" and obj.i < c.i < t.i for c in obj.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (subject, named) if subject is not None else None
