"""The event coder: spaCy parse + patterns -> PLOVER/CAMEO events with evidence.

Per sentence (:mod:`sentences`), the coder runs these steps, one module each:

1. **triggers** (:mod:`triggers`, over :mod:`matcher` and the compiled
   dictionaries): the words that name acts, less the ones that are only the
   content of a request, offer, rejection or threat ("called for sanctions");
2. **arguments** (:mod:`candidates`, :mod:`linked_roles`, :mod:`place_actors`):
   source and target phrases (:mod:`doers`, :mod:`arguments`) and the actors they stand for
   (:mod:`referents`), then what an act takes from the other acts of its sentence
   and from the places it names;
3. **place and date** from each event's own words (:mod:`attach`);
4. **modality and attribution** (:mod:`attribution`, over :mod:`modality`), then
   the event itself with its evidence and confidence (:mod:`build`), and a named
   speaker's allegation (:mod:`allegations`).

Then, per document, an act with no place or date of its own goes on with the scene of
the act told just before it (:mod:`scene`), and the tellings of one meeting and of one
happening become one event (:mod:`merge`).
"""

from __future__ import annotations


from ..config import EventsConfig, default_config
from ..document import Document, Event
from ..nlp.api import irregular_verbs, verb_bases
from . import doers
from .act_anaphors import pointed_act_doers
from .allegations import aids_violence, allegation, issuer_allegation
from .judged_conduct import condemned_act
from .attach import attach
from .background import temporal_clause_head
from .build import build_event, drop_own_government
from .own_side_accusations import drop_own_side_accused
from .candidates import sentence_candidates
from .clause_targets import clause_targets
from .coding_kb import coding_with
from .cues import Cues, load_cues
from .dict_patterns import DictPatterns
from .dict_sides import coded_ids, coded_only, fill_sides
from .dictionary import load_verb_dictionary
from .judged_acts import add_targets, judged_rementions
from .linked_roles import link_roles
from .merge import merge_happenings, merge_meetings
from .mutual_acts import each_other, reciprocal_object
from .own_claims import claimed_noun_act, own_claim, own_denial, told_as_telling
from .ontology import Ontology, load_ontology
from .patterns import load_mode_cues, load_patterns, load_word_classes
from .phrase_targets import prepositional_target
from .place_actors import country_evidence, place_sources, place_targets, place_unplaced_groups
from .referents import Referents
from .scene import carry_scene
from .sentences import is_caption, sentence_units
from .shared_stance import shared_stances
from .matcher import find_triggers
from .state_agents import place_state_forces
from .triggers import content_triggers, sentence_triggers


_APPROVING = ("SUPPORT", "AGREE", "COOPERATE", "AID")


def _approved(c, cands) -> bool:
    """The act ``c`` is told inside what another act of its sentence supports, agrees to or
    works with ("we support France, which has struck the camps")."""
    return any(d is not c and d.trig.type in _APPROVING and c.trig.token in d.trig.token.subtree
               for d in cands)


def _undirected(c, e) -> bool:
    """ "Ukraine is fighting to keep us safe", "wars are fought from X to Y": a verb of attack
    with no target and no object (what was fired, whom it struck) tells a struggle, not an act
    the statement can blame on its doer (a threat or a sanction stays one)."""
    t = c.trig.token
    return e.type == "ASSAULT" and not e.targets and c.trig.is_verb and not any(
        ch.dep_ in ("dobj", "obj", "dative", "attr") for ch in t.children)


def _defensive(c) -> bool:
    """ "X is fighting a war of self-defence", "a defensive war", "X acted in self-defence (when
    it ...)": a fight told as a defence, which a statement telling it does not blame on the
    fighter (word classes defence_words, defensive_modifiers)."""
    classes = load_word_classes()
    t = c.trig.token
    hosts = [t, *(ch for ch in t.children if ch.dep_ in ("dobj", "obj", "attr"))]
    if t.dep_ == "advcl":
        hosts.append(t.head)   # "X acted in self-defence when it shot down Y"
    for h in hosts:
        for ch in h.children:
            if ch.dep_ == "amod" and ch.lower_ in classes["defensive_modifiers"]:
                return True
            if ch.dep_ == "prep" and ch.lower_ in ("of", "in", "for") and any(
                    g.dep_ == "pobj" and (g.lemma_ or g.lower_).lower() in classes["defence_words"]
                    for g in ch.children):
                return True
    return False


