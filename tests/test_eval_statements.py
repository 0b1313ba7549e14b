"""The statements scorer on made-up output documents (the JSON `extract` prints)."""

from communique.evaluate.registry import Result
from communique.evaluate.sets.statements import judge, needle_sentence, score

TEXT = ("Our region has known hard years. We thank Veloria for its steady help. "
        "We deplore the shelling of Port Amsel by Drasnia")


def _out(events, actors=None, text=TEXT):
    actors = actors or [
        {"id": "a1", "name": "Republic of Zembla", "country": "ZMB", "aliases": []},
        {"id": "a2", "name": "Veloria", "country": "VLR", "aliases": ["Velorian Republic"]},
        {"id": "a3", "name": "Drasnian Army", "country": "DRS", "aliases": []},
    ]
    return {"document": {"text": text}, "actors": actors, "events": events}


def _event(type_, start, sources=("a1",), targets=("a2",)):
    return {"type": type_, "sources": list(sources), "targets": list(targets),
            "evidence": {"start": start, "end": start + 10, "text": ""}}


THANK_AT = TEXT.index("We thank")
DEPLORE_AT = TEXT.index("We deplore")
EXPECT = {"types": ["SUPPORT"], "source_country": "ZMB", "target_country": "VLR",
          "target_pattern": None, "needle": "We thank Veloria"}


def test_needle_sentence_runs_between_full_stops_and_to_the_end():
    assert TEXT[slice(*needle_sentence(TEXT, "We thank Veloria"))] == "We thank Veloria for its steady help."
    assert TEXT[slice(*needle_sentence(TEXT, "We deplore"))].endswith("by Drasnia")
    assert needle_sentence(TEXT, "not in there") is None


def test_found_needs_type_source_and_target_in_the_sentence():
    assert judge(EXPECT, _out([_event("SUPPORT", THANK_AT)]))[:2] == (True, None)
    assert judge(EXPECT, _out([_event("REQUEST", THANK_AT)]))[:2] == (False, "type")
    assert judge(EXPECT, _out([_event("SUPPORT", THANK_AT, sources=("a3",))]))[:2] == (False, "source")
    assert judge(EXPECT, _out([_event("SUPPORT", THANK_AT, targets=("a3",))]))[:2] == (False, "target")
    # the right event in another sentence does not count
    assert judge(EXPECT, _out([_event("SUPPORT", DEPLORE_AT)]))[:2] == (False, "no event in sentence")


def test_pattern_matches_name_or_alias_and_open_target_accepts_none():
    by_alias = dict(EXPECT, target_country=None, target_pattern=r"velorian")
    assert judge(by_alias, _out([_event("SUPPORT", THANK_AT)]))[0]
    open_target = dict(EXPECT, target_country=None)
    assert judge(open_target, _out([_event("SUPPORT", THANK_AT, targets=())]))[0]
    wrong = dict(by_alias, target_pattern=r"drasn")
    assert judge(wrong, _out([_event("SUPPORT", THANK_AT)]))[:2] == (False, "target")


def test_needle_missing_from_output_text_is_a_miss():
    assert judge(EXPECT, _out([], text="Something else entirely."))[:2] == (False, "needle not in output")


def test_score_counts_found_records_and_lists_each_miss_with_its_cause():
    records = [{"id": f"stmt-X{i}", "expect": EXPECT} for i in range(4)]
    outs = [_out([_event("SUPPORT", THANK_AT)]), _out([]), _out([_event("ACCUSE", THANK_AT)]),
            _out([_event("SUPPORT", THANK_AT)])]
    r = Result("statements", "dev", len(records))
    score(records, outs, r)
    assert r.metrics["act.found"] == 0.5
    tables = {t: rows for t, _, rows in r.tables}
    assert [row[:2] for row in tables["Misses"]] == [["stmt-X1", "no event in sentence"], ["stmt-X2", "type"]]
    assert tables["Misses by cause"][-1] == ["all", 2]
