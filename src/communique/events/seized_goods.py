"""Goods destroyed after they were seized: disposal, not an attack.

"Police destroyed 3 tonnes of cocaine", "The army burned weapons seized in raids": a verb of
destroying (word class ``destroying``) whose object is contraband (word class ``contraband``)
or something marked as seized (a participle of the class ``seizing``: "seized", "confiscated")
destroys what its doer already holds.  No one is attacked, so the verb is no trigger.
A doer destroying its own arms ("destroyed its stockpile of chemical weapons", "the rebels
destroyed their weapons") disarms (RETREAT, 087).
"""

from __future__ import annotations

from dataclasses import replace

from .clause_parts import verb_objects
from .patterns import load_word_classes


def destroys_seized_goods(tr) -> bool:
    """Trigger ``tr`` is a verb of destroying whose objects are all contraband or seized."""
    if not tr.is_verb:
        return False
    classes = load_word_classes()
    if (tr.token.lemma_ or tr.token.lower_).lower() not in classes["destroying"]:
        return False
    objs = [_thing(o) for o in verb_objects(tr.token)]
    return bool(objs) and all(_held(o, classes) for o in objs)


def destroys_own_arms(tr) -> bool:
    """Trigger ``tr`` is a verb of destroying whose objects are all arms or stocks of arms that
    a possessive pronoun agreeing with the subject gives to the doer ("its", "their")."""
    if not tr.is_verb:
        return False
    classes = load_word_classes()
    if (tr.token.lemma_ or tr.token.lower_).lower() not in classes["destroying"]:
        return False
    subj = next((c for c in tr.token.children if c.dep_ == "nsubj"), None)
    objs = verb_objects(tr.token)
    return subj is not None and bool(objs) and all(
        _arms(o, classes) and _owned_by(o, subj) for o in objs)


# the rule a disarming is coded by (its events name it, not the attack line it recodes)
DISARM_RULE = "word_classes.toml:arms_stocks"


def disarm(tr) -> None:
    """Recode trigger ``tr`` as disarming (RETREAT 087), by this module's rule."""
    tr.type, tr.mode, tr.cameo = "RETREAT", "disarm", "087"
    tr.pattern = replace(tr.pattern, id=DISARM_RULE, type="RETREAT", mode="disarm", cameo="087")


def _words(t) -> set[str]:
    return {t.lower_, (t.lemma_ or t.lower_).lower()}


def _arms(o, classes) -> bool:
    """ "weapons", "its arsenal", "stockpile of chemical weapons": arms, or a stock of them (a
    store of grain or fuel is none)."""
    if _words(o) & (classes["armaments"] | classes["arms_stocks"]):
        return True
    if not _words(o) & classes["stores"]:
        return False
    held = [c for c in o.children if c.dep_ in ("compound", "amod", "nmod")]
    held += [g for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
             for g in p.children if g.dep_ == "pobj"]
    weapons = classes["armaments"] | classes["projectiles"] | classes["ordnance"]
    return any(_words(h) & weapons for h in held)


def _owned_by(o, subj) -> bool:
    """The object's possessive pronoun is the subject's: "its" for one, "their" for several."""
    poss = next((c for c in o.children if c.dep_ == "poss"), None)
    if poss is None or poss.pos_ != "PRON":
        return False
    # (an acronym tagged plural, "FARC", is one body, said "its" or "their")
    several = (subj.tag_ in ("NNS", "NNPS") and not subj.is_upper) \
        or any(c.dep_ == "conj" for c in subj.children)
    if poss.lower_ == "its":
        return not several
    if poss.lower_ == "their":
        return several or subj.is_upper
    return poss.lower_ == "our" and subj.lower_ == "we"


def _thing(o):
    """The goods an object names: "3 tonnes of cocaine" names the cocaine."""
    if o.like_num or (o.lemma_ or "").lower() in load_word_classes()["quantity_nouns"]:
        for p in o.children:
            if p.dep_ == "prep" and p.lower_ == "of":
                g = next((c for c in p.children if c.dep_ == "pobj"), None)
                if g is not None:
                    return g
    return o


def _held(o, classes) -> bool:
    if (o.lemma_ or o.lower_).lower() in classes["contraband"] or o.lower_ in classes["contraband"]:
        return True
    seizing = classes["seizing"]
    return any(c.dep_ in ("acl", "amod") and (c.lemma_ or c.lower_).lower() in seizing and c.tag_ in ("VBN", "JJ")
               for c in o.children)
