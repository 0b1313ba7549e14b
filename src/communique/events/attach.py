"""Place and date per event: from the event's own words, not from its sentence.

One sentence often tells two acts in two places or on two dates ("the killing of A
and the attempted killing of B in Damascus", "an attack in X on Monday, after
which troops withdrew from Y").  Each event takes the place and date attached to
its own words, found in this order:

1. **its own words**: the subtree of its trigger (and of the light verb of an event
   noun, "launched an attack in X"), cut where another event's trigger starts, so
   a place or date inside another act's phrase or clause is that act's;
2. **the acts it is told with**: the events that are its subject or object ("the
   attack in X killed five"), then the nearest event above it in the parse (the
   aggression "which started with" the killing; the first of two conjoined verbs)
   and that one's subject or object, and so on upward (an act about another, a judgment,
   a call or a welcome, does not take the place or date of the act it is about: "is
   appalled by the attack on a school on Wednesday" was not said on Wednesday);
3. **the sentence**: a place or date of the sentence that no event's words hold
   ("In X, the ministry said that ..."); a date in the words of a verb of saying above
   the event's clause dates the telling, not the act ("told the radio on Saturday that
   three soldiers were wounded"), and so does the date of the verb that makes a text
   telling it ("today published a report documenting the arrest of ...");
   then the place (never the date) of an act noun with no actor named in the sentence;
4. **the document**: the date line's place, the publication date (lowered to the
   month by default, ``[dates] event_date_fallback``), marked as not the event's own.

An act noun with no actor named ("the attack on a convoy near X on Wednesday") is no
event, but its words are its own all the same; an act set before or after another
("arrested after the attack on Monday", the word class time_order) does not take that
act's place or date.

The doers' words are never the event's place ("Sylvanian troops" do not act in
Sylvania), nor are the doers of the acts it is told with; a place named as the thing acted on is, for acts done somewhere
("attack on Tarna", "visited Velgrad").
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from ..document import Document, Span

from ..resolve import api as _resolve
from .cause_phrases import cause_spans
from .cues import load_cues
from .owners import ACT_NOUN
from .party_places import party_spans
from .patterns import load_word_classes
from .token_table import token_table

# Acts done somewhere: a place named as their target is where they happened.
WHERE_TARGET_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST", "CONSULT", "MOBILIZE", "AID", "RETREAT"})
# Acts done with words about another act: the act they are about keeps its place and date.
ABOUT_ACTS = frozenset({"ACCUSE", "SUPPORT", "REQUEST", "REJECT"})
# Deps by which an event noun is the subject or object of another act.
_ARGUMENT_DEPS = ("nsubj", "nsubjpass", "dobj", "obj", "attr", "pobj")
MAX_UP = 12


@dataclass
class Attached:
    place: str | None = None
    place_spans: list[Span] = field(default_factory=list)
    date: str | None = None
    precision: str | None = None
    date_spans: list[Span] = field(default_factory=list)
    date_from_document: bool = False
    date_own: bool = False     # stated in the event's own words


def heads(c) -> list:
    """The tokens an event's words hang from: its trigger and an event noun's light verb."""
    light = c.light
    return [c.trig.token] + ([light] if light is not None else [])


def own_tokens(roots, stop: set[int]) -> set[int]:
    """Token indices of the subtrees of ``roots``, not entering any token in ``stop``."""
    out: set[int] = set()
    if not roots:
        return out
    tab = token_table(roots[0].doc)   # (indices: no Token per word)
    kid_order, kid_start = tab.kid_order, tab.kid_start   # (TokenTable.kids, read inline)
    todo = [t.i for t in roots]
    while todo:
        i = todo.pop()
        if i in out:
            continue
        out.add(i)
        todo += [ch for ch in kid_order[kid_start[i]:kid_start[i + 1]] if ch not in stop]
    return out


class _Sentence:
    """Char offsets (document) -> token indices of one parsed sentence."""

    def __init__(self, sent, base: int):
        # (offsets from the parse's table: no Token per word)
        self.doc, self.first = sent.doc, sent.start
        self.starts = [base + x for x in token_table(sent.doc).idx[sent.start:sent.end]]
        self.start = base + sent.start_char
        self.end = base + sent.end_char

    def token_at(self, offset: int) -> int | None:
        k = bisect.bisect_right(self.starts, offset) - 1
        return self.first + k if k >= 0 else None

    def in_amount(self, offset: int) -> bool:
        """Inside a sum of money: "45 million US dollars" names no place."""
        k = bisect.bisect_right(self.starts, offset) - 1
        return k >= 0 and self.doc[self.first + k].ent_type_ == "MONEY"


def attach(doc: Document, cands: list, content: set[int], sent, base: int,
           verbs: frozenset[str] = frozenset()) -> None:
    """Set ``c.attached`` (:class:`Attached`) on every candidate that becomes an event."""
    # Only candidates that become events own words: one with no actor at all ("at a
    # rally in X", no one rallying) is no event, and its words are the act's it is in.
    events = [c for c in cands if c.trig.token.i not in content and (c.sources.actors or c.targets.actors)]
    if not events:
        return
    # An act noun with no actor named is no event, but the place and date in its phrase are
    # its own ("arrested five suspects in connection with the attack near X on Wednesday"):
    # they reach an event only through the acts it is told with ("arrested at a rally in X").
    nouns = [c for c in cands if c.trig.token.i not in content and not c.trig.is_verb
             and not (c.sources.actors or c.targets.actors)]
    owners = events + nouns
    order = load_word_classes()["time_order"]
    s = _Sentence(sent, base)
    head_of: dict[int, object] = {}
    for c in owners:
        for h in heads(c):
            head_of.setdefault(h.i, c)
    own, mine_of = {}, {}
    for c in owners:
        mine = mine_of[id(c)] = {h.i for h in heads(c)}
        own[id(c)] = own_tokens(heads(c), set(head_of) - mine)
    # the word each owner is told as an argument of (its head, through a preposition), or
    # None: read once per sentence, not once per pair of acts in every chain of arguments()
    host_of = {id(d): _argument_host(d.trig.token, order) for d in owners}
    owned_by_any = set().union(*own.values())
    actor_spans = [sp for c in events for sp in c.sources.spans + c.targets.spans]
    actor_spans += [m for a in doc.actors for m in a.mentions if s.start <= m.start < s.end]
    # the place mentions inside any target phrase, read once per sentence, not per event
    # (a scan of the whole document per event is quadratic on a long document)
    tspans = [sp for c in events for sp in c.targets.spans]
    lo, hi = min((sp.start for sp in tspans), default=0), max((sp.end for sp in tspans), default=0)
    target_places = [m for m in doc.mentions if m.place and lo <= m.start < hi]

    def governor(c):
        t = c.light or c.trig.token
        heads, x = token_table(t.doc).head, t.i   # (indices: no Token per step)
        for _ in range(MAX_UP):
            if heads[x] == x:
                return None
            x = heads[x]
            g = head_of.get(x)
            if g is not None and g is not c:
                return g
        return None

    def arguments(c):
        mine = mine_of[id(c)]
        return [d for d in owners if d is not c and host_of[id(d)] in mine]

    def related(c):
        """The acts that are ``c``'s subject or object, then the act ``c`` is part of
        and its own subject or object, and so on upward."""
        seen, out, x = {id(c)}, [], c
        while x is not None and len(out) < MAX_UP:
            if x is not c:
                out.append(x)
            seen.add(id(x))
            # (the act a judgment, a call or a welcome is about is another's: "condemned
            # the attack on the school on Wednesday" is not dated Wednesday)
            told = [] if x.trig.type in ABOUT_ACTS else arguments(x)
            for d in told:
                if id(d) not in seen:
                    out.append(d)
                    seen.add(id(d))
            x = governor(x)
            if x is not None and id(x) in seen:
                break
        return out

    def in_own(c):
        toks = own[id(c)]

        def keep(start: int, end: int | None = None) -> bool:
            return s.start <= start < s.end and s.token_at(start) in toks
        return keep

    noun_words = set().union(*(own[id(n)] for n in nouns)) if nouns else set()

    def in_nouns(start: int, end: int | None = None) -> bool:
        return s.start <= start < s.end and s.token_at(start) in noun_words

    def free(start: int, end: int | None = None) -> bool:
        return s.start <= start < s.end and s.token_at(start) not in owned_by_any \
            and not any(a.start <= start < a.end for a in actor_spans)

    causes = cause_spans(sent, base, verbs)
    partners, owned = party_spans(doc, sent, base)
    for c in events:
        got = Attached()
        # the place (not one in a phrase of cause, "because of X's decision", unless the act
        # is told inside it)
        at = base + c.trig.token.idx
        blocked = list(c.sources.spans) + [sp for sp in causes if not sp.start <= at < sp.end]
        if c.trig.type not in WHERE_TARGET_TYPES:
            # ("the agreement with X", "X's stance", "the X embargo": parties, not where)
            blocked += c.targets.spans + partners + owned
        not_theirs = list(blocked)   # (an unknown place is no country of a people named)
        if c.trig.type in WHERE_TARGET_TYPES:
            # "attack on Tarna", "attack on a market in X region": places in what is acted
            # on are where; a country only when named as the target itself, not as an
            # adjective of its people ("Afghan soldiers").
            wide = [m for m in target_places if _wide(doc, m.place)]
            blocked += [Span(m.start, m.end) for m in wide for sp in c.targets.spans
                        if sp.start <= m.start < sp.end and (m.start, m.end) != (sp.start, sp.end)]
        # the doers of the acts it is told with are no place of it either ("Ankara
        # condemned the shelling of X": Ankara judges, the shelling is not there)
        near = related(c)   # (read once: the place's chain and the date's)
        chain = [(in_own(c), [])] + [(in_own(d), d.sources.spans) for d in near] + [(free, [])]
        # then the place of an act with no actor told in the sentence: nearer than the date
        # line (its date is its own: an arrest "after the attack on Monday" was not on Monday)
        chain += [(in_nouns, [])]
        for keep, theirs in chain:
            pid, span = _place(doc, s, keep, blocked + theirs)
            if pid:
                got.place, got.place_spans = pid, [span]
                break
        else:
            # a place its own words name but the gazetteer does not know ("the shelling of
            # the village of X") is where it happened: not the date line's city
            pid, span = _named_unknown_place(doc, s, in_own(c), not_theirs)
            if pid:
                got.place, got.place_spans = pid, [span]
            else:
                got.place, got.place_spans = _dateline_place(doc)
        # the date (the sentence's date of a telling is not the act's: "told the radio on
        # Saturday that three soldiers were wounded")
        telling = _telling_words(c)

        def free_of_telling(start: int, end: int | None = None) -> bool:
            return free(start) and s.token_at(start) not in telling
        judged = _judged_act_words(c, head_of)
        own_keep = in_own(c)

        def own_not_judged(start: int, end: int | None = None) -> bool:
            return own_keep(start) and s.token_at(start) not in judged
        for n, keep in enumerate([own_not_judged] + [in_own(d) for d in near] + [free_of_telling]):
            value, precision, mention = _date(doc, s, keep)
            if value:
                got.date_own = n == 0
                got.date, got.precision = value, precision
                got.date_spans = [Span(mention.start, mention.end)] if mention is not None else []
                break
        else:
            got.date, got.precision, got.date_spans = _document_date(doc)
            got.date_from_document = got.date is not None
        c.attached = got


def _judged_act_words(c, head_of: dict) -> set[int]:
    """Tokens of the act a judgment, a call or a welcome is about, when its object names one
    ("condemned the shelling of X on 10 March", "welcomed the release of Y by Z on 8 March"):
    the object's phrase and the phrases after it, where the parser may hang the act's date on
    the verb.  That date is the act's, not the judgment's; from a phrase naming the telling's
    occasion on (word class telling_occasions: "in a statement", "at a summit") the words are
    the judgment's again."""
    t = c.trig.token
    if c.trig.type not in ABOUT_ACTS or not c.trig.is_verb:
        return set()
    obj = next((o for o in t.children if o.dep_ in ("dobj", "obj")), None)
    if obj is None or not (ACT_NOUN.search(obj.lower_) or head_of.get(obj.i) not in (None, c)
                           or any(p.dep_ == "prep" and p.lower_ == "by" for p in obj.children)):
        return set()   # (a noun with a "by" agent names an act: "the release of Y by Z")
    occasions = load_word_classes()["telling_occasions"]

    def occasion(p) -> bool:
        return any(g.dep_ == "pobj" and (g.lemma_.lower() in occasions or g.lower_ in occasions)
                   for g in p.children)
    # ("in a statement on Tuesday", "at a summit on 11 March": the telling's occasion and its
    # date, wherever the parser hangs them, on the verb or on the object)
    told = {x.i for p in obj.subtree if p.dep_ == "prep" and occasion(p) for x in p.subtree}
    out = {x.i for x in obj.subtree} - told
    for p in sorted((p for p in t.children if p.dep_ in ("prep", "npadvmod") and p.i > obj.i),
                    key=lambda p: p.i):
        if p.dep_ == "prep" and occasion(p):
            break
        out |= {x.i for x in p.subtree}
    return out