class Coder:
    def __init__(self, settings: EventsConfig | None = None, nlp_name: str | None = None,
                 nlp_options: tuple[bool, ...] = ()):
        settings = settings or default_config().events
        self.ontology: Ontology = load_ontology()
        extra = [p for p in settings.extra_patterns.split(",") if p.strip()]
        self.patterns = load_patterns(self.ontology, extra)
        mode = settings.petrarch_verbs   # off, fallback, specific, refine or only: checked by the config model
        self.petrarch_only = mode == "only"
        if mode != "off":
            self.patterns.dictionary = load_verb_dictionary(settings.petrarch_verbs_dir)
            self.patterns.dictionary_mode = mode
            self.patterns.dictionary_defaults = settings.petrarch_verb_defaults
            self.patterns.dictionary_shared = settings.petrarch_shared_patterns
            self.patterns.dict_patterns = DictPatterns(self.ontology, final=mode == "only")
        self.mode_cues = load_mode_cues(self.ontology)
        self.cues: Cues = load_cues()
        doers.STATIVE.update(self.cues.stative_passives)
        doers.DOCUMENT_NOUNS.update(self.cues.document_nouns)
        doers.LIGHT_VERBS.update(self.cues.light_verbs)
        self.min_confidence = settings.min_confidence
        self.max_tokens = settings.max_sentence_tokens
        self.max_sentences = settings.max_sentences
        self.skip_sections = set(settings.skip_sections)
        self.nlp_name = nlp_name
        self.nlp_options = tuple(nlp_options)   # (as the parse stage loads the model)
        if nlp_name is not None:
            self.patterns.irregular = irregular_verbs(nlp_name, *self.nlp_options)
        # (the verbs' base forms: "due to land in X" is a schedule, no cause; events/attach.py)
        self.verb_bases = verb_bases(nlp_name, *self.nlp_options) if nlp_name else frozenset()

    def __call__(self, doc: Document) -> Document:
        # (the rules that see only parse tokens read the KB the actors stage resolved with)
        with coding_with(doc.workspace.kb):
            return self._code(doc)

    def _code(self, doc: Document) -> Document:
        sdoc = doc.workspace.spacy
        doc.events = []
        if sdoc is None:
            doc.add_error("events.no_parse", "no spaCy parse: events not coded", stage="events")
            return doc
        refs = Referents(doc, self.cues)
        skip = [(s.start, s.end) for s in doc.sections if s.name in self.skip_sections]
        events: list[Event] = []
        read_countries: dict[str, list] = {}   # actor id -> the words its country was read from
        long_sentences = []   # cut at max_tokens: a bound on the work per sentence
        for n, (sent, base) in enumerate(sentence_units(doc, sdoc, self.nlp_name, self.nlp_options)):
            if n >= self.max_sentences:
                doc.add_error("events.truncated",
                              f"only the first {self.max_sentences} sentences were coded", stage="events")
                break
            s0, s1 = base + sent.start_char, base + sent.end_char
            if any(a <= s0 and s1 <= b for a, b in skip):
                continue
            if is_caption(sent, self.cues):
                continue
            refs.base = base
            if len(sent) > self.max_tokens:
                long_sentences.append(s0)
            events += self.code_sentence(doc, sent, refs, base, told=events, read_countries=read_countries)
        if long_sentences:
            doc.add_error("notice.long_sentence",
                          f"{len(long_sentences)} sentence(s) longer than {self.max_tokens} tokens "
                          f"(the first at character {long_sentences[0]}): only their first "
                          f"{self.max_tokens} tokens were read for events", stage="events")
        if not self.petrarch_only:
            for e in events:
                drop_own_government(doc, e)
            events = drop_own_side_accused(doc, events)
        carry_scene(doc, events)   # an act told right after another goes on with its scene
        events = merge_meetings(events)
        events = merge_happenings(doc, events)
        for i, e in enumerate(events, start=1):
            e.id = f"e{i}"
            country_evidence(e, read_countries)
        doc.events = [e for e in events if e.confidence >= self.min_confidence]
        return doc

    @staticmethod
    def _coded_actor(doc: Document, e) -> bool:
        """Whether a side of ``e`` is an actor with a code (a country or an international body)."""
        by_id = {a.id: a for a in doc.actors}
        return any((a := by_id.get(x)) is not None and (a.country or a.kind in ("igo", "ngo"))
                   for x in [*e.sources, *e.targets])

    def code_sentence(self, doc: Document, sent, refs: Referents, base: int = 0,
                      told: list[Event] | None = None,
                      read_countries: dict[str, list] | None = None) -> list[Event]:
        """The events of one sentence (``base``: offset of its parse in ``doc.text``;
        ``told``: the document's events before it; ``read_countries`` gathers, by actor id,
        the words of the sentence a group's country was read from)."""
        if self.petrarch_only:
            # PETRARCH's coding: each verb the dictionary codes is an event of its own
            # (no obligations, no act taken as another's content)
            triggers = find_triggers(sent, self.patterns, self.max_tokens)
            # a verb inside a noun phrase ("a place to visit", "the talks held in X") only
            # describes the noun: PETRARCH takes events from the clause's verbs alone
            triggers = [tr for tr in triggers if not (tr.token.dep_ in ("acl", "relcl")
                                                      and tr.token.head.pos_ in ("NOUN", "PROPN", "PRON"))]
            # a verb whose complement clause holds a coded verb ("X said Y signed ...") carries
            # that event rather than coding one of its own
            at = {tr.token.i for tr in triggers}
            triggers = [tr for tr in triggers
                        if not any(w.i in at and w.i != tr.token.i for c in tr.token.children
                                   if c.dep_ == "ccomp" for w in c.subtree)]
            # an act in a temporal clause of a coded verb ("restored ties five years after
            # crowds burned its embassy") only situates that verb's act: TABARI codes the verb
            at = {tr.token.i for tr in triggers}
            triggers = [tr for tr in triggers
                        if (h := temporal_clause_head(tr.token, self.cues)) is None or h.i not in at]
        else:
            triggers = sentence_triggers(sent, self.patterns, self.cues, self.max_tokens)
        if not triggers:
            return []
        by_tok = {tr.token.i: tr for tr in triggers}
        content = set() if self.petrarch_only else content_triggers(triggers, by_tok, self.cues)
        cands = sentence_candidates(doc, sent, triggers, by_tok, refs, base, self.cues)
        link_roles(cands, content, by_tok, refs, self.cues)
        # "condemned the attack": the doers of the attack told before
        judged = judged_rementions(doc, cands, by_tok, told) if told else {}
        if told and not self.petrarch_only:
            # "... We condemn this provocation": the doers of the hostile act told just before
            judged.update(pointed_act_doers(doc, cands, by_tok, told, sent, base, judged))
        # Sides read from places come after the doers inherited from other events.
        place_sources(doc, cands)
        place_targets(doc, cands)
        place_state_forces(doc, cands)
        read = place_unplaced_groups(doc, sent, base, cands)
        if read_countries is not None:
            read_countries.update(read)
        attach(doc, cands, content, sent, base, self.verb_bases)   # place and date from each event's own words
        out = []
        for c in sorted(cands, key=lambda c: c.trig.token.i):
            if c.trig.token.i in content:
                continue
            e = build_event(doc, c, self.ontology, self.cues, self.mode_cues, self.max_tokens)
            if e is not None and self.petrarch_only and not self._coded_actor(doc, e):
                continue   # PETRARCH's actors are those its dictionaries code: none here
            if e is not None and self.petrarch_only:
                coded = coded_ids(doc)
                if self.patterns.dictionary.semantics == "sequence":
                    # TABARI's and PETRARCH-1's other side, by position, where the parse gave none
                    fill_sides(doc, e, c.trig.token, c.trig.words, refs, base, coded,
                               target=not getattr(c.trig.pattern, "reciprocal", False))
                coded_only(e, coded, doc)
            if e is not None and id(c) in judged:
                add_targets(e, judged[id(c)])
            if e is not None and not self.petrarch_only:
                # a statement's act: the party its clause names
                clause_targets(doc, e, c.trig.token, base, {d.trig.token.i for d in cands})
                # still none: the actor of a prepositional phrase ("offered mediation for X")
                prepositional_target(doc, e, c.trig.token, base)
            if e is not None:
                if self.petrarch_only:
                    # a symmetric code, a compound acting on itself: PETRARCH-1's events
                    out += self.patterns.dict_patterns.paired(e, c.trig.pattern)
                elif reciprocal_object(c.trig.token):
                    out += each_other(e)   # "X and Y accused each other": each the other's target
                else:
                    out.append(e)
                spk = c.speaker
                derived = allegation(doc, e, c.modality.speaker, spk.actors if spk else [],
                                     c.modality.speaker_verb, base, self.cues)
                as_telling = derived is not None
                if derived is None and not self.petrarch_only:
                    derived = issuer_allegation(doc, e, c.modality.speaker, self.cues,
                                                judged=c.judged_by is not None or _approved(c, cands)
                                                or _undirected(c, e) or _defensive(c),
                                                aiding_violence=aids_violence(c.trig),
                                                condemned=condemned_act(c.trig))
                if derived is None and not self.petrarch_only:
                    # "X said it had shelled Y": the doer's claim of its own act (015)
                    derived = own_claim(doc, e, c.modality.speaker, spk.actors if spk else [],
                                        c.modality.speaker_verb, base, self.cues)
                    if derived is None:
                        derived = claimed_noun_act(doc, e, c.trig.token, base)
                    as_telling = derived is not None
                if as_telling and not self.petrarch_only:
                    told_as_telling(e)   # CAMEO records the allegation or claim, not the act
                if derived is None and not self.petrarch_only:
                    derived = own_denial(doc, e, c.trig.token, base, self.cues)
                if derived is not None:
                    out.append(derived)
        if not self.petrarch_only:
            # "we call on X to condemn Y": the caller's own condemnation of Y
            for c in shared_stances(cands, content, by_tok):
                e = build_event(doc, c, self.ontology, self.cues, self.mode_cues, self.max_tokens)
                if e is not None:
                    out.append(e)
        return out
