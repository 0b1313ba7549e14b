"""Which way a date without a year or week points: the tense of its clause.

News and press-release convention: a bare weekday or month refers to the past
("met on Tuesday") unless its clause is about the future ("will meet on
Tuesday", "is due to be released in October", "plans to visit in June").
"""

from __future__ import annotations

from .calendar import FUTURE, PAST

_FUTURE_AUX = {"will", "shall", "'ll", "wo"}


def governing_verb(sdoc, start: int, end: int):
    """The verb that governs the expression at ``[start, end)``, or None."""
    if sdoc is None:
        return None
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    tok = span.root
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.head == tok:
            return None
        tok = tok.head
    return None


def orientation(sdoc, start: int, end: int, future_verbs: frozenset[str],
                reporting_verbs: frozenset[str] = frozenset()) -> str | None:
    """``future``, ``past`` or None (no tense found) for the clause of ``[start, end)``.

    "would" counts as future only in reported speech ("said they would blockade
    the city from Monday"): the future of the saying, which news reports just after.
    """
    if sdoc is None:
        return None
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    verb, via = span.root, None
    for _ in range(8):  # climb to the verb that governs the expression
        if verb.pos_ in ("VERB", "AUX") or verb.head == verb:
            break
        verb, via = verb.head, verb
    # The verb itself and up to two governing verbs ("expected to begin", "plans to meet").
    chain = [verb]
    while len(chain) < 3 and chain[-1].dep_ in ("xcomp", "ccomp", "advcl", "acl", "relcl") \
            and chain[-1].head != chain[-1]:
        chain.append(chain[-1].head)
    for v in chain:
        lowered = {c.lower_ for c in v.children if c.dep_ in ("aux", "auxpass")}
        if lowered & _FUTURE_AUX:
            return FUTURE
        if "going" in lowered and any(c.lower_ == "to" for c in v.children):
            return FUTURE
        if "would" in lowered and v.dep_ == "ccomp" and v.head.lemma_.lower() in reporting_verbs:
            # Only a date after "would": in "said on Friday they would ..." the
            # parser may hang Friday on the reported verb, but it dates the saying.
            would = next(c for c in v.children if c.lower_ == "would")
            if span.start > would.i:
                return FUTURE
        if v.lemma_.lower() in future_verbs or v.lower_ in future_verbs:
            if v is verb and _dates_the_act(v, via):
                continue  # "urged on Tuesday that ...": the day of the urging
            return FUTURE
        if any(c.lemma_.lower() in future_verbs for c in v.children if c.dep_ in ("acomp", "amod")):
            return FUTURE  # "is due to ...", "is set to ..."
    # A modifier on the noun the date belongs to: "the upcoming meeting on Tuesday".
    for tok in span.root.head.children:
        if tok.lemma_.lower() in future_verbs and tok.i < span.start:
            return FUTURE
    if verb.tag_ in ("VBD", "VBN") or any(c.tag_ == "VBD" for c in verb.children if c.dep_ in ("aux", "auxpass")):
        return PAST
    return None


_ACT_PREPOSITIONS = {"on", "at", "in", "during"}


def _dates_the_act(verb, via) -> bool:
    """True when the date is an adjunct of a past verb of planning or urging
    ("postponed on Monday", "called on Tuesday for calm"), not of its object
    ("called for elections in May", "postponed the vote until May")."""
    if verb.tag_ not in ("VBD", "VBN"):
        return False
    if via is None:
        return False
    if via.dep_ == "prep":
        return via.lower_ in _ACT_PREPOSITIONS
    return via.dep_ in ("npadvmod", "tmod")  # "urged Tuesday that ..."
