"""Actors read from places: the side an act comes from or is done to, and the
country of a group that has none of its own.

Event coders read "rockets fired from X" as X's act and "lifted the curfew in X"
as an act on X; a group with no country of its own, in a sentence that names one
country only, is of that country.  Run after the arguments are linked
(:mod:`linked_roles`), before place and date are attached.
"""

from __future__ import annotations

import re

from ..document import Document, Span
from ..resolve.api import names_sponsor
from .doers import is_passive
from .allegations import STATE_SECTORS
from .candidates import Candidate
from .cues import load_cues
from .locative import HOSTED_TYPES, LOCATIVE_TARGET_TYPES, locative_heads
from .opponents import facing_the_country
from .patterns import load_word_classes
from .phrase_actors import place_country_actor
from .token_table import token_table

_PLACEABLE_KINDS = {"group", "armed_group", "party"}
# Acts done by people where they live: a crowd protesting in X is of X.
_LOCAL_ACT_TYPES = {"PROTEST"}
# Acts whose "from <place>" names where the doers are ("rockets fired from X").
_LAUNCHED_FROM_TYPES = {"ASSAULT"}
# Acts only a state's organs do (arrest, deportation, expulsion, investigation): told in
# the passive with no agent, "was arrested in X", they are X's.
_STATE_MODES = {"arrest", "deport", "expel", "investigate"}
# Prepositions that say where an act is done.
_PLACE_PREPS = {"in", "at", "inside", "within", "across", "throughout"}


def place_sources(doc: Document, cands: list[Candidate]) -> None:
    """ "a rocket was fired at the town from the Gaza Strip": an attack with no doer
    named, launched from a place, is by that place's side (its country's actor), as
    event coders read it.  Only a place the phrase itself names (see place_named_by)."""
    for c in cands:
        if c.sources.actors or c.trig.type not in _LAUNCHED_FROM_TYPES:
            continue
        hosts = [c.trig.token] + ([c.light] if c.light is not None else [])
        _source_from_place_phrase(doc, c, hosts, ("from",))
    state_acts_in_place(doc, cands)


def _source_from_place_phrase(doc: Document, c: Candidate, hosts, preps) -> None:
    """The country of the first place one of ``hosts``' ``preps`` phrases names becomes
    the act's source (not when it is already a target)."""
    for pr in (ch for h in hosts for ch in h.children if ch.dep_ == "prep" and ch.lower_ in preps):
        pobj = next((g for g in pr.children if g.dep_ == "pobj"), None)
        span = place_named_by(doc, pobj, c.base) if pobj is not None else None
        if span is None:
            continue
        for a in place_country_actor(doc, *span):
            if a not in c.targets.actors:
                c.sources.add([a], Span(*span))
        if c.sources.actors:
            break


def state_acts_in_place(doc: Document, cands: list[Candidate]) -> None:
    """ "A reporter was detained in Ruritania", "was placed under investigation in Sylvania",
    "were deported from Kenya": a state's act in the passive with no agent named is by the
    country of the place its own "in" ("from") phrase names, as event coders read it."""
    for c in cands:
        t = c.trig.token if c.light is None else c.light
        if c.sources.actors or c.trig.mode not in _STATE_MODES or not is_passive(t) \
                or any(ch.dep_ == "agent" for ch in t.children):
            continue
        # "deported (expelled) from X": the state that sends them away
        preps = ("in", "from") if c.trig.mode in ("deport", "expel") else ("in",)
        # the phrase may hang on the pattern's noun ("put under investigation in X")
        hosts = [t, *(w for w in c.trig.words if w.pos_ == "NOUN")]
        _source_from_place_phrase(doc, c, hosts, preps)


