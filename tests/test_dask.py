"""The Dask engine codes exactly what a single process codes, in input order."""

from __future__ import annotations

import json
from itertools import islice

import pytest

pytest.importorskip("distributed")

from communique import contract  # noqa: E402
from communique.document import Document, Source  # noqa: E402
from communique.ingest import read_jsonl  # noqa: E402
from communique.scale.dask_engine import code_bag, code_records  # noqa: E402
from communique.scale.tables import write_parquet  # noqa: E402

from test_scale import first_difference  # noqa: E402


@pytest.fixture(scope="module")
def records(gold_dir):
    with open(gold_dir / "isaf.dev.jsonl", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in islice(fh, 16)]
    out = [{"id": r["id"], "text": r["text"]} for r in rows]
    out.insert(3, {"id": "broken", "title": "no text field"})
    return out


@pytest.fixture(scope="module")
def single(extractor, config, records):
    lines = [json.dumps(r) for r in records]
    return [contract.to_dict(d) for d in extractor.pipe(read_jsonl(lines, config, "<records>"))]


def _dumps(results):
    return [json.dumps(r, sort_keys=True, ensure_ascii=False, indent=1) for r in results]


@pytest.mark.slow
def test_two_process_local_cluster_matches_single_process(config, records, single):
    out = list(code_records(records, config, partition_size=3, n_workers=2, processes=True))
    assert _dumps(out) == _dumps(single), first_difference(_dumps(out), _dumps(single))
    assert out[3]["errors"][0]["code"] == "input.jsonl"


@pytest.mark.slow
def test_existing_scheduler_by_address(config, records, single):
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                      dashboard_address=":0") as cluster:
        docs = [Document(raw=r["text"], source=Source(record=r["id"]), id=r["id"])
                for r in records if "text" in r]
        out = list(code_records(docs, config, scheduler=cluster.scheduler_address,
                                partition_size=4))
    expected = [s for s in single if s["document"]["id"] != "broken"]
    assert [r["document"]["id"] for r in out] == [r["id"] for r in records if "text" in r]
    assert [r["events"] for r in out] == [s["events"] for s in expected]


def test_unreachable_scheduler_is_a_clear_error(config):
    from communique.scale.dask_engine import DaskEngineError

    with pytest.raises(DaskEngineError, match="cannot reach the Dask scheduler"):
        list(code_records([{"id": "a", "text": "The envoy left."}], config,
                          scheduler="tcp://127.0.0.1:9", connect_timeout="2s"))


def test_bag_of_records_codes_like_single_process(config, records, single):
    import dask.bag as db

    bag = code_bag(db.from_sequence(records, npartitions=3), config)
    out = bag.compute(scheduler="synchronous")
    # A bag numbers records within its partition; everything else is identical.
    for r in out + single:
        r["document"]["source"].pop("line", None)
        for e in r["errors"]:
            e["message"] = e["message"].split(": ", 1)[1]
    assert _dumps(out) == _dumps(single)


def test_parquet_tables_hold_every_document_and_event(tmp_path, single):
    import pyarrow.parquet as pq

    counts = write_parquet(single, tmp_path, batch_rows=5)
    documents = pq.read_table(tmp_path / "documents.parquet").to_pylist()
    events = pq.read_table(tmp_path / "events.parquet").to_pylist()
    assert counts == {"documents": len(single), "events": sum(len(s["events"]) for s in single)}
    assert [json.loads(d["record"]) for d in documents] == single
    assert [d["n_events"] for d in documents] == [len(s["events"]) for s in single]
    flat = [(e["id"], e["type"], e["evidence"]["text"]) for s in single for e in s["events"]]
    assert [(e["event_id"].rpartition("/")[2], e["type"], e["evidence"]) for e in events] == flat
