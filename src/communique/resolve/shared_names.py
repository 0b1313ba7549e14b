"""A short name several countries share ("Congo"): which of them a document means.

The knowledge base gives such a name its usual reading (kb ``shared_names``: the short name
of more than one row of countries.tsv, indexed only where demonyms.tsv lists it: bare
"Congo" is the Republic of the Congo, COG, as ISO 3166 and pycountry name it, while "the
Democratic Republic of the Congo", "DRC", "DR Congo", "Congo-Kinshasa" are COD and "Republic
of the Congo", "Congo-Brazzaville" COG by their own names).  The bare name moves to another
bearer, in this order:

1. in a statement whose issuer is one of the countries bearing the name, the speaker means
   itself ("Congo" said by the Democratic Republic of the Congo);
2. else, when the document's other places point at one bearer only: its capital
   (countries.tsv: "Kinshasa", "Brazzaville") or a city whose most populous reading in the
   gazetteer lies in it ("Goma", "Pointe-Noire"); places of two bearers, or none, decide
   nothing and the usual reading stays.
"""

from __future__ import annotations

from ..document import Document
from .actor_state import _add_mention, _state, actor_for_entry, drop_actor
from .gazetteer import load_gazetteer
from .kb.normalize import key


def shared_short_names(doc: Document) -> None:
    """Mentions of a shared short name move to the bearer the issuer or the document's other
    places say (the module's rules)."""
    st = _state(doc)
    kb = st.kb
    if not kb.shared_names:
        return
    own = {a.country for a in map(doc.actor, doc.issuers) if a is not None and a.country}
    for m in doc.mentions:
        bearers = kb.shared_names.get(key(m.text))
        a = doc.actor(m.actor) if m.actor else None
        if not bearers or a is None or a.country not in bearers or a.country in own:
            continue
        mine = [c for c in bearers if c in own]
        told = mine[0] if len(mine) == 1 else None if mine else _told_by_places(doc, bearers, m.text)
        entry = kb.get(told) if told and told != a.country else None
        if entry is None:
            continue
        to = actor_for_entry(doc, entry)
        a.mentions = [s for s in a.mentions if not (s.start == m.start and s.end == m.end)]
        _add_mention(to, m.start, m.end, m.text)
        m.actor = to.id
        st.by_key[key(m.text)] = to.id
        if not a.mentions and not any(x.actor == a.id for x in doc.mentions) and not any(
                r.of == a.id for x in doc.actors for r in x.roles):
            drop_actor(doc, st, a.id)


def _told_by_places(doc: Document, bearers: tuple[str, ...], name: str) -> str | None:
    """The one bearer of a shared ``name`` whose capital or city the document's other place
    mentions name (rule 2), or None."""
    kb = _state(doc).kb
    capitals = {key(e.capital): c for c in bearers if (e := kb.get(c)) is not None and e.capital}
    pointed: set[str] = set()
    for m in doc.mentions:
        if m.label not in ("GPE", "LOC", "FAC") or key(m.text) == key(name):
            continue
        k = key(m.text)
        if k in capitals:
            pointed.add(capitals[k])
            continue
        cities = [c.entry for c in load_gazetteer().lookup(m.text) if c.entry.kind == "city"]
        if cities:
            top = max(cities, key=lambda e: e.population)
            if top.country in bearers:
                pointed.add(top.country)
    return next(iter(pointed)) if len(pointed) == 1 else None