def place_targets(doc: Document, cands: list[Candidate]) -> None:
    """ "lifted the curfew in X", "shelled the capital X", "declared a state of siege
    in X": an act done in a place with no other target is done to its country.  Only
    for an act with a known doer (a place alone makes no event), after the doers
    inherited from other events are in."""
    for c in cands:
        unplaced = [a for a in map(doc.actor, c.sources.actors)
                    if a is not None and not a.country and not a.known and a.kind in _PLACEABLE_KINDS]
        if unplaced and c.trig.type in _LOCAL_ACT_TYPES:
            # "residents barricaded roads in Veloria": a crowd acts where it lives
            country = act_place_country(doc, c)
            for a in unplaced if country else ():
                a.country = country
        if c.targets.actors and c.sources.actors and c.trig.type in LOCATIVE_TARGET_TYPES:
            _place_target_groups(doc, c)
        if c.targets.actors or not c.sources.actors \
                or c.trig.type not in LOCATIVE_TARGET_TYPES | HOSTED_TYPES:
            continue
        home = None
        if c.trig.type in HOSTED_TYPES:
            if not _state_parties(doc, c):
                continue   # (a crowd, farmers, an international body: no host)
            home = _home_country(doc, c)
        for h in locative_heads(c.trig, c.light):
            span = place_named_by(doc, h, c.base)
            if span is None:
                continue
            a0, a1 = span
            if home is not None and place_country_in(doc, a0, a1) == home:
                break   # (a meeting at home: no host)
            for a in place_country_actor(doc, a0, a1):
                if a not in c.sources.actors:
                    c.targets.add([a], Span(a0, a1))
            if c.targets.actors:
                break


def _state_parties(doc: Document, c: Candidate) -> bool:
    """Whether all of an act's doers are states' actors a host receives: a state, its
    government, an official or leader of it.  Not a group that merely has a nationality
    ("Kenyan farmers", "residents"), nor an international body, which meets at its seat or
    anywhere as no one's guest."""
    return all(a is not None and a.country and (a.kind in ("country", "government")
                                                  or (a.sector or "")[:3] in STATE_SECTORS)
               for a in map(doc.actor, c.sources.actors))


def _home_country(doc: Document, c: Candidate) -> str | None:
    """The one country all of an act's doers are of, if they are all of one."""
    countries = {a.country if a is not None else None for a in map(doc.actor, c.sources.actors)}
    return next(iter(countries)) if len(countries) == 1 else None


def _place_target_groups(doc: Document, c: Candidate) -> None:
    """ "killed dozens of civilians in X", "shelled villages in northern X": the victims, a
    group with no country of its own, are of the country the act is done in (as the doers of a
    local act are, above)."""
    groups = [a for a in map(doc.actor, c.targets.actors)
              if a is not None and not a.country and not a.known and a.kind in _PLACEABLE_KINDS]
    country = act_place_country(doc, c) if groups and len(groups) == len(c.targets.actors) else None
    for a in groups if country else ():
        a.country = country


def place_unplaced_groups(doc: Document, sent, base: int, cands: list[Candidate]) -> dict[str, list[Span]]:
    """A group with no country of its own ("Islamic fundamentalists", "the Umma
    party", "Yoruba leaders") acting in a sentence that names one country only (by
    its actors, persons or places; a meeting's venue does not count) is of that country,
    as event coders read it.  Persons are left alone: a foreign leader is often named
    beside one country.  Returns, by actor id, the words the country was read from (other
    words than the group's own: its events show them as the country's evidence)."""
    own = _speakers_own(doc, cands)
    s0, s1 = base + sent.start_char, base + sent.end_char
    countries: set[str] = set()
    named_at: list[int] = []   # where the sentence names its country
    named: list[Span] = []
    venues = _venues(doc, base, cands) | _gathering_places(doc, base, sent)
    for m in doc.mentions:
        if not (s0 <= m.start < s1) or (m.start, m.end) in venues or _issuer_speaking(doc, m) \
                or names_sponsor(doc.text, m.end):
            continue   # ("Iranian-backed rebels" names their sponsor, not their country)
        a = doc.actor(m.actor) if m.actor else None
        p = doc.place(m.place) if m.place else None
        found = {x.country for x in (a, p) if x is not None and x.country}
        countries |= found
        if found:
            named_at.append(m.start)
            named.append(Span(m.start, m.end))
        if len(countries) > 1:
            return {}
    if len(countries) != 1:
        return {}
    (country,) = countries
    read: dict[str, list[Span]] = {}
    kb = doc.workspace.kb
    victims = _victims_of_named_doers(doc, cands, country) | _addressees_of_requests(cands, named_at) \
        | _addressed_by_issuer(doc, cands, country) | facing_the_country(doc, cands, country) \
        | _beside_the_addressee(doc, cands, country) | _at_its_missions(doc, cands, country)
    for c in cands:
        for aid in c.sources.actors + c.targets.actors:
            a = doc.actor(aid)
            if a is None or a.country or a.known or aid in victims or aid in own or of_all_states(a.name) \
                    or _of_unknown_place(doc, a):
                continue
            if a.kind in _PLACEABLE_KINDS or (a.kind == "person" and holds_office(a, kb)):
                a.country = country
                read[aid] = list(named)
    return read


