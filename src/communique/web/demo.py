"""A small fictional archive for tests, screenshots and a first look.

``demo_archive.jsonl`` holds statements written for this project (fictional
organisations) with their annotations given as words of the text; this module
turns them into ``communique.document/1`` dicts with character offsets, the
form the store's writer takes.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .. import contract
from ..document import (Actor, DateMention, Document, Event, Evidence, Place, Source, Span)

DATA = Path(__file__).with_name("demo_archive.jsonl")


def _all(text: str, words: str) -> list[Span]:
    out, at = [], text.find(words)
    while at >= 0:
        out.append(Span(at, at + len(words)))
        at = text.find(words, at + len(words))
    return out


def build(spec: dict[str, Any]) -> Document:
    """A coded Document from a spec whose spans are given as words of its text."""
    text = spec["text"]
    doc = Document(raw=text, text=text, id=spec["id"], title=spec.get("title"),
                   published=spec.get("published"), published_from="input",
                   source=Source(format="text", sitename=spec.get("sitename"),
                                 record=spec["id"]))
    for a in spec.get("actors", []):
        spans = [s for w in dict.fromkeys(a.get("mentions", [])) for s in _all(text, w)]
        doc.actors.append(Actor(id=a["id"], name=a["name"], kind=a.get("kind", "group"),
                                country=a.get("country"), sector=a.get("sector"),
                                aliases=a.get("aliases", []), mentions=spans, known=True))
    for p in spec.get("places", []):
        spans = [s for w in dict.fromkeys(p.get("mentions", [])) for s in _all(text, w)]
        doc.places.append(Place(id=p["id"], name=p["name"], country=p.get("country"),
                                lat=p.get("lat"), lon=p.get("lon"), precision="city", mentions=spans))
    for d in spec.get("dates", []):
        for s in _all(text, d["text"])[:1]:
            doc.dates.append(DateMention(s.start, s.end, d["text"], d.get("value"), d.get("precision")))
    for e in spec.get("events", []):
        at = text.find(e["evidence"])
        if at < 0:
            raise ValueError(f"{spec['id']} event {e['id']}: evidence not in the text")
        ev = Evidence(at, at + len(e["evidence"]), e["evidence"])
        fields = {k: [s for w in words for s in _all(e["evidence"], w)] for k, words in e.get("fields", {}).items()}
        fields = {k: [Span(s.start + at, s.end + at) for s in v] for k, v in fields.items()}
        doc.events.append(Event(id=e["id"], type=e["type"], mode=e.get("mode"), evidence=ev,
                                sources=e.get("sources", []), targets=e.get("targets", []),
                                date=e.get("date"), date_precision="day" if e.get("date") and len(e["date"]) == 10 else None,
                                place=e.get("place"), status=e.get("status", "asserted"),
                                confidence=0.8, fields=fields, pattern="demo"))
    return doc


def documents(path: Path = DATA) -> list[Document]:
    with path.open(encoding="utf-8") as fh:
        return [build(json.loads(line)) for line in fh if line.strip()]


def load_into(archive, docs: list[Document]) -> int:
    """Write coded documents into a store archive opened for writing; returns how many."""
    from ..config import default_config
    from ..store.archive import coding_version
    from ..store.writer import Coded, Writer

    store = default_config().store.model_copy(update={"near_duplicates": False})
    writer = Writer(archive, None, coding_version(None), store)
    result = writer.write(Coded(None, "demo", d.id or "demo", d.content_id(), contract.to_dict(d), d.raw)
                          for d in docs)
    return result.ingested
