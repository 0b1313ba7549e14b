"""A bare past participle clause is passive in sense: the main clause's subject suffers it, and
its doer is its 'by' agent, if any, never that subject (events/doers.py).  "Attacked by X, we
defended our border": X attacked, not we.  From sample D of tools/ungd_audit (a list of what is
done to others, "those who are ..., abused and ...", that the parser hung on the main verb as
such a clause, gave the speaker as the doer of abuse).

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest
from coding_support import statement_acts


@pytest.mark.parametrize("text, kind, doer", [
    ("Attacked by Eritrea, we defended our border.", "ASSAULT", "ERI"),
    ("Invaded by Eritrea in 1998, we rebuilt our northern towns.", "ASSAULT", "ERI"),
    ("Sanctioned by the United States for years, we found new trading partners.", "COERCE", "USA"),
])
def test_the_main_subject_does_not_do_what_a_bare_participle_tells(ex, text, kind, doer):
    acts = [a for a in statement_acts(ex, text) if a[0] == kind]
    assert acts and all("GHA" not in a[1] for a in acts), acts
    assert any(a[1] == [doer] for a in acts), acts


def test_the_agent_of_a_bare_participle_is_its_doer(ex):
    acts = statement_acts(ex, "Backed by France, Mali attacked the rebel camps.")
    assert [a for a in acts if a[0] == "SUPPORT" and a[1] == ["FRA"]], acts


@pytest.mark.parametrize("text, doer", [
    ("Sent to Kursk in October, North Korean soldiers attacked Ukrainian positions.", "PRK"),
    ("Mobilised last autumn, Russian reservists attacked the village.", "RUS"),
    ("Deployed in Mali since 2013, French troops attacked militants.", "FRA"),
])
def test_with_no_agent_the_main_subject_is_the_one_sent(ex, text, doer):
    # no "by" agent: the main clause's subject is the one sent or mobilised (MOBILIZE by it)
    acts = [a for a in statement_acts(ex, text, None) if a[0] == "MOBILIZE"]
    assert any(a[1] == [doer] for a in acts), acts
