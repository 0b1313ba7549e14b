"""An attack on a decision, a plan or an accord is criticism, not violence.

"The senator attacked the nuclear agreement with Iran", "X's attack on the government's
budget plan": a verb or noun of attacking (word class ``assailing``) whose object is an
abstract thing, an accord or a text or decision of policy (classes ``accords`` and
``criticized_things``), is verbal: a disapproval (ACCUSE, CAMEO 111 "criticize or
denounce"), and no one is a target of violence.  It is recoded when the event is built, and
the parties of an accord attacked (its "with" phrase, "the deal (agreement) with X") are no
targets: criticising an accord accuses none of its parties.  The things attacked are no acts of their own ("an attack on
the deal with X" is no deal made).  Things that can be struck ("positions", "facilities",
"programme" sites) are not in the class.
"""

from __future__ import annotations

from .clause_parts import is_actorish, verb_objects
from .cues import load_cues
from .patterns import load_word_classes

CRITICISM = ("ACCUSE", "disapprove", "111")
_ON = {"on", "against"}
_PLACE_ENTS = {"LOC", "FAC"}   # (a named site or region is struck, no actor criticised)


def criticized_things(tr) -> list:
    """The abstract things trigger ``tr`` (an ASSAULT) attacks, or [] when it attacks
    anything else."""
    classes = load_word_classes()
    if tr.type != "ASSAULT" or (tr.token.lemma_ or tr.token.lower_).lower() not in classes["assailing"]:
        return []
    if tr.is_verb:
        objs = verb_objects(tr.token)
    else:   # "the attack on the plan"
        objs = [g for p in tr.token.children if p.dep_ == "prep" and p.lower_ in _ON
                for g in p.children if g.dep_ == "pobj"]
    things = classes["criticized_things"] | classes["accords"]
    if objs and all(_is_thing(o, things) for o in objs):
        return objs
    # an accord or a policy coordinated with actors only makes the attack verbal ("attacked
    # the US and the agreement with Canada"); beside a place or a site it can be struck
    # ("attacked Israeli positions and the new border plan": zeugma), and stays violence
    said = [c for o in objs for c in o.conjuncts if _is_thing(c, things)]
    others = [c for o in objs for c in (o, *o.conjuncts) if c not in said]
    nouns = load_cues().actor_nouns
    if said and all(is_actorish(c, nouns) and c.ent_type_ not in _PLACE_ENTS for c in others):
        return said
    return []


def _is_thing(o, things) -> bool:
    return (o.lemma_ or o.lower_).lower() in things or o.lower_ in things


def without_things_attacked(triggers: list) -> list:
    """``triggers`` but the abstract things an attack is on ("the attack on the deal with X"
    is no deal made, as "criticism of the deal" is none)."""
    topics = {o.i for tr in triggers for o in criticized_things(tr)}
    return [tr for tr in triggers if tr.token.i not in topics] if topics else triggers


def drop_accord_parties(c) -> None:
    """Candidate ``c``, an attack on an accord recoded as criticism, without the accord's
    other parties as targets ("attacked the agreement with Iran", "the attack on the trade
    deal with Peru": the accord is criticised, Iran and Peru are not)."""
    accords = load_word_classes()["accords"]
    parties = [g for o in criticized_things(c.trig) if (o.lemma_ or o.lower_).lower() in accords
               for p in o.children if p.dep_ == "prep" and p.lower_ == "with"
               for po in p.children if po.dep_ == "pobj" for g in (po, *po.conjuncts)]
    at = [c.base + g.idx for g in parties]
    keep = [(a, sp) for a, sp in zip(c.targets.actors, c.targets.spans)
            if not any(sp.start <= x < sp.end for x in at)]
    c.targets.actors, c.targets.spans = [a for a, _ in keep], [sp for _, sp in keep]
