"""Goods destroyed after they were seized: disposal, not an attack.

"Police destroyed 3 tonnes of cocaine", "The army burned weapons seized in raids": a verb of
destroying (word class ``destroying``) whose object is contraband (word class ``contraband``)
or something marked as seized (a participle of the class ``seizing``: "seized", "confiscated")
destroys what its doer already holds.  No one is attacked, so the verb is no trigger.
"""

from __future__ import annotations

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
