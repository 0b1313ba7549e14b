"""A short name several countries share ("Congo"), said by one of them: its own country.

The knowledge base gives such a name its usual reading (kb ``shared_names``: the short name
of more than one row of countries.tsv, indexed only where demonyms.tsv lists it).  In a
statement whose issuer is one of the countries bearing the name, the speaker means itself:
its mentions of the bare name move to the issuer's country.
"""

from __future__ import annotations

from ..document import Document
from .actor_state import _add_mention, _state, actor_for_entry
from .kb.normalize import key


def issuers_own_short_names(doc: Document) -> None:
    """Mentions of a shared short name move to the issuer's country when it bears the name."""
    st = _state(doc)
    kb = st.kb
    if not kb.shared_names or not doc.issuers:
        return
    own = {a.country for a in map(doc.actor, doc.issuers) if a is not None and a.country}
    for m in doc.mentions:
        bearers = kb.shared_names.get(key(m.text))
        a = doc.actor(m.actor) if m.actor else None
        if not bearers or a is None or a.country not in bearers or a.country in own:
            continue
        mine = [c for c in bearers if c in own]
        entry = kb.get(mine[0]) if len(mine) == 1 else None
        if entry is None:
            continue
        to = actor_for_entry(doc, entry)
        a.mentions = [s for s in a.mentions if not (s.start == m.start and s.end == m.end)]
        _add_mention(to, m.start, m.end, m.text)
        m.actor = to.id
        st.by_key[key(m.text)] = to.id
        if not a.mentions and not any(x.actor == a.id for x in doc.mentions) and not any(
                r.of == a.id for x in doc.actors for r in x.roles):
            _drop(doc, st, a.id)


def _drop(doc: Document, st, aid: str) -> None:
    """Actor ``aid``, left with no mention, out of the document and its indexes."""
    doc.actors = [x for x in doc.actors if x.id != aid]
    for index in (st.by_kb, st.by_key):
        for k in [k for k, v in index.items() if v == aid]:
            del index[k]
    st.by_agent = {k: v for k, v in st.by_agent.items() if v != aid}
