"""The shared sample statement (a joint communique of two movements) keeps its issuers and
its acts: issue 14's guard against regressions on real statement text.  The file is read
from ../shared/samples (skipped with a reason in a user's clone, required in CI)."""

from __future__ import annotations

from collections import Counter

import pytest

from communique.extract import Extractor


@pytest.fixture(scope="module")
def sample_doc(sample_path):
    return Extractor().extract_text(sample_path.read_text(encoding="utf-8"))


def _names(doc, ids):
    by_id = {a.id: a for a in doc.actors}
    return {by_id[i].name for i in ids}


def test_both_issuers_are_found(sample_doc):
    assert _names(sample_doc, sample_doc.issuers) == {"Hamas", "Palestinian Islamic Jihad"}


def test_the_joint_acts_have_both_issuers_as_sources(sample_doc):
    issuers = set(sample_doc.issuers)
    joint = [e for e in sample_doc.events if set(e.sources) == issuers]
    assert Counter(e.type for e in joint) == Counter({"SUPPORT": 3, "CONSULT": 1, "ACCUSE": 1})
    thanked = [_names(sample_doc, e.targets) for e in joint if e.type == "SUPPORT"]
    assert {"Egypt"} in thanked


def test_the_aggression_discussed_is_reported_beside_its_assassinations(sample_doc):
    # "discussed the latest <act>": an act told as having happened is no mere topic of talks
    assaults = [(_names(sample_doc, e.sources), _names(sample_doc, e.targets), e.status)
                for e in sample_doc.events if e.type == "ASSAULT"]
    assert ({"Israel"}, {"Palestine"}, "reported") in assaults
    assert len(assaults) == 4, assaults
    assert all(src == {"Israel"} for src, _, _ in assaults)
