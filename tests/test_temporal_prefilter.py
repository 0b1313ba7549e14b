"""The fast path of the date grammar (lower-cased text, literal prefilters, probes)
never hides a date nor changes one: every pattern finds exactly what its plain
case-insensitive ``finditer`` over the text finds."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given, settings, strategies as st

from communique.resolve.temporal import finder, find_dates, load_lexicon
from communique.resolve.temporal.grammar import build_patterns
from communique.resolve.temporal.prefilter import lowered, required_literals

PATTERNS = build_patterns(load_lexicon())
WED = date(2019, 12, 4)


def found(pattern, text, low):
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text, low)]


def assert_fast_path_exact(text: str) -> int:
    """Each pattern's fast path equals its plain scan; the number of matches."""
    low, seen, total = lowered(text), {}, 0
    for p in PATTERNS:
        plain = [(m.span(), m.groupdict()) for m in p.regex.finditer(text)]
        fast = [(m.span(), m.groupdict()) for m in p.finditer(text, low, seen)]
        assert fast == plain, (p.name, text)
        total += len(plain)
    return total


# Date forms of every pattern, as a news text writes them (mixed case included).
FORMS = [
    "3 December 2019", "3rd of December, 2019", "Tuesday, 3 December '19", "Wed 4 Dec 19\n",
    "Dec. 3, 2019", "December 3rd", "SEPT. 14 2011", "on Sunday the 5th of May",
    "3-5 December 2019", "from 3 to 5 Dec.", "1st and 2nd of June", "December 3-5, 2019",
    "Jan. 30 through Feb. 2", "in mid-March 2011", "early October of 2012", "JUNE 2010",
    "2019-12-03", "03/12/2019", "3.12.2019", "12-03-2019", "2011/6/5",
    "last Tuesday", "next FRIDAY morning", "on Sunday's evening", "Thursday night",
    "yesterday", "Tonight", "earlier today", "the day before yesterday", "this afternoon",
    "last week", "the next year", "next month", "this decade", "this fiscal year",
    "over the weekend", "during the weekend", "three days ago", "a few weeks earlier",
    "two years from now", "several months later", "in May", "since last March",
    "the month of August", "in 2011", "FY2012", "fiscal year 2013", "in 1957-58", "in 2010\u20132012",
    "the 1990s", "the late '80s", "the 21st century", "the mid-19th-century",
    "last summer", "the spring of 2011", "winter 2010", "Christmas Day", "New Year\u2019s Eve 2012",
    "by the end of the year", "at the start of the month", "the same day", "that week",
    "the following morning", "the day after", "the year before",
]
CONTEXTS = ["{}", "The meeting took place {}.", "KABUL, Afghanistan ({})\n", "\u201cWe met {},\u201d he said;",
            "(reported {}) \u2013 the council", "AS OF {} THE FORCES", "caf\u00e9 \u00c9lys\u00e9e {} \u2019"]


@pytest.mark.parametrize("form", FORMS)
def test_every_date_form_is_found_by_the_fast_path(form):
    for context in CONTEXTS:
        assert assert_fast_path_exact(context.format(form)) > 0, (form, context)


@pytest.mark.parametrize("form", FORMS)
def test_find_dates_is_the_same_without_the_fast_path(form, monkeypatch):
    texts = [context.format(form) for context in CONTEXTS]
    fast = [find_dates(t, WED) for t in texts]
    monkeypatch.setattr(finder, "lowered", lambda text: None)  # every pattern on the whole text
    assert [find_dates(t, WED) for t in texts] == fast
    assert all(fast), form


WORDS = sorted({w for kind in ("month", "month_abbr", "weekday", "weekday_abbr", "part_of_day", "relative",
                               "modifier", "unit", "number", "vague_number", "season", "deictic_day",
                               "holiday") for w in load_lexicon().table(kind)})
EXTRA = ["the", "of", "to", "and", "until", "through", "ago", "earlier", "later", "before", "after",
         "from now", "hence", "that", "same", "percent", "per cent", "a.m.", "pm", "FY", "fiscal",
         "over", "at", "during", "on", "in", "since", "century", "weekend", "may", "March"]
SEPARATORS = [" ", " ", ", ", "-", "\u2013", "/", ".", ". ", "'", "\u2019", "'s ", "\n", " \t", "  ", "",
              "%", ":", "(", "$", "\u00e9", "\u00c9", "\u017f", "\u212a", "\u0130", "\u0131", "#"]


def numbers():
    return st.one_of(st.integers(0, 39).map(str), st.integers(1, 31).map(lambda d: f"{d:02d}"),
                     st.integers(1600, 2199).map(str), st.integers(1, 31).map(
                         lambda d: f"{d}{'st' if d % 10 == 1 else 'th'}"),
                     st.sampled_from(["1990s", "'80s", "2000s", "58", "19th", "21st"]))


def cased(word):
    return st.sampled_from([word, word.upper(), word.title(), word.lower()])


TOKENS = st.one_of(st.sampled_from(WORDS + EXTRA + FORMS).flatmap(cased), numbers())


# Dates live where words and numbers meet: each piece is a word, a separator, a number
# (or nothing) and a separator.
PIECES = st.tuples(st.sampled_from(WORDS + EXTRA + FORMS).flatmap(cased), st.sampled_from(SEPARATORS),
                   st.one_of(numbers(), st.just("")), st.sampled_from(SEPARATORS))


@settings(max_examples=500, deadline=None)
@given(st.lists(st.one_of(PIECES, st.tuples(TOKENS, st.sampled_from(SEPARATORS))), min_size=1, max_size=12))
def test_fast_path_matches_plain_scan_on_generated_text(pieces):
    assert_fast_path_exact("".join("".join(p) for p in pieces))


def test_lowered_keeps_offsets_or_declines():
    assert lowered("On 3 D\u00c9C. \u2019s") == "on 3 d\u00e9c. \u2019s"
    # Characters that case-insensitive matching takes for ASCII letters, or that
    # grow when lower-cased: the text is then scanned as it is.
    for odd in ("\u017fept. 3", "\u212aabul, May 3", "\u0130stanbul, May 3", "\u0131n May"):
        assert lowered(odd) is None, odd


def test_required_literals_come_from_the_pattern():
    groups = required_literals(r"(?<![\w.])(?:the\s+)?\d{1,2}(?:st|nd|rd|th)[\s-]+century\b", re.IGNORECASE)
    assert frozenset({"century"}) in groups
    assert frozenset({"st", "nd", "rd", "th"}) in groups
    # "jan" suffices for "january": a text without one has neither.
    month = required_literals(r"(?:january\b|jan\b\.?|may\b)\s+\d", re.IGNORECASE)
    assert month == (frozenset({"jan", "may"}),)
    # Nothing is required of a pattern whose words are all optional.
    assert required_literals(r"(?:may)?\d+") is None
