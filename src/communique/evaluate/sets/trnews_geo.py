"""TR-News toponyms resolved to GeoNames: are place names found, and put in the right place?

Conventions (headline, read from the output contract's ``places`` only):

A gold toponym is recalled when a place mention of the output overlaps it (after aligning the
record's text with the output's ``document.text``); the place of the longest overlap is its
prediction.

- ``toponym.recall`` / ``toponym.precision`` / ``toponym.f1``: gold toponyms overlapped by a
  place mention; place mentions overlapping a gold toponym (the gold marks every toponym of
  the article, adjectives such as "Turkish" included).
- ``resolution.acc161``: over **all** gold toponyms, the predicted place is the gold GeoNames
  entry or lies within 161 km (100 miles) of the gold point, the usual geocoding threshold; an
  unrecalled toponym is wrong.  ``resolution.country``: the same share for the right ISO
  country (both none for a continent or sea).
- Beside them, over the recalled toponyms only: ``resolution.acc161_recalled``,
  ``resolution.country_recalled``, ``resolution.geonameid_recalled`` (exact id),
  ``resolution.unresolved_recalled`` (left without a location).
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from ...resolve.gazetteer import load_gazetteer
from ...resolve.gazetteer.ranking import distance_km
from .. import contract as C
from ..metrics import Accuracy, Scoreboard
from ..registry import gold_set

ACC_KM = 161.0

# Places need the parse, the mentions and the actors (issuer countries); not dates or events.
OVERRIDES = {"pipeline": {"stages": ["clean", "structure", "parse", "mentions", "actors",
                                     "places"]}}


def to_input(record):
    return {"text": record["text"], "published": record.get("published")}


@lru_cache(maxsize=4096)
def country_code(name: str | None) -> str | None:
    """Gold country name ("United States") -> ISO alpha-3."""
    if not name:
        return None
    gaz = load_gazetteer()
    for c in gaz.lookup(name):
        if c.entry.kind == "country":
            return c.entry.country
    try:
        import pycountry

        return pycountry.countries.lookup(name).alpha_3
    except LookupError:
        return None


def _place_spans(out):
    """(place, start, end) of every place mention, in the output's text."""
    for p in out.get("places") or []:
        for m in p.get("mentions") or []:
            yield p, m["start"], m["end"]


@gold_set("trnews_geo", "TR-News toponyms: recall of place names and GeoNames resolution",
          to_input, overrides=OVERRIDES)
def score(records, outputs, result):
    board = Scoreboard()
    found = board.prf("toponym", ("recall", "precision", "f1"))
    # over all gold toponyms (an unrecalled one is wrong), then over the recalled ones only
    acc_all, country_all = board.accuracies("resolution.acc161", "resolution.country")
    acc, right_country, exact, unresolved = board.accuracies(
        "resolution.acc161_recalled", "resolution.country_recalled", "resolution.geonameid_recalled",
        "resolution.unresolved_recalled")
    errors: Counter = Counter()
    missed: Counter = Counter()
    spurious: Counter = Counter()
    by_kind: dict[str, Accuracy] = {}
    by_country: dict[str, Accuracy] = {}

    for rec, out in zip(records, outputs):
        align = C.Aligner(rec.get("text") or "", C.text(out))
        spans = list(_place_spans(out))
        used = set()
        for g in rec["toponyms"]:
            g0, g1 = align.span(g["start"], g["end"])
            hits = [(p, s, e) for p, s, e in spans if s < g1 and g0 < e]
            if not hits:
                acc_all.add(False)
                country_all.add(False)
                found.fn += 1
                missed[g["text"]] += 1
                continue
            found.tp += 1
            used.update((s, e) for _, s, e in hits)
            p = max(hits, key=lambda h: min(h[2], g1) - max(h[1], g0))[0]
            gold_point = (g["lat"], g["lon"])
            located = p.get("lat") is not None and p.get("lon") is not None
            km = distance_km((p["lat"], p["lon"]), gold_point) if located else None
            same_id = p.get("geonameid") is not None and p["geonameid"] == g["geonameid"]
            ok = same_id or (km is not None and km <= ACC_KM)
            acc.add(ok)
            acc_all.add(ok)
            gold_cc = country_code(g.get("country"))
            right_country.add(p.get("country") == gold_cc)
            country_all.add(p.get("country") == gold_cc)
            by_country.setdefault(gold_cc or "none", Accuracy()).add(p.get("country") == gold_cc)
            exact.add(same_id)
            unresolved.add(p.get("geonameid") is None and not located)
            by_kind.setdefault(g["fcode"], Accuracy()).add(ok)
            if not ok or p.get("country") != gold_cc:
                errors[(g["text"], f'{g["name"]} ({g["fcode"]}, {gold_cc})',
                        f'{p["name"]} ({p.get("feature")}, {p.get("country")})' if located
                        else "unresolved")] += 1
        text = C.text(out)
        for _, s, e in spans:
            if (s, e) not in used:
                found.fp += 1
                spurious[text[s:e]] += 1

    board.into(result.metrics)
    result.notes.append(
        f"{found.tp + found.fn} gold toponyms, {found.tp} recalled; resolution.acc161 and "
        f"resolution.country are over all of them (unrecalled = wrong), *_recalled over the "
        f"{acc.total} recalled ones.")
    result.tables.append((
        "Commonest resolution errors (wrong place or wrong country)",
        ["text", "gold", "predicted", "n"],
        [[t, gname, pname, n] for (t, gname, pname), n in errors.most_common(20)]))
    result.tables.append((
        "Accuracy within 161 km by gold feature code", ["feature", "recalled", "acc161"],
        [[k, a.total, f"{a.value:.3f}"] for k, a in
         sorted(by_kind.items(), key=lambda kv: -kv[1].total)[:12]]))
    result.tables.append((
        "Right country by gold country (countries with a miss)",
        ["gold country", "recalled", "right country", "missed"],
        [[k, a.total, f"{a.value:.3f}", a.total - a.right] for k, a in
         sorted(by_country.items(), key=lambda kv: kv[1].right - kv[1].total)
         if a.right < a.total][:12]))
    result.tables.append(("Commonest missed toponyms", ["text", "n"],
                          [[t, n] for t, n in missed.most_common(15)]))
    result.tables.append(("Commonest place mentions with no gold toponym", ["text", "n"],
                          [[t, n] for t, n in spurious.most_common(15)]))
