"""Words of acts a sentence names but does not report as done (rules of :mod:`one_act`).

Each rule is a construction; the word it finds joins the ``content`` set of its
sentence (coded as no event) and keeps its sides to itself: an act not done, or
done in other news, lends no doer or target to the act the sentence reports.

* **the act a person is suspected of** (:func:`fold_suspected_acts`): "arrested five men
  suspected of planning attacks on pilgrims", "a refugee wanted for murder": a participle of
  suspicion describing someone makes its reason phrase an allegation, not an act told;
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
* **the act banned** (:func:`fold_banned_acts`): "denounced the ban on public
  demonstrations imposed by the ministry": what a ban forbids is not done; the one who
  imposed it is the one judged;
* **the content of content** (:func:`fold_nested_content`): "agreed that they should
  cooperate to help X return": what the agreed act serves is the agreement's content too.
"""

from __future__ import annotations

from .candidates import Candidate
from .clause_parts import reduced_relative_agents, second_clause_verb
from .folding import add_resolved, has_to, own_coding
from .judged_acts import MAX_UP
from .patterns import load_word_classes
from .token_table import token_table
from .triggers import governing

# What a suspicion is of: "suspected of", "wanted for", "charged with".
_SUSPECTED_PREPS = {"of", "for", "with"}
# Dependencies of a participle that describes a noun, not the clause's predicate.
_DESCRIBING = ("acl", "relcl", "dobj", "obj", "pobj", "nsubj", "nsubjpass", "appos")
_PAST_MODIFIERS = {"last", "previous"}


# After a noun of forbidding (the word class bans), what names the act banned ("a ban on").
_BANNED_PREPS = {"on", "of", "against"}
# Judges of a ban whose target is the one who imposed it.
_BAN_JUDGES = {"ACCUSE", "REJECT", "PROTEST"}



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


def fold_retold_acts(cands: list[Candidate], content: set[int]) -> None:
    """An act in a time clause or phrase measured in time units from the act it hangs on
    ("a day after militants killed ...", "two weeks before the vote", "years after the
    bombing of ..."), however deep in that clause."""
    classes = load_word_classes()
    order, units = classes["time_order"], classes["time_units"]
    for c in own_coding(cands):
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
    for c in own_coding(cands):
        t = c.trig.token
        v = t if t.pos_ in ("VERB", "AUX") else (t.head if t.dep_ in ("dobj", "obj") else None)
        if v is None or v.dep_ not in ("relcl", "acl") or v.head.pos_ not in ("NOUN", "PROPN", "PRON"):
            continue
        if any(a.dep_ == "aux" and a.lower_ == "to" for a in v.children):
            continue   # "the only one to have visited X last winter": who did it, the news
        if _dated_past(v):
            content.add(t.i)


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


def fold_plotted_acts(cands: list[Candidate], content: set[int]) -> None:
    """An act that is the complement of a plot noun ("a plot / conspiracy to bomb ..."),
    of a participle of plotting that describes a noun ("men planning attacks", "a cell
    plotting to kill ..."), or that such a word modifies ("planning attacks" parsed as
    one noun)."""
    classes = load_word_classes()
    nouns, verbs = classes["plot_nouns"], classes["plotting"]
    for c in own_coding(cands):
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
        add_resolved(refs, agents, by_host, judge.targets, judge.sources)


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
        if x.dep_ not in ("xcomp", "ccomp", "conj") and not (x.dep_ == "advcl" and has_to(x)) \
                or second_clause_verb(x) is not None:
            return False
        x = x.head
    return False


def _depth(t) -> int:
    heads = token_table(t.doc).head   # (no Token made per step)
    d, i = 0, t.i
    while heads[i] != i and d < 50:
        i, d = heads[i], d + 1
    return d

