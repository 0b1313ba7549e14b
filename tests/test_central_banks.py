"""A country's central bank is a state institution (GOV in CAMEO's sectors), not a business,
though "bank" alone in a name is one.

Sentences written for these tests; the banks are real, the events invented.
"""

from __future__ import annotations

import pytest

from coding_support import coded


def _actor(ex, text: str, name: str) -> dict:
    """The actor named ``name`` or a part of it ("Central Bank" of "Central Bank of Kenya")."""
    actors, _ = coded(ex, text)
    return next(a for a in actors.values() if a["name"] in name and "Bank" in a["name"])


@pytest.mark.parametrize("text, name, country", [
    ("The Central Bank of Kenya accused two lenders of illegal transfers.", "Central Bank of Kenya", "KEN"),
    ("The Reserve Bank of Malawi accused a broker of fraud.", "Reserve Bank of Malawi", "MWI"),
])
def test_a_central_bank_is_its_states_government(ex, text, name, country):
    a = _actor(ex, text, name)
    assert (a["sector"], a["country"]) == ("GOV", country), a


def test_a_bank_that_is_no_central_bank_stays_a_business(ex):
    a = _actor(ex, "The Equity Group Bank accused two brokers of fraud.", "Equity Group Bank")
    assert a["sector"] == "BUS", a


@pytest.mark.parametrize("text, name, sector", [
    ("The Central Bank froze the accounts of three traders.", "Central Bank", "GOV"),
    ("The Armed Forces shelled the rebel camp near the border on Monday.", "Armed Forces", "MIL"),
])
def test_a_state_bodys_kind_alone_names_a_state_body(ex, text, name, sector):
    assert _actor_named(ex, text, name)["sector"] == sector


def _actor_named(ex, text: str, name: str) -> dict:
    actors, _ = coded(ex, text)
    return next(a for a in actors.values() if a["name"] == name)
