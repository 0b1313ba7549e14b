"""TR-News toponyms resolved to GeoNames: are place names found, and put in the right place?

- ``toponym.recall``: share of gold toponyms overlapped by a place mention (any Place
  mention span, resolved or not).
- ``toponym.precision``: share of place mention spans that overlap a gold toponym
  (the gold marks every toponym of the article, adjectives such as "Turkish" included).
- Of the recalled gold toponyms:
  ``resolution.acc161``: the predicted location is the gold GeoNames entry or lies
  within 161 km (100 miles) of the gold point, the usual geocoding threshold;
  ``resolution.acc161_points``: the same on coordinates alone (our countries and
  regions carry the mean point of their populated places, not GeoNames' own centre,
  so a right country can be "far" here);
  ``resolution.country``: the predicted country is the gold country (both none for a
  continent or sea);
  ``resolution.geonameid``: exact GeoNames id match;
  ``resolution.unresolved``: share left without a location.
"""

from __future__ import annotations

from collections import Counter

from ...resolve.gazetteer import load_gazetteer
from ...resolve.gazetteer.ranking import distance_km
from ..metrics import PRF, Accuracy
from ..registry import gold_set

ACC_KM = 161.0

# Places need the parse, the mentions and the actors (issuer countries); not dates or events.
OVERRIDES = {"pipeline": {"stages": ["clean", "structure", "parse", "mentions", "actors",
                                     "places"]}}


def to_input(record):
    return {"text": record["text"], "published": record.get("published")}


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


def _place_spans(doc):
    """Place mention spans in the coordinates of the input text (gold offsets)."""
    for p in doc.places:
        for s in p.mentions:
            yield p, doc.raw_offset(s.start), doc.raw_offset(s.end)


@gold_set("trnews_geo", "TR-News toponyms: recall of place names and GeoNames resolution",
          to_input, overrides=OVERRIDES, documents=True)
def score(records, docs, result):
    found = PRF()
    acc = Accuracy()
    acc_points = Accuracy()
    right_country = Accuracy()
    exact = Accuracy()
    unresolved = Accuracy()
    errors: Counter = Counter()
    missed: Counter = Counter()
    spurious: Counter = Counter()
    by_kind: dict[str, Accuracy] = {}
    by_country: dict[str, Accuracy] = {}

    for rec, doc in zip(records, docs):
        spans = list(_place_spans(doc))
        used = set()
        for g in rec["toponyms"]:
            hits = [(p, s, e) for p, s, e in spans if s < g["end"] and g["start"] < e]
            if not hits:
                found.fn += 1
                missed[g["text"]] += 1
                continue
            found.tp += 1
            used.update((s, e) for _, s, e in hits)
            p = max(hits, key=lambda h: min(h[2], g["end"]) - max(h[1], g["start"]))[0]
            gold_point = (g["lat"], g["lon"])
            km = distance_km((p.lat, p.lon), gold_point) if p.lat is not None else None
            same_id = p.geonameid is not None and p.geonameid == g["geonameid"]
            ok = same_id or (km is not None and km <= ACC_KM)
            acc.add(ok)
            acc_points.add(km is not None and km <= ACC_KM)
            gold_cc = country_code(g.get("country"))
            right_country.add(p.country == gold_cc)
            by_country.setdefault(gold_cc or "none", Accuracy()).add(p.country == gold_cc)
            exact.add(same_id)
            unresolved.add(p.geonameid is None and p.lat is None)
            by_kind.setdefault(g["fcode"], Accuracy()).add(ok)
            if not ok or p.country != gold_cc:
                errors[(g["text"], f'{g["name"]} ({g["fcode"]}, {gold_cc})',
                        f"{p.name} ({p.feature}, {p.country})" if p.lat is not None
                        else "unresolved")] += 1
        for _, s, e in spans:
            if (s, e) not in used:
                found.fp += 1
                spurious[doc.raw[s:e]] += 1

    m = result.metrics
    m["toponym.recall"] = found.recall
    m["toponym.precision"] = found.precision
    m["toponym.f1"] = found.f1
    m["resolution.acc161"] = acc.value
    m["resolution.acc161_points"] = acc_points.value
    m["resolution.country"] = right_country.value
    m["resolution.geonameid"] = exact.value
    m["resolution.unresolved"] = unresolved.value
    result.notes.append(
        f"{found.tp + found.fn} gold toponyms, {found.tp} recalled; resolution figures are "
        f"over the {acc.total} recalled ones.")
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
