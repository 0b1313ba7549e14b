"""Date expressions resolved against the publication date.

The anchor in most tests is Wednesday 4 December 2019.  Grammar-only cases call
``find_dates`` directly; cases that need the tense of a clause or spaCy's
entities go through the pipeline (``extractor`` fixture).
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given, settings, strategies as st

from communique.document import DateMention, Document
from communique.evaluate.sets.te3_dates import value_matches
from communique.pipeline import Pipeline
from communique.resolve.dates import date_for_span, is_heading_date
from communique.resolve.temporal import find_dates

WED = date(2019, 12, 4)  # a Wednesday
VALUE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
PRECISION_LEN = {"year": 4, "month": 7, "day": 10}


def only(text, anchor=WED, **kw):
    """The one date found in ``text`` as (matched text, value, precision, reason)."""
    found = find_dates(text, anchor, **kw)
    assert len(found) == 1, [f.text for f in found]
    f = found[0]
    return f.text, f.value, f.precision, f.reason


# -- absolute dates ---------------------------------------------------------

@pytest.mark.parametrize("text, expr, value, precision", [
    ("The talks opened on 3 December 2019 in Geneva.", "3 December 2019", "2019-12-03", "day"),
    ("The ministry said on Jan. 25, 2013 that it had agreed.", "Jan. 25, 2013", "2013-01-25", "day"),
    ("Signed on the 3rd of December, 2019.", "3rd of December, 2019", "2019-12-03", "day"),
    ("Issued Tuesday, December 3, 2019 by the office.", "Tuesday, December 3, 2019", "2019-12-03", "day"),
    ("Northland Front\n04 December, 19\nThe front said", "04 December, 19", "2019-12-04", "day"),
    ("The ceasefire collapsed in May 2010.", "May 2010", "2010-05", "month"),
    ("The accord of 2019-12-04 stands.", "2019-12-04", "2019-12-04", "day"),
    ("Elections were held in 2011.", "2011", "2011", "year"),
    ("The league was founded in early 2011.", "early 2011", "2011", "year"),
    ("The mission ended in mid-December 2018.", "mid-December 2018", "2018-12", "month"),
    ("Posted 2019-12-04T10:30:00Z by the desk.", "2019-12-04", "2019-12-04", "day"),
    ("Decree no. 7 of 12.04.2019 is void.", "12.04.2019", "2019-04-12", "day"),
    ("Figures for Dec 2019 were revised.", "Dec 2019", "2019-12", "month"),
    ("The budget for fiscal 2013 was cut.", "fiscal 2013", "2013", "year"),
    ("Output recovered by mid-2012.", "mid-2012", "2012", "year"),
])
def test_absolute_dates(text, expr, value, precision):
    assert only(text)[:3] == (expr, value, precision)


def test_absolute_dates_resolve_without_an_anchor():
    assert only("The council met on 3 December 2019.", anchor=None)[1:3] == ("2019-12-03", "day")


def test_numeric_dates_follow_the_configured_order():
    assert only("Filed on 04/05/2020.", date_order="DMY")[1] == "2020-05-04"
    assert only("Filed on 04/05/2020.", date_order="MDY")[1] == "2020-04-05"
    # The other reading only when the configured one is impossible.
    assert only("Filed on 12/31/2020.", date_order="DMY")[1] == "2020-12-31"


def test_a_two_digit_number_after_a_date_is_not_its_year():
    # "19 people", not the year 2019.
    assert only("On 4 December, 19 people were hurt in the blast.")[:2] == ("4 December", "2019-12-04")


def test_a_year_range_gives_both_years():
    found = find_dates("He joined the expedition of 1957-58 as a surveyor.", WED)
    assert [(f.text, f.value) for f in found] == [("1957", "1957"), ("58", "1958")]


@pytest.mark.parametrize("text, expected", [
    ("The summit ran 3-5 December 2019 in Doha.", [("3", "2019-12-03"), ("5 December 2019", "2019-12-05")]),
    ("The fair ran from 3 to 5 December.", [("3", "2019-12-03"), ("5 December", "2019-12-05")]),
    ("The fair ran December 3-5, 2019.", [("December 3", "2019-12-03"), ("5, 2019", "2019-12-05")]),
])
def test_a_day_range_gives_its_first_and_last_day(text, expected):
    # Never only the last day: the event coder would date the start to the end.
    assert [(f.text, f.value) for f in find_dates(text, WED)] == expected


def test_a_day_month_without_a_year_takes_the_nearest_year():
    # 20 December lies 16 days ahead of the anchor; 20 December 2018 is a year back.
    assert only("The vote is on December 20.")[1] == "2019-12-20"
    assert only("Talks resumed on Feb. 28.", anchor=date(2013, 3, 21))[1] == "2013-02-28"


# -- relative dates ---------------------------------------------------------

@pytest.mark.parametrize("text, value, precision", [
    ("The patrol was attacked yesterday.", "2019-12-03", "day"),
    ("Talks continue today.", "2019-12-04", "day"),
    ("The delegation arrived yesterday evening.", "2019-12-03", "day"),
    ("Fighting resumed last night.", "2019-12-03", "day"),
    ("The envoy leaves tomorrow.", "2019-12-05", "day"),
    ("The bureau met on Tuesday evening.", "2019-12-03", "day"),
    ("The bureau met on Wednesday.", "2019-12-04", "day"),  # the release's own day
    ("The bureau met last Wednesday.", "2019-11-27", "day"),
    ("The bureau meets next Monday.", "2019-12-09", "day"),
    ("Sales fell earlier this month.", "2019-12", "month"),
    ("Sales fell last month.", "2019-11", "month"),
    ("Sales rose this year.", "2019", "year"),
    ("Sales rose last year.", "2018", "year"),
    ("The plan takes effect next year.", "2020", "year"),
    ("The rebels seized it four years ago.", "2015", "year"),
    ("The rebels seized it two days ago.", "2019-12-02", "day"),
    ("The rebels seized it a month ago.", "2019-11", "month"),
    ("He went missing late last July.", "2019-07", "month"),
    ("The budget for this fiscal year was cut.", "2019", "year"),
])
def test_relative_dates(text, value, precision):
    assert only(text)[1:3] == (value, precision)


def test_a_week_is_given_as_the_month_or_year_that_holds_it():
    # 2019-12-04: last week ran 25 Nov - 1 Dec, across two months -> only the year is sure.
    assert only("The talks stalled last week.")[1:3] == ("2019", "year")
    # 2019-12-11: last week ran 2-8 December -> December.
    assert only("The talks stalled last week.", anchor=date(2019, 12, 11))[1:3] == ("2019-12", "month")
    assert only("The talks stalled this week.", anchor=date(2019, 12, 11))[1:3] == ("2019-12", "month")
    # A week across New Year is in no single year.
    text, value, precision, reason = only("Talks stalled last week.", anchor=date(2020, 1, 8))
    assert value is None and "two years" in reason


def test_the_weekend_just_past():
    # Wednesday 11 December 2019: the weekend before was 7-8 December.
    assert only("Clashes broke out over the weekend.", anchor=date(2019, 12, 11))[:3] == (
        "the weekend", "2019-12", "month")


def test_fixed_holidays_and_the_end_of_the_year():
    assert only("The truce began on New Year\u2019s Day 2019.")[1:3] == ("2019-01-01", "day")
    assert only("The vote is set for next Christmas Eve.")[1:3] == ("2019-12-24", "day")
    assert only("Troops are to leave by the end of the year.")[1:3] == ("2019", "year")


def test_seasons_give_the_year():
    assert only("He vanished last summer.", anchor=date(2013, 3, 22))[1:3] == ("2012", "year")


def test_relative_dates_without_an_anchor_stay_unresolved_with_a_reason():
    for text in ("The patrol was attacked yesterday.", "The bureau met on Tuesday.",
                 "Sales fell last month.", "It happened four years ago."):
        expr, value, precision, reason = only(text, anchor=None)
        assert value is None and precision is None
        assert "publication date" in reason


def test_day_month_without_year_or_anchor_is_unresolved():
    assert only("The vote is on December 20.", anchor=None)[1:] == (None, None, "no year and no publication date")


# -- bad and odd input ------------------------------------------------------

def test_impossible_day_is_unresolved_not_moved():
    assert only("The decree is dated 31/02/2020.")[1:] == (None, None, "no such day")
    assert only("The decree is dated 30 February 2021.")[1:] == (None, None, "no such day")


def test_decades_and_centuries_are_unresolved_with_a_reason():
    expr, value, _, reason = only("The group was founded in the 1990s.")
    assert (expr, value) == ("the 1990s", None) and "decade" in reason
    expr, value, _, reason = only("one of the great journeys of the 20th Century")
    assert value is None and "century" in reason


def test_dates_anchored_on_another_date_stay_unresolved():
    expr, value, _, reason = only("He was arrested the next day.")
    assert expr == "the next day" and value is None and "another date" in reason


def test_all_capitals():
    assert only("ON TUESDAY THE MINISTER SAID THE BORDER WOULD STAY SHUT.")[1] == "2019-12-03"
    assert only("SIGNED 3 DECEMBER 2019")[1] == "2019-12-03"


def test_the_modal_may_is_not_a_month():
    assert find_dates("Delegates may ask questions and you may go.", WED) == []


def test_times_and_versions_are_not_dates():
    assert find_dates("Photo taken at 6.29.22 AM, release 1.2.10 of the app.", WED) == []


def test_very_long_text():
    sentence = "The council met on Tuesday and again on 3 December 2019 to review the truce. "
    found = find_dates(sentence * 3000, WED)
    assert len(found) == 6000
    assert {f.value for f in found} == {"2019-12-03"}


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789/.-, aAyMmDdTtuesJanMayDecmberlastwkoh\n'")),
               max_size=60))
def test_arbitrary_text_never_crashes_and_keeps_the_contract(text):
    for f in find_dates(text, WED):
        assert text[f.start:f.end] == f.text
        if f.value is None:
            assert f.precision is None and f.reason
        else:
            assert VALUE.match(f.value) and len(f.value) == PRECISION_LEN[f.precision]


# -- through the pipeline (tense, spaCy entities) ---------------------------

def _dates(extractor, text, published):
    doc = extractor.extract_text(text, published=published)
    return [(d.text, d.value, d.precision) for d in doc.dates]


def test_future_tense_points_a_weekday_forward(extractor):
    assert _dates(extractor, "The two ministers will meet on Tuesday in Oslo.", "2019-12-04") == [
        ("Tuesday", "2019-12-10", "day")]
    assert _dates(extractor, "The two ministers met on Tuesday in Oslo.", "2019-12-04") == [
        ("Tuesday", "2019-12-03", "day")]


def test_would_in_reported_speech_points_forward(extractor):
    assert _dates(extractor, "The farmers said on Friday they would block the port from Monday.",
                  "2019-12-04") == [("Friday", "2019-11-29", "day"), ("Monday", "2019-12-09", "day")]


def test_urging_points_its_object_forward_but_not_its_own_day(extractor):
    # Tuesday 12 March 2024.
    assert _dates(extractor, "She urged the resumption of talks before the end of April.",
                  "2024-03-12") == [("the end of April", "2024-04", "month")]
    assert _dates(extractor, "The rebels threatened on Sunday to attack the town.",
                  "2024-03-12") == [("Sunday", "2024-03-10", "day")]


def test_tense_places_a_month_without_a_year(extractor):
    assert _dates(extractor, "The police arrested both men in August.", "2013-03-22") == [
        ("August", "2012-08", "month")]
    assert _dates(extractor, "The report is due to be published in August.", "2013-03-22") == [
        ("August", "2013-08", "month")]


def test_weekdays_inside_names_are_not_dates(extractor):
    assert _dates(extractor, "He told the Sunday Telegraph on Monday that he would resign.",
                  "2024-03-12") == [("Monday", "2024-03-11", "day")]
    assert _dates(extractor, "The memory of Bloody Sunday divides the town.", "2024-03-12") == []


def test_durations_counts_and_ages_are_not_dates(extractor):
    text = ("The 48-year-old envoy said the talks lasted five hours and that the army "
            "deployed 2000 troops over three years.")
    doc = extractor.extract_text(text, published="2019-12-04")
    assert any(m.label == "DATE" for m in doc.mentions)  # spaCy saw some; they are not dates
    assert doc.dates == []


def test_no_publication_date_leaves_relative_dates_unresolved(config):
    # No structure stage: nothing sets doc.published.
    pipeline = Pipeline(config.with_overrides({"pipeline": {"stages": ["clean", "parse", "mentions", "dates"]}}))
    doc = pipeline(Document(raw="The committee met yesterday and again on 3 December 2019."))
    assert doc.published is None
    assert [(d.text, d.value, d.reason is not None) for d in doc.dates] == [
        ("yesterday", None, True), ("3 December 2019", "2019-12-03", False)]


def test_a_malformed_publication_date_is_reported_not_fatal(config):
    pipeline = Pipeline(config.with_overrides({"pipeline": {"stages": ["clean", "parse", "mentions", "dates"]}}))
    doc = Document(raw="The committee met yesterday and again on 3 December 2019.")
    doc.published = "2019-13-45"  # as a broken input record might give it
    doc = pipeline(doc)
    assert any(e.code == "dates.bad_published" and "2019-13-45" in e.message for e in doc.errors)
    assert [d.value for d in doc.dates] == [None, "2019-12-03"]


def test_bad_date_order_in_config_is_refused(config):
    with pytest.raises(ValueError, match="date_order"):
        Pipeline(config.with_overrides({"dates": {"date_order": "DDMM"}}))


def test_sample_release_dates(sample_doc):
    by_value = {}
    for d in sample_doc.dates:
        by_value.setdefault(d.value, []).append(d)
    meeting = [d for d in by_value.get("2019-12-03", []) if "3 December 2019" in d.text]
    assert meeting and meeting[0].precision == "day"
    # The signature at the end carries the release date.
    last_line_start = sample_doc.text.rfind("\n", 0, len(sample_doc.text) // 2)
    signed = [d for d in by_value.get("2019-12-04", []) if d.start > last_line_start]
    assert signed and signed[0].precision == "day"
    assert sample_doc.published == "2019-12-04"


# -- helpers for the event coder and the ISAF scorer -------------------------

def _doc_with_dates(text, anchor=WED):
    doc = Document(raw=text, text=text, published=anchor.isoformat() if anchor else None)
    doc.dates = [DateMention(f.start, f.end, f.text, f.value, f.precision, f.reason)
                 for f in find_dates(text, anchor)]
    return doc


def test_date_for_span_prefers_the_most_precise_date():
    doc = _doc_with_dates("In May 2010 the army, on 3 June 2010, took the town. Later, in 2011, it left.")
    first_sentence_end = doc.text.index(".") + 1
    value, precision, mention = date_for_span(doc, 0, first_sentence_end)
    assert (value, precision, mention.text) == ("2010-06-03", "day", "3 June 2010")
    assert date_for_span(doc, first_sentence_end, len(doc.text))[:2] == ("2011", "year")
    assert date_for_span(doc, 0, 2) == (None, None, None)


def test_the_date_line_is_a_heading_date():
    text = ("KABUL, Afghanistan (Nov. 20, 2011)\n"
            "Soldiers arrested two armed men in Nawa district yesterday.")
    doc = _doc_with_dates(text, date(2011, 11, 20))
    dateline = next(d for d in doc.dates if d.text == "Nov. 20, 2011")
    assert is_heading_date(doc, dateline)
    body = next(d for d in doc.dates if d.text == "yesterday")
    assert not is_heading_date(doc, body) and body.value == "2011-11-19"


def test_values_are_compared_at_the_gold_granularity():
    assert value_matches("2013", "2013-03-21")
    assert value_matches("2013-03", "2013-03")
    assert not value_matches("2013-03-21", "2013-03")
    assert not value_matches("2012", "2013")
    assert not value_matches("2012", None)
