"""Several words of a sentence telling one act: folded into one event (rules of :mod:`one_act`).

News sentences name one act with several coded words.  Each rule below is a
construction; the extra word joins the ``content`` set of its sentence (coded as no
event) and what it knew of the sides goes to the act it tells (:func:`folding.take_sides`):

* **the same act told twice** (:func:`fold_elaborations`): a participle adjunct or a
  purpose infinitive with no subject of its own, of the same PLOVER type as the act it
  hangs on: "shelled the town, killing twelve", "lodged a protest, accusing X of ...",
  "will meet to discuss trade", "marched to protest ...".  A different type stays an act
  of its own ("opened fire, arresting twelve"), except what a protest says: a participle
  demanding or denouncing is its message ("marched, demanding the president's resignation").
  Two coordinated verbs of one type sharing one object are one act too ("attacked and
  killed three policemen", "arrested and detained X", "arrested X and held her");
* **the act and its name** (:func:`fold_named_acts`): "killed four militants in a raid",
  "died in an air strike": an event noun of the same type in the verb's "in / during"
  phrase names the act the verb tells;
* **the act named and told** (:func:`fold_noun_and_verb`): "the attack, which killed ten
  soldiers, was carried out by X" (a relative clause on an event noun of its type, or on
  the end of its phrase: "the attack on the base, which killed twelve", "the shelling of X
  on 10 March, which killed four"), "the bombing killed thirty people" (an event noun of
  its type as the verb's subject);
* **the weapon as agent** (:func:`fold_weapon_agents`): "was hit by a missile fired by
  rebels" is one attack whose doers are the rebels, not the missile (nor a name inside
  the weapon's phrase); the firing is the attack's means;
* **troops on the move** (:func:`fold_troop_arrivals`): "peacekeeping troops arrived in X"
  is a deployment, not a visit (CAMEO 042 is a visit by officials);
* **the frame an act is done under** (:func:`fold_frames`): "released 50 prisoners as
  part of a deal with X", "freed detainees under an agreement with Y", "withdrew in line
  with the accord": the agreement is named to situate the act, not told as a new one;
* **the act acted on** (:func:`fold_acts_acted_on`): "walked out of the talks with X",
  "pulled out of the peace talks", "funded the demonstration": an event noun with no doer of its own that is
  the object of a verb telling an act (its direct object, or the object of a preposition of the
  verb, also a two-word one, that can name what is acted on: not one of ``no_target_preps``)
  is part of that act, not a second one.  A hostile act stays (an act judged, someone's own:
  :mod:`judged_acts`), and so does a noun with its own doer ("X's talks with Y").  Its sides
  stay its own ("funded the demonstration against X" is no aid to X: :mod:`one_act`).
"""

from __future__ import annotations

from ..document import Span
from .candidates import Candidate
from .cause_phrases import cause_word
from .clause_parts import reduced_relative_agents, verb_objects
from .act_anaphors import HOSTILE
from .folding import add_resolved, has_to, take_sides
from .patterns import load_word_classes
from .phrase_actors import resolve_span
from .phrase_targets import preposition_of
from .stance_data import MISREAD_PREFIX

# Object pronouns that re-mention a person or group acted on.
_OBJECT_PRONOUNS = {"her", "him", "them"}
# Acts done by saying: the message of a protest.
_SPEECH = {"REQUEST", "ACCUSE", "REJECT", "THREATEN"}



def fold_elaborations(cands: list[Candidate], content: set[int], by_host: dict) -> None:
    folded: dict[int, Candidate] = {}
    for c in sorted(cands, key=lambda c: c.trig.token.i):
        t = c.trig.token
        if not c.trig.is_verb or t.i in content or c.trig.pattern.id.startswith(MISREAD_PREFIX):
            continue   # (a verb the parser took for a noun was read with a subject of its own)
        into = None
        if _elaborates(t):
            into = by_host.get(t.head.i)
        elif t.dep_ == "conj" and t.head.i in folded:
            into = folded[t.head.i]   # "killing one and wounding five"
        elif t.dep_ == "conj" and not _own_subject(t) and not verb_objects(t.head) \
                and not any(ch.dep_ in ("nsubjpass", "auxpass") for ch in t.head.children):
            # "attacked and killed X", "arrested and detained X": two verbs, one object
            into = by_host.get(t.head.i)
        elif t.dep_ == "conj" and not _own_subject(t) and _rementioned_object(t):
            # "arrested the journalist X and held her for three days": the same one, the same act
            into = by_host.get(t.head.i)
        elif t.dep_ == "conj" and not _own_subject(t) and c.trig.type == "CONSULT" and not c.targets.actors:
            # "met X and discussed trade", "met and held talks": talk naming no partner of its
            # own, coordinated with a meeting, is told of that meeting (same type, checked below)
            into = by_host.get(t.head.i)
        if into is None or into is c or into.trig.token.i in content:
            continue
        if into.trig.type != c.trig.type and not _protest_message(into, c, t):
            continue
        take_sides(into, c)
        content.add(t.i)
        folded[t.i] = into


