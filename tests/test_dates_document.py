"""Dates that depend on the document: a publication known only to its month (a
release number), the date an undated event gets from its document, and which date
in a clause dates what happens there (verb, noun, period edge, verb of saying).

Texts are written for these tests (fictional places and forces).
"""

from __future__ import annotations

from datetime import date

import pytest

from communique.document import DateMention, Document, Section
from communique.pipeline import Pipeline
from communique.resolve.dates import (date_for_span, date_role, document_date_for_event,
                                      is_reporting_date, publication_anchor)
from communique.resolve.temporal import find_dates
from communique.resolve.temporal.context import MONTH_ONLY

JUNE = date(2010, 6, 1)  # a publication known only as June 2010


def _month(text):
    return [(f.text, f.value, f.precision, f.reason)
            for f in find_dates(text, JUNE, anchor_precision="month")]


# -- a month anchor: years placed, days not made up ------------------------------------

def test_a_month_anchor_places_the_year_of_a_day_and_month():
    assert _month("The patrol reached the ford on June 25.") == [("June 25", "2010-06-25", "day", None)]
    assert _month("Talks resumed in May.") == [("May", "2010-05", "month", None)]
    assert _month("The depot was built on 3 December 2004.") == [
        ("3 December 2004", "2004-12-03", "day", None)]


def test_a_month_anchor_leaves_relative_days_unresolved():
    for text, expr in [("Two men were detained yesterday.", "yesterday"),
                       ("The convoy was stopped on Friday.", "Friday"),
                       ("The raid took place last week.", "last week"),
                       ("It happened three days ago.", "three days ago")]:
        assert _month(text) == [(expr, None, None, MONTH_ONLY)], text


def test_a_month_anchor_still_gives_months_and_years():
    assert _month("Elections were held last month.") == [("last month", "2010-05", "month", None)]
    assert _month("The fund grew this year.") == [("this year", "2010", "year", None)]


def test_an_unknown_anchor_precision_is_refused():
    with pytest.raises(ValueError, match="anchor_precision"):
        find_dates("on Friday", JUNE, anchor_precision="week")


# -- release numbers in the pipeline ----------------------------------------------------

RELEASE = ("Northland Joint Command\n"
           "2014-03-S-021\n"
           "For Immediate Release\n\n"
           "A combined patrol detained two suspected smugglers in Varrow district on March 4. "
           "A second patrol found a weapons cache yesterday.\n")


def test_a_release_number_dates_the_text_to_its_month(extractor):
    doc = extractor.extract_text(RELEASE)
    assert doc.published is None  # never a made-up publication day
    found = {d.text: (d.value, d.precision, d.reason) for d in doc.dates}
    assert found["2014-03-S-021"] == ("2014-03", "month", None)
    assert found["March 4"] == ("2014-03-04", "day", None)
    assert found["yesterday"] == (None, None, MONTH_ONLY)
    assert publication_anchor(doc) == (date(2014, 3, 1), "month")


def test_a_release_number_in_the_body_is_no_publication_clue(extractor):
    doc = extractor.extract_text("The patrol found the order 2014-03-S-021 in a bag yesterday, "
                                 "along with maps of the district and two radios.")
    assert publication_anchor(doc) == (None, None)
    assert doc.dates, "'yesterday' is found, and left unresolved"
    assert all(d.value is None for d in doc.dates)


# -- the date an undated event gets from its document -----------------------------------

def _published(text="VARROW, Northland (March 20, 2014) - A patrol found a cache."):
    doc = Document(raw=text, text=text, published="2014-03-20")
    doc.sections = [Section("dateline", 0, 34), Section("body", 37, len(text))]
    doc.workspace.dateline_date = (20, 33, "2014-03-20")
    return doc


def test_an_undated_event_gets_the_publication_month_by_default():
    value, precision, spans = document_date_for_event(_published())
    assert (value, precision) == ("2014-03", "month")
    assert [(s.start, s.end) for s in spans] == [(20, 33)]  # the date on the date line


@pytest.mark.parametrize("mode, expected", [("day", ("2014-03-20", "day")), ("none", (None, None))])
def test_the_fallback_follows_the_configured_mode(mode, expected):
    doc = _published()
    doc.workspace.event_date_fallback = mode
    assert document_date_for_event(doc)[:2] == expected


def test_a_text_with_no_date_gives_no_fallback():
    doc = Document(raw="A patrol found a cache.", text="A patrol found a cache.")
    assert document_date_for_event(doc) == (None, None, [])


def test_a_release_number_gives_the_fallback_month_whatever_the_mode(extractor):
    doc = extractor.extract_text(RELEASE)
    doc.workspace.event_date_fallback = "day"
    value, precision, spans = document_date_for_event(doc)
    assert (value, precision) == ("2014-03", "month")
    assert doc.text[spans[0].start:spans[0].end] == "2014-03-S-021"


def test_the_stage_setting_reaches_the_fallback(config):
    stages = {"pipeline": {"stages": ["clean", "structure", "parse", "mentions", "dates"]}}
    text = "VARROW, Northland (March 20, 2014) - A patrol found a weapons cache near the ford."
    for mode, expected in [("day", ("2014-03-20", "day")), ("month", ("2014-03", "month"))]:
        pipeline = Pipeline(config.with_overrides({**stages, "dates": {"event_date_fallback": mode}}))
        doc = pipeline(Document(raw=text))
        assert document_date_for_event(doc)[:2] == expected, mode


def test_a_bad_fallback_mode_is_refused(config):
    with pytest.raises(ValueError, match="event_date_fallback"):
        Pipeline(config.with_overrides({"dates": {"event_date_fallback": "week"}}))


# -- which date dates the act ------------------------------------------------------------

def _coded(extractor, text, published="2014-03-20"):
    return extractor.extract_text(text, published=published)


def _mention(doc, text):
    return next(d for d in doc.dates if d.text == text)


def test_the_edge_of_a_period_does_not_date_the_act(extractor):
    doc = _coded(extractor, "The force has detained forty smugglers since Jan. 5.")
    assert date_role(doc, _mention(doc, "Jan. 5")) == "bound"
    assert date_for_span(doc, 0, len(doc.text)) == (None, None, None)


def test_a_date_naming_a_noun_gives_way_to_the_date_of_the_verb(extractor):
    doc = _coded(extractor, "A patrol linked to the March 2 ambush detained the courier yesterday.")
    assert date_role(doc, _mention(doc, "March 2")) == "modifier"
    assert date_for_span(doc, 0, len(doc.text))[:2] == ("2014-03-19", "day")


def test_a_date_naming_a_noun_is_kept_when_it_is_the_only_one(extractor):
    doc = _coded(extractor, "Officials described the March 2 ambush as a warning.")
    assert date_for_span(doc, 0, len(doc.text))[:2] == ("2014-03-02", "day")


def test_only_a_date_hung_on_the_verb_of_saying_is_the_report_date(extractor):
    doc = _coded(extractor, "The command today confirmed the capture of a courier in Varrow district, "
                            "March 14.")
    assert is_reporting_date(doc, _mention(doc, "today"))
    assert not is_reporting_date(doc, _mention(doc, "March 14"))


def test_date_role_without_a_parse_is_clause():
    text = "The raid took place on 3 May 2012."
    doc = Document(raw=text, text=text)
    mention = DateMention(23, 33, "3 May 2012", "2012-05-03", "day")
    assert date_role(doc, mention) == "clause"