def _argument_host(t, order) -> int | None:
    """The index of the word whose subject or object the event word ``t`` is (through a
    preposition: "the attack on X killed", "the search for the attackers"), or None."""
    if t.dep_ not in _ARGUMENT_DEPS:
        return None
    h = t.head
    if h.dep_ in ("prep", "agent") and t.dep_ == "pobj":
        if h.lower_ in order:
            return None   # "arrested after the attack on Monday": the attack's Monday
        h = h.head
    return h.i


def _telling_words(c) -> set[int]:
    """Tokens of the verbs of saying above the event's clause, outside the clause they
    report ("the spokesman told local radio on Saturday that ..."): the words of the telling."""
    cues = load_cues()
    reporting, documents = cues.reporting, cues.document_nouns
    out: set[int] = set()
    x = c.light or c.trig.token
    for _ in range(MAX_UP):
        h = x.head
        if h == x:
            break
        if x.dep_ == "ccomp" and (h.lemma_ or h.lower_).lower() in reporting or (
                x.dep_ in ("dobj", "obj") and (x.lemma_ or x.lower_).lower() in documents):
            # (or the verb that makes a text telling it: "published a report on Monday
            # documenting the arrest of ...": Monday is the report's)
            inside = {t.i for t in x.subtree}
            out |= {t.i for t in h.subtree if t.i not in inside}
        x = h
    return out


