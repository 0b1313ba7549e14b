"""Shared pieces of the archive tests (no tests here): the backends fixture and
realistic coded documents built by hand, so storage is tested without the NLP
pipeline.  The statements are fictional."""

from __future__ import annotations

import os
import uuid

import pytest

from communique import contract
from communique.document import (Actor, DateMention, Document, Event, Evidence, Mention, Place,
                                 Source, Span)
from communique.store.writer import Coded

PG_ENV = "COMMUNIQUE_TEST_PG_URL"


def pg_base_url() -> str:
    url = os.environ.get(PG_ENV)
    if not url:
        if os.environ.get("COMMUNIQUE_REQUIRE_SHARED"):
            pytest.fail(f"{PG_ENV} is not set, and CI requires the PostgreSQL tests "
                        "(.ci/run starts a server with .ci/postgres.sh)")
        pytest.skip(f"{PG_ENV} is not set: start a server with `. .ci/postgres.sh` to run "
                    "the PostgreSQL variant")
    return url


@pytest.fixture
def pg_url():
    """A fresh, empty PostgreSQL database for one test, dropped afterwards."""
    import psycopg

    base = pg_base_url()
    name = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    head, _, _ = base.rpartition("/")
    yield f"{head}/{name}"
    from sqlalchemy import create_engine  # noqa: F401  (engines are disposed by the tests)
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'archive.db'}"
    return request.getfixturevalue("pg_url")


def statement(text: str, *, title: str | None = None, published: str | None = "2024-03-04",
              events: list[dict] | None = None, path: str = "statements/x.txt") -> Document:
    """A coded document over ``text``.  ``events`` items: {type, cameo, source, target,
    evidence (substring of text), date, place (substring naming a place)}; actors and
    places are made from the names given."""
    doc = Document(raw=text, source=Source(path=path), text=text, title=title, published=published)
    actors: dict[str, Actor] = {}
    places: dict[str, Place] = {}

    def actor(name: str) -> str:
        if name not in actors:
            start = text.find(name)
            code = {"Freedonia": "FRE", "Sylvania": "SYL", "Ruritania": "RUR"}
            country = next((c for k, c in code.items() if k in name), None)
            actors[name] = Actor(id=f"a{len(actors) + 1}", name=name,
                                 kind="government" if "Government" in name or "Ministry" in name else "country",
                                 country=country, sector="GOV" if country else None,
                                 mentions=[Span(start, start + len(name))] if start >= 0 else [])
            if start >= 0:
                doc.mentions.append(Mention(start, start + len(name), "ORG", name, actor=actors[name].id))
        return actors[name].id

    for n, spec in enumerate(events or [], start=1):
        ev_text = spec["evidence"]
        start = text.index(ev_text)
        place_id = None
        if spec.get("place"):
            name = spec["place"]
            if name not in places:
                p0 = text.find(name)
                places[name] = Place(id=f"p{len(places) + 1}", name=name, geonameid=spec.get("geonameid"),
                                     country=spec.get("place_country"), lat=spec.get("lat"),
                                     lon=spec.get("lon"), precision="city",
                                     mentions=[Span(p0, p0 + len(name))] if p0 >= 0 else [])
            place_id = places[name].id
        sources = [actor(s) for s in _names(spec.get("source"))]
        targets = [actor(t) for t in _names(spec.get("target"))]
        trigger = spec.get("trigger")
        fields = {}
        if trigger:
            t0 = text.index(trigger, start)
            fields["event"] = [Span(t0, t0 + len(trigger))]
        doc.events.append(Event(
            id=f"e{n}", type=spec["type"], cameo=spec.get("cameo"),
            evidence=Evidence(start, start + len(ev_text), ev_text),
            sources=sources, targets=targets, date=spec.get("date"),
            date_precision="day" if spec.get("date") else None, place=place_id,
            status=spec.get("status", "asserted"), fields=fields, confidence=0.8,
            pattern="test"))
    doc.actors = list(actors.values())
    doc.places = list(places.values())
    for d in spec_dates(text):
        doc.dates.append(d)
    return doc


def _names(value) -> list[str]:
    if not value:
        return []
    return [value] if isinstance(value, str) else list(value)


def spec_dates(text: str) -> list[DateMention]:
    i = text.find("4 March 2024")
    return [DateMention(i, i + 12, "4 March 2024", "2024-03-04", "day")] if i >= 0 else []


def coded(doc: Document, key: str | None = None) -> Coded:
    return Coded(key or f"test:{doc.content_id()}", "file", doc.source.label, doc.content_id(),
                 contract.to_dict(doc), doc.raw)


BORDER = ("Ministry of Foreign Affairs of Freedonia. The Government of Freedonia welcomes the "
          "agreement signed on 4 March 2024 with the Government of Sylvania to reopen the border "
          "crossing at Port Lumen. Both governments will meet again in Orvel next month.")
SHELLING = ("The Government of Sylvania condemns the shelling of the village of Orvel by the "
            "armed forces of Ruritania on 4 March 2024. Sylvania demands that Ruritania stop the "
            "attacks at once.")


def border_doc(**kw) -> Document:
    return statement(BORDER, title="Freedonia welcomes border agreement", events=[{
        "type": "AGREE", "cameo": "057", "source": ["Government of Freedonia", "Government of Sylvania"],
        "target": [], "trigger": "agreement",
        "evidence": "The Government of Freedonia welcomes the agreement signed on 4 March 2024 with "
                    "the Government of Sylvania to reopen the border crossing at Port Lumen.",
        "date": "2024-03-04", "place": "Port Lumen", "place_country": "FRE", "lat": 45.5,
        "lon": 12.25, "geonameid": 9990001}], **kw)


def shelling_doc(**kw) -> Document:
    return statement(SHELLING, title="Sylvania condemns shelling of Orvel", events=[
        {"type": "ACCUSE", "cameo": "112", "source": "Government of Sylvania", "target": "Ruritania",
         "trigger": "condemns",
         "evidence": "The Government of Sylvania condemns the shelling of the village of Orvel by "
                     "the armed forces of Ruritania on 4 March 2024.",
         "date": "2024-03-04", "place": "Orvel", "place_country": "SYL", "lat": 44.0, "lon": 13.5},
        {"type": "DEMAND", "cameo": "10", "source": "Sylvania", "target": "Ruritania",
         "trigger": "demands", "evidence": "Sylvania demands that Ruritania stop the attacks at once.",
         "date": "2024-03-04"},
    ], **kw)
