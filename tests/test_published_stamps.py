"""Publication stamps as scrapers and newsrooms write them: one reader for --published,
JSONL `published` and HTML metadata; the day as written in its own zone; an unreadable
stamp costs a record its date, never the record."""

from __future__ import annotations

import json
from datetime import date

import pytest
from click.testing import CliRunner

from communique.cli import main
from communique.document import Source
from communique.ingest.loaders import load_bytes
from communique.ingest.published import UnreadableDate, parse_published

STATEMENT = ("The Interior Ministry of Varland condemned the bombing of a market in the town of "
             "Oskel and called on the Eastern Front to release the hostages it holds.")


@pytest.mark.parametrize("stamp, day", [
    ("2011-06-14", "2011-06-14"),
    # Late evening west of Greenwich, early morning east of it: already the next (or the
    # previous) day in UTC, but published on the day written.
    ("2014-07-02T21:45:00-04:00", "2014-07-02"),
    ("2013-01-09 22:10:44.531207-05", "2013-01-09"),
    ("Sat, 06 Feb 2021 23:20:00 -0600", "2021-02-06"),
    ("Mon, 01 Mar 2021 07:30:00 +1100", "2021-03-01"),
    ("Fri Oct 12, 2012 | 11:48pm EDT", "2012-10-12"),
    ("Oct 3, 2015 10:05 PM MT", "2015-10-03"),
    ("September 30, 2018 at 11:15 p.m. ET", "2018-09-30"),
    ("2019-08-31T23:59:59Z", "2019-08-31"),
    ("20150412", "2015-04-12"),
    ("9 October 2012", "2012-10-09"),
    ("Posted: Thursday, 4th April 2019, 18:02 GMT", "2019-04-04"),
    ("Updated 21.05.2017 23:40 CEST", "2017-05-21"),
    ("7:45 AM PDT, Jul 19, 2016", "2016-07-19"),
    ("Jun 28, 2014 (Reuters)", "2014-06-28"),
    ("Monday 21 November 2016 12.30pm", "2016-11-21"),
    # Numeric dates whose order cannot be mistaken.
    ("28/06/2014", "2014-06-28"),
    ("06/28/2014", "2014-06-28"),
    ("2014/06/28", "2014-06-28"),
])
def test_a_stamp_gives_the_day_written(stamp, day):
    assert parse_published(stamp) == day


@pytest.mark.parametrize("stamp, why", [
    ("last Tuesday", "does not state a four-digit year"),
    ("Mar 14", "does not state a four-digit year"),
    ("11/23/16", "does not state a four-digit year"),   # 1916 or 2016
    ("05/06/2017", "ambiguous"),
    ("2017-04-31", "not a real day"),
    ("sometime in 2017", "not a date we can read"),
    ("2017-04", "not a date we can read"),
    ("1066-10-14", "before 1800"),
    (2017, "expected a date as text"),
])
def test_an_unreadable_stamp_says_why(stamp, why):
    with pytest.raises(UnreadableDate, match=why):
        parse_published(stamp)


def test_empty_is_no_date_and_the_future_is_refused():
    assert parse_published(None) is None and parse_published("  ") is None
    # A day ahead of the clock is a zone away, not the future; a week ahead is a typo.
    assert parse_published("2021-05-02", today=date(2021, 5, 1)) == "2021-05-02"
    with pytest.raises(UnreadableDate, match="in the future"):
        parse_published("2021-05-09", today=date(2021, 5, 1))


# -- the three entry points ----------------------------------------------------------------

@pytest.fixture
def run(monkeypatch, extractor):
    monkeypatch.setattr("communique.cli.extract.Extractor", lambda config, model=None: extractor)
    runner = CliRunner()
    return lambda *args: runner.invoke(main, ["extract", *map(str, args)])


def test_jsonl_stamps_are_read_and_an_unreadable_one_keeps_its_record(run, tmp_path):
    batch = tmp_path / "scraped.jsonl"
    batch.write_text("\n".join(json.dumps(r) for r in [
        {"id": "a", "text": STATEMENT, "published": "Fri Oct 12, 2012 | 11:48pm EDT"},
        {"id": "b", "text": STATEMENT.replace("Oskel", "Varn"), "published": "2013-01-09 22:10:44.531207-05"},
        {"id": "c", "text": STATEMENT.replace("Oskel", "Tull"), "published": "the day before yesterday"},
    ]) + "\n", encoding="utf-8")
    result = run("--jsonl", batch)
    assert result.exit_code == 0, result.output
    docs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["document"]["id"] for d in docs] == ["a", "b", "c"]
    assert [(d["document"]["published"], d["document"]["published_from"]) for d in docs[:2]] == [
        ("2012-10-12", "input"), ("2013-01-09", "input")]
    unread = docs[2]
    assert unread["events"], "the record with an unreadable date was not coded"
    assert unread["document"]["published"] is None
    notices = [e for e in unread["errors"] if e["code"] == "notice.published"]
    assert len(notices) == 1 and "'the day before yesterday' does not state a four-digit year" in notices[0]["message"]
    assert notices[0]["message"].startswith(f"{batch}:3: ")
    assert not [e for e in unread["errors"] if e["code"].startswith("input.")]


def test_published_option_takes_a_newsroom_stamp(run, tmp_path):
    path = tmp_path / "statement.txt"
    path.write_text(STATEMENT, encoding="utf-8")
    result = run(path, "--published", "Oct 3, 2015 10:05 PM MT")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)["document"]
    assert (doc["published"], doc["published_from"]) == ("2015-10-03", "input")

    result = run(path, "--published", "next week")
    assert result.exit_code != 0
    assert result.stderr.strip() == "Error: --published: published date 'next week' does not state a four-digit year"


@pytest.mark.parametrize("meta, day", [
    ('<meta property="article:published_time" content="2014-07-02T21:45:00-04:00">', "2014-07-02"),
    ('<meta name="date" content="Fri Oct 12, 2012 | 11:48pm EDT">', "2012-10-12"),
])
def test_html_metadata_dates_keep_the_day_written(config, meta, day):
    para = ("<p>The Interior Ministry of Varland said on Friday that the talks with the Eastern "
            "Front about the release of hostages held near Oskel would resume next month.</p>")
    html = (f"<html><head><title>Varland talks to resume</title>{meta}</head><body><article>"
            f"<h1>Varland talks to resume</h1>{para * 3}</article></body></html>")
    source = Source(path="page.html", format="html")
    doc = load_bytes(html.encode(), source, config)
    assert source.date_hint == day
    assert not doc.errors


def test_feed_entries_keep_the_day_of_their_own_zone():
    import feedparser

    from communique.ingest.sources import _entry_day

    rss = ("<?xml version='1.0'?><rss version='2.0'><channel><title>Varland news</title>"
           "<item><title>Talks resume</title><link>http://example.org/a</link>"
           "<pubDate>Fri, 12 Oct 2012 23:48:00 -0400</pubDate></item></channel></rss>")
    entry = feedparser.parse(rss).entries[0]
    assert entry.published_parsed.tm_mday == 13  # feedparser's UTC: already the next day
    assert _entry_day(entry) == "2012-10-12"
