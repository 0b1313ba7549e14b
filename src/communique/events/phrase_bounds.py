"""Where a noun phrase's own words end in a parse: the words a head owns (its determiners,
modifiers and "of" phrase, not its clauses) and the heads coordinated with it (read by
:class:`referents.Referents`)."""

from __future__ import annotations

from .patterns import load_word_classes
from .token_table import subtree_ends, subtree_has, token_table
from .vocatives import set_off

# Dependents that end a noun phrase's own words: clauses, appositions, coordination.
_CUT_DEPS = {"relcl", "acl", "advcl", "appos", "conj", "cc", "punct", "prep", "parataxis",
             "ccomp", "xcomp", "dep", "mark"}
# At most this many coordinated phrases are read as the sides of one act (bad input: a
# sentence coordinating hundreds of names).
MAX_CONJUNCTS = 40


def core(head) -> tuple[int, int]:
    """Token range [i, j] of the words a head owns: determiners, modifiers, an "of" phrase."""
    lo = hi = i = head.i
    sdoc = head.doc   # (the words read from the parse's table: Tokens only for a kept phrase)
    tab = token_table(sdoc)
    dep, low, kids, ent, pos = tab.dep, tab.lower, tab.kids(i), tab.ent, tab.pos[i]
    # "opposition groups in Zimbabwe" names its country after the head; "the US
    # commander in Iraq" already has one before it.
    # (the words before the head only: its whole subtree is long in a chain of conjuncts)
    has_country = any(subtree_has(tab, left, ent, ("GPE", "NORP")) for left in kids if left < i)
    # ("the membership of X in the United Nations": its "of" phrase already names whose it is)
    has_country = has_country or any(dep[c] == "prep" and low[c] == "of" and c > i and any(
        dep[g] == "pobj" and _names_country_at(tab, g) for g in tab.kids(c)) for c in kids)
    # ("three times the size of X": a measure's "of" phrase is its yardstick, no word of its own)
    measure = tab.lemma[i] in load_word_classes()["measure_nouns"]   # (lemma_of)
    # (a title the tagger took for a name, "the President of X", is a noun here)
    common = pos == "NOUN" or (pos == "PROPN" and not ent[i])
    for c in kids:
        d, w = dep[c], low[c]
        keep_prep = d == "prep" and c > i and common and (
            (w == "of" and not measure) or (w in ("in", "from") and not has_country and any(
                dep[g] == "pobj" and _names_country_at(tab, g) for g in tab.kids(c))))
        # a capitalised name that goes on with "for" ("the UN High Commissioner for
        # Refugees", "the Minister for Foreign Affairs"; not "the Special Envoy for
        # Yemen" nor "for the Northern Region": an envoy of others to that place)
        keep_prep = keep_prep or (d == "prep" and c == i + 1 and w == "for"
                                  and head.text[:1].isupper() and pos in ("PROPN", "NOUN")
                                  and any(dep[g] == "pobj" and sdoc[g].text[:1].isupper()
                                          and not _names_country_at(tab, g)
                                          and ent[g] not in ("LOC", "FAC") for g in tab.kids(c)))
        # one who speaks for a side: "a spokesman for X" is X's, as "of X" is
        keep_prep = keep_prep or (d == "prep" and c == i + 1 and w == "for"
                                  and low[i] in load_word_classes()["speaking_for_nouns"]
                                  and any(dep[g] == "pobj" for g in tab.kids(c)))
        if d in _CUT_DEPS and not keep_prep:
            continue
        if not keep_prep:   # (its subtree's first and last words only: read from the table)
            first, last = subtree_ends(tab, c)
            lo, hi = min(lo, first), max(hi, last)
            continue
        sub = list(sdoc[c].subtree)
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
    return _names_country_at(token_table(g.doc), g.i)


def _names_country_at(tab, i: int) -> bool:
    """:func:`names_country` of word ``i``, read from the parse's table."""
    ent = tab.ent
    return ent[i] in _COUNTRY_ENTS or any(subtree_has(tab, left, ent, _COUNTRY_ENTS)
                                          for left in tab.kids(i) if left < i)


_COUNTRY_ENTS = ("GPE", "NORP", "ORG")
