"""From a candidate to an :class:`Event`: type and mode, status and claim, evidence,
field evidence, confidence, and the place and date attached to its own words.

* A date not stated in the event's clause is the publication date (same
  precision); its ``field_evidence.date`` then points at the date line (or is
  empty), outside the event's evidence, and confidence drops by 10 %.  The same
  for the place, taken from the date line.
* Background acts (temporal clauses "after X did Y", relative clauses, reduced
  relatives, "during/amid <event>") are kept, marked ``fields["background"]`` and
  ranked lower (:mod:`background`); so is an act told to be judged ("condemned the
  shelling of X", :mod:`judged_acts`), ``reported`` and claimed by its judge.
* An event with no actor is none; "X hoped Y would be punished" with no doer
  named is a wish, not an event.
"""

from __future__ import annotations

from ..document import CoderMarks, Document, Event, Span
from .allegations import same_side
from .doers import is_passive
from .attribution import claims, modal_reading
from .cameo_parallel import parallel_code
from .background import background_marker, misparsed_reduced_relative
from .candidates import Candidate
from .cues import Cues
from .dictionary import SOURCE as DICTIONARY_SOURCE
from .merge import POINTING, TOOK_PLACE, accused_act_told, remention_word
from .ontology import Ontology
from .own_spending import own_spending
from .patterns import load_word_classes
from .found import Found
from .kept_targets import keep_targets
from .verbal_attacks import CRITICISM, criticized_things, drop_accord_parties
from .troop_movements import DEPLOYMENT, drop_moved, moves_troops
from .token_table import token_table

# Acts done with hands, not words: in the simple present they describe a habit.
_MATERIAL = {"ASSAULT", "COERCE", "AID", "MOBILIZE", "COOPERATE", "PROTEST", "SANCTION", "RETREAT"}


def build_event(doc: Document, c: Candidate, ontology: Ontology, cues: Cues,
                mode_cues: list, max_tokens: int) -> Event | None:
    """The event of candidate ``c``, or None when it names no actor or is only a wish.
    Sets ``c.speaker`` (read for the speaker's allegation)."""
    tr, sdoc = c.trig, c.sent.doc
    if not c.sources.actors and not c.targets.actors:
        return None
    type_, mode, cameo = tr.type, tr.mode, tr.cameo
    if type_ == "ASSAULT" and _test_launch(c):
        type_, mode, cameo = "MOBILIZE", None, "150"   # "test-fired a missile into the sea"
    if criticized_things(c.trig):
        type_, mode, cameo = CRITICISM   # "attacked the agreement": words, not arms
        drop_accord_parties(c)   # (no party of the accord is accused)
    if moves_troops(c):
        type_, mode, cameo = DEPLOYMENT   # "sent troops and tanks to X": a force moved
        drop_moved(c)
    if tr.pattern.reverse:   # "received weapons from X": X gives
        c.sources, c.targets = c.targets, c.sources
        if not c.sources.actors and not c.targets.actors:
            return None
    if type_ == "AID" and own_spending(doc, c):
        return None   # "allocated 5 million to its budget": spending, not aid
    if getattr(c.modality, "wished", False) and not c.sources.actors:
        return None   # "hoped X would be indicted": a wish, with no one to do it
    final = getattr(tr.pattern, "final", False)   # a dictionary code that stands (mode "only")
    if mode is None and not final:
        mode, cameo = refine_mode(type_, cameo, c, mode_cues, max_tokens)
    if tr.content_type and not final and type_ == "AGREE" and _promises_harm(ontology, tr):
        # "vowed (pledged) to strike X": a hostile act promised is announced, a threat
        type_, cameo = ontology.intent[tr.content_type]
        mode = None
    elif tr.content_type and not final:
        cameo = parallel_code(ontology, ontology.content_code(type_, cameo, tr.content_type), tr.content_cameo)
    read = modal_reading(ontology, type_, mode, cameo, c)
    type_, mode, cameo, status, negated = (type_, mode, cameo) + read[3:] if final else read
    status, claimed_by, speaker = claims(doc, c, status, cues)
    c.speaker = speaker
    judge = c.judged_by
    tellers = [a for a in judge.sources.actors if a not in c.sources.actors] if judge is not None else []
    if tellers and status in TOOK_PLACE:
        # "X condemned the shelling of Y": the shelling took place, as X tells it
        status, claimed_by = "reported", tellers

    b = c.base
    s0, s1 = b + sdoc[c.lo].idx, b + sdoc[c.hi].idx + len(sdoc[c.hi])
    sent = c.sent
    if sent.end_char - sent.start_char <= 600:
        evidence = doc.evidence(b + sent.start_char, rstrip_end(doc.text, b + sent.start_char, b + sent.end_char))
    else:
        evidence = doc.evidence(s0, s1)
    marker = background_marker(c.light or tr.token, cues)
    if marker is None and judge is not None:
        marker = judge.trig.token   # told to be judged: the judging word makes it background
    if marker is not None and marker is tr.token and misparsed_reduced_relative(tr.token):
        # "the civilians imprisoned for ... were released": the subject is the one imprisoned
        c.sources, c.targets = Found(), c.sources
    fields: dict[str, list[Span]] = {
        "type": [Span(b + w.idx, b + w.idx + len(w)) for w in tr.words],
    }
    if tr.code_words and cameo == tr.cameo:   # (the verb dictionary's code, not rewritten since)
        fields["cameo"] = [Span(b + w.idx, b + w.idx + len(w)) for w in tr.code_words]
    # what merge_happenings and merge_meetings read (never in the output)
    remention = not tr.is_verb and remention_word(tr.token) is not None   # "the attack"
    toll = casualty_clause(c)   # "eleven soldiers were killed": the toll of an attack told
    judged = judged_at = None
    if c.judges is not None:
        noun, judged = c.judges
        judged_at = b + noun.idx
        # "condemns this attack": the act judged before, judged again ("the ban" may
        # be told first in its judgment)
        remention = remention or any(d.dep_ == "det" and d.lower_ in POINTING for d in noun.children)
    elif type_ == "ACCUSE" and accused_act_told(tr.token):
        remention = True   # "accused X of the attack", "held X responsible for this attack"
    marks = CoderMarks(remention=remention or toll, toll=toll, judged=judged, judged_at=judged_at,
                       restated=bool(c.restated))
    drop_own_side_pronouns(doc, c)
    if c.sources.spans:
        fields["sources"] = c.sources.evidence()
    if c.targets.spans:
        fields["targets"] = c.targets.evidence()
    confidence = event_confidence(c)
    if marker is not None:
        # told to situate the news ("two weeks after rebels kidnapped ..."): kept, marked, ranked lower
        fields["background"] = [Span(b + marker.idx, b + marker.idx + len(marker))]
        confidence *= 0.9
    got = c.attached   # place and date of its own words (events/attach.py)
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
        marks=marks,
    )


