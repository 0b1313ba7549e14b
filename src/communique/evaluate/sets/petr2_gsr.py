"""PETRARCH-2 validation sentences: CAMEO event tuples, as PETRARCH's own validation scores them.

Conventions (headline, read from the output contract only):

Each record is a news sentence with zero or more gold codings (CAMEO code, source and target
actor, their ISO-3 countries; IGOs and unknown actors have a null country).  Every event of
the output with a CAMEO code is a prediction, background acts included (the gold does not mark
them out), except those the output says did not happen (``status: denied`` or ``negated``).

* ``tuple_root`` / ``tuple_code`` P/R/F1: an event gives one tuple (CAMEO code, source
  country, target country) per pair of its source and target actors (an actor with no country,
  or no actor at all, is null); tuples are matched per sentence, each gold tuple at most once,
  so a duplicate prediction of the same act is a false positive and a wrong actor fails the
  tuple.  ``tuple_root`` compares the two-digit root, ``tuple_code`` the full code.
* ``actor_country`` P/R/F1, beside them: the set of countries of the sentence's predicted
  sources and targets against the gold ones (nulls left out), per sentence.
* An actor's country is the one named in its own words: PETRARCH-2 codes an actor from its
  noun phrase alone (``PETRtree.NounPhrase.get_meaning``; "insurgents" is ``---REB`` whatever
  country the sentence names), so a country the output read from other words of the sentence
  (the event's field evidence ``country:<actor id>``, events/place_actors.py) is null here.

CAMEO 010-017 (statements, comments, claims and denials of responsibility) have no PLOVER
type; the default coder emits only 015 and 016 of them (a doer's claim or denial of its own
act, with a null type), so most gold codings there are misses by construction (a note gives
their number).

Secondary (the older scoring, for comparison): ``sets_no_background.*`` compares the
sentence's codes (root, full) as sets, without actors, and leaves background events out.
"""

from __future__ import annotations

from collections import Counter
from itertools import product

from .. import contract as C
from ..metrics import PRF, confusion_rows
from ..registry import gold_set

# CAMEO statement codes with no PLOVER type (018 and 019 have one).
_NO_PLOVER = {f"01{d}" for d in range(8)}


def to_input(record):
    return {"text": record["text"], "published": record.get("published")}


def predicted(out):
    return [e for e in C.events(out) if e.get("cameo") and not C.did_not_happen(e)]


def own_country(out, event, actor_id: str) -> str | None:
    """The actor's country as PETRARCH codes it: none when the event says it was read from
    other words than the actor's own (see the module)."""
    if f"country:{actor_id}" in (event.get("field_evidence") or {}):
        return None
    return C.actor_country(out, actor_id)


def event_tuples(out, event, digits: int | None = None) -> set[tuple]:
    """(code, source country, target country) for each source x target of one event."""
    code = event["cameo"][:digits] if digits else event["cameo"]
    sources = [own_country(out, event, a) for a in event["sources"]] or [None]
    targets = [own_country(out, event, a) for a in event["targets"]] or [None]
    return {(code, s, t) for s, t in product(sources, targets)}


def gold_tuples(record, digits: int | None = None) -> list[tuple]:
    return [((g["cameo"][:digits] if digits else g["cameo"]), g.get("source_country") or None,
             g.get("target_country") or None) for g in record.get("codings") or []]


def sentence_tuples(out, digits: int | None = None) -> list[tuple]:
    """All predicted tuples of a sentence; the same tuple from two events counts twice."""
    return [t for e in predicted(out) for t in sorted(event_tuples(out, e, digits), key=str)]


@gold_set("petr2_gsr", "PETRARCH-2 validation sentences: (CAMEO, source, target) tuples, actor countries",
          to_input)
def score(records, outputs, result):
    root, code, country = PRF(), PRF(), PRF()
    old_root, old_code = PRF(), PRF()
    pairs, misses = [], []
    statements = 0
    for rec, out in zip(records, outputs):
        gold = rec.get("codings") or []
        events = predicted(out)
        root.add(gold_tuples(rec, 2), sentence_tuples(out, 2))
        code.add(gold_tuples(rec), sentence_tuples(out))
        gc = {c for g in gold for c in (g.get("source_country"), g.get("target_country")) if c}
        pc = set()
        for e in events:
            pc |= {c for a in [*e["sources"], *e["targets"]] if (c := own_country(out, e, a))}
        country.add(sorted(gc), sorted(pc))
        # the older scoring: codes as sets, background left out
        fore = [e for e in events if "background" not in (e.get("field_evidence") or {})]
        old_root.add(sorted({g["cameo"][:2] for g in gold}), sorted({e["cameo"][:2] for e in fore}))
        old_code.add(sorted({g["cameo"] for g in gold}), sorted({e["cameo"] for e in fore}))
        statements += sum(1 for g in gold if g["cameo"][:3] in _NO_PLOVER)
        main = C.main_event(out)
        pairs.append((gold[0]["cameo"][:2] if gold else "none",
                      main["cameo"][:2] if main and main.get("cameo") else "none"))
        want, got = Counter(gold_tuples(rec)), Counter(sentence_tuples(out))
        if want != got:
            show = lambda c: " ".join(f"{k[0]}:{k[1] or '-'}>{k[2] or '-'}" + (f" x{n}" if n > 1 else "")
                                      for k, n in sorted(c.items(), key=str)) or "-"
            misses.append([rec.get("id"), show(want), show(got)])
    m = result.metrics
    root.into(m, "tuple_root")
    code.into(m, "tuple_code")
    country.into(m, "actor_country")
    result.secondary["sets_no_background.cameo_root.f1"] = old_root.f1
    result.secondary["sets_no_background.cameo_code.f1"] = old_code.f1
    result.tables.append(("Commonest root confusions (first gold coding -> main event)",
                          ["gold", "predicted", "n"], confusion_rows(pairs, top=12)))
    result.tables.append(("Gold roots", ["root", "codings"],
                          [[r, n] for r, n in sorted(Counter(g["cameo"][:2] for rec in records
                                                             for g in rec.get("codings") or []).items())]))
    result.tables.append(("Sentences whose tuples differ (code:source>target)",
                          ["id", "gold", "predicted"], misses))
    result.notes.append(f"{statements} gold codings are CAMEO 010-017 statements, which have no PLOVER "
                        "type; of them the coder emits only 015 and 016 (claims and denials)")
    result.notes.append(f"{sum(1 for r in records if not r.get('codings'))} sentences have no gold event")
