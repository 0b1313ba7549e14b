"""Where a noun phrase's own words end in a parse: the words a head owns (its determiners,
modifiers and "of" phrase, not its clauses) and the heads coordinated with it (read by
:class:`referents.Referents`)."""

from __future__ import annotations

from .patterns import load_word_classes
from .token_table import subtree_ends, token_table
from .vocatives import set_off

# Dependents that end a noun phrase's own words: clauses, appositions, coordination.
_CUT_DEPS = {"relcl", "acl", "advcl", "appos", "conj", "cc", "punct", "prep", "parataxis",
             "ccomp", "xcomp", "dep", "mark"}
# At most this many coordinated phrases are read as the sides of one act (bad input: a
# sentence coordinating hundreds of names).
MAX_CONJUNCTS = 40


def core(head) -> tuple[int, int]:
    """Token range [i, j] of the words a head owns: determiners, modifiers, an "of" phrase."""
    lo = hi = head.i
    tab = token_table(head.doc)
    # "opposition groups in Zimbabwe" names its country after the head; "the US
    # commander in Iraq" already has one before it.
    # (the words before the head only: its whole subtree is long in a chain of conjuncts)
    has_country = any(c.ent_type_ in ("GPE", "NORP") for left in head.lefts for c in left.subtree)
    # ("the membership of X in the United Nations": its "of" phrase already names whose it is)
    has_country = has_country or any(c.dep_ == "prep" and c.lower_ == "of" and c.i > head.i and any(
        g.dep_ == "pobj" and names_country(g) for g in c.children) for c in head.children)
    # ("three times the size of X": a measure's "of" phrase is its yardstick, no word of its own)
    measure = (head.lemma_ or head.lower_).lower() in load_word_classes()["measure_nouns"]
    for c in head.children:
        # (a title the tagger took for a name, "the President of X", is a noun here)
        common = head.pos_ == "NOUN" or (head.pos_ == "PROPN" and not head.ent_type_)
        keep_prep = c.dep_ == "prep" and c.i > head.i and common and (
            (c.lower_ == "of" and not measure) or (c.lower_ in ("in", "from") and not has_country and any(
                g.dep_ == "pobj" and names_country(g) for g in c.children)))
        # a capitalised name that goes on with "for" ("the UN High Commissioner for
        # Refugees", "the Minister for Foreign Affairs"; not "the Special Envoy for
        # Yemen" nor "for the Northern Region": an envoy of others to that place)
        keep_prep = keep_prep or (c.dep_ == "prep" and c.i == head.i + 1 and c.lower_ == "for"
                                  and head.text[:1].isupper() and head.pos_ in ("PROPN", "NOUN")
                                  and any(g.dep_ == "pobj" and g.text[:1].isupper() and not names_country(g)
                                          and g.ent_type_ not in ("LOC", "FAC") for g in c.children))
        # one who speaks for a side: "a spokesman for X" is X's, as "of X" is
        keep_prep = keep_prep or (c.dep_ == "prep" and c.i == head.i + 1 and c.lower_ == "for"
                                  and head.lower_ in load_word_classes()["speaking_for_nouns"]
                                  and any(g.dep_ == "pobj" for g in c.children))
        if c.dep_ in _CUT_DEPS and not keep_prep:
            continue
        if not keep_prep:   # (its subtree's first and last words only: read from the table)
            first, last = subtree_ends(tab, c.i)
            lo, hi = min(lo, first), max(hi, last)
            continue
        sub = list(c.subtree)
        if keep_prep:
            # "the launches of missiles, which violate ...": a relative clause in the kept
            # phrase is no word of it
            # (nor is a title spoken to after it: "the people of X, Madam President")
            cut = {w.i for d in sub if d.dep_ == "relcl" or (d.dep_ == "appos" and set_off(d)) for w in d.subtree}
            sub = [w for w in sub if w.i not in cut]
            while len(sub) > 1 and sub[-1].dep_ == "punct":
                sub.pop()
        lo, hi = min(lo, sub[0].i), max(hi, sub[-1].i)
    return lo, hi


def conjuncts(head) -> list:
    """The head and the nouns, names and pronouns coordinated after it."""
    out = [head]
    for c in [*head.conjuncts, *_stray_conjuncts(head)]:
        if c.i > head.i and _goes_on_a_list(c, out):
            break   # "the threats against X, Y and Z" with Y hung as the threats' conjunct
        if c.i > head.i and c.pos_ in ("NOUN", "PROPN", "PRON", "ADJ", "NUM") and c not in out:
            out.append(c)
            if len(out) >= MAX_CONJUNCTS:
                break   # a list, not the sides of one act: a bound on the work per phrase
    return out


def _goes_on_a_list(c, members) -> bool:
    """Name ``c`` starts right after a comma that follows a name ending an earlier member's
    phrase as the object of a done-to preposition ("the actions of X and the threats against Y,
    Z and W", with Z read as a conjunct of "threats"): it goes on with that preposition's list."""
    from .judged_sides import load   # (judged_sides reads clause_parts, which reads this module)
    sdoc, j = c.doc, c.left_edge.i
    if c.pos_ != "PROPN" or j < 2 or sdoc[j - 1].text != ",":
        return False
    last = sdoc[j - 2]
    return last.pos_ == "PROPN" and last.dep_ == "pobj" and last.head.lower_ in load().done_to_preps \
        and any(m.i < c.i and last.head.head == m for m in members)


def _stray_conjuncts(head) -> list:
    """ "we denounce the actions and the strategy claimed by X", "we welcomed the talks held
    in X, and the efforts led by Y": a noun coordinated right after a verb's object that the
    parser hung on a verb above as that verb's conjunct (a noun is no verb's conjunct) is the
    object's conjunct."""
    if head.dep_ not in ("dobj", "obj") or head.pos_ not in ("NOUN", "PROPN"):
        return []
    sdoc, end = head.doc, head.right_edge.i
    out, v = [], head.head
    for _ in range(4):
        for c in v.children if v.pos_ in ("VERB", "AUX") else ():
            if c.dep_ != "conj" or c.pos_ not in ("NOUN", "PROPN") or c.i <= end:
                continue
            between = sdoc[end + 1:c.left_edge.i]
            # only the coordinator (and a comma) between the object's phrase and the noun's
            if between and between[-1].dep_ == "cc" and all(t.is_punct for t in between[:-1]):
                out.append(c)
        if v.head.i == v.i:
            break
        v = v.head
    return out


def shared_complement(heads: list, state_words) -> set:
    """Bare conjuncts that share the last conjunct's "of" phrase ("the Government and people
    of X", "the President and Government of X"): read through the last one, not alone (a
    name is a word of a state, "Government", only when tagged as one)."""
    last = heads[-1] if len(heads) > 1 else None
    if last is None or not any(c.dep_ == "prep" and c.lower_ == "of" for c in last.children):
        return set()
    return {h for h in heads[:-1] if h.i < last.i
            and (h.pos_ == "NOUN" or (h.pos_ == "PROPN" and h.lower_ in state_words))
            and all(c.dep_ in ("det", "cc", "punct", "conj") for c in h.children)}


def names_country(g) -> bool:
    """A name, or a noun with a name before it ("from the Georgian government")."""
    return g.ent_type_ in ("GPE", "NORP", "ORG") or any(
        x.ent_type_ in ("GPE", "NORP", "ORG") for left in g.lefts for x in left.subtree)
