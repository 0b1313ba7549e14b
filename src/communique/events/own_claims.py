"""A doer telling its own hostile act: a claim of responsibility (CAMEO 015), or denying it (016).

"The army said it had shelled the rebels' positions", "Chile claimed that its air force bombed
the camps": the shelling and the bombing are coded as they are told (ASSAULT, the doer as the
source); CAMEO also codes the telling itself, the doer acknowledging or claiming the act (015,
"acknowledge or claim responsibility"; PETRARCH-2's transformation ``a (a b ATTACK) SAY = a b
015``).  It is the twin of the allegation (events/allegations.py: a speaker telling another's
act, 112): the same reported hostile act, told by its own doer.

015 has no PLOVER type (CAMEO2PLOVER leaves the 01 statements out), so the derived event has
``type`` None: it carries a CAMEO code only, ranks below the act (0.8 x its confidence) and is
never a document's main event (events/main_event.py).  Only for an act said to have taken
place (asserted or reported, not negated): "X said it will strike" is a threat (138), not a
claim; only for an attack (ASSAULT: "police said they arrested ..." reports, it claims
nothing), only when the speaker is among the act's doers or of their side (allegations.same_side:
"the army said it had shelled", "it" read as the army's country),
or is a named actor owning the doers' phrase ("Chile said its air force bombed"), and never
a news outlet.  The same holds for the act named in the claim itself ("X claimed (took,
accepted) responsibility for the attack on Y": word class ``claiming_verbs``), whose doer the
claimer is (events/noun_roles.py answerable_party).

Its twin is the denial (016, "deny responsibility"): "X denied that its troops had shelled Y",
"the army denied it had attacked Y" (the attack is ``denied``, X among its doers or owning
them), "X denied (any) involvement in / responsibility for the attack on Y" (word class
``involvement_nouns``; the attack keeps the doers it has): the denier, 016, the attack's targets.
"""

from __future__ import annotations

from dataclasses import replace

from ..document import Event, Span
from .allegations import named_speaker, news_outlet, of_body, same_side
from .cues import Cues
from .merge import TOOK_PLACE
from .referents import Referents
from .patterns import load_word_classes

CAMEO = "015"
DENIAL = "016"
DENIAL_PATTERN = "cues.toml:denial_verbs/own_denial"
PATTERN = "cues.toml:reporting/own_claim"
_OWN = {"its", "their", "his", "her", "our", "my"}


def own_claim(doc, act: Event, speaker_token, speaker_actors: list[str], verb, base: int,
              cues: Cues) -> Event | None:
    """The event "the speaker claims its own act" (CAMEO 015, no PLOVER type), or None."""
    if act.type != "ASSAULT" or act.status not in TOOK_PLACE or act.negated:
        return None
    if not act.sources or not speaker_actors or "background" in act.fields:
        return None
    if speaker_token is None or news_outlet(speaker_token):
        return None
    if not (_one_side(doc, speaker_actors, act.sources) or _owns_doers(doc, speaker_token, act)):
        return None
    fields = _fields(act, ("date", "place", "targets"))
    if verb is not None:
        fields["type"] = [Span(base + verb.idx, base + verb.idx + len(verb))]
    fields["sources"] = [_phrase(speaker_token, base)]
    return _telling(act, CAMEO, speaker_actors, fields, PATTERN)


def claimed_noun_act(doc, act: Event, token, base: int) -> Event | None:
    """ "X claimed (took, accepted) responsibility (credit) for the attack on Y": the claim
    (015, no PLOVER type) of the act noun ``token``, whose doers are the claimer, or None."""
    if act.type != "ASSAULT" or act.negated or not act.sources or token.dep_ != "pobj" \
            or token.head.lower_ != "for":
        return None
    held, classes = token.head.head, load_word_classes()
    verb = held.head
    if (held.lemma_ or "").lower() not in classes["answerability_nouns"] \
            or held.dep_ not in ("dobj", "obj") or (verb.lemma_ or "").lower() not in classes["claiming_verbs"]:
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None   # "did not claim responsibility"
    fields = _fields(act, ("date", "place", "targets", "sources"))
    fields["type"] = [Span(base + verb.idx, base + held.idx + len(held))]
    return _telling(act, CAMEO, act.sources, fields, PATTERN)


