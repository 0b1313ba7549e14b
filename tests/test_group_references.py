"""A plural phrase stands for the statement's issuers only when nothing marks it as
another class of actors, and never as the target of the issuers' own act."""

from __future__ import annotations

from pathlib import Path

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "un_agency_statement.txt"


def test_an_appeal_to_armed_groups_never_targets_an_issuer(extractor):
    # Issued by an agency and its representative; "calls on all armed groups" is not the
    # issuers (the phrase used to resolve to them, leaving the representative as target).
    doc = extractor.extract_path(EXAMPLE)
    issuers = set(doc.issuers)
    assert len(issuers) == 2
    requests = [e for e in doc.events if e.type == "REQUEST"]
    assert len(requests) >= 2
    for e in requests:
        assert e.sources and set(e.sources) <= issuers
        assert not issuers & set(e.targets), [doc.actor(a).name for a in e.targets]


def test_both_organisations_is_still_the_issuers(extractor):
    doc = extractor.extract_text(
        "Joint statement by the Northern Farmers Union and the Coastal Fishers League\n\n"
        "HARBOURTOWN, 3 May 2024 - Both organisations condemned the attack on the market "
        "and called on all armed groups to free the abducted villagers.",
        published="2024-05-03")
    assert len(doc.issuers) == 2
    accuse = [e for e in doc.events if e.type == "ACCUSE"]
    assert accuse and set(accuse[0].sources) == set(doc.issuers)
