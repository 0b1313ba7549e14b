"""The output contract communique.document/1 and the document model's helpers."""

from __future__ import annotations

import json

from communique import contract
from communique.contract import SCHEMA
from communique.document import Document, Source

CONTRACT = {
    "document": {"id", "source", "title", "published", "language", "issuers", "text"},
    "actor": {"id", "name", "kind", "country", "sector", "wikidata", "aliases", "roles", "mentions"},
    "place": {"id", "name", "geonameid", "country", "admin1", "lat", "lon", "feature", "mentions"},
    "date": {"start", "end", "text", "value", "precision"},
    "event": {"id", "type", "mode", "cameo", "sources", "targets", "date", "date_precision", "place",
              "status", "claimed_by", "negated", "evidence", "confidence", "main", "evidence_more"},
}


def test_contract_fields_present_on_a_coded_statement(extractor):
    text = ("Ministry of Foreign Affairs of Norway\n\nNorway welcomes ceasefire talks\n\n"
            "Oslo, 3 March 2024\n\nThe Norwegian foreign minister met the Sudanese envoy in Oslo "
            "on Monday and called for an immediate ceasefire in Darfur.\n")
    out = contract.to_dict(extractor.extract_text(text))
    assert out["schema"] == SCHEMA
    assert CONTRACT["document"] <= set(out["document"])
    for key, section in (("actor", "actors"), ("place", "places"), ("date", "dates"), ("event", "events")):
        for item in out[section]:
            assert CONTRACT[key] <= set(item), f"{section} item lacks {CONTRACT[key] - set(item)}"
    assert out["actors"], "a statement naming a ministry and countries has actors"
    json.dumps(out)  # serialisable as is


def test_every_offset_selects_its_text(extractor):
    text = "The Kenyan government and the African Union agreed on Friday to send monitors to Juba."
    doc = extractor.extract_text(text)
    body = doc.text
    for m in doc.mentions:
        assert body[m.start:m.end] == m.text
    for d in doc.dates:
        assert body[d.start:d.end] == d.text
    for e in doc.events:
        assert body[e.evidence.start:e.evidence.end] == e.evidence.text


def test_content_id_ignores_whitespace_and_case():
    a = Document(raw="", text="The  Council met.\n", source=Source())
    b = Document(raw="", text="the council MET.", source=Source())
    c = Document(raw="", text="The Council did not meet.", source=Source())
    assert a.content_id() == b.content_id() != c.content_id()


def test_raw_offset_maps_through_segments():
    doc = Document(raw="HEADER\nkeep this\nJUNK\nand this", source=Source())
    # keep "keep this\n" (raw 7..17) and "and this" (raw 22..30)
    doc.text = "keep this\nand this"
    doc.segments = [(0, 7, 10), (10, 22, 8)]
    i = doc.text.index("and")
    assert doc.raw[doc.raw_offset(i):doc.raw_offset(i) + 3] == "and"
    assert doc.raw_offset(0) == 7
