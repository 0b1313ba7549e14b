"""Words of a sentence that tell no act of their own.

News sentences name one act with several coded words.  Each rule below is a
construction; the word it finds joins the ``content`` set of its sentence (coded as no
event), and what it knew about the sides goes to the act it belongs to:

* **the same act told twice** (:func:`fold_elaborations`): a participle adjunct or a
  purpose infinitive with no subject of its own, of the same PLOVER type as the act it
  hangs on: "shelled the town, killing twelve", "lodged a protest, accusing X of ...",
  "will meet to discuss trade", "marched to protest ...".  A different type stays an act
  of its own ("opened fire, arresting twelve"), except what a protest says: a participle
  demanding or denouncing is its message ("marched, demanding the president's resignation").
  Two coordinated verbs of one type sharing one object are one act too ("attacked and
  killed three policemen", "arrested and detained X", "arrested X and held her");
* **the act alleged, the act judged, the topic of talks**: what is said of an act rather
  than told as done, in :mod:`judged_acts`;
* **an act dated from the news** (:func:`fold_retold_acts`): "bombed rebel positions, a
  day after militants killed three soldiers", "restored ties five years after crowds
  stormed its embassy": a time clause measured from the act reported re-tells earlier (or
  later) news to date it; the sentence does not report it;
* **an act dated in the past that describes a noun** (:func:`fold_dated_descriptions`):
  "released a journalist detained in Kabul last month", "rallied in X, where twelve people
  were killed three years ago", "the homes of two men who carried out an attack in 2021": a
  relative clause with a date of its own in the past tells who or what the noun is, from
  earlier news;
* **the act plotted** (:func:`fold_plotted_acts`): "foiled a plot to bomb a synagogue",
  "arrested men planning attacks on churches", "a cell plotting to assassinate the
  minister": what a plot, or someone described as plotting, aims at is not done (and its
  doers are not whoever foiled it);
* **the act a person is suspected of** (:func:`fold_suspected_acts`): "arrested five men
  suspected of planning attacks on pilgrims", "a refugee wanted for murder": a participle of
  suspicion describing someone makes its reason phrase an allegation, not an act told;
* **the act and its name** (:func:`fold_named_acts`): "killed four militants in a raid",
  "died in an air strike": an event noun of the same type in the verb's "in / during"
  phrase names the act the verb tells;
* **the content of content** (:func:`fold_nested_content`): "agreed that they should
  cooperate to help X return": what the agreed act serves is the agreement's content too;
* **troops on the move** (:func:`fold_troop_arrivals`): "peacekeeping troops arrived in X"
  is a deployment, not a visit (CAMEO 042 is a visit by officials);
* **the act named and told** (:func:`fold_noun_and_verb`): "the attack, which killed ten
  soldiers, was carried out by X" (a relative clause on an event noun of its type, or on
  the end of its phrase: "the attack on the base, which killed twelve", "the shelling of X
  on 10 March, which killed four"), "the
  bombing killed thirty people" (an event noun of its type as the verb's subject);
* **the act banned** (:func:`fold_banned_acts`): "denounced the ban on public
  demonstrations imposed by the ministry": what a ban forbids is not done; the one who
  imposed it is the one judged;
* **the frame an act is done under** (:func:`fold_frames`): "released 50 prisoners as
  part of a deal with X", "freed detainees under an agreement with Y", "withdrew in line
  with the accord": the agreement is named to situate the act, not told as a new one;
* **the weapon as agent** (:func:`fold_weapon_agents`): "was hit by a missile fired by
  rebels" is one attack whose doers are the rebels, not the missile (nor a name inside
  the weapon's phrase); the firing is the attack's means.
"""

from __future__ import annotations

from .candidates import Candidate
from .clause_parts import reduced_relative_agents, verb_objects
from .triggers import governing
from .patterns import load_word_classes
from .judged_acts import MAX_UP, fold_alleged_acts, fold_judged_acts, fold_talk_topics

# Object pronouns that re-mention a person or group acted on.
_OBJECT_PRONOUNS = {"her", "him", "them"}
# Acts done by saying: the message of a protest.
_SPEECH = {"REQUEST", "ACCUSE", "REJECT", "THREATEN"}
# After a noun of forbidding (the word class bans), what names the act banned ("a ban on").
_BANNED_PREPS = {"on", "of", "against"}
# Judges of a ban whose target is the one who imposed it.
_BAN_JUDGES = {"ACCUSE", "REJECT", "PROTEST"}