def _own_subject(t) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in t.children)


def _elaborates(t) -> bool:
    """A participle adjunct ("..., killing twelve") or a purpose infinitive ("met to
    discuss"), with no subject or subordinator of its own."""
    if t.dep_ != "advcl" or _own_subject(t):
        return False
    if any(c.dep_ == "mark" for c in t.children):
        return False   # "after killing", "while searching": another time, another act
    return t.tag_ == "VBG" or (t.tag_ == "VB" and has_to(t))


def _rementioned_object(t) -> bool:
    """The verb's object is a personal pronoun ("held her", "released them"): the one the
    verb it is joined to acted on."""
    objs = verb_objects(t)
    return bool(objs) and all(o.tag_ == "PRP" and o.lower_ in _OBJECT_PRONOUNS for o in objs) \
        and bool(verb_objects(t.head))


def _protest_message(protest: Candidate, c: Candidate, t) -> bool:
    """ "marched through X demanding the president's resignation", "staged rallies,
    saying he must resign": what a protest says, told by a participle, is its message."""
    return protest.trig.type == "PROTEST" and c.trig.type in _SPEECH and t.tag_ == "VBG"


def fold_named_acts(cands: list[Candidate], content: set[int], by_host: dict) -> None:
    for c in cands:
        t = c.trig.token
        if not c.trig.is_verb or t.i in content:
            continue
        for pr in t.children:
            if pr.dep_ != "prep" or pr.lower_ not in ("in", "during"):
                continue
            n = next((g for g in pr.children if g.dep_ == "pobj"), None)
            g = by_host.get(n.i) if n is not None else None
            if g is None or g is c or g.trig.is_verb or g.trig.type != c.trig.type \
                    or g.trig.token.i in content:
                continue
            take_sides(c, g)
            content.add(g.trig.token.i)


def fold_noun_and_verb(cands: list[Candidate], content: set[int], by_host: dict) -> None:
    for c in cands:
        t = c.trig.token
        if not c.trig.is_verb or t.i in content:
            continue
        if t.dep_ == "relcl":
            g = by_host.get(t.head.i)
            if g is not None and g is not c and g.trig.type == c.trig.type and g.trig.token.i not in content:
                take_sides(g, c)   # the noun's event tells it; the clause adds its victims
                content.add(t.i)
                _fold_conjuncts(g, t, cands, content)
                continue
            g = _act_of_phrase(t.head, by_host)
            if g is not None and g is not c and g.trig.type == c.trig.type and g.trig.token.i not in content:
                # the clause's subject is the date or the thing acted on, no doer: its
                # victims are the act's
                for a, sp in zip(c.targets.actors, c.targets.spans):
                    if a not in g.sources.actors:
                        g.targets.add([a], sp)
                content.add(t.i)
                _fold_conjuncts(g, t, cands, content)
            continue
        for s in (x for x in t.children if x.dep_ == "nsubj"):
            g = by_host.get(s.i)
            if g is not None and g is not c and not g.trig.is_verb and g.trig.type == c.trig.type \
                    and g.trig.token.i not in content:
                take_sides(c, g)   # "the bombing killed thirty": the verb tells it
                content.add(g.trig.token.i)


def _fold_conjuncts(g: Candidate, v, cands: list[Candidate], content: set[int]) -> None:
    """The verbs of the act's type coordinated with ``v``, a relative clause folded into
    act ``g``, tell the same act: "the attack, in which gunmen killed three children and
    wounded nine others"."""
    for w in v.children:
        if w.dep_ != "conj" or w.i in content:
            continue
        d = next((x for x in cands if x.trig.token.i == w.i and x.trig.is_verb), None)
        if d is not None and d.trig.type == g.trig.type:
            take_sides(g, d)
            content.add(w.i)
            _fold_conjuncts(g, w, cands, content)


