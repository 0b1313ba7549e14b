"""What several test modules of coded sentences share beyond coding_support.py: statements
coded under a general-debate title (GA_TITLE, GA79_TITLE) or with the issuer given as a hint,
news coded as of a date, and the events of a coded text read as (type, sides) tuples, as CAMEO
codes with their sides' countries, or as short summaries for assertion messages; an act test
over such tuples.  The sentences stay in the test files.
"""

from __future__ import annotations

from communique import contract
from coding_support import actors_by_id, acts, country_or_name, statement


def has_act(acts, kind, target, source="GHA") -> bool:
    return any(a[0] == kind and a[1] == [source] and target in a[2] for a in acts)


def event_countries(doc, e):
    names = {a.id: a.country for a in doc.actors}
    return [names[a] for a in e.sources], [names[a] for a in e.targets]


def cameo_sides(extractor, text):
    doc = extractor.extract_text(text, published="2019-09-17")
    country = {a.id: a.country for a in doc.actors}
    return [(e.cameo, [country[a] for a in e.sources], [country[a] for a in e.targets])
            for e in doc.events]


def cameo_sides_and_doc(extractor, text):
    doc = extractor.extract_text(text, published="2019-09-17")
    country = {a.id: a.country for a in doc.actors}
    return [(e.cameo, [country[a] for a in e.sources], [country[a] for a in e.targets])
            for e in doc.events], doc


def news_2021(extractor, text):
    return extractor.extract_text(text, published="2021-05-11")


def event_summaries(doc):
    return [(e.type, e.cameo, e.status, e.evidence.text[:40]) for e in doc.events]


def cameo_records(actors, events):
    """(CAMEO code, source countries, target countries) of each event with a code."""
    side = lambda ids: sorted(actors[i].get("country") or "-" for i in ids)
    return sorted((e["cameo"], side(e["sources"]), side(e["targets"])) for e in events if e["cameo"])


def hinted_statement(ex, issuer: str, text: str) -> tuple[dict, list[dict]]:
    from communique.document import Source

    doc = ex.extract_text(text, published="2023-09-20", title=f"Statement by {issuer}",
                          source=Source(issuer_hint=[issuer]))
    out = contract.to_dict(doc)
    return actors_by_id(out), out["events"]


def statement_events(ex, text, issuer="Ghana"):
    out = statement(ex, text, issuer)
    actors = actors_by_id(out)
    return [dict(e, src=[country_or_name(actors[i]) for i in e["sources"]],
                 tgt=[country_or_name(actors[i]) for i in e["targets"]],
                 tgt_kinds=[actors[i]["kind"] for i in e["targets"]])
            for e in out["events"]]


GA79_TITLE = "Statement by {} at the general debate of the United Nations General Assembly, seventy-ninth session"


def ga79_statement(ex, issuer: str | None, text: str) -> dict:
    return statement(ex, text, issuer, title=GA79_TITLE, published="2023-09-19")


def country_or_name_acts(out: dict) -> list[tuple[str, list, list]]:
    """(type, source countries or names, target countries or names) of each event."""
    return acts(out, source=country_or_name)


GA_TITLE = "Statement by {} at the general debate of the United Nations General Assembly"


def ga_statement(extractor, issuer: str, text: str) -> dict:
    return statement(extractor, text, issuer, title=GA_TITLE, published="2023-09-19")


def news_2022(extractor, text: str) -> dict:
    return statement(extractor, text, None, published="2022-03-08")


def name_and_country(actor: dict) -> tuple:
    return actor["name"], actor.get("country")


def named_acts(out: dict) -> list[tuple]:
    """(type, source names and countries, target names and countries) per event."""
    return acts(out, source=name_and_country, target=name_and_country)


def events_of_type(out: dict, type_: str) -> list[dict]:
    return [e for e in out["events"] if e["type"] == type_]
