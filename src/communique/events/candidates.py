"""Candidate events: a trigger with its sources, targets, modality and own words.

For each trigger of a sentence, the phrases that name its doers and the ones acted
on (:mod:`doers`, :mod:`arguments`), the actors they stand for (:mod:`referents`), the clause's
status and speaker (:mod:`modality`), and the token range of its own words (read
later for place and date, :mod:`attach`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..document import Document, Span
from .arguments import verb_targets
from .doers import is_passive, verb_sources
from .singled_addressees import singled_out_addressees
from .attach import Attached
from . import issuer_voice
from .cues import Cues
from .clause_parts import is_relative, says_will, shared_object, verb_objects
from .matcher import Trigger, disapproves
from .merge import restated_meeting
from .modality import Modality, clause_modality, in_condition
from .mutual_acts import is_joint
from .noun_roles import noun_roles
from .organ_owners import owned_organs
from .patterns import load_word_classes
from .found import Found
from .referents import Referents
from .stance_clauses import joiner_of
from .stance_data import load_stances
from .stances import felt_roles
from .token_table import token_table
from .triggers import OBLIGATION
from .vocatives import past_vocative
from .assured import promised

_PRONOUNS = {"they", "he", "she", "it", "we"}
# Entity types that never stand for an actor ("on Sunday", "three").
_NOT_ACTORS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"}
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
    base: int = 0   # offset of this parse in doc.text
    light: Any = None        # the light verb of an event noun ("launched an attack")
    verbal: bool = False     # a verb, or an event noun with a light verb
    # Heads of targets that are themselves event nouns (read once by linked_roles).
    event_targets: list = field(default_factory=list)
    target_heads: list = field(default_factory=list)   # for the mode cues of its targets
    restated: bool = False   # "the meeting discussed ...": more on a meeting told before
    attached: Attached | None = None   # its place and date, set by attach
    speaker: Found | None = None       # who tells it, set by build_event
    # The condemnation (investigation, protest) that tells this act to judge it
    # (events/judged_acts.py): the act happened, told by the judge.
    judged_by: "Candidate | None" = None
    # The event noun this judgment is about and its type ("condemns this attack"), set by
    # judged_acts.judged_nouns: two judgments of one act by one judge are one event.
    judges: tuple | None = None


def sentence_candidates(doc: Document, sent, triggers: list[Trigger], by_tok: dict,
                        refs: Referents, base: int, cues: Cues) -> list[Candidate]:
    """One candidate per trigger that names an actor and is no wh-topic."""
    # Noun events whose source comes from an enclosing event noun: parents first.
    ordered = sorted(triggers, key=lambda tr: tree_depth(tr.token))
    memo: dict[int, list] = {}
    cands: list[Candidate] = []
    for tr in ordered:
        c = build_candidate(doc, sent, tr, by_tok, memo, refs, cues)
        if c is not None and tr.is_verb and noun_infinitive(tr.token):
            # "an operation to arrest X": an aim, ranked low, never the main event
            c.modality.purpose = True
        if c is not None:
            c.base = base
        if c is not None:
            cands.append(c)
    return cands


def marked_sides(tr: Trigger, src_heads: list, tgt_heads: list) -> tuple[list, list]:
    """The sides a dictionary pattern's markers name ("NOTED + *": the verb's subject is
    the target): they replace the ones found on the parse.  A subject taken as the target
    leaves the source to the verb the clause depends on ("X noted that Y regretted ...": X),
    as PETRARCH takes it from the clause above."""
    if tr.source_at is not None:
        src_heads = [tr.source_at]
        tgt_heads = [h for h in tgt_heads if h.i != tr.source_at.i]
    if tr.target_at is not None:
        tgt_heads = [tr.target_at]
        src_heads = [h for h in src_heads if h.i != tr.target_at.i]
        if not src_heads and tr.source_at is None and tr.token.dep_ in ("ccomp", "xcomp", "conj"):
            src_heads = verb_sources(tr.token.head)
    return src_heads, tgt_heads


def light_verb(t, cues: Cues):
    """The light verb an event noun is the object of ("launched an attack", "declared
    a state of siege"), or None."""
    x = t
    if x.dep_ == "pobj" and x.head.lower_ == "of" and x.head.head.pos_ == "NOUN" \
            and x.head.head.dep_ in ("dobj", "obj"):
        x = x.head.head   # "a state of siege", "a wave of strikes"
    h = x.head
    if x.dep_ in ("dobj", "obj", "pobj") and h.pos_ == "VERB" and \
            (h.lemma_ or "").lower() in cues.light_verbs:
        return h
    return None


def build_candidate(doc, sent, tr: Trigger, by_tok, memo, refs: Referents, cues: Cues) -> Candidate | None:
    """The candidate event of trigger ``tr``, or None for a wh-topic ("what X did")."""
    t = tr.token
    trigger_idx = set(by_tok)
    if tr.is_verb:
        src_heads = verb_sources(t, obj=tr.obj)
        if t.dep_ == "acl":   # "we join (add our voice to) those calling on X": who joins them
            src_heads = [joiner_of(h, load_stances()) or h for h in src_heads]
        tgt_heads = verb_targets(tr)
        tgt_heads += singled_out_addressees(tr, tgt_heads)   # "we thank the EU, notably X, ..."
        if not tgt_heads and tr.type in cues.speech_act_types:
            tgt_heads = shared_object(t)   # "we condemn and reject X" (a speech act: clause_parts)
        src_heads, tgt_heads = marked_sides(tr, src_heads, tgt_heads)
        felt = felt_roles(tr)
        if felt is not None:   # "we are appalled by X": the feeler judges X (events/stances.py)
            src_heads, tgt_heads = felt
        mod = clause_modality(t, cues)
        if mod.own_intent is not None and mod.status == "asserted" and tr.type not in cues.speech_act_types:
            # "we intend / hope to work with X": the speaker's intent of an act that is no speech
            # act (said by the intent verb, "I would like to thank X", a speech act is done)
            mod.status = "intended"
    else:
        # ("Detainees sustained torture": a verb of undergoing makes no doer of an act of force)
        keeping = cues.light_verbs - cues.undergoing_light_verbs if tr.type in cues.suffered_types \
            else cues.light_verbs
        src_heads, tgt_heads, _how = noun_roles(tr, by_tok, memo, keeping)
        light = light_verb(t, cues)
        mod = clause_modality(light, cues) if light is not None else Modality()
        if light is None:
            # A reported clause still attributes the event noun inside it.
            anchor = next((a for a in t.ancestors if a.pos_ == "VERB"), None)
            if anchor is not None:
                outer = clause_modality(anchor, cues)
                mod.speaker, mod.speaker_verb = outer.speaker, outer.speaker_verb
    if not tr.is_verb and any(c.dep_ == "det" and c.lower_ == "any" for c in t.children):
        mod.status, mod.generic = "hypothetical", True   # "any attack by X will be met with ..."
    elif not tr.is_verb and light is None and in_condition(t, cues):
        # "if X attacks again, we will respond": only supposed, no act at all (nor, read as
        # hypothetical, a threat by the supposed attacker)
        return None
    if mod.wh_topic:
        return None
    if tr.negation_read:
        mod.negated = False   # "will not allow": the refusal is the act (events/stances.py)
    if tr.pattern is OBLIGATION:
        src_heads = verb_sources(t)
        tgt_heads = [s for c in t.children if c.dep_ == "ccomp"
                     for s in c.children if s.dep_ in ("nsubj", "nsubjpass")][:2]
        mod = Modality()
    # "X said they would ...": the pronoun is the speaker.
    # "X said his (its) country (government) would ...": the speaker's own state.
    if mod.speaker is not None:
        src_heads = [mod.speaker if (h.pos_ == "PRON" and h.lower_ in _PRONOUNS) or _own_state(h, cues) else h
                     for h in src_heads]
    # ("Madam President, X condemns ...": the one spoken to is no side)
    src_heads = [h for h in past_vocative(src_heads) if names_actor(h)]
    # (but one assured of a stance is its target: "rest assured, Madam President, of our support")
    tgt_heads = [h for h in (tgt_heads if promised(tr) else past_vocative(tgt_heads)) if names_actor(h)]
    sources = Found()
    for h in src_heads:
        if h.i in trigger_idx and h.i != t.i:
            continue
        f = owned_organs(doc, refs, h, refs.resolve(h, skip=trigger_idx))
        if issuer_voice.own_voice_subject(doc, cues, tr, h, mod) and not any(
                (a := doc.actor(i)) is not None and a.country for i in f.actors):
            # "The Ministry calls on X", "This statement condemns ...": the issuer speaks
            lo, hi = h.left_edge, h.right_edge
            sources.add(list(doc.issuers), Span(refs.base + lo.idx, refs.base + hi.idx + len(hi)))
            continue
        for a, sp in zip(f.actors, f.spans):
            sources.add([a], sp)
    if issuer_voice.says_own_formula(doc, tr, sources.actors, mod, cues):
        mod.status = "asserted"   # "Palau would like to thank X": the issuer's formula, said
    if issuer_voice.declares_own_stance(doc, tr, sources.actors, mod, cues):
        mod.status = "asserted"   # "we will always support X": a stance held now (issuer_voice)
    if not sources.actors and issuer_speaks(doc, tr, src_heads, mod, cues):
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
    refs.places_as_countries = tr.type in cues.place_target_types
    refs.for_target = True
    # an act accused or rejected leads to its doer ("reject the division of X by Y": Y)
    refs.accusing = tr.type in ("ACCUSE", "REJECT")
    # disapproval (CAMEO 11x), not an investigation (09x, also ACCUSE in PLOVER)
    # (and a rejection: "we reject any interference in X's affairs" rejects no X)
    refs.deploring = disapproves(tr)
    for h in tgt_heads:
        if h.i in trigger_idx:
            event_targets.append(h)
            continue
        f = owned_organs(doc, refs, h, refs.resolve(h, skip=trigger_idx))
        for a, sp in zip(f.actors, f.spans):
            if a not in sources.actors:
                targets.add([a], sp)
    refs.places_as_countries = refs.for_target = refs.accusing = refs.deploring = False
    joint = is_joint(tr.type, tr.cameo)
    if joint and not targets.actors and len(sources.actors) > 1:
        # "Chile and Argentina signed a treaty" in Chile's statement: Chile's act, with Argentina
        sources, targets = _joint(doc, sources)
    light = None
    if not tr.is_verb:
        memo[t.i] = src_heads
        light = light_verb(t, cues)
    lo, hi = own_range(tr, src_heads, tgt_heads, sent)
    if tr.is_verb:
        event_targets += [h for h in _content_heads(tr, cues) if h.i in trigger_idx and h not in event_targets]
    depth = clause_depth(t, cues)
    if not tr.is_verb:
        # "began a hunger strike": as high as its verb; other event nouns one level down.
        depth = clause_depth(light, cues) if light is not None else clause_depth(t, cues) + 1
    c = Candidate(tr, sources, targets, mod, depth, lo, hi, sent)
    c.verbal = tr.is_verb or light is not None
    c.light = light
    c.event_targets = event_targets
    c.target_heads = tgt_heads
    c.restated = restated_meeting(tr, by_tok)
    return c




def _joint(doc, sources: Found) -> tuple[Found, Found]:
    """The issuer's own doers stay the sources; its partners become the targets."""
    partners = set(issuer_voice.joint_partners(doc, sources.actors))
    own, others = Found(), Found()
    for a, sp in zip(sources.actors, sources.spans):
        (others if a in partners else own).add([a], sp)
    return (own, others) if partners else (sources, Found())


def _content_heads(tr: Trigger, cues: Cues) -> list:
    """Event nouns in the verb's content ("called for sanctions against X")."""
    t = tr.token
    content_heads = [p for c in t.children if c.dep_ == "prep" and c.lower_ == tr.pattern.need_prep
                     for p in c.children if p.dep_ == "pobj"]
    if tr.pattern.object_is_content or tr.obj is not None:
        content_heads += [o for o in t.children if o.dep_ in ("dobj", "obj")]
    if not verb_objects(t):
        # "denounced as a crime Serbia's suppression of ...": the object moved
        # after the "as" phrase, which the parser reads as an apposition
        content_heads += [a for c in t.children if c.dep_ == "prep" and c.lower_ == "as"
                          for p in c.children if p.dep_ == "pobj"
                          for a in p.children if a.dep_ == "appos"]
    if tr.type in cues.event_target_types:
        # "complained over Israeli air raids", "protested against the arrests":
        # the act complained of, whose doers are the target.
        # (backing someone "against" an act names the act opposed: its doers are no one
        # backed, "stood with X against the occupation by Y")
        words = load_word_classes()
        preps = [w for w in words["grievance_preps"] if not (w in words["opposed_preps"] and tr.type == "SUPPORT")]
        content_heads += [p for c in t.children if c.dep_ == "prep" and c.lower_ in preps
                          for p in c.children if p.dep_ == "pobj"]
    return content_heads


def issuer_speaks(doc, tr: Trigger, src_heads, mod, cues: Cues) -> bool:
    """A speech act with no doer named (or only the occasion of speaking), said in the
    statement's own voice (no other speaker, not passive): the issuer's."""
    t = tr.token
    if not doc.issuers or not tr.is_verb or tr.type not in cues.speech_act_types:
        return False
    if mod.speaker is not None or t.dep_ == "amod":
        return False
    if is_passive(t) and not (
            # "X must be held accountable", "any violation will be met with a firm response":
            # no agent, the speaker's own demand or warning
            not any(c.dep_ == "agent" for c in t.children)
            and (any(c.dep_ == "aux" and c.lower_ in cues.obligation_aux for c in t.children)
                 or (tr.type == "THREATEN" and says_will(t))
                 or (tr.type == "REQUEST" and _said_now_passive(t)))):
        return False
    # ("it is my honour to thank ...", "it gives me pleasure to ...": an "it" of the clause above)
    return all((h.lemma_ or h.lower_).lower() in cues.occasion_nouns or (h.lower_ == "it" and h.head != t
                                                                         and _speakers_formula(h.head))
               for h in src_heads)


def _said_now_passive(t) -> bool:
    """ "All parties are called upon to ...", "X is invited to ...": a main clause in the present
    passive with no other auxiliary, said by no one named, is the statement's own act."""
    aux = [c for c in t.children if c.dep_ in ("aux", "auxpass")]
    return t.dep_ == "ROOT" and len(aux) == 1 and aux[0].dep_ == "auxpass" and aux[0].tag_ in ("VBZ", "VBP") \
        and (t.lemma_ or t.lower_).lower() in load_word_classes()["asked_in_passive"]


def _speakers_formula(v) -> bool:
    """The clause of an "it" is the speaker's own formula: "it is my honour", "it gives me
    (great) pleasure", "it is an honour for us" (not "the Council met. It decided to ...")."""
    first = ("me", "us")
    return any((c.dep_ in ("dative", "dobj") and c.lower_ in first)
               or (c.dep_ in ("attr", "dobj") and any(g.dep_ == "poss" and g.lower_ in ("my", "our")
                                                      for g in c.children))
               or (c.dep_ == "prep" and c.lower_ == "for" and any(g.lower_ in first for g in c.children))
               for c in v.children)


def _own_state(h, cues: Cues) -> bool:
    """ "his country", "its government", "their nation": a state noun (cues self_heads) whose
    only owner is a third-person possessive pronoun."""
    if h.pos_ != "NOUN" or (h.lemma_ or h.lower_).lower() not in cues.self_heads:
        return False
    poss = [c for c in h.children if c.dep_ == "poss"]
    return len(poss) == 1 and poss[0].tag_ == "PRP$" and poss[0].lower_ not in cues.first_person \
        and poss[0].lower_ not in load_word_classes()["second_person"] and not any(
            c.dep_ in ("amod", "compound", "nummod", "prep") and c.lower_ != "own" for c in h.children)


def clause_depth(t, cues: Cues) -> int:
    """Subordinate clauses between a word and its sentence's main clause: "while
    searching", "which started", "to protest" count; a reported clause ("X said
    that Y attacked") does not, the saying being no event."""
    sdoc = t.doc   # (read from the parse's table: a Token made only for a ccomp's head)
    tab = token_table(sdoc)
    heads, deps = tab.head, tab.dep
    n, x = 0, t.i
    for _ in range(12):
        h = heads[x]
        if h == x:
            break
        dep = deps[x]
        if dep in ("advcl", "relcl", "acl", "pcomp", "csubj"):
            n += 1
        elif dep == "ccomp" and (sdoc[h].lemma_ or "").lower() not in cues.reporting:
            n += 1
        x = h
    return n


def names_actor(h) -> bool:
    """Whether a side's head may name an actor: not a date, time or number ("on Sunday",
    "three"), nor a relative pronoun standing for one ("on 10 March, which killed ...")."""
    if is_relative(h) and h.dep_ in ("nsubj", "nsubjpass") and h.head.dep_ == "relcl":
        h = h.head.head
    return h.ent_type_ not in _NOT_ACTORS or has_of(h)


def has_of(t) -> bool:
    """ "thousands of Nigerians": a number standing for what it counts."""
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children)


