"""One event per happening in a document.

A statement tells its news several times: in the title, in the lead, again as
"this is the fourth attack", "the attack", and inside other acts ("thanked X for
its role to stop the frequent assaults").  Coded sentence by sentence, each telling
is an event; counted as data, one happening becomes several.  Here two events of a
document are one happening when all of these hold:

* the same PLOVER type, the same negation, both said to have happened (or the same
  status), and CAMEO codes of one root where one is the root's generic code ("190"
  an attack, "194" a shelling) or both are the same;
* compatible doers and compatible targets: the same actors, or one side empty, or
  one side's actors among the other's, leaving out generic agents of no country that
  the knowledge base does not know ("gunmen", "security forces"); and no actor the
  doer of one and the target of the other (an act is never done to its own doer);
* compatible place and date where both are stated in their own words (the same
  place, or one inside the other's country; the same date, or one more precise
  than the other: "2023-10" and "2023-10-04");
* told in different sentences (one sentence that tells two acts tells two);
* one of them is a **re-mention**: an event noun with a definite, demonstrative or
  possessive determiner ("the attack", "this attack", "its assaults"), a judgment of
  such a noun ("UNICEF condemns this attack" after "UNICEF is appalled by the attack";
  two judgments of acts of two types stay two), a later telling that goes on about the act
  with its doer and object named again (:mod:`retellings`), a background
  act (told to situate another one, :mod:`background`), or a headline (the title
  announces what the body tells); a re-mention that states a date ("the arrest of
  fourteen men in July") joins only a telling that states one too (and agrees), and a
  definite act noun told first does not take in a later telling in full with its own
  date or place ("a report documenting the arrest of journalists ... In one case, police
  arrested a reporter in X on 14 January": one case of the arrests, not all of them).

The merged event is the best telling (first criterion first: not background, said to
have happened, own date, own place, not a re-mention, confidence, the earlier);
what it lacks (doers, targets, own date or place, a specific CAMEO code) comes from
the others, and their evidence is listed in ``evidence_more``.  The archive's
clusters across documents (:mod:`communique.dedupe.events`) work on the merged events.

Before that, meetings (:func:`merge_meetings`): CONSULT events with the same sources
and targets and no date of their own are one meeting described several times, and
"the meeting discussed ..." (a definite meeting noun as subject) tells more about
the last meeting told, whoever the parser took for its subject.
"""

from __future__ import annotations

from dataclasses import replace

from ..document import Document, Event, Span
from .allegations import PATTERN as ALLEGED, is_state
from .owners import ACT_NOUN
from .patterns import load_word_classes
from .retellings import DEFINITE, retells

POINTING = DEFINITE - {"the"}   # demonstratives: they point back at an act told before
TOOK_PLACE = ("asserted", "reported")   # the statuses that tell an act as having taken place
WINDOW = 30   # how many acts of a type back a re-mention looks (bounded work on long texts)


def remention_word(t):
    """The word that makes event noun ``t`` a re-mention of an act told before ("the"
    in "the attack", "its" in "its assaults"), or None."""
    if t.pos_ not in ("NOUN", "PROPN"):
        return None
    for c in t.children:
        if (c.dep_ == "det" and c.lower_ in DEFINITE) or c.dep_ == "poss":
            return c
    return None


