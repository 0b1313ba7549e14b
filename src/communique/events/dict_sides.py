"""The sides of an event as TABARI and PETRARCH-1 read them, by position (mode "only" with a
dictionary read in sequence, the validation suite's).

Their coders know only the actors their dictionaries code: the source is the first coded
actor before the verb in its sentence, the target the first coded actor in the verb's
phrase after it, unless a pattern's ``$`` or ``+`` names them.  The coder's own reading of
the parse (subject, object, the preposition a pattern names) comes first; this fills a side
it leaves without a coded actor ("Arnor sent envoys on Monday to meet Gondor's ministers":
Gondor, named in the sending's phrase; "Gondor's Prime Minister X said ...": Gondor, X
having no code).  The phrase is the verb's subtree as parsed: a coded actor the parser
hangs elsewhere (on a noun outside it) is not found.  A passive verb is left as read: its
doer stands after it.
"""

from __future__ import annotations

from ..document import Document, Event, Span
from .dict_constraints import is_passive, subject
from .referents import Referents


def coded_ids(doc: Document) -> set[str]:
    """Actors with a code: a country, or an international body."""
    return {a.id for a in doc.actors if a.country or a.kind in ("igo", "ngo")}


def _first_actor(tokens, refs: Referents, base: int, coded: set[str], skip: set[str]):
    for t in tokens:
        for m in refs.mentions_at(base + t.idx):
            if m.actor in coded and m.actor not in skip:
                return m.actor, Span(m.start, m.end)
    return None


def _all_actors(tokens, refs: Referents, base: int, coded: set[str], skip: set[str]) -> list:
    out: list = []
    for t in tokens:
        for m in refs.mentions_at(base + t.idx):
            if m.actor in coded and m.actor not in skip and m.actor not in [a for a, _ in out]:
                out.append((m.actor, Span(m.start, m.end)))
    return out


def _after_verb(t, last: int, end: int) -> list:
    """The verb's phrase after its words: its subtree, less the verbs coordinated with it
    and clauses with a subject of their own (" ... after crowds burned X": the crowds
    act there, they are not acted on).  One walk down the tree (linear in its size)."""
    out, todo = [], [t]
    while todo:
        w = todo.pop()
        if w.i != t.i and w.pos_ in ("VERB", "AUX") and (
                (w.dep_ == "conj" and w.head.i == t.i)
                or any(x.dep_ in ("nsubj", "nsubjpass", "expl") for x in w.children)):
            continue
        if last < w.i < end:
            out.append(w)
        todo += list(w.children)
    return sorted(out, key=lambda w: w.i)


def _passive_sides(e: Event, verb, refs: Referents, base: int, coded: set[str]) -> None:
    """A passive with its doer named ("X was opposed by Y"): the doer is the source and the
    one it was done to the target, whatever the verb would mean as an adjective ("is opposed
    to" states a view; "was opposed by Y" tells what Y did)."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if agent is None or subj is None:
        return
    doer = _all_actors(list(agent.subtree), refs, base, coded, set())
    done_to = _all_actors(list(subj.subtree), refs, base, coded, set())
    if doer and not any(a in e.sources for a, _ in doer):
        e.sources, e.fields["sources"] = [a for a, _ in doer], [sp for _, sp in doer]
        if done_to:
            e.targets, e.fields["targets"] = [a for a, _ in done_to], [sp for _, sp in done_to]


def fill_sides(doc: Document, e: Event, verb, words: list, refs: Referents, base: int,
               coded: set[str], target: bool = True) -> None:
    """Give ``e`` the source and target PETRARCH-1 reads by position where the parse gave
    it none with a code (in place); ``target`` false: the source only (a compound that
    acts on itself, :meth:`DictPatterns.paired`)."""
    if is_passive(verb):
        _passive_sides(e, verb, refs, base, coded)
        return
    sent = verb.sent
    first = min([verb.i, *(w.i for w in words)])
    last = max([verb.i, *(w.i for w in words)])
    if target and not any(a in coded for a in e.targets):
        got = _first_actor(_after_verb(verb, last, sent.end), refs, base, coded, set(e.sources))
        if got is not None:
            e.targets = [got[0]]
            e.fields["targets"] = [got[1]]
    subj = subject(verb)
    if subj is not None and any(w.dep_ == "cc" for w in subj.subtree):
        # a coordinated subject ("A, B and the old C welcomed ..."): every coded actor it
        # names, however the parser hung the list
        named = _all_actors(list(subj.subtree), refs, base, coded, set(e.targets))
        if len(named) > len([a for a in e.sources if a in coded]):
            e.sources = [a for a, _ in named]
            e.fields["sources"] = [sp for _, sp in named]
    if not any(a in coded for a in e.sources):
        got = _first_actor(verb.doc[sent.start:first], refs, base, coded, set(e.targets))
        if got is not None:
            e.sources = [got[0]]
            e.fields["sources"] = [got[1]]


def coded_only(e: Event, coded: set[str], doc: Document) -> None:
    """A side that names a coded actor lists those alone (PETRARCH knows no other actors):
    "Danish media and the government warned ...": Denmark, not also "the government".
    Its evidence keeps only the spans that name a kept actor."""
    for side in ("sources", "targets"):
        ids = getattr(e, side)
        keep = [a for a in ids if a in coded]
        if keep and len(keep) < len(ids):
            setattr(e, side, keep)
            named = [m for a in keep if (actor := doc.actor(a)) is not None for m in actor.mentions]
            spans = [sp for sp in e.fields.get(side, [])
                     if any(m.start < sp.end and sp.start < m.end for m in named)]
            if spans:
                e.fields[side] = spans
            else:
                e.fields.pop(side, None)
