"""Whose act a clause tells, read from its frame. A subject the parser joined to a fronted
phrase across its comma ("On 2 May in Oslo, X and Y signed ...": "Oslo, X and Y" read as one
list) is still the verb's subject (events/arguments.py); "welcome" with a clause approves of
what it tells, with a person or state as object it hosts a visitor (patterns.tsv). Sentences
written for these tests."""

from __future__ import annotations

from coding_support import statement


def test_names_after_the_comma_of_a_fronted_place_phrase_are_the_subject(ex):
    out = statement(ex, "On 3 May in Geneva, Armenia and Georgia signed separate accords with Norway and Iceland.",
                    "Estonia")
    actors = {a["id"]: a["country"] for a in out["actors"]}
    signed = [e for e in out["events"] if e["cameo"] == "057"]
    assert signed, out["events"]
    assert {actors[i] for i in signed[0]["sources"]} == {"ARM", "GEO"}
    assert signed[0]["status"] == "reported"   # the issuer reports it; Estonia signed nothing


def test_a_happening_welcomed_as_a_clause_is_approval_not_hosting(ex):
    out = statement(ex, "We welcome that Armenia and Georgia signed the border accord. Estonia welcomed the "
                        "Prime Minister of Georgia in Tallinn last spring.", "Estonia")
    actors = {a["id"]: a["country"] for a in out["actors"]}
    welcomes = [(e["type"], e["cameo"], [actors[i] for i in e["sources"]], [actors[i] for i in e["targets"]])
                for e in out["events"] if e["cameo"] in ("043", "051")]
    assert ("SUPPORT", "051", ["EST"], []) in welcomes, out["events"]
    assert ("CONSULT", "043", ["EST"], ["GEO"]) in welcomes, out["events"]   # the visitor hosted
    assert len([w for w in welcomes if w[1] == "043"]) == 1
