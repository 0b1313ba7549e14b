"""The probe's reading of one parsed sentence: a speech act whose doer is the speaker (its
subject kind, verb class and clause shape, and the named addressees), or None."""

from __future__ import annotations

from .words import (ADDRESS_PREPS, CLOSE_DEPS, DEEDS, EXPRESSED, GENERIC, LEFT_OUT_AUX, NEED_OBJECT,
                    NO_ACTOR, NOMINAL_HEADS, NOMINALS, REFUSALS, SELF_NOUNS, STATE_WORDS, TYPES_OF, VERBS,
                    WANT)


def _subject(tok):
    return next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _passive(tok) -> bool:  # "we are called upon to ...": the speaker is not the doer
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)


def _subject_kind(subj, own: set[str]) -> str | None:
    if subj is None:
        return None
    low = subj.lower_
    if low in ("we", "i"):
        return low.upper() if low == "i" else "we"
    poss = next((c.lower_ for c in subj.children if c.dep_ == "poss"), None)
    if poss in ("my", "our") and low in SELF_NOUNS:
        return "my/our " + ("delegation" if low == "delegation" else "country")
    span = " ".join(t.text for t in subj.subtree).lower()
    if span.removeprefix("the ") in own:
        return "own name"
    det = next((c.lower_ for c in subj.children if c.dep_ == "det"), None)
    if det == "the" and low in STATE_WORDS and not any(c.dep_ in ("prep", "compound", "amod")
                                                       for c in subj.children):
        return "the Kingdom"
    return None


def _speaker(verb, own: set[str]) -> tuple[str, str] | None:
    """(subject kind, clause shape) when the verb's doer is the speaker."""
    subj = _subject(verb)
    kind = _subject_kind(subj, own)
    if kind:
        return kind, "main" if verb.dep_ == "ROOT" else ("coord" if verb.dep_ == "conj" else verb.dep_)
    if subj is not None:  # a subject of its own that is not the speaker
        return None
    head = verb.head
    if verb.dep_ == "conj":  # "We welcome ... and commend ...": the first verb's subject
        got = _speaker(head, own)
        return (got[0], "coord") if got else None
    if verb.dep_ == "xcomp" and head.lemma_ in ("let", "allow", "permit") and any(
            c.lower_ in ("me", "us") for c in head.children):
        return "let me", "main"
    if verb.dep_ == "xcomp" and head.lemma_ in WANT:
        kind = _subject_kind(_subject(head), own)
        if kind:
            return kind, "wish to"
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.lemma_ == "join":
        kind = _subject_kind(_subject(head.head), own)
        if kind:
            return kind, "join in -ing"
    if verb.tag_ == "VBG" and verb.i == verb.sent.start and verb.dep_ in ("advcl", "ROOT"):
        return "participle", "opening -ing"
    return None


def _left_out(verb) -> bool:
    sent = verb.sent
    if sent.text.rstrip().endswith("?"):
        return True
    if verb.dep_ in ("relcl", "acl", "amod", "pcomp", "pobj", "advcl", "csubj") and not (
            verb.dep_ == "pcomp" and verb.head.head.lemma_ == "join") and not (
            verb.tag_ == "VBG" and verb.i == sent.start):
        return True
    chain = [verb, *([verb.head] if verb.dep_ in ("xcomp", "conj") else [])]
    for v in chain:
        for c in v.children:
            if (c.dep_ == "neg" and v.lemma_.lower() not in REFUSALS) or (
                    c.dep_ == "aux" and c.lower_ in LEFT_OUT_AUX):
                return True
            if v is verb and c.dep_ == "aux" and c.lower_ in ("would", "'d"):  # a wish, not the act
                return True
            if c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether", "when"):
                return True
    return False


