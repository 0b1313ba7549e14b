"""communique.document/1 written and read by one serialiser (communique.contract),
and the archive giving documents back in it, their stored errors included."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from communique import contract
from communique.cli import main
from communique.contract import ContractError, from_dict, to_dict
from communique.document import Evidence, Span
from communique.web.server import build_app
from communique.store.documents import NOT_STORED

TEXT = ("Joint statement of the Velmoran Farmers League and the Ostrin Valley Council\n\n"
        "Pellham, 14 March 2023\n\n"
        "The Velmoran Farmers League and the Ostrin Valley Council signed an agreement on Tuesday "
        "to share the water of the Ostrin river during the dry season. The League condemned the "
        "closure of the Pellham grain market by the police and urged the provincial government to "
        "reopen it before the harvest.")

# The store's own fields beside the contract's, in "document".
STORE_FIELDS = {"record_id", "coding_version", "coded_at", "duplicate_of"}


@pytest.fixture(scope="module")
def coded(extractor):
    doc = extractor.extract_text(TEXT, published="2023-03-14")
    assert doc.events and doc.actors, "the statement should be coded"
    doc.add_error("notice.encoding", "the input was decoded as cp1252", stage="input")
    return doc


def test_round_trip_of_a_coded_document_is_equal(coded):
    data = to_dict(coded)
    assert data["schema"] == contract.SCHEMA and data["errors"][0]["code"] == "notice.encoding"
    # Through JSON text, as extract prints it and the store keeps it.
    back = from_dict(json.loads(json.dumps(data)))
    assert to_dict(back) == data
    assert back.text == coded.text and back.id == coded.id and back.source == coded.source
    assert back.actors == coded.actors and back.places == coded.places and back.dates == coded.dates
    assert [e.id for e in back.events] == [e.id for e in coded.events]
    e, orig = back.events[0], coded.events[0]
    assert isinstance(e.evidence, Evidence) and e.evidence == orig.evidence
    assert all(isinstance(s, Span) for spans in e.fields.values() for s in spans)
    assert (e.fields, e.main, e.evidence_more) == (orig.fields, orig.main, orig.evidence_more)
    assert back.errors == coded.errors and back.issuer_evidence == coded.issuer_evidence


def test_from_dict_ignores_unknown_keys_and_defaults_missing_ones():
    data = {"schema": "communique.document/1",
            "document": {"id": "d1", "text": "Tarsk thanked Oblin.", "later_field": 1},
            "actors": [{"id": "a1", "name": "Tarsk", "mood": "glad"}],
            "events": [{"id": "e1", "type": "SUPPORT", "evidence": {"start": 0, "end": 20,
                                                                    "text": "Tarsk thanked Oblin."}}]}
    doc = from_dict(data)
    assert doc.actors[0].kind == "group" and doc.actors[0].mentions == []
    assert doc.events[0].status == "asserted" and doc.events[0].fields == {}
    assert to_dict(doc)["events"][0]["evidence"]["text"] == "Tarsk thanked Oblin."


def test_from_dict_names_what_is_not_valid():
    with pytest.raises(ContractError, match="communique.document/2"):
        from_dict({"schema": "communique.document/2", "document": {}})
    broken = {"document": {"id": "d1", "text": "x"}, "events": [{"id": "e7", "type": "AID"}]}
    with pytest.raises(ContractError, match="event 'e7'"):
        from_dict(broken)


def test_omit_leaves_out_fields_and_refuses_unknown_ones(coded):
    out = to_dict(coded, omit=("events.main", "document.issuer_evidence"))
    assert all("main" not in e for e in out["events"]) and "issuer_evidence" not in out["document"]
    with pytest.raises(ValueError, match="nothing"):
        to_dict(coded, omit=("nothing.x",))


@pytest.fixture(scope="module")
def archive_url(tmp_path_factory):
    """An archive holding one statement whose JSONL issuer is nobody known (a notice)."""
    where = tmp_path_factory.mktemp("contract")
    batch = where / "batch.jsonl"
    batch.write_text(json.dumps({"id": "velmora-1", "text": TEXT, "published": "2023-03-14",
                                 "issuer": [17]}) + "\n", encoding="utf-8")
    url = f"sqlite:///{where / 'archive.db'}"
    result = CliRunner().invoke(main, ["ingest", str(batch), "--db", url])
    assert result.exit_code == 0, result.output
    return url, batch


def _stored(url) -> dict:
    with TestClient(build_app(url), base_url="http://localhost:8000") as client:
        hits = client.get("/api/documents", params={"q": "Ostrin"}).json()["documents"]
        assert len(hits) == 1
        return client.get(f"/api/documents/{hits[0]['document_id']}").json()


def test_stored_errors_come_back_through_the_web_api(archive_url):
    stored = _stored(archive_url[0])
    notices = [e for e in stored["errors"] if e["code"] == "notice.issuer"]
    assert len(notices) == 1 and notices[0]["stage"] == "input"
    assert "batch.jsonl:1" in notices[0]["message"]


def test_the_archive_gives_back_the_contract_of_what_it_coded(archive_url, extractor):
    url, batch = archive_url
    stored = _stored(url)
    from communique.ingest.loaders import read_jsonl

    coded = next(extractor.pipe(read_jsonl(batch.read_text(encoding="utf-8").splitlines(),
                                           extractor.config, str(batch))))
    want = json.loads(json.dumps(to_dict(coded, omit=NOT_STORED)))
    assert set(stored["document"]) - set(want["document"]) == STORE_FIELDS
    # The archive names a document by its content (the record's id is kept as record_id).
    assert stored["document"].pop("record_id") == want["document"]["id"] == "velmora-1"
    want["document"]["id"] = stored["document"]["id"]
    for key in STORE_FIELDS - {"record_id"}:
        stored["document"].pop(key)
    # The web API adds each event's review (none yet).
    assert [e.pop("review") for e in stored["events"]] == [None] * len(want["events"])
    for part in want:
        assert stored[part] == want[part], part


def test_recoding_stores_the_new_codings_errors_in_place_of_the_old(coded, tmp_path):
    from communique.store.archive import Archive
    from communique.store.writer import Coded, Recoded, Writer

    url = f"sqlite:///{tmp_path / 'archive.db'}"
    first = to_dict(coded)
    first["errors"] = [{"code": "notice.published", "message": "batch:1: no day", "stage": "input"}]
    with Archive.open(url, write=True) as archive:
        Writer(archive, None, "v1").write([Coded(None, "test", "batch:1", coded.content_id(), first,
                                                 coded.raw)])
    assert [e["code"] for e in _stored(url)["errors"]] == ["notice.published"]
    with Archive.open(url, write=True) as archive:
        Writer(archive, None, "v2").write([Recoded(coded.content_id(), to_dict(coded), coded.raw,
                                                   "batch:1")])
    assert _stored(url)["errors"] == [{"code": "notice.encoding", "stage": "input",
                                       "message": "the input was decoded as cp1252"}]
