"""Acts done together with a partner: the doer cooperates with the partner (PLOVER COOPERATE,
CAMEO 060), beside whatever the verb itself does.

"Together with X, we launched a fund", "Y, jointly with X, will host the summit", "In
partnership with X, my Government opened two clinics": a "with" phrase marked as a partner's
(an adverb of togetherness before it, or "in <noun of working together> with") that stands
before the verb it hangs on, and whose object names an actor.  After the verb the phrase often
belongs to the object ("arrested X along with Y"), so it is left alone there.  The word lists
are in ``data/partnering.toml`` (the adverbs) and ``data/word_classes.toml`` (the nouns, word
class working_together).
"""

from __future__ import annotations

import functools
from pathlib import Path

from .doers import verb_sources
from .clause_parts import names_one_actor
from .matcher import Trigger
from .ontology import read_data_toml
from .patterns import Pattern, load_word_classes
from .token_table import token_table

DATA = Path(__file__).parent / "data" / "partnering.toml"

PARTNERING = Pattern("partnering.toml:partner", "COOPERATE", None, "060", "V", "with",
                     "together with X, <subject> <verb>")


@functools.cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    data = read_data_toml(DATA, keys=("adverbs",))
    return frozenset(data["adverbs"]), load_word_classes()["working_together"]


def partner_triggers(sent, taken: dict, max_tokens: int) -> list[Trigger]:
    """The partner triggers of ``sent``; ``taken``: trigger type by token index of the
    sentence's other triggers (a verb already coded as cooperation needs no second one)."""
    adverbs, nouns = _words()
    out = []
    sdoc, tab = sent.doc, token_table(sent.doc)   # (a token made only for a "with")
    for i in range(sent.start, min(sent.end, sent.start + max_tokens)):
        if tab.lower[i] != "with" or tab.dep[i] != "prep":
            continue
        t = sdoc[i]
        marker = _marker(t, adverbs, nouns)
        partner = next((g for g in t.children if g.dep_ == "pobj"), None)
        if marker is None or partner is None or not names_one_actor(partner):
            continue
        verb = _verb_of(marker)
        if verb is None or verb.i < t.i or taken.get(verb.i) == "COOPERATE":
            continue
        doers = [d for d in verb_sources(verb) if d.i < t.i or d.i > partner.right_edge.i]
        if not doers:
            continue
        out.append(Trigger(t, PARTNERING, PARTNERING.type, None, PARTNERING.cameo, None, [marker, t],
                           source_at=doers[0], target_at=partner))
    return out


def names_a_partner(w) -> bool:
    """Whether "with" ``w`` is marked as a partner's ("together with X", "in partnership with
    X"): a companion of the doer, wherever the phrase stands."""
    return _marker(w, *_words()) is not None


def _marker(w, adverbs, nouns):
    """The word that makes "with" ``w`` a partner's: "together" (its modifier or the word
    before it), or the noun of "in partnership with"; None for any other "with"."""
    before = w.doc[w.i - 1] if w.i > w.sent.start else None
    if before is not None and before.lower_ in adverbs:
        return before
    h = w.head
    if h.i == w.i - 1 and h.lower_ in nouns and h.dep_ == "pobj" and h.head.lower_ == "in":
        return h.head
    return None


def _verb_of(marker):
    """The verb (or copula) the partner phrase hangs on, a step or two up."""
    x = marker
    for _ in range(4):
        x = x.head
        if x.pos_ in ("VERB", "AUX"):
            return x
        if x.dep_ not in ("prep", "advmod", "pobj") or x.head.i == x.i:
            return None
    return None
