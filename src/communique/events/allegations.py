"""A reported hostile act is also its speaker's allegation.

"The monitoring group said six villagers died in an air raid by government
forces": the raid is coded (ASSAULT, ``reported``, claimed by the monitoring group),
and CAMEO (PETRARCH-2) also codes the monitoring group accusing the government forces
(112).  Analysts use the second to follow who alleges what against whom.

Only when the speaker is a named actor (a proper name: an organisation, a
government, a person named): generic agents ("officials said", "a police officer
said", "witnesses", "state media reported") relay news rather than accuse, and
media or medical sources (sector MED, or a name of a news outlet: "the Associated
Press", "state television") are excluded for the same reason.  Not when
the speaker is among the act's doers ("X claimed it attacked" is CAMEO 015, a
claim of responsibility), nor for a background act, nor when speaker and doers are
one side (:func:`same_side`: "the Ministry of Interior said security forces arrested
five suspects" is a state reporting its own forces' act, not accusing them).  The
derived event is ranked below the act (0.8 x its confidence), so it is never a
sentence's main event.  In a statement whose issuer is not the speaker it is ``reported``
and claimed by the issuer, as the issuer's telling of "X accused Y" is.
"""

from __future__ import annotations

from dataclasses import replace

from ..document import Event, Span
from .cues import Cues
from .patterns import load_word_classes

CAMEO = "112"
PATTERN = "cues.toml:reporting/allegation"
_NAMED_ENTS = ("PERSON", "ORG", "GPE", "NORP")
_RELAY_SECTORS = {"MED"}
_OWN = {"its", "their", "his", "her", "our", "my"}
# CAMEO sectors of the state: government, police, military, judiciary, legislature, intelligence.
STATE_SECTORS = {"GOV", "COP", "MIL", "JUD", "LEG", "SPY"}
_STATE_KINDS = {"country", "government"}
# Hostile acts of another state that a statement alleges by telling them (issuer_allegation).
ISSUER_ALLEGED = {"ASSAULT", "COERCE", "THREATEN", "SANCTION"}
# ... and CAMEO codes of other types that are hostile when done to a victim: defying the law
# or norms against someone ("violated the sovereignty / airspace of X", 128).
ISSUER_ALLEGED_CODES = {"128"}


def is_state(actor) -> bool:
    """A state actor: a country, or a government, police, military, court, parliament or
    intelligence body (by kind or CAMEO sector), or a body of states one state leads (an
    IGO with a country: "the Russian-led alliance")."""
    return actor.kind in _STATE_KINDS or (actor.sector or "").upper() in STATE_SECTORS \
        or (actor.kind == "igo" and bool(actor.country))


def same_side(speaker, doer, *, stateless: bool = True) -> bool:
    """Speaker and doer are one side: one actor, both organs of the same state, or (with
    ``stateless``) the speaker is a state and the doer state forces of no stated country
    ("security forces", "the police"), which a government's statement tells as its own."""
    if speaker is None or doer is None:
        return False
    if speaker.id == doer.id:
        return True
    if not (is_state(speaker) and is_state(doer)):
        return False
    if doer.country is None:
        return stateless and doer.kind != "country"
    return speaker.country == doer.country


def named_speaker(token) -> bool:
    """The head of "X said" is a name, not a generic agent noun."""
    return token is not None and (token.pos_ == "PROPN" or token.ent_type_ in _NAMED_ENTS
                                  and token.pos_ != "NOUN")


def news_outlet(token) -> bool:
    """The speaker's name is a news outlet's ("the Canadian Press", "Xinhua News Agency")."""
    outlets = load_word_classes()["news_outlets"]
    name = [token] + [c for c in token.children if c.dep_ in ("compound", "amod")]
    return any(w.lower_ in outlets for w in name)