def _verb_class(verb):
    """(class, accepted types, shown lemma) of a speech-act verb, or None."""
    lemma = verb.lemma_.lower()
    kids = {c.dep_: c for c in verb.children}
    obj = kids.get("dobj")
    objs = {t.lemma_.lower() for t in obj.subtree} if obj is not None else set()
    preps = {c.lower_ for c in verb.children if c.dep_ in ("prep", "prt", "advmod")}
    if lemma in REFUSALS and "neg" in kids:
        # "we will not allow / tolerate ...": a refusal, or a warning (CAMEO codes both ways)
        return "REJECT", ("REJECT", "ACCUSE", "THREATEN"), f"not {lemma}"
    if lemma == "refuse":
        return "REJECT", ("REJECT",), lemma
    if lemma in DEEDS and not _passive(verb):
        cls, types, needs = DEEDS[lemma]
        if needs is None or objs & needs or preps & needs or any(
                e.label_ == "MONEY" and e.root.i in {t.i for t in verb.subtree} for e in verb.doc.ents):
            return cls, _future(verb, types), lemma
        return None
    if lemma not in VERBS:
        return None
    if lemma == "call" and not any(c.lower_ in ("on", "upon", "for") for c in verb.children):
        return None
    if lemma == "stand" and not any(c.lower_ in ("with", "by") for c in verb.children):
        return None
    if lemma == "appeal" and not any(c.lower_ in ("to", "for") for c in verb.children):
        return None
    if lemma == "pay":
        obj = kids.get("dobj")
        if obj is None or obj.lemma_ not in ("tribute", "homage"):
            return None
        return "SUPPORT", ("SUPPORT",), "pay tribute"
    if lemma == "express":
        obj = kids.get("dobj")
        if obj is None or obj.lemma_.lower() not in EXPRESSED:
            return None
        cls, types = EXPRESSED[obj.lemma_.lower()]
        return cls, types, f"express {obj.lemma_.lower()}"
    if lemma in ("sign", "ratify", "accede") and (verb.tag_ == "VBN" or any(
            c.lower_ == "into" for c in verb.children)):  # "signed into law" is no agreement
        return None
    if _passive(verb) or any(c.dep_ == "prt" and c.lower_ in ("off", "up", "out") for c in verb.children):
        return None
    if lemma in NEED_OBJECT and not any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return None
    cls, types = VERBS[lemma]
    return cls, _future(verb, TYPES_OF.get(lemma, types)), lemma


def _future(verb, types: tuple) -> tuple:
    """A promise ("we will host / work with / support ...") is also AGREE (CAMEO 03, intent)."""
    if any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in verb.children):
        return (*types, "AGREE") if "AGREE" not in types else types
    return types


def _addressees(verb) -> list:
    """GPE/ORG/NORP entities in the verb's object or its on/upon/to/with phrase."""
    heads = [c for c in verb.children if c.dep_ in ("dobj", "dative", "obj")]
    preps = ADDRESS_PREPS.get(verb.lemma_.lower(), ())
    heads += [g for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ in preps
              for g in c.children if g.dep_ == "pobj"]
    idx = set()
    for h in heads:
        idx |= _close(h, 1)
    return [e for e in verb.doc.ents if e.label_ in ("GPE", "ORG", "NORP") and e.root.i in idx
            and e.root.lemma_.lower() not in NO_ACTOR and e.text.lower() not in GENERIC]


def _close(head, ofs: int) -> set[int]:
    """The object noun phrase's own words: its modifiers, conjuncts and owner ("of/by X", once),
    not the clauses or phrases hung on it ("the referral to the Court of X" is no address to X)."""
    got = {head.i}
    for c in head.children:
        if c.dep_ in CLOSE_DEPS:
            got |= _close(c, ofs)
        elif c.dep_ == "prep" and c.lower_ in ("of", "by") and ofs > 0:
            for g in c.children:
                if g.dep_ == "pobj":
                    got |= _close(g, ofs - 1)
    return got


def _nominal(sent, own):
    """'our condemnation of ...', 'my delegation's support for ...' as (token, class...)."""
    for tok in sent:
        if (tok.pos_ == "NOUN" and tok.lemma_.lower() in NOMINALS and tok.dep_ == "dobj"
                and tok.head.lemma_.lower() in NOMINAL_HEADS and not _left_out(tok.head)
                and _speaker(tok.head, own)):
            poss = next((c for c in tok.children if c.dep_ == "poss"), None)
            if poss is not None and (poss.lower_ in ("our", "my") or _subject_kind(poss, own)):
                cls, types = NOMINALS[tok.lemma_.lower()]
                return tok, cls, types
    return None


def pick(sent, own: set[str], full: set[str] = frozenset()) -> dict | None:
    """The probe's reading of one sentence: the speaker's speech act in it, or None
    (classes in ``full`` are not taken)."""
    for verb in sent:
        if verb.pos_ not in ("VERB", "AUX") and verb.tag_ != "VBG":
            continue
        vc = _verb_class(verb)
        if vc is None or vc[0] in full or _left_out(verb):
            continue
        who = _speaker(verb, own)
        if who is None:
            continue
        cls, types, shown = vc
        return {"kind": who[0], "shape": who[1], "cls": cls, "types": types, "verb": shown,
                "ents": [(e.start_char - sent.start_char, e.end_char - sent.start_char, e.text)
                         for e in _addressees(verb)]}
    nom = _nominal(sent, own)
    if nom and nom[1] not in full:
        tok, cls, types = nom
        return {"kind": "nominal", "shape": tok.dep_, "cls": cls, "types": types,
                "verb": f"our {tok.lemma_}", "ents": []}
    return None
