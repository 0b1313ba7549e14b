"""A statement's issuer accuses other sides, never its own state's institutions.

A state that judges its own institutions in its statement ("The Bank of Ghana's policy is
illegal", "the Ministry's decision was unlawful" in Ghana's statement) tells of a matter inside
the state, not an accusation between sides: in country terms it would be GHA ACCUSE GHA.  The
check a reporting state gets (:func:`allegations.same_side`: "the Ministry of Interior said
security forces arrested five suspects" is no allegation) applies to every ACCUSE in the
issuer's voice: a target of its own side is dropped, and an ACCUSE left with no target is no
event.

Own side: the accuser itself; or, when the accuser is an issuer that is a state, a state body
(:func:`allegations.is_state`, or a state bank, word class ``state_banks``) of its own country,
or a civil organ of no stated country ("the Ministry"), unless it is named as another
state's rulers (word class ``foreign_rulers``: "the regime") or another state's body of the same
head word was named before it ("the Israeli Government ... the Government").  Armed forces of no stated country are
not taken so ("the occupying forces"); nor are the state's opposition, rebels, parties or
companies, which stay accused.  A news report of one organ accusing another ("the government
accused the army of abuses") is a domestic dispute the news codes: kept.
"""

from __future__ import annotations

from ..document import Document, Event
from .allegations import is_state
from .kept_targets import keep_targets
from .patterns import load_word_classes

# Armed organs of the state: of no stated country, not taken as an issuer's own (its other
# organs, ministries of any sector, courts, parliament, are).
_ARMED = {"MIL", "COP", "SPY"}


def state_body(actor) -> bool:
    """A state actor, or a bank the state runs: named with a word of class ``state_banks``
    ("the Central Bank of X", "the Reserve Bank") or "Bank of <country>" not known to the KB
    as a company of its own ("Bank of America" is one)."""
    if is_state(actor):
        return True
    words = actor.name.lower().split()
    if "bank" not in words:
        return False
    i = words.index("bank")
    if i > 0 and words[i - 1] in load_word_classes()["state_banks"]:
        return True
    return i == 0 and words[1:2] == ["of"] and bool(actor.country) and not actor.known


def own_side(doc: Document, accuser, accused) -> bool:
    """``accused`` is of ``accuser``'s side (see the module's note)."""
    if accuser is None or accused is None:
        return False
    return accuser.id == accused.id or (accuser.id in doc.issuers and own_organ(doc, accuser, accused))


def own_organ(doc: Document, state, body) -> bool:
    """``body`` is a state body of the state actor ``state``'s own side: of its country; or,
    of no stated country, when ``state`` has none either, or is an issuer and ``body`` a civil
    organ or a state bank ("the Ministry" in its statement: armed forces of no stated country
    may be another's, "the occupying forces")."""
    if state.id == body.id:
        return True
    if not is_state(state) or not state_body(body):
        return False
    if body.country or body.kind == "country" or body.known:
        # (a body the KB knows with no country is a state of the past: "the USSR")
        return body.country is not None and body.country == state.country
    if not state.country:
        return True
    return (state.id in doc.issuers and (body.sector or "").upper() not in _ARMED
            and not foreign_rulers(body) and not _another_states_before(doc, state, body))


def foreign_rulers(body) -> bool:
    """``body`` is named with a word of class ``foreign_rulers`` ("the regime", "the de facto
    authorities"): the rulers of another state."""
    name = f" {' '.join(body.name.lower().split())} "
    return any(f" {w} " in name for w in load_word_classes()["foreign_rulers"])


def _another_states_before(doc: Document, state, body) -> bool:
    """A body of another state with ``body``'s head word was named before it ("The Israeli
    Government ... We condemn the Government"): "the Government" may be that one."""
    words = body.name.lower().split()
    if not words or not body.mentions:
        return False
    head, first = words[-1], min(m.start for m in body.mentions)
    return any(a.id != body.id and a.country and a.country != state.country
               and head in a.name.lower().split() and any(m.start < first for m in a.mentions)
               for a in doc.actors)


def drop_own_side_accused(doc: Document, events: list[Event]) -> list[Event]:
    """``events`` with no ACCUSE of the accuser's own side (targets dropped; an ACCUSE
    whose every target was its own side is dropped)."""
    out = []
    for e in events:
        if e.type != "ACCUSE" or not e.sources or not e.targets:
            out.append(e)
            continue
        accusers = [doc.actor(s) for s in e.sources]
        keep = [t for t in e.targets if not all(own_side(doc, s, doc.actor(t)) for s in accusers)]
        if not keep:
            continue
        if len(keep) < len(e.targets):
            keep_targets(doc, e, keep)
        out.append(e)
    return out

