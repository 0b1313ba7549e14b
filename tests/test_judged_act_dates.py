"""A judgment, a call or a welcome whose object names another act is not dated by that act's
date, even where the parser hangs the date on the judging verb ("condemned the shelling of X on
10 March": the shelling was on 10 March, not the condemnation).

Sentences written for these tests; the places are real, the events invented.
"""

from __future__ import annotations

import pytest

from coding_support import coded


def _dates(ex, text: str, kind: str) -> list:
    _, events = coded(ex, text, published="2024-03-15")
    return [e.get("date") for e in events if e["type"] == kind]


@pytest.mark.parametrize("text, kind, act_date", [
    ("The Foreign Minister of Chile strongly condemned the bombing of the market in Idlib on 2 March.",
     "ACCUSE", "2024-03-02"),
    ("Norway welcomed the release of six aid workers by the rebels on 4 March.", "SUPPORT", "2024-03-04"),
])
def test_the_judged_acts_date_is_not_the_judgments(ex, text, kind, act_date):
    dates = _dates(ex, text, kind)
    assert dates and act_date not in dates, dates


def test_a_date_told_before_the_judged_act_stays_the_judgments(ex):
    dates = _dates(ex, "On 5 March, Norway condemned the bombing of the market in Idlib.", "ACCUSE")
    assert "2024-03-05" in dates, dates


@pytest.mark.parametrize("text, kind, told", [
    ("Peru condemned the shelling of the port in a statement on Tuesday.", "ACCUSE", "2024-03-12"),
    ("The African Union rejected the annexation of the border district at a summit on 11 March.", "REJECT", "2024-03-11"),
])
def test_a_date_of_the_tellings_occasion_stays_the_judgments(ex, text, kind, told):
    # (published Friday 2024-03-15: "on Tuesday" is 12 March)
    dates = _dates(ex, text, kind)
    assert told in dates, dates
