"""An act called off did not take place.

"Israel held off talks with Hamas", "put off the meeting", "postponed the summit", "called
off its attack on the town": an event noun that is the direct object of a verb of calling
off or putting off (word class ``calling_off``: verbs, and phrasal compounds with their
particle, "hold off") is an act that was not done, so the noun is no event of its own.  An
act of another doer ("held off an attack by IS", "Russian attacks") was not the subject's to
call off: it was repelled, and stays an event.  A pattern that codes the compound with its
object ("call ~off [talks]" SANCTION 164, "call ~off [strike]" CONCEDE 082) takes the noun
into the verb's event and is not concerned.  The act put off may also be told by a gerund
("delayed sending troops", "put off holding talks") or after "on" ("held off on talks", "held
off on sending troops"): it was not done either.  Aid held back so ("suspended funding the
Palestinian Authority", "suspended arming the rebels") is the verb's reading of aid held back,
as for the noun ("suspended funding to X", SANCTION 162): the gerund's act takes it, with the
gerund's own targets, in place of the verb's bare reading; another act put off by a gerund
gives its targets to the verb's own trigger, as its noun does ("suspended shelling Kharkiv").
"""

from __future__ import annotations

from dataclasses import replace

from .patterns import load_word_classes


def called_off(tr) -> bool:
    """Trigger ``tr`` is an event noun (or a gerund) whose act is called off or put off."""
    x = tr.token
    if _put_off_complement(x):
        return True
    if tr.is_verb:
        return False
    if x.dep_ == "pobj" and x.head.lower_ == "of" and x.head.head.dep_ in ("dobj", "obj"):
        x = x.head.head   # "called off a wave of strikes"
    if _anothers_act(tr.token):
        return False   # "held off an attack by IS", "held off Russian attacks": repelled
    v = x.head
    words = load_word_classes()["calling_off"]
    if x.dep_ == "pobj" and v.dep_ == "prt" and v.head.pos_ == "VERB":
        # "called off the ceasefire": the parser hangs the object on the particle
        return f"{(v.head.lemma_ or v.head.lower_).lower()} {v.lower_}" in words
    if x.dep_ not in ("dobj", "obj") or v.pos_ != "VERB":
        return False
    lemma = (v.lemma_ or v.lower_).lower()
    # (the particle before the noun: in "held joint drills off the coast" "off" is a place)
    return lemma in words or any(c.dep_ == "prt" and c.i < x.i and f"{lemma} {c.lower_}" in words
                                 for c in v.children)


def _calls_off(v) -> bool:
    """Verb ``v`` is of the class calling_off, alone or with its particle ("hold off")."""
    if v.pos_ != "VERB":
        return False
    words = load_word_classes()["calling_off"]
    lemma = (v.lemma_ or v.lower_).lower()
    return lemma in words or any(c.dep_ == "prt" and f"{lemma} {c.lower_}" in words for c in v.children)


def _put_off_complement(x) -> bool:
    """``x`` is a gerund complement of a verb of calling off ("delayed sending troops"), or the
    object of its "on" ("held off on talks", "held off on sending troops")."""
    if x.dep_ == "xcomp" and x.tag_ == "VBG":
        return _calls_off(x.head)
    if x.dep_ in ("pobj", "pcomp") and x.head.lower_ == "on" and x.head.dep_ == "prep":
        v = x.head.head
        if x.dep_ == "pobj" and _anothers_act(x):
            return False
        # (a verb with an object of its own puts that off, and its "on" is the object's topic:
        # "delayed its ruling on the killing of X", "suspended debate on the arrest of Y")
        if any(c.dep_ in ("dobj", "obj") for c in v.children):
            return False
        return _calls_off(v)
    return False


def _anothers_act(noun) -> bool:
    """Event noun ``noun`` names its own doer, so is no act of the verb's subject to call off:
    a "by" agent, a possessor named by a noun ("the rebels' offensive", not "its attack") or a
    nationality adjective ("Russian attacks")."""
    for ch in noun.children:
        if ch.dep_ in ("prep", "agent") and ch.lower_ == "by":
            return True
        if ch.dep_ == "poss" and ch.pos_ != "PRON":
            return True
        if ch.dep_ in ("amod", "compound") and ch.ent_type_ == "NORP":
            return True
    return False


def fold_put_off_gerunds(kept: list, put_off: list, patterns) -> list:
    """``kept`` triggers, with each act of ``put_off`` told by a gerund under a verb of calling
    off folded into that verb, as an object noun is: the verb's trigger takes the gerund's
    targets ("suspended shelling Kharkiv" as "suspended its attacks on Kharkiv").  An aid act
    under a verb with a reading for aid held back (a pattern of the verb with an object of the
    word class ``aid_goods``: "#withholding [#aid_goods]") takes that reading in place of the
    verb's own trigger: "suspended funding X" is "suspended funding to X", its target X."""
    goods = load_word_classes()["aid_goods"]
    for g in put_off:
        x = g.token
        if x.dep_ != "xcomp" or x.tag_ != "VBG":
            continue
        v = x.head
        held = None if g.type != "AID" else next(
            (p for p in patterns.candidates("V", (v.lemma_ or v.lower_).lower())
             if p.objects & goods and not p.particle and not p.need_prep), None)
        if held is not None:
            # (no object for the pattern to need: the gerund's objects are its targets)
            g.pattern = replace(held, objects=frozenset(), target_preps=held.target_preps | g.pattern.target_preps)
            g.type, g.mode, g.cameo = held.type, held.mode, held.cameo
            g.words = sorted({*g.words, v}, key=lambda w: w.i)
            kept = [tr for tr in kept if tr.token.i != v.i] + [g]
            continue
        for tr in kept:
            if tr.token.i == v.i and tr.is_verb and tr.merged_noun is None:
                tr.merged_noun, tr.merged_code = x, (g.type, g.cameo)
                tr.extra_preps = g.pattern.target_preps
    return sorted(kept, key=lambda tr: tr.token.i)