def fold_one_act_words(cands: list[Candidate], content: set[int], refs=None) -> set[int]:
    """The rules, in order; adds to ``content`` and returns the words of alleged
    acts and topics, whose sides are theirs alone (no other act borrows them)."""
    by_host = _hosts(cands)
    before = set(content)
    fold_alleged_acts(cands, content, by_host)
    fold_suspected_acts(cands, content)
    fold_retold_acts(cands, content)
    fold_dated_descriptions(cands, content)
    fold_plotted_acts(cands, content)
    fold_judged_acts(cands, content, by_host)
    fold_talk_topics(cands, content, by_host)
    fold_banned_acts(cands, content, by_host, refs)
    fold_nested_content(cands, content, before)
    # acts judged keep their sides too (they stay events: events/judged_acts.py)
    own = (content - before) | {c.trig.token.i for c in cands if c.judged_by is not None}
    fold_troop_arrivals(cands, content, by_host)
    fold_weapon_agents(cands, content, by_host, refs)
    fold_named_acts(cands, content, by_host)
    fold_noun_and_verb(cands, content, by_host)
    fold_frames(cands, content, by_host)
    fold_elaborations(cands, content, by_host)
    return own


def fold_suspected_acts(cands: list[Candidate], content: set[int]) -> None:
    """An act inside the "of / for / with" phrase of a participle of suspicion that
    describes a noun ("men suspected of planning attacks", "a man wanted for murder",
    "two activists charged with inciting riots"), however deep."""
    words = load_word_classes()["suspicion_participles"]
    for c in cands:
        x = c.trig.token
        for _ in range(MAX_UP * 2):
            h = x.head
            if h.i == x.i:
                break
            if x.dep_ in ("pcomp", "pobj") and h.dep_ == "prep" and h.lower_ in _SUSPECTED_PREPS:
                p = h.head
                if p.lower_ in words and p.dep_ in ("acl", "amod", "relcl", "appos") and \
                        p.head.pos_ in ("NOUN", "PROPN", "PRON"):
                    content.add(c.trig.token.i)
                break
            x = h


def _own_coding(cands: list[Candidate]) -> list[Candidate]:
    """The candidates of the project's patterns: PETRARCH's own coding (mode "only") codes
    every verb it knows, none of it is folded."""
    return [c for c in cands if not getattr(c.trig.pattern, "final", False)]


def fold_retold_acts(cands: list[Candidate], content: set[int]) -> None:
    """An act in a time clause or phrase measured in time units from the act it hangs on
    ("a day after militants killed ...", "two weeks before the vote", "years after the
    bombing of ..."), however deep in that clause."""
    classes = load_word_classes()
    order, units = classes["time_order"], classes["time_units"]
    for c in _own_coding(cands):
        x = c.trig.token
        for _ in range(MAX_UP * 2):
            h = x.head
            if h.i == x.i:
                break
            mark = None
            if x.dep_ == "advcl":
                mark = next((m for m in x.children if m.dep_ == "mark" and m.lower_ in order), None)
            elif x.dep_ == "pobj" and h.dep_ == "prep" and h.lower_ in order:
                mark = h
            if mark is not None:
                if any(m.dep_ == "npadvmod" and (m.lemma_ or m.lower_).lower() in units
                       for m in list(mark.children) + list(mark.head.children)):
                    content.add(c.trig.token.i)
                break
            x = h


def fold_dated_descriptions(cands: list[Candidate], content: set[int]) -> None:
    """An act in a relative clause or a reduced relative on a noun whose verb carries a
    past date of its own ("... ago", "last month", "in 1998", "in the 1970s")."""
    for c in _own_coding(cands):
        t = c.trig.token
        v = t if t.pos_ in ("VERB", "AUX") else (t.head if t.dep_ in ("dobj", "obj") else None)
        if v is None or v.dep_ not in ("relcl", "acl") or v.head.pos_ not in ("NOUN", "PROPN", "PRON"):
            continue
        if any(a.dep_ == "aux" and a.lower_ == "to" for a in v.children):
            continue   # "the only one to have visited X last winter": who did it, the news
        if _dated_past(v):
            content.add(t.i)