def _act_of_phrase(n, by_host: dict):
    """The event noun whose phrase ends with ``n``, the word a relative clause hangs on:
    "the attack on the army base, which killed twelve" (the thing acted on), "condemned
    the shelling of X on 10 March, which killed four" (the date of the act, on the noun or
    on the verb whose object the noun is)."""
    if n.dep_ == "pobj" and n.head.dep_ == "prep":
        x = n.head.head
    elif n.dep_ == "npadvmod" and n.ent_type_ in ("DATE", "TIME"):
        x = n.head
    else:
        return None
    g = by_host.get(x.i)
    if g is not None and not g.trig.is_verb:
        return g
    if n.ent_type_ not in ("DATE", "TIME"):
        return None
    return next((g for o in verb_objects(x) if (g := by_host.get(o.i)) is not None
                 and not g.trig.is_verb), None)


def fold_weapon_agents(cands: list[Candidate], content: set[int], by_host: dict, refs=None) -> None:
    weapons = _weapons()
    for c in cands:
        t = c.trig.token
        if c.trig.type != "ASSAULT" or not c.trig.is_verb or t.i in content:
            continue
        agent = next((p for a in t.children if a.dep_ == "agent"
                      for p in a.children if p.dep_ == "pobj"), None)
        if agent is None or (agent.lemma_ or agent.lower_).lower() not in weapons:
            continue
        lo = c.base + agent.left_edge.idx
        hi = c.base + agent.right_edge.idx + len(agent.right_edge)
        # names inside the weapon's phrase ("a BAK missile", a maker: "American-supplied") are
        # no doers, but a nationality on the weapon names its users ("shelled by Pakistani
        # tanks"): of the phrase only a source that is the user word itself stays
        users = _users_named(agent)
        at_user = [(c.base + w.idx, c.base + w.idx + len(w)) for w in users]
        doc = refs.doc if refs is not None else None
        # (words naming the weapon's user hang on it directly: "a Houthi missile", not
        # "a Russian-made missile")
        on_it = [(c.base + w.idx, c.base + w.idx + len(w)) for w in agent.children
                 if w.dep_ in ("amod", "compound") and (w.pos_ == "PROPN" or w.ent_type_)]
        # (a span over a maker's name, "American-supplied Saudi bombs", is read as the maker's)
        makers = [(c.base + w.idx, c.base + w.idx + len(w)) for w in agent.subtree if _hyphenated(w)]
        kept = [(a, sp) for a, sp in zip(c.sources.actors, c.sources.spans)
                if not (lo <= sp.start and sp.end <= hi)
                or any(w0 <= sp.start and sp.end <= w1 for w0, w1 in at_user)
                or (_known_side(doc, a) and any(sp.start < w1 and w0 < sp.end for w0, w1 in on_it)
                    and not any(sp.start < w1 and w0 < sp.end for w0, w1 in makers))]
        c.sources.actors[:] = [a for a, _ in kept]
        c.sources.spans[:] = [sp for _, sp in kept]
        if refs is not None and not c.sources.actors:
            # the phrase read as one actor of its first name (a maker's): the user word's own
            for w0, w1 in at_user:
                c.sources.add([a for a in resolve_span(refs.doc, w0, w1) if a not in c.targets.actors],
                              Span(w0, w1))
        means = next((g for w in agent.subtree if (g := by_host.get(w.i)) is not None
                      and g is not c and g.trig.type == "ASSAULT"), None)
        if means is not None:
            take_sides(c, means)
            content.add(means.trig.token.i)
        elif refs is not None and not c.sources.actors:
            # "a drone launched (fired, planted) by X": who used the weapon
            add_resolved(refs, reduced_relative_agents(agent), by_host, c.sources, c.targets)


def _users_named(weapon) -> list:
    """The nationality or state's name modifying the weapon word itself ("Pakistani tanks",
    "Israeli drones"): the side that uses it.  Not a maker ("a Russian-made missile",
    "American-supplied bombs": the name hangs on "made", "supplied") nor a model's name
    ("a Zolvar missile", no nationality)."""
    return [w for w in weapon.children if w.dep_ in ("amod", "compound") and w.ent_type_ in ("NORP", "GPE")
            and not any(g.dep_ in ("amod", "compound") for g in w.children)
            and not _hyphenated(w)]