def _test_launch(c: Candidate) -> bool:
    """A projectile launched as a test ("test-fired a missile") or into open waters ("fired
    two missiles into the sea"): a show of force (150) with no one hit, not an attack."""
    t, obj, classes = c.trig.token, c.trig.obj, load_word_classes()
    if not c.trig.is_verb or obj is None or (obj.lemma_ or obj.lower_).lower() not in classes["projectiles"]:
        return False
    if any(ch.lower_ in classes["weapon_tests"] for ch in t.children if ch.dep_ in ("npadvmod", "compound", "amod")):
        return True
    return any(po.dep_ == "pobj" and (po.lemma_ or po.lower_).lower() in classes["open_waters"]
               for pr in t.children if pr.dep_ == "prep" and pr.lower_ in ("into", "in") for po in pr.children)


def refine_mode(type_: str, cameo: str, c: Candidate, mode_cues: list, max_tokens: int) -> tuple[str | None, str]:
    """The PLOVER mode (and its CAMEO code) a cue word of the clause or of the targets names."""
    tab = token_table(c.sent.doc)   # (the clause's lemma keys and forms, no Token per word)
    a, b = c.sent.start, min(c.sent.end, c.sent.start + max_tokens)
    lemmas = set(tab.lemma[a:b]) | set(tab.lower[a:b])
    heads = {(h.lemma_ or h.lower_).lower() for h in c.target_heads}
    for cue in mode_cues:
        if cue.type != type_:
            continue
        pool = lemmas if cue.where == "clause" else heads
        if pool & cue.cues:
            return cue.mode, cue.cameo
    return None, cameo


