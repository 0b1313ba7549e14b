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
  the knowledge base does not know ("gunmen", "security forces");
* compatible place and date where both are stated in their own words (the same
  place, or one inside the other's country; the same date, or one more precise
  than the other: "2023-10" and "2023-10-04");
* told in different sentences (one sentence that tells two acts tells two);
* one of them is a **re-mention**: an event noun with a definite, demonstrative or
  possessive determiner ("the attack", "this attack", "its assaults"), a background
  act (told to situate another one, :mod:`background`), or a headline (the title
  announces what the body tells); a re-mention that states a date ("the arrest of
  fourteen men in July") joins only a telling that states one too (and agrees).

The merged event is the best telling (first criterion first: not a re-mention, not
background, said to have happened, own date, own place, confidence, the earlier);
what it lacks (doers, targets, own date or place, a specific CAMEO code) comes from
the others, and their evidence is listed in ``evidence_more``.  The archive's
clusters across documents (:mod:`communique.dedupe.events`) work on the merged events.
"""

from __future__ import annotations

from dataclasses import replace

from ..document import Document, Event, Span

MARK = "_remention"   # private field set by the coder, removed here
DEFINITE = {"the", "this", "that", "these", "those"}
TOOK_PLACE = ("asserted", "reported")


def remention_word(t):
    """The word that makes event noun ``t`` a re-mention of an act told before ("the"
    in "the attack", "its" in "its assaults"), or None."""
    if t.pos_ not in ("NOUN", "PROPN"):
        return None
    for c in t.children:
        if (c.dep_ == "det" and c.lower_ in DEFINITE) or c.dep_ == "poss":
            return c
    return None


def merge_happenings(doc: Document, events: list[Event]) -> list[Event]:
    """``events`` (document order) with the tellings of one happening merged into one."""
    marked = {id(e): e.fields.pop(MARK, None) is not None for e in events}
    title = doc.section("title")

    def remention(e: Event) -> bool:
        return marked[id(e)] or "background" in e.fields or (
            title is not None and title.start <= e.evidence.start < title.end)

    groups: list[list[Event]] = []
    for e in events:
        def joins(a: Event, b: Event) -> bool:   # a re-mention of b
            return remention(a) and (not own_date(a) or own_date(b))

        home = next((g for g in groups if all(_one_happening(doc, e, x) for x in g)
                     and any(joins(e, x) or joins(x, e) for x in g)), None)
        if home is None:
            groups.append([e])
        else:
            home.append(e)
    # in the order of each happening's first telling
    return [_merged(doc, g, remention) if len(g) > 1 else g[0] for g in groups]


def _one_happening(doc: Document, a: Event, b: Event) -> bool:
    if a.type != b.type or a.negated != b.negated:
        return False
    if a.status != b.status and not (a.status in TOOK_PLACE and b.status in TOOK_PLACE):
        return False
    if not _codes_agree(a.cameo, b.cameo):
        return False
    if a.evidence.start < b.evidence.end and b.evidence.start < a.evidence.end:
        return False   # the same sentence: two acts told side by side
    if not _sides_agree(doc, a.sources, b.sources) or not _sides_agree(doc, a.targets, b.targets):
        return False
    if own_date(a) and own_date(b) and not _dates_agree(a.date, b.date):
        return False
    if own_place(a) and own_place(b) and not _places_agree(doc, a.place, b.place):
        return False
    return True


def _codes_agree(x: str | None, y: str | None) -> bool:
    if not x or not y or x == y:
        return True
    if x[:2] != y[:2]:
        return False
    return len(x) == 3 and x.endswith("0") or len(y) == 3 and y.endswith("0")


def _generic(doc: Document, actor_id: str) -> bool:
    a = doc.actor(actor_id)
    return a is not None and not a.known and a.country is None and a.kind != "person"


def _sides_agree(doc: Document, xs: list[str], ys: list[str]) -> bool:
    x = {a for a in xs if not _generic(doc, a)}
    y = {a for a in ys if not _generic(doc, a)}
    return not x or not y or x <= y or y <= x


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


def _merged(doc: Document, group: list[Event], remention) -> Event:
    def rank(e: Event) -> tuple:
        return (not remention(e), "background" not in e.fields,
                e.status in TOOK_PLACE and not e.negated, own_date(e), own_place(e),
                e.confidence, -e.evidence.start)

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
        if m.cameo and e.cameo and m.cameo.endswith("0") and len(m.cameo) == 3 and e.cameo != m.cameo:
            m.cameo, m.mode = e.cameo, e.mode or m.mode
        m.confidence = max(m.confidence, e.confidence)
        for ev in [e.evidence, *e.evidence_more]:
            if ev.start != m.evidence.start and all(ev.start != x.start for x in m.evidence_more):
                m.evidence_more.append(ev)
    m.evidence_more.sort(key=lambda ev: ev.start)
    return m
