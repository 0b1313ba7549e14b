"""Something wished to someone: the ditransitive "wish" ("I wish you fruitful deliberations",
"we wish the Assembly a productive session", "I wish a speedy recovery to all those affected"),
good wishes, SUPPORT, as "we wish X every success" is (stances.toml well_wishing_verbs; the
named wished words there are read first). A wish with a clause ("I wish I could ...", "wish
to", "wish that") or with no one it goes to ("we wish unity") is none.
"""

from __future__ import annotations

from .patterns import load_word_classes


def wished_to(t) -> tuple[list, object | None]:
    """([thing wished], the one it is wished to) of verb ``t``, or ([], None)."""
    kids = list(t.children)
    if any(c.dep_ in ("ccomp", "xcomp", "advcl") and c.i > t.i for c in kids):
        return [], None
    objects = [c for c in kids if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "ADJ")]
    classes = load_word_classes()
    if any(_ill(o, classes) for o in objects):
        return [], None   # "wished death to X", "we wish no harm to anyone": no good wishes
    dative = next((c for c in kids if c.dep_ == "dative" and c.pos_ in ("PRON", "PROPN", "NOUN")), None)
    if dative is not None and objects:
        return [objects[0]], dative
    if len(objects) >= 2:   # "wish X Y" read as two objects
        return [objects[1]], objects[0]
    if len(objects) == 1:
        thing = objects[0]
        if thing.lemma_.lower() in classes["own_to_nouns"]:
            return [], None   # "wish an end to the war in X": that "to" is the noun's own
        # (the parser calls that "to" a preposition or the dative, of the verb or of the thing)
        to = next((g for c in (*kids, *thing.children) if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                   for g in c.children if g.dep_ == "pobj"), None)
        if to is not None:
            return [thing], to
        # ("wish the General Assembly fruitful deliberations": the one wished hung on the thing)
        owner = next((g for g in thing.children if g.dep_ in ("nmod", "compound") and g.i < thing.i
                      and g.pos_ == "PROPN"), None)
        if owner is not None:
            return [thing], owner
    return [], None


def _ill(thing, classes) -> bool:
    """The thing wished is ill ("death", "defeat") or denied ("no harm", "nothing")."""
    denied = classes["denying_words"]
    return thing.lemma_.lower() in classes["ill_wishes"] or thing.lower_ in denied \
        or any(c.dep_ == "det" and c.lower_ in denied for c in thing.children)
