"""PETRARCH-2 validation sentences: CAMEO codes and actor countries.

Each record is a news sentence with zero or more gold codings (CAMEO event code,
source and target actor codes).  Every event the coder emits for the sentence
is a predicted coding, except denied ones (a denial is not the act), background
ones and, by default, those below ``MIN_CONFIDENCE``.

Background events (``fields["background"]``, see ``events/background.py``: acts in
a temporal clause "two weeks after rebels kidnapped ...", a relative clause or a
reduced relative describing a noun, an event noun after "after/during/amid") are
left out because the gold, like all sentence-level event data, codes the acts a
sentence reports, not those it mentions to situate them.  This is the same choice
the other event sets make: plover_gsr and isaf score each sentence's main event
(highest confidence), and the coder ranks background events lower (0.9 x, on top
of the clause-depth penalty).  The coder still emits them; only scoring skips them.

* ``cameo_root`` P/R/F1: the two-digit roots of the predicted codes against the
  gold ones, per sentence as sets;
* ``cameo_code`` P/R/F1: the full codes, per sentence as sets;
* ``actor_country`` P/R/F1: the ISO-3 countries of the sources and targets of
  the predicted events against the gold ``source_country``/``target_country``
  (null ones, e.g. IGOs, left out), per sentence as sets.

CAMEO 010-017 (statements, comments, claims and denials of responsibility) have no
PLOVER type, so the coder never emits them: gold codings there are misses by
construction (a note gives their number).  018 (empathetic comment) and 019 (express
accord) are coded, as SUPPORT and AGREE.

Known convention differences with PETRARCH-2 (listed in the misses table): it codes
"will meet" as the meeting (040) where communique, like the PLOVER gold standard, codes
an announced meeting as intent (036); and "X said Y attacked" only as X accusing Y
(112), where communique codes both the attack (claimed by X) and, when X is a named
actor, X's allegation (112, ``events/allegations.py``).
"""

from __future__ import annotations

from collections import Counter

from ..metrics import PRF, actor_countries, confusion_rows
from ..registry import gold_set

MIN_CONFIDENCE = 0.0
# CAMEO statement codes with no PLOVER type (018 and 019 have one).
_NO_PLOVER = {f"01{d}" for d in range(8)}


def to_input(record):
    return {"text": record["text"], "published": record.get("published")}


def predicted(doc):
    return [e for e in doc.events if e.status != "denied" and e.confidence >= MIN_CONFIDENCE and e.cameo
            and "background" not in e.fields]



@gold_set("petr2_gsr", "PETRARCH-2 validation sentences: CAMEO root and code, actor countries", to_input, documents=True)
def score(records, docs, result):
    root, code, country = PRF(), PRF(), PRF()
    pairs = []
    statements = 0
    misses: list[list] = []
    for rec, doc in zip(records, docs):
        gold = rec.get("codings") or []
        events = predicted(doc)
        groot = {g["cameo"][:2] for g in gold}
        proot = {e.cameo[:2] for e in events}
        root.add(sorted(groot), sorted(proot))
        code.add(sorted({g["cameo"] for g in gold}), sorted({e.cameo for e in events}))
        gc = {c for g in gold for c in (g.get("source_country"), g.get("target_country")) if c}
        pc = set()
        for e in events:
            pc |= actor_countries(doc, e.sources) | actor_countries(doc, e.targets)
        country.add(sorted(gc), sorted(pc))
        statements += sum(1 for g in gold if g["cameo"][:3] in _NO_PLOVER)
        best = max(events, key=lambda e: e.confidence).cameo[:2] if events else "none"
        first = gold[0]["cameo"][:2] if gold else "none"
        pairs.append((first, best))
        if groot != proot:
            misses.append([rec.get("id"), " ".join(sorted({g["cameo"] for g in gold})) or "-",
                           " ".join(sorted({e.cameo for e in events})) or "-"])
    m = result.metrics
    root.into(m, "cameo_root")
    code.into(m, "cameo_code")
    country.into(m, "actor_country")
    result.tables.append(("Commonest root confusions (first gold coding -> most confident event)",
                          ["gold", "predicted", "n"], confusion_rows(pairs, top=12)))
    result.tables.append(("Gold roots", ["root", "codings"],
                          [[r, n] for r, n in sorted(Counter(g["cameo"][:2] for rec in records
                                                             for g in rec.get("codings") or []).items())]))
    result.tables.append(("Sentences whose CAMEO roots differ", ["id", "gold codes", "predicted codes"],
                          misses))
    result.notes.append(f"{statements} gold codings are CAMEO 010-017 statements, which have no PLOVER "
                        "type and are never emitted")
    result.notes.append(f"{sum(1 for r in records if not r.get('codings'))} sentences have no gold event")