def _hyphenated(w) -> bool:
    """The first half of a hyphenated modifier ("Chinese-built", "US-supplied"), however
    parsed: a maker or supplier, never the user."""
    doc = w.doc
    return w.i + 2 < len(doc) and doc[w.i + 1].text == "-" and not doc[w.i + 2].ent_type_


def _known_side(doc, actor_id: str) -> bool:
    """An actor the knowledge base knows as an armed side (a state, a party, an armed group) named
    on a weapon ("Hamas rockets", "a Houthi missile"): its user, not a model's name."""
    a = doc.actor(actor_id) if doc is not None else None
    return a is not None and a.known and a.kind in ("armed_group", "country", "government", "party", "igo")


def _weapons() -> frozenset[str]:
    classes = load_word_classes()
    return classes["projectiles"] | classes["heavy_weapons"] | classes["munitions"]


def fold_troop_arrivals(cands: list[Candidate], content: set[int], by_host: dict) -> None:
    classes = load_word_classes()
    forces = (classes["security_forces"] | classes["military_units"]) - {"officer", "officers"}
    for c in cands:
        t = c.trig.token
        if c.trig.type != "CONSULT" or c.trig.mode != "visit" or not c.trig.is_verb:
            continue
        subj = [s for s in t.children if s.dep_ in ("nsubj", "nsubjpass")]
        if subj and all(_is_force(s, forces) for s in subj):
            content.add(t.i)
            # "peacekeeping troops arrived in X": the deployment named by the subject is to X
            named = {id(g): g for s in subj for w in s.subtree
                     if (g := by_host.get(w.i)) is not None and g is not c}
            for g in named.values():
                take_sides(g, c)


def _is_force(n, forces) -> bool:
    """An armed body, or a part or a wave of one ("the first deployment of NATO troops",
    "a batch of peacekeepers")."""
    if (n.lemma_ or n.lower_).lower() in forces or n.lower_ in forces:
        return True
    return any(p.dep_ == "prep" and p.lower_ == "of" and any(
        g.dep_ == "pobj" and ((g.lemma_ or g.lower_).lower() in forces or g.lower_ in forces)
        for g in p.children) for p in n.children)


def fold_frames(cands: list[Candidate], content: set[int], by_host: dict) -> None:
    frames = load_word_classes()["frame_nouns"]
    for c in cands:
        t = c.trig.token
        if c.trig.is_verb or c.trig.type != "AGREE" or t.i in content or t.dep_ != "pobj":
            continue
        prep, host = t.head, t.head.head
        if prep.lower_ == "under" and prep.dep_ == "prep":
            act = by_host.get(host.i)
        elif prep.lower_ in ("of", "with") and (host.lemma_ or host.lower_).lower() in frames \
                and host.dep_ == "pobj" and host.head.lower_ in ("as", "in", "within"):
            act = by_host.get(host.head.head.i)
        else:
            continue
        if act is not None and act is not c:
            content.add(t.i)


def fold_acts_acted_on(cands: list[Candidate], content: set[int], by_host: dict) -> None:
    skip = set(load_word_classes()["no_target_preps"])
    for c in cands:
        t = c.trig.token
        if c.trig.is_verb or t.i in content or c.sources.actors or c.trig.type in HOSTILE \
                or c.judged_by is not None or by_host.get(t.i) is not c:
            continue
        v = _verb_acting_on(t, skip)
        act = by_host.get(v.i) if v is not None else None
        if act is not None and act is not c and act.trig.is_verb and act.trig.token.i == v.i \
                and v.i not in content:
            content.add(t.i)


def _verb_acting_on(n, skip: set[str]):
    """The verb whose object noun ``n`` is: its direct object, or the object of a
    preposition (also a two-word one) of the verb not in ``skip``; else None."""
    if n.dep_ in ("dobj", "obj"):
        return n.head if n.head.pos_ == "VERB" else None
    if n.dep_ != "pobj":
        return None
    p, first = n.head, n.head
    if p.dep_ != "prep" or p.head.i == p.i:
        return None
    w = preposition_of(p.head) if p.head.pos_ != "VERB" else None
    if w is not None and w.i == p.i:
        first = p.head   # "walked out of the talks": the first word of a two-word preposition
    v = first.head
    if v.pos_ != "VERB" or first.lower_ in skip or p.lower_ in skip:
        return None
    if cause_word(first) or cause_word(p):
        return None   # "suspended talks because of the accord": why, not what is acted on
    return v
