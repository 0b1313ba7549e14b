"""A stance promised to the one spoken to: "I assure you of our full support", "(please) be
assured of my country's cooperation", "rest assured, Mr. Chairman, of our support".

The verb (word class ``assuring_verbs``, stances.toml) carries a speech-act noun (its "of"
phrase, as "X has our support" carries its object): the noun's act, from the noun's owner ("our",
"X's", "of my delegation") to the one assured: the verb's object ("you"), the subject of its
passive, or else the title spoken to in the sentence ("Madam President").  The parser hangs the
"of" phrase on the verb, on the verb it completes ("rest") or on a title set off between them.
"""

from __future__ import annotations

from .demands import lemma_of
from .stance_data import load_stances
from .vocatives import titled_vocative


def assured_noun(t, st):
    """The speech-act noun (a token) that ``t``, a verb of assuring, promises, or None."""
    if (t.lemma_ or t.lower_).lower() not in st.assuring or t.pos_ not in ("VERB", "ADJ"):
        return None
    hosts = [t]
    if t.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and t.head.i < t.i:
        hosts.append(t.head)   # "rest assured": the "of" phrase may hang on "rest"
    hosts += [a for h in list(hosts) for a in h.children if a.dep_ == "appos"]
    for h in hosts:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ == "of" and c.i > t.i:
                noun = next((g for g in c.children if g.dep_ == "pobj"), None)
                # ("of our full cooperation and support": the speech-act noun may be a conjunct)
                said = next((n for n in ([noun, *noun.conjuncts] if noun is not None else [])
                             if n.pos_ == "NOUN" and n.lower_ in st.nouns), None)
                if said is not None:
                    return said
                if noun is not None and _s_possessive(noun):
                    # "of Cyprus’ support": a name's bare apostrophe, which the parser takes
                    # for the end of the phrase (the noun hung elsewhere)
                    after = noun.doc[noun.i + 2:min(noun.i + 5, noun.sent.end)]
                    return next((w for w in after if w.pos_ == "NOUN" and w.lower_ in st.nouns), None)
    return None


def _s_possessive(t) -> bool:
    """A name ending in "s" and followed by a bare apostrophe ("Cyprus’", "the Bahamas'")."""
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    return t.pos_ == "PROPN" and t.lower_.endswith("s") and nxt is not None and nxt.text in ("’", "'")


def assured_roles(t, noun) -> tuple[list, list]:
    """(source heads, target heads) of the stance ``noun`` promised by verb ``t``."""
    owners = [c for c in noun.children if c.dep_ == "poss"] or [
        w for w in noun.doc[max(noun.sent.start, noun.i - 4):noun.i] if _s_possessive(w)][-1:] or [
        g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    assured = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
    if not assured and (title := titled_vocative(t.sent)) is not None:
        assured = [title]
    return owners, assured


def promised(tr) -> bool:
    """Whether trigger ``tr`` is a stance promised by a verb of assuring."""
    st = load_stances()
    return tr.pattern is st.held.get(tr.pattern.lemma) and lemma_of(tr.token) in st.assuring