def event_confidence(c: Candidate) -> float:
    """Higher with named doers and targets, a specific pattern and a verb of the main
    clause; lower for hypotheses, aims, dictionary-only verbs and habits."""
    conf = 0.5
    conf += 0.2 if c.sources.actors else 0.0
    conf += 0.1 if c.targets.actors else 0.0
    conf += 0.03 * min(2, c.trig.pattern.specificity)
    conf += 0.1 if c.verbal else -0.05
    conf -= 0.08 * min(3, c.depth)
    if c.modality.status == "hypothetical":
        conf *= 0.85
    if c.modality.purpose:
        conf *= 0.75
    if c.trig.pattern.id.startswith(DICTIONARY_SOURCE + ":"):
        # a verb the own patterns leave out, read with a general news lexicon: ranked
        # below the acts the project's patterns code
        conf *= 0.85
    t = c.trig.token if c.light is None else c.light
    if c.trig.type in _MATERIAL and t.tag_ in ("VBZ", "VBP") and c.modality.status == "asserted" \
            and not any(ch.dep_ in ("aux", "auxpass") for ch in t.children):
        # "The leader conducts attacks against ...": a habit described, not an act reported
        conf *= 0.75
    return conf


def rstrip_end(text: str, start: int, end: int) -> int:
    """``end`` moved back over trailing whitespace, not before ``start``."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def casualty_clause(c: Candidate) -> bool:
    """ "eleven soldiers were killed", "three soldiers were wounded": a passive verb of the
    class 'casualties' with no doer named counts the victims of an attack; told beside an
    attack of the document, it is that attack (a re-mention, :mod:`merge`), not another."""
    t = c.trig.token
    if not c.trig.is_verb or c.sources.actors or not is_passive(t) \
            or any(ch.dep_ == "agent" for ch in t.children):
        return False
    return (t.lemma_ or t.lower_).lower() in load_word_classes().get("casualties", ())


def drop_own_side_pronouns(doc: Document, c: Candidate) -> None:
    """ "The Government reaffirms its commitment to X", "Y expresses its support for Z": a
    pronoun the parse makes a target that stands for the doer's own side (the doer itself, or
    a state organ of the doer's state) is the doer's word for itself, not whom it acts on."""
    words = load_word_classes()["own_side_pronouns"]
    sources = [a for a in map(doc.actor, c.sources.actors) if a is not None]
    if not sources or not c.targets.actors:
        return
    keep = [(a, sp) for a, sp in zip(c.targets.actors, c.targets.spans)
            if not (doc.text[sp.start:sp.end].lower() in words
                    and any(same_side(s, doc.actor(a), stateless=False) for s in sources))]
    c.targets.actors, c.targets.spans = [a for a, _ in keep], [sp for _, sp in keep]


# Acts whose object may be the doer's own forces, sent or deployed ("sent hundreds of its
# soldiers to X"): those forces are what is sent, not whom the act is for.
_SENDING_TYPES = ("AID", "MOBILIZE")


def _owned_by_pronoun(doc: Document, a, e: Event, pronouns) -> bool:
    """An actor named in the event's sentence as "its X", "our X" (the doer's own)."""
    for m in a.mentions:
        if e.evidence.start <= m.start < e.evidence.end:
            first = doc.text[m.start:m.end].split()[:1]
            if first and first[0].lower() in pronouns:
                return True
    return False


def drop_own_government(doc: Document, e: Event) -> None:
    """ "We reaffirm the commitment of the Mongolian Government to X", "The Government of
    Mongolia is committed to X" in Mongolia's statement: a state's government as a whole
    (kind government, sector GOV) is the state itself under another name, never the target
    of an act that state does; its organs (parliament, army, police) may be, but not its own
    forces it sends ("Chad sent hundreds of its soldiers to Mali")."""
    states = {a.country for a in map(doc.actor, e.sources) if a is not None and a.country
              and (a.kind == "country" or (a.kind == "government" and a.sector in (None, "GOV")))}
    if not states or not e.targets:
        return
    sent = e.type in _SENDING_TYPES and load_word_classes()["own_side_pronouns"]
    drop = [i for i in e.targets if (a := doc.actor(i)) is not None and a.kind == "government"
            and a.country in states
            and (a.sector in (None, "GOV") or (sent and _owned_by_pronoun(doc, a, e, sent)))]
    if not drop:
        return
    keep_targets(doc, e, [i for i in e.targets if i not in drop])


def _promises_harm(ontology: Ontology, tr) -> bool:
    """A verb of promising (word class ``promise_verbs``) whose content is a hostile act: by
    plover.toml's [intent], a hostile act only announced is THREATEN, as CAMEO codes "threaten
    to ..." under 13, not an intent to cooperate (030)."""
    return (tr.is_verb and (tr.token.lemma_ or "").lower() in load_word_classes()["promise_verbs"]
            and ontology.intent.get(tr.content_type, ("",))[0] == "THREATEN")