def noun_infinitive(t) -> bool:
    """A verb in an infinitive that modifies a noun ("the right to return")."""
    return t.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)


def tree_depth(t) -> int:
    """Steps from a token up to its sentence root (at most 50)."""
    heads = token_table(t.doc).head   # (no Token made per step)
    d, i = 0, t.i
    while heads[i] != i and d < 50:
        i = heads[i]
        d += 1
    return d


def own_range(tr: Trigger, src_heads, tgt_heads, sent) -> tuple[int, int]:
    """Token range of the event's own words: trigger, its arguments and its modifiers."""
    toks = list(tr.words)
    for h in list(src_heads) + list(tgt_heads):
        toks.append(h)
        toks.append(h.left_edge)
    hosts = [tr.token] + ([tr.obj] if tr.obj is not None else [])
    for h in hosts:
        sdoc = h.doc   # (children read from the parse's table: a Token made only for those kept)
        tab = token_table(sdoc)
        for k in tab.kids(h.i):
            if tab.dep[k] in _MODIFIER_DEPS or tab.dep[k] in ("dobj", "pobj"):
                ch = sdoc[k]
                toks.append(ch.right_edge)
                toks.append(ch.left_edge)
    lo = max(sent.start, min(t.i for t in toks))
    hi = min(sent.end - 1, max(t.i for t in toks))
    return lo, hi
