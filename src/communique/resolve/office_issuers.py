"""An issuer named only by an office: "Statement by the Spokesperson", "Remarks by the High
Representative", a signature "Office of the Spokesperson".

An office speaks for whoever holds it, and the title alone does not say whose it is.  The
office is the issuer only with its owner, which the document gives elsewhere: the letterhead
or signature ("Ministry of Foreign Affairs of X"), the input's issuer or the page's site name,
or the subject the body opens with ("The European Union condemns ...").  Then the office's
actor becomes "<office> of <owner>": an office holder with the owner's country and sector and
the role ``<office>`` of the owner, and the owner leaves the issuers (one speaker, not two;
the owner's issuer evidence goes to the office); an owner the body opens with speaks
itself and stays the issuer, its office named but not issuing.  Without an owner, or with owners of
different countries, the office stays the issuer as an unnamed office: the role kept, the name
saying that no one is named ("unnamed Spokesperson", never a bare "Spokesperson" that an
archive would take for one actor across every ministry's statements).  Offices named alone in
one document ("the Spokesperson" in the title, "Office of the Spokesperson" in the signature)
are one actor.  An office that speaks for its owner (a spokesperson, structure/office_words.tsv
``voice``) named alone in the text of one issuer's release ("The Spokesperson condemned ...")
is that issuer's office too.
"""

from __future__ import annotations

from ..document import Actor, Document, Role
from ..structure.api import bare_office, speaks_for_owner
from .actor_state import _add_mention, _State, _state, drop_actor
from .kb.normalize import key

UNNAMED = "unnamed {}"


def _office(doc: Document, actor: Actor) -> str | None:
    """The office an unknown, countryless actor is when its name names only an office: in the
    issuer's own words when they say more ("Deputy Spokesperson" for the agent "Spokesperson")."""
    if actor.known or actor.country or actor.kind == "country" or actor.roles:
        return None
    offices = [o for w in [actor.name] + [ev.get("text", "") for ev in doc.issuer_evidence
                                          if ev.get("actor") == actor.id]
               if (o := bare_office(w))]
    return max(offices, key=len) if offices and bare_office(actor.name) else None


def settle_office_issuers(doc: Document, st: _State) -> None:
    """Issuers named only by an office: the owner's office, or an unnamed office (see above);
    then a press office named alone in the text, the issuer's own (:func:`_own_voices`)."""
    offices = [(a, o) for i in doc.issuers if (a := doc.actor(i)) is not None and (o := _office(doc, a))]
    if offices:
        _settle(doc, st, offices)
    _own_voices(doc, st)


def own_voices(doc: Document) -> None:
    """:func:`_own_voices` for the actors the event coder made on demand ("The Spokesperson
    condemned ..." found as a subject)."""
    _own_voices(doc, _state(doc))


def _own_voices(doc: Document, st: _State) -> None:
    """ "The Spokesperson condemned ..." in the release of one issuer (a state or a body, not
    an office or a person): an office speaking for its owner, named alone, is the issuer's."""
    owners = [a for i in doc.issuers if (a := doc.actor(i)) is not None and a.kind != "person"]
    if len(owners) != 1:
        return
    for actor in [a for a in doc.actors if a.id not in doc.issuers]:
        office = _office(doc, actor)
        if office and speaks_for_owner(office):
            _owned(doc, st, actor, office, owners[0])


def _owned(doc: Document, st: _State, actor: Actor, office: str, owner: Actor) -> None:
    """``actor``, named by ``office`` alone, is ``owner``'s office."""
    article = "" if owner.kind == "country" or owner.name.isupper() or " " not in owner.name else "the "
    actor.name = f"{office} of {article}{owner.name}"
    actor.country, actor.sector = owner.country, owner.sector or actor.sector
    actor.roles = [Role(office, owner.id)]
    actor.kind = "person"
    if office not in actor.aliases:
        actor.aliases.append(office)
    st.by_key.setdefault(key(actor.name), actor.id)


def _settle(doc: Document, st: _State, offices: list[tuple[Actor, str]]) -> None:
    actor, office = offices[0]
    for other, _ in offices[1:]:
        _merge(doc, st, actor, other)
    owners = [a for i in doc.issuers if (a := doc.actor(i)) is not None
              and a is not actor and a.kind != "person"]
    if owners and len({o.country for o in owners}) == 1:
        owner = owners[0]
        _owned(doc, st, actor, office, owner)
        if _speaks_in_body(doc, owner):
            doc.issuers = [i for i in doc.issuers if i != actor.id]
            doc.issuer_evidence = [ev for ev in doc.issuer_evidence if ev.get("actor") != actor.id]
            if not actor.mentions and not any(m.actor == actor.id for m in doc.mentions):
                drop_actor(doc, st, actor.id)   # named by an input title only: nothing to keep
                return
        else:
            for ev in doc.issuer_evidence:
                if ev.get("actor") in {o.id for o in owners}:
                    ev["actor"] = actor.id
            doc.issuers = [i for i in doc.issuers if i not in {o.id for o in owners}]
    else:
        actor.name = UNNAMED.format(office)
        actor.roles = [Role(office, None)]
    actor.kind = "person"
    if office not in actor.aliases:
        actor.aliases.append(office)
    st.by_key.setdefault(key(actor.name), actor.id)


def _speaks_in_body(doc: Document, owner: Actor) -> bool:
    """The owner is the subject the body opens with ("The European Union condemns ..."): the
    statement speaks as the owner, which stays its issuer (its office is named, not issuing)."""
    return any(ev.get("actor") == owner.id and ev.get("field") == "body" for ev in doc.issuer_evidence)


def _merge(doc: Document, st: _State, keep: Actor, other: Actor) -> None:
    """``other`` (an office named alone again) is ``keep``: its mentions, evidence, issuer place."""
    for sp in other.mentions:
        _add_mention(keep, sp.start, sp.end, other.name)
    for m in doc.mentions:
        if m.actor == other.id:
            m.actor = keep.id
    for ev in doc.issuer_evidence:
        if ev.get("actor") == other.id:
            ev["actor"] = keep.id
    for a in doc.actors:
        a.roles = [Role(r.title, keep.id) if r.of == other.id else r for r in a.roles]
    doc.issuers = list(dict.fromkeys(keep.id if i == other.id else i for i in doc.issuers))
    drop_actor(doc, st, other.id)
    st.by_key.setdefault(key(other.name), keep.id)