def country_evidence(e, read: dict[str, list[Span]]) -> None:
    """An event's evidence for the country of each of its sides that has none in its own words
    (``place_unplaced_groups``): field ``country:<actor id>``, the words it was read from, so a
    reader can tell a country named on the actor from one inferred from the sentence."""
    for aid in dict.fromkeys([*e.sources, *e.targets]):
        if aid in read:
            e.fields[f"country:{aid}"] = list(read[aid])


def _speakers_own(doc: Document, cands: list[Candidate]) -> set[str]:
    """ "X's militias burned our villages", "killed our farmers": a group the statement's
    issuer owns ("my", "our": cues first_person), told in its own voice (no speaker of the
    act named), is of the issuer's side: the issuer's country, whatever country the sentence
    names.  Its ids (placed or not, when the issuers have no one country)."""
    countries = {a.country for a in map(doc.actor, doc.issuers) if a is not None and a.country}
    first = load_cues().first_person
    out: set[str] = set()
    for c in cands:
        if c.modality.speaker is not None:
            continue   # ("'they burned our villages', the minister said": the minister's own)
        sdoc = c.sent.doc
        for aid, sp in [*zip(c.sources.actors, c.sources.spans), *zip(c.targets.actors, c.targets.spans)]:
            a = doc.actor(aid)
            if a is None or a.country or a.known or a.kind not in _PLACEABLE_KINDS or aid in doc.issuers:
                continue
            span = sdoc.char_span(sp.start - c.base, sp.end - c.base, alignment_mode="expand")
            if span is None or not any(t.dep_ == "poss" and t.lower_ in first for t in span.root.children):
                continue
            out.add(aid)
            if len(countries) == 1:
                a.country = next(iter(countries))
    return out


def _addressed_by_issuer(doc: Document, cands: list[Candidate], country: str) -> set[str]:
    """ "On behalf of the people of X, we convey our condolences to the families ...": when
    the one country a statement's sentence names is its issuer's, those the issuer's own acts
    are aimed at are not of it (it named itself as the giver)."""
    own = [i for i in doc.issuers if (a := doc.actor(i)) is not None and a.country == country]
    if not own:
        return set()
    return {aid for c in cands if any(s in own for s in c.sources.actors) for aid in c.targets.actors}


def _beside_the_addressee(doc: Document, cands: list[Candidate], country: str) -> set[str]:
    """ "We welcome the release of the hostages and thank Oman for its mediation": when the one
    country a sentence names is only the one a speech act is aimed at, the sides of the
    sentence's other speech acts are not of it (the speaker names the addressee, not theirs)."""
    speech = load_cues().speech_act_types
    addressing = [c for c in cands if any((a := doc.actor(x)) is not None and a.country == country
                                          for x in c.targets.actors)]
    if not addressing or any(c.trig.type not in speech for c in addressing):
        return set()
    return {aid for c in cands if c.trig.type in speech and c not in addressing
            for aid in c.targets.actors}