def accused_act_told(t) -> bool:
    """Accusation verb ``t`` is about an act told before: its "of" / "for" phrase (also after
    "responsible") is a definite noun of a hostile act or a crime ("accused X of the attack",
    "held X responsible for this attack", "accuse X of this crime")."""
    hosts = [t] + [c for c in t.children if c.dep_ in ("acomp", "oprd", "xcomp", "ccomp") and c.pos_ == "ADJ"]
    acts = [g for h in hosts for c in h.children if c.dep_ == "prep" and c.lower_ in ("of", "for")
            for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
    crimes = load_word_classes()["mass_crimes"]
    return any(remention_word(g) is not None and (ACT_NOUN.search(g.lower_) or g.lower_ in crimes) for g in acts)


def merge_happenings(doc: Document, events: list[Event]) -> list[Event]:
    """``events`` (document order) with the tellings of one happening merged into one."""
    # (the coder's marks, events.build: a re-mention, a toll, the type of the act judged)
    toll = {id(e) for e in events if e.marks.toll}
    title = doc.section("title")

    retold: set[int] = set()   # later tellings that go on about an act told before (retellings)

    def remention(e: Event) -> bool:
        return e.marks.remention or "background" in e.fields or headline(e) or id(e) in retold

    def headline(e: Event) -> bool:
        return title is not None and title.start <= e.evidence.start < title.end

    def joins(a: Event, b: Event) -> bool:
        """``a`` re-mentions ``b`` (a dated re-mention only a dated telling).  A definite
        act noun told before (not in the headline) is no re-mention of a later telling in
        full with a date or place of its own: "a report documenting the arrest of 37
        journalists ... In one case, police arrested a reporter in X on 14 January" tells
        one case of the arrests, not all of them."""
        if a.evidence.start < b.evidence.start and a.marks.remention and not a.marks.toll \
                and not headline(a) and not remention(b) \
                and (own_date(b) or own_place(b)):
            return False
        if remention(a) and (not own_date(a) or own_date(b)):
            return True
        if a.evidence.start > b.evidence.start and retells(doc, a, b, own_date(a)):
            retold.add(id(a))
            return True
        return False

    groups: list[list[Event]] = []
    by_type: dict[str, list[list[Event]]] = {}
    acts: dict[int, list[Event]] = {}   # where an act is told (its word's offset) -> its happening

    def same_act(a: Event, b: Event) -> bool:
        """Judgments or allegations of one happening ("Sudan attacked the port ... We condemn
        the attack by Sudan": the attack told twice is one, and so is its accusation)."""
        g = acts.get(a.marks.judged_at) if a.marks.judged_at is not None else None
        return g is not None and b.marks.judged_at is not None and acts.get(b.marks.judged_at) is g

    def other_acts(a: Event, b: Event) -> bool:
        """Judgments or allegations of two happenings ("Russia's aggression against Ukraine ...
        Iceland condemned the attack on Israel"): two accusations, whoever their speaker."""
        g = acts.get(a.marks.judged_at) if a.marks.judged_at is not None else None
        h = acts.get(b.marks.judged_at) if b.marks.judged_at is not None else None
        return g is not None and h is not None and g is not h

    # (accusations last, once the acts they judge are merged; the order is restored below)
    order = {id(e): i for i, e in enumerate(events)}
    for e in [e for e in events if e.type != "ACCUSE"] + [e for e in events if e.type == "ACCUSE"]:
        # Bounded work on long or repetitive texts: the latest WINDOW happenings of the
        # type, each checked against its first and latest tellings.
        near = by_type.setdefault(e.type, [])[-WINDOW:]
        # (two judgments of acts of two types are two, "condemns the attack ... and the arrests")
        fits = [g for g in near if all(_one_happening(doc, e, x, any_code=id(e) in toll or id(x) in toll,
                                                      one_root=_judgments(e, x) or same_act(e, x)) and not (
                    e.marks.judged and x.marks.judged and e.marks.judged != x.marks.judged) and not other_acts(e, x)
                    for x in _sample(g))
                and any(joins(e, x) or joins(x, e) or same_act(e, x) for x in _sample(g))]
        # the closest telling: the same actors on more sides, then the latest
        home = max(fits, key=lambda g: (max(_likeness(e, x) for x in _sample(g)), near.index(g)), default=None)
        if home is None:
            groups.append([e])
            by_type[e.type].append(groups[-1])
            home = groups[-1]
        else:
            home.append(e)
        for sp in e.fields.get("type", []) if e.type != "ACCUSE" else []:
            acts.setdefault(sp.start, home)
    groups.sort(key=lambda g: order[id(g[0])])
    # in the order of each happening's first telling
    return [_merged(doc, g, remention, toll) if len(g) > 1 else g[0] for g in groups]


def _judgments(a: Event, b: Event) -> bool:
    """Two judgments of one act told, one of them pointing back at it ("condemned the attack
    by X ... accused X of the attack"): one accusation, whatever its words (111, 1123)."""
    return a.type == b.type == "ACCUSE" and bool(a.marks.judged or b.marks.judged) \
        and (a.marks.remention or b.marks.remention)


def _one_happening(doc: Document, a: Event, b: Event, any_code: bool = False, one_root: bool = False) -> bool:
    """(``any_code``: one is a toll, "three soldiers were wounded", whose verb's code is
    no other act than the attack it counts; ``one_root``: codes of one root agree)"""
    if a.type != b.type or a.negated != b.negated:
        return False
    if a.status != b.status and not (a.status in TOOK_PLACE and b.status in TOOK_PLACE):
        return False
    if not any_code and not codes_agree(a.cameo, b.cameo) and not (
            one_root and a.cameo and b.cameo and a.cameo[:2] == b.cameo[:2]):
        return False
    if a.evidence.start < b.evidence.end and b.evidence.start < a.evidence.end and not any_code:
        # the same sentence: two acts told side by side (but a toll told with an attack is
        # its toll: "attacked a clinic on Monday, in which two nurses were wounded")
        return False
    if not _sides_agree(doc, a.sources, b.sources) or not _sides_agree(doc, a.targets, b.targets):
        return False
    if not one_root and ((not a.targets and b.targets and _speakers(doc, a))
                         or (not b.targets and a.targets and _speakers(doc, b))):
        # an act of the statement's speaker aimed at no one ("we cannot allow one nation to
        # conquer another") and a telling in another sentence aimed at someone ("the rising
        # seas that threaten X", an allegation told paragraphs later): two acts; the speaker's
        # never takes the other's target (but two judgments of one act told are one: "we are
        # shocked by the attack on X ... we condemn this attack")
        return False
    if set(a.sources) & set(b.targets) or set(b.sources) & set(a.targets):
        # the doer of one is the target of the other ("we invite all nations to ..." and
        # "reforms expected to give markets to our country"): two acts, never one that
        # its doer does to itself
        return False
    if own_date(a) and own_date(b) and not _dates_agree(a.date, b.date):
        return False
    if own_place(a) and own_place(b) and not _places_agree(doc, a.place, b.place):
        return False
    return True


def _speakers(doc: Document, e: Event) -> bool:
    """The event's doers are the statement's issuers (the speaker's own act)."""
    return bool(doc.issuers) and bool(e.sources) and set(e.sources) <= set(doc.issuers)


def codes_agree(x: str | None, y: str | None) -> bool:
    if not x or not y or x == y:
        return True
    if x[:2] != y[:2]:
        return False
    return len(x) == 3 and x.endswith("0") or len(y) == 3 and y.endswith("0")


def _generic(doc: Document, actor_id: str) -> bool:
    """An actor named by a common noun ("gunmen", "a school in X", "security forces"),
    not by a name: the knowledge base does not know it and an agent word heads it."""
    a = doc.actor(actor_id)
    if a is None or a.known or a.kind == "person":
        return False
    if a.country is None:
        return True
    kb = doc.workspace.kb
    if kb is None or not hasattr(kb, "agent"):
        return a.name[:1].islower()
    return any(kb.agent(w) is not None for w in a.name.lower().split())


def _sample(g: list[Event]) -> list[Event]:
    return g if len(g) <= WINDOW else g[:1] + g[-WINDOW:]


def _likeness(a: Event, b: Event) -> int:
    return (set(a.sources) == set(b.sources)) + (set(a.targets) == set(b.targets)) + (a.place == b.place)


def _sides_agree(doc: Document, xs: list[str], ys: list[str]) -> bool:
    """The same actors, one side empty, one among the other, or one side only generic
    agents that may be the other's ("the school" and "DR Congo"; "gunmen" and anyone)."""
    x, y = set(xs), set(ys)
    if not x or not y or x <= y or y <= x:
        return True
    return _generic_fits(doc, x, y) or _generic_fits(doc, y, x)


def _generic_fits(doc: Document, generic: set[str], other: set[str]) -> bool:
    if not all(_generic(doc, a) for a in generic):
        return False
    if all(_generic(doc, a) for a in other):
        # two kinds of people ("three children", "a school"): the same sector (when
        # both are known), or organs of the state both ("the interior ministry", "security forces")
        mine, theirs = [doc.actor(a) for a in generic], [doc.actor(a) for a in other]
        known = {a.sector for a in mine} - {None}, {a.sector for a in theirs} - {None}
        if all(known) and not known[0] & known[1] and not (
                all(map(is_state, mine)) and all(map(is_state, theirs))):
            return False
    countries = {doc.actor(a).country for a in generic} - {None}
    if not countries:
        return True
    return all(doc.actor(a) is not None and doc.actor(a).country in countries for a in other)


def _dates_agree(x: str | None, y: str | None) -> bool:
    if not x or not y:
        return True
    return x.startswith(y) or y.startswith(x)


def _places_agree(doc: Document, x: str | None, y: str | None) -> bool:
    if not x or not y or x == y:
        return True
    p, q = doc.place(x), doc.place(y)
    if p is None or q is None or not p.country or p.country != q.country:
        return False
    wide = {"country", "region"}
    if p.precision in wide or q.precision in wide:
        return True
    return bool(p.admin1) and p.admin1 == q.admin1 and "admin1" in (p.precision, q.precision)


def _inside(spans: list[Span], e: Event) -> bool:
    return any(e.evidence.start <= s.start and s.end <= e.evidence.end for s in spans)


def own_date(e: Event) -> bool:
    """The date is stated in the event's own sentence (not the publication date)."""
    return bool(e.date) and _inside(e.fields.get("date", []), e)


def own_place(e: Event) -> bool:
    return bool(e.place) and _inside(e.fields.get("place", []), e)


def _merged(doc: Document, group: list[Event], remention, toll: set[int] = frozenset()) -> Event:
    def rank(e: Event) -> tuple:
        # (a toll counts the victims of an act told: never the best telling of it; an
        # accusation said in words, "we condemn these attacks", is the act itself, the one
        # read from the telling of the attacks only stands in for it, and its date and place
        # are the attack's)
        return (id(e) not in toll, "background" not in e.fields, e.status in TOOK_PLACE and not e.negated,
                e.pattern != ALLEGED, own_date(e), own_place(e), not remention(e), e.confidence,
                -e.evidence.start)

    best = max(group, key=rank)
    others = [e for e in group if e is not best]
    fields = {k: list(v) for k, v in best.fields.items()}
    m = replace(best, fields=fields, sources=list(best.sources), targets=list(best.targets),
                evidence_more=list(best.evidence_more))
    dated, placed = own_date(best), own_place(best)
    for e in sorted(others, key=rank, reverse=True):
        for side in ("sources", "targets"):
            # named actors the best telling lacks ("gunmen" told again as "the Brigades")
            mine = getattr(m, side)
            new = [a for a in getattr(e, side) if a not in mine and not _generic(doc, a)]
            if new:
                setattr(m, side, mine + new)
                fields[side] = fields.get(side, []) + [s for s in e.fields.get(side, [])
                                                       if s not in fields.get(side, [])]
        if own_date(e) and (not dated or len(e.date) > len(m.date)):
            m.date, m.date_precision, dated = e.date, e.date_precision, True
            fields["date"] = list(e.fields["date"])
        if own_place(e) and not placed:
            m.place, placed = e.place, True
            fields["place"] = list(e.fields["place"])
        if m.cameo and e.cameo and m.cameo.endswith("0") and len(m.cameo) == 3 and e.cameo != m.cameo \
                and id(e) not in toll and e.cameo[:2] == m.cameo[:2]:   # (a toll's verb codes no act)
            m.cameo, m.mode = e.cameo, e.mode or m.mode
        m.confidence = max(m.confidence, e.confidence)
        for ev in [e.evidence, *e.evidence_more]:
            if ev.start != m.evidence.start and all(ev.start != x.start for x in m.evidence_more):
                m.evidence_more.append(ev)
    m.evidence_more.sort(key=lambda ev: ev.start)
    return m


def restated_meeting(tr, by_tok: dict) -> bool:
    """ "The meeting discussed ...", "the talks focused on ...": a CONSULT verb whose
    subject (or the apposition the parser hung the subject on) is a definite meeting
    noun tells more about a meeting already reported, not a new one."""
    if tr.type != "CONSULT" or not tr.is_verb:
        return False
    for s in tr.token.children:
        if s.dep_ not in ("nsubj", "nsubjpass"):
            continue
        for n in [s, *[c for c in s.children if c.dep_ == "appos"]]:
            g = by_tok.get(n.i)
            if g is not None and g is not tr and g.type == "CONSULT" and not g.is_verb and any(
                    d.dep_ == "det" and d.lower_ in ("the", "this", "that") for d in n.children):
                return True
    return False


def merge_meetings(events: list[Event]) -> list[Event]:
    """``events`` with the re-tellings of one meeting folded into its first telling."""
    out: list[Event] = []
    first: dict[tuple, Event] = {}
    last: Event | None = None   # the last meeting told
    for e in events:
        restated = e.marks.restated
        if e.type != "CONSULT" or e.status not in TOOK_PLACE:
            out.append(e)
            continue
        key = (tuple(sorted(e.sources)), tuple(sorted(e.targets)))
        own = bool(e.fields.get("date")) and _inside(e.fields["date"], e)
        prev = first.get(key)
        if prev is None and not e.targets:
            # "X and Y met in Cairo ... They discussed ...": a telling that names no one met
            # (nor a host) is of the meeting the same sides held before
            prev = next((m for k, m in reversed(first.items()) if k[0] == key[0]), None)
        if restated and last is not None and not own:
            # "the meeting discussed ...": the meeting told before, whoever the
            # parser took for the subject of "discussed".
            prev = last
        if prev is not None and not own:
            prev.fields.setdefault("mentions", []).append(Span(e.evidence.start, e.evidence.end))
            prev.evidence_more.append(e.evidence)
            prev.confidence = min(0.99, prev.confidence + 0.02)
            continue
        first.setdefault(key, e)
        last = e
        out.append(e)
    return out
