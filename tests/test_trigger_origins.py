"""The evaluation report counts where the coded events' triggers came from (issue 13 asks for
the share from the compiled dictionaries): read from each event's ``pattern`` in the output
contract.  Sentences and gold folders are made up here."""

from __future__ import annotations

import json
from collections import Counter

from communique.evaluate import origins
from communique.evaluate.registry import GoldSet, Result
from communique.evaluate.report import render
from communique.evaluate.run import evaluate


def test_each_pattern_kind_has_its_origin():
    ev = [{"pattern": "petrarch:CAMEO.verbpatterns:4512"},
          {"pattern": "patterns.tsv:424", "field_evidence": {"type": [{"start": 0, "end": 4}]}},
          {"pattern": "patterns.tsv:88", "field_evidence": {"cameo": [{"start": 5, "end": 9}]}},
          {"pattern": "stances.toml:thanks"}, {}]
    assert [origins.origin(e) for e in ev] == [
        origins.DICTIONARY, origins.OWN, origins.REFINED, origins.WORD_CLASS, origins.WORD_CLASS]


def test_a_line_of_an_extra_pattern_file_is_an_own_pattern():
    # (events.extra_patterns: the id carries the extra file's name, not "patterns.tsv")
    ev = [{"pattern": "patterns.tsv:COERCE.0a1b2c3d"},
          {"pattern": "sahel_raids.tsv:ASSAULT.9f8e7d6c"},
          {"pattern": "sahel_raids.tsv:ASSAULT.9f8e7d6c", "field_evidence": {"cameo": [{"start": 0, "end": 3}]}},
          {"pattern": "local_rules.txt:12"},
          {"pattern": "stances.toml:misread.welcome"}, {"pattern": "hoped_acts.toml:hope"}]
    assert [origins.origin(e) for e in ev] == [
        origins.OWN, origins.OWN, origins.REFINED, origins.OWN, origins.WORD_CLASS, origins.WORD_CLASS]


def test_the_report_tables_the_origins_and_states_the_dictionary_share():
    r = Result("toy", "dev", 2, origins=Counter({origins.DICTIONARY: 1, origins.OWN: 3}))
    text = render([r])
    assert "## Where the events' triggers came from" in text
    assert "| toy | 4 | 1 (25.0 %) | 0 (0.0 %) | 3 (75.0 %) | 0 (0.0 %) |" in text
    assert "compiled dictionaries: 25.0 % (1 of 4)" in text


def test_a_coded_set_counts_every_event_of_its_outputs(tmp_path, config):
    texts = ["The Foreign Ministry of Ruritania condemned the shelling of Port Avalon by Borduria.",
             "Borduria and Ruritania signed a trade agreement in Port Avalon on Monday."]
    with (tmp_path / "toy.dev.jsonl").open("w", encoding="utf-8") as fh:
        for i, t in enumerate(texts):
            fh.write(json.dumps({"id": f"toy-{i}", "text": t}) + "\n")
    seen = []
    toy = GoldSet("toy", "made up", lambda r: {"text": r["text"]},
                  lambda records, outputs, result: seen.extend(outputs))
    result = evaluate(toy, split="dev", gold_dir=tmp_path, config=config)
    n = sum(len(o["events"]) for o in seen[:len(texts)])
    assert n >= 2 and sum(result.origins.values()) == n
