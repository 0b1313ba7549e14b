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
* Place and date come from the event's own words, then the acts it is told with,
  then the sentence's free words (:mod:`attach`); the tellings of one happening in
  a document become one event with ``evidence_more`` (:mod:`merge`).
* CONSULT events with the same sources and targets and no date of their own
  are one meeting described several times: they merge into the first; so does
  "the meeting discussed ..." (a definite meeting noun as subject) into the last
  meeting told, whoever the parser took for its subject.
* An act done in a place with no other target is done to the place's country
  ("lifted the curfew in X"); meetings and speech acts are not.
* A group with no country of its own ("Islamic fundamentalists", "Yoruba
  leaders"), or a person named with a state office, acting in a sentence that
  names exactly one country is of that country.
* Background acts (temporal clauses "after X did Y", relative clauses, reduced
  relatives, "during/amid <event>") are kept, marked ``fields["background"]`` and
  ranked lower (:mod:`background`).
* "Named actor X said Y attacked Z" adds X's allegation against Y (ACCUSE 112, at
  0.8 x the act's confidence; :mod:`allegations`).  An attack with no doer named,
  launched "from" a place, is by that place's country.  "X hoped Y would be
  punished" with no doer named is a wish, not an event.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..document import Document, Event, Span
from . import arguments as _arguments
from .allegations import allegation
from .arguments import noun_roles, verb_sources, verb_targets
from .attach import attach
from .merge import MARK as REMENTION
from .merge import merge_happenings, remention_word
from .background import background_marker, misparsed_reduced_relative
from .cues import Cues, load_cues
from .dict_matcher import DictPatterns
from .dictionary import SOURCE as DICTIONARY_SOURCE
from .dictionary import load_verb_dictionary
from .matcher import Trigger, find_triggers
from .matcher import verb_objects as verb_objects_of
from .modality import Modality, clause_modality
from .ontology import Ontology, OntologyError, load_ontology
from .patterns import Pattern, load_mode_cues, load_patterns
from .referents import Found, Referents, place_country_actor

_PRONOUNS = {"they", "he", "she", "it", "we"}
_MATERIAL = {"ASSAULT", "COERCE", "AID", "MOBILIZE", "COOPERATE", "PROTEST", "SANCTION", "RETREAT"}
# Entity types that never stand for an actor ("on Sunday", "three").
_NOT_ACTORS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"}
_BLANK = re.compile(r"\n[ \t]*\n\s*")


def _load_nlp(name: str):
    from ..nlp.model import load_model

    return load_model(name)
_MODIFIER_DEPS = ("prep", "npadvmod", "advmod", "tmod", "obl", "nmod")
_GRIEVANCE_PREPS = ("over", "about", "against")
_PLACEABLE_KINDS = {"group", "armed_group", "party"}
# Acts done by people where they live: a crowd protesting in X is of X.
_LOCAL_ACT_TYPES = {"PROTEST"}
# Acts whose "from <place>" names where the doers are ("rockets fired from X").
_LAUNCHED_FROM_TYPES = {"ASSAULT"}


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
        mode = str(settings.get("petrarch_verbs", "off") or "off")
        if mode not in ("off", "fallback", "specific"):
            raise OntologyError(f"[events] petrarch_verbs must be off, fallback or specific, not {mode!r}")
        if mode != "off":
            self.patterns.dictionary = load_verb_dictionary(str(settings.get("petrarch_verbs_dir", "") or ""))
            self.patterns.dictionary_mode = mode
            self.patterns.dictionary_defaults = bool(settings.get("petrarch_verb_defaults", False))
            self.patterns.dictionary_shared = bool(settings.get("petrarch_shared_patterns", False))
            self.patterns.dict_patterns = DictPatterns(self.ontology)
        self.mode_cues = load_mode_cues(self.ontology)
        self.cues: Cues = load_cues()
        _arguments.STATIVE.update(self.cues.stative_passives)
        _arguments.DOCUMENT_NOUNS.update(self.cues.document_nouns)
        _arguments.LIGHT_VERBS.update(self.cues.light_verbs)
        self.min_confidence = float(settings.get("min_confidence", 0.0))
        self.max_tokens = int(settings.get("max_sentence_tokens", 150))
        self.max_sentences = int(settings.get("max_sentences", 2000))
        self.skip_sections = set(settings.get("skip_sections", ["header", "signature", "caption"]))
        self.nlp_name = nlp_name
        self.obligation = Pattern("cues.toml:obligation_aux", "REQUEST", None, "100", "V", "say",
                                  "<reporting verb> that X must ...")

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
        events = merge_happenings(doc, events)
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
            # A cut in trailing whitespace splits nothing: keep only cuts with words
            # on both sides, so paragraph-final sentences are not parsed again.
            cuts = [x for x in cuts if doc.text[a:x].strip() and doc.text[x:b].strip()]
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

    def _light_verb(self, t):
        """The light verb an event noun is the object of ("launched an attack", "declared
        a state of siege"), or None."""
        x = t
        if x.dep_ == "pobj" and x.head.lower_ == "of" and x.head.head.pos_ == "NOUN" \
                and x.head.head.dep_ in ("dobj", "obj"):
            x = x.head.head   # "a state of siege", "a wave of strikes"
        h = x.head
        if x.dep_ in ("dobj", "obj", "pobj") and h.pos_ == "VERB" and \
                (h.lemma_ or "").lower() in self.cues.light_verbs:
            return h
        return None

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
        triggers += self._obligations(sent, {tr.token.i for tr in triggers})
        if not triggers:
            return []
        by_tok = {tr.token.i: tr for tr in triggers}
        content = {tr.token.i for tr in triggers if self._is_content(tr, by_tok)}
        for tr in triggers:
            g = self._governor(tr, by_tok) if tr.token.i in content else None
            if g is not None and not g.content_type:
                g.content_type = tr.type
        # Noun events whose source comes from an enclosing event noun: parents first.
        ordered = sorted(triggers, key=lambda tr: _depth(tr.token))
        memo: dict[int, list] = {}
        cands: list[Candidate] = []
        for tr in ordered:
            c = self._candidate(doc, sent, tr, by_tok, memo, refs)
            if c is not None and tr.is_verb and _noun_infinitive(tr.token):
                # "an operation to arrest X": an aim, ranked low, never the main event
                c.modality.purpose = True
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
                if other is not None and other.trig.type == c.trig.type == "REQUEST":
                    # "insisted on its demands that X grant ...": the demand's addressee
                    for a, sp in zip(other.targets.actors, other.targets.spans):
                        if a not in c.sources.actors:
                            c.targets.add([a], sp)
                    continue
                if other is not None and c.trig.type in self.cues.event_target_types:
                    for a, sp in zip(other.sources.actors, other.sources.spans):
                        if a not in c.sources.actors:
                            c.targets.add([a], sp)
                    if not other.sources.actors:
                        for a, sp in zip(other.targets.actors, other.targets.spans):
                            if a not in c.sources.actors and c.trig.type == "REQUEST":
                                c.targets.add([a], sp)
        self._join_passive_instruments(cands, content)
        self._misparsed_main_verbs(cands, refs, trigger_idx=set(by_tok))
        for _ in range(2):   # "send arms to help defend X": through the middle verb too
            self._borrow_targets(cands, content, by_tok)
        self._place_sources(doc, cands)
        self._place_targets(doc, cands, refs)
        self._place_unplaced_groups(doc, sent, base, cands)
        attach(doc, cands, content, sent, base)   # place and date from each event's own words
        out = []
        for c in sorted(cands, key=lambda c: c.trig.token.i):
            if c.trig.token.i in content:
                continue
            e = self._event(doc, c)
            if e is not None:
                out.append(e)
                spk = c.extra.get("speaker")
                derived = allegation(doc, e, c.modality.speaker, spk.actors if spk else [],
                                     c.modality.speaker_verb, base, self.cues)
                if derived is not None:
                    out.append(derived)
        return out

    @staticmethod
    def _misparsed_main_verbs(cands: list[Candidate], refs: Referents, trigger_idx: set[int]) -> None:
        """ "The journalist detained for X was released by police": the parser made
        "was released" a conjunct of "detained"; its passive subject is the journalist."""
        for c in cands:
            t = c.trig.token
            if not c.trig.is_verb or c.targets.actors or t.dep_ != "conj" \
                    or not misparsed_reduced_relative(t.head):
                continue
            for s in (x for x in t.head.children if x.dep_ == "nsubj"):
                f = refs.resolve(s, skip=trigger_idx)
                for a, sp in zip(f.actors, f.spans):
                    if a not in c.sources.actors:
                        c.targets.add([a], sp)

    def _join_passive_instruments(self, cands: list[Candidate], content: set[int]) -> None:
        """ "were killed in an Israeli air strike": one event, the strike's source and mode."""
        by_tok_c = {c.trig.token.i: c for c in cands}
        for c in cands:
            t = c.trig.token
            if not c.trig.is_verb or c.sources.actors or not _arguments.is_passive(t):
                continue
            for pr in t.children:
                if pr.dep_ != "prep" or pr.lower_ not in ("in", "during", "by"):
                    continue
                n = next((g for g in pr.children if g.dep_ == "pobj" and g.i in by_tok_c), None)
                if n is None:
                    continue
                other = by_tok_c[n.i]
                for a, sp in zip(other.sources.actors, other.sources.spans):
                    c.sources.add([a], sp)
                if other.trig.type == c.trig.type and other.trig.mode and not c.trig.mode:
                    c.trig.mode, c.trig.cameo = other.trig.mode, other.trig.cameo
                content.add(n.i)   # the noun is this same event
                break

    def _borrow_targets(self, cands: list[Candidate], content: set[int], by_tok: dict) -> None:
        """An event without a target takes the targets of the act it announces or
        serves: "agreed to lift embargoes on X", "began a hunger strike to protest X"."""
        by_tok_c = {c.trig.token.i: c for c in cands}
        for c in cands:
            if c.targets.actors or c.trig.token.i in content:
                continue
            anchor = c.trig.token
            for other in cands:
                if other is c or not other.targets.actors:
                    continue
                x, linked = other.trig.token, False
                for _ in range(4):
                    h = x.head
                    if h is x:
                        break
                    if h.i == anchor.i or (c.extra.get("light") is not None and h.i == c.extra["light"].i):
                        linked = (other.trig.token.i in content or other.modality.purpose
                                  or _purpose_clause(x))
                        break
                    if h.i in by_tok_c:
                        break
                    x = h
                if linked:
                    for a, sp in zip(other.targets.actors, other.targets.spans):
                        if a not in c.sources.actors:
                            c.targets.add([a], sp)

    @staticmethod
    def _place_sources(doc: Document, cands: list[Candidate]) -> None:
        """ "a rocket was fired at the town from the Gaza Strip": an attack with no doer
        named, launched from a place, is by that place's side (its country's actor), as
        event coders read it.  Only a place the phrase itself names (see _place_named_by)."""
        for c in cands:
            if c.sources.actors or c.trig.type not in _LAUNCHED_FROM_TYPES:
                continue
            hosts = [c.trig.token] + ([c.extra["light"]] if c.extra.get("light") is not None else [])
            for pr in (ch for h in hosts for ch in h.children if ch.dep_ == "prep" and ch.lower_ == "from"):
                pobj = next((g for g in pr.children if g.dep_ == "pobj"), None)
                span = _place_named_by(doc, pobj, c.base) if pobj is not None else None
                if span is None:
                    continue
                for a in place_country_actor(doc, *span):
                    if a not in c.targets.actors:
                        c.sources.add([a], Span(*span))
                if c.sources.actors:
                    break

    @staticmethod
    def _place_targets(doc: Document, cands: list[Candidate], refs: Referents) -> None:
        """ "lifted the curfew in X", "shelled the capital X", "declared a state of siege
        in X": an act done in a place with no other target is done to its country.  Only
        for an act with a known doer (a place alone makes no event), after the doers
        inherited from other events are in."""
        for c in cands:
            unplaced = [a for a in map(doc.actor, c.sources.actors)
                        if a is not None and not a.country and not a.known and a.kind in _PLACEABLE_KINDS]
            if unplaced and c.trig.type in _LOCAL_ACT_TYPES:
                # "people blocked streets in Hong Kong": a crowd acts where it lives
                for h in _arguments.locative_heads(c.trig):
                    span = _place_named_by(doc, h, c.base)
                    country = _place_country_in(doc, *span) if span else None
                    if country:
                        for a in unplaced:
                            a.country = country
                        break
            if c.targets.actors or not c.sources.actors or c.trig.type not in _arguments.LOCATIVE_TARGET_TYPES:
                continue
            sdoc = c.sent.doc
            for h in _arguments.locative_heads(c.trig):
                span = _place_named_by(doc, h, c.base)
                if span is None:
                    continue
                a0, a1 = span
                for a in place_country_actor(doc, a0, a1):
                    if a not in c.sources.actors:
                        c.targets.add([a], Span(a0, a1))
                if c.targets.actors:
                    break

    @staticmethod
    def _place_unplaced_groups(doc: Document, sent, base: int, cands: list[Candidate]) -> None:
        """A group with no country of its own ("Islamic fundamentalists", "the Umma
        party", "Yoruba leaders") acting in a sentence that names one country only (by
        its actors, persons or places) is of that country, as event coders read it.
        Persons are left alone: a foreign leader is often named beside one country."""
        s0, s1 = base + sent.start_char, base + sent.end_char
        countries: set[str] = set()
        for m in doc.mentions:
            if not (s0 <= m.start < s1):
                continue
            a = doc.actor(m.actor) if m.actor else None
            if a is not None and a.country:
                countries.add(a.country)
            p = doc.place(m.place) if m.place else None
            if p is not None and p.country:
                countries.add(p.country)
            if len(countries) > 1:
                return
        if len(countries) != 1:
            return
        (country,) = countries
        kb = doc.scratch.get("kb")
        for c in cands:
            for aid in c.sources.actors + c.targets.actors:
                a = doc.actor(aid)
                if a is None or a.country or a.known:
                    continue
                if a.kind in _PLACEABLE_KINDS or (a.kind == "person" and _holds_office(a, kb)):
                    a.country = country

    def _obligations(self, sent, taken: set[int]) -> list[Trigger]:
        """ "X said (concluded, warned) that Y must ...": a demand by X on Y."""
        out = []
        cues = self.cues
        for v in sent.doc[sent.start:min(sent.end, sent.start + self.max_tokens)]:
            lemma = (v.lemma_ or v.lower_).lower()
            if v.i in taken or v.pos_ != "VERB" or (lemma not in cues.reporting and lemma not in cues.obligation_verbs):
                continue
            for c in v.children:
                if c.dep_ != "ccomp":
                    continue
                modal = next((a for a in c.children if a.dep_ == "aux" and a.lower_ in cues.obligation_aux), None)
                if modal is None:
                    continue
                out.append(Trigger(v, self.obligation, "REQUEST", None, self.obligation.cameo, None, [v, modal]))
                break
        return out

    def _governor(self, tr: Trigger, by_tok: dict) -> Trigger | None:
        return self._governing(tr, by_tok)[0]

    def _is_content(self, tr: Trigger, by_tok: dict) -> bool:
        g, child = self._governing(tr, by_tok)
        return (g is not None and g.type in self.cues.content_types
                and child.dep_ not in ("nsubj", "nsubjpass", "csubj"))

    @staticmethod
    def _governing(tr: Trigger, by_tok: dict):
        """The nearest other trigger up the head chain (at most 8 steps), and the
        token just below it on the way there; (None, None) when there is none."""
        x = tr.token
        for _ in range(8):
            h = x.head
            if h is x:
                return None, None
            g = by_tok.get(h.i)
            if g is not None and g is not tr:
                return g, x
            x = h
        return None, None

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
            light = self._light_verb(t)
            mod = clause_modality(light, self.cues) if light is not None else Modality()
            if light is None:
                # A reported clause still attributes the event noun inside it.
                anchor = next((a for a in t.ancestors if a.pos_ == "VERB"), None)
                if anchor is not None:
                    outer = clause_modality(anchor, self.cues)
                    mod.speaker, mod.speaker_verb = outer.speaker, outer.speaker_verb
        if mod.wh_topic:
            return None
        if tr.pattern is self.obligation:
            src_heads = verb_sources(t)
            tgt_heads = [s for c in t.children if c.dep_ == "ccomp"
                         for s in c.children if s.dep_ in ("nsubj", "nsubjpass")][:2]
            mod = Modality()
        # "X said they would ...": the pronoun is the speaker.
        if mod.speaker is not None:
            src_heads = [mod.speaker if h.pos_ == "PRON" and h.lower_ in _PRONOUNS else h for h in src_heads]
        src_heads = [h for h in src_heads if h.ent_type_ not in _NOT_ACTORS or _has_of(h)]
        tgt_heads = [h for h in tgt_heads if h.ent_type_ not in _NOT_ACTORS or _has_of(h)]
        sources = Found()
        for h in src_heads:
            if h.i in trigger_idx and h.i != t.i:
                continue
            f = refs.resolve(h, skip=trigger_idx)
            for a, sp in zip(f.actors, f.spans):
                sources.add([a], sp)
        if not sources.actors and self._issuer_speaks(doc, tr, src_heads, mod):
            # "This is the moment to denounce ...", "we take this opportunity to thank ...":
            # a speech act with no doer of its own is the statement's (its word is the evidence)
            sources.add(doc.issuers, Span(refs.base + t.idx, refs.base + t.idx + len(t)))
        targets = Found()
        event_targets = []
        # A thing given or offered is no target when a "to X" names the receiver.
        if tr.is_verb and any(h.dep_ == "pobj" and (h.ent_type_ or h.pos_ in ("PROPN", "PRON"))
                              for h in tgt_heads):
            tgt_heads = [h for h in tgt_heads if not (h.dep_ in ("dobj", "obj") and h.pos_ == "NOUN"
                                                      and not h.ent_type_)]
        refs.places_as_countries = tr.type in self.cues.place_target_types
        refs.for_target = True
        refs.accusing = tr.type == "ACCUSE"
        for h in tgt_heads:
            if h.i in trigger_idx:
                event_targets.append(h)
                continue
            f = refs.resolve(h, skip=trigger_idx)
            for a, sp in zip(f.actors, f.spans):
                if a not in sources.actors:
                    targets.add([a], sp)
        refs.places_as_countries = refs.for_target = refs.accusing = False
        light = None
        if not tr.is_verb:
            memo[t.i] = src_heads
            light = self._light_verb(t)
        lo, hi = _own_range(tr, src_heads, tgt_heads, sent)
        if tr.is_verb:
            # Event nouns in the verb's content ("called for sanctions against X").
            content_heads = [p for c in t.children if c.dep_ == "prep" and c.lower_ == tr.pattern.need_prep
                             for p in c.children if p.dep_ == "pobj"]
            if tr.pattern.object_is_content or tr.obj is not None:
                content_heads += [o for o in t.children if o.dep_ in ("dobj", "obj")]
            if not verb_objects_of(t):
                # "denounced as a crime Serbia's suppression of ...": the object moved
                # after the "as" phrase, which the parser reads as an apposition
                content_heads += [a for c in t.children if c.dep_ == "prep" and c.lower_ == "as"
                                  for p in c.children if p.dep_ == "pobj"
                                  for a in p.children if a.dep_ == "appos"]
            if tr.type in self.cues.event_target_types:
                # "complained over Israeli air raids", "protested against the arrests":
                # the act complained of, whose doers are the target.
                content_heads += [p for c in t.children if c.dep_ == "prep" and c.lower_ in _GRIEVANCE_PREPS
                                  for p in c.children if p.dep_ == "pobj"]
            event_targets += [h for h in content_heads if h.i in trigger_idx and h not in event_targets]
        depth = self._clause_depth(t)
        if not tr.is_verb:
            # "began a hunger strike": as high as its verb; other event nouns one level down.
            depth = self._clause_depth(light) if light is not None else self._clause_depth(t) + 1
        c = Candidate(tr, sources, targets, mod, depth, lo, hi, sent, how)
        c.extra["verbal"] = tr.is_verb or light is not None
        c.extra["light"] = light
        c.extra["event_targets"] = event_targets
        c.extra["target_heads"] = tgt_heads
        c.extra["restated"] = _restated_meeting(tr, by_tok)
        return c

    def _issuer_speaks(self, doc, tr: Trigger, src_heads, mod) -> bool:
        """A speech act with no doer named (or only the occasion of speaking), said in the
        statement's own voice (no other speaker, not passive): the issuer's."""
        t = tr.token
        if not doc.issuers or not tr.is_verb or tr.type not in self.cues.speech_act_types:
            return False
        if mod.speaker is not None or _arguments.is_passive(t) or t.dep_ == "amod":
            return False
        return all((h.lemma_ or h.lower_).lower() in self.cues.occasion_nouns for h in src_heads)

    # -- event ---------------------------------------------------------------
    def _event(self, doc: Document, c: Candidate) -> Event | None:
        tr, sdoc = c.trig, c.sent.doc
        if not c.sources.actors and not c.targets.actors:
            return None
        type_, mode, cameo = tr.type, tr.mode, tr.cameo
        if tr.pattern.reverse:   # "received weapons from X": X gives
            c.sources, c.targets = c.targets, c.sources
            if not c.sources.actors and not c.targets.actors:
                return None
        if getattr(c.modality, "wished", False) and not c.sources.actors:
            return None   # "hoped X would be indicted": a wish, with no one to do it
        if mode is None:
            mode, cameo = self._refine_mode(type_, cameo, c)
        if tr.content_type:
            cameo = self.ontology.content_code(type_, cameo, tr.content_type)
        status = c.modality.status
        negated = c.modality.negated
        if negated and type_ in self.ontology.negated:
            # "would not give permission": a refusal (before intent: it is no promise)
            type_, cameo = self.ontology.negated[type_]
            mode, negated = None, False
        if c.modality.purpose and status == "asserted":
            status = "intended"   # the aim of another act; its type stays
        elif status in ("intended", "hypothetical") and type_ in self.ontology.intent \
                and not getattr(c.modality, "scheduled", False):
            # (a meeting "scheduled to" take place is a meeting, not an actor's intent)
            type_, cameo = self.ontology.intent[type_]
            mode = None
            if negated and type_ in self.ontology.negated:
                type_, cameo = self.ontology.negated[type_]
                negated = False
        claimed_by: list[str] = []
        speaker = Found()
        if c.modality.speaker is not None:
            from_refs = Referents(doc, self.cues)
            speaker = from_refs.resolve(c.modality.speaker)
        c.extra["speaker"] = speaker
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
        marker = background_marker(c.extra.get("light") or tr.token, self.cues)
        if marker is not None and marker is tr.token and misparsed_reduced_relative(tr.token):
            # "the civilians imprisoned for ... were released": the subject is the one imprisoned
            c.sources, c.targets = Found(), c.sources
        fields: dict[str, list[Span]] = {
            "type": [Span(b + w.idx, b + w.idx + len(w)) for w in tr.words],
        }
        if not tr.is_verb and remention_word(tr.token) is not None:
            fields[REMENTION] = []   # "the attack": read by merge_happenings, then dropped
        if c.extra.get("restated"):
            # Not part of the public record: read by the meeting merge, then dropped.
            fields["_restated"] = []
        if c.sources.spans:
            fields["sources"] = c.sources.evidence()
        if c.targets.spans:
            fields["targets"] = c.targets.evidence()
        confidence = self._confidence(c)
        if marker is not None:
            # told to situate the news ("two weeks after rebels kidnapped ..."): kept, marked, ranked lower
            fields["background"] = [Span(b + marker.idx, b + marker.idx + len(marker))]
            confidence *= 0.9
        got = c.extra["attached"]   # place and date of its own words (events/attach.py)
        date, precision, date_spans, from_doc = got.date, got.precision, got.date_spans, got.date_from_document
        if date:
            fields["date"] = date_spans
            if from_doc:
                confidence *= 0.9
        place, place_spans = got.place, got.place_spans
        if place:
            fields["place"] = place_spans
        return Event(
            id="", type=type_, evidence=evidence, mode=mode, cameo=cameo,
            sources=list(c.sources.actors), targets=list(c.targets.actors),
            date=date, date_precision=precision, place=place, status=status,
            claimed_by=claimed_by, negated=negated,
            confidence=max(0.01, min(0.99, confidence)), fields=fields, pattern=tr.pattern.id,
        )

    def _clause_depth(self, t) -> int:
        """Subordinate clauses between a word and its sentence's main clause: "while
        searching", "which started", "to protest" count; a reported clause ("X said
        that Y attacked") does not, the saying being no event."""
        n, x = 0, t
        for _ in range(12):
            h = x.head
            if h is x:
                break
            if x.dep_ in ("advcl", "relcl", "acl", "pcomp", "csubj"):
                n += 1
            elif x.dep_ == "ccomp" and (h.lemma_ or "").lower() not in self.cues.reporting:
                n += 1
            x = h
        return n

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
        conf += 0.1 if c.extra.get("verbal") else -0.05
        conf -= 0.08 * min(3, c.depth)
        if c.modality.status == "hypothetical":
            conf *= 0.85
        if c.modality.purpose:
            conf *= 0.75
        if c.trig.pattern.id.startswith(DICTIONARY_SOURCE + ":"):
            # a verb the own patterns leave out, read with a general news lexicon: ranked
            # below the acts the project's patterns code
            conf *= 0.85
        t = c.trig.token if c.extra.get("light") is None else c.extra["light"]
        if c.trig.type in _MATERIAL and t.tag_ in ("VBZ", "VBP") and c.modality.status == "asserted" \
                and not any(ch.dep_ in ("aux", "auxpass") for ch in t.children):
            # "The leader conducts attacks against ...": a habit described, not an act reported
            conf *= 0.75
        return conf

    # -- document-level merge -------------------------------------------------
    def _merge_meetings(self, events: list[Event]) -> list[Event]:
        out: list[Event] = []
        first: dict[tuple, Event] = {}
        last: Event | None = None   # the last meeting told
        for e in events:
            restated = e.fields.pop("_restated", None) is not None
            if e.type != "CONSULT" or e.status not in ("asserted", "reported"):
                out.append(e)
                continue
            key = (tuple(sorted(e.sources)), tuple(sorted(e.targets)))
            own_date = bool(e.fields.get("date")) and _inside(e.fields["date"], e.evidence)
            prev = first.get(key)
            if restated and last is not None and not own_date:
                # "the meeting discussed ...": the meeting told before, whoever the
                # parser took for the subject of "discussed".
                prev = last
            if prev is not None and not own_date:
                prev.fields.setdefault("mentions", []).append(Span(e.evidence.start, e.evidence.end))
                prev.evidence_more.append(e.evidence)
                prev.confidence = min(0.99, prev.confidence + 0.02)
                continue
            first.setdefault(key, e)
            last = e
            out.append(e)
        return out


def _place_named_by(doc: Document, h, base: int) -> tuple[int, int] | None:
    """The place mention a locative phrase's head names: the head itself ("in Haiti",
    "at this jail in X" gives X separately), its apposition ("the capital Kabul") or its
    "of" phrase ("the town of Gorazde"); never a place inside other words ("in an
    attack by Israeli forces" is no place)."""
    tokens = [h, *[c for c in h.children if c.dep_ in ("appos", "compound")]]
    tokens += [g for c in h.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj"]
    for t in tokens:
        at = base + t.idx
        for m in doc.mentions:
            if m.place and m.start <= at < m.end:
                return m.start, m.end
    return None


def _place_country_in(doc: Document, start: int, end: int) -> str | None:
    """The country of the first place named in [start, end), if the places stage knows it."""
    for m in doc.mentions:
        if m.place and start <= m.start and m.end <= end:
            p = doc.place(m.place)
            if p is not None and p.country:
                return p.country
    return None


def _holds_office(actor, kb) -> bool:
    """A person named with a state office ("President X", "Judge Y"): the office is of
    the one country the sentence names.  Clerics, rebels and foreigners' titles are not."""
    if kb is None:
        return False
    for role in actor.roles:
        for w in re.split(r"[\s-]+", role.title.lower()):
            agent = kb.agent(w)
            if agent is not None and agent.kind == "government" and not agent.generic:
                return True
    return False


def _purpose_clause(t) -> bool:
    """ "began a strike to demand ...", "sent troops to help ...": an infinitive
    clause saying what the act is for, or the verb an infinitive completes ("help defend")."""
    if t.dep_ in ("advcl", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in t.children):
        return True
    return t.dep_ == "xcomp" and t.head.dep_ == "advcl"


def _restated_meeting(tr: Trigger, by_tok: dict) -> bool:
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


def _inside(spans: list[Span], ev) -> bool:
    return any(ev.start <= s.start and s.end <= ev.end for s in spans)


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _has_of(t) -> bool:
    """ "thousands of Nigerians": a number standing for what it counts."""
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children)


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
