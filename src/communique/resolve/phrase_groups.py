"""Noun phrases -> their actors, coordinated and plural ones included: "Egypt and Jordan", "US and
British forces" (one agent per country), "both movements" (the issuers)."""

from __future__ import annotations

import re

from ..document import Document
from .actor_phrases import _agent_actor, _agent_of, _resolve_one
from .actor_state import _state, _trim


def resolve_phrase(doc: Document, start: int, end: int, *, create: bool = True) -> str | None:
    """The actor a noun phrase over ``doc.text[start:end]`` denotes, or None.

    In order: an existing actor whose mention covers the phrase's head (or, for
    a phrase without an agent word, any actor mentioned inside it); a generic
    agent ("the police", "Israeli troops", "the Egyptian foreign ministry") with
    its country taken from the phrase; a knowledge-base match of the phrase
    (countries by name, adjective, demonym or capital; organisations by name or
    acronym).  With ``create`` a new actor is added to ``doc.actors`` with the
    phrase as its mention; without it only existing actors are returned.  A
    phrase naming several actors ("Hamas and Islamic Jihad", "both movements")
    gives the first; use :func:`resolve_phrases` for all of them.
    """
    ids = resolve_phrases(doc, start, end, create=create)
    return ids[0] if ids else None


def resolve_phrases(doc: Document, start: int, end: int, *, create: bool = True) -> list[str]:
    """All actors a (possibly coordinated or plural) noun phrase denotes."""
    start, end = max(0, start), min(len(doc.text), end)
    start, end = _trim(doc.text, start, end)
    if start >= end:
        return []
    sdoc = doc.workspace.spacy
    span = sdoc.char_span(start, end, alignment_mode="expand") if sdoc is not None else None
    if span is not None and len(span) > 0:
        # Every reading of a coordination below needs a conjunct inside the span, and every
        # conjunct but a coordination's first word hangs on the word before it as "conj"
        # (spaCy's Token.conjuncts): a span with no "conj" word (most) is none of them.
        coordinated = any(t.dep_ == "conj" for t in span)
        parts = _within_names(doc, _conjuncts(span) or _agent_before_shared_head(doc, span)) \
            if coordinated else []
        if len(parts) > 1:
            out: list[str] = []
            for s, e in parts:
                aid = _resolve_one(doc, s, e, create=create)
                if aid and aid not in out:
                    out.append(aid)
            return out
        plural = _plural_reference(doc, span)
        if plural:
            return plural
        shared = coordinated and (_shared_head(doc, span, create=create)
                                  or _placed_agents(doc, span, create=create))
        if shared:
            return shared
    # (the span read again by _resolve_one only when it trims the offsets further)
    aid = _resolve_one(doc, start, end, create=create, parsed=(start, end, span) if sdoc is not None else None)
    return [aid] if aid else []



def _conjuncts(span) -> list[tuple[int, int]]:
    """Char spans of coordinated noun phrases inside a span ("A and B")."""
    root = span.root
    conj = [t for t in root.conjuncts if span.start <= t.i < span.end]
    if not conj:
        return []
    heads = sorted([root, *conj], key=lambda t: t.i)
    out = []
    for h in heads:
        toks = [t for t in h.subtree if span.start <= t.i < span.end
                and t.dep_ not in ("cc", "conj", "punct") or t.i == h.i]
        # Drop the words of the other conjuncts below this head (the first one's
        # subtree holds the rest of the coordination).
        others = [c for c in heads if c.i != h.i and h.is_ancestor(c)]
        toks = [t for t in toks if not any(t.i == c.i or c.is_ancestor(t) for c in others)]
        if toks:
            out.append((min(t.idx for t in toks), max(t.idx + len(t) for t in toks)))
    return out


def _agent_before_shared_head(doc: Document, span) -> list[tuple[int, int]]:
    """ "the Colombian government and FARC rebels": the parser reads two noun phrases as two
    modifiers of the last head (as in "US and British forces"), but the first modifier is an
    agent noun with a modifier before it ("Colombian government", however the parser hangs
    the adjective) and the second has a name of its own ("FARC"): two phrases, the first ending
    at that noun, the second running from its conjunct to the head."""
    root = span.root
    mod = next((c for c in root.children if c.i < root.i and c.dep_ in ("nmod", "compound", "nsubj")
                and c.pos_ == "NOUN" and any(x.i > c.i and span.start <= x.i < root.i for x in c.conjuncts)), None)
    if mod is None or not any(t.dep_ in ("amod", "compound", "nmod") for t in span.doc[span.start:mod.i]):
        return []   # ("army and LRA rebels": no modifier of its own, a shared head may be meant)
    st = _state(doc)
    first = span.doc[span.start:mod.i + 1]
    if _agent_of(doc, st, None, first.text) is None:
        return []
    conj = next(x for x in mod.conjuncts if x.i > mod.i and span.start <= x.i < root.i)
    if conj.pos_ != "PROPN" and not conj.ent_type_:
        return []   # ("the Iraqi government and security forces": the first modifier may cover both;
                    #  a name of its own, "FARC rebels", makes the second phrase another side)
    second = min([t.i for t in conj.subtree if t.dep_ not in ("cc", "punct")] + [conj.i])
    return [(first.start_char, first.end_char), (span.doc[second].idx, root.idx + len(root))]