def fold_plotted_acts(cands: list[Candidate], content: set[int]) -> None:
    """An act that is the complement of a plot noun ("a plot / conspiracy to bomb ..."),
    of a participle of plotting that describes a noun ("men planning attacks", "a cell
    plotting to kill ..."), or that such a word modifies ("planning attacks" parsed as
    one noun)."""
    classes = load_word_classes()
    nouns, verbs = classes["plot_nouns"], classes["plotting"]
    for c in _own_coding(cands):
        t = c.trig.token
        if any(m.dep_ in ("compound", "amod") and m.lower_ in verbs for m in t.children):
            content.add(t.i)
            continue
        x = t
        for _ in range(4):
            h = x.head
            if h.i == x.i or x.dep_ not in ("xcomp", "advcl", "acl", "dobj", "obj", "pobj", "prep", "pcomp"):
                break
            if (h.lemma_ or h.lower_).lower() in nouns and h.pos_ == "NOUN":
                content.add(t.i)
                break
            # (the parser may make "a cell plotting" one noun phrase: the participle its head)
            if h.lower_ in verbs and h.dep_ in _DESCRIBING:
                content.add(t.i)
                break
            # "foiled a plot to bomb": the parser hangs the plot's infinitive on the verb
            if x.dep_ in ("advcl", "xcomp") and any(
                    o.dep_ in ("dobj", "obj") and (o.lemma_ or o.lower_).lower() in nouns and o.i < x.i
                    and all(w.dep_ in ("aux", "det", "amod") or w.i == o.i for w in x.doc[o.i:x.i])
                    for o in h.children):
                content.add(t.i)
                break
            x = h


# Dependencies of a participle that describes a noun, not the clause's predicate.
_DESCRIBING = ("acl", "relcl", "dobj", "obj", "pobj", "nsubj", "nsubjpass", "appos")
_PAST_MODIFIERS = {"last", "previous"}


def _dated_past(v) -> bool:
    """The clause of verb ``v`` is dated in the past by words of its own: "three years ago",
    "last month", "in 1998", "in the 1970s"."""
    for c in v.children:
        if c.lower_ == "ago":
            return True
        if c.dep_ == "npadvmod" and any(a.lower_ in _PAST_MODIFIERS for a in c.children):
            return True
        if c.dep_ == "prep" and c.lower_ == "in" and any(
                p.dep_ == "pobj" and (p.shape_ == "dddd" or (p.lower_[:1].isdigit() and p.lower_.endswith("0s")))
                for p in c.children):
            return True
    return False


# What a suspicion is of: "suspected of", "wanted for", "charged with".
_SUSPECTED_PREPS = {"of", "for", "with"}


def _hosts(cands: list[Candidate]) -> dict[int, Candidate]:
    """Token index -> the candidate whose trigger word, light verb or object it is."""
    out: dict[int, Candidate] = {}
    for c in cands:
        for w in [c.trig.token, *c.trig.words, c.light, c.trig.obj]:
            if w is not None:
                out.setdefault(w.i, c)
    return out


def _has_to(t) -> bool:
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in t.children)


def _own_subject(t) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in t.children)


def _elaborates(t) -> bool:
    """A participle adjunct ("..., killing twelve") or a purpose infinitive ("met to
    discuss"), with no subject or subordinator of its own."""
    if t.dep_ != "advcl" or _own_subject(t):
        return False
    if any(c.dep_ == "mark" for c in t.children):
        return False   # "after killing", "while searching": another time, another act
    return t.tag_ == "VBG" or (t.tag_ == "VB" and _has_to(t))


def _take_sides(into: Candidate, c: Candidate) -> None:
    """What the folded word knew of the doers and the ones acted on."""
    if not into.sources.actors:
        for a, sp in zip(c.sources.actors, c.sources.spans):
            into.sources.add([a], sp)
    if not into.targets.actors:
        for a, sp in zip(c.targets.actors, c.targets.spans):
            if a not in into.sources.actors:
                into.targets.add([a], sp)


def fold_elaborations(cands: list[Candidate], content: set[int], by_host: dict) -> None:
    folded: dict[int, Candidate] = {}
    for c in sorted(cands, key=lambda c: c.trig.token.i):
        t = c.trig.token
        if not c.trig.is_verb or t.i in content:
            continue
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
        if into is None or into is c or into.trig.token.i in content:
            continue
        if into.trig.type != c.trig.type and not _protest_message(into, c, t):
            continue
        _take_sides(into, c)
        content.add(t.i)
        folded[t.i] = into


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


def _weapons() -> frozenset[str]:
    classes = load_word_classes()
    return classes["projectiles"] | classes["heavy_weapons"] | classes["munitions"]


