"""Review actions, the change log, tokens and the gold export."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import create_engine, inspect, select, text
from sqlalchemy.orm import Session
from web_support import write_archive

from communique import contract
from communique.evaluate import gold_sets
from communique.evaluate.registry import Result
from communique.review import actions, gold, users
from communique.review import schema as review_schema
from communique.review.actions import ReviewError
from communique.review.models import Change, User
from communique.web import demo
from communique.web.store_archive import StoreArchive


@pytest.fixture()
def db(tmp_path):
    url = f"sqlite:///{tmp_path / 'review.db'}"
    write_archive(url, demo.documents())
    engine = create_engine(url)
    with engine.begin() as conn:
        assert review_schema.upgrade(conn) is True
    with Session(engine, expire_on_commit=False) as s:
        yield s


@pytest.fixture()
def archive(db):
    """The demo documents as coded (reviews are not applied to what it reads)."""
    return StoreArchive(db, coded_only=True)


@pytest.fixture()
def editor(db):
    users.add_user(db, "ada", "editor")
    return db.scalar(select(User).where(User.name == "ada"))


def event(archive, doc_id, event_id):
    return next(e for e in archive.document(doc_id)["events"] if e["id"] == event_id)


def test_migration_is_idempotent_and_runs_only_the_review_branch(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'x.db'}")
    with engine.begin() as conn:
        assert review_schema.upgrade(conn) is True
    with engine.begin() as conn:
        assert review_schema.upgrade(conn) is False
        # One version table for every branch; the archive's branch is left alone.
        versions = [r for (r,) in conn.execute(text("SELECT version_num FROM alembic_version"))]
    assert versions == [review_schema.head()]
    tables = set(inspect(engine).get_table_names())
    assert tables == {"review_users", "review_sessions", "review_events", "review_changes",
                      "alembic_version"}


def test_token_is_stored_only_as_a_salted_hash(db):
    token = users.add_user(db, "ada", "editor")
    other = users.add_user(db, "bob", "editor")
    row = db.scalar(select(User).where(User.name == "ada"))
    assert token.startswith("cq_") and token not in row.token_hash and len(row.token_salt) == 32
    assert users.check_token(db, token).name == "ada"
    assert users.check_token(db, other).name == "bob"
    assert users.check_token(db, token[:-1] + ("A" if token[-1] != "A" else "B")) is None
    assert users.check_token(db, "") is None
    fresh = users.new_token(db, "ada")
    assert users.check_token(db, token) is None and users.check_token(db, fresh).name == "ada"
    users.set_disabled(db, "ada")
    assert users.check_token(db, fresh) is None


def test_user_names_and_roles_are_checked(db):
    users.add_user(db, "ada", "editor")
    with pytest.raises(Exception, match="exists already"):
        users.add_user(db, "ada", "editor")
    with pytest.raises(Exception, match="role 'boss'"):
        users.add_user(db, "carl", "boss")


def test_correction_logs_old_and_new_values_and_keeps_the_original(db, archive, editor):
    e = event(archive, "demo-harbour-talks", "e4")
    row = actions.correct(db, editor, "demo-harbour-talks", e, {"type": "REJECT", "date": "2025-03"},
                          note="the union rejects, it does not accuse")
    assert row.decision == "corrected"
    assert row.current["type"] == "REJECT" and row.current["mode"] is None  # allege is no REJECT mode
    assert row.original["type"] == "ACCUSE" and row.original["mode"] == "allege"
    log = {(c.field, json.dumps(c.old), json.dumps(c.new)) for c in actions.history(db, "demo-harbour-talks", "e4")}
    # The CAMEO code follows the type (the general REJECT code), the precision the date.
    assert log == {("type", '"ACCUSE"', '"REJECT"'), ("date", '"2025-03-14"', '"2025-03"'),
                   ("mode", '"allege"', "null"), ("cameo", "null", '"12"'),
                   ("date_precision", '"day"', '"month"')}
    assert all(c.user == "ada" and c.at for c in db.scalars(select(Change)))
    # the archive's coded event is untouched
    assert event(archive, "demo-harbour-talks", "e4")["type"] == "ACCUSE"


def test_correcting_back_to_the_original_counts_as_confirmed(db, archive, editor):
    e = event(archive, "demo-river-protest", "e1")
    actions.correct(db, editor, "demo-river-protest", e, {"status": "reported"})
    row = actions.correct(db, editor, "demo-river-protest", e, {"status": "asserted"})
    assert row.decision == "confirmed"
    assert len(actions.history(db, "demo-river-protest", "e1")) == 2


def test_bad_values_are_refused_with_the_reason(db, archive, editor):
    e = event(archive, "demo-harbour-talks", "e1")
    doc = archive.document("demo-harbour-talks")
    actor_ids = {a["id"] for a in doc["actors"]}
    cases = [({"type": "FIGHT"}, "not a PLOVER"), ({"date": "14/03/2025"}, "YYYY"),
             ({"sources": ["a9"]}, "unknown actor"), ({"status": "true"}, "status"),
             ({"confidence": 1}, "cannot be edited"), ({"mode": "aerial"}, "not a mode of AGREE"),
             ({"type": "AGREE"}, "nothing changed")]
    for change, reason in cases:
        with pytest.raises(ReviewError, match=reason):
            actions.correct(db, editor, "demo-harbour-talks", e, change, actors=actor_ids)
        db.rollback()


def test_viewers_cannot_review(db, archive):
    users.add_user(db, "val", "viewer")
    viewer = db.scalar(select(User).where(User.name == "val"))
    with pytest.raises(ReviewError, match="may not edit"):
        actions.confirm(db, viewer, "demo-harbour-talks", event(archive, "demo-harbour-talks", "e1"))


def test_added_event_takes_the_selected_text_as_evidence(db, archive, editor):
    doc = archive.document("demo-river-protest")
    text = doc["document"]["text"]
    start = text.index("block the bridge")
    row = actions.add_event(db, editor, "demo-river-protest", text, start, start + len("block the bridge"),
                            {"type": "PROTEST", "mode": "obstruct", "sources": ["a1"], "status": "intended"})
    assert row.decision == "added" and row.original is None
    assert row.current["evidence"] == {"start": start, "end": start + 16, "text": "block the bridge"}
    with pytest.raises(ReviewError, match="outside the document"):
        actions.add_event(db, editor, "demo-river-protest", text, 5, 10_000, {"type": "PROTEST"})
    shown = actions.overlay(doc["events"], {r.event_id: r for r in
                                            actions.reviews_for(db, ["demo-river-protest"]).values()})
    assert [e["id"] for e in shown][:2] == ["e1", "e2"] and shown[2]["review"]["decision"] == "added"


def test_gold_export_writes_reviewed_events_in_the_plover_gold_shape(db, archive, editor, tmp_path):
    actions.correct(db, editor, "demo-harbour-talks", event(archive, "demo-harbour-talks", "e4"),
                    {"type": "REJECT"})
    actions.confirm(db, editor, "demo-border-aid", event(archive, "demo-border-aid", "e1"))
    actions.reject(db, editor, "demo-border-aid", event(archive, "demo-border-aid", "e2"), note="thanks only")
    path = gold.export_gold(db, tmp_path / "gold", archive=archive)
    assert path.name == "reviewed.dev.jsonl"
    records = {r["id"]: r for r in map(json.loads, path.read_text().splitlines())}
    corrected = records["demo-harbour-talks/e4"]
    assert corrected["text"].startswith("The Coastal Fishers Union accused")
    assert corrected["event"]["type"] == "REJECT" and corrected["coded"]["type"] == "ACCUSE"
    assert corrected["event"]["sources"] == [{"text": "Coastal Fishers Union", "country": "KEN",
                                              "sector": "LAB", "actor": "a2"}]
    assert records["demo-border-aid/e1"]["event"]["location"] == "Gulu"
    assert records["demo-border-aid/e2"]["event"] is None
    assert records["demo-border-aid/e2"]["review"]["decision"] == "rejected"


def test_reviewed_gold_set_is_registered_and_scores_records():
    gs = gold_sets()["reviewed"]
    assert gs.to_input({"text": "t", "published": "2025-01-01"}) == {"text": "t", "published": "2025-01-01"}
    docs = demo.documents()
    records, coded = [], []
    for d in docs:
        for e in d.events:
            actor = {a.id: a for a in d.actors}
            records.append({"id": e.id, "text": e.evidence.text, "event": {
                "type": "AGREE" if e.id == "e1" else e.type, "mode": e.mode,
                "sources": [{"country": actor[a].country} for a in e.sources],
                "targets": [{"country": actor[a].country} for a in e.targets]}})
            coded.append(contract.to_dict(d))
    result = Result("reviewed", "dev", len(records))
    gs.score(records, coded, result)
    # the coded documents hold the gold events, except for the e1 types changed above
    assert result.metrics["event.found"] == 1.0
    assert result.metrics["source_country.f1"] == 1.0
    assert 0.5 < result.metrics["type.accuracy"] < 1.0


def test_a_corrected_type_never_keeps_the_old_types_cameo_code(db, archive, editor):
    e = {**event(archive, "demo-harbour-talks", "e4"), "cameo": "112"}   # ACCUSE, 112
    row = actions.correct(db, editor, "demo-harbour-talks", e, {"type": "ASSAULT"})
    assert row.current["type"] == "ASSAULT" and row.current["cameo"] == "18"
    # A code of the new type is kept; the reviewer may set one of the type, or none.
    row = actions.correct(db, editor, "demo-harbour-talks", e, {"cameo": "190"})
    assert row.current["cameo"] == "190"
    row = actions.correct(db, editor, "demo-harbour-talks", e, {"type": "ASSAULT", "mode": "firearms"})
    assert row.current["cameo"] == "190"
    row = actions.correct(db, editor, "demo-harbour-talks", e, {"type": "ACCUSE", "cameo": "111"})
    assert (row.current["type"], row.current["cameo"]) == ("ACCUSE", "111")
    row = actions.correct(db, editor, "demo-harbour-talks", e, {"cameo": None})
    assert row.current["cameo"] is None
    with pytest.raises(ReviewError, match="'057' is not a code of ACCUSE"):
        actions.correct(db, editor, "demo-harbour-talks", e, {"cameo": "057"})
    with pytest.raises(ReviewError, match="'999' is not a CAMEO code"):
        actions.correct(db, editor, "demo-harbour-talks", e, {"cameo": "999"})
    added = actions.add_event(db, editor, "demo-harbour-talks", "The crowd rioted.", 0, 9,
                              {"type": "PROTEST", "mode": "riot"})
    assert added.current["cameo"] == "145"