def _within_names(doc: Document, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Conjuncts one name joins are one: "the Group of 77 and China" is a group (a known
    name's mention runs over the "and"), not the group and China."""
    kb = doc.workspace.kb
    if kb is None or len(parts) < 2:
        return parts   # (one part or none: nothing to join)
    # (a name the knowledge base knows whole: the model's entities may run over a coordination;
    # or a role of such a name: "the Heads of State of the Group of 77 and China")
    names = [(m.start, m.end) for m in doc.mentions if " and " in m.text and kb.exact(m.role_of or m.text)]
    out: list[tuple[int, int]] = []
    for s, e in parts:
        if out and any(a < out[-1][1] and s < b for a, b in names):   # one name over both
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _shared_head(doc: Document, span, *, create: bool) -> list[str]:
    """ "US and British forces", "Senior Hungarian and Romanian officials": one agent
    per country, each with its own adjective as the mention."""
    st = _state(doc)
    root = span.root
    for mod in root.children:
        if mod.i >= root.i or mod.dep_ not in ("amod", "compound", "nmod"):
            continue
        group = sorted([mod, *[c for c in mod.conjuncts if span.start <= c.i < span.end]],
                       key=lambda t: t.i)
        if len(group) < 2:
            continue
        countries = [st.kb.country(t.text) for t in group]
        if not all(countries) or len({c.id for c in countries}) < 2:
            continue
        head = doc.text[root.idx:root.idx + len(root)]
        return _agent_per_country(doc, st, span, [(c.id, tok.idx, tok.idx + len(tok), f"{tok.text} {head}")
                                                  for tok, c in zip(group, countries)], create=create)
    return []


def _placed_agents(doc: Document, span, *, create: bool) -> list[str]:
    """ "officials in Moscow and Kyiv", "diplomats from Lima and Quito": an agent placed in
    two countries or capitals or more is one agent per country (the first alone gave all of
    them its country)."""
    st = _state(doc)
    root = span.root
    for prep in root.children:
        if prep.dep_ != "prep" or prep.i < root.i or prep.lower_ not in ("in", "from"):
            continue
        obj = next((g for g in prep.children if g.dep_ == "pobj" and g.i < span.end), None)
        if obj is None:
            continue
        group = sorted([obj, *[c for c in obj.conjuncts if span.start <= c.i < span.end]], key=lambda t: t.i)
        if len(group) < 2:
            continue
        names = [span.doc[min([c.i for c in t.children if c.dep_ == "compound" and c.i < t.i] + [t.i]):t.i + 1]
                 for t in group]
        countries = [st.kb.country(n.text, capitals=True) for n in names]
        if not all(countries) or len({c.id for c in countries}) < 2:
            continue
        head = doc.text[root.idx:root.idx + len(root)]
        return _agent_per_country(doc, st, span, [(c.country or c.id, n.start_char, n.end_char,
                                                   f"{head} {prep.text} {n.text}") for n, c in zip(names, countries)],
                                  create=create)
    return []


def _agent_per_country(doc: Document, st, span, places: list[tuple[str, int, int, str]], *,
                       create: bool) -> list[str]:
    """The agent ``span`` names, once for each of ``places`` (country code, the mention's
    start and end, the name shown), or [] when it names none."""
    agent = _agent_of(doc, st, span, span.text)
    if agent is None:
        return []
    out = []
    for country, start, end, shown in places:
        aid = _agent_actor(doc, st, (country, *agent[1:]), start, end, shown, create=create, display=shown)
        if aid and aid not in out:
            out.append(aid)
    return out


_PLURAL_REF = re.compile(r"^(?:both|the two|the 2|all|the)\s+(\w+)s$", re.I)


def _plural_reference(doc: Document, span) -> list[str]:
    """ "both movements", "the two leaderships": the issuers when they fit."""
    text = span.text
    if not text.lower().startswith(("both", "the two", "the 2")):
        return []   # (the cheaper test first)
    if not _PLURAL_REF.match(" ".join(text.split())):
        return []
    if len(doc.issuers) >= 2:
        return list(doc.issuers)
    return []