def _wide(doc: Document, place_id: str) -> bool:
    p = doc.place(place_id)
    return p is None or p.precision in ("country", "region", None)


def _place(doc: Document, s: _Sentence, keep, blocked: list[Span]):
    def ok(start: int, end: int) -> bool:
        return keep(start, end) and not any(b.start <= start < b.end for b in blocked) \
            and not s.in_amount(start)

    pid = _resolve.place_for_span(doc, s.start, s.end, keep=ok)
    if pid:
        p = doc.place(pid)
        m = next((m for m in p.mentions if s.start <= m.start and m.end <= s.end and ok(m.start, m.end)), None)
        if m is not None:
            return pid, Span(m.start, m.end)
    for p in doc.places:   # an unresolved name the places stage still believes in
        if p.geonameid is None and p.lat is None and p.confidence <= 0:
            continue
        for m in p.mentions:
            if s.start <= m.start and m.end <= s.end and ok(m.start, m.end):
                return p.id, Span(m.start, m.end)
    return None, None


def _named_unknown_place(doc: Document, s: _Sentence, keep, blocked: list[Span]):
    """An unresolved place whose words say it is one: after a locative preposition or
    with a generic place word ("in X", "the village of X", "X district"); a bare unknown
    name may be an actor ("thanked Estovia")."""
    for p in doc.places:
        if p.geonameid is not None or p.lat is not None:
            continue
        for m in p.mentions:
            if (s.start <= m.start and m.end <= s.end and keep(m.start, m.end)
                    and _resolve.worded_as_place(doc.text, m.start, m.end)
                    and not any(b.start <= m.start < b.end for b in blocked)):
                return p.id, Span(m.start, m.end)
    return None, None


def _dateline_place(doc: Document):
    line = doc.section("dateline")
    if line is not None:
        for p in doc.places:
            for m in p.mentions:
                if line.start <= m.start and m.end <= line.end:
                    return p.id, [Span(m.start, m.end)]
    return None, []


def _date(doc: Document, s: _Sentence, keep):
    return _resolve.date_for_span(doc, s.start, s.end, keep=lambda start: keep(start))


def _document_date(doc: Document):
    """The publication date as the fallback, with what gave it (never the event's words)."""
    value, precision, spans = _resolve.document_date_for_event(doc)
    return (value, precision, spans) if value else (None, None, [])