def allegation(doc, act: Event, speaker_token, speaker_actors: list[str], verb, base: int,
               cues: Cues) -> Event | None:
    """The ACCUSE event "speaker accuses the act's doers", or None."""
    if act.type not in cues.allegation_types or act.status != "reported" or act.negated:
        return None
    if not act.sources or not speaker_actors or "background" in act.fields:
        return None
    if not named_speaker(speaker_token) or set(speaker_actors) & set(act.sources):
        return None
    if news_outlet(speaker_token):
        return None
    if any(doc.text[s.start:s.end].split(" ", 1)[0].lower() in _OWN for s in act.fields.get("sources", [])):
        return None   # "X said its forces attacked": its own side's act, a claim (CAMEO 015)
    actors = [doc.actor(a) for a in speaker_actors]
    if any(a is None or (a.sector or "").upper() in _RELAY_SECTORS for a in actors):
        return None
    doers = [doc.actor(a) for a in act.sources]
    if all(any(same_side(s, d) for s in actors) and not of_body(doc, d) for d in doers):
        return None   # a state reporting its own organs' act: no accusation
    fields = {k: list(v) for k, v in act.fields.items() if k in ("date", "place")}
    if verb is not None:
        fields["type"] = [Span(base + verb.idx, base + verb.idx + len(verb))]
    fields["sources"] = [Span(base + speaker_token.left_edge.idx,
                              base + speaker_token.right_edge.idx + len(speaker_token.right_edge))]
    if "sources" in act.fields:
        fields["targets"] = list(act.fields["sources"])
    fields["alleged_act"] = list(act.fields.get("type", []))
    status, claimed_by = "asserted", []
    if doc.issuers and not set(speaker_actors) <= set(doc.issuers):
        # a statement telling what another alleged ("in 2015 X declared that Y poses a
        # threat"): the issuer reports it, as it reports "X accused Y" (attribution.claims)
        status, claimed_by = "reported", list(doc.issuers)
    told = act.fields.get("type")
    return replace(act, id="", type="ACCUSE", mode="allege", cameo=CAMEO,
                   sources=list(speaker_actors), targets=list(act.sources), status=status,
                   claimed_by=claimed_by, confidence=max(0.01, 0.8 * act.confidence), fields=fields,
                   pattern=PATTERN, marks=replace(act.marks, judged_at=told[0].start if told else None))


def aids_violence(trig) -> bool:
    """An act of giving or backing (AID, SUPPORT) whose object is a violent group or method
    (word class violent_groups: "sponsors terrorism", "arms the militias", "finances terrorist
    groups"): told of another state, an accusation of it, not help it gives."""
    if trig.type not in ("AID", "SUPPORT"):
        return False
    violent = load_word_classes()["violent_groups"]
    objs = [o for o in trig.token.children if o.dep_ in ("dobj", "obj")]
    return any(w.lower_ in violent and not _opposed(w) for o in objs
               for w in [o, *(c for c in o.children if c.dep_ in ("compound", "amod"))])


def _opposed(w) -> bool:
    """A word of violence with a prefix of opposing it (word class opposing_prefixes:
    "counter-terrorism operations", "anti-extremism programmes"): the fight against it.  The
    prefix must stand right before the word itself: in "anti-government militias" it opposes
    the government, and the militias stay violent."""
    prefixes = load_word_classes()["opposing_prefixes"]
    doc = w.doc
    before = doc[w.i - 2] if w.i >= 2 and doc[w.i - 1].text in ("-", "\u2010", "\u2011") else \
        (doc[w.i - 1] if w.i >= 1 else None)
    return before is not None and before.lower_ in prefixes


