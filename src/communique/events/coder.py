"""The event coder: spaCy parse + patterns -> PLOVER/CAMEO events with evidence.

Per sentence: find triggers (:mod:`matcher`), drop the ones that are only the
content of a request, offer, rejection or threat ("called for sanctions"),
find source and target phrases (:mod:`arguments`) and the actors they stand for
(:mod:`referents`), read status and attribution (:mod:`modality`), and take
date and place from the event's own words, else from the document.

Decisions worth knowing (also in the package README text):

* A promised cooperative act is AGREE and an announced hostile act THREATEN,
  with the CAMEO "intent" code (``[intent]`` in plover.toml); status stays
  ``intended``.
* In a statement with issuers, an event whose sources are not issuers is
  ``reported`` with ``claimed_by`` = the issuers; "X said that ..." makes it
  ``reported`` with ``claimed_by`` = X, unless X is its source.
* A date not stated in the event's clause is the publication date (same
  precision); its ``field_evidence.date`` then points at the date line (or is
  empty), outside the event's evidence, and confidence drops by 10 %.  The same
  for the place, taken from the date line.
* CONSULT events with the same sources and targets and no date of their own
  are one meeting described several times: they merge into the first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..document import Document, Event, Span
from .arguments import noun_roles, verb_sources, verb_targets
from .cues import Cues, load_cues
from .matcher import Trigger, find_triggers
from .modality import Modality, clause_modality
from .ontology import Ontology, load_ontology
from .patterns import load_mode_cues, load_patterns
from .referents import Found, Referents

try:
    from ..resolve import dates as _dates_mod
except ImportError:  # pragma: no cover
    _dates_mod = None
try:
    from ..resolve import places as _places_mod
except ImportError:  # pragma: no cover
    _places_mod = None

_date_for_span = getattr(_dates_mod, "date_for_span", None)
_place_for_span = getattr(_places_mod, "place_for_span", None)

_DATE_PRECISION = {10: "day", 7: "month", 4: "year"}
_BLANK = re.compile(r"\n[ \t]*\n\s*")


def _load_nlp(name: str):
    from ..nlp.model import load_model

    return load_model(name)
_MODIFIER_DEPS = ("prep", "npadvmod", "advmod", "tmod", "obl", "nmod")


@dataclass
class Candidate:
    trig: Trigger
    sources: Found
    targets: Found
    modality: Modality
    depth: int
    lo: int        # token range of the event's own words
    hi: int
    sent: Any
    source_how: str = "own"
    extra: dict = field(default_factory=dict)
    base: int = 0   # offset of this parse in doc.text


class Coder:
    def __init__(self, settings: dict[str, Any] | None = None, nlp_name: str | None = None):
        settings = settings or {}
        self.ontology: Ontology = load_ontology()
        extra = [p for p in str(settings.get("extra_patterns", "") or "").split(",") if p.strip()]
        self.patterns = load_patterns(self.ontology, extra)
        self.mode_cues = load_mode_cues(self.ontology)
        self.cues: Cues = load_cues()
        self.min_confidence = float(settings.get("min_confidence", 0.0))
        self.max_tokens = int(settings.get("max_sentence_tokens", 150))
        self.max_sentences = int(settings.get("max_sentences", 2000))
        self.skip_sections = set(settings.get("skip_sections", ["header", "signature", "caption"]))
        self.nlp_name = nlp_name

    # -- document ------------------------------------------------------------
    def __call__(self, doc: Document) -> Document:
        sdoc = doc.scratch.get("spacy")
        doc.events = []
        if sdoc is None:
            doc.add_error("events.no_parse", "no spaCy parse: events not coded", stage="events")
            return doc
        refs = Referents(doc, self.cues)
        skip = [(s.start, s.end) for s in doc.sections if s.name in self.skip_sections]
        events: list[Event] = []
        for n, (sent, base) in enumerate(self._units(doc, sdoc)):
            if n >= self.max_sentences:
                doc.add_error("events.truncated",
                              f"only the first {self.max_sentences} sentences were coded", stage="events")
                break
            s0, s1 = base + sent.start_char, base + sent.end_char
            if any(a <= s0 and s1 <= b for a, b in skip):
                continue
            if self._is_caption(sent):
                continue
            refs.base = base
            events += self.code_sentence(doc, sent, refs, base)
        events = self._merge_meetings(events)
        for i, e in enumerate(events, start=1):
            e.id = f"e{i}"
        doc.events = [e for e in events if e.confidence >= self.min_confidence]
        return doc

    def _units(self, doc: Document, sdoc):
        """(sentence, offset) pairs.  A spaCy sentence running over a blank line or a
        section boundary (a title glued to a date line and the first paragraph) is
        cut there and its pieces parsed again on their own, so no event spans two blocks."""
        bounds = sorted({s.start for s in doc.sections} | {s.end for s in doc.sections})
        for sent in sdoc.sents:
            a, b = sent.start_char, sent.end_char
            cuts = [m.end() + a for m in _BLANK.finditer(doc.text[a:b])]
            cuts += [x for x in bounds if a < x < b]
            if not cuts or self.nlp_name is None:
                yield sent, 0
                continue
            nlp = _load_nlp(self.nlp_name)
            edges = [a, *sorted(set(cuts)), b]
            for lo, hi in zip(edges, edges[1:]):
                piece = doc.text[lo:hi]
                if not piece.strip():
                    continue
                for s in nlp(piece).sents:
                    yield s, lo

    def _is_caption(self, sent) -> bool:
        words = [t for t in sent if t.is_alpha]
        if len(words) < 3:
            return True
        if any(t.pos_ == "VERB" for t in sent):
            return False
        return any(t.lower_ in self.cues.caption_words for t in sent)

    # -- sentence ------------------------------------------------------------
    def code_sentence(self, doc: Document, sent, refs: Referents, base: int = 0) -> list[Event]:
        triggers = find_triggers(sent, self.patterns, self.max_tokens)
        if not triggers:
            return []
        by_tok = {tr.token.i: tr for tr in triggers}
        content = {tr.token.i for tr in triggers if self._is_content(tr, by_tok)}
        # Noun events whose source comes from an enclosing event noun: parents first.
        ordered = sorted(triggers, key=lambda tr: _depth(tr.token))
        memo: dict[int, list] = {}
        cands: list[Candidate] = []
        for tr in ordered:
            if tr.is_verb and _noun_infinitive(tr.token):
                continue   # "the right to return", "efforts to restore": not events
            c = self._candidate(doc, sent, tr, by_tok, memo, refs)
            if c is not None:
                c.base = base
            if c is not None:
                cands.append(c)
        # A target that is itself an event noun stands for that event's sources
        # ("condemned the assassination" -> the assassins), for the types that judge acts.
        by_noun = {c.trig.token.i: c for c in cands if not c.trig.is_verb}
        for c in cands:
            for h in c.extra.pop("event_targets", []):
                other = by_noun.get(h.i)
                if other is not None and c.trig.type in self.cues.event_target_types:
                    for a, sp in zip(other.sources.actors, other.sources.spans):
                        if a not in c.sources.actors:
                            c.targets.add([a], sp)
                    if not other.sources.actors:
                        for a, sp in zip(other.targets.actors, other.targets.spans):
                            if a not in c.sources.actors and c.trig.type == "REQUEST":
                                c.targets.add([a], sp)
        out = []
        for c in sorted(cands, key=lambda c: c.trig.token.i):
            if c.trig.token.i in content:
                continue
            e = self._event(doc, c)
            if e is not None:
                out.append(e)
        return out

    def _is_content(self, tr: Trigger, by_tok: dict) -> bool:
        x = tr.token
        for _ in range(8):
            h = x.head
            if h is x:
                return False
            g = by_tok.get(h.i)
            if g is not None and g is not tr:
                return g.type in self.cues.content_types and x.dep_ not in ("nsubj", "nsubjpass", "csubj")
            x = h
        return False

    def _candidate(self, doc, sent, tr: Trigger, by_tok, memo, refs: Referents) -> Candidate | None:
        t = tr.token
        trigger_idx = set(by_tok)
        if tr.is_verb:
            src_heads = verb_sources(t, obj=tr.obj)
            tgt_heads = verb_targets(tr)
            how = "own"
            mod = clause_modality(t, self.cues)
        else:
            src_heads, tgt_heads, how = noun_roles(tr, by_tok, memo, self.cues.light_verbs)
            light = t.head if t.dep_ in ("dobj", "obj", "pobj") and t.head.pos_ == "VERB" and \
                (t.head.lemma_ or "").lower() in self.cues.light_verbs else None
            mod = clause_modality(light, self.cues) if light is not None else Modality()
            if light is None:
                # A reported clause still attributes the event noun inside it.
                anchor = next((a for a in t.ancestors if a.pos_ == "VERB"), None)
                if anchor is not None:
                    outer = clause_modality(anchor, self.cues)
                    mod.speaker, mod.speaker_verb = outer.speaker, outer.speaker_verb
        if mod.wh_topic:
            return None
        sources = Found()
        for h in src_heads:
            if h.i in trigger_idx and h.i != t.i:
                continue
            f = refs.resolve(h, skip=trigger_idx)
            for a, sp in zip(f.actors, f.spans):
                sources.add([a], sp)
        targets = Found()
        event_targets = []
        for h in tgt_heads:
            if h.i in trigger_idx:
                event_targets.append(h)
                continue
            f = refs.resolve(h, skip=trigger_idx)
            for a, sp in zip(f.actors, f.spans):
                if a not in sources.actors:
                    targets.add([a], sp)
        if not tr.is_verb:
            memo[t.i] = src_heads
        lo, hi = _own_range(tr, src_heads, tgt_heads, sent)
        c = Candidate(tr, sources, targets, mod, _depth(t), lo, hi, sent, how)
        c.extra["event_targets"] = event_targets
        c.extra["target_heads"] = tgt_heads
        return c

    # -- event ---------------------------------------------------------------
    def _event(self, doc: Document, c: Candidate) -> Event | None:
        tr, sdoc = c.trig, c.sent.doc
        if not c.sources.actors and not c.targets.actors:
            return None
        type_, mode, cameo = tr.type, tr.mode, tr.cameo
        if mode is None:
            mode, cameo = self._refine_mode(type_, cameo, c)
        status = c.modality.status
        if status == "intended" and type_ in self.ontology.intent:
            type_, cameo = self.ontology.intent[type_]
            mode = None
        claimed_by: list[str] = []
        speaker = Found()
        if c.modality.speaker is not None:
            from_refs = Referents(doc, self.cues)
            speaker = from_refs.resolve(c.modality.speaker)
        if status == "asserted" or status == "reported":
            if speaker.actors and not set(speaker.actors) <= set(c.sources.actors):
                status, claimed_by = "reported", list(speaker.actors)
            elif not speaker.actors and doc.issuers and (
                    not c.sources.actors or not set(c.sources.actors) <= set(doc.issuers)):
                status, claimed_by = "reported", list(doc.issuers)
        elif speaker.actors:
            claimed_by = list(speaker.actors)
        elif doc.issuers and not set(c.sources.actors) <= set(doc.issuers):
            claimed_by = list(doc.issuers)

        b = c.base
        s0, s1 = b + sdoc[c.lo].idx, b + sdoc[c.hi].idx + len(sdoc[c.hi])
        sent = c.sent
        if sent.end_char - sent.start_char <= 600:
            evidence = doc.evidence(b + sent.start_char, _rstrip(doc.text, b + sent.start_char, b + sent.end_char))
        else:
            evidence = doc.evidence(s0, s1)
        fields: dict[str, list[Span]] = {
            "type": [Span(b + w.idx, b + w.idx + len(w)) for w in tr.words],
        }
        if c.sources.spans:
            fields["sources"] = c.sources.evidence()
        if c.targets.spans:
            fields["targets"] = c.targets.evidence()
        confidence = self._confidence(c)
        date, precision, date_spans, from_doc = self._date(doc, s0, s1, b + tr.token.idx)
        if date:
            fields["date"] = date_spans
            if from_doc:
                confidence *= 0.9
        place, place_spans = self._place(doc, s0, s1)
        if place:
            fields["place"] = place_spans
        return Event(
            id="", type=type_, evidence=evidence, mode=mode, cameo=cameo,
            sources=list(c.sources.actors), targets=list(c.targets.actors),
            date=date, date_precision=precision, place=place, status=status,
            claimed_by=claimed_by, negated=c.modality.negated,
            confidence=max(0.01, min(0.99, confidence)), fields=fields, pattern=tr.pattern.id,
        )

    def _refine_mode(self, type_: str, cameo: str, c: Candidate) -> tuple[str | None, str]:
        sdoc = c.sent.doc
        lemmas = {(w.lemma_ or w.lower_).lower() for w in sdoc[c.sent.start:min(c.sent.end, c.sent.start + self.max_tokens)]}
        lemmas |= {w.lower_ for w in sdoc[c.sent.start:min(c.sent.end, c.sent.start + self.max_tokens)]}
        heads = {(h.lemma_ or h.lower_).lower() for h in c.extra.get("target_heads", [])}
        for cue in self.mode_cues:
            if cue.type != type_:
                continue
            pool = lemmas if cue.where == "clause" else heads
            if pool & cue.cues:
                return cue.mode, cue.cameo
        return None, cameo

    def _confidence(self, c: Candidate) -> float:
        conf = 0.5
        conf += 0.2 if c.sources.actors else 0.0
        conf += 0.1 if c.targets.actors else 0.0
        conf += 0.03 * min(2, c.trig.pattern.specificity)
        conf += 0.1 if c.trig.is_verb else -0.05
        conf -= 0.04 * min(5, c.depth)
        if c.modality.status == "hypothetical":
            conf *= 0.85
        return conf

    def _date(self, doc: Document, s0: int, s1: int, at: int):
        if _date_for_span is not None:
            value, precision, mention = _date_for_span(doc, s0, s1)
            if value:
                spans = [Span(mention.start, mention.end)] if mention is not None else []
                return value, precision, spans, False
        else:
            inside = [d for d in doc.dates if d.value and s0 <= d.start and d.end <= s1]
            if inside:
                d = min(inside, key=lambda d: abs(d.start - at))
                return d.value, d.precision, [Span(d.start, d.end)], False
        pub = doc.published
        if pub and re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", pub):
            line = doc.section("dateline")
            spans = [Span(line.start, line.end)] if line is not None else []
            return pub, _DATE_PRECISION[len(pub)], spans, True
        return None, None, [], False

    def _place(self, doc: Document, s0: int, s1: int):
        if _place_for_span is not None:
            got = _place_for_span(doc, s0, s1)
            pid, span = _place_result(got)
            if pid:
                return pid, [span] if span is not None else []
        else:
            for p in doc.places:
                for m in p.mentions:
                    if s0 <= m.start and m.end <= s1 and p.confidence > 0:
                        return p.id, [m]
        line = doc.section("dateline")
        if line is not None:
            for p in doc.places:
                for m in p.mentions:
                    if line.start <= m.start and m.end <= line.end:
                        return p.id, [m]
        return None, []

    # -- document-level merge -------------------------------------------------
    def _merge_meetings(self, events: list[Event]) -> list[Event]:
        out: list[Event] = []
        first: dict[tuple, Event] = {}
        for e in events:
            if e.type != "CONSULT" or e.status not in ("asserted", "reported"):
                out.append(e)
                continue
            key = (tuple(sorted(e.sources)), tuple(sorted(e.targets)))
            own_date = bool(e.fields.get("date")) and _inside(e.fields["date"], e.evidence)
            prev = first.get(key)
            if prev is not None and not own_date:
                prev.fields.setdefault("mentions", []).append(Span(e.evidence.start, e.evidence.end))
                prev.confidence = min(0.99, prev.confidence + 0.02)
                continue
            first.setdefault(key, e)
            out.append(e)
        return out


def _place_result(got):
    if got is None:
        return None, None
    if isinstance(got, str):
        return got, None
    if isinstance(got, tuple):
        pid = got[0] if got else None
        pid = getattr(pid, "id", pid)
        span = next((x for x in got[1:] if hasattr(x, "start") and hasattr(x, "end")), None)
        return pid, (Span(span.start, span.end) if span is not None else None)
    return getattr(got, "id", None), None


def _inside(spans: list[Span], ev) -> bool:
    return any(ev.start <= s.start and s.end <= ev.end for s in spans)


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _noun_infinitive(t) -> bool:
    """A verb in an infinitive that modifies a noun ("the right to return")."""
    return t.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)


def _depth(t) -> int:
    d = 0
    while t.head is not t and d < 50:
        t = t.head
        d += 1
    return d


def _own_range(tr: Trigger, src_heads, tgt_heads, sent) -> tuple[int, int]:
    """Token range of the event's own words: trigger, its arguments and its modifiers."""
    toks = list(tr.words)
    for h in list(src_heads) + list(tgt_heads):
        toks.append(h)
        toks.append(h.left_edge)
    hosts = [tr.token] + ([tr.obj] if tr.obj is not None else [])
    for h in hosts:
        for ch in h.children:
            if ch.dep_ in _MODIFIER_DEPS or ch.dep_ in ("dobj", "pobj"):
                toks.append(ch.right_edge)
                toks.append(ch.left_edge)
    lo = max(sent.start, min(t.i for t in toks))
    hi = min(sent.end - 1, max(t.i for t in toks))
    return lo, hi