def _at_its_missions(doc: Document, cands: list[Candidate], country: str) -> set[str]:
    """ "Protesters stormed the embassy of Denmark": those who act on a state's embassy or
    consulate (word class foreign_missions) act where it stands, abroad: they are not of the
    state that owns it."""
    missions = load_word_classes()["foreign_missions"]
    out: set[str] = set()
    for c in cands:
        for aid, sp in zip(c.targets.actors, c.targets.spans):
            a = doc.actor(aid)
            if a is not None and a.country == country and any(
                    w.strip(".,;:").lower() in missions for w in doc.text[sp.start:sp.end].split()):
                out |= set(c.sources.actors)
    return out


def _of_unknown_place(doc: Document, a) -> bool:
    """ "the people of Ruritania", "the villagers of X": a group named by its "of" phrase after
    a place that no gazetteer knows is of that place, not of another country the sentence
    names (an unknown word before the noun, "Chenchen refugees", may be a people's name)."""
    sdoc = doc.workspace.spacy
    for s in a.mentions:
        for m in doc.mentions:
            if not (m.place and s.start <= m.start and m.end <= s.end) or sdoc is None:
                continue
            span = sdoc.char_span(m.start, m.end, alignment_mode="expand")
            p = doc.place(m.place)
            if span is not None and len(span) and span.root.dep_ == "pobj" \
                    and span.root.head.lower_ == "of" and p is not None and not p.country:
                return True
    return False


def _victims_of_named_doers(doc: Document, cands: list[Candidate], country: str) -> set[str]:
    """ "the attacks on civilians by Russian forces", "the shelling of villages by X": an act
    noun's victims ("on", "against", or "of" beside the "by" phrase) when its doers, named in
    its "by" phrase, are the ones of ``country``.  The country the doers come from says
    nothing of whom they attacked."""
    out: set[str] = set()
    for c in cands:
        t = c.trig.token
        if t.pos_ != "NOUN" or not any(doc.actor(s) is not None and doc.actor(s).country == country
                                       for s in c.sources.actors):
            continue
        preps = {ch.lower_: ch for ch in t.children if ch.dep_ == "prep"}
        if "by" not in preps:
            continue
        spans = [(c.base + w[0].idx, c.base + w[-1].idx + len(w[-1]))
                 for p in ("on", "against", "of") if p in preps
                 for g in preps[p].children if g.dep_ == "pobj" for w in [list(g.subtree)]]
        for aid, sp in zip(c.targets.actors, c.targets.spans):
            if any(s0 <= sp.start and sp.end <= s1 for s0, s1 in spans):
                out.add(aid)
    return out


def _addressees_of_requests(cands: list[Candidate], named_at: list[int]) -> set[str]:
    """ "We appeal to the international community to support Haiti": the ones a request is
    addressed to, when the sentence names its country only inside the act requested (the
    request's clause complement).  That country is the act's object, not theirs."""
    out: set[str] = set()
    for c in cands:
        if c.trig.type != "REQUEST":
            continue
        heads = [c.trig.token] + ([c.light] if c.light is not None else [])
        content = [(c.base + w[0].idx, c.base + w[-1].idx + len(w[-1]))
                   for h in heads for ch in h.children if _is_content_clause(ch)
                   for w in [list(ch.subtree)]]
        # "to lay down their arms in X": a place the act is done in may well be theirs
        where = [(c.base + w[0].idx, c.base + w[-1].idx + len(w[-1]))
                 for h in heads for ch in h.children if _is_content_clause(ch)
                 for p in ch.subtree if p.dep_ == "prep" and p.lower_ in _PLACE_PREPS
                 for w in [list(p.subtree)]]
        if not content or not all(any(a <= at < b for a, b in content)
                                  and not any(a <= at < b for a, b in where) for at in named_at):
            continue
        out |= {aid for aid, sp in zip(c.targets.actors, c.targets.spans)
                if not any(a <= sp.start < b for a, b in content)}
    return out


