"""Words of a sentence that tell no act of their own: the one-act rules, in order.

News sentences name one act with several coded words, and name acts they do not
report as done.  Each rule is a construction; the word it finds joins the ``content``
set of its sentence (coded as no event).  The rules live by what they find:

* :mod:`judged_acts`: what is said of an act rather than told as done (the act alleged,
  the act judged, the topic of talks);
* :mod:`unreported_acts`: acts named but not done, or done in other news (suspected,
  dated from the news, dated descriptions, plotted, banned, the content of content);
* :mod:`act_tellings`: several words telling one act (elaborations, the act and its
  name, the noun and its verb, the weapon as agent, troop arrivals, frames), whose sides
  go to the act they tell.

The order matters: the words of the first two kinds keep their sides to themselves
(no other act borrows them, :mod:`linked_roles`), which the caller learns from the
return value; the tellings are folded after, over what is left.
"""

from __future__ import annotations

from .act_tellings import (fold_acts_acted_on, fold_elaborations, fold_frames, fold_named_acts, fold_noun_and_verb,
                           fold_troop_arrivals, fold_weapon_agents)
from .candidates import Candidate
from .folding import word_hosts
from .judged_acts import fold_alleged_acts, fold_judged_acts, fold_talk_topics
from .unreported_acts import (fold_banned_acts, fold_dated_descriptions, fold_nested_content,
                              fold_plotted_acts, fold_retold_acts, fold_suspected_acts)


def fold_one_act_words(cands: list[Candidate], content: set[int], refs=None) -> set[int]:
    """The rules, in order; adds to ``content`` and returns the words of alleged
    acts, topics and acts acted on, whose sides are theirs alone (no other act borrows them)."""
    by_host = word_hosts(cands)
    before = set(content)
    fold_alleged_acts(cands, content, by_host)
    fold_suspected_acts(cands, content)
    fold_retold_acts(cands, content)
    fold_dated_descriptions(cands, content)
    fold_plotted_acts(cands, content)
    fold_judged_acts(cands, content, by_host)
    fold_talk_topics(cands, content, by_host)
    fold_banned_acts(cands, content, by_host, refs)
    fold_nested_content(cands, content, before)
    # acts judged keep their sides too (they stay events: events/judged_acts.py)
    own = (content - before) | {c.trig.token.i for c in cands if c.judged_by is not None}
    fold_troop_arrivals(cands, content, by_host)
    fold_weapon_agents(cands, content, by_host, refs)
    fold_named_acts(cands, content, by_host)
    fold_noun_and_verb(cands, content, by_host)
    fold_frames(cands, content, by_host)
    before_acted_on = set(content)
    fold_acts_acted_on(cands, content, by_host)
    # an act acted on keeps its sides too: "funded the demonstration against X" is no aid to X
    own |= content - before_acted_on
    fold_elaborations(cands, content, by_host)
    return own