def issuer_allegation(doc, act: Event, speaker_token, cues: Cues, judged: bool = False,
                      aiding_violence: bool = False, condemned: bool = False) -> Event | None:
    """A state's statement telling, in its own voice, a hostile act of another state
    ("Azerbaijan has blockaded the only road", "the invasion by Turkey", "Russian forces
    bombed our cities"): the issuing state accuses the act's doers (CAMEO 112), as a named
    speaker does.  Only when every issuer is a state, the act is told by the statement itself
    (no "X said" in its sentence, ``claimed_by`` the issuers), is reported, not negated, no
    background act, not told to be judged or approved (``judged``: "we condemn the shelling by
    X" is already the ACCUSE; "we support France in striking the camps"), every doer is a
    state of another side than the issuers, and the act is done to someone besides its doers
    (but for an attack or threat by one doer: "Russia launched missiles").  Besides hostile
    types, a defiance of norms done to a victim (``ISSUER_ALLEGED_CODES``: "X has violated our
    airspace") is alleged so, and so is backing violence (``aiding_violence``, :func:`aids_violence`:
    "X sponsors terrorism"), done to someone or not; so is an act the statement names with an
    adjective that condemns it (``condemned``, judged_conduct.condemned_act: "the illegal
    occupation by X continues", "the unjust sanctions imposed by X"), even one the sentence tells as background."""
    if act.type not in ISSUER_ALLEGED and act.cameo not in ISSUER_ALLEGED_CODES and not aiding_violence:
        return None
    if act.status != "reported" or act.negated:
        return None
    if speaker_token is not None or not act.sources or judged:
        return None
    if "background" in act.fields and not condemned:
        # (an act the statement itself calls illegal or unjust is its charge, however the
        # sentence frames it: "a country that still endures the illegal occupation by X")
        return None
    issuers = [doc.actor(a) for a in doc.issuers]
    if not issuers or any(a is None or not is_state(a) for a in issuers):
        return None
    if set(act.claimed_by) != set(doc.issuers) or set(act.sources) & set(doc.issuers):
        return None
    if (act.type not in ("ASSAULT", "THREATEN") or len(act.sources) > 1) and not aiding_violence \
            and not condemned and not set(act.targets) - set(act.sources):
        # a restriction done to no one ("Belarus has closed its border"): a policy told; a
        # fight among its doers ("Armenia and Azerbaijan have clashed"): no one blamed
        return None
    doers = [doc.actor(a) for a in act.sources]
    for d in doers:
        if d is not None and ((d.kind == "igo" and not d.country) or of_body(doc, d)):
            if not _done_to(doc, act, issuers):
                return None   # "NATO aircraft struck the regime's tanks": told by a member
        elif d is None or not is_state(d) or any(same_side(s, d) for s in issuers):
            return None
    fields = {k: list(v) for k, v in act.fields.items() if k in ("date", "place")}
    if "sources" in act.fields:
        fields["targets"] = list(act.fields["sources"])
    fields["alleged_act"] = list(act.fields.get("type", []))
    told = act.fields.get("type")
    return replace(act, id="", type="ACCUSE", mode="allege", cameo=CAMEO,
                   sources=list(doc.issuers), targets=list(act.sources), status="asserted",
                   claimed_by=[], confidence=max(0.01, 0.8 * act.confidence), fields=fields,
                   pattern=PATTERN, marks=replace(act.marks, judged_at=told[0].start if told else None))


def of_body(doc, actor) -> bool:
    """An agent of an intergovernmental body ("NATO aircraft", "AU troops"): no stateless force
    of the speaker's own, and a side of its own."""
    return actor.kind != "igo" and any(
        b.kind == "igo" and b.id != actor.id and any(m.start <= x.start and x.end <= m.end
                                                     for m in actor.mentions for x in b.mentions)
        for b in doc.actors)


def _done_to(doc, act: Event, issuers) -> bool:
    """The act is done to the issuers' side ("bombed our bridges", "struck Serbian towns"): an
    intergovernmental body's act is alleged only by its victim, not told by one of its members."""
    own = {a.id for a in issuers} | {a.country for a in issuers if a.country}
    return any(t in own or ((a := doc.actor(t)) is not None and a.country in own) for t in act.targets)