def own_denial(doc, act: Event, token, base: int, cues: Cues) -> Event | None:
    """ "X denied that its troops attacked Y", "X denied involvement in the attack on Y": the
    denial of responsibility (016, no PLOVER type) by X, or None."""
    if act.type != "ASSAULT" or act.negated or "background" in act.fields:
        return None
    verb = _denying_verb(token, act, cues)
    if verb is None or any(c.dep_ == "neg" for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or news_outlet(subj):
        return None
    deniers = Referents(doc, cues).resolve(subj).actors
    if not deniers:
        return None
    if act.status == "denied" and not (_one_side(doc, deniers, act.sources) or _owns_doers(doc, subj, act)):
        return None
    fields = _fields(act, ("date", "place", "targets"))
    fields["type"] = [Span(base + verb.idx, base + verb.idx + len(verb))]
    fields["sources"] = [_phrase(subj, base)]
    return _telling(act, DENIAL, deniers, fields, DENIAL_PATTERN)


def _telling(act: Event, cameo: str, tellers: list[str], fields: dict, pattern: str) -> Event:
    """The derived event "``tellers`` claim / deny ``act``": a CAMEO code with no PLOVER type,
    the act's targets, ranked below the act (0.8 x its confidence)."""
    fields["claimed_act"] = list(act.fields.get("type", []))
    return replace(act, id="", type=None, mode=None, cameo=cameo, sources=list(tellers),
                   targets=list(act.targets), status="asserted", claimed_by=[], negated=False,
                   confidence=max(0.01, 0.8 * act.confidence), fields=fields, pattern=pattern)


def told_as_telling(act: Event) -> None:
    """A hostile act a speaker tells as another's (an allegation, 112) or as its own (a claim,
    015): in CAMEO the sentence's record is the telling, not the act (PETRARCH-2's
    transformations ``a (b . ATTACK) SAY = a b 112``, ``a (a b ATTACK) SAY = a b 015`` replace
    the act told).  The act stays a PLOVER event (its type, sides and evidence); it loses its
    CAMEO code, so the CAMEO data has the one record the field codes."""
    act.cameo = None
    act.fields.pop("cameo", None)


def _fields(act: Event, keys: tuple[str, ...]) -> dict:
    return {k: list(v) for k, v in act.fields.items() if k in keys}


def _phrase(token, base: int) -> Span:
    return Span(base + token.left_edge.idx, base + token.right_edge.idx + len(token.right_edge))


def _owns_doers(doc, speaker_token, act: Event) -> bool:
    """A named speaker owning the doers' phrase ("Chile said its air force bombed ...")."""
    return named_speaker(speaker_token) and any(
        doc.text[s.start:s.end].split(" ", 1)[0].lower() in _OWN for s in act.fields.get("sources", []))


def _denying_verb(token, act: Event, cues: Cues):
    """The verb of denial above the act: the one whose complement the act is (status
    ``denied``), or the one whose object is a part in the act noun ("denied involvement in")."""
    if act.status == "denied":
        x = token
        for _ in range(4):
            h = x.head
            if h.i == x.i:
                return None
            if x.dep_ in ("ccomp", "xcomp", "dobj", "pcomp") and (h.lemma_ or "").lower() in cues.denial_verbs:
                return h
            x = h
        return None
    if act.status not in TOOK_PLACE or token.dep_ != "pobj" or token.head.lower_ not in ("in", "for", "with", "to"):
        return None
    held = token.head.head
    verb = held.head
    if (held.lemma_ or "").lower() in load_word_classes()["involvement_nouns"] and held.dep_ in ("dobj", "obj") \
            and (verb.lemma_ or "").lower() in cues.denial_verbs:
        return verb
    return None


def _one_side(doc, tellers: list[str], doers: list[str]) -> bool:
    """The teller is among the doers, or every doer is of the teller's side ("the army denied
    it had shelled ...", "it" read as the army's country: allegations.same_side)."""
    if set(tellers) & set(doers):
        return True
    ts, ds = [doc.actor(a) for a in tellers], [doc.actor(a) for a in doers]
    return bool(ds) and all(any(same_side(t, d) for t in ts) and not of_body(doc, d) for d in ds)