def _is_content_clause(t) -> bool:
    """A clause complement, or a to-infinitive the parser hung as an adverbial clause
    ("call upon X to help Y")."""
    return t.dep_ in ("xcomp", "ccomp") or (
        t.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in t.children))


def of_all_states(name: str) -> bool:
    """ "the international community", "the world community": the collective of all states is
    never of the one country a sentence names ("call on the international community to help
    X")."""
    words = name.lower().split()
    return len(words) >= 2 and words[-1] == "community" and words[-2] in load_word_classes()["worldwide"]


_LOCATING = re.compile(r"\b(?:in|of|from|inside|within|across|throughout)\s+(?:the\s+)?$", re.I)


def _issuer_speaking(doc: Document, m) -> bool:
    """The issuer naming itself ("Norway condemns the attack by the militia"), not as a place
    ("militants in Norway"): says nothing of whose a group is."""
    return m.actor is not None and m.actor in doc.issuers and not _LOCATING.search(doc.text[max(0, m.start - 20):m.start])


def _venues(doc: Document, base: int, cands: list[Candidate]) -> set[tuple[int, int]]:
    """Where a meeting is held ("met the envoy in Geneva", "talks in Doha"): a venue,
    often a third country's, says nothing of whose the ones meeting are."""
    out = set()
    for c in cands:
        if c.trig.type != "CONSULT":
            continue
        hosts = [c.trig.token] + ([c.light] if c.light is not None else [])
        # (the parser often hangs "in Geneva" on the one met)
        hosts += [o for h in hosts for o in h.children if o.dep_ in ("dobj", "obj", "pobj")]
        hosts += [o for h in hosts for p in h.children if p.dep_ == "prep" and p.lower_ == "with"
                  for o in p.children if o.dep_ == "pobj"]
        for h in hosts:
            for p in h.children:
                if p.dep_ == "prep" and p.lower_ in ("in", "at"):
                    out |= {span for g in p.children if g.dep_ == "pobj"
                            if (span := place_named_by(doc, g, base)) is not None}
    return out


_GATHERINGS: list = [None, frozenset()]   # (the word classes read, their union)


def _gatherings() -> frozenset[str]:
    """The word classes meetings and gatherings (one union while the classes last)."""
    words = load_word_classes()
    if _GATHERINGS[0] is not words:
        _GATHERINGS[:] = [words, words["meetings"] | words["gatherings"]]
    return _GATHERINGS[1]


def _gathering_places(doc: Document, base: int, sent) -> set[tuple[int, int]]:
    """Where a gathering is held ("on the sidelines of the session in Geneva", "at the
    summit in Doha"): a venue, whatever act the sentence tells."""
    gatherings = _gatherings()
    sdoc, tab = sent.doc, token_table(sent.doc)   # (a token made only for a gathering noun)
    return {span for i in range(sent.start, sent.end)
            if tab.pos[i] == "NOUN" and tab.lower[i] in gatherings
            for p in sdoc[i].children if p.dep_ == "prep" and p.lower_ in ("in", "at")
            for g in p.children if g.dep_ == "pobj"
            if (span := place_named_by(doc, g, base)) is not None}


def act_place_country(doc: Document, c: Candidate) -> str | None:
    """The country of the first place an act's own locative phrases name ("in Veloria")."""
    for h in locative_heads(c.trig, c.light):
        span = place_named_by(doc, h, c.base)
        country = place_country_in(doc, *span) if span else None
        if country:
            return country
    return None


def place_named_by(doc: Document, h, base: int) -> tuple[int, int] | None:
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


def place_country_in(doc: Document, start: int, end: int) -> str | None:
    """The country of the first place named in [start, end), if the places stage knows it."""
    for m in doc.mentions:
        if m.place and start <= m.start and m.end <= end:
            p = doc.place(m.place)
            if p is not None and p.country:
                return p.country
    return None


def holds_office(actor, kb) -> bool:
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