def _add_resolved(refs, heads: list, by_host: dict, side, other) -> None:
    """Add the actors the phrases headed by ``heads`` name to ``side``, except those
    already on the ``other`` side (no actor acts on itself)."""
    for h in heads:
        f = refs.resolve(h, skip=set(by_host))
        for a, sp in zip(f.actors, f.spans):
            if a not in other.actors:
                side.add([a], sp)


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
        # names inside the weapon's phrase ("a BAK missile") are no doers
        kept = [(a, sp) for a, sp in zip(c.sources.actors, c.sources.spans)
                if not (lo <= sp.start and sp.end <= hi)]
        c.sources.actors[:] = [a for a, _ in kept]
        c.sources.spans[:] = [sp for _, sp in kept]
        means = next((g for w in agent.subtree if (g := by_host.get(w.i)) is not None
                      and g is not c and g.trig.type == "ASSAULT"), None)
        if means is not None:
            _take_sides(c, means)
            content.add(means.trig.token.i)
        elif refs is not None and not c.sources.actors:
            # "a drone launched (fired, planted) by X": who used the weapon
            _add_resolved(refs, reduced_relative_agents(agent), by_host, c.sources, c.targets)


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
            _take_sides(c, g)
            content.add(g.trig.token.i)


def fold_nested_content(cands: list[Candidate], content: set[int], first: set[int]) -> None:
    """An act under another act's content (not as its subject) is content too."""
    by_tok = {c.trig.token.i: c.trig for c in cands}
    for c in sorted(cands, key=lambda c: _depth(c.trig.token)):
        if c.trig.token.i in content:
            continue
        g, child = governing(c.trig, by_tok)
        if g is not None and g.token.i in first and _complement_path(c.trig.token, g.token):
            content.add(c.trig.token.i)
            first.add(c.trig.token.i)


def _complement_path(t, top) -> bool:
    """Only complement clauses and purpose infinitives between ``t`` and ``top``: not a
    relative clause or a prepositional phrase ("as a condition of a deal forced on X"
    tells another act)."""
    x = t
    for _ in range(MAX_UP * 2):
        if x.i == top.i:
            return True
        if x.dep_ not in ("xcomp", "ccomp", "conj") and not (x.dep_ == "advcl" and _has_to(x)):
            return False
        x = x.head
    return False


def _depth(t) -> int:
    d = 0
    while t.head != t and d < 50:
        t, d = t.head, d + 1
    return d


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
                _take_sides(g, c)


def _is_force(n, forces) -> bool:
    """An armed body, or a part or a wave of one ("the first deployment of NATO troops",
    "a batch of peacekeepers")."""
    if (n.lemma_ or n.lower_).lower() in forces or n.lower_ in forces:
        return True
    return any(p.dep_ == "prep" and p.lower_ == "of" and any(
        g.dep_ == "pobj" and ((g.lemma_ or g.lower_).lower() in forces or g.lower_ in forces)
        for g in p.children) for p in n.children)


def fold_noun_and_verb(cands: list[Candidate], content: set[int], by_host: dict) -> None:
    for c in cands:
        t = c.trig.token
        if not c.trig.is_verb or t.i in content:
            continue
        if t.dep_ == "relcl":
            g = by_host.get(t.head.i)
            if g is not None and g is not c and g.trig.type == c.trig.type and g.trig.token.i not in content:
                _take_sides(g, c)   # the noun's event tells it; the clause adds its victims
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
                _take_sides(c, g)   # "the bombing killed thirty": the verb tells it
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
            _take_sides(g, d)
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


def fold_banned_acts(cands: list[Candidate], content: set[int], by_host: dict, refs=None) -> None:
    bans = load_word_classes()["bans"]
    for c in cands:
        t = c.trig.token
        if c.trig.is_verb or t.i in content or t.dep_ != "pobj" or t.head.lower_ not in _BANNED_PREPS:
            continue
        ban = t.head.head
        if (ban.lemma_ or ban.lower_).lower() not in bans:
            continue
        content.add(t.i)
        judge = by_host.get(ban.i) or (by_host.get(ban.head.i) if ban.dep_ in ("dobj", "obj") else None)
        if judge is None or judge.trig.type not in _BAN_JUDGES or judge.targets.actors or refs is None:
            continue
        # "denounced the ban on demonstrations imposed by the interior ministry": the
        # one who banned (the reduced relative's agent, hung on either noun) is judged
        agents = [g for x in (ban, t) for g in reduced_relative_agents(x)]
        _add_resolved(refs, agents, by_host, judge.targets, judge.sources)


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
