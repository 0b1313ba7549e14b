"""`communique report dyads`: who did what to whom per year, counted from the archive
as reviewed, on SQLite and PostgreSQL.  The statements are written for these tests
(invented countries for the counting rules; real ones where the coder must resolve them)."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner
from sqlalchemy import select
from sqlalchemy.orm import Session
from test_store_support import coded, db_url, pg_url, statement  # noqa: F401

from communique.cli import main
from communique.config import load_config
from communique.document import Span
from communique.report.dyads import dyad_report
from communique.store import Archive
from communique.store.errors import StoreError
from communique.store.writer import Writer

SYL_2022 = ("The Government of Sylvania condemns the shelling of its border villages by Ruritania. "
            "Sylvania also denounces the blockade of its river ports imposed by Ruritania. "
            "Sylvania urges Ruritania and Freedonia to open talks. "
            "Sylvania recalls that Ruritania accused Freedonia of spying last spring. "
            "Sylvania remembers that Ruritania attacked Freedonia in the old war. "
            "Sylvania salutes the people of Freedonia.")
FRE_2022 = "The Government of Freedonia deplores the missile tests carried out by Ruritania this week."
FRE_2023 = "The Government of Freedonia thanks Sylvania for the flood relief it sent in June."


def _docs():
    syl = statement(SYL_2022, title="Statement by Sylvania", published="2022-09-20",
                    path="ungd/syl.txt", events=[
        {"type": "ACCUSE", "source": "Government of Sylvania", "target": "Ruritania",
         "evidence": "The Government of Sylvania condemns the shelling of its border villages by Ruritania."},
        {"type": "ACCUSE", "source": "Sylvania", "target": "Ruritania",
         "evidence": "Sylvania also denounces the blockade of its river ports imposed by Ruritania."},
        # Two target countries: one REQUEST dyad with each.
        {"type": "REQUEST", "source": "Sylvania", "target": ["Ruritania", "Freedonia"],
         "evidence": "Sylvania urges Ruritania and Freedonia to open talks."},
        # What the statement tells of others: reported, not Sylvania's act.
        {"type": "ACCUSE", "source": "Ruritania", "target": "Freedonia", "status": "reported",
         "evidence": "Sylvania recalls that Ruritania accused Freedonia of spying last spring."},
        {"type": "ASSAULT", "source": "Ruritania", "target": "Freedonia",
         "evidence": "Sylvania remembers that Ruritania attacked Freedonia in the old war."},
        # A group: its country says where it is, not that the state was acted on.
        {"type": "SUPPORT", "source": "Sylvania", "target": "people of Freedonia",
         "evidence": "Sylvania salutes the people of Freedonia."},
    ])
    start = SYL_2022.index("in the old war")
    syl.events[-2].fields["background"] = [Span(start, start + 2)]
    next(a for a in syl.actors if a.name == "people of Freedonia").kind = "group"
    fre = statement(FRE_2022, title="Statement by Freedonia", published="2022-09-21",
                    path="ungd/fre.txt", events=[
        {"type": "ACCUSE", "source": "Government of Freedonia", "target": "Ruritania",
         "evidence": FRE_2022}])
    fre23 = statement(FRE_2023, title="Statement by Freedonia", published="2023-09-19",
                      path="ungd/fre23.txt", events=[
        {"type": "SUPPORT", "source": "Government of Freedonia", "target": "Sylvania",
         "evidence": FRE_2023}])
    return syl, fre, fre23


@pytest.fixture
def archive_url(db_url):
    with Archive.open(db_url, write=True, config=load_config()) as a:
        Writer(a, None, "v1").write([coded(d) for d in _docs()])
    return db_url


def _report(url, **kw):
    archive = Archive.open(url, write=False)
    try:
        return dyad_report(archive, **kw)
    finally:
        archive.close()


def _dyads(year):
    return {(d.source, d.type, d.target): (d.events, d.documents) for d in year.dyads}


def test_counts_the_issuers_own_acts_per_year(archive_url):
    report = _report(archive_url)
    y22, y23 = report.years
    assert (y22.year, y22.documents, y23.year, y23.documents) == ("2022", 2, "2023", 1)
    assert _dyads(y22) == {("SYL", "ACCUSE", "RUR"): (2, 1), ("FRE", "ACCUSE", "RUR"): (1, 1),
                           ("SYL", "REQUEST", "RUR"): (1, 1), ("SYL", "REQUEST", "FRE"): (1, 1)}
    assert _dyads(y23) == {("FRE", "SUPPORT", "SYL"): (1, 1)}
    # Reported and background acts are counted apart, never as dyads.
    assert report.left_out == {"counted": 6, "background": 1, "reported (told of others)": 1}
    assert y22.counted == 5 and y23.counted == 1
    (rur,) = y22.accused
    assert (rur.target, rur.accusers, rur.events, rur.documents) == ("RUR", 2, 3, 2)
    assert rur.top_accusers == [("SYL", 2), ("FRE", 1)]
    assert y23.accused == []


def test_groups_are_sides_only_when_asked(archive_url):
    y22 = _report(archive_url, all_actors=True).years[0]
    assert _dyads(y22)[("SYL", "SUPPORT", "FRE")] == (1, 1)
    assert ("SYL", "SUPPORT", "FRE") not in _dyads(_report(archive_url).years[0])


def test_top_and_period_limit_the_tables(archive_url):
    report = _report(archive_url, top=1, since="2023")
    (y23,) = report.years
    assert y23.year == "2023" and len(y23.dyads) == 1
    (y22,) = _report(archive_url, top=1, until="2022-12").years
    assert [(d.source, d.type, d.target) for d in y22.dyads] == [("SYL", "ACCUSE", "RUR")]
    with pytest.raises(StoreError, match="--since must be YYYY"):
        _report(archive_url, since="last year")


def _review_first_event(archive_url, act) -> None:
    """A reviewer, ada, acts on the first event of the second statement:
    ``act(session, user, document_id, event)``."""
    from communique.review import users
    from communique.review.models import User
    from communique.store.db import make_engine
    from communique.web.server import prepare
    from communique.web.store_archive import StoreArchive

    fre_id = _docs()[1].content_id()
    prepare(archive_url)
    engine = make_engine(archive_url, write=True)
    with Session(engine, expire_on_commit=False) as s:
        users.add_user(s, "ada")
        doc = StoreArchive(s).document(fre_id)
        act(s, s.scalar(select(User)), fre_id, doc["events"][0])
    engine.dispose()


def test_a_rejected_event_is_no_longer_counted(archive_url):
    from communique.review import actions

    _review_first_event(archive_url, actions.reject)
    report = _report(archive_url)
    assert report.reviewed
    assert ("FRE", "ACCUSE", "RUR") not in _dyads(report.years[0])
    assert [(a.target, a.accusers) for a in report.years[0].accused] == [("RUR", 1)]
    # As coded, it is back.
    assert ("FRE", "ACCUSE", "RUR") in _dyads(_report(archive_url, coded_only=True).years[0])


def test_a_corrected_type_moves_the_dyad_as_the_events_table_shows_it(archive_url):
    """The report reads the reader's reviewed view: a reviewer's correction counts
    under its new type, in the report as on the events table."""
    from communique.review import actions
    from communique.store.filters import Filters
    from communique.store.reader import Reader

    _review_first_event(archive_url, lambda s, user, doc_id, event:
                        actions.correct(s, user, doc_id, event, {"type": "REJECT"}))
    fre_id = _docs()[1].content_id()
    dyads = _dyads(_report(archive_url).years[0])
    assert ("FRE", "REJECT", "RUR") in dyads and ("FRE", "ACCUSE", "RUR") not in dyads
    archive = Archive.open(archive_url, write=False)
    try:
        with Reader.of(archive) as reader:
            page = reader.events(Filters(type="REJECT"))
    finally:
        archive.close()
    assert [(r["document_id"], r["review_status"]) for r in page.rows] == [(fre_id, "corrected")]


def test_command_writes_markdown_with_how_it_counted(archive_url, tmp_path):
    out = tmp_path / "reports" / "dyads.md"
    out.parent.mkdir()
    result = CliRunner().invoke(main, ["report", "dyads", "--db", archive_url, "--top", "3",
                                       "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert f"`communique report dyads --db {archive_url} --top 3 -o {out}`" in text
    assert "status `asserted`" in text
    assert "## 2022" in text and "## 2023" in text
    assert "| 1 | SYL | ACCUSE | RUR | 2 | 1 |" in text
    assert "| 1 | RUR | 2 | 3 | 2 | SYL 2, FRE 1 |" in text
    assert "| reported (told of others) | 1 |" in text


def test_command_errors_are_one_line(tmp_path):
    runner = CliRunner()
    missing = runner.invoke(main, ["report", "dyads", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 1 and "no archive here" in missing.output
    assert "Traceback" not in missing.output


# -- end to end: statements with an `issuer` field, through ingest and the coder ----------

STATEMENTS = [
    {"id": "pol-2022", "issuer": "POL", "published": "2022-09-20",
     "title": "Statement by Poland at the general debate",
     "text": "We strongly condemn Russia for its brutal war of aggression against Ukraine. "
             "We thank Canada for its steady help to the refugees who came to our towns."},
    {"id": "ltu-2022", "issuer": "LTU", "published": "2022-09-21",
     "title": "Statement by Lithuania at the general debate",
     "text": "Lithuania condemns Russia for the missile strikes on the cities of Ukraine. "
             "We thank Poland for the field hospital it opened near our border."},
    {"id": "chl-2023", "issuer": "CHL", "published": "2023-09-19",
     "title": "Statement by Chile at the general debate",
     "text": "We thank Argentina for the firefighters it sent to our southern forests."},
]


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ungd")
    batch = folder / "statements.jsonl"
    batch.write_text("".join(json.dumps(r) + "\n" for r in STATEMENTS), encoding="utf-8")
    url = f"sqlite:///{folder / 'a.db'}"
    ingest = CliRunner().invoke(main, ["ingest", str(batch), "--db", url])
    assert ingest.exit_code == 0, ingest.output
    return url


def test_ingested_statements_give_their_issuers_dyads(ingested):
    url = ingested
    report = _report(url)
    y22, y23 = report.years
    accused = {a.target: a.accusers for a in y22.accused}
    assert accused.get("RUS") == 2, _dyads(y22)
    assert ("POL", "ACCUSE", "RUS") in _dyads(y22) and ("LTU", "ACCUSE", "RUS") in _dyads(y22)
    assert ("POL", "SUPPORT", "CAN") in _dyads(y22)
    assert ("CHL", "SUPPORT", "ARG") in _dyads(y23)
    # Nobody accuses itself.
    assert not [d for y in report.years for d in y.dyads if d.source == d.target]
    assert ("LTU", "SUPPORT", "POL") in _dyads(y22)


def test_the_actor_page_shows_a_country_as_source_and_as_target(ingested):
    from fastapi.testclient import TestClient

    from communique.web.server import build_app

    with Archive.open(ingested) as archive, archive.reading() as conn:
        names = {n for (n,) in conn.exec_driver_sql("SELECT name FROM actors WHERE country = 'POL'")}
    assert len(names) == 1, names   # the issuer and the thanked country are one actor
    with TestClient(build_app(ingested), base_url="http://127.0.0.1") as client:
        page = client.get(f"/actors/{names.pop()}")
    assert page.status_code == 200
    rows = re.findall(r'<tr data-event="[^"]+">(.*?)</tr>', page.text, re.S)
    roles = {re.search(r'class="c-role">([^<]*)<', r).group(1): r for r in rows}
    assert "ACCUSE" in roles["source"] and "Russia" in roles["source"]      # Poland condemns Russia
    assert "SUPPORT" in roles["target"] and "Lithuania" in roles["target"]  # Lithuania thanks Poland


def test_the_report_says_how_many_inputs_could_not_be_coded(tmp_path):
    # One record of the batch cannot be coded (no text): the report's counts leave it out and
    # say so, else a reader takes the year's counts for the whole corpus.
    batch = tmp_path / "statements.jsonl"
    batch.write_text(json.dumps(STATEMENTS[2]) + "\n"
                     + json.dumps({"id": "empty-2023", "issuer": "PER", "text": ""}) + "\n", encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'a.db'}"
    CliRunner().invoke(main, ["ingest", str(batch), "--db", url])
    assert _report(url).failed_inputs == 1
    out = tmp_path / "dyads.md"
    result = CliRunner().invoke(main, ["report", "dyads", "--db", url, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "**1 input(s) could not be coded**" in out.read_text(encoding="utf-8")


def test_the_report_of_a_fully_coded_archive_names_no_failure(archive_url, tmp_path):
    out = tmp_path / "dyads.md"
    CliRunner().invoke(main, ["report", "dyads", "--db", archive_url, "-o", str(out)])
    assert _report(archive_url).failed_inputs == 0
    assert "could not be coded" not in out.read_text(encoding="utf-8")
